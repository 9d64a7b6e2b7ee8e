import type { ComparisonController } from '../comparison/controller';

/** Framing Lens: Stop Comparing — clears highlights, hovers, the status bar and the context keys. */
export function stopComparingCommand(controller: ComparisonController): void {
  controller.stop();
}
