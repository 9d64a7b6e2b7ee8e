/**
 * The page's main content as Mozilla's Readability (Firefox Reader View) finds it, as a set of
 * text nodes of the source tree. Readability works on a DOM and returns a new element with
 * its own copy of the article, with no way back to the file. So the DOM given to it is built
 * here from the source tree (in linkedom, which runs in Node and in a web worker alike), with
 * every text node holding words wrapped in `<span data-framing-lens-text="N">`, N its index
 * in the tree. A span is phrasing content with no class or id, so Readability scores and
 * cleans the page as it would without it; the attribute survives the moves, renamed elements
 * and innerHTML re-reads Readability performs; and the spans in its result say exactly which
 * source text nodes it kept, whose offsets the tree holds. Text is never matched back by
 * content, which would be ambiguous for repeated words and lost where Readability rewrites.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { HtmlTree } from './htmlTree';

/**
 * The module's CommonJS `require`, declared here rather than through Node's typings, which the
 * engine compiles without (src/core/tsconfig.json); esbuild resolves these static calls when
 * it bundles the engine. Readability and linkedom are loaded when a page is first read with
 * them: loading them up front cost every CLI run, on plain text too, some 60 ms. The Node
 * bundles take them from the shared `dist/pageLibs.js` (see src/pageLibs.ts and esbuild.js).
 */
declare const require: (id: '@mozilla/readability' | 'linkedom') => unknown;

let dom: { readonly Readability: typeof ReadabilityClass; readonly parseHTML: typeof ParseHtml } | undefined;

function domLibraries(): NonNullable<typeof dom> {
  dom ??= {
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
  };
  return dom;
}

/**
 * Readability is not linear: it measures the text and the links under every candidate, and
 * cleaning walks each container's subtree again, so its work grows with the number of nodes
 * times their depth. Above these bounds the page is read without it. A long real article
 * page, once its navigation, footers and empty elements are left out (see `LeaveOut`), shows
 * it one to three thousand nodes at an average depth of 10 to 20; at the bounds Readability
 * (on linkedom) takes about a quarter of a second.
 */
export const MAX_READABILITY_NODES = 5_000;
/** The sum of the depths of those nodes. */
export const MAX_READABILITY_WORK = 100_000;
export const MAX_READABILITY_DEPTH = 100;
/** Text (in characters) below which a page is too short for Readability to find an article in. */
export const MIN_READABILITY_TEXT = 500;

const TEXT_ATTRIBUTE = 'data-framing-lens-text';
/** Elements whose text stays a plain text node: the title (Readability reads `document.title`) and raw-text fields. */
const PLAIN_TEXT_PARENTS = new Set(['title', 'textarea']);
/** Elements that belong in `<head>`; anything else found there goes to the body, as browsers put it. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);
const TAG_NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;

/** The few DOM members used here, as linkedom provides them. */
interface DomNode {
  appendChild(node: DomNode): DomNode;
}
interface DomElement extends DomNode {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  createElement(name: string): DomElement;
  createTextNode(text: string): DomNode;
}

/**
 * Which elements Readability is shown: `leaveOut(i)` says an element (with all it holds) is
 * not, because its tag already says it is furniture, or because it holds no text; left
 * out, they cannot cost Readability time.
 */
export type LeaveOut = (element: number) => boolean;

/**
 * The indices of the text nodes Readability keeps as the article; undefined when the tree is
 * not a whole page of a size Readability can read within its bounds, or when it finds no
 * article (or fails on the page).
 */
export function readabilityKeeps(tree: HtmlTree, leaveOut: LeaveOut, candidateText: number): ReadonlySet<number> | undefined {
  if (candidateText < MIN_READABILITY_TEXT || tree.maxDepth > MAX_READABILITY_DEPTH) return undefined;
  // A fragment (no <html> or <body>) is already what the user cut out as the article.
  if (!tree.elements.some((element) => element.name === 'html' || element.name === 'body')) return undefined;
  if (!withinBounds(tree, leaveOut)) return undefined;
  try {
    const document = buildDocument(tree, leaveOut);
    const { Readability } = domLibraries();
    const article = new Readability<DomElement>(document as never, {
      serializer: (element) => element as unknown as DomElement,
      disableJSONLD: true,
    }).parse();
    const content = article?.content;
    if (!content) return undefined;
    const kept = new Set<number>();
    const spans = content.querySelectorAll(`[${TEXT_ATTRIBUTE}]`);
    for (let i = 0; i < spans.length; i++) kept.add(Number(spans[i]!.getAttribute(TEXT_ATTRIBUTE)));
    return kept.size > 0 ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the document for Readability would hold few enough nodes (elements and wrapped text), shallow enough. */
function withinBounds(tree: HtmlTree, leaveOut: LeaveOut): boolean {
  const { elements, texts } = tree;
  const shown = new Uint8Array(elements.length);
  let nodes = 0;
  let work = 0;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.markup || (element.parent >= 0 && !shown[element.parent]) || leaveOut(i)) continue;
    shown[i] = 1;
    nodes++;
    work += element.depth;
  }
  for (const text of texts) {
    if ((text.parent < 0 || shown[text.parent]) && /\S/.test(text.value)) {
      nodes++;
      work += text.parent < 0 ? 1 : elements[text.parent]!.depth + 1;
    }
  }
  return nodes <= MAX_READABILITY_NODES && work <= MAX_READABILITY_WORK;
}

/**
 * Attributes Readability reads to judge text (class, id, role, hidden, style, rel, itemprop…).
 * Link and image addresses are left out (it would only resolve them, and a relative one
 * against no base address throws), except in-page links, which it weighs less in link
 * density; so are data and event attributes, and this module's own.
 */
function shownAttribute(name: string, value: string): boolean {
  if (!ATTRIBUTE_NAME.test(name) || name.startsWith('data-') || name.startsWith('on')) return false;
  if (name === 'href') return value.startsWith('#');
  return name !== 'src' && name !== 'srcset';
}

/** The page as a linkedom document, text nodes wrapped (see the file comment); markup and `leaveOut` elements left out. */
function buildDocument(tree: HtmlTree, leaveOut: LeaveOut): DomDocument {
  const { document } = domLibraries().parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as { document: DomDocument };
  const { elements, texts } = tree;
  /** Per source element, its DOM element; undefined for markup (and what it holds). */
  const nodes: (DomElement | undefined)[] = new Array(elements.length);
  /** The source's <html> and <head> become the document's own; what the source puts straight in them goes to the body. */
  const isRoot: boolean[] = new Array(elements.length).fill(false);
  const taken = { html: false, head: false, body: false };
  const parentFor = (index: number): DomElement | undefined => {
    if (index < 0 || isRoot[index]) return document.body;
    return nodes[index];
  };
  const addText = (index: number) => {
    const text = texts[index]!;
    const parent = parentFor(text.parent);
    if (!parent) return;
    const node = document.createTextNode(text.value);
    if (!/\S/.test(text.value) || (text.parent >= 0 && PLAIN_TEXT_PARENTS.has(elements[text.parent]!.name))) {
      parent.appendChild(node);
      return;
    }
    const span = document.createElement('span');
    span.setAttribute(TEXT_ATTRIBUTE, String(index));
    span.appendChild(node);
    parent.appendChild(span);
  };
  let ti = 0;
  for (let ei = 0; ei < elements.length; ei++) {
    const element = elements[ei]!;
    while (ti < element.textStart) addText(ti++);
    if (element.markup || leaveOut(ei)) continue;
    const atTop = element.parent < 0 || isRoot[element.parent]!;
    const { name } = element;
    let node: DomElement;
    if (atTop && (name === 'html' || name === 'head' || name === 'body') && !taken[name]) {
      taken[name] = true;
      node = name === 'html' ? document.documentElement : name === 'head' ? document.head : document.body;
      isRoot[ei] = name !== 'body';
    } else {
      const parent = atTop && HEAD_ELEMENTS.has(name) ? document.head : parentFor(element.parent);
      if (!parent) continue;
      node = document.createElement(TAG_NAME.test(name) && name !== 'html' && name !== 'head' && name !== 'body' ? name : 'div');
      parent.appendChild(node);
    }
    nodes[ei] = node;
    for (const [attribute, value] of element.attributes) {
      if (shownAttribute(attribute, value)) node.setAttribute(attribute, value);
    }
  }
  while (ti < texts.length) addText(ti++);
  return document;
}
