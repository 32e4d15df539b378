/**
 * “there is” / “there was” / “there has been” before a plural noun: “there is reports that”,
 * “there was growing calls”, “there has been concerns”. The verb of existential “there”
 * agrees with the noun after it; MT keeps the singular of the source’s impersonal form
 * (Russian “есть”, French “il y a”, Spanish “hay”).
 *
 * Counted plurals (“there is two”, “there is many”) are in the number-agreement pack. Here the
 * noun must be a lower-case plural (tagged NOUN) right after the verb or after one or two
 * adjectives or participles; a determiner (“there is a”, “there is no”), an amount (“there is
 * 10 minutes left”) or a singular-meaning plural (“news”, “means”) keeps it quiet, and so does
 * the contraction “there’s”, usual in speech.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { looksPlural, matchCase } from './lib/english.js';

const SINGULAR_PLURALS = new Set([
  'news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'mathematics', 'headquarters', 'lots',
  'plenty', 'odds', 'thanks', 'data', 'media', 'staff', 'personnel', 'crossroads', 'whereabouts', 'measles', 'diabetes',
  'gas', 'bias', 'chaos', 'logistics', 'ethics', 'tactics',
]);
const UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'dollars', 'euros', 'miles', 'kilometres', 'kilometers', 'percent']);
const ADVERBS = new Set(['also', 'still', 'now', 'already', 'currently', 'reportedly', 'again', 'even', 'clearly', 'certainly', 'often']);

export const rule: Rule = {
  meta: {
    id: 'there-is-plural',
    category: 'number-agreement',
    severity: 'warning',
    description: '“there is/was/has been” before a plural noun: “there is reports”, “there has been calls”.',
    examples: {
      bad: [
        { text: 'There [[is]] reports of heavy fighting near the border.', output: 'There are reports of heavy fighting near the border.' },
        { text: 'Officials said there [[was]] growing concerns about the dam.', output: 'Officials said there were growing concerns about the dam.' },
        { text: 'There [[has]] been calls for his resignation.', output: 'There have been calls for his resignation.' },
        { text: 'He said there [[is]] also serious doubts about the deal.', output: 'He said there are also serious doubts about the deal.' },
      ],
      good: [
        'There are reports of heavy fighting near the border.',
        'There is a risk of floods.',
        'There is no reason to panic.',
        'There is news from the front.',
        'There is 10 minutes left in the match.',
        'There’s reports of a fire.',
        'Life there is hard.',
        'The club there has fans everywhere.',
        'There was lots of noise.',
        'There is growing concern about the dam.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const there = doc.tokens[ti] as Token;
      if (there.norm !== 'there') continue;
      const v = doc.next(there);
      if (!v || (v.norm !== 'is' && v.norm !== 'was' && v.norm !== 'has')) continue;
      let n: Token | undefined = doc.next(v);
      if (v.norm === 'has') {
        if (n?.norm !== 'been') continue;
        n = doc.next(n);
      }
      if (n && ADVERBS.has(n.norm)) n = doc.next(n);
      // Cheap word test before tagging: a plural-looking word within the next three.
      let cand = false;
      for (let k = 0, c = n; k < 3 && c; k++, c = doc.next(c)) if (c.kind === 'word' && looksPlural(c.norm)) cand = true;
      if (!cand) continue;
      // "Life there is hard": "there" must open the clause, not follow a noun it modifies.
      const before = doc.prev(there);
      if (before && before.kind === 'word' && ['NOUN', 'PROPN', 'PRON'].includes(doc.pos(before))) continue;
      let head: Token | undefined;
      for (let k = 0; k < 3 && n; k++) {
        if (n.kind !== 'word' || !/^\p{Ll}/u.test(n.text)) break;
        const pos = doc.pos(n);
        // After "there is" a verb in -s cannot follow: the tagger misreads a plural noun.
        if (pos === 'NOUN' || (pos === 'VERB' && /[^s]s$/.test(n.norm))) {
          head = n;
          break;
        }
        if (pos !== 'ADJ' && !(pos === 'VERB' && /(?:ing|ed)$/.test(n.norm))) break;
        n = doc.next(n);
      }
      if (!head || !looksPlural(head.norm) || SINGULAR_PLURALS.has(head.norm) || UNITS.has(head.norm)) continue;
      const after = doc.next(head);
      if (after && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && doc.pos(after) === 'NOUN') continue; // "there is sales tax"
      const fix = matchCase(v.text, v.norm === 'is' ? 'are' : v.norm === 'was' ? 'were' : 'have');
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“there ${v.text} … ${head.text}”: the verb agrees with the plural “${head.text}”; English says “there ${fix}”.`,
        suggestions: [fix],
        reason: 'the verb of “there is/are” agrees with the noun after it',
        confidence: 0.8,
      });
    }
  },
};
