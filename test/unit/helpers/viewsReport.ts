import type { AlignedPair, FramingEntry, Report, SentenceRef, Substitution, TextSpan, WordDiff } from '../../../src/core/types';

/**
 * A small hand-made report over two short articles, with one record of every kind the editor
 * views draw, so their tests do not depend on how the engine happens to align or match.
 *
 * A: [0] Fire hits Lvov depot. [1] The mayor claimed the fire was arson. [2] Nobody was hurt.
 *    [3] Firefighters came fast. [4] The defense unit helped.
 * B: [0] Firefighters came fast. [1] Fire hits Lviv depot. [2] The mayor said the fire was arson.
 *    [3] Traffic was diverted. [4] The defence unit helped.
 */
export const SENTENCES_A = [
  'Fire hits Lvov depot.',
  'The mayor claimed the fire was arson.',
  'Nobody was hurt.',
  'Firefighters came fast.',
  'The defense unit helped.',
];
export const SENTENCES_B = [
  'Firefighters came fast.',
  'Fire hits Lviv depot.',
  'The mayor said the fire was arson.',
  'Traffic was diverted.',
  'The defence unit helped.',
];
export const TEXT_A = SENTENCES_A.join('\n\n');
export const TEXT_B = SENTENCES_B.join('\n\n');

/** The `nth` occurrence of `phrase` in `text` as a span. */
export function at(text: string, phrase: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  }
  return { text: phrase, start, end: start + phrase.length };
}

function sentences(text: string, list: readonly string[]): SentenceRef[] {
  return list.map((s, i) => ({ ...at(text, s), sentence: i }));
}

export function viewsReport(overrides: Partial<Report> = {}): Report {
  const sa = sentences(TEXT_A, SENTENCES_A);
  const sb = sentences(TEXT_B, SENTENCES_B);
  const replaced = (a: string, b: string): WordDiff => ({ kind: 'replaced', a: at(TEXT_A, a), b: at(TEXT_B, b) });
  const pair = (id: string, a: number, b: number, diffs: WordDiff[], moved = false): AlignedPair => ({
    id,
    kind: diffs.length ? 'modified' : 'identical',
    a: [a],
    b: [b],
    aSpan: { start: sa[a]!.start, end: sa[a]!.end },
    bSpan: { start: sb[b]!.start, end: sb[b]!.end },
    similarity: diffs.length ? 0.8 : 1,
    moved,
    diffs,
  });
  const pairs = [
    pair('p0', 0, 1, [replaced('Lvov', 'Lviv')]),
    pair('p1', 1, 2, [replaced('claimed', 'said')]),
    pair('p2', 3, 0, [], true),
    pair('p3', 4, 4, [replaced('defense', 'defence')]),
  ];
  const entry = (setId: string, category: FramingEntry['category'], a: [string, string][], b: [string, string][]): FramingEntry => ({
    setId,
    category,
    contrast: true,
    a: a.map(([text, variantId]) => ({ ...at(TEXT_A, text), variantId })),
    b: b.map(([text, variantId]) => ({ ...at(TEXT_B, text), variantId })),
    note: `${setId} note`,
    explanation: `Why ${setId} matters.`,
    source: `Style guide for ${setId}`,
    variantsA: [...new Set(a.map(([, v]) => v))],
    variantsB: [...new Set(b.map(([, v]) => v))],
    weight: 2,
  });
  const change = (category: Substitution['category'], pairId: string, a: string, b: string, setId?: string): Substitution => ({
    kind: 'substitution',
    category,
    pairId,
    a: at(TEXT_A, a),
    b: at(TEXT_B, b),
    ...(setId ? { setId } : {}),
    toneDelta: 0,
    salience: 1,
  });
  const hurt = { ...at(TEXT_A, 'hurt'), weight: -2 };
  const blank = (refs: SentenceRef[]) => refs.map((s) => ({ sentence: s.sentence, start: s.start, end: s.end, score: 0, comparative: 0, words: [] as (TextSpan & { weight: number })[] }));
  const sentA = blank(sa);
  sentA[2] = { ...sentA[2]!, score: -2, comparative: -0.67, words: [hurt] };
  return {
    schemaVersion: 1,
    articles: [
      { label: 'A', path: 'a.txt', title: 'a.txt', headline: '', paragraphs: 5, sentences: 5, words: 21, characters: TEXT_A.length, sentiment: { score: -2, comparative: -0.1 } },
      { label: 'B', path: 'b.txt', title: 'b.txt', headline: '', paragraphs: 5, sentences: 5, words: 21, characters: TEXT_B.length, sentiment: { score: 0, comparative: 0 } },
    ],
    similarity: 0.8,
    alignment: { matched: 4, identical: 1, moved: 1, split: 0, merged: 0, onlyInA: 1, onlyInB: 1 },
    framing: [
      entry('lviv-lvov', 'place-name', [['Lvov', 'lvov']], [['Lviv', 'lviv']]),
      entry('reporting-verbs', 'reporting-verb', [['claimed', 'claimed']], [['said', 'said']]),
    ],
    keyFindings: [],
    loaded: { a: [], b: [] },
    changes: [
      change('lexicon', 'p0', 'Lvov', 'Lviv', 'lviv-lvov'),
      change('lexicon', 'p1', 'claimed', 'said', 'reporting-verbs'),
      change('spelling-variant', 'p3', 'defense', 'defence'),
    ],
    spelling: [],
    pairs,
    onlyInA: [sa[2]!],
    onlyInB: [sb[3]!],
    sentiment: {
      enabled: true,
      a: { score: -2, comparative: -0.1, positive: [], negative: [{ word: 'hurt', weight: -2, count: 1 }], sentences: sentA },
      b: { score: 0, comparative: 0, positive: [], negative: [], sentences: blank(sb) },
      actors: [],
      gap: { total: 2, fromWording: 0, fromOneSidedContent: 2 },
      limits: 'Word lists, not meaning.',
    },
    quotes: { a: [], b: [], shared: [] },
    sentences: { a: sa, b: sb },
    excluded: { a: [], b: [] },
    notices: [],
    warnings: [],
    ...overrides,
  };
}
