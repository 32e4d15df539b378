/**
 * One person's name spelt two ways in the same story: “Daniel Whitaker” and later “Deniel
 * Uitaker”, “Sergei Ivanov” and “Sergey Ivanoff”, “Mohamed Salah” and “Mohammed Saleh”. A round
 * trip through another script transliterates the name afresh each time it meets it; English
 * copy keeps one spelling.
 *
 * Structural first: two full names (two capitalized words that are no common English words)
 * whose surnames differ by one or two letters and whose first names are the same or differ by
 * one or two letters; or a bare surname one or two letters from a full name's. Gendered
 * surname forms (Petrov/Petrova, Kowalski/Kowalska) are two people. The rarer spelling is
 * flagged (the later one on a tie), with the other as the suggestion.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inCompanyName, stateAfter } from '../capitalization/company-names.js';
import { DEMONYMS, PROPER_NAMES, casedWordPositions, isNameWord } from '../capitalization/lexicon.js';

function lev(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n] as number;
}

const folded = new Map<string, string>();
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    folded.set(s, f);
  }
  return f;
}

// Feminine and masculine forms of one surname: Petrov/Petrova, Kowalski/Kowalska, Novák/Nováková.
const GENDERED: ReadonlyArray<readonly [string, string]> = [
  ['', 'a'], ['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['ski', 'ska'], ['sky', 'skaya'], ['cki', 'cka'], ['dzki', 'dzka'],
  ['', 'ova'], ['', 'ová'], ['is', 'ienė'], ['as', 'ienė'], ['us', 'ienė'], ['o', 'a'], ['os', 'ou'], ['is', 'i'], ['as', 'a'],
];
function gendered(a: string, b: string): boolean {
  for (const [m, f] of GENDERED) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (x.endsWith(m) && y.endsWith(f) && x.slice(0, x.length - m.length) === y.slice(0, y.length - f.length)) return true;
    }
  }
  return false;
}

/** Two spellings of one name word: one or two edits, not a gendered pair, not two known places. */
function variant(a: string, b: string, minLen: number): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb || Math.min(fa.length, fb.length) < minLen) return false;
  if (Math.abs(fa.length - fb.length) > 2) return false; // more than two edits apart
  if (gendered(fa, fb) || fa.startsWith(fb) || fb.startsWith(fa) || fa.endsWith(fb) || fb.endsWith(fa)) return false;
  if (PROPER_NAMES.has(fa) || PROPER_NAMES.has(fb) || DEMONYMS.has(fa) || DEMONYMS.has(fb)) return false;
  const d = lev(fa, fb);
  return d <= 2 && d / Math.max(fa.length, fb.length) <= 0.3;
}

/** Every string `s` becomes by deleting up to two characters (itself included). */
function deletions(s: string): Set<string> {
  const out = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    out.add(d);
    for (let j = i; j < d.length; j++) out.add(d.slice(0, j) + d.slice(j + 1));
  }
  return out;
}

/**
 * The index pairs [x, y], x < y, ascending, of the words at most two edits apart once folded:
 * two such words share a string each becomes by deleting up to two characters, so only words
 * that share one are compared, not every word with every other.
 */
function nearPairs(words: readonly string[]): [number, number][] {
  const byDeletion = new Map<string, number[]>();
  const pairs = new Set<number>();
  const n = words.length;
  for (let y = 0; y < n; y++) {
    const f = fold(words[y] as string);
    if (f.length < 3) continue;
    for (const d of deletions(f)) {
      const list = byDeletion.get(d);
      if (!list) {
        byDeletion.set(d, [y]);
        continue;
      }
      for (const x of list) if (words[x] !== words[y]) pairs.add(x * n + y);
      list.push(y);
    }
  }
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}

// Family names that open East Asian names (family name first).
const FAMILY_FIRST: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang',
  'Ahn', 'Song', 'Yoo', 'Hong', 'Moon', 'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu',
  'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Deng', 'Feng', 'Xi', 'Nguyen',
  'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly',
]);

interface FullName {
  readonly first: Token;
  readonly last: Token;
}

function isNameToken(doc: Doc, t: Token | undefined): boolean {
  // A word all in lower case (its text is its norm) is no name: decided without a regex.
  if (!t || t.kind !== 'word' || t.text === t.norm || !isNameWord(t) || /^\p{Lu}+$/u.test(t.text) || /['’]|(ing|ed)$/.test(t.text)) return false;
  return !PROPER_NAMES.has(t.norm) && !DEMONYMS.has(t.norm);
}

/** For each token, 1 when isNameToken: decided once per token, from the words with a capital only. */
function nameFlags(doc: Doc): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  for (const i of casedWordPositions(doc)) if (isNameToken(doc, doc.tokens[i])) flags[i] = 1;
  return flags;
}

function fullNames(doc: Doc, isName: Uint8Array): FullName[] {
  const out: FullName[] = [];
  const toks = doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (isName[i] === 0 || isName[i + 1] === 0) continue;
    const a = toks[i] as Token;
    const b = toks[i + 1] as Token;
    if (doc.text.slice(a.end, b.start) !== ' ') continue;
    // Exactly two name words: not inside a longer capitalized run ("Daniel Whitaker Foundation").
    const after = toks[i + 2];
    // A title before is fine ("Coach Sergei Ivanov"); another name word is not.
    if ((i > 0 && isName[i - 1] === 1) || isName[i + 2] === 1) continue;
    if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) continue;
    out.push({ first: a, last: b });
    i++;
  }
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'name-spelling-variant',
    category: 'entity-name',
    severity: 'warning',
    description: 'One person’s name spelt two ways in the same text (“Daniel Whitaker” … “Deniel Uitaker”).',
    examples: {
      bad: [
        { text: 'Daniel Whitaker won the title on Sunday. Fireworks lit the sky over St. Louis, where [[Deniel Uitaker]] learned the game.', output: 'Daniel Whitaker won the title on Sunday. Fireworks lit the sky over St. Louis, where Daniel Whitaker learned the game.' },
        { text: 'Coach Sergei Ivanov praised the team. Later, [[Sergey Ivanoff]] said the title was deserved.', output: 'Coach Sergei Ivanov praised the team. Later, Sergei Ivanov said the title was deserved.' },
        { text: 'The report was written by Wilhelm Schneider. Critics say [[Schnieder]] ignored the data, and Wilhelm Schneider has not replied.', output: 'The report was written by Wilhelm Schneider. Critics say Schneider ignored the data, and Wilhelm Schneider has not replied.' },
        { text: 'Striker Karim Benzema scored twice. The club said [[Karim Benzima]] would rest on Tuesday.', output: 'Striker Karim Benzema scored twice. The club said Karim Benzema would rest on Tuesday.' },
      ],
      good: [
        'Analyst Mary Fellner expects a rate cut, and Mary Fellner has said so before. The notes were sold by Baird, Fenner and Smith Inc.',
        'Paul Mulford runs the plant, and Paul Mulford hired 40 people. The firm is based in Medford, Oregon.',
        'Janet Stanley chairs the panel, which Janet Stanley set up. Its rival, A.E. Staley, makes corn syrup.',
        'Daniel Whitaker won the title on Sunday. Whitaker said he had barely slept.',
        'Anna Petrova and her brother Ivan Petrov both competed.',
        'Jan Kowalski and Maria Kowalska run the farm together.',
        'Maria Rossi and her brother Mario Rossi opened the shop.',
        'Austria and Australia met in the final.',
        'Tom Hanks met Tom Banks at the premiere.',
        'Kim Jong-il died in 2011 and Kim Jong-un succeeded him.',
        'Wang Wei and his brother Wang Wen founded the firm.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const isName = nameFlags(doc);
    const names = fullNames(doc, isName);
    if (names.length === 0) return;
    // How often each name word is written: the words counted below are all name words, and
    // whether a token is one depends on its text alone (isNameToken), so only those are counted.
    const count = new Map<string, number>();
    const cased = casedWordPositions(doc);
    for (const ti of cased) {
      if (isName[ti] === 0) continue;
      const text = (doc.tokens[ti] as Token).text;
      count.set(text, (count.get(text) ?? 0) + 1);
    }
    const reported = new Set<number>();
    const report = (start: Token, end: Token, fix: string): void => {
      if (reported.has(start.index)) return;
      reported.add(start.index);
      ctx.report({
        start: start.start,
        end: end.end,
        message: `“${doc.text.slice(start.start, end.end)}” looks like another spelling of “${fix}”, named in the same text: keep one spelling.`,
        suggestions: [fix],
        reason: 'a round trip transliterates a name afresh at each mention; one person has one spelling',
        confidence: 0.6,
      });
    };
    // Two full names: each pair of distinct spellings is judged once, then every mention of the
    // rarer one is flagged (on a tie, each mention that comes after the other spelling's first).
    const byKey = new Map<string, FullName[]>();
    for (const n of names) {
      const k = `${n.first.text} ${n.last.text}`;
      const l = byKey.get(k);
      if (l) l.push(n);
      else byKey.set(k, [n]);
    }
    const keys = [...byKey.values()];
    for (const [x, y] of nearPairs(keys.map((k) => (k[0] as FullName).last.text))) {
      const as = keys[x] as FullName[];
      const bs = keys[y] as FullName[];
      const a = as[0] as FullName;
      const b = bs[0] as FullName;
      if (a.last.text === b.last.text) continue;
      // "Kim Jong-il" and "Kim Jong-un", "Wang Wei" and "Wang Wen": a family name first, so
      // the words that differ are given names of two relatives.
      if (/-/.test(a.last.text + b.last.text) || (a.first.text === b.first.text && FAMILY_FIRST.has(a.first.text))) continue;
      if (!variant(a.last.text, b.last.text, 5)) continue;
      if (a.first.text !== b.first.text && !variant(a.first.text, b.first.text, 4)) continue;
      const ca = count.get(a.last.text) ?? 0;
      const cb = count.get(b.last.text) ?? 0;
      const flag = (bad: readonly FullName[], good: FullName, after: number): void => {
        for (const n of bad) if (n.first.index > after) report(n.first, n.last, `${good.first.text} ${good.last.text}`);
      };
      if (ca < cb) flag(as, b, -1);
      else if (cb < ca) flag(bs, a, -1);
      else {
        flag(as, b, b.first.index);
        flag(bs, a, a.first.index);
      }
    }
    // A bare surname near a full name's: "Schnieder" for "Schneider".
    const surnames = new Set(names.map((n) => n.last.text));
    // By first and last letter, in order of first mention.
    const byEnds = new Map<string, string[]>();
    for (const s of surnames) {
      const k = `${s[0]}${s.at(-1)}`;
      const l = byEnds.get(k);
      if (l) l.push(s);
      else byEnds.set(k, [s]);
    }
    const inFull = new Set<number>(names.flatMap((n) => [n.first.index, n.last.index]));
    for (const ti of cased) {
      if (isName[ti] === 0) continue;
      const t = doc.tokens[ti] as Token;
      if (inFull.has(t.index) || doc.isSentenceInitial(t) || surnames.has(t.text)) continue;
      const p = doc.prev(t);
      const n = doc.next(t);
      if ((p && p.kind === 'word' && /^\p{Lu}/u.test(p.text)) || (n && n.kind === 'word' && /^\p{Lu}/u.test(n.text))) continue;
      // Stricter alone: same first and last letter ("Schnieder" for "Schneider", not "Kansan" for "Kansas").
      for (const s of byEnds.get(`${t.text[0]}${t.text.at(-1)}`) ?? []) {
        if (!variant(t.text, s, 6) || (count.get(t.text) ?? 0) >= (count.get(s) ?? 0)) continue;
        // "A.E. Staley", "Aubrey G. Lanston": initials make it another person's full name.
        // "Medford, N.Y.": a town; "Fenner and Smith Inc": a firm the text names.
        if ((p?.text === '.' && /^\p{Lu}$/u.test(doc.prev(p)?.text ?? '')) || (n && stateAfter(doc, n)) || inCompanyName(doc, t.index, t.index + 1)) break;
        report(t, t, s);
        break;
      }
    }
  },
};
