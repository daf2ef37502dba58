/**
 * Sentence splitting for news text in English, Ukrainian and Russian. Paragraph breaks always end
 * a sentence; within a paragraph a sentence ends at . ! ? … (plus closing quotes or brackets)
 * followed by a space and a capital letter, digit or opening quote, unless the word before the
 * full stop is an abbreviation ("Sept.", "Gen.", "U.S.") or a single initial.
 */

/** One sentence: offsets into the split text, the text itself and its paragraph number. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
}

const DEFAULT_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'no', 'vs', 'etc',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'sen', 'rep', 'gov', 'prof', 'jr', 'sr', 'approx',
  'ст', 'г', 'гг', 'ул', 'им', 'т.е', 'т.д', 'т.п', 'тис', 'тыс', 'млн', 'млрд', 'обл', 'р',
];

const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.]+)$/u;
/** Only the last characters before a full stop can be an abbreviation (keeps the check O(1)). */
const ABBREVIATION_REACH = 12;

/** Splits `text` into sentences. `abbreviations` (lower case, without the final dot) extend the defaults. */
export function splitSentences(text: string, abbreviations: readonly string[] = []): Sentence[] {
  const abbrev = new Set([...DEFAULT_ABBREVIATIONS, ...abbreviations]);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const start = text.indexOf(para, offset);
    offset = start + para.length;
    if (para.trim() === '') continue;
    for (const line of splitLines(para, start)) {
      for (const s of splitLine(line.text, line.start, abbrev)) sentences.push({ ...s, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

function splitLines(para: string, base: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of para.split('\n')) {
    out.push({ text: line, start: base + pos });
    pos += line.length + 1;
  }
  return out;
}

function splitLine(line: string, base: number, abbrev: ReadonlySet<string>): Omit<Sentence, 'paragraph'>[] {
  const out: Omit<Sentence, 'paragraph'>[] = [];
  let from = 0;
  for (const m of line.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(line.slice(Math.max(from, m.index - ABBREVIATION_REACH), m.index), abbrev)) continue;
    push(out, line, from, end, base);
    from = end;
  }
  push(out, line, from, line.length, base);
  return out;
}

function isAbbreviation(before: string, abbrev: ReadonlySet<string>): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbrev.has(word.toLowerCase());
}

function push(out: Omit<Sentence, 'paragraph'>[], line: string, from: number, to: number, base: number): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== '') out.push({ start: base + from + lead, end: base + from + lead + text.length, text });
}
