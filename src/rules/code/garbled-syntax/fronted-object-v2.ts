/**
 * Verb-second order after a fronted object: “Most of the money has police not found”, “The
 * contract have the clubs not signed yet”. German, Dutch and the Scandinavian languages may open
 * a clause with its object, then put the auxiliary second and the subject after it; MT that
 * keeps the order leaves the auxiliary between the object and the subject. Flagged when a noun
 * is followed by an auxiliary, then a subject that names people (a group noun such as police or
 * officials, with or without “the”, or a name), then “not” or “never” and a participle. English
 * has auxiliary-subject order there only in a question or a condition (“Had the police not
 * acted, …”), which opens its clause: never right after a noun.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const AUX: ReadonlyMap<string, string> = new Map([
  ['has', 'have'], ['have', 'have'], ['had', 'had'], ['will', 'will'], ['would', 'would'], ['can', 'can'], ['could', 'could'],
  ['must', 'must'], ['should', 'should'], ['did', 'did'], ['does', 'do'], ['do', 'do'],
]);
/** People as a group, the subject of the fronted-object clause. */
const GROUPS = new Set([
  'police', 'authorities', 'officials', 'prosecutors', 'investigators', 'rescuers', 'firefighters', 'troops', 'soldiers',
  'residents', 'protesters', 'workers', 'voters', 'lawmakers', 'deputies', 'doctors', 'scientists', 'researchers',
  'regulators', 'analysts', 'inspectors', 'officers', 'judges', 'ministers', 'clubs', 'banks', 'companies', 'firms',
  'investors', 'buyers', 'sellers', 'fans', 'players', 'teachers', 'parents', 'farmers', 'owners', 'unions', 'governments',
]);
const NEGATIONS = new Set(['not', 'never']);
const IRREGULAR_PARTICIPLES = new Set([
  'taken', 'given', 'made', 'held', 'sent', 'brought', 'caught', 'found', 'told', 'said', 'set', 'cut', 'put', 'kept',
  'built', 'written', 'seen', 'paid', 'sold', 'bought', 'won', 'lost', 'shown', 'known', 'done', 'begun', 'spent', 'met',
]);

export const rule: Rule = {
  meta: {
    id: 'fronted-object-v2',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An auxiliary between a fronted object and its subject: “Most of the money has police not found”.',
    examples: {
      bad: [
        { text: 'Most of the money [[has police not found]], and investigators believe it went abroad.', output: 'Most of the money police have not found, and investigators believe it went abroad.' },
        { text: 'The contract [[have the clubs not signed]] yet.', output: 'The contract the clubs have not signed yet.' },
      ],
      good: [
        'Police have not found most of the money.',
        'Had the police not acted, the money would be gone.',
        'Why have officials not explained the delay?',
        'The money has not been found by police.',
        'The city has police officers not trained for riots.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const aux of doc.tokensWith(AUX)) {
      const before = doc.prev(aux);
      if (!before || before.kind !== 'word') continue;
      let subj = doc.next(aux);
      if (!subj) continue;
      const the = subj.norm === 'the' ? subj : undefined;
      if (the) subj = doc.next(the);
      if (!subj || !GROUPS.has(subj.text)) continue;
      const neg = doc.next(subj);
      if (!neg || !NEGATIONS.has(neg.norm)) continue;
      const part = doc.next(neg);
      if (!part || part.kind !== 'word' || !(/ed$/.test(part.norm) || IRREGULAR_PARTICIPLES.has(part.norm))) continue;
      // The noun before is the fronted object (or ends it); the auxiliary is no question's.
      const bp = doc.pos(before);
      if (bp !== 'NOUN' && bp !== 'PROPN') continue;
      if (doc.pos(part) !== 'VERB') continue;
      const subject = doc.text.slice((the ?? subj).start, subj.end);
      const auxFix = /s$/.test(subj.norm) || subj.norm === 'police' ? (AUX.get(aux.norm) as string) : aux.text;
      const fix = `${subject} ${auxFix} ${neg.text} ${part.text}`;
      ctx.report({
        start: aux.start,
        end: part.end,
        message: `“${doc.text.slice(aux.start, part.end)}”: the auxiliary stands before its subject after a fronted object, as in the source language; English says “${fix}” (or puts the object after the verb).`,
        suggestions: [fix],
        reason: 'English keeps the subject before the auxiliary outside questions',
        confidence: 0.6,
      });
    }
  },
};
