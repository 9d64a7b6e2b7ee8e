/**
 * The AFINN-165 word list and negators exactly as the `sentiment` package ships them, indexed
 * for scoring our own word tokens.
 *
 * Why not `new Sentiment().analyze(sentence)`: its tokenizer only strips ASCII punctuation, so
 * a word next to a curly quote (“good”) or an em dash never matches, and its output names
 * words but not where they are — mapping `calculation` back to offsets would mean re-finding
 * every word by guesswork. Reading the table and scoring the segmenter's words keeps offsets
 * exact and is a plain map lookup per word (a 1 MB article scores in a few tens of ms).
 */
import labels from 'sentiment/languages/en/labels.json';
import negatorList from 'sentiment/languages/en/negators.json';
import { normalizeWord } from '../text/normalize';

/** A multi-word AFINN entry ("does not work", "well-being"), as a sequence of word norms. */
export interface AfinnPhrase {
  readonly words: readonly string[];
  readonly weight: number;
}

const SINGLE = new Map<string, number>();
/** Phrases by their first word, longest first so the longest match wins. */
const PHRASES = new Map<string, AfinnPhrase[]>();

for (const [entry, weight] of Object.entries(labels as Record<string, number>)) {
  // Keys are folded the way `Word.norm` is ("naïve" → "naive"), so lookups agree.
  const parts = entry.split(/[\s-]+/).map(normalizeWord);
  if (parts.length === 1) {
    SINGLE.set(parts[0]!, weight);
  } else {
    const list = PHRASES.get(parts[0]!) ?? [];
    list.push({ words: parts, weight });
    list.sort((x, y) => y.words.length - x.words.length);
    PHRASES.set(parts[0]!, list);
  }
}

/** The package's negators ("not", "don't", "isn't"…), folded like our word norms. */
export const NEGATORS: ReadonlySet<string> = new Set(Object.keys(negatorList).map(normalizeWord));

/** AFINN weight of one normalised word, or undefined when the list does not have it. */
export function afinnWeight(norm: string): number | undefined {
  return SINGLE.get(norm);
}

/** Multi-word AFINN entries that start with this normalised word (longest first). */
export function afinnPhrases(firstNorm: string): readonly AfinnPhrase[] | undefined {
  return PHRASES.get(firstNorm);
}

/**
 * AFINN-165 weight of a word or phrase as a reader typed it ("Good", "well-being",
 * "Pakistan’s"), for hovers; undefined when the word list does not score it.
 */
export function wordWeight(word: string): number | undefined {
  const parts = word.trim().split(/[\s-]+/).filter(Boolean).map(normalizeWord);
  if (parts.length === 0) {
    return undefined;
  }
  if (parts.length === 1) {
    return SINGLE.get(parts[0]!);
  }
  const phrase = PHRASES.get(parts[0]!)?.find(
    (p) => p.words.length === parts.length && p.words.every((w, i) => w === parts[i])
  );
  return phrase?.weight;
}
