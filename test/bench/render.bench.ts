/**
 * Render time per picture: a map of 50 places over country borders and a history chart of 60
 * events, each SVG built and rasterised to PNG. Target: under 100 ms a picture on this machine.
 */
import { renderHistoryChart } from '../../src/render/history-chart.ts';
import { renderMap } from '../../src/render/map.ts';
import { loadBorders } from '../../src/render/borders.ts';
import type { HistoryEvent, MapPoint, MapStatus } from '../../src/render/types.ts';

const STATUSES: MapStatus[] = ['ru', 'ua', 'contested', 'disputed', 'unknown'];

function mapPoints(count: number): MapPoint[] {
  // A deterministic spread over Donetsk, Kharkiv and Zaporizhzhia oblasts, half the names Cyrillic.
  return Array.from({ length: count }, (_, i) => ({
    name: i % 2 ? `Населений пункт ${i}` : `Settlement ${i}`,
    lat: 47.4 + ((i * 37) % 100) / 30,
    lon: 35.2 + ((i * 61) % 100) / 30,
    status: STATUSES[i % STATUSES.length]!,
    confirmed: i % 9 === 0,
    primary: i % 10 === 0,
  }));
}

function historyEvents(count: number): HistoryEvent[] {
  const claimants = ['ru', 'ua', 'independent'] as const;
  const controllers = ['ru', 'ua', 'contested'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    date: new Date(Date.UTC(2025, 7, 1 + Math.floor(i * 1.7))).toISOString().slice(0, 10),
    claimant: claimants[i % 3]!,
    controller: controllers[(i * 7) % 3]!,
    scope: i % 4 ? 'full' : 'partial',
    hedged: i % 11 === 0,
    confirmed: i % 13 === 0,
  }));
}

function time(label: string, runs: number, fn: () => Uint8Array): void {
  fn(); // warm-up: loads fonts and borders once, as a running bot would have
  const ms: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    bytes = fn().length;
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time is printed beside wall time: on a shared 2-core machine the wall time mostly
  // measures the neighbours, the CPU time what a picture costs.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${label.padEnd(34)} wall median ${median(ms).toFixed(1)} ms (min ${Math.min(...ms).toFixed(1)})  ` +
      `cpu median ${median(cpu).toFixed(1)} ms  ${Math.round(bytes / 1024)} KiB`,
  );
}

/** Prints render times; asserts nothing. */
export async function run(): Promise<void> {
  const t = performance.now();
  const borders = loadBorders();
  console.log(`border load (once per process)     ${(performance.now() - t).toFixed(1)} ms, ${borders.length} countries`);
  const points = mapPoints(50);
  const events = historyEvents(60);
  const contradictions = Array.from({ length: 8 }, (_, i) => ({ earlierId: `e${i * 7}`, laterId: `e${i * 7 + 1}` }));
  time('map, 50 places + borders (uk)', 15, () => renderMap({ points, lang: 'uk', date: '2025-11-20' }));
  time('map, 1 place + borders (en)', 15, () => renderMap({ points: points.slice(0, 1), lang: 'en', date: '2025-11-20' }));
  time('history chart, 60 events (en)', 15, () => renderHistoryChart({ place: 'Kupiansk', events, contradictions, lang: 'en' }));
}
