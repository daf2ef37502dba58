import type { Place } from '../../domain/place.ts';
import type { ClaimEvent, PlaceStatus } from '../../domain/timeline.ts';
import type { FollowedStatus } from '../../app/bot-app.ts';
import { escapeHtml } from './escape.ts';
import { holdsLabel, sideLabel, whoSaid } from './labels.ts';
import type { Translate } from './translate.ts';

const SIDES = ['ru', 'ua', 'independent'] as const;

/** One line per event: side, what it says, who said it, when, ❔ when hedged. */
export function renderEventLine(t: Translate, event: ClaimEvent): string {
  const line = t('status-claim', {
    side: sideLabel(t, event.claimant),
    holds: holdsLabel(t, event.controller, event.scope),
    who: whoSaid(event),
    date: escapeHtml(event.lastDate),
  });
  return event.hedged ? `${line} ${t('hedged-mark')}` : line;
}

/** The consensus in words, with ✅ when both sides agree. */
export function consensusLabel(t: Translate, status: PlaceStatus): string {
  const label = t(`consensus-${status.consensus}`);
  return status.standing === 'confirmed-by-both-sides' ? `${label} · ${t('confirmed-both')}` : label;
}

/** /status: the latest claim of each side, consensus, last change, open contradictions. */
export function renderStatus(t: Translate, place: Place, status: PlaceStatus | undefined): string {
  const title = t('status-title', { place: escapeHtml(place.name), oblast: escapeHtml(place.oblast) });
  if (!status || status.asOf === null) return `${title}\n${t('status-none', { place: escapeHtml(place.name) })}`;
  const lines = [title, t('status-consensus', { consensus: consensusLabel(t, status) })];
  for (const side of SIDES) {
    const event = status.latestBySide[side];
    if (event) lines.push(renderEventLine(t, event));
  }
  if (status.lastChange) {
    const c = status.lastChange;
    lines.push(t('status-last-change', { to: holdsLabel(t, c.to, 'full'), date: escapeHtml(c.date) }));
  }
  if (status.openContradictions.length > 0) lines.push(t('status-open', { count: status.openContradictions.length }));
  lines.push(t('status-as-of', { date: escapeHtml(status.asOf) }));
  return lines.join('\n');
}

/** /list: each followed place with a one-line status. */
export function renderFollowed(t: Translate, followed: readonly FollowedStatus[]): string {
  if (followed.length === 0) return t('list-empty');
  const lines = followed.map(({ place, status }) => {
    const state = status && status.asOf ? `${consensusLabel(t, status)} (${escapeHtml(status.asOf)})` : t('list-no-status');
    const open = status && status.openContradictions.length > 0 ? ' ⚠️' : '';
    return `• <b>${escapeHtml(place.name)}</b>, ${escapeHtml(place.oblast)}: ${state}${open}`;
  });
  return [t('list-header'), ...lines].join('\n');
}
