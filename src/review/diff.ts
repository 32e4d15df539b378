/**
 * The suggestion as a word diff (the diff package), in git's --word-diff notation so it reads
 * without colour: [-deleted-]{+added+}.
 */
import { diffWords } from 'diff';

export interface Piece {
  readonly kind: 'same' | 'deleted' | 'added';
  readonly text: string;
}

export function wordDiff(before: string, after: string): Piece[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'deleted' : 'same', text: c.value }));
}

export function markPiece(p: Piece): string {
  return p.kind === 'deleted' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text;
}

export function diffMarkup(before: string, after: string): string {
  return wordDiff(before, after).map(markPiece).join('');
}
