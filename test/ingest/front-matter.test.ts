import { describe, expect, it } from 'vitest';
import { localIsoDate, parseIsoDate, splitFrontMatter } from '../../src/ingest/front-matter.ts';

describe('splitFrontMatter', () => {
  it('reads keys and the body after the block', () => {
    const { meta, body } = splitFrontMatter(
      '---\nurl: https://news.example/a\nOutlet: "Field Report"\npublished: 2025-03-04\n---\nFirst line.\n\nSecond.',
    );
    expect(meta).toEqual({ url: 'https://news.example/a', outlet: 'Field Report', published: '2025-03-04' });
    expect(body).toBe('First line.\n\nSecond.');
  });

  it('treats a file without front matter as body', () => {
    expect(splitFrontMatter('Headline\r\nText')).toEqual({ meta: {}, body: 'Headline\nText' });
  });

  it('treats an unclosed block as body, and strips a byte-order mark', () => {
    expect(splitFrontMatter('\uFEFF---\nurl: x\nno end').meta).toEqual({});
    expect(splitFrontMatter('\uFEFF---\nlang: uk\n---\nТекст').meta).toEqual({ lang: 'uk' });
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2025-11-20', '2025-11-20'],
    ['2025-11-20T23:10:00+03:00', '2025-11-20'],
    ['Thu, 20 Nov 2025 10:00:00 GMT', '2025-11-20'],
    // RFC 822 feed dates keep the publisher's calendar day, whatever the UTC day of the instant.
    ['Thu, 20 Nov 2025 23:30:00 -0500', '2025-11-20'],
    ['Fri, 21 Nov 2025 01:30:00 +0200', '2025-11-21'],
    ['Fri, 21 Nov 2025 01:30:00 EET', '2025-11-21'],
    ['November 21, 2025', '2025-11-21'],
    ['Sat, 31 Feb 2025 10:00:00 GMT', null],
    ['2025-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (input, expected) => expect(parseIsoDate(input)).toBe(expected));
});

describe('localIsoDate', () => {
  it('is the day in the machine time zone, not the UTC day', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Europe/Kyiv';
    try {
      // 22:30 UTC on the 20th is 00:30 on the 21st in Kyiv (a file saved just after midnight).
      expect(localIsoDate(new Date('2025-11-20T22:30:00Z'))).toBe('2025-11-21');
      process.env.TZ = 'America/New_York';
      expect(localIsoDate(new Date('2025-11-21T03:00:00Z'))).toBe('2025-11-20');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
