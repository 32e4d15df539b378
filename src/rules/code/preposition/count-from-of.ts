/**
 * "31 from the 130 seats", "three from the victims were children", "two from them": a part of a
 * counted whole introduced with "from" (“din/de/из/spośród”). English says "of". Fires when a count
 * (a number, "half", "most", "the majority") stands right before "from" and the whole follows as
 * "the + number", a pronoun (them, us, these, those), or "the" + a plural noun naming people or
 * counted things. Origins stay quiet ("two from the village", "most from the south"), and so do
 * changes ("rose to 31 from 27", "up from the 30").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { isCount, isYear } from './lib/counts.js';

const PARTS = new Set(['half', 'most', 'majority', 'none', 'remainder', 'rest', 'dozens', 'hundreds', 'thousands', 'tens']);
const WHOLES = new Set(['them', 'us', 'these', 'those']);
const GROUPS = new Set([
  'victims', 'dead', 'injured', 'wounded', 'deaths', 'seats', 'votes', 'candidates', 'respondents', 'cases', 'deputies',
  'members', 'countries', 'states', 'parties', 'passengers', 'hostages', 'suspects', 'people', 'children', 'migrants',
  'workers', 'students', 'players', 'patients', 'soldiers', 'civilians', 'prisoners', 'detainees', 'journalists', 'employees',
  'defendants', 'senators', 'lawmakers', 'mps', 'ministers', 'judges', 'companies', 'banks', 'firms', 'municipalities',
  'counties', 'regions', 'provinces', 'districts', 'constituencies', 'applicants', 'participants', 'survivors', 'casualties',
  'fatalities', 'refugees', 'crew', 'protesters', 'demonstrators', 'arrested', 'detained', 'infected', 'hospitalised',
  'hospitalized', 'vaccinated', 'polled', 'surveyed', 'interviewed', 'questioned', 'missing', 'evacuated', 'rescued',
]);
// Before the count: a change ("rose to 31 from 27") or a range ("between 2 from ...").
const CHANGE_BEFORE = new Set(['to', 'from', 'up', 'down', 'between', 'rose', 'fell', 'increased', 'decreased', 'grew', 'dropped', 'climbed', 'jumped', 'by', 'at']);

function isPart(t: Token | undefined): boolean {
  return t !== undefined && ((isCount(t) && !isYear(t)) || PARTS.has(t.norm));
}

function wholeFollows(doc: Doc, from: Token): boolean {
  const a = doc.next(from);
  if (!a) return false;
  if (WHOLES.has(a.norm)) return true;
  if (a.norm !== 'the') return false;
  const b = doc.next(a);
  if (!b) return false;
  if (isCount(b) && !isYear(b)) return true;
  const c = doc.next(b);
  return GROUPS.has(b.norm) && c?.norm !== "'s" && c?.norm !== "'" && c?.text !== '’';
}

export const rule: Rule = {
  meta: {
    id: 'count-from-of',
    category: 'preposition',
    severity: 'warning',
    description: 'A part of a counted whole with “from” (“31 from the 130 seats”, “three from the victims”): English says “of”.',
    examples: {
      bad: [
        { text: 'The party won 31 [[from]] the 130 seats.', output: 'The party won 31 of the 130 seats.' },
        { text: 'Three [[from]] the victims were children.', output: 'Three of the victims were children.' },
        { text: 'The majority [[from]] the deputies voted against.', output: 'The majority of the deputies voted against.' },
        { text: 'Police arrested 12 people, and two [[from]] them were minors.', output: 'Police arrested 12 people, and two of them were minors.' },
      ],
      good: [
        'The party won 31 of the 130 seats.',
        'Two from the village were killed.',
        'Most from the south voted for him.',
        'The party rose to 31 from 27 seats.',
        'The party raised its tally to 31 from the 27 it won in 2019.',
        'Seats rose to 31, up from the 27 it held.',
        'In 2019 from the start, the bank cut rates.',
        'Three from the same family were hurt.',
        'He received two from the players\' union.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['from'])) {
      if (t.norm !== 'from') continue;
      const p = doc.prev(t);
      if (!isPart(p)) continue;
      const pp = doc.prev(p as Token);
      if (pp && CHANGE_BEFORE.has(pp.norm)) continue;
      if ((p as Token).norm === 'majority' || (p as Token).norm === 'remainder' || (p as Token).norm === 'rest') {
        if (!pp || pp.norm !== 'the') continue;
      }
      if (!wholeFollows(doc, t)) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${(p as Token).text} ${t.text} …” counts a part of a whole with “${t.text}” (“din/de/из”); English says “of”.`,
        suggestions: ['of'],
        reason: 'a part of a counted whole takes “of”',
        confidence: 0.8,
      });
    }
  },
};
