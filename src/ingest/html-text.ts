/**
 * DOM → plain text with paragraphs: block elements become paragraphs separated by a blank line,
 * `<br>` a line break, inline whitespace collapses. Works on linkedom nodes (no DOM lib types:
 * the project compiles without `lib.dom`, so only the few members used are typed here).
 */

/** The members of a DOM node this module reads. */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);
const ELEMENT = 1;
const TEXT = 3;
const BREAK = '\u0000';
const PARAGRAPH = '\u0001';

function walk(node: TextNodeLike, out: string[]): void {
  if (node.nodeType === TEXT) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') {
    out.push(BREAK);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push(PARAGRAPH);
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (block) out.push(PARAGRAPH);
}

/** The text of a node, paragraphs separated by blank lines, trimmed. */
export function nodeToText(node: TextNodeLike): string {
  const out: string[] = [];
  walk(node, out);
  return out
    .join('')
    .split(PARAGRAPH)
    .map((p) =>
      p
        .split(BREAK)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
