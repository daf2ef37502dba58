/**
 * Ingest throughput: a generated corpus (2,000 text articles with front matter and 200 HTML
 * pages by default; BENCH_INGEST_ARTICLES=10000 for 10,000 and 1,000) written to a temp dir and ingested into a fresh SQLite file, the way `ingest DIR` does.
 * Prints articles/s for each kind, peak RSS and the database size per 1,000 articles, then the
 * rate with the claim hook on (extraction and timeline updates inside each transaction).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIngestContext } from '../../src/app/ingest-articles.ts';
import { ingestTargets } from '../../src/app/ingest-targets.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { openStore } from '../../src/store/open-database.ts';
import { loadOptionalBoilerplate } from '../../src/app/ingest-setup.ts';
import { articleHookFor } from '../../src/app/ingest-hook.ts';

/**
 * Text articles in the corpus; HTML pages are a tenth of that. The default keeps `npm run bench`
 * to a few minutes on a shared 2-core box; BENCH_INGEST_ARTICLES=10000 is the size.
 */
const TEXT_ARTICLES = benchSize('BENCH_INGEST_ARTICLES', 2_000);
const HTML_ARTICLES = Math.max(1, Math.round(TEXT_ARTICLES / 10));
/** Articles ingested again into a second store with the claim hook on (extract + timelines). */
const HOOKED_ARTICLES = 300;
const TOWNS = ['Kupiansk', 'Pokrovsk', 'Myrnohrad', 'Huliaipole', 'Siversk', 'Vovchansk', 'Kostiantynivka', 'Lyman', 'Orikhiv', 'Kurakhove'];
const WORDS = (
  'the of and to in a is that for on with as was by at from units troops town district village front line assault ' +
  'drone artillery shelling command spokesperson statement said reported according ministry defence general staff ' +
  'forces positions outskirts centre northern southern eastern western railway bridge river road supply evacuation ' +
  'residents civilians officials regional update morning evening day week month control held captured repelled ' +
  'advance withdrew fighting infantry armoured vehicles brigade battalion group monitoring map analysts assessment'
).split(' ');

function benchSize(name: string, fallback: number): number {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

function paragraphsFor(i: number): string[] {
  const r = rng(i + 1);
  const town = TOWNS[i % TOWNS.length]!;
  return Array.from({ length: 5 }, () => {
    const words = Array.from({ length: 55 }, () => WORDS[Math.floor(r() * WORDS.length)]!);
    words.splice(Math.floor(r() * 50), 0, town);
    return `${words.join(' ')}.`;
  });
}

/** CPU seconds (user + system) since `since`: the machine is shared, so wall time alone misleads. */
function cpuSecs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

/** Every SYNDICATE_EVERY-th text article is another outlet's lightly edited copy of the one before. */
const SYNDICATE_EVERY = 50;

function bodyFor(i: number): string[] {
  if (i % SYNDICATE_EVERY !== SYNDICATE_EVERY - 1) return paragraphsFor(i);
  const original = paragraphsFor(i - 1);
  return [...original.slice(0, 4), `Reporting by the wire service; edited by desk ${i}.`];
}

function day(i: number): string {
  return new Date(Date.UTC(2025, 0, 1) + (i % 420) * 86_400_000).toISOString().slice(0, 10);
}

function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'text'), { recursive: true });
  mkdirSync(join(dir, 'html'), { recursive: true });
  for (let i = 0; i < TEXT_ARTICLES; i++) {
    const fm = `---\nurl: https://bench.example/${i}\noutlet: Bench Wire ${i % 7}\npublished: ${day(i)}\ntitle: Report ${i}\nlang: en\n---\n`;
    writeFileSync(join(dir, 'text', `${String(i).padStart(5, '0')}.txt`), fm + bodyFor(i).join('\n\n'));
  }
  for (let j = 0; j < HTML_ARTICLES; j++) {
    const i = TEXT_ARTICLES + j;
    const body = paragraphsFor(i).map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${i} | Bench</title><meta property="og:site_name" content="Bench Pages"><meta property="article:published_time" content="${day(i)}T10:00:00Z"><link rel="canonical" href="https://pages.example/${i}"></head><body><nav><a href="/">Home</a> <a href="/a">A</a></nav><article><h1>Page ${i}</h1>${body}</article><footer>Footer text</footer></body></html>`;
    writeFileSync(join(dir, 'html', `${String(j).padStart(5, '0')}.html`), html);
  }
}

async function withHook(dir: string): Promise<void> {
  const sub = join(dir, 'hooked');
  mkdirSync(sub);
  for (let i = 0; i < HOOKED_ARTICLES; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const claim = i % 2 === 0 ? `The Russian Defence Ministry said its forces had captured ${town}.` : `Ukraine's General Staff said its troops still hold ${town}.`;
    writeFileSync(join(sub, `${i}.txt`), `---\nurl: https://hooked.example/${i}\npublished: ${day(i)}\n---\n${claim}\n\n${paragraphsFor(i).join('\n\n')}`);
  }
  const db = openStore(join(dir, 'hooked.sqlite'));
  const t0 = performance.now();
  const hook = articleHookFor(db);
  const loadSecs = (performance.now() - t0) / 1000;
  const ctx = createIngestContext(db, { fetcher: createFetcher({ config: { timeoutMs: 1000, maxBytes: 5 << 20, maxRedirects: 0, userAgent: 'bench', concurrency: 1, hostDelayMs: 0 } }), boilerplate: loadOptionalBoilerplate(), ...(hook ? { onArticleStored: hook } : {}) });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const s = await ingestTargets(ctx, [sub], { maxFileBytes: 5 << 20 });
  const secs = (performance.now() - start) / 1000;
  const cpuS = cpuSecs(cpu);
  const claims = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
  db.close();
  console.log(`with claim hook${hook ? '' : ' (extractor unavailable!)'}: ${s.added} stored, ${claims} claims in ${secs.toFixed(1)} s wall = ${(s.added / secs).toFixed(0)} articles/s; ${(s.added / cpuS).toFixed(0)} articles/CPU-s (extractor load ${loadSecs.toFixed(1)} s)`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-ingest-'));
  try {
    const t0 = performance.now();
    writeCorpus(dir);
    console.log(`corpus (BENCH_INGEST_ARTICLES=${TEXT_ARTICLES}): ${TEXT_ARTICLES} text + ${HTML_ARTICLES} HTML articles written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const dbFile = join(dir, 'bench.sqlite');
    const db = openStore(dbFile);
    const ctx = createIngestContext(db, {
      fetcher: createFetcher({ config: { timeoutMs: 1000, maxBytes: 5 << 20, maxRedirects: 0, userAgent: 'bench', concurrency: 1, hostDelayMs: 0 } }),
      boilerplate: loadOptionalBoilerplate(),
    });
    for (const kind of ['text', 'html'] as const) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const s = await ingestTargets(ctx, [join(dir, kind)], { maxFileBytes: 5 << 20 });
      const secs = (performance.now() - start) / 1000;
      const cpuS = cpuSecs(cpu);
      const n = s.added + s.nearDuplicate;
      if (kind === 'text') {
        // A right link points from copy N to article N - 1 (URLs are https://bench.example/N).
        const wrong = db.prepare(`SELECT count(*) AS n FROM articles a JOIN articles b ON b.id = a.duplicate_of
          WHERE CAST(substr(a.url, 23) AS INTEGER) - 1 <> CAST(substr(b.url, 23) AS INTEGER)`).get() as { n: number };
        console.log(`near-duplicates: ${s.nearDuplicate} linked of ${Math.floor(TEXT_ARTICLES / SYNDICATE_EVERY)} syndicated copies planted, ${wrong.n} linked to the wrong article`);
      }
      console.log(`${kind}: ${n} stored (${s.nearDuplicate} near-dup, ${s.duplicate} dup, ${s.failed} failed) in ${secs.toFixed(1)} s wall = ${(n / secs).toFixed(0)} articles/s; ${cpuS.toFixed(1)} s CPU = ${(n / cpuS).toFixed(0)} articles/CPU-s`);
    }
    const stored = ctx.articles.count();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = statSync(dbFile).size;
    console.log(`database: ${(bytes / 1024 / 1024).toFixed(1)} MB for ${stored} articles = ${((bytes / stored) * 1000 / 1024 / 1024).toFixed(2)} MB per 1,000 articles`);
    await withHook(dir);
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
