/**
 * An uncountable noun counted: "the evidences", "many informations", "an advice". Romance
 * and Slavic languages count evidence, information, advice, equipment and research, and MT
 * carries the plural or the article over. The word list (src/data/uncountable-nouns.txt) holds
 * only nouns whose plural is almost never English; damage ("damages" in law), staff and aid
 * stay out. Compounds stay quiet: "an information campaign", "a research team".
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { NUMBER_WORDS, loadSet, matchCase, pluralize } from './lib/english.js';

const UNCOUNTABLE = loadSet('uncountable-nouns.txt');
const SINGULAR_OF: ReadonlyMap<string, string> = new Map([...UNCOUNTABLE].map((n) => [pluralize(n), n]));
// Plurals that are also the -s form of a verb ("she researches", "talks progresses"): only
// flagged after a determiner.
const ALSO_VERB = new Set(['researches', 'progresses', 'traffics', 'stuffs', 'merchandises']);
// After a sentence-initial "Researches", these verbs show it is the subject noun.
const FINDING_VERBS = new Set(['show', 'showed', 'shown', 'have', 'suggest', 'suggested', 'found', 'find', 'indicate', 'indicated', 'prove', 'proved', 'reveal', 'revealed', 'confirm', 'confirmed', 'were', 'are']);
const SUBJECT_PREPS = new Set(['by', 'conducted', 'carried', 'commissioned', 'published']);
// "a good knowledge of French" is English.
// "an aircraft", "an offspring", "a training for nurses": the plural is the artifact ("aircrafts",
// "trainings", "parkings"), the article is English.
const ARTICLE_OK = new Set([
  'knowledge', 'violence', 'corruption', 'inflation', 'wealth', 'traffic', 'insurance', 'poverty', 'compensation',
  'aircraft', 'offspring', 'training', 'parking', 'camping', 'catering', 'shopping', 'tourism', 'advertising',
  'awareness', 'courage', 'dignity', 'gratitude', 'hunger', 'isolation', 'patience', 'prosperity', 'vigilance', 'warmth',
  'bravery', 'photography', 'nutrition', 'trash', 'sunshine', 'lightning', 'malnutrition',
]);
// Nouns with a real plural (or another sense) that still never take "a": "a damage", "a permission".
const NO_ARTICLE = new Set(['damage', 'permission', 'money', 'luck', 'weather', 'access', 'homework', 'health']);
// Plurals that are wrong only when counted: "350 staffs" ("the staffs of both agencies" is English).
const COUNTED_ONLY: ReadonlyMap<string, string> = new Map(Object.entries({ staffs: 'staff', personnels: 'personnel', crews: 'crew members' }));
// "the damages to rice fields", "the damages caused by the storm": physical damage is
// uncountable; "damages" is money a court awards, so legal sentences stay quiet.
const LEGAL = /\b(?:court|courts|sue|sued|suing|lawsuit|lawsuits|award|awarded|awards|claim|claims|claimed|jury|judge|punitive|tribunal|plaintiffs?|liable|liability|settlement|seek|seeks|sought|seeking|pay|paid|paying|ruled|ruling|verdict|lawyers?|legal|compensation|compensatory|libel|defamation|breach|owed|owe|recover|recovered|arbitration|damages of)\b/i;
const DAMAGES_NEXT = new Set(['to', 'caused', 'from', 'was', 'is', 'were', 'are', 'would', 'will', 'could', 'inflicted', 'done', 'suffered', 'sustained', 'in', 'on', 'at', 'remain', 'remained', 'amounted', 'reached', 'exceeded', 'estimated']);
const DAMAGES_ADJ = new Set(['structural', 'material', 'extensive', 'severe', 'heavy', 'serious', 'widespread', 'considerable', 'major', 'significant', 'minor', 'great', 'huge', 'enormous', 'substantial', 'environmental', 'physical', 'property']);
// Plurals English does not form: the noun is invariant or already plural.
const FALSE_PLURALS: ReadonlyMap<string, string> = new Map(Object.entries({
  aircrafts: 'aircraft', spacecrafts: 'spacecraft', hovercrafts: 'hovercraft', watercrafts: 'watercraft',
  offsprings: 'offspring', personnels: 'personnel', criterias: 'criteria', phenomenas: 'phenomena', datas: 'data',
  medias: 'media', sheeps: 'sheep', cattles: 'cattle', childrens: 'children', womens: 'women', livestocks: 'livestock', poultries: 'poultry',
}));
const DETERMINERS = new Set([
  'the', 'these', 'those', 'many', 'several', 'various', 'numerous', 'multiple', 'countless', 'few',
  'such', 'other', 'more', 'most', 'all', 'some', 'any', 'no', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', "'s", 'both', 'new', 'further', 'additional',
]);
const COUNTING = new Set(['several', 'various', 'numerous', 'multiple', 'countless', 'both']);
const PIECE: ReadonlyMap<string, string> = new Map(Object.entries({
  advice: 'pieces of advice', evidence: 'pieces of evidence', information: 'pieces of information',
  equipment: 'pieces of equipment', furniture: 'pieces of furniture', luggage: 'pieces of luggage',
  baggage: 'pieces of baggage', research: 'studies', software: 'programs', machinery: 'machines',
  jewellery: 'pieces of jewellery', jewelry: 'pieces of jewelry', homework: 'assignments',
}));

function isAdjective(doc: Doc, t: Token | undefined): t is Token {
  return t !== undefined && /^\p{Ll}/u.test(t.text) && doc.pos(t) === 'ADJ' && !DETERMINERS.has(t.norm);
}

/** "the evidences", "many informations": one report. */
function checkPlural(doc: Doc, t: Token, singular: string, report: (s: number, e: number, fix: string[], msg: string) => void): void {
  // Walk back over up to two adjectives to the determiner.
  let det = doc.prev(t);
  let adjStart: Token | undefined;
  for (let k = 0; k < 2 && isAdjective(doc, det); k++) {
    adjStart = det;
    det = doc.prev(det);
  }
  const detWord = det?.norm ?? '';
  const isNumber = det !== undefined && (NUMBER_WORDS.has(detWord) || (det.kind === 'number' && detWord !== '1'));
  // "Researches show", "Researches by the ministry show": a sentence-initial -s form before a
  // finding verb or "by" ("conducted by") is the subject noun (a verb there would have no subject).
  const subjectNoun = doc.isSentenceInitial(t) && (FINDING_VERBS.has(doc.next(t)?.norm ?? '') || SUBJECT_PREPS.has(doc.next(t)?.norm ?? ''));
  if (ALSO_VERB.has(t.norm) && !DETERMINERS.has(detWord) && !isNumber && adjStart === undefined && !subjectNoun) return;
  if (!ALSO_VERB.has(t.norm)) {
    // "This evidences the need": a verb between a subject and an object.
    const next = doc.next(t);
    if (!DETERMINERS.has(detWord) && !isNumber && adjStart === undefined && next && doc.pos(next) === 'DET') return;
    if (doc.pos(t) === 'VERB' && !DETERMINERS.has(detWord)) return;
  }
  const sing = matchCase(t.text, singular);
  const between = adjStart && det ? doc.text.slice(adjStart.start, t.start) : '';
  const msg = `“${t.text}”: “${singular}” is uncountable in English, so it takes no plural; the plural reads as translated.`;
  if (det && (detWord === 'many' || detWord === 'these' || detWord === 'those' || (detWord === 'few' && doc.prev(det)?.norm !== 'a'))) {
    const swap = { many: 'much', these: 'this', those: 'that', few: 'little' }[detWord] as string;
    const piece = PIECE.get(singular);
    const fixes = [`${matchCase(det.text, swap)} ${between}${sing}`];
    if (piece && detWord !== 'few') fixes.push(`${det.text} ${between}${piece}`);
    report(det.start, t.end, fixes, msg);
    return;
  }
  if (det && (COUNTING.has(detWord) || isNumber || (detWord === 'few' && doc.prev(det)?.norm === 'a'))) {
    const piece = PIECE.get(singular);
    if (!piece) return report(t.start, t.end, [], msg);
    report(t.start, t.end, [piece], msg);
    return;
  }
  report(t.start, t.end, [sing], msg);
}

/** The noun of a compound: a noun, or a base-form verb the tagger misread ("a software update"). */
function isCompoundHead(doc: Doc, t: Token): boolean {
  if (t.kind !== 'word') return false;
  const pos = doc.pos(t);
  return pos === 'NOUN' || pos === 'PROPN' || (pos === 'VERB' && !/(?:s|ed|ing)$/.test(t.norm));
}

const TRIGGERS: ReadonlySet<string> = new Set([...FALSE_PLURALS.keys(), ...COUNTED_ONLY.keys(), 'damages', ...SINGULAR_OF.keys(), 'a', 'an']);

export const rule: Rule = {
  meta: {
    id: 'uncountable-counted',
    category: 'number-agreement',
    severity: 'warning',
    description: 'An uncountable noun (evidence, information, advice, equipment) used in the plural or with “a”.',
    examples: {
      bad: [
        { text: '[[Researches]] by the ministry show that the level of the lake falls.', output: 'Research by the ministry show that the level of the lake falls.' },
        { text: 'The court rejected [[evidences]] presented by the defence.', output: 'The court rejected evidence presented by the defence.' },
        { text: 'He gave [[an information]] and a warning.', output: 'He gave information and a warning.' },
        { text: 'The court rejected the [[evidences]] presented by the defence.', output: 'The court rejected the evidence presented by the defence.' },
        { text: 'Parents can find [[an information]] about the schedule online.', output: 'Parents can find information about the schedule online.' },
        { text: 'He offered them [[a useful advice]] before the vote.', output: 'He offered them useful advice before the vote.' },
        { text: 'The ministry shared [[many informations]] with the press.', output: 'The ministry shared much information with the press.' },
        { text: 'The army lost most of its heavy [[equipments]] in the retreat.', output: 'The army lost most of its heavy equipment in the retreat.' },
        { text: 'Several [[researches]] have shown the same effect.', output: 'Several studies have shown the same effect.' },
        { text: 'Customers sent their [[feedbacks]] to the company.', output: 'Customers sent their feedback to the company.' },
        { text: 'The air force grounded 12 [[aircrafts]] after the crash.', output: 'The air force grounded 12 aircraft after the crash.' },
        { text: 'Nurses will attend [[trainings]] on the new vaccine.', output: 'Nurses will attend training on the new vaccine.' },
        { text: 'Police released [[footages]] from the security cameras.', output: 'Police released footage from the security cameras.' },
        { text: 'The police found [[an evidence]] linking him to the crime.', output: 'The police found evidence linking him to the crime.' },
        { text: 'The hotel replaced all the [[furnitures]] last year.', output: 'The hotel replaced all the furniture last year.' },
        { text: '[[These informations]] could not be confirmed.', output: 'This information could not be confirmed.' },
        { text: 'The pilots reported problems with both [[aircrafts]].', output: 'The pilots reported problems with both aircraft.' },
        { text: 'The army moved [[ammunitions]] to the front.', output: 'The army moved ammunition to the front.' },
        { text: 'The report documents [[violences]] against journalists.', output: 'The report documents violence against journalists.' },
        { text: '[[Researches]] showed that the drug works.', output: 'Research showed that the drug works.' },
        { text: 'Household [[spendings]] rose by 5 percent.', output: 'Household spending rose by 5 percent.' },
        { text: 'The strikes cut [[electricities]] to the region.', output: 'The strikes cut electricity to the region.' },
        { text: 'The clinic employs 350 [[staffs]].', output: 'The clinic employs 350 staff.' },
        { text: 'Troops were sent to quell the [[unrests]] in the north.', output: 'Troops were sent to quell the unrest in the north.' },
        { text: 'The city faced [[an unrest]] after the vote.', output: 'The city faced unrest after the vote.' },
        { text: 'The new law widens [[surveillances]] of online chats.', output: 'The new law widens surveillance of online chats.' },
        { text: 'Aid groups warned of rising [[malnutritions]] among children.', output: 'Aid groups warned of rising malnutrition among children.' },
        { text: 'The storm caused [[a damage]] to the harbour.', output: 'The storm caused damage to the harbour.' },
        { text: 'The [[damages]] to rice fields was still being assessed.', output: 'The damage to rice fields was still being assessed.' },
        { text: 'The quake caused extensive [[damages]] in the old town.', output: 'The quake caused extensive damage in the old town.' },
        { text: 'Officials said the [[damages]] would be assessed once the fire was out.', output: 'Officials said the damage would be assessed once the fire was out.' },
        { text: 'Schools complain they work without [[fundings]].', output: 'Schools complain they work without funding.' },
        { text: 'The workers asked for [[a permission]] to strike.', output: 'The workers asked for permission to strike.' },
      ],
      good: [
        'She showed a courage rarely seen in politics, and an awareness of the risks.',
        'The ministry launched an awareness campaign and a sanitation program.',
        'Troops were sent to quell the unrest in the north.',
        'We need a research and development agenda and a health and retirement package.',
        'The survey explored the faunas and floras of the region.',
        'The court rejected the evidence presented by the defence.',
        'An information campaign was launched on Monday.',
        'An aircraft crashed, and a training for nurses begins on Monday.',
        'Two aircraft and their offspring of parts were grounded.',
        'He has a good knowledge of French and a knowledge of Spanish.',
        'She researches the history of the region.',
        'The team built a feedback loop and hired an equipment supplier.',
        'This evidences the need for reform.',
        'The work progresses slowly.',
        'A research team at the university published the study.',
        'Several pieces of evidence were presented.',
        'The plaintiffs are seeking damages of 1 billion rubles.',
        'The firm gave a software update to all users.',
        'Much information was lost.',
        'He spoke with a violence that shocked the room.',
        'It was a corruption of justice.',
        'The aircraft were grounded.',
        'Researches in the archive take time.',
        'She stuffs envelopes for a living.',
        'The staffs of both agencies met.',
        'A court ordered the firm to pay damages to the family.',
        'The damages awarded by the jury were reduced.',
        'He filed a damage claim.',
        'The storm caused damage to the harbour.',
        'She has a little money and a health plan.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const report = (start: number, end: number, suggestions: string[], message: string, confidence = 0.85): void =>
      ctx.report({ start, end, message, suggestions, confidence, reason: 'English does not count this noun' });
    // Every branch below starts from one of these words; other tokens fall through all of them.
    const at = wordPositions(doc, TRIGGERS);
    for (let ti = 0; ti < at.length; ti++) {
      const t = doc.tokens[at[ti] as number] as Token;
      if (t.kind !== 'word') continue;
      const invariant = FALSE_PLURALS.get(t.norm);
      if (invariant !== undefined && /^\p{Ll}/u.test(t.text) && doc.next(t)?.norm !== "'s") {
        report(t.start, t.end, [invariant], `“${t.text}”: English does not add -s here; the plural is “${invariant}”.`);
        continue;
      }
      const counted = COUNTED_ONLY.get(t.norm);
      if (counted !== undefined && /^\p{Ll}/u.test(t.text)) {
        let d = doc.prev(t);
        for (let k = 0; k < 2 && isAdjective(doc, d); k++) d = doc.prev(d);
        if (d && ((d.kind === 'number' && d.norm !== '1') || NUMBER_WORDS.has(d.norm) || COUNTING.has(d.norm) || d.norm === 'many')) {
          report(t.start, t.end, [counted], `“${doc.text.slice(d.start, t.end)}”: “${counted}” is counted as a group in English (“${d.text} ${counted}” or “${d.text} ${counted} members”).`);
        }
        continue;
      }
      if (t.norm === 'damages' && /^\p{Ll}/u.test(t.text) || (t.text === 'Damages' && doc.isSentenceInitial(t))) {
        const prev = doc.prev(t);
        const next = doc.next(t);
        const s = doc.sentenceOf(t);
        const sentence = doc.text.slice(doc.at(s.firstToken)?.start ?? 0, doc.at(s.endToken - 1)?.end ?? doc.text.length);
        const physical = (prev && DAMAGES_ADJ.has(prev.norm)) || (prev?.norm === 'the' && next !== undefined && DAMAGES_NEXT.has(next.norm));
        if (physical && !LEGAL.test(sentence) && doc.pos(t) !== 'VERB') {
          report(t.start, t.end, [matchCase(t.text, 'damage')], `“${t.text}”: harm done is “damage”, uncountable; “damages” is money a court awards.`, 0.75);
        }
        continue;
      }
      const singular = SINGULAR_OF.get(t.norm);
      if (singular !== undefined) {
        if (/^\p{Lu}/u.test(t.text) && !doc.isSentenceInitial(t)) continue;
        checkPlural(doc, t, singular, report);
        continue;
      }
      if ((t.norm === 'a' || t.norm === 'an') && (/^\p{Ll}/u.test(t.text) || doc.isSentenceInitial(t))) {
        // Cheap word test first: the noun right after the article or one word later.
        const n1 = doc.next(t);
        const n2 = n1 && doc.next(n1);
        const noArticle = (w: Token | undefined): boolean => w !== undefined && (UNCOUNTABLE.has(w.norm) || NO_ARTICLE.has(w.norm));
        if (!noArticle(n1) && !noArticle(n2)) continue;
        let n: Token | undefined = n1;
        let adj: Token | undefined;
        if (n1 && !noArticle(n1) && isAdjective(doc, n1)) {
          adj = n1;
          n = n2;
        }
        if (!n || !noArticle(n) || ARTICLE_OK.has(n.norm) || !/^\p{Ll}/u.test(n.text)) continue;
        // "a damage claim", "a health check": a compound noun or an "of" phrase ("a vocabulary of 500 words").
        if (NO_ARTICLE.has(n.norm) && doc.next(n)?.norm === 'of') continue;
        // "a little money": a quantity, not an article.
        if (adj && (adj.norm === 'little' || adj.norm === 'bit')) continue;
        const after = doc.next(n);
        // A compound: "an information campaign", "a research team", "an evidence-based".
        if (after && (isCompoundHead(doc, after) || after.text === '-')) continue;
        // A coordinated compound: "a research and development agenda", "a health and medical care program".
        if (after && (after.norm === 'and' || after.norm === 'or')) {
          const m1 = doc.next(after);
          const m2 = m1 && doc.next(m1);
          if (m1 && m2 && /^\p{Ll}/u.test(m1.text) && ['NOUN', 'ADJ'].includes(doc.pos(m1)) && isCompoundHead(doc, m2)) continue;
        }
        const rest = doc.text.slice((adj ?? n).start, n.end);
        const fix = doc.isSentenceInitial(t) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
        const piece = PIECE.get(n.norm);
        const fixes = [fix];
        if (piece?.startsWith('pieces')) fixes.push(`${t.text} ${adj ? `${adj.text} ` : ''}${piece.replace('pieces', 'piece')}`);
        report(t.start, n.end, fixes, `“${doc.text.slice(t.start, n.end)}”: “${n.norm}” is uncountable in English and takes no “${t.norm}”.`);
      }
    }
  },
};
