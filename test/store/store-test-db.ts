// A migrated SQLite file in a temp dir for the article and source repository tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Db } from '../../src/store/open-database.ts';

export function tempStore(): { db: Db; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-store-'));
  const db = openStore(join(dir, 'store.sqlite'));
  return { db, cleanup: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}
