import { describe, expect, it } from 'vitest';
import { decodeCallback, encodeCallback, type Callback } from '../../src/bot/keyboards/callback-data.ts';
import { htmlToText } from '../../src/bot/render/html-to-text.ts';
import { escapeHtml, link } from '../../src/bot/render/escape.ts';
import { splitMessages } from '../../src/bot/render/split.ts';

describe('escapeHtml and link', () => {
  it('escapes the characters Telegram HTML cares about', () => {
    expect(escapeHtml('<b>"Tom" & Jerry</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;');
    expect(escapeHtml(42)).toBe('42');
  });
  it('links only http(s) URLs', () => {
    expect(link('https://a.example/?x=1&y="2"', 'A <b>')).toBe('<a href="https://a.example/?x=1&amp;y=&quot;2&quot;">A &lt;b&gt;</a>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
  });
});

describe('splitMessages', () => {
  it('packs blocks under the limit and never splits a block', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => `<b>block ${i}</b> ${'x'.repeat(900)}`);
    const parts = splitMessages(blocks, 4000);
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4000);
    expect(parts.join('\n\n')).toBe(blocks.join('\n\n'));
  });
  it('cuts an oversized block at line ends', () => {
    const parts = splitMessages([Array.from({ length: 100 }, () => 'y'.repeat(99)).join('\n')], 4000);
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4000);
  });
});

describe('callback data', () => {
  const all: Callback[] = [
    { kind: 'subscribe', placeId: 'UA63080090010026457' },
    { kind: 'unsubscribe', placeId: 'ru:kursk-sudzha' },
    { kind: 'status', placeId: 'UA1' },
    { kind: 'history', placeId: 'UA1', page: 3, edit: true },
    { kind: 'history', placeId: 'UA1', page: 0, edit: false },
    { kind: 'language', language: 'uk' },
    { kind: 'toggle', setting: 'includeHedged' },
    { kind: 'ask', what: 'zone' },
  ];
  it.each(all.map((c) => [encodeCallback(c), c]))('%s round-trips within 64 bytes', (data, c) => {
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeCallback(data)).toEqual(c);
  });
  it.each(['sub:', 'sub:bad id', 'h:x:UA1', 'lang:de', 'tog:admin', 'ask:all', 'drop table', ''])('rejects %j', (data) => {
    expect(decodeCallback(data)).toBeUndefined();
  });
});

describe('console rendering', () => {
  it('turns Telegram HTML into plain terminal text', () => {
    expect(htmlToText('<b>Kupiansk</b> &amp; <a href="https://x.example/1">X</a> <i>q</i> &lt;3', false)).toBe('Kupiansk & X (https://x.example/1) q <3');
  });
});
