/**
 * A broken "the more ..., the more ..." correlative: "How much more the banks grow, more they
 * cut" (Portuguese "Quanto mais ..., mais ...", Spanish "Cuanto más ..., más ..."), "More the
 * prices rise, more people complain" (Italian "Più ..., più ...", Russian "Чем больше ..., тем
 * больше ..."), "The higher the rate, higher the risk". English opens both halves with "the":
 * "The more the banks grow, the more they cut". The opener is flagged when it is not "The
 * more"; the second half when it lacks "the".
 */
import type { Rule, RuleContext } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const COMPARATIVES = new Set([
  'more', 'less', 'fewer', 'higher', 'lower', 'bigger', 'greater', 'longer', 'shorter', 'sooner', 'faster', 'slower',
  'better', 'worse', 'larger', 'smaller', 'stronger', 'weaker', 'richer', 'poorer', 'harder', 'easier', 'cheaper',
  'deeper', 'wider', 'older', 'younger', 'further', 'farther', 'earlier', 'later', 'louder', 'hotter', 'colder',
  'closer', 'heavier', 'happier', 'riskier', 'tougher', 'steeper', 'quicker', 'bolder', 'dearer', 'costlier',
]);
const OPENERS_QUOTE = new Set(['“', '"', '‘', "'", '(']);

interface Opener {
  /** First and last token of the opener phrase ("How much more", "More", "The more"). */
  readonly first: Token;
  readonly last: Token;
  /** Whether it already reads "The more". */
  readonly ok: boolean;
}

/** The opener at the start of the sentence (after an opening quote), if any. */
function opener(doc: Doc, toks: readonly Token[]): Opener | undefined {
  let i = 0;
  while (i < toks.length && OPENERS_QUOTE.has((toks[i] as Token).text)) i++;
  const a = toks[i];
  const b = toks[i + 1];
  const c = toks[i + 2];
  if (!a || !b) return undefined;
  // "How much more", "How many more", "As much more"
  if ((a.norm === 'how' || a.norm === 'as') && (b.norm === 'much' || b.norm === 'many') && c && COMPARATIVES.has(c.norm)) {
    return { first: a, last: c, ok: false };
  }
  if (a.norm === 'the' && COMPARATIVES.has(b.norm)) return { first: a, last: b, ok: true };
  // "More the banks grow, ...": a bare comparative opening a clause, followed by an article or
  // pronoun subject (not "More people came", where "more" modifies the noun).
  if (COMPARATIVES.has(a.norm) && (a.norm === 'more' || a.norm === 'less') && /^(?:the|a|an|we|they|he|she|it|you|i|this|these|our|their|its)$/.test(b.norm)) {
    return { first: a, last: a, ok: false };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'comparative-correlative',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A broken "the more ..., the more ..." correlative ("How much more they grow, more they cut").',
    examples: {
      bad: [
        { text: '“[[How much more]] the digital banks grow, the more the old banks need to cut costs,” she said.', output: '“The more the digital banks grow, the more the old banks need to cut costs,” she said.' },
        { text: 'The more prices rise, [[more]] people complain about wages.', output: 'The more prices rise, the more people complain about wages.' },
        { text: 'The higher the rate, [[higher]] the risk for borrowers.', output: 'The higher the rate, the higher the risk for borrowers.' },
        { text: '[[More]] the team wins, the more tickets it sells.', output: 'The more the team wins, the more tickets it sells.' },
      ],
      good: [
        'The more prices rise, the more people complain about wages.',
        'The more, the merrier.',
        'The higher rate will hurt borrowers, more than lenders.',
        'More people came, and more food was needed.',
        'How much more can the banks take?',
        'The more expensive model, however, sold well.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.hasNorm(',')) return;
    for (const s of doc.sentences) {
      const toks = doc.sentenceTokens(s);
      if (toks.length < 6) continue;
      const op = opener(doc, toks);
      if (!op) continue;
      // The second half: ", [the] comparative" later in the sentence.
      let second: Token | undefined;
      let secondHasThe = false;
      const startAt = toks.indexOf(op.last) + 2;
      const limit = Math.min(toks.length - 1, startAt + 9);
      for (let i = startAt; i < limit; i++) {
        if ((toks[i] as Token).text !== ',') continue;
        const n1 = toks[i + 1] as Token;
        const n2 = toks[i + 2];
        if (n1.norm === 'the' && n2 && COMPARATIVES.has(n2.norm)) { second = n2; secondHasThe = true; break; }
        if (n1.norm === 'so' && n2 && COMPARATIVES.has(n2.norm)) { second = n2; break; }
        if (COMPARATIVES.has(n1.norm)) { second = n1; break; }
      }
      if (!second) continue;
      // "…, more than lenders": a comparison, not the second half.
      const afterSecond = doc.next(second);
      if (afterSecond && (afterSecond.norm === 'than' || afterSecond.norm === 'and' || afterSecond.norm === 'or')) continue;
      // "The more expensive model, more ...": the opener must be a clause of its own, so the
      // first half needs a verb or a "the" subject before the comma ("The higher the rate,").
      if (op.ok && !secondHasThe) {
        const afterOpener = toks[toks.indexOf(op.last) + 1];
        if (!afterOpener || (afterOpener.norm !== 'the' && doc.pos(afterOpener) === 'ADJ')) continue;
        if (afterOpener.text === ',') continue;
        const n2 = doc.next(second);
        if (n2 && n2.text === ',') continue;
        reportSecondHalf(ctx, second);
      } else if (!op.ok) {
        const word = op.last.norm;
        const fix = `The ${word}`;
        ctx.report({
          start: op.first.start,
          end: op.last.end,
          message: `“${doc.text.slice(op.first.start, op.last.end)}” renders the source’s “quanto mais / più / чем больше”: English opens the pair with “${fix}”.`,
          suggestions: [fix],
          reason: 'English correlatives read “the more …, the more …”',
          confidence: 0.75,
        });
        if (!secondHasThe && second.norm !== 'so') {
          reportSecondHalf(ctx, second);
        }
      }
    }
  },
};

/** The second half of a “the more …, the more …” pair that opens without “the”. */
function reportSecondHalf(ctx: RuleContext, second: Token): void {
  ctx.report({
    start: second.start,
    end: second.end,
    message: `“${second.text}” opens the second half of a “the more …, the more …” pair without “the”: English says “the ${second.text}”.`,
    suggestions: [`the ${second.text}`],
    reason: 'both halves of the English correlative open with “the”',
    confidence: 0.75,
  });
}
