import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIngestContext } from '../../src/app/ingest-articles.ts';
import { ingestTargets } from '../../src/app/ingest-targets.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { openStore } from '../../src/store/open-database.ts';
import { paragraphs } from '../ingest/http-fixture.ts';
import { count, FETCH, makeKit, type Kit } from './ingest-test-kit.ts';

let kit: Kit;
afterEach(() => kit.cleanup());

describe('a process killed in the middle of an ingest run', { timeout: 60_000 }, () => {
  it('keeps every committed article, leaves nothing of the one in flight, and resumes cleanly', async () => {
    kit = makeKit();
    const dir = join(kit.dir, 'articles');
    mkdirSync(dir);
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), `---\nurl: https://crash.example/${i}\npublished: 2025-12-1${i}\n---\n${paragraphs('Pokrovsk', 40 + i).join('\n\n')}`);
    }
    const dbFile = join(kit.dir, 'crash.sqlite');
    // The child is killed by SIGKILL while the 4th article's transaction is open.
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve('test/app/ingest-crash-child.ts'), dir, dbFile, '4'], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');

    const db = openStore(dbFile);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(count(db, 'articles')).toBe(3);
      expect(count(db, 'article_signatures')).toBe(3);
      expect((db.prepare('SELECT count(*) AS n FROM article_bands WHERE article_id NOT IN (SELECT id FROM articles)').get() as { n: number }).n).toBe(0);
      const ctx = createIngestContext(db, { fetcher: createFetcher({ config: FETCH }) });
      expect(await ingestTargets(ctx, [dir], { maxFileBytes: 1 << 20 })).toMatchObject({ added: 7, duplicate: 3, failed: 0 });
    } finally {
      db.close();
    }
  });
});
