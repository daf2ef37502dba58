/**
 * Stage: which gazetteer mentions in a sentence are settlements the sentence can make a claim
 * about. Dropped: low-confidence mentions, names inside a region name ("Donetsk region"), names
 * followed by an area word ("Kupiansk district", "Pokrovsk axis") and names that are only a
 * reference point ("10 km from X", "near X", "west of X"). Anaphors ("the city", "retook it")
 * stand for the last named settlement.
 */
import type { Place } from '../domain/place.ts';
import type { Mention, RegionMention } from '../gazetteer/types.ts';
import type { Token } from '../text/tokens.ts';
import type { SentenceHits } from './analyse.ts';
import { contextOf } from './analyse.ts';

/** A settlement a clause may talk about: a name in the text, or an anaphor resolved to one. */
export interface PlaceRef {
  /** Token range in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly place: Place;
  readonly anaphor: boolean;
  /** Only an anaphor right next to a cue counts ("retook it"). */
  readonly objectOnly: boolean;
  /** Named only as a reference point ("near X"): no claim, but still what "the town" may mean. */
  readonly vicinity?: boolean;
}

/** Minimum gazetteer confidence for a mention to count. */
export const MIN_CONFIDENCE = 0.4;
const VICINITY_GAP = 3;
const NOT_A_LIST = /[—–(;:]/u;

/**
 * Whether tokens [from, to) only join names of one list: commas, list words ("and", "and the
 * villages of") and part words ("and most of").
 */
export function joinsList(hits: SentenceHits, from: number, to: number, between: (from: number, to: number) => string): boolean {
  if (NOT_A_LIST.test(between(from, to))) return false;
  for (let i = from; i < to; i++) if (!joinsAt(hits, i)) return false;
  return true;
}

/** Whether token `i` is inside a conjunction, a list word or a part word. */
function joinsAt(hits: SentenceHits, i: number): boolean {
  for (const h of hits.context) {
    const kind = h.item.entry.kind;
    if ((kind === 'conjunction' || kind === 'list-join') && h.start <= i && i < h.end) return true;
  }
  for (const h of hits.scopes) if (h.start <= i && i < h.end) return true;
  return false;
}

/**
 * Mentions of one sentence as token ranges. Mention offsets are `base` + offsets into the
 * sentence (the sentence's start in the article; 0 for mentions relative to the sentence).
 */
export function mentionTokens(mentions: readonly Mention[], tokens: readonly Token[], base = 0): { start: number; end: number; mention: Mention }[] {
  const out: { start: number; end: number; mention: Mention }[] = [];
  for (const mention of mentions) {
    const from = mention.start - base;
    const to = mention.end - base;
    let start = 0;
    while (start < tokens.length && tokens[start]!.end <= from) start++;
    if (start === tokens.length) continue;
    let end = start;
    while (end < tokens.length && tokens[end]!.start < to) end++;
    out.push({ start, end: Math.max(end, start + 1), mention });
  }
  return out;
}

/**
 * The named settlements of a sentence; those marked `vicinity` carry no claim themselves.
 * Mention and region offsets only need to share one origin (the sentence's or the article's).
 */
export function claimablePlaces(
  mentions: readonly { start: number; end: number; mention: Mention }[],
  regions: readonly RegionMention[],
  hits: SentenceHits,
  between: (from: number, to: number) => string,
): PlaceRef[] {
  const out: PlaceRef[] = [];
  let previousEnd = 0;
  let previousVicinity = false;
  for (const m of mentions.length > 1 ? [...mentions].sort((a, b) => a.start - b.start) : mentions) {
    const { mention } = m;
    if (mention.confidence < MIN_CONFIDENCE) continue;
    if (regions.some((r) => r.start < mention.end && mention.start < r.end)) continue;
    if (hits.notClaims.some((n) => n.item.entry.effect === 'place-suffix' && n.start === m.end)) continue;
    if (namesUnit(hits, m, between)) continue;
    // "на Запоріжжі": the colloquial name of the oblast, neither a claim nor what "the city" means.
    if (hits.notClaims.some((n) => n.item.entry.effect === 'region-name' && n.start <= m.start && m.end <= n.end)) continue;
    // "Kyiv said", "Moscow's forces", "Belousov": a capital or surname speaking, not a settlement.
    if (hits.claimants.some((a) => a.start < m.end && m.start < a.end)) continue;
    // "…," Marchenko told Reuters: a name right before a speech verb is the one who speaks.
    if (speaksNext(hits, m.end) && !SPEAKER_BREAK.test(between(m.end, m.end)) && !PLACE_PREPOSITIONS.has(wordBefore(m.start, between))) continue;
    if (hits.sides.some((a) => a.item.entry.side !== 'none' && a.start < m.end && m.start < a.end)) continue;
    const near = hits.notClaims.some((n) => isVicinity(n, m, mentions, hits));
    // "поблизу Горіхового та в Торецьку": a list item with a preposition of its own is not "near".
    const listed: boolean =
      out.length > 0 && previousVicinity && joinsList(hits, previousEnd, m.start, between) && !OWN_PREPOSITION.test(between(previousEnd, m.start));
    previousEnd = m.end;
    previousVicinity = near || listed;
    out.push({ start: m.start, end: m.end, place: mention.place, anaphor: false, objectOnly: false, vicinity: near || listed });
  }
  return out;
}

/** Whether not-claim `n` makes mention `m` only a reference point ("near X", "10 km from X"). */
function isVicinity(
  n: SentenceHits['notClaims'][number],
  m: { start: number; end: number },
  mentions: readonly { start: number; end: number }[],
  hits: SentenceHits,
): boolean {
  return (
    n.item.entry.effect === 'vicinity' &&
    n.end <= m.start &&
    // "взяли под контроль X": a vicinity word inside a cue phrase is part of the cue.
    !hits.cues.some((c) => c.start < n.end && n.start < c.end) &&
    m.start - n.end <= VICINITY_GAP &&
    !hits.cues.some((c) => c.start >= n.end && c.end <= m.start) &&
    !hits.speech.some((c) => c.start >= n.end && c.end <= m.start) &&
    !mentions.some((o) => o !== m && o.start >= n.end && o.end <= m.start) &&
    !hits.context.some((i) => i.item.entry.kind === 'inclusive' && i.start <= n.start && i.end >= n.end)
  );
}

/** Punctuation that separates a name from a following speech verb ("in X, said the governor"). */
const SPEAKER_BREAK = /[,;:.!?()—–]/u;

/** "fighters in Mariupol said": after a preposition the name is where the speaker is, still a place. */
const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'from', 'near', 'of', 'around', 'outside', 'inside', 'into', 'to', 'for', 'on', 'by', 'within', 'across',
  'у', 'в', 'на', 'з', 'із', 'зі', 'біля', 'під', 'до', 'від', 'над', 'во', 'из', 'от', 'около', 'под', 'за', 'с', 'со', 'возле',
]);

function wordBefore(start: number, between: (from: number, to: number) => string): string {
  if (start === 0) return '';
  return between(start - 1, start).trim().toLowerCase().split(/\s+/u).at(-1) ?? '';
}

function speaksNext(hits: SentenceHits, at: number): boolean {
  for (const v of hits.speech) if (v.start === at && v.item.entry.kind === 'verb') return true;
  return false;
}

/** Prepositions of place that start a list item of their own ("та в", "and in", "и в"). */
const OWN_PREPOSITION = /(?:^|[\s,])(?:в|у|во|на|in|into|inside|at)(?=\s|$)/iu;
const UNIT_NAME_BREAK = /[,.;:!?()—–]/u;
const OPEN_QUOTE = /[«"“„']\s*$/u;
const CLOSE_QUOTE = /^\s*[»"”']/u;

/** "группировка «Днепр»", "Battlegroup Dnepr", "«Южной» группировки": a unit's name, not a place. */
function namesUnit(hits: SentenceHits, m: { start: number; end: number }, between: (from: number, to: number) => string): boolean {
  let after = false;
  for (const n of hits.notClaims) {
    if (n.item.entry.effect !== 'unit-name') continue;
    // "По словам представителя группировки, Русин Яр …": a comma ends the unit's name.
    if (n.end === m.start && !UNIT_NAME_BREAK.test(between(m.start, m.start))) return true;
    if (n.start === m.end) after = true;
  }
  // A quoted name followed by the unit word.
  return after && OPEN_QUOTE.test(between(m.start, m.start)) && CLOSE_QUOTE.test(between(m.end, m.end));
}

/**
 * Anaphors of a sentence resolved to the last settlement named before them; `lastPlace` gives
 * the last one named in earlier sentences (asked only when an anaphor needs it).
 */
export function resolveAnaphors(hits: SentenceHits, named: readonly PlaceRef[], lastPlace: () => Place | null): PlaceRef[] {
  const out: PlaceRef[] = [];
  const designators = contextOf(hits, 'designator');
  for (const kind of ['anaphor', 'object-anaphor'] as const) {
    for (const h of contextOf(hits, kind)) {
      if (named.some((p) => p.start < h.end && h.start < p.end)) continue;
      if (designators.some((d) => d.start <= h.start && h.end <= d.end)) continue;
      // "захоплення села Фиголівка", "the town Siversk": a noun right before a name is its designator.
      if (named.some((p) => p.start === h.end)) continue;
      const before = lastNamed(named.filter((p) => p.end <= h.start)) ?? lastPlace();
      if (before) out.push({ start: h.start, end: h.end, place: before, anaphor: true, objectOnly: kind === 'object-anaphor' });
    }
  }
  return out;
}

/**
 * What "the town" after these names stands for: the last one named as a subject of the text, or
 * the last reference point when there is no other ("X, 20 km from Kramatorsk … the settlement").
 */
export function lastNamed(named: readonly PlaceRef[]): Place | null {
  for (let k = named.length - 1; k >= 0; k--) if (!named[k]!.vicinity) return named[k]!.place;
  return named.at(-1)?.place ?? null;
}
