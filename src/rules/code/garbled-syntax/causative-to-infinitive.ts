/**
 * “made him to resign”, “let them to go”: a causative “make” or “let” with a to-infinitive.
 * Languages whose causatives take an infinitive pass the “to” on; English “make” and “let” take
 * the bare verb (“made him resign”). Only a pronoun object or a plural noun for people is
 * checked, since after other nouns “to” is purpose (“made the trip to see her”, “made plans to
 * visit”); the passive “was made to resign” is English and has no object in between.
 */
import type { Rule } from '../../types.js';

const CAUSATIVE = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'letting']);
const PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const PEOPLE = new Set([
  'people', 'workers', 'players', 'residents', 'citizens', 'children', 'students', 'employees', 'staff',
  'farmers', 'voters', 'investors', 'consumers', 'drivers', 'passengers', 'patients', 'doctors', 'officials',
  'soldiers', 'troops', 'migrants', 'refugees', 'customers', 'users', 'fans', 'members', 'families', 'women',
  'men', 'teachers', 'parents', 'pupils', 'civilians', 'prisoners', 'hostages', 'journalists', 'reporters',
  'police', 'lawmakers', 'deputies', 'ministers', 'leaders', 'authorities', 'companies', 'banks', 'firms',
  // Organisations act like people here: "made the company to pay".
  'company', 'government', 'club', 'bank', 'firm', 'state', 'country', 'regulator', 'airline', 'team',
  'ministry', 'party', 'court', 'council', 'union', 'league', 'board', 'city', 'group', 'insurer',
]);
const QUANTITIES = new Set(['thousands', 'millions', 'hundreds', 'dozens', 'tens', 'many', 'most', 'some', 'all', 'lots', 'scores']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'many', 'some', 'most', 'all', 'these', 'those']);

export const rule: Rule = {
  meta: {
    id: 'causative-to-infinitive',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“made him to resign” for “made him resign”: “make” and “let” take the bare verb.',
    examples: {
      bad: [
        { text: 'The scandal made him [[to resign]] in March.', output: 'The scandal made him resign in March.' },
        { text: 'The guards let them [[to leave]] after an hour.', output: 'The guards let them leave after an hour.' },
        { text: 'High prices make many people [[to cut]] spending.', output: 'High prices make many people cut spending.' },
        { text: 'The storm made thousands of people [[to flee]] their homes.', output: 'The storm made thousands of people flee their homes.' },
        { text: 'The court made the company [[to pay]] compensation.', output: 'The court made the company pay compensation.' },
        { text: 'The club will not let the players [[to travel]] abroad.', output: 'The club will not let the players travel abroad.' },
      ],
      good: [
        'The scandal made him resign in March.',
        'He was made to resign in March.',
        'They made the trip to see her.',
        'The company made plans to expand.',
        'She made it to the final.',
        'They let the house to tenants.',
        'He made them to a standard nobody could match.',
        'It made him to the core a democrat.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const to of doc.tokensWith(['to'])) {
      if (to.norm !== 'to') continue;
      const obj = doc.prev(to);
      if (!obj) continue;
      let verb = doc.prev(obj);
      if (!PRONOUNS.has(obj.norm)) {
        if (!PEOPLE.has(obj.norm)) continue;
        if (verb && DETERMINERS.has(verb.norm)) verb = doc.prev(verb);
        // "made thousands of people to flee".
        if (verb?.norm === 'of' && doc.prev(verb) && QUANTITIES.has(doc.prev(verb)!.norm)) verb = doc.prev(doc.prev(verb)!);
      }
      if (!verb || !CAUSATIVE.has(verb.norm)) continue;
      const v = doc.next(to);
      if (!v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text) || /(?:ing|ed)$/.test(v.norm) || doc.pos(v) !== 'VERB') continue;
      if (doc.pos(verb) !== 'VERB') continue;
      ctx.report({
        start: to.start,
        end: v.end,
        message: `“${doc.text.slice(verb.start, v.end)}”: “${verb.text}” takes the bare verb in English (“${doc.text.slice(verb.start, obj.end)} ${v.text}”).`,
        suggestions: [v.text],
        reason: 'causative “make” and “let” take the infinitive without “to”',
        confidence: 0.8,
      });
    }
  },
};
