/** Agency: who did what, as one article tells it and the other leaves out. */
export { agencyFindings, SentenceClauses } from './agency';
export type { AgencyFinding } from './agency';
