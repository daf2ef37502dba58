/**
 * Stage: whose statement each cue is. A speech verb ("said", "according to", "claimed") is
 * paired with the nearest speaker phrase before it (or after it: "said Trehubov"); pronouns and
 * generic subjects ("he said", "the ministry said") take the previous sentence's speaker; a cue
 * after a denial ("dismissed as false a report that…") belongs to the one who denies it; a
 * sentence with no speech verb is the outlet's own statement (independent).
 */
import type { Claimant } from '../domain/claim.ts';
import type { Token } from '../text/tokens.ts';
import type { Hit, SentenceHits } from './analyse.ts';
import type { LexItem } from './lexicon.ts';

/** A value worked out only when asked for (the speaker memory may need earlier sentences read). */
export type Lazy<T> = () => T;

/** The fallbacks of a sentence's cues, asked for only when a cue has no speaker of its own. */
export interface Fallbacks {
  /** The speaker in memory from the sentences before. */
  previous(): Attribution | null;
  /** Whose statement a cue with no speaker is (the same object at every call). */
  outlet(): Attribution;
}

/** Who says it. */
export interface Attribution {
  readonly claimant: Claimant;
  readonly source: string | null;
  readonly ruleIds: readonly string[];
  /** Token index of the speech verb in the current sentence (null: inherited or the outlet). */
  readonly verb: number | null;
}

interface Speaker {
  readonly start: number;
  readonly end: number;
  readonly kind: 'verb' | 'denial' | 'participle' | 'report-noun';
  readonly attribution: Attribution | null;
  /** The speaker is a pronoun or generic subject standing for the previous one. */
  readonly pronoun: boolean;
}

type ClaimantHit = Hit<Extract<LexItem, { cat: 'claimant' }>>;

const BEFORE_WINDOW = 9;
const AFTER_PENALTY = 3;
/** A report noun's owner stands right before it ("the ministry's statement", "Russian claims"). */
const OWNER_WINDOW = 1;
const OWNED_REACH = 4;
const RELATIVE = new Set(['which', 'who', 'whose', 'where', 'що', 'який', 'яка', 'які', 'котрий', 'который', 'которая', 'которые', 'где', 'де']);
const AFTER_WINDOW = 4;
const INVERTED_PENALTY = 3;
/** A speaker's name after the verb: at most a title and three names ("Maj. Andrii Kovtun"). */
const NAME_TOKENS = 4;
/** How far into the role after the name the body may be named ("press officer of a mechanized brigade"). */
const ROLE_REACH = 7;

/**
 * The speakers of a sentence, each resolved to an attribution where possible; `previous` is the
 * speaker a pronoun stands for (asked only when the sentence has one).
 */
export function findSpeakers(hits: SentenceHits, tokens: readonly Token[], text: string, previous: Lazy<Attribution | null>): Speaker[] {
  const speakers: Speaker[] = [];
  const relative = relativeSpans(tokens, text);
  const claimants = namedOverGeneric(hits.claimants);
  for (const verb of hits.speech) {
    const candidates = claimants.filter((c) => !relative.some((r) => r.start <= c.start && c.end <= r.end && r.end <= verb.start));
    const claimant =
      nearestClaimant(verb, candidates, (c) => endsClause(c, tokens, text), (c) => commaBetween(verb.end, c.start, tokens, text), (c) =>
        text.slice(tokens[c.end - 1]!.end, tokens[verb.start]!.start).includes(','),
      ) ?? appositiveSpeaker(verb, candidates, tokens, text);
    const kind = verb.item.entry.kind;
    speakers.push({
      start: verb.start,
      end: verb.end,
      kind,
      attribution: claimant ? toAttribution(claimant, verb, tokens, text, previous) : kind === 'report-noun' ? sideOwner(verb, hits, tokens, text) : null,
      pronoun: claimant?.item.entry.claimant === 'inherit',
    });
  }
  return speakers;
}

/**
 * "в министерстве обороны России": a generic subject overlapping a named body is that body;
 * "the commander of the unit defending it said": a pronoun right after a named body is its object.
 */
function namedOverGeneric(claimants: readonly ClaimantHit[]): ClaimantHit[] {
  const named = claimants.filter((c) => c.item.entry.claimant !== 'inherit');
  return claimants.filter((c) => c.item.entry.claimant !== 'inherit' || !named.some((n) => n.start < c.end && c.start <= n.end));
}

/** "the Russian claim", "Moscow's reports": a side word right before a report noun owns it. */
function sideOwner(verb: Hit, hits: SentenceHits, tokens: readonly Token[], text: string): Attribution | null {
  const side = hits.sides.find((s) => s.end <= verb.start && verb.start - s.end <= 1);
  const value = side?.item.entry.side;
  if (!side || (value !== 'ru' && value !== 'ua')) return null;
  const source = text.slice(tokens[side.start]!.start, tokens[verb.end - 1]!.end);
  return { claimant: value, source, ruleIds: [side.item.entry.id], verb: verb.start };
}

/** "…, said Trehubov." / "said Trehubov, the spokesman": an inverted speaker ends its clause. */
function endsClause(c: ClaimantHit, tokens: readonly Token[], text: string): boolean {
  const next = tokens[c.end];
  return !next || /[,.;:!?"”»)]/u.test(text.slice(tokens[c.end - 1]!.end, next.start));
}

/** Whether a comma stands between token `from` and token `to` (a speaker after it is no inverted speaker). */
function commaBetween(from: number, to: number, tokens: readonly Token[], text: string): boolean {
  return to > from && text.slice(tokens[from - 1]?.end ?? 0, tokens[to]!.start).includes(',');
}

/** ", which is close to X," — a relative clause between commas: its nouns are not the speaker. */
function relativeSpans(tokens: readonly Token[], text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!RELATIVE.has(tokens[i]!.norm) || !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',')) continue;
    let j = i + 1;
    while (j < tokens.length && !text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(',')) j++;
    if (j < tokens.length) spans.push({ start: i, end: j });
  }
  return spans;
}

function nearestClaimant(
  verb: Hit<Extract<LexItem, { cat: 'speech' }>>,
  claimants: readonly ClaimantHit[],
  endsClause: (c: ClaimantHit) => boolean,
  commaAfterVerb: (c: ClaimantHit) => boolean,
  commaBeforeVerb: (c: ClaimantHit) => boolean,
): ClaimantHit | null {
  let best: ClaimantHit | null = null;
  let bestScore = Infinity;
  const entry = verb.item.entry;
  for (const c of claimants) {
    if (c.start < verb.end && verb.start < c.end) continue;
    let score: number;
    if (c.end <= verb.start) score = verb.start - c.end;
    // "За даними моніторів, росіяни захопили…": a noun after the comma starts the reported clause.
    else if (entry.subjectAfter && !commaAfterVerb(c) && (entry.speakerFollows || endsClause(c))) score = c.start - verb.end + 1.5;
    else continue;
    const before = entry.kind === 'report-noun' ? OWNER_WINDOW : BEFORE_WINDOW;
    const limit = c.end <= verb.start ? before : AFTER_WINDOW;
    // "Торецк контролируют Силы обороны Украины, сообщает DeepState": before an inverted verb
    // the name ending the reported clause is its subject; a speaker named after the verb wins.
    const rank = c.end <= verb.start && entry.subjectAfter && commaBeforeVerb(c) ? score + INVERTED_PENALTY : score;
    if (score <= limit && rank < bestScore) [best, bestScore] = [c, rank];
  }
  return best;
}

/**
 * "…," said Maj. Andrii Kovtun, press officer of a mechanized brigade: a person's name right
 * after the verb, then a comma and the role that names the body the person speaks for.
 */
function appositiveSpeaker(verb: Hit<Extract<LexItem, { cat: 'speech' }>>, claimants: readonly ClaimantHit[], tokens: readonly Token[], text: string): ClaimantHit | null {
  if (!verb.item.entry.subjectAfter) return null;
  const capital = (i: number): boolean => /^\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end));
  const commaAfter = (i: number): boolean => i + 1 < tokens.length && text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(',');
  let k = verb.end;
  while (k < tokens.length && k - verb.end < NAME_TOKENS && capital(k) && !commaAfter(k)) k++;
  // Token k ends the name: capitalised, with the comma right after it.
  if (k >= tokens.length || k - verb.end >= NAME_TOKENS || !capital(k) || !commaAfter(k)) return null;
  const roleEnd = (c: ClaimantHit): boolean => !text.slice(tokens[k + 1]!.start, tokens[c.start]!.start).includes(',');
  return claimants.find((c) => c.item.entry.claimant !== 'inherit' && c.start > k && c.start - k <= ROLE_REACH && roleEnd(c)) ?? null;
}

function toAttribution(c: ClaimantHit, verb: Hit, tokens: readonly Token[], text: string, previousOf: Lazy<Attribution | null>): Attribution | null {
  const entry = c.item.entry;
  const surface = text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end);
  if (entry.claimant === 'inherit') {
    const previous = previousOf();
    if (previous) return { ...previous, verb: verb.start };
    return entry.fallback ? { claimant: entry.fallback, source: surface, ruleIds: [entry.id], verb: verb.start } : null;
  }
  return { claimant: entry.claimant, source: entry.source ?? surface, ruleIds: [entry.id], verb: verb.start };
}

/** Whose a cue is; under a denial, also whose the denied claim was; a later denial's author. */
export interface CueAttribution {
  readonly attribution: Attribution;
  readonly denied: boolean;
  readonly owner: Attribution | null;
  readonly laterDenier: Attribution | null;
}

/** The attribution of a cue at token `cueStart`, and whether it sits under a denial. */
export function attributeCue(
  cueStart: number,
  clauseEnd: number,
  cueStarts: readonly number[],
  speakers: readonly Speaker[],
  fallbacks: Fallbacks,
): CueAttribution {
  const denial = speakers.filter((s) => s.kind === 'denial' && s.end <= cueStart).at(-1);
  const interrupted = denial && speakers.some((s) => (s.kind === 'verb' || s.kind === 'participle') && s.start >= denial.end && s.end <= cueStart);
  if (denial && !interrupted) {
    // "X said Moscow was lying about…": a denial inside reported speech is the reporter's.
    const reporter = speakers.find((s) => s.kind === 'verb' && s.attribution && s.end <= denial.start)?.attribution;
    const own = denial.pronoun ? null : denial.attribution;
    const denier = reporter ?? own ?? mainAttribution(speakers) ?? denial.attribution ?? fallbacks.previous() ?? fallbacks.outlet();
    // "rejected the Russian Defence Ministry's statement that…": the denied claim has an owner.
    const owner = speakers.find((s) => s.kind === 'report-noun' && s.start >= denial.end && s.end <= cueStart && s.attribution)?.attribution;
    return { attribution: denier, denied: true, owner: owner && owner.claimant !== denier.claimant ? owner : null, laterDenier: null };
  }
  const verbs = speakers.filter((s) => governs(s, cueStart, clauseEnd, cueStarts));
  if (verbs.length === 0) return { attribution: fallbacks.outlet(), denied: false, owner: null, laterDenier: null };
  // The nearest (the first of equally near ones).
  let nearest = verbs[0]!;
  for (const s of verbs) if (distance(s, cueStart) < distance(nearest, cueStart)) nearest = s;
  const own = nearest.kind === 'participle' ? mainAttribution(speakers) : nearest.attribution;
  const attribution = own ?? mainAttribution(verbs) ?? fallbacks.previous() ?? fallbacks.outlet();
  return { attribution, denied: false, owner: null, laterDenier: laterDenier(cueStart, speakers, attribution) };
}

/**
 * Whether speaker `s` speaks for the cue at `cueStart`. A verb after the cue governs it within the
 * cue's clause ("X fell, the ministry said") or as the sentence's trailing attribution (no cue
 * after it). A report noun ("Russian reports about X") attributes only under a denial, never on
 * its own, except an owned one just before the cue ("Moscow's claims to have captured X").
 */
function governs(s: Speaker, cueStart: number, clauseEnd: number, cueStarts: readonly number[]): boolean {
  if (s.kind === 'report-noun' && s.attribution !== null && s.end <= cueStart && cueStart - s.end <= OWNED_REACH) return true;
  if (s.kind !== 'verb' && s.kind !== 'participle') return false;
  return s.end <= cueStart || s.end <= clauseEnd || !cueStarts.some((c) => c >= s.end);
}

/** "X took Y, a claim Kyiv rejected as false": a denial after a report noun that follows the cue. */
function laterDenier(cueStart: number, speakers: readonly Speaker[], claimant: Attribution): Attribution | null {
  // "Moscow's announcement that … was rejected by Kyiv": the report noun may also own the cue.
  const noun = speakers.find((s) => s.kind === 'report-noun' && (s.start > cueStart || s.attribution !== null));
  if (!noun) return null;
  const denial = speakers.find((s) => s.kind === 'denial' && s.start > Math.max(noun.start, cueStart) && !s.pronoun);
  // "The Russian claim … is false, a spokesman … said": the denial's speaker is the trailing verb's.
  const denier = denial && (denial.attribution ?? speakers.find((s) => s.kind === 'verb' && s.start > denial.end && s.attribution)?.attribution);
  return denier && denier.claimant !== claimant.claimant ? denier : null;
}

function distance(s: Speaker, at: number): number {
  return s.end <= at ? at - s.end : Math.abs(s.start - at) + AFTER_PENALTY;
}

/** The first resolved speaker of the sentence (a verb or a denial, not a "report by"). */
export function mainAttribution(speakers: readonly Speaker[]): Attribution | null {
  return speakers.find((s) => (s.kind === 'verb' || s.kind === 'denial') && s.attribution)?.attribution ?? null;
}
