/**
 * Fingerprints of an article body for dedup: a content hash of the normalised text (exact
 * copies) and a MinHash signature over word shingles with LSH band keys (near copies: the same
 * agency story syndicated with small edits). Band keys let the store find candidates through an
 * index; the signature then estimates the Jaccard similarity of their shingle sets.
 */
import { createHash } from 'node:crypto';

/** Words per shingle. */
export const SHINGLE_WORDS = 4;
/** Hash functions in a signature; BANDS × ROWS_PER_BAND of them. */
export const SIGNATURE_SIZE = 128;
const ROWS_PER_BAND = 4;
const BANDS = SIGNATURE_SIZE / ROWS_PER_BAND;
/** Below this many shingles a body gets no signature (too short to judge). */
const MIN_SHINGLES = 8;
/** Estimated Jaccard similarity from which two bodies are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/** Body text folded for comparison: lower case, letters and digits only, single spaces. */
export function normaliseForHash(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** sha256 (hex) of the normalised body. */
export function contentHash(body: string): string {
  return createHash('sha256').update(normaliseForHash(body)).digest('hex');
}

function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shingleHashes(normalised: string): Set<number> {
  // Words are hashed once; a shingle's hash chains its words' hashes in order.
  const words = normalised.split(' ').filter(Boolean).map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = mix32(Math.imul(h, 31) + words[i + k]!);
    out.add(h);
  }
  return out;
}

function signatureOf(normalised: string): Uint32Array | null {
  const shingles = shingleHashes(normalised);
  if (shingles.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(s ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** MinHash signature of a body, or null when it has too few shingles. */
export function minhashSignature(body: string): Uint32Array | null {
  return signatureOf(normaliseForHash(body));
}

/** LSH band keys: band index × 2^32 + a hash of the band's rows (safe integers). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ sig[b * ROWS_PER_BAND + r]!);
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/** Estimated Jaccard similarity of two signatures (share of equal positions). */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n === 0 ? 0 : same / n;
}

/** Content hash, signature and band keys of a (boilerplate-free) body. */
export interface Fingerprint {
  readonly contentHash: string;
  readonly minhash: Uint32Array | null;
  readonly bandKeys: readonly number[];
}

/** Every fingerprint of a body at once. */
export function fingerprint(body: string): Fingerprint {
  const normalised = normaliseForHash(body);
  const minhash = signatureOf(normalised);
  const hash = createHash('sha256').update(normalised).digest('hex');
  return { contentHash: hash, minhash, bandKeys: minhash ? bandKeys(minhash) : [] };
}
