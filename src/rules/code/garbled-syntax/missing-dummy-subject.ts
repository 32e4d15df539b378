/**
 * A sentence that lost its dummy subject: “Is necessary to act now”, “Was decided that the
 * vote would be delayed”, “Seems that the talks failed”. Pro-drop languages (Spanish, Italian,
 * Portuguese, Romanian, Slavic, Chinese) have no “it” there; English needs one: “It is necessary
 * to act now”. Flagged at the start of a sentence when a form of “be” (or “seems”, “appears”)
 * is followed by an adjective or participle and then a clause (“that”, “whether”, “to” +
 * verb), or by a noun phrase with no other verb in the sentence (“Is the fourth increase.”).
 * Questions (“Is it necessary?”, “Is progress possible?”) stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { matchCase } from '../number-agreement/lib/english.js';

const BE = new Set(['is', 'was', 'will', 'would', 'has', 'had', 'remains', 'remained', 'became', 'becomes']);
const ATTRIBUTION = new Set(['said', 'says', 'added', 'told', 'noted', 'wrote']);
const SEEM = new Set(['seems', 'seemed', 'appears', 'appeared', 'turns', 'turned']);
const CLAUSE = new Set(['that', 'whether', 'if', 'why', 'how', 'when', 'what', 'who', 'where']);
// Adjectives that take "to" + verb with a dummy subject ("it is necessary to").
const TO_ADJECTIVES = new Set([
  'necessary', 'important', 'possible', 'impossible', 'difficult', 'hard', 'easy', 'essential', 'vital',
  'crucial', 'unacceptable', 'acceptable', 'urgent', 'imperative', 'advisable', 'useful', 'pointless',
  'unlikely', 'likely', 'unclear', 'clear', 'enough', 'worth', 'forbidden', 'allowed', 'prohibited',
  'planned', 'expected', 'time', 'needed', 'required', 'recommended', 'customary', 'dangerous', 'wrong', 'right',
]);

const RANKS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only)$/;

export const rule: Rule = {
  meta: {
    id: 'missing-dummy-subject',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A sentence without its dummy subject: “Is necessary to act” for “It is necessary to act”.',
    examples: {
      bad: [
        { text: '[[Is]] necessary to act now, the minister said.', output: 'It is necessary to act now, the minister said.' },
        { text: '[[Was]] decided that the vote would be delayed.', output: 'It was decided that the vote would be delayed.' },
        { text: '[[Seems]] that the talks have failed.', output: 'It seems that the talks have failed.' },
        { text: '[[Is]] not clear whether the deal will hold.', output: 'It is not clear whether the deal will hold.' },
        { text: '“[[Is]] important to protect the children,” she said.', output: '“It is important to protect the children,” she said.' },
        { text: '[[Will be]] difficult to find a buyer.', output: 'It will be difficult to find a buyer.' },
        { text: 'The bank raised its rate again. [[Is]] the fourth consecutive increase.', output: 'The bank raised its rate again. It is the fourth consecutive increase.' },
        { text: '[[Was]] the worst drought in 50 years, the agency said.', output: 'It was the worst drought in 50 years, the agency said.' },
        { text: '“[[Is]] the first time in almost twenty years that we have had such a frost,” he said.', output: '“It is the first time in almost twenty years that we have had such a frost,” he said.' },
        { text: '[[Remains]] to clarify the role of the northern firms.', output: 'It remains to clarify the role of the northern firms.' },
      ],
      good: [
        'It is necessary to act now.',
        'Is it necessary to act now?',
        'Is progress possible, he asked.',
        'Was that the plan all along?',
        'Seems fair to me.',
        'Is Russia ready to talk?',
        'Will the deal hold?',
        'Was a sound that could kill someone, from a distance.',
        'Is the plan working, he asked.',
        'Is the first time the hardest, she wondered?',
        'Remains of the ship were found on the beach.',
        'Remains to be seen? Certainly.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      // The first word, past opening quotes.
      let i = s.firstToken;
      while (i < s.endToken && /^["“‘'«(\[]$/.test((doc.at(i) as Token).text)) i++;
      const v = doc.at(i);
      if (!v || i >= s.endToken || !/^\p{Lu}\p{Ll}+$/u.test(v.text)) continue;
      const seem = SEEM.has(v.norm);
      if (!seem && !BE.has(v.norm)) continue;
      // A question ends with "?" (the sentence or the quote it is in).
      let question = false;
      for (let k = i; k < s.endToken && !question; k++) question = (doc.at(k) as Token).text === '?';
      if (question) continue;
      let c: Token | undefined = doc.next(v);
      let end: Token = v;
      if (v.norm === 'will' || v.norm === 'would') {
        if (c?.norm !== 'be') continue;
        end = c;
        c = doc.next(c);
      } else if (v.norm === 'has' || v.norm === 'had') {
        if (c?.norm !== 'been') continue;
        end = c;
        c = doc.next(c);
      }
      if (c?.norm === 'not' || c?.norm === 'also' || c?.norm === 'still') c = doc.next(c);
      if (!c) continue;
      let ok = false;
      if (seem) ok = c.norm === 'that' || (doc.pos(c) === 'ADJ' && CLAUSE.has(doc.next(c)?.norm ?? ''));
      else if ((v.norm === 'remains' || v.norm === 'remained') && c.norm === 'to') {
        // "Remains to clarify the role of…", "Remains to be seen whether…".
        const verb = doc.next(c);
        ok = verb !== undefined && (verb.norm === 'be' || doc.pos(verb) === 'VERB');
      } else if ((v.norm === 'is' || v.norm === 'was') && end === v && c.norm === 'the' && RANKS.test(doc.next(c)?.norm ?? '') && ['time', 'year', 'month', 'week', 'day', 'season'].includes(doc.next(c, 2)?.norm ?? '')) {
        // "Is the first time in twenty years that…": a rank and a time noun need "it".
        ok = true;
      } else if ((v.norm === 'is' || v.norm === 'was') && end === v && (c.norm === 'the' || c.norm === 'a' || c.norm === 'an')) {
        // "Is the fourth consecutive increase.": "be" and a noun phrase, and no other verb in
        // the sentence but an attribution after a comma ("…, the bank said").
        ok = true;
        for (let k = c.index + 1; k < s.endToken && ok; k++) {
          const t = doc.at(k) as Token;
          if (t.text === ',' && ATTRIBUTION.has(doc.next(t, 1)?.norm ?? '')) break;
          if (t.text === ',' && ATTRIBUTION.has(doc.next(t, 3)?.norm ?? '')) break;
          ok = t.kind !== 'word' || !['VERB', 'AUX'].includes(doc.pos(t)) || /^\p{Lu}/u.test(t.text);
        }
      } else {
        const pos = doc.pos(c);
        const after = doc.next(c);
        if (!after) continue;
        const participle = pos === 'VERB' && /(?:ed|en|wn)$/.test(c.norm);
        if ((pos === 'ADJ' || participle) && CLAUSE.has(after.norm)) ok = true;
        else if ((TO_ADJECTIVES.has(c.norm) || pos === 'ADJ' && !participle) && after.norm === 'to') {
          const verb = doc.next(after);
          ok = verb !== undefined && doc.pos(verb) === 'VERB' && TO_ADJECTIVES.has(c.norm);
        }
      }
      if (!ok) continue;
      const span = doc.text.slice(v.start, end.end);
      const fix = `${matchCase(v.text, 'it')} ${span.charAt(0).toLowerCase()}${span.slice(1)}`;
      ctx.report({
        start: v.start,
        end: end.end,
        message: `“${span} …”: the sentence has no subject; English needs “it” here (“${fix}”).`,
        suggestions: [fix],
        reason: 'English needs a dummy “it” where the source language drops the subject',
        confidence: 0.75,
      });
    }
  },
};
