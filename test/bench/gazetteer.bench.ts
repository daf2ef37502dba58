/**
 * Gazetteer figures: load time, memory of the loaded object, mention finding speed over the
 * development corpus (../shared/corpus/articles when present, generated text otherwise) and
 * resolve latency. Prints numbers; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

function corpus(): string[] {
  const dir = resolve('..', 'shared', 'corpus', 'articles');
  if (existsSync(dir)) {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  }
  const names = ['Kupiansk', 'Pokrovsk', 'Vovchansk', 'Petropavlivka', 'Куп’янськ', 'Покровском', 'Авдеевку'];
  return Array.from({ length: 50 }, (_, i) =>
    Array.from(
      { length: 60 },
      (_, j) => `The army said on Tuesday that fighting near ${names[(i + j) % names.length]} went on for hours. `,
    ).join(''),
  );
}

/** CPU time (user + system) since `start`, in ms: steadier than wall time on a shared machine. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Prints load time, memory, mentions/s and resolve latency. */
export async function run(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let t = performance.now();
  let cpu = process.cpuUsage();
  const gazetteer = loadGazetteer();
  const loadMs = performance.now() - t;
  const loadCpu = cpuMs(cpu);
  gc?.();
  const after = process.memoryUsage();
  console.log(`load: ${loadMs.toFixed(0)} ms wall, ${loadCpu.toFixed(0)} ms CPU, ${gazetteer.size} places`);
  console.log(`memory: heap +${mb(after.heapUsed - before.heapUsed)}, rss +${mb(after.rss - before.rss)}${gc ? '' : ' (no --expose-gc)'}`);

  const texts = corpus();
  const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0);
  for (const s of texts) gazetteer.findMentions(s); // warm-up
  let rounds = 0;
  let mentions = 0;
  t = performance.now();
  cpu = process.cpuUsage();
  while (performance.now() - t < 3000) {
    for (const s of texts) mentions += gazetteer.findMentions(s).length;
    rounds++;
  }
  const sec = (performance.now() - t) / 1000;
  const cpuSec = cpuMs(cpu) / 1000;
  const kb = (rounds * bytes) / 1024;
  console.log(
    `findMentions: ${texts.length} articles (${(bytes / texts.length / 1024).toFixed(1)} KB avg), wall: ` +
      `${((rounds * texts.length) / sec).toFixed(0)} articles/s, ${(mentions / sec).toFixed(0)} mentions/s, ` +
      `${((sec * 1000) / kb).toFixed(4)} ms/KB; CPU: ${((rounds * texts.length) / cpuSec).toFixed(0)} articles/s, ` +
      `${((cpuSec * 1000) / kb).toFixed(4)} ms/KB`,
  );

  const exact = ['Kupiansk', 'Купянск', 'Krasnoarmeysk', 'Velyka Novosilka', 'Sudzha', 'Novoselivka'];
  const typos = ['Kupianks', 'Bakhmutt', 'Avdiyvka', 'Вовчанкс', 'Slovyansk', 'Kramatorks'];
  for (const [label, queries] of [
    ['exact', exact],
    ['typo', typos],
  ] as const) {
    t = performance.now();
    const n = 20;
    for (let i = 0; i < n; i++) for (const q of queries) gazetteer.resolve(q, { limit: 5 });
    console.log(`resolve (${label}): ${((performance.now() - t) / (n * queries.length)).toFixed(2)} ms per query`);
  }
  await Promise.resolve();
}
