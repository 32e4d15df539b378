/**
 * Common nouns in Title Case mid-sentence: “the bank’s 2 percent Price Stability Target”,
 * “the Court Press Service said”, “the Intensive Care unit”. German capitalizes every noun and
 * many round trips capitalize whole noun phrases; English keeps capitals for names.
 *
 * Names are made of common words too (“the Supreme Court”, “the Home Office”, “the Big Bang”),
 * so a run is flagged only when it is, or ends in, a term that is never a name
 * (capitalization-common-terms.txt: “press service”, “intensive care”), or when it ends in a
 * head that never ends a name (capitalization-generic-heads.txt: target, rate, deficit). Every
 * word of the run must be a common word: a run with a name in it (“London Fire Brigade”) is a
 * name.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { firmAppositive, inCompanyName } from './company-names.js';
import { isKnownName } from '../entity-name/gazetteer.js';
import {
  casedWordPositions,
  COMMON_TERMS, COMMON_WORDS, DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, GENERIC_HEADS, PROPER_NAMES, isCommonWord, isHeadline, isTitleCase,
  startsClause,
} from './lexicon.js';

// A word before the run that ties it into a longer name: "Ministry of Environment and
// Climate Change", "Department of Public Health".
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', '&', 'de', 'del', 'des', 'du']);

const NEXT_LINKS: ReadonlySet<string> = new Set(['and', '&', 'for']);

function singular(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The length of the common term the words end in (or contain, followed by generic heads only). */
function termEnd(words: readonly string[]): boolean {
  const n = words.length;
  // Drop generic heads from the end, then look for a term ending exactly there.
  let end = n;
  while (end > 0 && GENERIC_HEADS.has(words[end - 1] ?? '')) end--;
  for (let len = Math.min(end, 4); len >= 2; len--) {
    const phrase = words.slice(end - len, end).join(' ');
    if (COMMON_TERMS.has(phrase) || COMMON_TERMS.has(words.slice(end - len, end - 1).concat(singular(words[end - 1] ?? '')).join(' '))) return true;
  }
  // Or the run itself ends in a generic head after at least one more common word.
  return end < n && n >= 2;
}

// Country codes before a description like a nationality: "the US Capital Markets regulator".
const COUNTRY_CODES: ReadonlySet<string> = new Set(['US', 'UK', 'EU', 'UN', 'UAE', 'USA']);

export const rule: Rule = {
  meta: {
    id: 'capitalized-common-term',
    category: 'capitalization',
    severity: 'warning',
    description: 'A common noun phrase in Title Case mid-sentence (“Price Stability Target”, “Court Press Service”).',
    examples: {
      bad: [
        { text: 'Inflation has stayed above the bank’s 2 percent [[Price Stability Target]] for three years.', output: 'Inflation has stayed above the bank’s 2 percent price stability target for three years.' },
        { text: 'The fine was announced by the [[Court Press Service]] on Thursday.', output: 'The fine was announced by the court press service on Thursday.' },
        { text: 'At the regional hospital, the [[Intensive Care]] unit is full.', output: 'At the regional hospital, the intensive care unit is full.' },
        { text: 'The central bank left its [[Interest Rate]] unchanged.', output: 'The central bank left its interest rate unchanged.' },
        { text: 'The country’s [[Trade Deficit]] widened in May.', output: 'The country’s trade deficit widened in May.' },
        { text: 'Prices of [[Natural Gas]] rose by 30 percent.', output: 'Prices of natural gas rose by 30 percent.' },
        { text: 'The [[Opposition Leader]] called for early elections.', output: 'The opposition leader called for early elections.' },
        { text: 'The Russian [[Press Service]] of the club declined to comment.', output: 'The Russian press service of the club declined to comment.' },
      ],
      good: [
        'The notes were arranged by Lloyds BankCo Capital Markets in London.',
        'A group led by Harbor Investments, a Boston securities firm, bought the stake.',
        'The Confederation of German Trade Unions protested outside the Public Prosecutor’s Office.',
        'The Supreme Court declined to hear the appeal.',
        'The Home Office has said the scheme will go ahead.',
        'The fine was announced by the court’s press service on Thursday.',
        'Inflation has stayed above the bank’s 2 percent price stability target.',
        'He was taken to the intensive care unit.',
        'The London Fire Brigade said no one was hurt.',
        'The Ministry of Environment and Climate Change issued a warning.',
        'Human Rights Watch said the trial was unfair.',
        'Interest Rate Decision Due Thursday',
        'Interest rates rose again.',
        'The Justice Department declined to comment.',
        'The astronomers studied the Big Bang and the Milky Way.',
        'The Press Service Act was passed in 2019.',
        'The Public Health Agency of Canada issued guidance.',
        'She studied at the School of Public Health.',
        'The Tax Cuts and Jobs Act was passed in 2017.',
        'Foreign Direct Investment (FDI) rose, as did Gross Domestic Product (GDP).',
        'The Great Recession and the Big Bang are names.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const at = casedWordPositions(doc);
    for (let ai = 0, i = -1; ai < at.length; ai++) {
      // Only tokens the test below can pass, ascending; those a run consumed are skipped.
      if ((at[ai] as number) <= i) continue;
      i = at[ai] as number;
      const t = toks[i] as Token;
      // Cheap tests first: capitalized (text differs from its lower case), a common word or a
      // nationality, then the shape.
      if (t.text === t.norm || t.kind !== 'word' || !(COMMON_WORDS.has(t.norm) || DEMONYMS.has(t.norm))) continue;
      if (!isTitleCase(t.text) || FUNCTION_WORDS.has(t.norm)) continue;
      const before = doc.prev(t);
      if (before && before.kind === 'word' && isTitleCase(before.text) && !FUNCTION_WORDS.has(before.norm)) continue; // not a run start
      // The run: t and the Title Case words after it (toks[t.index..end]), walked without
      // building it until the cheap tests below pass.
      let end = t.index;
      for (let n = doc.next(t); n && n.kind === 'word' && isTitleCase(n.text) && !FUNCTION_WORDS.has(n.norm); n = doc.next(n)) end = n.index;
      i = end;
      // A leading nationality keeps its capital: "the Russian Press Service"; a place makes
      // the run a name: "the Tokyo Stock Exchange", "the London Fire Brigade".
      let from = t.index;
      while (from <= end && DEMONYMS.has((toks[from] as Token).norm)) from++;
      if (end - from + 1 < 2) continue;
      const first = toks[from] as Token;
      if (startsClause(doc, first) || FIRST_NAMES.has(first.norm)) continue;
      let names = false;
      for (let k = from; k <= end; k++) if (PROPER_NAMES.has((toks[k] as Token).norm)) names = true;
      if (names) continue;
      const run = toks.slice(from, end + 1);
      const last = run[run.length - 1] as Token;
      if (!run.every((w) => isCommonWord(w.norm))) continue;
      const words = run.map((w) => w.norm);
      if (!termEnd(words)) continue;
      // Part of a longer name: "... of Public Health", "Press Service of the Kremlin".
      // (Before any leading nationality: "Confederation of German Trade Unions".)
      const p = doc.prev(t);
      const pp = p ? doc.prev(p) : undefined;
      if (p && pp && LINKS.has(p.norm) && /^\p{Lu}/u.test(pp.text) && !(doc.isSentenceInitial(pp) && isCommonWord(pp.norm))) continue;
      // "County NatWest Capital Markets", "Merrill Lynch MER Capital Markets": after a
      // capitalized word in another shape (not a country's code), the end of a firm's name.
      if (from === t.index && p && p.kind === 'word' && /^\p{Lu}/u.test(p.text) && !isTitleCase(p.text) && !COUNTRY_CODES.has(p.text) && !startsClause(doc, p)) continue;
      const n = doc.next(last);
      if (n && n.kind === 'word' && /^\p{Lu}/u.test(n.text)) continue;
      // "Halcyon Investments, a New York securities firm": a company's name.
      if ((n && firmAppositive(doc, n)) || inCompanyName(doc, first.index, last.index + 1)) continue;
      // "Foreign Direct Investment (FDI)": an acronym's expansion may take capitals.
      if (n?.text === '(' && /^\p{Lu}{2,}s?$/u.test(doc.next(n)?.text ?? '')) continue;
      // "Tax Cuts and Jobs Act": the run is the start of a longer name.
      // "Public Prosecutor's Office": a possessive inside a name.
      if (n && (NEXT_LINKS.has(n.norm) || n.text === "'" || n.text === '’' || n.norm === "'s") && /^\p{Lu}/u.test(doc.next(n)?.text ?? '')) continue;
      const span = doc.text.slice(first.start, last.end);
      if (isKnownName(span) || isHeadline(doc, first.start)) continue;
      const lower = span.toLowerCase();
      ctx.report({
        start: first.start,
        end: last.end,
        message: `“${span}” is a common noun phrase in Title Case: English writes “${lower}” unless it is a name.`,
        suggestions: [lower],
        reason: 'English capitalizes names, not common nouns; capitals on every noun read as translated',
        confidence: 0.75,
      });
    }
  },
};
