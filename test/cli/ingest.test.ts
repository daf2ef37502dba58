import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { command as feeds } from '../../src/cli/commands/feeds.ts';
import { command as ingest } from '../../src/cli/commands/ingest.ts';
import type { CliContext } from '../../src/cli/command.ts';
import { UsageError } from '../../src/cli/command.ts';
import { createLogger } from '../../src/logger.ts';
import { openStore } from '../../src/store/open-database.ts';

let dir: string;
let out: string[];
let err: string[];

function ctx(args: string[]): CliContext {
  return { args, env: { DATABASE_PATH: join(dir, 'db.sqlite'), FETCH_HOST_DELAY_MS: '0' }, out: (l) => void out.push(l), logger: createLogger('silent'), interactive: false };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontline-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

// The ingest command loads the claim extractor (lexicons and gazetteer) on every run.
describe('ingest command', { timeout: 60_000 }, () => {
  it('ingests the samples, prints one summary line, and is a no-op the second time', async () => {
    expect(await ingest.run(ctx([resolve('data/samples')]))).toBe(0);
    expect(out).toEqual(['added 11, duplicate 0, near-duplicate 1, failed 0']);
    // The claim hook ran in each article's transaction.
    const db = openStore(join(dir, 'db.sqlite'));
    const claimed = db.prepare('SELECT count(DISTINCT article_id) AS n FROM claims').get() as { n: number };
    db.close();
    expect(claimed.n).toBeGreaterThan(5);
    out = [];
    expect(await ingest.run(ctx([resolve('data/samples')]))).toBe(0);
    expect(out).toEqual(['added 0, duplicate 12, near-duplicate 0, failed 0']);
    expect(err).toEqual([]);
  });

  it('reports each failure on stderr, exits 1, and keeps what succeeded', async () => {
    writeFileSync(join(dir, 'good.txt'), 'Pokrovsk evening notes\n\nA short body of our own about the town.');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0xff]));
    expect(await ingest.run(ctx([join(dir, 'good.txt'), join(dir, 'bad.txt'), join(dir, 'missing.txt'), '--date', '2025-12-01']))).toBe(1);
    expect(out).toEqual(['added 1, duplicate 0, near-duplicate 0, failed 2']);
    expect(err.join('')).toMatch(/^failed binary: .*bad\.txt: .+\nfailed not-found: .*missing\.txt: .+\n$/);
  });

  it('rejects a bad --date and no targets', async () => {
    await expect(ingest.run(ctx(['x.txt', '--date', '2025-13-01']))).rejects.toThrow(UsageError);
    await expect(ingest.run(ctx([]))).rejects.toThrow(UsageError);
  });
});

describe('feeds command', { timeout: 60_000 }, () => {
  it('adds, lists, disables, removes feeds and imports the curated list disabled', async () => {
    expect(await feeds.run(ctx(['add', 'https://feeds.example/rss', '--outlet', 'Example', '--lang', 'uk']))).toBe(0);
    expect(out.pop()).toMatch(/^added\t1\tenabled\thttps:\/\/feeds\.example\/rss\tExample\tuk\tnever polled$/);
    expect(await feeds.run(ctx(['disable', '1']))).toBe(0);
    expect(await feeds.run(ctx(['import-defaults']))).toBe(0);
    expect(out.pop()).toMatch(/^imported \d+ feeds/);
    await feeds.run(ctx(['list']));
    expect(out.length).toBeGreaterThan(20);
    expect(out.every((l) => l.split('\t')[1] === 'disabled')).toBe(true);
    out = [];
    expect(await feeds.run(ctx(['remove', 'https://feeds.example/rss']))).toBe(0);
    expect(out).toEqual(['removed\t1\thttps://feeds.example/rss']);
    expect(await feeds.run(ctx(['poll']))).toBe(0);
    expect(out.pop()).toBe('no feed is due');
    await expect(feeds.run(ctx(['remove', '999']))).rejects.toThrow(/no feed/);
    await expect(feeds.run(ctx(['add', 'ftp://x']))).rejects.toThrow(/not an http/);
  });
});
