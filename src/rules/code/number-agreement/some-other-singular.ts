/**
 * A singular count noun after a word that counts more than one: “Some passenger complained”,
 * “in some case the sensor must be replaced”, “workers moved to other plant of the group”,
 * “More than 4 million Ukrainian have fled”. Languages that do not mark the plural on the noun
 * (Chinese, Japanese, Korean, Indonesian, Turkish after numbers) leave the -s out.
 *
 * Nouns come from the countability list (src/data/article-count-nouns.txt) plus a few words of
 * extent (case, instance, area). “some” must be sentence-initial before a verb, or follow “in”
 * (“in some case”); a bare “other” must not follow a determiner (“the other plant”, “any other
 * country” are English); a nationality after a number must end its phrase.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { textPositions } from '../../../text/word-positions.js';
import { demonymPlaces } from '../../../data/lists.js';
import { isLowerWord, loadLines, matchCase, pluralize } from './lib/english.js';

const COUNT: ReadonlySet<string> = new Set([
  ...loadLines('article-count-nouns.txt').map((l) => l.toLowerCase().split(/\s+/)[0] as string),
  'case', 'instance', 'area', 'district', 'province', 'region', 'hospital', 'school', 'shop', 'store', 'expert', 'analyst', 'official',
  'plant', 'site', 'branch', 'unit', 'facility', 'product', 'sector', 'market', 'source', 'option', 'member', 'party',
]);
// "some" + singular is English for "an unknown": only these frames are checked.
const EXTENT = new Set(['case', 'instance', 'area', 'district', 'province', 'region', 'country', 'city', 'town', 'village', 'school', 'hospital', 'company', 'firm', 'sector', 'market', 'shop', 'store']);
// A determiner before "other": "the other plant", "any other country", "no other team".
const BEFORE_OTHER = new Set([
  'the', 'an', 'any', 'no', 'every', 'each', 'some', 'one', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this',
  'that', 'whose', 'which', 'what', 'someone', 'somebody', 'anyone', 'nobody', 'none', 'the', 'on', 'of', 'each', 'every',
  'among', "'s", 'no', 'or', 'and', 'than', 'whole',
]);
const DEMONYMS: ReadonlySet<string> = new Set(demonymPlaces().map(([d]) => d));
const MULTIPLIERS = new Set(['million', 'thousand', 'billion', 'hundred']);
const PLURAL_VERBS = new Set(['have', 'are', 'were', 'live', 'work', 'say', 'fled', 'remain', 'returned', 'died', 'voted', 'left', 'arrived', 'were', 'had', 'will', 'would', 'could', 'who']);

/** The noun after the word (skipping one adjective), when it is a singular count noun that ends its phrase. */
function headAfter(doc: Doc, q: Token): Token | undefined {
  let n = doc.next(q);
  // Word test before any tag: the head is a count noun, next or one word later.
  const n2 = n && doc.next(n);
  if (!(isLowerWord(n) && COUNT.has(n.norm)) && !(isLowerWord(n2) && COUNT.has(n2.norm))) return undefined;
  if (isLowerWord(n) && doc.pos(n) === 'ADJ' && !COUNT.has(n.norm)) n = doc.next(n);
  if (!isLowerWord(n) || !COUNT.has(n.norm) || doc.pos(n) !== 'NOUN') return undefined;
  const after = doc.next(n);
  if (after && (after.norm === "'s" || after.text === '-' || after.kind === 'number')) return undefined;
  if (isLowerWord(after) && ['NOUN', 'PROPN', 'NUM'].includes(doc.pos(after))) return undefined;
  return n;
}

export const rule: Rule = {
  meta: {
    id: 'some-other-singular',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A singular count noun after “some”, “other” or a number with a nationality: “Some passenger complained”, “other plant”.',
    examples: {
      bad: [
        { text: '[[Some passenger]] complained about the long walks.', output: 'Some passengers complained about the long walks.' },
        { text: 'The repair is quick, but in some [[case]] the part must be replaced.', output: 'The repair is quick, but in some cases the part must be replaced.' },
        { text: 'The union wants workers moved to other [[plant]] of the group.', output: 'The union wants workers moved to other plants of the group.' },
        { text: 'Prices fell in other [[region]] too.', output: 'Prices fell in other regions too.' },
        { text: 'More than 4 million [[Ukrainian]] have fled abroad.', output: 'More than 4 million Ukrainians have fled abroad.' },
        { text: 'About 300 [[Nigerian]] were evacuated on Friday.', output: 'About 300 Nigerians were evacuated on Friday.' },
        { text: 'In some [[district]], turnout was below 20 percent.', output: 'In some districts, turnout was below 20 percent.' },
      ],
      good: [
        'Some passengers complained about the long walks.',
        'Some official will have to explain this.',
        'The union wants workers moved to the other plant.',
        'No other country has done so.',
        'On the other hand, prices fell.',
        'They helped each other.',
        'Other than that, nothing changed.',
        'He met 4 million Ukrainian refugees.',
        'The 300 Nigerian nationals were evacuated.',
        'For some reason the sensor failed.',
        'Some company executives resigned.',
        'Some time ago he left.',
        'He sent one plant to other regions and kept the other plant.',
        'You may need a whole other degree for that.',
        'It has other satellite and digital channels.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const report = (n: Token, from: Token, word: string): void => {
      const plural = matchCase(n.text, pluralize(n.norm));
      ctx.report({
        start: from.start,
        end: n.end,
        message: `“${doc.text.slice(from.start, n.end)}”: after “${word}” English counts more than one (“${plural}”).`,
        suggestions: [doc.text.slice(from.start, n.start) + plural],
        reason: 'a count noun after a word of plurality takes the plural',
        confidence: 0.75,
      });
    };
    for (const q of doc.tokensWith(['some', 'other'])) {
      const n = headAfter(doc, q);
      if (!n) continue;
      const prev = doc.prev(q);
      if (q.norm === 'some') {
        const after = doc.next(n);
        if (prev?.norm === 'in' && EXTENT.has(n.norm)) {
          if (after && (after.norm === 'of' || after.norm === 'or')) continue;
          report(n, n, 'some');
        } else if (doc.isSentenceInitial(q) && after && isLowerWord(after) && doc.pos(after) === 'VERB' && /ed$/.test(after.norm) && !EXTENT.has(n.norm)) {
          // "Some passenger complained": the subject of a past verb.
          report(n, q, 'some');
        }
        continue;
      }
      // "other plant of the group"
      if (!isLowerWord(q) || (prev && BEFORE_OTHER.has(prev.norm))) continue;
      const after = doc.next(n);
      if (after && ['than', 'way', 'hand', 'side'].includes(after.norm)) continue;
      if (['hand', 'side', 'way', 'day', 'time', 'end', 'half', 'thing', 'one'].includes(n.norm)) continue;
      // "other satellite and digital channels": a plural head shared by the pair.
      if (after && (after.norm === 'and' || after.norm === 'or')) {
        let x = doc.next(after);
        let shared = false;
        for (let k = 0; k < 3 && isLowerWord(x); k++, x = doc.next(x)) if (/[^s]s$/.test(x.norm) && doc.pos(x) === 'NOUN') shared = true;
        if (shared) continue;
      }
      if (prev && (doc.pos(prev) === 'DET' || doc.pos(prev) === 'PRON' || doc.pos(prev) === 'NUM')) continue;
      report(n, n, 'other');
    }
    // "4 million Ukrainian have fled"
    // Only a token whose norm is that of a DEMONYMS key can have a key as its text.
    const at = textPositions(doc, DEMONYMS);
    for (let ti = 0; ti < at.length; ti++) {
      const t = doc.tokens[at[ti] as number] as Token;
      if (t.kind !== 'word' || !DEMONYMS.has(t.text) || /(?:ese|ish|ch|ss|s)$/.test(t.norm)) continue;
      const prev = doc.prev(t);
      if (!prev || !(MULTIPLIERS.has(prev.norm) || (prev.kind === 'number' && /^(?:[2-9]|\d{2,3}|\d{1,3}(?:,\d{3})+)$/.test(prev.text)))) continue;
      const before = doc.prev(prev);
      if (before && ['the', 'these', 'those', 'its', 'their', 'his', 'her', '$', '€', '£', 'no.', 'no', '#'].includes(before.norm)) continue;
      const after = doc.next(t);
      if (!after || !PLURAL_VERBS.has(after.norm)) continue;
      report(t, t, prev.text);
    }
  },
};
