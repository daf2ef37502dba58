/**
 * Callback data of our inline buttons: short typed strings (Telegram allows 64 bytes), encoded
 * and decoded here only, validated on the way in (a button is user input).
 */
export type SettingToggle = 'alerts' | 'includeHedged' | 'emptyNote';

export type Callback =
  | { readonly kind: 'subscribe' | 'unsubscribe' | 'status'; readonly placeId: string }
  | { readonly kind: 'history'; readonly placeId: string; readonly page: number; readonly edit?: boolean }
  | { readonly kind: 'language'; readonly language: 'en' | 'uk' }
  | { readonly kind: 'toggle'; readonly setting: SettingToggle }
  | { readonly kind: 'ask'; readonly what: 'times' | 'zone' | 'language' };

const PLACE_ID = /^[A-Za-z0-9:_.-]{1,48}$/;
const PLACE_KIND = { sub: 'subscribe', uns: 'unsubscribe', st: 'status' } as const;
const TOGGLES: readonly SettingToggle[] = ['alerts', 'includeHedged', 'emptyNote'];

/** Callback → button data. */
export function encodeCallback(c: Callback): string {
  switch (c.kind) {
    case 'subscribe': return `sub:${c.placeId}`;
    case 'unsubscribe': return `uns:${c.placeId}`;
    case 'status': return `st:${c.placeId}`;
    case 'history': return `${c.edit ? 'hp' : 'h'}:${c.page}:${c.placeId}`;
    case 'language': return `lang:${c.language}`;
    case 'toggle': return `tog:${c.setting}`;
    case 'ask': return `ask:${c.what}`;
  }
}

/** Button data → callback, or undefined when it is not one of ours (or malformed). */
export function decodeCallback(data: string): Callback | undefined {
  const [head, ...rest] = data.split(':');
  const tail = rest.join(':');
  if (head === 'sub' || head === 'uns' || head === 'st') {
    return PLACE_ID.test(tail) ? { kind: PLACE_KIND[head], placeId: tail } : undefined;
  }
  if (head === 'h' || head === 'hp') {
    const [page, ...id] = rest;
    const placeId = id.join(':');
    const ok = /^\d{1,4}$/.test(page ?? '') && PLACE_ID.test(placeId);
    return ok ? { kind: 'history', placeId, page: Number(page), edit: head === 'hp' } : undefined;
  }
  if (head === 'lang' && (tail === 'en' || tail === 'uk')) return { kind: 'language', language: tail };
  if (head === 'tog' && (TOGGLES as readonly string[]).includes(tail)) return { kind: 'toggle', setting: tail as SettingToggle };
  if (head === 'ask' && (tail === 'times' || tail === 'zone' || tail === 'language')) return { kind: 'ask', what: tail };
  return undefined;
}
