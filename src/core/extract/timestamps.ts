/**
 * Timestamps of a page on lines of their own: "Updated 8 sec ago", "Updated 16 November 2023",
 * "Published 3 hours ago", "Last updated: 12:30 GMT", "Posted on Thursday, 16 Nov 2023 | 10:42
 * am", or a full date alone. They say when the page was put up or scraped (the scrape's
 * "Updated 8 sec ago" is the moment of scraping), not what happened. The words after the
 * opener must all be parts of a date or time, so "Updated figures show …" is prose.
 */

/** Words that open a timestamp line: "Updated …", "Last updated: …", "Published on …". */
const OPENER = /^(?:last updated|updated|first published|published|posted|last modified|modified)(?: on| at)?:?(?= |$)/;
/** Every timestamp has a figure or says "today", "yesterday" or "now": other lines are not read further. */
const MAY_BE_TIME = /\d|today|yesterday|now/;
const SEPARATORS = /[\s,|·•–—]+/;

const MONTHS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' ')
);
const DAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' ')
);
const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'now']);
/** Units of "8 sec ago", "3 hours ago" and the small words between the parts of a date. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'ago just now today yesterday on at of the am pm a.m. p.m. ' +
    's sec secs second seconds m min mins minute minutes h hr hrs hour hours ' +
    'd day days w wk week weeks mo month months y yr yrs year years'
  ).split(' ')
);
/** Time zones a news site prints after a time. */
const ZONES: ReadonlySet<string> = new Set(
  'gmt utc bst cet cest eet eest msk est edt cst cdt mst mdt pst pdt ist pkt ast gst jst kst aest aedt wib'.split(' ')
);
/** "2023-11-16", "16/11/2023", "16.11.2023", with an optional ISO time. */
const WRITTEN_DATE = /^\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
/** A day of the month: "16", "16th". */
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** Figures of a date or time: "2023", "16th", "12:30", "10.42am", "8sec", "3h", "+03:00", "gmt+3". */
const FIGURES: readonly RegExp[] = [
  /^\d{1,4}(?:st|nd|rd|th)?$/,
  /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?$/,
  /^\d{1,3}(?:s|sec|m|min|h|hr|d|w|mo|y)$/,
  /^[+-]\d{2}:?\d{2}$/,
  /^(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?$/,
];

/** True when the line (in lower case) is a timestamp of the page. */
export function isTimestamp(lower: string): boolean {
  if (!MAY_BE_TIME.test(lower)) return false;
  const opener = OPENER.exec(lower);
  const tokens = (opener ? lower.slice(opener[0].length) : lower).split(SEPARATORS).filter((token) => token !== '');
  if (tokens.length === 0 || tokens.length > 12 || !tokens.every(isDateTimeToken)) return false;
  if (!tokens.some((token) => /\d/.test(token) || RELATIVE_DAYS.has(token))) return false;
  if (opener) return true;
  // Without an opener only a full date is the page's ("16 November 2023", "2023-11-16", "3 hours
  // ago"): a line of figures ("12 14") is not one, and "March 2022" may head a section of a timeline.
  const month = tokens.some((token) => MONTHS.has(token.replace(/\.$/, '')));
  const day = tokens.some((token) => DAY_NUMBER.test(token));
  return (month && day) || tokens.some((token) => WRITTEN_DATE.test(token) || token === 'ago');
}

function isDateTimeToken(token: string): boolean {
  if (TIME_WORDS.has(token)) return true;
  // "Nov.", "(GMT)", "2023."
  const word = token.replace(/^[([]|[)\].]$/g, '');
  return (
    TIME_WORDS.has(word) ||
    MONTHS.has(word) ||
    DAYS.has(word) ||
    ZONES.has(word) ||
    WRITTEN_DATE.test(word) ||
    FIGURES.some((pattern) => pattern.test(word))
  );
}
