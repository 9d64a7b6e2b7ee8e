/**
 * Styles of the report. Colours are VS Code theme variables with fallbacks: inside a webview
 * the theme's values apply; in an exported file the fallbacks (light, or dark when the
 * reader's system prefers it) do.
 */
export const REPORT_CSS = `
:root {
  --fl-fg: var(--vscode-foreground, #1f2328);
  --fl-bg: var(--vscode-editor-background, #ffffff);
  --fl-muted: var(--vscode-descriptionForeground, #59636e);
  --fl-border: var(--vscode-panel-border, #d1d9e0);
  --fl-row: var(--vscode-editorWidget-background, #f6f8fa);
  --fl-link: var(--vscode-textLink-foreground, #0969da);
  --fl-del: var(--vscode-diffEditor-removedTextBackground, rgba(255, 80, 80, 0.25));
  --fl-ins: var(--vscode-diffEditor-insertedTextBackground, rgba(60, 180, 90, 0.25));
  --fl-rep: var(--vscode-editorWarning-foreground, #bf8700);
  --fl-neg: var(--vscode-charts-red, #cf222e);
  --fl-pos: var(--vscode-charts-green, #1a7f37);
  --fl-focus: var(--vscode-focusBorder, #0969da);
}
@media (prefers-color-scheme: dark) {
  :root:not(.vscode-light):not(.vscode-dark):not(.vscode-high-contrast) {
    --fl-fg: #e6edf3; --fl-bg: #0d1117; --fl-muted: #9198a1; --fl-border: #3d444d; --fl-row: #151b23; --fl-link: #4493f8;
  }
}
body { color: var(--fl-fg); background: var(--fl-bg); font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.5; margin: 0; padding: 0 1.5em 2em; max-width: 1200px; }
h1 { font-size: 1.5em; margin: 0.8em 0 0.3em; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid var(--fl-border); }
h3 { font-size: 1em; margin: 0.6em 0 0.3em; }
.fl-muted { color: var(--fl-muted); }
.fl-header .fl-article { margin: 0.15em 0; }
.fl-badge { display: inline-block; min-width: 1.4em; text-align: center; font-weight: bold; border: 1px solid var(--fl-border); border-radius: 3px; }
.fl-warning { border-left: 3px solid var(--fl-rep); padding: 0.3em 0.8em; background: var(--fl-row); }
.fl-summary { padding-left: 1.2em; margin: 0; }
.fl-table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; }
.fl-table th, .fl-table td { text-align: left; vertical-align: top; padding: 0.35em 0.6em; border-bottom: 1px solid var(--fl-border); }
.fl-table th { font-weight: 600; color: var(--fl-muted); }
.fl-aligned td { width: 50%; }
.fl-alike td { color: var(--fl-muted); }
.fl-only-a td:first-child, .fl-only-b td:last-child { background: var(--fl-row); }
.fl-empty { font-style: italic; }
.fl-chip { font-size: 0.8em; border: 1px solid var(--fl-border); border-radius: 8px; padding: 0 0.45em; color: var(--fl-muted); white-space: nowrap; }
.fl-contrast .fl-chip { color: var(--fl-rep); border-color: var(--fl-rep); }
.fl-source, .fl-verb { font-size: 0.85em; color: var(--fl-muted); }
.fl-del { background: var(--fl-del); border-radius: 2px; }
.fl-ins { background: var(--fl-ins); border-radius: 2px; }
.fl-rep { text-decoration: underline wavy var(--fl-rep); text-underline-offset: 3px; }
.fl-legend span { margin-right: 0.8em; }
.fl-term { font-weight: 600; }
.fl-num { text-align: right; white-space: nowrap; }
.fl-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }
.fl-columns ul { padding-left: 1.2em; margin: 0; }
.fl-tone-card h3 { margin-top: 0.2em; }
.fl-strip { width: 100%; height: 18px; display: block; border: 1px solid var(--fl-border); }
.fl-bar-zero { fill: var(--fl-border); }
.fl-bar-neg1 { fill: var(--fl-neg); fill-opacity: 0.35; } .fl-bar-neg2 { fill: var(--fl-neg); fill-opacity: 0.65; } .fl-bar-neg3 { fill: var(--fl-neg); }
.fl-bar-pos1 { fill: var(--fl-pos); fill-opacity: 0.35; } .fl-bar-pos2 { fill: var(--fl-pos); fill-opacity: 0.65; } .fl-bar-pos3 { fill: var(--fl-pos); }
.fl-neg { color: var(--fl-neg); margin-right: 0.6em; white-space: nowrap; }
.fl-pos { color: var(--fl-pos); margin-right: 0.6em; white-space: nowrap; }
.fl-limits { font-size: 0.9em; }
[data-side] { cursor: pointer; }
[data-side]:hover { outline: 1px dotted var(--fl-link); }
[data-side]:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; }
@media (max-width: 700px) { .fl-columns { grid-template-columns: 1fr; } }
`;
