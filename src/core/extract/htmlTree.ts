/**
 * An HTML file read into a flat tree that remembers where every piece of text stands in the
 * file. The tokens come from htmlparser2's Tokenizer, which reports exact source indices for
 * tags, text and each character reference. Its Parser is not used: it keeps the open elements
 * in an array it `unshift`s and searches with `indexOf`, so 1 MB of nested `<div>` took 84 s
 * and a run of stray closing tags under deep nesting 39 s. The tree is built here instead with
 * a stack that grows at its end and a count of open elements per name, so every tag costs
 * constant time (amortised) and any input reads in linear time. The rules for implied end tags
 * and void elements are htmlparser2's, so the tree has the shape its Parser would give.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** An element; elements are numbered in document order, a parent before its children. */
export interface HtmlElement {
  /** Lower-case tag name. */
  readonly name: string;
  /** Index of the parent element, -1 at the top. */
  readonly parent: number;
  readonly depth: number;
  /** Attributes by lower-case name, the first of each name (as browsers do); at most `MAX_ATTRIBUTES`. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Inside an element whose content is never text (script, style, template, svg…). */
  readonly markup: boolean;
  /** Text nodes `[textStart, textEnd)` are this element's descendants. */
  textStart: number;
  textEnd: number;
}

/** A character reference inside a text node: source `[start, end)` and the character(s) it stands for. */
export interface HtmlEntity {
  readonly start: number;
  readonly end: number;
  readonly char: string;
}

/** A text node outside markup: source `[start, end)`; `value` is the text with references decoded. */
export interface HtmlText {
  readonly start: number;
  end: number;
  /** Index of the parent element, -1 at the top. */
  readonly parent: number;
  value: string;
  /** The character references, in order; empty when the text holds none. */
  readonly entities: HtmlEntity[];
}

export interface HtmlTree {
  readonly elements: readonly HtmlElement[];
  readonly texts: readonly HtmlText[];
  /** Source offsets of the `<` of every block-level start or end tag (see `BLOCK_ELEMENTS`). */
  readonly blockTags: readonly number[];
  readonly maxDepth: number;
}

/** Attributes kept per element: enough for any real page, bounded for a tag of 1 MB of attributes. */
export const MAX_ATTRIBUTES = 64;

/** Distinct tag names remembered; past this, names are lower-cased each time. */
const MAX_NAMES = 1024;

/** Elements whose content is never article text: it is code, styling, a graphic or an embed. */
const MARKUP_ELEMENTS = new Set(['script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'embed', 'noembed', 'noframes', 'xmp', 'canvas', 'video', 'audio']);

// The tables below are htmlparser2's Parser's (lib/Parser.ts), so the tree matches its shape.
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
  ...'address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
    .split(' ')
    .map((name): [string, ReadonlySet<string>] => [name, P]),
]);
const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements inside SVG or MathML where HTML rules apply again. */
const INTEGRATION_POINTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Reads `text` as HTML into a tree with source offsets, in one linear pass. */
export function parseHtmlTree(text: string, blockElements: ReadonlySet<string>): HtmlTree {
  const builder = new TreeBuilder(text, blockElements);
  const tokenizer = new Tokenizer({}, builder);
  tokenizer.write(text);
  tokenizer.end();
  return builder;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

class TreeBuilder implements TokenizerCallbacks, HtmlTree {
  readonly elements: HtmlElement[] = [];
  readonly texts: HtmlText[] = [];
  readonly blockTags: number[] = [];
  maxDepth = 0;

  /** Open elements, innermost last. */
  private readonly stack: number[] = [];
  /** How many elements of each name are open, so a closing tag knows at once whether it closes anything. */
  private readonly openCount = new Map<string, number>();
  /** Per open foreign (SVG, MathML) element or integration point: whether it is foreign. */
  private readonly foreign: boolean[] = [];
  /** Per open element (parallel to `stack`): whether it pushed onto `foreign`. */
  private readonly pushedForeign: boolean[] = [];
  private readonly names = new Map<string, string>();
  /** The text node being read, until the next tag or comment ends it. */
  private text: HtmlText | undefined;

  private tagName = '';
  private tagStart = 0;
  private attributes: Map<string, string> | undefined;
  private attributeName = '';
  private attributeValue = '';

  constructor(
    private readonly source: string,
    private readonly blockElements: ReadonlySet<string>
  ) {}

  isInForeignContext(): boolean {
    return this.foreign.length > 0 && this.foreign[this.foreign.length - 1]!;
  }

  ontext(start: number, end: number): void {
    // The Tokenizer reports the rest of a file that ends inside a closing tag (`</p `) as text
    // from -1; browsers drop a tag the file ends in, and so does this tree.
    if (start < 0) return;
    this.addText(start, end, this.source.slice(start, end), false);
  }

  ontextentity(codePoint: number, end: number): void {
    // A reference holds no `&` after its first character, so its start is the last `&` before its end.
    const start = this.source.lastIndexOf('&', end - 1);
    this.addText(start, end, String.fromCodePoint(codePoint), true);
  }

  onopentagname(start: number, end: number): void {
    this.endText();
    const name = this.nameAt(start, end);
    this.tagName = name;
    this.tagStart = start - 1;
    this.attributes = undefined;
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) {
      while (this.stack.length > 0 && implied.has(this.top().name)) this.pop();
    }
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.source.slice(start, end).toLowerCase();
    this.attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.source.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    this.attributeValue += String.fromCodePoint(codePoint);
  }

  onattribend(): void {
    this.attributes ??= new Map();
    if (this.attributes.size < MAX_ATTRIBUTES && !this.attributes.has(this.attributeName)) {
      this.attributes.set(this.attributeName, this.attributeValue);
    }
    this.attributeValue = '';
  }

  onopentagend(): void {
    this.openElement(false);
  }

  onselfclosingtag(): void {
    // In HTML `<div/>` opens a div; only SVG and MathML elements close themselves.
    this.openElement(this.isInForeignContext());
  }

  onclosetag(start: number, end: number): void {
    this.endText();
    const name = this.nameAt(start, end);
    if (this.blockElements.has(name)) this.blockTags.push(start - 2);
    if ((this.openCount.get(name) ?? 0) === 0) return; // `</p>` alone, `</br>`, a stray closing tag
    while (this.pop() !== name);
  }

  oncomment(): void {
    this.endText();
  }

  oncdata(): void {
    this.endText();
  }

  ondeclaration(): void {
    this.endText();
  }

  onprocessinginstruction(): void {
    this.endText();
  }

  onend(): void {
    this.endText();
    while (this.stack.length > 0) this.pop();
  }

  /** The lower-case tag name at `[start, end)`, one string per distinct name (a page repeats a few dozen). */
  private nameAt(start: number, end: number): string {
    const raw = this.source.slice(start, end);
    let name = this.names.get(raw);
    if (name === undefined) {
      name = raw.toLowerCase();
      if (this.names.size < MAX_NAMES) this.names.set(raw, name);
    }
    return name === 'image' && !this.isInForeignContext() ? 'img' : name;
  }

  private top(): HtmlElement {
    return this.elements[this.stack[this.stack.length - 1]!]!;
  }

  private openElement(selfClosing: boolean): void {
    const name = this.tagName;
    if (name === '') return;
    this.tagName = '';
    if (this.blockElements.has(name)) this.blockTags.push(this.tagStart);
    const parentIndex = this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1;
    const parent = parentIndex >= 0 ? this.elements[parentIndex] : undefined;
    const depth = (parent?.depth ?? 0) + 1;
    const element: HtmlElement = {
      name,
      parent: parentIndex,
      depth,
      attributes: this.attributes ?? NO_ATTRIBUTES,
      markup: (parent?.markup ?? false) || MARKUP_ELEMENTS.has(name),
      textStart: this.texts.length,
      textEnd: this.texts.length,
    };
    this.attributes = undefined;
    this.elements.push(element);
    if (VOID_ELEMENTS.has(name) || selfClosing) return;
    this.stack.push(this.elements.length - 1);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    if (depth > this.maxDepth) this.maxDepth = depth;
    const foreign = name === 'svg' || name === 'math' ? true : this.isInForeignContext() && INTEGRATION_POINTS.has(name) ? false : undefined;
    if (foreign !== undefined) this.foreign.push(foreign);
    this.pushedForeign.push(foreign !== undefined);
  }

  /** Closes the innermost open element; returns its name. */
  private pop(): string {
    const element = this.elements[this.stack.pop()!]!;
    element.textEnd = this.texts.length;
    this.openCount.set(element.name, this.openCount.get(element.name)! - 1);
    if (this.pushedForeign.pop()) this.foreign.pop();
    return element.name;
  }

  private addText(start: number, end: number, value: string, entity: boolean): void {
    const parentIndex = this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1;
    if (parentIndex >= 0 && this.elements[parentIndex]!.markup) return;
    let node = this.text;
    if (!node) {
      node = { start, end, parent: parentIndex, value: '', entities: [] };
      this.texts.push(node);
      this.text = node;
    }
    node.end = end;
    node.value += value;
    if (entity) node.entities.push({ start, end, char: value });
  }

  private endText(): void {
    this.text = undefined;
  }
}
