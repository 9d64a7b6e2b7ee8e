/**
 * Reads an HTML file as the engine needs it: the article's text at the file's own offsets,
 * and every other piece of page text listed with the reason it is left out.
 *
 * The file is parsed once into a tree that remembers each text node's source range (see
 * `htmlTree.ts`). Mozilla's Readability then says which text nodes are the main content (see
 * `mainContent.ts`); page furniture recognised by tag, role, class or id is left out even
 * where Readability keeps it. Pages too small, too large or too deep for Readability, and
 * fragments without `<html>`, keep all their text except that furniture.
 */
import { BLOCK_ELEMENTS, visibleEntity } from '../text/maskMarkup';
import { reasonByName, reasonByTag } from './htmlFurniture';
import { parseHtmlTree, type HtmlElement, type HtmlText, type HtmlTree } from './htmlTree';
import { readabilityKeeps } from './mainContent';
import { ExcludedRuns, isSpace } from './runs';
import type { ExcludedRun, ExclusionReason, ReadText } from './types';
import { VisibleText } from './visible';

/** Tags that end a paragraph: maskMarkup's, and the other block-level elements of HTML. */
const HTML_BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  ...BLOCK_ELEMENTS,
  ...'address caption center details dialog dd dl dt fieldset form legend menu option summary tbody tfoot thead'.split(' '),
]);

/**
 * A class or id says furniture only of an element that does not hold most of the article:
 * more than half of the kept text, and more than this many characters of it.
 */
const MOST_OF_ARTICLE = 200;

/** The reason a text node is left out, or undefined where it is article text. */
type TextReasons = (ExclusionReason | undefined)[];

/** Reads an HTML page or fragment; see the file comment. */
export function readHtml(text: string): ReadText {
  const tree = parseHtmlTree(text, HTML_BLOCK_ELEMENTS);
  const reasons = textReasons(tree);
  return { visible: visibleText(text, tree, reasons), excluded: excludedRuns(text, tree, reasons) };
}

function textReasons(tree: HtmlTree): TextReasons {
  const { elements, texts } = tree;
  const byTag = inherited(elements, (element) => reasonByTag(element));
  const underTag = (text: HtmlText) => (text.parent >= 0 ? byTag[text.parent] : undefined);
  const weights = texts.map((text) => (underTag(text) ? 0 : visibleLength(text.value)));
  const candidateText = weights.reduce((sum, weight) => sum + weight, 0);
  const kept = readabilityKeeps(tree, leaveOutOfReadability(tree, byTag), candidateText);

  // How much of the kept text each element holds, from a running sum over the text nodes
  // (an element's text nodes are a contiguous range of them).
  const sums = new Float64Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) sums[i + 1] = sums[i]! + (kept && !kept.has(i) ? 0 : weights[i]!);
  const total = sums[texts.length]!;
  const holdsArticle = (element: HtmlElement) => {
    const held = sums[element.textEnd]! - sums[element.textStart]!;
    return held > MOST_OF_ARTICLE && held * 2 > total;
  };
  const reasons = inherited(elements, (element) => {
    const byName = reasonByName(element);
    return reasonByTag(element) ?? (byName && !holdsArticle(element) ? byName : undefined);
  });

  const headline = kept ? droppedHeadline(tree, reasons, kept) : undefined;
  return texts.map((text, index) => {
    const reason = text.parent >= 0 ? reasons[text.parent] : undefined;
    if (reason) return reason;
    if (!kept || kept.has(index)) return undefined;
    return headline && index >= headline.textStart && index < headline.textEnd ? undefined : 'not-main-content';
  });
}

/** Void elements (`<br>`, `<img>`) and table parts that Readability reads even when they hold no text. */
const SHOWN_EMPTY = new Set(['br', 'hr', 'img', 'picture', 'source', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/**
 * Elements Readability need not see: furniture by tag (it would leave it out or be misled by
 * it), except the `<title>` it reads; and elements with no text (empty ad slots, icons).
 */
function leaveOutOfReadability(tree: HtmlTree, byTag: readonly (ExclusionReason | undefined)[]) {
  const { elements, texts } = tree;
  const withText = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) withText[i + 1] = withText[i]! + (/\S/.test(texts[i]!.value) ? 1 : 0);
  return (index: number) => {
    const element = elements[index]!;
    if (byTag[index] && element.name !== 'title') return true;
    return withText[element.textEnd] === withText[element.textStart] && !SHOWN_EMPTY.has(element.name);
  };
}

/** Per element, its own reason or else its nearest classified ancestor's (parents come first). */
function inherited(elements: readonly HtmlElement[], own: (element: HtmlElement) => ExclusionReason | undefined): (ExclusionReason | undefined)[] {
  const reasons: (ExclusionReason | undefined)[] = new Array(elements.length);
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    reasons[i] = element.markup ? undefined : (own(element) ?? (element.parent >= 0 ? reasons[element.parent] : undefined));
  }
  return reasons;
}

/**
 * The article's headline when Readability left it out. Readability drops an `<h1>` that
 * repeats the page title (a reader view shows the title itself) and often the header above
 * the text it picked; the headline is article text all the same. It is the first `<h1>` that
 * is not furniture, when it lies within the part of the page Readability kept or repeats the
 * page's `<title>`.
 */
function droppedHeadline(tree: HtmlTree, reasons: TextReasons, kept: ReadonlySet<number>): HtmlElement | undefined {
  const { elements, texts } = tree;
  const index = elements.findIndex((element, i) => element.name === 'h1' && !element.markup && !reasons[i]);
  if (index < 0) return undefined;
  const h1 = elements[index]!;
  if (h1.textStart === h1.textEnd) return undefined;
  let first = Infinity;
  let last = -1;
  for (const i of kept) {
    first = Math.min(first, i);
    last = Math.max(last, i);
  }
  const container = commonAncestor(tree, first, last);
  if (container && h1.textStart >= container.textStart && h1.textEnd <= container.textEnd) return h1;
  const title = elements.find((element) => element.name === 'title' && !element.markup);
  const titleText = title ? joinText(texts, title) : '';
  return similar(titleText, joinText(texts, h1)) ? h1 : undefined;
}

/** The innermost element holding text nodes `first` and `last` (the tree's depth is bounded where Readability runs). */
function commonAncestor(tree: HtmlTree, first: number, last: number): HtmlElement | undefined {
  let index = tree.texts[first]?.parent ?? -1;
  while (index >= 0) {
    const element = tree.elements[index]!;
    if (element.textEnd > last) return element;
    index = element.parent;
  }
  return undefined;
}

function joinText(texts: readonly HtmlText[], element: HtmlElement): string {
  return texts
    .slice(element.textStart, element.textEnd)
    .map((text) => text.value)
    .join('');
}

/** Whether most words of `b` are in `a` (Readability's test of a header that repeats the title). */
function similar(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const inA = new Set(words(a));
  const wordsB = words(b);
  if (inA.size === 0 || wordsB.length === 0) return false;
  const missing = wordsB.filter((word) => !inA.has(word)).join(' ').length;
  return 1 - missing / wordsB.join(' ').length > 0.75;
}

function visibleLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) count++;
  return count;
}

/**
 * The file with everything but kept text blanked (line breaks kept), a line break at each
 * block-level tag so paragraphs split, and each character reference of kept text shown as
 * its character padded to the reference's length (see `visibleEntity`).
 */
function visibleText(source: string, tree: HtmlTree, reasons: TextReasons): string {
  const visible = new VisibleText(source);
  for (const at of tree.blockTags) visible.lineBreak(at);
  tree.texts.forEach((text, index) => {
    if (reasons[index]) return;
    let at = text.start;
    for (const entity of text.entities) {
      visible.keep(at, entity.start);
      visible.put(entity.start, visibleEntity(source.slice(entity.start, entity.end), entity.char));
      at = entity.end;
    }
    visible.keep(at, text.end);
  });
  return visible.toString();
}

/** The left-out runs (see `ExcludedRuns`), each from its first left-out character to its last. */
function excludedRuns(source: string, tree: HtmlTree, reasons: TextReasons): ExcludedRun[] {
  const runs = new ExcludedRuns();
  tree.texts.forEach((text, index) => {
    const span = trimmedSpan(source, text);
    if (!span) return;
    const reason = reasons[index];
    if (reason) runs.leftOut(span.start, span.end, reason, text.value);
    else runs.kept();
  });
  return runs.result();
}

/** A text node's source range without leading and trailing white space (a reference counts as its character). */
function trimmedSpan(source: string, text: HtmlText): { start: number; end: number } | undefined {
  const { entities } = text;
  let start = -1;
  for (let at = text.start, k = 0; at < text.end; ) {
    const entity = entities[k];
    if (entity && entity.start === at) {
      if (visibleLength(entity.char) > 0) {
        start = at;
        break;
      }
      at = entity.end;
      k++;
    } else if (isSpace(source.charCodeAt(at))) at++;
    else {
      start = at;
      break;
    }
  }
  if (start < 0) return undefined;
  let end = start;
  for (let at = text.end, k = entities.length - 1; at > start; ) {
    const entity = entities[k];
    if (entity && entity.end === at) {
      if (visibleLength(entity.char) > 0) {
        end = at;
        break;
      }
      at = entity.start;
      k--;
    } else if (isSpace(source.charCodeAt(at - 1))) at--;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}
