/**
 * “a” before a vowel sound or “an” before a consonant sound: “a investigation”, “an
 * university”, “a hour”, “an European”. Translation rebuilds the article separately from the
 * adjective or noun that follows it, and an edit that inserts a word after it leaves it stale.
 *
 * Only where the sound is certain from the spelling: words that start with a, e, i, o (not
 * one/once, not eu-/ewe), un- prefix words (unusual, unknown, unidentified, but not union or
 * unique), ul-, um-, up-, ur- before a consonant (urgent), ut- before a consonant (utter); the
 * silent h of hour, honest, honour and heir; numbers in 8, 11 and 18. An “h” that may be
 * silent (“an historic”) and acronyms (“an MP”, “a UN”) are never flagged, and neither are
 * foreign phrases (“Frankfurt an der Oder”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const YOU = /^(?:uni(?:on|que|t|ver|lat|f|son|corn|cam|sex|dir|mod)|unan|unary|us[aeiou]|use|usu|ura|uri|uro|ute|utensil|uti|uto|uk|ufo|u-turn|eu|ewe|one|once|ouija)/;
const U_VOWEL = /^(?:un(?:[^i]|i[dmn])|ul|um|up|ur[^aeiou]|ut[^aeiou]|ub[^i]|ugl|udd|ump|ush)/;
const SILENT_H = /^(?:hour|honest|honour|honor|heir)/;
const FOREIGN_AFTER_AN = new Set(['der', 'die', 'das', 'den', 'dem']);

/** "an" for a vowel sound, "a" for a consonant sound, undefined when the spelling does not settle it. */
function articleFor(t: Token): 'a' | 'an' | undefined {
  if (t.kind === 'number' || /^\d+-\p{Ll}/u.test(t.text)) {
    const num = /^[\d.,]+/.exec(t.text)?.[0] ?? '';
    if (/^8/.test(num) || /^(?:11|18)(?:$|[.,]\d)/.test(num)) return 'an';
    if (/^[1-79]/.test(num)) return /^1\d\d\d$/.test(num) || /^11\d$|^18\d$/.test(num) ? undefined : 'a';
    return undefined;
  }
  if (t.kind !== 'word' || !/^\p{L}\p{Ll}/u.test(t.text) || t.text.length < 2) return undefined;
  const w = t.norm;
  if (YOU.test(w)) return 'a';
  if (/^u/.test(w)) return U_VOWEL.test(w) ? 'an' : undefined;
  if (/^[aeio]/.test(w)) return 'an';
  if (SILENT_H.test(w)) return 'an';
  if (/^h/.test(w)) return undefined;
  if (/^[bcdfgjklmnpqrstvwxyz]/.test(w)) return 'a';
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'a-an-mismatch',
    category: 'article',
    severity: 'warning',
    description: '“a” before a vowel sound or “an” before a consonant sound: “a investigation”, “an university”.',
    examples: {
      bad: [
        { text: 'The ministry opened [[a]] investigation into the crash.', output: 'The ministry opened an investigation into the crash.' },
        { text: 'He is [[an]] university professor.', output: 'He is a university professor.' },
        { text: 'She waited for [[a]] hour before leaving.', output: 'She waited for an hour before leaving.' },
        { text: 'The minister is [[an]] European politician.', output: 'The minister is a European politician.' },
        { text: 'It was [[a]] unusual decision.', output: 'It was an unusual decision.' },
        { text: 'Police found [[a]] 8-year-old boy.', output: 'Police found an 8-year-old boy.' },
        { text: 'Officials called it [[an]] unique chance.', output: 'Officials called it a unique chance.' },
        { text: '[[A]] official said the talks had failed.', output: 'An official said the talks had failed.' },
        { text: 'The company hired [[an]] new manager.', output: 'The company hired a new manager.' },
      ],
      good: [
        'The ministry opened an investigation into the crash.',
        'It was an historic day.',
        'It was a historic day.',
        'He is an MP and a UN envoy.',
        'She bought a one-way ticket and a euro bond.',
        'It was a unanimous decision by a united board.',
        'A unilateral move by a US firm.',
        'He lives in Frankfurt an der Oder.',
        'It was an 11-hour flight and a 10-hour drive.',
        'Plan A and plan B were rejected.',
        'He wrote a “unique” proposal.',
        'He is an honest man; it was an honour.',
        'The group has a usual meeting and a useful tool.',
        'An unidentified man and a uniformed officer left.',
        'It was an unprecedented move.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const t of doc.tokensWith(['a', 'an'])) {
      if (t.norm !== 'a' && t.norm !== 'an') continue;
      if (!/^(?:a|an)$/.test(t.text) && !((t.text === 'A' || t.text === 'An') && doc.isSentenceInitial(t))) continue;
      const n = doc.next(t);
      if (!n || n.start !== t.end + 1) continue;
      if (t.norm === 'an' && FOREIGN_AFTER_AN.has(n.norm)) continue;
      if (n.norm === 'and' || n.norm === 'or') continue; // the letter: a and b
      const after = doc.next(n);
      if (after && after.text === '.' && after.start === n.end && n.text.length <= 3) continue; // "a i.e."
      const want = articleFor(n);
      if (!want || want === t.norm) continue;
      const fix = /^\p{Lu}/u.test(t.text) ? (want === 'an' ? 'An' : 'A') : want;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text} ${n.text}”: before “${n.text}” English writes “${fix}”.`,
        suggestions: [fix],
        reason: '“an” goes before a vowel sound, “a” before a consonant sound',
        confidence: 0.85,
      });
    }
  },
};
