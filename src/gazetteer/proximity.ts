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
  private readonly slotOf: Int32Array;
  /** Candidate place → distance to each slot (NaN without coordinates). */
  private readonly distances = new Map<number, Float64Array>();
  /** Best nearness of each slot's anchors to `nearFor` (-1: every anchor of the slot is skipped). */
  private readonly near: Float64Array;
  private nearFor: Position | undefined;
  /** Nearest anchor distance found by the last `bonus` call (Infinity when none). */
  km = Infinity;

  constructor(
    private readonly table: PlaceTable,
    private readonly anchors: readonly Anchor[],
  ) {
    const slots = new Map<number, number>();
    this.slotOf = new Int32Array(anchors.length);
    for (let a = 0; a < anchors.length; a++) {
      const idx = anchors[a]!.idx;
      let slot = slots.get(idx);
      if (slot === undefined) {
        slot = this.slotPlace.length;
        slots.set(idx, slot);
        this.slotPlace.push(idx);
      }
      this.slotOf[a] = slot;
    }
    this.near = new Float64Array(this.slotPlace.length);
  }

  /** Anchors with the hit's own written name never count (a name does not support itself). */
  private prepare(hit: Position): void {
    if (this.nearFor === hit) return;
    this.nearFor = hit;
    this.near.fill(-1);
    for (let a = 0; a < this.anchors.length; a++) {
      const anchor = this.anchors[a]!;
      if (anchor.folded === hit.folded) continue;
      const n = nearness(anchor, hit);
      const slot = this.slotOf[a]!;
      if (n > this.near[slot]!) this.near[slot] = n;
    }
  }

  private distancesOf(idx: number): Float64Array {
    let d = this.distances.get(idx);
    if (!d) {
      d = new Float64Array(this.slotPlace.length);
      for (let s = 0; s < d.length; s++) d[s] = distanceBetween(this.table, idx, this.slotPlace[s]!);
      this.distances.set(idx, d);
    }
    return d;
  }

  /** Distance bonus of candidate place `idx` for `hit`; sets `km` to the nearest anchor's distance. */
  bonus(idx: number, hit: Position): number {
    let km = Infinity;
    let bonus = 0;
    if (this.slotPlace.length > 0) {
      this.prepare(hit);
      const dist = this.distancesOf(idx);
      for (let s = 0; s < dist.length; s++) {
        const n = this.near[s]!;
        const d = dist[s]!;
        if (n < 0 || this.slotPlace[s] === idx || d !== d) continue; // d !== d: no coordinates
        if (d < km) km = d;
        const b = band(d) * n;
        if (b > bonus) bonus = b;
      }
    }
    this.km = km;
    return bonus;
  }
}
