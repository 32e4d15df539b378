/**
 * “further increase could follow”: a singular count noun after “further” with no article.
 * English needs “further increases” (or “a further increase”); languages without articles,
 * or that use the singular generically, drop both. Only nouns of economic and political news
 * that are countable (increase, hike, cut, rise, step, sanction...) are checked, and only when
 * nothing determines them (“a further increase”, “any further delay” stay quiet), the noun is
 * tagged NOUN (“to further increase pressure” is a verb) and it ends its phrase.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { isHeadline, matchCase, pluralize } from './lib/english.js';

const COUNT_NOUNS = new Set([
  'increase', 'rise', 'hike', 'cut', 'decline', 'drop', 'fall', 'loss', 'gain', 'sanction',
  'attack', 'strike', 'step', 'measure', 'test', 'round', 'move', 'rate', 'tariff', 'raise',
  'downgrade', 'upgrade', 'layoff', 'job', 'closure', 'protest', 'outbreak', 'wave',
]);
const DETERMINERS = new Set([
  'a', 'an', 'any', 'the', 'no', 'each', 'every', 'this', 'that', 'one', 'another', 'its', 'their', 'his',
  'her', 'our', 'my', 'your', 'some', 'possible', 'potential', 'likely', 'small', 'big', 'large', 'major',
  'significant', 'modest', 'sharp', 'slight', 'gradual', 'steady', 'rapid', 'dramatic', 'new', "'s",
  'without', 'for', 'to',
]);

function determined(doc: Doc, further: Token): boolean {
  const p = doc.prev(further);
  if (!p) return false;
  if (p.norm === 'that') {
    // "signaled that further increases ...": a conjunction; "that further cut" after a noun: a determiner.
    const pp = doc.prev(p);
    return pp !== undefined && doc.pos(pp) !== 'VERB';
  }
  return DETERMINERS.has(p.norm) || doc.pos(p) === 'ADJ' || doc.pos(p) === 'DET';
}

export const rule: Rule = {
  meta: {
    id: 'further-bare-singular',
    category: 'number-agreement',
    severity: 'warning',
    description: '“further increase” with no article: English says “further increases” or “a further increase”.',
    examples: {
      bad: [
        { text: 'The bank signaled that further [[increase]] could follow if wages keep rising.', output: 'The bank signaled that further increases could follow if wages keep rising.' },
        { text: 'Analysts expect further [[cut]] in the coming months.', output: 'Analysts expect further cuts in the coming months.' },
        { text: 'The EU is preparing further [[sanction]] against Moscow.', output: 'The EU is preparing further sanctions against Moscow.' },
        { text: 'Further [[hike]] could follow soon, economists said.', output: 'Further hikes could follow soon, economists said.' },
      ],
      good: [
        'What we need is further reduction of interest rates, and further change is impracticable.',
        'We may consider further increase of the tariff.',
        'The bank signaled that further increases could follow.',
        'A further increase could follow.',
        'The bank may further increase rates.',
        'The decision to further cut spending was criticized.',
        'Any further rise would hurt exporters.',
        'Without further delay, the vote began.',
        'Until further notice, the road is closed.',
        'The report found further evidence of fraud.',
        'Officials took further steps to calm markets.',
        'Further rate hikes are expected.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const f of doc.tokensWith(['further'])) {
      if (f.norm !== 'further') continue;
      const n = doc.next(f);
      if (!n || !COUNT_NOUNS.has(n.norm) || !/^\p{Ll}/u.test(n.text)) continue;
      if (isHeadline(doc, doc.sentenceOf(f))) continue;
      if (doc.pos(n) !== 'NOUN' || determined(doc, f)) continue;
      const after = doc.next(n);
      if (after && after.kind === 'word' && doc.pos(after) === 'NOUN') continue;
      // "further increase of interest rates": a process named with its object.
      if (after && after.norm === 'of') continue;
      const plural = matchCase(n.text, pluralize(n.norm));
      ctx.report({
        start: n.start,
        end: n.end,
        message: `“${f.text} ${n.text}”: a count noun with no article; English says “${f.text.toLowerCase()} ${plural}” or “a further ${n.norm}”.`,
        suggestions: [plural],
        reason: 'a singular count noun needs an article or the plural',
        confidence: 0.7,
      });
    }
  },
};
