/**
 * "12 dead and 30 disappeared", "the number of disappeared rose": people not yet found after a
 * disaster, rendered with “desaparecidos/disparus/dispăruți/пропавшие”. English calls them
 * "missing" ("the disappeared" are victims of state abductions). Fires on "disappeared" right
 * after a count with nothing verbal after it, and on "the number of disappeared"; "30 disappeared
 * from the camp" and "Twelve people disappeared in the storm" stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'hundred', 'dozens', 'hundreds', 'thousands', 'one',
]);
// After "N disappeared": what makes it a verb ("30 disappeared from the camp").
const VERBAL_AFTER = new Set([
  'from', 'after', 'in', 'when', 'while', 'without', 'during', 'on', 'at', 'into', 'last', 'overnight', 'between', 'under',
  'since', 'off', 'as', 'forever', 'for', 'before', 'within', 'along', 'near', 'across', 'inside', 'outside', 'over',
  'mysteriously', 'suddenly', 'completely', 'too', 'again', 'soon', 'shortly', 'quickly', 'immediately', 'along',
]);
const COUNT_BEFORE = new Set(['dead', 'killed', 'injured', 'wounded', 'deaths', 'victims', 'missing', 'and', ',']);

function isCount(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm));
}

export const rule: Rule = {
  meta: {
    id: 'missing-disappeared',
    category: 'lexical-choice',
    severity: 'warning',
    description: 'People not yet found called “disappeared” (“12 dead and 30 disappeared”): English says “missing”.',
    examples: {
      bad: [
        { text: 'The floods left 12 dead and 30 [[disappeared]].', output: 'The floods left 12 dead and 30 missing.' },
        { text: 'The landslide killed five people; two [[disappeared]], firefighters said.', output: 'The landslide killed five people; two missing, firefighters said.' },
        { text: 'The number of [[disappeared]] rose to 14.', output: 'The number of missing rose to 14.' },
      ],
      good: [
        'The floods left 12 dead and 30 missing.',
        'Twelve people died and 30 disappeared in the storm.',
        'Thirty disappeared from the camp last year.',
        'Mothers of the disappeared marched in Buenos Aires.',
        'Two disappeared without trace.',
        'The two disappeared after the match.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['disappeared'])) {
      if (t.norm !== 'disappeared') continue;
      const p = doc.prev(t);
      const n = doc.next(t);
      let fire = false;
      if (isCount(p) && (!n || n.kind === 'punct' || n.norm === 'and' || n.norm === 'or')) {
        // "... and 30 disappeared." / "; two disappeared, ..." — but not "The two disappeared."
        const pp = doc.prev(p as Token);
        if (pp && pp.norm !== 'the' && (COUNT_BEFORE.has(pp.norm) || pp.kind === 'punct' || pp.kind === 'number')) fire = true;
        if (!pp) fire = false;
      }
      if (p?.norm === 'of' && doc.prev(p)?.norm === 'number') fire = true;
      if (n && VERBAL_AFTER.has(n.norm)) fire = false;
      if (!fire) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: '“disappeared” for people not yet found carries over “desaparecidos/disparus/dispăruți”; English says “missing”.',
        suggestions: ['missing'],
        reason: 'people unaccounted for after a disaster are “missing”',
        confidence: 0.8,
      });
    }
  },
};
