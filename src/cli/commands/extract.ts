import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractClaims, loadLexicon, toClaimRecord } from '../../extract/index.ts';
import { loadGazetteer } from '../../gazetteer/gazetteer.ts';
import { articleFromText } from '../../ingest/read-file.ts';
import { parseArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { UsageError } from '../command.ts';

/** `extract FILE...`: the control claims of article files as CLAIMS.md JSON lines. */
export const command: CliCommand = {
  name: 'extract',
  summary: 'print the control claims of article files, one CLAIMS.md JSON object per line',
  usage: [
    'Usage: extract FILE... [--date YYYY-MM-DD]',
    '',
    'FILE    plain-text article, with or without front matter (url, outlet, published, title, lang)',
    '--date  the publication date to assume when a file has none (default: today)',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { valued: ['date'] });
    if (parsed.positional.length === 0) throw new UsageError('give at least one article file');
    const fallback = typeof parsed.options.get('date') === 'string' ? String(parsed.options.get('date')) : new Date().toISOString().slice(0, 10);
    const deps = { lexicon: loadLexicon(), gazetteer: loadGazetteer(), fallbackDate: fallback };
    let failed = 0;
    for (const file of parsed.positional) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        ctx.logger.error({ file, err: (err as Error).message }, 'cannot read article');
        failed++;
        continue;
      }
      const article = articleFromText(text, basename(file), fallback);
      for (const claim of extractClaims(article, deps)) ctx.out(JSON.stringify(toClaimRecord(claim)));
    }
    return Promise.resolve(failed > 0 ? 1 : 0);
  },
};
