import type { Chat } from '../../domain/chat.ts';
import { escapeHtml } from './escape.ts';
import type { Translate } from './translate.ts';

/** /settings: the chat's current settings. */
export function renderSettings(t: Translate, chat: Chat): string {
  const onOff = (v: boolean): string => t(v ? 'settings-on' : 'settings-off');
  return `${t('settings-title')}\n${t('settings-body', {
    times: chat.digestTimes.length > 0 ? escapeHtml(chat.digestTimes.join(', ')) : t('settings-times-off'),
    zone: escapeHtml(chat.timeZone),
    language: chat.language === 'uk' ? 'Українська' : 'English',
    alerts: onOff(chat.alerts),
    hedged: onOff(chat.includeHedged),
    empty: onOff(chat.emptyNote),
  })}`;
}
