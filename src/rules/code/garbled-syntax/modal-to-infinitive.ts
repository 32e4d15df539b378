/**
 * A modal verb with “to”: “must to respect”, “can to help”, “should to be”. Languages whose
 * modals take an infinitive marker (or whose infinitive MT renders as “to X”) leave it in;
 * English modals take the bare verb. “ought to”, “have to” and “need to” are not modals here.
 * “will” is only checked after a pronoun (“the will to fight” is a noun), and “must”, “can”,
 * “might” not after a determiner (“a must to see”).
 */
import type { Rule } from '../../types.js';
import { matchCase } from '../number-agreement/lib/english.js';

const MODALS = new Set([
  'must', 'can', 'could', 'should', 'would', 'may', 'might', 'shall', 'cannot', "can't", "mustn't",
  "shouldn't", "couldn't", "wouldn't", "won't", 'will',
]);
const BETWEEN = new Set(['not', 'also', 'still', 'never', 'only', 'even', 'always', 'no', 'longer']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that']);
const ELLIPSIS_OBJECTS = new Set(['everything', 'anything', 'all', 'what', 'whatever', 'much', 'best', 'nothing', 'something', 'little', 'as', 'more', 'less', 'most']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'political', 'free', 'own', 'good', "'s"]);

export const rule: Rule = {
  meta: {
    id: 'modal-to-infinitive',
    category: 'garbled-syntax',
    severity: 'error',
    description: 'A modal verb followed by “to”: “must to respect” for “must respect”.',
    examples: {
      bad: [
        { text: 'He said foreign platforms [[must to respect]] Russian law.', output: 'He said foreign platforms must respect Russian law.' },
        { text: 'The ministry [[cannot to confirm]] the figures.', output: 'The ministry cannot confirm the figures.' },
        { text: 'Investors [[should to be]] careful, he said.', output: 'Investors should be careful, he said.' },
        { text: 'They said they [[will to continue]] the strike.', output: 'They said they will continue the strike.' },
        { text: 'The bank [[could to raise]] rates again in July.', output: 'The bank could raise rates again in July.' },
        { text: 'Foreign firms [[must not to interfere]] in the vote.', output: 'Foreign firms must not interfere in the vote.' },
        { text: 'Families [[can also to apply]] for the grant.', output: 'Families can also apply for the grant.' },
      ],
      good: [
        'He said foreign platforms must respect Russian law.',
        'The country lacks the political will to fight corruption.',
        'Companies ought to respect the law.',
        'They have to respect the law.',
        'The exhibition runs from May to June.',
        'The museum is a must to see for visitors.',
        'His will to win was obvious.',
        'Nobody could say to whom the money went.',
        'Staff were told they may to some extent work from home.',
        'We must do everything we can to make leaders accountable.',
        'I will do anything I can to help you.',
        'The government should do all it can to mitigate the damage.',
        'He did all he could not to cry.',
        'We will do everything we can not to lose.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const m of doc.tokensWith(MODALS)) {
      if (!MODALS.has(m.norm) || !/^\p{Ll}/u.test(m.text) && !doc.isSentenceInitial(m)) continue;
      // "must not to respect", "can also to help": an adverb between modal and "to".
      let to = doc.next(m);
      let adv: typeof to;
      if (to && BETWEEN.has(to.norm)) {
        adv = to;
        to = doc.next(to);
      }
      if (to?.norm !== 'to') continue;
      const v = doc.next(to);
      if (!v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text) || /(?:ing|ed)$/.test(v.norm)) continue;
      const prev = doc.prev(m);
      if (prev && DETERMINERS.has(prev.norm)) continue;
      if (m.norm === 'will' && !(prev && SUBJECT_PRONOUNS.has(prev.norm))) continue;
      // "everything we can to help", "all it can to mitigate": "do" is left out, "to" is purpose.
      if (prev && SUBJECT_PRONOUNS.has(prev.norm)) {
        const before = doc.prev(prev);
        if (before && (ELLIPSIS_OBJECTS.has(before.norm) || (before.kind === 'word' && !['VERB', 'SCONJ', 'CCONJ', 'AUX'].includes(doc.pos(before))))) continue;
      }
      if (doc.pos(v) !== 'VERB' && doc.pos(v) !== 'AUX') continue;
      if (doc.pos(m) !== 'AUX' && doc.pos(m) !== 'VERB') continue;
      ctx.report({
        start: m.start,
        end: v.end,
        message: `“${doc.text.slice(m.start, v.end)}”: an English modal takes the bare verb, without “to”.`,
        suggestions: [`${m.text}${adv ? ` ${adv.text}` : ''} ${v.text}`, ...(m.norm === 'must' && !adv ? [`${matchCase(m.text, 'have to')} ${v.text}`] : [])],
        reason: 'modal verbs take the bare infinitive',
        confidence: 0.9,
      });
    }
  },
};
