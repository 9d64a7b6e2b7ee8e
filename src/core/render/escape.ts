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
