import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.ts';
import { splitMessages } from './render/split.ts';

/**
 * Replies in HTML (parse mode per call, never global), without link previews, split below
 * Telegram's limit; the keyboard goes on the last part.
 */
export async function replyHtml(ctx: BotContext, html: string | readonly string[], keyboard?: InlineKeyboard): Promise<void> {
  const parts = typeof html === 'string' ? splitMessages([html]) : html;
  for (const [i, part] of parts.entries()) {
    await ctx.reply(part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(keyboard && i === parts.length - 1 ? { reply_markup: keyboard } : {}),
    });
  }
}

/** Edits the message a button sits on (history paging, settings toggles). */
export async function editHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  await ctx.editMessageText(html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}
