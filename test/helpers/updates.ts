import type { Update } from 'grammy/types';

let updateId = 1000;
let messageId = 1;

export interface From {
  id?: number;
  lang?: string;
  chatId?: number;
  chatType?: 'private' | 'group' | 'supergroup';
}

const user = (f: From) => ({ id: f.id ?? 42, is_bot: false, first_name: 'Test', language_code: f.lang ?? 'en' });
const chat = (f: From) =>
  (f.chatType ?? 'private') === 'private'
    ? { id: f.chatId ?? f.id ?? 42, type: 'private' as const, first_name: 'Test' }
    : { id: f.chatId ?? -100500, type: f.chatType as 'group', title: 'Front group' };

/** A text message (commands get their bot_command entity, as Telegram sends them). */
export function textUpdate(text: string, f: From = {}): Update {
  const command = /^\/[\w@]+/.exec(text);
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++, date: 1_763_800_000, chat: chat(f), from: user(f), text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

/** A button press on one of the bot's messages. */
export function callbackUpdate(data: string, f: From = {}, messageText = 'previous'): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId), from: user(f), chat_instance: 'ci', data,
      message: { message_id: messageId++, date: 1_763_800_000, chat: chat(f), text: messageText, from: { id: 1, is_bot: true, first_name: 'frontline' } },
    },
  } as Update;
}

/** A post forwarded from a channel. */
export function forwardUpdate(text: string, f: From = {}, channel = { id: -1001, title: 'Front Channel', username: 'frontchannel' }): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++, date: 1_763_800_000, chat: chat(f), from: user(f), text,
      forward_origin: { type: 'channel', chat: { ...channel, type: 'channel' }, message_id: 77, date: 1_763_700_000 },
    },
  } as Update;
}
