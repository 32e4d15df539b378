/**
 * A modal where English has no form for it: after “to” (“in order to can compete”, “to must
 * pay”) or after another modal (“will can return”, “would must leave”). Languages whose “can”
 * and “must” are ordinary verbs with infinitives (Romance, Slavic, German) stack them; English
 * uses “be able to” and “have to”. Quiet when “can” is the verb of canning or the noun (“to can
 * tomatoes”, “the will can be contested”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const SUBSTITUTE: ReadonlyMap<string, string> = new Map([
  ['can', 'be able to'], ['could', 'be able to'], ['must', 'have to'],
]);
const FIRST_MODALS = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'must', "'ll", "'d"]);
const NOT_SUBJECT = new Set(['DET', 'ADJ', 'ADP', 'PART', 'NUM']);
// Verbs whose "to" is a preposition, left at the end of a relative clause ("the deal we agree to").
const STRANDING = new Set([
  'agree', 'agreed', 'agrees', 'refer', 'referred', 'refers', 'listen', 'listened', 'listens', 'object', 'objected',
  'respond', 'responded', 'reply', 'replied', 'commit', 'committed', 'adhere', 'adhered', 'belong', 'belongs',
  'cling', 'clung', 'point', 'pointed', 'react', 'reacted', 'relate', 'related', 'subscribe', 'subscribed', 'turn',
  'turned', 'talk', 'talked', 'speak', 'spoke', 'spoken', 'appeal', 'appealed', 'apply', 'applied', 'aspire',
  'aspired', 'consent', 'consented', 'contribute', 'contributed', 'attend', 'attended', 'look', 'looked',
  'accustomed', 'entitled', 'exposed', 'opposed',
]);

export const rule: Rule = {
  meta: {
    id: 'double-modal',
    category: 'garbled-syntax',
    severity: 'error',
    description: 'A modal after “to” or after another modal: “to can compete” for “to be able to compete”, “will can” for “will be able to”.',
    examples: {
      bad: [
        { text: 'Farmers need subsidies [[to can]] compete with imports.', output: 'Farmers need subsidies to be able to compete with imports.' },
        { text: 'Residents [[will can]] return home next week.', output: 'Residents will be able to return home next week.' },
        { text: 'Without a deal, the firm [[would must]] close two plants.', output: 'Without a deal, the firm would have to close two plants.' },
        { text: 'It is unfair [[to must]] pay twice.', output: 'It is unfair to have to pay twice.' },
        { text: 'Nobody knows when they [[will can]] vote.', output: 'Nobody knows when they will be able to vote.' },
      ],
      good: [
        'Farmers need subsidies to be able to compete.',
        'The plant was built to can tomatoes for export.',
        'The will can be contested in court.',
        'Her political will can move mountains.',
        'He said he will. Can anyone stop him?',
        'It is a must to see.',
        'They went to Can Tho by boat.',
        'Any long-term deal we agree to must be based on verifiable action.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const m of doc.tokensWith(SUBSTITUTE)) {
      const sub = SUBSTITUTE.get(m.norm);
      if (sub === undefined || m.text !== m.norm) continue;
      const first = doc.prev(m);
      const v = doc.next(m);
      if (!first || !v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text) || /(?:ing|ed|s)$/.test(v.norm) && !/ss$/.test(v.norm)) continue;
      if (first.norm !== 'to' && !FIRST_MODALS.has(first.norm)) continue;
      if (first.norm === m.norm) continue;
      // "would must close": no reading of two modals is English, so the tag of the verb after
      // them only matters after "to" and "will", which can be other words.
      if ((first.norm === 'to' || first.norm === 'will') && doc.pos(v) !== 'VERB' && doc.pos(v) !== 'AUX') continue;
      if (first.norm !== 'to') {
        // "the will can be contested": "will" is a noun after a determiner or an adjective.
        const before: Token | undefined = doc.prev(first);
        if (!before || NOT_SUBJECT.has(doc.pos(before)) || before.norm === "'s") continue;
      } else if (doc.pos(first) === 'ADP' && doc.pos(m) === 'PROPN') continue;
      // "any deal we agree to must be based on ...": a preposition stranded by a relative clause.
      else if (STRANDING.has(doc.prev(first)?.norm ?? '')) continue;
      const fix = `${first.text} ${sub}`;
      ctx.report({
        start: first.start,
        end: m.end,
        message: `“${doc.text.slice(first.start, m.end)}”: English has no ${first.norm === 'to' ? 'infinitive' : 'second modal'} of “${m.norm}”; it says “${fix}”.`,
        suggestions: [fix],
        reason: `“${m.norm}” has no infinitive; English uses “${sub.replace(/ to$/, '')} to”`,
        confidence: 0.85,
      });
    }
  },
};
