import type { BotApp } from '../../app/bot-app.ts';
import type { Place } from '../../domain/place.ts';
import type { BotContext } from '../context.ts';
import { placeChoiceKeyboard } from '../keyboards/keyboards.ts';
import { escapeHtml } from '../render/escape.ts';
import { replyHtml } from '../reply.ts';

export type PlaceAction = 'subscribe' | 'unsubscribe' | 'status' | 'history';

/**
 * Resolves a typed place name and runs `act` on a single clear match; several matches get
 * buttons to choose from, an unknown name gets the closest suggestions as buttons.
 */
export async function withPlace(
  ctx: BotContext,
  app: BotApp,
  query: string,
  action: PlaceAction,
  act: (place: Place) => Promise<void>,
): Promise<void> {
  const text = query.trim();
  if (text === '') return replyHtml(ctx, ctx.t(`place-usage-${action}`));
  const found = app.findPlace(text);
  if (found.kind === 'one') return act(found.place);
  if (found.kind === 'many') {
    return replyHtml(ctx, ctx.t('place-choose', { query: escapeHtml(text) }), placeChoiceKeyboard(found.places, action));
  }
  const unknown = ctx.t('place-unknown', { query: escapeHtml(text) });
  if (found.suggestions.length === 0) return replyHtml(ctx, unknown);
  return replyHtml(ctx, `${unknown}\n${ctx.t('place-suggest')}`, placeChoiceKeyboard(found.suggestions, action));
}
