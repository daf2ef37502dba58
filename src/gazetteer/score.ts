/**
 * Disambiguation and acceptance. Every candidate of a hit gets a score from its prominence, the
 * kind of alias that matched, whether the written form fits its grammar, the cue before it and
 * the article's context (oblast or raion named, distance to the other places named); a hit
 * becomes a mention only when the name is a settlement with enough support (see `acceptance`).
 *
 * `findMentions` scores every hit twice (before and after the anchors are known), so the part
 * that does not depend on the anchors is computed once per hit (`prepareHit`), and the second
 * pass adds only the distance bonus.
 */
import { isCyrillic } from '../text/fold.ts';
import type { CueType } from './lexicons.ts';
import type { GazetteerModel } from './model.ts';
import { isProminent, prominence, TYPE_CITY, TYPE_TOWN, TYPE_VILLAGE } from './places.ts';
import { nearness, type Proximity } from './proximity.ts';
import type { AreaSpan, Hit } from './scan.ts';
import type { Candidate, Mention } from './types.ts';
import { formBonus, MISFIT, type FormMemo } from './form.ts';

/** What the rest of the text tells about a hit. */
export interface Context {
  readonly oblasts: ReadonlySet<number>;
  readonly raions: ReadonlySet<number>;
  /** Oblast and raion phrases with their positions; `local` ones come from the caller's context text. */
  readonly areas: readonly (AreaSpan & { readonly local?: boolean })[];
  readonly lang: string | undefined;
  /** Distance to the places named clearly; undefined while the anchors are not known yet. */
  readonly proximity: Proximity | undefined;
  /** `formBonus` results of this call. */
  readonly forms: FormMemo;
  /** `nameScores` results of this call, by written form. */
  readonly names: Map<string, NameScores[]>;
  /** Scratch of `decide`, reused for every hit of the call. */
  readonly ranking: Ranking;
}

/** The scores of a name's candidates that depend only on the name, its script and the cue before it. */
export interface NameScores {
  readonly idx: Int32Array;
  readonly kind: Uint8Array;
  /** Prominence, alias kind, cue, form and front-line terms, summed in the original order. */
  readonly base: readonly number[];
  /** 1 where the written form cannot be a case form of the candidate's name. */
  readonly misfit: readonly number[];
  /** What the scores were computed for (the written form is the memo key). */
  readonly keys: readonly number[];
  readonly want: CueType | undefined;
  readonly cyrillic: boolean;
}

/** The anchor-independent scores of a hit's candidates (parallel arrays, in posting order). */
export interface Prepared extends Pick<NameScores, 'idx' | 'kind' | 'base' | 'misfit'> {
  /** The oblast/raion bonus of each candidate; undefined when the text names no area (all 0). */
  readonly area: readonly number[] | undefined;
}

const KIND_BONUS = [0.3, 0.25, 0.2, 0.1, 0.05, 0, 0, 0];
const OBLAST_BONUS = 0.45;
const RAION_BONUS = 0.55;
const FRONTLINE_BONUS = 0.05;
/** The oblast or raion written right next to the name: the strongest evidence there is. */
const ADJACENT_BONUS = 0.5;
const FAR_KM = 150;
const MAX_CANDIDATES = 10;

function cueBonus(want: CueType | undefined, type: number): number {
  if (!want) return 0;
  const wantType = want === 'city' ? TYPE_CITY : want === 'town' ? TYPE_TOWN : TYPE_VILLAGE;
  if (wantType === type) return 0.35;
  if ((wantType === TYPE_TOWN && type === TYPE_VILLAGE) || (wantType === TYPE_VILLAGE && type === TYPE_TOWN)) return 0.15;
  if (wantType === TYPE_CITY && type === TYPE_TOWN) return 0.1;
  return -0.3;
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

function sameKeys(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The name-only scores of a hit, computed once per call for each (keys, written form, script, cue type). */
function nameScores(m: GazetteerModel, hit: Hit, ctx: Context): NameScores {
  const cyrillic = isCyrillic(hit.surface);
  const want = hit.cue?.placeType;
  let known = ctx.names.get(hit.folded);
  if (known) {
    for (const k of known) if (k.want === want && k.cyrillic === cyrillic && sameKeys(k.keys, hit.keys)) return k;
  } else {
    known = [];
    ctx.names.set(hit.folded, known);
  }
  const { idx, kind } = m.candidates(hit);
  const n = idx.length;
  // Plain arrays: per-call typed arrays over 64 bytes live outside the heap and are slow to collect.
  const base: number[] = [];
  const misfit: number[] = [];
  for (let c = 0; c < n; c++) {
    const i = idx[c]!;
    let score = prominence(m.table, i) + KIND_BONUS[kind[c]!]! + cueBonus(want, m.table.type[i]!);
    const form = cyrillic ? formBonus(m.table, hit.folded, i, ctx.lang, ctx.forms) : 0;
    score += form;
    if (m.frontline.has(m.table.oblastOf[i]!)) score += FRONTLINE_BONUS;
    base.push(score);
    misfit.push(form === MISFIT ? 1 : 0);
  }
  const scores = { idx, kind, base, misfit, keys: hit.keys, want, cyrillic };
  known.push(scores);
  return scores;
}

/** Scores the anchor-independent part of every candidate of a hit; undefined when the stop-list rules it out. */
export function prepareHit(m: GazetteerModel, hit: Hit, ctx: Context): Prepared | undefined {
  if (hit.stop && hit.cue?.strong !== true && (hit.stop === 'always' || hit.positional)) return undefined;
  const { idx, kind, base, misfit } = nameScores(m, hit, ctx);
  let area: number[] | undefined;
  if (ctx.areas.length > 0) {
    area = [];
    for (let c = 0; c < idx.length; c++) area.push(areaBonus(m, hit, idx[c]!, ctx));
  }
  return { idx, kind, base, misfit, area };
}

/**
 * How sure we are that the hit is a settlement at all (0 = not a mention): stop-listed words
 * need a settlement noun; cities and notable places need nothing; small places need a cue, the
 * context (their oblast/raion named, a place within 50 km named), or a long, proper name written
 * with a capital inside a sentence. `kind`: the best alias kind of `best`.
 */
export function acceptance(m: GazetteerModel, hit: Hit, best: number, kind: number, ctx: Context): number {
  const strong = hit.cue?.strong === true;
  if (hit.stop === 'always' || (hit.stop === 'sentence-start' && hit.positional)) return strong ? 0.7 : 0;
  if (isProminent(m.table, best)) return 0.95;
  const named = ctx.oblasts.has(m.table.oblastOf[best]!) || ctx.raions.has(m.table.raionOf[best]!);
  const km = ctx.proximity ? ctx.proximity.nearestKm(best, hit) : Infinity;
  // A small place far from every place the text names clearly is probably a namesake we lack.
  if (!named && km > FAR_KM && km !== Infinity) return 0.4;
  if (strong) return 0.9;
  if (named || km <= 50) return 0.85;
  if (hit.positional) return 0;
  if (hit.cue) return 0.75;
  return hit.letters >= 7 && kind <= 2 ? 0.6 : 0;
}

/**
 * The outcome for one hit: candidate positions best first (at most the limit asked for) and
 * their scores. One scratch object per call, overwritten by each `decide`.
 */
export class Ranking {
  /** Candidate positions (into `Prepared`), best first. */
  order: number[] = [];
  count = 0;
  /** Score of each candidate position (misfits left unset). */
  score: number[] = [];
  /** Acceptance of the best candidate. */
  base = 0;

  reset(n: number): void {
    while (this.score.length < n) this.score.push(0);
    while (this.order.length < n) this.order.push(0);
    this.count = 0;
  }
}

/** Whether candidate `a` ranks before `b`: higher score, then lower place index. */
function before(score: readonly number[], idx: Int32Array, a: number, b: number): boolean {
  return score[a]! > score[b]! || (score[a] === score[b] && idx[a]! < idx[b]!);
}

/** Whether the written form rules the hit out: no candidate, or no own name of a place can take it. */
function ruledOut(p: Prepared): boolean {
  // Grammar says no: every place that has this name as its own (not only as a GeoNames alternate)
  // cannot take this form (Слобожанський is not a form of Слобожанське).
  let ownFit = 0;
  let own = 0;
  let fit = 0;
  for (let c = 0; c < p.idx.length; c++) {
    if (p.kind[c]! <= 2) own++;
    if (p.kind[c]! <= 2 && !p.misfit[c]) ownFit++;
    if (!p.misfit[c]) fit++;
  }
  return (own > 0 && ownFit === 0) || fit === 0;
}

/**
 * Scores a prepared hit against the context into `ctx.ranking`; false when it is not accepted.
 * Only the best `limit` candidates that fit the written form are ranked (selection, not a sort).
 */
export function decide(m: GazetteerModel, hit: Hit, p: Prepared, ctx: Context, limit: number): boolean {
  const n = p.idx.length;
  if (n === 0 || ruledOut(p)) return false;
  const r = ctx.ranking;
  r.reset(n);
  const { score, order } = r;
  const prox = ctx.proximity;
  for (let c = 0; c < n; c++) {
    // Places whose name cannot take this form drop out when some can (Покровського: not Pokrovsk).
    if (p.misfit[c]) continue;
    const bonus = prox ? prox.bonus(p.idx[c]!, hit) : 0;
    score[c] = p.base[c]! + (p.area ? bonus + p.area[c]! : bonus);
  }
  // Bounded insertion: `order` keeps the best `limit` so far, best first.
  for (let c = 0; c < n; c++) {
    if (p.misfit[c]) continue;
    let at = r.count;
    while (at > 0 && before(score, p.idx, c, order[at - 1]!)) at--;
    if (at >= limit) continue;
    if (r.count < limit) r.count++;
    for (let k = r.count - 1; k > at; k--) order[k] = order[k - 1]!;
    order[at] = c;
  }
  const top = order[0]!;
  r.base = acceptance(m, hit, p.idx[top]!, p.kind[top]!, ctx);
  return r.base !== 0;
}

function rounded(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Confidence of a ranking: acceptance capped by the margin over the runner-up. */
function confidenceOf(r: Ranking): number {
  const margin = r.count > 1 ? r.score[r.order[0]!]! - r.score[r.order[1]!]! : 1;
  return rounded(Math.min(r.base, 0.45 + margin));
}

function ambiguousOf(r: Ranking): boolean {
  return r.count > 1 && r.score[r.order[0]!]! - r.score[r.order[1]!]! < 0.15;
}

/**
 * The place a hit names clearly enough to serve as an anchor (accepted, confident, not
 * ambiguous, well ahead of the runner-up), or -1.
 */
export function anchorPlace(m: GazetteerModel, hit: Hit, p: Prepared, ctx: Context): number {
  if (!decide(m, hit, p, ctx, 2)) return -1;
  const r = ctx.ranking;
  if (confidenceOf(r) < 0.7 || ambiguousOf(r)) return -1;
  const a = r.order[0]!;
  if (r.count > 1 && rounded(r.score[a]!) - rounded(r.score[r.order[1]!]!) < 0.3) return -1;
  return p.idx[a]!;
}

/** Turns a prepared hit into a mention, or undefined when it is not accepted. */
export function toMention(m: GazetteerModel, hit: Hit, p: Prepared, ctx: Context): Mention | undefined {
  if (!decide(m, hit, p, ctx, MAX_CANDIDATES)) return undefined;
  const r = ctx.ranking;
  const candidates: Candidate[] = [];
  for (let k = 0; k < r.count; k++) {
    const c = r.order[k]!;
    candidates.push({ place: m.table.place(p.idx[c]!), score: rounded(r.score[c]!) });
  }
  const confidence = confidenceOf(r);
  const ambiguous = ambiguousOf(r);
  return {
    start: hit.start,
    end: hit.end,
    surface: hit.surface,
    place: candidates[0]!.place,
    confidence,
    ambiguous,
    candidates,
  };
}
