/**
 * An -ing form where English needs the to-infinitive: “the government decided raising taxes”,
 * “the club refused paying the fine”, “he promised helping the victims”. Languages with one
 * infinitive-like form (Chinese, Turkish verbal nouns, Romance infinitives rendered as
 * gerunds) pass it on. Only verbs that never take -ing are listed (not “start”, “continue”,
 * “propose”, “need”, “want”), the -ing word must be read as a verb and have an object after
 * it, and -ing nouns (“agreed funding for”, “planned spending cuts”) stay quiet.
 *
 * Besides the listed verbs, those that clean English follows with “to” + verb often and never with
 * -ing (lib/complements.ts, counted by scripts/count-complements.mjs): “attempted signing”.
 */
import type { Rule } from '../../types.js';
import { formsOf } from '../../../nlp/inflect.js';
import { lemmaOf } from './lib/english.js';
import { toInfinitiveHeads } from './lib/complements.js';

const TO_VERBS = new Set<string>();
for (const l of ['decide', 'refuse', 'agree', 'hope', 'plan', 'promise', 'manage', 'fail', 'threaten', 'pledge', 'vow', 'afford', 'choose', 'tend', 'seek', 'intend', 'expect', 'aim', 'offer', 'prepare', 'vote', 'demand', 'arrange', 'resolve', 'undertake', 'strive']) {
  for (const f of formsOf(l)) if (!/ing$/.test(f)) TO_VERBS.add(f);
}
// -ing words that are mostly nouns in news copy.
const ING_NOUNS = new Set([
  'spending', 'funding', 'training', 'housing', 'building', 'shipping', 'lending', 'mining', 'farming', 'fishing',
  'banking', 'marketing', 'pricing', 'trading', 'voting', 'polling', 'testing', 'screening', 'processing',
  'manufacturing', 'advertising', 'recycling', 'heating', 'cooling', 'parking', 'landing', 'opening', 'closing',
  'meeting', 'hearing', 'ruling', 'financing', 'warning', 'offering', 'listing', 'filing', 'booking', 'sentencing',
  'firing', 'shooting', 'bombing', 'fighting', 'planning', 'staffing', 'borrowing', 'dumping', 'logging',
  'drilling', 'lobbying', 'rationing', 'sightseeing', 'timing', 'gathering', 'crossing', 'rating', 'setting',
  'understanding', 'everything', 'something', 'nothing', 'anything', 'being', 'saving', 'savings', 'evening',
  'morning', 'spring', 'king', 'thing', 'string', 'wing', 'ring', 'bring', 'during', 'including', 'according',
  'regarding', 'concerning', 'following', 'pending', 'remaining', 'existing', 'outstanding', 'leading',
  'increasing', 'growing', 'rising', 'falling', 'declining', 'ongoing', 'upcoming', 'incoming', 'outgoing',
  'working', 'ruling', 'governing', 'founding', 'polling', 'boxing', 'cycling', 'sailing', 'swimming', 'skiing',
  'racing', 'housing', 'clothing', 'painting', 'printing', 'reporting', 'accounting', 'engineering', 'nursing',
  'teaching', 'coaching', 'scouting', 'hosting', 'streaming', 'broadcasting', 'catering', 'packaging', 'rebuilding',
]);
let allToVerbs: ReadonlySet<string> | undefined;
/** The listed verbs and those clean English follows with "to" + verb and never with -ing (complement-counts.txt). */
function toVerbs(): ReadonlySet<string> {
  allToVerbs ??= new Set([...TO_VERBS, ...[...toInfinitiveHeads('verb')].filter((f) => !f.endsWith('ing'))]);
  return allToVerbs;
}
const NO_OBJECT = new Set(['decided', 'refused', 'failed', 'managed', 'tended', 'vowed', 'pledged', 'resolved', 'strived', 'threatened', 'agreed']);
const OBJECT_START = new Set(['DET', 'PRON', 'NUM', 'PROPN', 'NOUN', 'ADJ']);
const BEFORE_NOUN = new Set(['DET', 'ADJ', 'PRON']);

export const rule: Rule = {
  meta: {
    id: 'infinitive-after-verb',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An -ing form after a verb that takes the to-infinitive: “decided raising taxes” for “decided to raise taxes”.',
    examples: {
      bad: [
        { text: 'The government [[decided raising]] taxes on tobacco.', output: 'The government decided to raise taxes on tobacco.' },
        { text: 'The club [[refused paying]] the fine.', output: 'The club refused to pay the fine.' },
        { text: 'The president [[promised helping]] the victims of the floods.', output: 'The president promised to help the victims of the floods.' },
        { text: 'The rebels [[threatened attacking]] the capital.', output: 'The rebels threatened to attack the capital.' },
        { text: 'The company [[failed delivering]] the vaccines on time.', output: 'The company failed to deliver the vaccines on time.' },
        { text: 'The company [[refused commenting]] on the report.', output: 'The company refused to comment on the report.' },
        { text: 'The minister [[managed convincing]] the coalition partners.', output: 'The minister managed to convince the coalition partners.' },
        { text: 'Both sides [[agreed extending]] the ceasefire.', output: 'Both sides agreed to extend the ceasefire.' },
        { text: 'The club [[attempted signing]] the striker twice.', output: 'The club attempted to sign the striker twice.' },
        { text: 'The union [[wished extending]] the strike.', output: 'The union wished to extend the strike.' },
      ],
      good: [
        'The government decided to raise taxes.',
        'The ministers agreed funding for the project.',
        'The cabinet planned spending cuts of 5 billion euros.',
        'The state promised housing for the victims.',
        'The plan, promising lower taxes, was popular.',
        'He refused, saying the offer was too low.',
        'The club offered training facilities to the team.',
        'We expect growing demand next year.',
        'The government plans building a new road.',
        'The union voted, including those on leave.',
        'Investors hope falling prices will help.',
        'Analysts expected rising prices in the spring.',
        'The board agreed opening hours with the union.',
        'The cloth is marked by a specially designed stamping machine.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // From the verbs (index lookups) to the word after each: the same -ing words, in order.
    const heads = toVerbs();
    for (const before of doc.tokensWith(heads)) {
      const ing = doc.next(before);
      if (!ing) continue;
      if (!ing.norm.endsWith('ing') || ING_NOUNS.has(ing.norm)) continue;
      const v = doc.prev(ing);
      if (!v || !heads.has(v.norm) || !/^\p{Ll}+$/u.test(v.text)) continue;
      // Only past forms of nouns that are also verbs ("plans", "hope", "offer" are nouns too).
      if (!/ed$/.test(v.norm) && !['chose', 'sought', 'undertook'].includes(v.norm)) continue;
      const obj = doc.next(ing);
      if (!obj || obj.kind !== 'word') continue;
      // An object, or a preposition after an -ing read as a verb ("refused commenting on").
      const prepObject = doc.pos(obj) === 'ADP' && doc.pos(ing) === 'VERB' && NO_OBJECT.has(v.norm);
      if (!OBJECT_START.has(doc.pos(obj)) && !prepObject) continue;
      if (doc.pos(v) !== 'VERB') continue;
      const pos = doc.pos(ing);
      // The tagger reads "raising" in "decided raising taxes" as an adjective; after a verb that
      // cannot take a noun object that reading is impossible ("expected rising prices" is English).
      if (pos !== 'VERB' && !(pos === 'ADJ' && NO_OBJECT.has(v.norm) && ['NOUN', 'DET', 'PRON'].includes(doc.pos(obj)))) continue;
      // "a specially designed stamping machine": a participle before a noun, over -ly adverbs.
      let p = doc.prev(v);
      while (p && /ly$/.test(p.norm) && doc.pos(p) === 'ADV') p = doc.prev(p);
      if (p && BEFORE_NOUN.has(doc.pos(p)) && !['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that'].includes(p.norm)) continue;
      const lemma = lemmaOf(ing.norm);
      if (!lemma) continue;
      const fix = `${v.text} to ${lemma}`;
      ctx.report({
        start: v.start,
        end: ing.end,
        message: `“${doc.text.slice(v.start, ing.end)}”: “${v.text}” takes the to-infinitive in English (“${fix}”).`,
        suggestions: [fix],
        reason: 'this verb takes a to-infinitive, not -ing',
        confidence: 0.7,
      });
    }
  },
};
