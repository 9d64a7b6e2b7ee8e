/**
 * Two long articles about the same events, built from the project's own fixture pairs
 * (`test/fixtures`): the pairs' paragraphs repeated block after block until each article
 * reaches the size asked for, with the numbers and the proper names varied per block, so
 * that, as in a long real report, most sentences differ from their neighbours while each
 * block of A still has its counterpart in B. The fixtures' framing contrasts (Kiev/Kyiv,
 * rubbished/denied, defense/defence, agentless wording…) recur in every block, which makes
 * these articles heavy to highlight and to report: a stress case, not a typical one.
 *
 * Deterministic: the same size always gives the same texts.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Fixture pairs: two files, or one file holding A and B around a `---` line. */
const PAIRS: readonly (readonly [string, string] | string)[] = [
  ['workspace/editor-a.txt', 'workspace/editor-b.txt'],
  ['workspace/report-a.txt', 'workspace/report-b.txt'],
  ['workspace/analysis-a.txt', 'workspace/analysis-b.txt'],
  ['workspace/tone-a.txt', 'workspace/tone-b.txt'],
  'align-pair-court.txt',
  'align-pair-election.txt',
  'align-pair-flood.txt',
  'align-pair-strike.txt',
];

/** Names that carry the fixtures' framing contrasts, and words that only look like names: kept as they are. */
const KEPT = new Set([
  'Kiev', 'Kyiv', 'Lvov', 'Lviv', 'Dnieper', 'Odesa', 'Odessa', 'Supreme', 'Court', 'President', 'Governor', 'Chief', 'Justice',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Union', 'Port', 'Workers', 'Observers',
]);

const SYLLABLES = ['ka', 'ro', 'vel', 'mi', 'tor', 'an', 'se', 'lu', 'dar', 'en', 'bo', 'ris', 'ta', 'nol', 'vi', 'gar'];

/** A made-up name for `word` in block `block`: the same within a block, different across blocks. */
function inventedName(word: string, block: number): string {
  let h = block * 2654435761;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  h >>>= 0;
  const parts = [SYLLABLES[h % 16]!, SYLLABLES[(h >>> 4) % 16]!, SYLLABLES[(h >>> 8) % 16]!];
  const name = parts.join('');
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * A paragraph of block `block`: numbers shifted, names not in `KEPT` replaced (a sentence's
 * first word stays), and a sentence with neither told of the block's own place, so no
 * sentence repeats from block to block.
 */
function vary(paragraph: string, block: number): string {
  const place = inventedName('place', block);
  return paragraph
    .split(/(?<=[.!?]["”’]?)\s+/)
    .map((sentence) => {
      const numbered = sentence.replace(/\d+/g, (digits) => String(Number(digits) + block));
      const named = numbered.replace(/(?<=[^.!?"“‘\s]\s+)[A-Z][a-z]{3,}\b/g, (word) => (KEPT.has(word) ? word : inventedName(word, block)));
      if (named !== sentence) return named;
      return /[a-z][.!?]$/.test(named) ? `${named.slice(0, -1)} in ${place}${named.slice(-1)}` : named;
    })
    .join(' ');
}

function readPair(fixtures: string, pair: (typeof PAIRS)[number]): [string[], string[]] {
  const [a, b] =
    typeof pair === 'string'
      ? fs.readFileSync(path.join(fixtures, pair), 'utf8').split(/\n---\n/)
      : pair.map((file) => fs.readFileSync(path.join(fixtures, file), 'utf8'));
  // Paragraphs without the headline: the long article has one headline of its own.
  const paragraphs = (text: string) => text.trim().split(/\n\s*\n/).slice(1).map((p) => p.trim());
  return [paragraphs(a!), paragraphs(b!)];
}

/**
 * Articles A and B of about `size` characters each (UTF-16 code units), from the fixtures in
 * `fixtures` (the repository's `test/fixtures`).
 */
export function largePair(size: number, fixtures: string): { readonly a: string; readonly b: string } {
  const pairs = PAIRS.map((pair) => readPair(fixtures, pair));
  const a: string[] = ['Floods, trials and strikes: a long week in the region'];
  const b: string[] = ['A long week in the region: floods, courts and strikes'];
  let lengthA = a[0]!.length;
  let lengthB = b[0]!.length;
  for (let block = 0; lengthA < size || lengthB < size; block++) {
    const [pa, pb] = pairs[block % pairs.length]!;
    for (const p of pa) {
      if (lengthA >= size) break;
      const text = vary(p, block);
      a.push(text);
      lengthA += text.length + 2;
    }
    for (const p of pb) {
      if (lengthB >= size) break;
      const text = vary(p, block);
      b.push(text);
      lengthB += text.length + 2;
    }
  }
  return { a: `${a.join('\n\n')}\n`, b: `${b.join('\n\n')}\n` };
}
