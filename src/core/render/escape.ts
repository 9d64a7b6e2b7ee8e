/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A translated sentence as HTML: the sentence is escaped (a translation is text, not markup),
 * then each placeholder takes its markup, which the caller has escaped. The sentence comes
 * from `l10n.t` without arguments, which leaves its placeholders in place.
 */
export function escapeHtmlWithMarkup(sentence: string, ...markup: readonly string[]): string {
  return escapeHtml(sentence).replace(/\{(\d+)\}/g, (placeholder, n: string) => markup[Number(n)] ?? placeholder);
}

/**
 * Escapes article text for Markdown so that it is shown as written: no emphasis, links,
 * HTML or table breaks can come from an article. Line breaks become spaces because every
 * place we print article text is a single line (a table cell or a quote line).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_{}\[\]()#+!|~>])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)-/, '$1\\-');
}
