/**
 * “be” where English needs “have” or nothing: “the delegation is arrived”, “he was died in
 * 2020”, “the problem is happened before” (French, Italian and German build the perfect of these
 * verbs with “be”), and “be” before a finite verb: “the company is plans to expand”, “prices are
 * continues to rise”. Only verbs that have no passive are checked, so “the law was passed” and
 * “people were disappeared by the junta” stay quiet.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { matchCase } from '../number-agreement/lib/english.js';
import { lemmaOf } from './lib/english.js';

const HAVE: ReadonlyMap<string, string> = new Map([
  ['is', 'has'], ['are', 'have'], ['was', 'had'], ['were', 'had'], ["'s", 'has'], ['am', 'have'],
]);
/** Adverbs between "be" and the participle: "is not arrived", "was already happened". */
const BETWEEN_ADVERBS = new Set(['not', 'already', 'still', 'just', 'never', 'yet', 'also']);
// Intransitive verbs with no passive.
const NO_PASSIVE = new Set([
  'arrived', 'died', 'happened', 'occurred', 'existed', 'emerged', 'resulted', 'become', 'risen',
  'remained', 'participated', 'belonged', 'consisted', 'depended', 'fled', 'originated', 'appeared', 'vanished',
  'stemmed', 'succumbed', 'rained', 'gone',
]);
// Finite -s verbs that are not also plural nouns.
const FINITE = new Set([
  'continues', 'remains', 'seems', 'expects', 'intends', 'believes', 'says', 'knows', 'thinks', 'considers',
  'agrees', 'appears', 'becomes', 'exists', 'includes', 'involves', 'requires', 'represents', 'contains',
  'belongs', 'depends', 'allows', 'opposes', 'refuses', 'accepts', 'denies', 'rejects', 'insists', 'warns',
  'suggests', 'indicates', 'wants', 'tries', 'provides', 'receives', 'decides', 'prefers', 'describes',
  'explains', 'welcomes', 'plans', 'hopes', 'needs', 'aims', 'seeks', 'calls', 'urges', 'demands', 'threatens',
  'promises', 'goes', 'comes', 'gets', 'makes', 'takes', 'gives', 'has', 'does',
]);
// After these "is" + noun is English: "the problem is plans", "what matters is results".
// Subjects that arrive themselves (people, not conclusions): "we are arrived at", "the
// rescuers are arrived at the scene".
const ARRIVERS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'who', 'people', 'police', 'troops', 'forces', 'crews', 'teams', 'children', 'men', 'women', 'residents', 'students', 'delegates', 'guests', 'refugees', 'migrants']);
function arrivesItself(doc: Doc, be: Token): boolean {
  const s = doc.prev(be);
  return !!s && (ARRIVERS.has(s.norm) || /(?:ers|ors|ists|ians|ants)$/.test(s.norm));
}

const PLURAL_NOUN_OK = new Set(['plans', 'hopes', 'needs', 'aims', 'calls', 'demands', 'promises', 'threatens', 'includes']);

export const rule: Rule = {
  meta: {
    id: 'be-perfect',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“be” for the perfect or before a finite verb: “the delegation is arrived” for “has arrived”, “is continues” for “continues”.',
    examples: {
      bad: [
        { text: 'The delegation [[is arrived]] in Kyiv.', output: 'The delegation has arrived in Kyiv.' },
        { text: '“The management’s offer [[is not arrived]],” said a union official.', output: '“The management’s offer has not arrived,” said a union official.' },
        { text: 'The singer [[was died]] in a car crash.', output: 'The singer died in a car crash.' },
        { text: 'Such incidents [[are happened]] before.', output: 'Such incidents have happened before.' },
        { text: 'The situation [[is become]] critical.', output: 'The situation has become critical.' },
        { text: 'The company [[is continues]] to grow.', output: 'The company continues to grow.' },
        { text: 'The minister [[is wants]] a new vote.', output: 'The minister wants a new vote.' },
      ],
      good: [
        'The delegation has arrived in Kyiv.',
        'People were disappeared by the junta.',
        'The law was passed in May.',
        'The problem is plans that never work.',
        'What matters is results.',
        'The team is gone.',
        'The team is not gone yet.',
        'He is dead.',
        'She was born in 1980.',
        'The aim is calls for calm.',
        'It is what it is.',
        'My licence is expired.',
        'How long a minute is depends on which side of the door you are.',
        'There a formula was arrived at for the interim government.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const be of doc.tokensWith(HAVE)) {
      const have = HAVE.get(be.norm);
      if (have === undefined) continue;
      let v = doc.next(be);
      // "The offer is not arrived", "is already happened": an adverb between.
      let adverb: Token | undefined;
      if (v && BETWEEN_ADVERBS.has(v.norm)) {
        const w = doc.next(v);
        if (w && NO_PASSIVE.has(w.norm) && w.norm !== 'gone' && w.norm !== 'become') {
          adverb = v;
          v = w;
        }
      }
      if (!v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text)) continue;
      if (NO_PASSIVE.has(v.norm)) {
        // "is gone" is English for "has left"; only the plural past "were gone" is too.
        if (v.norm === 'gone') continue;
        // "a formula was arrived at": the passive of "arrive at" (reach).
        // ("The rescuers are arrived at the scene" is the garbled perfect: a person or a plural
        // subject arrives; a formula, a decision or a conclusion is arrived at.)
        if (v.norm === 'arrived' && ['at', 'upon'].includes(doc.next(v)?.norm ?? '') && !arrivesItself(doc, be)) continue;
        if (doc.pos(v) !== 'VERB' && doc.pos(v) !== 'AUX') continue;
        // "'s arrived" is already "has arrived".
        if (be.norm === "'s") continue;
        const perfect = `${matchCase(be.text, have)} ${adverb ? `${adverb.text} ` : ''}${v.text}`;
        // "was died": the simple past is what an editor writes; "had died" when it is earlier.
        const past = !adverb && (be.norm === 'was' || be.norm === 'were') && v.norm.endsWith('ed') ? matchCase(be.text, v.text) : undefined;
        const fix = past ?? perfect;
        ctx.report({
          start: be.start,
          end: v.end,
          message: `“${doc.text.slice(be.start, v.end)}”: English forms the perfect of “${lemmaOf(v.norm) ?? v.text}” with “have” (“${fix}”).`,
          suggestions: past ? [past, perfect] : [perfect],
          reason: 'the English perfect takes “have”, and this verb has no passive',
          confidence: 0.75,
        });
        continue;
      }
      if (!FINITE.has(v.norm) || be.norm === "'s" || be.norm === 'am') continue;
      // "The problem is plans", "What matters is results": a plural noun after "is".
      const next = doc.next(v);
      if (PLURAL_NOUN_OK.has(v.norm) && !(next && (next.norm === 'to' || ['DET', 'PRON'].includes(doc.pos(next))))) continue;
      if (next && (next.norm === 'of' || next.norm === 'for' || next.kind === 'punct')) continue;
      const before = doc.prev(be);
      if (before && (before.norm === 'what' || before.norm === 'it' || before.norm === 'that')) continue;
      // "How long a minute is depends on...": "is" closes a wh-clause that is the subject.
      let wh = false;
      for (let k = 0, c = doc.prev(be); k < 8 && c && !wh; k++, c = doc.prev(c)) wh = ['how', 'what', 'whether', 'why', 'where', 'who', 'whoever', 'whatever'].includes(c.norm);
      if (wh) continue;
      ctx.report({
        start: be.start,
        end: v.end,
        message: `“${doc.text.slice(be.start, v.end)}”: “${be.text}” before a finite verb; English says “${v.text}”.`,
        suggestions: [v.text],
        reason: 'a finite verb takes no “be” before it',
        confidence: 0.7,
      });
    }
  },
};
