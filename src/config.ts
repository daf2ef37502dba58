/**
 * Configuration is a pure parse of an environment record. Every problem is reported at once,
 * and each entry point asks only for the part it needs (the CLI runs without BOT_TOKEN).
 */
import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = z.coerce.number().int().positive();
const commaList = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

const StoreEnv = z.object({
  DATABASE_PATH: z.string().min(1).default('data/frontline.sqlite'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  CONTRADICTION_WINDOW_DAYS: positiveInt.default(45),
});

const FetchEnv = z.object({
  FETCH_TIMEOUT_MS: positiveInt.default(15_000),
  FETCH_MAX_BYTES: positiveInt.default(5 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).default(5),
  FETCH_CONCURRENCY: positiveInt.default(4),
  FETCH_HOST_DELAY_MS: z.coerce.number().int().min(0).default(1_000),
  FETCH_USER_AGENT: z.string().min(1).default('frontline-bot/0.1 (+https://github.com/frontline)'),
  FEED_POLL_CRON: z.string().min(1).default('*/15 * * * *'),
});

const BotEnv = z.object({
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, 'looks like 123456789:AA… (ask @BotFather)')
    .optional(),
  TELEGRAM_API_ROOT: z.url().optional(),
  WEBHOOK_URL: z.url().optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, '1-256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
  WEBHOOK_PORT: positiveInt.default(8080),
  ADMIN_IDS: commaList
    .pipe(z.array(z.string().regex(/^\d+$/, 'Telegram user ids are numbers')))
    .default([])
    .transform((ids) => ids.map(Number)),
  ALLOW_FORWARDS_FROM_ANYONE: bool.default(false),
  DIGEST_CHECK_CRON: z.string().min(1).default('* * * * *'),
});

export type StoreConfig = {
  readonly databasePath: string;
  readonly logLevel: z.infer<typeof StoreEnv>['LOG_LEVEL'];
  readonly contradictionWindowDays: number;
};
export type FetchConfig = {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly concurrency: number;
  readonly hostDelayMs: number;
  readonly userAgent: string;
  readonly feedPollCron: string;
};
export type BotConfig = {
  /** Absent: `npm start` runs the console chat instead of connecting to Telegram. */
  readonly botToken: string | undefined;
  readonly apiRoot: string | undefined;
  readonly webhookUrl: string | undefined;
  readonly webhookSecret: string | undefined;
  readonly webhookPort: number;
  readonly adminIds: readonly number[];
  readonly allowForwardsFromAnyone: boolean;
  readonly digestCheckCron: string;
};
export type AppConfig = { store: StoreConfig; fetch: FetchConfig; bot: BotConfig };

type Env = Record<string, string | undefined>;

function parseWith<T extends z.ZodType>(schema: T, env: Env, problems: string[]): z.infer<T> | undefined {
  // Empty strings mean "not set", as in a .env copied from .env.example with blanks.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  return undefined;
}

function throwIfAny(problems: string[]): void {
  if (problems.length > 0) throw new ConfigError(problems);
}

function toStore(e: z.infer<typeof StoreEnv>): StoreConfig {
  return {
    databasePath: e.DATABASE_PATH,
    logLevel: e.LOG_LEVEL,
    contradictionWindowDays: e.CONTRADICTION_WINDOW_DAYS,
  };
}

function toFetch(e: z.infer<typeof FetchEnv>): FetchConfig {
  return {
    timeoutMs: e.FETCH_TIMEOUT_MS,
    maxBytes: e.FETCH_MAX_BYTES,
    maxRedirects: e.FETCH_MAX_REDIRECTS,
    concurrency: e.FETCH_CONCURRENCY,
    hostDelayMs: e.FETCH_HOST_DELAY_MS,
    userAgent: e.FETCH_USER_AGENT,
    feedPollCron: e.FEED_POLL_CRON,
  };
}

/** What the CLI needs: the store and fetching, never the bot token. Throws ConfigError. */
export function parseCliConfig(env: Env): { store: StoreConfig; fetch: FetchConfig } {
  const problems: string[] = [];
  const store = parseWith(StoreEnv, env, problems);
  const fetch = parseWith(FetchEnv, env, problems);
  throwIfAny(problems);
  return { store: toStore(store!), fetch: toFetch(fetch!) };
}

/** Everything `npm start` needs. Throws ConfigError listing every problem. */
export function parseAppConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const store = parseWith(StoreEnv, env, problems);
  const fetch = parseWith(FetchEnv, env, problems);
  const bot = parseWith(BotEnv, env, problems);
  if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET: required when WEBHOOK_URL is set');
  throwIfAny(problems);
  return {
    store: toStore(store!),
    fetch: toFetch(fetch!),
    bot: {
      botToken: bot!.BOT_TOKEN,
      apiRoot: bot!.TELEGRAM_API_ROOT,
      webhookUrl: bot!.WEBHOOK_URL,
      webhookSecret: bot!.WEBHOOK_SECRET,
      webhookPort: bot!.WEBHOOK_PORT,
      adminIds: bot!.ADMIN_IDS,
      allowForwardsFromAnyone: bot!.ALLOW_FORWARDS_FROM_ANYONE,
      digestCheckCron: bot!.DIGEST_CHECK_CRON,
    },
  };
}
