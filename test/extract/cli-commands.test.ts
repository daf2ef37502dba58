// The extract and eval commands end to end on files written here (no shared corpus needed).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.ts';
import { command as evalCommand } from '../../src/cli/commands/eval.ts';
import { command as extractCommand } from '../../src/cli/commands/extract.ts';

const ARTICLE = [
  '---',
  'url: https://example.test/news/siversk',
  'outlet: Test Wire',
  'published: 2025-11-20',
  'lang: en',
  '---',
  "Russia's Defence Ministry said on Tuesday that its troops had captured Siversk.",
  '',
  'Ukrainian officials said Russian forces had been pushed out of Siversk.',
  '',
  'Read more: Why Siversk matters',
].join('\n');

function run(cmd: typeof extractCommand, args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const ctx: CliContext = { args, env: {}, out: (l) => lines.push(l), logger: pino({ level: 'silent' }), interactive: false };
  return cmd.run(ctx).then((code) => ({ code, lines }));
}

describe('extract command', () => {
  it('prints one CLAIMS.md object per claim', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), 'No front matter here\n\nThe Kremlin said Russian forces had taken Siversk.');
    const { code, lines } = await run(extractCommand, [join(dir, 'a.txt'), join(dir, 'b.txt'), '--date', '2025-11-21']);
    expect(code).toBe(0);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const r of records) {
      expect(Object.keys(r).slice(0, 11)).toEqual(['url', 'place', 'oblast', 'controller', 'scope', 'claimant', 'source', 'date', 'historical', 'hedged', 'quote']);
    }
    expect(records.map((r) => [r.url, r.place, r.controller, r.claimant, r.date])).toEqual([
      ['https://example.test/news/siversk', 'Siversk', 'ru', 'ru', '2025-11-18'],
      ['https://example.test/news/siversk', 'Siversk', 'ua', 'ua', '2025-11-20'],
      ['file:b.txt', 'Siversk', 'ru', 'ru', '2025-11-21'],
    ]);
  });
});

describe('eval command', () => {
  it('scores a labelled corpus and lists errors', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'a.txt'), ARTICLE);
    const labels = [
      { place: 'Siversk', controller: 'ru', claimant: 'ru', scope: 'full' },
      { place: 'Lyman', controller: 'contested', claimant: 'independent', scope: 'partial' },
    ];
    writeFileSync(join(dir, 'labels.jsonl'), JSON.stringify({ article: 'a.txt', claims: labels }) + '\n');
    const { code, lines } = await run(evalCommand, [dir, '--errors']);
    expect(code).toBe(0);
    expect(lines.some((l) => l.startsWith('FP') && l.includes('Siversk/ua'))).toBe(true);
    expect(lines.some((l) => l.startsWith('FN') && l.includes('Lyman/contested'))).toBe(true);
    expect(lines.at(-1)).toMatch(/ALL .*P\s+50\.0\s+R\s+50\.0\s+F1\s+50\.0.*tp 1 fp 1 fn 1/);
  });
});
