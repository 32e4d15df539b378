/**
 * A subject said twice, as a noun and then a pronoun: “The minister, he said the talks failed”,
 * “The company, it will appeal”. Spoken Romance, Arabic and Slavic put the topic first and
 * repeat it; English written copy keeps one subject. Flagged when a noun phrase opens the clause
 * (at the start of a sentence, or after “that”), a comma follows, and then a subject pronoun and
 * its verb. Quiet for the parenthetical “The problem, he said, is money” (a comma soon after the
 * verb), for time phrases (“The next day, he left”), and when the phrase is not a plain noun
 * phrase (“However, he said”, “In 2020, it grew”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { MONTHS, WEEKDAYS } from './lib/english.js';
import { isCommonWord } from '../capitalization/lexicon.js';
import { endsFullName } from '../article/lib/names.js';
import { commaPronouns } from './lib/comma-pronoun.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OPENERS = new Set(['that']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each']);
const STOP = new Set([
  'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'and', 'or', 'but', 'if', 'when', 'as', 'after',
  'before', 'while', 'because', 'although', 'since', 'during', 'like', 'unlike', 'despite', 'under', 'over',
  'than', 'not', 'is', 'was', 'are', 'were', 'be', 'has', 'have', 'had', 'said', 'says', 'so', 'then', 'now',
]);
const TIME = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'morning', 'afternoon',
  'evening', 'night', 'weekend', 'season', 'moment', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades',
  'century', 'summer', 'winter', 'spring', 'autumn', 'fall', 'today', 'yesterday', 'tomorrow', 'point', 'end',
  'way', 'case', 'rest', 'result', 'reason', 'matter', 'fact', 'truth', 'problem', 'question', 'answer', 'thing',
  'things', 'example', 'instance', 'contrary', 'whole', 'meantime', 'meanwhile', 'past', 'future', 'present',
  'first', 'second', 'third', 'last', 'next', 'latter', 'former', 'side', 'hand', 'same', 'word', 'words',
  'idea', 'goal', 'aim', 'plan', 'trouble', 'irony', 'bottom', 'line', 'upshot', 'catch', 'lesson', 'key',
]);
const VOCATIVE_OR_NAME_START = new Set(['dear', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'ladies', 'gentlemen']);

export const rule: Rule = {
  meta: {
    id: 'pronoun-doubling',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A subject doubled by a pronoun: “The minister, he said” for “The minister said”.',
    examples: {
      bad: [
        { text: 'The minister[[, he]] said the talks had failed.', output: 'The minister said the talks had failed.' },
        { text: 'The company[[, it]] will appeal the ruling.', output: 'The company will appeal the ruling.' },
        { text: 'Russian officials[[, they]] have denied any role.', output: 'Russian officials have denied any role.' },
        { text: 'He said that the prime minister[[, she]] would not resign.', output: 'He said that the prime minister would not resign.' },
        { text: 'Sergei Lavrov[[, he]] warned the West on Tuesday.', output: 'Sergei Lavrov warned the West on Tuesday.' },
        { text: 'The club sold Abdullah Kibwana on Friday. Kibwana[[, he]] has scored 11 goals this season.', output: 'The club sold Abdullah Kibwana on Friday. Kibwana has scored 11 goals this season.' },
        { text: 'Nigerian striker Tunde Okafor signed on Monday. Okafor[[, he]] has scored nine goals since March.', output: 'Nigerian striker Tunde Okafor signed on Monday. Okafor has scored nine goals since March.' },
      ],
      good: [
        'The minister said the talks had failed.',
        'The problem, he said, is money.',
        'The problem, he said on Tuesday, is money.',
        'The next day, he left for Paris.',
        'Last year, they won the league.',
        'However, he said the plan would work.',
        'In 2020, it grew by 5 percent.',
        'On Monday, she flew to Kyiv.',
        'The truth is, they never asked.',
        'Dear Mr Smith, he wrote, thank you.',
        'The reform, they argue, came too late.',
        'Ten minutes later, he scored again.',
        'The result, it seems, is a draw.',
        'Like his father, he became a doctor.',
        'Furious, he confronted the referee.',
        'Jim, it is Jack here.',
        'Coach Jim Smith spoke first. “Smith, they are waiting for you,” an aide said.',
        'Poor fellow, he has left the club.',
        'If people have to choose between freedom and sandwiches, they will take sandwiches.',
        'In tests on 140 samples from homes and schools, it agreed with the results.',
        'A Vietnam veteran, he has created groups to help inner-city children.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const { comma, pron, verb } of commaPronouns(doc, PRONOUNS)) {
      // A parenthetical "he said," closes with a comma within a few words.
      let parenthetical = false;
      for (let k = 0, c = doc.next(verb); k < 5 && c && !parenthetical; k++, c = doc.next(c)) {
        if (c.norm === 'that') break;
        parenthetical = c.text === ',' || c.text === '—' || c.text === '–';
      }
      if (parenthetical) continue;
      const head = doc.prev(comma);
      if (!head || head.kind !== 'word' || TIME.has(head.norm) || WEEKDAYS.has(head.norm) || MONTHS.has(head.norm) || /ly$/.test(head.norm)) continue;
      // Cheap test before tagging: at most six words back to the start of the clause, none of
      // them a preposition or conjunction, the first a determiner or a capitalized word.
      let start: Token = head;
      let cheap = true;
      for (let k = 0, c = doc.prev(head); cheap && c && !OPENERS.has(c.norm) && !/^["“‘'«(]$/.test(c.text); k++, c = doc.prev(c)) {
        cheap = k < 6 && c.kind === 'word' && !STOP.has(c.norm);
        start = c;
      }
      if (!cheap || !(DETERMINERS.has(start.norm) || /^\p{Lu}/u.test(start.text))) continue;
      // Walk back over the noun phrase to the start of the clause.
      let first: Token = head;
      let ok = true;
      let n = 0;
      for (let c = doc.prev(head); c; c = doc.prev(c)) {
        if (OPENERS.has(c.norm)) break;
        if (c.norm !== "'s" && !(c.kind === 'word' && NP.has(doc.pos(c)))) {
          ok = doc.isSentenceInitial(first) && /^["“‘'«(]$/.test(c.text);
          break;
        }
        first = c;
        if (++n > 5) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const opener = doc.prev(first);
      if (opener && !OPENERS.has(opener.norm) && !/^["“‘'«(]$/.test(opener.text)) continue;
      if (!opener && !doc.isSentenceInitial(first)) continue;
      if (VOCATIVE_OR_NAME_START.has(first.norm) || first.kind === 'number' || doc.pos(first) === 'NUM') continue;
      const headPos = doc.pos(head);
      if (headPos !== 'NOUN' && headPos !== 'PROPN') continue;
      // A determiner and its noun, a full name, or an adjective and a plural noun: a single word
      // before the comma is mostly a vocative or an exclamation ("Jim, it's me", "True, she is"),
      // unless it is a surname the story gives after a first name elsewhere ("Kibwana, he has
      // scored 11 goals" after "Abdullah Kibwana"), with a he/she.
      const surname = first === head && (pron.norm === 'he' || pron.norm === 'she') && /^\p{Lu}\p{Ll}+$/u.test(head.text) && !isCommonWord(head.norm) && endsFullName(doc, head);
      if (first === head && !surname) continue;
      const words: Token[] = [];
      for (let c: Token | undefined = first; c && c !== comma; c = doc.next(c)) words.push(c);
      const shape =
        surname ||
        DETERMINERS.has(first.norm) ||
        words.every((w) => doc.pos(w) === 'PROPN' && /^\p{Lu}/u.test(w.text)) ||
        (['ADJ', 'PROPN'].includes(doc.pos(first)) && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i)$/u.test(first.text) && headPos === 'NOUN' && /s$/.test(head.norm));
      if (!shape) continue;
      // "A Vietnam veteran, he has created groups": an indefinite noun phrase describes the
      // subject, an appositive fronted, not a topic repeated.
      if (first.norm === 'a' || first.norm === 'an') continue;
      const vpos = doc.pos(verb);
      if (vpos !== 'VERB' && vpos !== 'AUX') continue;
      ctx.report({
        start: comma.start,
        end: pron.end,
        message: `“${doc.text.slice(first.start, pron.end)}”: the subject is said twice; English drops “${pron.text}”.`,
        suggestions: [''],
        reason: 'an English clause has one subject',
        confidence: 0.6,
      });
    }
  },
};
