/**
 * `resolve`: a user's query (any script, any case form, small typos) → best places. Exact keys
 * first; then a bounded edit distance over all folded names of the same script.
 */
import { isCyrillic } from '../text/fold.ts';
import { aliasKeys, wordKeys } from './keys.ts';
import type { GazetteerModel } from './model.ts';
import { prominence } from './places.ts';
import type { ResolveResult } from './types.ts';
import { foldWord, nameWords } from '../text/fold.ts';
import { inWordSet } from './lexicons.ts';

/** Levenshtein distance with adjacent transpositions, giving up (max + 1) beyond `max`. Reuses its rows. */
export class EditDistance {
  private rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

  constructor(private readonly max: number) {}

  between(a: string, b: string): number {
    const { max } = this;
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const n = b.length;
    if (this.rows[0]!.length <= n) this.rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
    let [prev2, prev, cur] = this.rows as [Int32Array, Int32Array, Int32Array];
    for (let j = 0; j <= n; j++) prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
      cur[0] = i;
      let rowMin = i;
      const ca = a.charCodeAt(i - 1);
      for (let j = 1; j <= n; j++) {
        const cb = b.charCodeAt(j - 1);
        let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
        if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      [prev2, prev, cur] = [prev, cur, prev2];
    }
    return prev[n]!;
  }
}

/** Edit distance between two strings, capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  return new EditDistance(max).between(a, b);
}

/** "Kupiansk district", "Kharkiv region" → the name alone (a user means the place). */
function withoutAreaWords(m: GazetteerModel, query: string): string {
  const words = nameWords(query);
  const kept: string[] = [];
  for (const w of words) {
    const f = foldWord(w);
    if (!inWordSet(m.lex.regionWords, f) && !inWordSet(m.lex.raionWords, f)) kept.push(w);
  }
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : query;
}

function queryKeys(m: GazetteerModel, query: string): string[] {
  const keys = new Set(aliasKeys(query, m.rules));
  let combos = [''];
  for (const w of nameWords(query)) {
    const next: string[] = [];
    for (const c of combos) for (const k of wordKeys(w, m.rules)) if (next.length < 16) next.push(c ? `${c} ${k}` : k);
    combos = next;
  }
  for (const c of combos) if (c) keys.add(c);
  return [...keys];
}

function add(best: Map<number, ResolveResult>, m: GazetteerModel, keyIndex: number, base: number): void {
  for (const p of m.postings(keyIndex)) {
    const idx = p >> 3;
    const score = Math.min(1, base - 0.03 * (p & 7) + 0.1 * prominence(m.table, idx));
    const prev = best.get(idx);
    if (!prev || score > prev.score) {
      best.set(idx, { place: m.table.place(idx), score: Math.round(score * 1000) / 1000, matched: m.display[keyIndex]! });
    }
  }
}

/** Best places for a query, highest score first. */
export function resolveQuery(m: GazetteerModel, query: string, limit = 5): ResolveResult[] {
  const best = new Map<number, ResolveResult>();
  const keys = queryKeys(m, withoutAreaWords(m, query));
  for (const k of keys) {
    const keyIndex = m.names.full.get(k);
    if (keyIndex !== undefined) add(best, m, keyIndex, 0.92);
  }
  // Typo search only when no name matched exactly: an exact name is what the user meant.
  if (best.size === 0 && keys.length > 0) {
    const target = keys[0]!;
    const max = target.length <= 4 ? 1 : target.length <= 8 ? 2 : 3;
    const [from, to] = isCyrillic(query) ? [m.firstCyrillicKey, m.keys.length] : [0, m.firstCyrillicKey];
    const dist = new EditDistance(max);
    for (let i = from; i < to; i++) {
      const key = m.keys[i]!;
      if (Math.abs(key.length - target.length) > max) continue;
      let d = max + 1;
      for (const k of keys) d = Math.min(d, dist.between(k, key));
      if (d > 0 && d <= max) add(best, m, i, 0.85 * (1 - d / Math.max(target.length, key.length)));
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.place.name.localeCompare(b.place.name)).slice(0, limit);
}
