import { describe, expect, it } from 'vitest';
import { PhraseSyntaxError, addPhrase, createTrie, expand, findPhrases } from '../../src/extract/phrase-trie.ts';
import { tokenize } from '../../src/text/tokens.ts';

function matches(phrase: string, text: string): string[] {
  const trie = createTrie();
  addPhrase(trie, phrase, 0);
  const tokens = tokenize(text);
  return findPhrases(trie, tokens).map((m) => tokens.slice(m.start, m.end).map((t) => t.norm).join(' '));
}

describe('phrase syntax', () => {
  it.each([
    ['plain words', 'took control of', 'Troops took control of the town', ['took control of']],
    ['alternatives', '(took|seized) control', 'They seized control', ['seized control']],
    ['optional words', 'still [firmly] hold', 'They still firmly hold it and still hold more', ['still firmly hold', 'still hold']],
    ['wildcard', 'raised * flag', 'Soldiers raised a flag', ['raised a flag']],
    ['prefix', 'liberat*', 'the liberation of the town', ['liberation']],
    ['gap', 'attempts {0,4} failed', 'attempts to advance on it failed', ['attempts to advance on it failed']],
    ['hyphens split', 'house to house', 'house-to-house fighting', ['house to house']],
    ['case and apostrophes', "russia's", 'Russia’s army', ["russia's"]],
    ['Cyrillic', 'взяли під контроль', 'Війська взяли під контроль село', ['взяли під контроль']],
  ])('%s', (_name, phrase, text, expected) => {
    expect(matches(phrase, text)).toEqual(expected);
  });

  it('expands nested groups', () => {
    expect(expand('(a|b c) [d]')).toEqual([['a', 'd'], ['a'], ['b', 'c', 'd'], ['b', 'c']]);
  });

  it.each([['(a|b'], ['a)'], ['[]'], ['{3,1} x']])('rejects %s', (phrase) => {
    expect(() => addPhrase(createTrie(), phrase, 0)).toThrow(PhraseSyntaxError);
  });
});
