import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isCyrillic } from '../text/fold.ts';
import { compileInflection } from '../text/inflect.ts';
import { FORMAT_VERSION, gazetteerHeaderSchema, type GazetteerFile } from './data-format.ts';
import { mentionLang, mentionsOf } from './find.ts';
import { candidatesCache } from './candidates.ts';
import { aliasKeys } from './keys.ts';
import { loadLexicons } from './lexicons.ts';
import type { GazetteerModel } from './model.ts';
import { buildPlaceTable } from './places.ts';
import { resolveQuery } from './resolve.ts';
import { scanRegions, scanText, type ScanResult } from './scan.ts';
import { buildTrie, emptyTrie, insertInList, type Trie } from './trie.ts';
import type { Gazetteer, RegionMention } from './types.ts';

/** The committed data file built by `npm run build:gazetteer`. */
export const DEFAULT_GAZETTEER_FILE = fileURLToPath(new URL('../../data/gazetteer/places.json.gz', import.meta.url));

const FRONTLINE = ['Donetsk', 'Luhansk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Dnipropetrovsk', 'Sumy', 'Kursk', 'Belgorod'];

function readFile(file: string): GazetteerFile {
  const raw: unknown = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  const format = (raw as { format?: unknown }).format;
  if (format !== FORMAT_VERSION) {
    throw new Error(`${file}: format ${String(format)}, expected ${FORMAT_VERSION}: run npm run build:gazetteer`);
  }
  // The long columns are checked for shape only (zod over 200,000 numbers costs more than the rest of the load).
  const parsed = gazetteerHeaderSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  const places = (raw as { places?: Record<string, unknown> }).places ?? {};
  for (const col of ['oblast', 'raion', 'lat', 'lon', 'population', 'prominent', 'osmCoords']) {
    if (!Array.isArray(places[col])) throw new Error(`${file}: places.${col}: expected an array`);
  }
  return raw as GazetteerFile;
}

/** Latin raion keys: `Kupianskyi` → kupianski, kupiansk, kupian; `Bakhmutskyi` → … bakhmut. */
function raionTrie(file: GazetteerFile, rules: GazetteerModel['rules']): Trie<number[]> {
  const trie = emptyTrie<number[]>();
  file.raions.forEach((name, r) => {
    for (const key of aliasKeys(name, rules)) {
      insertInList(trie, key, r);
      const cut = key.lastIndexOf(' ') + 1;
      const last = key.slice(cut);
      if (!isCyrillic(last) && last.endsWith('ski')) {
        insertInList(trie, key.slice(0, cut) + last.slice(0, -1), r);
        insertInList(trie, key.slice(0, cut) + last.slice(0, -3), r);
      }
    }
    const local = file.raionsLocal[r];
    if (local) for (const key of aliasKeys(local, rules)) insertInList(trie, key, r);
  });
  return trie;
}

function decodePostings(lines: readonly string[]): (i: number) => readonly number[] {
  const cache = new Map<number, number[]>();
  return (i) => {
    let list = cache.get(i);
    if (!list) {
      list = lines[i]!.split(',').map((n) => parseInt(n, 36));
      cache.set(i, list);
    }
    return list;
  };
}

/** Builds the in-memory model from a data file and the lexicons in `lexiconDir`. */
export function buildModel(file: GazetteerFile, lexiconDir: string): GazetteerModel {
  const rules = compileInflection(file.inflection);
  const keys = file.keys.split('\n');
  const display = file.display.split('\n');
  const lines = file.postings.split('\n');
  if (display.length !== keys.length || lines.length !== keys.length) throw new Error('gazetteer file: key columns differ in length');
  let firstCyrillicKey = keys.findIndex((k) => isCyrillic(k.charAt(0)));
  if (firstCyrillicKey === -1) firstCyrillicKey = keys.length;
  const raionNames = raionTrie(file, rules);
  const lex = loadLexicons(lexiconDir, rules, file.oblasts);
  const areaStarts = new Set<string>();
  for (const trie of [raionNames, lex.regionNames, lex.regionStandalone] as Trie<unknown>[]) {
    for (const key of trie.full.keys()) areaStarts.add(key.split(' ')[0]!);
  }
  const postings = decodePostings(lines);
  const candidates = candidatesCache(postings);
  return {
    table: buildPlaceTable(file),
    rules,
    names: buildTrie(keys),
    raionNames,
    lex,
    areaStarts,
    oblasts: file.oblasts,
    keys,
    display,
    postings,
    candidates: (hit) => candidates(hit.keys),
    firstCyrillicKey,
    frontline: new Set(FRONTLINE.map((o) => file.oblasts.indexOf(o)).filter((i) => i >= 0)),
  };
}

function copyRegion(r: RegionMention): RegionMention {
  return { start: r.start, end: r.end, surface: r.surface, oblast: r.oblast };
}

/**
 * The last scan of a text and of a context text. Callers ask for mentions and then regions of
 * the same article body (or for mentions of each sentence with the same article as context), so
 * one entry each saves a full scan; nothing survives from one article to the next.
 */
class ScanMemo {
  private lastText: string | undefined;
  private lastScan: ScanResult | undefined;
  private lastContext: string | undefined;
  private lastContextScan: ScanResult | undefined;

  constructor(private readonly model: GazetteerModel) {}

  text(text: string): ScanResult {
    if (this.lastScan === undefined || this.lastText !== text) {
      this.lastScan = scanText(this.model, text);
      this.lastText = text;
    }
    return this.lastScan;
  }

  /** Region phrases: from the last full scan when it was of `text`, else from a lighter regions-only scan. */
  regions(text: string): RegionMention[] {
    if (this.lastScan !== undefined && this.lastText === text) return this.lastScan.regions.map(copyRegion);
    return scanRegions(this.model, text);
  }

  context(text: string): ScanResult {
    if (this.lastContextScan === undefined || this.lastContext !== text) {
      this.lastContextScan = scanText(this.model, text);
      this.lastContext = text;
    }
    return this.lastContextScan;
  }
}

/**
 * Reads the gazetteer data file (default: the committed one) and builds the matcher. Load it
 * once and pass the object around. The lexicons (regions, stop-list, cues) are read from
 * data/gazetteer/ of the repository.
 */
export function loadGazetteer(file: string = DEFAULT_GAZETTEER_FILE): Gazetteer {
  const model = buildModel(readFile(file), dirname(DEFAULT_GAZETTEER_FILE));
  const scans = new ScanMemo(model);
  return {
    size: model.table.size,
    get: (id) => {
      const i = model.table.indexOf(id);
      return i === undefined ? undefined : model.table.place(i);
    },
    findMentions: (text, options = {}) => {
      const extra = options.context ? scans.context(options.context) : undefined;
      return mentionsOf(model, scans.text(text), extra, mentionLang(options, text));
    },
    findRegions: (text) => scans.regions(text),
    resolve: (query, options) => resolveQuery(model, query, options?.limit ?? 5),
  };
}
