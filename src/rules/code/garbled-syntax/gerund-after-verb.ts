/**
 * A to-infinitive where English needs “-ing”: after verbs that take a gerund (“prices keep to
 * climb”, “avoid to comment”, “enjoy to work”, “envisages to build”), after a “to” that is a
 * preposition (“look forward to meet”, “contributed to reduce”, “close to reach a deal”, “in
 * addition to provide”), and after verbs whose preposition became “to” (“succeeded to reach” for
 * “succeeded in reaching”, “insisted to meet” for “insisted on meeting”). Romance and Slavic
 * languages use the infinitive in all these places and MT keeps it. “continue to”, “stop to” (in
 * order to), “start to” and “begin to” are English and are not listed; passives (“is considered
 * to be”) stay quiet, and so does a “to” before a noun (“succeeded to the throne”).
 *
 * Besides the listed verbs, the heads that clean English follows with -ing or a preposition +
 * -ing and never with a to-infinitive (lib/complements.ts, counted by scripts/count-complements.mjs):
 * verbs in the active voice (“refrained to comment”) and adjectives or participles after “be”
 * (“capable to win” for “capable of winning”, “was accused to have”).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { formsOf, verbForm } from '../../../nlp/inflect.js';
import { COMMON_WORDS } from '../capitalization/lexicon.js';
import { ingComplement, type IngHead } from './lib/complements.js';

// Words between a form of "be" (or "become", "remain") and an adjective: "is not capable of".
const BETWEEN = new Set(['very', 'so', 'more', 'most', 'less', 'quite', 'rather', 'not', 'never', 'also', 'still', 'always', 'often', 'really', 'fully', 'highly', 'equally', 'now', 'already', 'particularly', 'increasingly', 'extremely', 'just', "n't"]);
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', "'m", 'become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'remaining', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'feel', 'feels', 'felt', 'get', 'gets', 'got', 'grow', 'grew', 'grown']);

/** Whether a form of "be" or a linking verb stands before the adjective `t`, over adverbs. */
function afterLinking(doc: Doc, t: Token): boolean {
  let p = doc.prev(t);
  for (let n = 0; p && n < 3; n++, p = doc.prev(p)) {
    if (LINKING.has(p.norm)) return true;
    if (!BETWEEN.has(p.norm) && !(/ly$/.test(p.norm) && doc.pos(p) === 'ADV')) return false;
  }
  return false;
}

/**
 * The -ing complement clean English gives the word before "to" (complement-counts.txt): a verb
 * in the active voice, or an adjective or participle after "be" ("capable to win", "was accused
 * to have"); undefined for others, and after "too" ("too busy to attend").
 */
function countedIngHead(doc: Doc, t: Token, passive: boolean): IngHead | undefined {
  // the tables first: tagging a sentence costs more than the lookups
  const verb = ingComplement('verb', t.norm);
  const adj = ingComplement('adj', t.norm);
  if (!verb && !adj) return undefined;
  const pos = doc.pos(t);
  if (verb && pos === 'VERB' && !passive) return verb;
  if (adj && (pos === 'ADJ' || (pos === 'VERB' && passive)) && afterLinking(doc, t) && doc.prev(t)?.norm !== 'too') return adj;
  return undefined;
}

function allForms(...lemmas: string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lemmas) for (const f of formsOf(l)) out.add(f);
  return out;
}

const GERUND_VERBS = allForms(
  'keep', 'avoid', 'enjoy', 'finish', 'consider', 'deny', 'risk', 'suggest', 'discuss', 'resist', 'postpone',
  'delay', 'miss', 'admit', 'anticipate', 'envisage', 'contemplate', 'recall',
  'tolerate', 'justify', 'appreciate', 'involve', 'recommend', 'dislike',
);
// Verb + preposition that MT turned into "to": the English preposition.
const PREPOSITIONAL: ReadonlyMap<string, string> = new Map([
  ...[...allForms('succeed')].map((f) => [f, 'in'] as const),
  ...[...allForms('insist')].map((f) => [f, 'on'] as const),
]);
// A "to" that is a preposition: the word before it, and the word before that when it matters.
const TO_PREPOSITION = new Set([
  'contribute', 'contributes', 'contributed', 'contributing', 'object', 'objects', 'objected', 'objecting',
]);
const PHRASES: readonly (readonly string[])[] = [
  ['look', 'forward'], ['looks', 'forward'], ['looked', 'forward'], ['looking', 'forward'],
  ['in', 'addition'], ['with', 'a', 'view'], ['prior'], ['close'], ['closer'], ['comes'], ['came'], ['come'],
  ['devoted'], ['dedicated'], ['accustomed'],
];
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
// Verbs whose plain form after "to" is rarely a verb in these frames ("keep to schedule").
const NOT_VERBS = new Set([
  'schedule', 'plan', 'budget', 'time', 'course', 'form', 'script', 'order', 'target', 'date', 'people', 'home',
  'power', 'office', 'tears', 'death', 'zero', 'paper',
  // Participles in -n, which the tagger may read as verbs after "to".
  'broken', 'taken', 'given', 'spoken', 'chosen', 'written', 'driven', 'eaten', 'fallen', 'forgotten', 'hidden',
  'stolen', 'shaken', 'risen', 'beaten', 'bitten', 'frozen', 'proven', 'woken', 'sworn', 'torn', 'worn', 'born',
  'known', 'shown', 'grown', 'thrown', 'drawn', 'blown', 'flown', 'seen', 'done', 'gone', 'been', 'begun', 'sung',
]);
// "close to" is a preposition before verbs of reaching an agreement; elsewhere it can mean
// "near enough to" ("close to fall in").
const CLOSE_VERBS = new Set(['reach', 'sign', 'agree', 'finalize', 'finalise', 'complete', 'clinch', 'seal', 'secure', 'strike', 'conclude', 'win', 'approve', 'announce', 'break']);

function baseVerb(doc: Doc, v: Token | undefined): v is Token {
  // "when it comes to issues": a plural noun, never a plain verb form.
  return v !== undefined && v.kind === 'word' && /^\p{Ll}+$/u.test(v.text) && !/(?:ing|ed)$/.test(v.norm) && !/[^su]s$/.test(v.norm) && !NOT_VERBS.has(v.norm) && doc.pos(v) === 'VERB';
}

/**
 * "contribute to low productivity", "look forward to steady progress", "with a view to flood
 * control", "prior to age 70": a word whose usual part of speech is a noun or an adjective
 * (capitalization-common-words.txt) before a noun or a number modifies it; it is no verb.
 */
function modifiesNext(doc: Doc, v: Token): boolean {
  if (!COMMON_WORDS.has(v.norm)) return false;
  const n = doc.next(v);
  if (!n) return false;
  if (n.kind === 'number') return true;
  if (n.kind !== 'word') return false;
  const pos = doc.pos(n);
  // "action taken by ...": a participle after a noun.
  return pos === 'NOUN' || pos === 'ADJ' || pos === 'NUM' || pos === 'PROPN' || (pos === 'VERB' && /(?:ed|en)$/.test(n.norm));
}

/** True when the words ending just before `to` are one of the phrases whose "to" is a preposition. */
function prepositionalTo(doc: Doc, to: Token): boolean {
  const p1 = doc.prev(to);
  if (!p1) return false;
  if (TO_PREPOSITION.has(p1.norm)) return doc.pos(p1) === 'VERB';
  for (const phrase of PHRASES) {
    let c: Token | undefined = p1;
    let ok = true;
    for (let i = phrase.length - 1; i >= 0 && ok; i--) {
      ok = c !== undefined && c.norm === phrase[i];
      c = c && doc.prev(c);
    }
    if (!ok) continue;
    const last = phrase[phrase.length - 1];
    // "when it comes to": only after "it"; "close to" only after a form of "be" or "come".
    if (last === 'comes' || last === 'came' || last === 'come') return doc.prev(p1)?.norm === 'it';
    if (last === 'close' || last === 'closer') {
      if (!CLOSE_VERBS.has(doc.next(to)?.norm ?? '')) return false;
      const b = doc.prev(p1);
      return b !== undefined && (BE.has(b.norm) || ['came', 'come', 'comes', 'coming', 'very', 'so', 'getting', 'got'].includes(b.norm));
    }
    if (last === 'devoted' || last === 'dedicated' || last === 'accustomed') return doc.prev(p1) !== undefined && BE.has(doc.prev(p1)!.norm);
    return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'gerund-after-verb',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A to-infinitive where English needs -ing: “keep to climb” for “keep climbing”, “succeeded to reach” for “succeeded in reaching”.',
    examples: {
      bad: [
        { text: 'The bank will act while food prices [[keep to climb]].', output: 'The bank will act while food prices keep climbing.' },
        { text: 'The minister [[avoided to comment]] on the report.', output: 'The minister avoided commenting on the report.' },
        { text: 'Many players [[enjoy to work]] with him.', output: 'Many players enjoy working with him.' },
        { text: 'The company [[denied to have]] broken the law.', output: 'The company denied having broken the law.' },
        { text: 'We look forward [[to meet]] the new coach.', output: 'We look forward to meeting the new coach.' },
        { text: 'They [[risked to lose]] everything.', output: 'They risked losing everything.' },
        { text: 'The ministers are [[considering to raise]] the retirement age.', output: 'The ministers are considering raising the retirement age.' },
        { text: 'The plan [[envisages to build]] three new reactors.', output: 'The plan envisages building three new reactors.' },
        { text: 'Rescuers [[succeeded to reach]] the village on Monday.', output: 'Rescuers succeeded in reaching the village on Monday.' },
        { text: 'The opposition [[insisted to hold]] the vote in public.', output: 'The opposition insisted on holding the vote in public.' },
        { text: 'The new law contributed [[to reduce]] the deficit.', output: 'The new law contributed to reducing the deficit.' },
        { text: 'The two sides are close [[to reach]] an agreement.', output: 'The two sides are close to reaching an agreement.' },
        { text: 'In addition [[to provide]] loans, the bank gives grants.', output: 'In addition to providing loans, the bank gives grants.' },
        { text: 'When it comes [[to protect]] children, nobody disagrees.', output: 'When it comes to protecting children, nobody disagrees.' },
        { text: 'The government [[recommends to wear]] masks on trains.', output: 'The government recommends wearing masks on trains.' },
        { text: 'Residents objected [[to pay]] the new tax.', output: 'Residents objected to paying the new tax.' },
        { text: 'The young striker is [[capable to win]] the title alone.', output: 'The young striker is capable of winning the title alone.' },
        { text: 'The minister was [[accused to have]] lied to parliament.', output: 'The minister was accused of having lied to parliament.' },
        { text: 'The company [[refrained to comment]] on the merger.', output: 'The company refrained from commenting on the merger.' },
      ],
      good: [
        'Prices keep climbing.',
        'Prices continue to climb.',
        'He stopped to rest on the way.',
        'The team kept to the plan.',
        'The trains kept to schedule despite the snow.',
        'He is considered to be the best player of his generation.',
        'She was denied to the press as a source.',
        'We look forward to the meeting.',
        'The minister suggested to reporters that talks could resume.',
        'The risk to investors is high.',
        'He succeeded to the throne in 1952.',
        'The bank contributed to the fund.',
        'The house is close to the sea.',
        'The troops came close to the border.',
        'Residents are recommended to stay indoors.',
        'It is also recommended to apply the patch.',
        'It is not recommended to use old versions.',
        'He quit to join a rival firm.',
        'They insisted to reporters that nothing had changed.',
        'She came to see the match.',
        'Officials close to the talks said a deal was near.',
        'The key to success is patience.',
        'You need to be very close to fall in.',
        'The time required for an object to fall is short.',
        'In addition to paper and pens, he took a camera.',
        'This abuse contributes to low productivity in the workplace.',
        'We look forward to steady progress toward peace.',
        'The law bars forced retirement prior to age 70.',
        'When it comes to issues like infrastructure, we agree.',
        'The aim is not only to feed them but in addition to give them work.',
        'When it comes to broken marriages, nobody wins.',
        'I am not minded to answer any questions.',
        'It is the key to unlock growth.',
        'The agency is responsible to parliament.',
        'He was too capable to ignore.',
        'She is capable of winning the title.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const to of doc.tokensWith(['to'])) {
      if (to.norm !== 'to') continue;
      const t = doc.prev(to);
      const v = doc.next(to);
      if (!t || !v || v.kind !== 'word') continue;
      let prep = PREPOSITIONAL.get(t.norm);
      let gerundVerb = GERUND_VERBS.has(t.norm);
      const tabled = !prep && !gerundVerb && (ingComplement('verb', t.norm) !== undefined || ingComplement('adj', t.norm) !== undefined);
      const prepTo = !prep && !gerundVerb && !tabled ? prepositionalTo(doc, to) : undefined;
      if (prepTo === false) continue;
      // A passive: "is considered to be", "it is also recommended to use".
      let before = doc.prev(t);
      while (before && ['also', 'still', 'not', 'strongly', 'generally', 'often', 'usually', 'highly', 'always', 'never', 'therefore', 'widely', 'now', 'thus', 'normally', 'officially', 'firmly', "n't"].includes(before.norm)) before = doc.prev(before);
      const passive = before !== undefined && BE.has(before.norm) && /(?:ed|en)$/.test(t.norm);
      let counted: IngHead | undefined;
      if (tabled && /^\p{Ll}+$/u.test(t.text) && (counted = countedIngHead(doc, t, passive))) {
        if (counted.prep) prep = counted.prep;
        else gerundVerb = true;
      }
      if (!prep && !gerundVerb && !(prepTo ?? prepositionalTo(doc, to))) continue;
      if (!baseVerb(doc, v)) continue;
      const ing = verbForm(v.norm, 'ing');
      if (prep || gerundVerb) {
        if (!counted) {
          if (passive && /ed$/.test(t.norm)) continue;
          if (doc.pos(t) !== 'VERB') continue;
        }
        const fix = prep ? `${t.text} ${prep} ${ing}` : `${t.text} ${ing}`;
        ctx.report({
          start: t.start,
          end: v.end,
          message: `“${doc.text.slice(t.start, v.end)}”: “${t.text}” takes ${prep ? `“${prep}” and ` : ''}the -ing form in English (“${fix}”).`,
          suggestions: [fix],
          reason: counted
            ? `clean English follows “${counted.lemma}” with ${prep ? `“${prep}” + ` : ''}-ing, never with a to-infinitive`
            : prep ? `the verb takes “${prep}” + -ing, not a to-infinitive` : 'this verb takes a gerund, not a to-infinitive',
          confidence: counted ? 0.7 : 0.8,
        });
        continue;
      }
      if (modifiesNext(doc, v)) continue;
      // "but in addition to give expression to ...": "in addition" as "also" before an
      // infinitive that continues a list of aims.
      const addition = doc.prev(t);
      if (t.norm === 'addition' && addition?.norm === 'in' && ['but', 'and'].includes(doc.prev(addition)?.norm ?? '')) continue;
      // "in addition to paper and pens": the word after "to" must have an object or a phrase.
      const after = doc.next(v);
      if (!after || after.kind === 'punct' || doc.pos(after) === 'CCONJ') continue;
      ctx.report({
        start: to.start,
        end: v.end,
        message: `“${doc.text.slice(t.start, v.end)}”: this “to” is a preposition and takes the -ing form (“to ${ing}”).`,
        suggestions: [`to ${ing}`],
        reason: 'after a prepositional “to” English uses the -ing form',
        confidence: 0.75,
      });
    }
  },
};
