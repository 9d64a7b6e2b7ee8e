import type { SegmentedText } from '../types';

/** Longest line, in words, still read as a headline or standfirst rather than body text. */
const MAX_HEADING_WORDS = 40;
const SENTENCE_ENDS = '.!?…';
const CLOSERS = `"'”’»)]`;
/** "(AFP/File)", "(Courtesy of the Foreign Office)": a credit or aside in brackets. */
const BRACKETED = /^[(\[][^()\[\]]*[)\]]$/;

/**
 * Which sentences are display text rather than body: headlines, standfirsts and subheads
 * (alone in their paragraph and not ending like a sentence: "Pakistan denies supplying arms
 * to Ukraine") and bracketed credits. They restate the body in fewer words, so where a body
 * sentence of the other article could pair with either a headline or a body sentence, the
 * body sentence is its counterpart.
 */
export function headingFlags(doc: SegmentedText): Uint8Array {
  const flags = new Uint8Array(doc.sentences.length);
  for (const paragraph of doc.paragraphs) {
    if (paragraph.sentenceCount !== 1) {
      continue;
    }
    const sentence = doc.sentences[paragraph.firstSentence]!;
    if (sentence.wordCount <= MAX_HEADING_WORDS && !endsLikeSentence(sentence.text)) {
      flags[sentence.index] = 1;
    }
  }
  for (const sentence of doc.sentences) {
    const first = sentence.text.charAt(0);
    if ((first === '(' || first === '[') && BRACKETED.test(sentence.text.trim())) {
      flags[sentence.index] = 1;
    }
  }
  return flags;
}

/** Whether `text` ends with a sentence end, possibly followed by closing quotes or brackets. */
function endsLikeSentence(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && (text.charCodeAt(k) <= 32 || CLOSERS.includes(text.charAt(k)))) {
    k--;
  }
  return k >= 0 && SENTENCE_ENDS.includes(text.charAt(k));
}
