import type { Report } from '../types';

/**
 * The status bar line of a live comparison: framing contrasts and the sentences with no
 * close match in the other article (A's count, then B's).
 */
export function statusSummary(report: Report): string {
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const moved = report.alignment.moved;
  const parts = [
    `${contrasts} contrast${contrasts === 1 ? '' : 's'}`,
    `${report.alignment.onlyInA}/${report.alignment.onlyInB} unmatched`,
  ];
  if (moved > 0) parts.push(`${moved} moved`);
  return `Framing: ${parts.join(' · ')}`;
}
