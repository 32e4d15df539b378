/**
 * "the most expensive sale of the history", "the largest economy of the world": after a
 * superlative, the range is given with "in" in English ("in its history", "in the world"),
 * while Romance languages use "of/de/di". Fires on "of (the|its|their|his|her|our) history" and
 * "of the world" when a superlative stands a few words before, in the same clause.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

// "the greatest crisis of our history" is the speaker's own history and English; "of the/its history" is not.
const POSSESSORS = new Set(['the', 'its', 'their', 'his', 'her']);
const SUPERLATIVES = new Set(['best', 'worst', 'first', 'most', 'least', 'biggest', 'largest', 'highest', 'lowest', 'greatest', 'deadliest', 'longest', 'oldest', 'richest', 'strongest', 'fastest', 'worst-ever', 'best-ever']);
// Words ending in -est that are not superlatives.
const NOT_SUPERLATIVE = new Set([
  'interest', 'forest', 'honest', 'modest', 'guest', 'request', 'protest', 'harvest', 'suggest', 'contest', 'manifest',
  'arrest', 'invest', 'digest', 'conquest', 'west', 'rest', 'test', 'nest', 'chest', 'quest', 'vest', 'pest', 'crest',
  'earnest', 'inquest', 'midwest', 'northwest', 'southwest', 'bequest', 'unrest', 'priest', 'behest', 'attest', 'detest',
  'infest', 'divest', 'molest', 'ingest', 'lest', 'zest', 'jest', 'tempest', 'dishonest', 'everest', 'bucharest', 'budapest',
]);
// Nouns that head a range of their own: "the end of the history", "the fashion capital of the world".
const RANGE_HEADS = new Set([
  'part', 'parts', 'rest', 'end', 'ends', 'course', 'chapter', 'chapters', 'study', 'account', 'aspect', 'aspects', 'period',
  'periods', 'page', 'pages', 'lesson', 'lessons', 'museum', 'book', 'capital', 'champion', 'champions', 'king', 'queen',
  'center', 'centre', 'corner', 'corners', 'edge', 'roof', 'top', 'wonders', 'wonder', 'nations', 'leaders', 'citizens',
  'map', 'history', 'side', 'sides', 'state', 'story', 'stories', 'version', 'view', 'views', 'vision', 'knowledge',
  'memory', 'fate', 'future', 'heart', 'all', 'one', 'ones', 'some', 'many', 'each', 'any', 'half', 'much',
  'welfare', 'interest', 'interests', 'hope', 'hopes', 'tradition', 'traditions', 'spirit', 'minds',
]);
// A preposition between the superlative and "of" closes its noun phrase ("first asylum continued in
// several areas of the world"); an "of" gives it its own range ("the most advanced of the governments").
const CLAUSE_BREAKERS = new Set([',', ';', ':', '.', 'and', 'but', 'or', 'which', 'that', 'who', 'because', 'while', '“', '”', '"', '(', ')',
  'of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'into', 'across', 'throughout', 'among', 'under', 'over', 'between']);

function isSuperlative(t: Token): boolean {
  if (SUPERLATIVES.has(t.norm)) return true;
  return t.kind === 'word' && /^[a-z]{2,}est$/.test(t.norm) && !NOT_SUPERLATIVE.has(t.norm);
}

/** The superlative a few words before `of`, in the same clause, or undefined. */
function superlativeBefore(doc: Doc, of: Token): Token | undefined {
  for (let k = 2; k <= 7; k++) {
    const t = doc.prev(of, k);
    if (!t || CLAUSE_BREAKERS.has(t.norm)) return undefined;
    if (isSuperlative(t)) return t;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'superlative-in-history',
    category: 'preposition',
    severity: 'warning',
    description: 'A superlative ranged with “of the history / of the world”: English says “in its history”, “in the world”.',
    examples: {
      bad: [
        { text: 'It is the biggest transfer [[of]] the history of the club.', output: 'It is the biggest transfer in the history of the club.' },
        { text: 'The bank posted the largest loss [[of]] its history.', output: 'The bank posted the largest loss in its history.' },
        { text: 'Norway has one of the highest wages [[of]] the world.', output: 'Norway has one of the highest wages in the world.' },
        { text: 'It was the most expensive sale [[of]] their history.', output: 'It was the most expensive sale in their history.' },
      ],
      good: [
        'It is the biggest transfer in the history of the club.',
        'Paris is the fashion capital of the world.',
        'He wrote the best account of the history of Rome.',
        'It was the worst period of its history, and the longest.',
        'The largest part of the world economy is services.',
        'This is the most complete study of the history of the region.',
        'The oldest of the world’s leaders spoke first.',
        'The country marked the end of the war.',
        'The highest court of the land ruled on Monday.',
        'It was the greatest crisis of our history.',
        'Countries of first asylum continued to struggle in several areas of the world.',
        'It is among the most advanced of the governments of the world.',
        'Most of the peoples of the world want peace.',
        'It is for the best welfare of the world that the debts be paid.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['of'])) {
      if (t.norm !== 'of') continue;
      const det = doc.next(t);
      const noun = det && doc.next(det);
      if (!det || !noun) continue;
      const history = noun.text === 'history' && POSSESSORS.has(det.norm);
      const world = noun.text === 'world' && det.norm === 'the';
      if (!history && !world) continue;
      const after = doc.next(noun);
      if (after && after.norm === "'s") continue;
      const head = doc.prev(t);
      if (!head || head.kind !== 'word' || RANGE_HEADS.has(head.norm) || isSuperlative(head)) continue;
      const sup = superlativeBefore(doc, t);
      if (!sup) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${sup.text} … of ${det.text} ${noun.text}”: after a superlative English gives the range with “in” (“in ${det.text} ${noun.text}”).`,
        suggestions: ['in'],
        reason: 'a superlative is ranged with “in its history / in the world” in English',
        confidence: 0.85,
      });
    }
  },
};
