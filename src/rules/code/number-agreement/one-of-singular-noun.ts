/**
 * "one of the biggest company": after "one of", "each of", "either of" (and two of, several
 * of...) the noun names the group and is plural. Languages that say "one of the biggest
 * company" (or mark the plural on the article alone) lose the English -s.
 *
 * Collective nouns stay quiet without a superlative ("one of the family", "one of the team"
 * are idiomatic); with one ("one of the best team") they are flagged too.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { NUMBER_WORDS, dashJoined, loadSet, looksPlural, matchCase, numberTakesSingular, pluralize } from './lib/english.js';

const UNCOUNTABLE = loadSet('uncountable-nouns.txt');
const PARTITIVE: ReadonlySet<string> = new Set(['one', 'each', 'either', 'neither', 'several', 'both', 'many', 'few', ...NUMBER_WORDS]);
const DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
const COLLECTIVE = new Set([
  'team', 'family', 'crew', 'group', 'squad', 'staff', 'public', 'gang', 'crowd', 'board', 'party',
  'band', 'cast', 'jury', 'panel', 'committee', 'audience', 'club', 'lot', 'bunch', 'pair', 'couple',
  'company', 'household', 'class', 'army', 'force', 'unit', 'delegation', 'coalition', 'clan', 'tribe',
  'generation', 'faithful', 'elite', 'majority', 'minority', 'rest', 'establishment', 'regime',
]);

// Nouns a number labels: "day one of my presidency", "phase two of the plan".
const LABELS = new Set([
  'day', 'phase', 'stage', 'round', 'year', 'part', 'chapter', 'book', 'season', 'act', 'episode', 'game', 'match',
  'week', 'level', 'step', 'number', 'volume', 'page', 'article', 'section', 'item', 'tier', 'grade', 'class',
  'category', 'group', 'lot', 'heat', 'leg', 'term', 'series', 'scene', 'track', 'point', 'rule', 'option', 'plan',
  'title', 'clause', 'paragraph', 'appendix', 'annex', 'schedule', 'division', 'zone', 'sector', 'area', 'district',
]);

const MODALS = new Set(['will', 'can', 'may', 'must', 'might', 'shall', 'should', 'could', 'would']);
// "one of the most complex set of challenges": a noun of quantity before "of" and its plural.
const QUANTITY = new Set(['set', 'series', 'range', 'array', 'group', 'body', 'class', 'collection', 'combination', 'variety', 'pair', 'number', 'host', 'handful', 'cluster']);
// "both of his action and of his reasons": each of a coordination may be singular.
const PAIRED: ReadonlyMap<string, string> = new Map([['both', 'and'], ['either', 'or'], ['neither', 'nor']]);

/** A plural noun within three words after `t` (over adjectives, adverbs and "and"/"or"): the head comes later. */
function laterPluralHead(doc: Doc, t: Token): boolean {
  let c = doc.next(t);
  for (let k = 0; k < 4 && c && c.kind === 'word'; k++, c = doc.next(c)) {
    const pos = doc.pos(c);
    if (looksPlural(c.norm) && (pos === 'NOUN' || pos === 'PROPN') && !/^(?:its|this|his|us|has|was|is|as)$/.test(c.norm)) return true;
    if (!['ADJ', 'ADV', 'NOUN', 'CCONJ'].includes(pos) && !(pos === 'VERB' && /(?:ed|ing)$/.test(c.norm))) return false;
  }
  return false;
}

function isSuperlative(t: Token): boolean {
  return t.norm === 'most' || t.norm === 'least' || t.norm === 'best' || t.norm === 'worst' || (/^\p{Ll}+est$/u.test(t.text) && t.norm.length > 5);
}

export const rule: Rule = {
  meta: {
    id: 'one-of-singular-noun',
    category: 'number-agreement',
    severity: 'warning',
    description: '“one of the …” (each of, either of) followed by a singular noun.',
    examples: {
      bad: [
        { text: 'He called congestion one of the largest [[problem]] facing the economy.', output: 'He called congestion one of the largest problems facing the economy.' },
        { text: 'Benfica is one of the biggest [[club]] in Portugal.', output: 'Benfica is one of the biggest clubs in Portugal.' },
        { text: 'It is one of the most important [[decision]] of his career.', output: 'It is one of the most important decisions of his career.' },
        { text: 'Each of the [[candidate]] spoke for ten minutes.', output: 'Each of the candidates spoke for ten minutes.' },
        { text: 'He is one of the world’s richest [[man]].', output: 'He is one of the world’s richest men.' },
        { text: 'She was one of the first [[woman]] to join the force.', output: 'She was one of the first women to join the force.' },
        { text: 'Neither of the two [[country]] has signed the treaty.', output: 'Neither of the two countries has signed the treaty.' },
        { text: 'One of its main [[supplier]] went bankrupt.', output: 'One of its main suppliers went bankrupt.' },
        { text: 'He is one of the most experienced [[diplomat]] in the region.', output: 'He is one of the most experienced diplomats in the region.' },
      ],
      good: [
        'It has encroached on one of those liberties-what I term the right of privacy.',
        'It is one of the most cost effective forms of health care.',
        'Many of these will be unfinished business.',
        'One of Iraq’s leading democracy and human rights advocates is here.',
        'On day one of my presidency, I sent a bill.',
        'This is one of the largest one-time ever investments.',
        'He must state the particulars both of his action and of his reasons.',
        'I have visited three of our sister Republics.',
        'Crops grow on many of the cutover or neglected areas.',
        'It is one of the most complex set of challenges we face.',
        'I hope to become one of their number before I die.',
        'Paralysis is one of the sequelae of polio.',
        'Benfica is one of the biggest clubs in Portugal.',
        'He is one of the team.',
        'She was treated as one of the family.',
        'One of the company’s directors resigned.',
        'One of the company executives resigned.',
        'Some of the evidence was destroyed.',
        'Most of the country was without power.',
        'One of the best-known writers died.',
        'Each of the players received a medal.',
        'One of the few people who knew him spoke.',
        'He made the most of the situation.',
        'None of the equipment worked.',
        'One of the world’s biggest companies reported losses.',
        'One of the 11 dead was a child.',
        'Benfica have won nine of their last ten league matches.',
        'Many of the deaf use sign language.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const at = wordPositions(doc, PARTITIVE);
    for (let ti = 0; ti < at.length; ti++) {
      const q = doc.tokens[at[ti] as number] as Token;
      const of = doc.next(q);
      if (of?.norm !== 'of' || doc.prev(q)?.norm === 'no') continue;
      // "On day one of my presidency", "phase two of the plan": a number as a label.
      const qp = doc.prev(q);
      // (Only after a noun that labels: "calling congestion one of the largest problem" counts.)
      if (qp && qp.kind === 'word' && (q.norm === 'one' || NUMBER_WORDS.has(q.norm)) && (LABELS.has(qp.norm) || doc.pos(qp) === 'PROPN')) continue;
      let t = doc.next(of);
      if (!t) continue;
      // A possessive determiner phrase: "the world’s", "Europe’s".
      if (DETERMINERS.has(t.norm)) t = doc.next(t);
      else if (!(t.kind === 'word' && doc.next(t)?.norm === "'s")) continue;
      if (t && doc.next(t)?.norm === "'s") t = doc.next(doc.next(t) as Token);
      let superlative = false;
      let head: Token | undefined;
      for (let k = 0; k < 4 && t; k++) {
        if (t.kind === 'number' || NUMBER_WORDS.has(t.norm) || isSuperlative(t) || t.norm === 'few' || t.norm === 'many') {
          superlative ||= isSuperlative(t);
          t = doc.next(t);
          continue;
        }
        if (t.kind !== 'word') break;
        const pos = doc.pos(t);
        if (pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) {
          const n = doc.next(t);
          // "three of our sister Republics": a plural name is the head.
          if (n && n.kind === 'word' && /^\p{Lu}/u.test(n.text) && looksPlural(n.norm)) break;
          // A compound: the last noun is the head ("the company executives"); not an -ing
          // verb with its object ("the largest problem facing the economy").
          const ingVerb = n !== undefined && /ing$/.test(n.norm) && ['DET', 'PRON'].includes(doc.pos(doc.next(n) ?? n));
          if (n && !ingVerb && !looksPlural(t.norm) && n.kind === 'word' && /^\p{Ll}/u.test(n.text) && (doc.pos(n) === 'NOUN' || (looksPlural(n.norm) && doc.pos(n) === 'VERB'))) {
            t = n;
            continue;
          }
          head = t;
          break;
        }
        // Adjectives, adverbs and participles: "most experienced", "fastest growing".
        const participle = pos === 'VERB' && /(?:ed|ing)$/.test(t.norm);
        if ((pos === 'ADJ' || pos === 'ADV' || participle) && /^\p{Ll}/u.test(t.text)) {
          t = doc.next(t);
          continue;
        }
        break;
      }
      if (!head) continue;
      // "many of the deaf use sign language": after many/few the noun must come at once.
      if ((q.norm === 'many' || q.norm === 'few') && head.index - (of.index + 1) > 3) continue;
      const after = doc.next(head);
      if (after && (after.norm === "'s" || after.text === '’' || after.text === '-')) continue;
      if (looksPlural(head.norm) || numberTakesSingular(head.norm) || UNCOUNTABLE.has(head.norm)) continue;
      if (!superlative && COLLECTIVE.has(head.norm)) continue;
      if (head.norm.endsWith('ing') || head.norm.endsWith('ed') || head.norm.length <= 2) continue;
      if (head.norm === 'sort' || head.norm === 'kind' || head.norm === 'type') continue;
      if (MODALS.has(head.norm) || dashJoined(head)) continue;
      // "one of their number": the idiom for "one of them".
      if (head.norm === 'number' && after?.norm !== 'of') continue;
      if (after && after.norm === 'of' && QUANTITY.has(head.norm)) continue;
      // "one of the most cost effective forms", "leading democracy and human rights advocates".
      if (laterPluralHead(doc, head)) continue;
      const pair = PAIRED.get(q.norm);
      if (pair) {
        let c = after;
        let found = false;
        for (let k = 0; k < 8 && c; k++, c = doc.next(c)) if (c.norm === pair) found = true;
        if (found) continue;
      }
      const plural = matchCase(head.text, pluralize(head.norm));
      ctx.report({
        start: head.start,
        end: head.end,
        message: `“${doc.text.slice(q.start, head.end)}”: after “${q.text} of” the noun names the group and is plural (“${plural}”).`,
        suggestions: [plural],
        reason: '“one of the …” takes a plural noun',
        confidence: 0.85,
      });
    }
  },
};
