/**
 * Attribution that comes one sentence late. Ukrainian and Russian news usually state the news
 * first and name the source in the next sentence ("Сили оборони звільнили X. Про це повідомили
 * в Генштабі." / "…. Об этом сообщает Минобороны."). A sentence that opens with a back-reference
 * phrase (lexicon context kind `back-reference`) and has a resolved speaker lends that speaker to
 * the sentence before it, in place of the outlet's own voice.
 */
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { tokenize } from '../text/tokens.ts';
import type { SentenceHits } from './analyse.ts';
import { analyseTokens, contextOf } from './analyse.ts';
import type { Attribution, Lazy } from './attribution.ts';
import { findSpeakers, mainAttribution } from './attribution.ts';
import type { LanguageLexicon, LexItem } from './lexicon.ts';
import { findPhrases } from './phrase-trie.ts';

/** The back-reference phrase must start within the first tokens of the sentence ("А про це…"). */
const OPENING_TOKENS = 2;
/** Tokens looked at before the full analysis, so that most sentences cost one small trie pass. */
const PEEK_TOKENS = 6;
const PEEK_CHARS = 80;

/** The speaker `next` names for the sentence before it, or null when it does not refer back. */
export function citedAfter(
  next: Sentence | undefined,
  lex: LanguageLexicon,
  previous: Lazy<Attribution | null>,
  analysed?: () => { readonly tokens: readonly Token[]; readonly hits: SentenceHits },
): Attribution | null {
  if (!next || !hasBackReferences(lex)) return null;
  const peek = tokenize(next.text.slice(0, PEEK_CHARS)).slice(0, PEEK_TOKENS);
  const opening = findPhrases(lex.trie, peek, 0, peek.length);
  if (!opening.some((m) => m.start < OPENING_TOKENS && isBackReference(lex.items[m.payload]))) return null;
  // The caller's cached analysis of `next` (it reads that sentence itself later).
  const { tokens, hits } = analysed ? analysed() : analyseText(next.text, lex);
  if (!contextOf(hits, 'back-reference').some((h) => h.start < OPENING_TOKENS)) return null;
  const cited = mainAttribution(findSpeakers(hits, tokens, next.text, previous));
  return cited ? { ...cited, verb: null, ruleIds: [...cited.ruleIds, 'back-reference'] } : null;
}

function analyseText(text: string, lex: LanguageLexicon): { tokens: readonly Token[]; hits: SentenceHits } {
  const tokens = tokenize(text);
  return { tokens, hits: analyseTokens(lex, tokens) };
}

function isBackReference(item: LexItem | undefined): boolean {
  return item?.cat === 'context' && item.entry.kind === 'back-reference';
}

const withBackReferences = new WeakMap<LanguageLexicon, boolean>();

/** Whether the language has back-reference phrases at all (English has none): skip the peek. */
function hasBackReferences(lex: LanguageLexicon): boolean {
  let has = withBackReferences.get(lex);
  if (has === undefined) withBackReferences.set(lex, (has = lex.items.some(isBackReference)));
  return has;
}
