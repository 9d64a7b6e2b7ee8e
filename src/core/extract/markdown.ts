/**
 * Reads a Markdown file as the engine needs it: the prose at the file's own offsets (text of
 * paragraphs, headings, list items, quotes, emphasis, link text and inline code), with code
 * blocks, front matter and link reference definitions listed as left out. Markup (list and
 * quote markers, emphasis marks, link targets, images, inline HTML) is blanked.
 *
 * The file is parsed with mdast-util-from-markdown (micromark, CommonMark), whose nodes carry
 * source offsets. A text node's value is decoded (`\*` is `*`, `&amp;` is `&`) and, in a
 * quote or list item, joins lines without their `>` or indentation, so the value is matched
 * back to the source character by character (see `alignText`); kept characters are the file's
 * own, escape backslashes are blanked, a character reference shows as its character padded
 * to its length. Files micromark would take too long on fall back to `markdownFallback.ts`.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { maskMarkup, visibleEntity } from '../text/maskMarkup';
import { markdownFallback, withinMarkdownBudget } from './markdownFallback';
import { ExcludedRuns, isSpace, trimmed } from './runs';
import type { ExclusionReason, ReadText } from './types';
import { VisibleText } from './visible';

/** The members of an mdast node read here. */
interface MdNode {
  readonly type: string;
  readonly value?: string;
  readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } };
  readonly children?: readonly MdNode[];
}

const FRONT_MATTER = ['yaml', 'toml'] as const;
/** Nodes whose content is markup or not prose: blanked, not listed. */
const BLANKED = new Set(['image', 'imageReference', 'break', 'thematicBreak']);
const LEFT_OUT: ReadonlyMap<string, ExclusionReason> = new Map<string, ExclusionReason>([
  ['code', 'code'],
  ['yaml', 'front-matter'],
  ['toml', 'front-matter'],
  ['definition', 'link-definition'],
]);

/** Reads a Markdown file; see the file comment. */
export function readMarkdown(text: string): ReadText {
  if (!withinMarkdownBudget(text)) return markdownFallback(text);
  const root = fromMarkdown(text, {
    extensions: [frontmatter([...FRONT_MATTER])],
    mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER])],
  }) as MdNode;
  const visible = new VisibleText(text);
  const runs = new ExcludedRuns();
  // Depth first, in file order, without recursion (a list may nest deeply).
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const reason = LEFT_OUT.get(node.type);
    if (start === undefined || end === undefined) continue;
    if (reason) {
      const span = node.type === 'definition' ? trimmed(text, start, end) : fencedContent(text, start, end, node.type === 'code' ? CODE_FENCE : FRONT_MATTER_FENCE);
      if (span) runs.leftOut(span.start, span.end, reason, text.slice(span.start, span.end));
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      if (alignText(text, start, end, node.value ?? '', node.type === 'text', visible)) runs.kept();
    } else if (node.type === 'html') {
      // A block of HTML may hold prose; inline HTML is a tag or a comment, all blank.
      if (alignHtml(text, start, end, node.value ?? '', visible)) runs.kept();
    } else if (!BLANKED.has(node.type) && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return { visible: visible.toString(), excluded: runs.result() };
}

/**
 * Matches a node's value to its source `[start, end)` and keeps the matched characters. The
 * value is the source less what micromark took out: container prefixes and indentation at
 * line starts, and (in text, `decode`) escape backslashes and character references, which
 * it decoded. Each source character is an escape, a reference, the value's next character,
 * or something taken out; one pass over both. Returns whether anything but white space was kept.
 */
function alignText(source: string, start: number, end: number, value: string, decode: boolean, visible: VisibleText): boolean {
  let vi = 0;
  let kept = false;
  let si = start;
  while (si < end && vi < value.length) {
    const code = source.charCodeAt(si);
    if (decode && code === 92 /* \ */ && si + 1 < end && isAsciiPunctuation(source.charCodeAt(si + 1)) && value[vi] === source[si + 1]) {
      visible.keep(si + 1, si + 2);
      kept = true;
      si += 2;
      vi++;
      continue;
    }
    if (decode && code === 38 /* & */) {
      const reference = referenceAt(source, si, end);
      if (reference && value.startsWith(reference.char, vi)) {
        const shown = visibleEntity(source.slice(si, reference.end), reference.char);
        visible.put(si, shown);
        kept ||= !isSpace(shown.charCodeAt(0));
        si = reference.end;
        vi += reference.char.length;
        continue;
      }
    }
    if (code === value.charCodeAt(vi)) {
      visible.keep(si, si + 1);
      kept ||= !isSpace(code);
      si++;
      vi++;
      continue;
    }
    // A line ending a code span turned into a space.
    if ((code === 10 || code === 13) && value[vi] === ' ') {
      si += code === 13 && source.charCodeAt(si + 1) === 10 ? 2 : 1;
      vi++;
      continue;
    }
    si++;
  }
  return kept;
}

/** An HTML block: its text is read as maskMarkup reads HTML, matched back to the source as text is. */
function alignHtml(source: string, start: number, end: number, value: string, visible: VisibleText): boolean {
  const masked = maskMarkup(value, 'html');
  let kept = false;
  for (let si = start, vi = 0; si < end && vi < value.length; si++) {
    if (source.charCodeAt(si) !== value.charCodeAt(vi)) continue;
    const code = masked.charCodeAt(vi);
    if (!isSpace(code)) {
      visible.put(si, masked[vi]!);
      kept = true;
    } else if (code === 10 && value.charCodeAt(vi) === 60 /* < */) {
      visible.lineBreak(si); // a block-level tag
    }
    vi++;
  }
  return kept;
}

/** A character reference (`&amp;`, `&#8212;`, `&#x2014;`) at `at`, as micromark decodes it. */
function referenceAt(source: string, at: number, end: number): { end: number; char: string } | undefined {
  const match = /^&(?:#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/.exec(source.slice(at, Math.min(end, at + 40)));
  if (!match) return undefined;
  let char: string | false;
  if (match[1]) {
    const hex = match[1][0] === 'x' || match[1][0] === 'X';
    char = decodeNumericCharacterReference(hex ? match[1].slice(1) : match[1], hex ? 16 : 10);
  } else {
    char = decodeNamedCharacterReference(match[2]!);
  }
  return char ? { end: at + match[0].length, char } : undefined;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

const CODE_FENCE = /^(?:`{3,}|~{3,})/;
const FRONT_MATTER_FENCE = /^(?:-{3}|\+{3})/;

/**
 * The content of a code block or front matter: without its opening fence line (```js, ---)
 * and closing fence line when it has them, trimmed of white space. An indented code block
 * has no fences.
 */
function fencedContent(source: string, start: number, end: number, fence: RegExp): { start: number; end: number } | undefined {
  let lineEnd = source.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd > end) lineEnd = end;
  if (fence.test(source.slice(start, lineEnd))) {
    if (lineEnd >= end) return undefined;
    start = lineEnd + 1;
    const lastLine = source.lastIndexOf('\n', end - 1) + 1;
    const closing = source.slice(lastLine, end).replace(/^[ \t>]*/, '');
    if (lastLine >= start && fence.test(closing) && /^[`~+-]+[ \t\r]*$/.test(closing)) end = lastLine;
  }
  return trimmed(source, start, end);
}
