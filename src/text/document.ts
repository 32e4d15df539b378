/**
 * The document a rule sees: the text as read, its tokens and sentences, and part-of-speech
 * tags computed on demand, one sentence at a time, only where a rule asks.
 */
import type { Tagger, Upos } from '../nlp/tagger.js';
import { LineIndex } from './lines.js';
import { segmentSentences, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokenize.js';

export type { Sentence, Token, Upos };

export class Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  private readonly sentenceByToken: Int32Array;
  private readonly tagger: Tagger | undefined;
  private readonly tags = new Map<number, readonly Upos[]>();
  private lineIndex: LineIndex | undefined;
  private readonly memos = new Map<unknown, unknown>();

  constructor(text: string, tagger?: Tagger) {
    this.text = text;
    this.tokens = tokenize(text);
    this.sentences = segmentSentences(text, this.tokens);
    this.sentenceByToken = new Int32Array(this.tokens.length);
    for (const s of this.sentences) this.sentenceByToken.fill(s.index, s.firstToken, s.endToken);
    this.tagger = tagger;
  }

  /**
   * A per-document cache for analyses several rules share (the gazetteer's name matches,
   * the metonym antecedent analysis): computed once per document, on first use.
   * `key` must be unique to the computation (a module-level symbol or function).
   */
  memo<T>(key: unknown, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  sentenceOf(token: Token): Sentence {
    return this.sentences[this.sentenceByToken[token.index] ?? 0] as Sentence;
  }

  sentenceTokens(s: Sentence): readonly Token[] {
    return this.tokens.slice(s.firstToken, s.endToken);
  }

  /** The token at `index`, or undefined past either end. */
  at(index: number): Token | undefined {
    return this.tokens[index];
  }

  /** The next token in the same sentence, or undefined. */
  next(t: Token, k = 1): Token | undefined {
    const n = this.tokens[t.index + k];
    return n && this.sentenceByToken[n.index] === this.sentenceByToken[t.index] ? n : undefined;
  }

  /** The previous token in the same sentence, or undefined. */
  prev(t: Token, k = 1): Token | undefined {
    const p = this.tokens[t.index - k];
    return p && this.sentenceByToken[p.index] === this.sentenceByToken[t.index] ? p : undefined;
  }

  /** True when the token starts its sentence (ignoring opening quotes and brackets). */
  isSentenceInitial(t: Token): boolean {
    const s = this.sentenceOf(t);
    for (let i = s.firstToken; i < t.index; i++) {
      const x = this.tokens[i] as Token;
      if (x.kind !== 'punct' || !/^["“‘'«(\[—–-]$/.test(x.text)) return false;
    }
    return true;
  }

  /** Whether a POS tagger is available: rules that need tags stay silent without one. */
  get canTag(): boolean {
    return this.tagger !== undefined;
  }

  /** The UPOS tag of a token; tags its whole sentence on first use. 'X' without a tagger. */
  pos(t: Token): Upos {
    const s = this.sentenceOf(t);
    return this.sentenceTags(s)[t.index - s.firstToken] ?? 'X';
  }

  sentenceTags(s: Sentence): readonly Upos[] {
    let tags = this.tags.get(s.index);
    if (!tags) {
      const toks = this.sentenceTokens(s);
      tags = this.tagger
        ? this.tagger.tag(
            this.text.slice(s.start, s.end),
            toks.map((t) => ({ start: t.start - s.start, end: t.end - s.start })),
          )
        : toks.map(() => 'X' as Upos);
      this.tags.set(s.index, tags);
    }
    return tags;
  }
}
