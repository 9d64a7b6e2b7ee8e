import type { SegmentedText, Word } from '../types';
import { normalizeWord } from '../text/normalize';
import { ACTOR_SEEDS } from './actorAliases';

/** Sentences of one article that mention each actor, and which words the seed table claimed. */
export interface SeedMentions {
  readonly sentences: Map<string, Set<number>>;
  /** Word indices covered by a seed alias (or a blocking name), so discovery skips them. */
  readonly covered: Set<number>;
}

type CaseRule = 'exact' | 'capitalised' | 'any';

interface CompiledAlias {
  readonly actor: string | null;
  readonly norms: readonly string[];
  readonly tokens: readonly string[];
  readonly rules: readonly CaseRule[];
}

const ALIASES = compileAliases();

function compileAliases(): Map<string, CompiledAlias[]> {
  const byFirst = new Map<string, CompiledAlias[]>();
  for (const seed of ACTOR_SEEDS) {
    for (const alias of seed.aliases) {
      const tokens = alias.split(/\s+/);
      const entry: CompiledAlias = {
        actor: seed.actor,
        tokens,
        norms: tokens.map(normalizeWord),
        rules: tokens.map(caseRule),
      };
      const list = byFirst.get(entry.norms[0]!) ?? [];
      list.push(entry);
      // Longest first, so "South America" is tried before "America".
      list.sort((x, y) => y.norms.length - x.norms.length);
      byFirst.set(entry.norms[0]!, list);
    }
  }
  return byFirst;
}

function caseRule(token: string): CaseRule {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) {
    return 'exact';
  }
  return /^\p{Lu}/u.test(token) ? 'capitalised' : 'any';
}

const NAME_GAP = /^[\s\-\u2010\u2011]*$/;

/** Finds the seed-table actors each sentence of an article mentions. */
export function seedMentions(doc: SegmentedText): SeedMentions {
  const sentences = new Map<string, Set<number>>();
  const covered = new Set<number>();
  const { words, text } = doc;
  for (let i = 0; i < words.length; i++) {
    const candidates = ALIASES.get(words[i]!.norm);
    const hit = candidates?.find((alias) => aliasMatches(text, words, i, alias));
    if (!hit) {
      continue;
    }
    for (let k = 0; k < hit.norms.length; k++) {
      covered.add(i + k);
    }
    if (hit.actor) {
      const set = sentences.get(hit.actor) ?? new Set<number>();
      set.add(words[i]!.sentence);
      sentences.set(hit.actor, set);
    }
    i += hit.norms.length - 1;
  }
  return { sentences, covered };
}

function aliasMatches(text: string, words: readonly Word[], i: number, alias: CompiledAlias): boolean {
  if (i + alias.norms.length > words.length) {
    return false;
  }
  for (let k = 0; k < alias.norms.length; k++) {
    const word = words[i + k]!;
    if (word.norm !== alias.norms[k]) {
      return false;
    }
    if (k > 0 && (word.sentence !== words[i]!.sentence || !NAME_GAP.test(text.slice(words[i + k - 1]!.end, word.start)))) {
      return false;
    }
    const rule = alias.rules[k];
    if (rule === 'exact' && stripPossessive(word.text) !== alias.tokens[k]) {
      return false;
    }
    if (rule === 'capitalised' && !/^\p{Lu}/u.test(word.text)) {
      return false;
    }
  }
  return true;
}

function stripPossessive(token: string): string {
  return token.replace(/['\u2019]s?$/u, '');
}
