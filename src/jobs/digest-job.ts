/**
 * The digest check: queue due alerts and digests, then deliver the outbox. Cron only calls it;
 * tests call it with a fixed `now`. Idempotent: running it twice for one moment queues nothing new.
 */
import { planAlerts } from '../app/alerts.ts';
import { planDueDigests, type DigestRunDeps, type DigestRunResult } from '../app/digest-run.ts';
import type { FlushResult, OutboxSender } from '../app/outbox-sender.ts';
import type { Logger } from '../logger.ts';

export interface DigestJobDeps extends DigestRunDeps {
  readonly sender: Pick<OutboxSender, 'flush'>;
  readonly logger?: Logger;
}

/** What one run did. */
export interface DigestJobResult extends DigestRunResult {
  alerts: number;
  delivery: FlushResult;
}

/** Runs one digest check at `now`. */
export async function runDigestJob({ now, ...deps }: DigestJobDeps & { now: Date }): Promise<DigestJobResult> {
  const alerts = planAlerts(deps, now);
  const planned = planDueDigests(deps, now);
  const delivery = await deps.sender.flush();
  if (planned.due > 0 || alerts > 0 || delivery.sent + delivery.failed + delivery.retried > 0) {
    deps.logger?.info({ job: 'digest', ...planned, alerts, ...delivery }, 'digest check');
  }
  return { ...planned, alerts, delivery };
}
