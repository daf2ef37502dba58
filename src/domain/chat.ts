/**
 * A chat as the bot sees it: who it is, how it wants its digests and alerts. Plain data shared
 * by the store, the app use cases, the bot and the jobs (owned by the bot engineer).
 */
export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';
export type Language = 'en' | 'uk';
export const LANGUAGES: readonly Language[] = ['en', 'uk'];

export interface ChatSettings {
  readonly language: Language;
  /** IANA zone (`Europe/Kyiv`, `Etc/GMT-3`). */
  readonly timeZone: string;
  /** Local times `HH:MM`, sorted, unique; empty = digests off. */
  readonly digestTimes: readonly string[];
  /** Instant alerts for new contradictions on followed places. */
  readonly alerts: boolean;
  /** Include claims the text itself doubts ("if confirmed"). */
  readonly includeHedged: boolean;
  /** Send a one-line note when a scheduled digest has nothing new (otherwise send nothing). */
  readonly emptyNote: boolean;
}

export interface Chat extends ChatSettings {
  readonly id: number;
  readonly type: ChatType;
  readonly title: string | null;
  readonly active: boolean;
  /** ISO instant the last digest covered up to, null before the first. */
  readonly lastDigestAt: string | null;
  readonly createdAt: string;
}

export const DEFAULT_SETTINGS: ChatSettings = {
  language: 'en',
  timeZone: 'Europe/Kyiv',
  digestTimes: ['08:00'],
  alerts: true,
  includeHedged: true,
  emptyNote: false,
};

/** Telegram's language_code → one of our UI languages (Ukrainian for `uk`, English otherwise). */
export function languageFromCode(code: string | undefined): Language {
  return code?.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

/** What an outbox message is for; digests and alerts are scheduled, replies are rare retries. */
export type OutboxKind = 'digest' | 'alert' | 'reply';

/** One message waiting for (or done with) delivery. */
export interface OutboxMessage {
  readonly id: number;
  readonly chatId: number;
  readonly kind: OutboxKind;
  /** UNIQUE: `digest:<chat>:<slot>:<part>`, `alert:<chat>:<contradiction>`; enqueueing twice is a no-op. */
  readonly dedupeKey: string;
  readonly text: string;
  readonly parseMode: 'HTML' | null;
  /** Inline keyboard as Telegram JSON, when the message has buttons. */
  readonly replyMarkup: string | null;
  readonly attempts: number;
}

/** A message to enqueue. */
export type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'attempts'>;
