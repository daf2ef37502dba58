import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { articleFromHtml } from '../../src/ingest/html-article.ts';
import { articlePage, paragraphs } from './http-fixture.ts';

describe('articleFromHtml', () => {
  it('takes title, outlet, date, byline and language from meta tags, and paragraphs from the article', () => {
    const html = articlePage({
      title: 'Defenders hold the line at Siversk',
      lang: 'uk-UA',
      paragraphs: paragraphs('Siversk', 1),
      head: `<meta property="og:site_name" content="Donbas Daily"><meta property="og:title" content="Defenders hold the line at Siversk">
        <meta property="article:published_time" content="2025-12-03T21:30:00+02:00"><meta name="author" content="Olena K.">
        <link rel="canonical" href="https://donbas.example/news/siversk-line?utm_source=rss">`,
    });
    const a = articleFromHtml(html, 'https://m.donbas.example/news/siversk-line?fbclid=1');
    expect(a).toMatchObject({
      url: 'https://m.donbas.example/news/siversk-line?fbclid=1',
      canonicalUrl: 'https://donbas.example/news/siversk-line',
      outlet: 'Donbas Daily',
      title: 'Defenders hold the line at Siversk',
      lang: 'uk',
      published: '2025-12-03',
      byline: 'Olena K.',
    });
    const paras = a.body.split('\n\n');
    expect(paras.length).toBeGreaterThanOrEqual(4);
    expect(a.body).not.toMatch(/Home|Copyright/);
  });

  it('falls back to JSON-LD, then <time>, for the date and the publisher', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-01-14T08:00:00Z","publisher":{"@type":"Organization","name":"Front Wire"},"author":[{"name":"A. B."},{"name":"C. D."}]}]}</script>`;
    const a = articleFromHtml(articlePage({ title: 'Vovchansk update', paragraphs: paragraphs('Vovchansk', 2), head: ld }), 'https://fw.example/v');
    expect(a).toMatchObject({ published: '2026-01-14', outlet: 'Front Wire', byline: 'A. B., C. D.' });
    const withTime = articlePage({ title: 'Myrnohrad update', paragraphs: [...paragraphs('Myrnohrad', 3), '<time datetime="2025-10-30">30 October</time>'] });
    expect(articleFromHtml(withTime, 'https://x.example/m').published).toBe('2025-10-30');
  });

  it('finds the article as a page\'s main entity in JSON-LD', () => {
    const ld = '<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2025-07-07"}}</script>';
    expect(articleFromHtml(articlePage({ title: 'Lyman', paragraphs: paragraphs('Lyman', 6), head: ld }), 'https://l.example/1').published).toBe('2025-07-07');
  });

  it('ignores a broken JSON-LD block and a canonical link to the home page', () => {
    const head = '<script type="application/ld+json">{not json</script><link rel="canonical" href="/">';
    const a = articleFromHtml(articlePage({ title: 'Huliaipole', paragraphs: paragraphs('Huliaipole', 4), head }), 'https://hp.example/story/5/');
    expect(a.canonicalUrl).toBe('https://hp.example/story/5');
    expect(a.published).toBeNull();
  });

  it('uses the caller hints when the page says nothing', () => {
    const a = articleFromHtml(articlePage({ title: 'Pokrovsk', paragraphs: paragraphs('Pokrovsk', 5) }), 'https://p.example/1', { outlet: 'Feed Name', published: '2025-09-09' });
    expect(a).toMatchObject({ outlet: 'Feed Name', published: '2025-09-09' });
  });

  it.each([
    ['a navigation page', '<html><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>'],
    ['an empty document', ''],
    ['a script-only page', '<html><body><script>var x = 1;</script></body></html>'],
  ])('reports %s as no-article', (_name, html) => {
    const err = (() => {
      try {
        articleFromHtml(html, 'https://x.example/');
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toBe('no-article');
  });
});
