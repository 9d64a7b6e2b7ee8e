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
}

/** Context keys set by the extension for `when` clauses in package.json. */
export const enum ContextKey {
  Comparing = 'framingLens.comparing',
  TwoTextEditorsVisible = 'framingLens.twoTextEditorsVisible',
  IsComparedDocument = 'framingLens.isComparedDocument',
}
