/**
 * Claim evaluation on a labelled corpus (CLAIMS.md "A labelled corpus", "Scoring"): every
 * article of articles/*.txt is extracted and compared with labels.jsonl; counts are summed
 * overall, per language and per claimant, and every false positive and negative is kept for
 * `eval --errors`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../domain/article.ts';
import type { Claim } from '../domain/claim.ts';
import { CLAIMANTS } from '../domain/claim.ts';
import type { Counts, FoundClaim, LabelledClaim, Metrics } from '../domain/scoring.ts';
import { addScore, emptyCounts, metrics, scoreArticle } from '../domain/scoring.ts';
import { UserFacingError } from '../domain/errors.ts';
import { articleFromText } from '../ingest/read-file.ts';

const LabelLine = z.object({
  article: z.string(),
  claims: z.array(
    z.object({
      place: z.string(),
      controller: z.enum(['ru', 'ua', 'contested']),
      claimant: z.enum(['ru', 'ua', 'independent']),
      scope: z.enum(['full', 'partial']).optional(),
      optional: z.boolean().optional(),
      quote: z.string().optional(),
    }),
  ),
});

/** One error for `--errors`. */
export interface EvalError {
  readonly article: string;
  readonly kind: 'FP' | 'FN' | 'SCOPE';
  readonly claim: FoundClaim | LabelledClaim;
  readonly detail?: string;
}

/** A line of the report: counts and metrics of one slice. */
export interface EvalSlice extends Metrics {
  readonly name: string;
  readonly counts: Counts;
}

/** The whole evaluation. */
export interface CorpusEvaluation {
  readonly articles: number;
  readonly overall: EvalSlice;
  readonly byLanguage: readonly EvalSlice[];
  readonly byClaimant: readonly EvalSlice[];
  readonly errors: readonly EvalError[];
}

/** Options: the corpus folder, the extractor, an optional language filter. */
export interface EvaluateCorpusOptions {
  readonly corpusDir: string;
  readonly extract: (article: Article) => readonly Claim[];
  readonly lang?: string;
}

/** Reads labels.jsonl into article name → labels. */
export function readLabels(path: string): Map<string, LabelledClaim[]> {
  const out = new Map<string, LabelledClaim[]>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const parsed = LabelLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new UserFacingError(`labels.jsonl line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      out.set(parsed.data.article, parsed.data.claims);
    });
  return out;
}

/** Extracts and scores every labelled article of the corpus. */
export function evaluateCorpus(opts: EvaluateCorpusOptions): CorpusEvaluation {
  const articlesDir = join(opts.corpusDir, 'articles');
  const labelsPath = join(opts.corpusDir, 'labels.jsonl');
  if (!existsSync(articlesDir) || !existsSync(labelsPath)) {
    throw new UserFacingError(`${opts.corpusDir} is not a labelled corpus (needs articles/ and labels.jsonl)`);
  }
  const labels = readLabels(labelsPath);
  const overall = emptyCounts();
  const byLang = new Map<string, Counts>();
  const byClaimant = new Map(CLAIMANTS.map((c) => [c, emptyCounts()] as const));
  const errors: EvalError[] = [];
  let articles = 0;
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const article = articleFromText(readFileSync(join(articlesDir, file), 'utf8'), file, null);
    const lang = article.lang ?? 'unknown';
    if (opts.lang && lang !== opts.lang) continue;
    articles++;
    const score = scoreArticle(opts.extract(article).map(toFound), labels.get(file) ?? []);
    addScore(overall, score);
    if (!byLang.has(lang)) byLang.set(lang, emptyCounts());
    addScore(byLang.get(lang)!, score);
    for (const [claimant, counts] of byClaimant) addScore(counts, score, claimant);
    errors.push(...score.falsePositives.map((claim) => ({ article: file, kind: 'FP' as const, claim })));
    errors.push(...score.falseNegatives.map((claim) => ({ article: file, kind: 'FN' as const, claim })));
    for (const { found, label } of score.truePositives) {
      if (label.scope && label.controller !== 'contested' && label.scope !== found.scope) {
        errors.push({ article: file, kind: 'SCOPE', claim: found, detail: `labelled ${label.scope}` });
      }
    }
  }
  const slice = (name: string, counts: Counts): EvalSlice => ({ name, counts, ...metrics(counts) });
  return {
    articles,
    overall: slice('overall', overall),
    byLanguage: [...byLang].sort().map(([name, c]) => slice(name, c)),
    byClaimant: [...byClaimant].map(([name, c]) => slice(name, c)),
    errors,
  };
}

function toFound(c: Claim): FoundClaim {
  return {
    place: c.place,
    controller: c.controller,
    claimant: c.claimant,
    scope: c.scope,
    historical: c.historical,
    quote: c.quote,
    ruleIds: c.ruleIds,
  };
}
