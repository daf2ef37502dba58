/**
 * Article → control claims (CLAIMS.md). The pipeline of pure stages:
 * drop boilerplate → sentences → tokens and lexicon hits → place mentions (gazetteer) →
 * speakers → clauses → dates → per clause: cue + place → controller, scope, claimant, date,
 * hedge, historical → one claim per (place, controller, claimant).
 */
import type { Article, IsoDate } from '../domain/article.ts';
import type { Claim } from '../domain/claim.ts';
import type { Place } from '../domain/place.ts';
import type { Gazetteer, Mention, RegionMention } from '../gazetteer/types.ts';
import { dropBoilerplate } from '../text/boilerplate.ts';
import { sentenceLanguage } from '../text/detect-language.ts';
import type { Sentence } from '../text/sentences.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { tokenize } from '../text/tokens.ts';
import type { SentenceHits } from './analyse.ts';
import { analyseTokens } from './analyse.ts';
import { citedAfter } from './back-reference.ts';
import type { Attribution } from './attribution.ts';
import { findSpeakers, mainAttribution } from './attribution.ts';
import { splitClauses } from './clauses.ts';
import { findDates } from './dates.ts';
import { implicitVoice, summaryVoice } from './implicit-voice.ts';
import { detectLanguage } from './language.ts';
import type { LanguageLexicon, Lexicon } from './lexicon.ts';
import { languageLexicon } from './lexicon.ts';
import { outletSide } from './outlet-voice.ts';
import { claimablePlaces, mentionTokens, resolveAnaphors } from './places.ts';
import type { SentenceClaim } from './sentence-claims.ts';
import { sentenceClaims } from './sentence-claims.ts';

/** What extraction needs: the compiled lexicon and the gazetteer's mention finder. */
export interface ExtractDeps {
  readonly lexicon: Lexicon;
  readonly gazetteer: Pick<Gazetteer, 'findMentions' | 'findRegions'>;
  /** Date used when the article has none (the caller's "today"); defaults to 1970-01-01. */
  readonly fallbackDate?: IsoDate;
}

/** How many sentences a speaker stays in force for pronouns and generic subjects. */
const SPEAKER_MEMORY = 2;
/** How many sentences after a named place an anaphor ("the town") may still refer to it. */
const ANAPHOR_REACH = 3;

/** Every control claim of an article, one per (place, controller, claimant). */
export function extractClaims(article: Article, deps: ExtractDeps): Claim[] {
  const body = dropBoilerplate(article.body, deps.lexicon.boilerplate);
  const lang = detectLanguage(article.lang, body);
  const lex = languageLexicon(deps.lexicon, lang);
  const published = article.published ?? deps.fallbackDate ?? '1970-01-01';
  const mentions = deps.gazetteer.findMentions(body, { lang });
  if (mentions.length === 0) return [];
  const regions = deps.gazetteer.findRegions(body);
  const outlet = outletVoice(article, deps.lexicon);
  const state: ArticleState = { previous: null, previousDate: null, age: 0, lastPlace: null };
  const found: SentenceClaim[][] = [];
  const quotes: string[] = [];
  const sentences = splitSentences(body, lex.abbreviations);
  // Each sentence is tokenised and run through the trie once (the lead is read twice otherwise).
  const analysed: ({ lex: LanguageLexicon; tokens: Token[]; hits: SentenceHits } | undefined)[] = [];
  const analyse = (j: number, l: LanguageLexicon): { tokens: Token[]; hits: SentenceHits } => {
    const seen = analysed[j];
    if (seen && seen.lex === l) return seen;
    const tokens = tokenize(sentences[j]!.text);
    const entry = { lex: l, tokens, hits: analyseTokens(l, tokens) };
    analysed[j] = entry;
    return entry;
  };
  const articleVoice = summaryVoice(sentences.map((s) => s.text), lex, analyse) ?? outlet;
  const named = sentences.map((s) => within(mentions, s));
  // A quotation in another language is read with that language's lexicon.
  const lexes: (LanguageLexicon | undefined)[] = [];
  const lexAt = (j: number): LanguageLexicon => (lexes[j] ??= languageLexicon(deps.lexicon, sentenceLanguage(sentences[j]!.text, lang)));
  sentences.forEach((sentence, i) => {
    // A sentence far from every named place can neither carry a claim nor lend its speaker or
    // place to one: skip its analysis (most of a long article).
    if (!nearPlaces(named, i)) {
      state.age = SPEAKER_MEMORY + 1;
      state.previous = null;
      return;
    }
    // "Про це повідомили в X." after a sentence names its speaker.
    const next = sentences[i + 1];
    const voice = (next && citedAfter(next, lexAt(i + 1), state.previous, () => analyse(i + 1, lexAt(i + 1)))) ?? articleVoice;
    found.push(readSentence(sentence, analyse(i, lexAt(i)), named[i]!, within(regions, sentence), state, voice, published));
    quotes.push(sentence.text);
  });
  return dedupe(found.flatMap((claims, i) => claims.map((c) => toClaim(c, article.url, quotes[i]!))));
}

/** The outlet's own voice: independent, unless the outlet is a party (state media, a ministry, a unit). */
function outletVoice(article: Article, lexicon: Lexicon): Attribution {
  const source = article.outlet ?? 'outlet';
  const party = lexicon.outlets ? outletSide(article, lexicon.outlets) : null;
  return party ? { claimant: party.claimant, source, ruleIds: ['outlet', party.ruleId], verb: null } : { claimant: 'independent', source, ruleIds: ['outlet'], verb: null };
}

interface ArticleState {
  previous: Attribution | null;
  previousDate: IsoDate | null;
  age: number;
  lastPlace: Place | null;
}

/** Sentences that have a named place, follow one closely (anaphors) or precede one (speakers). */
function nearPlaces(named: readonly (readonly unknown[])[], i: number): boolean {
  for (let j = Math.max(0, i - ANAPHOR_REACH); j <= Math.min(named.length - 1, i + SPEAKER_MEMORY); j++) {
    if (named[j]!.length > 0) return true;
  }
  return false;
}

function within<T extends { start: number; end: number }>(items: readonly T[], s: Sentence): T[] {
  return items.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
}

function readSentence(
  sentence: Sentence,
  { tokens, hits }: { tokens: Token[]; hits: SentenceHits },
  mentions: readonly Mention[],
  regions: readonly RegionMention[],
  state: ArticleState,
  outlet: Attribution,
  published: IsoDate,
): SentenceClaim[] {
  const speakers = findSpeakers(hits, tokens, sentence.text, state.previous);
  const between = (from: number, to: number): string => sentence.text.slice(tokens[from - 1]?.end ?? 0, tokens[to]?.start ?? sentence.text.length);
  const named = claimablePlaces(mentionTokens(mentions, tokens), regions, hits, between);
  // Claims come only from cues: a sentence without one only passes on its speaker and place.
  if (hits.cues.length === 0) {
    advance(state, mainAttribution(speakers), [], named.at(-1)?.place ?? null);
    return [];
  }
  const places = [...named.filter((p) => !p.vicinity), ...resolveAnaphors(hits, named, state.lastPlace)];
  const dates = findDates(hits, tokens, published);
  const claims = sentenceClaims({
    hits,
    tokens,
    clauses: splitClauses(hits, tokens, sentence.text),
    places,
    speakers,
    between,
    dates,
    previous: state.previous,
    previousDate: state.previousDate,
    outlet: outlet.ruleIds[0] === 'outlet' ? (implicitVoice(hits, state.previous, tokens, sentence.text) ?? outlet) : outlet,
    published,
  });
  advance(state, mainAttribution(speakers), claims, named.at(-1)?.place ?? null);
  return claims;
}

function advance(state: ArticleState, main: Attribution | null, claims: readonly SentenceClaim[], last: Place | null): void {
  if (main) {
    state.previous = main;
    state.previousDate = claims.find((c) => c.attribution === main)?.date ?? null;
    state.age = 0;
  } else if (++state.age > SPEAKER_MEMORY) {
    state.previous = null;
    state.previousDate = null;
  }
  if (last) state.lastPlace = last;
}

function toClaim(c: SentenceClaim, url: string, quote: string): Claim {
  return {
    url,
    place: c.place.name,
    oblast: c.place.oblast,
    placeId: c.place.id,
    controller: c.controller,
    scope: c.scope,
    claimant: c.attribution.claimant,
    source: c.attribution.source,
    date: c.date,
    historical: c.historical,
    hedged: c.hedged,
    disputes: c.disputes,
    quote,
    ruleIds: c.ruleIds,
  };
}

/** One claim per (place, controller, claimant); a current claim wins over a historical one. */
function dedupe(claims: readonly Claim[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.placeId}|${c.controller}|${c.claimant}`;
    const seen = byKey.get(key);
    if (!seen || (seen.historical && !c.historical)) byKey.set(key, c);
  }
  return [...byKey.values()];
}
