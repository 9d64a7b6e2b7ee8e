/**
 * What reading an article file keeps and what it leaves out. The engine reads `visible`: the
 * file with markup and left-out text blanked to spaces of the same length (line breaks kept),
 * so every offset it reports still points into the user's file. What is left out is never
 * dropped silently: each left-out run is listed with its exact range and the reason.
 */

/** Why a run of the file is not article text. */
export type ExclusionReason =
  /** The page's `<title>`, or a headline repeated as page furniture. */
  | 'page-title'
  /** Site navigation, menus, breadcrumbs, skip links. */
  | 'navigation'
  /** Cookie, consent, subscription and newsletter banners. */
  | 'banner'
  /** Share and follow bars, "Short Url". */
  | 'share-bar'
  /** "Most read", "related", "read more" boxes and other asides. */
  | 'related-links'
  /** Image and video captions and credits. */
  | 'caption'
  /** The page footer: copyright, legal links, "Comments are closed". */
  | 'footer'
  /** Timestamps and bylines of the page ("Updated 8 sec ago", "Source link"). */
  | 'page-furniture'
  /** Other page text the main-content reader did not keep. */
  | 'not-main-content'
  /** A second, unrelated article appended after the first. */
  | 'appended-article'
  /** Markdown code blocks. */
  | 'code'
  /** Markdown front matter (YAML or TOML metadata). */
  | 'front-matter'
  /** Markdown link and image reference definitions. */
  | 'link-definition';

/** A left-out run: `start`/`end` are UTF-16 offsets into the file as given. */
export interface ExcludedRun {
  readonly start: number;
  readonly end: number;
  readonly reason: ExclusionReason;
}

/** The text the engine reads, and what was left out of it. */
export interface ReadText {
  /** Same length as the file; markup and left-out runs are spaces, line breaks are kept. */
  readonly visible: string;
  /** Left-out runs in file order, not overlapping; each holds some visible words. */
  readonly excluded: readonly ExcludedRun[];
}
