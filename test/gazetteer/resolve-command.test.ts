import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/resolve.ts';
import type { CliContext } from '../../src/cli/command.ts';
import { UsageError } from '../../src/cli/command.ts';
import { createLogger } from '../../src/logger.ts';

function context(args: string[], out: string[]): CliContext {
  return { args, env: {}, out: (l) => void out.push(l), logger: createLogger('silent'), interactive: false };
}

describe('cli resolve', () => {
  it('prints JSON lines with place, oblast, raion, coordinates and score, best first', async () => {
    const out: string[] = [];
    expect(await command.run(context(['Kupyansk', '--limit', '2'], out))).toBe(0);
    expect(out.length).toBeGreaterThanOrEqual(1);
    expect(out.length).toBeLessThanOrEqual(2);
    const first = JSON.parse(out[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ place: 'Kupiansk', oblast: 'Kharkiv', raion: 'Kupianskyi', type: 'city' });
    expect(typeof first.lat).toBe('number');
    expect(typeof first.lon).toBe('number');
    expect(first.score).toBeGreaterThan(0.9);
    expect(first.id).toMatch(/^UA\d{17}$/);
  });

  it('takes a multi-word name in any script', async () => {
    const out: string[] = [];
    expect(await command.run(context(['Великая', 'Новосёлка'], out))).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ place: 'Velyka Novosilka', oblast: 'Donetsk' });
  });

  it('exits 1 with no output when nothing matches, and rejects bad arguments', async () => {
    const out: string[] = [];
    expect(await command.run(context(['Qqqqzzzzxxxx'], out))).toBe(1);
    expect(out).toEqual([]);
    expect(() => command.run(context([], out))).toThrow(UsageError);
    expect(() => command.run(context(['Kyiv', '--limit', '0'], out))).toThrow(UsageError);
  });
});
