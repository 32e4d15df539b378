/**
 * One abstract common noun capitalized mid-sentence: “to fight Corruption”, “pushed Inflation to
 * a record”, “the strength of Democracy”. German capitalizes every noun, and round trips and
 * slogans capitalize the ones a text is about; English writes them in lower case. Only nouns
 * that are never names on their own are listed (capitalization-abstract-nouns.txt), and one
 * inside a capitalized name (“Commission against Corruption”, “Inflation Reduction Act”,
 * “Ministry of Tourism”) is left alone.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { FUNCTION_WORDS, isHeadline, isTitleCase, readList, startsClause } from './lexicon.js';

const ABSTRACT: ReadonlySet<string> = new Set(readList('capitalization-abstract-nouns.txt'));

// Words a name's chain is made of, walking left: "Ministry of Labour, Employment and Tourism".
const CHAIN: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', '&', ',', 'against', 'to', 'in', 'de', 'del', 'des', 'du']);
const AFTER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'on', 'against', 'in', 'to', 'with']);
const TITLE_INTRO: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'called', 'named', 'dubbed', 'so-called', 'film', 'book', 'novel', 'song', 'album', 'show',
  'series', 'magazine', 'programme', 'program', 'operation', 'campaign', 'category', 'section', 'tab', 'course',
  'module', 'degree', 'subject', 'faculty', 'department', 'ministry', 'minister', 'commissioner', 'portfolio',
]);

function isCapWord(doc: Doc, t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'number') && /^\p{Lu}/u.test(t.text) && !(FUNCTION_WORDS.has(t.norm) && doc.isSentenceInitial(t));
}

/** A capitalized word (not one of ours) to the left through linking words and commas: a name's chain. */
function inNameChain(doc: Doc, t: Token): boolean {
  let p = doc.prev(t);
  for (let k = 0; p && k < 10; k++, p = doc.prev(p)) {
    if (p.kind === 'punct' ? p.text === ',' : CHAIN.has(p.norm) && p.text === p.norm) continue;
    if (p.kind === 'punct') return false;
    if (isCapWord(doc, p)) {
      if (ABSTRACT.has(p.norm)) continue;
      return true;
    }
    return false;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'capitalized-abstract-noun',
    category: 'capitalization',
    severity: 'warning',
    description: 'An abstract common noun capitalized mid-sentence (“to fight Corruption”, “pushed Inflation higher”).',
    examples: {
      bad: [
        { text: 'The minister promised to fight [[Corruption]] in the customs service.', output: 'The minister promised to fight corruption in the customs service.' },
        { text: 'Rising food prices pushed [[Inflation]] to a 20-year high.', output: 'Rising food prices pushed inflation to a 20-year high.' },
        { text: 'He said the vote showed the strength of [[Democracy]] in the country.', output: 'He said the vote showed the strength of democracy in the country.' },
        { text: 'The party pledged to cut [[Unemployment]] among the young.', output: 'The party pledged to cut unemployment among the young.' },
      ],
      good: [
        'Corruption is rife in the customs service, the report said.',
        'The Independent Commission against Corruption opened an inquiry.',
        'The Inflation Reduction Act was signed in 2022.',
        'He was appointed Minister of Tourism and Culture.',
        'The Ministry of Labour, Employment and Social Protection issued figures.',
        'Transparency International ranked the country 120th.',
        'Fight Corruption Now, Protesters Demand',
        'The minister promised to fight corruption.',
        'Her book, Democracy, was published in 2019.',
        '“Poverty” was the title of the exhibition.',
        'Tonight, our Welfare to Work Partnership includes 10,000 companies.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(ABSTRACT)) {
      if (t.kind !== 'word' || t.text === t.norm || !ABSTRACT.has(t.norm) || !isTitleCase(t.text)) continue;
      if (startsClause(doc, t)) continue;
      const p = doc.prev(t);
      if (!p) continue;
      // After a lower-case word or in a list: "fight Corruption", "of Democracy", ", Poverty".
      if (!(p.kind === 'word' && p.text === p.norm) && !(p.text === ',' && ABSTRACT.has(doc.prev(p)?.norm ?? ''))) continue;
      if (TITLE_INTRO.has(p.norm) || (p.norm === 'the' && TITLE_INTRO.has(doc.prev(p)?.norm ?? ''))) continue;
      const n = doc.next(t);
      if (n && isCapWord(doc, n) && !ABSTRACT.has(n.norm)) continue;
      if (n && /^["”’'»]$/.test(n.text)) continue;
      if (n && AFTER_LINKS.has(n.norm) && isCapWord(doc, doc.next(n)) && !ABSTRACT.has(doc.next(n)?.norm ?? '')) continue;
      if (n?.text === '(' && /^\p{Lu}{2,}/u.test(doc.next(n)?.text ?? '')) continue;
      if (inNameChain(doc, t)) continue;
      if (isHeadline(doc, t.start)) continue;
      const lower = t.text.toLowerCase();
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a common noun capitalized mid-sentence: English writes “${lower}”.`,
        suggestions: [lower],
        reason: 'English capitalizes names, not abstract common nouns; a capital here reads as translated',
        confidence: 0.7,
      });
    }
  },
};
