/**
 * End-to-end contradiction score on a labelled corpus (CLAIMS.md "Scoring"): every article is
 * ingested into a fresh in-memory store in order of `published` (ties by file name) through the
 * real ingest path and claim hook, then the stored contradictions are compared with
 * contradictions.jsonl as (place, earlier article, later article) triples.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliConfig } from '../config.ts';
import type { Article } from '../domain/article.ts';
import type { Claim } from '../domain/claim.ts';
import { createFetcher } from '../ingest/fetcher.ts';
import { articleFromText } from '../ingest/read-file.ts';
import { openStore } from '../store/open-database.ts';
import { createArticleAnalyser } from './analyse-article.ts';
import {
  parseExpectedContradictions,
  scoreContradictions,
  type ContradictionScore,
  type ContradictionTriple,
} from './contradiction-score.ts';
import { createIngestContext, storeArticle } from './ingest-articles.ts';
import { originSourceId } from './ingest-targets.ts';
import { timelineStoreOn } from './timeline-store.ts';

/** Options of evaluateContradictions. */
export interface EvaluateContradictionsOptions {
  /** The corpus folder: articles/*.txt and contradictions.jsonl. */
  readonly corpusDir: string;
  /** The claim extractor (bound to its lexicon and gazetteer). */
  readonly extract: (article: Article) => readonly Claim[];
  /** CONTRADICTION_WINDOW_DAYS; default 45. */
  readonly windowDays?: number;
}

/** The score plus what was ingested. */
export interface ContradictionEvaluation extends ContradictionScore {
  readonly articles: number;
  readonly claims: number;
}

interface CorpusArticle {
  readonly file: string;
  readonly article: Article;
}

/** The corpus articles in ingest order: `published`, then file name. */
export function corpusArticles(corpusDir: string): CorpusArticle[] {
  const dir = join(corpusDir, 'articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const list = files.map((file) => ({ file, article: articleFromText(readFileSync(join(dir, file), 'utf8'), file, null) }));
  return list.sort((a, b) => {
    const pa = a.article.published ?? '';
    const pb = b.article.published ?? '';
    return pa !== pb ? (pa < pb ? -1 : 1) : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

/** Ingests the corpus into a temporary store and scores its contradictions. */
export function evaluateContradictions(opts: EvaluateContradictionsOptions): ContradictionEvaluation {
  const db = openStore(':memory:');
  try {
    const store = timelineStoreOn(db, opts.windowDays ?? 45);
    const analyse = createArticleAnalyser({ extract: opts.extract, claims: store.claims, timeline: store.service });
    const ctx = createIngestContext(db, {
      fetcher: createFetcher({ config: parseCliConfig({}).fetch }),
      onArticleStored: (stored) => void analyse(stored),
    });
    const sourceId = originSourceId(ctx, 'file', 'file:');
    const articles = corpusArticles(opts.corpusDir);
    const fileOf = new Map<string, string>();
    for (const { file, article } of articles) {
      fileOf.set(article.url, file);
      storeArticle(ctx, article, sourceId);
    }
    const found: ContradictionTriple[] = store.timelines.contradictions().map((c) => ({
      place: c.place,
      earlier: fileOf.get(c.earlier.url) ?? c.earlier.url,
      later: fileOf.get(c.later.url) ?? c.later.url,
    }));
    const expected = parseExpectedContradictions(readFileSync(join(opts.corpusDir, 'contradictions.jsonl'), 'utf8'));
    return { ...scoreContradictions(found, expected), articles: articles.length, claims: store.claims.count() };
  } finally {
    db.close();
  }
}

/** Scores the corpus contradictions when it has a contradictions.jsonl, else undefined. */
export function evaluateContradictionsIfLabelled(opts: EvaluateContradictionsOptions): ContradictionEvaluation | undefined {
  return existsSync(join(opts.corpusDir, 'contradictions.jsonl')) ? evaluateContradictions(opts) : undefined;
}

/** Summary lines for `eval`, with `--errors` the missed and unexpected triples first. */
export function contradictionSummaryLines(e: ContradictionEvaluation, withErrors = false): string[] {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  const triple = (t: ContradictionTriple): string => `${t.place}: ${t.earlier} -> ${t.later}`;
  const errors = withErrors
    ? [...e.missed.map((t) => `fn    contradiction ${triple(t)}`), ...e.unexpected.map((t) => `fp    contradiction ${triple(t)}`)]
    : [];
  return [
    ...errors,
    `contradictions: ${e.articles} articles ingested in published order, ${e.claims} claims stored`,
    `  ALL  contradictions P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}  (tp ${e.tp} fp ${e.fp} fn ${e.fn})`,
  ];
}
