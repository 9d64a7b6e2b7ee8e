/**
 * The text the engine reads, built in place: a copy of the file with every character blanked
 * to a space except line breaks, into which the kept characters are written back at their own
 * offsets. Writing into an array keeps the cost one step per character whatever the number
 * of pieces kept, and the result always has the file's length.
 */
export class VisibleText {
  private readonly codes: Uint16Array;

  constructor(private readonly source: string) {
    const codes = new Uint16Array(source.length);
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      codes[i] = code === 10 || code === 13 ? code : 32;
    }
    this.codes = codes;
  }

  /** Keeps the file's characters `[start, end)`. */
  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) this.codes[i] = this.source.charCodeAt(i);
  }

  /** Writes `text` at `at` (the caller keeps it within the file, over no line break). */
  put(at: number, text: string): void {
    for (let i = 0; i < text.length; i++) this.codes[at + i] = text.charCodeAt(i);
  }

  /** A line break at `at` (the `<` of a block-level tag), so the text on either side splits. */
  lineBreak(at: number): void {
    this.codes[at] = 10;
  }

  toString(): string {
    // In slices: one call per character would be slow, one call for all would overflow the stack.
    const parts: string[] = [];
    for (let i = 0; i < this.codes.length; i += 8192) {
      parts.push(String.fromCharCode(...this.codes.subarray(i, Math.min(i + 8192, this.codes.length))));
    }
    return parts.join('');
  }
}
