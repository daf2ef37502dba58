// `render` wired to the real gazetteer and a real (empty, temporary) store, as the CLI runs it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { command, localToday } from '../../src/cli/commands/render.ts';

describe('render command over the real gazetteer and store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-render-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await command.run({
      args,
      env: { DATABASE_PATH: join(dir, 'news.sqlite') },
      out: (line) => lines.push(line),
      logger: pino({ level: 'silent' }),
      interactive: false,
    });
    return { code, lines };
  }

  it('resolves Russian-era spellings and draws places nothing is known about in grey', async () => {
    const out = join(dir, 'map.png');
    const { code, lines } = await run(['map', 'Kupyansk', 'Pokrovsk', '--out', out, '--lang', 'uk']);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!).places).toEqual([
      { place: 'Kupiansk', status: 'unknown', primary: true },
      { place: 'Pokrovsk', status: 'unknown', primary: true },
    ]);
    expect(readFileSync(out).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('draws an empty history for a place without claims', async () => {
    const out = join(dir, 'history.png');
    const { code, lines } = await run(['history', 'Huliaipole', '--out', out]);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'history', place: 'Huliaipole', events: 0 });
  });

  it('says plainly when --out cannot be written', async () => {
    await expect(run(['map', 'Pokrovsk', '--out', join(dir, 'missing', 'map.png')])).rejects.toThrow(/cannot write .*map\.png \(ENOENT\)/);
  });

  it('rejects a --date that is no calendar day', async () => {
    await expect(run(['map', 'Pokrovsk', '--out', join(dir, 'x.png'), '--date', '2025-02-30'])).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('localToday', () => {
  it('is the calendar day in the machine time zone, not the UTC day', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Europe/Kyiv';
    try {
      // 23:30 UTC on the 20th is already 01:30 on the 21st in Kyiv.
      expect(localToday(new Date('2025-11-20T23:30:00Z'))).toBe('2025-11-21');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
