import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, type Chat, type ChatSettings, type ChatType, type Language } from '../domain/chat.ts';

interface ChatRow {
  id: number;
  type: ChatType;
  title: string | null;
  language: Language;
  time_zone: string;
  digest_times: string;
  alerts: number;
  include_hedged: number;
  empty_note: number;
  active: number;
  last_digest_at: string | null;
  created_at: string;
}

function fromRow(r: ChatRow): Chat {
  return {
    id: r.id,
    type: r.type,
    title: r.title,
    language: r.language,
    timeZone: r.time_zone,
    digestTimes: r.digest_times === '' ? [] : r.digest_times.split(','),
    alerts: r.alerts === 1,
    includeHedged: r.include_hedged === 1,
    emptyNote: r.empty_note === 1,
    active: r.active === 1,
    lastDigestAt: r.last_digest_at,
    createdAt: r.created_at,
  };
}

/** Chats and their settings. */
export interface ChatRepo {
  get(id: number): Chat | undefined;
  /** Creates the chat with default settings (language given) or reactivates it; returns it. */
  upsert(input: { id: number; type: ChatType; title: string | null; language: Language; now: string }): Chat;
  updateSettings(id: number, patch: Partial<ChatSettings>, now: string): Chat | undefined;
  /** Stops delivery to a chat (the user blocked the bot or it was removed from the group). */
  deactivate(id: number, why: string, now: string): void;
  setLastDigestAt(id: number, at: string): void;
  /** Active chats with digests on and at least one subscription. */
  digestCandidates(): Chat[];
  count(): { total: number; active: number };
}

/** Prepares the chat statements once. */
export function createChatRepo(db: Database.Database): ChatRepo {
  const get = db.prepare<[number], ChatRow>('SELECT * FROM chats WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO chats (id, type, title, language, time_zone, digest_times, alerts, include_hedged, empty_note,
                        created_at, updated_at)
     VALUES (@id, @type, @title, @language, @timeZone, @digestTimes, @alerts, @includeHedged, @emptyNote, @now, @now)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, active = 1,
       deactivated_at = NULL, deactivated_why = NULL,
       updated_at = CASE WHEN chats.active = 0 THEN excluded.updated_at ELSE chats.updated_at END
     WHERE chats.type IS NOT excluded.type OR chats.title IS NOT excluded.title OR chats.active = 0`,
  );
  const deactivate = db.prepare(
    'UPDATE chats SET active = 0, deactivated_at = @now, deactivated_why = @why, updated_at = @now WHERE id = @id',
  );
  const setLast = db.prepare('UPDATE chats SET last_digest_at = ? WHERE id = ?');
  const candidates = db.prepare<[], ChatRow>(
    `SELECT c.* FROM chats c WHERE c.active = 1 AND c.digest_times <> ''
       AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.chat_id = c.id) ORDER BY c.id`,
  );
  const count = db.prepare<[], { total: number; active: number }>(
    'SELECT count(*) AS total, coalesce(sum(active), 0) AS active FROM chats',
  );
  const columns: Record<keyof ChatSettings, string> = {
    language: 'language',
    timeZone: 'time_zone',
    digestTimes: 'digest_times',
    alerts: 'alerts',
    includeHedged: 'include_hedged',
    emptyNote: 'empty_note',
  };
  const toParam = (v: unknown): unknown =>
    Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? Number(v) : v;

  return {
    get: (id) => {
      const row = get.get(id);
      return row && fromRow(row);
    },
    upsert: ({ id, type, title, language, now }) => {
      const d = DEFAULT_SETTINGS;
      insert.run({
        id, type, title, language, now, timeZone: d.timeZone, digestTimes: d.digestTimes.join(','),
        alerts: Number(d.alerts), includeHedged: Number(d.includeHedged), emptyNote: Number(d.emptyNote),
      });
      return fromRow(get.get(id)!);
    },
    updateSettings: (id, patch, now) => {
      const keys = (Object.keys(patch) as (keyof ChatSettings)[]).filter((k) => patch[k] !== undefined);
      if (keys.length > 0) {
        const sets = keys.map((k) => `${columns[k]} = @${k}`).join(', ');
        const params = Object.fromEntries(keys.map((k) => [k, toParam(patch[k])]));
        db.prepare(`UPDATE chats SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...params, id, now });
      }
      const row = get.get(id);
      return row && fromRow(row);
    },
    deactivate: (id, why, now) => void deactivate.run({ id, why, now }),
    setLastDigestAt: (id, at) => void setLast.run(at, id),
    digestCandidates: () => candidates.all().map(fromRow),
    count: () => count.get()!,
  };
}
