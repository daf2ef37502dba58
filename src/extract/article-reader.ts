/**
 * One article's sentences read in order as one pass would read them, but lazily: claims come only
 * from sentences with a cue, so only those are read in full, plus what they look back at (the
 * speakers of the sentences before, the last named place for an anaphor, the lead for the
 * article's voice, the next sentence for a late attribution). A sentence without a cue anchor
 * (cue-gate.ts) gets no trie pass at all, and one without a speech anchor cannot lend a speaker.
 *
 * The full pass kept a state across sentences: the last main speaker, the date of its claim and
 * the age of both. `stateBefore` derives that state at any sentence from at most the three
 * sentences before it (a speaker is forgotten after SPEAKER_MEMORY sentences without one).
 */
import type { IsoDate } from '../domain/article.ts';
import type { Place } from '../domain/place.ts';
import type { Mention, RegionMention } from '../gazetteer/types.ts';
import { sentenceLanguage } from '../text/detect-language.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { tokenize } from '../text/tokens.ts';
import type { SentenceHits } from './analyse.ts';
import { analyseTokens } from './analyse.ts';
import type { Attribution } from './attribution.ts';
import { findSpeakers, mainAttribution } from './attribution.ts';
import { citedAfter } from './back-reference.ts';
import { splitClauses } from './clauses.ts';
import { lexiconAnchors, mayHold } from './cue-gate.ts';
import { findDates } from './dates.ts';
import { implicitVoice, summaryVoice } from './implicit-voice.ts';
import type { LanguageLexicon, Lexicon } from './lexicon.ts';
import { languageLexicon } from './lexicon.ts';
import type { PlaceRef } from './places.ts';
import { claimablePlaces, lastNamed, mentionTokens, resolveAnaphors } from './places.ts';
import type { SentenceClaim, SpeakerMemory } from './sentence-claims.ts';
import { sentenceClaims } from './sentence-claims.ts';

/** What the reader needs of an article: its sentences, places and lexicons. */
export interface ArticleInput {
  readonly sentences: readonly Sentence[];
  /** Gazetteer mentions and regions with offsets into the article body. */
  readonly mentions: readonly Mention[];
  readonly regions: readonly RegionMention[];
  readonly lexicon: Lexicon;
  readonly lang: string;
  readonly published: IsoDate;
  /** The outlet's own voice. */
  readonly outlet: Attribution;
}

/** The claims of one sentence and the sentence itself (the claims' quote). */
export interface ReadSentence {
  readonly claims: SentenceClaim[];
  readonly quote: string;
}

/** How many sentences a speaker stays in force for pronouns and generic subjects. */
const SPEAKER_MEMORY = 2;
/** How many sentences after a named place an anaphor ("the town") may still refer to it. */
const ANAPHOR_REACH = 3;

interface Analysis {
  readonly lex: LanguageLexicon;
  readonly tokens: Token[];
  readonly hits: SentenceHits;
}

/** What a sentence passes on: its main speaker and its claims (for that speaker's date). */
interface Read {
  readonly main: Attribution | null;
  readonly claims: SentenceClaim[];
}

/** The speaker memory in force when a sentence is read. */
interface Memory {
  readonly previous: Attribution | null;
  readonly previousDate: IsoDate | null;
}

const EMPTY: Memory = { previous: null, previousDate: null };
const NO_CLAIMS: Read = { main: null, claims: [] };

/** The claims of every sentence that has any, in order. */
export function readArticle(input: ArticleInput): ReadSentence[] {
  return new ArticleReader(input).read();
}

class ArticleReader {
  private readonly sentences: readonly Sentence[];
  private readonly mentionsIn: Mention[][];
  private readonly regionsIn: RegionMention[][];
  /** Whether a sentence is near a named place (else it is skipped and resets the speaker). */
  private readonly near: boolean[];
  private readonly lex: LanguageLexicon;
  private readonly tokenMemo: (Token[] | undefined)[] = [];
  private readonly lexMemo: (LanguageLexicon | undefined)[] = [];
  private readonly analysisMemo: (Analysis | undefined)[] = [];
  private readonly cueMemo: (boolean | undefined)[] = [];
  private readonly readMemo: (Read | undefined)[] = [];
  private readonly memoryMemo: (Memory | undefined)[] = [];
  private readonly namedMemo: (PlaceRef[] | undefined)[] = [];
  private voice: Attribution | undefined;

  constructor(private readonly input: ArticleInput) {
    this.sentences = input.sentences;
    this.lex = languageLexicon(input.lexicon, input.lang);
    this.mentionsIn = bySentence(input.mentions, this.sentences);
    this.regionsIn = bySentence(input.regions, this.sentences);
    this.near = nearPlaces(this.mentionsIn);
  }

  read(): ReadSentence[] {
    const out: ReadSentence[] = [];
    for (let i = 0; i < this.sentences.length; i++) {
      if (!this.near[i] || !this.hasCue(i)) continue;
      const { claims } = this.readSentence(i);
      if (claims.length > 0) out.push({ claims, quote: this.sentences[i]!.text });
    }
    return out;
  }

  private tokens(i: number): Token[] {
    return (this.tokenMemo[i] ??= tokenize(this.sentences[i]!.text));
  }

  /** A quotation in another language is read with that language's lexicon. */
  private lexAt(i: number): LanguageLexicon {
    return (this.lexMemo[i] ??= languageLexicon(this.input.lexicon, sentenceLanguage(this.sentences[i]!.text, this.input.lang)));
  }

  private analysis(i: number, lex: LanguageLexicon = this.lexAt(i)): Analysis {
    const seen = this.analysisMemo[i];
    if (seen && seen.lex === lex) return seen;
    const tokens = this.tokens(i);
    const analysis = { lex, tokens, hits: analyseTokens(lex, tokens) };
    // The lead may be read with the article's lexicon too: keep the sentence's own reading.
    if (!seen || lex === this.lexAt(i)) this.analysisMemo[i] = analysis;
    return analysis;
  }

  private hasCue(i: number): boolean {
    return (this.cueMemo[i] ??= mayHold(lexiconAnchors(this.lexAt(i)).cues, this.tokens(i)) && this.analysis(i).hits.cues.length > 0);
  }

  /** What sentence `i` (near a place) passes on; in full for a cue sentence. */
  private readSentence(i: number): Read {
    let read = this.readMemo[i];
    if (read) return read;
    if (this.hasCue(i)) read = this.readClaims(i);
    else if (!mayHold(lexiconAnchors(this.lexAt(i)).mainSpeech, this.tokens(i))) read = NO_CLAIMS;
    else {
      const { tokens, hits } = this.analysis(i);
      read = { main: mainAttribution(findSpeakers(hits, tokens, this.sentences[i]!.text, () => this.memoryBefore(i).previous)), claims: [] };
    }
    this.readMemo[i] = read;
    return read;
  }

  /**
   * The speaker memory before sentence `i`, as the in-order pass leaves it: the main speaker of
   * the last of the three sentences before that has one, unless a sentence far from every place
   * came between (it forgets the speaker; the date goes with the next sentence read).
   */
  memoryBefore(i: number): Memory {
    const seen = this.memoryMemo[i];
    if (seen) return seen;
    let memory = EMPTY;
    for (let j = i - 1; j >= 0 && j >= i - (SPEAKER_MEMORY + 1); j--) {
      if (!this.near[j]) {
        if (j === i - 1) memory = { previous: null, previousDate: this.memoryBefore(j).previousDate };
        break;
      }
      const { main, claims } = this.readSentence(j);
      if (main) {
        memory = { previous: main, previousDate: claims.find((c) => c.attribution === main)?.date ?? null };
        break;
      }
    }
    this.memoryMemo[i] = memory;
    return memory;
  }

  /** The named settlements of sentence `i`. */
  private named(i: number): PlaceRef[] {
    let named = this.namedMemo[i];
    if (named) return named;
    const { tokens, hits } = this.analysis(i);
    const sentence = this.sentences[i]!;
    const between = betweenOf(sentence.text, tokens);
    named = claimablePlaces(mentionTokens(this.mentionsIn[i]!, tokens, sentence.start), this.regionsIn[i]!, hits, between);
    this.namedMemo[i] = named;
    return named;
  }

  /** The last settlement named before sentence `i`. */
  private lastPlaceBefore(i: number): Place | null {
    for (let j = i - 1; j >= 0; j--) {
      if (this.mentionsIn[j]!.length === 0) continue;
      const last = lastNamed(this.named(j));
      if (last) return last;
    }
    return null;
  }

  /** The body whose summary the article reproduces (named in the lead), else the outlet. */
  private articleVoice(): Attribution {
    if (this.voice) return this.voice;
    const anchors = lexiconAnchors(this.lex).summary;
    const lead = Math.min(2, this.sentences.length);
    let summary = false;
    for (let j = 0; j < lead; j++) if (mayHold(anchors, this.tokens(j))) summary = true;
    const texts = this.sentences.map((s) => s.text);
    this.voice = (summary ? summaryVoice(texts, this.lex, (j, lex) => this.analysis(j, lex)) : null) ?? this.input.outlet;
    return this.voice;
  }

  /** The claims of cue sentence `i`. */
  private readClaims(i: number): Read {
    const sentence = this.sentences[i]!;
    const { published } = this.input;
    const { tokens, hits } = this.analysis(i);
    const memory = new CueSentenceMemory(this, i);
    const speakers = findSpeakers(hits, tokens, sentence.text, () => memory.previous());
    const named = this.named(i);
    const places = [...named.filter((p) => !p.vicinity), ...resolveAnaphors(hits, named, () => this.lastPlaceBefore(i))];
    const claims = sentenceClaims({
      hits,
      tokens,
      clauses: splitClauses(hits, tokens, sentence.text),
      places,
      speakers,
      between: betweenOf(sentence.text, tokens),
      dates: findDates(hits, tokens, published),
      memory,
      published,
    });
    return { main: mainAttribution(speakers), claims };
  }

  /** Whose statement a cue sentence without a speaker of its own is. */
  voiceOf(i: number, memory: SpeakerMemory): Attribution {
    // "Про це повідомили в X." after a sentence names its speaker.
    const next = this.sentences[i + 1];
    const voice = (next && citedAfter(next, this.lexAt(i + 1), () => memory.previous(), () => this.analysis(i + 1))) ?? this.articleVoice();
    if (voice.ruleIds[0] !== 'outlet') return voice;
    const { tokens, hits } = this.analysis(i);
    return implicitVoice(hits, () => memory.previous(), tokens, this.sentences[i]!.text) ?? voice;
  }
}

/** The speaker memory of one cue sentence, worked out on first use. */
class CueSentenceMemory implements SpeakerMemory {
  private voice: Attribution | undefined;

  constructor(
    private readonly reader: ArticleReader,
    private readonly at: number,
  ) {}

  previous(): Attribution | null {
    return this.reader.memoryBefore(this.at).previous;
  }

  previousDate(): IsoDate | null {
    return this.reader.memoryBefore(this.at).previousDate;
  }

  outlet(): Attribution {
    return (this.voice ??= this.reader.voiceOf(this.at, this));
  }
}

/** The text between two tokens of a sentence. */
function betweenOf(text: string, tokens: readonly Token[]): (from: number, to: number) => string {
  return (from, to) => text.slice(tokens[from - 1]?.end ?? 0, tokens[to]?.start ?? text.length);
}

/**
 * Items (mentions, regions) grouped by the sentence that holds them whole, in their own order.
 * Sentences are in text order and do not overlap.
 */
function bySentence<T extends { start: number; end: number }>(items: readonly T[], sentences: readonly Sentence[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  for (const item of items) {
    // The last sentence starting at or before the item.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= item.start) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (s && s.start <= item.start && item.end <= s.end) out[lo]!.push(item);
  }
  return out;
}

/**
 * Sentences that have a named place, follow one closely (anaphors) or precede one (speakers); a
 * sentence far from every named place can neither carry a claim nor lend its speaker or place.
 */
function nearPlaces(mentionsIn: readonly (readonly unknown[])[]): boolean[] {
  const near: boolean[] = [];
  for (let i = 0; i < mentionsIn.length; i++) {
    let any = false;
    for (let j = Math.max(0, i - ANAPHOR_REACH); j <= Math.min(mentionsIn.length - 1, i + SPEAKER_MEMORY); j++) {
      if (mentionsIn[j]!.length > 0) any = true;
    }
    near.push(any);
  }
  return near;
}
