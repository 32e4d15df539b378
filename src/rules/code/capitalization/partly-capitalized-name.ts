/**
 * A name of several words with only some of them capitalized: “the Supreme court”, “the
 * european Commission”, “the United nations”, “tensions in the Middle east”, “the Ministry of
 * foreign affairs”. Languages that capitalize only the first word of a name (French “Cour
 * suprême”, Spanish “Ministerio de Asuntos exteriores”, Russian “Верховный суд”) or none of it
 * leave such a mix after a round trip; English capitalizes every main word of a name.
 *
 * Names come from capitalization-fixed-names.txt and the multi-word names of
 * capitalization-proper-names.txt. Flagged: a lower-case word before a capitalized one of the
 * name (“european Commission”), or a capitalized word followed by lower-case ones when the
 * capital is not only the sentence's (“the Supreme court”) and the capitalized words are not
 * just a nationality (British style writes “the European commission”). All lower case is left
 * to lowercase-proper-name. “Ministry/Minister of <domain>” with the domain in lower
 * case (“the Ministry of foreign affairs”) is the same mix.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { tokenize } from '../../../text/tokenize.js';
import { DEMONYMS, PROPER_NAMES, isHeadline, readList, startsClause, upperFirst } from './lexicon.js';

interface Name {
  readonly words: readonly string[];
  readonly proper: readonly string[];
}

const NAMES: ReadonlyMap<string, readonly Name[]> = (() => {
  const m = new Map<string, Name[]>();
  const all = [...readList('capitalization-fixed-names.txt'), ...[...PROPER_NAMES.values()].filter((n) => n.includes(' '))];
  for (const n of all) {
    const proper = tokenize(n).map((t) => t.text);
    if (proper.length < 2) continue;
    const words = proper.map((w) => w.toLowerCase());
    const list = m.get(words[0] as string) ?? [];
    if (!list.some((x) => x.words.join(' ') === words.join(' '))) list.push({ words, proper });
    m.set(words[0] as string, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

// Heads of a ministry's or an office's name, and the domains that follow "of".
// ("Department of justice" is found in older American prose: not listed.)
const OFFICE_HEADS: ReadonlySet<string> = new Set(['Ministry', 'Minister', 'Commissioner', 'Ministers', 'Ministries']);
// Lower-case words before a name that are a description, not part of it: "western Sahara", "the far East".
const DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'far', 'near', 'upper',
  'lower', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'greater', 'inner', 'outer', 'first', 'second',
  'new', 'old', 'rural', 'urban', 'coastal', 'mainland', 'metropolitan', 'historic',
]);
const DOMAINS: ReadonlyMap<string, readonly string[]> = new Map([
  ['foreign', ['affairs', 'trade']], ['home', ['affairs']], ['internal', ['affairs', 'security']], ['interior', []],
  ['health', []], ['finance', []], ['finances', []], ['defence', []], ['defense', []], ['justice', []], ['education', []],
  ['economy', []], ['economic', ['affairs', 'development']], ['agriculture', []], ['energy', []], ['labour', []],
  ['labor', []], ['culture', []], ['transport', []], ['transportation', []], ['environment', []], ['trade', []],
  ['industry', []], ['tourism', []], ['communications', []], ['information', []], ['science', []], ['technology', []],
  ['sport', []], ['sports', []], ['youth', []], ['social', ['affairs', 'security', 'policy']], ['public', ['health', 'security', 'works', 'safety']],
  ['housing', []], ['infrastructure', []], ['digital', ['affairs', 'development']], ['fisheries', []], ['mines', []],
  ['mining', []], ['emergencies', []], ['emergency', ['situations']], ['national', ['defence', 'defense', 'security', 'education']],
  ['commerce', []], ['planning', []], ['religious', ['affairs']], ['higher', ['education']], ['veterans', ['affairs']],
  ['homeland', ['security']], ['treasury', []], ['immigration', []], ['migration', []], ['family', []], ['women', []],
  ['territorial', ['administration']], ['water', []], ['forestry', []], ['research', []], ['welfare', []],
]);

function isCap(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** The name's tokens at i, or undefined. */
function matchAt(doc: Doc, i: number): { name: Name; toks: Token[] } | undefined {
  const t = doc.tokens[i] as Token;
  for (const name of NAMES.get(t.norm) ?? []) {
    const toks: Token[] = [t];
    let ok = true;
    for (let k = 1; k < name.words.length && ok; k++) {
      const n = doc.tokens[i + k];
      if (!n || n.kind !== 'word' || n.norm !== name.words[k] || n.start !== (toks[k - 1] as Token).end + 1) ok = false;
      else toks.push(n);
    }
    if (ok) return { name, toks };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'partly-capitalized-name',
    category: 'capitalization',
    severity: 'warning',
    description: 'A name of several words with only some of them capitalized (“the Supreme court”, “the european Commission”).',
    examples: {
      bad: [
        { text: 'The ruling was upheld by the [[Supreme court]] in March.', output: 'The ruling was upheld by the Supreme Court in March.' },
        { text: 'Tensions in the [[Middle east]] pushed oil prices higher.', output: 'Tensions in the Middle East pushed oil prices higher.' },
        { text: 'The [[United nations]] warned of famine in the region.', output: 'The United Nations warned of famine in the region.' },
        { text: 'The deficit must fall, as demanded by the [[european Commission]].', output: 'The deficit must fall, as demanded by the European Commission.' },
        { text: 'The [[Ministry of foreign affairs]] summoned the ambassador.', output: 'The Ministry of Foreign Affairs summoned the ambassador.' },
        { text: 'The minister spoke at the [[World economic forum]] in Davos.', output: 'The minister spoke at the World Economic Forum in Davos.' },
        { text: 'The vote in the UN [[Security council]] was postponed.', output: 'The vote in the UN Security Council was postponed.' },
        { text: 'Officials at the [[Ministry of health]] declined to comment.', output: 'Officials at the Ministry of Health declined to comment.' },
        { text: 'The [[Minister of internal affairs]] ordered an inquiry.', output: 'The Minister of Internal Affairs ordered an inquiry.' },
      ],
      good: [
        'The suit was filed by Maria de los Angeles, a director of the bank.',
        'The ruling was upheld by the Supreme Court in March.',
        'The ruling was upheld by the state supreme court in March.',
        'Supreme court justices are appointed for life.',
        'The European commission and the European parliament agreed.',
        'The UN security council met on Monday.',
        'Middle East peace talks resumed.',
        'The ministry of foreign affairs summoned the ambassador.',
        'She is the minister of health and of sport.',
        'The Prime Minister said the prime minister’s office would reply.',
        'THE UNITED NATIONS WARNED OF FAMINE',
        'Trade with western Europe and the far East grew.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const at = doc.positionsIn(NAMES);
    let skipTo = -1;
    for (let ai = 0; ai < at.length; ai++) {
      const i = at[ai] as number;
      if (i <= skipTo) continue;
      const m = matchAt(doc, i);
      if (!m) continue;
      skipTo = i + m.toks.length - 1;
      const { name, toks: span } = m;
      if (span.some((x) => x.text.length > 1 && x.text === x.text.toUpperCase())) continue;
      // The words that the name capitalizes, and whether the text does.
      const idx = name.proper.map((_, k) => k).filter((k) => isCap(name.proper[k] as string));
      const caps = idx.map((k) => isCap((span[k] as Token).text));
      if (caps.every(Boolean) || caps.every((c) => !c)) continue;
      const firstCapAt = caps.indexOf(true);
      const lowerBeforeCap = caps.slice(0, firstCapAt).some((c) => !c) && firstCapAt > 0;
      if (lowerBeforeCap) {
        // "western Europe", "the first World War": a lower-case modifier before a name of its own.
        const rest = span.slice(idx[firstCapAt] as number);
        const restText = rest.map((x) => x.text).join(' ');
        if (span.slice(0, idx[firstCapAt] as number).every((x) => DIRECTIONS.has(x.norm))) continue;
        if ((rest.length === 1 && PROPER_NAMES.has((rest[0] as Token).norm)) || NAMES.get((rest[0] as Token).norm)?.some((n) => n.proper.join(' ') === restText)) continue;
      } else {
        // Capitals first, then lower case: not when the capitals are the sentence's or a nationality's.
        const capWords = idx.filter((_, j) => caps[j]).map((k) => span[k] as Token);
        if (capWords.length === 1 && capWords[0] === span[0] && startsClause(doc, span[0] as Token)) continue;
        if (capWords.every((w) => DEMONYMS.has(w.norm) || w.norm === 'european' || w.norm === 'international')) continue;
      }
      if (isHeadline(doc, (span[0] as Token).start)) continue;
      // "Eduardo de los Angeles": a surname's particles ("de los", "de la") stay lower case.
      if (/^(los|las|la|del)$/.test((span[0] as Token).text) && /^(de|De)$/.test(doc.prev(span[0] as Token)?.text ?? '')) continue;
      const fixed = name.proper.join(' ');
      const text = doc.text.slice((span[0] as Token).start, (span[span.length - 1] as Token).end);
      ctx.report({
        start: (span[0] as Token).start,
        end: (span[span.length - 1] as Token).end,
        message: `“${text}” is a name: English capitalizes each of its main words (“${fixed}”).`,
        suggestions: [fixed],
        reason: 'English capitalizes every main word of a name, not only some of them',
        confidence: 0.8,
      });
    }
    // "Ministry of foreign affairs": a capitalized office head with its domain in lower case.
    for (const i of Array.from(doc.positions('of'))) {
      const of = toks[i] as Token;
      const head = doc.prev(of);
      if (!head || !OFFICE_HEADS.has(head.text) || startsClause(doc, head)) continue;
      let d = doc.next(of);
      if (d?.norm === 'the') d = doc.next(d);
      if (!d || d.kind !== 'word' || d.text !== d.norm) continue;
      const seconds = DOMAINS.get(d.norm);
      if (!seconds) continue;
      let last = d;
      const d2 = doc.next(d);
      if (d2 && d2.kind === 'word' && seconds.includes(d2.norm)) last = d2;
      else if (seconds.length > 0) continue; // "foreign", "public": not a domain on their own
      if (isHeadline(doc, head.start)) continue;
      const text = doc.text.slice(head.start, last.end);
      const fixed = text.split(' ').map((w) => (w === 'of' || w === 'the' ? w : upperFirst(w))).join(' ');
      ctx.report({
        start: head.start,
        end: last.end,
        message: `“${text}” is the name of an office: English capitalizes its domain too (“${fixed}”).`,
        suggestions: [fixed],
        reason: 'English capitalizes every main word of a name, not only its head',
        confidence: 0.75,
      });
    }
  },
};
