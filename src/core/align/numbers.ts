import type { SegmentedText } from '../types';

/**
 * Numbers as alignment features: one key per quantity however an outlet writes it, so that
 * "12" and "twelve", "1.5 million" and "1,500,000", "5 km" and "five kilometres", "2%" and
 * "two per cent", "3rd" and "third" meet. A figure is among the most specific facts a news
 * sentence carries, which is why two outlets' wordings of one fact so often share it.
 *
 * The key is `#` + the value + the unit (`km`, `%`, `$`…) or `th` for an ordinal. Words that
 * only hedge a figure ("nearly", "almost", "roughly" 4,000) are not content next to a number:
 * outlets choose them freely for the same fact.
 */

const UNITS: ReadonlyMap<string, string> = unitTable({
  km: 'km kms kilometre kilometres kilometer kilometers',
  m: 'metre metres meter meters',
  cm: 'cm centimetre centimetres centimeter centimeters',
  mm: 'mm millimetre millimetres millimeter millimeters',
  mi: 'mile miles',
  kg: 'kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos',
  t: 'tonne tonnes ton tons',
  ha: 'ha hectare hectares',
  ac: 'acre acres',
  deg: 'degree degrees',
  kmh: 'kph',
  mph: 'mph',
  '%': 'percent pc',
  $: 'dollar dollars',
  '€': 'euro euros',
  '£': 'pound pounds sterling',
  '¥': 'yen yuan',
  rs: 'rupee rupees',
  rub: 'rouble roubles ruble rubles',
});

/** Units written straight after the digits ("5km", "140mm", "£3bn" has a scale instead). */
const ATTACHED_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'],
  ['cm', 'cm'],
  ['mm', 'mm'],
  ['kg', 'kg'],
  ['mph', 'mph'],
  ['kph', 'kmh'],
  ['ha', 'ha'],
  ['pc', '%'],
]);

const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Scales written straight after the digits: "£3bn", "12m people", "40k". */
const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
]);

const CARDINALS: ReadonlyMap<string, number> = new Map(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen'
  )
    .split(' ')
    .map((word, value): [string, number] => [word, value])
    .concat(
      'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, k): [string, number] => [word, 20 + 10 * k])
    )
);

const ORDINALS: ReadonlyMap<string, number> = new Map(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
  )
    .split(' ')
    .map((word, k): [string, number] => [word, k + 1])
    .concat(
      'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'
        .split(' ')
        .map((word, k): [string, number] => [word, 20 + 10 * k])
    )
);

/** Words that hedge a figure without changing the fact ("nearly 4,000", "some 4,000"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(
  'about nearly almost around roughly approximately some over under more than less fewer least estimated just upwards up to'.split(' ')
);

const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', '$'],
  ['€', '€'],
  ['£', '£'],
  ['¥', '¥'],
  ['₹', 'rs'],
]);

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$/;

/** A figure found in the text: its feature key and the index of the first word after it. */
export interface NumberToken {
  readonly key: string;
  readonly next: number;
}

/** Whether word `norm` may start a figure (cheap test before `readNumber`). */
export function mayStartNumber(norm: string): boolean {
  return isDigit(norm.charCodeAt(0)) || CARDINALS.has(norm) || ORDINALS.has(norm) || SCALES.has(norm);
}

/** Whether `norm` is a word that may hedge a figure ("nearly", "some"). */
export function mayHedgeNumber(norm: string): boolean {
  return APPROXIMATORS.has(norm);
}

/** Whether word `w`, a hedge word, hedges a figure that follows it. */
export function hedgesNumber(doc: SegmentedText, w: number, end: number): boolean {
  // "more than 4,000", "up to 12": look past a second hedge word.
  let next = w + 1;
  if (next < end && APPROXIMATORS.has(doc.words[next]!.norm) && joined(doc, next - 1, next)) {
    next++;
  }
  return next < end && joined(doc, next - 1, next) && readNumber(doc, next, end) !== undefined;
}

/**
 * Reads the figure that starts at word `w` (words up to `end`, exclusive, are in the same
 * sentence), or returns undefined when the word does not start one. "one" counts only with
 * a scale or unit after it ("one million", "one kilometre"): alone it is mostly a pronoun.
 */
export function readNumber(doc: SegmentedText, w: number, end: number): NumberToken | undefined {
  const norm = doc.words[w]!.norm;
  if (isDigit(norm.charCodeAt(0))) {
    return readDigits(doc, w, end);
  }
  if (!CARDINALS.has(norm) && !ORDINALS.has(norm) && !SCALES.has(norm)) {
    return undefined;
  }
  return readWords(doc, w, end);
}

function readDigits(doc: SegmentedText, w: number, end: number): NumberToken | undefined {
  const word = doc.words[w]!;
  const compound = readCompound(doc, w, end);
  if (compound) {
    return compound;
  }
  const match = DIGITS.exec(word.norm);
  if (!match) {
    // "4x4", "1980s", "3d": digits, but not a plain quantity; kept as written.
    return { key: `#${word.norm}`, next: w + 1 };
  }
  let value = Number(match[1]!.replace(/,/g, '') + (match[2] ? `.${match[2]}` : ''));
  const suffix = match[3]!;
  let unit = '';
  if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') {
    return { key: key(value, 'th'), next: w + 1 };
  }
  if (suffix === 's' && match[2] === undefined) {
    return { key: `#${word.norm}`, next: w + 1 };
  }
  if (suffix !== '') {
    const scale = ATTACHED_SCALES.get(suffix);
    unit = ATTACHED_UNITS.get(suffix) ?? '';
    if (scale === undefined && unit === '') {
      return { key: `#${word.norm}`, next: w + 1 };
    }
    value *= scale ?? 1;
  }
  let next = w + 1;
  if (suffix === '') {
    const scaled = readScale(doc, next, end, value);
    value = scaled.value;
    next = scaled.next;
  }
  const sign = CURRENCY_SIGNS.get(doc.text.charAt(word.start - 1));
  if (doc.text.charAt(doc.words[next - 1]!.end) === '%') {
    unit = '%';
  } else if (unit === '') {
    const after = readUnit(doc, next, end);
    unit = after.unit || (sign ?? '');
    next = after.next;
  }
  return { key: key(value, unit), next };
}

function readWords(doc: SegmentedText, w: number, end: number): NumberToken | undefined {
  let total = 0;
  let current = 0;
  let next = w;
  let ordinal = false;
  let scaled = false;
  while (next < end && (next === w || joined(doc, next - 1, next))) {
    const norm = doc.words[next]!.norm;
    const cardinal = CARDINALS.get(norm);
    const order = ORDINALS.get(norm);
    const scale = SCALES.get(norm);
    if (cardinal !== undefined) {
      current += cardinal;
    } else if (order !== undefined) {
      current += order;
      ordinal = true;
      next++;
      break;
    } else if (scale !== undefined) {
      // "a hundred and twenty", "a million": a scale word alone counts one of it.
      scaled = true;
      if (scale === 100) {
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (norm === 'and' && next > w && SCALES.has(doc.words[next - 1]!.norm) && next + 1 < end && CARDINALS.has(doc.words[next + 1]!.norm)) {
      // "one hundred and twenty"
    } else {
      break;
    }
    next++;
  }
  const value = total + current;
  if (ordinal) {
    return { key: key(value, 'th'), next };
  }
  const after = readUnit(doc, next, end);
  if (doc.words[w]!.norm === 'one' && !scaled && after.unit === '') {
    return undefined;
  }
  return { key: key(value, after.unit), next: after.next };
}

/**
 * Digits joined by hyphens, slashes or colons with no space ("2023-02-17", "17/02/2023", a
 * score of "3-1", "4:17 a.m.") are one figure: a date is one fact, and its parts alone ("2",
 * "17") would each match any other small number.
 */
function readCompound(doc: SegmentedText, w: number, end: number): NumberToken | undefined {
  let next = w + 1;
  let text = doc.words[w]!.norm;
  while (next < end && isDigit(doc.words[next]!.norm.charCodeAt(0))) {
    const from = doc.words[next - 1]!.end;
    if (doc.words[next]!.start !== from + 1 || !COMPOUND_JOINS.has(doc.text.charAt(from))) {
      break;
    }
    text += '-' + doc.words[next]!.norm;
    next++;
  }
  return next > w + 1 ? { key: `#${text}`, next } : undefined;
}

const COMPOUND_JOINS: ReadonlySet<string> = new Set(['-', '/', ':', '\u2013']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "1.5 million", "4 thousand": a scale word after digits. */
function readScale(doc: SegmentedText, w: number, end: number, value: number): { value: number; next: number } {
  if (w < end && joined(doc, w - 1, w)) {
    const scale = SCALES.get(doc.words[w]!.norm);
    if (scale !== undefined) {
      return { value: value * scale, next: w + 1 };
    }
  }
  return { value, next: w };
}

function readUnit(doc: SegmentedText, w: number, end: number): { unit: string; next: number } {
  if (w >= end || !joined(doc, w - 1, w)) {
    return { unit: '', next: w };
  }
  const norm = doc.words[w]!.norm;
  if (norm === 'per' && w + 1 < end && doc.words[w + 1]!.norm === 'cent' && joined(doc, w, w + 1)) {
    return { unit: '%', next: w + 2 };
  }
  const unit = UNITS.get(norm);
  return unit === undefined ? { unit: '', next: w } : { unit, next: w + 1 };
}

/** Words `x` and `y` stand next to each other, with only spaces or a hyphen between. */
function joined(doc: SegmentedText, x: number, y: number): boolean {
  const from = doc.words[x]!.end;
  const to = doc.words[y]!.start;
  if (to - from > 3) {
    return false;
  }
  for (let k = from; k < to; k++) {
    const c = doc.text.charCodeAt(k);
    // space, tab, line breaks, no-break space, hyphen-minus and the Unicode hyphens
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 45 && c !== 0x2010 && c !== 0x2011) {
      return false;
    }
  }
  return true;
}

function key(value: number, unit: string): string {
  if (Number.isSafeInteger(value)) {
    return `#${value}${unit}`;
  }
  // toPrecision removes binary noise: 2.3 × 10^6 is 2299999.9999999995 in floating point.
  return `#${Number(value.toPrecision(12))}${unit}`;
}

function unitTable(spec: Record<string, string>): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [unit, words] of Object.entries(spec)) {
    for (const word of words.split(' ')) {
      table.set(word, unit);
    }
  }
  return table;
}
