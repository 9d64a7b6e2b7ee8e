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
  /** {@link ../commands/leftOutText.ts} */
  IncludeLeftOut = 'framingLens.includeLeftOut',
  /** {@link ../commands/leftOutText.ts} */
  LeaveOutAgain = 'framingLens.leaveOutAgain',
  /** {@link ../legend/layerSettings.ts}: the menu of highlight layers. */
  ChooseLayers = 'framingLens.chooseLayers',
  /** {@link ../hover/hoverProvider.ts}: the hover's Details / Fewer details link. */
  HoverDetails = 'framingLens.hoverDetails',
  /** {@link ../lexicon/addSelectionToLexicon.ts} */
  AddSelectionToLexicon = 'framingLens.addSelectionToLexicon',
  /** {@link ../findings/ignoreCommands.ts} */
  IgnoreFinding = 'framingLens.ignoreFinding',
  /** {@link ../findings/ignoreCommands.ts} */
  RestoreIgnored = 'framingLens.restoreIgnored',
  /** {@link ../walkthrough/examples.ts} */
  OpenExamples = 'framingLens.openExamples',
  /** {@link ../legend/layerSettings.ts}: one layer, named by its argument (legend, tooltip links). */
  ToggleLayer = 'framingLens.toggleLayer',
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
  /** Reading some compared file left text out (page furniture, an appended article). */
  HasLeftOut = 'framingLens.hasLeftOut',
  /** The user brought the left-out text back into the comparison. */
  LeftOutIncluded = 'framingLens.leftOutIncluded',
}
