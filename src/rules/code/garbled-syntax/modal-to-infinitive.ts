/**
 * A modal verb with “to”: “must to respect”, “can to help”, “should to be”. Languages whose
 * modals take an infinitive marker (or whose infinitive MT renders as “to X”) leave it in;
 * English modals take the bare verb. “ought to”, “have to” and “need to” are not modals here.
 * “will” is only checked after a pronoun (“the will to fight” is a noun), and “must”, “can”,
 * “might” not after a determiner (“a must to see”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { matchCase } from '../number-agreement/lib/english.js';

const MODALS = new Set([
  'must', 'can', 'could', 'should', 'would', 'may', 'might', 'shall', 'cannot', "can't", "mustn't",
  "shouldn't", "couldn't", "wouldn't", "won't", 'will',
]);
const BETWEEN = new Set(['not', 'also', 'still', 'never', 'only', 'even', 'always', 'no', 'longer']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that']);
const ELLIPSIS_OBJECTS = new Set(['everything', 'anything', 'all', 'what', 'whatever', 'much', 'best', 'nothing', 'something', 'little', 'as', 'more', 'less', 'most']);
const PRONOUN_OBJECTS = new Set(['what', 'whatever', 'everything', 'anything', 'nothing', 'something']);
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
        'We must do all that we responsibly can to resist inflation.',
        'The department is doing what it legally can to alleviate hardships.',
        'The aim is doing whatever Government properly can to encourage investment.',
        'We did everything we possibly could to maximize the chance of peace.',
        'He did all he could not to cry.',
        'We will do everything we can not to lose.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    /** "(all that | everything | whatever) <subject> [adverb] can to V": the modal ends a clause. */
    function elidedDo(m: Token): boolean {
      let c = doc.prev(m);
      while (c && (doc.pos(c) === 'ADV' || /ly$/.test(c.norm)) && c.kind === 'word') c = doc.prev(c);
      if (!c || c.kind !== 'word') return false;
      // The subject: a pronoun, or up to three words of a noun phrase.
      if (SUBJECT_PRONOUNS.has(c.norm) && !['who', 'which', 'that'].includes(c.norm)) {
        c = doc.prev(c);
        if (c?.norm === 'that') c = doc.prev(c);
        return !!c && ELLIPSIS_OBJECTS.has(c.norm);
      }
      let k = 0;
      let det = false;
      while (c && k < 3 && c.kind === 'word' && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(doc.pos(c)) && !ELLIPSIS_OBJECTS.has(c.norm)) {
        det = doc.pos(c) === 'DET';
        c = doc.prev(c);
        k++;
      }
      if (k === 0 || !c) return false;
      if (c.norm === 'that') {
        c = doc.prev(c);
        det = true;
      }
      // "all the government can", "whatever Government can"; not "all investors must".
      return !!c && (PRONOUN_OBJECTS.has(c.norm) || (det && ELLIPSIS_OBJECTS.has(c.norm)));
    }
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
      // Also past an adverb and a noun subject: "all that we responsibly can to resist",
      // "whatever Government properly can to encourage".
      if (elidedDo(m)) continue;
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
