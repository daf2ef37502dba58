// Greedy label placement: each label tries a few spots around its mark and takes the first one
// that stays in the frame and overlaps nothing placed before; a label with no free spot is left out.
import { textWidth } from './svg.ts';
import type { Frame } from './projection.ts';

/** An axis-aligned box in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A label to place beside a mark at (x, y) of radius r. */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly text: string;
  readonly fontSize: number;
}

/** Where a label went: its text baseline origin and anchor. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly text: string;
  readonly fontSize: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, f: Frame): boolean {
  return a.x >= f.x && a.y >= f.y && a.x + a.width <= f.x + f.width && a.y + a.height <= f.y + f.height;
}

function candidates(req: LabelRequest): Array<{ box: Box; label: PlacedLabel }> {
  const w = textWidth(req.text, req.fontSize);
  const h = req.fontSize * 1.2;
  const gap = req.r + 4;
  const base = { text: req.text, fontSize: req.fontSize };
  const spot = (bx: number, by: number, anchor: PlacedLabel['anchor'], lx: number) => ({
    box: { x: bx, y: by, width: w, height: h },
    label: { ...base, x: lx, y: by + req.fontSize * 0.95, anchor },
  });
  return [
    spot(req.x + gap, req.y - h / 2, 'start', req.x + gap),
    spot(req.x - gap - w, req.y - h / 2, 'end', req.x - gap),
    spot(req.x - w / 2, req.y - gap - h, 'middle', req.x),
    spot(req.x - w / 2, req.y + gap, 'middle', req.x),
    spot(req.x + gap * 0.7, req.y - gap * 0.7 - h, 'start', req.x + gap * 0.7),
    spot(req.x + gap * 0.7, req.y + gap * 0.7, 'start', req.x + gap * 0.7),
    spot(req.x - gap * 0.7 - w, req.y - gap * 0.7 - h, 'end', req.x - gap * 0.7),
    spot(req.x - gap * 0.7 - w, req.y + gap * 0.7, 'end', req.x - gap * 0.7),
  ];
}

/** The boxes taken so far on a picture; labels are added one by one, most important first. */
export class LabelBoard {
  private readonly taken: Box[];
  constructor(
    private readonly frame: Frame,
    obstacles: readonly Box[],
  ) {
    this.taken = [...obstacles];
  }

  /** Takes the box if it is in the frame and free; says whether it did. */
  claim(box: Box, ignore?: (b: Box) => boolean): boolean {
    if (!inside(box, this.frame)) return false;
    if (this.taken.some((b) => !ignore?.(b) && overlaps(b, box))) return false;
    this.taken.push(box);
    return true;
  }

  /** Puts a label at the first free spot around its mark, or returns null. */
  place(req: LabelRequest): PlacedLabel | null {
    // A label never counts its own mark as an obstacle.
    const own = (b: Box) => b.x + b.width / 2 === req.x && b.y + b.height / 2 === req.y;
    for (const c of candidates(req)) if (this.claim(c.box, own)) return c.label;
    return null;
  }
}

/**
 * Places labels in the order given (most important first). `obstacles` are boxes no label may
 * cover (marks, legend, scale bar). Returns one entry per request, `null` for a label left out.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: Frame,
  obstacles: readonly Box[],
): Array<PlacedLabel | null> {
  const board = new LabelBoard(frame, obstacles);
  return requests.map((req) => board.place(req));
}
