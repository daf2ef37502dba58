/**
 * Chat records and settings changes, validated: the bot passes what the person typed, this
 * module decides whether it is a valid setting.
 */
import { languageFromCode, type Chat, type ChatSettings, type ChatType, type Language } from '../domain/chat.ts';
import type { ChatRepo } from '../store/chat-repo.ts';
import { parseDigestTimes } from './schedule.ts';
import type { TimeZoneResolver } from './time-zones.ts';

/** A chat as seen in an update. */
export interface ChatSeen {
  readonly id: number;
  readonly type: ChatType;
  readonly title: string | null;
  /** The sender's Telegram language_code: the default UI language of a new chat. */
  readonly languageCode: string | undefined;
}

/** Outcome of a typed settings change. */
export type SettingResult = { readonly ok: true; readonly chat: Chat } | { readonly ok: false };

/** Chat use cases. */
export interface ChatService {
  /** Returns the chat, creating it (language from Telegram) on first sight. */
  ensure(seen: ChatSeen, now: string): Chat;
  get(id: number): Chat | undefined;
  setLanguage(id: number, language: Language, now: string): Chat | undefined;
  /** `08:00 20:00`, `off` … */
  setDigestTimes(id: number, input: string, now: string): SettingResult;
  /** A city, an offset (`UTC+2`) or an IANA zone. */
  setTimeZone(id: number, input: string, now: string): SettingResult;
  toggle(id: number, flag: 'alerts' | 'includeHedged' | 'emptyNote', now: string): Chat | undefined;
  /** Stops delivery (the user blocked the bot, or it left the group) until the chat writes again. */
  deactivate(id: number, why: string, now: string): void;
}

/** Builds the chat service over its repository. */
export function createChatService(repo: ChatRepo, timeZones: TimeZoneResolver): ChatService {
  const update = (id: number, patch: Partial<ChatSettings>, now: string): SettingResult => {
    const chat = repo.updateSettings(id, patch, now);
    return chat ? { ok: true, chat } : { ok: false };
  };
  return {
    ensure: (seen, now) => {
      const existing = repo.get(seen.id);
      if (existing && existing.active && existing.type === seen.type && existing.title === seen.title) return existing;
      const language = existing?.language ?? languageFromCode(seen.languageCode);
      return repo.upsert({ id: seen.id, type: seen.type, title: seen.title, language, now });
    },
    get: (id) => repo.get(id),
    setLanguage: (id, language, now) => repo.updateSettings(id, { language }, now),
    setDigestTimes: (id, input, now) => {
      const times = parseDigestTimes(input);
      return times ? update(id, { digestTimes: times }, now) : { ok: false };
    },
    setTimeZone: (id, input, now) => {
      const zone = timeZones.resolve(input);
      return zone ? update(id, { timeZone: zone }, now) : { ok: false };
    },
    deactivate: (id, why, now) => repo.deactivate(id, why, now),
    toggle: (id, flag, now) => {
      const chat = repo.get(id);
      return chat && repo.updateSettings(id, { [flag]: !chat[flag] }, now);
    },
  };
}
