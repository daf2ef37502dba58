/** Plain-text views of a place's timeline for the command line (the bot renders its own). */
import type { ClaimEvent, ClaimRef, Contradiction, PlaceStatus, PlaceTimeline } from '../domain/timeline.ts';
import type { Controller } from '../domain/claim.ts';
import { describeState, sideName } from './wording.ts';

const REASON: Record<Contradiction['reason'], string> = {
  'conflict-within-window': 'conflicting claims of different sides within the window',
  'explicit-dispute': 'explicitly disputed',
};

function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/([^/?#]+)/i.exec(url);
  return m?.[1] ?? url;
}

function outlets(e: ClaimEvent): string {
  const names = [...new Set(e.reports.map((r) => r.outlet ?? hostOf(r.url)))];
  const shown = names.slice(0, 4).join(', ');
  return names.length > 4 ? `${shown} +${names.length - 4}` : shown;
}

function dates(e: ClaimEvent): string {
  return e.firstDate === e.lastDate ? e.firstDate : `${e.firstDate}..${e.lastDate}`;
}

/** One line for an event: dates, who says what, how many reports from which outlets, marks. */
export function describeEvent(e: ClaimEvent): string {
  const marks = [e.hedged ? 'unverified' : '', e.historical ? 'historical' : ''].filter(Boolean);
  const n = e.reports.length;
  const tail = marks.length > 0 ? ` [${marks.join(', ')}]` : '';
  return `${dates(e)}  ${sideName(e.claimant)}: ${describeState(e)} (${n} report${n === 1 ? '' : 's'}: ${outlets(e)})${tail}`;
}

function ref(r: ClaimRef): string {
  return `${r.date} ${sideName(r.claimant)}: ${describeState(r)} <${r.url}>`;
}

/** One line for a contradiction. */
export function describeContradiction(c: Contradiction): string {
  return `${ref(c.earlier)}  vs  ${ref(c.later)}  (${REASON[c.reason]})`;
}

/** The readable `status PLACE` text. */
export function describeStatus(s: PlaceStatus): string[] {
  const lines = [`${s.place} (${s.oblast})`, `Status: ${s.label}`];
  if (s.asOf) lines.push(`Latest claim: ${s.asOf}`);
  lines.push('Latest claim of each side:');
  for (const side of ['ru', 'ua', 'independent'] as const) {
    const e = s.latestBySide[side];
    const confirmed = side !== 'independent' && s.confirmed[side] ? ' [confirmed by the other side]' : '';
    lines.push(`  ${e ? describeEvent(e) + confirmed : `${sideName(side)}: no current claim`}`);
  }
  const change = s.lastChange;
  // Changes are between firm, whole-place claims: say them in words like every other line.
  const held = (c: Controller): string => describeState({ controller: c, scope: 'full' });
  lines.push(
    change
      ? `Last change of control: ${change.from ? `${held(change.from)} -> ` : ''}${held(change.to)} on ${change.date} (said by ${sideName(change.claimant)})`
      : 'Last change of control: none recorded',
  );
  lines.push(`Open contradictions: ${s.openContradictions.length}`);
  for (const c of s.openContradictions.slice(0, 10)) lines.push(`  ${describeContradiction(c)}`);
  if (s.openContradictions.length > 10) lines.push(`  … ${s.openContradictions.length - 10} more`);
  return lines;
}

/** The readable `history PLACE` text: events oldest first with their reports and clashes. */
export function describeHistory(t: PlaceTimeline): string[] {
  const lines = [`${t.status.place} (${t.status.oblast}): ${t.events.length} events`];
  for (const e of t.events) {
    lines.push(describeEvent(e));
    for (const r of e.reports) {
      const restated = r.restated ? ' (restated)' : '';
      lines.push(`    ${r.date} ${r.outlet ?? ''} <${r.url}>${restated}: "${r.quote}"`);
    }
    const clashes = t.contradictions.filter((c) => c.later.eventId === e.id);
    for (const c of clashes) lines.push(`    ! contradicts ${ref(c.earlier)} (${REASON[c.reason]})`);
    for (const k of t.confirmations.filter((x) => x.confirmedBy.eventId === e.id)) {
      lines.push(`    = confirms ${ref(k.claim)}`);
    }
  }
  return lines;
}
