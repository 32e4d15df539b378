/**
 * A correlative relative: “Whose houses were destroyed, to them the government will give 500,000
 * rupees”, “which club more money offered, that club he chose”. Hindi, Urdu, Bengali, Nepali
 * and Marathi open with a relative clause (“jinke ghar…, unko…”, “jo club…, vahi club…”) and
 * take it up with a demonstrative; English puts the relative after its noun: “The government
 * will give those whose houses were destroyed 500,000 rupees”, “he chose the club that offered
 * the most money”. Flagged when “which/whose/whoever” opens a clause (a sentence, or the
 * complement of a verb of saying) with no noun before it, and after its comma comes “that” or
 * “those” and a noun, or “to them/him/her”, or “them/him/her”; questions stay quiet, and so do
 * the embedded questions English fronts with a subject after them (“Whose fault it was, they
 * never found out”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const WH = new Set(['which', 'whose', 'whoever', 'whomever', 'whichever']);
const REPORTING = new Set(['said', 'says', 'claimed', 'argued', 'alleged', 'wrote', 'added', 'believe', 'believed', 'think', 'thought']);
const OBJECTS = new Set(['them', 'him', 'her']);

export const rule: Rule = {
  meta: {
    id: 'correlative-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A relative clause first, taken up by “that”/“to them”: “Whose houses were destroyed, to them the government will give aid”.',
    examples: {
      bad: [
        { text: '[[Whose houses were destroyed, to them]] the government will give 500,000 rupees each, Malik said.' },
        { text: 'Critics said [[which club more money offered, that club]] he chose.' },
        { text: '[[Whoever broke the law, him]] the court will punish.' },
      ],
      good: [
        'Whose houses were destroyed, and who will pay?',
        'Whose fault it was, they never found out.',
        'The club which offered more money, that club he chose, was Dutch.',
        'Which club he chose, that is the question.',
        'He asked which club offered more money, then left.',
        'Whoever wins, the party will lose.',
        'The families whose houses were destroyed will get aid.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const wh of doc.tokensWith(WH)) {
      const before = doc.prev(wh);
      const opens = before === undefined ? doc.isSentenceInitial(wh) : (before.kind === 'punct' && /^[“"«(—–:]$/.test(before.text) && doc.isSentenceInitial(wh)) || REPORTING.has(before.norm) || doc.isSentenceInitial(wh);
      if (!opens) continue;
      // The comma that ends the relative clause, within twelve words.
      let comma: Token | undefined;
      for (let c = doc.next(wh), k = 0; c && k < 12; c = doc.next(c), k++) {
        if (c.text === ',') {
          comma = c;
          break;
        }
        if (c.kind === 'punct' && c.text !== '-' && c.norm !== "'s") break;
      }
      if (!comma || comma === doc.next(wh)) continue;
      const r = doc.next(comma);
      if (!r) continue;
      let end: Token | undefined;
      if (r.norm === 'that' || r.norm === 'those') {
        const n = doc.next(r);
        if (n && n.kind === 'word' && /^\p{Ll}/u.test(n.text) && doc.canTag && doc.pos(n) === 'NOUN') end = n;
      } else if (r.norm === 'to') {
        const n = doc.next(r);
        if (n && (OBJECTS.has(n.norm) || n.norm === 'those')) end = n;
      } else if (OBJECTS.has(r.norm)) end = r;
      if (!end) continue;
      // Not a question.
      const s = doc.sentenceOf(wh);
      const last = doc.tokens[s.endToken - 1];
      if (last && last.text === '?') continue;
      ctx.report({
        start: wh.start,
        end: end.end,
        message: `“${doc.text.slice(wh.start, end.end)}”: a relative clause before the clause, taken up by “${doc.text.slice(r.start, end.end)}”, as in the source language; English puts the relative clause after its noun (“those whose…”, “the club that…”).`,
        suggestions: [],
        reason: 'English relative clauses follow their noun',
        confidence: 0.6,
      });
    }
  },
};
