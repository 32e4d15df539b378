/**
 * An adverb between a verb and its object: “the hospital opened also a second ward”, “he
 * visited already the site”. Romance and Germanic languages put it there; English puts “also”,
 * “already”, “often”, “always” and “never” before the main verb (“also opened
 * a second ward”). Only lexical verbs are checked (after “is”, “has”, “can” the position is
 * English), and only when a determiner, a name or a number follows, so the adverb is not
 * modifying a phrase after it (“said also in a statement” stays quiet).
 */
import type { Rule } from '../../types.js';

// Not "even": it focuses the object ("spend even a few hours", "overlook even the weakest").
const ADVERBS = new Set(['also', 'already', 'often', 'always', 'never', 'recently', 'usually', 'frequently', 'rarely']);
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'some', 'several', 'many', 'two', 'three']);
const NOT_LEXICAL = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'can',
  'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall', 'seems', 'seemed', 'remains', 'remained',
  'becomes', 'became', 'get', 'gets', 'got', 'feel', 'feels', 'felt', 'look', 'looks', 'looked', 'sound',
  'stay', 'stays', 'stayed', 'remain', 'become', 'seem', 'appear', 'appears', 'appeared', 'prove', 'proved',
]);

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
      ],
      good: [
        'The hospital also opened a second isolation ward.',
        'The hospital has also opened a second ward.',
        'He is also the new captain.',
        'The minister said also in a statement that talks would resume.',
        'Prices rose, and wages also rose.',
        'It seems also the case that he left.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const adv of doc.tokens) {
      if (!ADVERBS.has(adv.norm)) continue;
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
  },
};
