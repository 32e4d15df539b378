/**
 * Names that take “the” in English used without it: “Kremlin’s spokesman”, “Kremlin said”,
 * “White House denied”, “in European Union”. Languages without articles drop it.
 *
 * Attributive use needs no article (“Kremlin spokesman”, “EU leaders”), so a name followed by a
 * noun or a name stays quiet; so does a name after a determiner, a possessive or an adjective
 * (“Putin’s Kremlin”, “a defiant Kremlin”). Flagged: the name before a possessive or a verb, or
 * after a preposition. Headlines drop articles on purpose and are skipped.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { readList } from '../../../data/lists.js';
import { apostropheOf, isHeadline } from '../number-agreement/lib/english.js';
import { textPositions } from '../../../text/word-positions.js';
import { indexNames, matchName } from './lib/names.js';
import { irregularPastForms } from '../../../nlp/inflect.js';

/** Each name as its exact tokens ("White House" -> ["White", "House"]), by first token. */
const BY_FIRST = indexNames(readList('article-the-names.txt').map((l) => l.split(/\s+/)));
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', "'s", 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'no',
  'every', 'each', 'both', 'either', 'neither', 'former', 'new', 'old', 'whole', 'entire', 'same', '-', '/', '–',
]);
/** A kind a name stands in apposition to: "the river Seine". */
const KIND_WORDS = new Set(['river', 'rivers', 'sea', 'ocean', 'lake', 'canal', 'strait', 'gulf', 'desert', 'peninsula', 'mountains', 'museum', 'islands']);
const PREPOSITIONS = new Set([
  'in', 'at', 'from', 'to', 'by', 'with', 'of', 'for', 'on', 'into', 'inside', 'outside', 'within', 'against',
  'toward', 'towards', 'between', 'among', 'across', 'throughout', 'near', 'about', 'over', 'under', 'than',
]);

const IRREGULAR_PAST = irregularPastForms();

function afterPrep(prev: Token | undefined): boolean {
  return prev !== undefined && PREPOSITIONS.has(prev.norm);
}

/** A verb form a name can govern: "said", "denies", "ruled" (not "tap", "managing", "index-linked"). */
function finiteAfterName(v: Token, name: Token): boolean {
  if (v.text.includes('-')) return false;
  if (/ing$/.test(v.norm)) return false;
  if (/ed$/.test(v.norm) || IRREGULAR_PAST.has(v.norm)) return true;
  // "the Netherlands import", "the Alps stand": a plural name takes the base form.
  return /s$/.test(v.norm) || /s$/.test(name.norm);
}

export const rule: Rule = {
  meta: {
    id: 'institution-without-the',
    category: 'article',
    severity: 'warning',
    description: 'A name that takes “the” used without it: “Kremlin’s spokesman”, “White House said”.',
    examples: {
      bad: [
        { text: '[[Kremlin’s]] spokesman Dmitry Peskov also praised the deal.', output: 'The Kremlin’s spokesman Dmitry Peskov also praised the deal.' },
        { text: 'He said [[Kremlin]] had denied any role in the case.', output: 'He said the Kremlin had denied any role in the case.' },
        { text: 'The proposal was sent to [[White House]] on Monday.', output: 'The proposal was sent to the White House on Monday.' },
        { text: '[[European Union]] said it would respond.', output: 'The European Union said it would respond.' },
        { text: 'Inflation in [[Netherlands]] rose to 3 percent.', output: 'Inflation in the Netherlands rose to 3 percent.' },
        { text: 'Officials at [[Pentagon]] declined to comment.', output: 'Officials at the Pentagon declined to comment.' },
        { text: 'Inflation in [[US]] slowed in May.', output: 'Inflation in the US slowed in May.' },
        { text: 'Tensions rose in [[Middle East]] after the strike.', output: 'Tensions rose in the Middle East after the strike.' },
        { text: 'Grain barges waited on [[Danube]] for a week.', output: 'Grain barges waited on the Danube for a week.' },
        { text: 'Floodwater from [[Sutlej]] reached 200 villages.', output: 'Floodwater from the Sutlej reached 200 villages.' },
      ],
      good: [
        'The river Seine froze that winter.',
        'Danube ports handled more grain, and the Rhine and Danube were low.',
        'Like every Member of the House and Senate assembled here tonight, I was elected.',
        'Over the next few weeks, the House and Senate will be voting.',
        'Kremlin spokesman Andrei Sokolov told reporters.',
        'The Kremlin’s spokesman praised the deal.',
        'The Kremlin, which has denied any role, said the courts were independent.',
        'EU leaders met in Brussels.',
        'A defiant Kremlin said nothing.',
        'Putin’s Kremlin is a closed world.',
        'Kremlin denies role in hacking',
        'The European Union Agency for Asylum published the data.',
        'White House press secretary Karine Jean-Pierre spoke.',
        'He flew to the Netherlands on Monday.',
        'Netherlands-based firms were hit.',
        'Pentagon officials said the object was small.',
        'The deal is worth US$5 billion and was signed in the US.',
        'Senate Republicans blocked the bill.',
        'Exports to the UK fell.',
        'The U.K. Treasury said it would sell more bonds.',
        'The European Central Bank (ECB) and White House disagreed.',
        'North Pacific said the merger was off.',
        'Salmon prices rose in Pacific Northwest ports.',
        'The fund bought Treasury tap stock and Treasury index-linked bonds.',
        'He met with Kremlin managing staff and White House handling teams.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const apos = apostropheOf(doc);
    // Only a token whose norm is that of a BY_FIRST key can have a key as its text.
    const at = textPositions(doc, BY_FIRST);
    for (let ti = 0; ti < at.length; ti++) {
      const t = doc.tokens[at[ti] as number] as Token;
      const toks = BY_FIRST.has(t.text) ? matchName(doc, t, BY_FIRST) : undefined;
      if (!toks) continue;
      const last = toks[toks.length - 1] as Token;
      const prev = doc.prev(t);
      const next = doc.next(last);
      if (prev && (DETERMINERS.has(prev.norm) || (prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !doc.isSentenceInitial(prev)))) continue;
      if (prev && prev.end === t.start && prev.kind === 'punct') continue; // "US-EU", "(EU)"
      // "the U.S. Treasury": an initialism with periods is a capitalized modifier too.
      if (prev && prev.text === '.' && /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u.test(doc.text.slice(Math.max(0, prev.end - 12), prev.end))) continue;
      // "Union Pacific said", "Canadian Pacific said": a capitalized name word starts the
      // sentence and the name is its second half.
      if (prev && prev.end < t.start && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && doc.isSentenceInitial(prev) && ['PROPN', 'ADJ'].includes(doc.pos(prev)) && !PREPOSITIONS.has(prev.norm)) continue;
      if (prev && (doc.pos(prev) === 'ADJ' || (prev.kind === 'word' && prev.text.includes('-')))) continue;
      // "the river Seine", "the museum Louvre": the name in apposition to its kind, which has the article.
      if (prev && KIND_WORDS.has(prev.norm)) continue;
      // "the House and Senate", "the Army and Navy": one article for both names.
      if (prev && ['and', 'or', '&', 'nor'].includes(prev.norm)) {
        let c = doc.prev(prev);
        let shared = false;
        // "the International Monetary Fund (IMF) and World Bank": a bracketed acronym is skipped.
        for (let k = 0; k < 7 && c && ((c.kind === 'word' && /^\p{Lu}/u.test(c.text)) || c.text === '(' || c.text === ')'); k++) {
          c = doc.prev(c);
          if (c && c.norm === 'the') shared = true;
        }
        if (shared) continue;
      }
      if (!next) continue;
      // "with United States' assistance": a possessive used as a modifier.
      if ((next.text === "'" || next.text === '’') && next.start === last.end && /s$/.test(last.text)) continue;
      if (next.text === '$' || next.text === '-' || next.text === '/') continue; // "US$5", "US-China"
      const possessive = next.norm === "'s";
      const nextPos = possessive ? 'PART' : doc.pos(next);
      // Attributive: "Kremlin spokesman", "EU leaders", "Pentagon officials".
      if (!possessive && next.kind !== 'punct' && ['NOUN', 'PROPN', 'NUM', 'ADJ', 'X'].includes(nextPos)) continue;
      // "Pacific Northwest": a capitalized word after it makes a longer name.
      if (next.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && !doc.isSentenceInitial(next)) continue;
      // A verb form no singular subject takes is a modifier, not the name's verb: "Treasury tap
      // stock", "IMF managing director", "Treasury index-linked stock", "White House handling".
      if (nextPos === 'VERB' && !finiteAfterName(next, last) && !(prev && doc.pos(prev) === 'AUX')) {
        const after = doc.next(next);
        if (!afterPrep(prev) || (after && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && doc.pos(after) === 'NOUN')) continue;
      }
      const verb = nextPos === 'VERB' || nextPos === 'AUX';
      if (!possessive && !verb && !afterPrep(prev)) continue;
      if (isHeadline(doc, doc.sentenceOf(t))) continue;
      const initial = doc.isSentenceInitial(t);
      const article = initial ? 'The' : 'the';
      const end = possessive ? next.end : last.end;
      const name = doc.text.slice(t.start, last.end);
      const fix = possessive ? `${article} ${name}${apos}s` : `${article} ${name}`;
      ctx.report({
        start: t.start,
        end,
        message: `“${doc.text.slice(t.start, end)}”: English says “the ${name}”; the article was lost in translation.`,
        suggestions: possessive ? [fix, name] : [fix],
        reason: `“${name}” takes the definite article in English`,
        confidence: 0.8,
      });
    }
  },
};
