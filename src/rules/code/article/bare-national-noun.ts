/**
 * A nationality and a singular institution noun with no article: “Ukrainian side said”,
 * “talks with Russian delegation”, “Chinese economy grew”, “near Polish border”. Russian,
 * Chinese, Polish, Turkish and Japanese have no article to carry over; English says “the
 * Ukrainian side”.
 *
 * Only listed singular nouns (side, delegation, government, economy, border...), only where
 * the phrase opens a clause or follows a preposition or a verb, and never before a name
 * (“Russian President Vladimir Putin”, “Ukrainian city Kharkiv” is a title or an apposition)
 * or inside a compound (“Russian government bonds”). Headlines drop articles on purpose.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { textPositions } from '../../../text/word-positions.js';
import { demonymPlaces } from '../../../data/lists.js';
import { isHeadline } from '../number-agreement/lib/english.js';

const DEMONYMS = new Set([...demonymPlaces().map(([d]) => d), 'US', 'U.S.', 'EU', 'UK', 'UN', 'NATO', 'Soviet', 'Western', 'Kurdish', 'Palestinian', 'Crimean']);
const NOUNS = new Set([
  'side', 'delegation', 'leadership', 'government', 'army', 'military', 'ministry', 'embassy', 'parliament', 'economy',
  'market', 'capital', 'border', 'navy', 'presidency', 'administration', 'regime', 'nation', 'state', 'coast',
  'region', 'counterpart', 'leader', 'president', 'premier', 'chancellor', 'central', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'prime', 'justice', 'health', 'national', 'consulate', 'authorities', 'company', 'team',
  'judiciary', 'cabinet', 'mission', 'contingent', 'envoy', 'ambassador',
]);
// Second words after an adjective-like first noun: "foreign ministry", "central bank", "prime minister".
const SECOND = new Set(['ministry', 'minister', 'bank', 'office', 'team', 'service', 'committee', 'council']);
// Words before the phrase that show it is a subject or an object: it needs its article.
const BEFORE = new Set([
  'with', 'by', 'from', 'to', 'for', 'of', 'on', 'at', 'in', 'against', 'between', 'and', 'that', 'said', 'says',
  'told', 'urged', 'accused', 'called', 'asked', 'warned', 'met', 'meets', 'criticised', 'criticized', 'blamed',
  'near', 'along', 'across', 'towards', 'toward', 'into', 'under', 'about', 'after', 'before', 'because', 'while',
  'but', 'as', 'when', 'if', 'whether', 'since', 'although', 'though', 'where', 'which', 'than', 'via', 'among',
]);
const SKIP_PLURAL = new Set(['authorities']);
// Heads also used bare in the abstract: "American leadership has helped", "the structure of
// American government", "the investment of American capital in Mexico". Quiet after the
// speaker's own nationality, and for leadership and administration after a preposition
// ("a change in Soviet leadership", "under American administration").
const ABSTRACT = new Set(['leadership', 'government', 'administration', 'capital', 'military', 'economy', 'justice', 'health', 'presidency', 'market']);
const OWN = new Set(['American', 'US', 'U.S.', 'Federal']);
const ABSTRACT_AFTER_PREP = new Set(['leadership', 'administration']);
const PREPOSITIONS = new Set(['in', 'under', 'for', 'of', 'to', 'with', 'by', 'from', 'among', 'after', 'before', 'about', 'against', 'between', 'into', 'via', 'than']);

export const rule: Rule = {
  meta: {
    id: 'bare-national-noun',
    category: 'article',
    severity: 'warning',
    description: 'A nationality and an institution noun with no article: “Ukrainian side said”, “with Russian delegation”.',
    examples: {
      bad: [
        { text: '[[Ukrainian side]] has proposed a new round of talks.', output: 'The Ukrainian side has proposed a new round of talks.' },
        { text: 'The envoy held talks with [[Russian delegation]] on Monday.', output: 'The envoy held talks with the Russian delegation on Monday.' },
        { text: 'Analysts said [[Chinese economy]] grew faster than expected.', output: 'Analysts said the Chinese economy grew faster than expected.' },
        { text: 'Troops gathered near [[Polish border]].', output: 'Troops gathered near the Polish border.' },
        { text: 'He spoke by phone with [[Turkish counterpart]].', output: 'He spoke by phone with the Turkish counterpart.' },
        { text: '[[Russian foreign ministry]] said the envoy had been summoned.', output: 'The Russian foreign ministry said the envoy had been summoned.' },
      ],
      good: [
        'The Ukrainian side has proposed a new round of talks.',
        'Russian President Vladimir Putin met Chinese leader Xi Jinping.',
        'Russian government bonds fell.',
        'Ukrainian side offers talks',
        'He met his Turkish counterpart.',
        'Officials on the Ukrainian side said the talks were useful.',
        'Prices on Chinese markets rose.',
        'Investors bought Russian state debt.',
        'The US side and the Chinese side met.',
        'Both Russian and Chinese economies slowed.',
        'This is a great age of reform of the institutions of American government.',
        'American leadership has helped to stimulate new negotiations.',
        'The past year saw a change in Soviet leadership.',
        'The law encourages the investment of Japanese capital in the region.',
        'The repatriation of Japanese military and civilian personnel continued.',
        'Enrollment doubled in the first year of French administration.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // Only a token whose norm is that of a DEMONYMS key can have a key as its text.
    const at = textPositions(doc, DEMONYMS);
    for (let ti = 0; ti < at.length; ti++) {
      const d = doc.tokens[at[ti] as number] as Token;
      if (!DEMONYMS.has(d.text)) continue;
      const n = doc.next(d);
      if (!n || !NOUNS.has(n.text) || SKIP_PLURAL.has(n.norm)) continue;
      let last: Token = n;
      const n2 = doc.next(n);
      if (n2 && SECOND.has(n2.text)) last = n2;
      else if (['central', 'foreign', 'defence', 'defense', 'interior', 'finance', 'prime', 'justice', 'health', 'national'].includes(n.norm)) continue;
      // Word tests before the tagger: only a phrase that opens its sentence or follows a listed word counts.
      const prev = doc.prev(d);
      const initial = doc.isSentenceInitial(d);
      if (!initial && !(prev && BEFORE.has(prev.norm))) continue;
      const after = doc.next(last);
      if (after && after.text === '-') continue;
      if (ABSTRACT.has(n.norm) && last === n && (OWN.has(d.text) || (ABSTRACT_AFTER_PREP.has(n.norm) && prev && PREPOSITIONS.has(prev.norm)))) continue;
      // "the investment of Russian capital in the region": money, not a city.
      if (n.norm === 'capital' && after && ['in', 'which', 'that', 'and', 'into'].includes(after.norm)) continue;
      // "Japanese military and naval control": an adjective coordinated with another.
      if (after && (after.norm === 'and' || after.norm === 'or')) {
        const a2 = doc.next(after);
        if (a2 && a2.kind === 'word' && doc.pos(a2) === 'ADJ') continue;
      }
      // Before a name it is a title or an apposition; before a noun, a compound modifier.
      if (after && after.kind === 'word' && (/^\p{Lu}/u.test(after.text) || (after.norm !== "'s" && ['NOUN', 'PROPN', 'NUM'].includes(doc.pos(after))))) continue;
      if (isHeadline(doc, doc.sentenceOf(d))) continue;
      const phrase = doc.text.slice(d.start, last.end);
      const fix = `${initial ? 'The' : 'the'} ${phrase}`;
      ctx.report({
        start: d.start,
        end: last.end,
        message: `“${phrase}”: a singular noun with no article; English says “${fix}”.`,
        suggestions: [fix],
        reason: 'a singular count noun needs an article',
        confidence: 0.8,
      });
    }
  },
};
