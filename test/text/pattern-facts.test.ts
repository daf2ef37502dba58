import { describe, expect, it } from 'vitest';
import { CharGate, PairGate } from '../../src/text/char-gate.ts';
import { LiteralScanner } from '../../src/text/literal-scan.ts';
import { boundedTail, firstChars, headPairs, lastChars, literalScore, literalSet } from '../../src/text/pattern-facts.ts';
import { parsePattern } from '../../src/text/pattern-shape.ts';

const facts = (pattern: string) => {
  const alts = parsePattern(pattern);
  if (!alts) return null;
  return { first: firstChars(alts), last: lastChars(alts), literals: literalSet(alts), tail: boundedTail(alts) };
};

describe('pattern facts', () => {
  it.each([
    ['anchored both ends', '^(share|print)$', { first: ['s', 'p'], last: ['e', 't'], literals: ['share', 'print'], tail: '(share|print)' }],
    ['optional lead and trailing space', '^\\s*(Dear|Шановні)[,!:]?\\s*$', { first: ['\\s', 'D', 'Ш'], last: ['\\s', '[,!:]', 'r', 'і'], literals: ['Dear', 'Шановні'], tail: '\\s*(Dear|Шановні)[,!:]?\\s*' }],
    ['any character first gives no first-character fact', '^.*\\)\\s*$', { first: null, last: ['\\s', '\\)'], literals: [')'], tail: null }],
    ['unanchored', '\\b(sign up|newsletters?)\\b', { first: null, last: null, literals: ['sign up', 'newsletter'], tail: null }],
    ['required group after an optional one', '^([\\w ]{1,80} )?(reporting by|editing by)\\b', { first: ['[\\w ]', 'r', 'e'], last: null, literals: ['reporting by', 'editing by'], tail: null }],
    ['escaped dot is a literal character', '^(див\\. також)', { first: ['д'], last: null, literals: ['див. також'], tail: null }],
    ['ending words behind a separator', 'x+ ?/ ?(TASS|AP)\\s*$', { first: null, last: ['\\s', 'S', 'P'], literals: ['TASS', 'AP'], tail: ' ?/ ?(TASS|AP)\\s*' }],
    ['a tail stops at an unbounded item', '^.*[a-z]* \\d{1,2},\\s*\\d{4}\\.?\\s*$', { first: null, last: ['\\s', '\\.', '\\d'], literals: [','], tail: ' \\d{1,2},\\s*\\d{4}\\.?\\s*' }],
    ['each alternative its own tail', '(ab|c)d$|^xy$', { first: null, last: ['d', 'y'], literals: ['ab', 'c', 'xy'], tail: '(?:(ab|c)d|xy)' }],
    ['lookahead consumes nothing', '^(по темі)(?!\\p{L})', { first: ['п'], last: null, literals: ['по темі'], tail: null }],
    ['alternative without ^ is unanchored', '(^|[.!?]\\s*)(photo|image):', { first: null, last: null, literals: ['photo', 'image'], tail: null }],
  ])('%s', (_name, pattern, expected) => {
    expect(facts(pattern)).toEqual(expected);
  });

  it.each(['(?<name>x)', '\\1', '\\u0041', '(a', 'a{2'])('does not follow %s', (pattern) => {
    expect(parsePattern(pattern)).toBeNull();
  });

  it.each([
    ['optional space before a capital', '^\\s*\\p{Lu}[\\p{Lu} .-]{2,40}', [['\\p{Lu}', '[\\p{Lu} .-]'], ['\\s', '\\p{Lu}'], ['\\s', '\\s']]],
    ['words of a group', '^(read more|see also)\\b', [['r', 'e'], ['s', 'e']]],
    ['a repeated character gives both', '^x{2,3}y', [['x', 'x']]],
    ['a one-character match gives nothing', '^(×|ab)', null],
    ['an unanchored alternative gives nothing', '(^a|b)c', null],
  ])('first two characters: %s', (_name, pattern, expected) => {
    expect(headPairs(parsePattern(pattern)!)).toEqual(expected);
  });

  it('scores literal sets by their weakest longest word', () => {
    expect(literalScore(['read ', 'get the '])).toBe(3);
    expect(literalScore(['newsletter', 'sign up'])).toBe(4);
  });
});

describe('literal scanner and character gates', () => {
  it('finds literals per line with case folding, including the long s and overlapping literals', () => {
    const scanner = new LiteralScanner([{ text: 'sign up', bit: 1 }, { text: 'gn u', bit: 2 }, { text: 'підтримайте', bit: 4 }]);
    expect([...scanner.lineBits('x\nſIGN UP now\nПІДТРИМАЙТЕ\nsign\nup', 5)]).toEqual([0, 3, 4, 0, 0]);
  });

  it('tests first and last characters with the rule flags', () => {
    // As in the engine: with `i`, \p{Lu} takes lower-case letters too.
    const folding = new CharGate(['s', '\\p{Lu}'], 'iu');
    expect(['ſ', 'S', 'Д', 'д', '😀'].map((ch) => folding.passesAt(ch, 0))).toEqual([true, true, true, true, false]);
    const exact = new CharGate(['s', '\\p{Lu}'], 'u');
    expect(['ſ', 'S', 'Д', 'д', '𝐀'].map((ch) => exact.passesAt(ch, 0))).toEqual([false, true, true, false, true]);
    expect(new CharGate(['[^.!?]'], 'u').passesLast('ok 😀')).toBe(true);
    expect(new CharGate(['[^.!?]'], 'u').passesLast('done.')).toBe(false);
    const pair = new PairGate([['\\p{Lu}', '[\\p{Lu} .-]'], ['\\s', '\\p{Lu}']], 'u');
    expect(['KYIV —', 'The', ' K', 'K', '𝐀B', '𝐀b'].map((t) => pair.passes(t))).toEqual([true, false, true, false, true, false]);
  });
});

describe('literal scanner limits', () => {
  it('refuses literals it could never find or fold, so their rules keep running the regex', () => {
    const ok = { text: 'donat', bit: 1 };
    const newline = { text: 'a\nb', bit: 2 };
    const astral = { text: '𝐀bc', bit: 4 };
    const scanner = new LiteralScanner([ok, newline, astral]);
    expect([ok, newline, astral].map((l) => scanner.accepts(l))).toEqual([true, false, false]);
  });
});
