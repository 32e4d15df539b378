/**
 * An indirect question put first and taken up again by “it”: “How the extra floor got a permit
 * it is still unclear”, “Why the bank cut rates so early, it remains unclear”. Chinese, Japanese,
 * Korean, Turkish and Slavic put the question clause before the predicate that embeds it; English
 * puts the dummy “it” first and the question after: “It is still unclear how the extra floor got
 * a permit”. Flagged when a sentence opens with a question word, and later in the sentence “it”
 * + be/remain (+ still/not/yet) + unclear/unknown/not clear/a mystery ends the sentence or its
 * clause.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const WH = new Set(['how', 'why', 'whether', 'when', 'where', 'what', 'who']);
const BE = new Set(['is', 'was', 'remains', 'remained', 'seems', 'seemed']);
const ADVERBS = new Set(['still', 'not', 'yet', 'also', 'completely', 'entirely', 'far', 'so', 'as']);
const PREDICATES = new Set(['unclear', 'clear', 'unknown', 'known', 'uncertain', 'mystery', 'obvious', 'certain']);

export const rule: Rule = {
  meta: {
    id: 'fronted-question-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An indirect question put first and taken up by “it”: “How the floor got a permit it is unclear”.',
    examples: {
      bad: [
        { text: '[[How the extra floor got a permit it is still unclear]].', output: 'It is still unclear how the extra floor got a permit.' },
        { text: '[[Why the bank cut rates so early, it remains unclear]], analysts said.', output: 'It remains unclear why the bank cut rates so early, analysts said.' },
        { text: '[[Whether the talks will resume it is not known]].', output: 'It is not known whether the talks will resume.' },
      ],
      good: [
        'It is still unclear how the extra floor got a permit.',
        'How the floor got a permit is still unclear.',
        'When it is unclear what to do, ask.',
        'How it is done is a mystery to me.',
        'Where the money went, nobody knows, and it is unclear who will pay.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const it of doc.tokensWith(['it'])) {
      const be = doc.next(it);
      if (!be || !BE.has(be.norm)) continue;
      let p: Token | undefined = doc.next(be);
      while (p && ADVERBS.has(p.norm)) p = doc.next(p);
      if (p?.norm === 'a' && doc.next(p)?.norm === 'mystery') p = doc.next(p);
      if (!p || !PREDICATES.has(p.norm)) continue;
      // The predicate ends the clause: "it is unclear." / "it is unclear, analysts said".
      const after = doc.next(p);
      if (after && after.kind !== 'punct') continue;
      const s = doc.sentenceOf(it);
      let i = s.firstToken;
      while (i < it.index && /^["“‘'«(\[]$/.test((doc.at(i) as Token).text)) i++;
      const wh = doc.at(i) as Token;
      if (!WH.has(wh.norm) || !/^\p{Lu}/u.test(wh.text)) continue;
      // The question clause has a verb of its own and no "it" that is its subject ("When it is
      // unclear"): at least three words before "it", none of them a second clause's "and".
      if (it.index - wh.index < 4) continue;
      let clauseBreak = false;
      for (let k = wh.index + 1; k < it.index; k++) {
        const t = doc.at(k) as Token;
        if (t.norm === 'and' || t.norm === 'but' || t.text === ';' || t.text === ':') clauseBreak = true;
      }
      if (clauseBreak) continue;
      let qEnd = doc.at(it.index - 1) as Token;
      if (qEnd.text === ',') qEnd = doc.at(it.index - 2) as Token;
      const question = doc.text.slice(wh.start, qEnd.end);
      const predicate = doc.text.slice(be.start, p.end);
      const fix = `It ${predicate} ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
      ctx.report({
        start: wh.start,
        end: p.end,
        message: `“${doc.text.slice(wh.start, p.end)}”: English puts “it ${predicate}” first and the question after it: “${fix}”.`,
        suggestions: [fix],
        reason: 'an English indirect question follows the predicate that embeds it (“it is unclear how …”)',
        confidence: 0.7,
      });
    }
  },
};
