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
}

function byLength(rules: readonly EndingRule[]): EndingRule[] {
  return [...rules].sort((a, b) => b.ending.length - a.ending.length);
}

/** Pre-sorts the rule tables once (longest endings first). */
export function compileInflection(rules: InflectionRules): InflectionRules {
  return { ...rules, nominal: byLength(rules.nominal), oblique: byLength([...rules.nominal, ...rules.oblique]) };
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
  for (const r of rules.oblique) {
    if (word.length - r.ending.length >= rules.minStem && word.endsWith(r.ending)) {
      const stem = word.slice(0, word.length - r.ending.length) + (r.replace ?? '');
      if (!out.includes(stem)) out.push(stem);
    }
  }
  return out;
}
