/**
 * Double negation: “did not say nothing”, “can’t see nobody”, “never told nobody”. Slavic and
 * Romance languages require it; standard English keeps one negative (“did not say anything”).
 * The second negative must follow a verb after the first; “not nothing” (litotes) and “not for
 * nothing” stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { matchCase } from '../number-agreement/lib/english.js';
import { wordPositions } from '../../../text/word-positions.js';
import { verbForm } from '../../../nlp/inflect.js';

// A new clause starts: the negative before it is not in the same clause.
const CLAUSE_START = new Set(['when', 'where', 'if', 'because', 'while', 'unless', 'since', 'as', 'that', 'which', 'who', 'whether', 'although', 'though', 'until', 'after', 'before', 'once', 'so']);
const NEGATIVE_SUBJECTS = new Set(['nobody', 'nothing', 'none', 'no-one', 'noone', 'neither']);
const DO_FORMS: ReadonlyMap<string, 'past' | 's' | 'base'> = new Map([
  ['did', 'past'], ['does', 's'], ['do', 'base'], ["didn't", 'past'], ["doesn't", 's'], ["don't", 'base'],
]);
const AUX_NOT: ReadonlyMap<string, string> = new Map([
  ["isn't", 'is'], ["wasn't", 'was'], ["weren't", 'were'], ["aren't", 'are'], ["won't", 'will'], ["wouldn't", 'would'],
  ["can't", 'can'], ["couldn't", 'could'], ["hasn't", 'has'], ["haven't", 'have'], ["hadn't", 'had'], ["shouldn't", 'should'],
]);
const AUX = new Set(['is', 'was', 'were', 'are', 'will', 'would', 'can', 'could', 'has', 'have', 'had', 'should', 'may', 'might', 'must']);

const FIRST = new Set([
  'not', 'never', "don't", "doesn't", "didn't", "can't", 'cannot', "won't", "wouldn't", "couldn't",
  "shouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "mustn't",
]);
const SECOND: ReadonlyMap<string, string> = new Map([
  ['nothing', 'anything'], ['nobody', 'anybody'], ['nowhere', 'anywhere'], ['none', 'any'], ['no-one', 'anyone'],
  ['no', 'any'], ['neither', 'either'],
]);
const TRIGGERS: ReadonlySet<string> = new Set([...NEGATIVE_SUBJECTS, ...SECOND.keys()]);
// "no" before these is a fixed phrase, not the determiner ("no longer", "no matter").
const NO_PHRASES = new Set(['longer', 'more', 'less', 'matter', 'doubt', 'sooner', 'later', 'earlier', 'fewer', 'way', 'end', 'problem', 'wonder', 'good', 'better', 'worse', 'sense', 'exception', 'big', 'surprise', 'small', 'object', 'mean', 'secret', 'thanks', 'stranger', 'joke', 'easy']);

export const rule: Rule = {
  meta: {
    id: 'double-negation',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'Two negatives for one: “did not say nothing” for “did not say anything”.',
    examples: {
      bad: [
        { text: 'The minister did not say [[nothing]] about the deal.', output: 'The minister did not say anything about the deal.' },
        { text: 'Police could not find [[nobody]] inside the building.', output: 'Police could not find anybody inside the building.' },
        { text: 'The company has never paid [[nothing]] to the state.', output: 'The company has never paid anything to the state.' },
        { text: 'The victims did not receive [[no]] help from the state.', output: 'The victims did not receive any help from the state.' },
        { text: 'The government did not do [[nothing]] to help.', output: 'The government did not do anything to help.' },
        { text: 'Nobody [[did not come]] to the meeting.', output: 'Nobody came to the meeting.' },
        { text: 'Nothing [[was not]] decided at the summit.', output: 'Nothing was decided at the summit.' },
        { text: 'No one [[didn’t answer]] the phone.', output: 'No one answered the phone.' },
        { text: 'Neither the PPN nor the Liberals [[do not have]] enough seats to govern alone.', output: 'Neither the PPN nor the Liberals have enough seats to govern alone.' },
        { text: 'Neither the minister nor his deputy [[would not]] comment.', output: 'Neither the minister nor his deputy would comment.' },
        { text: 'Police did not arrest [[no one]] at the scene.', output: 'Police did not arrest anyone at the scene.' },
        { text: 'The troops left without [[no]] warning.', output: 'The troops left without any warning.' },
        { text: 'The bank did not cut rates and the government did not act [[neither]].', output: 'The bank did not cut rates and the government did not act either.' },
      ],
      good: [
        'The minister did not say anything about the deal.',
        'That is not nothing.',
        'He did it not for nothing.',
        'Nobody said nothing was wrong, but nothing changed.',
        'It was not a case of none at all.',
        'He would not take no for an answer.',
        'It is no longer possible, and it will not be no matter what.',
        'She did not want neither the job nor the money.',
        'They did not say no to the offer.',
        'The club is not in no hurry, he joked.',
        'We did it without a doubt.',
        'Nobody came to the meeting.',
        'These commands do not work when no change was made.',
        'He saw nobody did not like it.',
        'Neither the PPN nor the Liberals have enough seats to govern alone.',
        'Neither he nor she would comment, and the ministry did not reply.',
        'Neither side has said when talks resume, and the union does not expect a deal.',
        'It is nothing, do not worry.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // Both tests below start from these words: every other token is skipped by both.
    const at = wordPositions(doc, TRIGGERS);
    for (let k = 0; k < at.length; k++) {
      const t = doc.tokens[at[k] as number] as Token;
      negativeSubject(t);
      let fix = SECOND.get(t.norm);
      if (fix === undefined) continue;
      const next = doc.next(t);
      let end = t;
      if (t.norm === 'no') {
        // "not receive no help": the determiner, before a noun; "take no for an answer" is a noun.
        if (!next || next.kind !== 'word' || NO_PHRASES.has(next.norm)) continue;
        if (next.norm === 'one') {
          fix = 'anyone';
          end = next;
        }
      }
      // "did not go there neither": only at the end of the clause ("neither ... nor" differs).
      if (t.norm === 'neither' && next && next.kind === 'word') continue;
      // "without no warning": one negative is enough.
      const before = doc.prev(t);
      if (before?.norm === 'without' && t.norm !== 'neither') {
        ctx.report({
          start: t.start,
          end: end.end,
          message: `“without ${doc.text.slice(t.start, end.end)}”: two negatives; English says “without ${fix}”.`,
          suggestions: [matchCase(t.text, fix)],
          reason: 'standard English uses one negative per clause',
          confidence: 0.75,
        });
        continue;
      }
      // Cheap test: a negative within four words before, ahead of any tagging.
      let any = false;
      for (let k = 0, c = doc.prev(t); k < 4 && c && !any; k++, c = doc.prev(c)) any = FIRST.has(c.norm);
      if (!any) continue;
      // Look back for the first negative, with a verb between them.
      let verb = false;
      let neg: Token | undefined;
      for (let k = 0, c = doc.prev(t); k < 4 && c; k++, c = doc.prev(c)) {
        if (FIRST.has(c.norm)) {
          neg = c;
          break;
        }
        if (c.kind === 'punct' || CLAUSE_START.has(c.norm)) break;
        const pos = doc.pos(c);
        // "did not do nothing": a form of "do" right before the negative is the main verb.
        if (pos === 'VERB' || (c === doc.prev(t) && ['do', 'does', 'did', 'done', 'doing'].includes(c.norm))) verb = true;
        else if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') break;
      }
      if (!neg || !verb) continue;
      if (t.norm === 'no' && (!next || !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(doc.pos(next)) && next.norm !== 'one')) continue;
      ctx.report({
        start: t.start,
        end: end.end,
        message: `“${doc.text.slice(neg.start, t.end)}”: two negatives; English says “${fix}” after “${neg.text}”.`,
        suggestions: [matchCase(t.text, fix)],
        reason: 'standard English uses one negative per clause',
        confidence: 0.7,
      });
    }

    /** "Nobody did not come": a negative subject and a negated verb. */
    function negativeSubject(t: Token): void {
      let subj: Token | undefined = t;
      if (t.norm === 'no' && doc.next(t)?.norm === 'one') subj = doc.next(t);
      else if (t.norm === 'neither' && doc.next(t)?.kind === 'word') {
        // "Neither the PPN nor the Liberals do not have": the subject runs to the end of "nor ...".
        let nor: Token | undefined;
        for (let k = 0, c = doc.next(t); k < 8 && c && c.kind === 'word'; k++, c = doc.next(c)) {
          if (c.norm === 'nor') {
            nor = c;
            break;
          }
        }
        if (!nor) return;
        subj = doc.next(nor);
        for (let k = 0; subj && k < 5; k++) {
          const n = doc.next(subj);
          if (!n || n.kind !== 'word' || AUX.has(n.norm) || DO_FORMS.has(n.norm) || AUX_NOT.has(n.norm)) break;
          subj = n;
        }
      } else if (!NEGATIVE_SUBJECTS.has(t.norm)) return;
      // The subject starts its clause ("Nobody", ", nobody"), not an object ("saw nobody").
      const before = doc.prev(t);
      if (before && before.kind === 'word' && !['and', 'but', 'that', 'so', 'because'].includes(before.norm)) return;
      const aux = subj && doc.next(subj);
      if (!aux) return;
      const doForm = DO_FORMS.get(aux.norm);
      const contracted = AUX_NOT.get(aux.norm);
      let not: Token | undefined;
      if (!aux.norm.endsWith("n't")) {
        not = doc.next(aux);
        if (not?.norm !== 'not' || !(doForm || AUX.has(aux.norm))) return;
      } else if (!doForm && !contracted) return;
      if (doForm) {
        const v = doc.next(not ?? aux);
        if (!v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text) || (doc.pos(v) !== 'VERB' && v.norm !== 'have')) return;
        const fix = verbForm(v.norm, doForm);
        ctx.report({
          start: aux.start,
          end: v.end,
          message: `“${doc.text.slice(t.start, v.end)}”: two negatives; after “${t.text}” English says “${fix}”.`,
          suggestions: [fix],
          reason: 'standard English uses one negative per clause',
          confidence: 0.75,
        });
        return;
      }
      const end = not ?? aux;
      const fix = contracted ?? aux.text;
      ctx.report({
        start: aux.start,
        end: end.end,
        message: `“${doc.text.slice(t.start, end.end)}”: two negatives; after “${t.text}” English says “${fix}”.`,
        suggestions: [fix],
        reason: 'standard English uses one negative per clause',
        confidence: 0.75,
      });
    }
  },
};
