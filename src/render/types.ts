import type { Claimant, Controller, Scope } from '../domain/claim.ts';

/** UI language of a picture's text. */
export type PictureLang = 'en' | 'uk';

/**
 * What the map says about a settlement: who the latest claims give it to (`ru`, `ua`),
 * fought over (`contested`), an open contradiction (`disputed`), or nothing known (`unknown`).
 */
export type MapStatus = 'ru' | 'ua' | 'contested' | 'disputed' | 'unknown';

export const MAP_STATUSES: readonly MapStatus[] = ['ru', 'ua', 'contested', 'disputed', 'unknown'];

/** One settlement on the map. */
export interface MapPoint {
  /** The label drawn beside the mark, already in the user's language. */
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly status: MapStatus;
  /** The other side conceded the latest claim: drawn as a dark ring around the mark. */
  readonly confirmed?: boolean;
  /** A place the user asked for, drawn larger and labelled first; neighbours are not. */
  readonly primary?: boolean;
}

/** Everything a map picture shows. */
export interface MapInput {
  readonly points: readonly MapPoint[];
  readonly lang: PictureLang;
  /** The date the picture describes (`YYYY-MM-DD`), printed in the title line. */
  readonly date: string;
  /** Overrides the default title ("Followed places"). */
  readonly title?: string;
}

/** One claim event on the history chart. */
export interface HistoryEvent {
  readonly id: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly claimant: Claimant;
  readonly controller: Controller;
  readonly scope: Scope;
  readonly hedged: boolean;
  /** The other side conceded it. */
  readonly confirmed: boolean;
}

/** A contradiction between two events of the chart, by their ids. */
export interface HistoryLink {
  readonly earlierId: string;
  readonly laterId: string;
}

/** Everything a history chart shows. */
export interface HistoryChartInput {
  /** The place's name in the user's language. */
  readonly place: string;
  readonly events: readonly HistoryEvent[];
  readonly contradictions: readonly HistoryLink[];
  readonly lang: PictureLang;
}

/** Size of the picture in pixels. */
export interface PictureSize {
  readonly width: number;
  readonly height: number;
}
