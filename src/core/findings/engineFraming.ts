/**
 * Framing entries for what the engine finds beyond the lexicon: agency (one article names who
 * acted, the other does not) and distancing (scare quotes, "so-called"). They take the shape
 * of lexicon entries so that every view (highlights, hovers, the framing table, exports)
 * shows them without a special case, and carry their details for the views that say more.
 */
import * as l10n from '@vscode/l10n';
import type { AgencyDetail, DistancingDetail, FramingEntry, FramingOccurrence, Side, TextSpan } from '../types';

/** The agency detector's finding, as `agencyFindings` returns it. */
export type AgencyInput = AgencyDetail;

/** The distancing detector's finding, as `distancingFindings` returns it. */
export interface DistancingInput {
  readonly side: Side;
  readonly marker: TextSpan & { readonly kind: 'scare-quote' | 'so-called'; readonly phrase: TextSpan };
  readonly counterpart?: TextSpan;
}

/** Why an agentless telling of an event is framing, in the UI language (as all the prose below). */
export function agencyExplanation(): string {
  return l10n.t(
    'One article says who acted; the corresponding sentence of the other tells the same event without an agent. Agentless wording (“were killed”, “died”, “amid clashes”, “a blast hit”) keeps what happened and drops who did it, so responsibility disappears from the sentence.'
  );
}

export function agencySource(): string {
  return l10n.t(
    'Critical linguistics of news: T. Trew, “Theory and ideology at work” (1979), on “police shot” against “were shot”; R. Fowler, Language in the News (1991).'
  );
}

export function distancingExplanation(): string {
  return l10n.t(
    'Quotation marks around a word in the outlet’s own voice, with no one quoted, and “so-called”, “self-styled” or “self-proclaimed”, tell the reader not to take the word at face value: a “ceasefire” in scare quotes is one the outlet doubts. The other article using the same word plainly accepts it.'
  );
}

export function distancingSource(): string {
  return l10n.t('Newsroom style guides treat scare quotes and “so-called” as the writer’s comment on a term and advise using them sparingly.');
}

/** The note's sentence on the agentless side: `other` writes `agentless`, and what kind of wording it is. */
function agentlessNote(form: AgencyDetail['form'], other: string, agentless: string): string {
  switch (form) {
    case 'passive':
      return l10n.t('{0} writes “{1}”: a passive with no agent.', other, agentless);
    case 'intransitive':
      return l10n.t('{0} writes “{1}”: a verb that needs no agent.', other, agentless);
    case 'nominal':
      return l10n.t('{0} writes “{1}”: a noun for the event, with no one doing it.', other, agentless);
  }
}

/**
 * One entry per agency finding: the agent's clause on one side, the agentless wording on the
 * other. `texts` are the two articles' texts, so that an occurrence spanning the agent and its
 * verb still slices its article exactly.
 */
export function agencyEntries(findings: readonly AgencyInput[], texts: { readonly a: string; readonly b: string }): FramingEntry[] {
  return findings.map((finding) => {
    const agentSide = finding.agentSide;
    const named: FramingOccurrence = { ...spanOf(texts[agentSide], finding.agent, finding.action), variantId: 'agent-named' };
    const agentless: FramingOccurrence = { ...copy(finding.agentless), variantId: 'agentless' };
    const [a, b] = agentSide === 'a' ? [[named], [agentless]] : [[agentless], [named]];
    const other = agentSide === 'a' ? 'B' : 'A';
    const agentNote = l10n.t('{0} names who acted: “{1}” ({2}).', agentSide.toUpperCase(), finding.agent.text, finding.action.text);
    const note = `${agentNote} ${agentlessNote(finding.form, other, finding.agentless.text)}`;
    const detail: AgencyDetail = {
      pairId: finding.pairId,
      agentSide,
      agent: copy(finding.agent),
      action: copy(finding.action),
      agentless: copy(finding.agentless),
      form: finding.form,
    };
    return {
      setId: `agency-${finding.pairId}-${finding.agent.start}-${finding.action.start}-${finding.agentless.start}`,
      category: 'agency',
      contrast: true,
      a,
      b,
      note,
      explanation: agencyExplanation(),
      source: agencySource(),
      variantsA: a.map((o) => o.variantId),
      variantsB: b.map((o) => o.variantId),
      weight: 3,
      agency: detail,
    };
  });
}

/**
 * One entry per distancing marker. The plain use of the same words in the other article, when
 * there is one, is that side's occurrence: it is the counterpart a hover reveals.
 */
export function distancingEntries(findings: readonly DistancingInput[]): FramingEntry[] {
  return findings.map((finding) => {
    const { side, marker, counterpart } = finding;
    const marked: FramingOccurrence = { text: marker.text, start: marker.start, end: marker.end, variantId: marker.kind };
    const plain: FramingOccurrence[] = counterpart ? [{ ...copy(counterpart), variantId: 'plain' }] : [];
    const [a, b] = side === 'a' ? [[marked], plain] : [plain, [marked]];
    const note = distancingNote(side.toUpperCase(), marker, side === 'a' ? 'B' : 'A', counterpart);
    const detail: DistancingDetail = {
      side,
      kind: marker.kind,
      phrase: copy(marker.phrase),
      ...(counterpart && { counterpart: copy(counterpart) }),
    };
    return {
      setId: `distancing-${side}-${marker.start}`,
      category: 'distancing',
      contrast: true,
      a,
      b,
      note,
      explanation: distancingExplanation(),
      source: distancingSource(),
      variantsA: [...new Set(a.map((o) => o.variantId))],
      variantsB: [...new Set(b.map((o) => o.variantId))],
      weight: 2,
      distancing: detail,
    };
  });
}

/** What the marking side does, and what the other does with the same words when it uses them. */
function distancingNote(own: string, marker: DistancingInput['marker'], other: string, counterpart: TextSpan | undefined): string {
  if (marker.kind === 'scare-quote') {
    return counterpart
      ? l10n.t('{0} puts “{1}” in quotation marks with no one quoted; {2} uses “{3}” plainly.', own, marker.phrase.text, other, counterpart.text)
      : l10n.t('{0} puts “{1}” in quotation marks with no one quoted.', own, marker.phrase.text);
  }
  return counterpart ? l10n.t('{0} writes “{1}”; {2} uses “{3}” plainly.', own, marker.text, other, counterpart.text) : l10n.t('{0} writes “{1}”.', own, marker.text);
}

function copy(span: TextSpan): TextSpan {
  return { text: span.text, start: span.start, end: span.end };
}

/**
 * The agent and its verb as one occurrence when they are close together ("troops opened fire
 * and killed"), else the agent alone: a highlight across a whole clause would be a wall.
 */
function spanOf(text: string, agent: TextSpan, action: TextSpan): TextSpan {
  const start = Math.min(agent.start, action.start);
  const end = Math.max(agent.end, action.end);
  if (end - start > agent.end - agent.start + action.end - action.start + 40) return copy(agent);
  return { text: text.slice(start, end), start, end };
}
