// The timeline commands against a real store file: contradictions lines (CLAIMS.md), status,
// history and the three export formats.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliCommand } from '../../src/cli/command.ts';
import { createLogger } from '../../src/logger.ts';
import { createArticleAnalyser } from '../../src/app/analyse-article.ts';
import { openTimelineStore } from '../../src/app/timeline-store.ts';
import { command as contradictions } from '../../src/cli/commands/contradictions.ts';
import { command as status } from '../../src/cli/commands/status.ts';
import { command as history } from '../../src/cli/commands/history.ts';
import { command as exportCommand } from '../../src/cli/commands/export.ts';
import { addArticle, claim } from '../store/claim-test-db.ts';
import { UserFacingError } from '../../src/domain/errors.ts';

let env: Record<string, string>;

async function run(cmd: CliCommand, args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await cmd.run({ args, env, out: (l) => lines.push(l), logger: createLogger('silent'), interactive: false });
  return { code, lines };
}

beforeAll(() => {
  env = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'frontline-tl-')), 'store.sqlite') };
  const store = openTimelineStore(env);
  const rows = [
    { url: 'https://example.test/ru', published: '2025-11-20', claims: [claim({ url: 'https://example.test/ru' }), claim({ url: 'https://example.test/ru', controller: 'contested', scope: 'partial', claimant: 'independent' })] },
    { url: 'https://example.test/ua', published: '2025-11-21', claims: [claim({ url: 'https://example.test/ua', controller: 'ua', claimant: 'ua', date: '2025-11-21', quote: 'Kyiv said, "we hold it".' })] },
  ];
  const analyse = createArticleAnalyser({
    extract: (a) => rows.find((r) => r.url === a.url)!.claims,
    claims: store.claims,
    timeline: store.service,
  });
  for (const r of rows) {
    store.db.transaction(() => {
      const id = addArticle(store.db, r.url, r.published);
      analyse({ articleId: id, article: { url: r.url, canonicalUrl: r.url, outlet: null, title: null, lang: 'en', published: r.published, byline: null, body: 'x' }, duplicateOf: null });
    })();
  }
  store.close();
});

describe('timeline commands', () => {
  it('contradictions prints one CLAIMS.md line per (place, earlier, later) article pair', async () => {
    const { code, lines } = await run(contradictions, []);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        place: 'Kupiansk',
        earlier: { url: 'https://example.test/ru', date: '2025-11-20', controller: 'ru', scope: 'full', claimant: 'ru' },
        later: { url: 'https://example.test/ua', date: '2025-11-21', controller: 'ua', scope: 'full', claimant: 'ua' },
        reason: 'conflict-within-window',
      },
    ]);
    expect((await run(contradictions, ['--since', '2100-01-01T00:00:00Z'])).lines).toEqual([]);
  });

  it('status and history find the place by name and describe it', async () => {
    const s = await run(status, ['kupiansk']);
    expect(s.lines[0]).toBe('Kupiansk (Kharkiv)');
    expect(s.lines[1]).toMatch(/^Status: Disputed/);
    expect(s.lines.join('\n')).toMatch(/Open contradictions: 2/);
    const json = JSON.parse((await run(status, ['Kupiansk', '--json'])).lines[0]!) as { consensus: string };
    expect(json.consensus).toBe('disputed');
    const h = await run(history, ['Kupiansk']);
    expect(h.lines.join('\n')).toMatch(/! contradicts 2025-11-20 Russia: under Russian control/);
    await expect(run(status, ['Atlantis'])).rejects.toThrow(/no claims known about "Atlantis"/);
  }, 120_000); // each call loads the gazetteer, seconds on a busy 2-core box

  it('exports claims as CSV and JSON, and places as GeoJSON', async () => {
    const csv = (await run(exportCommand, ['--format', 'csv'])).lines;
    expect(csv[0]).toMatch(/^url,outlet,published,place,/);
    expect(csv).toHaveLength(4);
    expect(csv.join('\n')).toContain('"Kyiv said, ""we hold it""."');
    const out = join(mkdtempSync(join(tmpdir(), 'frontline-exp-')), 'x.json');
    await run(exportCommand, ['--format', 'json', '--out', out]);
    const data = JSON.parse(readFileSync(out, 'utf8')) as { claims: unknown[]; places: { standing: string }[] };
    expect(data.claims).toHaveLength(3);
    // The extractor's CLAIMS.md record plus provenance: the same fields as `extract` prints.
    expect(Object.keys(data.claims[0] as object)).toEqual([
      'url', 'outlet', 'published', 'place', 'oblast', 'controller', 'scope', 'claimant', 'source', 'date',
      'historical', 'hedged', 'quote', 'placeId', 'disputes', 'rules', 'firstSeenAt',
    ]);
    expect(data.places[0]!.standing).toBe('disputed');
    const geo = JSON.parse((await run(exportCommand, ['--format', 'geojson'])).lines[0]!) as { type: string; features: { properties: { place: string } }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties.place)).toEqual(['Kupiansk']);
    await expect(run(exportCommand, ['--format', 'xml'])).rejects.toThrow(/unknown format/);
    // A folder that does not exist is a plain user error (one line, exit 1), not a crash with a stack.
    await expect(run(exportCommand, ['--format', 'csv', '--out', join(out, 'no-such-dir', 'x.csv')])).rejects.toThrow(UserFacingError);
  }, 60_000);
});
