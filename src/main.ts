/**
 * `npm start`: the bot process. With BOT_TOKEN: the bot (long polling, or a webhook when
 * WEBHOOK_URL is set) plus the schedules (digests, feed polling, outbox) in one process, with a
 * graceful shutdown on SIGINT/SIGTERM. Without BOT_TOKEN: a console chat over a fresh store
 * preloaded with data/samples/, driving the very same bot code.
 */
import { ConfigError, parseAppConfig, type AppConfig } from './config.ts';
import { loadDotEnv } from './env-file.ts';
import { createLogger, type Logger } from './logger.ts';
import { openBotRuntime, type BotRuntime } from './app/bot-runtime.ts';
import { seedDemoNews } from './app/demo-seed.ts';
import { OutboxSender } from './app/outbox-sender.ts';
import { RateLimiter } from './app/rate-limiter.ts';
import { createConsoleChat } from './bot/console/console-chat.ts';
import { startTelegram } from './bot/telegram.ts';
import { runDigestJob } from './jobs/digest-job.ts';
import { startJobs } from './jobs/schedules.ts';

const CONSOLE_INTRO = `frontline console chat — the real bot, talking to you here instead of Telegram.
Type commands as in Telegram; when buttons appear, type their number.
  /subscribe Pokrovsk · /status Pokrovsk · /history Pokrovsk · /list · /digest · /settings · /help
  :news   the newest sample articles arrive now (then try /digest)
  :tick   jump a day ahead and run the scheduled digest job
  :quit   leave (or Ctrl-D)
To connect a real bot: get a token from @BotFather, put BOT_TOKEN=... in .env (and your
Telegram user id in ADMIN_IDS), then run npm start again.
`;

async function runConsole(config: AppConfig, logger: Logger): Promise<void> {
  const out = (s: string): boolean => process.stdout.write(s);
  const runtime = openBotRuntime({ databasePath: ':memory:', fetch: config.fetch, windowDays: config.store.contradictionWindowDays, logger });
  const news = await seedDemoNews(runtime.ingest, runtime.extract, 'data/samples', config.fetch, logger);
  const lang = (process.env.LANG ?? '').toLowerCase().startsWith('uk') ? 'uk' : 'en';
  const chat = createConsoleChat({ app: runtime.app, logger, out, ansi: Boolean(process.stdout.isTTY), languageCode: lang });
  const sender = new OutboxSender({ outbox: runtime.outbox, chats: runtime.chats, send: chat.send, logger, limiter: new RateLimiter({ globalPerSecond: 1000, privateGapMs: 0, groupGapMs: 0 }) });
  const waiting = news.pending > 0 ? `; ${news.pending} newer ones arrive with :news, about ${news.pendingPlaces.join(', ')}` : '';
  out(`${CONSOLE_INTRO}(${news.seeded} sample articles loaded${waiting})\n`);
  if (news.pendingPlaces[0]) out(`Try: /subscribe ${news.pendingPlaces[0]}, then :news, then /digest\n`);
  let clock = Date.now();
  const meta = async (line: string): Promise<boolean> => {
    if (line === ':quit' || line === ':q') return false;
    if (line === ':news') out(`\n📰 ${news.arrive()} new sample articles arrived.\n`);
    else if (line === ':tick') {
      clock += 86_400_000;
      const r = await runDigestJob({ now: new Date(clock), ...runtime, render: chat.render, sender, logger });
      out(`\n⏩ ${new Date(clock).toISOString().slice(0, 16)}: digest job ran: ${r.committed} digest(s), ${r.delivery.sent} message(s) delivered.\n`);
    } else out(CONSOLE_INTRO);
    return true;
  };
  try {
    await chat.run(process.stdin, meta, Boolean(process.stdin.isTTY));
  } finally {
    await sender.stop();
    runtime.close();
  }
}

async function runBot(config: AppConfig & { bot: { botToken: string } }, logger: Logger): Promise<void> {
  const runtime: BotRuntime = openBotRuntime({ databasePath: config.store.databasePath, fetch: config.fetch, windowDays: config.store.contradictionWindowDays, logger });
  const telegram = await startTelegram(config.bot, runtime.app, logger);
  const sender = new OutboxSender({ outbox: runtime.outbox, chats: runtime.chats, send: telegram.send, logger });
  const jobs = startJobs({
    digestCron: config.bot.digestCheckCron, feedPollCron: config.fetch.feedPollCron, logger,
    runDigest: (now) => runDigestJob({ now, ...runtime, render: telegram.render, sender, logger }),
    pollFeeds: runtime.pollFeeds,
    flushOutbox: () => sender.flush(),
  });
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await telegram.stop();
    await jobs.stop();
    await sender.stop(); // the message in flight is marked before we close the store
    runtime.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

async function main(): Promise<number> {
  loadDotEnv();
  let config: AppConfig;
  try {
    config = parseAppConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const token = config.bot.botToken;
  if (!token) {
    await runConsole(config, createLogger(process.env.LOG_LEVEL ? config.store.logLevel : 'warn'));
    return 0;
  }
  const logger = createLogger(config.store.logLevel);
  try {
    await runBot({ ...config, bot: { ...config.bot, botToken: token } }, logger);
  } catch (err) {
    // A wrong token (401 on getMe), an unreachable API root, a database from the future…
    logger.fatal({ err }, 'could not start the bot');
    console.error(`frontline: could not start: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  return -1;
}

const code = await main();
if (code >= 0) process.exit(code);
