import * as vscode from 'vscode';
import { CATEGORY_COLORS } from '../../core/render/categoryColors';
import type { HighlightCategory, HighlightKind } from '../../core/views/highlights';

const color = (id: string) => new vscode.ThemeColor(`framingLens.${id}`);

/**
 * How each kind of highlight looks. Sentence-level marks are light backgrounds (with a ruler
 * mark, so omissions can be found in a long article); word-level marks are stronger
 * backgrounds; framing terms are coloured underlines, one colour per category, so they stay
 * readable on top of a word background; spelling variants are a quiet dotted underline.
 * Text reading the file left out is dimmed.
 * Borders in the "…Border" colours are transparent except in high-contrast themes, where
 * backgrounds are off and outlines carry the meaning.
 */
export function decorationOptions(kind: HighlightKind): vscode.DecorationRenderOptions {
  switch (kind) {
    case 'leftOut':
      // Dimmed, as editors dim unused code: still readable, plainly not part of the analysis.
      return {
        opacity: '0.45',
        overviewRulerColor: color('leftOutRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      };
    case 'onlyInA':
    case 'onlyInB':
      return {
        backgroundColor: color(kind),
        border: '1px dashed',
        borderColor: color('onlyInBorder'),
        overviewRulerColor: color(`${kind}Ruler`),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      };
    case 'moved':
      return {
        backgroundColor: color('moved'),
        borderColor: color('movedBorder'),
        borderStyle: 'solid',
        borderWidth: '0 0 0 2px',
        overviewRulerColor: color('movedBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      };
    case 'wordReplaced':
    case 'wordInserted':
    case 'wordDeleted':
      return {
        backgroundColor: color(kind),
        border: '1px solid',
        borderColor: color('wordChangeBorder'),
        borderRadius: '2px',
      };
    case 'loaded':
      // Quieter than a contrast: a thin dotted line, no ruler mark.
      return {
        borderColor: color('loadedLanguage'),
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 2px 0',
      };
    case 'spelling':
      return {
        borderColor: color('framing.spellingVariant'),
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 1px 0',
      };
    default: {
      const category = kind.slice('framing:'.length) as HighlightCategory;
      return {
        borderColor: color(CATEGORY_COLORS[category].id),
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        overviewRulerColor: color(CATEGORY_COLORS[category].id),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
    }
  }
}
