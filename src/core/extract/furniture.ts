/**
 * Page furniture in a plain-text scrape: the lines a web page puts around an article that the
 * outlet did not write as the article ("Short Url", "Follow", "Updated 8 sec ago", a photo
 * credit, "Comments are closed", the headline printed a second time). A scrape keeps them as
 * lines of their own, so each is recognised as a whole line, by what it says; a line of prose
 * is never furniture (see `isProse`), and the patterns are lists of labels rather than words
 * to look for inside a line, so "the talks will follow" or "a share of the vote" stay. A few
 * lines say what they are only by what stands beside them: a writer's name over her title in
 * the header, the caption beside a credit alone on its line, the links under "Related topics".
 */
import { collapsed, endsSentence, isBullet, isHeadlineLike, isNameShaped, isProse, scanLines, wordCount, type TextLine } from './lines';
import { isTimestamp } from './timestamps';
import type { ExcludedRun, ExclusionReason } from './types';

/** A pattern matching any of the phrases (written as regular-expression source), as a whole. */
const anyOf = (phrases: readonly string[]): string => `(?:${phrases.join('|')})`;

/**
 * The page's own links to the article and to the outlet's accounts. A share bar is scraped as
 * its button labels, one a line.
 */
const SHARE_BAR: readonly RegExp[] = [
  // The short link the page offers for copying: "Short Url", "Short link", "Copy link".
  /^(?:short (?:url|link)|copy (?:url|link)|permalink|link copied)$/,
  // Share buttons: "Share", "Share this article", "Share on Facebook", "Share via email".
  /^share(?: this(?: article| story| page| post)?| (?:on|via) [\p{L}.\- ]{1,30}| article| story)?:?$/u,
  // Follow buttons: "Follow", "Follow us", "Follow us on X", "Follow @outlet" (not "Follow the money").
  /^follow(?: us)?(?: on [\p{L}.\- ]{1,20})?$|^follow @\S+$/u,
  /^tweet$/,
  // Save-for-later buttons beside them: "Save", "Save this article", "Save for later", "Bookmark".
  /^(?:save|saved|save (?:this )?(?:article|story)|save for later|bookmark|add to (?:my )?(?:list|bookmarks|saved))$/,
];

/** Button labels of a share bar: a line of two or more of them alone ("Facebook Twitter Email") is one. */
const SHARE_TARGETS: ReadonlySet<string> = new Set(
  'facebook twitter x whatsapp linkedin telegram reddit pinterest messenger flipboard email e-mail print sms copy link share tweet'.split(
    ' '
  )
);
const SHARE_SEPARATORS = /[ |·•,]+/;

/**
 * Who put the page up and where it came from, as the page says it beside the article: bylines
 * and wire credits name the writers, not what they wrote (timestamps: see `isTimestamp`).
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  // The link a feed reader or aggregator adds under a copied article.
  /^source links?$/,
  // Reading time: "5 min read", "3 minute read".
  /^\d{1,3} ?(?:min|mins|minutes?) read$/,
  // The audio player's label, the spoken twin of the reading time: "Listen", "Listen to this
  // article", "3 min listen", "Listen to this story, 4 min". A sentence inviting the reader to
  // listen to something else ("Listen to the full interview on our podcast") names no article.
  /^(?:listen(?: now)?|listen to (?:this |the )?(?:article|story)(?: now)?(?:,? \d{1,3} ?(?:min|mins|minutes?))?|\d{1,3} ?(?:min|mins|minutes?) listen|play audio)$/,
  // Wire credits at the end: "Reporting by Jane Doe; Editing by John Roe".
  /^(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.{0,150}$/,
];

/** Invitations to subscribe, and advertising labels that stand where a banner was. */
const BANNER: readonly RegExp[] = [
  // "Sign up for our newsletter", "Subscribe to the Morning Briefing newsletter".
  /^(?:sign up|subscribe)(?: now)?(?: (?:for|to))?(?: (?:our|the))?(?: [\p{L}'’-]+){0,3} newsletters?\.?$/u,
  /^(?:subscribe|sign up|newsletter)$/,
  // Where an advertisement was: "Advertisement", "Story continues below advertisement".
  new RegExp(
    `^${anyOf([
      'advertisement',
      'advert',
      'sponsored(?: content)?',
      '(?:story|article) continues below(?: this)? advertisement',
      'scroll to continue with content',
    ])}$`
  ),
];

/** Labels of the page's links to other articles and topics. */
const RELATED_LABELS = anyOf([
  'read more',
  'read also',
  'also read',
  'see also',
  'read next',
  'related',
  'related (?:articles|stories|news|content|coverage|topics)',
  'more on this(?: story| topic)?',
  'recommended',
  'most read',
  'most popular',
]);
/** Links to other articles: "Read more: …", "Related: …", "Also read", "Most read". */
const RELATED_LINKS: readonly RegExp[] = [new RegExp(`^${RELATED_LABELS}(?: ?:.*)?$`)];
/** A label alone over a list of links: "Related topics", "Topics", "More on this story". */
const LINK_LIST_LABEL = new RegExp(`^(?:${RELATED_LABELS}|topics) ?:?$`, 'i');
/** More words than the title of a linked story or topic has. */
const MAX_LINK_WORDS = 15;

/** The site's footer: its copyright notice and the comment form's closing line. */
const FOOTER: readonly RegExp[] = [
  // "Copyright © 2024 …", "Copyright 2024 …", "© 2024 …", "(c) 2024 …"; a bare "Copyright"
  // opening prose ("Copyright law was …") or a heading ("Copyright reform") is not a notice.
  /^(?:copyright ?(?:©|\(c\)|\d{4})|© ?\S|\(c\) ?\d{4})/,
  /\ball rights reserved\b/,
  /^(?:comments are closed|comments (?:are )?disabled|leave a (?:comment|reply))\.?$/,
];

/** A web address alone on a line: a link or an embedded post that the scrape kept as its address. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;

/** Agencies and picture libraries that credit news photos. */
const AGENCIES = anyOf([
  'afp',
  'ap',
  'ap photo',
  'reuters',
  'getty images',
  'epa(?:-efe)?',
  'xinhua',
  'anadolu(?: agency)?',
  'bloomberg',
  'dpa',
  'pa media',
  'pa wire',
  'shutterstock',
  'alamy',
  'istock',
  'sipa',
  'zuma press',
]);
/** Words of a credit in parentheses besides the agencies: "(File)", "(Courtesy of …)", "(Handout)". */
const CREDIT_WORDS = anyOf([
  AGENCIES,
  'getty',
  'efe',
  'ani',
  'pti',
  'spa',
  'wam',
  'file',
  'photos?',
  'image',
  'courtesy',
  'credit',
  'handout',
  'supplied',
  'screenshot',
  'screengrab',
  'video grab',
]);

/** Labels of a credit line, capitalised as captions write them ("Photo:", "Image by"). */
const CREDIT_LABELS = anyOf([
  '[Pp]hoto(?:graph)?',
  '[Pp]icture',
  '[Ii]mage',
  '[Ii]llustration',
  '(?:[Pp]hoto )?[Cc]redit',
  'PHOTO',
  'IMAGE',
]);

/**
 * Photo credits that end a caption. A caption is scraped as the line under the picture,
 * ending in who took it: "… in Islamabad on Sept. 2, 2019. (AFP/File)", "Photo: Reuters",
 * "Jane Doe/Getty Images". Prose does not end in a credit, so the credit alone decides.
 */
const CAPTION_CREDIT: readonly RegExp[] = [
  // A credit in parentheses: "(AFP/File)", "(Reuters)", "(AP Photo/Jane Doe)", "(Courtesy of …)".
  new RegExp(`\\((?:[^()]{0,60}\\b)?${CREDIT_WORDS}\\b[^()]{0,60}\\)$`, 'i'),
  // A labelled credit naming someone: "Photo: Reuters", "Image: Jane Doe", "Photograph by Jane Doe/AFP".
  new RegExp(`(?:^|[\\s.;|—–-])${CREDIT_LABELS}s? ?(?::|by) ?(?:©\\s?)?\\p{Lu}[^:.!?]{0,60}$`, 'u'),
  // An agency after a slash, bar or "via": "Jane Doe/Getty Images", "AFP via Getty Images".
  new RegExp(`(?:[/|©]|\\bvia) ?${AGENCIES}$`, 'i'),
];
/** How much of a long line's end is read for a photo credit ("… 2019. (AFP/File)"). */
const CREDIT_TAIL = 200;
/** Every photo credit holds one of these; a line without any is not read further for one. */
const CREDIT_MARK = /[(:/|©]|\bvia\b|\bby\b/i;

/**
 * A writer's title on the line beside the name of a byline without "By": "Coastal
 * correspondent", "Political editor", "Staff reporter", "Senior reporter, Port Lume".
 */
const ROLE =
  /^(?:[\p{L}'’-]+ ){0,4}(?:correspondent|editor|reporter|writer|journalist|columnist|analyst|producer|contributor|photographer|presenter|commentator)s?(?:(?:,| in| at| for) [^.!?]{1,40})?$/u;
/** How many lines of text from the top a page's header is looked for in, at most. */
const MAX_HEADER_LINES = 30;

/** An agency alone, matched whole. */
const AGENCY = new RegExp(`^${AGENCIES}$`, 'i');
/** Where the parts of a credit meet: "Jane Doe/Getty Images", "AFP via Getty Images". */
const CREDIT_JOINS = / ?\/ ?| via /;

/**
 * A credit alone on its line, as a broadcaster prints it over the picture: "Getty Images",
 * "Reuters", "EPA-EFE", "AFP via Getty Images", "Jane Doe/Reuters". Every part is an agency,
 * a name or "File", and one is an agency, so a name alone or "Shipping accidents" is not one.
 */
function isLoneCredit(text: string): boolean {
  if (text.length > 80 || !/^\p{Lu}/u.test(text)) return false;
  if (!CREDIT_JOINS.test(text)) return AGENCY.test(text);
  const parts = text.split(CREDIT_JOINS);
  if (parts.length > 3) return false;
  const agencies = parts.filter((part) => AGENCY.test(part));
  if (agencies.length === 0) return false;
  return parts.every((part) => agencies.includes(part) || part === 'File' || isNameShaped(part, 1, 4));
}

/** Longer than a picture's caption runs. */
const MAX_CAPTION_WORDS = 30;

/**
 * Every furniture line of `visible`, in order, each run from the first visible character of
 * the line to its last (line break not included). `visible` is the text of any file with
 * markup blanked to spaces, so offsets are the file's.
 */
export function findFurniture(visible: string): ExcludedRun[] {
  return furnitureOfLines(visible, scanLines(visible));
}

/** `findFurniture` on lines already scanned. */
export function furnitureOfLines(visible: string, lines: readonly TextLine[]): ExcludedRun[] {
  const reasons = lines.map((line) => lineReason(visible, line));
  markRepeatedHeadlines(lines, reasons);
  markBylinesWithoutBy(lines, reasons);
  markLinkLists(lines, reasons);
  markCaptionsOfCredits(lines, reasons);
  const runs: ExcludedRun[] = [];
  lines.forEach((line, i) => {
    const reason = reasons[i];
    if (reason) runs.push({ start: line.start, end: line.end, reason });
  });
  return runs;
}

/** What furniture a line is by its own words, or undefined when it is article text. */
function lineReason(visible: string, line: TextLine): ExclusionReason | undefined {
  if (line.start === line.end) return undefined;
  const text = line.text;
  const tail = text !== undefined ? text.slice(-CREDIT_TAIL) : collapsed(visible, line.end - CREDIT_TAIL, line.end);
  if (CREDIT_MARK.test(tail) && CAPTION_CREDIT.some((pattern) => pattern.test(tail))) return 'caption';
  // A line too long to keep its text is prose or data, never a label.
  if (text === undefined || isProse(text)) return undefined;
  if (isLoneCredit(text)) return 'caption';
  const lower = text.toLowerCase();
  if (SHARE_BAR.some((pattern) => pattern.test(lower)) || isShareTargets(lower)) return 'share-bar';
  if (PAGE_FURNITURE.some((pattern) => pattern.test(lower)) || isTimestamp(lower) || isByline(text)) return 'page-furniture';
  if (BANNER.some((pattern) => pattern.test(lower))) return 'banner';
  if (RELATED_LINKS.some((pattern) => pattern.test(lower))) return 'related-links';
  if (FOOTER.some((pattern) => pattern.test(lower))) return 'footer';
  if (BARE_URL.test(text)) return 'not-main-content';
  return undefined;
}

function isShareTargets(lower: string): boolean {
  const first = SHARE_SEPARATORS.exec(lower);
  if (!first || !SHARE_TARGETS.has(lower.slice(0, first.index))) return false;
  return lower.split(SHARE_SEPARATORS).every((word) => word === '' || SHARE_TARGETS.has(word));
}

/**
 * A byline alone on its line: "By Jane Doe", "By Jane Doe and Omar Said, Reuters". Every word
 * after "By" is a name (capitalised) or joins names, and there is no stop or figure, so "By
 * Thursday the river had risen." and "By the numbers" are not bylines.
 */
function isByline(text: string): boolean {
  if (!/^by /i.test(text) || /\d|[.!?]$/.test(text)) return false;
  const words = text.slice(3).split(/,? /);
  return words.length <= 8 && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:and|&|in|for|\|)$/.test(word));
}

/**
 * A byline without "By", as a broadcaster prints it: the writer's name alone on its line
 * ("Nadia Rowe"), the title on the next ("Coastal correspondent"). Only in the page's header,
 * from under the headline (the text's first line) to the first line of prose, and only a line
 * shaped like a name (see `isNameShaped`) that has a writer's title beside it, or furniture
 * beside it once the headline block has ended in furniture ("Share", "Listen to this
 * article"); the title is furniture only beside such a name. A name in the article, a
 * sentence that starts with one or a short subheading after prose stay; a name beside a
 * caption is left for the caption (a portrait's caption is the sitter's name).
 */
function markBylinesWithoutBy(lines: readonly TextLine[], reasons: (ExclusionReason | undefined)[]): void {
  const isRole = (i: number): boolean => {
    const text = lines[i]?.text;
    return !!text && !reasons[i] && ROLE.test(text.toLowerCase());
  };
  const isFurniture = (i: number): boolean => reasons[i] !== undefined && reasons[i] !== 'caption';
  let seen = 0;
  let furnished = false;
  for (let i = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.start === line.end) continue;
    const text = line.text;
    if (text === undefined || (!reasons[i] && isProse(text))) return;
    const headline = seen++ === 0;
    if (headline || reasons[i] || !isNameShaped(text)) {
      furnished ||= isFurniture(i);
      continue;
    }
    const roleBefore = isRole(i - 1);
    const roleAfter = isRole(i + 1);
    if (!roleBefore && !roleAfter && !(furnished && (isFurniture(i - 1) || isFurniture(i + 1)))) continue;
    reasons[i] = 'page-furniture';
    if (roleAfter) reasons[i + 1] = 'page-furniture';
    else if (roleBefore) reasons[i - 1] = 'page-furniture';
  }
}

/**
 * The headline printed again: a page shows it as its title, in the share card and over the
 * article, and a scrape keeps each. The first is the article's headline and stays; each later
 * line that repeats it word for word is furniture. Only lines shaped like a headline (no final
 * stop; three words or more, or sixteen characters in scripts written without spaces) count,
 * so a one-word label or a short heading used twice stays.
 */
function markRepeatedHeadlines(lines: readonly TextLine[], reasons: (ExclusionReason | undefined)[]): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const text = line.text;
    if (reasons[i] || !text || !isHeadlineLike(text) || (text.length < 16 && wordCount(text) < 3)) return;
    if (seen.has(text)) reasons[i] = 'page-title';
    else seen.add(text);
  });
}

/**
 * The caption beside a credit printed on a line of its own: a broadcaster prints "Getty
 * Images" over the picture and its caption under it, other sites the caption first. The
 * caption is the one neighbouring line that stands with the credit as a block of its own (a
 * blank line, furniture or the text's edge beyond it), and it is short and not prose, not the
 * text's first line (the headline) and not the article's first sentence, so a credit printed
 * without a caption takes neither the headline nor the lead with it, nor, over the credit, a
 * sentence. When both neighbours could be the caption, neither is taken.
 */
function markCaptionsOfCredits(lines: readonly TextLine[], reasons: (ExclusionReason | undefined)[]): void {
  const first = lines.findIndex((line) => line.start !== line.end);
  const lead = lines.findIndex((line, i) => line.start !== line.end && !reasons[i] && (line.text === undefined || endsSentence(line.text)));
  const isCaption = (i: number, step: 1 | -1): boolean => {
    const line = lines[i];
    if (!line || line.start === line.end || reasons[i] || i === first || i === lead) return false;
    const text = line.text;
    if (text === undefined || isProse(text) || isBullet(text) || wordCount(text) > MAX_CAPTION_WORDS) return false;
    // Over the credit only a caption without a final stop: a paragraph over "AFP" is the
    // article's last, signed by the agency.
    if (step === -1 && endsSentence(text)) return false;
    const beyond = lines[i + step];
    return !beyond || beyond.start === beyond.end || reasons[i + step] !== undefined;
  };
  lines.forEach((line, i) => {
    if (reasons[i] !== 'caption' || line.text === undefined || !isLoneCredit(line.text)) return;
    const before = isCaption(i - 1, -1);
    const after = isCaption(i + 1, 1);
    if (before !== after) reasons[before ? i - 1 : i + 1] = 'caption';
  });
}

/**
 * The links under a label alone on its line ("Related topics", then "Shipping accidents" and
 * "Kessa"): a scrape keeps each link as a line, up to the blank line that ends the box. Only
 * lines shaped like a link's title follow (a capital or a figure first, no final stop, at
 * most fifteen words); the list ends at the first other line, so prose run on after a label
 * stays.
 */
function markLinkLists(lines: readonly TextLine[], reasons: (ExclusionReason | undefined)[]): void {
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!.text;
    if (!label || !LINK_LIST_LABEL.test(label)) continue;
    let k = i + 1;
    while (k < lines.length && !reasons[k] && isLinkTitle(lines[k]!.text)) k++;
    if (k === i + 1) continue;
    for (let j = i; j < k; j++) reasons[j] = 'related-links';
    i = k - 1;
  }
}

function isLinkTitle(text: string | undefined): boolean {
  return text !== undefined && /^[\p{Lu}\p{N}]/u.test(text) && isHeadlineLike(text) && wordCount(text) <= MAX_LINK_WORDS;
}
