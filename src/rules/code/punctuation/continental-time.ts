/**
 * A time in French or continental form: "14h30", "at 9h" (French, Portuguese), for "2:30 p.m."
 * or "14:30"; a 24-hour time with a point or the abbreviation "hrs" ("08.00 hrs.", "0800 hrs",
 * "16.30 local time", the German, Dutch, Scandinavian and South Asian styles), for "8 a.m.".
 * A point time is one only before "hrs"/"h", "local time" or a time zone: "16.30" alone is a
 * number.
 */
import type { Rule } from '../../types.js';

const H_TIME = /(?<![\p{L}\d])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu;
// "08.00 hrs.", "14:30 hrs", "0800 hrs", "21.00 hours", "16.30 local time", "9.15 GMT": a
// following "hrs"/"hours" is part of the span (the fix drops it); a zone or "local time" is not.
const HRS_TIME = /(?<![\p{L}\d.,:])([01]?\d|2[0-3])(?:([.:])([0-5]\d)|([0-5]\d))(?: ?(hrs\.?|hr\.?|hours)|(?= (?:local time|GMT|UTC|CET|CEST|EET|IST|WIB|ICT)\b))(?![\p{L}\d])/gu;

const AT_TIME = /\b(?:at|from|until|till|by|to|before|after|around|about|since)\s+$/i;

function english(h: number, min: string): string {
  const suffix = h < 12 ? 'a.m.' : 'p.m.';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min ? `:${min}` : ''} ${suffix}`;
}

export const rule: Rule = {
  meta: {
    id: 'continental-time',
    category: 'punctuation',
    severity: 'warning',
    description: 'A time written the French way ("14h30", "at 9h").',
    examples: {
      bad: [
        { text: 'The meeting starts at [[14h30]] on Monday.', output: 'The meeting starts at 2:30 p.m. on Monday.' },
        { text: 'Polls close at [[20h]] local time.', output: 'Polls close at 8 p.m. local time.' },
        { text: 'Readings reached 312 at [[08.00 hrs.]] on Monday.', output: 'Readings reached 312 at 8 a.m. on Monday.' },
        { text: 'The flight left at [[0830 hrs]] and landed safely.', output: 'The flight left at 8:30 a.m. and landed safely.' },
        { text: 'The strike began at [[16.30]] local time.', output: 'The strike began at 4:30 p.m. local time.' },
        { text: 'The polls closed at [[21.00 hours]] on Sunday.', output: 'The polls closed at 9 p.m. on Sunday.' },
      ],
      good: [
        'The meeting starts at 2:30 p.m. on Monday.',
        'The 24h race starts on Saturday.',
        'He drove 3h in the rain.',
        'The file was named 14h30.txt.',
        'The strike began at 14:30 local time and the attack at 0400 GMT.',
        'The assault began at 0400 hours, the army said.',
        'The index closed at 16.30 points.',
        'He worked 12.50 hours a week.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (/\d ?(?:hrs?\b|hours|local time|[A-Z]{3}\b)/.test(text)) {
      for (const m of text.matchAll(HRS_TIME)) {
        const [, hh, sep, mm1, mm2, unit] = m;
        const min = (mm1 ?? mm2) as string;
        // "1400 hours" is English military style; "14:30 local time" is English too.
        if (unit === 'hours' && sep !== '.') continue;
        if (!unit && sep !== '.') continue;
        // With a unit, only as a point in time ("at 08.00 hrs"), not a length ("worked 12.50 hours").
        if (unit && !AT_TIME.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
        const h = Number(hh);
        const to = english(h, min === '00' ? '' : min);
        const clock = `${(hh as string).padStart(2, '0')}:${min}`;
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” is a 24-hour time in a continental style: English writes “${to}” (or “${clock}”).`,
          suggestions: [to, clock],
          reason: 'English news writes times as 8 a.m. or 2:30 p.m. (or 14:30), not 08.00 hrs',
          confidence: 0.8,
        });
      }
    }
    if (!/\dh/.test(text)) return;
    for (const m of text.matchAll(H_TIME)) {
      const min = m[2] ?? '';
      // Without minutes, only after "at", "from", "until", "by", "to", "before", "after": "24h", "3h" are durations.
      if (!min && !/\b(?:at|from|until|till|by|to|before|after|around|about)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (/^\.\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      const h = Number(m[1]);
      const to = english(h, min);
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” is a French-style time: English writes “${to}”${min ? ` or “${m[1]}:${min}”` : ''}.`,
        suggestions: min ? [to, `${m[1]}:${min}`] : [to],
        reason: 'English writes times as 2:30 p.m. (or 14:30), not 14h30',
        confidence: 0.85,
      });
    }
  },
};
