// Feed documents of each format, written for these tests.
export const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Test Wire</title><link>https://wire.example/</link><language>uk-ua</language>
<item><title>Assault near Kupiansk repelled</title><link>/news/1?utm_source=rss</link><guid isPermaLink="false">n1</guid>
<pubDate>Thu, 20 Nov 2025 09:15:00 +0200</pubDate><dc:creator>Desk</dc:creator><description>Short teaser.</description>
<content:encoded><![CDATA[<p>First paragraph.</p><p>Second &amp; last.</p>]]></content:encoded></item>
<item><title>No link item</title><description>Only words here.</description></item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title type="html">Pokrovsk &amp;amp; Myrnohrad</title><link rel="alternate" href="https://atom.example/e1"/><id>urn:e1</id>
<published>2025-11-02T10:00:00Z</published><updated>2025-11-03T10:00:00Z</updated><author><name>Reporter</name></author>
<summary>Teaser</summary><content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry></feed>`;

export const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF Wire</title><link>https://rdf.example/</link><description>d</description><dc:language>ru</dc:language></channel>
<item rdf:about="https://rdf.example/r1"><title>Vovchansk item</title><link>https://rdf.example/r1</link><description>Summary only.</description><dc:date>2025-08-21T12:00:00+03:00</dc:date></item>
</rdf:RDF>`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Wire',
  language: 'en',
  items: [{ id: 'j1', url: 'https://json.example/j1', title: 'Huliaipole item', content_text: 'Plain body.', date_published: '2026-02-01T00:00:00Z', authors: [{ name: 'J. R.' }] }],
});
