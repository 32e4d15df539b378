import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/text/document.js';

const sentences = (s: string) => new Doc(s).sentences.map((x) => s.slice(x.start, x.end));

describe('segmentSentences', () => {
  it('splits on terminal marks before a capital', () => {
    expect(sentences('He left. She stayed! Why? Yes.')).toEqual(['He left.', 'She stayed!', 'Why?', 'Yes.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('“We don’t want a war,” Lavrov said. “We won’t.” He left.')).toEqual([
      '“We don’t want a war,” Lavrov said.',
      '“We won’t.”',
      'He left.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('Mr. Smith met Dr. Jones and U.S. officials in Jan. 2021. Then he left.')).toEqual([
      'Mr. Smith met Dr. Jones and U.S. officials in Jan. 2021.',
      'Then he left.',
    ]);
  });

  it('ends a sentence at every line break', () => {
    expect(sentences('Headline without a stop\r\nBody text here. More\nNext')).toEqual([
      'Headline without a stop',
      'Body text here.',
      'More',
      'Next',
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\t ')).toEqual([]);
  });

  it('knows sentence-initial tokens past opening quotes', () => {
    const d = new Doc('“Club added,” he said. Then the club left.');
    const club = d.tokens.filter((t) => t.norm === 'club');
    expect(club.map((t) => d.isSentenceInitial(t))).toEqual([true, false]);
  });

  it('starts a sentence after a wire dateline, not after a clause with a colon', () => {
    const initial = (text: string, word: string): boolean => {
      const d = new Doc(text);
      return d.isSentenceInitial(d.tokens.find((t) => t.text === word) as (typeof d.tokens)[number]);
    };
    expect(initial('PRAGUE: The court sentenced him.', 'The')).toBe(true);
    expect(initial('PRAGUE: The court sentenced him.', 'PRAGUE')).toBe(true);
    expect(initial('Isfahan: Thieves stole a manuscript.', 'Thieves')).toBe(true);
    expect(initial('NEW DELHI (Reuters) - The court ruled.', 'The')).toBe(true);
    expect(initial('He said: The court ruled.', 'The')).toBe(false);
    expect(initial('PRAGUE: The court sentenced him.', 'court')).toBe(false);
  });
});

describe('Doc.sentenceTokens', () => {
  it('gives each sentence its tokens, one array per sentence however often a rule asks', () => {
    const d = new Doc('The talks ended. Both sides left');
    const [a, b] = d.sentences;
    expect(d.sentenceTokens(a!).map((t) => t.text)).toEqual(['The', 'talks', 'ended', '.']);
    expect(d.sentenceTokens(b!).map((t) => t.text)).toEqual(['Both', 'sides', 'left']);
    // Rules ask per token: a long sentence must not be copied at every call.
    expect(d.sentenceTokens(b!)).toBe(d.sentenceTokens(b!));
  });
});
