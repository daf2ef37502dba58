/**
 * Claims in SQLite. Statements are prepared once; rows become domain objects here and nowhere
 * else. Writes are meant to run inside the caller's (the article's) transaction.
 */
import type { IsoDate } from '../domain/article.ts';
import type { Claim, Claimant, Controller, Scope } from '../domain/claim.ts';
import type { SourcedClaim } from '../domain/timeline.ts';
import type { Db } from './open-database.ts';

interface ClaimRow {
  id: number;
  article_id: number;
  place_id: string;
  place: string;
  oblast: string;
  controller: string;
  scope: string;
  claimant: string;
  source: string | null;
  claim_date: string;
  historical: number;
  hedged: number;
  disputes: number;
  quote: string;
  rule_ids: string;
  first_seen_at: string;
  url: string;
  outlet: string | null;
  published: string | null;
}

const SELECT = `
  SELECT c.*, a.url, a.outlet, a.published
  FROM claims c JOIN articles a ON a.id = c.article_id`;

/** A stored row as the timeline's input (claim + its article). */
export function fromClaimRow(r: ClaimRow): SourcedClaim {
  const claim: Claim = {
    url: r.url,
    place: r.place,
    oblast: r.oblast,
    placeId: r.place_id,
    controller: r.controller as Controller,
    scope: r.scope as Scope,
    claimant: r.claimant as Claimant,
    source: r.source,
    date: r.claim_date as IsoDate,
    historical: r.historical === 1,
    hedged: r.hedged === 1,
    disputes: r.disputes === 1,
    quote: r.quote,
    ruleIds: r.rule_ids === '' ? [] : r.rule_ids.split(' '),
  };
  return {
    claim,
    articleId: r.article_id,
    claimId: r.id,
    outlet: r.outlet,
    published: r.published as IsoDate | null,
    firstSeenAt: r.first_seen_at,
  };
}

/**
 * The insert's named parameters: the claim's own fields bind by name (a key the statement does
 * not use, such as `url`, is ignored), booleans become 0/1 and rule ids one spaced string.
 */
function toParams(articleId: number, c: Claim, firstSeenAt: string): Record<string, unknown> {
  const { historical, hedged, disputes, ruleIds, ...fields } = c;
  return {
    ...fields,
    articleId,
    historical: Number(historical),
    hedged: Number(hedged),
    disputes: Number(disputes),
    ruleIds: ruleIds.join(' '),
    firstSeenAt,
  };
}

/** Claim repository over an open, migrated database. */
export function createClaimRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO claims (article_id, place_id, place, oblast, controller, scope, claimant, source,
                        claim_date, historical, hedged, disputes, quote, rule_ids, first_seen_at)
    VALUES (@articleId, @placeId, @place, @oblast, @controller, @scope, @claimant, @source,
            @date, @historical, @hedged, @disputes, @quote, @ruleIds, @firstSeenAt)
    ON CONFLICT (article_id, place_id, controller, claimant) DO NOTHING`);
  const byPlace = db.prepare<[string], ClaimRow>(`${SELECT} WHERE c.place_id = ? ORDER BY c.claim_date, c.id`);
  const byArticle = db.prepare<[number], ClaimRow>(`${SELECT} WHERE c.article_id = ? ORDER BY c.id`);
  const all = db.prepare<[], ClaimRow>(`${SELECT} ORDER BY a.published, a.url, c.id`);
  const count = db.prepare<[], number>('SELECT count(*) FROM claims').pluck();
  const places = db.prepare<[], { id: string; name: string; oblast: string }>(
    'SELECT place_id AS id, min(place) AS name, min(oblast) AS oblast FROM claims GROUP BY place_id ORDER BY name, id',
  );

  return {
    /**
     * Stores an article's claims (a repeat of the same place/controller/claimant is kept once)
     * and returns the place ids they are about, sorted.
     */
    insertForArticle(articleId: number, claims: readonly Claim[], firstSeenAt: string): string[] {
      for (const c of claims) insert.run(toParams(articleId, c, firstSeenAt));
      return [...new Set(claims.map((c) => c.placeId))].sort();
    },
    /** Every claim about a place, with its article. */
    byPlace: (placeId: string): SourcedClaim[] => byPlace.all(placeId).map(fromClaimRow),
    byArticle: (articleId: number): SourcedClaim[] => byArticle.all(articleId).map(fromClaimRow),
    /** Every claim, in article order (published, then url). */
    *iterateAll(): Generator<SourcedClaim> {
      for (const row of all.iterate()) yield fromClaimRow(row);
    },
    count: (): number => count.get()!,
    /** Every place with at least one claim: gazetteer id, canonical name, oblast. */
    places: (): { id: string; name: string; oblast: string }[] => places.all(),
  };
}

/** The claim repository's type. */
export type ClaimRepo = ReturnType<typeof createClaimRepo>;
