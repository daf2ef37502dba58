/**
 * Per-place timelines: the same claim reported by many outlets collapses into one event;
 * events that cannot both be true are contradictions (CLAIMS.md), a side conceding the other's
 * claim is a confirmation, and a place's status sums it up. Plain readonly data, no behaviour.
 */
import type { IsoDate } from './article.ts';
import type { Claim, Claimant, Controller, Scope } from './claim.ts';

/** A moment as an ISO 8601 UTC timestamp (`2025-11-20T08:15:00.000Z`). */
export type Timestamp = string;

/** One article's report of a claim: where it was said, when, and in which words. */
export interface ClaimReport {
  /** Store id of the article, when the claim came from the store. */
  readonly articleId?: number;
  /** Store id of the claim row, when the claim came from the store. */
  readonly claimId?: number;
  readonly url: string;
  readonly outlet: string | null;
  /** The article's publication date, when known (orders articles; CLAIMS.md). */
  readonly published: IsoDate | null;
  /** When the claim was made (CLAIMS.md `date`). */
  readonly date: IsoDate;
  readonly source: string | null;
  readonly quote: string;
  readonly hedged: boolean;
  readonly disputes: boolean;
  /** A background re-report of an older claim ("claimed at the end of November…"). */
  readonly restated: boolean;
  /** When frontline first stored this report. */
  readonly firstSeenAt: Timestamp;
}

/** Every report of one claim (same place, controller, scope and claimant, dates a few days apart). */
export interface ClaimEvent {
  /** Stable id: `ev-` + the id (or url) of the event's earliest claim. */
  readonly id: string;
  readonly placeId: string;
  readonly place: string;
  readonly oblast: string;
  readonly controller: Controller;
  readonly scope: Scope;
  readonly claimant: Claimant;
  /** Oldest first (by claim date, then article order). */
  readonly reports: readonly ClaimReport[];
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** Every report doubts it ("if confirmed", "could not be verified"). */
  readonly hedged: boolean;
  /** Background about long-past events: never new, never contradicts. */
  readonly historical: boolean;
  /** Earliest `firstSeenAt` of its reports: when the event became known. */
  readonly firstSeenAt: Timestamp;
  /** Latest `firstSeenAt` of its reports: when it last got a new report. */
  readonly updatedAt: Timestamp;
}

/** One side of a contradiction or confirmation: a claim as reported by one article. */
export interface ClaimRef {
  readonly url: string;
  readonly date: IsoDate;
  readonly controller: Controller;
  readonly scope: Scope;
  readonly claimant: Claimant;
  readonly eventId?: string;
  readonly articleId?: number;
  readonly claimId?: number;
  readonly published?: IsoDate | null;
  readonly outlet?: string | null;
  readonly hedged?: boolean;
}

/**
 * Why two claims contradict (CLAIMS.md): different claimants within the window, or the later
 * claim explicitly disputes (denied, "still holds") the earlier one.
 */
export type ContradictionReason = 'conflict-within-window' | 'explicit-dispute';

/** Two claims about one place from two articles whose states cannot both be true. */
export interface Contradiction {
  readonly placeId: string;
  readonly place: string;
  readonly oblast: string;
  /** From the article published first (ties broken by url). */
  readonly earlier: ClaimRef;
  readonly later: ClaimRef;
  readonly reason: ContradictionReason;
  /** When both claims were known, i.e. when frontline could first see the contradiction. */
  readonly firstSeenAt: Timestamp;
}

/** One side's claim conceded by the other side (Russia claims Avdiivka; Ukraine says it withdrew). */
export interface Confirmation {
  readonly placeId: string;
  readonly place: string;
  readonly oblast: string;
  readonly controller: Controller;
  /** The earlier of the two agreeing events. */
  readonly claim: ClaimRef;
  /** The other side's agreeing event. */
  readonly confirmedBy: ClaimRef;
  readonly firstSeenAt: Timestamp;
}

/** Who holds a place as far as the claims go. */
export type Consensus = 'ru' | 'ua' | 'contested' | 'disputed' | 'unknown';

/**
 * Analyst-style standing of the current claims: one side only, the sides disagree,
 * both sides agree, or both say it is being fought over.
 */
export type Standing = 'claimed-by-one-side' | 'disputed' | 'confirmed-by-both-sides' | 'contested' | 'unknown';

/** A change of control: the first event of the latest run of a different full-scope controller. */
export interface ControlChange {
  readonly from: Controller | null;
  readonly to: Controller;
  readonly date: IsoDate;
  readonly eventId: string;
  readonly claimant: Claimant;
}

/** The summary `status PLACE` and the bot show. */
export interface PlaceStatus {
  readonly placeId: string;
  readonly place: string;
  readonly oblast: string;
  /** The latest current (non-historical) event of each claimant. */
  readonly latestBySide: {
    readonly ru?: ClaimEvent;
    readonly ua?: ClaimEvent;
    readonly independent?: ClaimEvent;
  };
  readonly consensus: Consensus;
  readonly standing: Standing;
  /** Short English sentence for people ("Russia claims it; Ukraine disputes it"). */
  readonly label: string;
  readonly lastChange: ControlChange | null;
  /**
   * Contradictions that involve a side's latest event, both claims within the window of `asOf`,
   * whose two claimants' latest events still conflict; newest first.
   */
  readonly openContradictions: readonly Contradiction[];
  /** Each side's latest event is conceded by the other side. */
  readonly confirmed: { readonly ru: boolean; readonly ua: boolean };
  /** Claimants whose latest event is hedged in the text itself. */
  readonly hedged: readonly Claimant[];
  /** Latest claim date of any event (null when there are none). */
  readonly asOf: IsoDate | null;
}

/** Everything known about one place: its events, contradictions, confirmations and status. */
export interface PlaceTimeline {
  readonly placeId: string;
  /** Oldest first. */
  readonly events: readonly ClaimEvent[];
  readonly contradictions: readonly Contradiction[];
  readonly confirmations: readonly Confirmation[];
  readonly status: PlaceStatus;
}

/** A claim with the article it came from: the input of the timeline builder. */
export interface SourcedClaim {
  readonly claim: Claim;
  readonly articleId?: number;
  readonly claimId?: number;
  readonly outlet: string | null;
  /** The article's publication date; null sorts by claim date. */
  readonly published: IsoDate | null;
  readonly firstSeenAt: Timestamp;
}
