import type { Api } from 'grammy';
import type { I18n } from '@grammyjs/i18n';
import type { BotContext } from './context.ts';

const COMMANDS = ['subscribe', 'unsubscribe', 'list', 'status', 'history', 'map', 'digest', 'settings', 'language', 'help'] as const;
const DESCRIPTIONS: Record<'en' | 'uk', Record<(typeof COMMANDS)[number], string>> = {
  en: {
    subscribe: 'Follow a place', unsubscribe: 'Stop following a place', list: 'Your places and their status',
    status: 'Who holds a place, per side', history: 'Timeline of claims about a place', map: 'Map of your places', digest: 'What is new now',
    settings: 'Digest times, time zone, alerts', language: 'English or Ukrainian', help: 'All commands',
  },
  uk: {
    subscribe: 'Стежити за місцем', unsubscribe: 'Не стежити за місцем', list: 'Ваші місця та їхній стан',
    status: 'Хто контролює місце, за сторонами', history: 'Хронологія заяв про місце', map: 'Мапа ваших місць', digest: 'Що нового зараз',
    settings: 'Час дайджестів, пояс, сповіщення', language: 'Українська або англійська', help: 'Усі команди',
  },
};

/** Registers the command menu in English (default) and Ukrainian. Called once at start-up. */
export async function setCommandMenus(api: Api, _i18n?: I18n<BotContext>): Promise<void> {
  const list = (lang: 'en' | 'uk'): { command: string; description: string }[] =>
    COMMANDS.map((command) => ({ command, description: DESCRIPTIONS[lang][command] }));
  await api.setMyCommands(list('en'));
  await api.setMyCommands(list('uk'), { language_code: 'uk' });
}
