import { GrammyError, HttpError, type Api } from 'grammy';
import { DeliveryError, type MessageSender } from '../app/delivery.ts';

/**
 * The outbox's MessageSender over the Bot API. Telegram's errors are classified for delivery:
 * 429 → retry-after, 403 → blocked, other 4xx → rejected, 5xx and network → transient.
 */
export function createTelegramSender(api: Api): MessageSender {
  return async (m) => {
    try {
      const sent = await api.sendMessage(m.chatId, m.text, {
        ...(m.parseMode ? { parse_mode: m.parseMode } : {}),
        link_preview_options: { is_disabled: true },
        ...(m.replyMarkup ? { reply_markup: JSON.parse(m.replyMarkup) as never } : {}),
      });
      return { messageId: sent.message_id };
    } catch (err) {
      throw classify(err);
    }
  };
}

/** Maps a grammY error onto a DeliveryError. */
export function classify(err: unknown): DeliveryError {
  if (err instanceof GrammyError) {
    const text = `${err.error_code}: ${err.description}`;
    if (err.error_code === 429) return new DeliveryError('retry-after', text, err.parameters.retry_after ?? 1, { cause: err });
    if (err.error_code === 403) return new DeliveryError('blocked', text, undefined, { cause: err });
    if (err.error_code >= 400 && err.error_code < 500) return new DeliveryError('rejected', text, undefined, { cause: err });
    return new DeliveryError('transient', text, undefined, { cause: err });
  }
  if (err instanceof HttpError) return new DeliveryError('transient', err.message, undefined, { cause: err });
  return new DeliveryError('transient', err instanceof Error ? err.message : String(err), undefined, { cause: err });
}
