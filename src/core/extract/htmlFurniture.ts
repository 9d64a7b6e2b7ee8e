/**
 * Which parts of a web page are furniture rather than the article: by an element's tag and
 * ARIA role (certain: a `<nav>` is navigation wherever it stands) or by the words in its class
 * and id (likely: `class="share-bar"`). The reason of a piece of text is its nearest
 * classified ancestor's, so a link inside a cookie banner's paragraph is 'banner'.
 */
import type { HtmlElement } from './htmlTree';
import type { ExclusionReason } from './types';

/** Tags that are furniture wherever they stand. */
const BY_TAG: ReadonlyMap<string, ExclusionReason> = new Map<string, ExclusionReason>([
  ['title', 'page-title'],
  ['nav', 'navigation'],
  ['menu', 'navigation'],
  ['aside', 'related-links'],
  ['figcaption', 'caption'],
  ['caption', 'caption'],
  ['footer', 'footer'],
  ['dialog', 'banner'],
]);

/**
 * ARIA landmark roles. The `banner` landmark is the site's masthead (logo, sections, sign-in),
 * which is navigation in this sense, not a cookie or subscription banner.
 */
const BY_ROLE: ReadonlyMap<string, ExclusionReason> = new Map<string, ExclusionReason>([
  ['navigation', 'navigation'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['search', 'navigation'],
  ['banner', 'navigation'],
  ['contentinfo', 'footer'],
  ['complementary', 'related-links'],
  ['dialog', 'banner'],
  ['alertdialog', 'banner'],
]);

/**
 * Words in a class or id, first match wins, so `footer-menu` is the footer and `social-follow`
 * a share bar. Pop-ups, modals and advertisements count as banners. Bylines and datelines are
 * the page's (the twin of a page in plain text has the article's paragraphs, not "By … · 3 min
 * read").
 */
const BY_NAME: readonly (readonly [RegExp, ExclusionReason])[] = [
  [/cookie|consent|gdpr|newsletter|subscri(?:be|ption)|paywall|sign-?up|popup|modal|overlay|promo|advert|sponsor|(?:^|[\s_-])ads?(?:[\s_-]|$)/, 'banner'],
  [/share|sharing|social|follow/, 'share-bar'],
  [/related|most-?read|most-?popular|popular|trending|recommend|read-?more|more-?stories|sidebar/, 'related-links'],
  [/caption|credit/, 'caption'],
  [/footer|copyright/, 'footer'],
  [/breadcrumb|menu|navbar|(?:^|[\s_-])nav(?:[\s_-]|$)|navigation|skip-?link|masthead|site-?header/, 'navigation'],
  [/byline|author|dateline|timestamp/, 'page-furniture'],
];

/** Elements that hold the page or its article; their class names say nothing about furniture. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const CONTAINER_ROLES = new Set(['main', 'article', 'document', 'application']);

/** The reason an element's tag or role gives, if any. */
export function reasonByTag(element: HtmlElement): ExclusionReason | undefined {
  const byTag = BY_TAG.get(element.name);
  if (byTag) return byTag;
  const role = element.attributes.get('role');
  return role === undefined ? undefined : BY_ROLE.get(role.trim().toLowerCase());
}

/**
 * The reason an element's class or id gives, or 'not-main-content' for an element the page
 * hides. Only likely: the caller ignores it for an element that holds most of the article, so
 * `<div class="story has-share-bar">` keeps its story.
 */
export function reasonByName(element: HtmlElement): ExclusionReason | undefined {
  if (CONTAINERS.has(element.name)) return undefined;
  const attributes = element.attributes;
  if (attributes.size === 0) return undefined;
  const role = attributes.get('role');
  if (role !== undefined && CONTAINER_ROLES.has(role.trim().toLowerCase())) return undefined;
  if (isHidden(attributes)) return 'not-main-content';
  // The author's name as pages mark it up (and as Readability finds a byline).
  if (/\bauthor\b/i.test(attributes.get('rel') ?? '') || /author/i.test(attributes.get('itemprop') ?? '')) return 'page-furniture';
  const name = `${attributes.get('class') ?? ''} ${attributes.get('id') ?? ''}`.toLowerCase();
  if (name.length === 1) return undefined;
  for (const [pattern, reason] of BY_NAME) if (pattern.test(name)) return reason;
  return undefined;
}

function isHidden(attributes: ReadonlyMap<string, string>): boolean {
  if (attributes.has('hidden')) return true;
  const style = attributes.get('style');
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
