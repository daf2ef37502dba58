import { InlineKeyboard } from 'grammy';
import type { Chat } from '../../domain/chat.ts';
import type { Place } from '../../domain/place.ts';
import type { Translate } from '../render/translate.ts';
import { encodeCallback, type Callback } from './callback-data.ts';

const button = (text: string, c: Callback): { text: string; callback_data: string } => ({
  text, callback_data: encodeCallback(c),
});

/** One button per candidate place ("Pokrovske, Dnipropetrovsk"), for the action the user started. */
export function placeChoiceKeyboard(places: readonly Place[], kind: 'subscribe' | 'unsubscribe' | 'status' | 'history'): InlineKeyboard {
  const rows = places.map((p) => {
    const text = `${p.name}, ${p.oblast}${p.raion ? ` (${p.raion})` : ''}`;
    return [kind === 'history' ? button(text, { kind, placeId: p.id, page: 0 }) : button(text, { kind, placeId: p.id })];
  });
  return InlineKeyboard.from(rows);
}

/** Under a status: follow/unfollow and history. */
export function statusKeyboard(t: Translate, place: Place, following: boolean): InlineKeyboard {
  const follow = following
    ? button(t('button-unsubscribe'), { kind: 'unsubscribe', placeId: place.id })
    : button(t('button-subscribe', { place: place.name }), { kind: 'subscribe', placeId: place.id });
  return InlineKeyboard.from([[follow, button(t('button-history'), { kind: 'history', placeId: place.id, page: 0 })]]);
}

/** History paging: older / newer / status. */
export function historyKeyboard(t: Translate, placeId: string, page: number, pages: number): InlineKeyboard {
  const row = [];
  if (page + 1 < pages) row.push(button(t('button-older'), { kind: 'history', placeId, page: page + 1, edit: true }));
  if (page > 0) row.push(button(t('button-newer'), { kind: 'history', placeId, page: page - 1, edit: true }));
  row.push(button(t('button-status'), { kind: 'status', placeId }));
  return InlineKeyboard.from([row]);
}

/** Language choice. */
export const languageKeyboard = (): InlineKeyboard =>
  InlineKeyboard.from([[button('English', { kind: 'language', language: 'en' }), button('Українська', { kind: 'language', language: 'uk' })]]);

/** /settings buttons, showing each toggle's current value. */
export function settingsKeyboard(t: Translate, chat: Chat): InlineKeyboard {
  const onOff = (v: boolean): string => t(v ? 'settings-on' : 'settings-off');
  return InlineKeyboard.from([
    [button(t('settings-button-times'), { kind: 'ask', what: 'times' }), button(t('settings-button-zone'), { kind: 'ask', what: 'zone' })],
    [button(t('settings-button-language'), { kind: 'ask', what: 'language' })],
    [button(t('settings-button-alerts', { value: onOff(chat.alerts) }), { kind: 'toggle', setting: 'alerts' })],
    [button(t('settings-button-hedged', { value: onOff(chat.includeHedged) }), { kind: 'toggle', setting: 'includeHedged' })],
    [button(t('settings-button-empty', { value: onOff(chat.emptyNote) }), { kind: 'toggle', setting: 'emptyNote' })],
  ]);
}
