/**
 * Scoring of contradictions against a labelled corpus (CLAIMS.md "Scoring"): sets of
 * (place, earlier article, later article) triples, places folded; optional expected lines are
 * neither counted when missed nor held against a detector that finds them.
 */
import { metrics } from '../domain/scoring.ts';

/** One contradiction as an article-level triple. */
export interface ContradictionTriple {
  readonly place: string;
  readonly earlier: string;
  readonly later: string;
}

/** A line of contradictions.jsonl. */
export interface ExpectedContradiction extends ContradictionTriple {
  readonly optional: boolean;
}

/** Micro-averaged counts and scores; `missed` and `unexpected` list the errors. */
export interface ContradictionScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly missed: readonly ContradictionTriple[];
  readonly unexpected: readonly ContradictionTriple[];
}

/** CLAIMS.md place comparison: case, apostrophes, hyphens, spaces and diacritics folded. */
export function foldPlaceForScore(place: string): string {
  return place
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`\-\s]/g, '');
}

function key(t: ContradictionTriple): string {
  return `${foldPlaceForScore(t.place)}\u0000${t.earlier}\u0000${t.later}`;
}

/** Parses contradictions.jsonl text. */
export function parseExpectedContradictions(text: string): ExpectedContradiction[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { place: string; earlier: string; later: string; optional?: boolean };
      return { place: r.place, earlier: r.earlier, later: r.later, optional: r.optional === true };
    });
}

/** Compares found triples with the expected ones. */
export function scoreContradictions(
  found: readonly ContradictionTriple[],
  expected: readonly ExpectedContradiction[],
): ContradictionScore {
  const core = new Map(expected.filter((e) => !e.optional).map((e) => [key(e), e]));
  const optional = new Set(expected.filter((e) => e.optional).map(key));
  const foundKeys = new Map(found.map((f) => [key(f), f]));
  const unexpected = [...foundKeys].filter(([k]) => !core.has(k) && !optional.has(k)).map(([, f]) => f);
  const missed = [...core].filter(([k]) => !foundKeys.has(k)).map(([, e]) => e);
  const tp = [...foundKeys.keys()].filter((k) => core.has(k)).length;
  const fp = unexpected.length;
  const fn = missed.length;
  const { precision, recall, f1 } = metrics({ tp, fp, fn, scopeRight: 0, scopeTotal: 0 });
  return { tp, fp, fn, precision, recall, f1, missed, unexpected };
}
