/**
 * “if the company will not comply”: the future in a conditional clause. Romance and Slavic
 * languages put the future there; English uses the present (“if the company does not
 * comply”). Quiet where English allows “will”: “if” meaning “whether” (“asked if he will
 * attend”, “unclear if talks will resume”), the polite or volitional “if you will”, “if he will
 * agree” and the like, and “if it will help”.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';
import { looksPlural, matchCase } from '../number-agreement/lib/english.js';

// Words before "if" that make it "whether".
const WHETHER = new Set([
  'ask', 'asks', 'asked', 'asking', 'know', 'knows', 'knew', 'known', 'wonder', 'wonders', 'wondered',
  'wondering', 'see', 'sure', 'unsure', 'unclear', 'clear', 'certain', 'uncertain', 'decide', 'decided',
  'decides', 'deciding', 'doubt', 'doubtful', 'check', 'checked', 'determine', 'question', 'tell', 'told',
  'say', 'says', 'said', 'show', 'shows', 'matter', 'matters', 'care', 'predict', 'guess', 'out', 'whether',
  'as', 'even', 'only', 'inquire', 'inquired', 'learn', 'confirm', 'confirmed', 'indicate', 'indicated',
  'consider', 'considering', 'assess', 'assessing', 'examine', 'examining', 'test', 'testing', 'see',
]);
// Verbs whose "will" is volition ("if he will agree"), and "if it will help".
const VOLITIONAL = new Set(['agree', 'accept', 'allow', 'let', 'excuse', 'forgive', 'permit', 'consent', 'listen', 'bear', 'pardon', 'indulge', 'help', 'be', 'have', 'cooperate', 'follow', 'join']);
const RESULT_VERBS = new Set(['make', 'mean', 'cost', 'save', 'take', 'work', 'matter', 'change', 'lead', 'bring', 'give']);
const SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** "does"/"do" for the subject that ends at `last`. */
function thirdPerson(last: Token): boolean {
  if (SUBJECTS.has(last.norm)) return ['he', 'she', 'it'].includes(last.norm);
  return !looksPlural(last.norm);
}

function whetherIf(doc: Doc, ifTok: Token): boolean {
  for (let k = 1, p = doc.prev(ifTok); k <= 3 && p; k++, p = doc.prev(p)) {
    if (WHETHER.has(p.norm)) return true;
    if (p.kind === 'punct') return false;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'future-in-if-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“if the company will not comply”: the future in a conditional clause.',
    examples: {
      bad: [
        { text: 'The regulator said it would slow the app if the company [[will not comply]] by the end of the month.', output: 'The regulator said it would slow the app if the company does not comply by the end of the month.' },
        { text: 'If prices [[will rise]] again, the bank will act.', output: 'If prices rise again, the bank will act.' },
        { text: 'The club will appeal if the league [[will impose]] the fine.', output: 'The club will appeal if the league imposes the fine.' },
        { text: 'They will strike if the government [[will not raise]] wages.', output: 'They will strike if the government does not raise wages.' },
      ],
      good: [
        'The regulator will slow the app if the company does not comply.',
        'Reporters asked if he will attend the summit.',
        'It is unclear if the talks will resume.',
        'If you will allow me, I will explain.',
        'I will do it if it will help.',
        'If he will agree to the terms, we can sign.',
        'Nobody knows if the company will survive.',
        'If the company will be fined is not clear.',
        'If he won’t listen, we will leave.',
        'Deify it if it will make you feel less responsible.',
        'If we will work together this year, we can give our children a better future.',
        'If the Congress will act on these proposals, more funding will be available.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const f of doc.tokensWith(['if'])) {
      if (f.norm !== 'if') continue;
      // Cheap test: "will" within six words. ("won't" in an if-clause is mostly refusal, "if he
      // won't listen", which is English.)
      let will: Token | undefined;
      for (let k = 0, c = doc.next(f); k < 6 && c; k++, c = doc.next(c)) {
        if (c.norm === 'will') {
          will = c;
          break;
        }
        if (c.kind === 'punct') break;
      }
      if (!will || whetherIf(doc, f)) continue;
      // The subject: a pronoun, or a short noun phrase.
      const subj: Token[] = [];
      for (let c = doc.next(f); c && c !== will; c = doc.next(c)) subj.push(c);
      if (subj.length === 0) continue;
      if (subj.length === 1 && (subj[0]!.norm === 'you' || !SUBJECTS.has(subj[0]!.norm) && !NP.has(doc.pos(subj[0]!)))) continue;
      if (subj.length > 1 && !subj.every((t) => NP.has(doc.pos(t)) || t.norm === "'s")) continue;
      const last = subj[subj.length - 1] as Token;
      if (last.norm === 'you' || doc.pos(last) === 'ADJ' || doc.pos(last) === 'DET') continue;
      // "if we will work together", "if the Congress will act": an appeal to the will of the
      // speaker's side or of the house addressed, which English puts with "will".
      if (last.norm === 'we' || (last.norm === 'congress' && last.text === 'Congress')) continue;
      let neg: Token | undefined;
      let v = doc.next(will);
      if (v?.norm === 'not') {
        neg = v;
        v = doc.next(v);
      }
      if (!v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text) || doc.pos(v) !== 'VERB' || VOLITIONAL.has(v.norm)) continue;
      // "if it will make you feel better": a consequence, not a condition.
      if (last.norm === 'it' && RESULT_VERBS.has(v.norm)) continue;
      if (/(?:ing|ed|s)$/.test(v.norm) && !/(?:ss|us)$/.test(v.norm)) continue;
      const third = thirdPerson(last);
      const plain = neg ? `${third ? 'does not' : 'do not'} ${v.text}` : third ? verbForm(v.norm, 's') : v.text;
      const fix = matchCase(will.text, plain);
      ctx.report({
        start: will.start,
        end: v.end,
        message: `“if … ${doc.text.slice(will.start, v.end)}”: English uses the present after a conditional “if” (“${fix}”).`,
        suggestions: [fix],
        reason: 'English conditional clauses take the present for the future',
        confidence: 0.65,
      });
    }
  },
};
