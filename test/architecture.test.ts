// The layering of src/ is enforced here, not by memory: each folder imports only what it may,
// and the packages that define an edge of the system stay inside their one folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

const mayImport: Record<string, readonly string[]> = {
  domain: [],
  text: ['domain'],
  gazetteer: ['domain', 'text'],
  extract: ['domain', 'text', 'gazetteer'],
  timeline: ['domain'],
  render: ['domain'],
  ingest: ['domain', 'text', 'root'],
  store: ['domain', 'root'],
  app: ['domain', 'text', 'gazetteer', 'extract', 'ingest', 'timeline', 'store', 'render', 'root'],
  bot: ['domain', 'app', 'render', 'root'],
  jobs: ['domain', 'app', 'root'],
  cli: ['domain', 'text', 'gazetteer', 'extract', 'ingest', 'timeline', 'store', 'app', 'render', 'root'],
  tools: ['domain', 'text', 'gazetteer', 'root'],
  root: ['*'],
};

const reservedPackage: Record<string, string> = {
  grammy: 'bot',
  '@grammyjs': 'bot',
  'better-sqlite3': 'store',
  'node-cron': 'jobs',
  '@resvg': 'render',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? 'root' : parts[0]!;
}

function importSpecifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) specs.push((m[1] ?? m[2])!);
  return specs;
}

function packageRoot(spec: string): string {
  return spec.startsWith('@') ? spec.split('/')[0]! : spec.split('/')[0]!;
}

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('knows every top-level folder of src/', () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of layers) expect(Object.keys(mayImport)).toContain(layer);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports only what its layer allows', (_name, file) => {
    const layer = layerOf(file);
    const allowed = mayImport[layer] ?? [];
    for (const spec of importSpecifiers(file)) {
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), spec));
        if (target === layer || allowed.includes('*')) continue;
        expect(allowed, `${relative(SRC, file)} imports ${spec} (${target})`).toContain(target);
      } else if (packageRoot(spec) in reservedPackage) {
        expect(layer, `${relative(SRC, file)} imports ${spec}`).toBe(reservedPackage[packageRoot(spec)]);
      }
    }
  });
});
