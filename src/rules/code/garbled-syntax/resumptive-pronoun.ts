/**
 * A pronoun repeating the relative: “a disease that we know how to prevent it”, “the car,
 * which he bought it last year”. Languages with resumptive pronouns (Romanian, Arabic, Hebrew,
 * spoken Romance) keep the object twice; English drops “it”. Flagged when a relative
 * “that/which” after a noun is followed by a subject, a verb and “it/them” closing the clause.
 * “that” after nouns that take a that-clause (“the fact that we can fix it”), after “so/such”
 * (“so big that we must share it”) or after a time or manner noun (“the way that we do it”)
 * is a conjunction, and stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { CLAUSE_NOUNS } from './lib/english.js';

const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'people', 'nobody', 'everyone', 'doctors', 'scientists', 'officials']);

const PREPOSITIONS = new Set(['for', 'with', 'to', 'on', 'in', 'at', 'from', 'by', 'about', 'into', 'over']);
// What may follow the pronoun: the end of the clause, or an adverbial ("bought it last year").
const CLOSERS = new Set([
  '.', ',', ';', ':', '!', '?', '”', '"', ')', 'and', 'but', 'or', '—', '–', 'last', 'yesterday', 'today',
  'now', 'again', 'ago', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'before', 'after', 'during', 'every',
  'together', 'properly', 'quickly', 'soon', 'first', 'later', 'fully', 'immediately', 'completely', 'alone',
  'here', 'there', 'effectively', 'easily', 'anyway', 'too', 'as', 'once', 'twice',
]);

// Determiners of a noun-phrase subject: "the cup that the thieves stole it".
const SUBJECT_DETS = new Set(['the', 'this', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);
// A finite verb that starts the main clause after the relative one: "stole it contains".
const MAIN_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'may', 'might', 'should', 'remains', 'remained']);

/**
 * The last token of the relative clause's subject starting at `t`: a listed pronoun or plural
 * noun, or a determiner and up to two lower-case words ending in a noun ("the thieves", "the
 * local police").
 */
function subjectEnd(doc: Doc, t: Token): Token | undefined {
  if (SUBJECTS.has(t.norm)) return t;
  if (!SUBJECT_DETS.has(t.norm)) return undefined;
  let last: Token | undefined;
  for (let k = 0, c = doc.next(t); k < 3 && c && c.kind === 'word' && /^\p{Ll}/u.test(c.text); k++, c = doc.next(c)) {
    const pos = doc.pos(c);
    if (pos === 'NOUN') last = c;
    else if (pos !== 'ADJ') break;
  }
  return last;
}

/** "stole it contains 42 miniatures": a finite verb opens the main clause right after the pronoun. */
function mainVerbAfter(doc: Doc, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  if (MAIN_VERBS.has(t.norm)) return true;
  return doc.pos(t) === 'VERB' && /[^s]s$/.test(t.norm);
}

function afterSoSuch(doc: Doc, that: Token): boolean {
  for (let k = 0, p = doc.prev(that); k < 5 && p; k++, p = doc.prev(p)) if (p.norm === 'so' || p.norm === 'such') return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'resumptive-pronoun',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A pronoun repeating the relative: “a disease that we know how to prevent it”.',
    examples: {
      bad: [
        { text: '“Measles is a disease that we know how to [[prevent it]],” Marin said.', output: '“Measles is a disease that we know how to prevent,” Marin said.' },
        { text: 'The car, which he [[bought it]] last year, was stolen.', output: 'The car, which he bought last year, was stolen.' },
        { text: 'These are the rules that we must [[follow them]].', output: 'These are the rules that we must follow.' },
        { text: 'It is a problem that we must [[solve it]] together, the president said.', output: 'It is a problem that we must solve together, the president said.' },
        { text: 'The manuscript that the thieves [[stole it]] contains 42 miniatures.', output: 'The manuscript that the thieves stole contains 42 miniatures.' },
        { text: 'The bridge which the army [[built it]] in 1990 was closed.', output: 'The bridge which the army built in 1990 was closed.' },
        { text: 'The money that the local council [[collected it]] will go to schools.', output: 'The money that the local council collected will go to schools.' },
      ],
      good: [
        'Measles is a disease that we know how to prevent.',
        'The fact that we can prevent it is important.',
        'The problem is so big that we must share it.',
        'This is the way that we do it.',
        'He said that we should ban it.',
        'The disease, which we know how to prevent, is spreading.',
        'There is a risk that they will lose it.',
        'It was the vaccine that we needed, and they gave it to us.',
        'He warned officials that they would regret it.',
        'Commands run in the order that you specify them.',
        'Set the path for every file type that you want to use it for.',
        'The Congress has come to show the American people that we can limit them too.',
        'Those are the governments which they have set up to serve them.',
        'It is a new principle which I take it for granted we are not prepared to introduce.',
        'We attack upon one point with the certainty that he can take it.',
        'He told the workers that the company would close it.',
        'The report that the government sent it was leaked.',
        'The vaccine that the ministry bought proved useless.',
        'It was the plan that the board liked, and it passed.',
        'The tax that the city imposed makes it harder to build.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const rel of doc.tokensWith(['that', 'which'])) {
      if (rel.norm !== 'that' && rel.norm !== 'which') continue;
      const first = doc.next(rel);
      const subj = first && subjectEnd(doc, first);
      if (!subj) continue;
      // Cheap test: "it"/"them" within eight words, closing the clause (or followed by the main
      // clause's verb: "the manuscript that the thieves stole it contains").
      let pron: Token | undefined;
      for (let k = 0, c = doc.next(subj); k < 8 && c; k++, c = doc.next(c)) {
        if (c.kind === 'punct' || c.norm === 'that' || c.norm === 'which') break;
        if ((c.norm === 'it' || c.norm === 'them') && (!doc.next(c) || CLOSERS.has(doc.next(c)!.norm) || mainVerbAfter(doc, doc.next(c)))) {
          pron = c;
          break;
        }
      }
      if (!pron) continue;
      // "the file type that you want to use it for": the relative is the object of the
      // stranded preposition, and "it" is another object.
      const afterPron = doc.next(pron);
      if (afterPron && PREPOSITIONS.has(afterPron.norm)) {
        const end = doc.next(afterPron);
        if (!end || end.kind === 'punct') continue;
      }
      const noun = doc.prev(rel);
      if (!noun) continue;
      if (rel.norm === 'which' && noun.text !== ',' && doc.pos(noun) !== 'NOUN') continue;
      if (rel.norm === 'that') {
        if (doc.pos(noun) !== 'NOUN' || CLAUSE_NOUNS.has(noun.norm) || afterSoSuch(doc, rel)) continue;
        // "warned officials that they...", "show the American people that we can limit them":
        // "that" after a verb's object is a conjunction.
        let verb = doc.prev(noun);
        for (let j = 0; verb && j < 3 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(doc.pos(verb)); j++) verb = doc.prev(verb);
        if (verb && (doc.pos(verb) === 'VERB' || doc.pos(verb) === 'PRON')) continue;
      }
      const verb = doc.prev(pron);
      if (!verb || doc.pos(verb) !== 'VERB' || /ing$/.test(verb.norm)) continue;
      // "I take it for granted": an idiom, "it" a dummy.
      if (pron.norm === 'it' && afterPron?.norm === 'for' && doc.next(afterPron)?.norm === 'granted') continue;
      // "the governments which they have set up to serve them": the pronoun is the object of a
      // purpose infinitive whose subject is the relative; only "how/what/where to" ("know how
      // to prevent it") keeps the relative as the infinitive's object.
      const to = doc.prev(verb);
      if (to?.norm === 'to') {
        const w = doc.prev(to);
        if (w && !['how', 'what', 'where', 'when', 'whether', 'want', 'wants', 'wanted', 'need', 'needs', 'needed', 'try', 'tried', 'have', 'has', 'had', 'going', 'able', 'hope', 'plan', 'planned'].includes(w.norm)) continue;
      }
      // The verb must belong to the relative clause: no second subject in between.
      let secondSubject = false;
      for (let c = doc.next(subj); c && c !== verb; c = doc.next(c)) if (SUBJECTS.has(c.norm) || c.norm === 'it') secondSubject = true;
      if (secondSubject) continue;
      ctx.report({
        start: verb.start,
        end: pron.end,
        message: `“${doc.text.slice(verb.start, pron.end)}”: “${rel.text}” is already the object; English drops “${pron.text}”.`,
        suggestions: [verb.text],
        reason: 'an English relative clause has no resumptive pronoun',
        confidence: 0.65,
      });
    }
  },
};
