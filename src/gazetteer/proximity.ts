/**
 * Distance evidence for one `findMentions` call: how close each candidate lies to the places
 * the text names clearly (the anchors). Anchors naming the same place share one "slot", so a
 * candidate's distances are computed once per call per distinct anchor place, not once per
 * mention and anchor.
 */
import { distanceBetween, type PlaceTable } from './places.ts';

/** A place named clearly in the text; `local` anchors (from the caller's context text) are near every hit. */
export interface Anchor {
  /** Place index. */
  readonly idx: number;
  readonly folded: string;
  readonly sentence: number;
  readonly local: boolean;
}

/** Where a hit stands in the text (what `nearness` needs). */
export interface Position {
  readonly folded: string;
  readonly sentence: number;
}

/** How much evidence from another sentence counts: same sentence 1, next to it 0.6, farther 0.35. */
export function nearness(a: { sentence: number; local?: boolean }, hit: Position): number {
  if (a.local === true) return 1;
  const d = Math.abs(a.sentence - hit.sentence);
  return d === 0 ? 1 : d === 1 ? 0.6 : 0.35;
}

/** Marks a slot whose anchors are written in more than one way (one of them always differs from the hit). */
const MANY = '\u0000many';

function countsFor(name: string | undefined, folded: string): boolean {
  return name !== undefined && (name === MANY || name !== folded);
}

/** Index of the first anchor (sorted by sentence) with sentence >= `sentence`. */
function firstAtOrAfter(list: readonly Anchor[], sentence: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distances are never negative: marks one not computed yet. */
const UNKNOWN = -1;
/** Kilometres per degree of latitude in `distanceBetween` (Earth radius 6371 km). */
const KM_PER_DEGREE = (6371 * Math.PI) / 180;
/** Beyond this no band gives a bonus. */
const FAR_BAND_KM = 60;

function band(km: number): number {
  return km <= 15 ? 0.5 : km <= 30 ? 0.35 : km <= 60 ? 0.15 : 0;
}

/**
 * Distance bonus and nearest distance of candidates against a fixed list of anchors. The bonus
 * is the best `band(km) * nearness` over the anchors; since `band` is the same for every anchor
 * of one place, it is `band(km)` times the best nearness among that place's anchors.
 */
export class Proximity {
  /** Slot → place index of the anchors. */
  private readonly slotPlace: number[] = [];
  /**
   * Per slot, the written name of its far (other-sentence) anchors: the name when they all share
   * one, MANY when they differ, undefined when there are none. Likewise for local anchors.
   */
  private readonly farName: (string | undefined)[] = [];
  private readonly localName: (string | undefined)[] = [];
  /** Non-local anchors sorted by sentence, for the ones within a sentence of a hit. */
  private readonly bySentence: Anchor[];
  private readonly slotBySentence: number[];
  /** Latitude of each slot's place. */
  private readonly slotLat: number[];
  /** Candidate place → offset of its row in `dist`: distance to each slot (NaN without coordinates). */
  private readonly rows = new Map<number, number>();
  private readonly dist: number[] = [];
  /** Best nearness of each slot's anchors to `nearFor` (-1: every anchor of the slot is skipped). */
  private readonly near: number[];
  private nearFor: Position | undefined;

  constructor(
    private readonly table: PlaceTable,
    anchors: readonly Anchor[],
  ) {
    const slots = new Map<number, number>();
    // Plain arrays throughout: per-call typed arrays over 64 bytes live outside the heap and are slow to collect.
    const slotOf: number[] = [];
    for (let a = 0; a < anchors.length; a++) {
      const { idx, folded, local } = anchors[a]!;
      let slot = slots.get(idx);
      if (slot === undefined) {
        slot = this.slotPlace.length;
        slots.set(idx, slot);
        this.slotPlace.push(idx);
        this.farName.push(undefined);
        this.localName.push(undefined);
      }
      slotOf.push(slot);
      const names = local ? this.localName : this.farName;
      const seen = names[slot];
      names[slot] = seen === undefined || seen === folded ? folded : MANY;
    }
    this.bySentence = [];
    this.slotBySentence = [];
    this.near = [];
    this.slotLat = [];
    // Anchors arrive in text order, so this is sorted already; the insertion keeps it so whatever the order.
    for (let a = 0; a < anchors.length; a++) {
      if (anchors[a]!.local) continue;
      let at = this.bySentence.length;
      this.bySentence.push(anchors[a]!);
      this.slotBySentence.push(slotOf[a]!);
      while (at > 0 && this.bySentence[at - 1]!.sentence > anchors[a]!.sentence) {
        this.bySentence[at] = this.bySentence[at - 1]!;
        this.slotBySentence[at] = this.slotBySentence[at - 1]!;
        at--;
      }
      this.bySentence[at] = anchors[a]!;
      this.slotBySentence[at] = slotOf[a]!;
    }
    for (const idx of this.slotPlace) {
      this.near.push(-1);
      this.slotLat.push(table.lat[idx]!);
    }
  }

  /**
   * Best nearness per slot for a hit, skipping anchors of the hit's own written name (a name
   * does not support itself). Local anchors count 1, anchors in another sentence at least 0.35,
   * so only the anchors within one sentence of the hit need a look of their own.
   */
  private prepare(hit: Position): void {
    if (this.nearFor === hit) return;
    this.nearFor = hit;
    for (let s = 0; s < this.near.length; s++) {
      this.near[s] = countsFor(this.localName[s], hit.folded) ? 1 : countsFor(this.farName[s], hit.folded) ? 0.35 : -1;
    }
    const list = this.bySentence;
    for (let k = firstAtOrAfter(list, hit.sentence - 1); k < list.length && list[k]!.sentence <= hit.sentence + 1; k++) {
      const anchor = list[k]!;
      if (anchor.folded === hit.folded) continue;
      const n = nearness(anchor, hit);
      const slot = this.slotBySentence[k]!;
      if (n > this.near[slot]!) this.near[slot] = n;
    }
  }

  /** Offset of place `idx`'s row in `dist`, made on first use (every entry UNKNOWN). */
  private rowOf(idx: number): number {
    let row = this.rows.get(idx);
    if (row === undefined) {
      row = this.rows.size * this.slotPlace.length;
      this.rows.set(idx, row);
      for (let s = 0; s < this.slotPlace.length; s++) this.dist.push(UNKNOWN);
    }
    return row;
  }

  /** Distance from place `idx` (row `row`) to slot `s`, computed once per call. */
  private distance(idx: number, row: number, s: number): number {
    let d = this.dist[row + s]!;
    if (d === UNKNOWN) {
      d = distanceBetween(this.table, idx, this.slotPlace[s]!);
      this.dist[row + s] = d;
    }
    return d;
  }

  /**
   * Distance bonus of candidate place `idx` for `hit`: the best `band(km) * nearness`. Slots
   * more than 60 km away in latitude alone add nothing, so their distance is not computed.
   */
  bonus(idx: number, hit: Position): number {
    if (this.slotPlace.length === 0) return 0;
    this.prepare(hit);
    const row = this.rowOf(idx);
    const lat = this.table.lat[idx]!;
    let bonus = 0;
    for (let s = 0; s < this.slotPlace.length; s++) {
      const n = this.near[s]!;
      if (n < 0 || this.slotPlace[s] === idx) continue;
      // Latitude alone puts it beyond every band (1 km spare for rounding); NaN compares false.
      if (Math.abs(this.slotLat[s]! - lat) * KM_PER_DEGREE > FAR_BAND_KM + 1) continue;
      const d = this.distance(idx, row, s);
      if (d !== d) continue; // NaN: no coordinates
      const b = band(d) * n;
      if (b > bonus) bonus = b;
    }
    return bonus;
  }

  /** Distance to the nearest anchor that counts for `hit` (Infinity when none). */
  nearestKm(idx: number, hit: Position): number {
    if (this.slotPlace.length === 0) return Infinity;
    this.prepare(hit);
    const row = this.rowOf(idx);
    let km = Infinity;
    for (let s = 0; s < this.slotPlace.length; s++) {
      if (this.near[s]! < 0 || this.slotPlace[s] === idx) continue;
      const d = this.distance(idx, row, s);
      if (d < km) km = d; // NaN compares false
    }
    return km;
  }
}
