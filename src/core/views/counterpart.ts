import * as l10n from '@vscode/l10n';
import type { ExclusionReason } from '../extract/types';
import { LEFT_OUT_LABELS } from '../render/leftOutLabels';
import type { Report, Side, Span } from '../types';

/** Where the counterpart of a span lies, or why there is none. */
export type Counterpart =
  | { readonly found: true; readonly side: Side; readonly start: number; readonly end: number; readonly what: CounterpartKind }
  | { readonly found: false; readonly reason: NoCounterpart };

/**
 * Why a span has no counterpart, as data: the view phrases it with the articles' own labels
 * (a pair's "A" and "B", or a collection's letters), see `noCounterpartMessage`.
 * - `nothing-here`: no highlighted record at the span;
 * - `term-only-here`: only this article uses a term of the framing set (`term`);
 * - `no-close-match`: no sentence of the other article tells this sentence closely;
 * - `left-out`: reading the file left this text out of the analysis (`why`).
 */
export type NoCounterpart =
  | { readonly code: 'nothing-here' }
  | { readonly code: 'term-only-here'; readonly term: string }
  | { readonly code: 'no-close-match' }
  | { readonly code: 'left-out'; readonly why: ExclusionReason };

/** The sentence a view shows for a missing counterpart; `own` and `other` label the two articles. */
export function noCounterpartMessage(reason: NoCounterpart, own: string, other: string): string {
  switch (reason.code) {
    case 'nothing-here':
      return l10n.t('Nothing to reveal here: put the cursor on a highlighted word or sentence.');
    case 'term-only-here':
      return l10n.t('Only article {0} uses a term of this set ("{1}"); article {2} has none.', own, reason.term, other);
    case 'no-close-match':
      return l10n.t('No close match found in article {0} for this sentence of {1}.', other, own);
    case 'left-out':
      return l10n.t('This text of article {0} was left out of the analysis ({1}), so it has no counterpart.', own, LEFT_OUT_LABELS[reason.why].label.toLowerCase());
  }
}

export type CounterpartKind = 'words' | 'sentence' | 'framing-term' | 'name';

interface Candidate {
  readonly own: Span;
  /** Lower wins when two records cover the span equally tightly. */
  readonly rank: number;
  readonly result: Counterpart;
}

export function otherSide(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

export function sideLabel(side: Side): 'A' | 'B' {
  return side === 'a' ? 'A' : 'B';
}

/**
 * The counterpart, in the other article, of `span` of article `side`: for a word difference
 * its other side (or the corresponding sentence when the other side has no words there), for
 * a framing term the other article's occurrence of the same set in the corresponding sentence
 * (its first occurrence when the corresponding sentence has none), for a sentence of an
 * aligned pair (moved or not) the corresponding sentence. Content only one article has gets a
 * reason instead. The record that covers the span most tightly wins, so a link made for a
 * word difference leads to its other side even when the word is also a framing term.
 * An empty span is a cursor: records that touch it count.
 */
export function counterpartOf(report: Report, side: Side, span: Span): Counterpart {
  const best = bestCandidate(candidates(report, side, span)) ?? bestCandidate(candidates(report, side, { start: span.start, end: span.start }));
  if (best) return best.result;
  return { found: false, reason: { code: 'nothing-here' } };
}

function bestCandidate(list: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of list) {
    if (!best || c.own.end - c.own.start < best.own.end - best.own.start || (c.own.end - c.own.start === best.own.end - best.own.start && c.rank < best.rank)) {
      best = c;
    }
  }
  return best;
}

function candidates(report: Report, side: Side, span: Span): Candidate[] {
  const other = otherSide(side);
  const contains = (own: Span): boolean =>
    span.start === span.end ? own.start <= span.start && span.start <= own.end && own.end > own.start : own.start <= span.start && span.end <= own.end;
  const found: Candidate[] = [];
  const to = (target: Span, what: CounterpartKind): Counterpart => ({ found: true, side: other, start: target.start, end: target.end, what });

  for (const pair of report.pairs) {
    const pairOwn = side === 'a' ? pair.aSpan : pair.bSpan;
    const pairOther = side === 'a' ? pair.bSpan : pair.aSpan;
    if (!contains(pairOwn)) continue;
    found.push({ own: pairOwn, rank: 3, result: to(pairOther, 'sentence') });
    for (const diff of pair.diffs) {
      const own = diff[side];
      const target = diff[other];
      if (own.end > own.start && contains(own)) {
        found.push({ own, rank: 0, result: target.end > target.start ? to(target, 'words') : to(pairOther, 'sentence') });
      }
    }
  }

  for (const entry of [...report.framing, ...report.spelling]) {
    for (const occurrence of entry[side]) {
      if (!contains(occurrence)) continue;
      const target = sameSentenceOccurrence(report, side, occurrence, entry[other]) ?? entry[other][0];
      const result: Counterpart = target
        ? to(target, 'framing-term')
        : { found: false, reason: { code: 'term-only-here', term: occurrence.text } };
      found.push({ own: occurrence, rank: 1, result });
    }
  }

  for (const change of report.changes) {
    if (change.pairId || !contains(change[side])) continue;
    found.push({ own: change[side], rank: 2, result: to(change[other], 'name') });
  }

  for (const sentence of side === 'a' ? report.onlyInA : report.onlyInB) {
    if (!contains(sentence)) continue;
    found.push({
      own: sentence,
      rank: 4,
      result: { found: false, reason: { code: 'no-close-match' } },
    });
  }

  for (const run of report.excluded?.[side] ?? []) {
    if (contains(run)) found.push({ own: run, rank: -1, result: { found: false, reason: { code: 'left-out', why: run.reason } } });
  }
  return found;
}

/** An occurrence among `others` inside the sentence that corresponds to the one holding `own`. */
function sameSentenceOccurrence(report: Report, side: Side, own: Span, others: readonly Span[]): Span | undefined {
  const pair = report.pairs.find((p) => {
    const span = side === 'a' ? p.aSpan : p.bSpan;
    return span.start <= own.start && own.end <= span.end;
  });
  if (!pair) return undefined;
  const target = side === 'a' ? pair.bSpan : pair.aSpan;
  return others.find((o) => target.start <= o.start && o.end <= target.end);
}
