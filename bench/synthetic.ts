/**
 * Deterministic synthetic news articles for the benchmark: the same seed always gives the
 * same text, so timings are comparable between runs and machines.
 *
 * The prose is built from templates and a small vocabulary written for this purpose, with
 * generated proper names and figures, so that, as in real reports, most sentences carry a
 * name or a number of their own while common words repeat throughout.
 */

/** mulberry32: a tiny, fast, well-distributed 32-bit generator. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Skewed towards the start of the list, like word frequencies in prose. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * Math.pow(this.next(), 1.7))]!;
  }
}

const ACTORS = [
  'the minister', 'the spokesperson', 'the foreign office', 'officials', 'the mayor', 'the governor',
  'the army', 'police', 'the ministry', 'the prime minister', 'the opposition leader', 'analysts',
  'diplomats', 'the central bank', 'rescue workers', 'the committee', 'the embassy', 'witnesses',
  'the regional council', 'aid agencies', 'the court', 'prosecutors', 'the defence ministry', 'union leaders',
];
const SAID = [
  'said', 'told reporters', 'stated', 'added', 'claimed', 'insisted', 'denied', 'confirmed', 'warned',
  'announced', 'argued', 'noted', 'acknowledged', 'alleged', 'maintained', 'rejected suggestions',
];
const VERBS = [
  'approved', 'suspended', 'delivered', 'inspected', 'announced', 'postponed', 'criticised', 'expanded',
  'reviewed', 'signed', 'blocked', 'funded', 'investigated', 'restored', 'evacuated', 'deployed',
  'negotiated', 'cancelled', 'extended', 'supplied', 'repaired', 'questioned', 'reported', 'closed',
];
const NOUNS = [
  'agreement', 'shipment', 'budget', 'report', 'investigation', 'ceasefire', 'contract', 'programme',
  'election', 'inquiry', 'bridge', 'pipeline', 'hospital', 'border crossing', 'reform', 'loan', 'convoy',
  'talks', 'sanctions', 'exports', 'supplies', 'power plant', 'railway line', 'harbour', 'school',
];
const PLURALS = [
  'residents', 'soldiers', 'families', 'workers', 'containers', 'vehicles', 'homes', 'villages',
  'protesters', 'patients', 'students', 'refugees', 'tonnes of grain', 'households', 'flights', 'shops',
];
const ADJECTIVES = [
  'new', 'regional', 'emergency', 'national', 'temporary', 'controversial', 'delayed', 'joint',
  'foreign', 'military', 'humanitarian', 'long-awaited', 'disputed', 'northern', 'southern', 'coastal',
];
const TIMES = [
  'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'this month',
  'overnight', 'earlier this year', 'in March', 'in September', 'since January', 'late on Sunday',
];
/** Consonant + vowel (+ coda) syllables: a few thousand, so generated words rarely collide. */
const SYLLABLES: readonly string[] = (() => {
  const onsets = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'st', 'tr', 'sh'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
  const codas = ['', '', 'n', 'r', 'l', 's', 'k', 'm'];
  return onsets.flatMap((onset) => vowels.flatMap((vowel) => codas.map((coda) => onset + vowel + coda)));
})();

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function pseudoWord(random: Random, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += SYLLABLES[random.int(SYLLABLES.length)];
  }
  return word;
}

/**
 * Stand-ins for the long tail of the language that every story draws on: a fixed list shared
 * by all stories, as ordinary vocabulary is. Without it a megabyte of text would be written
 * with a few hundred distinct words, far fewer than real reporting uses.
 */
const COMMON_TAIL: readonly string[] = (() => {
  const random = new Random(7);
  return Array.from({ length: 3000 }, () => pseudoWord(random, 2 + random.int(2)));
})();

/** Proper names, figures and subject matter that belong to one story. */
class Story {
  readonly people: string[] = [];
  readonly places: string[] = [];
  readonly topics: string[] = [];

  constructor(private readonly random: Random) {
    for (let i = 0; i < 400; i++) {
      this.people.push(`${capitalise(pseudoWord(random, 2))} ${capitalise(pseudoWord(random, 3))}`);
      this.places.push(capitalise(pseudoWord(random, 2 + random.int(2))));
    }
    for (let i = 0; i < 800; i++) {
      this.topics.push(pseudoWord(random, 2 + random.int(2)));
    }
  }

  /** A noun: everyday news vocabulary, the language's long tail, or the story's own subject. */
  private noun(): string {
    const r = this.random;
    const roll = r.next();
    return roll < 0.4 ? r.pick(NOUNS) : roll < 0.7 ? r.pick(COMMON_TAIL) : r.pick(this.topics);
  }

  /** A past-tense verb: the common ones, or one from the long tail. */
  private verb(): string {
    const r = this.random;
    return r.chance(0.5) ? r.pick(VERBS) : `${r.pick(COMMON_TAIL)}ed`;
  }

  private adjective(): string {
    const r = this.random;
    return r.chance(0.5) ? r.pick(ADJECTIVES) : `${r.pick(COMMON_TAIL)}ic`;
  }

  /** Most news sentences run past one clause; the second carries its own subject matter. */
  private tail(): string {
    const r = this.random;
    if (r.chance(0.4)) {
      return '';
    }
    const linker = r.pick([' while', ' after', ' as', ', a week after', ' despite reports that']);
    return `${linker} the ${this.adjective()} ${this.noun()} ${this.verb()} ${r.pick(this.topics)} near ${r.pick(this.places)}`;
  }

  figure(): string {
    const r = this.random;
    return r.chance(0.3) ? `${1 + r.int(99)},${String(r.int(1000)).padStart(3, '0')}` : String(2 + r.int(900));
  }

  sentence(): string {
    const r = this.random;
    const person = r.pick(this.people);
    const place = r.pick(this.places);
    const clause = `${r.pick(ACTORS)} ${this.verb()} the ${this.adjective()} ${this.noun()} in ${place}`;
    switch (r.int(6)) {
      case 0:
        return `${capitalise(r.pick(ACTORS))} ${r.pick(SAID)} that ${clause} ${r.pick(TIMES)}${this.tail()}.`;
      case 1:
        return `“The ${this.noun()} will not be ${this.verb()}${this.tail()},” ${person} ${r.pick(SAID)} in ${place} ${r.pick(TIMES)}.`;
      case 2:
        return `About ${this.figure()} ${r.pick(PLURALS)} were affected after ${clause}, according to ${person}.`;
      case 3:
        return `${capitalise(clause)} ${r.pick(TIMES)}, and ${this.figure()} ${r.pick(PLURALS)} left ${r.pick(this.places)}${this.tail()}.`;
      case 4:
        return `${person}, who leads the ${this.adjective()} ${this.noun()}, ${r.pick(SAID)} that the ${this.noun()} cost ${this.figure()} million${this.tail()}.`;
      default:
        return `In ${place}, ${r.pick(ACTORS)} ${this.verb()} ${this.figure()} ${r.pick(PLURALS)} ${r.pick(TIMES)}${this.tail()}.`;
    }
  }
}

/** An article as paragraphs of sentences, before it is joined into text. */
export type Paragraphs = string[][];

/** A news-like article of about `length` characters. */
export function article(seed: number, length: number): Paragraphs {
  const random = new Random(seed);
  const story = new Story(random);
  const paragraphs: Paragraphs = [];
  let size = 0;
  while (size < length) {
    const paragraph: string[] = [];
    const count = 1 + random.int(4);
    for (let i = 0; i < count; i++) {
      const sentence = story.sentence();
      paragraph.push(sentence);
      size += sentence.length + 1;
    }
    paragraphs.push(paragraph);
    size += 1;
  }
  return paragraphs;
}

/**
 * Another outlet's version of the same article: about one word in ten substituted, some
 * paragraphs moved, some sentences dropped and some added.
 */
export function rewrite(original: Paragraphs, seed: number): Paragraphs {
  const random = new Random(seed);
  const story = new Story(random);
  const vocabulary = [...VERBS, ...NOUNS, ...ADJECTIVES, ...SAID.filter((w) => !w.includes(' '))];
  const paragraphs = original.map((paragraph) => {
    const result: string[] = [];
    for (const sentence of paragraph) {
      if (random.chance(0.05)) {
        continue;
      }
      const words = sentence.split(' ').map((word) => {
        if (!random.chance(0.1)) {
          return word;
        }
        // Keep the punctuation around the word, so quotes and sentence ends survive.
        const lead = /^[^\p{L}\p{N}]*/u.exec(word)![0];
        const tail = /[^\p{L}\p{N}]*$/u.exec(word)![0];
        const replacement = random.pick(vocabulary);
        const core = word.slice(lead.length);
        // A capital stays a capital, so a substitution never merges two sentences by accident.
        return lead + (core && core[0] !== core[0]!.toLowerCase() ? capitalise(replacement) : replacement) + tail;
      });
      result.push(words.join(' '));
      if (random.chance(0.05)) {
        result.push(story.sentence());
      }
    }
    return result;
  });
  for (let i = 0; i < paragraphs.length; i++) {
    if (random.chance(0.05)) {
      const [moved] = paragraphs.splice(i, 1);
      paragraphs.splice(random.int(paragraphs.length + 1), 0, moved!);
    }
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** Paragraphs as text: sentences joined by spaces, paragraphs by blank lines. */
export function toText(paragraphs: Paragraphs): string {
  return paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n') + '\n';
}
