// The bot as `npm start` runs it (a child process: node --import tsx src/main.ts, one process so
// SIGKILL hits the bot itself), talking over real HTTP to a fake Bot API on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-database.ts';
import { startFakeBotApi, type FakeBotApi } from '../helpers/fake-bot-api.ts';
import { textUpdate } from '../helpers/updates.ts';

let api: FakeBotApi;
let dir: string;
let dbPath: string;
const children: ChildProcess[] = [];

function startBot(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH, BOT_TOKEN: '123456:TEST-fake-token', TELEGRAM_API_ROOT: api.url, DATABASE_PATH: dbPath,
      DIGEST_CHECK_CRON: '* * * * * *', FEED_POLL_CRON: '0 0 1 1 *', ADMIN_IDS: '42', LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { PATH: process.env.PATH, DATABASE_PATH: dbPath, LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const exited = (child: ChildProcess): Promise<void> => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
const digests = (chatId: number) => api.sent(chatId).filter((c) => String(c.payload.text).includes('Digest'));
const pollsSince = (n: number) => api.calls.filter((c) => c.method === 'getUpdates').length > n;

/** Backdates chats so their 08:00 slot has passed since they were created: the next check sends. */
function makeDue(chatIds: readonly number[]): void {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  db.prepare(`UPDATE chats SET created_at = '2020-01-01T00:00:00.000Z' WHERE id IN (${chatIds.join(',')})`).run();
  db.close();
}

function outboxRows(): { chat_id: number; dedupe_key: string; status: string }[] {
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT chat_id, dedupe_key, status FROM outbox').all() as { chat_id: number; dedupe_key: string; status: string }[];
  db.close();
  return rows;
}

beforeAll(async () => {
  api = await startFakeBotApi();
  dir = mkdtempSync(join(tmpdir(), 'frontline-e2e-'));
  dbPath = join(dir, 'bot.sqlite');
  openStore(dbPath).close();
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await Promise.all(children.map(exited));
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bot process over HTTP', () => {
  it('subscribes, delivers digests with contradiction marks, retries 429, deactivates 403, and survives SIGKILL mid-broadcast', async () => {
    const first = startBot();
    await api.waitFor(() => pollsSince(0), 50_000, 'first getUpdates');
    expect(api.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['getMe', 'setMyCommands', 'deleteWebhook']));
    const menus = api.calls.filter((c) => c.method === 'setMyCommands');
    expect(menus.map((c) => c.payload.language_code ?? 'default')).toEqual(['default', 'uk']);
    expect(JSON.stringify(menus[1]!.payload.commands)).toContain('Стежити за місцем');

    const early = [42, 43, 44];
    const late = [50, 51, 52, 53, 54, 55];
    for (const id of [...early, ...late]) api.pushUpdate(textUpdate('/subscribe Kupiansk', { id, lang: id === 44 ? 'uk' : 'en' }));
    await api.waitFor(() => [...early, ...late].every((id) => api.sent(id).length === 1), 30_000, 'subscription replies');
    expect(String(api.sent(42)[0]!.payload.text)).toContain('Kupiansk');
    expect(String(api.sent(44)[0]!.payload.text)).toContain('Ви стежите');

    // News arrives through the real CLI ingest (extractor, claims, timelines) into the bot's store.
    const ingest = await runCli(['ingest', 'test/e2e/fixtures']);
    expect(ingest.out).toContain('added 2');
    api.failChat(43, { code: 429, retryAfter: 1, times: 1 });
    api.failChat(44, { code: 403, times: Infinity });
    makeDue(early);
    await api.waitFor(() => digests(42).length === 1 && digests(43).length === 1, 30_000, 'digests to 42 and 43');
    const text = String(digests(42)[0]!.payload.text);
    expect(text).toContain('Kupiansk');
    expect(text).toContain('Example Wire');
    expect(text).toMatch(/⚠️ contradicts 🇷🇺 Russia: Russian control, 2026-11-23/);
    expect(digests(42)[0]!.payload.parse_mode).toBe('HTML');
    const to43 = api.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === 43);
    expect(to43.some((c) => !c.ok)).toBe(true); // the 429 was seen, then retried
    await api.waitFor(() => outboxRows().some((r) => r.chat_id === 44 && r.status === 'failed'), 20_000, '403 handled');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT active FROM chats WHERE id = 44').get()).toEqual({ active: 0 });
    db.close();

    // A broadcast to six chats, answered slowly; the bot is killed after the second delivery.
    api.setSendDelay(400);
    makeDue(late);
    await api.waitFor(() => late.filter((id) => digests(id).length > 0).length >= 2, 30_000, 'two late digests');
    first.kill('SIGKILL');
    await exited(first);
    const beforeRestart = late.filter((id) => digests(id).length > 0).length;
    expect(beforeRestart).toBeLessThan(late.length);

    api.setSendDelay(0);
    const polls = api.calls.filter((c) => c.method === 'getUpdates').length;
    const second = startBot();
    await api.waitFor(() => late.every((id) => digests(id).length > 0), 50_000, 'every late digest after restart');
    await api.waitFor(() => pollsSince(polls), 30_000, 'polling after restart');
    for (const id of [...late, 42, 43]) expect(digests(id), `chat ${id}`).toHaveLength(1);
    const rows = outboxRows().filter((r) => r.dedupe_key.startsWith('digest:'));
    expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(rows.length);
    expect(rows.filter((r) => late.includes(r.chat_id)).every((r) => r.status === 'sent')).toBe(true);

    second.kill('SIGTERM');
    await exited(second);
    expect(second.exitCode).toBe(0);
  }, 150_000);
});
