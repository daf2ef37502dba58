import type { Claimant } from '../domain/claim.ts';
import type { State } from './rules.ts';

const SIDE: Record<Claimant, string> = { ru: 'Russia', ua: 'Ukraine', independent: 'Independent sources' };

/** "Russia", "Ukraine", "Independent sources". */
export function sideName(c: Claimant): string {
  return SIDE[c];
}

/** A claimed state in plain English ("under Russian control", "partly under Ukrainian control"). */
export function describeState(s: State): string {
  if (s.controller === 'contested') return 'contested (fighting in or around it)';
  const who = s.controller === 'ru' ? 'Russian' : 'Ukrainian';
  return s.scope === 'full' ? `under ${who} control` : `partly under ${who} control`;
}
