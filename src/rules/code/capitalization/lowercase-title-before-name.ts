/**
 * A formal title in lower case right before a person's name, mid-sentence: “met president
 * Emmanuel Macron”, “the visit of pope Francis”, “according to general Valery Gerasimov”.
 * French, Spanish, Italian, Portuguese, Polish and Russian write titles in lower case even
 * before a name (“le président Macron”, “il papa Francesco”); English capitalizes a formal
 * title used as part of a name.
 *
 * Only when the word before the title is a verb of meeting or speaking, a preposition, a
 * conjunction or a comma, not a determiner, a possessive or a modifier (“the president, Emmanuel Macron”, “France’s
 * president Emmanuel Macron”, “former president Barack Obama” are English house styles), and
 * only before a known first name and a capitalized surname, or an unknown capitalized name
 * and no more. Job descriptions (coach, spokesman, striker) are lower case in English too and
 * are not listed.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { COMMON_WORDS, DEMONYMS, PERSON_FIRST_NAMES, PROPER_NAMES, isHeadline, isTitleCase, upperFirst } from './lexicon.js';

export const TITLES: ReadonlySet<string> = new Set([
  'president', 'chancellor', 'king', 'queen', 'pope', 'prince', 'princess', 'emperor', 'empress', 'sheikh', 'emir',
  'sultan', 'ayatollah', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'patriarch', 'general', 'colonel',
  'admiral', 'lieutenant', 'sergeant', 'marshal', 'brigadier', 'senator', 'congressman', 'congresswoman', 'governor',
  'mayor', 'judge', 'professor', 'premier', 'ambassador', 'commissioner', 'prosecutor-general', 'metropolitan',
  'minister', 'secretary', 'mr', 'mrs', 'ms', 'dr',
]);
// Honorifics: a capital before any name, whatever comes before ("founded by mr Tanaka").
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);
// Words before the title that leave it a title: prepositions, conjunctions and the verbs of
// meeting and speaking ("met president X", "by general X"). Not a determiner, a possessive or
// a modifier: "the president, X", "former president X", "police commissioner X" are English.
const BEFORE: ReadonlySet<string> = new Set([
  'by', 'with', 'to', 'of', 'for', 'from', 'on', 'at', 'between', 'among', 'against', 'after', 'before', 'about',
  'under', 'including', 'like', 'and', 'or', 'but', 'while', 'when', 'that', 'than', 'met', 'meets', 'meet', 'meeting',
  'told', 'thanked', 'welcomed', 'invited', 'received', 'urged', 'asked', 'called', 'visited', 'accused', 'criticised',
  'criticized', 'praised', 'replaced', 'succeeded', 'warned', 'congratulated', 'phoned', 'telephoned', 'hosted',
  'greeted', 'informed', 'briefed', 'said', 'says', 'added', 'according', 'where', 'because', 'if', 'as',
]);
// Two-word titles whose first word is never a modifier of its own: "Prime minister X" has
// only half of the title capitalized.
const COMPOUND_TITLES: ReadonlySet<string> = new Set([
  'prime minister', 'vice president', 'vice chancellor', 'vice premier', 'attorney general', 'secretary general',
  'solicitor general', 'governor general', 'surgeon general', 'inspector general', 'auditor general',
]);
// Titles that are also verbs after "to": "to judge X's record", "to marshal America's businesses".
const VERB_TITLES: ReadonlySet<string> = new Set(['judge', 'marshal', 'general', 'patriarch']);

export const rule: Rule = {
  meta: {
    id: 'lowercase-title-before-name',
    category: 'capitalization',
    severity: 'warning',
    description: 'A formal title in lower case right before a name (“met president Emmanuel Macron”).',
    examples: {
      bad: [
        { text: 'Speaking to reporters, [[president]] Emmanuel Macron said the reform was necessary.', output: 'Speaking to reporters, President Emmanuel Macron said the reform was necessary.' },
        { text: 'The prime minister met [[pope]] Francis at the Vatican on Saturday.', output: 'The prime minister met Pope Francis at the Vatican on Saturday.' },
        { text: 'The plan was approved by [[general]] Valery Gerasimov in January.', output: 'The plan was approved by General Valery Gerasimov in January.' },
        { text: 'The decree was signed by [[king]] Mohammed VI on Friday.', output: 'The decree was signed by King Mohammed VI on Friday.' },
        { text: 'The delegation was received by [[chancellor]] Olaf Scholz in Berlin.', output: 'The delegation was received by Chancellor Olaf Scholz in Berlin.' },
        { text: 'The reform was approved by [[minister]] Andrea Conti on Tuesday.', output: 'The reform was approved by Minister Andrea Conti on Tuesday.' },
        { text: 'The company was founded by [[mr]] Tanaka in 1962.', output: 'The company was founded by Mr Tanaka in 1962.' },
        { text: 'Prime [[minister]] Claire Dubreuil warned on Monday that no deal was near.', output: 'Prime Minister Claire Dubreuil warned on Monday that no deal was near.' },
      ],
      good: [
        'Speaking to reporters, President Emmanuel Macron said the reform was necessary.',
        'The French president, Emmanuel Macron, said the reform was necessary.',
        'France’s president Emmanuel Macron said the reform was necessary.',
        'The talks were opened by former president Barack Obama.',
        'He met the president on Monday and Emmanuel Macron later.',
        'She was elected president in 2019.',
        'He told reporters that general Motors cars were safe.',
        'Manchester City coach Pep Guardiola praised his players.',
        'Finance minister Andrea Conti and foreign minister Luigi Rossi met.',
        'The meeting was chaired by district judge Anna Ross.',
        'Merseyside police commissioner Emily Spurrell told Radio City.',
        'It is time to marshal America’s businesses.',
        'Prime ministers Claire Dubreuil and Jan Novak met.',
        'Prime minister in 2010, Claire Dubreuil now runs a bank.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of Array.from(doc.positionsIn(TITLES))) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text !== t.norm) continue;
      const p = doc.prev(t);
      if (!p) continue;
      // "Prime minister Claire Dubreuil": half of a two-word title capitalized.
      const half = p.kind === 'word' && isTitleCase(p.text) && COMPOUND_TITLES.has(`${p.norm} ${t.norm}`);
      if (!half) {
        if (HONORIFICS.has(t.norm)) {
          if (p.kind === 'word' ? p.text !== p.norm : !/^[,(“"]$/.test(p.text)) continue;
        } else if (p.kind === 'word' ? p.text !== p.norm || !BEFORE.has(p.norm) : p.text !== ',') continue;
      }
      if (p.norm === 'to' && VERB_TITLES.has(t.norm)) continue;
      const n1 = doc.next(t);
      if (!n1 || n1.kind !== 'word' || !isTitleCase(n1.text) || n1.start !== t.end + 1) continue;
      const n2 = doc.next(n1);
      if (PROPER_NAMES.has(n1.norm) || DEMONYMS.has(n1.norm)) continue;
      const firstName = PERSON_FIRST_NAMES.has(n1.norm);
      let ok: boolean;
      if (firstName) {
        // "Emmanuel Macron", "Mohammed VI", "Francis" (a known first name alone).
        ok = !!n2 && (n2.kind === 'word' ? (isTitleCase(n2.text) || /^[IVX]+$/.test(n2.text)) : /^[,.;:)]$/.test(n2.text));
        if (ok && n2?.kind === 'word' && (doc.next(n2)?.kind === 'word' && isTitleCase(doc.next(n2)?.text ?? ''))) ok = false; // "general Motors Company"
      } else {
        // An unknown name alone, or with a surname: "by president Tokayev.", "president Kassym-Jomart Tokayev said".
        const end = (x: Token | undefined): boolean => !!x && (x.kind === 'punct' ? /^[,.;:)]$/.test(x.text) : x.kind === 'word' && x.text === x.norm);
        const n3 = n2 ? doc.next(n2) : undefined;
        ok = !COMMON_WORDS.has(n1.norm) && (end(n2) || (!!n2 && n2.kind === 'word' && isTitleCase(n2.text) && !COMMON_WORDS.has(n2.norm) && end(n3)));
      }
      if (!ok) continue;
      if (isHeadline(doc, t.start)) continue;
      const fixed = upperFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a formal title before a name: English writes “${fixed} ${n1.text}${n2?.kind === 'word' && isTitleCase(n2.text) ? ` ${n2.text}` : ''}”.`,
        suggestions: [fixed],
        reason: 'a formal title used before a name takes a capital in English; Romance and Slavic languages write it in lower case',
        confidence: 0.75,
      });
    }
  },
};
