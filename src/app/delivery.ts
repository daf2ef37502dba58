/**
 * The delivery port: how the outbox sender hands a message to Telegram, and the few kinds of
 * failure it must tell apart. The bot adapter maps Telegram's answers onto these.
 */
import type { OutboxMessage } from '../domain/chat.ts';

/** Why a send failed, as far as delivery cares. */
export type DeliveryFailure =
  /** 429: wait `retryAfterSec` and try again. */
  | 'retry-after'
  /** 403: the user blocked the bot, or it was removed from the group: stop delivering there. */
  | 'blocked'
  /** 400: this one message is wrong (too long, bad HTML, chat gone); never retry it. */
  | 'rejected'
  /** 5xx, network: try again later with backoff. */
  | 'transient';

/** A failed send, classified. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    readonly retryAfterSec?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Sends one outbox message; resolves with Telegram's message id once Telegram accepted it. */
export type MessageSender = (message: OutboxMessage) => Promise<{ messageId: number | null }>;
