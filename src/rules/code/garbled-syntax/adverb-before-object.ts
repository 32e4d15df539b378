/**
 * An adverb between a verb and its object: “the hospital opened also a second ward”, “he
 * visited already the site”. Romance and Germanic languages put it there; English puts “also”,
 * “already”, “often”, “always” and “never” before the main verb (“also opened
 * a second ward”). Only lexical verbs are checked (after “is”, “has”, “can” the position is
 * English), and only when a determiner, a name or a number follows, so the adverb is not
 * modifying a phrase after it (“said also in a statement” stays quiet).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { nounPhraseEnd } from './lib/english.js';

// Not "even": it focuses the object ("spend even a few hours", "overlook even the weakest").
const ADVERBS = new Set(['also', 'already', 'often', 'always', 'never', 'recently', 'usually', 'frequently', 'rarely']);
// Manner and repetition adverbs: English puts them before the verb or after the object, and
// only before a light object after the verb; "again" and "well" go after the object.
const MANNER = new Set([
  'still', 'finally', 'strongly', 'firmly', 'categorically', 'unanimously', 'publicly', 'officially', 'formally',
  'openly', 'sharply', 'harshly', 'fully', 'repeatedly', 'immediately', 'quickly', 'definitively', 'temporarily',
  'partially', 'completely', 'totally', 'explicitly', 'vehemently', 'resolutely', 'again', 'once',
  'previously', 'already', 'successfully', 'significantly', 'considerably', 'substantially', 'gradually',
]);
// Not "well": "understands well the duty of an employee" is literary English.
const AFTER_OBJECT = new Set(['again']);
const CLAUSE_VERBS = new Set(['said', 'says', 'told', 'tells', 'announced', 'stated', 'declared', 'confirmed', 'denied', 'admitted', 'acknowledged', 'insisted', 'reiterated', 'repeated', 'warned', 'noted', 'argued', 'claimed', 'believed', 'thought', 'knew', 'expected']);
const TIME_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'next', 'following', 'same', 'whole', 'rest', 'night', 'morning', 'evening', 'season']);
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'some', 'several', 'many', 'two', 'three']);
const NOT_LEXICAL = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'can',
  'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall', 'seems', 'seemed', 'remains', 'remained',
  'becomes', 'became', 'get', 'gets', 'got', 'feel', 'feels', 'felt', 'look', 'looks', 'looked', 'sound',
  'stay', 'stays', 'stayed', 'remain', 'become', 'seem', 'appear', 'appears', 'appeared', 'prove', 'proved',
]);

/** The words the walk starts from: index lookups, not a test at every token. */
const TRIGGERS: ReadonlySet<string> = new Set([...ADVERBS, ...MANNER]);

export const rule: Rule = {
  meta: {
    id: 'adverb-before-object',
    category: 'garbled-syntax',
    severity: 'info',
    description: 'An adverb between a verb and its object: “opened also a second ward” for “also opened a second ward”.',
    examples: {
      bad: [
        { text: 'The hospital [[opened also]] a second isolation ward.', output: 'The hospital also opened a second isolation ward.' },
        { text: 'Inspectors [[visited already]] the site twice.', output: 'Inspectors already visited the site twice.' },
        { text: 'The club [[signed also]] two young defenders.', output: 'The club also signed two young defenders.' },
        { text: 'The government [[condemned strongly the attack]] on the embassy.', output: 'The government strongly condemned the attack on the embassy.' },
        { text: 'The bank [[raised again its key rate]].', output: 'The bank raised its key rate again.' },
        { text: 'Parliament [[approved unanimously the budget]].', output: 'Parliament unanimously approved the budget.' },
      ],
      good: [
        'The hospital also opened a second isolation ward.',
        'The hospital has also opened a second ward.',
        'He is also the new captain.',
        'The minister said also in a statement that talks would resume.',
        'Prices rose, and wages also rose.',
        'It seems also the case that he left.',
        'He said again the talks would resume.',
        'They met again the following day.',
        'The government strongly condemned the attack.',
        'He played well the whole season.',
        'One expresses well the love he does not feel.',
        'The company announced officially the deal was off.',
        'Prices rose again the next week.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const adv of doc.tokensWith(TRIGGERS)) {
      if (!ADVERBS.has(adv.norm) && !MANNER.has(adv.norm)) continue;
      if (!ADVERBS.has(adv.norm)) {
        manner(adv);
        continue;
      }
      const verb = doc.prev(adv);
      const obj = adv && doc.next(adv);
      if (!verb || !obj || verb.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.text) || NOT_LEXICAL.has(verb.norm)) continue;
      if (!(OBJECT_START.has(obj.norm) || (obj.kind === 'number'))) continue;
      if (doc.pos(verb) !== 'VERB' || /ing$/.test(verb.norm)) continue;
      // A participle after an auxiliary ("has opened also") is still wrong but the fix differs.
      const aux = doc.prev(verb);
      if (aux && NOT_LEXICAL.has(aux.norm)) continue;
      ctx.report({
        start: verb.start,
        end: adv.end,
        message: `“${verb.text} ${adv.text}”: English puts “${adv.text}” before the verb (“${adv.text} ${verb.text}”).`,
        suggestions: [`${adv.text} ${verb.text}`],
        reason: 'English does not put this adverb between a verb and its object',
        confidence: 0.6,
      });
    }

    /** "condemned strongly the attack", "raised again the rates": a light object only. */
    function manner(adv: Token): void {
      const verb = doc.prev(adv);
      const obj = doc.next(adv);
      if (!verb || !obj || verb.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.text) || NOT_LEXICAL.has(verb.norm) || CLAUSE_VERBS.has(verb.norm)) return;
      if (!OBJECT_START.has(obj.norm) || obj.norm === 'two' || obj.norm === 'three') return;
      if (!/(?:ed|[^s]s)$/.test(verb.norm) && !['won', 'lost', 'held', 'took', 'made', 'gave', 'left', 'met', 'sent', 'paid', 'sold', 'bought', 'built', 'led', 'set', 'put', 'cut', 'hit', 'knows', 'speaks'].includes(verb.norm)) return;
      if (doc.pos(verb) !== 'VERB') return;
      const aux = doc.prev(verb);
      if (aux && NOT_LEXICAL.has(aux.norm)) return;
      const end = nounPhraseEnd(doc, obj);
      if (!end) return;
      for (let c: Token | undefined = obj; c; c = c === end ? undefined : doc.next(c)) if (TIME_WORDS.has(c.norm)) return;
      // A clause or a long phrase after the object: "announced again the talks would resume".
      const after = doc.next(end);
      if (after && (['AUX', 'VERB'].includes(doc.pos(after)) || ['that', 'which', 'who', 'to'].includes(after.norm))) return;
      const np = doc.text.slice(obj.start, end.end);
      const fix = AFTER_OBJECT.has(adv.norm) ? `${verb.text} ${np} ${adv.text}` : `${adv.text} ${verb.text} ${np}`;
      ctx.report({
        start: verb.start,
        end: end.end,
        message: `“${doc.text.slice(verb.start, end.end)}”: English does not put “${adv.text}” between the verb and its object (“${fix}”).`,
        suggestions: [fix],
        reason: 'English does not put this adverb between a verb and its object',
        confidence: 0.55,
      });
    }
  },
};
