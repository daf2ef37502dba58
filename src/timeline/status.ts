import type { Claimant } from '../domain/claim.ts';
import type {
  ClaimEvent,
  Confirmation,
  Consensus,
  Contradiction,
  ControlChange,
  PlaceStatus,
  Standing,
} from '../domain/timeline.ts';
import { describeState, sideName } from './wording.ts';
import { dayNumber } from './dates.ts';
import { statesConflict, type TimelineOptions } from './rules.ts';

type Latest = PlaceStatus['latestBySide'];

function latestOf(events: readonly ClaimEvent[], claimant: Claimant): ClaimEvent | undefined {
  let best: ClaimEvent | undefined;
  for (const e of events) {
    if (e.historical || e.claimant !== claimant) continue;
    if (!best || e.lastDate > best.lastDate || (e.lastDate === best.lastDate && e.updatedAt > best.updatedAt)) best = e;
  }
  return best;
}

function consensusOf(e: ClaimEvent): Consensus {
  return e.controller === 'contested' || e.scope === 'partial' ? 'contested' : e.controller;
}

function line(e: ClaimEvent): string {
  const hedge = e.hedged ? ', unverified' : '';
  return `${sideName(e.claimant)}: ${describeState(e)} (${e.lastDate}${hedge})`;
}

function judge(latest: Latest, windowDays: number): { consensus: Consensus; standing: Standing; label: string } {
  const { ru, ua, independent } = latest;
  const near = ru && ua && Math.abs(dayNumber(ru.lastDate) - dayNumber(ua.lastDate)) <= windowDays;
  if (ru && ua && near) {
    const both = `${line(ru)}; ${line(ua)}`;
    if (statesConflict(ru, ua)) return { consensus: 'disputed', standing: 'disputed', label: `Disputed. ${both}` };
    if (ru.controller === ua.controller && ru.controller !== 'contested') {
      // One side may concede only part of what the other claims: still the same holder.
      const lead = ru.scope === ua.scope ? 'Confirmed by both sides' : 'Largely confirmed by both sides';
      return { consensus: ru.controller, standing: 'confirmed-by-both-sides', label: `${lead}. ${both}` };
    }
    return { consensus: 'contested', standing: 'contested', label: `Contested. ${both}` };
  }
  const side = [ru, ua].filter((e): e is ClaimEvent => e !== undefined).sort((a, b) => (a.lastDate < b.lastDate ? 1 : -1))[0];
  const top = side ?? independent;
  if (!top) return { consensus: 'unknown', standing: 'unknown', label: 'No current claims.' };
  const consensus = consensusOf(top);
  const standing: Standing = consensus === 'contested' ? 'contested' : 'claimed-by-one-side';
  const extra = independent && independent !== top ? `; ${line(independent)}` : '';
  const lead = standing === 'contested' ? 'Contested' : side ? 'Claimed by one side' : 'Reported by independent sources';
  return { consensus, standing, label: `${lead}. ${line(top)}${extra}` };
}

/** The first event of the latest run of one full-scope controller (hedged and historical left out). */
export function lastChangeOf(events: readonly ClaimEvent[]): ControlChange | null {
  const firm = events
    .filter((e) => !e.historical && !e.hedged && e.scope === 'full' && e.controller !== 'contested')
    .sort((a, b) => (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0));
  let change: ControlChange | null = null;
  let holder: ControlChange['to'] | null = null;
  for (const e of firm) {
    if (holder === e.controller) continue;
    change = { from: holder, to: e.controller, date: e.firstDate, eventId: e.id, claimant: e.claimant };
    holder = e.controller;
  }
  return change;
}

/** Sums up a place's timeline: each side's latest claim, consensus or dispute, open contradictions. */
export function placeStatus(
  events: readonly ClaimEvent[],
  contradictions: readonly Contradiction[],
  confirmations: readonly Confirmation[],
  opts: TimelineOptions,
): Omit<PlaceStatus, 'placeId' | 'place' | 'oblast'> {
  const latest: Latest = {
    ...optional('ru', latestOf(events, 'ru')),
    ...optional('ua', latestOf(events, 'ua')),
    ...optional('independent', latestOf(events, 'independent')),
  };
  const ids = new Set([latest.ru?.id, latest.ua?.id, latest.independent?.id].filter(Boolean));
  const confirmedIds = new Set(confirmations.flatMap((c) => [c.claim.eventId, c.confirmedBy.eventId]));
  const current = events.filter((e) => !e.historical).map((e) => e.lastDate);
  const asOf = current.length > 0 ? current.sort().at(-1)! : null;
  // Open: it involves a side's latest claim and neither claim has gone stale (older than the window)
  const fresh = (date: string): boolean => asOf !== null && dayNumber(asOf) - dayNumber(date) <= opts.windowDays;
  // ...and what its two claimants say now still conflicts: a side that has since conceded the
  // other's claim (or changed its own) has settled it, so "confirmed by both sides" has none open.
  const stands = (c: Contradiction): boolean => {
    const a = latest[c.earlier.claimant];
    const b = latest[c.later.claimant];
    return a !== undefined && b !== undefined && statesConflict(a, b);
  };
  return {
    latestBySide: latest,
    ...judge(latest, opts.windowDays),
    lastChange: lastChangeOf(events),
    openContradictions: contradictions
      .filter((c) => (ids.has(c.earlier.eventId) || ids.has(c.later.eventId)) && fresh(c.earlier.date) && fresh(c.later.date) && stands(c))
      .sort((a, b) => (a.later.date < b.later.date ? 1 : a.later.date > b.later.date ? -1 : 0)),
    confirmed: {
      ru: latest.ru !== undefined && confirmedIds.has(latest.ru.id),
      ua: latest.ua !== undefined && confirmedIds.has(latest.ua.id),
    },
    hedged: (['ru', 'ua', 'independent'] as const).filter((k) => latest[k]?.hedged === true),
    asOf,
  };
}

function optional<K extends string>(key: K, e: ClaimEvent | undefined): Partial<Record<K, ClaimEvent>> {
  return e ? ({ [key]: e } as Record<K, ClaimEvent>) : {};
}
