/**
 * `findMentions`: scan once, pick anchors (places named unambiguously), then score every hit
 * against the oblasts, raions and anchors of the text (and of `options.context` when a caller
 * passes one sentence at a time but wants the article as context).
 */
import type { GazetteerModel } from './model.ts';
import { Proximity, type Anchor } from './proximity.ts';
import type { Hit, ScanResult } from './scan.ts';
import { anchorPlace, prepareHit, Ranking, toMention, type Context, type Prepared } from './score.ts';
import type { FindOptions, Mention } from './types.ts';

/** `uk` or `ru` from the letters only one of the two alphabets has; undefined when unclear. */
export function detectLang(text: string): string | undefined {
  const uk = (text.match(/[іїєґІЇЄҐ]/g) ?? []).length;
  const ru = (text.match(/[ыэёъЫЭЁЪ]/g) ?? []).length;
  if (uk === 0 && ru === 0) return undefined;
  return uk >= ru ? 'uk' : 'ru';
}

/** The anchor-independent scores of each hit (undefined where the stop-list rules the hit out). */
function prepareAll(m: GazetteerModel, hits: readonly Hit[], ctx: Context): (Prepared | undefined)[] {
  const out: (Prepared | undefined)[] = [];
  for (const hit of hits) out.push(prepareHit(m, hit, ctx));
  return out;
}

/**
 * Places named clearly (accepted, confident, not ambiguous, well ahead of the runner-up).
 * `local` anchors (from the caller's context text) count as near whatever their position.
 */
function anchorsOf(
  m: GazetteerModel,
  hits: readonly Hit[],
  prepared: readonly (Prepared | undefined)[],
  ctx: Context,
  local: boolean,
  anchors: Anchor[],
): void {
  for (let h = 0; h < hits.length; h++) {
    const p = prepared[h];
    if (!p) continue;
    const hit = hits[h]!;
    const idx = anchorPlace(m, hit, p, ctx);
    if (idx >= 0) anchors.push({ idx, folded: hit.folded, sentence: hit.sentence, local });
  }
}

/** Finds every settlement mention in the scans of a text (and of its context text). */
export function mentionsOf(
  m: GazetteerModel,
  own: ScanResult,
  extra: ScanResult | undefined,
  lang: string | undefined,
): Mention[] {
  const oblasts = new Set([...own.oblasts, ...(extra?.oblasts ?? [])]);
  const raions = new Set([...own.raions, ...(extra?.raions ?? [])]);
  const areas = [...own.areas, ...(extra?.areas ?? []).map((a) => ({ ...a, local: true }))];
  const first: Context = { oblasts, raions, areas, lang, proximity: undefined, forms: new Map(), names: new Map(), ranking: new Ranking() };
  const ownPrepared = prepareAll(m, own.hits, first);
  const anchors: Anchor[] = [];
  anchorsOf(m, own.hits, ownPrepared, first, false, anchors);
  if (extra) anchorsOf(m, extra.hits, prepareAll(m, extra.hits, first), first, true, anchors);
  const ctx: Context = { ...first, proximity: new Proximity(m.table, anchors) };
  const out: Mention[] = [];
  for (let h = 0; h < own.hits.length; h++) {
    const p = ownPrepared[h];
    const mention = p && toMention(m, own.hits[h]!, p, ctx);
    if (mention) out.push(mention);
  }
  return out;
}

/** `lang` as given when it is `uk` or `ru`, else detected from the letters of `text`. */
export function mentionLang(options: FindOptions, text: string): string | undefined {
  return options.lang === 'uk' || options.lang === 'ru' ? options.lang : detectLang(options.context ?? text);
}
