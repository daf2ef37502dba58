import { AliasKind } from '../gazetteer/data-format.ts';
import { aliasKeys } from '../gazetteer/keys.ts';
import { romaniseRussian } from '../text/fold.ts';
import type { InflectionRules } from '../text/inflect.ts';

export { aliasKeys };

type KindName = keyof typeof AliasKind;

/** Collects every alias of every place under its folded keys, keeping the best kind per place. */
export class AliasCollector {
  private readonly byKey = new Map<string, { display: string; displayKind: number; postings: Map<number, number> }>();

  constructor(private readonly rules: InflectionRules) {}

  /** Adds one alias of place `idx`. */
  add(idx: number, alias: string, kind: KindName): void {
    const k = AliasKind[kind];
    for (const key of aliasKeys(alias, this.rules)) {
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { display: alias, displayKind: k, postings: new Map() };
        this.byKey.set(key, entry);
      } else if (k < entry.displayKind || (k === entry.displayKind && alias.length < entry.display.length)) {
        entry.display = alias;
        entry.displayKind = k;
      }
      const prev = entry.postings.get(idx);
      if (prev === undefined || k < prev) entry.postings.set(idx, k);
    }
  }

  /** Sorted columnar output: keys, a display spelling per key, postings `idx * 8 + kind`. */
  finish(): { keys: string[]; display: string[]; postings: number[][] } {
    const keys = [...this.byKey.keys()].sort();
    return {
      keys,
      display: keys.map((k) => this.byKey.get(k)!.display),
      postings: keys.map((k) => [...this.byKey.get(k)!.postings].map(([idx, kind]) => idx * 8 + kind)),
    };
  }
}

/** Adds a Russian (or any Cyrillic) name and its two usual press romanisations. */
export function addRussianForms(c: AliasCollector, idx: number, name: string, kind: KindName): void {
  c.add(idx, name, kind);
  const latinKind: KindName = AliasKind[kind] < AliasKind.derived ? 'derived' : kind;
  c.add(idx, romaniseRussian(name, true), latinKind);
  c.add(idx, romaniseRussian(name, false), latinKind);
}

const SCRIPT_OK = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’ʼ\- ]+$/u;

/**
 * Whether a GeoNames alternate is worth indexing: a capitalised Latin or Cyrillic name of 3+
 * letters, not an abbreviation (SEV, EGO) nor a lower-case Asian-language romanisation.
 */
export function usableAltName(alt: string): boolean {
  return alt.length >= 3 && /^\p{Lu}/u.test(alt) && !/^[\p{Lu}\s-]+$/u.test(alt) && SCRIPT_OK.test(alt);
}
