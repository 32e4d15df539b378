/**
 * “want that” + a clause: “we want that the country remains neutral”. Romance, Slavic and
 * German (“wollen, dass”) say it so; English puts the subject as object and the verb in the
 * to-infinitive: “we want the country to remain neutral”. Also “would like that”. Only when
 * “that” is followed by a subject (a pronoun, a name, or a determiner and its noun) and a
 * finite verb, so “want that money back” (“that” a determiner) stays quiet; “wish that”,
 * “ask that”, “demand that” are English and not checked.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { OBJECT_OF, SUBJECT_PRONOUNS, lemmaOf } from './lib/english.js';

const WANT = new Set(['want', 'wants', 'wanted', 'wanting']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const AUX_DROPPED = new Set(['will', 'would', 'should', 'shall', 'can', 'could', 'may', 'might', 'must', 'does', 'do', 'did']);
const BE_FINITE = new Set(['is', 'are', 'was', 'were', 'be']);

export const rule: Rule = {
  meta: {
    id: 'want-that-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“want that the country remains” for “want the country to remain”.',
    examples: {
      bad: [
        { text: 'We want [[that the country remains]] neutral, the minister said.', output: 'We want the country to remain neutral, the minister said.' },
        { text: 'Moscow wants [[that NATO stops]] its expansion.', output: 'Moscow wants NATO to stop its expansion.' },
        { text: 'The unions wanted [[that the government withdrew]] the reform.', output: 'The unions wanted the government to withdraw the reform.' },
        { text: 'The fans want [[that he stays]] at the club.', output: 'The fans want him to stay at the club.' },
        { text: 'Brussels wants [[that the rules are]] applied strictly.', output: 'Brussels wants the rules to be applied strictly.' },
        { text: 'They want [[that the court does not extradite]] him.', output: 'They want the court not to extradite him.' },
        { text: 'Kyiv would like [[that its allies send]] more air defence.', output: 'Kyiv would like its allies to send more air defence.' },
        { text: 'Farmers want [[that prices will rise]] again.', output: 'Farmers want prices to rise again.' },
      ],
      good: [
        'We want the country to remain neutral.',
        'I want that money back by Friday.',
        'They want that deal signed before the summit.',
        'Nobody wants that, he said.',
        'We wish that the war would end.',
        'They asked that the court delay the hearing.',
        'I would like that very much.',
        'I like that he speaks his mind.',
        'He wanted that to happen.',
        'She wants that one, not this.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const that of doc.tokensWith(['that'])) {
      if (that.norm !== 'that') continue;
      const w = doc.prev(that);
      if (!w) continue;
      const isWant = WANT.has(w.norm) || (w.norm === 'like' && ['would', "'d"].includes(doc.prev(w)?.norm ?? ''));
      if (!isWant) continue;
      const first = doc.next(that);
      if (!first || first.kind !== 'word') continue;
      // The subject: a pronoun, or a phrase that starts with a determiner, a name or a number.
      let verb: Token | undefined;
      let subjectText: string;
      if (SUBJECT_PRONOUNS.has(first.norm)) {
        verb = doc.next(first);
        subjectText = OBJECT_OF.get(first.norm) ?? first.text;
      } else {
        const pos0 = doc.pos(first);
        if (pos0 !== 'DET' && pos0 !== 'PROPN' && pos0 !== 'NUM' && !/^\p{Lu}/u.test(first.text) && !['its', 'his', 'her', 'their', 'our'].includes(first.norm)) {
          // A bare plural noun ("prices") is a subject too; a bare singular ("money") is "that money".
          if (!(pos0 === 'NOUN' && /s$/.test(first.norm))) continue;
        }
        let c: Token | undefined = first;
        let last: Token = first;
        for (let k = 0; k < 6 && c; k++) {
          const pos = doc.pos(c);
          if (!(NP_TAGS.has(pos) || c.norm === "'s" || ['its', 'his', 'her', 'their', 'our'].includes(c.norm)) || (k > 0 && pos === 'DET' && c.norm !== "'s")) break;
          // "NATO stops its expansion": an -s verb the tagger read as a plural noun.
          if (k > 0 && pos === 'NOUN' && /[^s]s$/.test(c.norm) && (doc.pos(last) === 'PROPN' || doc.pos(last) === 'NOUN' && !/s$/.test(last.norm))) {
            const n = doc.next(c);
            if (n && ['DET', 'PRON', 'NUM', 'ADV'].includes(doc.pos(n))) break;
          }
          last = c;
          c = doc.next(c);
        }
        verb = doc.next(last);
        subjectText = doc.text.slice(first.start, last.end);
      }
      if (!verb || verb.kind !== 'word') continue;
      // The verb group: [modal|do] [not] verb, or a form of "be".
      let neg = false;
      let main: Token | undefined = verb;
      let end: Token = verb;
      let lemma: string | undefined;
      if (AUX_DROPPED.has(verb.norm)) {
        main = doc.next(verb);
        if (main?.norm === 'not') {
          neg = true;
          main = doc.next(main);
        }
        if (!main || doc.pos(main) !== 'VERB' && doc.pos(main) !== 'AUX' || /(?:ing|ed)$/.test(main.norm) && !['need', 'feed'].includes(main.norm)) continue;
        lemma = main.norm;
        end = main;
      } else if (BE_FINITE.has(verb.norm)) {
        lemma = 'be';
        const n = doc.next(verb);
        if (n?.norm === 'not') {
          neg = true;
          end = n;
        }
      } else {
        const pos = doc.pos(verb);
        if (pos !== 'VERB' && !(pos === 'NOUN' && /s$/.test(verb.norm)) || /ing$/.test(verb.norm)) continue;
        lemma = lemmaOf(verb.norm);
      }
      if (!lemma) continue;
      const fix = `${subjectText} ${neg ? 'not ' : ''}to ${lemma}`;
      ctx.report({
        start: that.start,
        end: end.end,
        message: `“${w.text} ${doc.text.slice(that.start, end.end)}”: English says “${w.text} ${fix}”.`,
        suggestions: [fix],
        reason: '“want” takes an object and a to-infinitive, not a that-clause',
        confidence: 0.8,
      });
    }
  },
};
