import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { literalView, requiredLiterals } from '../../src/text/required-literals.ts';

describe('requiredLiterals', () => {
  it('lists the leading words of each top-level alternative', () => {
    expect(requiredLiterals('\\b(sign up|subscribe)\\b')).toEqual(['sign up', 'subscribe']);
    expect(requiredLiterals('^Read (more|also)')).toEqual(['read ']);
    expect(requiredLiterals('(donat(e|ions?)|funded by (its|our) readers)')).toEqual(['donat', 'funded by ']);
  });

  it('drops a letter made optional by a quantifier and stops there', () => {
    expect(requiredLiterals('newsletters?')).toEqual(['newsletter']);
    expect(requiredLiterals('colou?r')).toEqual(['colo']);
  });

  it('gives no prefilter when some alternative has no literal start', () => {
    expect(requiredLiterals('^(share|\\d+ min read)')).toBeNull();
    expect(requiredLiterals('(^|[.!?]\\s*)(photo|image):')).toBeNull();
    expect(requiredLiterals('^(a )?photo')).toBeNull();
    expect(requiredLiterals('(?!x)photo')).toBeNull();
    expect(requiredLiterals('^(джерело|source)')).toBeNull();
    expect(requiredLiterals('^.*\\)$')).toBeNull();
  });

  it('finds the literal in every line the real boilerplate rules match', () => {
    const rules = JSON.parse(readFileSync('data/lexicon/boilerplate.json', 'utf8')) as { kind: string; pattern: string; caseSensitive?: boolean }[];
    const lines = ['Support Our Journalism today', 'Please DONATE now', 'Sign up for the morning briefing', 'Read it on the Kyiv Independent app', 'Become a Kyiv Independent member', 'ſupport us'];
    for (const rule of rules.filter((r) => r.kind === 'line')) {
      const literals = requiredLiterals(rule.pattern);
      if (!literals) continue;
      const re = new RegExp(rule.pattern, rule.caseSensitive ? 'u' : 'iu');
      for (const line of lines.filter((l) => re.test(l))) expect(literals.some((l) => literalView(line).includes(l))).toBe(true);
    }
  });

  it('folds the long s the way case-insensitive Unicode regexes do', () => {
    expect(literalView('ſUPPORT')).toBe('support');
  });
});
