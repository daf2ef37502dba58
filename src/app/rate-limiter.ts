/**
 * Telegram's broadcast limits as a tiny scheduler: about 30 messages/s overall (we keep 25),
 * one per second to one chat, 20 per minute to one group. It only says how long to wait;
 * the caller sleeps, so tests run it with a fake clock.
 */

export interface RateLimits {
  /** Messages per second across all chats (default 25). */
  readonly globalPerSecond: number;
  /** Minimum gap between two messages to one private chat, ms (default 1000). */
  readonly privateGapMs: number;
  /** Minimum gap between two messages to one group, ms (default 3000 = 20/min). */
  readonly groupGapMs: number;
}

export const DEFAULT_LIMITS: RateLimits = { globalPerSecond: 25, privateGapMs: 1000, groupGapMs: 3000 };

/** Per-chat and global pacing. Chat ids below zero are groups and channels (Telegram's convention). */
export class RateLimiter {
  private globalNextMs = 0;
  private readonly chatNextMs = new Map<number, number>();

  constructor(private readonly limits: RateLimits = DEFAULT_LIMITS) {}

  /** Milliseconds until a message to `chatId` may go (0 = now). */
  waitFor(chatId: number, nowMs: number): number {
    return Math.max(0, this.globalNextMs - nowMs, (this.chatNextMs.get(chatId) ?? 0) - nowMs);
  }

  /** Milliseconds until this chat alone is free (ignoring the global pace). */
  chatWait(chatId: number, nowMs: number): number {
    return Math.max(0, (this.chatNextMs.get(chatId) ?? 0) - nowMs);
  }

  /** Records a send to `chatId` at `nowMs`. */
  record(chatId: number, nowMs: number): void {
    this.globalNextMs = Math.max(this.globalNextMs, nowMs) + 1000 / this.limits.globalPerSecond;
    const gap = chatId < 0 ? this.limits.groupGapMs : this.limits.privateGapMs;
    this.chatNextMs.set(chatId, nowMs + gap);
    if (this.chatNextMs.size > 10_000) this.forgetBefore(nowMs);
  }

  /** Holds a chat back until `untilMs` (Telegram said retry_after). */
  holdChat(chatId: number, untilMs: number): void {
    this.chatNextMs.set(chatId, Math.max(untilMs, this.chatNextMs.get(chatId) ?? 0));
  }

  private forgetBefore(nowMs: number): void {
    for (const [id, at] of this.chatNextMs) if (at <= nowMs) this.chatNextMs.delete(id);
  }
}
