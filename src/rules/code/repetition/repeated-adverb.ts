/**
 * An adverb placed on both sides of its verb: "closely watch closely", "also recalled also".
 * The source language put the adverb in one place, the translation in another, and a round
 * trip kept both. Fires only when one or two words stand between the copies, one of them a
 * verb, with no punctuation or conjunction between ("again and again", "over and over",
 * "never say never" and lists stay quiet). The fix drops the second copy.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

// Adverbs that do not end in -ly but are doubled this way; -ly adverbs are found by suffix + tag.
const ADVERBS = new Set(['also', 'already', 'still', 'even', 'further', 'often', 'always', 'usually', 'soon', 'later', 'together', 'almost', 'nearly', 'mostly', 'again']);
// "cut again on Wednesday again": "again" on both sides of a time phrase.
const TIME_PREPS = new Set(['on', 'in', 'at', 'by', 'next', 'this', 'last', 'from', 'overnight', 'tomorrow', 'today', 'tonight', 'yesterday']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|season|morning|afternoon|evening|night|day|\d{4})$/;
// Comment adverbs float freely in speech ("it actually smells actually quite bad"): not flagged.
const FLOATING = new Set(['actually', 'really', 'basically', 'literally', 'honestly', 'frankly', 'obviously', 'clearly', 'certainly', 'definitely', 'probably', 'possibly', 'simply', 'totally', 'truly', 'personally', 'seriously', 'exactly', 'especially', 'particularly', 'only']);
// Linking verbs take an adjective, which the second adverb then modifies ("seems clearly ... clearly wrong").
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'smell', 'smells', 'smelled', 'feel', 'feels', 'felt', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'get', 'gets', 'got', 'grow', 'grows', 'grew', 'prove', 'proves', 'proved', 'taste', 'tastes', 'tasted']);
// A degree word after the second copy means that copy modifies what follows, not the verb.
const DEGREE = new Set(['quite', 'very', 'rather', 'too', 'so', 'more', 'less', 'most', 'least', 'fairly', 'pretty', 'extremely', 'much', 'far', 'well']);
const NOT_LY_ADVERBS = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'family', 'italy', 'july', 'ally', 'rally', 'supply', 'apply', 'reply', 'fly', 'holy', 'ugly', 'friendly', 'elderly', 'lonely', 'lovely', 'costly', 'deadly', 'orderly', 'silly', 'belly', 'jelly', 'bully']);
const BETWEEN_STOP = new Set(['and', 'or', 'nor', 'but', 'by', 'to', 'for', 'after', 'upon', 'in', 'on', 'over', 'against', 'versus', 'vs', 'than', 'then', 'into', 'a', 'an', 'the', 'of', 'as', 'not']);
const VERB_TAGS = new Set(['VERB']);
const GROUP_TAGS = new Set(['AUX', 'ADV', 'PART']);

function isAdverbWord(t: Token): boolean {
  // Cheapest tests first: this runs at every token.
  const n = t.norm;
  if (!(n.length > 4 && n.endsWith('ly')) && !ADVERBS.has(n)) return false;
  if (t.kind !== 'word' || t.text.charAt(0) !== n.charAt(0)) return false;
  return !FLOATING.has(n) && !NOT_LY_ADVERBS.has(n);
}

/** "again on Wednesday again", "again tomorrow again": the copy after a time phrase of one to three words. */
function againAfterTime(doc: Doc, t: Token): Token | undefined {
  if (t.norm !== 'again') return undefined;
  const p = doc.next(t);
  if (!p || !TIME_PREPS.has(p.norm)) return undefined;
  for (let gap = 1; gap <= 3; gap++) {
    const u = doc.next(t, gap + 1);
    if (!u) return undefined;
    if (u.norm === 'again') return gap === 1 ? (/^(?:tomorrow|today|tonight|yesterday|overnight)$/.test(p.norm) ? u : undefined) : TIME_WORDS.test((doc.next(t, gap) as Token).norm) ? u : undefined;
    if (u.kind !== 'word' && u.kind !== 'number') return undefined;
  }
  return undefined;
}

/** The second copy of `t` one or two words later, with a verb between, or undefined. */
function secondCopy(doc: Doc, t: Token): Token | undefined {
  const time = againAfterTime(doc, t);
  if (time) return time;
  for (let gap = 1; gap <= 2; gap++) {
    const u = doc.next(t, gap + 1);
    if (!u || u.norm !== t.norm) continue;
    let hasVerb = false;
    for (let k = 1; k <= gap; k++) {
      const m = doc.next(t, k) as Token;
      if (m.kind !== 'word' || BETWEEN_STOP.has(m.norm)) return undefined;
      const tag = doc.pos(m);
      if (VERB_TAGS.has(tag)) hasVerb = true;
      // Two words between must both belong to the verb group ("has recalled"), not start a clause.
      else if (gap === 2 && !GROUP_TAGS.has(tag)) return undefined;
    }
    if (!hasVerb) return undefined;
    const after = doc.next(u);
    if (after && DEGREE.has(after.norm)) return undefined;
    for (let k = 1; k <= gap; k++) if (LINKING.has((doc.next(t, k) as Token).norm)) return undefined;
    // An -ly word must really be an adverb here ("a likely early", "the weekly ... weekly").
    if (!ADVERBS.has(t.norm) && doc.pos(t) !== 'ADV') return undefined;
    return u;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'repeated-adverb',
    category: 'repetition',
    severity: 'warning',
    description: 'The same adverb on both sides of a verb, as if two word orders were merged.',
    examples: {
      bad: [
        { text: 'Analysts said the bank would [[closely watch closely]] the spring wage talks.', output: 'Analysts said the bank would closely watch the spring wage talks.' },
        { text: 'The hospital opened a second ward and [[also recalled also]] nurses from leave.', output: 'The hospital opened a second ward and also recalled nurses from leave.' },
        { text: 'The ministry [[still considers still]] the offer.', output: 'The ministry still considers the offer.' },
        { text: 'Police [[quickly arrested quickly]] three men.', output: 'Police quickly arrested three men.' },
        { text: 'The bank [[already raised already]] rates twice.', output: 'The bank already raised rates twice.' },
        { text: 'The government [[strongly rejects strongly]] the claims.', output: 'The government strongly rejects the claims.' },
        { text: 'The hospital [[also has recalled also]] nurses.', output: 'The hospital also has recalled nurses.' },
        { text: 'She said her orchard had [[again frozen again]] on Tuesday night.', output: 'She said her orchard had again frozen on Tuesday night.' },
        { text: 'Services will be cut [[again on Wednesday again]], the company said.', output: 'Services will be cut again on Wednesday, the company said.' },
      ],
      good: [
        'Prices rose again and again.',
        'They met again on Monday and again on Friday.',
        'Try again, and then again, the coach said.',
        'It flooded again in March, again in May and again in June.',
        'He was closely watched, closely questioned and then released.',
        'Never say never, the coach said.',
        'She also said she would also consider resigning.',
        'The bank also said it also expects growth.',
        'They talked over and over about it.',
        'It is a weekly meeting held weekly in Paris.',
        'The early signs came early this year.',
        'He is only doing what only he can do.',
        'Slowly but surely, slowly the town recovered.',
        'The firm watched closely as rivals closely followed.',
        'Just do it, just do it, he shouted.',
        'This flower actually smells actually quite unpleasant.',
        'The plan looked clearly clearly flawed.',
        'Prices usually rise usually more slowly in winter.',
        'It seems nearly seems nearly over.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // The second copy has the same norm: only words the text holds twice or more, in text order.
    const twice: string[] = [];
    for (const n of doc.vocabulary()) {
      if (!(n.length > 4 && n.endsWith('ly')) && !ADVERBS.has(n)) continue;
      if (FLOATING.has(n) || NOT_LY_ADVERBS.has(n) || doc.countOf(n) < 2) continue;
      twice.push(n);
    }
    if (twice.length === 0) return;
    const at = doc.positionsIn(twice);
    for (let k = 0; k < at.length; k++) {
      const t = doc.tokens[at[k] as number] as Token;
      if (!isAdverbWord(t)) continue;
      const u = secondCopy(doc, t);
      if (!u) continue;
      const before = doc.prev(u) as Token;
      const keep = doc.text.slice(t.start, before.end);
      ctx.report({
        start: t.start,
        end: u.end,
        message: `“${t.text}” stands on both sides of the verb: the translation kept both word orders.`,
        suggestions: [keep],
        reason: 'an adverb modifies its verb once; the second copy is a merge artifact',
        confidence: 0.85,
      });
    }
  },
};
