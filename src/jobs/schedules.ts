/**
 * The process's schedules (node-cron lives only here): the digest check (DIGEST_CHECK_CRON),
 * feed polling (FEED_POLL_CRON) and a short outbox flush so retries after 429 go out promptly.
 * Every task has noOverlap: a slow run is never doubled by the next tick.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.ts';

export interface ScheduleDeps {
  readonly digestCron: string;
  readonly feedPollCron: string;
  /** Outbox retry tick (default every 2 seconds). */
  readonly flushCron?: string;
  readonly runDigest: (now: Date) => Promise<unknown>;
  readonly pollFeeds?: () => Promise<unknown>;
  readonly flushOutbox: () => Promise<unknown>;
  readonly logger: Logger;
}

/** A running set of schedules. */
export interface Jobs {
  stop(): Promise<void>;
}

/** Starts the schedules; also runs one digest check at once (a digest missed while down goes out now). */
export function startJobs(deps: ScheduleDeps): Jobs {
  const guard = (name: string, fn: () => Promise<unknown>) => async (): Promise<void> => {
    try {
      await fn();
    } catch (err) {
      deps.logger.error({ err, job: name }, 'job failed');
    }
  };
  // node-cron's own warnings (an overlapping tick skipped) go to our log instead of the console.
  const cronLogger = {
    info: (m: string) => deps.logger.debug({ cron: true }, m),
    warn: (m: string) => deps.logger.debug({ cron: true }, m),
    error: (m: string | Error, err?: Error) => deps.logger.error({ err: err ?? m }, 'cron error'),
    debug: (m: string | Error) => deps.logger.debug({ cron: true }, String(m)),
  };
  const opts = (name: string) => ({ name, noOverlap: true, logger: cronLogger });
  const tasks: ScheduledTask[] = [
    cron.schedule(deps.digestCron, guard('digest', () => deps.runDigest(new Date())), opts('digest')),
    cron.schedule(deps.flushCron ?? '*/2 * * * * *', guard('outbox', deps.flushOutbox), opts('outbox')),
  ];
  if (deps.pollFeeds) tasks.push(cron.schedule(deps.feedPollCron, guard('feeds', deps.pollFeeds), opts('feeds')));
  const first = guard('digest', () => deps.runDigest(new Date()))();
  return {
    stop: async () => {
      for (const t of tasks) await t.stop();
      for (const t of tasks) await t.destroy();
      await first;
    },
  };
}
