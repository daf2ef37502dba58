import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/tokens.ts';

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Troops took the town. The ministry said so.', ['Troops took the town.', 'The ministry said so.']],
    ['abbreviated month', 'On Sept. 12 the town fell. Nothing else.', ['On Sept. 12 the town fell.', 'Nothing else.']],
    ['initials and U.S.', 'U.S. officials and Gen. J. Smith spoke. Then left.', ['U.S. officials and Gen. J. Smith spoke.', 'Then left.']],
    ['closing quote', '"The town is ours." The general smiled.', ['"The town is ours."', 'The general smiled.']],
    ['Cyrillic', 'Війська увійшли в місто. Бої тривають.', ['Війська увійшли в місто.', 'Бої тривають.']],
    ['lower case after a stop is no boundary', 'The 3 p.m. report came late.', ['The 3 p.m. report came late.']],
    ['paragraphs', 'First line\n\nSecond line', ['First line', 'Second line']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets and paragraph numbers', () => {
    const text = 'One. Two.\n\nThree.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([['One.', 0], ['Two.', 0], ['Three.', 1]]);
  });
});

describe('tokenize', () => {
  it('splits words, keeps inner apostrophes, splits hyphens, folds case and apostrophes', () => {
    expect(tokenize("Russia’s house-to-house push: 70% of Куп'янськ").map((t) => t.norm)).toEqual([
      "russia's", 'house', 'to', 'house', 'push', '70', '%', 'of', "куп'янськ",
    ]);
  });

  it('gives offsets into the text', () => {
    const text = '  Kupiansk, again';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Kupiansk', 'again']);
  });
});
