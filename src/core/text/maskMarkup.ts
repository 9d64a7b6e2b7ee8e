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

/** Elements whose tags end a paragraph: each of their tags becomes a line break. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  'p div br hr h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer blockquote pre figure figcaption title main aside nav'.split(' ')
);

const BLOCK_TAG = new RegExp(`^</?(${[...BLOCK_ELEMENTS].join('|')})\\b`, 'i');

/** Replaces a run by spaces, keeping line breaks so line numbers do not move. */
export function blank(run: string): string {
  // Most runs (a tag, an emphasis mark) hold no line break; spaces are made without a regular expression.
  if (run.indexOf('\n') < 0 && run.indexOf('\r') < 0) return ' '.repeat(run.length);
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
 * An entity becomes its character padded with spaces to the same length. Apostrophes are
 * padded with word joiners instead (see `ENTITY_PAD`): "Kyiv&rsquo;s" padded with spaces
 * would read as the words "Kyiv’" and "s".
 */
function decodeEntity(entity: string, name: string): string {
  let char: string | undefined;
  if (name.startsWith('#x') || name.startsWith('#X')) char = safeChar(parseInt(name.slice(2), 16));
  else if (name.startsWith('#')) char = safeChar(parseInt(name.slice(1), 10));
  else char = ENTITIES[name.toLowerCase()];
  return char === undefined ? blank(entity) : visibleEntity(entity, char);
}

/**
 * What pads an apostrophe written as a character reference to the reference's length: U+2060
 * WORD JOINER, which shows nothing and which word scanning reads through after an apostrophe
 * (`segment.ts`), so "don&rsquo;t" reads as the one word "don’t", as "don’t" does. Word
 * normalisation and the visible words of a span drop it.
 */
export const ENTITY_PAD = '\u2060';

/**
 * What a decoded character reference shows in a text of the file's length: the character
 * padded with spaces to the reference’s length (before an opening quote, bracket or currency
 * sign, after anything else), an apostrophe padded with word joiners (see `ENTITY_PAD`), and
 * a character that cannot be shown in place (a control character, or one longer than the
 * reference) blanked.
 */
export function visibleEntity(entity: string, char: string): string {
  if (char.length > entity.length || char.length === 0 || char.charCodeAt(0) <= 31) return blank(entity);
  if (char === '’' || char === "'") return char + ENTITY_PAD.repeat(entity.length - 1);
  if (char === '\u00a0') char = ' ';
  // An opening quote, bracket or currency sign belongs to what follows ("&ldquo;the", "&pound;2"):
  // padded before, so the reader sees "“the" and "£2", not "“ the" and "£ 2".
  if (OPENS.test(char)) return ' '.repeat(entity.length - char.length) + char;
  return char + ' '.repeat(entity.length - char.length);
}

const OPENS = /^[\p{Ps}\p{Pi}\p{Sc}]$/u;

function safeChar(code: number): string | undefined {
  return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
}

/** Elements whose content is not article text. */
const RAW_HTML = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object'];
const RAW_MARKDOWN = ['script', 'style'];

/**
 * Every step reads the text once from left to right: a construct that never closes (an
 * unclosed `<script`, `<!--`, `<a`, `[` or `![`, however often it repeats) is found not to
 * close once, not once per opener, so hostile markup takes linear time.
 */
function maskHtml(text: string): string {
  let out = blankRawElements(text, RAW_HTML);
  out = blankBetween(out, '<!--', '-->');
  out = blankBetween(out, '<![CDATA[', ']]>');
  out = blankBetween(out, '<!', '>'); // declarations: a doctype
  out = blankTags(out, false);
  return out.replace(/&(#?[a-zA-Z0-9]{1,8});/g, decodeEntity);
}

function maskMarkdown(text: string): string {
  let out = blankRawElements(text, RAW_MARKDOWN);
  out = blankBetween(out, '<!--', '-->');
  out = blankTags(out, true);
  out = blankBrackets(out, true); // images carry no article text
  out = blankBrackets(out, false); // links keep their text, lose their target
  // Emphasis marks and backticks are replaced by fixed spaces, not through a function: a file
  // of a million of them costs one native pass each.
  return out.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s/gm, blank).replace(/\*\*|__/g, '  ').replace(/`/g, ' ');
}

/** Pieces of text joined at the end, so blanking costs one pass. */
class Rewriter {
  private readonly parts: string[] = [];
  private done = 0;

  constructor(private readonly text: string) {}

  /** Replaces `[start, end)` (after everything replaced so far) by `by`. */
  replace(start: number, end: number, by: string): void {
    this.parts.push(this.text.slice(this.done, start), by);
    this.done = end;
  }

  result(): string {
    return this.parts.length === 0 ? this.text : this.parts.join('') + this.text.slice(this.done);
  }
}

/**
 * The next index of `char` at or after a position, remembered: asked again from a later
 * position before that index, it answers at once, so a run of openers without a closer
 * costs one scan, not one per opener.
 */
class NextIndex {
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly char: string
  ) {}

  after(position: number): number {
    if (this.from < 0 || position < this.from || (this.at >= 0 && position > this.at)) {
      this.at = this.text.indexOf(this.char, position);
      this.from = position;
    } else if (this.at < 0) {
      return -1;
    }
    return this.at;
  }
}

/** `<name …>…</name>` blanked whole for each raw-text element; one left open stays (its tag is blanked later). */
function blankRawElements(text: string, names: readonly string[]): string {
  const opener = new RegExp(`<(${names.join('|')})\\b`, 'gi');
  const closers = new Map<string, RegExp>();
  /** Per element name, a position from which no closing tag follows. */
  const unclosedFrom = new Map<string, number>();
  const out = new Rewriter(text);
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const name = m[1]!.toLowerCase();
    const start = m.index;
    if ((unclosedFrom.get(name) ?? Infinity) <= start) continue;
    let closer = closers.get(name);
    if (!closer) {
      closer = new RegExp(`</${name}\\s*>`, 'gi');
      closers.set(name, closer);
    }
    closer.lastIndex = start + m[0].length;
    const close = closer.exec(text);
    if (!close) {
      unclosedFrom.set(name, start);
      continue;
    }
    const end = close.index + close[0].length;
    out.replace(start, end, blank(text.slice(start, end)));
    opener.lastIndex = end;
  }
  return out.result();
}

/** `open … close` blanked, each the shortest such run; nothing after an opener that never closes. */
function blankBetween(text: string, open: string, close: string): string {
  const out = new Rewriter(text);
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const closeAt = text.indexOf(close, start + open.length);
    // No closer after this opener means none after any later one either.
    if (closeAt < 0) break;
    const end = closeAt + close.length;
    out.replace(start, end, blank(text.slice(start, end)));
    from = end;
  }
  return out.result();
}

/**
 * Tags `<a …>`, `</p>` blanked (block tags become a line break in HTML). In Markdown a tag
 * ends on its own line; in HTML it may span lines.
 */
function blankTags(text: string, oneLine: boolean): string {
  const out = new Rewriter(text);
  const gt = new NextIndex(text, '>');
  const newline = new NextIndex(text, '\n');
  let from = 0;
  for (;;) {
    const start = text.indexOf('<', from);
    if (start < 0) break;
    const nameAt = text[start + 1] === '/' ? start + 2 : start + 1;
    if (!isAsciiLetter(text.charCodeAt(nameAt))) {
      from = start + 1;
      continue;
    }
    const closeAt = gt.after(nameAt);
    if (closeAt < 0) break;
    const lineEnd = oneLine ? newline.after(nameAt) : -1;
    if (lineEnd >= 0 && lineEnd < closeAt) {
      from = start + 1;
      continue;
    }
    const tag = text.slice(start, closeAt + 1);
    out.replace(start, closeAt + 1, oneLine ? blank(tag) : blankTag(tag));
    from = closeAt + 1;
  }
  return out.result();
}

/**
 * Markdown `[label](target)` on one line: an image (`![…](…)`) blanked whole, a link's
 * target blanked and its label kept.
 */
function blankBrackets(text: string, images: boolean): string {
  const out = new Rewriter(text);
  const closeBracket = new NextIndex(text, ']');
  const closeParen = new NextIndex(text, ')');
  const newline = new NextIndex(text, '\n');
  let from = 0;
  for (;;) {
    const bracket = text.indexOf(images ? '![' : '[', from);
    if (bracket < 0) break;
    const labelAt = bracket + (images ? 2 : 1);
    const labelEnd = closeBracket.after(labelAt);
    if (labelEnd < 0) break;
    const lineEnd = newline.after(labelAt);
    const sameLine = (at: number) => lineEnd < 0 || at < lineEnd;
    if (!sameLine(labelEnd) || text[labelEnd + 1] !== '(') {
      from = bracket + 1;
      continue;
    }
    const targetEnd = closeParen.after(labelEnd + 2);
    if (targetEnd < 0 || !sameLine(targetEnd)) {
      from = bracket + 1;
      continue;
    }
    if (images) out.replace(bracket, targetEnd + 1, blank(text.slice(bracket, targetEnd + 1)));
    else out.replace(labelEnd + 1, targetEnd + 1, blank(text.slice(labelEnd + 1, targetEnd + 1)));
    from = targetEnd + 1;
  }
  return out.result();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
