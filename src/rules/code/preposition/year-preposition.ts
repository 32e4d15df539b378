/**
 * "at 2019", "on 2020": a year after "at" or "on", where English says "in 2019" ("à/en 2019",
 * "a/en 2019" come back as "at"). Quiet when the year modifies a noun ("at 2019 levels",
 * "on 2020 figures"), after verbs whose "at" gives a level or a target ("closed at 2019",
 * "looking at 2030", "aimed at 2025"), and "on" only fires after verbs of an event ("born on
 * 2001"), since "focus on 2025", "reflect on 2020" are right.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const YEAR = /^(1[89]\d\d|20\d\d)$/;
// What may follow the year for the year to stand alone as a time adverbial.
const AFTER = new Set([
  'and', 'or', 'but', 'when', 'while', 'after', 'before', 'because', 'as', 'amid', 'with', 'following', 'until',
  'in', 'at', 'on', 'for', 'by', 'despite', 'during', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'his',
  'her', 'their', 'its', 'which', 'who', 'where', 'that', 'there', 'this', 'only', 'alone', 'already', 'again',
  'through', 'under', 'than', 'instead', 'rather',
]);
const AFTER_PUNCT = new Set([',', '.', ';', ':', ')', '!', '?', '—', '–']);
// "at" after these gives a level, a price or a target, not a time.
const AT_BLOCK = new Set([
  'closed', 'close', 'closing', 'stood', 'stand', 'stands', 'standing', 'ended', 'end', 'ends', 'ending', 'finished',
  'opened', 'open', 'opening', 'trading', 'traded', 'trades', 'trade', 'fell', 'rose', 'dropped', 'climbed', 'peaked',
  'settled', 'hit', 'reached', 'level', 'levels', 'priced', 'valued', 'set', 'sets', 'capped', 'fixed', 'pegged',
  'index', 'score', 'points', 'look', 'looks', 'looked', 'looking', 'glance', 'aim', 'aims', 'aimed', 'aiming',
  'target', 'targets', 'targeted', 'targeting', 'point', 'pointed', 'pointing', 'estimated', 'estimate', 'put', 'puts',
  'stop', 'stops', 'stopped', 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'beginning',
  'peak', 'high', 'low', 'record', 'lows', 'highs', 'around', 'about', 'nearly', 'just', 'up', 'down', 'was', 'were',
  'is', 'are', 'be', 'been', 'arrive', 'arrived', 'arrives', 'arriving', 'come', 'came', 'comes', 'coming', 'born',
  'shot', 'shoot', 'fire', 'fired', 'cut', 'cuts', 'rate', 'rates', 'number', 'total', 'totals', 'count', 'tally',
  'kept', 'keep', 'keeps', 'held', 'hold', 'holds', 'remain', 'remains', 'remained', 'cap', 'limit', 'limits', 'line',
  'lines', 'mark', 'marked', 'figure', 'figures', 'dollars', 'euros', 'pounds', 'yuan', 'yen', 'rupees', 'metres',
  'meters', 'feet', 'altitude', 'height', 'depth', 'room', 'number', 'no', 'page', 'pages', 'row', 'km', 'kilometre',
  'kilometer', 'mile', 'year', 'years',
]);
// "on" + year is a time only after verbs of an event.
const ON_EVENT = new Set([
  'born', 'died', 'founded', 'established', 'created', 'built', 'elected', 'appointed', 'married', 'signed', 'adopted',
  'launched', 'introduced', 'occurred', 'happened', 'retired', 'released', 'published', 'opened', 'closed', 'took',
  'began', 'started', 'ended', 'began', 'joined', 'left', 'moved', 'emigrated', 'graduated', 'arrested', 'killed',
  'sentenced', 'convicted', 'passed', 'approved', 'ratified', 'inaugurated', 'completed', 'finished', 'won', 'lost',
  'held', 'took', 'was', 'were', 'happen', 'happens', 'formed', 'merged', 'acquired', 'bought', 'sold', 'collapsed',
  'invaded', 'annexed', 'abolished', 'banned', 'dissolved',
]);

function yearAfter(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (!next || next.kind !== 'number' || !YEAR.test(next.text)) return false;
  if (!after) return true;
  return after.kind === 'punct' ? AFTER_PUNCT.has(after.text) : AFTER.has(after.norm);
}

export const rule: Rule = {
  meta: {
    id: 'year-preposition',
    category: 'preposition',
    severity: 'warning',
    description: '“at/on” before a year (“at 2019”, “born on 1990”): English uses “in”.',
    examples: {
      bad: [
        { text: 'The factory was built [[at]] 2019 with Chinese money.', output: 'The factory was built in 2019 with Chinese money.' },
        { text: 'He was born [[on]] 1962, the ministry said.', output: 'He was born in 1962, the ministry said.' },
        { text: '[[At]] 2015, the company moved to Berlin.', output: 'In 2015, the company moved to Berlin.' },
        { text: 'The plant will be shut [[at]] 2035 instead of 2042.', output: 'The plant will be shut in 2035 instead of 2042.' },
      ],
      good: [
        'The factory was built in 2019 with Chinese money.',
        'Output is still below its level at 2019 prices.',
        'The index closed at 2019, up 1 percent.',
        'Looking at 2030, the plan sets new goals.',
        'The party will focus on 2025 and beyond.',
        'Spending is capped at 2020 levels.',
        'He reflected on 2020 as a lost year.',
        'The debate turned on 2008.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['at', 'on'])) {
      if (t.norm !== 'at' && t.norm !== 'on') continue;
      const next = doc.next(t);
      if (!next || !yearAfter(t, next, doc.next(next))) continue;
      const prev = doc.prev(t);
      if (t.norm === 'at' && prev && (AT_BLOCK.has(prev.norm) || prev.kind === 'number')) continue;
      if (t.norm === 'on' && (!prev || !ON_EVENT.has(prev.norm))) continue;
      const inn = doc.isSentenceInitial(t) && /^[A-Z]/.test(t.text) ? 'In' : 'in';
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text} ${next.text}”: before a year English uses “in”, not “${t.norm}”.`,
        suggestions: [inn],
        reason: 'years take “in” in English',
        confidence: 0.85,
      });
    }
  },
};
