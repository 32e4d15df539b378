/**
 * The subject after its verb: “In the attack were killed 12 people”, “In the fire died three
 * children”, “were arrested two suspects”. Romance and Slavic put a new subject last; English
 * puts it first (“12 people were killed”). Flagged when a passive of harm or arrest, or an
 * intransitive verb, is followed by a number (or “dozens”, “at least”) and a noun for people;
 * “were killed two days ago” has no people noun and stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const BE = new Set(['was', 'were', 'are', 'is', 'have', 'has', 'had']);
const PASSIVES = new Set([
  'killed', 'injured', 'wounded', 'hurt', 'arrested', 'detained', 'evacuated', 'rescued', 'hospitalized',
  'hospitalised', 'displaced', 'infected', 'sentenced', 'convicted', 'deported', 'released', 'freed',
  'kidnapped', 'abducted', 'taken', 'executed', 'charged', 'questioned', 'expelled', 'fired', 'dismissed',
  'vaccinated', 'tested', 'treated', 'buried', 'trapped', 'stranded', 'missing', 'dead',
]);
const INTRANSITIVE = new Set(['died', 'drowned', 'perished', 'arrived', 'fled', 'participated', 'gathered', 'protested', 'marched']);
const QUANT = new Set(['at', 'least', 'about', 'more', 'than', 'some', 'nearly', 'around', 'over', 'almost', 'up', 'to', 'another', 'a', 'further']);
const COUNT = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands', 'several', 'many', 'dozen', 'hundred', 'thousand', 'million', 'millions', 'scores']);
const PEOPLE = new Set([
  'people', 'persons', 'civilians', 'children', 'soldiers', 'policemen', 'officers', 'workers', 'passengers',
  'migrants', 'protesters', 'demonstrators', 'residents', 'students', 'journalists', 'militants', 'suspects',
  'tourists', 'patients', 'miners', 'fishermen', 'villagers', 'members', 'employees', 'fans', 'women', 'men',
  'refugees', 'pilgrims', 'fighters', 'rebels', 'troops', 'police', 'hostages', 'prisoners', 'inmates',
  'crew', 'victims', 'pupils', 'teenagers', 'adults', 'babies', 'infants', 'firefighters', 'rescuers',
  'citizens', 'nationals', 'foreigners', 'activists', 'opponents', 'supporters', 'players', 'athletes',
  'climbers', 'hikers', 'divers', 'sailors', 'doctors', 'nurses', 'guards', 'farmers', 'peacekeepers',
]);

/** The words the walk starts from: index lookups, not a test at every token. */
const TRIGGERS: ReadonlySet<string> = new Set([...PASSIVES, ...INTRANSITIVE]);

export const rule: Rule = {
  meta: {
    id: 'postposed-subject',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'The subject after its verb: “In the attack were killed 12 people” for “12 people were killed in the attack”.',
    examples: {
      bad: [
        { text: 'In the attack [[were killed at least 12 people]].', output: 'In the attack at least 12 people were killed.' },
        { text: 'In the fire [[died three children]], police said.', output: 'In the fire three children died, police said.' },
        { text: 'During the protest [[were arrested 40 demonstrators]].', output: 'During the protest 40 demonstrators were arrested.' },
        { text: 'Since Monday [[have arrived more than 2,000 migrants]] on the island.', output: 'Since Monday more than 2,000 migrants have arrived on the island.' },
      ],
      good: [
        'At least 12 people were killed in the attack.',
        'He was killed two days ago.',
        'They were arrested 40 minutes later.',
        'She died three years after the crash.',
        'The suspects were released two weeks later.',
        'He was sentenced to 12 years.',
        'The boat arrived with 200 migrants on board.',
        'Thousands were evacuated, 40 people were injured.',
        'The organisers in Kyiv gathered 5,000 people.',
        'In the square police arrested 40 demonstrators.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const v of doc.tokensWith(TRIGGERS)) {
      const passive = PASSIVES.has(v.norm);
      if (!passive && !INTRANSITIVE.has(v.norm)) continue;
      const aux = doc.prev(v);
      if (passive && (!aux || !BE.has(aux.norm) || aux.norm === 'has' || aux.norm === 'have' || aux.norm === 'had')) continue;
      // Walk over the quantity to the people noun.
      let c: Token | undefined = doc.next(v);
      let counted = false;
      let first: Token | undefined;
      for (let k = 0; k < 5 && c; k++, c = doc.next(c)) {
        if (QUANT.has(c.norm) && !counted) {
          first ??= c;
          continue;
        }
        if (c.kind === 'number' || COUNT.has(c.norm)) {
          first ??= c;
          counted = true;
          continue;
        }
        break;
      }
      if (!c || !counted || !first || !PEOPLE.has(c.norm)) continue;
      // The clause must have no subject before the verb: the word before it is a preposition's
      // object, a comma or the start, not a noun or pronoun that could be the subject.
      const start = passive ? (aux as Token) : (INTRANSITIVE.has(v.norm) && aux && ['have', 'has', 'had'].includes(aux.norm) ? aux : v);
      const before = doc.prev(start);
      if (before && before.kind === 'word' && /^(?:he|she|it|they|we|i|you|who|which|that)$/.test(before.norm)) continue;
      if (before && before.kind === 'word') {
        // "In the attack were killed": the clause opens with a prepositional phrase and has no
        // subject before the verb ("The organisers in Kyiv gathered 5,000 people" has one).
        let open: Token | undefined = before;
        for (let p = doc.prev(before); p && p.kind !== 'punct'; p = doc.prev(p)) open = p;
        if (!open || !/^(?:in|on|at|during|since|after|before|over|across|among|near|inside|outside|from|throughout|within|under|amid|following)$/.test(open.norm)) continue;
        let verbBetween = false;
        if (doc.canTag) for (let p = doc.prev(start); p && p !== open && !verbBetween; p = doc.prev(p)) verbBetween = ['VERB', 'AUX'].includes(doc.pos(p));
        if (verbBetween) continue;
      }
      const verbPart = doc.text.slice(start.start, v.end);
      const subject = doc.text.slice(first.start, c.end);
      const fix = `${subject} ${verbPart}`;
      ctx.report({
        start: start.start,
        end: c.end,
        message: `“${doc.text.slice(start.start, c.end)}”: English puts the subject before the verb (“${fix}”).`,
        suggestions: [fix],
        reason: 'English word order is subject before verb',
        confidence: 0.65,
      });
    }
  },
};
