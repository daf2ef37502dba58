import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { looksLikeFeed, parseFeedDocument } from '../../src/ingest/feed.ts';
import { ATOM, JSON_FEED, RDF, RSS2 } from './feed-fixtures.ts';


describe('parseFeedDocument', () => {
  it('reads RSS 2.0 items: relative link made absolute, date, author, full content as paragraphs', () => {
    const feed = parseFeedDocument(RSS2, 'https://wire.example/rss');
    expect(feed).toMatchObject({ format: 'rss', title: 'Test Wire', lang: 'uk' });
    expect(feed.items[0]).toEqual({
      url: 'https://wire.example/news/1?utm_source=rss',
      title: 'Assault near Kupiansk repelled',
      published: '2025-11-20',
      byline: 'Desk',
      content: 'First paragraph.\n\nSecond & last.',
      summary: 'Short teaser.',
    });
    expect(feed.items[1]).toMatchObject({ url: null, summary: 'Only words here.', content: '' });
  });

  it('reads Atom, RSS 1.0 (RDF) and JSON Feed', () => {
    const atom = parseFeedDocument(ATOM, 'https://atom.example/feed');
    expect(atom.items[0]).toMatchObject({ url: 'https://atom.example/e1', published: '2025-11-02', byline: 'Reporter', content: 'Body one.', summary: 'Teaser' });
    const rdf = parseFeedDocument(RDF, 'https://rdf.example/rss');
    expect(rdf).toMatchObject({ format: 'rdf', lang: 'ru' });
    expect(rdf.items[0]).toMatchObject({ url: 'https://rdf.example/r1', published: '2025-08-21', summary: 'Summary only.' });
    const json = parseFeedDocument(JSON_FEED, 'https://json.example/feed.json');
    expect(json).toMatchObject({ format: 'json', lang: 'en' });
    expect(json.items[0]).toMatchObject({ url: 'https://json.example/j1', content: 'Plain body.', byline: 'J. R.', published: '2026-02-01' });
  });

  it.each([
    ['truncated XML', '<rss version="2.0"><channel><item><title>cut'],
    ['an HTML page', '<html><body><p>hello</p></body></html>'],
    ['nothing', ''],
  ])('reports %s as malformed-feed', (_name, text) => {
    expect(() => parseFeedDocument(text, 'https://bad.example/rss')).toThrow(IngestError);
    try {
      parseFeedDocument(text, 'https://bad.example/rss');
    } catch (e) {
      expect((e as IngestError).reason).toBe('malformed-feed');
    }
  });

  it('tells feeds from pages by type or by their first element', () => {
    expect(looksLikeFeed('application/rss+xml', '')).toBe(true);
    expect(looksLikeFeed('text/xml', RDF)).toBe(true);
    expect(looksLikeFeed(null, ATOM)).toBe(true);
    expect(looksLikeFeed('application/json', JSON_FEED)).toBe(true);
    expect(looksLikeFeed('text/html', RSS2)).toBe(false);
    expect(looksLikeFeed(null, '<!doctype html><html></html>')).toBe(false);
  });
});
