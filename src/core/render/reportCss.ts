/**
 * Styles of the report. Colours are VS Code theme variables with fallbacks: inside a webview
 * the theme's values apply (including Framing Lens's own contributed colours, so a user's
 * overrides reach the report too); in an exported file the fallbacks apply, light or dark as
 * the reader's system prefers. High-contrast themes set the highlight backgrounds to
 * transparent and the `…Border` colours to visible ones, so every highlight also draws its
 * border colour (transparent elsewhere) and stays distinguishable without colour fills.
 */
import { categoryColorCss } from './categoryColors';

export const REPORT_CSS = `
:root {
  --fl-fg: var(--vscode-foreground, #1f2328);
  --fl-bg: var(--vscode-editor-background, #ffffff);
  --fl-muted: var(--vscode-descriptionForeground, #59636e);
  --fl-border: var(--vscode-widget-border, var(--vscode-panel-border, #d1d9e0));
  --fl-rule: var(--vscode-editorWidget-border, var(--vscode-panel-border, #e3e8ed));
  --fl-surface: var(--vscode-textBlockQuote-background, var(--vscode-editorWidget-background, #f6f8fa));
  --fl-link: var(--vscode-textLink-foreground, #0969da);
  --fl-code: var(--vscode-textCodeBlock-background, rgba(129, 139, 152, 0.15));
  --fl-del: var(--vscode-framingLens-wordDeleted, var(--vscode-diffEditor-removedTextBackground, rgba(255, 77, 77, 0.25)));
  --fl-ins: var(--vscode-framingLens-wordInserted, var(--vscode-diffEditor-insertedTextBackground, rgba(45, 164, 78, 0.25)));
  --fl-rep: var(--vscode-framingLens-wordReplaced, rgba(212, 167, 44, 0.3));
  --fl-word-border: var(--vscode-framingLens-wordChangeBorder, transparent);
  --fl-only-a: var(--vscode-framingLens-onlyInA, rgba(107, 127, 154, 0.14));
  --fl-only-b: var(--vscode-framingLens-onlyInB, rgba(107, 127, 154, 0.14));
  --fl-only-border: var(--vscode-framingLens-onlyInBorder, transparent);
  --fl-moved: var(--vscode-framingLens-movedBorder, #8250df);
  --fl-a: var(--vscode-charts-red, #cf222e);
  --fl-b: var(--vscode-charts-green, #1a7f37);
  --fl-accent: var(--vscode-charts-orange, #bc4c00);
  --fl-neg: var(--vscode-charts-red, #cf222e);
  --fl-pos: var(--vscode-charts-green, #1a7f37);
  --fl-zero: var(--vscode-disabledForeground, #afb8c1);
  --fl-focus: var(--vscode-focusBorder, #0969da);
}
@media (prefers-color-scheme: dark) {
  /* Only the fallbacks change: inside VS Code the theme's variables still win. */
  :root {
    --fl-fg: var(--vscode-foreground, #e6edf3);
    --fl-bg: var(--vscode-editor-background, #0d1117);
    --fl-muted: var(--vscode-descriptionForeground, #9198a1);
    --fl-border: var(--vscode-widget-border, var(--vscode-panel-border, #3d444d));
    --fl-rule: var(--vscode-editorWidget-border, var(--vscode-panel-border, #2a3038));
    --fl-surface: var(--vscode-textBlockQuote-background, var(--vscode-editorWidget-background, #151b23));
    --fl-link: var(--vscode-textLink-foreground, #4493f8);
    --fl-rep: var(--vscode-framingLens-wordReplaced, rgba(210, 153, 34, 0.3));
    --fl-moved: var(--vscode-framingLens-movedBorder, #a371f7);
    --fl-a: var(--vscode-charts-red, #ff7b72);
    --fl-b: var(--vscode-charts-green, #56d364);
    --fl-accent: var(--vscode-charts-orange, #f0883e);
    --fl-neg: var(--vscode-charts-red, #ff7b72);
    --fl-pos: var(--vscode-charts-green, #56d364);
    --fl-zero: var(--vscode-disabledForeground, #484f58);
  }
}
body {
  color: var(--fl-fg); background: var(--fl-bg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--vscode-font-size, 15px); line-height: 1.55;
  margin: 0 auto; padding: 0 24px 40px; max-width: 1180px;
}
h1 { font-size: 1.45em; font-weight: 600; margin: 0.9em 0 0.5em; }
h2 { font-size: 1.2em; font-weight: 600; margin: 2em 0 0.6em; padding-bottom: 0.25em; border-bottom: 1px solid var(--fl-rule); scroll-margin-top: 3.2em; }
section { scroll-margin-top: 3.2em; }
/* Sections fold: the heading is the toggle, with a chevron that says which way. */
.fl-fold > summary { list-style: none; cursor: pointer; }
.fl-fold > summary::-webkit-details-marker { display: none; }
.fl-fold > summary > h2 { display: flex; align-items: baseline; gap: 0.45em; }
.fl-fold > summary > h2::before { content: "▾"; color: var(--fl-muted); font-size: 0.8em; width: 0.8em; }
.fl-fold:not([open]) > summary > h2::before { content: "▸"; }
.fl-fold > summary:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0078d4); outline-offset: 2px; }
h3 { font-size: 1em; font-weight: 600; margin: 1em 0 0.4em; }
code { font-family: var(--vscode-editor-font-family, ui-monospace, "SF Mono", Consolas, monospace); font-size: 0.88em; }
.fl-muted { color: var(--fl-muted); }

/* Header, contents, summary */
.fl-articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 8px 24px; }
.fl-article { display: flex; gap: 10px; align-items: flex-start; min-width: 0; }
.fl-article .fl-title { font-weight: 600; overflow-wrap: anywhere; }
.fl-article .fl-muted { font-size: 0.9em; }
.fl-badge { display: inline-block; flex: none; min-width: 1.5em; padding: 0 0.3em; text-align: center; font-size: 0.85em; font-weight: 700; line-height: 1.5em; border-radius: 3px; border: 1px solid var(--fl-border); }
.fl-badge-a { color: var(--fl-a); border-color: var(--fl-a); }
.fl-badge-b { color: var(--fl-b); border-color: var(--fl-b); }
h3 .fl-badge { margin-right: 0.3em; }
.fl-toc { margin: 1.2em 0 0.4em; }
.fl-toc ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.fl-toc a { display: inline-block; padding: 2px 10px; border: 1px solid var(--fl-border); border-radius: 12px; color: var(--fl-link); text-decoration: none; font-size: 0.9em; white-space: nowrap; }
.fl-toc a:hover { background: var(--fl-surface); }
.fl-toc a:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; }
.fl-count { color: var(--fl-muted); margin-left: 0.2em; font-variant-numeric: tabular-nums; }
.fl-warning { border-left: 3px solid var(--fl-accent); padding: 0.4em 0.8em; background: var(--fl-surface); }
/* Six figures: one row of six when wide, two rows of three, or three rows of two when narrow. */
.fl-stats { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px; margin: 0; }
@media (min-width: 1000px) { .fl-stats { grid-template-columns: repeat(6, minmax(0, 1fr)); } }
.fl-stat { border: 1px solid var(--fl-rule); border-radius: 4px; padding: 8px 12px; background: var(--fl-surface); }
.fl-stat dt { font-size: 0.85em; color: var(--fl-muted); }
.fl-stat dd { margin: 0; }
.fl-stat-value { display: block; font-size: 1.5em; font-weight: 600; line-height: 1.3; font-variant-numeric: tabular-nums; }
.fl-stat-note { display: block; font-size: 0.85em; color: var(--fl-muted); line-height: 1.35; }
.fl-stat-a { border-left: 3px solid var(--fl-a); }
.fl-stat-b { border-left: 3px solid var(--fl-b); }

/* Tables */
.fl-table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
.fl-table th, .fl-table td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--fl-rule); }
.fl-table th { font-weight: 600; font-size: 0.9em; color: var(--fl-muted); border-bottom-color: var(--fl-border); }
.fl-table td:first-child, .fl-table th:first-child { padding-left: 0; }
.fl-num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.fl-chip { display: inline-block; font-size: 0.78em; line-height: 1.5; border: 1px solid var(--fl-border); border-radius: 9px; padding: 0 0.5em; color: var(--fl-muted); white-space: nowrap; vertical-align: 0.1em; }
.fl-chip-contrast { color: var(--fl-accent); border-color: var(--fl-accent); }
.fl-set { font-weight: 600; }
.fl-findings { margin: 0.2em 0 0.6em; padding-left: 1.6em; font-size: 1.05em; }
.fl-findings li { margin: 0.35em 0; line-height: 1.45; }
.fl-loaded { text-decoration: underline dotted; text-underline-offset: 3px; }
.fl-loaded-list { display: grid; gap: 4px; margin: 0.4em 0; }
.fl-loaded-list div { display: flex; gap: 8px; align-items: baseline; }
.fl-loaded-list dd { margin: 0; }
.fl-framing td:first-child { width: 22%; }
.fl-framing td:nth-child(2), .fl-framing td:nth-child(3) { width: 16%; }
.fl-note { font-size: 0.92em; }
.fl-source { font-size: 0.92em; color: var(--fl-muted); }
.fl-more { margin-top: 0.3em; }
.fl-more summary { cursor: pointer; color: var(--fl-link); font-size: 0.92em; width: fit-content; }
.fl-more summary:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; }
.fl-more p { margin: 0.3em 0 0; }
.fl-alike td, .fl-spelling td { color: var(--fl-muted); }
.fl-alike .fl-term, .fl-spelling .fl-term { font-weight: normal; }
.fl-term { font-weight: 600; }
.fl-verb { color: var(--fl-muted); font-style: italic; }
.fl-quotes td:first-child { width: 50%; }
.fl-quote { font-style: italic; }

/* Highlights */
.fl-del, .fl-ins, .fl-rep { border-radius: 2px; padding: 0 1px; box-decoration-break: clone; -webkit-box-decoration-break: clone; outline: 1px solid var(--fl-word-border); }
.fl-del { background: var(--fl-del); }
.fl-ins { background: var(--fl-ins); }
.fl-rep { background: var(--fl-rep); outline-style: dashed; }
.fl-legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 0.9em; margin: 0.2em 0 0.6em; }
.fl-aligned { table-layout: fixed; }
.fl-aligned th { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fl-aligned td { width: 50%; }
.fl-aligned td + td, .fl-aligned th + th { border-left: 1px solid var(--fl-rule); padding-left: 12px; }
.fl-identical td { color: var(--fl-muted); }
.fl-moved td:first-child { box-shadow: inset 3px 0 0 var(--fl-moved); padding-left: 10px; }
.fl-only-a td:first-child { background: var(--fl-only-a); outline: 1px dashed var(--fl-only-border); outline-offset: -2px; }
.fl-only-b td:last-child { background: var(--fl-only-b); outline: 1px dashed var(--fl-only-border); outline-offset: -2px; }
.fl-only-a td:first-child { padding-left: 8px; }
.fl-gap { color: var(--fl-muted); font-style: italic; font-size: 0.9em; }
.fl-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 8px 28px; }
.fl-only-list { list-style: none; padding: 0; margin: 0; }
.fl-only-list li { padding: 6px 10px; margin-bottom: 6px; border-radius: 3px; outline: 1px dashed var(--fl-only-border); outline-offset: -1px; }
.fl-only-list-a li { background: var(--fl-only-a); border-left: 3px solid var(--fl-a); }
.fl-only-list-b li { background: var(--fl-only-b); border-left: 3px solid var(--fl-b); }
.fl-left-out { list-style: none; padding: 0; margin: 0 0 1em; }
.fl-left-out li { padding: 3px 0; }
.fl-left-out-text { color: var(--fl-muted); }

/* Tone */
.fl-tone-card h3 { margin-top: 0.4em; font-variant-numeric: tabular-nums; }
.fl-strip { width: 100%; height: 20px; display: block; border-radius: 2px; background: var(--fl-surface); }
.fl-bar-zero { fill: var(--fl-zero); fill-opacity: 0.5; }
.fl-bar-neg1 { fill: var(--fl-neg); fill-opacity: 0.35; } .fl-bar-neg2 { fill: var(--fl-neg); fill-opacity: 0.65; } .fl-bar-neg3 { fill: var(--fl-neg); }
.fl-bar-pos1 { fill: var(--fl-pos); fill-opacity: 0.35; } .fl-bar-pos2 { fill: var(--fl-pos); fill-opacity: 0.65; } .fl-bar-pos3 { fill: var(--fl-pos); }
.fl-drivers { list-style: none; padding: 0; margin: 0.6em 0 0; display: flex; flex-wrap: wrap; gap: 4px 6px; }
.fl-drivers li { border: 1px solid var(--fl-rule); border-radius: 3px; padding: 0 6px; font-size: 0.9em; white-space: nowrap; }
.fl-drivers .fl-neg { border-left: 3px solid var(--fl-neg); }
.fl-drivers .fl-pos { border-left: 3px solid var(--fl-pos); }
.fl-weight { color: var(--fl-muted); font-variant-numeric: tabular-nums; }
.fl-limits { font-size: 0.88em; border-left: 3px solid var(--fl-rule); padding-left: 0.8em; }

/* Framing terms underlined in their category's colour, as in the editor, with a swatch by the category. */
.fl-swatch { display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; background: var(--fl-cat, var(--fl-muted)); margin-right: 0.4em; vertical-align: baseline; }
.fl-framing .fl-term { text-decoration: underline 2px var(--fl-cat, currentColor); text-underline-offset: 3px; }
${categoryColorCss()}

/* Links into the articles (webview only; the exported file has no data-side) */
[data-side] { cursor: pointer; }
.fl-sentence[data-side]:hover, .fl-term[data-side]:hover, .fl-quote[data-side]:hover { text-decoration: underline; text-decoration-color: var(--fl-link); text-underline-offset: 3px; }
rect[data-side]:hover { stroke: var(--fl-fg); stroke-width: 0.3; }
[data-side]:focus { outline: none; }
[data-side]:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; border-radius: 2px; }

/* Narrow views (the panel beside two editors, a phone): tables become stacked cards. */
@media (max-width: 620px) {
  body { padding: 0 14px 32px; }
  .fl-stats { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px; }
  .fl-stat { padding: 6px 10px; }
  .fl-stat-value { font-size: 1.25em; }
  .fl-stack, .fl-stack tbody, .fl-stack tr, .fl-stack td { display: block; width: auto !important; }
  .fl-stack thead { display: none; }
  .fl-stack tr { padding: 8px 0; border-bottom: 1px solid var(--fl-border); }
  .fl-stack td { border: none; padding: 2px 0 !important; box-shadow: none !important; }
  .fl-stack td[data-label]::before { content: attr(data-label); display: inline-block; min-width: 4.5em; margin-right: 6px; font-size: 0.8em; font-weight: 600; color: var(--fl-muted); }
  .fl-aligned td[data-label]::before { min-width: 1.2em; }
  .fl-framing td:first-child::before { display: none; }
  .fl-stack td:empty { display: none; }
  .fl-changes td:nth-child(1), .fl-changes td:nth-child(2) { display: inline; }
  .fl-changes td:nth-child(1)::before, .fl-changes td:nth-child(3)::before { display: none; }
  .fl-changes td:nth-child(2)::before { content: '→'; min-width: 0; margin: 0 6px; font-size: 1em; }
  .fl-changes td:nth-child(3) { margin-top: 2px; font-size: 0.9em; color: var(--fl-muted); }
  .fl-aligned td + td { border-left: none; }
  .fl-aligned .fl-gap { display: none; }
  .fl-moved td:first-child { border-left: 3px solid var(--fl-moved); padding-left: 8px !important; }
  .fl-only-a td:first-child, .fl-only-b td:last-child { padding: 4px 8px !important; }
}
@media print {
  .fl-toc { display: none; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
}
`;

/**
 * What the collection report adds to `REPORT_CSS` (kept apart so that the pair report's file
 * stays as it was): the pairs fold away under their headings, and article links name the
 * article (`data-article`) rather than a side.
 */
export const COLLECTION_CSS = `
.fl-focus { margin-top: 4px; font: inherit; font-size: 0.85em; padding: 1px 8px; border-radius: 3px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, transparent);
  border: 1px solid var(--vscode-button-border, var(--fl-border, #8888)); }
.fl-focus:hover { background: var(--vscode-button-secondaryHoverBackground, transparent); }

.fl-pair { border-top: 1px solid var(--fl-rule); }
.fl-pair > summary { cursor: pointer; font-weight: 600; padding: 0.6em 0; }
.fl-pair > summary:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; }
.fl-pair .fl-header h1 { display: none; }
.fl-matrix td:first-child { width: 28%; }
.fl-path { overflow-wrap: anywhere; }
@media (max-width: 620px) { .fl-matrix td:first-child::before { display: none; } }
[data-article] { cursor: pointer; }
.fl-sentence[data-article]:hover, .fl-term[data-article]:hover, .fl-quote[data-article]:hover { text-decoration: underline; text-decoration-color: var(--fl-link); text-underline-offset: 3px; }
[data-article]:focus { outline: none; }
[data-article]:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; border-radius: 2px; }
`;
