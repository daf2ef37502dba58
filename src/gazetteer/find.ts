/**
 * `findMentions`: scan once, pick anchors (places named unambiguously), then score every hit
 * against the oblasts, raions and anchors of the text (and of `options.context` when a caller
 * passes one sentence at a time but wants the article as context).
 */
import type { GazetteerModel } from './model.ts';
import { scanText, type Hit, type ScanResult } from './scan.ts';
import { toMention, type Anchor, type Context } from './score.ts';
import type { FindOptions, Mention } from './types.ts';

/** `uk` or `ru` from the letters only one of the two alphabets has; undefined when unclear. */
export function detectLang(text: string): string | undefined {
  const uk = (text.match(/[іїєґІЇЄҐ]/g) ?? []).length;
  const ru = (text.match(/[ыэёъЫЭЁЪ]/g) ?? []).length;
  if (uk === 0 && ru === 0) return undefined;
  return uk >= ru ? 'uk' : 'ru';
}

/**
 * Places named clearly (accepted, confident, not ambiguous, well ahead of the runner-up).
 * `local` anchors (from the caller's context text) count as near whatever their position.
 */
function anchorsOf(m: GazetteerModel, hits: readonly Hit[], ctx: Context, local: boolean): Anchor[] {
  const anchors: Anchor[] = [];
  for (const hit of hits) {
    const mention = toMention(m, hit, ctx);
    if (!mention || mention.confidence < 0.7 || mention.ambiguous) continue;
    const [a, b] = mention.candidates;
    if (b && a!.score - b.score < 0.3) continue;
    anchors.push({ place: mention.place, folded: hit.folded, sentence: hit.sentence, local });
  }
  return anchors;
}

/** Finds every settlement mention of `text`; offsets are relative to `text`. */
export function findMentions(m: GazetteerModel, text: string, options: FindOptions = {}): Mention[] {
  const own = scanText(m, text);
  const extra: ScanResult | undefined = options.context ? scanText(m, options.context) : undefined;
  const lang = options.lang === 'uk' || options.lang === 'ru' ? options.lang : detectLang(options.context ?? text);
  const oblasts = new Set([...own.oblasts, ...(extra?.oblasts ?? [])]);
  const raions = new Set([...own.raions, ...(extra?.raions ?? [])]);
  const areas = [...own.areas, ...(extra?.areas ?? []).map((a) => ({ ...a, local: true }))];
  const first: Context = { oblasts, raions, anchors: [], areas, lang };
  const anchors = [...anchorsOf(m, own.hits, first, false), ...anchorsOf(m, extra?.hits ?? [], first, true)];
  const ctx: Context = { ...first, anchors };
  const out: Mention[] = [];
  for (const hit of own.hits) {
    const mention = toMention(m, hit, ctx);
    if (mention) out.push(mention);
  }
  return out;
}
