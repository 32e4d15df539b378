/**
 * “not” before a lexical verb without “do”: “he not said”, “they not agreed”, “the minister not
 * answers”. Slavic and Romance negate the verb directly; English needs “did not say”, “does not
 * answer”. Only a subject pronoun right before “not” is checked, so “the decision not taken” (a
 * participle) and “not only” stay quiet.
 */
import type { Rule } from '../../types.js';
import { verbForm } from '../../../nlp/inflect.js';
import { lemmaOf } from './lib/english.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const AUX = new Set(['do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'may', 'might', 'must', 'shall', 'hath', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'am', 'let']);
const FOCUS = new Set(['only', 'just', 'even', 'necessarily', 'merely', 'simply', 'least', 'always', 'quite', 'yet', 'all', 'so', 'to']);

export const rule: Rule = {
  meta: {
    id: 'not-without-do',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“he not said” for “he did not say”: a negated verb without “do”.',
    examples: {
      bad: [
        { text: 'He [[not said]] when the talks would resume.', output: 'He did not say when the talks would resume.' },
        { text: 'They [[not agreed]] on a new date.', output: 'They did not agree on a new date.' },
        { text: 'She [[not answers]] questions from reporters.', output: 'She does not answer questions from reporters.' },
        { text: 'We [[not know]] who fired first.', output: 'We do not know who fired first.' },
      ],
      good: [
        'He did not say when the talks would resume.',
        'They not only agreed but signed.',
        'He not just said it, he did it.',
        'I hope not.',
        'It was a decision not taken lightly.',
        'They chose not to vote.',
        'He is not said to be involved.',
        'Why do you not quit your job?',
        'Should I not send it?',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const not of doc.tokensWith(['not'])) {
      if (not.norm !== 'not') continue;
      const subj = doc.prev(not);
      const v = doc.next(not);
      if (!subj || !v || !PRONOUNS.has(subj.norm) || v.kind !== 'word' || FOCUS.has(v.norm) || !/^\p{Ll}+$/u.test(v.text)) continue;
      // "Why do you not quit?", "Should I not send it?": the auxiliary came before the subject.
      const before = doc.prev(subj);
      if (before && AUX.has(before.norm)) continue;
      // The tagger reads "answers" after "she not" as a noun; no noun can stand there.
      if (/ing$/.test(v.norm) || doc.pos(v) !== 'VERB' && !(doc.pos(v) === 'NOUN' && /[^s]s$/.test(v.norm))) continue;
      const lemma = lemmaOf(v.norm);
      if (!lemma || lemma === 'be' || lemma === 'have' || lemma === 'do') continue;
      const third = ['he', 'she', 'it'].includes(subj.norm);
      let aux: string;
      if (lemma !== v.norm && !/[^s]s$/.test(v.norm)) aux = 'did';
      else if (/[^s]s$/.test(v.norm) && lemma !== v.norm) aux = 'does';
      else aux = third ? 'did' : 'do'; // "he not know": news is told in the past
      const fix = `${aux} not ${verbForm(lemma, 'base')}`;
      ctx.report({
        start: not.start,
        end: v.end,
        message: `“${doc.text.slice(subj.start, v.end)}”: English negates a verb with “do”: “${subj.text} ${fix}”.`,
        suggestions: [fix],
        reason: 'English negation needs the auxiliary “do”',
        confidence: 0.75,
      });
    }
  },
};
