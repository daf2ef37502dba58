import type { Claimant, Controller } from '../domain/claim.ts';
import type { MapStatus, PictureLang } from './types.ts';

/** The words a picture prints, per language. Place names come with the data, already localised. */
export interface PictureStrings {
  readonly mapTitle: string;
  /** Title of a map of one place and the places around it. */
  readonly aroundTitle: (place: string) => string;
  readonly status: Readonly<Record<MapStatus, string>>;
  readonly confirmed: string;
  readonly asOf: string;
  readonly km: string;
  readonly historyTitle: (place: string) => string;
  readonly claimant: Readonly<Record<Claimant, string>>;
  readonly controller: Readonly<Record<Controller, string>>;
  readonly contradiction: string;
  readonly partialOrHedged: string;
  readonly noEvents: string;
  readonly noPlaces: string;
  /** Claims older than the chart's window, counted under a row's name. */
  readonly earlier: (count: number) => string;
  readonly months: readonly string[];
}

const EN: PictureStrings = {
  mapTitle: 'Followed places',
  aroundTitle: (place) => `${place} and around`,
  status: {
    ru: 'claimed by Russia',
    ua: 'held by Ukraine',
    contested: 'contested',
    disputed: 'disputed (open contradiction)',
    unknown: 'no recent claims',
  },
  confirmed: 'confirmed by the other side',
  asOf: 'as of',
  km: 'km',
  historyTitle: (place) => `${place}: who said what, when`,
  claimant: { ru: 'Russian side', ua: 'Ukrainian side', independent: 'Independent' },
  controller: { ru: 'Russia holds', ua: 'Ukraine holds', contested: 'contested' },
  contradiction: 'contradiction',
  partialOrHedged: 'hollow: part of it / hedged',
  noEvents: 'no claims yet',
  noPlaces: 'no places with known coordinates',
  earlier: (count) => `+${count} earlier`,
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const UK: PictureStrings = {
  mapTitle: 'Населені пункти, за якими ви стежите',
  aroundTitle: (place) => `${place} та околиці`,
  status: {
    ru: 'Росія заявляє про контроль',
    ua: 'під контролем України',
    contested: 'тривають бої',
    disputed: 'спірно (заяви суперечать)',
    unknown: 'немає свіжих заяв',
  },
  confirmed: 'підтверджено іншою стороною',
  asOf: 'станом на',
  km: 'км',
  historyTitle: (place) => `${place}: хто що заявляв і коли`,
  claimant: { ru: 'Російська сторона', ua: 'Українська сторона', independent: 'Незалежні' },
  controller: { ru: 'контроль Росії', ua: 'контроль України', contested: 'бої' },
  contradiction: 'суперечність',
  partialOrHedged: 'порожні: частково / непевно',
  noEvents: 'заяв ще немає',
  noPlaces: 'немає місць із відомими координатами',
  earlier: (count) => `+${count} раніше`,
  months: ['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру'],
};

/** The strings of a language. */
export function pictureStrings(lang: PictureLang): PictureStrings {
  return lang === 'uk' ? UK : EN;
}

/** `2025-11-20` → `20 Nov 2025` / `20 лис 2025`. Malformed dates are printed as given. */
export function formatDate(iso: string, lang: PictureLang, withYear = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = pictureStrings(lang).months[Number(m[2]) - 1] ?? m[2];
  return withYear ? `${Number(m[3])} ${month} ${m[1]}` : `${Number(m[3])} ${month}`;
}
