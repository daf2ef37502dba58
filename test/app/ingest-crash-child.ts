// Child process for the crash test: ingests a directory with a hook that kills this very
// process (SIGKILL, no clean-up of any kind) while the Nth article's transaction is open.
import { createIngestContext } from '../../src/app/ingest-articles.ts';
import { ingestTargets } from '../../src/app/ingest-targets.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { openStore } from '../../src/store/open-database.ts';
import { FETCH } from './ingest-test-kit.ts';

const [dir, dbFile, killAt] = process.argv.slice(2) as [string, string, string];
const db = openStore(dbFile);
let stored = 0;
const ctx = createIngestContext(db, {
  fetcher: createFetcher({ config: FETCH }),
  onArticleStored: () => {
    stored++;
    if (stored === Number(killAt)) process.kill(process.pid, 'SIGKILL');
  },
});
await ingestTargets(ctx, [dir], { maxFileBytes: 1 << 20 });
