/**
 * A statement that opens with a passive verb and puts its subject later or nowhere: "Will be
 * vaccinated first the pupils of the first year", "Were evacuated on Monday more than 2,000
 * residents", "Could be postponed the vote". Spanish, Italian, Portuguese, Romanian and the
 * Slavic languages put the verb first ("Serán vacunados primero los alumnos", "Будут
 * привиты первыми ученики"); English puts the subject first: "Pupils in the first year will be
 * vaccinated first". The pack entries initial-passive-postposed-subject and
 * initial-passive-perfect-postposed-subject find "Was arrested the captain" (a subject right
 * after the participle); this rule finds the rest: a modal passive, or a phrase between the
 * participle and the subject. Questions ("Will it be closed?") have a subject before the
 * participle and a question mark.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';
import { lemmaOf } from './lib/english.js';

const MODALS = new Set(['will', 'would', 'shall', 'must', 'can', 'could', 'should']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are']);
const HAVE_FORMS = new Set(['has', 'have', 'had']);
// Right after the participle: the pack's subject (those are its findings).
const PACK_NEXT = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'dozens', 'hundreds', 'thousands']);

const SUBJECT_START = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'some', 'many', 'most', 'several', 'both', 'each',
  'more', 'nearly', 'about', 'over', 'almost', 'around', 'dozens', 'hundreds', 'thousands', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'these', 'those', 'this',
]);
// After a modal, words that are not an active verb of the clause.
const NOT_ACTIVE = new Set(['be', 'have', 'not', 'you', 'we', 'they', 'he', 'she', 'it', 'i', 'there', 'the', 'a', 'an', 'this', 'that', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'one', 'any', 'all', 'your', 'our', 'their', 'his', 'her', 'its', 'my']);
const PREDETERMINERS = new Set(['such', 'what', 'quite', 'rather', 'half', 'all', 'many', 'twice', 'once']);
const QUANTIFIERS = new Set(['more', 'nearly', 'about', 'over', 'almost', 'around']);
const CLAUSE_END = new Set(['that', 'which', 'who', 'and', 'but', 'when', 'because', 'if', 'while', 'as', 'so', 'or']);

/**
 * Whether a subject follows the participle after an adverbial: a determiner or number that is
 * not the object of a preposition ("for two weeks the main bridge", "first the pupils"). A
 * subjectless fragment ("Was sent down to work at the office") has its noun phrases after
 * prepositions only.
 */
function postposedSubject(doc: Doc, toks: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < toks.length && k <= at + 9; k++) {
    const x = toks[k] as Token;
    if (x.kind === 'punct' || CLAUSE_END.has(x.norm)) return false;
    if (!SUBJECT_START.has(x.norm) && x.kind !== 'number') continue;
    const prev = toks[k - 1] as Token;
    // After a preposition or a verb it is an object: "at the office", "to thank the staff".
    if (PREPOSITIONS.has(prev.norm) || SUBJECT_START.has(prev.norm) || PREDETERMINERS.has(prev.norm)) continue;
    if (prev.kind === 'word' && (doc.pos(prev) === 'VERB' || doc.pos(prev) === 'AUX')) continue;
    // "about the future" is a preposition; "about 200 people", "more than 2,000" a quantity.
    if (QUANTIFIERS.has(x.norm)) {
      const n = toks[k + 1];
      if (!n || (n.kind !== 'number' && n.norm !== 'than')) continue;
    }
    return true;
  }
  return false;
}
const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'of', 'under', 'over', 'after', 'before', 'during', 'since',
  'until', 'into', 'onto', 'about', 'against', 'among', 'between', 'through', 'across', 'near', 'without',
  'within', 'towards', 'toward', 'than', 'like', 'per', 'up', 'down', 'off', 'around', 'behind', 'beyond',
]);

export const rule: Rule = {
  meta: {
    id: 'initial-passive-verb',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A statement that opens with its verb and puts the subject later (“Will be vaccinated first the pupils”, “Will visit Moscow next week the president”).',
    examples: {
      bad: [
        { text: '[[Will be closed]] for two weeks the main bridge over the river.' },
        { text: '[[Were evacuated]] on Monday more than 2,000 residents.' },
        { text: '[[Could be postponed]] again the vote on the budget.' },
        { text: '[[Has been detained]] in Lyon a suspect in the attack.' },
        { text: '[[Must be paid]] by Friday all outstanding fines.' },
        { text: '[[Will be vaccinated]] first the nurses of the city hospitals.' },
        { text: '[[Will visit]] Moscow next week the Brazilian president.' },
        { text: '[[Could travel]] to Paris on Monday the foreign minister.' },
      ],
      good: [
        'The main bridge will be closed for two weeks.',
        'Will the bridge be closed for two weeks?',
        'Will be closed for two weeks?',
        'Were it not for the rain, the crops would have failed.',
        'Was arrested the captain of the ship late on Sunday.',
        'Is this the end?',
        'Was sent down to work at the regional office.',
        'Could be seen clearly under the microscope.',
        'Was forced to talk to his neighbours.',
        'Will do the job for you.',
        'Can make a big difference in the lives of millions.',
        'Would like to thank the staff.',
        'Must remain on your guard in such a situation.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      // Only a sentence that opens with a modal, "be" or "have" can match: test that first,
      // without making the sentence's token array.
      let f = s.firstToken;
      while (f < s.endToken && (doc.tokens[f] as Token).kind === 'punct' && /^["“‘'«(]$/.test((doc.tokens[f] as Token).text)) f++;
      const opener = doc.tokens[f];
      if (f >= s.endToken || !opener || !(MODALS.has(opener.norm) || BE_FORMS.has(opener.norm) || HAVE_FORMS.has(opener.norm))) continue;
      const toks = doc.sentenceTokens(s);
      let i = 0;
      while (i < toks.length && (toks[i] as Token).kind === 'punct' && /^["“‘'«(]$/.test((toks[i] as Token).text)) i++;
      const a = toks[i];
      if (!a || a.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(a.text)) continue;
      let p: Token | undefined;
      let modal = false;
      let active = false;
      if (MODALS.has(a.norm) && toks[i + 1]?.norm === 'be') {
        p = toks[i + 2];
        modal = true;
      } else if (MODALS.has(a.norm) && toks[i + 1]?.kind === 'word' && !NOT_ACTIVE.has((toks[i + 1] as Token).norm)) {
        // "Will visit Moscow next week the president": an active verb before its subject.
        p = toks[i + 1];
        modal = true;
        active = true;
      } else if (BE_FORMS.has(a.norm)) p = toks[i + 1];
      else if (HAVE_FORMS.has(a.norm) && toks[i + 1]?.norm === 'been') p = toks[i + 2];
      if (!p || p.kind !== 'word' || !/^\p{Ll}+$/u.test(p.text) || /ing$/.test(p.norm)) continue;
      const lemma = lemmaOf(p.norm);
      if (!lemma || verbForm(lemma, active ? 'base' : 'pp') !== p.norm) continue;
      const last = toks[toks.length - 1] as Token;
      let question = false;
      for (let k = toks.length - 1; k >= 0 && k >= toks.length - 3; k--) if ((toks[k] as Token).text === '?') question = true;
      if (question || last.text === '?') continue;
      const after = toks[toks.indexOf(p) + 1];
      if (!modal && after && (PACK_NEXT.has(after.norm) || after.kind === 'number')) continue;
      if (!modal && after && after.kind === 'word' && doc.pos(after) === 'PROPN') continue;
      if (doc.pos(p) !== 'VERB' && doc.pos(p) !== 'ADJ') continue;
      // An active verb's object follows it directly ("Will sign the deal"): the subject must
      // come after something else.
      if (!postposedSubject(doc, toks, toks.indexOf(p) + (active ? 1 : 0))) continue;
      ctx.report({
        start: a.start,
        end: p.end,
        message: `“${doc.text.slice(a.start, p.end)}”: the sentence opens with its verb; English puts the subject first (“The … ${doc.text.slice(a.start, p.end).toLowerCase()} …”).`,
        reason: 'English puts the subject before the verb in a statement',
        confidence: 0.6,
      });
    }
  },
};
