/**
 * `npm run bench`: runs every `*.bench.ts` beside this file in name order. Each prints its own
 * numbers; nothing here asserts a time (targets are read by people, not by tests).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const mod = (await import(join(dir, file))) as { run: () => Promise<void> };
  await mod.run();
}
