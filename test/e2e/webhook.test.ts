// Webhook mode: the bot process serves WEBHOOK_URL on WEBHOOK_PORT and checks WEBHOOK_SECRET.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../helpers/fake-bot-api.ts';
import { textUpdate } from '../helpers/updates.ts';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

describe('webhook mode', () => {
  it('registers the webhook with its secret, answers posted updates, refuses a wrong secret', async () => {
    const api = await startFakeBotApi();
    const dir = mkdtempSync(join(tmpdir(), 'frontline-webhook-'));
    const port = await freePort();
    const hook = `http://127.0.0.1:${port}/telegram-hook`;
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH, BOT_TOKEN: '123456:TEST-fake-token', TELEGRAM_API_ROOT: api.url, DATABASE_PATH: join(dir, 'db.sqlite'),
        WEBHOOK_URL: hook, WEBHOOK_SECRET: 'e2e-secret', WEBHOOK_PORT: String(port), LOG_LEVEL: 'warn', FEED_POLL_CRON: '0 0 1 1 *',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    cleanup.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    });
    await api.waitFor(() => api.calls.some((c) => c.method === 'setWebhook'), 50_000, 'setWebhook');
    const set = api.calls.find((c) => c.method === 'setWebhook')!;
    expect(set.payload).toMatchObject({ url: hook, secret_token: 'e2e-secret' });
    expect(api.calls.some((c) => c.method === 'getUpdates')).toBe(false);

    const post = (secret: string) =>
      fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(textUpdate('/help', { id: 77 })) });
    expect((await post('wrong')).status).toBe(401);
    expect((await post('e2e-secret')).status).toBe(200);
    await api.waitFor(() => api.sent(77).length === 1, 20_000, 'reply to the webhook update');
    expect(String(api.sent(77)[0]!.payload.text)).toContain('/subscribe');
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    expect(child.exitCode).toBe(0);
  }, 90_000);
});
