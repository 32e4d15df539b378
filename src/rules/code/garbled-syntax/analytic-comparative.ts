/**
 * “more” or “most” with a short adjective: “the most strong”, “prices are more cheap”, “more
 * good than expected”. Languages that compare every adjective with a word (plus, más, più,
 * más, bolee) pass it on; English adds -er/-est to one-syllable adjectives and to “easy”, “busy”
 * and the like, and says “better”, “worse” for “good”, “bad”. Also the double form, “more
 * bigger”, “the most biggest”. Quiet when “more” counts the noun that follows (“more cheap
 * loans”, “more young people”), in “more good than harm”, “do the most good”, and when two
 * qualities are compared (“more old than new”). Adjectives that natives also compare with “more”
 * (clear, common, fair, proud, true, simple) are not listed.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { matchCase } from '../number-agreement/lib/english.js';
import { comparisonOf } from './lib/english.js';

const SHORT = new Set([
  'big', 'small', 'cheap', 'high', 'low', 'long', 'short', 'strong', 'weak', 'fast', 'slow', 'hard', 'large',
  'great', 'young', 'old', 'new', 'rich', 'poor', 'tall', 'deep', 'wide', 'late', 'near', 'far', 'hot', 'cold',
  'warm', 'tough', 'tight', 'thin', 'thick', 'quick', 'safe', 'dark', 'bright', 'soft', 'loud', 'nice', 'good',
  'bad', 'easy', 'early', 'heavy', 'busy', 'dry', 'wet', 'fat', 'cool', 'sharp', 'steep', 'smart', 'harsh',
  'dear', 'slim', 'tiny', 'huge',
]);
// Forms already compared: "more bigger", "the most biggest".
const COMPARED = new Map<string, string>();
for (const a of SHORT) {
  const [er, est] = comparisonOf(a);
  COMPARED.set(er, er);
  COMPARED.set(est, est);
}
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s"]);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DO = new Set(['do', 'does', 'did', 'doing', 'done']);
const QUANTITY_BEFORE = new Set(['no', 'any', 'one', 'once', 'many', 'much', 'far', 'some']);

export const rule: Rule = {
  meta: {
    id: 'analytic-comparative',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“more” or “most” with a short adjective: “the most strong” for “the strongest”, “more cheap” for “cheaper”.',
    examples: {
      bad: [
        { text: 'It is the [[most strong]] currency in the region.', output: 'It is the strongest currency in the region.' },
        { text: 'Imported gas is now [[more cheap]] than coal.', output: 'Imported gas is now cheaper than coal.' },
        { text: 'The results were [[more good]] than expected.', output: 'The results were better than expected.' },
        { text: 'This is the [[most bad]] drought in 50 years.', output: 'This is the worst drought in 50 years.' },
        { text: 'Growth will be [[more slow]] next year.', output: 'Growth will be slower next year.' },
        { text: 'The new model is [[more big]] and uses more fuel.', output: 'The new model is bigger and uses more fuel.' },
        { text: 'Winters are getting [[more hot]], the report said.', output: 'Winters are getting hotter, the report said.' },
        { text: 'It is one of the [[most poor]] regions of Europe.', output: 'It is one of the poorest regions of Europe.' },
        { text: 'The crisis is [[more bigger]] than in 2008.', output: 'The crisis is bigger than in 2008.' },
        { text: 'It was the [[most biggest]] protest since 1989.', output: 'It was the biggest protest since 1989.' },
        { text: 'The team has become [[more strong]] since January.', output: 'The team has become stronger since January.' },
        { text: 'Its [[most easy]] route runs through Poland.', output: 'Its easiest route runs through Poland.' },
        { text: 'It was the [[more big]] demonstration since 2019.', output: 'It was the biggest demonstration since 2019.' },
      ],
      good: [
        'It is the strongest currency in the region.',
        'The bank will offer more cheap loans to farmers.',
        'More young people are leaving the villages.',
        'The vaccine will do more good than harm.',
        'Donations should go where they do the most good.',
        'The building is more old than new.',
        'He was more sad than angry.',
        'The scheme helped the most poor families in the city.',
        'We need more hard work and less talk.',
        'There is no more big news today.',
        'It will be more or less the same.',
        'The Most High is praised in the hymn.',
        'The club signed more young players than any rival.',
        'Most big companies pay their taxes.',
        'The more, the merrier.',
        'The data show more older workers in jobs.',
        'Make it more clear, he said.',
        'The more big firms invest, the better it is for workers.',
        'The more young people leave, the older the villages get.',
        'Further delay will only lead to more harsh and painful solutions.',
        'Last year the agency approved more new and generic drugs than ever.',
        'We need the construction of more good, up-to-date housing.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const m of doc.tokensWith(['more', 'most'])) {
      if (m.norm !== 'more' && m.norm !== 'most') continue;
      const adj = doc.next(m);
      if (!adj || !/^\p{Ll}+$/u.test(adj.text)) continue;
      const compared = COMPARED.get(adj.norm);
      if (!SHORT.has(adj.norm) && !compared) continue;
      const after = doc.next(adj);
      const prev = doc.prev(m);
      if (prev && QUANTITY_BEFORE.has(prev.norm) && m.norm === 'more') continue;
      // "do more good than harm", "do the most good": "good" is a noun.
      if ((adj.norm === 'good' || adj.norm === 'bad') && nearDo(m)) continue;
      if (after?.norm === 'or') continue;
      // "more harsh and painful solutions", "more new and generic drugs", "more good, up-to-date
      // housing": "more" governs two coordinated words, or counts the noun after them.
      const coordinated = after && doc.next(after);
      if ((after?.norm === 'and' || after?.text === ',') && coordinated?.kind === 'word' && (doc.pos(coordinated) === 'ADJ' || (after.text === ',' && doc.text.charAt(coordinated.end) === '-'))) continue;
      let superlative = false;
      if (m.norm === 'most') {
        if (!prev || !DETERMINERS.has(prev.norm)) continue;
        // "helped the most poor families": "the most" counts the noun after a verb.
        const before = doc.prev(prev);
        if (after && doc.pos(after) === 'NOUN' && /s$/.test(after.norm) && before && doc.pos(before) === 'VERB') continue;
      } else if (prev && DETERMINERS.has(prev.norm) && !correlative(m)) {
        // "the more big demonstration": Romance "le plus grand", a superlative. Before a plural
        // the phrase may count ("the more young people").
        if (after && doc.pos(after) === 'NOUN' && /s$/.test(after.norm)) continue;
        superlative = true;
      } else {
        if (after && after.norm === 'than') {
          // "more old than new": two qualities compared.
          const x = doc.next(after);
          const y = x && doc.next(x);
          if (x && (doc.pos(x) === 'ADJ' || SHORT.has(x.norm)) && !(y && doc.pos(y) === 'NOUN')) continue;
        } else if (after && NOUNISH.has(doc.pos(after)) && after.kind === 'word' && !['than', 'enough', 'next', 'last', 'this', 'every', 'each'].includes(after.norm)) {
          continue; // "more cheap loans": a quantity.
        }
        if (doc.pos(adj) !== 'ADJ' && doc.pos(adj) !== 'ADV') continue;
      }
      const form = compared ?? comparisonOf(adj.norm)[m.norm === 'more' && !superlative ? 0 : 1];
      const fix = matchCase(m.text, form);
      ctx.report({
        start: m.start,
        end: adj.end,
        message: `“${doc.text.slice(m.start, adj.end)}”: English compares a short adjective with an ending: “${fix}”.`,
        suggestions: [fix],
        reason: compared ? 'the adjective is already compared' : 'one-syllable adjectives take -er/-est',
        confidence: 0.75,
      });
    }

    /** "The more big firms invest, the more...": a correlative comparative. */
    function correlative(m: Token): boolean {
      const s = doc.sentenceOf(m);
      let thes = 0;
      for (let i = s.firstToken; i < s.endToken - 1; i++) {
        const t = doc.at(i) as Token;
        const n = doc.at(i + 1) as Token;
        if (t.norm === 'the' && (n.norm === 'more' || n.norm === 'less' || /er$/.test(n.norm))) thes++;
      }
      return thes > 1;
    }

    function nearDo(m: Token): boolean {
      for (let k = 0, c = doc.prev(m); k < 3 && c; k++, c = doc.prev(c)) if (DO.has(c.norm)) return true;
      const a = doc.next(m, 2);
      return a?.norm === 'than' && ['harm', 'bad', 'good', 'damage', 'evil'].includes(doc.next(a)?.norm ?? '');
    }
  },
};
