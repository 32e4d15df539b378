/**
 * The same meaning said twice with two different words: "about roughly 400", "each year
 * annually", "re-examine again", "again for a second time", "immediately with immediate
 * effect", "in fact, actually", "in the coming days ahead", "so far to date", "also ... too",
 * "a four-year ban of four years". A round trip often keeps both renderings of one source
 * word. The fix keeps the first (or the shorter) one.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inQuotation } from './lib/context.js';
import { matchesAt } from '../../../text/matches-at.js';
import { runStarts, wordStarts } from './lib/starts.js';

interface Pair {
  readonly re: RegExp;
  /** The replacement for the whole match, from its groups. */
  readonly fix: (m: RegExpExecArray) => string;
  readonly what: string;
  /**
   * Where a match can start, so the regex is tried there only, not along the whole text:
   * the words a match can begin with (see wordStarts), or a function giving the offsets.
   * Absent: the regex scans the text.
   */
  readonly from?: ReadonlySet<string> | ((doc: Doc) => number[]);
}

/** The first word of each alternative of a `|` list ("at once|right away" -> at, right). */
function firstWords(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((l) => l.split('|').map((a) => (a.split(' ')[0] as string).toLowerCase())));
}

/** Every inflection of "reopen(?:s|ed|ing)?"-like stems, as written in the regexes below. */
function forms(stem: string, endings: readonly string[]): string[] {
  return endings.map((e) => stem + e);
}

const APPROX = 'about|roughly|approximately|around|nearly|almost|some|circa';
const YEARLY = 'each year|every year|annually|yearly|per year|a year|per annum';
const AGAIN = 'again|once again|once more|anew|for a second time|a second time|for the second time';
const NOW = 'currently|presently|at present|now|at the moment|nowadays';
const SO_FAR = 'so far|to date|until now|thus far|up to now|as yet|up until now';
const IMMEDIATE = 'immediately|at once|right away|instantly|with immediate effect|forthwith';
const FACT = 'in fact|actually|indeed|in reality|in truth|as a matter of fact';

// The words "re-examine"-like verbs open with: "re" (before the hyphen) and the listed stems.
const RE_VERBS: ReadonlySet<string> = new Set([
  're',
  ...forms('reopen', ['', 's', 'ed', 'ing']),
  ...forms('reintroduc', ['e', 'es', 'ed', 'ing']),
  ...forms('reappoint', ['', 's', 'ed', 'ing']),
  ...forms('reelect', ['', 's', 'ed', 'ing']),
  ...forms('reiterat', ['e', 'es', 'ed', 'ing']),
  ...forms('repeat', ['', 's', 'ed', 'ing']),
  ...forms('resum', ['e', 'es', 'ed', 'ing']),
]);

const LENGTH_WORD = /-(?:year|month|week|day|hour|minute)/i;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Where "a four-year ban of four years" can start: at the article before a word with
 * "-year" (or month, week, ...), or at any word start inside that word.
 */
function lengthStarts(doc: Doc): number[] {
  const out: number[] = [];
  const toks = doc.tokens;
  for (const norm of doc.vocabulary()) {
    if (!LENGTH_WORD.test(norm)) continue;
    const at = doc.positions(norm);
    for (let k = 0; k < at.length; k++) {
      const t = toks[at[k] as number] as Token;
      const p = toks[t.index - 1];
      if (p && ARTICLES.has(p.norm)) out.push(p.start);
      for (const r of runStarts(t)) out.push(r);
    }
  }
  return out.sort((x, y) => x - y);
}

const PAIRS: readonly Pair[] = [
  // "about roughly 410,000": two hedges on one number.
  { re: new RegExp(`\\b(${APPROX}) (?!some\\b)(${APPROX})(?= (?:\\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |half |a third|a quarter|twice))`, 'gi'), fix: (m) => m[1] as string, what: 'two words for “about”', from: firstWords(APPROX) },
  // "each year annually", "every year each year"
  { re: new RegExp(`\\b(${YEARLY}),? (${YEARLY})\\b`, 'gi'), fix: (m) => m[1] as string, what: 'two words for “every year”', from: firstWords(YEARLY) },
  // "again for a second time", "once again anew"
  { re: new RegExp(`\\b(${AGAIN}),? (${AGAIN})\\b`, 'gi'), fix: (m) => m[1] as string, what: 'two words for “again”', from: firstWords(AGAIN) },
  // "re-examine again", "reopen again": the prefix already says again.
  { re: /\b(re-[a-z]+|reopen(?:s|ed|ing)?|reintroduc(?:e|es|ed|ing)|reappoint(?:s|ed|ing)?|reelect(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|repeat(?:s|ed|ing)?|resum(?:e|es|ed|ing)) (again|anew|once again|once more)\b/gi, fix: (m) => m[1] as string, what: 'a re- verb with “again”', from: RE_VERBS },
  // "return back", "revert back"
  { re: /\b(return(?:s|ed|ing)?|revert(?:s|ed|ing)?) back\b(?! (?:to|home|in|into|from|on)\b)/gi, fix: (m) => m[1] as string, what: '“back” after a verb that already means it', from: new Set([...forms('return', ['', 's', 'ed', 'ing']), ...forms('revert', ['', 's', 'ed', 'ing'])]) },
  { re: new RegExp(`\\b(${IMMEDIATE}),? (${IMMEDIATE})\\b`, 'gi'), fix: (m) => m[1] as string, what: 'two words for “immediately”', from: firstWords(IMMEDIATE) },
  { re: new RegExp(`\\b(${FACT}),? (${FACT})\\b`, 'gi'), fix: (m) => m[1] as string, what: 'two words for “in fact”', from: firstWords(FACT) },
  { re: new RegExp(`\\b(${SO_FAR}),? (${SO_FAR})\\b`, 'gi'), fix: (m) => m[1] as string, what: 'two words for “so far”', from: firstWords(SO_FAR) },
  { re: new RegExp(`\\b(currently|presently|nowadays),? (${NOW})\\b|\\b(now),? (currently|presently|nowadays|at present)\\b`, 'gi'), fix: (m) => (m[1] ?? m[3]) as string, what: 'two words for “now”', from: firstWords('currently|presently|nowadays|now') },
  // "at 10 a.m. in the morning", "8 p.m. in the evening": the clock already says which half.
  { re: /\b(\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|am))(,? in the morning)\b/gi, fix: (m) => m[1] as string, what: '“a.m.” and “in the morning”' },
  { re: /\b(\d{1,2}(?:[:.]\d{2})? ?(?:p\.m\.|pm))(,? in the (?:afternoon|evening|night))\b/gi, fix: (m) => m[1] as string, what: '“p.m.” and “in the evening”' },
  // "in the coming days ahead", "the upcoming weeks ahead"
  { re: /\b((?:coming|upcoming|next) (?:few )?(?:days|weeks|months|years)) ahead\b/gi, fix: (m) => m[1] as string, what: '“coming” and “ahead” together', from: firstWords('coming|upcoming|next') },
  // "invest in extra additional cables", "a further additional payment": one word for "more" is enough.
  { re: /\b(extra|additional|further),? (extra|additional)\b(?! (?:time|charge|charges|cost|costs)\b)/gi, fix: (m) => m[1] as string, what: 'two words for “extra”', from: firstWords('extra|additional|further') },
  // "increasingly more and more unanchored", "more and more increasingly": the same growth twice.
  { re: /\b(increasingly) more and more\b|\b(more and more),? increasingly\b/gi, fix: (m) => (m[1] ?? m[2]) as string, what: '“increasingly” and “more and more” together', from: firstWords('increasingly|more') },
  // "a four-year ban of four years", "a 10-day visit of 10 days"
  {
    re: /\b((?:a|an|the) )?([a-z]+|\d+)-(year|month|week|day|hour|minute)( [a-z]+(?: [a-z]+)?) (?:of|for|lasting) \2 \3s?\b/gi,
    fix: (m) => `${m[1] ?? ''}${m[2]}-${m[3]}${m[4]}`,
    what: 'a length said twice',
    from: lengthStarts,
  },
];

// "has also lost two mines this year too": "also" and "too" in one clause.
const ALSO_TOO = /\balso\b([^.,;:!?“”"()]{1,60}?)\s(too|as well)\b(?=[.,;:!?”"]|\s+(?:and|but)\b)/gi;

export const rule: Rule = {
  meta: {
    id: 'redundant-synonyms',
    category: 'repetition',
    severity: 'warning',
    description: 'One meaning said twice in two words: "about roughly", "each year annually", "re-examine again", "also ... too".',
    examples: {
      bad: [
        { text: 'The firm is recalling [[about roughly]] 410,000 cars.', output: 'The firm is recalling about 410,000 cars.' },
        { text: 'The plant will make 60 million doses [[each year annually]].', output: 'The plant will make 60 million doses each year.' },
        { text: 'The meeting opened at [[10 a.m. in the morning]] in Geneva.', output: 'The meeting opened at 10 a.m. in Geneva.' },
        { text: 'Polls close at [[8 pm in the evening]].', output: 'Polls close at 8 pm.' },
        { text: 'The board will [[re-examine again]] every file.', output: 'The board will re-examine every file.' },
        { text: 'They will table the motion [[again for a second time]] in the autumn.', output: 'They will table the motion again in the autumn.' },
        { text: 'The rules apply [[immediately with immediate effect]].', output: 'The rules apply immediately.' },
        { text: 'And [[in fact, actually]] nobody knows.', output: 'And in fact nobody knows.' },
        { text: 'Work will go on in the [[coming days ahead]].', output: 'Work will go on in the coming days.' },
        { text: 'He could be handed [[a four-year ban of four years]].', output: 'He could be handed a four-year ban.' },
        { text: 'The region has [[also lost two mines this year too]].', output: 'The region has also lost two mines this year.' },
        { text: 'Sales [[so far to date]] are weak.', output: 'Sales so far are weak.' },
        { text: 'The operator will invest 8.5 billion euros in [[extra additional]] cables.', output: 'The operator will invest 8.5 billion euros in extra cables.' },
        { text: 'The board approved a [[further additional]] payment.', output: 'The board approved a further payment.' },
        { text: 'Expectations are [[increasingly more and more]] unanchored.', output: 'Expectations are increasingly unanchored.' },
      ],
      good: [
        'The meeting opened at 10 a.m. in Geneva.',
        'The operator will invest in extra cables and additional substations.',
        'More and more people are working from home, and prices are increasingly high.',
        'He works from 6 a.m. to 2 p.m. in the morning shift.',
        'The firm is recalling about 410,000 cars.',
        'I have asked around about it.',
        'The plant will make 60 million doses a year, about 5 million a month.',
        'He returned back to Paris after a week.',
        'The coming days will be hard.',
        'He was handed a four-year ban on Monday, and a fine for four years of cheating.',
        'She also likes tea, and he does too.',
        'In fact, the firm is also cutting jobs in Spain.',
        'Once again, the board met.',
        'He came back again and again.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    const report = (start: number, end: number, fix: string, what: string): void => {
      if (inQuotation(text, start)) return;
      const span = text.slice(start, end);
      ctx.report({
        start,
        end,
        message: `“${span}” says the same thing twice (${what}): keep one: “${fix}”.`,
        suggestions: [fix],
        reason: 'a round trip kept two renderings of one word',
        confidence: 0.75,
      });
    };
    for (const p of PAIRS) {
      for (const m of matches(ctx.doc, p)) {
        const a = m[1] ?? m[3];
        const b = m[2] ?? m[4];
        // The same word twice is the repeated-phrase rule's; "once again" inside "again" pairs is one phrase.
        if (a && b && a.toLowerCase() === b.toLowerCase()) continue;
        report(m.index, m.index + m[0].length, keepCase(m[0], p.fix(m)), p.what);
      }
    }
    ALSO_TOO.lastIndex = 0;
    for (let m = ALSO_TOO.exec(text); m; m = ALSO_TOO.exec(text)) {
      // "she also likes tea, and he does too": a comma or a new subject ends the clause; the
      // gap has no punctuation by the regex, but "and"/"but" inside means a new clause.
      if (/\b(?:and|but|or|while|whereas|because|if|when|that|which|who)\b/i.test(m[1] as string)) continue;
      report(m.index, m.index + m[0].length, `also${(m[1] as string).replace(/\s+$/, '')}`, '“also” and “too”');
    }
  },
};

/** Keeps a capital at the start of the match on the fix. */
function keepCase(matched: string, fix: string): string {
  return /^\p{Lu}/u.test(matched) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
}

/**
 * The matches of a pair's regex, as its global scan finds them (leftmost first, not
 * overlapping), but tried only where one can start (`from`): every offset a match can start
 * at is among those, so skipping the rest changes nothing.
 */
function matches(doc: Doc, p: Pair): RegExpExecArray[] {
  const { text } = doc;
  if (!p.from) {
    const out: RegExpExecArray[] = [];
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) out.push(m);
    return out;
  }
  return matchesAt(text, p.re, typeof p.from === 'function' ? p.from(doc) : wordStarts(doc, p.from));
}
