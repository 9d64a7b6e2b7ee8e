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
/**
 * Most ranges one decoration type is given. A kind with more (10,000 changed words in a book)
 * is spread over several types of the same look, each set in a step of its own, so no single
 * message to the editor, which the extension host serialises (and compresses, in a remote
 * host) in one go, is large.
 */
const RANGES_PER_TYPE = 2000;

/** One step of drawing; it may give the steps that follow from it, to run next. */
type Step = () => Step[] | void;

/**
 * Draws the highlights of the live comparison in every visible editor of its documents.
 * The decoration types are created once (the extra ones for very many ranges of one kind when
 * first needed, see `RANGES_PER_TYPE`) and disposed with this object; applying only turns the
 * precomputed offsets into ranges. Redraws when the highlights change and when editors
 * become visible again. A long article is drawn in steps (see `DRAWN_AT_ONCE`), its kinds one
 * after the other; what it records as drawn is set once its last kind is.
 */
export class Decorator extends Disposable {
  /** Each kind's decoration types, all of the same look: the first made at once, in drawing order. */
  private readonly _types: ReadonlyMap<HighlightKind, vscode.TextEditorDecorationType[]>;
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
    this._types = new Map(HIGHLIGHT_KINDS.map((kind) => [kind, [this._register(vscode.window.createTextEditorDecorationType(decorationOptions(kind)))]]));
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
    const steps: Step[] = [];
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
      const drawing: Step = () => this.drawSteps(editor, article, list);
      if (list.length <= DRAWN_AT_ONCE) runNow([drawing]);
      else steps.push(drawing);
      this._decorated.add(key);
    }
    if (!this.controller.current) this._decorated.clear();
    this.runSteps(steps, generation);
  }

  /** Runs one step per turn of the event loop, until a newer redraw starts. */
  private runSteps(steps: Step[], generation: number): void {
    const next = () => {
      if (generation !== this._generation) return;
      const more = steps.shift()?.();
      if (more) steps.unshift(...more);
      if (steps.length > 0) this._timer = setTimeout(next, 0);
    };
    if (steps.length > 0) this._timer = setTimeout(next, 0);
  }

  /**
   * The steps that draw one editor: the types left without ranges cleared at once, then each
   * kind's ranges made and handed to the editor, `RANGES_PER_TYPE` at a time (one type each),
   * and finally what was drawn recorded. A step finds the document edited or the editor closed and does nothing:
   * the next report redraws it.
   */
  private drawSteps(editor: vscode.TextEditor, article: number, list: readonly Highlight[]): Step[] {
    const byKind = new Map<HighlightKind, Span[]>();
    for (const h of list) {
      const spans = byKind.get(h.kind) ?? [];
      spans.push({ start: h.start, end: h.end });
      byKind.set(h.kind, spans);
    }
    const document = editor.document;
    const version = document.version;
    const live = () => document.version === version && vscode.window.visibleTextEditors.includes(editor);
    const steps: Step[] = [];
    // Types left without ranges (kinds not drawn, a kind's extra types it no longer needs) are cleared at once.
    const unused: vscode.TextEditorDecorationType[] = [];
    for (const [kind] of this._types) {
      const needed = Math.ceil((byKind.get(kind)?.length ?? 0) / RANGES_PER_TYPE);
      unused.push(...this.typesOf(kind, needed).slice(needed));
    }
    steps.push(() => {
      if (live()) for (const type of unused) editor.setDecorations(type, []);
    });
    for (const [kind] of this._types) {
      const spans = byKind.get(kind);
      if (!spans) continue;
      const types = this.typesOf(kind, Math.ceil(spans.length / RANGES_PER_TYPE));
      for (let from = 0, shard = 0; from < spans.length; from += RANGES_PER_TYPE, shard++) {
        const type = types[shard]!;
        steps.push(() => {
          if (!live()) return;
          const end = Math.min(spans.length, from + RANGES_PER_TYPE);
          const ranges: vscode.Range[] = [];
          for (let i = from; i < end; i++) ranges.push(new vscode.Range(document.positionAt(spans[i]!.start), document.positionAt(spans[i]!.end)));
          editor.setDecorations(type, ranges);
        });
      }
    }
    steps.push(() => {
      if (live()) this._applied.set(article, Object.fromEntries(byKind));
    });
    return steps;
  }

  /** A kind's decoration types, at least `count` of them (made when first needed). */
  private typesOf(kind: HighlightKind, count: number): readonly vscode.TextEditorDecorationType[] {
    const types = this._types.get(kind)!;
    while (types.length < count) types.push(this._register(vscode.window.createTextEditorDecorationType(decorationOptions(kind))));
    return types;
  }

  private clear(editor: vscode.TextEditor): void {
    for (const types of this._types.values()) for (const type of types) editor.setDecorations(type, []);
  }
}

/** Runs steps, and the steps they give, at once. */
function runNow(steps: Step[]): void {
  while (steps.length > 0) {
    const more = steps.shift()!();
    if (more) steps.unshift(...more);
  }
}
