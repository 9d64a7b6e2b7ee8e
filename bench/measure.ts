/** Timing and table helpers shared by the sections of the benchmark. */

export function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function timeMedian(run: () => void, repeats: number): number {
  return median(Array.from({ length: repeats }, () => timeOnce(run)));
}

export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/** One table row: the first two cells left-aligned, the others right-aligned. */
export function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}
