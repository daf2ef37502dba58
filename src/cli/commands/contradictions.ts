import type { CliCommand } from '../command.ts';
import { optionValue, parseArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { contradictionLines } from '../../app/timeline-export.ts';
import { openTimelineStore } from '../../app/timeline-store.ts';

/** `contradictions`: the stored contradictions as CLAIMS.md JSON lines. */
export const command: CliCommand = {
  name: 'contradictions',
  summary: 'print contradicting claims of ingested articles as JSON lines (CLAIMS.md)',
  usage: [
    'Usage: contradictions [--since ISO-INSTANT]',
    '',
    'One line per (place, earlier article, later article):',
    '{"place":…,"earlier":{"url","date","controller","scope","claimant"},"later":{…},"reason":…}',
    'reason: conflict-within-window (CONTRADICTION_WINDOW_DAYS) or explicit-dispute.',
    '--since  only contradictions first seen after this instant (e.g. 2026-01-01T00:00:00Z)',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { valued: ['since'] });
    if (parsed.positional.length > 0) throw new UsageError('no positional arguments expected');
    const since = optionValue(parsed, 'since');
    if (since !== undefined && Number.isNaN(Date.parse(since))) throw new UsageError('--since needs an ISO instant');
    const store = openTimelineStore(ctx.env);
    try {
      const list =
        since === undefined
          ? store.timelines.contradictions()
          : store.timelines.contradictionsSince(new Date(since).toISOString());
      for (const line of contradictionLines(list)) ctx.out(line);
      return Promise.resolve(0);
    } finally {
      store.close();
    }
  },
};
