import type { SegmentedText, Word } from '../types';
import { STOPWORDS } from '../text/normalize';

/** A proper name found in the texts, with the sentences of each article that mention it. */
export interface DiscoveredName {
  readonly name: string;
  readonly sentences: readonly [Set<number>, Set<number>];
  readonly occurrences: number;
}

/** Titles and ranks in front of a name: "Prime Minister Imran Khan" is Imran Khan. */
const TITLES = new Set(
  (
    'president vice prime minister ministers secretary chief spokesperson spokesman spokeswoman ambassador ' +
    'general gen field marshal mr mrs ms dr sir king queen prince princess sheikh senator sen rep governor gov ' +
    'mayor judge justice chancellor deputy special assistant commander colonel col lt lieutenant captain capt ' +
    'admiral adm pope director chairman chairwoman chair head foreign defense defence interior finance army staff ' +
    'attorney officer envoy representative leader speaker emir crown supreme major maj sgt sergeant premier ' +
    'ayatollah imam bishop archbishop rev father professor prof dean first lady'
  ).split(' ')
);

/**
 * Common words that are capitalised in institution names, headlines and page furniture. A
 * run made only of these ("End Use", "Foreign Office", "Short Url") is not taken for a name;
 * a real name has at least one word that is not ordinary vocabulary.
 */
const COMMON = new Set(
  (
    'office ministry department council court house party bank union forces force army navy agency committee ' +
    'commission assembly government state states world national international foreign defense defence security ' +
    'affairs federal central general united republic democratic people islamic organization organisation ' +
    'association institute university college school hospital times post news daily press media group company ' +
    'corporation radio television tv network service services fund program programme project summit conference ' +
    'forum day week year new old north south east west northern southern eastern western upper lower great grand ' +
    'high royal public private free social economic political military air sea land road street square city ' +
    'province region district county valley river ocean island islands mountain lake park center centre tower ' +
    'palace hall building station airport port bridge end use short url follow updated source link comments ' +
    'closed read more share photo file courtesy cold war peace board show trade deal agreement treaty accord pact ' +
    'act law bill plan policy strategy initiative movement front alliance coalition league bloc muslim muslims ' +
    'christian christians jewish hindu catholic sunni shia english arabic urdu god internet covid breaking live ' +
    'update exclusive opinion analysis editorial video watch advertisement related topics ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'
  ).split(' ')
);

const CONNECTORS = new Set(['of', 'bin', 'al', 'de', 'del', 'la', 'du', 'von', 'van', 'da', 'ibn']);
/** Text before a word that makes it the start of a sentence-like unit (a quote, a heading). */
const OPENS_UNIT = /[“"‘'(\[:—–•*#]\s*$/;

interface Occurrence {
  readonly doc: 0 | 1;
  readonly sentence: number;
  readonly key: string;
  readonly surface: string;
  readonly single: boolean;
  /** Whether its first word starts a sentence (so its capital proves nothing). */
  readonly initial: boolean;
}

/**
 * Proper names the seed table does not know: capitalised multi-word names, and capitalised
 * single words not at the start of a sentence, occurring at least twice across the two
 * articles. A surname or given name alone ("Khan") counts as a mention of the one full name
 * it belongs to ("Imran Khan").
 */
export function discoverNames(
  docs: readonly [SegmentedText, SegmentedText],
  covered: readonly [Set<number>, Set<number>]
): DiscoveredName[] {
  const lowercase = new Set<string>();
  for (const doc of docs) {
    for (const w of doc.words) {
      const first = w.text.charAt(0);
      if (first !== first.toUpperCase()) {
        lowercase.add(w.norm);
      }
    }
  }
  const isCommon = (norm: string) =>
    COMMON.has(norm) || COMMON.has(norm.replace(/s$/, '')) || STOPWORDS.has(norm) || lowercase.has(norm);

  const occurrences: Occurrence[] = [];
  docs.forEach((doc, d) => {
    for (const run of capitalisedRuns(doc, covered[d]!)) {
      const occurrence = nameOf(doc, run, d as 0 | 1, isCommon);
      if (occurrence) {
        occurrences.push(occurrence);
      }
    }
  });

  // Single words resolve to the one multi-word name they end or start, if there is exactly one.
  const multi = new Map<string, Map<string, number>>();
  for (const o of occurrences) {
    if (!o.single) {
      const surfaces = multi.get(o.key) ?? new Map<string, number>();
      surfaces.set(o.surface, (surfaces.get(o.surface) ?? 0) + 1);
      multi.set(o.key, surfaces);
    }
  }
  const partOf = new Map<string, string | null>();
  for (const key of multi.keys()) {
    const parts = key.split(' ');
    for (const part of [parts[0]!, parts[parts.length - 1]!]) {
      if (!isCommon(part) && !TITLES.has(part)) {
        const existing = partOf.get(part);
        partOf.set(part, existing === undefined || existing === key ? key : null);
      }
    }
  }

  const groups = new Map<string, { surfaces: Map<string, number>; sentences: [Set<number>, Set<number>]; count: number; evidence: boolean }>();
  for (const o of occurrences) {
    const key = o.single ? partOf.get(o.key) ?? o.key : o.key;
    const group = groups.get(key) ?? { surfaces: new Map<string, number>(), sentences: [new Set<number>(), new Set<number>()] as [Set<number>, Set<number>], count: 0, evidence: false };
    group.count++;
    group.sentences[o.doc].add(o.sentence);
    // A single word is a name only if it is capitalised somewhere a capital is not required.
    group.evidence ||= !o.single || !o.initial || key !== o.key;
    if (key === o.key) {
      group.surfaces.set(o.surface, (group.surfaces.get(o.surface) ?? 0) + 1);
    }
    groups.set(key, group);
  }

  const names: DiscoveredName[] = [];
  for (const [key, group] of groups) {
    const isSingle = !key.includes(' ');
    if (group.count < 2 || !group.evidence || (isSingle && (isCommon(key) || TITLES.has(key)))) {
      continue;
    }
    const name = [...group.surfaces].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0] ?? key;
    names.push({ name, sentences: group.sentences, occurrences: group.count });
  }
  return names;
}

/** Maximal runs of capitalised words (with "of", "bin"… inside) that no seed alias claimed. */
function capitalisedRuns(doc: SegmentedText, covered: Set<number>): Word[][] {
  const { words, text } = doc;
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = () => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.norm)) {
      run.pop();
    }
    if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const previous = run[run.length - 1];
    const joined = previous !== undefined && previous.sentence === w.sentence && blankBetween(text, previous.end, w.start);
    if (!joined) {
      flush();
    }
    const first = w.text.charAt(0);
    const upper = first !== first.toLowerCase();
    if (upper && !covered.has(i)) {
      run.push(w);
    } else if (joined && !covered.has(i) && CONNECTORS.has(w.norm)) {
      run.push(w);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

function blankBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0) {
      return false;
    }
  }
  return true;
}

function nameOf(doc: SegmentedText, run: Word[], d: 0 | 1, isCommon: (norm: string) => boolean): Occurrence | undefined {
  let words = run;
  let initial = startsUnit(doc, words[0]!);
  // A sentence-initial capital proves nothing: "Despite", "Short", "The".
  while (words.length > 0 && (STOPWORDS.has(words[0]!.norm) || CONNECTORS.has(words[0]!.norm) || (initial && isCommon(words[0]!.norm)))) {
    words = words.slice(1);
    initial = false;
  }
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (TITLES.has(w.norm)) {
      lastTitle = i;
    }
  });
  const rest = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && rest.some((w) => !isCommon(w.norm) && !CONNECTORS.has(w.norm))) {
    words = rest;
    initial = false;
  }
  if (words.length === 0 || words.every((w) => isCommon(w.norm) || TITLES.has(w.norm) || CONNECTORS.has(w.norm))) {
    return undefined;
  }
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    doc: d,
    sentence: first.sentence,
    key: words.map((w) => w.norm).join(' '),
    surface: doc.text.slice(first.start, last.end).replace(/['\u2019]s$/u, ''),
    single: words.length === 1,
    initial,
  };
}

function startsUnit(doc: SegmentedText, word: Word): boolean {
  const sentence = doc.sentences[word.sentence]!;
  if (word.index === sentence.firstWord) {
    return true;
  }
  const previous = doc.words[word.index - 1]!;
  return OPENS_UNIT.test(doc.text.slice(previous.end, word.start));
}
