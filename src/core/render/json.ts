import type { Report } from '../types';

/** The report as pretty-printed JSON, the format scripts and the CLI contract rely on. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
