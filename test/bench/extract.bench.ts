/**
 * Claim extraction speed: articles per second and milliseconds per KB on one core. Sets: the five
 * real 3–5 KB articles in ../shared/seeds (the "typical article"; when present), our
 * held-out fixture articles, generated 3–5 KB articles that name a place in every sentence (a
 * dense worst case), and the development corpus when present. Extraction includes boilerplate
 * removal, language detection and the gazetteer's mention search.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/domain/article.ts';
import type { ExtractDeps } from '../../src/extract/index.ts';
import { extractClaims, loadLexicon } from '../../src/extract/index.ts';
import type { Mention, RegionMention } from '../../src/gazetteer/types.ts';
import { dropBoilerplate } from '../../src/text/boilerplate.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { articleFromText } from '../../src/ingest/read-file.ts';

const PLACES = ['Kupiansk', 'Pokrovsk', 'Myrnohrad', 'Vovchansk', 'Siversk', 'Huliaipole', 'Kostiantynivka', 'Lyman', 'Sudzha', 'Chasiv Yar'];
const TEMPLATES = [
  "Russia's Defence Ministry announced on Tuesday that its troops had seized {P}, a town west of {Q}.",
  'Ukrainian troops are still holding the northern districts of {P}, the General Staff said on Monday.',
  'The DeepState monitoring project said Russian units had infiltrated {P} in small groups.',
  'Heavy fighting continued in and around {P}, where Russian assault groups tried to break into the centre.',
  'Kyiv dismissed as false a report that Moscow had taken {P}, saying the town remained under Ukrainian control.',
  'Residents of {Q} queued for water on Wednesday as shelling intensified across the region.',
  'Analysts say capturing {P} is one of the Kremlin’s main goals for the winter campaign.',
  'The spokesman said about 60 percent of {P} was under Russian control and that {Q} was encircled.',
  'Officials in the city council spoke about heating, schools and the repair of damaged power lines.',
  'A convoy of aid trucks reached the outskirts of {Q} after a delay of several days, volunteers said.',
];

function syntheticArticle(i: number): Article {
  const parts: string[] = [];
  let n = i;
  while (parts.join('\n\n').length < 3000 + (i % 3) * 700) {
    const t = TEMPLATES[n % TEMPLATES.length]!;
    parts.push(t.replace('{P}', PLACES[n % PLACES.length]!).replace('{Q}', PLACES[(n * 7 + 3) % PLACES.length]!));
    n += 3;
  }
  parts.push('Read more: Why the river matters for the front\n\nSign up for our weekly newsletter.');
  const body = parts.join('\n\n');
  return { url: `bench:${i}`, canonicalUrl: `bench:${i}`, outlet: 'Bench', title: null, lang: 'en', published: '2025-12-01', byline: null, body };
}

/** The target: articles per second per core on typical 3–5 KB articles. */
const TARGET_PER_CORE = 5000;

function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => articleFromText(readFileSync(join(dir, f), 'utf8'), f, null));
}

function measure(name: string, articles: readonly Article[], run: (a: Article) => unknown, typical = false): void {
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.body), 0);
  for (const a of articles.slice(0, 50)) run(a);
  const rounds = Math.max(1, Math.ceil(2000 / articles.length));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const a of articles) run(a);
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t0;
  // CPU time (user + system) is steadier than wall time on a shared machine.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const count = rounds * articles.length;
  const kb = (bytes * rounds) / 1024;
  const rate = (t: number): string => `${((count / t) * 1000).toFixed(0)} articles/s, ${(t / kb).toFixed(3)} ms/KB`;
  const perCore = (count / cpuMs) * 1000;
  const verdict = typical ? ` (${perCore >= TARGET_PER_CORE ? 'meets' : 'below'} the target of ${TARGET_PER_CORE}/s per core)` : '';
  console.log(`${name}: ${count} articles, avg ${(bytes / articles.length / 1024).toFixed(1)} KB → wall ${rate(ms)}; cpu ${rate(cpuMs)}${verdict}`);
}

/** Prints extraction throughput. */
export async function run(): Promise<void> {
  const t0 = performance.now();
  const deps = { lexicon: loadLexicon(), gazetteer: loadGazetteer() };
  console.log(`load lexicon + gazetteer: ${(performance.now() - t0).toFixed(0)} ms`);
  const seeds = resolve('..', 'shared', 'seeds');
  if (existsSync(seeds)) measure('real seed articles (../shared/seeds)', readArticles(seeds), (a) => extractClaims(a, deps), true);
  measure('held-out fixture articles (test/fixtures/heldout)', readArticles(resolve('test', 'fixtures', 'heldout', 'articles')), (a) => extractClaims(a, deps));
  const synthetic = Array.from({ length: 500 }, (_, i) => syntheticArticle(i));
  measure('synthetic en, a place in every sentence (with gazetteer)', synthetic, (a) => extractClaims(a, deps), true);
  // The same articles with the gazetteer's answers precomputed: the extractor's own stages.
  const cached = new Map<string, { m: Mention[]; r: RegionMention[] }>();
  const remember: ExtractDeps['gazetteer'] = {
    findMentions: (text, options) => cached.get(text)?.m ?? deps.gazetteer.findMentions(text, options),
    findRegions: (text) => cached.get(text)?.r ?? deps.gazetteer.findRegions(text),
  };
  for (const a of synthetic) {
    const body = dropBoilerplate(a.body, deps.lexicon.boilerplate);
    cached.set(body, { m: deps.gazetteer.findMentions(body, { lang: 'en' }), r: deps.gazetteer.findRegions(body) });
  }
  measure('synthetic en (extractor stages, gazetteer answers cached)', synthetic, (a) => extractClaims(a, { ...deps, gazetteer: remember }));
  const corpus = resolve('..', 'shared', 'corpus', 'articles');
  if (existsSync(corpus)) {
    measure('dev corpus (all languages)', readArticles(corpus), (a) => extractClaims(a, deps));
  }
  await Promise.resolve();
}
