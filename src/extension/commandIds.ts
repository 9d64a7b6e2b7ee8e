/** Every command id of the extension, in one place (mirrors `contributes.commands`). */
export const enum CommandId {
  /** {@link ../commands/compareArticles.ts} */
  CompareArticles = 'framingLens.compareArticles',
  /** {@link ../commands/stopComparing.ts} */
  StopComparing = 'framingLens.stopComparing',
  /** {@link ../report/reportPanel.ts} */
  OpenReport = 'framingLens.openReport',
  /** {@link ../report/exportReport.ts} */
  ExportReport = 'framingLens.exportReport',
  /** {@link ../commands/revealCounterpart.ts} */
  RevealCounterpart = 'framingLens.revealCounterpart',
  /** {@link ../tone/registerToneView.ts} */
  ShowTone = 'framingLens.showTone',
  /** {@link ../commands/focusOnArticle.ts} */
  FocusOnArticle = 'framingLens.focusOnArticle',
  /** {@link ../commands/revealCounterpart.ts}: a span of a given article, from hover links. */
  RevealInArticle = 'framingLens.revealInArticle',
}

/** Context keys set by the extension for `when` clauses in package.json. */
export const enum ContextKey {
  Comparing = 'framingLens.comparing',
  /** Three or more articles are compared (Focus on This Article applies). */
  ComparingMany = 'framingLens.comparingMany',
  /** The active editor is a compared article other than the focus. */
  IsUnfocusedArticle = 'framingLens.isUnfocusedArticle',
  TwoTextEditorsVisible = 'framingLens.twoTextEditorsVisible',
  IsComparedDocument = 'framingLens.isComparedDocument',
}
