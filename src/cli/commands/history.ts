import type { CliCommand } from '../command.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { readPlaceTimeline } from '../../app/timeline-places.ts';
import { describeHistory } from '../../timeline/describe.ts';

/** `history PLACE`: the claim events of a place, oldest first. */
export const command: CliCommand = {
  name: 'history',
  summary: 'show the timeline of a place: claim events with their reports, contradictions, confirmations',
  usage: [
    'Usage: history PLACE [--json]',
    '',
    '--json  print the events as JSON lines (one event with its reports per line)',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { switches: ['json'] });
    const query = parsed.positional.join(' ').trim();
    if (query === '') throw new UsageError('name a place');
    const timeline = readPlaceTimeline(ctx.env, query, ctx.logger);
    if (parsed.options.has('json')) for (const e of timeline.events) ctx.out(JSON.stringify(e));
    else for (const line of describeHistory(timeline)) ctx.out(line);
    return Promise.resolve(0);
  },
};
