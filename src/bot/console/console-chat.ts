/**
 * `npm start` without BOT_TOKEN: a chat in the terminal driving the very same bot. Lines typed
 * become updates (bot.handleUpdate); every outgoing API call is intercepted and printed; inline
 * buttons are shown as numbered choices (type the number to press one). Reads piped input too
 * and ends when it closes, so `printf '/start\n' | npm start` is a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Update } from 'grammy/types';
import type { BotApp } from '../../app/bot-app.ts';
import type { MessageSender } from '../../app/delivery.ts';
import type { DeliveryRenderer } from '../../app/digest-run.ts';
import type { Logger } from '../../logger.ts';
import { createBot } from '../create-bot.ts';
import { createDeliveryRenderer } from '../render/delivery-renderer.ts';
import { htmlToText } from '../render/html-to-text.ts';

export const CONSOLE_USER_ID = 1001;
const BOT_INFO = {
  id: 1, is_bot: true as const, first_name: 'frontline', username: 'frontline_console_bot', can_join_groups: true,
  can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
  has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
};

interface Button {
  text: string;
  callback_data: string;
}

export interface ConsoleChatOptions {
  readonly app: BotApp;
  readonly logger: Logger;
  readonly out: (text: string) => void;
  /** ANSI styles (a terminal). */
  readonly ansi: boolean;
  /** Telegram language_code of the console user (default from LANG). */
  readonly languageCode?: string;
}

/** A console chat: the bot, a printer for outbox deliveries, and the line loop. */
export interface ConsoleChat {
  readonly send: MessageSender;
  readonly render: DeliveryRenderer;
  /** Handles one typed line; returns false for `:quit`. */
  handleLine(line: string): Promise<boolean>;
  /** Reads lines until the input ends. */
  run(input: Readable, meta: (line: string) => Promise<boolean>, prompt: boolean): Promise<void>;
}

/** Builds the console chat around the real bot. */
export function createConsoleChat(o: ConsoleChatOptions): ConsoleChat {
  const { bot, i18n } = createBot('0:console', { app: o.app, logger: o.logger, adminIds: [CONSOLE_USER_ID], allowForwardsFromAnyone: true }, { botInfo: BOT_INFO });
  let choices: Button[] = [];
  let updateId = 1;
  let messageId = 1;
  const print = (html: string, buttons: Button[]): void => {
    o.out(`\n🤖 ${htmlToText(html, o.ansi).replace(/\n/g, '\n   ')}\n`);
    if (buttons.length > 0) {
      choices = buttons;
      o.out(buttons.map((b, i) => `   [${i + 1}] ${b.text}`).join('\n') + '\n');
    }
  };
  // A terminal cannot show a picture: it is saved as a PNG file and its path printed with the caption.
  const showPhoto = (p: { photo: { fileData?: unknown }; caption?: string }): void => {
    const bytes = p.photo.fileData;
    if (!(bytes instanceof Uint8Array)) return;
    const dir = join(tmpdir(), 'frontline-console');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `picture-${messageId}.png`);
    writeFileSync(file, bytes);
    o.out(`\n🖼  ${file}\n   ${(p.caption ?? '').replace(/\n/g, '\n   ')}\n`);
  };
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as { text?: string; reply_markup?: { inline_keyboard?: Button[][] }; user_id?: number };
    if (method === 'sendMessage' || method === 'editMessageText') print(p.text ?? '', p.reply_markup?.inline_keyboard?.flat() ?? []);
    if (method === 'sendPhoto') showPhoto(payload as { photo: { fileData?: unknown }; caption?: string });
    const result = method === 'getChatMember' ? { status: 'creator', user: { id: p.user_id } }
      : method === 'sendMessage' || method === 'editMessageText' || method === 'sendPhoto' ? { message_id: messageId++, date: 0, chat: { id: CONSOLE_USER_ID }, text: p.text }
      : true;
    return { ok: true, result } as never;
  });
  const from = { id: CONSOLE_USER_ID, is_bot: false, first_name: 'You', language_code: o.languageCode ?? 'en' };
  const chat = { id: CONSOLE_USER_ID, type: 'private' as const, first_name: 'You' };
  const updateFor = (line: string): Update => {
    const n = /^\d+$/.test(line) ? Number(line) : 0;
    const pressed = n > 0 ? choices[n - 1] : undefined;
    if (pressed) {
      return { update_id: updateId++, callback_query: { id: String(updateId), from, chat_instance: 'console', data: pressed.callback_data, message: { message_id: messageId, date: 0, chat, text: '' } } } as Update;
    }
    const command = /^\/\w+/.exec(line);
    const entities = command ? [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] : undefined;
    return { update_id: updateId++, message: { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat, from, text: line, ...(entities ? { entities } : {}) } } as Update;
  };

  const handleLine = async (raw: string): Promise<boolean> => {
    const line = raw.trim();
    if (line === '') return true;
    await bot.handleUpdate(updateFor(line));
    return true;
  };
  return {
    send: async (m) => {
      print(m.text, []);
      return { messageId: messageId++ };
    },
    render: createDeliveryRenderer(i18n),
    handleLine,
    run: async (input, meta, prompt) => {
      const rl = createInterface({ input, terminal: false });
      if (prompt) o.out('> ');
      for await (const raw of rl) {
        if (!prompt) o.out(`> ${raw}\n`);
        const line = raw.trim();
        const goOn = line.startsWith(':') ? await meta(line) : await handleLine(line);
        if (!goOn) break;
        if (prompt) o.out('> ');
      }
      rl.close();
    },
  };
}
