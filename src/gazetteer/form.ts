/**
 * Whether a Cyrillic written form can be a case form of a candidate's nominative name
 * (Покровського is not a form of Покровськ; Слобожанський is not a form of Слобожанське).
 */
import type { PlaceTable } from './places.ts';

const ADJECTIVAL = new Set(['ого', 'его', 'ому', 'ему', 'ое', 'ее', 'ий', 'им', 'ие', 'ая', 'ую', 'ои', 'ой', 'их', 'ими']);
/** Endings a neuter adjectival name (Покровське, Курахово) never takes: masculine, feminine, plural forms. */
const NOT_NEUTER = new Set(['а', 'ий', 'ой', 'ая', 'ую', 'ои', 'и', 'их', 'ими']);
/** The form bonus of a written form that cannot belong to the candidate. */
export const MISFIT = -0.4;

/** Form bonuses already computed in one call: folded written form → place index → bonus. */
export type FormMemo = Map<string, Map<number, number>>;

/**
 * +0.15 when the folded form is a nominative of place `idx`, MISFIT when it cannot be a case
 * form of it, else 0. `lang` is the call's language (fixed per call, so not part of the memo key).
 */
export function formBonus(table: PlaceTable, folded: string, idx: number, lang: string | undefined, memo: FormMemo): number {
  let byPlace = memo.get(folded);
  if (!byPlace) {
    byPlace = new Map();
    memo.set(folded, byPlace);
  }
  let bonus = byPlace.get(idx);
  if (bonus === undefined) {
    bonus = computeFormBonus(table.cyrillicNominatives(idx), folded, lang);
    byPlace.set(idx, bonus);
  }
  return bonus;
}

function computeFormBonus(noms: readonly string[], folded: string, lang: string | undefined): number {
  if (noms.includes(folded)) return 0.15;
  const surf = folded.slice(folded.lastIndexOf(' ') + 1);
  for (const n of noms) {
    const nom = n.slice(n.lastIndexOf(' ') + 1);
    const last = nom.charAt(nom.length - 1);
    if (!'аеиоуяюй'.includes(last) && surf.startsWith(nom)) {
      const suffix = surf.slice(nom.length);
      if (ADJECTIVAL.has(suffix) || (suffix === 'е' && lang === 'uk') || (suffix === 'и' && nom.endsWith('ск'))) {
        return MISFIT;
      }
    } else if (last === 'е' || last === 'о') {
      const stem = nom.slice(0, -1);
      const suffix = surf.startsWith(stem) ? surf.slice(stem.length) : '';
      if (surf === stem || NOT_NEUTER.has(suffix) || (suffix === 'у' && lang === 'uk')) return MISFIT;
    }
  }
  return 0;
}
