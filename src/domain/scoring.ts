/**
 * Claim scoring of CLAIMS.md "Scoring": per article, sets of (place, controller, claimant)
 * tuples with place names folded (case, apostrophes, hyphens, diacritics); optional labels are
 * neither counted when missed nor held against a finding; historical findings are left out;
 * counts are summed over articles (micro P/R/F1); scope accuracy on the true positives
 * (contested ones excluded: CLAIMS.md ignores scope for contested).
 */
import type { Claimant, Controller, Scope } from './claim.ts';

/** A labelled claim (labels.jsonl). */
export interface LabelledClaim {
  readonly place: string;
  readonly controller: Controller;
  readonly claimant: Claimant;
  readonly scope?: Scope;
  readonly optional?: boolean;
  readonly quote?: string;
}

/** An extracted claim, as far as scoring looks at it. */
export interface FoundClaim {
  readonly place: string;
  readonly controller: Controller;
  readonly claimant: Claimant;
  readonly scope: Scope;
  readonly historical: boolean;
  readonly quote?: string;
  readonly ruleIds?: readonly string[];
}

/** Summed counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  scopeRight: number;
  scopeTotal: number;
}

/** One article's comparison. */
export interface ArticleScore {
  readonly truePositives: readonly { found: FoundClaim; label: LabelledClaim }[];
  readonly falsePositives: readonly FoundClaim[];
  readonly falseNegatives: readonly LabelledClaim[];
}

/** Precision, recall, F1 and scope accuracy of some counts. */
export interface Metrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly scopeAccuracy: number;
}

/** Folds a place name for comparison: case, apostrophes, hyphens, diacritics, spaces. */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`"]/g, '')
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}

function key(c: { place: string; controller: Controller; claimant: Claimant }): string {
  return `${foldPlaceName(c.place)}|${c.controller}|${c.claimant}`;
}

/** Compares one article's findings with its labels. */
export function scoreArticle(found: readonly FoundClaim[], labels: readonly LabelledClaim[]): ArticleScore {
  const required = new Map<string, LabelledClaim>();
  const optional = new Set<string>();
  for (const l of labels) {
    if (l.optional) optional.add(key(l));
    else required.set(key(l), l);
  }
  const seen = new Map<string, FoundClaim>();
  for (const f of found) if (!f.historical && !seen.has(key(f))) seen.set(key(f), f);
  const truePositives: { found: FoundClaim; label: LabelledClaim }[] = [];
  const falsePositives: FoundClaim[] = [];
  for (const [k, f] of seen) {
    const label = required.get(k);
    if (label) truePositives.push({ found: f, label });
    else if (!optional.has(k)) falsePositives.push(f);
  }
  const falseNegatives = [...required].filter(([k]) => !seen.has(k)).map(([, l]) => l);
  return { truePositives, falsePositives, falseNegatives };
}

/** Empty counts. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, scopeRight: 0, scopeTotal: 0 };
}

/** Adds an article's score to counts, optionally only the tuples of one claimant. */
export function addScore(counts: Counts, score: ArticleScore, claimant?: Claimant): void {
  const mine = (c: { claimant: Claimant }): boolean => claimant === undefined || c.claimant === claimant;
  for (const { found, label } of score.truePositives) {
    if (!mine(label)) continue;
    counts.tp++;
    if (label.scope && label.controller !== 'contested') {
      counts.scopeTotal++;
      if (label.scope === found.scope) counts.scopeRight++;
    }
  }
  counts.fp += score.falsePositives.filter(mine).length;
  counts.fn += score.falseNegatives.filter(mine).length;
}

/** Precision, recall, F1 (0 when undefined) and scope accuracy (1 when no scope was compared). */
export function metrics(c: Counts): Metrics {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, scopeAccuracy: c.scopeTotal === 0 ? 1 : c.scopeRight / c.scopeTotal };
}
