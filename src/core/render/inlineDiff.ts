import type { AlignedPair, SentenceRef, Side, WordDiffKind } from '../types';

export interface InlinePiece {
  readonly text: string;
  /** The kind of difference this piece belongs to, or undefined for shared text. */
  readonly kind?: WordDiffKind;
  /** Offsets of the piece in its article, so views can link a piece to the editor. */
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts one side of an aligned pair into shared and changed pieces, so renderers can mark the
 * differences inline. Works from the report's own sentence list, so it needs no source text;
 * the sentences of a split or merged group are joined by a space.
 */
export function inlinePieces(sentences: readonly SentenceRef[], pair: AlignedPair, side: Side): InlinePiece[] {
  const marks = pair.diffs
    .filter((d) => (side === 'a' ? d.kind !== 'inserted' : d.kind !== 'deleted'))
    .map((d) => ({ span: side === 'a' ? d.a : d.b, kind: d.kind }))
    .filter((m) => m.span.end > m.span.start)
    .sort((x, y) => x.span.start - y.span.start);
  const pieces: InlinePiece[] = [];
  const indices = side === 'a' ? pair.a : pair.b;
  indices.forEach((index, n) => {
    const sentence = sentences[index];
    if (!sentence) {
      return;
    }
    if (n > 0) {
      pieces.push({ text: ' ', start: sentence.start, end: sentence.start });
    }
    const cut = (from: number, to: number, kind?: WordDiffKind) => {
      if (to > from) {
        const text = sentence.text.slice(from - sentence.start, to - sentence.start);
        pieces.push(kind ? { text, kind, start: from, end: to } : { text, start: from, end: to });
      }
    };
    let cursor = sentence.start;
    for (const mark of marks) {
      const from = Math.max(mark.span.start, cursor);
      const to = Math.min(mark.span.end, sentence.end);
      if (to <= from) {
        continue;
      }
      cut(cursor, from);
      cut(from, to, mark.kind);
      cursor = to;
    }
    cut(cursor, sentence.end);
  });
  return pieces;
}
