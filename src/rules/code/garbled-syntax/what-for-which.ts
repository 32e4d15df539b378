/**
 * “What” as a relative pronoun for the clause before it: “the book was found, what ended a
 * 30-year search”, “the trees are in flower, what makes them sensitive to cold”. German “was”,
 * Russian “что”, Polish “co”, Serbian “što” and Spanish “lo que” all serve here; English says
 * “which”. Only after a comma, before a verb of consequence (“makes”, “meant”, “caused”, “led”),
 * or “is why”/“was a record”, in a statement: “what appears to be”, “what is known as”, “what
 * amounts to” and “what’s more” are English noun clauses and are not matched.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { matchCase } from '../number-agreement/lib/english.js';

// Verbs that report a consequence of the clause before: only "which" can take them there.
const CONSEQUENCE: ReadonlySet<string> = new Set([
  'makes', 'made', 'means', 'meant', 'causes', 'caused', 'leads', 'led', 'ends', 'ended', 'brings', 'brought',
  'gives', 'gave', 'allows', 'allowed', 'raises', 'raised', 'puts', 'forces', 'forced', 'triggers', 'triggered',
  'prompts', 'prompted', 'sparks', 'sparked', 'explains', 'explained', 'surprised', 'worried', 'angered', 'pushes',
  'pushed', 'lifts', 'lifted', 'reduces', 'reduced', 'increases', 'increased', 'doubles', 'doubled', 'halves',
  'halved', 'enables', 'enabled', 'complicates', 'complicated', 'delays', 'delayed', 'marks', 'marked', 'sets',
  'represents', 'represented', 'contributes', 'contributed', 'costs', 'cost',
]);
// "…, what is why" / "…, what was a record": a copula, then "why" or an indefinite predicate.
const COPULA: ReadonlySet<string> = new Set(['is', 'was']);
const COPULA_NEXT: ReadonlySet<string> = new Set(['why', 'a', 'an', 'unusual', 'rare', 'unprecedented', 'unusually']);

export const rule: Rule = {
  meta: {
    id: 'what-for-which',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“What” for “which” after a comma: “…, what makes them sensitive to cold” for “…, which makes them sensitive to cold”.',
    examples: {
      bad: [
        { text: 'The trees are in flower, [[what]] makes them especially sensitive to cold.', output: 'The trees are in flower, which makes them especially sensitive to cold.' },
        { text: 'An expert confirmed it was the missing book, [[what]] ended a 30-year search.', output: 'An expert confirmed it was the missing book, which ended a 30-year search.' },
        { text: 'The port was closed for a week, [[what]] is why prices rose.', output: 'The port was closed for a week, which is why prices rose.' },
        { text: 'Temperatures reached 41 degrees, [[what]] was a record for May.', output: 'Temperatures reached 41 degrees, which was a record for May.' },
      ],
      good: [
        'Police found what appeared to be a bomb, what looked like wires and a timer.',
        'The trees are in flower, which makes them especially sensitive to cold.',
        'He asked the minister, what makes you think so?',
        'They have lost their homes and, what is more, their jobs.',
        'The committee will decide what makes a fair price.',
        'Nobody knows what caused the fire.',
        'The city imposed what amounts to a ban, what critics call a land grab.',
        'It was, what is known as, a pyrrhic victory.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const w of doc.tokensWith(['what'])) {
      if (w.text !== 'what' || doc.prev(w)?.text !== ',') continue;
      const v = doc.next(w);
      if (!v || v.kind !== 'word') continue;
      let ok = CONSEQUENCE.has(v.norm);
      if (!ok && COPULA.has(v.norm)) ok = COPULA_NEXT.has(doc.next(v)?.norm ?? '');
      if (!ok) continue;
      // A question: "He asked, what makes you think so?"
      const s = doc.sentenceOf(w);
      const last = doc.tokens[s.endToken - 1] as Token | undefined;
      if (last?.text === '?' || doc.text.slice(w.end, s.end).includes('?')) continue;
      // A tagged noun or adjective ("what made-up story") is no verb.
      if (doc.canTag && doc.pos(v) !== 'VERB' && doc.pos(v) !== 'AUX') continue;
      ctx.report({
        start: w.start,
        end: w.end,
        message: `“${doc.text.slice(w.start, v.end)}”: a clause that comments on the one before it opens with “which” in English, not “what”.`,
        suggestions: [matchCase(w.text, 'which')],
        reason: '“what” opens a noun clause (“what he said”); a relative clause on the whole sentence before takes “which”',
        confidence: 0.7,
      });
    }
  },
};
