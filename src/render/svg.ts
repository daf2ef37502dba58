// Small helpers to build SVG text by hand: every string that comes from data goes through `esc`.

/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A number rounded to 0.1 px: enough for a raster and keeps the SVG short. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Attribute values are numbers or strings; strings are escaped. */
type AttrValue = string | number | undefined;

function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return out;
}

/** An element with no children. */
export function el(name: string, a: Record<string, AttrValue>): string {
  return `<${name}${attrs(a)}/>`;
}

/** A `<text>` element; the content is escaped. */
export function text(x: number, y: number, content: string, a: Record<string, AttrValue> = {}): string {
  return `<text${attrs({ x, y, ...a })}>${esc(content)}</text>`;
}

/** The root `<svg>` with a solid background. */
export function svgDocument(width: number, height: number, background: string, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="DejaVu Sans">` +
    el('rect', { x: 0, y: 0, width, height, fill: background }) +
    body.join('') +
    '</svg>'
  );
}

/** Rough width of a text in DejaVu Sans at a size: layout only needs it not to be too small. */
export function textWidth(content: string, fontSize: number): number {
  return [...content].length * fontSize * 0.62;
}
