import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageLexicon, loadLexicon } from '../../src/extract/lexicon.ts';
import { LexiconError } from '../../src/text/lexicon-file.ts';

function lexiconDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  copyFileSync(resolve('data/lexicon/boilerplate.json'), join(dir, 'boilerplate.json'));
  mkdirSync(join(dir, 'xx'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'xx', name), JSON.stringify(content));
  return dir;
}

describe('loadLexicon', () => {
  it('loads the shipped lexicon with an English language set', () => {
    const lexicon = loadLexicon(resolve('data/lexicon'));
    expect(lexicon.languages.has('en')).toBe(true);
    expect(languageLexicon(lexicon, 'en').items.length).toBeGreaterThan(20);
  });

  it('falls back to English for a language without a lexicon', () => {
    const lexicon = loadLexicon(resolve('data/lexicon'));
    expect(languageLexicon(lexicon, 'pl').lang).toBe('en');
  });

  it('accepts a language folder with only some files', () => {
    const dir = lexiconDir({ 'cues.json': [{ id: 'c', reason: 'r', effect: 'take', phrases: ['zajęli'] }] });
    expect(loadLexicon(dir).languages.get('xx')?.items).toHaveLength(1);
  });

  it.each([
    ['a missing field', { 'cues.json': [{ id: 'no-effect', reason: 'r', phrases: ['x'] }] }, /xx\/cues\.json entry "no-effect"|cues\.json entry "no-effect".*effect/],
    ['a missing reason', { 'hedges.json': [{ id: 'h', phrases: ['x'] }] }, /hedges\.json entry "h".*reason/],
    ['a duplicate id', { 'hedges.json': [{ id: 'h', reason: 'r', phrases: ['x'] }, { id: 'h', reason: 'r', phrases: ['y'] }] }, /entry "h": duplicate id/],
    ['a bad phrase', { 'hedges.json': [{ id: 'bad', reason: 'r', phrases: ['(x'] }] }, /xx\/hedges\.json entry "bad"/],
    ['not an array', { 'scope.json': { id: 'x' } }, /scope\.json: expected a JSON array/],
  ])('names the file and entry for %s', (_name, files, message) => {
    const dir = lexiconDir(files);
    expect(() => loadLexicon(dir)).toThrow(LexiconError);
    expect(() => loadLexicon(dir)).toThrow(message);
  });
});
