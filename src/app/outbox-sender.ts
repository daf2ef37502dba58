/**
 * Delivers the outbox: each queued message is sent, then marked sent in the same tick Telegram's
 * answer arrives (a synchronous SQLite write), so only a crash between Telegram accepting a
 * message and that write can repeat it on restart; nothing is ever lost, because a message
 * leaves the queue only once marked. Paced by RateLimiter; 429 waits, 403 stops the chat,
 * 400 fails one message without stalling the others.
 */
import type { Logger } from '../logger.ts';
import type { OutboxMessage } from '../domain/chat.ts';
import type { ChatRepo } from '../store/chat-repo.ts';
import type { OutboxRepo } from '../store/outbox-repo.ts';
import { DeliveryError, type MessageSender } from './delivery.ts';
import { RateLimiter } from './rate-limiter.ts';

export interface OutboxSenderDeps {
  readonly outbox: OutboxRepo;
  readonly chats: Pick<ChatRepo, 'deactivate'>;
  readonly send: MessageSender;
  readonly logger?: Logger;
  /** Clock in ms (default Date.now). */
  readonly nowMs?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly limiter?: RateLimiter;
  /** Attempts before a transient failure becomes final (default 6). */
  readonly maxAttempts?: number;
  /** A flush gives up waiting for a busy chat after this long and leaves the rest queued (default 5000 ms). */
  readonly maxWaitMs?: number;
}

/** What one flush did. */
export interface FlushResult {
  sent: number;
  failed: number;
  retried: number;
  deactivated: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Sends due outbox messages; one flush runs at a time, later calls join it and run once more. */
export class OutboxSender {
  private running: Promise<FlushResult> | undefined;
  private again = false;
  private stopped = false;
  private readonly nowMs: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly limiter: RateLimiter;

  constructor(private readonly deps: OutboxSenderDeps) {
    this.nowMs = deps.nowMs ?? Date.now;
    this.sleep = deps.sleep ?? defaultSleep;
    this.limiter = deps.limiter ?? new RateLimiter();
  }

  /** Sends everything due now. Safe to call often (after enqueueing, from a timer). */
  flush(): Promise<FlushResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      const total: FlushResult = { sent: 0, failed: 0, retried: 0, deactivated: 0 };
      do {
        this.again = false;
        await this.flushOnce(total);
      } while (this.again && !this.stopped);
      return total;
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops after the message in flight; resolves when the current flush has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async flushOnce(total: FlushResult): Promise<void> {
    while (!this.stopped) {
      const batch = this.deps.outbox.due(iso(this.nowMs()), 100);
      if (batch.length === 0) return;
      const before = total.sent + total.failed + total.retried + total.deactivated;
      await this.sendBatch(batch, total);
      if (total.sent + total.failed + total.retried + total.deactivated === before) return;
    }
  }

  private async sendBatch(batch: OutboxMessage[], total: FlushResult): Promise<void> {
    const pending = [...batch];
    while (pending.length > 0 && !this.stopped) {
      const now = this.nowMs();
      const index = this.nextSendable(pending, now);
      if (index < 0) {
        const wait = Math.min(...pending.map((m) => this.limiter.chatWait(m.chatId, now)));
        if (wait > (this.deps.maxWaitMs ?? 5000)) return;
        await this.sleep(wait);
        continue;
      }
      const [message] = pending.splice(index, 1) as [OutboxMessage];
      const wait = this.limiter.waitFor(message.chatId, now);
      if (wait > 0) await this.sleep(wait);
      if (this.stopped) return;
      const dropChat = await this.deliver(message, total);
      if (dropChat) for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.chatId === message.chatId) pending.splice(i, 1);
    }
  }

  /** The first message that is the earliest pending one of its chat and whose chat is free. */
  private nextSendable(pending: readonly OutboxMessage[], now: number): number {
    const seen = new Set<number>();
    for (let i = 0; i < pending.length; i++) {
      const chatId = pending[i]!.chatId;
      if (seen.has(chatId)) continue;
      seen.add(chatId);
      if (this.limiter.chatWait(chatId, now) === 0) return i;
    }
    return -1;
  }

  /** Sends one message and records the outcome; true when the chat's other messages must wait. */
  private async deliver(message: OutboxMessage, total: FlushResult): Promise<boolean> {
    const { outbox, chats, logger } = this.deps;
    try {
      this.limiter.record(message.chatId, this.nowMs());
      const { messageId } = await this.deps.send(message);
      // Marked in the same tick the answer arrived: this gap is the only duplicate risk.
      outbox.markSent(message.id, messageId, iso(this.nowMs()));
      total.sent++;
      return false;
    } catch (err) {
      const e = err instanceof DeliveryError ? err : new DeliveryError('transient', String(err), undefined, { cause: err });
      const now = this.nowMs();
      logger?.warn({ chatId: message.chatId, outboxId: message.id, failure: e.failure, err: e.message }, 'send failed');
      if (e.failure === 'blocked') {
        chats.deactivate(message.chatId, e.message, iso(now));
        outbox.markFailed(message.id, e.message);
        outbox.failQueuedForChat(message.chatId, `chat deactivated: ${e.message}`);
        total.deactivated++;
        return true;
      }
      if (e.failure === 'rejected' || message.attempts + 1 >= (this.deps.maxAttempts ?? 6)) {
        outbox.markFailed(message.id, e.message);
        total.failed++;
        return false;
      }
      const delayMs = e.failure === 'retry-after' ? (e.retryAfterSec ?? 1) * 1000 : Math.min(2 ** message.attempts * 5000, 1_800_000);
      this.limiter.holdChat(message.chatId, now + delayMs);
      outbox.markRetry(message.id, iso(now + delayMs), e.message);
      total.retried++;
      return true;
    }
  }
}
