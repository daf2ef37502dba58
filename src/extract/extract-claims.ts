/**
 * Article → control claims (CLAIMS.md). The pipeline of pure stages:
 * drop boilerplate → sentences → tokens and lexicon hits → place mentions (gazetteer) →
 * speakers → clauses → dates → per clause: cue + place → controller, scope, claimant, date,
 * hedge, historical → one claim per (place, controller, claimant).
 */
import type { Article, IsoDate } from '../domain/article.ts';
import type { Claim } from '../domain/claim.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { dropBoilerplate } from '../text/boilerplate.ts';
import { splitSentences } from '../text/sentences.ts';
import { readArticle } from './article-reader.ts';
import type { Attribution } from './attribution.ts';
import { detectLanguage } from './language.ts';
import type { Lexicon } from './lexicon.ts';
import { languageLexicon } from './lexicon.ts';
import { outletSide } from './outlet-voice.ts';
import type { SentenceClaim } from './sentence-claims.ts';

/** What extraction needs: the compiled lexicon and the gazetteer's mention finder. */
export interface ExtractDeps {
  readonly lexicon: Lexicon;
  readonly gazetteer: Pick<Gazetteer, 'findMentions' | 'findRegions'>;
  /** Date used when the article has none (the caller's "today"); defaults to 1970-01-01. */
  readonly fallbackDate?: IsoDate;
}

/** Every control claim of an article, one per (place, controller, claimant). */
export function extractClaims(article: Article, deps: ExtractDeps): Claim[] {
  const body = dropBoilerplate(article.body, deps.lexicon.boilerplate);
  const lang = detectLanguage(article.lang, body);
  const lex = languageLexicon(deps.lexicon, lang);
  const published = article.published ?? deps.fallbackDate ?? '1970-01-01';
  const mentions = deps.gazetteer.findMentions(body, { lang });
  if (mentions.length === 0) return [];
  const regions = deps.gazetteer.findRegions(body);
  const outlet = outletVoice(article, deps.lexicon);
  const sentences = splitSentences(body, lex.abbreviations);
  const claims: Claim[] = [];
  for (const { claims: found, quote } of readArticle({ sentences, mentions, regions, lexicon: deps.lexicon, lang, published, outlet })) {
    for (const c of found) claims.push(toClaim(c, article.url, quote));
  }
  return dedupe(claims);
}

function toClaim(c: SentenceClaim, url: string, quote: string): Claim {
  return {
    url,
    place: c.place.name,
    oblast: c.place.oblast,
    placeId: c.place.id,
    controller: c.controller,
    scope: c.scope,
    claimant: c.attribution.claimant,
    source: c.attribution.source,
    date: c.date,
    historical: c.historical,
    hedged: c.hedged,
    disputes: c.disputes,
    quote,
    ruleIds: c.ruleIds,
  };
}

/** One claim per (place, controller, claimant); a current claim wins over a historical one. */
function dedupe(claims: readonly Claim[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.placeId}|${c.controller}|${c.claimant}`;
    const seen = byKey.get(key);
    if (!seen || (seen.historical && !c.historical)) byKey.set(key, c);
  }
  return [...byKey.values()];
}

/** The outlet's own voice: independent, unless the outlet is a party (state media, a ministry, a unit). */
function outletVoice(article: Article, lexicon: Lexicon): Attribution {
  const source = article.outlet ?? 'outlet';
  const party = lexicon.outlets ? outletSide(article, lexicon.outlets) : null;
  return party ? { claimant: party.claimant, source, ruleIds: ['outlet', party.ruleId], verb: null } : { claimant: 'independent', source, ruleIds: ['outlet'], verb: null };
}
