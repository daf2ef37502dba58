/**
 * `npm run build:gazetteer`: turns the shared source tables (../shared/data/gazetteer) into the
 * committed data/gazetteer/places.json.gz. Run it again after editing inflection.json,
 * russian-spelling.json or aliases.json. The product never reads ../shared at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FORMAT_VERSION, type GazetteerFile } from '../gazetteer/data-format.ts';
import { readInflectionFile } from '../gazetteer/data-files.ts';
import { AliasCollector, addRussianForms, aliasKeys, usableAltName } from './gazetteer-aliases.ts';
import { readCsvRecords } from './read-csv.ts';
import { readRussianSpelling } from './russian-forms.ts';
import { compileInflection } from '../text/inflect.ts';

const SOURCE = resolve(process.argv[2] ?? resolve('..', 'shared', 'data', 'gazetteer'));
const OUT = resolve('data', 'gazetteer', 'places.json.gz');

interface AliasEntry {
  id: string;
  name_uk: string;
  oblast: string;
  aliases: string[];
}

const inflectionRaw = readInflectionFile(resolve('data', 'gazetteer', 'inflection.json'));
const rules = compileInflection(inflectionRaw);
const guessRussian = readRussianSpelling(resolve('data', 'gazetteer', 'russian-spelling.json'));
const ua = readCsvRecords(resolve(SOURCE, 'ua_settlements.csv'));
const ru = readCsvRecords(resolve(SOURCE, 'ru_border_settlements.csv'));
const osm = readCsvRecords(resolve(SOURCE, 'ua_settlements_osm_coords.csv'));
const overrides = readCsvRecords(resolve(SOURCE, 'ru_names_override.csv'));
const handAliases = (JSON.parse(readFileSync(resolve('data', 'gazetteer', 'aliases.json'), 'utf8')) as {
  entries: AliasEntry[];
}).entries;

const osmByCode = new Map(osm.filter((r) => r.basis === 'near_hromada').map((r) => [r.katottg!, r]));
const overrideKey = (nameUk: string, oblast: string): string => `${nameUk}|${oblast}`;
const overridden = new Set(overrides.map((r) => overrideKey(r.name_uk!, r.oblast_en!)));

const oblasts: string[] = [];
const raions: string[] = [];
const raionsLocal: string[] = [];
const raionIndex = new Map<string, number>();
function oblastIdx(name: string): number {
  let i = oblasts.indexOf(name);
  if (i === -1) i = oblasts.push(name) - 1;
  return i;
}
function raionIdx(oblast: string, raion: string, local: string): number {
  if (!raion && !local) return -1;
  const key = `${oblast}|${raion}|${local}`;
  let i = raionIndex.get(key);
  if (i === undefined) {
    i = raions.push(raion || local) - 1;
    raionsLocal.push(local);
    raionIndex.set(key, i);
  }
  return i;
}

interface Columns {
  id: string[];
  name: string[];
  local: string[];
  ru: string[];
  oblast: number[];
  raion: number[];
  type: string;
  lat: (number | null)[];
  lon: (number | null)[];
  population: (number | null)[];
  prominent: number[];
  osmCoords: number[];
}
const P: Columns = {
  id: [], name: [], local: [], ru: [], oblast: [], raion: [], type: '', lat: [], lon: [], population: [],
  prominent: [], osmCoords: [],
};
const collector = new AliasCollector(rules);
/** Folded keys of the current Ukrainian names by oblast, to keep other places' old names off them. */
const currentKeys = new Set(ua.flatMap((r) => aliasKeys(r.name_uk!, rules).map((k) => `${k}|${r.oblast_en!}`)));
/**
 * "Гришино" was Pokrovsk's name until 1934 and is a village next to it today (Гришине): a former
 * or alternative name that a settlement of the same oblast bears now is left to that settlement.
 */
const ownedElsewhere = (name: string, oblast: string, own: string): boolean => {
  const ownKeys = new Set(aliasKeys(own, rules));
  return aliasKeys(name, rules).some((k) => !ownKeys.has(k) && currentKeys.has(`${k}|${oblast}`));
};
const num = (s: string | undefined): number | null => (s ? Number(s) : null);
const uaIndex = new Map<string, number>();
const TYPE_RANK: Record<string, number> = { city: 3, town: 2, village: 1 };
const biggest = new Map<string, Record<string, string>>();
for (const r of ua) {
  const key = overrideKey(r.name_uk!, r.oblast_en!);
  const prev = biggest.get(key);
  const rank = (x: Record<string, string>): number => (TYPE_RANK[x.type!] ?? 0) * 1e8 + Number(x.population || 0);
  if (!prev || rank(r) > rank(prev)) biggest.set(key, r);
}
/** Hand-written names (overrides, aliases.json) go to the biggest same-name place of the oblast. */
const isBiggest = (r: Record<string, string>): boolean => biggest.get(overrideKey(r.name_uk!, r.oblast_en!)) === r;

for (const r of ua) {
  const idx = P.id.length;
  const osmRow = r.coord_source === 'none' ? osmByCode.get(r.katottg!) : undefined;
  P.id.push(r.katottg!);
  P.name.push(r.name_en!);
  P.local.push(r.name_uk!);
  P.ru.push(r.name_ru ?? '');
  P.oblast.push(oblastIdx(r.oblast_en!));
  P.raion.push(raionIdx(r.oblast_en!, r.raion_en!, r.raion_uk!));
  P.type += r.type === 'city' ? 'c' : r.type === 'town' ? 't' : r.type === 'village' ? 'v' : 'o';
  P.lat.push(num(osmRow?.lat ?? r.lat));
  P.lon.push(num(osmRow?.lon ?? r.lon));
  P.population.push(num(r.population));
  if (osmRow) P.osmCoords.push(idx);
  const isOverride = overridden.has(overrideKey(r.name_uk!, r.oblast_en!)) && isBiggest(r);
  if (isOverride) P.prominent.push(idx);
  if (isBiggest(r)) uaIndex.set(overrideKey(r.name_uk!, r.oblast_en!), idx);
  collector.add(idx, r.name_en!, 'canonical');
  collector.add(idx, r.name_uk!, 'canonical');
  // "Гришине" was Pokrovsk's name until 1934 and is a village next to it today: a former name
  // that another settlement of the oblast bears now belongs to that settlement.
  for (const f of (r.former_names ?? '').split('|').filter(Boolean)) if (!ownedElsewhere(f, r.oblast_en!, r.name_uk!)) collector.add(idx, f, 'official');
  if (r.name_ru) addRussianForms(collector, idx, r.name_ru, isOverride ? 'official' : 'derived');
  // Guessed even when name_ru exists: GeoNames often holds an older or odd Russian spelling.
  const guesses = guessRussian.forms(r.name_uk!);
  for (const guess of guesses) addRussianForms(collector, idx, guess, 'guessed');
  for (const name of [r.name_uk!, ...guesses]) {
    for (const g of guessRussian.genitivePlural(name)) collector.add(idx, g, 'guessed');
  }
  for (const alt of (r.alt_names ?? '').split('|')) if (usableAltName(alt) && !ownedElsewhere(alt, r.oblast_en!, r.name_uk!)) collector.add(idx, alt, 'geonames');
}

for (const e of handAliases) {
  const idx = uaIndex.get(overrideKey(e.name_uk, e.oblast));
  if (idx === undefined) {
    console.error(`aliases.json: entry ${e.id}: no settlement ${e.name_uk} in ${e.oblast}`);
    process.exitCode = 1;
    continue;
  }
  if (!P.prominent.includes(idx)) P.prominent.push(idx);
  for (const a of e.aliases) addRussianForms(collector, idx, a, 'official');
}

for (const r of ru) {
  if (!r.name_ru || /[\d.]|Почтамт/u.test(r.name_ru)) continue;
  const idx = P.id.length;
  const pop = num(r.population);
  P.id.push(`ru:${r.id!}`);
  P.name.push(r.name_en!);
  P.local.push(r.name_ru);
  P.ru.push(r.name_ru);
  P.oblast.push(oblastIdx(r.oblast_en!));
  P.raion.push(raionIdx(r.oblast_en!, r.raion_en!, (r.raion_ru ?? '').replace(/\s*район$/u, '')));
  P.type += pop !== null && pop >= 20000 ? 'c' : r.coord_source === 'geonames_cities500' ? 't' : 'v';
  P.lat.push(num(r.lat));
  P.lon.push(num(r.lon));
  P.population.push(pop);
  collector.add(idx, r.name_en!, 'canonical');
  addRussianForms(collector, idx, r.name_ru, 'canonical');
  for (const alt of (r.alt_names ?? '').split('|')) if (usableAltName(alt)) collector.add(idx, alt, 'geonames');
}

const { keys, display, postings } = collector.finish();
const file: GazetteerFile = {
  format: FORMAT_VERSION,
  // SOURCE_DATE_EPOCH (reproducible-builds.org) pins the date, so a rebuild on another day gives the same bytes.
  built: (process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date())
    .toISOString()
    .slice(0, 10),
  sources: [
    'KATOTTG (Codifier of administrative-territorial units), Ministry for Development of Communities and Territories of Ukraine, edition 2025-05-16',
    'GeoNames (geonames.org), CC BY 4.0',
    'OpenStreetMap contributors, ODbL 1.0 (coordinates of the places listed in places.osmCoords only)',
  ],
  inflection: inflectionRaw,
  oblasts,
  raions,
  raionsLocal,
  places: { ...P, id: P.id.join('\n'), name: P.name.join('\n'), local: P.local.join('\n'), ru: P.ru.join('\n') },
  keys: keys.join('\n'),
  display: display.join('\n'),
  postings: postings.map((list) => list.map((n) => n.toString(36)).join(',')).join('\n'),
};
const json = JSON.stringify(file);
writeFileSync(OUT, gzipSync(json, { level: 9 }));
console.error(
  `places ${P.id.length}, keys ${keys.length}, json ${(json.length / 1e6).toFixed(1)} MB → ${OUT}`,
);

