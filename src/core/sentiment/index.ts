/**
 * Tone of two articles with AFINN-165: per sentence and per article, the words that drive it,
 * tone towards named actors, and how much of the gap between the two comes from changed
 * wording versus content only one article has.
 */
import type { Alignment, SegmentedText, SentimentReport } from '../types';
import { actorTones } from './actors';
import { toneGap } from './gap';
import { articleSentiment } from './score';

export { actorTones, MAX_ACTORS } from './actors';
export { wordWeight } from './afinn';
export { toneGap } from './gap';
export { articleSentiment } from './score';

/** What the method can and cannot tell, shown next to every score. */
export const SENTIMENT_LIMITS =
  'Tone is counted from a word list (AFINN-165), not read for meaning: it misses sarcasm and context, ' +
  'counts words inside quotes as the outlet’s own tone, scores domain words such as “attack” or “war” ' +
  'as negative whoever uses them, and only works for English.';

/** Tone of both articles, towards their actors, and the gap between them, in one record. */
export function sentimentReport(a: SegmentedText, b: SegmentedText, alignment: Alignment): SentimentReport {
  const sa = articleSentiment(a);
  const sb = articleSentiment(b);
  return {
    enabled: true,
    a: sa,
    b: sb,
    actors: actorTones(a, sa, b, sb),
    gap: toneGap(sa, sb, alignment),
    limits: SENTIMENT_LIMITS,
  };
}
