/**
 * Disambiguation and acceptance. Every candidate of a hit gets a score from its prominence, the
 * kind of alias that matched, whether the written form fits its grammar, the cue before it and
 * the article's context (oblast or raion named, distance to the other places named); a hit
 * becomes a mention only when the name is a settlement with enough support (see `acceptance`).
 */
import type { Place } from '../domain/place.ts';
import { isCyrillic } from '../text/fold.ts';
import type { GazetteerModel } from './model.ts';
import { distanceKm, isProminent, prominence } from './places.ts';
import type { AreaSpan, Hit } from './scan.ts';
import type { Candidate, Mention } from './types.ts';

/** What the rest of the text tells about a hit. */
export interface Context {
  readonly oblasts: ReadonlySet<number>;
  readonly raions: ReadonlySet<number>;
  readonly anchors: readonly Anchor[];
  /** Oblast and raion phrases with their positions; `local` ones come from the caller's context text. */
  readonly areas: readonly (AreaSpan & { readonly local?: boolean })[];
  readonly lang: string | undefined;
}

/** A place named clearly in the text, at `start`; `local` anchors are near every hit. */
export interface Anchor {
  readonly place: Place;
  readonly folded: string;
  readonly sentence: number;
  readonly local: boolean;
}

/** How much evidence from another sentence counts: same sentence 1, next to it 0.6, farther 0.35. */
function nearness(a: { sentence: number; local?: boolean }, hit: Hit): number {
  if (a.local === true) return 1;
  const d = Math.abs(a.sentence - hit.sentence);
  return d === 0 ? 1 : d === 1 ? 0.6 : 0.35;
}

interface Scored {
  readonly idx: number;
  readonly score: number;
  /** The written form cannot be a case form of this place's name. */
  readonly misfit: boolean;
  readonly kind: number;
}

const KIND_BONUS = [0.3, 0.25, 0.2, 0.1, 0.05, 0, 0, 0];
const OBLAST_BONUS = 0.45;
const RAION_BONUS = 0.55;
const FRONTLINE_BONUS = 0.05;
/** The oblast or raion written right next to the name: the strongest evidence there is. */
const ADJACENT_BONUS = 0.5;
const ADJECTIVAL = new Set(['ого', 'его', 'ому', 'ему', 'ое', 'ее', 'ий', 'им', 'ие', 'ая', 'ую', 'ои', 'ой', 'их', 'ими']);
/** Endings a neuter adjectival name (Покровське, Курахово) never takes: masculine, feminine, plural forms. */
const NOT_NEUTER = new Set(['а', 'ий', 'ой', 'ая', 'ую', 'ои', 'и', 'их', 'ими']);
const MISFIT = -0.4;
const FAR_KM = 150;
const MAX_CANDIDATES = 10;

/** Whether a Cyrillic written form fits the candidate's nominative: +exact, 0, or -mismatch. */
function formBonus(m: GazetteerModel, hit: Hit, idx: number, lang: string | undefined): number {
  const noms = m.table.nominatives(idx).filter(isCyrillic);
  if (noms.includes(hit.folded)) return 0.15;
  const surf = hit.folded.slice(hit.folded.lastIndexOf(' ') + 1);
  for (const n of noms) {
    const nom = n.slice(n.lastIndexOf(' ') + 1);
    const last = nom.charAt(nom.length - 1);
    if (!'аеиоуяюй'.includes(last) && surf.startsWith(nom)) {
      const suffix = surf.slice(nom.length);
      if (ADJECTIVAL.has(suffix) || (suffix === 'е' && lang === 'uk') || (suffix === 'и' && nom.endsWith('ск'))) {
        return MISFIT;
      }
    } else if (last === 'е' || last === 'о') {
      const stem = nom.slice(0, -1);
      const suffix = surf.startsWith(stem) ? surf.slice(stem.length) : '';
      if (surf === stem || NOT_NEUTER.has(suffix) || (suffix === 'у' && lang === 'uk')) return MISFIT;
    }
  }
  return 0;
}

function cueBonus(hit: Hit, place: Place): number {
  const want = hit.cue?.placeType;
  if (!want) return 0;
  if (want === place.type) return 0.35;
  if ((want === 'town' && place.type === 'village') || (want === 'village' && place.type === 'town')) return 0.15;
  if (want === 'city' && place.type === 'town') return 0.1;
  return -0.3;
}

function band(km: number): number {
  return km <= 15 ? 0.5 : km <= 30 ? 0.35 : km <= 60 ? 0.15 : 0;
}

/**
 * Distance to the places named clearly elsewhere in the text, weighted by how close in the text
 * they are (another topic of the same article counts little). `km` is the nearest of all.
 */
function proximity(place: Place, hit: Hit, ctx: Context): { bonus: number; km: number } {
  let km = Infinity;
  let bonus = 0;
  for (const a of ctx.anchors) {
    if (a.folded === hit.folded || a.place === place) continue;
    const d = distanceKm(place, a.place);
    if (d === null) continue;
    if (d < km) km = d;
    bonus = Math.max(bonus, band(d) * nearness(a, hit));
  }
  return { bonus, km };
}

/**
 * The oblast or raion of the candidate named in the text: right next to the name ("Novopavlivka
 * in Dnipropetrovsk region", "Яблоково в Запорожской области") counts most, within a few
 * sentences fully, elsewhere in the article a little.
 */
function areaBonus(m: GazetteerModel, hit: Hit, idx: number, ctx: Context): number {
  const oblast = m.table.oblastOf[idx]!;
  const raion = m.table.raionOf[idx]!;
  let byOblast = 0;
  let byRaion = 0;
  for (const a of ctx.areas) {
    const isOblast = a.oblast === oblast;
    if (!isOblast && !a.raions.includes(raion)) continue;
    const weight = isOblast ? OBLAST_BONUS : RAION_BONUS;
    const adjacent =
      a.local !== true &&
      a.sentence === hit.sentence &&
      ((a.start >= hit.end && a.start - hit.end <= 40) || (a.end <= hit.start && hit.start - a.end <= 25));
    const bonus = adjacent ? weight + ADJACENT_BONUS : weight * nearness(a, hit);
    if (isOblast) byOblast = Math.max(byOblast, bonus);
    else byRaion = Math.max(byRaion, bonus);
  }
  return byOblast + byRaion;
}

function isFit(s: Scored): boolean {
  return !s.misfit;
}

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.idx - b.idx;
}

/** Scores every candidate of a hit, best first. */
export function scoreCandidates(m: GazetteerModel, hit: Hit, ctx: Context): Scored[] {
  const kinds = new Map<number, number>();
  for (const p of hit.postings) {
    const idx = p >> 3;
    const kind = p & 7;
    const prev = kinds.get(idx);
    if (prev === undefined || kind < prev) kinds.set(idx, kind);
  }
  const out: Scored[] = [];
  const cyrillic = isCyrillic(hit.surface);
  for (const [idx, kind] of kinds) {
    const place = m.table.place(idx);
    const oblast = m.table.oblastOf[idx]!;
    let score = prominence(m.table, idx) + KIND_BONUS[kind]! + cueBonus(hit, place);
    const form = cyrillic ? formBonus(m, hit, idx, ctx.lang) : 0;
    score += form;
    if (m.frontline.has(oblast)) score += FRONTLINE_BONUS;
    score += proximity(place, hit, ctx).bonus + areaBonus(m, hit, idx, ctx);
    out.push({ idx, score, misfit: form === MISFIT, kind });
  }
  return out.sort(byScore);
}

/**
 * How sure we are that the hit is a settlement at all (0 = not a mention): stop-listed words
 * need a settlement noun; cities and notable places need nothing; small places need a cue, the
 * context (their oblast/raion named, a place within 50 km named), or a long, proper name written
 * with a capital inside a sentence.
 */
export function acceptance(m: GazetteerModel, hit: Hit, best: number, ctx: Context): number {
  const strong = hit.cue?.strong === true;
  if (hit.stop === 'always' || (hit.stop === 'sentence-start' && hit.positional)) return strong ? 0.7 : 0;
  if (isProminent(m.table, best)) return 0.95;
  const place = m.table.place(best);
  const named = ctx.oblasts.has(m.table.oblastOf[best]!) || ctx.raions.has(m.table.raionOf[best]!);
  const km = proximity(place, hit, ctx).km;
  // A small place far from every place the text names clearly is probably a namesake we lack.
  if (!named && km > FAR_KM && km !== Infinity) return 0.4;
  if (strong) return 0.9;
  if (named || km <= 50) return 0.85;
  if (hit.positional) return 0;
  if (hit.cue) return 0.75;
  let kind = 7;
  for (const p of hit.postings) if (p >> 3 === best && (p & 7) < kind) kind = p & 7;
  return hit.folded.replace(/ /g, '').length >= 7 && kind <= 2 ? 0.6 : 0;
}

/** Turns a hit into a mention, or undefined when it is not accepted. */
export function toMention(m: GazetteerModel, hit: Hit, ctx: Context): Mention | undefined {
  if (hit.stop && hit.cue?.strong !== true && (hit.stop === 'always' || hit.positional)) return undefined;
  let scored = scoreCandidates(m, hit, ctx);
  if (scored.length === 0) return undefined;
  // Grammar says no: every place that has this name as its own (not only as a GeoNames alternate)
  // cannot take this form (Слобожанський is not a form of Слобожанське).
  let ownFit = 0;
  let own = 0;
  let fit = 0;
  for (const s of scored) {
    if (s.kind <= 2) own++;
    if (s.kind <= 2 && !s.misfit) ownFit++;
    if (!s.misfit) fit++;
  }
  if ((own > 0 && ownFit === 0) || fit === 0) return undefined;
  // Places whose name cannot take this form drop out when some can (Покровського: not Pokrovsk).
  if (fit < scored.length) scored = scored.filter(isFit);
  const best = scored[0]!;
  const base = acceptance(m, hit, best.idx, ctx);
  if (base === 0) return undefined;
  const second = scored[1];
  const margin = second ? best.score - second.score : 1;
  const candidates: Candidate[] = [];
  for (const s of scored.slice(0, MAX_CANDIDATES)) {
    candidates.push({ place: m.table.place(s.idx), score: Math.round(s.score * 1000) / 1000 });
  }
  return {
    start: hit.start,
    end: hit.end,
    surface: hit.surface,
    place: candidates[0]!.place,
    confidence: Math.round(Math.min(base, 0.45 + margin) * 1000) / 1000,
    ambiguous: second !== undefined && margin < 0.15,
    candidates,
  };
}
