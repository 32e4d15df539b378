/**
 * "fell sharply at the pandemic", "a sample taken under the Tour of Norway", "under the last
 * five years": the time span of an event or a period given with "at" or "under" (Swedish and
 * Norwegian "under", Polish "pod czas", Turkish "-de"), where English says "during" (or "over"
 * for a stretch of years). "Under" stays quiet before schemes and rules ("under the plan",
 * "under the Paris Agreement", "under the occupation") and "at" before compounds ("at the war
 * memorial", "at the height of the pandemic").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

// Events whose duration "at the ..." cannot name in English.
const AT_EVENTS = new Set(['pandemic', 'epidemic', 'lockdown', 'lockdowns', 'war', 'recession', 'outbreak', 'occupation', 'blockade', 'siege', 'famine', 'drought', 'heatwave', 'crisis']);
// Verbs and adjectives that take "at" themselves: "looked at the crisis", "aimed at the war".
const AT_TAKERS = new Set([
  'look', 'looks', 'looked', 'looking', 'aim', 'aims', 'aimed', 'aiming', 'glance', 'glanced', 'stare', 'stared', 'laugh', 'laughed',
  'hint', 'hinted', 'hinting', 'angry', 'shocked', 'surprised', 'alarmed', 'amazed', 'astonished', 'dismayed', 'horrified', 'furious',
  'point', 'pointed', 'pointing', 'directed', 'targeted', 'arrived', 'arrive', 'arrives', 'arriving', 'good', 'bad', 'better', 'best',
  'worse', 'worst', 'expert', 'hard', 'work', 'working', 'worked', 'jab', 'jabs', 'swipe', 'dig', 'lash', 'lashed', 'hit', 'hits',
  'rail', 'railed', 'marvel', 'marvelled', 'guess', 'guessed', 'nibble', 'chip', 'chipped', 'grab', 'grabbed', 'grasp', 'grasped',
  'go', 'went', 'going', 'goes', 'are', 'is', 'was', 'were', 'be', 'been', 'being', 'remain', 'remained', 'remains', 'stay', 'stayed',
]);
// Events "under" cannot frame in English ("under the race" = during it).
const UNDER_EVENTS = new Set([
  'race', 'tour', 'match', 'game', 'games', 'tournament', 'championship', 'championships', 'olympics', 'cup', 'visit', 'trip', 'meeting',
  'summit', 'conference', 'congress', 'session', 'festival', 'holiday', 'holidays', 'pandemic', 'epidemic', 'lockdown', 'flight',
  'weekend', 'week', 'night', 'season', 'interview', 'negotiations', 'talks', 'debate', 'hearing', 'ceremony', 'celebrations',
  'celebration', 'event', 'stay', 'concert', 'election', 'elections', 'vote', 'voting', 'referendum', 'journey', 'voyage', 'crossing',
  'marathon', 'rally', 'stage', 'qualifiers', 'qualifying', 'final', 'finals', 'semifinal', 'semi-final', 'giro', 'vuelta', 'grand',
  'world', 'european', 'winter', 'summer', 'autumn', 'spring', 'year', 'month', 'morning', 'afternoon', 'evening', 'day', 'days',
  'period', 'decade', 'years', 'months', 'weeks', 'first', 'second', 'last', 'past', 'previous', 'coming', 'next', 'whole', 'entire',
]);
const PERIOD_HEADS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'half', 'quarter', 'period', 'season', 'century', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'winter', 'summer', 'autumn', 'spring']);
// Capitalised event words that make "under the Tour of Norway" an event.
const EVENT_NAMES = new Set(['tour', 'games', 'cup', 'championship', 'championships', 'olympics', 'open', 'rally', 'festival', 'marathon', 'prix', 'giro', 'vuelta', 'summit', 'congress', 'biennale', 'expo', 'classic', 'trophy', 'series', 'masters', 'race']);
const NUMBER = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many)$/;

function sentenceEnd(doc: Doc, t: Token): number {
  const s = doc.sentenceOf(t);
  return s.endToken;
}

/** "under the Tour of Norway", "under the last five years", "under the pandemic": end index of the event phrase, or -1. */
function underEvent(doc: Doc, i: number, end: number): { head: Token; end: number } | undefined {
  let j = i;
  const first = doc.at(j);
  if (!first || j >= end) return undefined;
  if (first.norm === 'the' || first.norm === 'this' || first.norm === 'that' || first.norm === 'his' || first.norm === 'her' || first.norm === 'their' || first.norm === 'its') j++;
  else return undefined;
  // "under the last five years", "under the first half"
  const w = doc.at(j);
  if (!w || j >= end) return undefined;
  if (/^(last|past|first|second|previous|coming|next|whole|entire)$/.test(w.norm)) {
    let k = j + 1;
    if (k < end && NUMBER.test((doc.at(k) as Token).norm)) k++;
    const h = doc.at(k);
    return h && k < end && PERIOD_HEADS.has(h.norm) ? { head: h, end: k + 1 } : undefined;
  }
  // "under the Tour of Norway", "under the Winter Olympics"
  let k = j;
  let named = false;
  while (k < end && k < j + 4) {
    const x = doc.at(k) as Token;
    if (!/^\p{Lu}/u.test(x.text)) break;
    if (EVENT_NAMES.has(x.norm)) named = true;
    k++;
  }
  if (named) return { head: doc.at(k - 1) as Token, end: k };
  if (k > j) return undefined; // another name: "under the Paris Agreement"
  // "under the race", "under the pandemic", "under the two-day visit"
  let m = j;
  if (m < end && /^(two-day|three-day|four-day|five-day|one-day|week-long|weeklong|recent|official|state|annual|last|first|final|opening|closing|covid|covid-19|coronavirus)$/.test((doc.at(m) as Token).norm)) m++;
  const h = doc.at(m);
  if (!h || m >= end || !UNDER_EVENTS.has(h.norm) || PERIOD_HEADS.has(h.norm) || /^(last|past|first|second|previous|coming|next|whole|entire|world|european|grand)$/.test(h.norm)) return undefined;
  const a = m + 1 < end ? doc.at(m + 1) : undefined;
  if (a && a.kind === 'word' && (doc.pos(a) === 'NOUN' || a.norm === "'s")) return undefined;
  return { head: h, end: m + 1 };
}

export const rule: Rule = {
  meta: {
    id: 'during-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'The time of an event or a period given with “at” or “under” (“fell at the pandemic”, “under the Tour of Norway”, “under the last five years”): English says “during” or “over”.',
    examples: {
      bad: [
        { text: 'Tourism collapsed [[at]] the pandemic.', output: 'Tourism collapsed during the pandemic.' },
        { text: 'Many factories closed [[at]] the war, he said.', output: 'Many factories closed during the war, he said.' },
        { text: 'The sample was taken [[under]] the Giro d’Italia in May.', output: 'The sample was taken during the Giro d’Italia in May.' },
        { text: 'He fell ill [[under]] the visit to Oslo.', output: 'He fell ill during the visit to Oslo.' },
        { text: 'Prices doubled [[under]] the last five years.', output: 'Prices doubled during the last five years.' },
        { text: 'Two riders crashed [[under]] the race on Sunday.', output: 'Two riders crashed during the race on Sunday.' },
      ],
      good: [
        'Tourism collapsed during the pandemic.',
        'Hospitals were full at the height of the pandemic.',
        'They met at the war memorial.',
        'The report looked at the crisis in detail.',
        'The country has been at war for years.',
        'Rents are frozen under the plan.',
        'The deal was reached under the Paris Agreement.',
        'The city suffered under the occupation.',
        'Children under the age of five were vaccinated.',
        'He was under the weather.',
        'The race was run under the lights.',
        'Talks are under way.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['at', 'under'])) {
      const end = sentenceEnd(doc, t);
      const prev = doc.prev(t);
      const sameSentence = prev !== undefined && doc.sentenceOf(prev) === doc.sentenceOf(t);
      if (t.norm === 'at') {
        const d = doc.at(t.index + 1);
        const h = doc.at(t.index + 2);
        if (!d || !h || t.index + 2 >= end || d.norm !== 'the' || !AT_EVENTS.has(h.norm)) continue;
        if (sameSentence && AT_TAKERS.has(prev.norm)) continue;
        const a = t.index + 3 < end ? doc.at(t.index + 3) : undefined;
        if (a && a.kind === 'word' && (doc.pos(a) === 'NOUN' || doc.pos(a) === 'PROPN' || a.norm === "'s" || a.norm === 'of')) continue;
        // "the crisis" is also a topic: keep it to sentences where it is plainly a time span
        if (h.norm === 'crisis' && !(a === undefined || a.kind === 'punct')) continue;
        ctx.report({ start: t.start, end: t.end, message: `“at the ${h.text}” gives the time of a long event with “at”: English says “during the ${h.text}”.`, suggestions: ['during'], reason: 'a span of time takes “during”; “at” marks a point', confidence: 0.75 });
        continue;
      }
      if (t.norm !== 'under') continue;
      const ev = underEvent(doc, t.index + 1, end);
      if (!ev) continue;
      const cap = doc.isSentenceInitial(t);
      const sug = PERIOD_HEADS.has(ev.head.norm) ? ['during', 'over', 'in'] : ['during'];
      ctx.report({
        start: t.start,
        end: t.end,
        message: '“under” for the time of an event or a period carries over “under/pod/во время”: English says “during”.',
        suggestions: cap ? sug.map((s) => s.charAt(0).toUpperCase() + s.slice(1)) : sug,
        reason: 'English uses “under” for conditions and rules, and “during” for the time something lasts',
        confidence: 0.75,
      });
    }
  },
};
