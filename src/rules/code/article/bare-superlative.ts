/**
 * A superlative before a noun with no article: “rose to highest level since 2008”, “China is
 * largest trading partner”, “sold to highest bidder”, “in worst case”. Languages without
 * articles (Russian, Chinese, Japanese, Polish, Turkish) leave the superlative bare; English
 * needs “the” (or a possessive) before it.
 *
 * Only after a preposition or a verb (or at the start of a sentence that is not a headline),
 * only before a lower-case noun, and never in the fixed bare phrases (“best practice”, “with
 * best wishes”, “of greatest concern”); a hyphened modifier may stand between (“SCM, largest
 * hard-coal producer in the EU”). “most”, “least” and “latest” are left alone: “most
 * countries” is a quantity, “least developed countries” a term, “latest figures” common.
 */
import type { Rule } from '../../types.js';
import { isHeadline } from '../number-agreement/lib/english.js';

const SUPERLATIVES = new Set([
  'highest', 'lowest', 'biggest', 'largest', 'smallest', 'strongest', 'weakest', 'fastest', 'slowest', 'worst',
  'longest', 'shortest', 'oldest', 'youngest', 'richest', 'poorest', 'deadliest', 'greatest', 'heaviest',
  'hottest', 'coldest', 'wettest', 'driest', 'warmest', 'tallest', 'busiest', 'cheapest', 'steepest', 'sharpest',
  'widest', 'deepest', 'safest', 'wealthiest', 'bloodiest', 'costliest', 'closest', 'fiercest', 'toughest',
  'brightest', 'finest', 'smartest', 'hardest', 'easiest', 'earliest', 'nearest', 'farthest', 'furthest',
]);
const PREPOSITIONS = new Set([
  'to', 'at', 'in', 'on', 'from', 'with', 'by', 'for', 'among', 'as', 'into', 'than', 'near', 'amid', 'of', 'since',
  'under', 'over', 'after', 'before', 'during', 'between',
]);
const VERBS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'become', 'remains', 'remained', 'reached', 'reaches',
  'hit', 'hits', 'recorded', 'records', 'posted', 'posts', 'marked', 'marks', 'saw', 'sees', 'suffered', 'suffers',
  'registered', 'registers', 'won', 'wins', 'set', 'sets', 'touched', 'touches', 'logged', 'logs', 'reported',
  'reports', 'faced', 'faces', 'face', 'has', 'have', 'had', 'made', 'makes', 'achieved', 'achieves', 'sold', 'sells',
]);
// Bare superlative phrases English has: "best practice", "with best wishes", "of greatest concern".
const BARE_OK = new Set([
  'practice', 'practices', 'wishes', 'regards', 'seller', 'sellers', 'man', 'effort', 'efforts', 'importance', 'concern',
  'quality', 'priority', 'interest', 'significance', 'value', 'possible', 'friend', 'friends', 'intentions', 'bet',
  'guess', 'endeavours', 'endeavors', 'case', 'supporting', 'picture', 'actor', 'actress', 'director',
  // A degree of a feeling or a manner: "with deepest gratitude", "in closest touch", "in times
  // of greatest need", "people at highest risk".
  'touch', 'cooperation', 'collaboration', 'contact', 'gratitude', 'sympathy', 'sympathies', 'condolences', 'regret',
  'regrets', 'appreciation', 'thanks', 'need', 'usefulness', 'risk', 'advantage', 'urgency', 'respect', 'admiration',
  'confidence', 'satisfaction', 'pleasure', 'care', 'caution', 'secrecy', 'accuracy', 'precision', 'efficiency',
  'distinction', 'honor', 'honour', 'esteem', 'consideration', 'attention', 'emphasis', 'harmony', 'sorrow', 'affection',
  'pride', 'reverence', 'humility', 'sincerity', 'dispatch', 'speed', 'vigor', 'vigour', 'diligence', 'despatch',
  'tenacity', 'conviction', 'devotion', 'loyalty', 'zeal', 'enthusiasm', 'intensity', 'certainty', 'clarity',
]);

// Ordinals behave like superlatives after a copula: "It is first line in the city", "was
// second time". Bare ordinal terms ("is first class", "was second place") stay out.
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last']);
const RANKING_WORDS: ReadonlySet<string> = new Set([...SUPERLATIVES, ...ORDINALS]);
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const ORDINAL_OK = new Set([
  'place', 'class', 'aid', 'hand', 'person', 'lady', 'base', 'gear', 'language', 'degree', 'grade', 'prize', 'team',
  'choice', 'priority', 'nature', 'rate', 'cousin', 'minister', 'secretary', 'officer', 'mate', 'lieutenant', 'violin',
  'string', 'resort', 'word', 'thing', 'light', 'sight', 'glance', 'instance', 'reading', 'fiddle', 'division', 'league',
]);
/** Modifiers of frequency between a ranking word and its noun: "highest weekly total". */
const WEEKLY = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'annual', 'yearly', 'hourly', 'single', 'ever']);
/** A nationality between an ordinal and its noun: "first Bangladeshi player", "first Thai woman". */
const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic)$/u;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us']);
const MAKE_VERBS = new Set(['made', 'make', 'makes', 'making']);
// After a comma, an appositive superlative: "on Friday, highest price ever paid".
const APPOSITIVE_NEXT = new Set(['ever', 'since', 'on', 'in', 'of', 'for', 'recorded', 'seen', 'yet']);

// A hyphened modifier between the superlative and its noun: "largest hard-coal producer".
const HYPHENED = /^\p{Ll}+-\p{Ll}+$/u;

export const rule: Rule = {
  meta: {
    id: 'bare-superlative',
    category: 'article',
    severity: 'warning',
    description: 'A superlative before a noun with no article: “rose to highest level”, “is largest producer”.',
    examples: {
      bad: [
        { text: 'Inflation rose to [[highest]] level since 2008.', output: 'Inflation rose to the highest level since 2008.' },
        { text: 'China is [[largest]] trading partner of the country.', output: 'China is the largest trading partner of the country.' },
        { text: 'The painting was sold to [[highest]] bidder.', output: 'The painting was sold to the highest bidder.' },
        { text: 'SCM, [[largest]] hard-coal producer in the European Union, employs 20,000 people.', output: 'SCM, the largest hard-coal producer in the European Union, employs 20,000 people.' },
        { text: 'The region recorded [[lowest]] turnout in the country.', output: 'The region recorded the lowest turnout in the country.' },
        { text: 'It was one of [[deadliest]] attacks in years.', output: 'It was one of the deadliest attacks in years.' },
        { text: 'It is [[first]] line in the country to run on hydrogen.', output: 'It is the first line in the country to run on hydrogen.' },
        { text: 'The painting fetched 4 million euros, [[highest]] price ever paid for the artist.', output: 'The painting fetched 4 million euros, the highest price ever paid for the artist.' },
        { text: 'Unemployment rose to 9 percent, [[highest]] level since 2015.', output: 'Unemployment rose to 9 percent, the highest level since 2015.' },
        { text: 'This was [[second]] time the plant had closed this year.', output: 'This was the second time the plant had closed this year.' },
        { text: 'The 3,100 cases were [[highest]] weekly total since 2019.', output: 'The 3,100 cases were the highest weekly total since 2019.' },
        { text: 'The fee made him [[first]] Bangladeshi player to join the league.', output: 'The fee made him the first Bangladeshi player to join the league.' },
      ],
      good: [
        'SCM, the largest hard-coal producer in the European Union, employs 20,000 people.',
        'We will work in closest cooperation, and we thank God with deepest gratitude.',
        'These reserves could not be mobilized in times of greatest need.',
        'Inflation rose to the highest level since 2008.',
        'China is its largest trading partner.',
        'The firm shares best practice with suppliers.',
        'With best wishes from the team.',
        'The matter is of greatest concern to us.',
        'At best, the talks will resume in May.',
        'Japan posts biggest drop in exports',
        'It is among the richest countries in the world.',
        'Prices were highest in the capital.',
        'She was named best actress at the festival.',
        'The world’s largest economy grew.',
        'Investors fear the worst.',
        'He is at his best in finals.',
        'In worst case scenarios, the dam could fail.',
        'He was first to arrive.',
        'She is first cousin to the king.',
        'The team was second place in the league.',
        'It is first class all the way.',
        'Prices rose sharply, highest inflation in the capital.',
        'For him, last thing at night is a walk.',
        'The win made him first choice for the team.',
        'Sales were highest weekly on Mondays.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const t of doc.tokensWith(RANKING_WORDS)) {
      const ordinal = ORDINALS.has(t.norm);
      if (!ordinal && (!SUPERLATIVES.has(t.norm) || (!/^\p{Ll}/u.test(t.text) && !doc.isSentenceInitial(t)))) continue;
      const m = doc.next(t);
      if (!m || m.kind !== 'word') continue;
      // One modifier may stand between: "highest weekly total", "first Bangladeshi player".
      const m2 = doc.next(m);
      const modified = m2 !== undefined && m2.kind === 'word' && /^\p{Ll}/u.test(m2.text) && !BARE_OK.has(m2.norm) && !ORDINAL_OK.has(m2.norm) && (WEEKLY.has(m.norm) || DEMONYM_LIKE.test(m.text) || HYPHENED.test(m.text));
      const n = modified ? (m2 as typeof m) : m;
      if (!/^\p{Ll}/u.test(n.text) || BARE_OK.has(n.norm)) continue;
      const prev = doc.prev(t);
      const initial = doc.isSentenceInitial(t);
      if (ordinal) {
        // "is first line in": a copula, then the ordinal and a noun that goes on; or a person
        // made the first of something: "making him first Bangladeshi player to join".
        const made = prev !== undefined && OBJECT_PRONOUNS.has(prev.norm) && MAKE_VERBS.has(doc.prev(prev)?.norm ?? '');
        if (!/^\p{Ll}/u.test(t.text) || !prev || !(COPULAS.has(prev.norm) || made) || ORDINAL_OK.has(n.norm)) continue;
        const after = doc.next(n);
        if (!after || !['in', 'to', 'of', 'that', 'since', 'for', 'the', 'he', 'she', 'they', 'we', 'i', 'it', 'this', 'on'].includes(after.norm)) continue;
      } else if (prev?.text === ',') {
        const after = doc.next(n);
        const pp = doc.prev(prev);
        if (!after || !APPOSITIVE_NEXT.has(after.norm) || !pp || (pp.kind !== 'number' && !/^\p{Lu}/u.test(pp.text) && !/^(?:percent|cent)$/.test(pp.norm) && doc.pos(pp) !== 'NOUN')) continue;
      } else if (!initial && !(prev && (PREPOSITIONS.has(prev.norm) || VERBS.has(prev.norm)))) continue;
      // "total" after "weekly" is a noun the tagger may call an adjective.
      const nounTag = doc.pos(n) === 'NOUN' || (modified && WEEKLY.has(m.norm) && n.norm === 'total');
      if (!nounTag || (modified && !WEEKLY.has(m.norm) && !HYPHENED.test(m.text) && doc.pos(m) !== 'ADJ' && doc.pos(m) !== 'PROPN')) continue;
      if (isHeadline(doc, doc.sentenceOf(t))) continue;
      const fix = initial ? `The ${t.norm}` : `the ${t.text}`;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text} ${n.text}”: a superlative before a noun needs “the” in English.`,
        suggestions: [fix],
        reason: 'a superlative takes the definite article',
        confidence: 0.75,
      });
    }
  },
};
