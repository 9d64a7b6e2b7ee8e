import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/render/escape';
import { summaryLines } from '../core/render/labels';
import { leftOutLines } from '../core/render/leftOutLabels';
import type { CollectionReport } from '../core/types';
import { collectionStatusSummary, statusSummary, variantLines } from '../core/views/status';
import { layerInfo, LAYERS } from '../core/views/layers';
import { CommandId } from './commandIds';
import type { ComparisonController } from './comparison/controller';
import type { LiveComparison } from './comparison/types';
import { shownLayers } from './legend/layerSettings';
import { chooseLayersCommand } from './legend/legendView';
import { Disposable } from './util/dispose';

/**
 * The status bar items of a live comparison: the counts that matter at a glance, with the two
 * titles and the legend of the highlights in the tooltip, and a click that opens the report;
 * beside it, the menu of highlight layers. Hidden when nothing is compared.
 */
export class ComparisonStatusBar extends Disposable {
  private readonly _item = this._register(vscode.window.createStatusBarItem('framingLens.status', vscode.StatusBarAlignment.Left, 50));
  private readonly _layers = this._register(vscode.window.createStatusBarItem('framingLens.layers', vscode.StatusBarAlignment.Left, 49));

  constructor(private readonly controller: ComparisonController) {
    super();
    this._item.name = 'Framing Lens';
    this._item.command = { command: CommandId.OpenReport, title: vscode.l10n.t('Open Report') };
    this._layers.name = vscode.l10n.t({ message: 'Framing Lens Highlights', comment: ['The name of a status bar item; keep the product name Framing Lens'] });
    this._layers.command = chooseLayersCommand();
    this._layers.text = '$(layers)';
    this._register(controller.onDidChange((comparison) => this.update(comparison)));
    this._register(controller.onDidChangeConfig(() => this.update(controller.current)));
    this.update(controller.current);
  }

  private update(comparison: LiveComparison | undefined): void {
    if (!comparison) {
      this._item.hide();
      this._layers.hide();
      return;
    }
    const legend = this.legend();
    this._layers.tooltip = legend;
    this._layers.accessibilityInformation = { label: vscode.l10n.t('Framing Lens: show or hide layers of highlights') };
    this._layers.show();
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
        legend.value,
        vscode.l10n.t('Click to open the report.'),
      ].join('\n\n')
    );
    tooltip.isTrusted = { enabledCommands: [CommandId.ChooseLayers] };
    this._item.tooltip = tooltip;
    this._item.accessibilityInformation = {
      label: vscode.l10n.t('Framing Lens comparing {0} with {1}: {2}. Open the report.', a.title, b.title, statusSummary(report)),
    };
    this._item.show();
  }

  /** What each look of highlight means, hidden layers said so, with a link to the layer menu. */
  private legend(): vscode.MarkdownString {
    const shown = shownLayers(this.controller);
    const lines = LAYERS.map((layer) => {
      const info = layerInfo(layer);
      const line = `${info.label}: ${info.look}`;
      return shown[layer] ? line : vscode.l10n.t({ message: '{0} (hidden)', args: [`~~${line}~~`], comment: ['{0} is a layer of highlights, struck through'] });
    });
    const legend = new vscode.MarkdownString(
      [
        `**${vscode.l10n.t('Highlights')}**`,
        ...lines,
        vscode.l10n.t('Dimmed text: left out of the analysis.'),
        `[${vscode.l10n.t('Show or hide highlights…')}](command:${CommandId.ChooseLayers})`,
      ].join('  \n')
    );
    legend.isTrusted = { enabledCommands: [CommandId.ChooseLayers] };
    return legend;
  }

  private showCollection(collection: CollectionReport): void {
    const summary = collectionStatusSummary(collection);
    this._item.text = `$(diff-multiple) ${summary}`;
    const outlets = collection.articles.map((a, k) => {
      const name =
        k === collection.focus
          ? vscode.l10n.t({ message: '{0} (focus)', args: [`**${a.label}**`], comment: ['{0} is the letter of the article the others are compared with'] })
          : a.label;
      return `${name}: ${escapeMarkdown(a.title)}`;
    });
    const variants = variantLines(collection);
    this._item.tooltip = new vscode.MarkdownString(
      [
        `**Framing Lens** — ${vscode.l10n.t('{0} outlets', collection.articles.length)}`,
        outlets.join('  \n'),
        ...(variants.length > 0 ? [`${vscode.l10n.t('Worded differently:')}  \n${variants.map((line) => escapeMarkdown(line)).join('  \n')}`] : []),
        ...leftOutTooltip(collection.articles.map((a) => a.label), collection.excluded),
        this.legend().value,
        vscode.l10n.t('Click to open the report.'),
      ].join('\n\n')
    );
    (this._item.tooltip as vscode.MarkdownString).isTrusted = { enabledCommands: [CommandId.ChooseLayers] };
    this._item.accessibilityInformation = { label: vscode.l10n.t('Framing Lens comparing {0} articles: {1}. Open the report.', collection.articles.length, summary) };
    this._item.show();
  }
}

/** The tooltip's paragraph on what reading the files left out (dimmed in the editors); none when nothing was. */
function leftOutTooltip(labels: readonly string[], excluded: Parameters<typeof leftOutLines>[1]): string[] {
  const lines = leftOutLines(labels, excluded);
  return lines.length > 0 ? [`${vscode.l10n.t('Left out as not the articles\' own text (dimmed):')}  \n${lines.map((line) => escapeMarkdown(line)).join('  \n')}`] : [];
}
