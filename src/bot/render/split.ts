/** Telegram rejects messages over 4096 characters; we stay a little below. */
export const MESSAGE_LIMIT = 4000;

/**
 * Packs blocks (a place header, one claim each) into messages below `limit`, breaking only
 * between blocks so a claim is never cut in half. A single block longer than the limit is cut
 * at line ends (blocks keep their tags within one line, so HTML stays well-formed).
 */
export function splitMessages(blocks: readonly string[], limit = MESSAGE_LIMIT, separator = '\n\n'): string[] {
  const out: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => (b.length > limit ? cutLines(b, limit) : [b]))) {
    if (current === '') current = block;
    else if (current.length + separator.length + block.length <= limit) current += separator + block;
    else {
      out.push(current);
      current = block;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

function cutLines(block: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of block.split('\n')) {
    const piece = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
    if (current !== '' && current.length + 1 + piece.length > limit) {
      parts.push(current);
      current = piece;
    } else current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current !== '') parts.push(current);
  return parts;
}
