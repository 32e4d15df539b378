/**
 * Question word order in an indirect question: “it is unclear why did the ministry decide”,
 * “nobody knows when will the talks resume”. Languages that mark a question by intonation or a
 * particle keep the direct order in the report; English puts the subject first and drops “do”
 * (“why the ministry decided”, “when the talks will resume”). Flagged after a verb or adjective
 * that embeds a question (know, explain, ask, unclear, sure), never after a colon or quote mark
 * (“He asked: why did it fail?” quotes the question).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';

const WH = new Set(['why', 'when', 'where', 'how', 'what', 'who', 'which']);
const HOW_WORDS = new Set(['much', 'many', 'long', 'far', 'often', 'soon', 'big', 'quickly', 'serious']);
const EMBEDDERS = new Set([
  // Not "ask" and "wonder": natives invert after them in speech ("he asked how long had it been").
  'know', 'knows', 'knew', 'known', 'explain', 'explains', 'explained',
  'unclear', 'clear', 'sure', 'unsure', 'certain', 'uncertain', 'understand', 'understood', 'reveal', 'revealed', 'say', 'said', 'says', 'tell', 'told', 'show', 'shows', 'showed',
  'decide', 'decided', 'determine', 'determined', 'discuss', 'discussed', 'investigate', 'investigating',
  'specify', 'specified', 'disclose', 'disclosed', 'indicate', 'indicated', 'question', 'idea', 'mystery',
  'remains', 'see', 'learn', 'find', 'out', 'confirm', 'confirmed', 'comment', 'details', 'clarify',
]);
const DO = new Map([['did', 'past'], ['does', 's'], ['do', 'base']] as const);
const AUX = new Set(['will', 'would', 'can', 'could', 'should', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'may', 'might', 'must']);
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

export const rule: Rule = {
  meta: {
    id: 'embedded-question-order',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'Question word order in an indirect question: “unclear why did the ministry decide” for “unclear why the ministry decided”.',
    examples: {
      bad: [
        { text: 'It is unclear why [[did the ministry decide]] to act now.', output: 'It is unclear why the ministry decided to act now.' },
        { text: 'Nobody knows when [[will the talks]] resume.', output: 'Nobody knows when the talks will resume.' },
        { text: 'The police did not explain how [[did the suspect escape]].', output: 'The police did not explain how the suspect escaped.' },
        { text: 'Officials did not say how much [[does the project cost]].', output: 'Officials did not say how much the project costs.' },
        { text: 'It is unclear why [[did the government change]] its position.', output: 'It is unclear why the government changed its position.' },
        { text: 'She did not explain why [[is the price]] so high.', output: 'She did not explain why the price is so high.' },
        { text: 'It is not clear where [[are the hostages]] held.', output: 'It is not clear where the hostages are held.' },
        { text: 'He did not explain why [[did he not]] resign.', output: 'He did not explain why he did not resign.' },
      ],
      good: [
        'It is unclear why the ministry decided to act now.',
        'He asked: why did the ministry act now?',
        'Why did the ministry decide to act now?',
        'She asked, “Why is the price so high?”',
        'Nobody knows who did it.',
        'They explained what is needed.',
        'I know what it is.',
        'He said when he was young he had little.',
        'We know which is better.',
        'She knew how it was done.',
        'He asked how long had it been that way.',
        'If you figure out who did the murder you get a discount.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const wh of doc.tokensWith(WH)) {
      if (!WH.has(wh.norm)) continue;
      // The embedding word just before the question word (within three words, no punctuation).
      let embedded = false;
      for (let k = 0, c = doc.prev(wh); k < 3 && c && c.kind !== 'punct'; k++, c = doc.prev(c)) embedded ||= EMBEDDERS.has(c.norm);
      if (!embedded) continue;
      let aux = doc.next(wh);
      if (wh.norm === 'how' && aux && HOW_WORDS.has(aux.norm)) aux = doc.next(aux);
      if (!aux) continue;
      const doForm = DO.get(aux.norm as 'did');
      if (!doForm && !AUX.has(aux.norm)) continue;
      // "who did it", "what is needed", "which is better": the question word is the subject.
      if ((wh.norm === 'who' || wh.norm === 'which' || wh.norm === 'what') && !doForm) continue;
      // The subject: a pronoun or a short noun phrase.
      const first = doc.next(aux);
      if (!first || first.kind !== 'word') continue;
      let last: Token | undefined;
      if (SUBJECT_PRONOUNS.has(first.norm)) last = first;
      else {
        for (let k = 0, c: Token | undefined = first; k < 5 && c; k++, c = doc.next(c)) {
          if (c.norm === "'s" || c.kind === 'word' && NP.has(doc.pos(c)) && !(k > 0 && c.norm === 'the')) last = c;
          else break;
        }
      }
      if (!last) continue;
      if (!SUBJECT_PRONOUNS.has(first.norm) && doc.pos(first) !== 'DET' && doc.pos(first) !== 'PROPN' && !/s$/.test(last.norm)) continue;
      let after = doc.next(last);
      // "how much does the project cost.": the tagger read the verb as part of the noun phrase.
      const subjectWh = wh.norm === 'who' || wh.norm === 'which' || wh.norm === 'what';
      if (doForm && !subjectWh && last !== first && doc.pos(last) === 'NOUN' && (!after || after.kind === 'punct' || ['DET', 'NUM'].includes(doc.pos(after)) || ['its', 'his', 'her', 'their', 'our'].includes(after.norm))) {
        after = last;
        last = doc.prev(last)!;
      }
      const subject = doc.text.slice(first.start, last.end);
      if (doForm) {
        let neg = '';
        if (after?.norm === 'not') {
          neg = 'not';
          after = doc.next(after);
        }
        if (!after || after.kind !== 'word' || (doc.pos(after) !== 'VERB' && after !== doc.next(last)) || /(?:ing|ed)$/.test(after.norm)) continue;
        if (doc.pos(after) !== 'VERB' && doc.pos(after) !== 'NOUN') continue;
        const fix = neg ? `${subject} ${aux.text} not` : `${subject} ${verbForm(after.norm, doForm)}`;
        const end = neg ? doc.prev(after)! : after;
        report(aux, end, fix);
      } else {
        // "when will the talks resume": the auxiliary goes after the subject.
        if (after && after.kind === 'word' && doc.pos(after) === 'NOUN') continue;
        report(aux, last, `${subject} ${aux.text}`);
      }
    }

    function report(start: Token, end: Token, fix: string): void {
      ctx.report({
        start: start.start,
        end: end.end,
        message: `“${doc.text.slice(start.start, end.end)}”: an indirect question keeps statement order in English (“${fix}”).`,
        suggestions: [fix],
        reason: 'English indirect questions do not invert subject and verb',
        confidence: 0.7,
      });
    }
  },
};
