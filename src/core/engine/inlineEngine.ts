import { analyzeArticle, type ArticleAnalysis, type ArticleInput } from '../analysis/analyzeArticle';
import { Cancelled, compareAnalyses } from '../collection/compareCollection';
import { PairCache } from '../collection/pairCache';
import { pairReportOf } from '../collection/pairReport';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import type { CollectionReport, Lexicon, Report } from '../types';
import { articleHighlights } from '../views/articleHighlights';
import { toneModelFor } from '../views/toneModel';
import type { CancellationSignal, Engine, EngineArticle, EngineCounts, EngineRequest, EngineResult, EngineSettings } from './engine';

/**
 * The engine on the caller's thread. Each article's analysis is kept per key while its input stays the same, and
 * pair work per pair of analyses, so an edit to one article of five re-analyses that article
 * and re-aligns its four pairs, and switching the focus recomputes only the new focus's
 * detailed comparisons.
 */
export class InlineEngine implements Engine {
  readonly kind = 'inline';
  private lexicon: Lexicon = defaultLexicon();
  private settings: EngineSettings = {};
  private cache = this.newCache();
  private readonly analyses = new Map<string, { readonly version: number; readonly analysis: ArticleAnalysis }>();
  private analysisCount = 0;
  private retiredAlignments = 0;
  private retiredReports = 0;

  get counts(): EngineCounts {
    return {
      analyses: this.analysisCount,
      alignments: this.retiredAlignments + this.cache.counts.alignments,
      reports: this.retiredReports + this.cache.counts.reports,
    };
  }

  setLexicon(lexicon: Lexicon): void {
    if (lexicon === this.lexicon) return;
    this.lexicon = lexicon;
    this.cache = this.newCache();
  }

  setSettings(settings: EngineSettings): void {
    const before = this.settings;
    this.settings = { ...settings };
    const reread = before.locale !== settings.locale || before.includeLeftOut !== settings.includeLeftOut;
    if (reread) this.analyses.clear();
    const ignoredChanged = (before.ignored ?? []).join('\n') !== (settings.ignored ?? []).join('\n');
    if (reread || ignoredChanged || before.includeSpelling !== settings.includeSpelling || before.sentiment !== settings.sentiment) {
      this.cache = this.newCache();
    }
  }

  async compare(request: EngineRequest, signal?: CancellationSignal): Promise<EngineResult> {
    const { articles } = request;
    if (articles.length < 2) throw new RangeError(`Two or more articles are needed, not ${articles.length}.`);
    const focus = request.focus ?? 0;
    const partner = request.partner ?? (focus === 0 ? 1 : 0);
    if (partner === focus || !articles[focus] || !articles[partner]) throw new RangeError(`No pair ${focus}–${partner} among ${articles.length} articles.`);
    const analyses: ArticleAnalysis[] = [];
    for (const article of articles) {
      if (signal?.isCancellationRequested) throw new Cancelled();
      analyses.push(this.analysisOf(article));
    }
    // Articles no longer compared: their analyses (and, through the weak maps, their pairs) go.
    const keys = new Set(articles.map((a) => a.key));
    for (const key of this.analyses.keys()) if (!keys.has(key)) this.analyses.delete(key);

    const compared: { readonly pair: Report; readonly collection?: CollectionReport } =
      articles.length === 2 ? { pair: this.pairOf(analyses[focus]!, analyses[partner]!, signal) } : this.collectionOf(analyses, focus, partner, signal);
    const views = { report: compared.pair, collection: compared.collection, focus, partner };
    if (signal?.isCancellationRequested && (request.highlights || request.tone)) throw new Cancelled();
    const highlights = request.highlights ? articleHighlights(views, articles.length, request.highlights) : undefined;
    const tone = request.tone ? toneModelFor(views) : undefined;
    return { ...compared, focus, partner, ...(highlights ? { highlights } : {}), ...(tone ? { tone } : {}), counts: this.counts };
  }

  /** The pair report, with a chance to stop between the alignment and the report. */
  private pairOf(x: ArticleAnalysis, y: ArticleAnalysis, signal: CancellationSignal | undefined) {
    this.cache.framingOf(x, y);
    if (signal?.isCancellationRequested) throw new Cancelled();
    return this.cache.reportOf(x, y);
  }

  private collectionOf(analyses: readonly ArticleAnalysis[], focus: number, partner: number, signal: CancellationSignal | undefined) {
    const collection = compareAnalyses(analyses, {
      ...this.options(),
      focus,
      cache: this.cache,
      isCancelled: () => signal?.isCancellationRequested === true,
    });
    const comparison = collection.comparisons.find((c) => c.b === partner)!;
    return { pair: pairReportOf(collection, comparison), collection };
  }

  private analysisOf(article: EngineArticle): ArticleAnalysis {
    const known = this.analyses.get(article.key);
    // The text decides, not the version: an undo brings back text already analysed, and a new
    // untitled document may reuse a closed one's URI with its version count started again.
    const { key: _key, version: _version, ...input } = article;
    if (known && sameInput(known.analysis.input, input)) return known.analysis;
    this.analysisCount++;
    const analysis = analyzeArticle(input, { locale: this.settings.locale, includeLeftOut: this.settings.includeLeftOut });
    this.analyses.set(article.key, { version: article.version, analysis });
    return analysis;
  }

  private options() {
    return {
      lexicon: this.lexicon,
      includeSpelling: this.settings.includeSpelling,
      sentiment: this.settings.sentiment,
      locale: this.settings.locale,
      ...(this.settings.ignored?.length ? { ignored: this.settings.ignored } : {}),
    };
  }

  private newCache(): PairCache {
    if (this.cache) {
      this.retiredAlignments += this.cache.counts.alignments;
      this.retiredReports += this.cache.counts.reports;
    }
    return new PairCache(this.options());
  }
}

function sameInput(x: ArticleInput, y: ArticleInput): boolean {
  return x.text === y.text && x.path === y.path && x.title === y.title && x.format === y.format;
}
