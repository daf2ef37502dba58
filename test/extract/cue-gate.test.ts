import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTokens } from '../../src/extract/analyse.ts';
import { anchorSet, isAnchor, lexiconAnchors, mayHold } from '../../src/extract/cue-gate.ts';
import type { LexItem } from '../../src/extract/lexicon.ts';
import { compileLanguage, languageLexicon } from '../../src/extract/lexicon.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { lexicon } from './helpers.ts';

function cues(...phrases: string[]): readonly LexItem[] {
  const lex = compileLanguage('xx', [{ file: 'xx/cues.json', cat: 'cue', entries: [{ id: 'c', reason: 'r', effect: 'take', phrases } as never] }]);
  return lex.items;
}

const isCue = (item: LexItem): boolean => item.cat === 'cue';

describe('anchorSet', () => {
  it.each([
    ['one word', ['captured'], ['they captured it', 'Captured!'], ['they took it']],
    ['two words of each expansion', ['(took|taken) control of'], ['took control of X', 'control was taken of'], ['took X', 'under control of X', 'took the town']],
    ['a word and a prefix', ['liberat* the city'], ['liberated the city'], ['liberated the town', 'a city']],
    ['a prefix alone', ['liberat* *'], ['liberation of X', 'they liberate'], ['the city', 'liber']],
    ['hyphens split like the tokeniser', ['re-established'], ['re established', 're-established'], ['reestablished']],
    ['words normalised like tokens', ['Освобождённый'], ['освобожденный город', 'ОСВОБОЖДЁННЫЙ'], ['освобожден']],
    ['a gap is no word', ['pushed {1,3} out'], ['pushed them out'], ['pushed', 'out']],
    ['a possessive matches its noun', ['ministry said'], ["the ministry's spokesman said"], ['the ministries said']],
    ['an anchor alone when the phrase has one word', ['захопили', 'захопили місто'], ['захопили село'], ['місто']],
  ])('%s', (_name, phrases, kept, skipped) => {
    const set = anchorSet(cues(...phrases), isCue);
    for (const text of kept) expect(mayHold(set, tokenize(text)), text).toBe(true);
    for (const text of skipped) expect(mayHold(set, tokenize(text)), text).toBe(false);
    expect(set.always).toBe(false);
  });

  it('lets every sentence through when a phrase has no word at all', () => {
    const set = anchorSet(cues('* {1,2} *'), isCue);
    expect(set.always).toBe(true);
    expect(mayHold(set, tokenize('nothing here'))).toBe(true);
  });

  it('ignores items outside the group', () => {
    expect(anchorSet(cues('captured'), () => false).words.size).toBe(0);
  });
});

describe('isAnchor', () => {
  const set = anchorSet(cues('ministry', 'liberat* *'), isCue);
  it.each([
    ['ministry', true],
    ["ministry's", true],
    ['ministries', false],
    ['liberated', true],
    ['liberat', true],
    ['liber', false],
    ['said', false],
  ])('%s → %s', (norm, expected) => {
    expect(isAnchor(set, norm)).toBe(expected);
  });
});

describe('mayHold with the shipped lexicon', () => {
  it.each([
    ['en', 'Russian forces captured Pokrovsk on Monday.', true],
    ['en', 'Ukrainian troops still hold the town.', true],
    ['en', 'The weather was cold and wet.', false],
    ['en', 'Prices of bread rose by 3% in a year.', false],
    ['uk', 'Сили оборони звільнили Куп’янськ.', true],
    ['uk', 'Погода була холодною.', false],
    ['ru', 'Российские войска заняли Покровск.', true],
    ['ru', 'Погода была холодной.', false],
  ])('%s: %s → %s', (lang, text, expected) => {
    const lex = languageLexicon(lexicon, lang);
    expect(mayHold(lexiconAnchors(lex).cues, tokenize(text))).toBe(expected);
  });

  it('keeps every sentence that has a cue or a main speech verb (held-out articles, all languages)', () => {
    const dir = resolve('test/fixtures/heldout/articles');
    let sentences = 0;
    let gated = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const s of splitSentences(readFileSync(join(dir, file), 'utf8'))) {
        const tokens = tokenize(s.text);
        for (const lex of lexicon.languages.values()) {
          const anchors = lexiconAnchors(lex);
          const hits = analyseTokens(lex, tokens);
          sentences++;
          if (!mayHold(anchors.cues, tokens)) {
            gated++;
            expect(hits.cues, s.text).toEqual([]);
          }
          const main = hits.speech.some((h) => h.item.entry.kind === 'verb' || h.item.entry.kind === 'denial');
          if (main) expect(mayHold(anchors.mainSpeech, tokens), s.text).toBe(true);
          if (hits.context.some((h) => h.item.entry.kind === 'summary-source')) expect(mayHold(anchors.summary, tokens)).toBe(true);
          if (hits.context.some((h) => h.item.entry.kind === 'back-reference')) expect(mayHold(anchors.backReference, tokens)).toBe(true);
        }
      }
    }
    // The gate must also let sentences go: most sentences read in another language have no cue.
    expect(gated).toBeGreaterThan(sentences / 4);
  });
});
