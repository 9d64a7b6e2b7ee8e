/**
 * Part-of-speech tags for the agency analysis, behind one small function so that the rest of
 * the module never sees the tagging library's API.
 *
 * The library is `compromise` (its `two` build: tokenizer, lexicon and tagger, without the
 * phrase API of `three`), chosen over `wink-nlp` with `wink-eng-lite-web-model` by measuring
 * both here:
 * - size: compromise/two is 296 KB minified, 122 KB gzipped, and adds 131 KB gzipped to the
 *   extension bundle; wink with its model is 3.65 MB minified, 1.03 MB gzipped. The engine is
 *   bundled twice into the package (extension and CLI), so wink would take the .vsix from
 *   about 0.3 MB to 2.3 MB, past its 2 MB budget; compromise takes it to about 0.55 MB;
 * - speed: 0.6–1 ms per 18-word news sentence for compromise, 0.13 ms for wink, and about
 *   0.2 s to load either. Only sentences of aligned pairs that pass the event-word gate are
 *   tagged (a handful per article, none at all in two unrelated 1 MB texts), so the
 *   difference does not show;
 * - quality on the test sentences: both slip now and then ("shot" as a noun in "forces shot
 *   dead" for wink; "airstrikes" and "suspects" as verbs, "Border" in "Border guards" as a
 *   verb for compromise), so the clause rules trust the event and actor word lists over the
 *   tagger where a word's part of speech is not in doubt. compromise also tags passives and
 *   reports character offsets, which wink's lite model does not.
 * Both run in Node and in a browser worker.
 *
 * The library is loaded on first use, not at import: it unpacks its lexicon when loaded,
 * which a comparison with no violent event in it should not pay for.
 */
import type compromise from 'compromise/two';

export type PartOfSpeech =
  | 'noun'
  | 'verb'
  | 'adjective'
  | 'adverb'
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'number'
  | 'pronoun'
  | 'other';

/** One word of a tagged text. Offsets are UTF-16 code units into the text given to `tagText`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  /** Base form from the tagger (singular noun, infinitive verb), else `lower`. */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** Punctuation right after the word (",", ";", "—"), trimmed; empty when none. */
  readonly punctAfter: string;
  readonly tags: TokenTags;
}

export interface TokenTags {
  readonly passive: boolean;
  readonly pastTense: boolean;
  readonly gerund: boolean;
  /** A form of "be", "have" or a modal used as a helper verb. */
  readonly auxiliary: boolean;
  readonly modal: boolean;
  readonly proper: boolean;
  /** A person or a noun for people ("men", "teenager", "minister"). */
  readonly human: boolean;
  readonly demonym: boolean;
  readonly organization: boolean;
  readonly place: boolean;
  readonly date: boolean;
}

type Nlp = typeof compromise;
let library: Nlp | undefined;

/**
 * The module's CommonJS `require`, declared here rather than through Node's typings, which the
 * engine compiles without (src/core/tsconfig.json). tsc's CommonJS output provides it in Node,
 * and esbuild resolves this one static call when it bundles the engine.
 */
declare const require: (id: 'compromise/two') => Nlp | { default: Nlp };

function load(): Nlp {
  if (!library) {
    // A CommonJS build in Node returns the function itself; a bundled ES module, a namespace.
    const loaded = require('compromise/two');
    library = typeof loaded === 'function' ? loaded : loaded.default;
  }
  return library;
}

interface RawTerm {
  text: string;
  post: string;
  tags: string[];
  normal?: string;
  root?: string;
  offset: { start: number; length: number };
}

/**
 * Tags one short text (a sentence or two). Words whose offsets the library reports
 * differently from the text (never seen, but the offsets are the contract) are left out, as
 * are the empty words it inserts when it expands contractions.
 */
export function tagText(text: string): Token[] {
  try {
    return tokensOf(text);
  } catch {
    // A tagger failure on one odd sentence must not take the whole comparison down; the
    // sentence then simply yields no clauses.
    return [];
  }
}

function tokensOf(text: string): Token[] {
  const doc = load()(text);
  doc.compute('root');
  // `root` is a term option the typings do not list.
  const options = { offset: true, terms: { root: true } } as Parameters<typeof doc.json>[0];
  const sentences = doc.json(options) as { terms: RawTerm[] }[];
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const { start, length } = term.offset;
      if (length === 0 || text.slice(start, start + length) !== term.text) {
        continue;
      }
      const lower = term.text.toLowerCase().replace(/’/g, "'");
      tokens.push({
        text: term.text,
        start,
        end: start + length,
        lower,
        lemma: (term.root ?? lower).toLowerCase(),
        pos: partOfSpeech(new Set(term.tags)),
        punctAfter: term.post.trim(),
        tags: tagsOf(new Set(term.tags)),
      });
    }
  }
  return tokens;
}

function partOfSpeech(tags: ReadonlySet<string>): PartOfSpeech {
  if (tags.has('Pronoun')) return 'pronoun';
  if (tags.has('Determiner')) return 'determiner';
  if (tags.has('Preposition')) return 'preposition';
  if (tags.has('Conjunction')) return 'conjunction';
  if (tags.has('Value')) return 'number';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Adjective')) return 'adjective';
  if (tags.has('Adverb')) return 'adverb';
  if (tags.has('Noun')) return 'noun';
  return 'other';
}

function tagsOf(tags: ReadonlySet<string>): TokenTags {
  return {
    passive: tags.has('Passive'),
    pastTense: tags.has('PastTense') || tags.has('Participle'),
    gerund: tags.has('Gerund'),
    auxiliary: tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal'),
    modal: tags.has('Modal'),
    proper: tags.has('ProperNoun'),
    human: tags.has('Actor') || tags.has('Person'),
    demonym: tags.has('Demonym'),
    organization: tags.has('Organization'),
    place: tags.has('Place'),
    date: tags.has('Date'),
  };
}
