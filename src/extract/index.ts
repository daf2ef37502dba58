/** The claim extractor's public API. */
export { extractClaims } from './extract-claims.ts';
export type { ExtractDeps } from './extract-claims.ts';
export { loadLexicon } from './lexicon.ts';
export type { Lexicon } from './lexicon.ts';
export { toClaimRecord } from './record.ts';
export type { ClaimRecord } from './record.ts';
