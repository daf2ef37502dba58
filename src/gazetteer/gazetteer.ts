/**
 * Entry point of the place layer: `loadGazetteer()` reads the committed data file once and
 * returns a `Gazetteer` to pass around (no module-level cache).
 */
export type { Candidate, FindOptions, Gazetteer, Mention, RegionMention, ResolveResult } from './types.ts';
export { loadGazetteer, DEFAULT_GAZETTEER_FILE } from './load.ts';
