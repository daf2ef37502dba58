/**
 * Readers of the hand-edited JSON files in data/gazetteer/ (inflection, regions, stop-list,
 * cues). Each is validated with zod; an error names the file and the entry.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { inflectionSchema, type InflectionFile } from './data-format.ts';

/** Parses and validates one JSON data file, naming the file and the first bad entry on error. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`, { cause: err });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.join('.');
    const entry = entryId(raw, issue.path);
    throw new Error(`${file}: ${where}${entry ? ` (entry "${entry}")` : ''}: ${issue.message}`);
  }
  return result.data;
}

function entryId(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = raw;
  let id: string | undefined;
  for (const p of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[p];
    const maybe = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof maybe === 'string') id = maybe;
  }
  return id;
}

/** data/gazetteer/inflection.json */
export function readInflectionFile(file: string): InflectionFile {
  return readJsonFile(file, inflectionSchema);
}

const withReason = { id: z.string().min(1), reason: z.string().min(1) };
const wordList = z.object({ ...withReason, words: z.array(z.string()), prefixes: z.array(z.string()).default([]) });

/** data/gazetteer/regions.json: oblast names as they appear in text. */
export const regionsSchema = z.object({
  about: z.string().optional(),
  /** Words after a name that make it a region: "region", "oblast", "області", "района". */
  regionWords: z.array(z.string()),
  raionWords: z.array(z.string()),
  conjunctions: z.array(z.string()),
  entries: z.array(
    z.object({
      ...withReason,
      oblast: z.string().min(1),
      /** Names that are a region only when followed by a region word (Kharkiv region, Харківської області). */
      names: z.array(z.string()),
      /** Names that are always the region (Kharkivshchyna, Харківщина, Crimea). */
      standalone: z.array(z.string()),
    }),
  ),
});
export type RegionsFile = z.infer<typeof regionsSchema>;

/** data/gazetteer/stoplist.json: words that are names of places but usually are not. */
export const stoplistSchema = z.object({
  about: z.string().optional(),
  entries: z.array(
    z.object({
      ...withReason,
      when: z.enum(['always', 'sentence-start']).default('always'),
      /** The words are people's names: the next capitalised word is a surname, not a place. */
      person: z.boolean().default(false),
      words: z.array(z.string().min(1)),
    }),
  ),
  notBefore: z.array(wordList),
  notAfter: z.array(wordList),
  /** Small words that may stand between a `notAfter` word and the name. */
  notAfterSkip: wordList,
  /** Titles right before a name that make it a person (General …, мэр …). */
  personBefore: wordList,
  /** Endings of a following word that make a name a first name (patronymics). */
  patronymicEndings: z.object({ ...withReason, endings: z.array(z.string().min(2)) }),
  surnameEndings: z.object({ ...withReason, endings: z.array(z.string().min(2)) }),
});
export type StoplistFile = z.infer<typeof stoplistSchema>;

/** data/gazetteer/cues.json: words before a name that say it is a settlement. */
export const cuesSchema = z.object({
  about: z.string().optional(),
  entries: z.array(
    z.object({
      ...withReason,
      strength: z.enum(['strong', 'weak']),
      placeType: z.enum(['village', 'town', 'city']).optional(),
      words: z.array(z.string().min(1)),
      prefixes: z.array(z.string()).default([]),
    }),
  ),
});
export type CuesFile = z.infer<typeof cuesSchema>;
