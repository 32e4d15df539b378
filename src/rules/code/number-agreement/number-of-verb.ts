/**
 * Subject-verb agreement where the subject is unambiguous: "the number of cases have tripled"
 * (the head is "number": has), "one of the players are" (is), "each of the clubs have" (has),
 * and the reverse, "a number of people has" (a number of = several: have). MT agrees the
 * verb with the nearest plural noun. The noun phrase between the head and the verb may hold
 * only determiners, adjectives, nouns and numbers, so a relative clause or a participle
 * ("the number of people killed in ... has") ends the check and stays quiet. A plural part of a
 * plural group takes a plural verb: "most of the workers was sent home" (were), "many of the
 * houses has" (have); a mass noun after "of" ("most of the money was") is left alone.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { BE_HAVE_TO_SINGULAR, looksPlural, matchCase } from './lib/english.js';

const TO_SINGULAR: ReadonlyMap<string, string> = new Map([...BE_HAVE_TO_SINGULAR, ['do', 'does'], ["don't", "doesn't"]]);
const TO_PLURAL: ReadonlyMap<string, string> = new Map([
  ['has', 'have'], ['is', 'are'], ['was', 'were'], ['does', 'do'], ["hasn't", "haven't"], ["isn't", "aren't"],
  ["wasn't", "weren't"], ["doesn't", "don't"],
]);
/** Quantifiers whose "of the <plural>" is plural: "most of the workers were". */
const PLURAL_PARTS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'all', 'both', 'several', 'few', 'half']);
const SAY = new Set(['said', 'says', 'say', 'told', 'added', 'believe', 'believes', 'think', 'thinks', 'reported', 'warned']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Adjectives and participles that "the" makes a plural noun for people: "the accused", "the injured". */
const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'accused', 'injured', 'wounded', 'dead', 'detained', 'arrested', 'missing', 'deceased', 'convicted', 'displaced',
  'elderly', 'poor', 'unemployed', 'disabled', 'sick', 'homeless', 'survivors', 'kidnapped', 'abducted', 'rescued',
]);

/** The first token after the noun phrase that starts at `t`, or undefined. */
function afterNounPhrase(doc: Doc, t: Token | undefined): Token | undefined {
  let n = 0;
  let cur = t;
  let noun = false;
  while (cur && n < 7) {
    if (cur.kind === 'punct') return n > 0 ? cur : undefined;
    const pos = doc.pos(cur);
    // A determiner after a noun starts another phrase: "each of the files these options are".
    if (noun && pos === 'DET') return undefined;
    if (pos === 'NOUN' || pos === 'PROPN') noun = true;
    // A participle before a noun is a modifier: "confirmed cases", "rising prices".
    const nx = doc.next(cur);
    const modifier = pos === 'VERB' && /(?:ed|ing)$/.test(cur.norm) && nx !== undefined && ['NOUN', 'ADJ'].includes(doc.pos(nx));
    // "one of the accused have": an adjective or participle standing for people after "the".
    const nominal = PEOPLE_ADJECTIVES.has(cur.norm) && doc.prev(cur)?.norm === 'the';
    if (nominal) noun = true;
    if (!NP_TAGS.has(pos) && cur.norm !== "'s" && !modifier && !nominal) return n > 0 ? cur : undefined;
    cur = doc.next(cur);
    n++;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'number-of-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A verb agreeing with the wrong noun: “the number of cases have”, “one of the players are”.',
    examples: {
      bad: [
        { text: 'The number of confirmed cases [[have]] tripled since January.', output: 'The number of confirmed cases has tripled since January.' },
        { text: 'Officials said the number of victims [[are]] rising.', output: 'Officials said the number of victims is rising.' },
        { text: 'One of the injured players [[are]] expected to return.', output: 'One of the injured players is expected to return.' },
        { text: 'Most of the workers [[was]] sent home early on Friday.', output: 'Most of the workers were sent home early on Friday.' },
        { text: 'Officials said many of the damaged houses [[has]] no roof.', output: 'Officials said many of the damaged houses have no roof.' },
        { text: 'Each of the clubs [[have]] paid the fine.', output: 'Each of the clubs has paid the fine.' },
        { text: 'Investigators said one of the accused [[have]] admitted selling copies.', output: 'Investigators said one of the accused has admitted selling copies.' },
        { text: 'A number of residents [[has]] complained about the noise.', output: 'A number of residents have complained about the noise.' },
        { text: 'The number of new infections [[were]] lower than expected.', output: 'The number of new infections was lower than expected.' },
      ],
      good: [
        'Most of the workers were sent home early on Friday.',
        'Most of the money was spent on roads.',
        'Most of the emphasis has been placed on a wild party.',
        'Some of the ruddiness was gone from his face.',
        'He spent most of the years since 2010 abroad, and half of the time was wasted.',
        'She made the most of the chances she was given.',
        'All of the damage is covered by insurance.',
        'The number of confirmed cases has tripled since January.',
        'A number of residents have complained.',
        'The number of people who have died is rising.',
        'The number of people killed in the attacks has risen.',
        'One of the players who are injured will miss the match.',
        'The numbers of cases have tripled.',
        'Official data shows wages rising.',
        'The number of cases in Bucharest, where hospitals are full, is rising.',
        'One of the reasons is the cost.',
        'In each of the edited files these options are set.',
        'If you get one of these errors don’t write the file.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const t of doc.tokensWith(['number', 'one', 'each', ...PLURAL_PARTS])) {
      let table: ReadonlyMap<string, string> | undefined;
      let start: Token | undefined;
      let prevTok: Token | undefined;
      if (t.norm === 'number' && doc.next(t)?.norm === 'of') {
        const det = doc.prev(t)?.norm;
        if (det === 'the') table = TO_SINGULAR;
        else if (det === 'a') table = TO_PLURAL;
        start = doc.next(doc.next(t) as Token);
      } else if ((t.norm === 'one' || t.norm === 'each') && doc.next(t)?.norm === 'of') {
        prevTok = doc.prev(t);
        const p = prevTok?.norm;
        if (p === 'no' || p === 'the' || p === 'every') continue;
        table = TO_SINGULAR;
        start = doc.next(doc.next(t) as Token);
      } else if (PLURAL_PARTS.has(t.norm) && doc.next(t)?.norm === 'of' && doc.next(doc.next(t) as Token)?.norm === 'the') {
        prevTok = doc.prev(t);
        // "the most of", "a few of", "the many of": not the quantifier that heads a subject.
        if (prevTok && ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'].includes(prevTok.norm)) continue;
        table = TO_PLURAL;
        start = doc.next(doc.next(t) as Token);
      }
      if (!table || !start) continue;
      // Cheap test: a verb form the table knows must follow within eight tokens.
      let known = false;
      for (let k = 0, c: Token | undefined = start; k < 8 && c; k++, c = doc.next(c)) if (table.has(c.norm)) known = true;
      if (!known) continue;
      // "If you get one of these errors, don't ...": "one of" is an object here, not the subject.
      if (prevTok && prevTok.kind === 'word' && ['VERB', 'ADP'].includes(doc.pos(prevTok)) && !SAY.has(prevTok.norm)) continue;
      const verb = afterNounPhrase(doc, start);
      if (!verb) continue;
      const fix = table.get(verb.norm);
      if (fix === undefined) continue;
      // "The number of cases have" needs a plural noun before the verb: "the number of 2022 has".
      const before = doc.prev(verb);
      if (!before || (!/s$/.test(before.norm) && !['people', 'police', 'children', 'men', 'women'].includes(before.norm) && !(PEOPLE_ADJECTIVES.has(before.norm) && doc.prev(before)?.norm === 'the'))) continue;
      // "most of the emphasis has", "half of the Sixties is": a plural part needs a plural noun.
      if (PLURAL_PARTS.has(t.norm) && !(/^\p{Ll}/u.test(before.text) && looksPlural(before.norm))) continue;
      ctx.report({
        start: verb.start,
        end: verb.end,
        message: PLURAL_PARTS.has(t.norm)
          ? `“${verb.text}”: the subject “${t.text} of ${doc.text.slice(start.start, before.end)}” is plural: English says “${fix}”.`
          : `“${verb.text}” agrees with the nearest noun, but the subject is “${t.text}${table === TO_PLURAL ? ' of' : ''}”: English says “${fix}”.`,
        suggestions: [matchCase(verb.text, fix)],
        reason: table === TO_SINGULAR ? 'the head of the subject is singular' : PLURAL_PARTS.has(t.norm) ? 'a part of a plural group takes a plural verb' : '“a number of” means several and takes a plural verb',
        confidence: 0.8,
      });
    }
  },
};
