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
 * Draws the highlights of the live comparison in every visible editor of its documents.
 * The decoration types are created once and disposed with this object; applying only turns
 * the precomputed offsets into ranges. Redraws when the highlights change and when editors
 * become visible again.
 */
export class Decorator extends Disposable {
  private readonly _types: ReadonlyMap<HighlightKind, vscode.TextEditorDecorationType>;
  private _applied = new Map<number, AppliedDecorations>();
  /** Documents that carry our decorations, so only they are cleared. */
  private readonly _decorated = new Set<string>();

  constructor(
    private readonly controller: ComparedDocuments,
    private readonly store: HighlightStore
  ) {
    super();
    this._types = new Map(HIGHLIGHT_KINDS.map((kind) => [kind, this._register(vscode.window.createTextEditorDecorationType(decorationOptions(kind)))]));
    this._register(store.onDidChange(() => this.apply()));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.apply()));
  }

  /** What was last drawn in one article (by index, or `a`/`b` for the focus and its partner): offsets per kind. */
  public applied(article: number | Side): AppliedDecorations {
    const current = this.controller.current;
    const index = article === 'a' ? current?.focus : article === 'b' ? current?.partner : article;
    return (index !== undefined && this._applied.get(index)) || {};
  }

  private apply(): void {
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
      this.draw(editor, article, this.store.get(article));
      this._decorated.add(key);
    }
    if (!this.controller.current) this._decorated.clear();
  }

  private draw(editor: vscode.TextEditor, article: number, list: readonly Highlight[]): void {
    const byKind = new Map<HighlightKind, Span[]>();
    for (const h of list) {
      const spans = byKind.get(h.kind) ?? [];
      spans.push({ start: h.start, end: h.end });
      byKind.set(h.kind, spans);
    }
    const document = editor.document;
    for (const [kind, type] of this._types) {
      const spans = byKind.get(kind) ?? [];
      editor.setDecorations(type, spans.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end))));
    }
    this._applied.set(article, Object.fromEntries(byKind));
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this._types.values()) editor.setDecorations(type, []);
  }
}
