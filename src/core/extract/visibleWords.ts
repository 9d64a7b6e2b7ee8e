/**
 * The visible words of a slice: markup blanked to spaces is dropped, a line break made from a
 * tag becomes a space, and spaces of the file are kept, so "<b>Troops</b> fired" reads
 * "Troops fired", "AT&amp;T" reads "AT&T" and "town&rsquo;s" reads "town’s".
 */
export function visibleWords(source: string, masked: string): string {
  if (source === masked) return source;
  let out = '';
  for (let i = 0; i < masked.length; i++) {
    const m = masked[i]!;
    const s = source[i]!;
    if (m === s) out += m;
    else if (m === '\n' || m === '\r') out += ' ';
    // Not the word joiners that pad an apostrophe written as a reference (maskMarkup's ENTITY_PAD).
    else if (m !== ' ' && m !== '\u2060') out += m;
  }
  return out.replace(/[ \t]*\n[ \t]*|[ \t]{2,}/g, (run) => (run.includes('\n') ? '\n' : ' ')).trim();
}
