import type { Digest, DigestItem, PlaceDigest } from '../../app/digest.ts';
import type { Chat } from '../../domain/chat.ts';
import type { Contradiction } from '../../domain/timeline.ts';
import { escapeHtml, link } from './escape.ts';
import { formatInstant, holdsLabel, refSource, sideLabel, whoSaid } from './labels.ts';
import { splitMessages } from './split.ts';
import type { Translate } from './translate.ts';

const MAX_SOURCES = 5;

function renderItem(t: Translate, item: DigestItem): string {
  const e = item.event;
  const head = `${sideLabel(t, e.claimant)}: <b>${holdsLabel(t, e.controller, e.scope)}</b> — ${whoSaid(e)}, ${escapeHtml(e.lastDate)}`;
  const lines = [`• ${head}${e.hedged ? ` ${t('hedged-mark')}` : ''}`];
  if (item.quote) lines.push(`<i>«${escapeHtml(item.quote)}»</i>`);
  const shown = item.sources.slice(0, MAX_SOURCES).map((s) => link(s.url, s.outlet));
  const extra = item.sources.length - shown.length;
  if (extra > 0) shown.push(t('digest-more-sources', { count: extra }));
  lines.push(t('digest-sources', { sources: shown.join(', ') }));
  for (const earlier of item.contradicts) {
    lines.push(t('digest-contradicts', {
      side: sideLabel(t, earlier.claimant), holds: holdsLabel(t, earlier.controller, earlier.scope),
      date: escapeHtml(earlier.date), source: link(earlier.url, earlier.outlet ?? refSource(earlier)),
    }));
  }
  for (const other of item.confirmedBy) {
    lines.push(t('digest-confirmed', {
      side: sideLabel(t, other.claimant), date: escapeHtml(other.date), source: link(other.url, other.outlet ?? refSource(other)),
    }));
  }
  return lines.join('\n');
}

/** Rendered items by language and event state: one event goes to every follower of its place. */
export type ItemCache = Map<string, string>;

function cachedItem(t: Translate, item: DigestItem, cache: ItemCache | undefined): string {
  if (!cache) return renderItem(t, item);
  const e = item.event;
  const key = `${t('side-ru')}|${e.id}|${e.updatedAt}|${item.contradicts.length}|${item.confirmedBy.length}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = renderItem(t, item);
    if (cache.size >= 20_000) cache.clear();
    cache.set(key, html);
  }
  return html;
}

function placeBlocks(t: Translate, p: PlaceDigest, cache: ItemCache | undefined): string[] {
  const header = `📍 <b>${escapeHtml(p.place)}</b>, ${escapeHtml(p.oblast)}`;
  const [first, ...rest] = p.items.map((item) => cachedItem(t, item, cache));
  return [`${header}\n${first ?? ''}`, ...rest];
}

/** What to say for a digest, or for an empty one. */
export interface DigestRenderOptions {
  /** Scheduled digests with nothing new send nothing unless the chat asked for a note. */
  readonly scheduled: boolean;
  readonly chat: Chat;
  /** The chat follows no place at all. */
  readonly noPlaces?: boolean;
  /** Reuse rendered items across chats (scheduled broadcasts). */
  readonly itemCache?: ItemCache;
}

/** A digest as HTML messages, split between claims below Telegram's limit; [] = send nothing. */
export function renderDigest(t: Translate, digest: Digest, o: DigestRenderOptions): string[] {
  const since = digest.since ? formatInstant(digest.since, o.chat.timeZone, o.chat.language) : '';
  if (digest.itemCount === 0) {
    if (o.scheduled && !o.chat.emptyNote) return [];
    if (o.noPlaces) return [t('digest-no-places')];
    return [since ? t('digest-nothing', { since: escapeHtml(since) }) : t('digest-nothing-first')];
  }
  const title = since ? t('digest-title', { since: escapeHtml(since) }) : t('digest-title-first');
  const blocks = digest.places.flatMap((p) => placeBlocks(t, p, o.itemCache));
  return splitMessages([title, ...blocks]);
}

/** An instant alert for one new contradiction. */
export function renderAlert(t: Translate, c: Contradiction): string {
  const side = (r: Contradiction['earlier'], prefix: 'earlier' | 'later'): Record<string, string> => ({
    [`${prefix}Side`]: sideLabel(t, r.claimant),
    [`${prefix}Holds`]: holdsLabel(t, r.controller, r.scope),
    [`${prefix}Date`]: escapeHtml(r.date),
    [`${prefix}Source`]: link(r.url, r.outlet ?? refSource(r)),
  });
  return `${t('alert-title', { place: escapeHtml(c.place) })}\n${t('alert-body', { ...side(c.earlier, 'earlier'), ...side(c.later, 'later') })}`;
}
