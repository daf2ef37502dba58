import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';
import { randomText, seededRandom } from './random-text.ts';

// The regex formulation the scanner replaced; both must give the same sentences.
const DEFAULTS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col',
  'maj', 'capt', 'sgt', 'st', 'no', 'vs', 'etc', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'sen', 'rep', 'gov', 'prof', 'jr', 'sr', 'approx',
  'ст', 'г', 'гг', 'ул', 'им', 'т.е', 'т.д', 'т.п', 'тис', 'тыс', 'млн', 'млрд', 'обл', 'р'];
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;

function reference(text: string, extra: readonly string[] = []): { start: number; end: number; text: string; paragraph: number }[] {
  const abbrev = new Set([...DEFAULTS, ...extra]);
  const out: { start: number; end: number; text: string; paragraph: number }[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const start = text.indexOf(para, offset);
    offset = start + para.length;
    if (para.trim() === '') continue;
    let pos = 0;
    for (const line of para.split('\n')) {
      const base = start + pos;
      pos += line.length + 1;
      let from = 0;
      const push = (to: number): void => {
        const raw = line.slice(from, to);
        const lead = raw.length - raw.trimStart().length;
        const t = raw.trim();
        if (t !== '') out.push({ start: base + from + lead, end: base + from + lead + t.length, text: t, paragraph });
      };
      for (const m of line.matchAll(BOUNDARY)) {
        const end = m.index + m[0].length;
        if (m[0].startsWith('.')) {
          const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(from, m.index - 12), m.index))?.[1];
          if (word && (/^\p{Lu}$/u.test(word) || abbrev.has(word.toLowerCase()))) continue;
        }
        push(end);
        from = end;
      }
      push(line.length);
    }
    paragraph++;
  }
  return out;
}

describe('splitSentences: scanner equals the regex formulation', () => {
  it.each([
    ['white-space-only paragraphs and breaks with spaces', 'a\n \n b\n\n \n\nc\n \n '],
    ['stops and closers', 'He said "No!" Then?! "Yes." (Fine.) [Ok.] 3 left… «Так». Далі'],
    ['abbreviations at the reach limit', 'Approximately approx. 5. U.S. Gen. J. Smith. Т.е. Так. 𝐀. Next'],
    ['surrogates around the stop', 'x\ud835. 𝐀 y. \ud800 z. 😀. Q'],
    ['carriage returns and other line ends', 'One.\r\nTwo.\u2028Three. Four.\r\n\r\nFive.'],
  ])('%s', (_name, text) => {
    expect(splitSentences(text)).toEqual(reference(text));
  });

  it('agrees on 3,000 random texts, with and without extra abbreviations', () => {
    const random = seededRandom(99);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(random, 50);
      expect(splitSentences(text), text).toEqual(reference(text));
      expect(splitSentences(text, ['j', 'smith']), text).toEqual(reference(text, ['j', 'smith']));
    }
  });
});
