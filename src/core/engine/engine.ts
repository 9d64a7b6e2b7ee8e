/**
 * The one interface the extension calls to compare articles. The inline implementation runs
 * the engine on the caller's thread; the worker implementation (`WorkerEngine`) runs it on a
 * worker thread with the same contract (plain data in, plain data out), so the callers do
 * not change.
 */
import type { ArticleInput } from '../analysis/analyzeArticle';
import type { CollectionReport, Lexicon, Report } from '../types';
import type { Highlight, HighlightOptions } from '../views/highlights';
import type { ToneModel } from '../views/toneModel';

/** An article as the caller knows it: a stable key (its URI) and a version that changes with every edit. */
export interface EngineArticle extends ArticleInput {
  readonly key: string;
  readonly version: number;
}

/** Settings that change what a comparison finds; changing them drops the cached pair work. */
export interface EngineSettings {
  readonly includeSpelling?: boolean;
  readonly sentiment?: boolean;
  readonly locale?: string;
  /** Analyse the text reading each file leaves out (page furniture, an appended article). */
  readonly includeLeftOut?: boolean;
  /** Keys of the findings the user ignores in this workspace (see `findings/ignoredFindings.ts`). */
  readonly ignored?: readonly string[];
}

/** Which articles a comparison shows in detail: the focus and the one beside it. */
export interface EngineRequest {
  readonly articles: readonly EngineArticle[];
  /** Index of the focus article. Default 0. */
  readonly focus?: number;
  /** Index of the article compared with the focus in `pair`. Default: the first other one. */
  readonly partner?: number;
  /**
   * Also compute every article's highlights under these options (see `articleHighlights`), where
   * the engine runs: what the editors draw and the hovers explain.
   */
  readonly highlights?: HighlightOptions;
  /** Also compute the Tone panel's model (see `toneModelFor`), where the engine runs. */
  readonly tone?: boolean;
}

/** A structural match for `vscode.CancellationToken`, so the engine needs no editor import. */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
  /** Told when cancellation is requested, so an engine on another thread can be told at once. */
  readonly onCancellationRequested?: (listener: () => void) => { dispose(): unknown };
}

export interface EngineResult {
  /** The focus (side A) against the partner (side B). */
  readonly pair: Report;
  /** For three or more articles: the whole collection, focus compared with every other article. */
  readonly collection?: CollectionReport;
  readonly focus: number;
  readonly partner: number;
  /** With `request.highlights`: each article's highlights, by article index, sorted by start. */
  readonly highlights?: readonly (readonly Highlight[])[];
  /** With `request.tone`: the Tone panel's model, with comparison id and revision 0 for the caller to set. */
  readonly tone?: ToneModel;
  /** The engine's counts once this result was computed. */
  readonly counts: EngineCounts;
}

/** How much work the engine has done since it was made: tests check that an edit recomputes little. */
export interface EngineCounts {
  readonly analyses: number;
  readonly alignments: number;
  readonly reports: number;
}

export interface Engine {
  /** The lexicon to match (the bundled one merged with the user's); drops cached lexicon work. */
  setLexicon(lexicon: Lexicon): void;
  setSettings(settings: EngineSettings): void;
  /** Compares two or more articles; rejects with `Cancelled` when the signal is raised between steps. */
  compare(request: EngineRequest, signal?: CancellationSignal): Promise<EngineResult>;
  readonly counts: EngineCounts;
  /** Where the work runs: on a worker thread, or on the caller's own thread. */
  readonly kind?: 'worker' | 'inline';
  /** Releases what the engine holds (a worker thread); it is not used afterwards. */
  dispose?(): void;
}
