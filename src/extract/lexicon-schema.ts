/**
 * The shapes of the per-language lexicon files in data/lexicon/<lang>/. Every entry has an `id`,
 * a `reason` and `phrases` in the phrase syntax of phrase-trie.ts. Each file is optional, so a
 * language can be added one file at a time.
 */
import { z } from 'zod';
import { EntryBase } from '../text/lexicon-file.ts';

const Phrases = z.array(z.string().min(1)).min(1);
const Side = z.enum(['ru', 'ua']);
const PhraseEntry = EntryBase.extend({ phrases: Phrases });

/**
 * Controller cues. `effect`: take (the actor now holds the place), lose (the actor left it: the
 * other side holds it), hold (the actor holds it), contested (fighting over it), repel (the actor
 * beat off an attack on it: the actor holds it). `side` fixes the actor when the phrase names it
 * ("under Russian control"). `attempt`: what "trying to <cue>" means: drop (a goal) or keep as
 * contested (fighting under way). `disputes`: the wording rejects the other side's claim.
 */
export const CueEntry = PhraseEntry.extend({
  effect: z.enum(['take', 'lose', 'hold', 'contested', 'repel']),
  side: Side.optional(),
  scope: z.enum(['full', 'partial']).optional(),
  attempt: z.enum(['drop', 'contested']).optional(),
  disputes: z.boolean().optional(),
  /** The actor usually comes after the phrase ("fell to Russian forces", "retaken by Ukraine"). */
  actorAfter: z.boolean().optional(),
  /** The actor is named before the verb or, when none is, right after it ("Торецк удерживают Силы обороны"). */
  actorEitherSide: z.boolean().optional(),
  /** Wins over other cues of the clause ("the assault on X was repelled": repel, not assault). */
  priority: z.number().int().optional(),
  /** A capture named as a noun ("the fall of X"): a following modal makes it hypothetical. */
  nominal: z.boolean().optional(),
  /** The actor is the attacker: unnamed, it is the speaker's opponent ("the attack failed"). */
  attackerIsActor: z.boolean().optional(),
  /** The phrase itself negates the cue ("failed to take", "never captured"). */
  negated: z.boolean().optional(),
  /** The actor when the text names none and the speaker is neutral ("occupied" is said of Russia). */
  defaultSide: Side.optional(),
});

/**
 * Wording that makes a nearby cue or place no claim: `drop-cue` (goals, orders, forecasts: the
 * next cue is not a claim), `attempt` ("trying to": see CueEntry.attempt), `keep` ("managed to":
 * the next cue happened, whatever other phrase governs it), `drop-before` (a modal or goal after
 * a nominal cue: "the fall of X would…"), `vicinity` (the
 * next place is only a reference point: "10 km from", "near", "west of"), `place-suffix` (the
 * place name before it names an area, not the settlement: "Kupiansk district", "Pokrovsk axis"),
 * `unit-name` (a unit, call sign or facility word: the name right after it, or a quoted name
 * right before it, is that unit's name, not a place: "группировка «Днепр»", "«Южной» группировки"),
 * `region-name` (the phrase names a region with a city's name: "на Запоріжжі" is the oblast).
 */
export const NotClaimEntry = PhraseEntry.extend({
  effect: z.enum(['drop-cue', 'drop-before', 'attempt', 'keep', 'vicinity', 'place-suffix', 'unit-name', 'region-name']),
  /** How many tokens may stand between this phrase and the cue it governs (default 3). */
  within: z.number().int().min(0).optional(),
});

/** Part-of-town or whole-town wording. */
export const ScopeEntry = PhraseEntry.extend({ scope: z.enum(['full', 'partial']) });

/**
 * Words naming a side as actor ("Russian troops", "Kyiv's forces"); `speaker` = the claimant's own
 * side ("its forces", "our units"); `opponent` = the other side ("the enemy"); `previous` = the
 * side named last before it ("they"); `none` swallows a
 * side word that only describes a place ("the Ukrainian city of").
 */
export const SideEntry = PhraseEntry.extend({ side: z.enum(['ru', 'ua', 'speaker', 'opponent', 'previous', 'none']) });

/** Speakers and bodies. `inherit`: a generic subject ("the ministry", "he") that refers to the previous speaker. */
export const ClaimantEntry = PhraseEntry.extend({
  claimant: z.enum(['ru', 'ua', 'independent', 'inherit']),
  source: z.string().nullable().optional(),
  /** For `inherit`: the claimant when there is no earlier speaker. */
  fallback: z.enum(['ru', 'ua', 'independent']).optional(),
  /** First-person troops ("наши штурмовики"): a sentence with no speech verb is this side's voice. */
  firstPerson: z.boolean().optional(),
});

/**
 * Attribution wording. `verb`: a speech verb ("said", "claimed", "according to"); `subjectAfter`
 * when the speaker may follow it ("said Trehubov", "according to DeepState"). `denial`: the
 * speaker rejects what follows ("dismissed as false", "denied"). `participle`: "saying", "adding"
 * — a speech verb without a subject of its own, governed by the sentence's main speaker.
 * `report-noun`: "a report by X", "claims that" — attributes like a verb but does not end the
 * reach of a denial ("dismissed as false a report that…").
 */
export const SpeechEntry = PhraseEntry.extend({
  kind: z.enum(['verb', 'denial', 'participle', 'report-noun']),
  subjectAfter: z.boolean().optional(),
  /** The speaker always follows ("according to X"); else a following speaker must end the clause ("…, said Trehubov."). */
  speakerFollows: z.boolean().optional(),
});

/** Plain phrase lists: hedges, historical cues. */
export const PlainEntry = PhraseEntry;

/**
 * Small grammar words. `negation` flips the next cue; `clause-break` separates clauses;
 * `anaphor` stands for the last named place ("the city", "its outskirts"); `object-anaphor` does
 * so only right next to a cue ("retook it"); `inclusive` cancels a vicinity word ("in and
 * around X" is about X); `conjunction` ("and", "or") and `list-join` ("the villages of") join
 * names of one list;
 * `temporal-link` ("when") ties a clause to the date of the clause before it;
 * `designator` introduces a name ("the village of X", not an anaphor); `abbreviation` is a word
 * that ends with a full stop inside a sentence; `back-reference` opens a sentence that names the
 * speaker of the sentence before it ("Про це повідомляє X.", "Об этом сообщил X."); `continuation`
 * opens a sentence that goes on in the previous speaker's voice ("Кроме того, …", "In addition, …");
 * `summary-source` in an article's lead names the summary it reproduces ("йдеться у зведенні").
 */
export const ContextEntry = PhraseEntry.extend({
  kind: z.enum(['negation', 'clause-break', 'anaphor', 'object-anaphor', 'inclusive', 'conjunction', 'list-join', 'designator', 'temporal-link', 'abbreviation', 'back-reference', 'continuation', 'summary-source']),
  /** A clause-break that opens a clause about the place of the clause before ("…, while", ", где"). */
  carriesPlace: z.boolean().optional(),
});

/** Date words: month names (value 1–12), weekdays (value 0 = Sunday), relative days (value = offset), end-of / start-of month. */
export const DateEntry = PhraseEntry.extend({
  kind: z.enum(['month', 'weekday', 'relative', 'end-of', 'start-of', 'since']),
  value: z.number().int(),
});

export type CueEntry = z.infer<typeof CueEntry>;
export type NotClaimEntry = z.infer<typeof NotClaimEntry>;
export type ScopeEntry = z.infer<typeof ScopeEntry>;
export type SideEntry = z.infer<typeof SideEntry>;
export type ClaimantEntry = z.infer<typeof ClaimantEntry>;
export type SpeechEntry = z.infer<typeof SpeechEntry>;
export type PlainEntry = z.infer<typeof PlainEntry>;
export type ContextEntry = z.infer<typeof ContextEntry>;
export type DateEntry = z.infer<typeof DateEntry>;
