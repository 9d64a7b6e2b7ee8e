import type { FramingCategory } from '../types';

/**
 * The colour of each framing category's marks: its theme colour id (in `contributes.colors`,
 * without the `framingLens.` prefix) and the defaults of that colour, so the report underlines
 * a category's words in the colour the editor does. In VS Code's webviews the theme's own
 * colour applies (a CSS variable per colour id); an exported file, which has no theme, falls
 * back to the defaults. A unit test keeps the defaults equal to the manifest's.
 */
export const CATEGORY_COLORS: Readonly<Record<FramingCategory | 'agency' | 'distancing', { readonly id: string; readonly light: string; readonly dark: string }>> = {
  'place-name': { id: 'framing.placeName', light: '#0E7C86', dark: '#4FC1C9' },
  'reporting-verb': { id: 'framing.reportingVerb', light: '#8250DF', dark: '#C297FF' },
  'event-label': { id: 'framing.eventLabel', light: '#BC4C00', dark: '#F0883E' },
  'actor-label': { id: 'framing.actorLabel', light: '#CF222E', dark: '#FF7B72' },
  territory: { id: 'framing.territory', light: '#1A7F37', dark: '#56D364' },
  hedge: { id: 'framing.hedge', light: '#9A6700', dark: '#E3B341' },
  emotive: { id: 'framing.emotive', light: '#BF3989', dark: '#F778BA' },
  agency: { id: 'framing.agency', light: '#0550AE', dark: '#79C0FF' },
  distancing: { id: 'framing.distancing', light: '#6E5494', dark: '#D2A8FF' },
  'spelling-variant': { id: 'framing.spellingVariant', light: '#8C959F', dark: '#6E7681' },
};

/** The CSS variable VS Code gives a webview for a theme colour id: dots become dashes. */
export function themeVariable(id: string): string {
  return `--vscode-framingLens-${id.replace(/\./g, '-')}`;
}

/** Per category, `--fl-cat`: its theme colour, else its default for the light or dark scheme. */
export function categoryColorCss(): string {
  const rules = (scheme: 'light' | 'dark') =>
    Object.entries(CATEGORY_COLORS)
      .map(([category, color]) => `.fl-cat-${category} { --fl-cat: var(${themeVariable(color.id)}, ${color[scheme]}); }`)
      .join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`;
}
