/**
 * "multiply its capacity by five for 2030", "cut emissions by 55 percent for 2030", "reach net
 * zero for 2050": a deadline year given with "for", carried over from "para 2030", "pour 2030",
 * "per il 2030", "bis 2030". English sets a target date with "by". Fires only where the clause
 * sets a target: a verb of reaching a goal (multiply, cut, halve, reach, phase out, install...)
 * and, right before "for", the amount or state to be reached (a number, "percent", "five",
 * "zero", "neutral"). A forecast for a year ("growth of 2 percent for 2024", "sales will rise 5
 * percent for 2025") and a target named as such ("the target for 2030") stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const YEAR = /^20\d\d$/;
// Verbs that set a goal to be met by a date.
const GOAL_VERBS = new Set([
  'multiply', 'multiplies', 'multiplying', 'double', 'doubles', 'doubling', 'triple', 'triples', 'tripling',
  'quadruple', 'quadruples', 'halve', 'halves', 'halving', 'cut', 'cuts', 'cutting', 'reduce', 'reduces', 'reducing',
  'lower', 'lowers', 'lowering', 'reach', 'reaches', 'reaching', 'achieve', 'achieves', 'achieving', 'install',
  'installs', 'installing', 'phase', 'phases', 'phasing', 'eliminate', 'eliminates', 'eliminating', 'become',
  'becomes', 'becoming', 'plant', 'plants', 'planting', 'train', 'trains', 'training', 'hire', 'hires', 'hiring',
]);
// The amount or state the goal names, right before "for".
const AMOUNT_WORDS = new Set([
  'percent', 'per', 'cent', '%', 'times', 'fold', 'half', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'zero', 'neutral', 'carbon-neutral', 'climate-neutral', 'million', 'billion', 'gigawatts', 'megawatts', 'tonnes',
  'tons', 'hectares', 'trees', 'people', 'workers', 'teachers', 'nurses', 'doctors', 'homes', 'houses',
]);
const CLAUSE_START = new Set([',', ';', ':', '.', 'and', 'but', 'which', 'who', 'when', 'because', 'while', 'that']);
const AFTER = new Set(['.', ',', ';', ':', ')', '!', '?', '—', '–', 'if', 'and', 'but', 'as', 'while', 'when', 'because', 'under', 'in', 'at', 'the', 'a']);

export const rule: Rule = {
  meta: {
    id: 'year-deadline',
    category: 'preposition',
    severity: 'warning',
    description: 'A target year given with “for” (“cut emissions by 55 percent for 2030”): English says “by”.',
    examples: {
      bad: [
        { text: 'Catalonia must multiply its renewable capacity by five [[for]] 2030 if it wants to close its plants.', output: 'Catalonia must multiply its renewable capacity by five by 2030 if it wants to close its plants.' },
        { text: 'The EU wants to cut emissions by 55 percent [[for]] 2030.', output: 'The EU wants to cut emissions by 55 percent by 2030.' },
        { text: 'The country aims to reach net zero [[for]] 2050, the minister said.', output: 'The country aims to reach net zero by 2050, the minister said.' },
      ],
      good: [
        'The EU wants to cut emissions by 55 percent by 2030.',
        'The bank expects growth of 2 percent for 2024.',
        'The company said sales would rise 5 percent for 2025.',
        'The government cut its growth target for 2030.',
        'Analysts cut their forecasts for 2025 and 2026.',
        'The club will cut ticket prices by 10 percent for 2025 season-ticket holders.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['for'])) {
      const year = doc.next(t);
      if (!year || !YEAR.test(year.text)) continue;
      const after = doc.next(year);
      if (after && !AFTER.has(after.norm)) continue;
      const before = doc.prev(t);
      if (!before || !(AMOUNT_WORDS.has(before.norm) || before.kind === 'number')) continue;
      let goal: Token | undefined;
      for (let k = 2; k <= 10; k++) {
        const v = doc.prev(t, k);
        if (!v || CLAUSE_START.has(v.norm)) break;
        if (GOAL_VERBS.has(v.norm)) {
          goal = v;
          break;
        }
      }
      if (!goal) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${goal.text} … ${before.text} for ${year.text}” sets a target date with “for”; English says “by ${year.text}”.`,
        suggestions: ['by'],
        reason: 'a deadline year takes “by”; “for” a year reads as a forecast for that year',
        confidence: 0.7,
      });
    }
  },
};
