import { describe, expect, it } from 'vitest';
import { analyseTokens } from '../../src/extract/analyse.ts';
import type { LexCategory } from '../../src/extract/lexicon.ts';
import { compileLanguage } from '../../src/extract/lexicon.ts';
import { tokenize } from '../../src/text/tokens.ts';

const groups: { file: string; cat: LexCategory; entries: { id: string; reason: string; phrases: string[]; [k: string]: unknown }[] }[] = [
  { file: 't/cues.json', cat: 'cue', entries: [
    { id: 'took-control', reason: 'r', effect: 'take', phrases: ['took control', 'took control of'] },
    { id: 'took-control-2', reason: 'r', effect: 'take', phrases: ['took control of'] },
    { id: 'forces-remain', reason: 'r', effect: 'hold', phrases: ['forces remain in'] },
    { id: 'remain-control', reason: 'r', effect: 'hold', phrases: ['remain in control of'] },
    { id: 'capture', reason: 'r', effect: 'take', attempt: 'contested', phrases: ['capture'] },
    { id: 'seize', reason: 'r', effect: 'take', attempt: 'drop', phrases: ['seize'] },
    { id: 'fall-of', reason: 'r', effect: 'take', nominal: true, phrases: ['the fall of'] },
  ] },
  { file: 't/not-claims.json', cat: 'not-claim', entries: [
    { id: 'trying', reason: 'r', effect: 'attempt', phrases: ['trying to'] },
    { id: 'plans', reason: 'r', effect: 'drop-cue', phrases: ['plans to'] },
    { id: 'managed', reason: 'r', effect: 'keep', phrases: ['managed to'] },
    { id: 'would', reason: 'r', effect: 'drop-before', phrases: ['would'] },
    { id: 'near', reason: 'r', effect: 'vicinity', within: 0, phrases: ['near'] },
  ] },
  { file: 't/dates.json', cat: 'date', entries: [
    { id: 'may', reason: 'r', kind: 'month', value: 5, phrases: ['may', 'early may'] },
  ] },
  { file: 't/context.json', cat: 'context', entries: [
    { id: 'and', reason: 'r', kind: 'conjunction', phrases: ['and'] },
    { id: 'the-city', reason: 'r', kind: 'anaphor', phrases: ['the city', 'city'] },
  ] },
];

const lex = compileLanguage('xx', groups);

/** Each non-empty list of the sentence's hits as "entry-id start-end [attempt]". */
function summary(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [list, hits] of Object.entries(analyseTokens(lex, tokenize(text)))) {
    const shown = (hits as { start: number; end: number; item: { entry: { id: string } }; attempt?: boolean }[]).map(
      (h) => `${h.item.entry.id} ${h.start}-${h.end}${h.attempt === undefined ? '' : ` ${h.attempt}`}`,
    );
    if (shown.length > 0 || list === 'cues') out[list] = shown;
  }
  return out;
}

describe('analyseTokens', () => {
  it.each([
    ['the longest cue of a start; of equal spans the first entry', 'Troops took control of the city', { cues: ['took-control 1-4 false'], context: ['the-city 4-6'] }],
    ['of overlapping cues the longer', 'Our forces remain in control of it', { cues: ['remain-control 2-6 false'] }],
    ['trying to: a contested attempt', 'They are trying to capture it', { cues: ['capture 4-5 true'], notClaims: ['trying 2-4'] }],
    ['trying to: a goal is dropped', 'They are trying to seize it', { cues: [], notClaims: ['trying 2-4'] }],
    ['plans to drops the next cue only', 'It plans to seize it and capture more', { cues: ['capture 6-7 false'], notClaims: ['plans 1-3'], context: ['and 5-6'] }],
    ['managed to wins over plans to', 'It plans to, and managed to capture it', { cues: ['capture 6-7 false'], notClaims: ['plans 1-3', 'managed 4-6'], context: ['and 3-4'] }],
    ['a modal after a nominal cue', 'The fall of the city would open the way', { cues: [], notClaims: ['would 5-6'], context: ['the-city 3-5'] }],
    ['dates keep every match in trie order', 'In early May and May', { cues: [], dates: ['may 1-3', 'may 2-3', 'may 4-5'], context: ['and 3-4'] }],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
