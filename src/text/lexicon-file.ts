/**
 * Reading rule and lexicon files (data/lexicon/**): every file is a JSON array of entries, each
 * with an `id` and a `reason`. Validation errors name the file and the entry so a bad edit leads
 * straight to one line of data.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';

/** A lexicon or rule file that is missing, not JSON, or has an invalid entry. */
export class LexiconError extends Error {
  override name = 'LexiconError';
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly issue: string,
  ) {
    super(`${file}${entry ? ` entry "${entry}"` : ''}: ${issue}`);
  }
}

/** The fields every entry has. */
export const EntryBase = z.object({
  id: z.string().min(1),
  reason: z.string().min(1),
});

/** Validates already-parsed JSON as an array of entries; `file` names the source in errors. */
export function parseLexiconEntries<S extends z.ZodType>(file: string, raw: unknown, schema: S): z.infer<S>[] {
  if (!Array.isArray(raw)) throw new LexiconError(file, null, 'expected a JSON array of entries');
  const seen = new Set<string>();
  return raw.map((item: unknown, index) => {
    const id = entryName(item, index);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LexiconError(file, id, `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
    if (seen.has(id)) throw new LexiconError(file, id, 'duplicate id');
    seen.add(id);
    return parsed.data as z.infer<S>;
  });
}

/** Reads and validates one lexicon file. */
export function readLexiconFile<S extends z.ZodType>(path: string, schema: S): z.infer<S>[] {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LexiconError(path, null, `cannot read (${(err as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new LexiconError(file, null, `not valid JSON (${(err as Error).message})`);
  }
  return parseLexiconEntries(file, raw, schema);
}

/** Compiles a pattern from data, naming the entry when it is not a valid regular expression. */
export function compilePattern(file: string, id: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new LexiconError(file, id, `bad pattern (${(err as Error).message})`);
  }
}

function entryName(item: unknown, index: number): string {
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
  return `#${index}`;
}
