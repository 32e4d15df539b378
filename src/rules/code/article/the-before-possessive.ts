/**
 * “the” before a possessive name or date that takes none: “the Moscow’s decision” (Moscow’s),
 * “the last year’s harvest” (last year’s), “the January’s figures”, “the 2022’s budget”, “the
 * Putin’s spokesman”. Languages that mark the genitive on an article (German, Greek,
 * Romanian, Italian “il ... di”) leave “the” behind when the possessive is rebuilt.
 *
 * A capitalized name counts only when the text itself shows it takes no article: a capital
 * city, or a name that appears elsewhere in the text bare, as a subject before its verb or
 * after a preposition (“Moscow said”, “talks in Ankara”). Names that take “the” (the Kremlin,
 * the Fed, the Times) never appear so in good copy, and those in src/data/article-the-names.txt
 * are skipped outright. Countries are left to article/the-before-country.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { loadLines, loadSet } from '../number-agreement/lib/english.js';

interface Country {
  readonly name: { readonly common: string };
  readonly capital?: readonly string[];
}

function loadPlaces(): { readonly capitals: ReadonlySet<string>; readonly countries: ReadonlySet<string> } {
  const require = createRequire(import.meta.url);
  const list = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as readonly Country[];
  const capitals = new Set<string>();
  const countries = new Set<string>();
  for (const c of list) {
    countries.add(c.name.common);
    for (const cap of c.capital ?? []) if (/^\p{Lu}\p{Ll}+$/u.test(cap)) capitals.add(cap);
  }
  return { capitals, countries };
}

const { capitals: CAPITALS, countries: COUNTRIES } = loadPlaces();
// Capitalized common nouns (the President's, the Earth's, the Government's) take "the".
const COMMON = loadSet('capitalization-common-words.txt');
const THE_NAMES = new Set(loadLines('article-the-names.txt').map((l) => l.split(/\s+/)[0] as string));
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DEICTIC = new Set(['last', 'next']);
const PERIODS = new Set(['week', 'month', 'year', 'season', 'weekend', 'decade', 'century', 'quarter', 'night', 'summer', 'winter', 'spring', 'autumn']);
const PREPS = new Set(['in', 'to', 'from', 'with', 'by', 'for', 'at', 'on', 'against', 'between', 'and', 'visited', 'toward', 'towards']);
const VERBISH = new Set([
  'said', 'says', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'wants', 'wanted', 'told', 'added', 'denied', 'rejected', 'announced', 'signed', 'agreed', 'accused', 'warned',
  'insisted', 'called', 'argued', 'claimed', 'confirmed', 'responded', 'does', 'did',
]);

/** The end of a possessive "'s" right after `t` ("Moscow's", or "2022’s" split after a number). */
function possessiveAfter(doc: Doc, t: Token): Token | undefined {
  const n = doc.next(t);
  if (!n) return undefined;
  if (n.norm === "'s" && n.start === t.end) return n;
  if ((n.text === '’' || n.text === "'") && n.start === t.end) {
    const s = doc.next(n);
    if (s && s.norm === 's' && s.start === n.end) return s;
  }
  return undefined;
}

/** The capitalized words of the document and where they occur, built once per document. */
function capitalizedIndex(doc: Doc): ReadonlyMap<string, readonly Token[]> {
  const m = new Map<string, Token[]>();
  for (let ti = 0; ti < doc.tokens.length; ti++) {
    const t = doc.tokens[ti] as Token;
    const c = t.text.charCodeAt(0);
    if (t.kind !== 'word' || !((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(t.text)))) continue;
    const list = m.get(t.text);
    if (list) list.push(t);
    else m.set(t.text, [t]);
  }
  return m;
}

/** The name appears bare elsewhere: "Moscow said", "in Ankara". */
function bareElsewhere(doc: Doc, index: ReadonlyMap<string, readonly Token[]>, name: string, except: Token): boolean {
  for (const t of index.get(name) ?? []) {
    if (t === except) continue;
    const prev = doc.prev(t);
    if (prev && (prev.norm === 'the' || prev.norm === 'a' || prev.norm === 'an')) continue;
    const next = doc.next(t);
    if (next?.norm === "'s") continue;
    if ((prev && PREPS.has(prev.norm)) || (next && VERBISH.has(next.norm))) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'the-before-possessive',
    category: 'article',
    severity: 'warning',
    description: '“the” before a possessive that takes none: “the Moscow’s decision”, “the last year’s harvest”.',
    examples: {
      bad: [
        { text: 'Officials criticised [[the Moscow’s]] decision to expel diplomats.', output: 'Officials criticised Moscow’s decision to expel diplomats.' },
        { text: '[[The last year’s]] harvest was the worst in a decade.', output: 'Last year’s harvest was the worst in a decade.' },
        { text: 'Analysts compared it with [[the January’s]] figures.', output: 'Analysts compared it with January’s figures.' },
        { text: 'Talks in Ankara ended. Diplomats praised [[the Ankara’s]] role.', output: 'Talks in Ankara ended. Diplomats praised Ankara’s role.' },
        { text: 'Erdogan said he would run. Critics attacked [[the Erdogan’s]] plan.', output: 'Erdogan said he would run. Critics attacked Erdogan’s plan.' },
        { text: 'The deficit exceeded [[the 2022’s]] level.', output: 'The deficit exceeded 2022’s level.' },
      ],
      good: [
        'Officials criticised Moscow’s decision to expel diplomats.',
        'Last year’s harvest was the worst in a decade.',
        'The Times’s editor resigned.',
        'The Kremlin’s spokesman spoke.',
        'The Fed’s decision surprised markets.',
        'The Guardian said the paper’s editor would leave. The Guardian’s staff agreed.',
        'The past year’s events were grim.',
        'The Labour’s leader spoke.',
        'The Louvre’s director resigned.',
        'On Earth, the Earth’s surface is mostly water.',
        'President Biden said the President’s plan was ready.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    let index: ReadonlyMap<string, readonly Token[]> | undefined;
    for (const the of doc.tokensWith(['the'])) {
      const n1 = doc.next(the);
      if (!n1) continue;
      const n2 = doc.next(n1);
      if (!n2) continue;
      let name: Token | undefined;
      let poss: Token | undefined;
      const p1 = possessiveAfter(doc, n1);
      if (p1) {
        if (MONTHS.has(n1.norm) && /^\p{Lu}/u.test(n1.text)) [name, poss] = [n1, p1];
        else if (n1.kind === 'number' && /^(?:1[89]|20)\d[1-9]$/.test(n1.text)) [name, poss] = [n1, p1]; // not a decade ("the 1960's")
        else if (/^\p{Lu}\p{Ll}+$/u.test(n1.text) && !THE_NAMES.has(n1.text) && !COUNTRIES.has(n1.text) && !COMMON.has(n1.norm) && (CAPITALS.has(n1.text) || bareElsewhere(doc, (index ??= capitalizedIndex(doc)), n1.text, n1))) [name, poss] = [n1, p1];
      } else if (DEICTIC.has(n1.norm) && PERIODS.has(n2.norm)) {
        const p2 = possessiveAfter(doc, n2);
        if (p2) [name, poss] = [n1, p2];
      }
      if (!name || !poss) continue;
      let fix = doc.text.slice(name.start, poss.end);
      if (doc.isSentenceInitial(the) && /^\p{Lu}/u.test(the.text)) fix = fix.charAt(0).toUpperCase() + fix.slice(1);
      ctx.report({
        start: the.start,
        end: poss.end,
        message: `“${doc.text.slice(the.start, poss.end)}”: a possessive name or date takes no article; English says “${fix}”.`,
        suggestions: [fix],
        reason: 'the possessive replaces the article',
        confidence: 0.8,
      });
    }
  },
};
