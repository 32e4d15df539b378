/**
 * A lexical verb negated by a bare "not" after it: "the reform stood not for negotiation", "the
 * plan goes not far enough", "the bank wanted not comment", "the firm agreed not with the
 * terms". German, Dutch and the Scandinavian languages put "nicht/niet/ikke" after the finite
 * verb; English needs "do": "did not stand", "does not go". Archaic and literary English keeps
 * the order with a few verbs ("I know not", "it matters not", "ask not", "fear not") and in
 * contrasts ("lies not in our laws but in our people"), which stay quiet, as do "not" before an
 * infinitive ("decided not to go"), a focus word ("not only", "not just") or a quantity ("not
 * a single", "not enough", "not the slightest").
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';
import { lemmaOf } from './lib/english.js';

// Lemmas English still negates this way, or whose "not" belongs to what follows.
const ARCHAIC = new Set([
  'be', 'have', 'do', 'know', 'doubt', 'care', 'matter', 'fear', 'need', 'dare', 'ask', 'think', 'hope',
  'believe', 'guess', 'trust', 'mean', 'say', 'tell', 'lie', 'rest', 'belong', 'seem', 'appear', 'want', 'waste',
  'judge', 'forget', 'let', 'suppose', 'expect', 'imagine', 'wot', 'reckon', 'heed', 'despair', 'weep', 'worry',
  'fret', 'fail', 'prove', 'count', 'spare', 'mind', 'use', 'trouble', 'bother', 'cease', 'tarry',
]);
// "not" is part of what comes after it.
const AFTER_OK = new Set([
  'only', 'just', 'merely', 'simply', 'even', 'necessarily', 'least', 'so', 'too', 'very', 'because',
  'until', 'till', 'since', 'yet', 'all', 'quite', 'always', 'one', 'enough', 'worth', 'much',
  'many', 'far', 'long', 'less', 'more', 'once', 'twice', 'exactly', 'entirely', 'completely', 'wholly',
  'altogether', 'unlike', 'least', 'solely', 'primarily', 'mainly', 'chiefly', 'really', 'that', 'if', 'when',
  'where', 'whether', 'how', 'what', 'why', 'who', 'which', 'without', 'unless', 'otherwise', 'anymore',
  'guilty', 'responsible', 'liable', 'applicable', 'available', 'out', 'unnoticed', 'unpunished', 'unanswered',
  'unheeded', 'unrewarded', 'unchallenged',
]);
// "received not a single vote", "showed not the slightest interest": a negated quantity.
const NONE_AFTER_ARTICLE = new Set([
  'single', 'word', 'penny', 'cent', 'dime', 'moment', 'second', 'soul', 'thing', 'trace', 'hint', 'shred', 'bit',
  'jot', 'whit', 'sound', 'drop', 'chance', 'lot', 'little', 'few', 'slightest', 'least', 'faintest', 'smallest',
  'remotest', 'first', 'only', 'same', 'one', 'whole', 'great', 'particle', 'scrap', 'iota', 'murmur', 'finger',
]);
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
// Contrast and correlation after the "not": "comes not from A but from B".
const CONTRAST = new Set(['but', 'rather', 'instead', 'nor', 'than']);

export const rule: Rule = {
  meta: {
    id: 'verb-then-not',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A lexical verb negated by a “not” after it (“the deal stood not for negotiation”) for “did not stand”.',
    examples: {
      bad: [
        { text: 'The minimum wage [[stood not]] for negotiation, the union said.', output: 'The minimum wage did not stand for negotiation, the union said.' },
        { text: 'The company [[commented not]] on the report.', output: 'The company did not comment on the report.' },
        { text: 'The new rule [[applies not]] for small firms.', output: 'The new rule does not apply for small firms.' },
        { text: 'The ban [[extends not]] to imports from the EU.', output: 'The ban does not extend to imports from the EU.' },
        { text: 'The offer [[goes not]] far enough, the union said.', output: 'The offer does not go far enough, the union said.' },
        { text: 'The launch [[worked not]] as the engineers had planned.', output: 'The launch did not work as the engineers had planned.' },
        { text: 'The coach [[agreed not]] with the referee on Sunday.', output: 'The coach did not agree with the referee on Sunday.' },
        { text: 'The two sides [[reached not]] an agreement on Monday.', output: 'The two sides did not reach an agreement on Monday.' },
      ],
      good: [
        'The company did not comment on the report.',
        'The board decided not to sell.',
        'The threat comes not from Washington but from Moscow.',
        'The future lies not in our laws.',
        'I know not what course others may take.',
        'It matters not who wins.',
        'Ask not what your country can do for you.',
        'He was found not guilty.',
        'She received not a single vote.',
        'The firm chose not only to cut costs but to hire.',
        'He said not a word.',
        'They worked not for money but for love.',
        'He was told not to come.',
        'Whether he agreed or not was unclear.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const not of doc.tokensWith(['not'])) {
      const v = doc.prev(not);
      const after = doc.next(not);
      if (!v || !after || v.kind !== 'word' || after.kind !== 'word') continue;
      // "applies not to small farms" is flagged, "decided not to go" is English.
      if (after.norm === 'to') {
        const inf = doc.next(after);
        if (!inf || inf.kind !== 'word' || ((doc.pos(inf) === 'VERB' || doc.pos(inf) === 'AUX') && !/[^s]s$/.test(inf.norm))) continue;
      } else if (AFTER_OK.has(after.norm) && !(after.norm === 'far' && doc.next(after)?.norm === 'enough')) continue;
      if (!/^\p{Ll}+$/u.test(v.text) || /ing$/.test(v.norm)) continue;
      if (after.norm === 'a' || after.norm === 'an' || after.norm === 'the') {
        const q = doc.next(after);
        if (!q || NONE_AFTER_ARTICLE.has(q.norm)) continue;
      }
      const subj = doc.prev(v);
      if (!subj || subj.kind !== 'word') continue;
      const lemma = lemmaOf(v.norm);
      if (!lemma || ARCHAIC.has(lemma)) continue;
      const past = verbForm(lemma, 'past') === v.norm;
      const third = verbForm(lemma, 's') === v.norm && v.norm !== lemma;
      if (!past && !third) continue;
      if (doc.pos(v) !== 'VERB' || !SUBJECT_TAGS.has(doc.pos(subj))) continue;
      // A contrast or correlation later in the sentence.
      const s = doc.sentenceOf(not);
      let contrast = false;
      for (let i = not.index + 1; i < s.endToken && !contrast; i++) contrast = CONTRAST.has((doc.tokens[i] as Token).norm);
      if (contrast) continue;
      const fix = `${past ? 'did' : 'does'} not ${verbForm(lemma, 'base')}`;
      ctx.report({
        start: v.start,
        end: not.end,
        message: `“${v.text} not”: English negates a verb with “do”: “${fix}”.`,
        suggestions: [fix],
        reason: 'English negation of a lexical verb needs the auxiliary “do”; “not” after the verb is German or Scandinavian order',
        confidence: 0.6,
      });
    }
  },
};
