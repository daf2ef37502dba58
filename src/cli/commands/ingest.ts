/**
 * `ingest PATH|URL… [--date YYYY-MM-DD]`: files, directories, pages and feed URLs into the
 * store. Progress on stderr (terminals only), one line per failure on stderr, the summary on
 * stdout; exit 1 when anything failed (everything that succeeded is committed).
 */
import cliProgress from 'cli-progress';
import { parseCliConfig } from '../../config.ts';
import { parseIsoDate } from '../../ingest/front-matter.ts';
import { openIngest } from '../../app/ingest-setup.ts';
import { ingestTargets, summaryLine } from '../../app/ingest-targets.ts';
import { articleHookFor } from '../../app/ingest-hook.ts';
import { optionValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const command: CliCommand = {
  name: 'ingest',
  summary: 'store articles from files, directories, web pages and feed URLs',
  usage: [
    'Usage: ingest PATH|URL... [--date YYYY-MM-DD]',
    '',
    '  PATH   a .txt (front matter optional), .html/.htm file, or a directory (read recursively)',
    '  URL    an article page, or a feed whose items are all ingested',
    '  --date publication date for files that carry none (default: the file modification date)',
  ].join('\n'),
  async run(ctx) {
    const args = parseArgs(ctx.args, { valued: ['date'] });
    if (args.positional.length === 0) throw new UsageError('give at least one PATH or URL');
    const dateArg = optionValue(args, 'date');
    const date = dateArg === undefined ? null : parseIsoDate(dateArg);
    if (dateArg !== undefined && (!date || !/^\d{4}-\d{2}-\d{2}$/.test(dateArg))) throw new UsageError('--date takes YYYY-MM-DD');
    const config = parseCliConfig(ctx.env);
    const setup = openIngest({ store: config.store, fetch: config.fetch, logger: ctx.logger, hookFor: (db) => articleHookFor(db, { windowDays: config.store.contradictionWindowDays, logger: ctx.logger }) });
    const bar = ctx.interactive
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {target}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : null;
    let done = 0;
    try {
      const summary = await ingestTargets(setup.ctx, args.positional, {
        fallbackPublished: date,
        maxFileBytes: config.fetch.maxBytes,
        onPlanned: (total) => bar?.start(total, 0, { target: '' }),
        onItem: (r) => {
          done++;
          if (bar && done > bar.getTotal()) bar.setTotal(done);
          bar?.update(done, { target: r.target.slice(-40) });
          if ('error' in r) {
            // On a terminal, clear the bar's line first; it redraws on the next item.
            process.stderr.write(`${bar ? '\r\x1b[K' : ''}failed ${r.error.reason}: ${r.target}: ${r.error.message}\n`);
          }
        },
      });
      bar?.stop();
      ctx.out(summaryLine(summary));
      return summary.failed > 0 ? 1 : 0;
    } finally {
      bar?.stop();
      setup.close();
    }
  },
};
