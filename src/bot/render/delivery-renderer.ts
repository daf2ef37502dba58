import type { I18n } from '@grammyjs/i18n';
import type { DeliveryRenderer } from '../../app/digest-run.ts';
import type { BotContext } from '../context.ts';
import { translator } from '../i18n.ts';
import { renderAlert, renderDigest, type ItemCache } from './digest.ts';

/** Renders scheduled digests and alerts in each chat's language (handed to the jobs by main.ts). */
export function createDeliveryRenderer(i18n: I18n<BotContext>): DeliveryRenderer {
  // Keyed by language inside (the side label is part of the key), shared by every chat.
  const itemCache: ItemCache = new Map();
  return {
    digest: (digest, chat, scheduled) => renderDigest(translator(i18n, chat.language), digest, { scheduled, chat, itemCache }),
    alert: (c, chat) => renderAlert(translator(i18n, chat.language), c),
  };
}
