import { foldCyrillicWord, foldLatinWord, isCyrillic, nameWords } from '../text/fold.ts';
import { indexStems, textStems, type InflectionRules } from '../text/inflect.ts';

const MAX_COMBINATIONS = 16;

/**
 * The index keys of a name (dictionary form): each word folded, Cyrillic words reduced to their
 * stems (with variants), words joined by one space. `Велика Новосілка` → `велик новосилк`.
 */
export function aliasKeys(alias: string, rules: InflectionRules): string[] {
  let combos: string[] = [''];
  for (const word of nameWords(alias)) {
    const forms = isCyrillic(word) ? indexStems(foldCyrillicWord(word), rules) : [foldLatinWord(word)];
    const next: string[] = [];
    for (const c of combos) for (const f of forms) if (next.length < MAX_COMBINATIONS) next.push(c ? `${c} ${f}` : f);
    combos = next;
  }
  return combos.filter((k) => k.length > 0);
}

/** The keys a word seen in a text may match: Latin words folded; Cyrillic words stemmed every way. */
export function wordKeys(word: string, rules: InflectionRules): string[] {
  return keysOf(word, isCyrillic(word), rules);
}

/** `wordKeys` when the caller already knows whether the word is Cyrillic (`cyrillic` = `isCyrillic(word)`). */
export function keysOf(word: string, cyrillic: boolean, rules: InflectionRules): string[] {
  if (cyrillic) return textStems(foldCyrillicWord(word), rules);
  return [foldLatinWord(isPossessive(word) ? word.slice(0, -2) : word)];
}

/** `Kupiansk's`, `Kupiansk’s`: the key is the name without the ending. */
export function isPossessive(word: string): boolean {
  return word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'));
}
