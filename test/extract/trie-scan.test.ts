import { describe, expect, it } from 'vitest';
import { addPhrase, createTrie, findPhrases } from '../../src/extract/phrase-trie.ts';
import { tokenize } from '../../src/text/tokens.ts';

/** [start, end, payload] of every match, payload = the phrase's index in `phrases`. */
function matches(phrases: string[], text: string, from?: number, to?: number): number[][] {
  const trie = createTrie();
  phrases.forEach((p, i) => addPhrase(trie, p, i));
  return findPhrases(trie, tokenize(text), from, to).map((m) => [m.start, m.end, m.payload]);
}

describe('compiled trie scan: matches and their order', () => {
  it.each([
    ['a wildcard at the root', ['* (й|я) бригад*'], '3 й бригада та 5 я бригади', [[0, 3, 0], [4, 7, 0]]],
    ['prefixes of one token: two-letter ones in insertion order, then one-letter', ['бриг*', 'бригад*', 'б*'], 'бригада', [[0, 1, 0], [0, 1, 1], [0, 1, 2]]],
    ['a one-letter prefix added first still comes last', ['б*', 'бригад*', 'бриг*'], 'бригада б', [[0, 1, 1], [0, 1, 2], [0, 1, 0], [1, 2, 0]]],
    ['prefix children below the root', ['x б*', 'x бригад*', 'x бриг*'], 'x бригада', [[0, 2, 1], [0, 2, 2], [0, 2, 0]]],
    ['a possessive matches itself, then its noun', ['russia forces', "russia's forces"], 'Russia’s forces', [[0, 2, 1], [0, 2, 0]]],
    ['a gap at the root', ['{1,2} taken'], 'the town was taken', [[1, 4, 0], [2, 4, 0]]],
    ['payloads before longer matches', ['attempts {0,4} failed', 'attempts'], 'attempts to advance on it failed', [[0, 1, 1], [0, 6, 0]]],
    ['one span by gap, word, optional and wildcard', ['a * c', 'a b c', 'a [b] c', 'a {1,1} c'], 'a b c', [[0, 3, 3], [0, 3, 1], [0, 3, 2], [0, 3, 0]]],
    ['words the trie does not know', ['took control'], 'Kupiansk xyz took control', [[2, 4, 0]]],
  ])('%s', (_name, phrases, text, expected) => {
    expect(matches(phrases, text)).toEqual(expected);
  });

  it.each([
    ['a gap stops at the end of the range', 'taken a town b town', 0, 3, [[0, 3, 0]]],
    ['positions stay those of the whole token list', 'x taken a town b town', 1, 4, [[1, 4, 0]]],
    ['an empty range', 'taken town', 1, 1, []],
  ])('range: %s', (_name, text, from, to, expected) => {
    expect(matches(['taken {0,3} town'], text, from, to)).toEqual(expected);
  });

  it('handles sentences longer than its buffers', () => {
    const text = Array.from({ length: 150 }, () => 'took control of бригада').join(' ');
    const found = matches(['took control', 'бриг*', 'бригад*'], text);
    expect(found).toHaveLength(450);
    expect(found.slice(-3)).toEqual([[596, 598, 0], [599, 600, 1], [599, 600, 2]]);
  });

  it('sees phrases added after a search', () => {
    const trie = createTrie();
    addPhrase(trie, 'took control', 0);
    const tokens = tokenize('they took control and held it');
    expect(findPhrases(trie, tokens)).toHaveLength(1);
    addPhrase(trie, 'held it', 1);
    expect(findPhrases(trie, tokens).map((m) => m.payload)).toEqual([0, 1]);
  });
});
