/**
 * A singular person as the subject of a plural verb: “The minister have said”, “the president
 * were in Paris”, “the spokesman say”. MT agrees the verb with a plural elsewhere in the source
 * or drops the -s; English agrees with the person. Collective nouns (government, company,
 * team, police) are left out: British English gives them a plural verb.
 *
 * Only a determiner and a person noun (one or two modifiers may stand between) that open their
 * clause, right before the verb. Quiet after “let/make/help/see/hear” and an auxiliary
 * (“let the minister have his say”, “Does the minister have…?”), in a subjunctive after
 * “demand/insist/recommend that”, and when the noun phrase is one half of a coordination.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { BE_HAVE_TO_SINGULAR, matchCase } from './lib/english.js';

const PERSONS: ReadonlySet<string> = new Set([
  'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman',
  'chairperson', 'official', 'governor', 'mayor', 'secretary', 'ambassador', 'judge', 'prosecutor', 'lawyer', 'coach',
  'player', 'striker', 'goalkeeper', 'captain', 'manager', 'owner', 'founder', 'farmer', 'worker', 'resident',
  'witness', 'victim', 'suspect', 'doctor', 'teacher', 'student', 'leader', 'analyst', 'economist', 'expert',
  'officer', 'soldier', 'driver', 'pilot', 'nurse', 'patient', 'father', 'mother', 'son', 'daughter', 'man', 'woman',
  'boy', 'girl', 'child', 'premier', 'chancellor', 'senator', 'lawmaker', 'deputy', 'commissioner', 'general',
  'colonel', 'journalist', 'reporter', 'author', 'artist', 'singer', 'actor', 'actress', 'priest', 'bishop', 'pope',
  'king', 'queen', 'prince', 'princess', 'ceo', 'executive', 'investor', 'candidate', 'defendant', 'accused',
]);
const TO_SINGULAR: ReadonlyMap<string, string> = new Map([
  ...BE_HAVE_TO_SINGULAR, ['do', 'does'], ["don't", "doesn't"], ['say', 'says'], ['want', 'wants'], ['believe', 'believes'],
  ['think', 'thinks'], ['hope', 'hopes'], ['expect', 'expects'], ['know', 'knows'], ['insist', 'insists'],
  ['deny', 'denies'], ['warn', 'warns'], ['plan', 'plans'],
]);
const DETS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'every', 'each']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['said', 'says', 'that', 'and', 'but', 'because', 'when', 'while', 'if', 'although', 'though', 'since', 'as', 'after', 'before', 'told', 'added', ',', ';', ':', '“', '"']);
// "let the minister have his say", "Does the president have…", "saw the coach say".
const BLOCKERS: ReadonlySet<string> = new Set([
  'let', 'lets', 'make', 'makes', 'made', 'help', 'helps', 'helped', 'see', 'saw', 'seen', 'hear', 'heard', 'watch',
  'watched', 'have', 'has', 'had', 'does', 'did', 'do', 'will', 'would', 'can', 'could', 'should', 'must', 'may',
  'might', 'shall', 'to', 'why', 'how', 'where', 'what', 'when',
]);
const SUBJUNCTIVE: ReadonlySet<string> = new Set(['demand', 'demanded', 'demands', 'insist', 'insisted', 'insists', 'recommend', 'recommended', 'recommends', 'require', 'required', 'requires', 'ask', 'asked', 'asks', 'urge', 'urged', 'suggest', 'suggested', 'propose', 'proposed', 'request', 'requested', 'essential', 'important', 'vital', 'necessary']);

/** The determiner that opens the noun phrase ending at `head`, or undefined. */
function opener(doc: Doc, head: Token): Token | undefined {
  let c = doc.prev(head);
  for (let k = 0; c && k < 3; k++, c = doc.prev(c)) {
    if (DETS.has(c.norm)) return c;
    if (c.kind !== 'word' || !/^\p{Ll}/u.test(c.text) || !['ADJ', 'NOUN'].includes(doc.pos(c))) return undefined;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'person-subject-plural-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A singular person as the subject of a plural verb: “The minister have said”, “the president were”.',
    examples: {
      bad: [
        { text: 'The minister [[have]] said the plan would work.', output: 'The minister has said the plan would work.' },
        { text: 'Officials said the president [[were]] in Paris on Monday.', output: 'Officials said the president was in Paris on Monday.' },
        { text: 'The party spokesman [[say]] the talks will resume.', output: 'The party spokesman says the talks will resume.' },
      ],
      good: [
        'The minister has said the plan would work.',
        'Does the minister have a plan?',
        'Let the minister have his say.',
        'The minister and his deputy have resigned.',
        'They demanded that the minister resign.',
        'The company say the plan will work.',
        'The players and the coach say they are ready.',
        'It is important that the president be informed.',
        'If the average farmer were content to ruin his farm, he could.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const head of doc.tokensWith(PERSONS)) {
      if (!PERSONS.has(head.norm) || !/^\p{Ll}/u.test(head.text)) continue;
      const v = doc.next(head);
      const fix = v && TO_SINGULAR.get(v.norm);
      if (!v || !fix || !/^\p{Ll}/u.test(v.text)) continue;
      const det = opener(doc, head);
      if (!det) continue;
      const before = doc.prev(det);
      const initial = doc.isSentenceInitial(det) || (before !== undefined && CLAUSE_OPENERS.has(before.norm) && before.norm !== 'and');
      if (!initial) continue;
      if (before && BLOCKERS.has(before.norm)) continue;
      // "if the farmer were content": a subjunctive "were".
      if ((v.norm === 'were' || v.norm === "weren't") && before && ['if', 'though', 'unless', 'suppose', 'supposing', 'wish', 'wished', 'as'].includes(before.norm)) continue;
      // "demanded that the minister resign": a subjunctive.
      if (before?.norm === 'that' && SUBJUNCTIVE.has(doc.prev(before)?.norm ?? '')) continue;
      if (before?.norm === 'that' && doc.prev(before)?.norm === 'is') continue;
      // "The players and the coach say": a second conjunct.
      const b2 = before && doc.prev(before);
      if (before?.text === ',' && b2 && doc.pos(b2) === 'NOUN') continue;
      // "the minister have" as a question or a bare infinitive: the verb must be tagged a verb.
      if (!['VERB', 'AUX'].includes(doc.pos(v))) continue;
      if (doc.pos(head) !== 'NOUN') continue;
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(det.start, v.end)}”: the subject is one person; English says “${fix}”.`,
        suggestions: [matchCase(v.text, fix)],
        reason: 'a singular subject takes a singular verb',
        confidence: 0.8,
      });
    }
  },
};
