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
  const tasks: ScheduledTask[] = [
    cron.schedule(deps.digestCron, guard('digest', () => deps.runDigest(new Date())), { name: 'digest', noOverlap: true }),
    cron.schedule(deps.flushCron ?? '*/2 * * * * *', guard('outbox', deps.flushOutbox), { name: 'outbox', noOverlap: true }),
  ];
  if (deps.pollFeeds) tasks.push(cron.schedule(deps.feedPollCron, guard('feeds', deps.pollFeeds), { name: 'feeds', noOverlap: true }));
  const first = guard('digest', () => deps.runDigest(new Date()))();
  return {
    stop: async () => {
      for (const t of tasks) await t.stop();
      for (const t of tasks) await t.destroy();
      await first;
    },
  };
}
