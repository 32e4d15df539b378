/**
 * An uncountable noun with a plural verb: “the money were already short”, “the information are
 * wrong”. Romance, Slavic and Nordic languages count some of these (“les informations”, “i
 * soldi”, “pengarna”); English takes a singular verb. Only a subject that opens its clause
 * (“The money”, “said the equipment”) right before the verb, with no coordination (“the money
 * and the staff were”), and no subjunctive “were” (“if the money were there”, “as though”).
 * Not “data”, “staff”, “police”, “people”: those may be plural.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { BE_HAVE_TO_SINGULAR, matchCase } from './lib/english.js';

const NOUNS: ReadonlySet<string> = new Set([
  'money', 'information', 'equipment', 'advice', 'furniture', 'luggage', 'baggage', 'evidence', 'knowledge',
  'progress', 'research', 'machinery', 'homework', 'electricity', 'software', 'hardware', 'traffic', 'weather',
  'merchandise', 'clothing', 'cash', 'funding', 'aid', 'housing', 'legislation', 'feedback', 'jewellery', 'jewelry',
]);
const TO_SINGULAR = BE_HAVE_TO_SINGULAR;
// Determiners a subject may open with; after "of" ("some of the money was") the head is the quantity word.
const DETS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'such', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'all', 'much', 'no']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'that', 'because', 'when', 'while', 'since', 'although', 'though', 'but', 'added', 'told', 'warned', ',', ';', ':', '“', '"']);
const SUBJUNCTIVE: ReadonlySet<string> = new Set(['if', 'though', 'wish', 'unless', 'suppose', 'supposing', 'imagine']);

export const rule: Rule = {
  meta: {
    id: 'uncountable-plural-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'An uncountable noun with a plural verb: “the money were”, “the information are”.',
    examples: {
      bad: [
        { text: 'Income fell by a third, and the money [[were]] already short.', output: 'Income fell by a third, and the money was already short.' },
        { text: 'The information [[are]] wrong, the ministry said.', output: 'The information is wrong, the ministry said.' },
        { text: 'Officials said the equipment [[have]] arrived.', output: 'Officials said the equipment has arrived.' },
        { text: 'The prize money [[were]] frozen, and his teammates were shocked.', output: 'The prize money was frozen, and his teammates were shocked.' },
        { text: 'Officials said the military equipment [[have]] arrived.', output: 'Officials said the military equipment has arrived.' },
      ],
      good: [
        'Income fell by a third, and the money was already short.',
        'If the money were there, we would build it.',
        'It is as though the information were secret.',
        'The money and the staff were moved to Lyon.',
        'The data were collected in 2020.',
        'The money men were worried.',
        'Aid workers were evacuated.',
        'The prize money men were worried.',
        'The new money rules were adopted.',
        'The weather stations were closed.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const n of doc.tokensWith(NOUNS)) {
      if (!NOUNS.has(n.norm)) continue;
      const v = doc.next(n);
      const fix = v && TO_SINGULAR.get(v.norm);
      if (!v || !fix) continue;
      // "the prize money were": one lower-case modifier may stand between.
      let det = doc.prev(n);
      if (det && !DETS.has(det.norm) && det.kind === 'word' && det.text === det.norm && !NOUNS.has(det.norm)) {
        const d2 = doc.prev(det);
        det = d2 && DETS.has(d2.norm) && ['NOUN', 'ADJ'].includes(doc.pos(det)) ? d2 : undefined;
      }
      if (!det || !DETS.has(det.norm)) continue;
      const before = doc.prev(det);
      const opens = doc.isSentenceInitial(det) || (before !== undefined && (CLAUSE_OPENERS.has(before.norm) || before.norm === 'and'));
      if (!opens) continue;
      // "the money and the staff were": a coordination the verb may agree with.
      if (before?.norm === 'and') {
        const b2 = doc.prev(before);
        if (b2 && b2.text !== ',') continue;
      }
      if (v.norm === 'were' || v.norm === "weren't") {
        const s = doc.sentenceOf(n);
        let subj = false;
        for (let k = Math.max(s.firstToken, n.index - 8); k < n.index; k++) if (SUBJUNCTIVE.has((doc.tokens[k] as Token).norm)) subj = true;
        if (subj) continue;
      }
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(det.start, v.end)}”: “${n.text}” is uncountable in English and takes “${fix}”.`,
        suggestions: [matchCase(v.text, fix)],
        reason: `“${n.norm}” is an uncountable noun`,
        confidence: 0.75,
      });
    }
  },
};
