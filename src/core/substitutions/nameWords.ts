/**
 * Vocabulary that tells names from ordinary capitalised words, shared by name-variant
 * discovery and tone towards actors. There is no dictionary at hand, so three cheap tests
 * stand in for one: a hand list of the capitalised words news copy uses most (titles,
 * institutions, calendar words), a word also written in lower case somewhere in the articles,
 * and two words that differ only by an English suffix ("Ministry"/"Minister").
 */

/** Titles and ranks in front of a name: "Prime Minister Imran Khan" is Imran Khan. */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'president vice prime minister ministers secretary chief spokesperson spokesman spokeswoman ambassador ' +
    'general gen field marshal mr mrs ms dr sir king queen prince princess sheikh senator sen rep governor gov ' +
    'mayor judge justice chancellor deputy special assistant commander colonel col lt lieutenant captain capt ' +
    'admiral adm pope director chairman chairwoman chair head foreign defense defence interior finance army staff ' +
    'attorney officer envoy representative leader speaker emir crown supreme major maj sgt sergeant premier ' +
    'ayatollah imam bishop archbishop rev father professor prof dean first lady pres sens reps supt insp ' +
    'cardinal rabbi lord dame mme mlle messrs congressman congresswoman councillor councilor'
  ).split(' ')
);

/**
 * Common words that are capitalised in institution names, headlines and page furniture. A
 * run made only of these ("End Use", "Foreign Office", "Short Url") is not taken for a name;
 * a real name has at least one word that is not ordinary vocabulary.
 */
export const COMMON: ReadonlySet<string> = new Set(
  (
    'office ministry department council court house party bank union forces force army navy agency committee ' +
    'commission assembly government state states world national international foreign defense defence security ' +
    'affairs federal central general united republic democratic people islamic organization organisation ' +
    'association institute university college school hospital times post news daily press media group company ' +
    'corporation radio television tv network service services fund program programme project summit conference ' +
    'forum day week year new old north south east west northern southern eastern western upper lower great grand ' +
    'high royal public private free social economic political military air sea land road street square city ' +
    'province region oblast district county valley river ocean island islands mountain lake park center centre tower ' +
    'palace hall building station airport port bridge end use short url follow updated source link comments ' +
    'closed read more share photo file courtesy cold war peace board show trade deal agreement treaty accord pact ' +
    'act law bill plan policy strategy initiative movement front alliance coalition league bloc muslim muslims ' +
    'christian christians jewish hindu catholic sunni shia english arabic urdu god internet covid breaking live ' +
    'update exclusive opinion analysis editorial video watch advertisement related topics ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'easter christmas ramadan eid diwali passover hanukkah thanksgiving lent'
  ).split(' ')
);

/**
 * Further capitalised English words that look like names to a letter test: never a name
 * spelled two ways ("Vice"/"Voice", "Council"/"Counsel", "Police"/"Policy"), though some of
 * them (parties, chambers) are actors in their own right, so they are kept off `COMMON`.
 */
const NOT_NAME_VARIANTS = new Set(
  (
    'vice voice counsel counsels senate senates senator senators policies unions councils ministries ministers ' +
    'police embassy consulate cabinet parliament congress administration authority authorities regime ' +
    'democrat democrats republican republicans labour labor liberal liberals conservative conservatives ' +
    'socialist socialists communist communists green greens nation nations nationals federation federations ' +
    'court courts justice judges member members chamber chambers ' +
    'statement statements spokesman spokesmen officials official officer officers office offices ' +
    'general generals governor governors government governments navy army armies marine marines ' +
    'guard guards border borders coast coasts capitol capital capitals secretary secretariat ' +
    'commissioner commissioners commission commissions premier premiers prince princes princess ' +
    'king kings queen queens lord lords lady ladies church churches mosque mosques temple temples'
  ).split(' ')
);

/** Connectors inside names: "Khalid bin Salman", "Charles de Gaulle". */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'bin', 'al', 'de', 'del', 'la', 'du', 'von', 'van', 'da', 'ibn', 'el']);

/** English endings: two words that differ only by these are one English word, not a name. */
const SUFFIXES = new Set(
  ('|s|es|e|y|er|ers|or|ors|ry|ries|ies|ion|ions|ian|ians|ist|ists|ism|al|ial|ic|ics|ical|ed|ing|ly|' +
    'ate|ates|ation|ations|ity|ment|ments|ness|ive|ives|ship').split('|')
);

/** "Ministry"/"Minister", "Police"/"Policy", "Senate"/"Senator": one stem, two English endings. */
export function differsOnlyBySuffix(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) {
    p++;
  }
  // Back off so the stem may end inside a shared ending ("senat|e" / "senat|or").
  for (let stem = p; stem >= 3 && stem >= p - 2; stem--) {
    if (SUFFIXES.has(x.slice(stem)) && SUFFIXES.has(y.slice(stem))) {
      return true;
    }
  }
  return false;
}

/** A word the hand lists know as ordinary capitalised vocabulary (a title, an institution). */
export function isCommonCapitalised(norm: string): boolean {
  return COMMON.has(norm) || TITLES.has(norm) || NOT_NAME_VARIANTS.has(norm) || (norm.endsWith('s') && COMMON.has(norm.slice(0, -1)));
}

/** One letter with or without a dot ("D", "D."), or letters joined by dots or hyphens ("S.C", "J.R.R", "R-S.C"). */
export function isInitial(token: string): boolean {
  // Past a first character that is not half of a surrogate pair, both patterns need a stop or a hyphen next.
  if (token.length > 1) {
    const first = token.charCodeAt(0);
    const second = token.charCodeAt(1);
    if ((first < 0xd800 || first > 0xdfff) && second !== 0x2e && second !== 0x2d && second !== 0x2010 && second !== 0x2011) {
      return false;
    }
  }
  return /^\p{Lu}\.?$/u.test(token) || /^(\p{L}[.\-\u2010\u2011])+\p{L}?\.?$/u.test(token);
}

/** How many letters a token has: names need two ("R" of "R-Texas" is not one). */
export function letterCount(token: string): number {
  let n = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) {
      n++;
    } else if (token.charCodeAt(i) >= 128 && /\p{L}/u.test(token[i]!)) {
      n++;
    }
  }
  return n;
}
