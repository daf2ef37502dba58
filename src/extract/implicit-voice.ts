/**
 * Whose voice a sentence without a speech verb of its own speaks in, when it is not simply the
 * outlet's. Two general cases:
 * - a bulletin goes on from its last named body with a continuation opener ("Кроме того, …",
 *   "Крім того, …", "In addition, …": context kind `continuation`): the previous speaker, still
 *   in memory, goes on speaking;
 * - a summary article ("Про це йдеться у зведенні Генштабу", "говорится в сводке": context kind
 *   `summary-source` in the lead) is its body's voice wherever a sentence names no speaker;
 * - a headline signed after a dash ("Куп'янськ під контролем ЗСУ — угруповання «Об'єднані сили»"):
 *   the body after the dash, when nothing but its name follows;
 * - a partisan channel's first person ("наши штурмовики", "наші захисники": a claimant entry with
 *   `firstPerson`): the channel speaks for the side whose troops are "ours".
 */
import type { Token } from '../text/tokens.ts';
import { tokenize } from '../text/tokens.ts';
import type { SentenceHits } from './analyse.ts';
import { analyseTokens, contextOf } from './analyse.ts';
import type { Attribution, Lazy } from './attribution.ts';
import { findSpeakers, mainAttribution } from './attribution.ts';
import type { LanguageLexicon } from './lexicon.ts';

/** The continuation opener must start the sentence (after at most one token: "А кроме того"). */
const OPENING_TOKENS = 2;

/** The sentence's implicit speaker, or null when it is the outlet's own voice. */
export function implicitVoice(hits: SentenceHits, previousOf: Lazy<Attribution | null>, tokens: readonly Token[], text: string): Attribution | null {
  const opens = contextOf(hits, 'continuation').some((h) => h.start < OPENING_TOKENS);
  const previous = opens ? previousOf() : null;
  if (previous) return { ...previous, verb: null, ruleIds: [...previous.ruleIds, 'continuation'] };
  const signed = signature(hits, tokens, text);
  if (signed) return signed;
  const ours = hits.claimants.find((c) => c.item.entry.firstPerson && c.item.entry.claimant !== 'inherit');
  const side = ours?.item.entry.claimant;
  if (!ours || (side !== 'ru' && side !== 'ua')) return null;
  return { claimant: side, source: ours.item.entry.source ?? null, ruleIds: [ours.item.entry.id], verb: null };
}

/** How many opening sentences may name the summary an article reproduces. */
const LEAD_SENTENCES = 2;

/** A sentence's tokens and lexicon hits (the caller's cache, so the lead is analysed once). */
export type AnalyseSentence = (i: number, lex: LanguageLexicon) => { readonly tokens: readonly Token[]; readonly hits: SentenceHits };

/** The body whose summary the whole article reproduces, named in its lead, or null. */
export function summaryVoice(lead: readonly string[], lex: LanguageLexicon, analysed?: AnalyseSentence): Attribution | null {
  for (const [i, text] of lead.slice(0, LEAD_SENTENCES).entries()) {
    const { tokens, hits } = analysed ? analysed(i, lex) : analyseText(text, lex);
    const summary = contextOf(hits, 'summary-source')[0];
    if (!summary) continue;
    const main = mainAttribution(findSpeakers(hits, tokens, text, noSpeaker)) ?? ownerAfter(hits, summary.end, text, tokens);
    if (main && main.claimant !== 'independent') return { ...main, verb: null, ruleIds: [...main.ruleIds, 'summary'] };
  }
  return null;
}

function noSpeaker(): null {
  return null;
}

function analyseText(text: string, lex: LanguageLexicon): { tokens: readonly Token[]; hits: SentenceHits } {
  const tokens = tokenize(text);
  return { tokens, hits: analyseTokens(lex, tokens) };
}

/** "у ранковому зведенні Генштабу": the body named right after the summary word owns it. */
function ownerAfter(hits: SentenceHits, at: number, text: string, tokens: readonly Token[]): Attribution | null {
  const owner = hits.claimants.find((c) => c.start === at);
  const side = owner?.item.entry.claimant;
  if (!owner || (side !== 'ru' && side !== 'ua')) return null;
  const source = owner.item.entry.source ?? text.slice(tokens[owner.start]!.start, tokens[owner.end - 1]!.end);
  return { claimant: side, source, ruleIds: [owner.item.entry.id], verb: null };
}

const DASH = /[—–]|\s-\s/u;

/** "… — угруповання «Об'єднані сили»": a body's name after a dash that ends the sentence signs it. */
function signature(hits: SentenceHits, tokens: readonly Token[], text: string): Attribution | null {
  const last = hits.claimants.filter((c) => c.end === tokens.length).at(-1);
  if (!last) return null;
  // The signature is a run of claimant names from the dash to the end of the sentence.
  let start = last.start;
  for (let moved = true; moved; ) {
    moved = false;
    const before = hits.claimants.find((c) => c.end === start && c.start < start);
    if (before && !DASH.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) [start, moved] = [before.start, true];
  }
  if (start === 0 || !DASH.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) return null;
  const body = hits.claimants.find((c) => c.start >= start && (c.item.entry.claimant === 'ru' || c.item.entry.claimant === 'ua'));
  const side = body?.item.entry.claimant;
  if (!body || (side !== 'ru' && side !== 'ua')) return null;
  const source = body.item.entry.source ?? text.slice(tokens[start]!.start, tokens[tokens.length - 1]!.end);
  return { claimant: side, source, ruleIds: [body.item.entry.id, 'signature'], verb: null };
}
