/**
 * A time adverbial between the subject and the verb of an object relative clause: “the probe,
 * which the Commission in 2024 opened”, “the plan that the minister yesterday presented”. German
 * and Slavic put the verb last with the adverbial before it; English puts the adverbial after
 * the verb (“which the Commission opened in 2024”). Only clauses whose verb has no object after
 * it are checked (the relative pronoun is the object), so “said that the minister on Tuesday
 * presented a plan” stays quiet, and “that” only after a noun that does not take a that-clause.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { CLAUSE_NOUNS, TIME_STARTS, timeAdverbialEnd } from './lib/english.js';

const RELATIVES = new Set(['which', 'that', 'whom', 'who']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'you']);
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

export const rule: Rule = {
  meta: {
    id: 'relative-adverbial-order',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A time phrase before the verb of a relative clause: “which the Commission in 2024 opened” for “which the Commission opened in 2024”.',
    examples: {
      bad: [
        { text: 'The probe, which the Commission [[in 2024 opened]], is still open.', output: 'The probe, which the Commission opened in 2024, is still open.' },
        { text: 'The plan that the minister [[yesterday presented]] was rejected.', output: 'The plan that the minister presented yesterday was rejected.' },
        { text: 'The reform, which parliament [[last year adopted]], takes effect in May.', output: 'The reform, which parliament adopted last year, takes effect in May.' },
        { text: 'The deal which they [[on Monday signed]] covers gas.', output: 'The deal which they signed on Monday covers gas.' },
        { text: 'The medicine which the agency [[in May approved]] costs 2 million dollars.', output: 'The medicine which the agency approved in May costs 2 million dollars.' },
        { text: 'The striker, whom the club [[in January bought]], scored twice.', output: 'The striker, whom the club bought in January, scored twice.' },
      ],
      good: [
        'The probe, which the Commission opened in 2024, is still open.',
        'He said that the minister on Tuesday presented a plan.',
        'The fact that the minister on Tuesday resigned surprised nobody.',
        'The court, which in 2024 opened a new branch, is busy.',
        'Officials said that the company in March had missed a payment.',
        'The ministry, which on Monday said it would cut rates, declined to comment.',
        'Anyone who last year lost a job can apply.',
        'It is the first time that the club in its history reached the final.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const rel of doc.tokensWith(RELATIVES)) {
      if (!RELATIVES.has(rel.norm)) continue;
      // The subject: a pronoun, or up to five words of a noun phrase.
      const first = doc.next(rel);
      if (!first || first.kind !== 'word') continue;
      let adv: Token | undefined;
      if (PRONOUNS.has(first.norm)) adv = doc.next(first);
      else {
        let c: Token | undefined = first;
        for (let k = 0; k < 5 && c && !TIME_STARTS.has(c.norm) && c.kind !== 'punct'; k++) c = doc.next(c);
        adv = c;
      }
      if (!adv || adv === first || !TIME_STARTS.has(adv.norm)) continue;
      const advEnd = timeAdverbialEnd(doc, adv);
      const verb = advEnd && doc.next(advEnd);
      if (!advEnd || !verb || verb.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.text)) continue;
      const after = doc.next(verb);
      let nounPhrase = true;
      if (!PRONOUNS.has(first.norm)) for (let c: Token | undefined = first; c && c !== adv; c = doc.next(c)) nounPhrase &&= NP.has(doc.pos(c));
      if (!nounPhrase) continue;
      if (doc.pos(verb) !== 'VERB' || !/ed$/.test(verb.norm) && !IRREGULAR_PAST.has(verb.norm)) continue;
      // The relative is the object: nothing object-like after the verb. An -s word followed by
      // a determiner or a number is the main verb ("which ... approved costs 2 million").
      const mainVerb = after !== undefined && /[^s]s$/.test(after.norm) && ['DET', 'NUM', 'PRON'].includes(doc.pos(doc.next(after) ?? after));
      if (after && !mainVerb && (OBJECT_TAGS.has(doc.pos(after)) || after.norm === 'to' || after.norm === 'that')) continue;
      // "that" is a relative only right after a noun that takes no that-clause.
      const head = doc.prev(rel);
      if (!head) continue;
      // "that" after a noun, or after a comma that follows one ("the bridge, that ...").
      const thatHead = head.text === ',' ? doc.prev(head) : head;
      if (rel.norm === 'that' && (!thatHead || doc.pos(thatHead) !== 'NOUN' || CLAUSE_NOUNS.has(thatHead.norm))) continue;
      if (rel.norm !== 'that' && head.text !== ',' && doc.pos(head) !== 'NOUN' && doc.pos(head) !== 'PROPN') continue;
      const adverbial = doc.text.slice(adv.start, advEnd.end);
      const fix = `${verb.text} ${adverbial}`;
      ctx.report({
        start: adv.start,
        end: verb.end,
        message: `“${doc.text.slice(adv.start, verb.end)}”: in English the time phrase follows the verb (“${fix}”).`,
        suggestions: [fix],
        reason: 'English does not put a time phrase between subject and verb of a relative clause',
        confidence: 0.55,
      });
    }
  },
};

const IRREGULAR_PAST = new Set([
  'bought', 'brought', 'built', 'chose', 'drew', 'found', 'gave', 'held', 'kept', 'led', 'left', 'lost', 'made',
  'met', 'paid', 'put', 'sent', 'set', 'sold', 'spent', 'struck', 'took', 'told', 'won', 'wrote', 'began',
  'cut', 'dealt', 'drove', 'hit', 'laid', 'read', 'saw', 'shot', 'showed', 'shown', 'taken', 'given', 'written',
]);
