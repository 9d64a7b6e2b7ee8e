import * as vscode from 'vscode';
import type { Side, Span } from '../../core/types';
import { HIGHLIGHT_KINDS, type Highlight, type HighlightKind } from '../../core/views/highlights';
import type { ComparedDocuments } from '../comparison/types';
import type { HighlightStore } from '../comparison/highlightStore';
import { Disposable } from '../util/dispose';
import { decorationOptions } from './decorationTypes';

/** Offsets of what was last drawn in one article, by kind (for tests and diagnostics). */
export type AppliedDecorations = Readonly<Partial<Record<HighlightKind, readonly Span[]>>>;

/**
 * An editor with more highlights than this is drawn a step at a time, one step per turn of the
 * event loop: turning tens of thousands of offsets into ranges and handing them to the editor
 * would otherwise hold the extension host for a noticeable while.
 */
const DRAWN_AT_ONCE = 3000;
/** Offsets turned into ranges in one step. */
const RANGES_PER_STEP = 3000;

/**
 * Draws the highlights of the live comparison in every visible editor of its documents.
 * The decoration types are created once and disposed with this object; applying only turns
 * the precomputed offsets into ranges. Redraws when the highlights change and when editors
 * become visible again. A long article is drawn in steps (see `DRAWN_AT_ONCE`), its kinds one
 * after the other; what it records as drawn is set once its last kind is.
 */
export class Decorator extends Disposable {
  private readonly _types: ReadonlyMap<HighlightKind, vscode.TextEditorDecorationType>;
  private _applied = new Map<number, AppliedDecorations>();
  /** Documents that carry our decorations, so only they are cleared. */
  private readonly _decorated = new Set<string>();
  /** Increases with every redraw, so the steps of an older one stop. */
  private _generation = 0;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly controller: ComparedDocuments,
    private readonly store: HighlightStore
  ) {
    super();
    this._types = new Map(HIGHLIGHT_KINDS.map((kind) => [kind, this._register(vscode.window.createTextEditorDecorationType(decorationOptions(kind)))]));
    this._register(store.onDidChange(() => this.apply()));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.apply()));
    this._register({ dispose: () => clearTimeout(this._timer) });
  }

  /** What was last drawn in one article (by index, or `a`/`b` for the focus and its partner): offsets per kind. */
  public applied(article: number | Side): AppliedDecorations {
    const current = this.controller.current;
    const index = article === 'a' ? current?.focus : article === 'b' ? current?.partner : article;
    return (index !== undefined && this._applied.get(index)) || {};
  }

  private apply(): void {
    const generation = ++this._generation;
    clearTimeout(this._timer);
    const steps: (() => void)[] = [];
    if (!this.controller.current) this._applied.clear();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      const article = this.controller.articleOf(editor.document.uri);
      if (article === undefined) {
        if (this._decorated.has(key)) this.clear(editor);
        continue;
      }
      // Edited since the report was computed: VS Code keeps the drawn ranges in step with the
      // edit; the next report (after the debounce) redraws them exactly.
      if (editor.document.version !== this.controller.upToDateDocument(article)?.version) continue;
      const list = this.store.get(article);
      const drawing = this.drawSteps(editor, article, list);
      if (list.length <= DRAWN_AT_ONCE) for (const step of drawing) step();
      else steps.push(...drawing);
      this._decorated.add(key);
    }
    if (!this.controller.current) this._decorated.clear();
    this.runSteps(steps, generation);
  }

  /** Runs one step per turn of the event loop, until a newer redraw starts. */
  private runSteps(steps: (() => void)[], generation: number): void {
    const next = () => {
      if (generation !== this._generation) return;
      steps.shift()?.();
      if (steps.length > 0) this._timer = setTimeout(next, 0);
    };
    if (steps.length > 0) this._timer = setTimeout(next, 0);
  }

  /**
   * The steps that draw one editor: its kinds without highlights cleared at once, each other
   * kind's ranges made a few thousand at a time and handed to the editor, and finally what was
   * drawn recorded. A step finds the document edited or the editor closed and does nothing:
   * the next report redraws it.
   */
  private drawSteps(editor: vscode.TextEditor, article: number, list: readonly Highlight[]): (() => void)[] {
    const byKind = new Map<HighlightKind, Span[]>();
    for (const h of list) {
      const spans = byKind.get(h.kind) ?? [];
      spans.push({ start: h.start, end: h.end });
      byKind.set(h.kind, spans);
    }
    const document = editor.document;
    const version = document.version;
    const live = () => document.version === version && vscode.window.visibleTextEditors.includes(editor);
    const steps: (() => void)[] = [];
    const empty = [...this._types].filter(([kind]) => !byKind.has(kind)).map(([, type]) => type);
    steps.push(() => {
      if (live()) for (const type of empty) editor.setDecorations(type, []);
    });
    for (const [kind, type] of this._types) {
      const spans = byKind.get(kind);
      if (!spans) continue;
      const ranges: vscode.Range[] = [];
      for (let from = 0; from < spans.length; from += RANGES_PER_STEP) {
        steps.push(() => {
          if (!live()) return;
          const end = Math.min(spans.length, from + RANGES_PER_STEP);
          for (let i = from; i < end; i++) ranges.push(new vscode.Range(document.positionAt(spans[i]!.start), document.positionAt(spans[i]!.end)));
        });
      }
      steps.push(() => {
        if (live() && ranges.length === spans.length) editor.setDecorations(type, ranges);
      });
    }
    steps.push(() => {
      if (live()) this._applied.set(article, Object.fromEntries(byKind));
    });
    return steps;
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this._types.values()) editor.setDecorations(type, []);
  }
}
