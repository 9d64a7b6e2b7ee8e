import type { SegmentedText } from '../types';

/** How long a headline may be as an outlet's name before it is shortened at a word. */
export const MAX_HEADLINE = 72;

/** "A", "B", … "Z", then "A27", "A28", …: short labels in the order the articles were given. */
export function articleLabel(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `A${index + 1}`;
}

/**
 * The article's first line with words, spaces collapsed, shortened at a word boundary: the
 * headline of a saved article, and a better name for it than a file name such as
 * "001_2467.txt". Empty when the article has no words.
 */
export function headlineOf(doc: SegmentedText): string {
  const first = doc.words[0];
  if (!first) return '';
  const lineEnd = doc.text.indexOf('\n', first.start);
  const line = doc.text.slice(doc.text.lastIndexOf('\n', first.start) + 1, lineEnd < 0 ? undefined : lineEnd).replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_HEADLINE) return line;
  const cut = line.lastIndexOf(' ', MAX_HEADLINE - 1);
  return `${line.slice(0, cut > MAX_HEADLINE / 2 ? cut : MAX_HEADLINE - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
