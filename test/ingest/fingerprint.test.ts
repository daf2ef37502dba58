import { describe, expect, it } from 'vitest';
import { bandKeys, contentHash, fingerprint, minhashSignature, NEAR_DUPLICATE_THRESHOLD, normaliseForHash, signatureSimilarity } from '../../src/ingest/fingerprint.ts';

const story = [
  'Ukrainian units pushed back an assault group near the railway station of Kupiansk on Tuesday morning, the regional command said in its evening update.',
  'According to the statement, two armoured vehicles were hit on the northern approach and the remaining infantry withdrew towards the forest belt by the river.',
  'Local officials said about eight hundred civilians remain in the town, most of them elderly people who refused to leave despite daily shelling of the centre.',
  'The command added that small groups keep trying to slip into the districts on the left bank, and that clearing operations there continue around the clock.',
].join('\n\n');

const edited = story
  .replace('on Tuesday morning', 'early on Tuesday')
  .replace('about eight hundred', 'roughly 800')
  .concat('\n\nThis report was updated with comments from local officials.');

const other = [
  'Heavy rain flooded several streets in the port city overnight, and the municipal services pumped water out of basements until the early hours of the day.',
  'The mayor said the drainage system had not been renewed since the nineteen eighties and promised a tender for repairs before the end of the coming summer.',
  'Residents complained on social networks about buses that stopped running and about shops that could not open because of the water standing at the doors.',
].join('\n\n');

describe('fingerprint', () => {
  it('hashes the same text the same way whatever its case, punctuation and spacing', () => {
    expect(normaliseForHash('  Kupiansk — “held”,\n\nsays  ARMY. ')).toBe('kupiansk held says army');
    expect(contentHash('Kupiansk is held.')).toBe(contentHash('kupiansk   IS held'));
    expect(contentHash('Kupiansk is held.')).not.toBe(contentHash('Kupiansk is lost.'));
  });

  it('finds a lightly edited syndicated copy near, and another story far', () => {
    const a = minhashSignature(story)!;
    const b = minhashSignature(edited)!;
    const c = minhashSignature(other)!;
    expect(signatureSimilarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(signatureSimilarity(a, c)).toBeLessThan(0.2);
  });

  it('finds a copy that another outlet re-topped with its own first paragraph and cut at the end', () => {
    const paras = story.split('\n\n');
    const retopped = ['Our correspondent in Kharkiv region adds that the night was unusually quiet after the fighting.', ...paras.slice(0, 3)].join('\n\n');
    expect(signatureSimilarity(minhashSignature(story)!, minhashSignature(retopped)!)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('gives near copies a shared LSH band key, so the store can find them by index', () => {
    const keysA = new Set(bandKeys(minhashSignature(story)!));
    const shared = bandKeys(minhashSignature(edited)!).filter((k) => keysA.has(k));
    expect(shared.length).toBeGreaterThan(0);
    const unrelated = bandKeys(minhashSignature(other)!).filter((k) => keysA.has(k));
    expect(unrelated).toEqual([]);
  });

  it('has no signature for a body too short to judge', () => {
    expect(minhashSignature('Pokrovsk holds.')).toBeNull();
    expect(fingerprint('Pokrovsk holds.')).toMatchObject({ minhash: null, bandKeys: [] });
    expect(fingerprint(story).bandKeys).toHaveLength(32);
    for (const k of fingerprint(story).bandKeys) expect(Number.isSafeInteger(k)).toBe(true);
  });
});
