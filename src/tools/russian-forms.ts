/**
 * Likely Russian spellings of a Ukrainian settlement name, from the spelling correspondences in
 * data/gazetteer/russian-spelling.json (Ольгівське → Ольговское, Кучерів Яр → Кучеров Яр,
 * Малі Щербаки → Малые Щербаки). Used by the gazetteer build only: the forms are guesses, indexed
 * with the lowest-trust alias kind so that they never beat a real name.
 */
import { z } from 'zod';
import { readJsonFile } from '../gazetteer/data-files.ts';

const ruleSchema = z.object({
  id: z.string().min(1),
  /** A regular expression over one lower-case Ukrainian word (flags `gu` are added). */
  match: z.string().min(1),
  /** Alternative replacements, likeliest first (`$1` refers to a group); each gives its own form. */
  to: z.array(z.string()).min(1),
  /** `before-noun`: only a word followed by another word of the name (adjectives: Мала Токмачка). */
  where: z.enum(['any', 'before-noun']).default('any'),
  reason: z.string().min(1),
  /** Ukrainian name → one Russian form the rules must produce for it (checked at build). */
  examples: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
});

/** Schema of data/gazetteer/russian-spelling.json. */
export const russianSpellingSchema = z.object({
  about: z.string().optional(),
  /** At most this many forms per word (alternatives multiply); the likeliest are kept. */
  maxFormsPerWord: z.number().int().min(1),
  /** At most this many forms per name. */
  maxForms: z.number().int().min(1),
  /** One-word names shorter than this get no guesses: Сіль → Соль, Піски → Пески are common nouns. */
  minLength: z.number().int().min(1),
  /** The same for neuter adjectival names in -е (Лісне → Лесное): rarely a common word written with a capital. */
  minLengthNeuter: z.number().int().min(1),
  rules: z.array(ruleSchema).min(1),
  /**
   * Rules for the last word of a several-word plural name, giving its genitive plural (Малі
   * Щербаки → Малих Щербаків; the index variants add Russian -ов). A one-word name gets none:
   * Піски → Пісків, Соколи → Соколов would be surnames.
   */
  genitivePlural: z.array(ruleSchema).default([]),
});
export type RussianSpellingFile = z.infer<typeof russianSpellingSchema>;

interface CompiledRule {
  readonly id: string;
  readonly re: RegExp;
  readonly to: readonly string[];
  readonly beforeNounOnly: boolean;
}

/** The two uses of the table. */
export interface RussianGuesser {
  /** Likely Russian spellings of a Ukrainian name (the name itself excluded). */
  forms(nameUk: string): string[];
  /** Genitive plural forms of a several-word plural name (Малі Щербаки → Малі Щербаків). */
  genitivePlural(name: string): string[];
}

/**
 * Reads and validates the rule table; every regular expression must compile and every example
 * must come out of the rules, else the error names the file and the rule.
 */
export function readRussianSpelling(file: string): RussianGuesser {
  const data = readJsonFile(file, russianSpellingSchema);
  const guess = compileRussianSpelling(data, file);
  for (const rule of [...data.rules, ...data.genitivePlural]) {
    const make = data.rules.includes(rule) ? guess.forms : guess.genitivePlural;
    for (const [uk, ru] of rule.examples) {
      const got = make(uk);
      if (!got.includes(ru)) {
        throw new Error(`${file}: rule "${rule.id}": example ${uk} → ${ru} not produced (got ${got.join(', ') || 'nothing'})`);
      }
    }
  }
  return guess;
}

/** Compiles a validated table (`file` names it in errors). */
export function compileRussianSpelling(data: RussianSpellingFile, file = 'russian-spelling'): RussianGuesser {
  const rules = data.rules.map((r) => compileRule(r, file));
  const genitive = data.genitivePlural.map((r) => compileRule(r, file));
  return {
    forms: (nameUk) =>
      /[\s-]/u.test(nameUk) ||
      nameUk.length >= (nameUk.endsWith('е') ? Math.min(data.minLength, data.minLengthNeuter) : data.minLength)
        ? guessName(nameUk, rules, data.maxFormsPerWord, data.maxForms)
        : [],
    genitivePlural(name) {
      const cut = name.lastIndexOf(' ');
      if (cut < 0) return [];
      const last = name.slice(cut + 1);
      return guessWord(last, genitive, false, data.maxFormsPerWord)
        .filter((f) => f !== last)
        .map((f) => name.slice(0, cut + 1) + f);
    },
  };
}

function compileRule(r: RussianSpellingFile['rules'][number], file: string): CompiledRule {
  let re: RegExp;
  try {
    re = new RegExp(r.match, 'gu');
  } catch (err) {
    throw new Error(`${file}: rule "${r.id}": bad pattern: ${(err as Error).message}`, { cause: err });
  }
  return { id: r.id, re, to: r.to, beforeNounOnly: r.where === 'before-noun' };
}

function guessName(nameUk: string, rules: readonly CompiledRule[], perWord: number, max: number): string[] {
  // Words and the separators between them ("Кам’янка-Дніпровська", "Кучерів Яр").
  const parts = nameUk.split(/([\s-]+)/u);
  let combos: string[] = [''];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const isWord = i % 2 === 0;
    const beforeNoun = isWord && i + 2 < parts.length && /\s/u.test(parts[i + 1]!);
    const forms = isWord && part ? guessWord(part, rules, beforeNoun, perWord) : [part];
    const next: string[] = [];
    for (const c of combos) for (const f of forms) if (next.length < max) next.push(c + f);
    combos = next;
  }
  return combos.filter((f) => f !== nameUk && f.length > 0);
}

/** Forms of one word, likeliest first, with the original capitalisation of its first letter. */
function guessWord(word: string, rules: readonly CompiledRule[], beforeNoun: boolean, perWord: number): string[] {
  let forms = [word.toLowerCase()];
  for (const rule of rules) {
    if (rule.beforeNounOnly && !beforeNoun) continue;
    const next: string[] = [];
    for (const f of forms) {
      rule.re.lastIndex = 0;
      if (!rule.re.test(f)) {
        next.push(f);
        continue;
      }
      for (const to of rule.to) {
        const g = f.replace(rule.re, to);
        if (!next.includes(g)) next.push(g);
      }
    }
    forms = next.slice(0, perWord);
  }
  const upper = word.charAt(0) !== word.charAt(0).toLowerCase();
  return forms.map((f) => (upper ? f.charAt(0).toUpperCase() + f.slice(1) : f));
}
