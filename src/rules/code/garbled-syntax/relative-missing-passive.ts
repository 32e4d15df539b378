/**
 * A relative clause on counted things with an active verb and no object, where English needs the
 * passive: “the cases which recorded in Selangor”, “the weapons that seized at the border”. Malay,
 * Indonesian, Chinese and Vietnamese mark no passive there (“kes yang dicatatkan” is read as
 * “cases which recorded”). Flagged only for a plural noun of what is counted, seized or produced
 * (cases, deaths, drugs, votes, goods), “which”/“that”, a verb that needs an object, and right
 * after it a comma, a full stop or a preposition: the things are what was recorded.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';

// Things that are counted, seized or produced: never the doer of these verbs.
const COUNTED: ReadonlySet<string> = new Set([
  'cases', 'deaths', 'infections', 'incidents', 'crimes', 'offences', 'offenses', 'votes', 'ballots', 'goods', 'drugs',
  'weapons', 'firearms', 'items', 'vehicles', 'cars', 'funds', 'assets', 'documents', 'products', 'shipments', 'cargoes',
  'narcotics', 'tonnes', 'tons', 'litres', 'liters', 'barrels', 'complaints', 'applications', 'permits', 'licences',
  'licenses', 'fines', 'bills', 'laws', 'amendments', 'projects', 'contracts', 'loans', 'payments', 'visas', 'tickets',
  'doses', 'vaccines', 'samples', 'specimens', 'bodies', 'remains', 'artefacts', 'artifacts', 'manuscripts',
]);
// Verbs that need an object: with none after them, the clause has lost its passive.
const TRANSITIVE: ReadonlySet<string> = new Set([
  'recorded', 'registered', 'detected', 'confirmed', 'seized', 'confiscated', 'collected', 'exported', 'imported',
  'recovered', 'counted', 'cast', 'issued', 'approved', 'received', 'allocated', 'submitted', 'filed', 'signed',
  'imposed', 'administered', 'distributed', 'found', 'discovered', 'stolen', 'stole', 'smuggled', 'intercepted',
  'tested', 'analysed', 'analyzed', 'destroyed', 'damaged', 'passed', 'adopted', 'awarded', 'granted', 'rejected',
]);
// What may follow the verb where the passive is lost: the clause ends, or an adverbial begins.
const AFTER: ReadonlySet<string> = new Set([
  ',', '.', ';', 'in', 'at', 'on', 'by', 'during', 'last', 'this', 'so', 'since', 'from', 'across', 'throughout', 'over',
  'nationwide', 'yesterday', 'earlier', 'until', 'between', 'within', 'under',
]);

export const rule: Rule = {
  meta: {
    id: 'relative-missing-passive',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A relative clause on counted things with an active verb for a passive: “the cases which recorded in May” for “the cases recorded in May”.',
    examples: {
      bad: [
        { text: 'Selangor accounted for more than half of the cases [[which recorded]], followed by Kuala Lumpur.', output: 'Selangor accounted for more than half of the cases which were recorded, followed by Kuala Lumpur.' },
        { text: 'Police said the drugs [[that seized]] at the port were worth $2 million.', output: 'Police said the drugs that were seized at the port were worth $2 million.' },
        { text: 'Most of the votes [[which cast]] in the north went to the opposition.', output: 'Most of the votes which were cast in the north went to the opposition.' },
      ],
      good: [
        'Selangor accounted for more than half of the cases recorded, followed by Kuala Lumpur.',
        'The drugs that were seized at the port were worth $2 million.',
        'The votes which the party cast in the north were few.',
        'The cases which recorded the highest damages were settled.',
        'Companies that reported in March saw profits fall.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const rel of doc.tokensWith(['which', 'that'])) {
      const noun = doc.prev(rel);
      if (!noun || !COUNTED.has(noun.norm)) continue;
      const v = doc.next(rel);
      if (!v || !TRANSITIVE.has(v.norm)) continue;
      const after = doc.next(v);
      if (after && !AFTER.has(after.norm) && !AFTER.has(after.text)) continue;
      // "the cases that found their way to court" has an object; "…that tested positive" none needed.
      if (v.norm === 'tested' && after?.norm === 'positive') continue;
      // Every COUNTED noun is plural.
      const be = 'were';
      ctx.report({
        start: rel.start,
        end: v.end,
        message: `“${noun.text} ${rel.text} ${v.text}”: the ${noun.text} are what was ${v.text}; English needs the passive, “${rel.text} ${be} ${v.text}”.`,
        suggestions: [`${rel.text} ${be} ${participle(v)}`, participle(v)],
        reason: 'a relative clause whose noun is the object of its verb takes the passive in English',
        confidence: 0.7,
      });
    }
  },
};

/** The past participle of a TRANSITIVE verb as written ("stole" -> "stolen"). */
function participle(v: Token): string {
  return v.norm === 'stole' ? 'stolen' : v.text;
}
