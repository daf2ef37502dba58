import type { CliCommand } from '../command.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { statusRecord } from '../../app/timeline-export.ts';
import { readPlaceTimeline } from '../../app/timeline-places.ts';
import { describeStatus } from '../../timeline/describe.ts';

/** `status PLACE`: who holds a place as far as the claims go. */
export const command: CliCommand = {
  name: 'status',
  summary: 'show the status of a place: each side’s latest claim, consensus or dispute, contradictions',
  usage: [
    'Usage: status PLACE [--json]',
    '',
    'PLACE is any spelling the gazetteer knows (Kupiansk, Kupyansk, Купянск).',
    '--json  print the status as one JSON object instead of text',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { switches: ['json'] });
    const query = parsed.positional.join(' ').trim();
    if (query === '') throw new UsageError('name a place');
    const { status } = readPlaceTimeline(ctx.env, query, ctx.logger);
    if (parsed.options.has('json')) ctx.out(JSON.stringify(statusRecord(status)));
    else for (const line of describeStatus(status)) ctx.out(line);
    return Promise.resolve(0);
  },
};
