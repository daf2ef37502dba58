import { describe, expect, it } from 'vitest';
import { canonicalUrl, isHttpUrl } from '../../src/ingest/canonical-url.ts';

describe('canonicalUrl', () => {
  it.each([
    ['https://www.example.org/news/2025/11/20/kupiansk/', 'https://example.org/news/2025/11/20/kupiansk'],
    ['http://example.org/a?utm_source=tg&utm_medium=social&id=7', 'https://example.org/a?id=7'],
    ['https://example.org/a?fbclid=XYZ&gclid=1&yclid=2&b=2&a=1#comments', 'https://example.org/a?a=1&b=2'],
    ['https://m.example.org/story/12', 'https://example.org/story/12'],
    ['https://mobile.example.org/story/12', 'https://example.org/story/12'],
    ['https://amp.example.org/story/12', 'https://example.org/story/12'],
    ['https://example.org/story/12/amp', 'https://example.org/story/12'],
    ['https://example.org/story/12/amp/', 'https://example.org/story/12'],
    ['https://example.org/story/12.amp', 'https://example.org/story/12'],
    ['https://example.org/amp/story/12', 'https://example.org/story/12'],
    ['https://example.org/story/12?amp', 'https://example.org/story/12'],
    ['https://EXAMPLE.org:8443/x', 'https://example.org:8443/x'],
    ['https://example.org/', 'https://example.org'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('keeps a two-label host such as m.com whole', () => {
    expect(canonicalUrl('https://m.com/x')).toBe('https://m.com/x');
  });

  it('leaves non-http identities alone', () => {
    expect(canonicalUrl('file:kupiansk.txt')).toBe('file:kupiansk.txt');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });

  it('tells http(s) URLs from the rest', () => {
    expect(isHttpUrl('https://a.test/x')).toBe(true);
    expect(isHttpUrl('/tmp/a.txt')).toBe(false);
    expect(isHttpUrl('file:///tmp/a.txt')).toBe(false);
  });
});
