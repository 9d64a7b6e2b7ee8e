import * as vscode from 'vscode';
import { layerInfo, LAYERS, type Layer } from '../../core/views/layers';
import type { ComparisonController } from '../comparison/controller';
import { visibleLayers } from '../comparison/highlightStore';
import { CONFIG_SECTION, LAYER_SETTINGS } from '../config';

/** Whether each layer is shown now: its setting, and for one-sided content the live pair too. */
export function shownLayers(controller: ComparisonController): Readonly<Record<Layer, boolean>> {
  const current = controller.current;
  return visibleLayers(controller.config, current && !current.collection ? current.report : undefined);
}

/**
 * Shows or hides a layer by writing its setting, where the setting's value comes from (the
 * workspace's settings when it sets one, else the user's), so the Settings editor, the legend
 * and the menus always agree. One-sided content is set to `on` or `off` from what is shown
 * now, so one click shows it in a loosely related pair that `auto` leaves untinted.
 */
export async function setLayer(controller: ComparisonController, layer: Layer, shown: boolean): Promise<void> {
  if (shownLayers(controller)[layer] === shown) return;
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const key = LAYER_SETTINGS[layer];
  const value = layer === 'oneSided' ? (shown ? 'on' : 'off') : shown;
  const inspected = configuration.inspect(key);
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(key, value, target);
}

/** Show or Hide Highlights…: a menu of the layers, each checked when shown; what the user checks is shown. */
export async function chooseLayers(controller: ComparisonController): Promise<void> {
  const shown = shownLayers(controller);
  const items = LAYERS.map((layer) => {
    const info = layerInfo(layer);
    return { label: info.label, description: info.look, detail: info.meaning, picked: shown[layer], layer };
  });
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Framing Lens: highlights shown in the compared articles'),
    placeHolder: vscode.l10n.t('Check the layers to show'),
  });
  if (!picked) return;
  const chosen = new Set(picked.map((item) => item.layer));
  for (const layer of LAYERS) await setLayer(controller, layer, chosen.has(layer));
}

/** Toggle a layer: the argument names it (from the legend and the tooltip's links); without one, the menu. */
export async function toggleLayer(controller: ComparisonController, arg: unknown): Promise<void> {
  const layer = typeof arg === 'string' && (LAYERS as readonly string[]).includes(arg) ? (arg as Layer) : undefined;
  if (!layer) return chooseLayers(controller);
  await setLayer(controller, layer, !shownLayers(controller)[layer]);
}
