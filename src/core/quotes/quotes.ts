/**
 * Quotes and attribution: quoted spans with their speaker and reporting verb, and the quotes
 * two articles share.
 */
import type { Quote, QuoteReport, SegmentedText } from '../types';
import { Attributor } from './attribution';
import { markedQuotes } from './marks';
import { sharedQuotes } from './shared';
import { isWorkTitle } from './titles';

export { sharedQuotes, SHARED_QUOTE_THRESHOLD } from './shared';

/**
 * Finds the quotes of an article: the quoted words (without marks) with exact offsets, the
 * sentence where each starts, and the speaker and reporting verb where the text names them.
 * A quote that opens a sentence with no attribution of its own, right after an attributed
 * quote in the same paragraph, continues that speaker's words and takes the same attribution.
 * Titles in quotation marks (the film “Oppenheimer”, Operation “Iron Swords”) are not quotes.
 */
export function findQuotes(doc: SegmentedText): Quote[] {
  const marked = markedQuotes(doc).filter((m) => !isWorkTitle(doc, m));
  const attributor = new Attributor(doc, marked);
  const quotes: Quote[] = [];
  let previous: { paragraph: number; quote: Quote } | undefined;
  for (const m of marked) {
    const first = doc.words[attributor.wordAt(m.contentStart)];
    const sentence = first?.sentence ?? 0;
    let { speaker, verb } = attributor.attribute(m);
    const opensSentence = first !== undefined && doc.sentences[sentence]!.firstWord === first.index;
    if (!speaker && !verb && opensSentence && previous?.paragraph === m.paragraph && previous.quote.speaker) {
      ({ speaker, verb } = previous.quote);
    }
    // “We will appeal,” said Mr. Lee, “and we will win.”: the second half shares the first's verb.
    if (!speaker && verb && previous?.quote.verb?.start === verb.start && previous.quote.speaker) {
      speaker = previous.quote.speaker;
    }
    const quote: Quote = {
      quote: { text: doc.text.slice(m.contentStart, m.contentEnd), start: m.contentStart, end: m.contentEnd },
      sentence,
      ...(speaker && { speaker }),
      ...(verb && { verb }),
    };
    quotes.push(quote);
    previous = { paragraph: m.paragraph, quote };
  }
  return quotes;
}

/** The quotes of both articles and the ones they share. */
export function quoteReport(
  a: SegmentedText,
  b: SegmentedText,
  qa: readonly Quote[] = findQuotes(a),
  qb: readonly Quote[] = findQuotes(b)
): QuoteReport {
  return { a: qa, b: qb, shared: sharedQuotes(a, qa, b, qb) };
}
