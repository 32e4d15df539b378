/**
 * Fixed phrases that lost their article: “as result of”, “said in statement”, “told news
 * conference”, “since the beginning of year”, “in bid to”. Languages without articles (Slavic,
 * Chinese, Japanese) drop them, and round-trip MT does not put them back.
 *
 * The phrases are data (src/data/article-missing-phrases.txt): words with alternatives, the
 * flagged words in brackets, the replacement, and an optional guard on the next word. Headlines
 * drop articles on purpose (“PM in bid to save deal”), so a sentence without terminal
 * punctuation is skipped.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { isHeadline, loadLines } from '../number-agreement/lib/english.js';

interface Phrase {
  readonly source: string;
  readonly words: readonly ReadonlySet<string>[];
  readonly markFrom: number;
  readonly markTo: number;
  readonly replacement: string;
  readonly notNext: ReadonlySet<string>;
}

function parsePhrase(line: string): Phrase {
  const [lhs, rest] = line.split(' => ') as [string, string | undefined];
  if (rest === undefined) throw new Error(`article-missing-phrases.txt: no " => " in "${line}"`);
  const guardAt = rest.indexOf(' !next=');
  const replacement = (guardAt === -1 ? rest : rest.slice(0, guardAt)).trim();
  const notNext = new Set(guardAt === -1 ? [] : rest.slice(guardAt + 7).trim().split('|'));
  const words: ReadonlySet<string>[] = [];
  let markFrom = -1;
  let markTo = -1;
  for (let w of lhs.trim().split(/\s+/)) {
    if (w.startsWith('[')) {
      markFrom = words.length;
      w = w.slice(1);
    }
    const closes = w.endsWith(']');
    if (closes) w = w.slice(0, -1);
    words.push(new Set(w.toLowerCase().split('|')));
    if (closes) markTo = words.length;
  }
  if (markFrom === -1 || markTo === -1) throw new Error(`article-missing-phrases.txt: no [span] in "${line}"`);
  return { source: line, words, markFrom, markTo, replacement, notNext };
}

const PHRASES = loadLines('article-missing-phrases.txt').map(parsePhrase);
// Indexed by the flagged word ("statement", "result", "year"), far rarer than the
// prepositions most phrases start with.
const BY_ANCHOR: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const m = new Map<string, Phrase[]>();
  for (const p of PHRASES) for (const w of p.words[p.markFrom] as ReadonlySet<string>) m.set(w, [...(m.get(w) ?? []), p]);
  return m;
})();

/** The tokens of the phrase starting at `t`, or undefined. */
function matchPhrase(doc: Doc, t: Token, p: Phrase): Token[] | undefined {
  const out: Token[] = [];
  let cur: Token | undefined = t;
  for (const alts of p.words) {
    if (!cur || !alts.has(cur.norm)) return undefined;
    out.push(cur);
    cur = doc.next(cur);
  }
  if (cur && (p.notNext.has(cur.norm) || (cur.kind === 'number' && p.notNext.has('#')))) return undefined;
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'missing-article-in-phrase',
    category: 'article',
    severity: 'warning',
    description: 'A fixed phrase without its article: “as result of”, “in statement”, “told news conference”.',
    examples: {
      bad: [
        { text: 'The board decided by seven votes to two, the bank said in [[statement]].', output: 'The board decided by seven votes to two, the bank said in a statement.' },
        { text: 'Marin told [[news]] conference in Bucharest that 11 people had died.', output: 'Marin told a news conference in Bucharest that 11 people had died.' },
        { text: 'Cases have tripled since the beginning of [[year]].', output: 'Cases have tripled since the beginning of the year.' },
        { text: 'Prices rose as [[result]] of the drought.', output: 'Prices rose as a result of the drought.' },
        { text: 'The company cut jobs in [[bid]] to save money.', output: 'The company cut jobs in a bid to save money.' },
        { text: 'The ministers met on [[sidelines]] of the summit.', output: 'The ministers met on the sidelines of the summit.' },
        { text: 'Data must be stored on servers inside [[country]], the court said.', output: 'Data must be stored on servers inside the country, the court said.' },
        { text: 'Both leaders spoke at [[same]] time.', output: 'Both leaders spoke at the same time.' },
        { text: 'The central bank raised rates for [[third]] time this year.', output: 'The central bank raised rates for the third time this year.' },
        { text: 'The shares fell for a fifth day in [[row]].', output: 'The shares fell for a fifth day in a row.' },
        { text: 'He said in [[interview]] with the newspaper that he would stay.', output: 'He said in an interview with the newspaper that he would stay.' },
        { text: 'The bank reviews its rates on [[monthly]] basis.', output: 'The bank reviews its rates on a monthly basis.' },
      ],
      good: [
        'The board decided by seven votes to two, the bank said in a statement.',
        'PM in bid to save deal',
        'Prices rose as a result of the drought.',
        'Cases have tripled since the beginning of the year.',
        'The end of year exams begin in June.',
        'He sat in row 12.',
        'Sales rose at the end of 2023.',
        'The singer toured across country music venues.',
        'The rules apply in letter and in spirit.',
        'Country music is popular inside country music circles.',
        'The firm published its end of year results.',
        'At the same time, prices fell.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const a of doc.tokens) {
      const candidates = BY_ANCHOR.get(a.norm);
      if (!candidates) continue;
      for (const p of candidates) {
        let t: Token | undefined = a;
        for (let k = 0; k < p.markFrom && t; k++) t = doc.prev(t);
        if (!t) continue;
        const toks = matchPhrase(doc, t, p);
        if (!toks) continue;
        if (isHeadline(doc, doc.sentenceOf(t))) break;
        const first = toks[p.markFrom] as Token;
        const last = toks[p.markTo - 1] as Token;
        let fix = p.replacement.replace(/\$(\d+)/g, (_, n: string) => toks[Number(n) - 1]?.text ?? '');
        if (/^\p{Lu}/u.test(first.text) && doc.isSentenceInitial(first)) fix = fix.charAt(0).toUpperCase() + fix.slice(1);
        const phrase = doc.text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
        ctx.report({
          start: first.start,
          end: last.end,
          message: `“${phrase}”: the fixed phrase needs its article (“${fix}”); articles dropped by the translation.`,
          suggestions: [fix],
          reason: 'English keeps the article in this fixed phrase',
          confidence: 0.85,
        });
        break;
      }
    }
  },
};
