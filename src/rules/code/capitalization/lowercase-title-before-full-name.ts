/**
 * A formal title of several words in lower case directly before a person's full name: “The
 * only dissenter was deputy governor Israel Ortega”, “Qatar’s minister of state Hamad
 * al-Khater said”, “Climate minister Sophie Jansen told parliament” (only the sentence's capital
 * on the title). Languages that write titles in lower case leave them so after a round trip;
 * AP and most wire styles capitalize a formal title directly before a name (“Deputy Governor
 * Israel Ortega”, “Minister of State Hamad al-Khater”) and lower-case it elsewhere (“the deputy
 * governor, Israel Ortega,”).
 *
 * lowercase-title-before-name checks one-word titles after a preposition or a verb of speaking;
 * this rule checks the longer ones: a rank before the title (deputy, vice, assistant, chief),
 * “of” and a lower-case portfolio after it (“minister of state”), a portfolio capitalized only
 * because it opens the sentence (“Climate minister”), and a one-word title after a form of
 * “be”. Only before a full name, a given name (or a capitalized word that is no common word)
 * and a surname, with no capitalized word after it; not after an article or a lower-case
 * modifier (“the deputy governor Israel Ortega”, “former deputy governor ...”). Some house
 * styles (The Guardian) write every title in lower case, so this is a suspect rule: it runs
 * only in copy that already reads as translated.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { COMMON_WORDS, DEMONYMS, FUNCTION_WORDS, PERSON_FIRST_NAMES, PROPER_NAMES, isHeadline, isLower, isTitleCase, startsClause, upperFirst } from './lexicon.js';
import { TITLES as ALL_TITLES } from './lowercase-title-before-name.js';

/** Titles without the honorifics (mr, dr), which lowercase-title-before-name checks everywhere. */
const TITLES: ReadonlySet<string> = new Set([...ALL_TITLES].filter((t) => !['mr', 'mrs', 'ms', 'dr'].includes(t)));

// Ranks that stand before a title as part of it: "deputy governor", "vice chancellor".
const RANKS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'associate', 'chief', 'prime', 'lieutenant', 'under']);

// Titles a portfolio word stands before: "Climate minister", "Home secretary".
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['minister', 'secretary']);

// Forms of "be" before a one-word title: "The winner was president ...".
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

// Surname particles written in lower case before a capital: "al-Khater", "bin Salman", "van Dijk".
const PARTICLE = /^(?:al|el|bin|ibn|abu|ben|van|von|de|di|da|du|le|la|der)[-‑’']\p{Lu}/u;

/** A surname: a capitalized word that is no common word, or a particle joined to one. */
function isSurname(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (PARTICLE.test(t.text)) return true;
  return isTitleCase(t.text) && !COMMON_WORDS.has(t.norm) && !FUNCTION_WORDS.has(t.norm) && !DEMONYMS.has(t.norm);
}

/** A given name: a known one, or a capitalized word that is no common word or nationality. */
function isGivenName(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !isTitleCase(t.text) || DEMONYMS.has(t.norm) || FUNCTION_WORDS.has(t.norm)) return false;
  return PERSON_FIRST_NAMES.has(t.norm) || !COMMON_WORDS.has(t.norm) || PROPER_NAMES.has(t.norm);
}

/** The full name after `t`: given name and surname, then no further capitalized word. */
function fullNameAfter(doc: Doc, t: Token): boolean {
  const n1 = doc.next(t);
  if (!n1 || n1.start !== t.end + 1 || !isGivenName(n1)) return false;
  const n2 = doc.next(n1);
  if (!isSurname(n2)) return false;
  const n3 = doc.next(n2 as Token);
  return !n3 || n3.kind !== 'word' || !/^\p{Lu}/u.test(n3.text);
}

/** The word before the title leaves it a title: no article, no lower-case modifier. */
function openBefore(p: Token | undefined): boolean {
  if (!p) return true;
  if (p.kind !== 'word') return p.norm === "'s" || p.norm === '’s' || /^[,;:(“"—–]$/.test(p.text);
  if (p.norm === "'s" || p.norm === '’s') return true;
  if (p.text !== p.norm) return false;
  return FUNCTION_WORDS.has(p.norm) && !['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our'].includes(p.norm);
}

export const rule: Rule = {
  meta: {
    id: 'lowercase-title-before-full-name',
    category: 'capitalization',
    severity: 'info',
    description: 'A formal title of several words in lower case directly before a full name (“deputy governor Israel Ortega”).',
    suspect: true,
    examples: {
      bad: [
        { text: 'The only dissenter was [[deputy governor]] Israel Ortega, who feared a jump in prices.', output: 'The only dissenter was Deputy Governor Israel Ortega, who feared a jump in prices.' },
        { text: 'Qatar’s [[minister of state]] Hamad al-Khater said the signing would be a test.', output: 'Qatar’s Minister of State Hamad al-Khater said the signing would be a test.' },
        { text: 'Climate [[minister]] Sophie Jansen told parliament she would act.', output: 'Climate Minister Sophie Jansen told parliament she would act.' },
        { text: 'The winner of the vote was [[president]] Jonas Berg, by a wide margin.', output: 'The winner of the vote was President Jonas Berg, by a wide margin.' },
      ],
      good: [
        'The only dissenter was Deputy Governor Israel Ortega, who feared a jump in prices.',
        'The only dissenter was the deputy governor, Israel Ortega.',
        'The talks were opened by former deputy governor Israel Ortega.',
        'The climate minister, Sophie Jansen, told parliament she would act.',
        'He met the deputy governor Israel Ortega on Monday.',
        'Deputy governor Israel Ortega said prices would rise.',
        'She was president of the Toyota Motor Corporation.',
        'The minister of state visited Doha.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of Array.from(doc.positionsIn(TITLES))) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text !== t.norm || !isLower(t.text)) continue;
      // The title's extent: ranks before it, "of" and a lower-case portfolio after it.
      let first = t;
      for (let p = doc.prev(first); p && p.kind === 'word' && p.text === p.norm && RANKS.has(p.norm) && p.end + 1 === first.start; p = doc.prev(first)) first = p;
      let last = t;
      const o = doc.next(t);
      const y = o ? doc.next(o) : undefined;
      if (o?.norm === 'of' && o.text === 'of' && y && y.kind === 'word' && y.text === y.norm && COMMON_WORDS.has(y.norm) && !FUNCTION_WORDS.has(y.norm)) last = y;
      const before = doc.prev(first);
      let start = first;
      let fixed: string;
      if (first === t && last === t && before && before.kind === 'word' && isTitleCase(before.text) && PORTFOLIO_TITLES.has(t.norm) && COMMON_WORDS.has(before.norm) && !FUNCTION_WORDS.has(before.norm) && startsClause(doc, before) && before.end + 1 === t.start) {
        // "Climate minister Sophie Jansen": the portfolio's capital is only the sentence's.
        start = t;
        fixed = upperFirst(t.text);
      } else if (first !== t || last !== t) {
        if (!openBefore(before)) continue;
        fixed = doc.text.slice(first.start, last.end).split(' ').map((w) => (w === 'of' ? w : upperFirst(w))).join(' ');
      } else {
        // A one-word title after a form of "be": "The winner was president Jonas Berg".
        if (!before || !COPULAS.has(before.norm) || before.text !== before.norm) continue;
        fixed = upperFirst(t.text);
      }
      if (!fullNameAfter(doc, last)) continue;
      if (isHeadline(doc, start.start)) continue;
      const span = doc.text.slice(start.start, last.end);
      if (span.includes('\n')) continue;
      ctx.report({
        start: start.start,
        end: last.end,
        message: `“${span}” is a formal title directly before a name: English writes “${fixed}” with capitals there.`,
        suggestions: [fixed],
        reason: 'a formal title directly before a name takes capitals in wire style; translated copy keeps the source language’s lower case',
        confidence: 0.6,
      });
    }
  },
};
