/**
 * A small Bot API server on 127.0.0.1 for end-to-end tests: the bot talks to it through
 * TELEGRAM_API_ROOT exactly as to api.telegram.org. It long-polls getUpdates from a queue the
 * test pushes into, records every call, and can be told to fail sends to given chats (429 with
 * retry_after, 403 blocked, 500) or to answer sends slowly (to kill the bot mid-broadcast).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** Whether the server answered ok (a failed 429/403/500 send is recorded too). */
  readonly ok: boolean;
  readonly at: number;
}

type Fault = { code: 429; retryAfter: number; times: number } | { code: 403 | 400 | 500; times: number };

export interface FakeBotApi {
  readonly url: string;
  readonly calls: ApiCall[];
  pushUpdate(update: Update): void;
  /** Sends to `chatId` fail with this error the next `times` times (Infinity = always). */
  failChat(chatId: number, fault: Fault): void;
  /** Each accepted sendMessage waits this long before answering. */
  setSendDelay(ms: number): void;
  setMemberStatus(chatId: number, userId: number, status: string): void;
  /** Accepted sendMessage calls, optionally for one chat. */
  sent(chatId?: number): ApiCall[];
  waitFor(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

const BOT_USER = {
  id: 123, is_bot: true, first_name: 'frontline', username: 'frontline_e2e_bot', can_join_groups: true,
  can_read_all_group_messages: false, supports_inline_queries: false,
};

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json') && text) return JSON.parse(text) as Record<string, unknown>;
  return { raw: text.length };
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const queue: Update[] = [];
  const waiters = new Set<() => void>();
  const faults = new Map<number, Fault>();
  const members = new Map<string, string>();
  let sendDelay = 0;
  let confirmed = 0;
  let messageId = 1;
  const wake = (): void => {
    for (const w of [...waiters]) w();
  };

  const answer = async (method: string, p: Record<string, unknown>): Promise<{ status: number; body: unknown }> => {
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    switch (method) {
      case 'getMe': return ok(BOT_USER);
      case 'getUpdates': {
        // Like Telegram, an offset confirms every earlier update for good (a restarted bot does not get them again).
        confirmed = Math.max(confirmed, Number(p.offset ?? 0));
        const offset = confirmed;
        const pick = (): Update[] => queue.filter((u) => u.update_id >= offset);
        if (pick().length === 0) {
          const timeoutMs = Math.min(Number(p.timeout ?? 0), 2) * 1000;
          await new Promise<void>((resolve) => {
            const done = (): void => { waiters.delete(done); clearTimeout(timer); resolve(); };
            const timer = setTimeout(done, timeoutMs);
            waiters.add(done);
          });
        }
        return ok(pick());
      }
      case 'sendMessage': case 'sendPhoto': {
        const chatId = Number(p.chat_id);
        const fault = faults.get(chatId);
        if (fault && fault.times > 0) {
          fault.times--;
          if (fault.code === 429) return { status: 429, body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } } };
          const description = fault.code === 403 ? 'Forbidden: bot was blocked by the user' : fault.code === 400 ? 'Bad Request: message is too long' : 'Internal Server Error';
          return { status: fault.code, body: { ok: false, error_code: fault.code, description } };
        }
        if (sendDelay > 0) await new Promise((r) => setTimeout(r, sendDelay));
        return ok({ message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' }, text: p.text });
      }
      case 'editMessageText': return ok({ message_id: Number(p.message_id ?? 0), date: 0, chat: { id: Number(p.chat_id), type: 'private' }, text: p.text });
      case 'getChatMember': return ok({ status: members.get(`${String(p.chat_id)}:${String(p.user_id)}`) ?? 'member', user: { id: p.user_id, is_bot: false, first_name: 'X' } });
      default: return ok(true);
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const m = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? '');
      if (!m) return void res.writeHead(404).end();
      const payload = await readBody(req);
      const { status, body } = await answer(m[1]!, payload);
      // A client that died while we held the answer never learnt of it: count it as not accepted
      // (what a bot can know); the real residual risk is after the answer arrives.
      const gone = req.socket.destroyed;
      calls.push({ method: m[1]!, payload, ok: status === 200 && !gone, at: Date.now() });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    pushUpdate: (u) => { queue.push(u); wake(); },
    failChat: (chatId, fault) => void faults.set(chatId, { ...fault }),
    setSendDelay: (ms) => void (sendDelay = ms),
    setMemberStatus: (chatId, userId, status) => void members.set(`${chatId}:${userId}`, status),
    sent: (chatId) => calls.filter((c) => c.method === 'sendMessage' && c.ok && (chatId === undefined || Number(c.payload.chat_id) === chatId)),
    waitFor: async (predicate, timeoutMs = 30_000, what = 'condition') => {
      const start = Date.now();
      while (!predicate()) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise((resolve) => { wake(); server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
