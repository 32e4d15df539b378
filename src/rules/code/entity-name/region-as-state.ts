/**
 * A province, region or canton called a "state": “Alberta State”, “the State of Ontario”,
 * “Sichuan State”, “Lombardy State”. Languages that call every first-level division by one word
 * (Chinese 省/州, Indonesian, Russian) or a translator's habit of writing "state" leave Canada's
 * provinces, China's provinces or Italy's regions as "states". English uses the bare name or the
 * division's own word (“the province of Alberta”). Regions come from src/data/metonym-regions.txt;
 * countries whose divisions are states (the US, India, Mexico, Brazil, Germany, Austria,
 * Australia, Nigeria, Malaysia, Myanmar, Sudan...) are left alone, as is “Alberta State
 * University” (another capitalized word after “State”).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { readList } from '../../../data/lists.js';

const STATE_COUNTRIES: ReadonlySet<string> = new Set([
  'United States', 'India', 'Mexico', 'Brazil', 'Germany', 'Austria', 'Australia', 'Nigeria', 'Ethiopia', 'Somalia',
  'Venezuela', 'Sudan', 'South Sudan', 'Malaysia', 'Myanmar', 'Micronesia', 'Palau', 'person', 'Macau', 'Bolivia',
]);
const DIVISION: Readonly<Record<string, string>> = {
  Canada: 'province', China: 'province', Pakistan: 'province', Indonesia: 'province', 'South Africa': 'province',
  Argentina: 'province', Iran: 'province', Iraq: 'province', Italy: 'region', France: 'region', Spain: 'region',
  Switzerland: 'canton', Japan: 'prefecture', Russia: 'region', Ukraine: 'region', Belgium: 'region', Portugal: 'region',
  'South Korea': 'province', Poland: 'province', Georgia: 'region', Colombia: 'department', 'DR Congo': 'province',
};

const REGIONS: ReadonlyMap<string, { readonly words: readonly string[]; readonly country: string }> = (() => {
  const m = new Map<string, { words: string[]; country: string }>();
  for (const l of readList('metonym-regions.txt')) {
    const [name, kind, country] = l.split('|').map((x) => x.trim());
    if (!name || kind !== 'region' || !country || STATE_COUNTRIES.has(country)) continue;
    if (/\b(Islands|Region|Country|Republic)\b/.test(name)) continue;
    m.set(name, { words: name.split(/\s+/), country });
  }
  return m;
})();

export const rule: Rule = {
  meta: {
    id: 'region-as-state',
    category: 'entity-name',
    severity: 'warning',
    description: 'A province, region or canton called a “state” (“Alberta State”, “the State of Ontario”).',
    examples: {
      bad: [
        { text: 'In [[Alberta State]], 25,000 residents were told to leave.', output: 'In Alberta, 25,000 residents were told to leave.' },
        { text: 'Floods hit [[Sichuan State]] on Monday.', output: 'Floods hit Sichuan on Monday.' },
        { text: 'The government of [[the State of Ontario]] will pay for the repairs.', output: 'The government of Ontario will pay for the repairs.' },
        { text: 'Police in [[Lombardy State]] closed the road.', output: 'Police in Lombardy closed the road.' },
      ],
      good: [
        'In Alberta, 25,000 residents were told to leave.',
        'She studied at Ohio State University.',
        'The State of Texas filed the suit.',
        'Rakhine State has been cut off.',
        'Police in the province of Ontario closed the road.',
        'The Alberta State Court? No, the Court of King’s Bench.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const t of doc.tokensWith(['state'])) {
      if (t.text !== 'State') continue;
      const next = doc.next(t);
      // "Alberta State University", "State-owned": part of a longer name or word.
      if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && next.norm !== 'of') continue;
      // "<Region> State".
      for (const [name, r] of REGIONS) {
        const n = r.words.length;
        const first = toks[t.index - n];
        if (!first) continue;
        let ok = true;
        for (let k = 0; k < n; k++) if ((toks[t.index - n + k] as Token).text !== r.words[k]) ok = false;
        if (!ok) continue;
        const before = doc.prev(first);
        if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !doc.isSentenceInitial(before)) continue;
        ctx.report({
          start: first.start,
          end: t.end,
          message: `${name} is a ${DIVISION[r.country] ?? 'region'} of ${r.country}, not a state: English writes “${name}”.`,
          suggestions: [name, `the ${DIVISION[r.country] ?? 'region'} of ${name}`],
          reason: 'the division has its own name in English; “state” is a translation habit',
          confidence: 0.75,
        });
        break;
      }
      // "State of <Region>".
      if (next?.norm !== 'of') continue;
      for (const [name, r] of REGIONS) {
        let ok = true;
        for (let k = 0; k < r.words.length; k++) if (toks[next.index + 1 + k]?.text !== r.words[k]) ok = false;
        if (!ok) continue;
        const last = toks[next.index + r.words.length] as Token;
        const after = doc.next(last);
        if (after && (after.norm === "'s" || (after.kind === 'word' && /^\p{Lu}/u.test(after.text)))) continue;
        const the = doc.prev(t)?.norm === 'the' ? (doc.prev(t) as Token) : t;
        ctx.report({
          start: the.start,
          end: last.end,
          message: `${name} is a ${DIVISION[r.country] ?? 'region'} of ${r.country}, not a state.`,
          suggestions: [name, `province of ${name}`].map((s, k) => (k === 1 ? `${DIVISION[r.country] ?? 'region'} of ${name}` : s)),
          reason: 'the division has its own name in English; “state” is a translation habit',
          confidence: 0.7,
        });
        break;
      }
    }
  },
};
