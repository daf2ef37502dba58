import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { articleFromText, listArticleFiles, readArticleFile } from '../../src/ingest/read-file.ts';
import { articlePage, paragraphs } from './http-fixture.ts';

let dir: string;
const opts = { maxBytes: 1024 * 1024 };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontline-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function reason(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(IngestError);
  return (e as IngestError).reason;
}

describe('articleFromText', () => {
  it('takes every field from the front matter', () => {
    const text = '---\nurl: https://www.wire.example/kupiansk/\noutlet: Wire\npublished: 2025-11-20\ntitle: "Held"\nlang: EN\nauthor: Desk\n---\nBody line one.\n\nBody line two.\n';
    expect(articleFromText(text, 'a.txt', null)).toEqual({
      url: 'https://www.wire.example/kupiansk/',
      canonicalUrl: 'https://wire.example/kupiansk',
      outlet: 'Wire',
      published: '2025-11-20',
      title: 'Held',
      lang: 'en',
      byline: 'Desk',
      body: 'Body line one.\n\nBody line two.',
    });
  });

  it('without front matter: first non-empty line is the title, identity file:+name, date from the fallback', () => {
    const a = articleFromText('\n\nTroops leave the plant\n\nThe body follows.', 'plant.txt', '2025-06-01');
    expect(a).toMatchObject({ url: 'file:plant.txt', canonicalUrl: 'file:plant.txt', title: 'Troops leave the plant', published: '2025-06-01', outlet: null });
  });

  it('rejects a body that is empty once the front matter is gone', () => {
    expect(() => articleFromText('---\ntitle: x\n---\n   \n', 'e.txt', null)).toThrow(/no body/);
  });
});

describe('reading files', () => {
  it('walks directories recursively for text and HTML files, sorted, skipping dot files', async () => {
    mkdirSync(join(dir, 'sub/deeper'), { recursive: true });
    for (const f of ['b.txt', 'a.html', 'sub/c.htm', 'sub/deeper/d.txt', 'notes.json', '.hidden.txt']) writeFileSync(join(dir, f), 'x');
    const files = (await listArticleFiles(dir)).map((f) => f.slice(dir.length + 1));
    expect(files).toEqual(['a.html', 'b.txt', 'sub/c.htm', 'sub/deeper/d.txt']);
  });

  it('dates a file without a date by --date, else by its modification time', async () => {
    const path = join(dir, 'x.txt');
    writeFileSync(path, 'A title\n\nSome body.');
    utimesSync(path, new Date('2025-03-04T12:00:00Z'), new Date('2025-03-04T12:00:00Z'));
    expect((await readArticleFile(path, opts)).published).toBe('2025-03-04');
    expect((await readArticleFile(path, { ...opts, fallbackPublished: '2026-01-01' })).published).toBe('2026-01-01');
  });

  it('reads a saved HTML page, keeping an absolute canonical link', async () => {
    const path = join(dir, 'page.html');
    writeFileSync(path, articlePage({ title: 'Kupiansk', paragraphs: paragraphs('Kupiansk', 9), head: '<link rel="canonical" href="https://wire.example/k/1">' }));
    const a = await readArticleFile(path, opts);
    expect(a).toMatchObject({ url: 'https://wire.example/k/1', canonicalUrl: 'https://wire.example/k/1' });
  });

  it('reads a windows-1251 text file', async () => {
    const path = join(dir, 'cp.txt');
    const table = new TextDecoder('windows-1251');
    const map = new Map<string, number>();
    for (let b = 0; b < 256; b++) map.set(table.decode(Uint8Array.of(b)), b);
    writeFileSync(path, Uint8Array.from([...'Сіверськ\n\nОборона триває.'].map((c) => map.get(c) ?? 0x3f)));
    expect((await readArticleFile(path, opts)).title).toBe('Сіверськ');
  });

  it.each([
    ['binary', 'img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])],
    ['empty', 'empty.txt', Buffer.alloc(0)],
    ['empty', 'blank.txt', Buffer.from('\n\n   \n')],
    ['too-large', 'big.txt', Buffer.alloc(2 * 1024 * 1024, 'a')],
    ['no-article', 'nav.html', Buffer.from('<html><body><nav><a href="/">Home</a></nav></body></html>')],
  ])('reports %s for %s', async (expected, name, bytes) => {
    writeFileSync(join(dir, name), bytes);
    expect(await reason(readArticleFile(join(dir, name), opts))).toBe(expected);
  });

  it('reports a missing path as not-found', async () => {
    expect(await reason(readArticleFile(join(dir, 'nope.txt'), opts))).toBe('not-found');
    expect(await reason(listArticleFiles(join(dir, 'nope')))).toBe('not-found');
  });
});
