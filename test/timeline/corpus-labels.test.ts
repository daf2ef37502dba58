// The contradiction rule alone, on the corpus LABELS (no extractor): labelled claims with their
// articles' published dates go through the timeline builder and must reproduce contradictions.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import type { SourcedClaim } from '../../src/domain/timeline.ts';
import { buildTimelines } from '../../src/timeline/build.ts';
import {
  foldPlaceForScore,
  parseExpectedContradictions,
  scoreContradictions,
} from '../../src/app/contradiction-score.ts';

const corpus = join(resolve('..', 'shared'), 'corpus');
const present = existsSync(join(corpus, 'labels.jsonl'));

type Label = Omit<Claim, 'url' | 'placeId' | 'ruleIds' | 'source' | 'disputes'> & {
  source?: string;
  disputes?: boolean;
};

function publishedOf(file: string): string {
  const text = readFileSync(join(corpus, 'articles', file), 'utf8');
  const m = /^published:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(text.split('\n---\n')[0]!);
  return m![1]!;
}

function labelledClaims(): SourcedClaim[] {
  const lines = readFileSync(join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.flatMap((line) => {
    const { article, claims } = JSON.parse(line) as { article: string; claims: Label[] };
    const published = publishedOf(article);
    return claims.map((c) => ({
      claim: {
        ...c,
        url: article,
        placeId: `${foldPlaceForScore(c.place)}/${c.oblast}`,
        source: c.source ?? null,
        disputes: c.disputes === true,
        historical: c.historical === true,
        hedged: c.hedged === true,
        ruleIds: [],
      },
      outlet: null,
      published,
      firstSeenAt: '2026-01-01T00:00:00.000Z',
    }));
  });
}

describe.skipIf(!present)('contradiction rule on the corpus labels', () => {
  it('reproduces contradictions.jsonl with F1 >= 0.95', () => {
    const timelines = buildTimelines(labelledClaims());
    const found = [...timelines.values()].flatMap((t) =>
      t.contradictions.map((c) => ({ place: c.place, earlier: c.earlier.url, later: c.later.url })),
    );
    const expected = parseExpectedContradictions(readFileSync(join(corpus, 'contradictions.jsonl'), 'utf8'));
    const score = scoreContradictions(found, expected);
    console.log(
      `labels → contradictions: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)} ` +
        `(tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`,
      score.missed.slice(0, 10),
      score.unexpected.slice(0, 10),
    );
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });
});
