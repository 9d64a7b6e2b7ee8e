/**
 * Article files may be HTML or Markdown. Rather than extracting text (which would break the
 * offsets into the user's file that highlights depend on), markup is blanked out: replaced by
 * spaces of the same length, with line breaks kept and block-level tags turned into line
 * breaks so paragraphs survive. Script and style contents disappear entirely, so nothing
 * from them is ever analysed or shown.
 */
export type ArticleFormat = 'text' | 'html' | 'markdown';

/** Guesses the format from a file name, falling back to a look at the text. */
export function detectFormat(path: string | undefined, text: string): ArticleFormat {
  const lower = (path ?? '').toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512))) return 'html';
  return 'text';
}

export function maskMarkup(text: string, format: ArticleFormat): string {
  switch (format) {
    case 'html':
      return maskHtml(text);
    case 'markdown':
      return maskMarkdown(text);
    case 'text':
      return text;
  }
}

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
 * the exception: "Kyiv&rsquo;s" would split into "Kyiv’" and "s", so the possessive
 * apostrophe is blanked and the word keeps its stem.
 */
function decodeEntity(entity: string, name: string): string {
  let char: string | undefined;
  if (name.startsWith('#x') || name.startsWith('#X')) char = safeChar(parseInt(name.slice(2), 16));
  else if (name.startsWith('#')) char = safeChar(parseInt(name.slice(1), 10));
  else char = ENTITIES[name.toLowerCase()];
  if (char === undefined || char.length > entity.length) return blank(entity);
  if (char === '’' || char === "'") return ' '.repeat(entity.length);
  return char + ' '.repeat(entity.length - char.length);
}

function safeChar(code: number): string | undefined {
  return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
}

function maskHtml(text: string): string {
  return text
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank)
    .replace(/<![^>]*>/g, blank)
    .replace(/<\/?[a-zA-Z][^>]*>/g, blankTag)
    .replace(/&(#?[a-zA-Z0-9]{1,8});/g, decodeEntity);
}

function maskMarkdown(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, blank)
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank) // images carry no article text
    .replace(/(\[[^\]\n]*\])(\([^)\n]*\))/g, (_, label: string, target: string) => label + blank(target))
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s/gm, blank)
    .replace(/(\*\*|__|`)/g, blank);
}
