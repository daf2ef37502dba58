import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestTargets } from '../../src/app/ingest-targets.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { articlePage, paragraphs, redirect, send, startServer, type TestServer } from '../ingest/http-fixture.ts';
import { count, FETCH, makeKit, type Kit } from './ingest-test-kit.ts';

function encodeWith(label: string, s: string): Uint8Array {
  const table = new TextDecoder(label);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(table.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((ch) => map.get(ch) ?? 0x3f));
}

const UK_PARAS = [
  'Сили оборони утримують позиції на північній околиці Куп’янська, повідомили у штабі угруповання ввечері у вівторок після чергової доби боїв.',
  'За словами речника, штурмові групи противника намагалися просочитися між будинками, але були виявлені дронами та знищені на підходах до центру міста.',
  'У місті залишаються кілька сотень мешканців, переважно літні люди, яким волонтери підвозять воду, ліки та хліб двічі на тиждень попри постійні обстріли.',
];
const RU_PARAS = [
  'Военные сообщили, что подразделения продвинулись на окраине Покровска и закрепились у промышленной зоны на юго-востоке города после нескольких суток боев.',
  'Независимые аналитики пока не подтвердили эти сведения, отметив, что бои в жилых кварталах продолжаются, а линия соприкосновения меняется почти каждый день.',
  'Местные власти призвали оставшихся жителей эвакуироваться, поскольку доставка продуктов и воды в город стала почти невозможной из-за постоянных ударов.',
];

let server: TestServer;
let kit: Kit;

beforeAll(async () => {
  server = await startServer({
    '/uk-cp1251': send(encodeWith('windows-1251', articlePage({ title: 'Куп’янськ тримається'.replace('’', "'"), lang: 'uk', paragraphs: UK_PARAS.map((p) => p.replace('’', "'")) }).replace('charset="utf-8"', '')), 'text/html; charset=windows-1251'),
    '/ru-koi8u': send(encodeWith('koi8-u', articlePage({ title: 'Бои у Покровска', lang: 'ru', paragraphs: RU_PARAS }).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=koi8-u">')), 'text/html'),
    '/plain': send(articlePage({ title: 'Vovchansk', paragraphs: paragraphs('Vovchansk', 21) })),
    '/moved': redirect('/plain', 301),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/server-error': send('boom', 'text/plain', 500),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      setTimeout(() => res.end('<p>late</p>'), 10_000).unref();
    },
    '/broken.xml': send('<?xml version="1.0"?><rss version="2.0"><channel><item><title>unclosed', 'application/rss+xml'),
    '/empty-article': send('<html><body><nav><a href="/">Home</a></nav></body></html>'),
  });
});
afterAll(() => server.close());
afterEach(() => kit.cleanup());

function writeFiles(dir: string): string {
  const root = join(dir, 'in');
  mkdirSync(join(root, 'nested'), { recursive: true });
  const fm = (url: string, town: string, seed: number): string => `---\nurl: ${url}\noutlet: File Wire\npublished: 2025-12-0${seed}\n---\n${paragraphs(town, seed).join('\n\n')}\n`;
  writeFileSync(join(root, 'a.txt'), fm('https://files.example/a', 'Huliaipole', 1));
  writeFileSync(join(root, 'nested', 'b.txt'), fm('https://files.example/b', 'Siversk', 2));
  writeFileSync(join(root, 'c.txt'), `Myrnohrad evening report\n\n${paragraphs('Myrnohrad', 3).join('\n\n')}`);
  writeFileSync(join(root, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
  writeFileSync(join(root, 'empty.txt'), '');
  writeFileSync(join(root, 'nav.html'), '<html><body><nav><a href="/">x</a></nav></body></html>');
  return root;
}

describe('ingestTargets', () => {
  it('stores what it can from files and URLs, reports each bad input with its reason, and goes on', async () => {
    // Generous for the good pages on a busy machine, far below the slow route's 10 s.
    kit = makeKit({ fetcher: createFetcher({ config: { ...FETCH, timeoutMs: 3_000 } }) });
    const root = writeFiles(kit.dir);
    const u = (p: string): string => `${server.base}${p}`;
    const targets = [root, u('/uk-cp1251'), u('/ru-koi8u'), u('/moved'), u('/loop-a'), u('/server-error'), u('/slow'), u('/broken.xml'), u('/empty-article'), u('/missing'), join(kit.dir, 'nope')];
    let planned = 0;
    const summary = await ingestTargets(kit.ctx, targets, { maxFileBytes: 1024 * 1024, fallbackPublished: '2025-12-31', onPlanned: (n) => (planned = n) });
    expect(planned).toBe(6 + 9 + 1);
    expect(summary).toMatchObject({ added: 6, duplicate: 0, nearDuplicate: 0, failed: 10 });
    expect(Object.fromEntries(summary.failures.map((f) => [f.target.replace(server.base, '').replace(kit.dir, ''), f.reason]))).toEqual({
      '/in/empty.txt': 'empty',
      '/in/nav.html': 'no-article',
      '/in/photo.txt': 'binary',
      '/loop-a': 'redirect-loop',
      '/server-error': 'http-status',
      '/slow': 'timeout',
      '/broken.xml': 'malformed-feed',
      '/empty-article': 'no-article',
      '/missing': 'http-status',
      '/nope': 'not-found',
    });
    expect(count(kit.db, 'ingest_failures')).toBe(10);
    const titles = (kit.db.prepare('SELECT title FROM articles ORDER BY id').all() as { title: string }[]).map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(["Куп'янськ тримається", 'Бои у Покровска', 'Myrnohrad evening report', 'Vovchansk']));
    const bodies = (kit.db.prepare('SELECT body FROM articles').all() as { body: string }[]).map((r) => r.body).join('\n');
    expect(bodies).toContain('Сили оборони утримують позиції');
    expect(bodies).toContain('Независимые аналитики пока не подтвердили');
    const c = kit.db.prepare("SELECT url, published FROM articles WHERE title = 'Myrnohrad evening report'").get();
    expect(c).toEqual({ url: 'file:c.txt', published: '2025-12-31' });
    // A page without a date of its own takes --date too.
    expect(kit.db.prepare("SELECT published FROM articles WHERE title = 'Vovchansk'").get()).toEqual({ published: '2025-12-31' });
  });

  it('is a no-op the second time', async () => {
    kit = makeKit();
    const root = writeFiles(kit.dir);
    const targets = [root, `${server.base}/plain`];
    await ingestTargets(kit.ctx, targets, { maxFileBytes: 1024 * 1024 });
    const before = count(kit.db, 'articles');
    const again = await ingestTargets(kit.ctx, targets, { maxFileBytes: 1024 * 1024 });
    expect(again).toMatchObject({ added: 0, nearDuplicate: 0, duplicate: 4 });
    expect(count(kit.db, 'articles')).toBe(before);
  });

  it('keeps every article committed before a crash in the hook and nothing of the crashed one', async () => {
    let calls = 0;
    kit = makeKit({
      onArticleStored: () => {
        calls++;
        if (calls === 2) throw new Error('simulated crash');
      },
    });
    const root = writeFiles(kit.dir);
    const summary = await ingestTargets(kit.ctx, [root], { maxFileBytes: 1024 * 1024 });
    expect(summary.added).toBe(2);
    expect(summary.failures.filter((f) => f.reason === 'store-failed')).toHaveLength(1);
    expect(count(kit.db, 'articles')).toBe(2);
    expect(count(kit.db, 'article_signatures')).toBe(2);
    expect((kit.db.prepare('SELECT count(DISTINCT article_id) AS n FROM article_bands').get() as { n: number }).n).toBe(2);
    // The crashed article goes in cleanly on the next run.
    const rerun = await ingestTargets(kit.ctx, [root], { maxFileBytes: 1024 * 1024 });
    expect(rerun).toMatchObject({ added: 1, duplicate: 2 });
  });
});
