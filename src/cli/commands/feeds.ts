/**
 * `feeds add|list|remove|enable|disable|poll|import-defaults`: the feed sources the running
 * process polls on FEED_POLL_CRON, and a way to poll them by hand.
 */
import { fileURLToPath } from 'node:url';
import { parseCliConfig } from '../../config.ts';
import { UserFacingError } from '../../domain/errors.ts';
import { addFeed, findFeed, importDefaultFeeds, loadDefaultFeeds } from '../../app/feeds-manage.ts';
import { pollDueFeeds } from '../../app/feeds-poll.ts';
import { summaryLine } from '../../app/ingest-targets.ts';
import { articleHookFor } from '../../app/ingest-hook.ts';
import { openIngest, type IngestSetup } from '../../app/ingest-setup.ts';
import type { Source } from '../../store/source-repo.ts';
import { optionValue, parseArgs, type ParsedArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliContext } from '../command.ts';

const DEFAULT_FEEDS = fileURLToPath(new URL('../../../data/feeds.json', import.meta.url));

function feedLine(s: Source): string {
  const state = s.enabled ? 'enabled' : 'disabled';
  const health = s.lastError ? `failing x${s.consecutiveFailures} (${s.lastError}), next ${s.nextPollAt ?? 'now'}` : s.lastSuccessAt ? `ok ${s.lastSuccessAt}` : 'never polled';
  return [s.id, state, s.url, s.outlet ?? s.title ?? '-', s.lang ?? '-', health].join('\t');
}

function one(args: ParsedArgs, what: string): string {
  const [, ref, ...rest] = args.positional;
  if (!ref || rest.length > 0) throw new UsageError(`${what} takes exactly one URL or ID`);
  return ref;
}

function feedOrFail(setup: IngestSetup, ref: string): Source {
  const feed = findFeed(setup.ctx.sources, ref);
  if (!feed) throw new UserFacingError(`no feed with id or URL ${ref}`);
  return feed;
}

async function runSub(ctx: CliContext, setup: IngestSetup, args: ParsedArgs): Promise<number> {
  const sub = args.positional[0];
  const { sources } = setup.ctx;
  const now = setup.ctx.now();
  switch (sub) {
    case 'add': {
      const r = addFeed(sources, { url: one(args, 'add'), outlet: optionValue(args, 'outlet') ?? null, lang: optionValue(args, 'lang') ?? null }, now);
      ctx.out(`${r.created ? 'added' : 'already there'}\t${feedLine(r.source)}`);
      return 0;
    }
    case 'list':
      for (const s of sources.list('feed')) ctx.out(feedLine(s));
      return 0;
    case 'remove': {
      const feed = feedOrFail(setup, one(args, 'remove'));
      const how = sources.remove(feed.id);
      ctx.out(how === 'deleted' ? `removed\t${feed.id}\t${feed.url}` : `disabled\t${feed.id}\t${feed.url}\t(kept: ${sources.articleCount(feed.id)} stored articles came from it)`);
      return 0;
    }
    case 'enable':
    case 'disable': {
      const feed = feedOrFail(setup, one(args, sub));
      sources.setEnabled(feed.id, sub === 'enable');
      ctx.out(feedLine(sources.get(feed.id)!));
      return 0;
    }
    case 'import-defaults': {
      const r = importDefaultFeeds(sources, loadDefaultFeeds(optionValue(args, 'file') ?? DEFAULT_FEEDS), now);
      ctx.out(`imported ${r.added} feeds (disabled; enable with "feeds enable ID"), ${r.existing} already there`);
      return 0;
    }
    case 'poll': {
      const results = await pollDueFeeds(setup.ctx, { all: args.options.has('all') });
      for (const r of results) {
        ctx.out([r.sourceId, r.status, r.url, summaryLine(r.summary)].join('\t'));
        for (const f of r.summary.failures) process.stderr.write(`failed ${f.reason}: ${f.target}: ${f.message}\n`);
      }
      if (results.length === 0) ctx.out('no feed is due');
      return results.some((r) => r.status === 'failed' || r.summary.failed > 0) ? 1 : 0;
    }
    default:
      throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'give a subcommand');
  }
}

export const command: CliCommand = {
  name: 'feeds',
  summary: 'add, list, remove, enable/disable and poll RSS/Atom/JSON feeds',
  usage: [
    'Usage: feeds add URL [--outlet NAME] [--lang xx]',
    '       feeds list',
    '       feeds remove URL|ID        (a feed with stored articles is disabled instead)',
    '       feeds enable URL|ID | feeds disable URL|ID',
    '       feeds poll [--all]          (due feeds; --all: every enabled feed now)',
    '       feeds import-defaults [--file data/feeds.json]   (curated list, added disabled)',
  ].join('\n'),
  async run(ctx) {
    const args = parseArgs(ctx.args, { valued: ['outlet', 'lang', 'file'], switches: ['all'] });
    const lang = optionValue(args, 'lang');
    if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) throw new UsageError('--lang takes a two-letter code (uk, ru, en)');
    const config = parseCliConfig(ctx.env);
    const setup = openIngest({
      store: config.store,
      fetch: config.fetch,
      logger: ctx.logger,
      // Only polling stores articles, so only it loads the claim extractor.
      ...(args.positional[0] === 'poll' ? { hookFor: (db) => articleHookFor(db, { windowDays: config.store.contradictionWindowDays, logger: ctx.logger }) } : {}),
    });
    try {
      return await runSub(ctx, setup, args);
    } finally {
      setup.close();
    }
  },
};
