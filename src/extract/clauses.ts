/**
 * Stage: a sentence cut into clauses at clause words ("but", "while", "that", "which") and at
 * semicolons and colons. A cue and a place pair up only within one clause.
 */
import type { Token } from '../text/tokens.ts';
import type { SentenceHits } from './analyse.ts';
import { contextOf } from './analyse.ts';

/** A clause as the token range [start, end). */
export interface Clause {
  readonly start: number;
  readonly end: number;
}

const HARD_BREAK = /[;:]/;

/** The clauses of a sentence, in order. */
export function splitClauses(hits: SentenceHits, tokens: readonly Token[], text: string): Clause[] {
  const breaks = new Set<number>();
  for (const h of contextOf(hits, 'clause-break')) if (h.start > 0) breaks.add(h.start);
  let t = 1;
  for (let at = text.search(HARD_BREAK); at !== -1 && t < tokens.length; ) {
    while (t < tokens.length && tokens[t]!.start <= at) t++;
    if (t < tokens.length && tokens[t - 1]!.end <= at) breaks.add(t);
    const next = text.slice(at + 1).search(HARD_BREAK);
    at = next === -1 ? -1 : at + 1 + next;
  }
  const cuts = [...breaks].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) clauses.push({ start, end: cut });
    start = cut;
  }
  clauses.push({ start, end: tokens.length });
  return clauses;
}
