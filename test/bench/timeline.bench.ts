/**
 * Timeline bench: `status` latency on a generated store of 200,000 claims over 1,000 places by
 * default (BENCH_CLAIMS / BENCH_PLACES scale it to the 1,000,000 over 5,000; 200 claims
 * a place over three years, sides taking turns), the cost of one new article (claims stored +
 * the timelines of its places rebuilt, in one transaction), and memory.
 * Generation uses direct batched inserts in one transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim, Claimant, Controller, Scope } from '../../src/domain/claim.ts';
import { createArticleAnalyser } from '../../src/app/analyse-article.ts';
import { timelineStoreOn } from '../../src/app/timeline-store.ts';
import { openStore, type Db } from '../../src/store/open-database.ts';

/**
 * 200 claims a place either way, so status latency means the same; the default store keeps
 * `npm run bench` to a few minutes on a shared 2-core box. The size:
 * BENCH_CLAIMS=1000000 BENCH_PLACES=5000.
 */
const PLACES = Number(process.env.BENCH_PLACES ?? 1_000);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200_000);
const PER_ARTICLE = 5;
const DAYS = 1_100;
const START = Date.UTC(2023, 0, 1);

let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const iso = (day: number): string => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

/** The state a place is in on a day: phases of ~180 days, each held or fought over. */
function phaseState(place: number, day: number): readonly [Controller, Scope] {
  const phase = Math.floor((day + place * 37) / 180) + place;
  return ([['contested', 'partial'], ['ru', 'full'], ['contested', 'partial'], ['ua', 'full']] as const)[phase % 4]!;
}

function claimFor(place: number, day: number): [Controller, Scope, Claimant] {
  const claimant = (['ru', 'ua', 'independent'] as const)[Math.floor(rand() * 3)]!;
  const [controller, scope] = phaseState(place, day);
  if (rand() < 0.08) return [claimant === 'ua' ? 'ua' : 'ru', 'full', claimant];
  return [controller, scope, claimant];
}

/** Fills the store (exported for profiling). */
export function generate(db: Db): void {
  db.prepare("INSERT INTO sources (id, kind, url, created_at) VALUES (1, 'file', 'bench:', '2026-01-01T00:00:00.000Z')").run();
  const article = db.prepare(
    `INSERT INTO articles (id, url, canonical_url, outlet, published, body, content_hash, source_id, first_seen_at)
     VALUES (?, ?, ?, ?, ?, 'generated body', ?, 1, ?)`,
  );
  const claim = db.prepare(
    `INSERT INTO claims (article_id, place_id, place, oblast, controller, scope, claimant, source, claim_date,
                         historical, hedged, disputes, quote, rule_ids, first_seen_at)
     VALUES (?, ?, ?, 'Bench', ?, ?, ?, NULL, ?, 0, ?, ?, 'A generated sentence.', 'bench', ?)`,
  );
  const articles = CLAIMS / PER_ARTICLE;
  // Bulk load: a big page cache and secondary indexes built once at the end, not row by row.
  db.pragma('cache_size = -262144');
  db.exec('DROP INDEX claims_place; DROP INDEX claims_first_seen; DROP INDEX articles_first_seen; DROP INDEX articles_published');
  db.transaction(() => {
    for (let a = 1; a <= articles; a++) {
      const day = Math.floor(((a - 1) / articles) * DAYS);
      const seen = `${iso(day)}T12:00:00.000Z`;
      article.run(a, `https://bench.test/${a}`, `https://bench.test/${a}`, `Outlet ${a % 40}`, iso(day), `h${a}`, seen);
      const first = Math.floor(rand() * PLACES);
      for (let k = 0; k < PER_ARTICLE; k++) {
        const place = (first + k * 997) % PLACES;
        const [controller, scope, claimant] = claimFor(place, day);
        const disputes = rand() < 0.02 ? 1 : 0;
        claim.run(a, `P${place}`, `Place ${place}`, controller, scope, claimant, iso(day), rand() < 0.05 ? 1 : 0, disputes, seen);
      }
    }
    db.exec(`CREATE INDEX claims_place ON claims (place_id, claim_date);
             CREATE INDEX claims_first_seen ON claims (first_seen_at);
             CREATE INDEX articles_first_seen ON articles (first_seen_at);
             CREATE INDEX articles_published ON articles (published);`);
  })();
  db.pragma('cache_size = -16384');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Wall-clock ms of each call, sorted, and the mean CPU ms per call (the box is shared). */
function timeIt(n: number, fn: (i: number) => void): { wall: number[]; cpuMean: number } {
  const wall: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  return { wall: wall.sort((a, b) => a - b), cpuMean: (used.user + used.system) / 1000 / n };
}

function report(what: string, t: { wall: number[]; cpuMean: number }): void {
  const p = (q: number) => ms(percentile(t.wall, q));
  console.log(`${what}: wall p50 ${p(50)}, p99 ${p(99)}; CPU ${ms(t.cpuMean)} per call`);
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
const ms = (n: number): string => `${n.toFixed(2)} ms`;

/** News concentrates on a few hot places: new articles are about the first HOT places. */
const HOT = 50;

function newArticleClaims(url: string, i: number): Claim[] {
  const first = Math.floor(rand() * HOT);
  return Array.from({ length: PER_ARTICLE }, (_, k) => {
    const place = (first + k * 7) % HOT;
    const [controller, scope, claimant] = claimFor(place, DAYS);
    return {
      url, place: `Place ${place}`, oblast: 'Bench', placeId: `P${place}`, controller, scope, claimant,
      source: null, date: iso(DAYS + (i % 5)), historical: false, hedged: false, disputes: false,
      quote: 'A generated sentence.', ruleIds: ['bench'],
    };
  });
}

/** Prints generation time, status p50/p99, incremental cost per article, and memory. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const db = openStore(join(dir, 'bench.sqlite'));
  try {
    let t = Date.now();
    const cpu = process.cpuUsage();
    generate(db);
    const used = process.cpuUsage(cpu);
    const secs = (x: number): string => `${(x / 1000).toFixed(1)} s`;
    console.log(`generated ${CLAIMS.toLocaleString('en')} claims over ${PLACES} places (BENCH_CLAIMS, BENCH_PLACES): wall ${secs(Date.now() - t)}, CPU ${secs((used.user + used.system) / 1000)}`);
    const store = timelineStoreOn(db, 45);
    report(`status (${CLAIMS / PLACES} claims a place, built on read)`, timeIt(500, () => store.service.timelineOf(`P${Math.floor(rand() * PLACES)}`)!.status));

    const articles = 100;
    const pending = Array.from({ length: articles }, (_, i) => ({ url: `https://bench.test/new/${i}`, claims: newArticleClaims(`https://bench.test/new/${i}`, i) }));
    t = Date.now();
    db.transaction(() => store.service.refreshPlaces([...new Set(pending.flatMap((p) => p.claims.map((c) => c.placeId)))]))();
    console.log(`first build of the derived rows of the ${HOT} hot places: ${(Date.now() - t).toFixed(0)} ms`);

    const analyse = createArticleAnalyser({ extract: (a) => pending.find((p) => p.url === a.url)!.claims, claims: store.claims, timeline: store.service });
    const insertArticle = db.prepare(
      `INSERT INTO articles (url, canonical_url, published, body, content_hash, source_id, first_seen_at)
       VALUES (?, ?, ?, 'new body', ?, 1, '2026-02-01T00:00:00.000Z') RETURNING id`,
    ).pluck();
    const perArticle = timeIt(articles, (i) => {
      const { url } = pending[i]!;
      db.transaction(() => {
        const id = insertArticle.get(url, url, iso(DAYS), `new-${i}`) as number;
        analyse({ articleId: id, article: { url, canonicalUrl: url, outlet: null, title: null, lang: 'en', published: iso(DAYS), byline: null, body: 'x' }, duplicateOf: null });
      })();
    });
    report(`new article (${PER_ARTICLE} claims, ${PER_ARTICLE} places recomputed, one transaction)`, perArticle);
    const derived = db.prepare('SELECT (SELECT count(*) FROM claim_events) AS events, (SELECT count(*) FROM contradictions) AS contradictions').get();
    console.log(`derived rows stored for the ${HOT} hot places:`, derived);
    const mem = process.memoryUsage();
    console.log(`memory: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
