/**
 * The markup reading as it was written with regular expressions (quadratic on unclosed
 * constructs), kept only as the reference the linear reading is checked against on small
 * random inputs.
 */
const BLOCK_TAG = /^<\/?(p|div|br|hr|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|title|main|aside|nav)\b/i;

/** Replaces a run by spaces, keeping line breaks so line numbers do not move. */
function blank(run: string): string {
  return run.replace(/[^\r\n]/g, ' ');
}

/** A block-level tag becomes a line break (plus spaces), so the text around it splits into paragraphs. */
function blankTag(tag: string): string {
  if (!BLOCK_TAG.test(tag) || /[\r\n]/.test(tag)) {
    return blank(tag);
  }
  return '\n' + ' '.repeat(tag.length - 1);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

/**
 * An entity becomes its character followed by padding spaces (same length). Apostrophes are
 * the exception: they are padded with word joiners (U+2060), which word scanning reads
 * through, so "Kyiv&rsquo;s" stays one word.
 */
function decodeEntity(entity: string, name: string): string {
  let char: string | undefined;
  if (name.startsWith('#x') || name.startsWith('#X')) char = safeChar(parseInt(name.slice(2), 16));
  else if (name.startsWith('#')) char = safeChar(parseInt(name.slice(1), 10));
  else char = ENTITIES[name.toLowerCase()];
  if (char === undefined || char.length > entity.length) return blank(entity);
  if (char === '’' || char === "'") return char + '\u2060'.repeat(entity.length - 1);
  if (/^[\p{Ps}\p{Pi}\p{Sc}]$/u.test(char)) return ' '.repeat(entity.length - char.length) + char;
  return char + ' '.repeat(entity.length - char.length);
}

function safeChar(code: number): string | undefined {
  return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
}

export function referenceHtml(text: string): string {
  return text
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank)
    .replace(/<![^>]*>/g, blank)
    .replace(/<\/?[a-zA-Z][^>]*>/g, blankTag)
    .replace(/&(#?[a-zA-Z0-9]{1,8});/g, decodeEntity);
}

export function referenceMarkdown(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, blank)
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank) // images carry no article text
    .replace(/(\[[^\]\n]*\])(\([^)\n]*\))/g, (_, label: string, target: string) => label + blank(target))
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s/gm, blank)
    .replace(/(\*\*|__|`)/g, blank);
}
