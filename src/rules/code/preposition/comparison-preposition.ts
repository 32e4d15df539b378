/**
 * Prepositions of comparison carried over from the source language:
 *  - "higher from the euro area average" (Turkish ablative "-den", Arabic/Hebrew "min", Persian
 *    "az"): the standard of a comparison takes "than";
 *  - "the biggest bank of the country" (Spanish "del país", Russian superlative + genitive): a
 *    superlative is "in" the place or group it ranges over.
 * A comparative stays quiet when "from" starts a change ("higher from 3 percent to 5 percent",
 * "lower from a year earlier", "stocks could go higher from here"), and a superlative when "of"
 * names a set of things ("the largest of the country's banks").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const COMPARATIVES = new Set([
  'higher', 'lower', 'bigger', 'larger', 'smaller', 'greater', 'stronger', 'weaker', 'cheaper', 'dearer', 'faster', 'slower', 'older',
  'younger', 'longer', 'shorter', 'wider', 'narrower', 'richer', 'poorer', 'heavier', 'lighter', 'taller', 'deeper', 'safer', 'riskier',
  'costlier', 'pricier', 'worse', 'better', 'steeper', 'sharper', 'warmer', 'colder', 'hotter', 'wetter', 'drier', 'busier', 'tougher',
]);
// Words in the phrase after "from" that make it the start of a change, not a standard.
const CHANGE_WORDS = new Set([
  'year', 'years', 'month', 'months', 'quarter', 'week', 'weeks', 'earlier', 'ago', 'previous', 'prior', 'last', 'level', 'levels',
  'peak', 'low', 'lows', 'high', 'highs', 'base', 'start', 'record', 'current', 'here', 'there', 'now', 'then', 'today', 'yesterday',
  'close', 'open', 'opening', 'estimate', 'forecast', 'figure', 'reading', 'revised', 'initial', 'original', 'beginning', 'end',
  'previously', 'before', 'low-base', 'mid', 'early', 'late',
]);
// Verbs of movement: "rose higher from", "moved lower from" describe a change.
const MOVE = new Set(['rose', 'rise', 'rises', 'rising', 'fell', 'fall', 'falls', 'falling', 'moved', 'move', 'moving', 'went', 'go', 'going', 'climbed', 'edged', 'traded', 'trading', 'opened', 'closed', 'pushed', 'revised', 'revise', 'jumped', 'dropped', 'slipped', 'ticked', 'inched', 'drifted', 'drove', 'driven', 'lifted', 'head', 'heading', 'headed', 'came', 'come', 'coming', 'get', 'got', 'getting', 'grow', 'grew', 'growing', 'see', 'seen', 'view', 'viewed', 'look', 'looks', 'looked', 'feel', 'feels', 'felt', 'sound', 'sounds', 'hear', 'heard']);

const PLACES = new Set(['world', 'country', 'region', 'sector', 'industry', 'city', 'state', 'province', 'continent', 'nation', 'market', 'capital', 'eurozone', 'bloc', 'league', 'planet', 'island', 'republic', 'kingdom', 'federation', 'union', 'area', 'territory']);
const SUPER_IRREGULAR = new Set(['best', 'worst', 'most', 'least', 'biggest', 'largest']);
// "-est" words that are not superlatives.
const NOT_SUPER = new Set(['interest', 'protest', 'forest', 'west', 'test', 'rest', 'request', 'arrest', 'guest', 'quest', 'chest', 'nest', 'vest', 'harvest', 'contest', 'manifest', 'honest', 'modest', 'earnest', 'conquest', 'suggest', 'digest', 'invest', 'unrest', 'midwest', 'southwest', 'northwest', 'priest', 'pest', 'crest', 'zest', 'lest', 'behest', 'bequest', 'inquest', 'attest', 'detest', 'infest', 'ingest', 'divest', 'molest', 'budapest', 'bucharest', 'everest']);

const BREAKERS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'among', 'and', 'or']);
const ATTRIBUTES = new Set([
  'practice', 'practices', 'need', 'needs', 'interest', 'interests', 'welfare', 'possession', 'possessions', 'tradition', 'traditions',
  'feature', 'features', 'quality', 'qualities', 'value', 'values', 'ideal', 'ideals', 'hope', 'hopes', 'dream', 'dreams', 'aspiration',
  'aspirations', 'achievement', 'achievements', 'resource', 'resources', 'asset', 'assets', 'problem', 'problems', 'challenge',
  'challenges', 'threat', 'threats', 'danger', 'dangers', 'abuse', 'abuses', 'excess', 'excesses', 'trait', 'traits', 'mind', 'minds',
  'spirit', 'instinct', 'instincts', 'principle', 'principles', 'tendency', 'tendencies', 'habit', 'habits', 'fear', 'fears',
  'desire', 'desires', 'wish', 'wishes', 'duty', 'duties', 'obligation', 'obligations', 'responsibility', 'responsibilities',
]);

function isSuperlative(t: Token): boolean {
  if (SUPER_IRREGULAR.has(t.norm)) return true;
  return /^[a-z]{3,}est$/.test(t.norm) && !NOT_SUPER.has(t.norm);
}

function sentenceBounds(doc: Doc, t: Token): [number, number] {
  const s = doc.sentenceOf(t);
  return [s.firstToken, s.endToken];
}

export const rule: Rule = {
  meta: {
    id: 'comparison-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'The standard of a comparison with “from” (“higher from the average”) or the range of a superlative with “of” (“the biggest bank of the country”): English says “than” and “in”.',
    examples: {
      bad: [
        { text: 'Unemployment is higher [[from]] the national average.', output: 'Unemployment is higher than the national average.' },
        { text: 'The new model is cheaper [[from]] its rivals.', output: 'The new model is cheaper than its rivals.' },
        { text: 'It is the biggest bank [[of]] the country.', output: 'It is the biggest bank in the country.' },
        { text: 'She became the richest woman [[of]] the world.', output: 'She became the richest woman in the world.' },
        { text: 'It was the largest strike [[of]] the public sector since 2010.', output: 'It was the largest strike in the public sector since 2010.' },
      ],
      good: [
        'Unemployment is higher than the national average.',
        'Inflation was higher from January to March.',
        'The law would protect every American from the worst practices of the insurance industry.',
        'One of the most urgent needs of the city is a new law.',
        'Most of the peoples of the world want peace.',
        'The crisis was one of the greatest in the history of the world.',
        'Sales were lower from a year earlier.',
        'Stocks could go higher from here.',
        'The rate was revised higher from the initial estimate.',
        'It is the largest of the country’s banks.',
        'It is the biggest bank in the country.',
        'He is the best player of the tournament.',
        'The highest point of the island is 900 metres.',
        'It was the best day of the year.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['from', 'of'])) {
      const [sStart, sEnd] = sentenceBounds(doc, t);
      const prev = t.index > sStart ? doc.at(t.index - 1) : undefined;
      if (!prev) continue;
      if (t.norm === 'from') {
        if (!COMPARATIVES.has(prev.norm)) continue;
        const pp = doc.prev(prev);
        if (pp && pp.index >= sStart && (MOVE.has(pp.norm) || pp.norm === 'much' && MOVE.has(doc.prev(pp)?.norm ?? ''))) continue;
        const n1 = t.index + 1 < sEnd ? doc.at(t.index + 1) : undefined;
        if (!n1 || n1.kind !== 'word' || !/^(the|a|an|its|their|his|her|our|that|those|what|in|other|many|most|any|some|rival|last)$/.test(n1.norm)) continue;
        let change = false;
        for (let k = t.index + 1; k < sEnd && k < t.index + 10; k++) {
          const x = doc.at(k) as Token;
          if (x.norm === 'to' || x.norm === 'than' || x.norm === 'between' || x.norm === 'until' || CHANGE_WORDS.has(x.norm) || x.kind === 'number') change = true;
        }
        if (change) continue;
        // "higher from the ground", a position: keep to sentences that compare (a copula or a noun before)
        if (pp && /^(ground|floor|air|sea|distance|above|below|up|down)$/.test(doc.at(t.index + 2)?.norm ?? '')) continue;
        ctx.report({ start: t.start, end: t.end, message: `“${prev.text} from” gives the standard of a comparison with “from” (“-den/min/az”): English says “${prev.text} than”.`, suggestions: ['than'], reason: 'a comparative takes “than” before what it is compared with', confidence: 0.8 });
        continue;
      }
      // of + the + (modifier)? + place after a superlative + noun
      const n1 = t.index + 1 < sEnd ? doc.at(t.index + 1) : undefined;
      if (!n1 || n1.norm !== 'the') continue;
      // Word tests before the tagger: a superlative two to four words back, none right before "of".
      if (isSuperlative(prev)) continue;
      let sup: Token | undefined;
      for (let k = 2; k <= 4; k++) {
        const p = doc.prev(t, k);
        if (!p || p.index < sStart) break;
        if (isSuperlative(p)) {
          sup = p;
          break;
        }
        // "most of the peoples of the world", "one of the greatest in the history of the world":
        // the superlative has its own range already.
        if (p.kind !== 'word' || BREAKERS.has(p.norm)) break;
      }
      if (!sup) continue;
      let j = t.index + 2;
      let place: Token | undefined;
      for (let m = 0; m < 3 && j < sEnd; m++, j++) {
        const x = doc.at(j) as Token;
        if (PLACES.has(x.norm)) {
          place = x;
          break;
        }
        if (x.kind !== 'word' || !(doc.pos(x) === 'NOUN' || doc.pos(x) === 'ADJ' || doc.pos(x) === 'PROPN')) break;
      }
      if (!place) continue;
      const after = j + 1 < sEnd ? doc.at(j + 1) : undefined;
      if (after && (after.norm === "'s" || (after.kind === 'word' && doc.pos(after) === 'NOUN'))) continue;
      // a noun between the superlative and "of": "the biggest bank of", "the largest strike of"
      if (prev.kind !== 'word' || doc.pos(prev) !== 'NOUN') continue;
      // "the highest point of the island", "the best player of the tournament": parts and awards
      if (/^(point|part|parts|end|side|corner|edge|top|bottom|peak|summit|centre|center|heart|player|players|goal|goals|day|days|moment|moments|time|times|one|ones|half|level|levels|stage)$/.test(prev.norm)) continue;
      // "the worst practices of the insurance industry", "the most urgent needs of the capital":
      // what the place does, needs or owns, not a member ranked in it.
      if (ATTRIBUTES.has(prev.norm)) continue;
      ctx.report({ start: t.start, end: t.end, message: `“${sup.text} ${prev.text} of the ${place.text}” carries over a genitive: English ranks things “in” a place or a sector.`, suggestions: ['in'], reason: 'a superlative takes “in” before the place or group it ranges over', confidence: 0.75 });
    }
  },
};
