import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/render/escape';
import { summaryLines } from '../core/render/labels';
import { leftOutLines } from '../core/render/leftOutLabels';
import type { CollectionReport } from '../core/types';
import { collectionStatusSummary, statusSummary, variantLines } from '../core/views/status';
import { CommandId } from './commandIds';
import type { ComparisonSource, LiveComparison } from './comparison/types';
import { Disposable } from './util/dispose';

/**
 * The status bar item of a live comparison: the counts that matter at a glance, the two titles
 * in the tooltip, and a click that opens the report. Hidden when nothing is compared.
 */
export class ComparisonStatusBar extends Disposable {
  private readonly _item = this._register(vscode.window.createStatusBarItem('framingLens.status', vscode.StatusBarAlignment.Left, 50));

  constructor(source: ComparisonSource) {
    super();
    this._item.name = 'Framing Lens';
    this._item.command = { command: CommandId.OpenReport, title: 'Open Report' };
    this._register(source.onDidChange((comparison) => this.update(comparison)));
    this.update(source.current);
  }

  private update(comparison: LiveComparison | undefined): void {
    if (!comparison) {
      this._item.hide();
      return;
    }
    if (comparison.collection) {
      this.showCollection(comparison.collection);
      return;
    }
    const { report } = comparison;
    const [a, b] = report.articles;
    this._item.text = `$(diff-multiple) ${statusSummary(report)}`;
    const tooltip = new vscode.MarkdownString(
      [
        `**Framing Lens** — A: ${escapeMarkdown(a.title)} · B: ${escapeMarkdown(b.title)}`,
        ...(report.keyFindings.length > 0 ? [report.keyFindings.map((f, i) => `${i + 1}. ${escapeMarkdown(f.text)}`).join('\n')] : []),
        summaryLines(report).map((line) => escapeMarkdown(line)).join('  \n'),
        ...leftOutTooltip(['A', 'B'], [report.excluded.a, report.excluded.b]),
        'Click to open the report.',
      ].join('\n\n')
    );
    this._item.tooltip = tooltip;
    this._item.accessibilityInformation = {
      label: `Framing Lens comparing ${a.title} with ${b.title}: ${statusSummary(report)}. Open the report.`,
    };
    this._item.show();
  }

  private showCollection(collection: CollectionReport): void {
    const summary = collectionStatusSummary(collection);
    this._item.text = `$(diff-multiple) ${summary}`;
    const outlets = collection.articles.map((a, k) => `${k === collection.focus ? '**' : ''}${a.label}${k === collection.focus ? '** (focus)' : ''}: ${escapeMarkdown(a.title)}`);
    const variants = variantLines(collection);
    this._item.tooltip = new vscode.MarkdownString(
      [
        `**Framing Lens** — ${collection.articles.length} outlets`,
        outlets.join('  \n'),
        ...(variants.length > 0 ? [`Worded differently:  \n${variants.map((line) => escapeMarkdown(line)).join('  \n')}`] : []),
        ...leftOutTooltip(collection.articles.map((a) => a.label), collection.excluded),
        'Click to open the report.',
      ].join('\n\n')
    );
    this._item.accessibilityInformation = { label: `Framing Lens comparing ${collection.articles.length} articles: ${summary}. Open the report.` };
    this._item.show();
  }
}

/** The tooltip's paragraph on what reading the files left out (dimmed in the editors); none when nothing was. */
function leftOutTooltip(labels: readonly string[], excluded: Parameters<typeof leftOutLines>[1]): string[] {
  const lines = leftOutLines(labels, excluded);
  return lines.length > 0 ? [`Left out as not the articles' own text (dimmed):  \n${lines.map((line) => escapeMarkdown(line)).join('  \n')}`] : [];
}
