import type { BotApp } from '../app/bot-app.ts';
import type { Logger } from '../logger.ts';

/** What createBot needs from the composition root. */
export interface BotDeps {
  readonly app: BotApp;
  readonly logger: Logger;
  /** Telegram user ids allowed to run admin commands. */
  readonly adminIds: readonly number[];
  /** Ingest channel posts forwarded by anyone, not only admins. */
  readonly allowForwardsFromAnyone: boolean;
  /** Directory of the .ftl files (default data/locales). */
  readonly localesDir?: string;
  /** Clock (tests pass a fixed one). */
  readonly now?: () => Date;
  /** Checks a URL typed by an admin before it is handed to ingest (scheme and address policy). */
  readonly isAllowedUrl?: (url: string) => boolean;
}
