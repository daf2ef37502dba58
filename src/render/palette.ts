import type { Controller } from '../domain/claim.ts';
import type { MapStatus } from './types.ts';

/** Fill colours of the map statuses; chosen to stay apart for the common colour-vision deficiencies. */
export const STATUS_COLOR: Readonly<Record<MapStatus, string>> = {
  ru: '#d7301f',
  ua: '#1f6fd7',
  contested: '#f0a500',
  disputed: '#8e3fb8',
  unknown: '#9a9a9a',
};

/** Chart marks are coloured by the controller the claim names: the same colours as the map. */
export const CONTROLLER_COLOR: Readonly<Record<Controller, string>> = {
  ru: STATUS_COLOR.ru,
  ua: STATUS_COLOR.ua,
  contested: STATUS_COLOR.contested,
};

export const INK = '#222222';
export const MUTED = '#666666';
export const CONFIRMED_RING = '#0b6b3a';
export const CONTRADICTION_LINE = '#8e3fb8';
export const SEA = '#dce8f0';
export const LAND = '#ebe6da';
export const LAND_HOME = '#fbfaf6';
export const BORDER = '#8a8478';
