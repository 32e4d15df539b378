/**
 * "the mechanism, which foresees up to 5 percent", "the law foresees fines": a text that
 * "foresees" (Portuguese/Spanish “prever”, French “prévoir”, Italian “prevedere”). In English a
 * law or contract "provides for" what it lays down; "foresee" means to predict, which a person
 * does. Fires when the subject is a legal text, right before the verb or before ", which/that",
 * and on the passive "as foreseen in the law". Forecasters who foresee growth stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const FORMS: Readonly<Record<string, string>> = {
  foresee: 'provide for',
  foresees: 'provides for',
  foresaw: 'provided for',
  foreseeing: 'providing for',
  foreseen: 'provided for',
};
const LEGAL = new Set([
  'law', 'laws', 'rule', 'rules', 'mechanism', 'regulation', 'regulations', 'decree', 'decrees', 'bill', 'treaty', 'agreement',
  'contract', 'article', 'clause', 'code', 'constitution', 'directive', 'ordinance', 'legislation', 'statute', 'convention',
  'protocol', 'provision', 'provisions', 'amendment', 'deal', 'accord', 'pact', 'budget', 'draft', 'text', 'scheme', 'reform',
  'regime', 'framework', 'charter', 'resolution', 'memorandum', 'accords', 'statutes', 'plan', 'programme', 'program',
  'package', 'ruling', 'arrangement', 'procedure', 'mandate', 'policy', 'project',
]);
const BETWEEN = new Set(['also', 'only', 'further', 'even', 'already', 'currently', 'now', 'explicitly', 'clearly', 'still']);

/** The legal noun heading the subject of `t`, or undefined. */
function legalSubject(doc: Doc, t: Token): Token | undefined {
  let p = doc.prev(t);
  while (p && BETWEEN.has(p.norm)) p = doc.prev(p);
  if (!p) return undefined;
  if (LEGAL.has(p.norm)) return p;
  // "..., which foresees" / "that foresees": the noun just before the comma or relative.
  if (p.norm === 'which' || p.norm === 'that') {
    let q = doc.prev(p);
    if (q && q.norm === ',') q = doc.prev(q);
    // "FIFA's solidarity mechanism, which": allow one modifier word after the noun ("mechanism of FIFA").
    for (let k = 0; k < 4 && q; k++, q = doc.prev(q)) {
      if (LEGAL.has(q.norm)) return q;
      if (q.kind === 'punct') return undefined;
    }
  }
  return undefined;
}

/** "as foreseen by/in the law": the passive with a legal noun after it. */
function legalAgent(doc: Doc, t: Token): Token | undefined {
  const by = doc.next(t);
  if (!by || (by.norm !== 'by' && by.norm !== 'in' && by.norm !== 'under')) return undefined;
  for (let k = 2; k <= 4; k++) {
    const u = doc.next(t, k);
    if (!u || u.kind === 'punct') return undefined;
    if (LEGAL.has(u.norm)) return u;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'foresee-provides-for',
    category: 'lexical-choice',
    severity: 'warning',
    description: 'A law or contract that “foresees” (prever/prévoir): English says it “provides for”.',
    examples: {
      bad: [
        { text: 'The new law [[foresees]] fines of up to 10,000 euros.', output: 'The new law provides for fines of up to 10,000 euros.' },
        { text: 'Clubs share the money under a mechanism, which [[foresees]] a 5 percent levy.', output: 'Clubs share the money under a mechanism, which provides for a 5 percent levy.' },
        { text: 'The contract also [[foresees]] a bonus if the team wins.', output: 'The contract also provides for a bonus if the team wins.' },
        { text: 'Compensation was paid as [[foreseen]] in the contract.', output: 'Compensation was paid as provided for in the contract.' },
      ],
      good: [
        'The new law provides for fines of up to 10,000 euros.',
        'Economists foresee growth of 2 percent next year.',
        'Nobody could have foreseen the crisis.',
        'The IMF, which foresees a recession, cut its forecast.',
        'The minister said he foresaw no change in the law.',
        'The risks were foreseen by analysts.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(Object.keys(FORMS))) {
      const fix = FORMS[t.norm];
      if (!fix) continue;
      const noun = t.norm === 'foreseen' ? legalAgent(doc, t) : legalSubject(doc, t);
      if (!noun) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `a ${noun.norm} that “${t.text}” reads as translated (“prever/prévoir”); English says it “${fix}”.`,
        suggestions: [fix, t.norm === 'foreseen' ? 'laid down' : fix.replace('provide', 'stipulate').replace(' for', '')],
        reason: 'a legal text lays down or provides for; only people foresee',
        confidence: 0.8,
      });
    }
  },
};
