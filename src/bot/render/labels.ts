import type { Claimant, Controller, Scope } from '../../domain/claim.ts';
import type { ClaimEvent, ClaimRef } from '../../domain/timeline.ts';
import { escapeHtml } from './escape.ts';
import type { Translate } from './translate.ts';

/** "🇷🇺 Russia" */
export const sideLabel = (t: Translate, claimant: Claimant): string => t(`side-${claimant}`);

/** "Russian control of part", "fighting for it". */
export function holdsLabel(t: Translate, controller: Controller, scope: Scope): string {
  return controller === 'contested' ? t('holds-contested') : t(`holds-${controller}-${scope}`);
}

/** Who said it: the named source, else the first outlet, else the host. */
export function whoSaid(event: ClaimEvent): string {
  const r = event.reports[0];
  return escapeHtml(r?.source ?? r?.outlet ?? hostOf(r?.url ?? '') ?? '?');
}

/** A claim reference's outlet or host, escaped. */
export const refSource = (ref: ClaimRef): string => escapeHtml(ref.outlet ?? hostOf(ref.url) ?? ref.url);

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** An instant as a short local date-time in the chat's zone and language. */
export function formatInstant(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'uk' ? 'uk-UA' : 'en-GB', {
    timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));
}
