import * as vscode from 'vscode';
import { layerInfo, LAYERS, legendEntries, looselyRelated, type Layer, type LegendEntry } from '../../core/views/layers';
import { CommandId } from '../commandIds';
import type { ComparisonController } from '../comparison/controller';
import { HIGHLIGHTABLE } from '../config';
import { Disposable } from '../util/dispose';
import { setLayer, shownLayers } from './layerSettings';

/** A node of the legend: a layer (with its checkbox) or one kind of mark in it. */
export type LegendNode = { readonly type: 'layer'; readonly layer: Layer } | { readonly type: 'entry'; readonly entry: LegendEntry };

/** What one node shows, for the integration tests: its label, description, whether checked, and its colour id. */
export interface LegendItemView {
  readonly label: string;
  readonly description?: string;
  readonly checked?: boolean;
  readonly color?: string;
  readonly children: readonly LegendItemView[];
}

/**
 * The Legend view of the Framing Lens sidebar: every layer of highlights with a checkbox that
 * shows or hides it (writing its setting, see `setLayer`), and under it each kind of mark with
 * a swatch in the colour the editor draws it in (the theme's `framingLens.*` colours), what it
 * means and an example. Follows the settings and the live comparison (the one-sided layer
 * says when a loosely related pair leaves it hidden).
 */
export class LegendView extends Disposable implements vscode.TreeDataProvider<LegendNode> {
  public static readonly viewId = 'framingLens.legend';
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<void>());
  public readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _view: vscode.TreeView<LegendNode>;

  constructor(private readonly controller: ComparisonController) {
    super();
    this._view = this._register(vscode.window.createTreeView(LegendView.viewId, { treeDataProvider: this, manageCheckboxStateManually: true }));
    this._register(this._view.onDidChangeCheckboxState(async (e) => {
      for (const [node, state] of e.items) {
        if (node.type === 'layer') await setLayer(this.controller, node.layer, state === vscode.TreeItemCheckboxState.Checked);
      }
      this._onDidChangeTreeData.fire();
    }));
    this._register(controller.onDidChange(() => this._onDidChangeTreeData.fire()));
    this._register(controller.onDidChangeConfig(() => this._onDidChangeTreeData.fire()));
  }

  public getChildren(node?: LegendNode): LegendNode[] {
    const entries = legendEntries(HIGHLIGHTABLE.filter((c) => this.controller.config.highlightCategories.has(c)));
    if (!node) {
      return [...LAYERS.map((layer) => ({ type: 'layer' as const, layer })), ...entries.filter((e) => e.layer === undefined).map((entry) => ({ type: 'entry' as const, entry }))];
    }
    if (node.type === 'entry') return [];
    return entries.filter((e) => e.layer === node.layer).map((entry) => ({ type: 'entry' as const, entry }));
  }

  public getTreeItem(node: LegendNode): vscode.TreeItem {
    if (node.type === 'entry') {
      const { entry } = node;
      const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(`framingLens.${entry.color}`));
      if (entry.example) item.description = entry.example;
      item.tooltip = entry.example ? `${entry.label}: ${entry.example}` : entry.label;
      return item;
    }
    const info = layerInfo(node.layer);
    const shown = shownLayers(this.controller)[node.layer];
    const item = new vscode.TreeItem(info.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.checkboxState = shown ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
    item.description = this.autoHidden(node.layer) ? vscode.l10n.t('hidden: the articles are loosely related') : info.look;
    const action = shown ? vscode.l10n.t('Uncheck to hide them.') : vscode.l10n.t('Check to show them.');
    item.tooltip = new vscode.MarkdownString(`**${info.label}** — ${info.look}.\n\n${info.meaning}\n\n${action}`);
    item.accessibilityInformation = {
      label: shown
        ? vscode.l10n.t({ message: '{0}, shown: {1}', args: [info.label, info.meaning], comment: ['{0} is a layer of highlights, {1} what it means'] })
        : vscode.l10n.t({ message: '{0}, hidden: {1}', args: [info.label, info.meaning], comment: ['{0} is a layer of highlights, {1} what it means'] }),
    };
    item.id = `layer:${node.layer}`;
    return item;
  }

  /** What the legend shows now, as plain values (for the integration tests). */
  public snapshot(): readonly LegendItemView[] {
    const view = (node: LegendNode): LegendItemView => {
      const item = this.getTreeItem(node);
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.color?.id : undefined;
      return {
        label: String(item.label),
        ...(typeof item.description === 'string' ? { description: item.description } : {}),
        ...(item.checkboxState !== undefined ? { checked: item.checkboxState === vscode.TreeItemCheckboxState.Checked } : {}),
        ...(icon ? { color: icon } : {}),
        children: this.getChildren(node).map(view),
      };
    };
    return this.getChildren().map(view);
  }

  /** Whether the one-sided layer is hidden only because its setting is `auto` and the live pair is loosely related. */
  private autoHidden(layer: Layer): boolean {
    const current = this.controller.current;
    return layer === 'oneSided' && this.controller.config.oneSidedContent === 'auto' && !!current && !current.collection && looselyRelated(current.report);
  }
}

/** The command that opens the layer menu, for the status bar and the tooltip (a function: its title is in the UI language). */
export function chooseLayersCommand(): vscode.Command {
  return { command: CommandId.ChooseLayers, title: vscode.l10n.t('Show or Hide Highlights…') };
}
