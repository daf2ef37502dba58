/**
 * Bot bench: (1) the scheduled digest for 100,000 subscribers following 5 places each (out of
 * 500 places with 20 claims each, 4 of them new): compose, render and commit every digest to
 * the outbox in one job run; (2) /status handler latency through the real bot over a real store.
 * BENCH_SUBSCRIBERS overrides the subscriber count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createBotApp } from '../../src/app/bot-app.ts';
import { planDueDigests } from '../../src/app/digest-run.ts';
import { loadTimeZones } from '../../src/app/time-zones.ts';
import { timelineStoreOn } from '../../src/app/timeline-store.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import { createDeliveryRenderer } from '../../src/bot/render/delivery-renderer.ts';
import type { Place } from '../../src/domain/place.ts';
import { createChatRepo } from '../../src/store/chat-repo.ts';
import { createOutboxRepo } from '../../src/store/outbox-repo.ts';
import { openStore } from '../../src/store/open-database.ts';
import { createSubscriptionRepo } from '../../src/store/subscription-repo.ts';
import { memoryTimelines, sourced } from '../helpers/claims.ts';
import { fakePlaces, PLACES } from '../helpers/places.ts';
import { seedArticles } from '../helpers/seed-store.ts';
import { FAKE_BOT_INFO } from '../helpers/test-bot.ts';
import { textUpdate } from '../helpers/updates.ts';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const PLACE_COUNT = 500;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

function place(i: number): Place {
  return { id: `UA-BENCH-${i}`, name: `Town ${i}`, nameLocal: `Місто ${i}`, oblast: 'Donetsk', raion: null, country: 'UA', type: 'town', lat: null, lon: null, population: 1000 };
}

async function digestBench(dir: string): Promise<void> {
  const db = openStore(join(dir, 'digest.sqlite'));
  const repos = { chats: createChatRepo(db), subscriptions: createSubscriptionRepo(db), outbox: createOutboxRepo(db) };
  const claims = [];
  for (let p = 0; p < PLACE_COUNT; p++) {
    for (let c = 0; c < 20; c++) {
      const day = new Date(Date.UTC(2026, 5, 1 + c * 8)).toISOString();
      const fresh = c >= 16;
      claims.push(sourced(place(p), { controller: c % 2 ? 'ru' : 'ua', claimant: c % 2 ? 'ru' : 'ua', firstSeenAt: fresh ? '2026-11-21T12:00:00.000Z' : day, published: day.slice(0, 10), outlet: `Outlet ${c % 7}` }));
    }
  }
  const timelines = memoryTimelines(claims);
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 1; i <= SUBSCRIBERS; i++) {
      repos.chats.upsert({ id: i, type: 'private', title: null, language: i % 3 ? 'en' : 'uk', now: '2026-11-01T00:00:00.000Z' });
      for (let k = 0; k < 5; k++) repos.subscriptions.add(i, `UA-BENCH-${(i * 7 + k * 101) % PLACE_COUNT}`, '2026-11-01T00:00:00.000Z');
    }
  })();
  const setupMs = performance.now() - t0;
  const render = createDeliveryRenderer((createBot('1:x', { app: createBotApp({ ...repos, places: fakePlaces(), timelines, timeZones: loadTimeZones('data/timezones.json') }), logger: pino({ level: 'silent' }), adminIds: [], allowForwardsFromAnyone: false }, { botInfo: FAKE_BOT_INFO })).i18n);
  const tb = performance.now();
  timelines.timelineOf('UA-BENCH-0'); // builds every place's timeline once (a fixed cost per run)
  const buildMs = performance.now() - tb;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = planDueDigests({ ...repos, timelines, render }, new Date('2026-11-22T06:00:30.000Z'));
  const runMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  console.log(`subscribers ${SUBSCRIBERS} × 5 places (${PLACE_COUNT} places, 20 claims each, 4 new): setup ${setupMs.toFixed(0)} ms`);
  console.log(`timelines of ${PLACE_COUNT} places built in ${buildMs.toFixed(0)} ms`);
  console.log(`digest job: ${result.committed} digests, ${result.messages} messages queued in ${(runMs / 1000).toFixed(2)} s = ${((runMs * 1000) / SUBSCRIBERS).toFixed(0)} µs per subscriber (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s); rss ${mb(process.memoryUsage().rss)}`);
  console.log(`delivery at 25 msg/s would take ${(result.messages / 25 / 60).toFixed(0)} min`);
  db.close();
}

async function statusBench(dir: string): Promise<void> {
  const path = join(dir, 'status.sqlite');
  const K = PLACES.kupiansk;
  seedArticles(path, K, Array.from({ length: 200 }, (_, i) => ({
    url: `https://bench.example/${i}`, outlet: `Outlet ${i % 9}`, published: new Date(Date.UTC(2025, 0, 1 + i * 3)).toISOString().slice(0, 10),
    body: `Report ${i} about the town.`, claims: [{ controller: i % 3 === 0 ? 'ua' : 'ru', claimant: i % 2 ? 'ru' : 'ua' }],
  })));
  const db = openStore(path);
  const store = timelineStoreOn(db, 45);
  const app = createBotApp({ chats: createChatRepo(db), subscriptions: createSubscriptionRepo(db), outbox: createOutboxRepo(db), places: fakePlaces(), timelines: store.service, timeZones: loadTimeZones('data/timezones.json') });
  const { bot } = createBot('1:x', { app, logger: pino({ level: 'silent' }), adminIds: [], allowForwardsFromAnyone: false }, { botInfo: FAKE_BOT_INFO });
  bot.api.config.use(async () => ({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1 } } }) as never);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await bot.handleUpdate(textUpdate('/status Kupiansk', { id: 1 + (i % 50) }));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number): string => times[Math.floor(times.length * p)]!.toFixed(2);
  console.log(`/status over a real store (200 claims on the place): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${times.at(-1)!.toFixed(2)} ms`);
  db.close();
}

/** Runs both benchmarks in a temp dir and prints the numbers. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bot-bench-'));
  try {
    await digestBench(dir);
    if (process.env.BENCH_BOT_PART !== 'digest') await statusBench(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
