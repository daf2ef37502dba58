import { describe, expect, it } from 'vitest';
import { buildPrefixIndex, eachPrefix } from '../../src/extract/trie-prefixes.ts';

const prefixes = ['при', 'прибу', 'приб', 'про', 'пр', 'п', 'liberat', 'aim'];
const index = buildPrefixIndex(prefixes);

function found(norm: string): string[] {
  const ids: number[] = [];
  eachPrefix(index, norm, (id) => ids.push(id));
  return ids.map((id) => prefixes[id]!).sort();
}

describe('prefix index', () => {
  it.each([
    ['every prefix of a long word, short or long', 'прибули', ['п', 'пр', 'при', 'приб', 'прибу']],
    ['a word that is itself a prefix', 'при', ['п', 'пр', 'при']],
    ['a sibling branch only', 'продовжують', ['п', 'пр', 'про']],
    ['Latin', 'liberation', ['liberat']],
    ['a three-letter prefix that is the whole word', 'aim', ['aim']],
    ['not a prefix although it shares letters', 'liber', []],
    ['one letter', 'п', ['п']],
    ['none', 'село', []],
  ])('%s', (_name, norm, expected) => {
    expect(found(norm)).toEqual(expected);
  });
});
