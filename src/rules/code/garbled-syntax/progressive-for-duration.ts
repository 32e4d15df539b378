/**
 * “We are following him for two seasons”: the present progressive with a duration that runs up
 * to now. Languages that use the present there (Romance, Slavic, German) pass it on; English
 * needs the present perfect progressive (“have been following”). Flagged with “since” + a
 * point in time after any verb (“Rains are continuing since Monday”), or “for” + a span of time
 * after activity verbs that run on (follow, wait, work, live, try...), never after verbs of
 * plans (“is staying for two weeks”) and never in a sentence about the future.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const BE_PRESENT: ReadonlyMap<string, string> = new Map([
  ['am', 'have been'], ['is', 'has been'], ['are', 'have been'], ["'m", "'ve been"], ["'re", "'ve been"],
]);
const ACTIVITY = new Set([
  'following', 'watching', 'tracking', 'monitoring', 'waiting', 'working', 'living', 'trying', 'fighting',
  'studying', 'talking', 'negotiating', 'preparing', 'calling', 'pushing', 'looking', 'searching',
  'suffering', 'struggling', 'campaigning', 'demanding', 'investigating', 'using', 'teaching', 'building',
  'developing', 'saying', 'asking', 'hoping', 'planning', 'seeking', 'battling', 'lobbying', 'debating',
  'discussing', 'observing', 'scouting', 'courting', 'chasing', 'pursuing', 'coaching', 'managing',
  'leading', 'dealing', 'living', 'playing', 'training', 'selling', 'buying', 'protesting', 'striking',
  'trading', 'operating', 'running', 'competing', 'receiving', 'paying', 'treating', 'caring', 'raising',
  'losing', 'gaining', 'rising', 'falling', 'growing', 'declining', 'increasing', 'decreasing',
]);
const UNITS = new Set([
  'years', 'months', 'weeks', 'days', 'decades', 'seasons', 'hours', 'minutes', 'centuries', 'year',
  'month', 'week', 'decade', 'season', 'while', 'time', 'ages',
]);
const QUANT = new Set([
  'a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'several', 'many', 'some', 'long', 'more', 'than', 'over', 'almost',
  'nearly', 'about', 'around', 'the', 'past', 'last', 'few', 'decades', 'years', 'months',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const FUTURE = new Set(['next', 'tomorrow', 'coming', 'will', "'ll", 'upcoming', 'until', 'till', 'from']);

/** "for two seasons", "for the past three years", "for a long time". */
function duration(doc: Doc, forTok: Token): boolean {
  let c = doc.next(forTok);
  let quantified = false;
  for (let k = 0; k < 5 && c; k++) {
    if (UNITS.has(c.norm)) return quantified && !(c.norm === 'time' && doc.prev(c)?.norm !== 'long');
    if (!(QUANT.has(c.norm) || c.kind === 'number')) return false;
    quantified = true;
    c = doc.next(c);
  }
  return false;
}

/** "since 2019", "since January", "since last year", "since the start of". */
function sincePoint(doc: Doc, s: Token): boolean {
  const n = doc.next(s);
  if (!n) return false;
  if (n.kind === 'number' || MONTHS.has(n.norm) || ['last', 'then', 'childhood', 'yesterday', 'early', 'late', 'mid'].includes(n.norm)) return true;
  const nn = doc.next(n);
  return n.norm === 'the' && nn !== undefined && ['beginning', 'start', 'end', 'summer', 'winter', 'spring', 'autumn', 'fall', 'pandemic', 'war', 'age'].includes(nn.norm);
}

export const rule: Rule = {
  meta: {
    id: 'progressive-for-duration',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“We are following him for two seasons”: the present progressive for a span up to now.',
    examples: {
      bad: [
        { text: '“We [[are following]] him for two seasons,” the manager said.', output: '“We have been following him for two seasons,” the manager said.' },
        { text: 'The union [[is negotiating]] with the airline since January.', output: 'The union has been negotiating with the airline since January.' },
        { text: 'Residents [[are waiting]] for aid for three weeks.', output: 'Residents have been waiting for aid for three weeks.' },
        { text: 'He [[is living]] in Lisbon since 2019.', output: 'He has been living in Lisbon since 2019.' },
        { text: 'Rains [[are continuing]] since Monday in the north.', output: 'Rains have been continuing since Monday in the north.' },
      ],
      good: [
        'We have been following him for two seasons.',
        'She is staying in Lisbon for two weeks.',
        'The club is following him closely.',
        'They are negotiating for better pay.',
        'He is working there for the first time.',
        'The team is playing for two points next week.',
        'Since it is raining, the match is delayed.',
        'We are waiting for the results.',
        'He is living proof of the reform, since the change took effect.',
        'Our economy is growing and creating jobs at the fastest pace since 2000.',
        'She is staying since the house is empty.',
        'Prices are rising since demand is strong.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const be of doc.tokensWith(BE_PRESENT)) {
      const perfect0 = BE_PRESENT.get(be.norm);
      if (perfect0 === undefined) continue;
      // Keep the document's apostrophe in a contraction ("we’re" -> "we’ve been").
      const perfect = be.text.includes('’') ? perfect0.replace("'", '’') : perfect0;
      const v = doc.next(be);
      if (!v || !/ing$/.test(v.norm)) continue;
      // The time phrase within the next eight words, before any punctuation: "since" and a point
      // in time after any verb ("Rains are continuing since Monday"), "for" and a span only after
      // an activity ("is staying for two weeks" is a plan).
      let hit = false;
      for (let k = 0, c = doc.next(v); k < 8 && c && c.kind !== 'punct'; k++, c = doc.next(c)) {
        if ((c.norm === 'for' && ACTIVITY.has(v.norm) && duration(doc, c)) || (c.norm === 'since' && sincePoint(doc, c))) {
          hit = true;
          break;
        }
      }
      if (!hit) continue;
      // "is growing at the fastest pace since 2000": "since" dates a comparison, not a span.
      let compared = false;
      for (let k = 0, c = doc.next(v); k < 8 && c && c.kind !== 'punct' && c.norm !== 'since'; k++, c = doc.next(c)) {
        if (/est$/.test(c.norm) || ['pace', 'rate', 'level', 'first', 'most', 'highest', 'lowest', 'record'].includes(c.norm)) compared = true;
      }
      if (compared) continue;
      const s = doc.sentenceOf(be);
      let future = false;
      for (let i = s.firstToken; i < s.endToken && !future; i++) future = FUTURE.has((doc.at(i) as Token).norm);
      if (future || doc.pos(v) !== 'VERB') continue;
      const fix = `${perfect} ${v.text}`;
      const start = be.start;
      ctx.report({
        start,
        end: v.end,
        message: `“${doc.text.slice(start, v.end)}”: for an action that runs up to now English uses the present perfect progressive (“${fix}”).`,
        suggestions: [fix],
        reason: 'a span of time up to now takes the present perfect',
        confidence: 0.65,
      });
    }
  },
};
