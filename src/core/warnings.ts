import * as l10n from '@vscode/l10n';
import { sharedVocabulary } from './align/documentSimilarity';
import type { Alignment, SegmentedText } from './types';

/**
 * What makes a comparison weak or meaningless, as data (`article` is 0 for A and 1 for B);
 * `noticeText` phrases it. Views show notices at the top rather than failing: the user may
 * still want to look.
 */
export type InputNotice =
  | { readonly code: 'no-words'; readonly article: number }
  | { readonly code: 'identical' }
  | { readonly code: 'same-words' }
  | { readonly code: 'unrelated' }
  | { readonly code: 'not-english'; readonly article: number };

/** The notices of a pair of articles, A's before B's. */
export function inputNotices(a: SegmentedText, b: SegmentedText, alignment: Alignment): InputNotice[] {
  const notices: InputNotice[] = [];
  if (a.words.length === 0) notices.push({ code: 'no-words', article: 0 });
  if (b.words.length === 0) notices.push({ code: 'no-words', article: 1 });
  if (a.words.length === 0 || b.words.length === 0) return notices;
  if (a.text === b.text) {
    notices.push({ code: 'identical' });
  } else if (alignment.pairs.length > 0 && alignment.pairs.every((p) => p.kind === 'identical') && alignment.onlyInA.length + alignment.onlyInB.length === 0) {
    notices.push({ code: 'same-words' });
  }
  if (alignment.pairs.length === 0 && sharesAlmostNothing(a, b, alignment)) notices.push({ code: 'unrelated' });
  for (const [article, doc] of [a, b].entries()) {
    if (latinShare(doc) < 0.5) notices.push({ code: 'not-english', article });
  }
  return notices;
}

/**
 * A notice in plain language. `label` names an article by its index (a pair's "A" and "B",
 * a collection's letters); `pair`, in a collection, names the two articles a pair notice is
 * about (a pair report says "the two articles").
 */
export function noticeText(notice: InputNotice, label: (article: number) => string, pair?: readonly [string, string]): string {
  switch (notice.code) {
    case 'no-words':
      return l10n.t('Article {0} has no words to compare.', label(notice.article));
    case 'identical':
      return pair ? l10n.t('Articles {0} and {1} are identical.', pair[0], pair[1]) : l10n.t('The two articles are identical.');
    case 'same-words':
      return pair
        ? l10n.t('Articles {0} and {1} have the same words; they differ only in punctuation, case or layout.', pair[0], pair[1])
        : l10n.t('The two articles have the same words; they differ only in punctuation, case or layout.');
    case 'unrelated':
      return pair
        ? l10n.t('No sentence of {0} corresponds to a sentence of {1}: they may not be about the same event.', pair[0], pair[1])
        : l10n.t('No sentence of one article corresponds to a sentence of the other: they may not be about the same event.');
    case 'not-english':
      return l10n.t('Article {0} is mostly not in English: the framing lexicon and the tone word list are English-only.', label(notice.article));
  }
}

/** A pair report's notice phrased with the labels A and B. */
export function pairNoticeText(notice: InputNotice): string {
  return noticeText(notice, (k) => (k === 0 ? 'A' : 'B'));
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

const latinShares = new WeakMap<SegmentedText, number>();

/**
 * Share of words written in basic Latin letters, a cheap proxy for "English-like text";
 * kept per article, which a collection asks about once per pair.
 */
function latinShare(doc: SegmentedText): number {
  let share = latinShares.get(doc);
  if (share === undefined) {
    share = countLatin(doc);
    latinShares.set(doc, share);
  }
  return share;
}

function countLatin(doc: SegmentedText): number {
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
