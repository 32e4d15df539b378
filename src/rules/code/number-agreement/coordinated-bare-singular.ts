/**
 * A bare singular count noun joined to a plural one: “Canadian soldiers and firefighter from
 * Australia”, “teachers and student were evacuated”, “banks or insurer”. The plural of the
 * first noun shows that the pair counts people or things; a singular count noun with no
 * determiner cannot stand there in English. Chinese, Japanese, Korean, Indonesian and Turkish
 * mark no plural on the noun, and MT drops the -s of the second noun of a pair.
 *
 * Only nouns of the countability list (src/data/article-count-nouns.txt) without a mass or
 * bare sense, lower case, tagged as nouns, right after “and”/“or” with a lower-case plural
 * noun before it, and ending their phrase: a noun after it makes it a modifier (“workers and
 * employer groups”), and a possessive or a hyphen makes it part of something else.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { isHeadline, isLowerWord, loadLines, looksPlural, matchCase, pluralize } from './lib/english.js';

const ENTRIES = loadLines('article-count-nouns.txt').map((l) => l.toLowerCase().split(/\s+/));
const COUNT: ReadonlySet<string> = new Set(ENTRIES.filter(([, ...f]) => !f.includes('m')).map(([n]) => n as string));
// What may follow the noun when it ends its phrase.
const AFTER_POS = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'CCONJ', 'SCONJ', 'PART']);
// Pairs English writes with a bare singular: "soldiers and materiel" is mass, "arms and
// ammunition" too; these count nouns have a fixed use after a plural ("friends and family").
const FIXED = new Set(['family', 'staff', 'crew', 'team', 'public', 'press', 'government', 'management', 'company', 'kind', 'sort', 'type', 'size', 'shape']);

// Count nouns that are also verbs of a phrasal pair the tagger may read as a noun: "resources and deal with".
const VERB_TOO = new Set(['deal', 'report', 'plan', 'call', 'visit', 'attack', 'vote', 'bid', 'claim', 'offer', 'check', 'test']);

export const rule: Rule = {
  meta: {
    id: 'coordinated-bare-singular',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A bare singular count noun joined to a plural one: “soldiers and firefighter from Australia”.',
    examples: {
      bad: [
        { text: 'Canadian soldiers and [[firefighter]] from Australia joined the effort.', output: 'Canadian soldiers and firefighters from Australia joined the effort.' },
        { text: 'Teachers and [[student]] were evacuated before noon.', output: 'Teachers and students were evacuated before noon.' },
        { text: 'The rules apply to banks or [[lender]] with assets above 10 billion euros.', output: 'The rules apply to banks or lenders with assets above 10 billion euros.' },
        { text: 'Doctors and [[nurse]] at the clinic went on strike.', output: 'Doctors and nurses at the clinic went on strike.' },
      ],
      good: [
        'Canadian soldiers and firefighters from Australia joined the effort.',
        'Workers and employer groups met on Monday.',
        'Teachers and a student were hurt.',
        'He thanked his friends and family for their support.',
        'Soldiers and police were deployed.',
        'Doctors and the nurse on duty were questioned.',
        'Farmers and fisherman’s unions protested.',
        'Prices and wage-setting were discussed.',
        'In the interest of the people and city of El Paso.',
        'We must develop our resources and deal with our questions.',
        'They built fortifications and barracks at the bases.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const at = wordPositions(doc, COUNT);
    for (let k = 0; k < at.length; k++) {
      const b = doc.tokens[at[k] as number] as Token;
      if (!isLowerWord(b) || FIXED.has(b.norm)) continue;
      const conj = doc.prev(b);
      if (!conj || (conj.norm !== 'and' && conj.norm !== 'or')) continue;
      const a = doc.prev(conj);
      if (!a || a.kind !== 'word' || !(isLowerWord(a) || doc.isSentenceInitial(a)) || !looksPlural(a.norm) || a.norm === b.norm) continue;
      if (/s$/.test(b.norm) || VERB_TOO.has(b.norm)) continue;
      // "the people and city of El Paso": one determiner before both nouns may govern a singular.
      const det = doc.prev(a);
      if (det && (doc.pos(det) === 'DET' || doc.pos(det) === 'PRON')) continue;
      const after = doc.next(b);
      if (after && (after.norm === "'s" || after.text === '-' || after.kind === 'number')) continue;
      if (after && after.kind === 'word' && !AFTER_POS.has(doc.pos(after))) continue;
      if (doc.pos(b) !== 'NOUN' || (doc.pos(a) !== 'NOUN' && !(doc.pos(a) === 'PROPN' && doc.isSentenceInitial(a)))) continue;
      const s = doc.sentenceOf(b);
      if (isHeadline(doc, s)) continue;
      const plural = matchCase(b.text, pluralize(b.norm));
      ctx.report({
        start: b.start,
        end: b.end,
        message: `“${a.text} ${conj.text} ${b.text}”: joined to the plural “${a.text}”, the count noun “${b.text}” needs the plural “${plural}” (or an article).`,
        suggestions: [plural],
        reason: 'a bare singular count noun cannot be coordinated with a plural',
        confidence: 0.7,
      });
    }
  },
};
