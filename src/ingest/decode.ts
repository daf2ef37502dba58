/**
 * Bytes → text. The charset comes from the Content-Type header, then a BOM, then the document
 * itself (`<meta charset>`, `http-equiv`, `<?xml encoding?>`), then UTF-8. A label Node does not
 * know falls back to UTF-8; text that is mostly invalid UTF-8 but reads as Cyrillic in
 * windows-1251 (Ukrainian and Russian sites that lie about or omit their charset) is read so.
 */
import { IngestError } from './errors.ts';

const SNIFF_BYTES = 4096;

/** The charset named in a Content-Type value, lower-cased. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function charsetFromDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of U+FFFD in a decoded text. */
function replacementRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  return bad / text.length;
}

function looksCyrillic(text: string): boolean {
  const nonAscii = text.replace(/[\x00-\x7f]/g, '');
  if (nonAscii.length === 0) return false;
  const cyr = nonAscii.replace(/[^\u0400-\u04ff]/g, '').length;
  return cyr / nonAscii.length > 0.7;
}

/** Whether bytes look like a binary file: NUL bytes or many control characters early on. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  if (charsetFromBom(head)?.startsWith('utf-16')) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.01;
}

/**
 * Decodes a document. `contentType` is the HTTP header when there was one. Throws
 * IngestError('binary') for bytes that are no text in any charset tried.
 */
export function decodeText(bytes: Uint8Array, target: string, contentType?: string | null): { text: string; charset: string } {
  if (looksBinary(bytes)) throw new IngestError('binary', target, 'binary content (control bytes), not text');
  const declared = charsetFromBom(bytes) ?? charsetFromContentType(contentType) ?? charsetFromDocument(bytes) ?? 'utf-8';
  const decoder = decoderFor(declared) ?? new TextDecoder('utf-8');
  if (decoder.encoding !== 'utf-8') {
    // Valid multi-byte UTF-8 is almost never an accident: a page declaring a legacy charset
    // but sending such bytes was re-encoded somewhere and its declaration is stale.
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, charset: 'utf-8' };
    return { text: decoder.decode(bytes), charset: decoder.encoding };
  }
  const text = decoder.decode(bytes);
  if (replacementRatio(text) < 0.01) return { text, charset: 'utf-8' };
  const cp1251 = new TextDecoder('windows-1251').decode(bytes);
  if (looksCyrillic(cp1251)) return { text: cp1251, charset: 'windows-1251' };
  if (replacementRatio(text) > 0.1) throw new IngestError('binary', target, 'not valid text in any known charset');
  return { text, charset: 'utf-8' };
}
