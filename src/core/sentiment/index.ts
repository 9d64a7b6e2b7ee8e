/**
 * Tone of two articles with AFINN-165: per sentence and per article, the words that drive it,
 * tone towards named actors, and how much of the gap between the two comes from changed
 * wording versus content only one article has.
 */
import * as l10n from '@vscode/l10n';
import type { Alignment, ArticleSentiment, SegmentedText, SentimentReport } from '../types';
import type { SeedMentions } from './actorMentions';
import { actorTones } from './actors';
import { toneGap } from './gap';
import { articleSentiment } from './score';

export { actorTones, MAX_ACTORS } from './actors';
export { wordWeight } from './afinn';
export { toneGap } from './gap';
export { articleSentiment } from './score';
export { seedMentions } from './actorMentions';
export type { SeedMentions } from './actorMentions';

/** What the method can and cannot tell, shown next to every score, in the UI language. */
export function sentimentLimits(): string {
  return l10n.t(
    'Tone is counted from a word list (AFINN-165), not read for meaning: it misses sarcasm and context, counts words inside quotes as the outlet’s own tone, scores domain words such as “attack” or “war” as negative whoever uses them, and only works for English.'
  );
}

/** What tone analysis finds in one article alone, whatever it is compared with. */
export interface ToneOfArticle {
  readonly tone: ArticleSentiment;
  readonly seeds: SeedMentions;
}

/** Tone of both articles, towards their actors, and the gap between them, in one record. */
export function sentimentReport(
  a: SegmentedText,
  b: SegmentedText,
  alignment: Alignment,
  /** Each article's own tone and actor mentions, when an analysis already holds them. */
  known: { readonly a?: ToneOfArticle; readonly b?: ToneOfArticle } = {}
): SentimentReport {
  const sa = known.a?.tone ?? articleSentiment(a);
  const sb = known.b?.tone ?? articleSentiment(b);
  return {
    enabled: true,
    a: sa,
    b: sb,
    actors: actorTones(a, sa, b, sb, known.a?.seeds, known.b?.seeds),
    gap: toneGap(sa, sb, alignment),
    limits: sentimentLimits(),
  };
}
