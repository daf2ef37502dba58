/**
 * A one-character precondition: does the character at an index satisfy one of a few one-character
 * patterns (compiled with the rule's own flags, so case folding and Unicode classes are the
 * regex engine's)? Answers for BMP characters are cached in a table.
 */
export class CharGate {
  private readonly re: RegExp;
  /** Per BMP code unit: 0 not yet known, 1 no, 2 yes. */
  private readonly table = new Uint8Array(0x10000);

  constructor(fragments: readonly string[], flags: string) {
    this.re = new RegExp(`^(?:${fragments.join('|')})$`, flags.replace(/[gym]/g, ''));
  }

  /** Whether the code point starting at `i` passes. */
  passesAt(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return this.re.test(String.fromCodePoint(text.codePointAt(i)!));
    const known = this.table[c]!;
    if (known !== 0) return known === 2;
    const yes = this.re.test(String.fromCharCode(c));
    this.table[c] = yes ? 2 : 1;
    return yes;
  }

  /** Whether the last code point of a non-empty `text` passes. */
  passesLast(text: string): boolean {
    const i = text.length - 1;
    const c = text.charCodeAt(i);
    // A low surrogate after a high one is the end of a pair: test the pair.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) return this.passesAt(text, i - 1);
    }
    return this.passesAt(text, i);
  }
}

/** A two-character precondition: the first two code points form one of a few pairs of one-character patterns. */
export class PairGate {
  private readonly groups: { readonly first: CharGate; readonly second: CharGate }[] = [];

  constructor(pairs: readonly (readonly [string, string])[], flags: string) {
    const byFirst = new Map<string, string[]>();
    for (const [a, b] of pairs) byFirst.set(a, [...(byFirst.get(a) ?? []), b]);
    for (const [a, bs] of byFirst) this.groups.push({ first: new CharGate([a], flags), second: new CharGate(bs, flags) });
  }

  /** Whether `text` starts with a passing pair (a text shorter than two code points does not). */
  passes(text: string): boolean {
    const c = text.charCodeAt(0);
    const second = c >= 0xd800 && c <= 0xdbff && text.length > 1 && (text.charCodeAt(1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (second >= text.length) return false;
    for (const g of this.groups) if (g.first.passesAt(text, 0) && g.second.passesAt(text, second)) return true;
    return false;
  }
}
