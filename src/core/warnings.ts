import { sharedVocabulary } from './align/documentSimilarity';
import type { Alignment, SegmentedText } from './types';

/**
 * Plain-language warnings about inputs that make a comparison weak or meaningless, shown at
 * the top of every view rather than failing: the user may still want to look.
 */
export function inputWarnings(a: SegmentedText, b: SegmentedText, alignment: Alignment): string[] {
  const warnings: string[] = [];
  if (a.words.length === 0) {
    warnings.push('Article A has no words to compare.');
  }
  if (b.words.length === 0) {
    warnings.push('Article B has no words to compare.');
  }
  if (a.words.length === 0 || b.words.length === 0) {
    return warnings;
  }
  if (a.text === b.text) {
    warnings.push('The two articles are identical.');
  } else if (alignment.pairs.length > 0 && alignment.pairs.every((p) => p.kind === 'identical') && alignment.onlyInA.length + alignment.onlyInB.length === 0) {
    warnings.push('The two articles have the same words; they differ only in punctuation, case or layout.');
  }
  if (alignment.pairs.length === 0 && sharesAlmostNothing(a, b, alignment)) {
    warnings.push('No sentence of one article corresponds to a sentence of the other: they may not be about the same event.');
  }
  for (const [label, doc] of [['A', a], ['B', b]] as const) {
    if (latinShare(doc) < 0.5) {
      warnings.push(`Article ${label} is mostly not in English: the framing lexicon and the tone word list are English-only.`);
    }
  }
  return warnings;
}

/**
 * Below this share of content words, or of names and figures, in common, two articles share
 * almost nothing. Reports of one event by different outlets share half their names and
 * figures and a tenth to a half of their words even when no sentence pair matches closely;
 * unrelated articles next to none. Two short reports of different events in one country
 * share its name and little else ("Russian", "Ukrainian" but not one other word).
 */
const UNRELATED_SHARE = 0.1;

/**
 * Whether two articles share almost no content words, or almost no names and figures. Only
 * then is "not the same event" worth saying: same-event reports worded apart find few
 * corresponding sentences, and an alarm there would be wrong.
 */
function sharesAlmostNothing(a: SegmentedText, b: SegmentedText, alignment: Alignment): boolean {
  const shared = sharedVocabulary(a, b, alignment);
  return shared.words < UNRELATED_SHARE || (shared.names !== undefined && shared.names < UNRELATED_SHARE);
}

/** Share of words written in basic Latin letters, a cheap proxy for "English-like text". */
function latinShare(doc: SegmentedText): number {
  let latin = 0;
  let counted = 0;
  for (let i = 0; i < doc.words.length && counted < 2000; i++) {
    const word = doc.words[i]!;
    if (/\d/.test(word.text)) {
      continue;
    }
    counted++;
    if (/^[a-z'.]+$/.test(word.norm)) {
      latin++;
    }
  }
  return counted === 0 ? 1 : latin / counted;
}
