import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeText, looksBinary } from '../../src/ingest/decode.ts';
import { IngestError } from '../../src/ingest/errors.ts';

const UKR = 'Куп’янськ і Покровськ: ЗСУ тримають позиції';

// Node can decode legacy charsets but not encode them: invert the decoder's byte table.
function encodeWith(label: string, s: string): Uint8Array {
  const table = new TextDecoder(label);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(table.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((ch) => map.get(ch) ?? 0x3f));
}
const encode1251 = (s: string): Uint8Array => encodeWith('windows-1251', s);

describe('decodeText', () => {
  it('reads the charset from the Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe('windows-1251');
    const bytes = encodeWith('koi8-u', 'Покровськ і Мирноград');
    expect(decodeText(bytes, 't', 'text/html; charset=koi8-u')).toEqual({ text: 'Покровськ і Мирноград', charset: 'koi8-u' });
  });

  it('reads the charset from <meta charset> and http-equiv when the header has none', () => {
    const html = (meta: string): Uint8Array => Uint8Array.from([...Buffer.from(`<html><head>${meta}</head><body>`), ...encode1251('Гуляйполе'), ...Buffer.from('</body></html>')]);
    expect(decodeText(html('<meta charset="windows-1251">'), 't', 'text/html').text).toContain('Гуляйполе');
    expect(decodeText(html('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), 't', null).text).toContain('Гуляйполе');
  });

  it('falls back to windows-1251 for Cyrillic bytes sent as UTF-8 or with no charset', () => {
    const bytes = encode1251(UKR);
    expect(decodeText(bytes, 't', 'text/html; charset=utf-8').charset).toBe('windows-1251');
    expect(decodeText(bytes, 't').text).toContain('Покровськ');
  });

  it('prefers valid UTF-8 over a stale legacy declaration, and survives an unknown label', () => {
    const bytes = Buffer.from(`<meta charset="koi8-r">${UKR}`);
    expect(decodeText(bytes, 't').text).toContain(UKR);
    expect(decodeText(Buffer.from('plain ascii'), 't', 'text/plain; charset=x-no-such').text).toBe('plain ascii');
  });

  it('reports binary content', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(looksBinary(png)).toBe(true);
    expect(looksBinary(Buffer.from('Text\twith tabs\r\nand lines'))).toBe(false);
    expect(() => decodeText(png, 'img.png')).toThrow(IngestError);
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 64));
    expect(() => decodeText(noise, 'noise.bin')).toThrow(/not valid text/);
  });
});
