import { STOPWORDS } from '../text/normalize';
import type { Lexicon, LexiconSet, LexiconVariant } from '../types';
import { inflections } from './inflect';
import { termTokens, type CaseRule, type TermToken } from './terms';

/** One form of a term (or of an exception), indexed under its first word. */
export interface Entry {
  readonly set: LexiconSet;
  /** Absent for exception phrases. */
  readonly variant?: LexiconVariant;
  /** Normalised words of the form; `*` stands for any one word. */
  readonly words: readonly string[];
  readonly cases: readonly CaseRule[];
  /** 0 for a form written in the lexicon, 1 for one produced by inflection. */
  readonly generated: 0 | 1;
  /** Position of the set in the lexicon: the earlier set wins a tie. */
  readonly order: number;
}

/** A term (or exception phrase) and the forms of its last word, waiting to be indexed under one of its first word's forms. */
interface Term {
  readonly set: LexiconSet;
  readonly variant: LexiconVariant | undefined;
  readonly order: number;
  /** The variant (or the set's exceptions) the term belongs to: forms repeat only within one. */
  readonly owner: number;
  readonly base: readonly string[];
  readonly cases: readonly CaseRule[];
  readonly casesKey: string;
  /** The forms of the last word, as written first (`['']` for a one-word term). */
  readonly tails: readonly string[];
}

/** The terms that start with one form of a word, each with whether that form is as written (0) or inflected (1). */
class Pending {
  readonly terms: Array<readonly [Term, 0 | 1]> = [];
}

/**
 * Every form of every term and exception of a lexicon, keyed by its first word's `norm`. The
 * forms under a word are made the first time a text contains that word: the bundled lexicon
 * has some twenty thousand forms (a phrase has every form of its first word with every form
 * of its last), and an article uses the first words of a few hundred. The entries under a
 * word are the same, in the same order, as if all had been made at once.
 */
export class FormIndex {
  private readonly byWord = new Map<string, Entry[] | Pending>();

  constructor(lexicon: Lexicon) {
    let owner = 0;
    lexicon.sets.forEach((set, order) => {
      for (const variant of set.variants) {
        for (const term of variant.terms) {
          this.add(termTokens(term), variant.inflect !== false, set, variant, order, owner);
        }
        owner++;
      }
      for (const phrase of set.exceptions ?? []) {
        this.add(termTokens(phrase), true, set, undefined, order, owner);
      }
      owner++;
    });
  }

  /** The forms that start with `word`, in lexicon order; undefined when none does. */
  get(word: string): readonly Entry[] | undefined {
    const found = this.byWord.get(word);
    if (found instanceof Pending) {
      const entries = expand(word, found);
      this.byWord.set(word, entries);
      return entries;
    }
    return found;
  }

  /** Every first word that has forms. */
  words(): IterableIterator<string> {
    return this.byWord.keys();
  }

  private add(tokens: readonly TermToken[], inflect: boolean, set: LexiconSet, variant: LexiconVariant | undefined, order: number, owner: number): void {
    if (tokens.length === 0) {
      return;
    }
    const cases = tokens.map((t) => t.caseRule);
    const base = tokens.map((t) => t.norm);
    // Inflect the head of the phrase: its first word for verb phrases ("lash out" → "lashed
    // out"), its last for noun phrases ("asylum seeker" → "asylum seekers"), and both together
    // so an exception such as "reject * claims" also covers "rejected the claims". Names,
    // function words and wildcards stay as written.
    const formsAt = (at: number): string[] => {
      const token = tokens[at]!;
      return inflect && !token.wildcard && token.caseRule === 'any' && !STOPWORDS.has(token.norm)
        ? [token.norm, ...inflections(token.norm).filter((form) => form !== token.norm)]
        : [token.norm];
    };
    const heads = formsAt(0);
    const tails = tokens.length > 1 ? formsAt(tokens.length - 1) : [''];
    const term: Term = { set, variant, order, owner, base, cases, casesKey: cases.join(), tails };
    heads.forEach((head, i) => {
      let pending = this.byWord.get(head) as Pending | undefined;
      if (!pending) {
        pending = new Pending();
        this.byWord.set(head, pending);
      }
      pending.terms.push([term, i === 0 ? 0 : 1]);
    });
  }
}

function expand(head: string, pending: Pending): Entry[] {
  const entries: Entry[] = [];
  const seen = new Map<number, Set<string>>();
  for (const [term, generatedHead] of pending.terms) {
    let forms = seen.get(term.owner);
    if (!forms) {
      forms = new Set<string>();
      seen.set(term.owner, forms);
    }
    const { set, variant, order, cases, base } = term;
    term.tails.forEach((tail, j) => {
      const words = [...base];
      words[0] = head;
      if (base.length > 1) {
        words[base.length - 1] = tail;
      }
      // The same form may come from two terms of one variant ("Mt. McKinley", "Mt McKinley").
      const key = `${words.join(' ')}|${term.casesKey}`;
      if (forms.has(key)) {
        return;
      }
      forms.add(key);
      const generated = generatedHead === 0 && j === 0 ? 0 : 1;
      entries.push(variant ? { set, variant, words, cases, generated, order } : { set, words, cases, generated, order });
    });
  }
  return entries;
}
