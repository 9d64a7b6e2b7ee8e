/** Sentence alignment: which sentences of two articles tell the same thing. */
export { alignSentences, DEFAULT_THRESHOLDS } from './alignSentences';
export { documentSimilarity } from './documentSimilarity';
export type { MatchThresholds } from './matchCandidates';
