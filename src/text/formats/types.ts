/**
 * Input formats: a wire file (plain text, Markdown, NITF, NewsML-G2, ninjs) becomes the prose
 * the rules read, plus a map from every prose offset back to the raw file, so findings point
 * at the exact line and column of the file as received (through XML entities, JSON escapes).
 */
export const INPUT_FORMATS = ['txt', 'md', 'nitf', 'newsml', 'ninjs'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface ProseView {
  /** What the rules read. Non-prose (markup, code, comments) is absent or blanked. */
  readonly text: string;
  /** Maps a start offset in `text` (0..text.length) to the raw file. */
  toRaw(offset: number): number;
  /** Maps an exclusive end offset: the end of the raw form of the char before it ("&amp;" ends after ";"). */
  toRawEnd(offset: number): number;
}

/** A raw file that a format cannot parse: the message names the position in the raw file. */
export class FormatError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'FormatError';
    this.offset = offset;
  }
}

/** The identity view: offsets are the same. */
export function identityView(text: string): ProseView {
  return { text, toRaw: (o) => o, toRawEnd: (o) => o };
}
