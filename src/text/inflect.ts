/**
 * Rule-based stems for Cyrillic place names, so that case forms meet their nominative:
 * Покровськ / Покровську / під Покровськом, Авдеевка / Авдеевку, Великої Новосілки. The suffix
 * tables are data (data/gazetteer/inflection.json); the words given here are already folded
 * with `foldCyrillicWord`.
 */

/** One ending rule: `ending` removed from the end of a folded word and `replace` appended. */
export interface EndingRule {
  readonly ending: string;
  readonly replace?: string;
}

/** One index-side variant: a stem ending in `from` is also indexed ending in `to`. */
export interface VariantRule {
  readonly from: string;
  readonly to: string;
}

/** The inflection tables. */
export interface InflectionRules {
  readonly minStem: number;
  readonly nominal: readonly EndingRule[];
  readonly oblique: readonly EndingRule[];
  readonly variants: readonly VariantRule[];
  /**
   * `oblique` rules by the last letter of their ending (same order), set by `compileInflection`:
   * a word is only tried against the rules that can end it.
   */
  readonly obliqueByLast?: ReadonlyMap<string, readonly EndingRule[]>;
}

function byLength(rules: readonly EndingRule[]): EndingRule[] {
  return [...rules].sort((a, b) => b.ending.length - a.ending.length);
}

/** Pre-sorts the rule tables once (longest endings first). */
export function compileInflection(rules: InflectionRules): InflectionRules {
  const oblique = byLength([...rules.nominal, ...rules.oblique]);
  return { ...rules, nominal: byLength(rules.nominal), oblique, obliqueByLast: byLastLetter(oblique) };
}

/**
 * Rules grouped by the last letter of their ending, keeping their order. An empty ending fits
 * every word, so it is in every group, and alone under the key '' (for the other words).
 */
function byLastLetter(rules: readonly EndingRule[]): Map<string, EndingRule[]> {
  const out = new Map<string, EndingRule[]>([['', []]]);
  for (const r of rules) if (r.ending.length > 0) out.set(r.ending.charAt(r.ending.length - 1), []);
  for (const r of rules) {
    const last = r.ending.charAt(r.ending.length - 1);
    for (const [letter, group] of out) if (r.ending.length === 0 || letter === last) group.push(r);
  }
  return out;
}

/** Stems under which a nominative (dictionary) form is indexed: the stem plus its variants. */
export function indexStems(word: string, rules: InflectionRules): string[] {
  let stem = word;
  for (const r of rules.nominal) {
    if (word.length - r.ending.length >= rules.minStem && word.endsWith(r.ending)) {
      stem = word.slice(0, word.length - r.ending.length) + (r.replace ?? '');
      break;
    }
  }
  const out = [stem];
  for (const v of rules.variants) {
    if (stem.endsWith(v.from)) out.push(stem.slice(0, stem.length - v.from.length) + v.to);
  }
  return out;
}

/** Every stem a word seen in a text may have (the word itself, and each ending rule that fits). */
export function textStems(word: string, rules: InflectionRules): string[] {
  const out = [word];
  const candidates = rules.obliqueByLast ? lastLetterRules(rules, word) : rules.oblique;
  for (const r of candidates) {
    if (word.length - r.ending.length >= rules.minStem && word.endsWith(r.ending)) {
      const stem = word.slice(0, word.length - r.ending.length) + (r.replace ?? '');
      if (!out.includes(stem)) out.push(stem);
    }
  }
  return out;
}

/** The compiled rules that may fit `word` (those ending in its last letter, and empty endings). */
function lastLetterRules(rules: InflectionRules, word: string): readonly EndingRule[] {
  const byLast = rules.obliqueByLast!;
  return byLast.get(word.charAt(word.length - 1)) ?? byLast.get('')!;
}
