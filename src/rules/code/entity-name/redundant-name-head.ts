/**
 * A known official name with a second head noun of its own kind tacked on: “International
 * Olympic Committee Organization”, “Amnesty International Organization”, “Federal Cartel Office
 * Authority”, “Christian Democratic Union Party”, “Bank of Japan Central”, “Borsa Istanbul Stock
 * Exchange”, “Hellenic Coast Guard Corps”. A round trip that renders the name's type as a
 * separate word (Chinese 组织/机构, Russian организация, a native “Bank”, “Borsa”) keeps it
 * after the English name it already carries. Flagged only when the name (from the gazetteer,
 * matched exactly) already ends in a word of the same kind, the added word is capitalized and
 * ends the name (no capitalized word or “of/for” after it), and the whole is not itself part of
 * a known name (“Revolutionary Guard Corps”, “Federal Reserve Bank”).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { GAZETTEER, findNames, type NameMatch } from './gazetteer.js';

/** Added head word (lower case) -> words the name must already have (any of its words). */
const ORG_KIND = [
  'organization', 'organisation', 'agency', 'association', 'committee', 'commission', 'council', 'federation',
  'union', 'league', 'office', 'authority', 'institute', 'bureau', 'fund', 'international', 'service',
  'administration', 'court', 'corps', 'bank', 'party', 'alliance', 'programme', 'program', 'centre', 'center',
  'foundation', 'corporation', 'directorate', 'inspectorate', 'secretariat', 'tribunal',
];
const ADDED: ReadonlyMap<string, { readonly kind: readonly string[]; readonly last: boolean }> = new Map([
  // "last": the kind word must be the name's last word ("... Committee Organization").
  ['organization', { kind: ORG_KIND, last: true }],
  ['organisation', { kind: ORG_KIND, last: true }],
  ['agency', { kind: ORG_KIND, last: true }],
  ['association', { kind: ORG_KIND, last: true }],
  ['institution', { kind: ORG_KIND, last: true }],
  ['authority', { kind: ['office', 'agency', 'commission', 'authority', 'bureau', 'administration', 'directorate', 'inspectorate'], last: true }],
  ['party', { kind: ['party', 'union', 'alliance', 'front', 'movement', 'league', 'coalition', 'bloc', 'rally'], last: true }],
  ['league', { kind: ['association', 'league', 'federation'], last: true }],
  ['federation', { kind: ['association', 'league', 'federation', 'union'], last: true }],
  ['ministry', { kind: ['office', 'department', 'ministry', 'secretariat'], last: true }],
  ['corps', { kind: ['guard', 'guards', 'police', 'force', 'forces', 'army', 'gendarmerie', 'brigade', 'brigades'], last: true }],
  ['central', { kind: ['bank', 'reserve', 'bundesbank', 'riksbank', 'banco', 'banca', 'banque'], last: false }],
  ['bank', { kind: ['bank', 'reserve', 'bundesbank', 'riksbank', 'banco', 'banca', 'banque'], last: false }],
  ['exchange', { kind: ['exchange', 'borsa', 'bolsa', 'börse', 'bourse', 'boerse', 'bursa', 'birzha'], last: false }],
]);
/** Two-word additions: "Central Bank", "Stock Exchange" (first word -> second). */
const ADDED2: ReadonlyMap<string, string> = new Map([
  ['central', 'bank'],
  ['stock', 'exchange'],
]);

/** Folded word runs (two to six words) of every known name: "revolutionary guard corps". */
let knownRuns: Set<string> | undefined;
function isInKnownName(words: string): boolean {
  if (!knownRuns) {
    knownRuns = new Set<string>();
    for (const k of GAZETTEER.known) {
      const ws = k.replace(/[’]/g, "'").split(/\s+/);
      for (let i = 0; i < ws.length; i++) for (let n = 2; n <= 6 && i + n <= ws.length; n++) knownRuns.add(ws.slice(i, i + n).join(' '));
    }
  }
  return knownRuns.has(words);
}

function isCap(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

export const rule: Rule = {
  meta: {
    id: 'redundant-name-head',
    category: 'entity-name',
    severity: 'warning',
    description: 'A known official name with a second head noun of its own kind added (“International Olympic Committee Organization”).',
    examples: {
      bad: [
        { text: 'The International Olympic Committee[[ Organization]] banned the sprinter for four years.', output: 'The International Olympic Committee banned the sprinter for four years.' },
        { text: 'Amnesty International[[ Organization]] called for the release of the bloggers.', output: 'Amnesty International called for the release of the bloggers.' },
        { text: 'The Christian Democratic Union[[ Party]] chose a new chairman on Saturday.', output: 'The Christian Democratic Union chose a new chairman on Saturday.' },
        { text: 'The Bank of Japan[[ Central]] kept its policy unchanged.', output: 'The Bank of Japan kept its policy unchanged.' },
        { text: 'The People’s Bank of China[[ Central Bank]] cut the reserve requirement ratio.', output: 'The People’s Bank of China cut the reserve requirement ratio.' },
        { text: 'The Hellenic Coast Guard[[ Corps]] rescued 40 migrants off the Greek island of Lesbos.', output: 'The Hellenic Coast Guard rescued 40 migrants off the Greek island of Lesbos.' },
        { text: 'The National Basketball Association[[ League]] suspended the guard for ten games.', output: 'The National Basketball Association suspended the guard for ten games.' },
      ],
      good: [
        'The International Olympic Committee banned the sprinter for four years.',
        'The Islamic Revolutionary Guard Corps seized a tanker.',
        'The Federal Reserve Bank of New York published the survey.',
        'The European Union Agency for Asylum published its report.',
        'The Communist Party Central Committee met in Beijing.',
        'The International Olympic Committee organization was praised for its work.',
        'The Bank of Japan Governor Kazuo Ueda spoke on Tuesday.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let any = false;
    for (const w of ADDED.keys()) if (doc.hasNorm(w)) any = true;
    if (!any) return;
    for (const m of findNames(doc) as readonly NameMatch[]) {
      if (!(m.exact || m.caseOnly || m.spellingOnly) || m.size < 2) continue;
      const last = doc.tokens[m.end - 1] as Token;
      const w = doc.next(last);
      if (!isCap(w) || doc.text.slice(last.end, w.start) !== ' ') continue;
      const added = ADDED.get(w.norm);
      if (!added) continue;
      let end = w;
      const second = ADDED2.get(w.norm);
      if (second) {
        const w2 = doc.next(w);
        if (isCap(w2) && w2.norm === second && doc.text.slice(w.end, w2.start) === ' ') end = w2;
      }
      // "Central" alone must be a whole addition; "Stock" without "Exchange" is no head.
      if (w.norm === 'stock' && end === w) continue;
      const nameWords = m.form.words.map((x) => x.toLowerCase());
      const kindOk = added.last ? added.kind.includes(nameWords[nameWords.length - 1] ?? '') : nameWords.some((x) => added.kind.includes(x));
      if (!kindOk) continue;
      // A longer name goes on: a capitalized word, "of", "for", a hyphen or a possessive after it.
      const after = doc.next(end);
      if (after && (isCap(after) || /^(of|for|on|and|&|'s|-|\()$/.test((after as Token).norm))) continue;
      const first = doc.tokens[m.first] as Token;
      const run = doc.text.slice(first.start, end.end).toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
      if (isInKnownName(run)) continue;
      const addedText = doc.text.slice(w.start, end.end);
      ctx.report({
        start: last.end,
        end: end.end,
        message: `“${m.form.text}” already names the body: “${addedText}” after it doubles its head word.`,
        suggestions: [''],
        reason: 'a translation that renders the body’s type as a word of its own repeats it after the English name',
        confidence: 0.7,
      });
    }
  },
};
