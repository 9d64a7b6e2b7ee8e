import * as l10n from '@vscode/l10n';

/**
 * A small element builder. Text only ever enters the page as text nodes or attribute values,
 * never as markup, so article words cannot become HTML.
 */
export interface Props {
  readonly class?: string;
  readonly title?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) {
    element.className = props.class;
  }
  if (props.title) {
    element.title = props.title;
  }
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** CSS class for a score's sign: `neg`, `pos` or `zero`. */
export function signClass(score: number): 'neg' | 'pos' | 'zero' {
  return score < 0 ? 'neg' : score > 0 ? 'pos' : 'zero';
}

/** "1 sentence", "3 sentences". */
export function sentencesText(count: number): string {
  return count === 1 ? l10n.t('1 sentence') : l10n.t('{0} sentences', count);
}

/**
 * A translated sentence whose `{0}`, `{1}`… stand for elements (pass the message without its
 * arguments, so the placeholders stay in it): the words around them as text, the elements in
 * their places, in whatever order the translation puts them.
 */
export function withElements(message: string, ...elements: Node[]): Child[] {
  return message.split(/\{(\d+)\}/).map((part, i) => (i % 2 === 0 ? part || null : (elements[Number(part)] ?? `{${part}}`)));
}
