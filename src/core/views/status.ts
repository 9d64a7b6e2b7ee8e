import type { Report } from '../types';

/** The status bar line of a live comparison: framing contrasts and one-sided sentences. */
export function statusSummary(report: Report): string {
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const moved = report.alignment.moved;
  const parts = [
    `${contrasts} contrast${contrasts === 1 ? '' : 's'}`,
    `${report.alignment.onlyInA} only-in-A`,
    `${report.alignment.onlyInB} only-in-B`,
  ];
  if (moved > 0) parts.push(`${moved} moved`);
  return `Framing: ${parts.join(' · ')}`;
}
