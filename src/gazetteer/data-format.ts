/**
 * The committed gazetteer file (data/gazetteer/places.json.gz), written by
 * src/tools/build-gazetteer.ts and read by `loadGazetteer`. Columnar arrays keep it small and
 * quick to parse; names are stored already folded (`keys`) so loading does no text work.
 */
import { z } from 'zod';

/** Bumped whenever the folding or the layout changes: an old file is then refused at load. */
export const FORMAT_VERSION = 4;

/** How an alias was obtained; lower is more trustworthy. */
export const AliasKind = {
  canonical: 0,
  official: 1,
  derived: 2,
  geonames: 3,
  guessed: 4,
} as const;

const endingRule = z.object({ id: z.string(), ending: z.string(), replace: z.string().optional(), reason: z.string() });

/** Schema of data/gazetteer/inflection.json (also embedded in the built file). */
export const inflectionSchema = z.object({
  about: z.string().optional(),
  minStem: z.number().int().min(1),
  nominal: z.array(endingRule),
  oblique: z.array(endingRule),
  variants: z.array(z.object({ id: z.string(), from: z.string(), to: z.string(), reason: z.string() })),
});

const num = z.number().nullable();

/**
 * Schema of the built file. Long string columns are single strings joined by newlines (JSON
 * parses one long string far faster than 30,000 short ones); `postings` lines are
 * comma-separated base-36 numbers `placeIndex * 8 + aliasKind`, decoded on use.
 */
export const gazetteerFileSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  built: z.string(),
  sources: z.array(z.string()),
  inflection: inflectionSchema,
  oblasts: z.array(z.string()),
  raions: z.array(z.string()),
  /** Per raion index: the raion's own local (Cyrillic) name, for matching "Покровського району". */
  raionsLocal: z.array(z.string()),
  places: z.object({
    id: z.string(),
    name: z.string(),
    local: z.string(),
    ru: z.string(),
    oblast: z.array(z.number().int()),
    raion: z.array(z.number().int()),
    type: z.string(),
    lat: z.array(num),
    lon: z.array(num),
    population: z.array(num),
    prominent: z.array(z.number().int()),
    osmCoords: z.array(z.number().int()),
  }),
  keys: z.string(),
  display: z.string(),
  postings: z.string(),
});

/** What is validated in full at load: everything but the long numeric columns. */
export const gazetteerHeaderSchema = gazetteerFileSchema.extend({
  places: gazetteerFileSchema.shape.places.pick({ id: true, name: true, local: true, ru: true, type: true }),
});

/** The parsed built file. */
export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
export type InflectionFile = z.infer<typeof inflectionSchema>;

/** One-letter type codes of `places.type`. */
export const TYPE_CODES = { c: 'city', t: 'town', v: 'village', o: 'other' } as const;
