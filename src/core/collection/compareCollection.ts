/**
 * Three or more articles on one story, compared at once: each article analysed once, every
 * pair aligned (for the similarity matrix, coverage and the variant matrix), and the focus
 * article compared in full with each of the others.
 */
import * as l10n from '@vscode/l10n';
import { analyzeArticle, type ArticleAnalysis, type ArticleInput } from '../analysis/analyzeArticle';
import { documentSimilarity } from '../align';
import { round, summary, type CompareOptions } from '../compare';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import { compileLexicon } from '../lexicon/matcher';
import type { CollectionArticle, CollectionNotice, CollectionReport, PairComparison, Report } from '../types';
import { inputNotices } from '../warnings';
import { coverage, type AlignedArticles } from './coverage';
import { articleLabel, headlineOf } from './outletNames';
import { PairCache } from './pairCache';
import { variantMatrix, type FramedArticles } from './variantMatrix';

export interface CollectionOptions extends CompareOptions {
  /** Index of the article the others are compared with in detail. Default 0. */
  readonly focus?: number;
  /** Pair work kept from an earlier run with the same options (see `PairCache`). */
  readonly cache?: PairCache;
  /** Asked between pairs; when it returns true the comparison stops with `Cancelled`. */
  readonly isCancelled?: () => boolean;
}

/** Thrown when `isCancelled` asks a collection comparison to stop. */
export class Cancelled extends Error {
  constructor() {
    super(l10n.t('The comparison was cancelled.'));
    this.name = 'Cancelled';
  }
}

/** Compares articles given as text (each analysed here; see `compareAnalyses` to reuse analyses). */
export function compareCollection(inputs: readonly ArticleInput[], options: CollectionOptions = {}): CollectionReport {
  return compareAnalyses(
    inputs.map((input) => analyzeArticle(input, options)),
    options
  );
}

/** Compares analysed articles: two or more, though two are usually shown as a pair report. */
export function compareAnalyses(analyses: readonly ArticleAnalysis[], options: CollectionOptions = {}): CollectionReport {
  const count = analyses.length;
  if (count < 2) throw new RangeError(`A collection needs at least two articles, not ${count}.`);
  const focus = options.focus ?? 0;
  if (!Number.isInteger(focus) || focus < 0 || focus >= count) throw new RangeError(`No article ${focus} to focus on.`);
  const cache = options.cache ?? new PairCache(options);
  const check = () => {
    if (options.isCancelled?.()) throw new Cancelled();
  };

  // The focus against each other article, focus as side A; every other pair in article order.
  const aligned: AlignedArticles[] = [];
  const notices = new Map<string, CollectionNotice>();
  const framed: FramedArticles[] = [];
  const reports = new Map<number, Report>();
  const similarity: number[][] = analyses.map((_, i) => analyses.map((__, j) => (i === j ? 1 : 0)));
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      check();
      const [a, b] = i === focus || j === focus ? [focus, i === focus ? j : i] : [i, j];
      const x = analyses[a]!;
      const y = analyses[b]!;
      // Only the focus's pairs are shown in detail; the others need no word differences.
      const framing = cache.framingOf(x, y, a === focus);
      aligned.push({ a, b, alignment: framing.alignment });
      for (const notice of inputNotices(x.doc, y.doc, framing.alignment)) {
        const entry: CollectionNotice =
          notice.code === 'no-words' || notice.code === 'not-english'
            ? { code: notice.code, article: notice.article === 0 ? a : b }
            : { code: notice.code, articles: [Math.min(a, b), Math.max(a, b)] };
        notices.set(JSON.stringify(entry), entry);
      }
      framed.push({ a, b, framing });
      let value: number;
      if (a === focus) {
        const report = cache.reportOf(x, y);
        reports.set(b, report);
        value = report.similarity;
      } else {
        value = round(documentSimilarity(x.doc, y.doc, framing.alignment), 3);
      }
      similarity[i]![j] = value;
      similarity[j]![i] = value;
    }
  }

  const lexicon = compileLexicon(options.lexicon ?? defaultLexicon());
  const shared = coverage(
    analyses.map((x) => x.doc),
    aligned,
    focus
  );
  const comparisons: PairComparison[] = [...reports].sort(([p], [q]) => p - q).map(([b, report]) => {
    const { schemaVersion: _version, articles: _articles, excluded: _excluded, ...fields } = report;
    return { a: focus, b, ...fields };
  });
  return {
    schemaVersion: 2,
    articles: analyses.map((x, k) => collectionArticle(x, k, comparisonTone(reports, k, focus))),
    focus,
    notices: [...notices.values()].sort(byArticles),
    similarity,
    framing: variantMatrix(count, framed, lexicon, 'framing'),
    spelling: variantMatrix(count, framed, lexicon, 'spelling'),
    coverage: shared.coverage,
    unshared: shared.unshared,
    excluded: analyses.map((x, article) => x.excluded.map((run) => ({ ...run, article }))),
    comparisons,
  };
}

/** Notices about one article first, in article order, then those about pairs. */
function byArticles(x: CollectionNotice, y: CollectionNotice): number {
  const key = (n: CollectionNotice) => ('article' in n ? [0, n.article, 0] : [1, n.articles[0], n.articles[1]]);
  const [p, q] = [key(x), key(y)];
  return p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!;
}

/** An article's tone as its comparison with the focus gives it (the focus's from any). */
function comparisonTone(reports: ReadonlyMap<number, Report>, k: number, focus: number): { score: number; comparative: number } {
  const report = k === focus ? reports.values().next().value : reports.get(k);
  const tone = report?.articles[k === focus ? 0 : 1].sentiment;
  return tone ?? { score: 0, comparative: 0 };
}

function collectionArticle(x: ArticleAnalysis, index: number, tone: { score: number; comparative: number }): CollectionArticle {
  const headline = headlineOf(x.doc);
  const { label: _label, ...fields } = summary('A', x.input, x.doc, tone);
  const path = x.input.path ?? '';
  return {
    ...fields,
    label: articleLabel(index),
    // The user's name for the outlet, else the headline, else the file name.
    title: x.input.title ?? (headline || fields.title),
    headline,
    path,
  };
}
