import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BoilerplateEntry, compileBoilerplate, dropBoilerplate, loadBoilerplateRules, splitBoilerplate } from '../../src/text/boilerplate.ts';
import { PIECES, randomText, seededRandom } from './random-text.ts';

const FILE = resolve('data/lexicon/boilerplate.json');
const rules = loadBoilerplateRules(FILE);
const entries = JSON.parse(readFileSync(FILE, 'utf8')) as BoilerplateEntry[];

/** The rules applied the plain way: every regex on every line, no gates. */
function reference(body: string): { kept: string; dropped: { ruleId: string; text: string }[] } {
  const flags = (e: BoilerplateEntry): string => (e.caseSensitive ? 'u' : 'iu');
  const dropped: { ruleId: string; text: string }[] = [];
  let text = body;
  let best: { id: string; index: number } | null = null;
  for (const e of entries.filter((x) => x.kind === 'tail')) {
    const m = new RegExp(e.pattern, `${flags(e)}m`).exec(text);
    if (m && (!best || m.index < best.index)) best = { id: e.id, index: m.index };
  }
  if (best) {
    dropped.push({ ruleId: best.id, text: text.slice(best.index) });
    text = text.slice(0, best.index);
  }
  const lineRules = entries.filter((x) => x.kind === 'line').map((e) => ({ e, re: new RegExp(e.pattern, flags(e)) }));
  const prefixes = entries.filter((x) => x.kind === 'prefix').map((e) => ({ e, re: new RegExp(e.pattern.startsWith('^') ? e.pattern : `^${e.pattern}`, flags(e)) }));
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    const hit = t === '' ? undefined : lineRules.find(({ e, re }) => t.length <= (e.maxLength ?? 400) && re.test(t));
    if (hit) {
      dropped.push({ ruleId: hit.e.id, text: line });
      continue;
    }
    let out = line;
    for (const { e, re } of prefixes) {
      const m = re.exec(line);
      if (m && m[0].length < line.length) {
        dropped.push({ ruleId: e.id, text: m[0] });
        out = line.slice(m[0].length);
        break;
      }
    }
    kept.push(out);
  }
  return { kept: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), dropped };
}

// Lines each rule drops (own text), each also tried with odd case and long-s spellings.
const RULE_LINES = [
  'Read more: Why the fight for Siversk is not over', 'READ ALSO Kupiansk', 'Читайте також: Як живе Куп’янськ', 'СМОТРИТЕ ТАКЖЕ',
  'Read it on the Example News app', 'Share on Telegram', 'Sign up for the briefing', 'ſign up', 'Підписуйтеся на наш канал в Telegram',
  'Support The Example Courier!', 'ſupport us', 'Please donate today', 'Підтримайте редакцію', 'Example Agency contributed reporting.',
  'Source: ministry', 'Джерело: Генштаб', 'This story is part of our series on the front', 'Example Wire — independent news for you',
  'Jane Doe is a senior correspondent for Example Wire based in Kyiv.', '3 min read', '×', 'Soldiers near Siversk. (Example / handout)',
  'Photo: press service', 'Фото: Генштаб ЗСУ', 'A tank near the road. Press Service / TASS', 'A tank. Press / tass',
  'A soldier rests near Siversk, Donetsk Oblast, Ukraine, March 2, 2025.', 'The ruins of the school in Lyman, Donetsk Oblast, Ukraine.',
  'Russia claims the capture of Siversk as talks stall', 'KYIV — The ministry said so.', 'SIVERSK, Ukraine (Example) — Troops held.',
  'A Message from Example Times: Dear readers', 'Dear readers,', 'Шановні читачі!',
];

describe('boilerplate gates change nothing', () => {
  it.each(RULE_LINES)('%s', (line) => {
    for (const body of [line, `Troops held the town.\n\n${line}\n\nThe town is held.`, `  ${line}  `]) {
      expect(splitBoilerplate(body, rules)).toEqual(reference(body));
    }
  });

  it('agrees with the plain rules on every held-out article and on 2,000 random bodies', () => {
    const dir = resolve('test/fixtures/heldout/articles');
    for (const f of readdirSync(dir)) {
      const body = readFileSync(resolve(dir, f), 'utf8');
      expect(dropBoilerplate(body, rules), f).toBe(reference(body).kept);
    }
    const random = seededRandom(7);
    const pool = [...PIECES, ...RULE_LINES.map((l) => `\n${l}\n`)];
    for (let k = 0; k < 2000; k++) {
      let body = randomText(random, 40);
      for (let j = 0; j < 3; j++) body += pool[Math.floor(random() * pool.length)]!;
      expect(splitBoilerplate(body, rules), body).toEqual(reference(body));
    }
  });
});

describe('rules the gates cannot read', () => {
  it('still apply: a tail whose literal spans lines, a pattern with syntax the reader does not follow', () => {
    const custom = compileBoilerplate([
      { id: 'tail-two-lines', reason: 'x', kind: 'tail', pattern: 'Thanks\\nfor reading' },
      { id: 'named-group', reason: 'x', kind: 'line', pattern: '^(?<w>Promo)\\b' },
    ]);
    expect(splitBoilerplate('Troops held.\nPromo code inside\nMore.\nThanks\nfor reading. Bye', custom)).toEqual({
      kept: 'Troops held.\nMore.',
      dropped: [
        { ruleId: 'tail-two-lines', text: 'Thanks\nfor reading. Bye' },
        { ruleId: 'named-group', text: 'Promo code inside' },
      ],
    });
  });
});

describe('many rules', () => {
  it('applies rules past the 31 literal bits, in file order', () => {
    const filler = Array.from({ length: 33 }, (_, k) => ({ id: `filler-${k}`, reason: 'x', kind: 'line', pattern: `\\bzzfiller${k}word\\b` }));
    const custom = compileBoilerplate([
      ...filler,
      { id: 'late-literal', reason: 'x', kind: 'line', pattern: '\\bnewsletter\\b' },
      { id: 'late-plain', reason: 'x', kind: 'line', pattern: '^Promo$' },
    ]);
    const body = 'Keep this.\nOur newsletter\nPromo\nzzfiller32word here\nzzfiller3word';
    expect(splitBoilerplate(body, custom).dropped.map((d) => d.ruleId)).toEqual(['late-literal', 'late-plain', 'filler-32', 'filler-3']);
  });
});

