/**
 * A word of an official body's name translated word for word, in a name the gazetteer does not
 * know: “Regional Disaster Countermeasures Agency” (Indonesian penanggulangan: Management),
 * “Ministry of State Actives” (Polish aktywa: Assets), “Cosmic Research Institute” (Russian
 * космических: Space), “Public Ministry” (Portuguese/Spanish Ministério Público: the public
 * prosecutor's office), “Ministry of the Armies” (French ministère des Armées). Entries:
 * src/data/entity-name-calque-words.txt, words no English official name uses.
 *
 * A one-word calque counts only capitalized, inside a capitalized name that has a body head
 * word besides it (“Agency”, “Ministry”, “Institute”...); a phrase of several words only as
 * written, capitals included. Known names are garbled-official-name's: a span it would flag is
 * left to it.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isCapitalWord } from '../number-agreement/lib/english.js';
import { readList } from '../../../data/lists.js';

interface Entry {
  readonly words: readonly string[];
  readonly english: string;
}

/** First word (as written) -> entries starting with it, longest first. */
const ENTRIES: ReadonlyMap<string, readonly Entry[]> = (() => {
  const m = new Map<string, Entry[]>();
  for (const l of readList('entity-name-calque-words.txt')) {
    const [calque, english] = l.split('|').map((x) => x.trim());
    if (!calque || !english) continue;
    const words = calque.split(/\s+/);
    const list = m.get(words[0] as string) ?? [];
    list.push({ words, english });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(words[0] as string, list);
  }
  return m;
})();

const HEADS: ReadonlySet<string> = new Set([
  'ministry', 'agency', 'committee', 'commission', 'council', 'service', 'office', 'department', 'bureau', 'authority',
  'administration', 'institute', 'directorate', 'inspectorate', 'board', 'fund', 'bank', 'exchange', 'market',
  'court', 'tribunal', 'centre', 'center', 'corps', 'police', 'guard', 'federation', 'union', 'association',
  'organization', 'organisation', 'chamber', 'secretariat', 'minister', 'ministers', 'research', 'station', 'school',
  'academy', 'university', 'forces', 'troops', 'unit', 'division', 'airport', 'company', 'corporation', 'group',
]);
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', '&']);
/** Words after "Cosmic" that make an English term ("Institute for Cosmic Ray Research"). */
const COSMIC_TERMS: ReadonlySet<string> = new Set(['ray', 'rays', 'radiation', 'dust', 'microwave', 'background', 'string', 'strings', 'horror', 'inflation']);

/** The capitalized name around token t (capitalized words and lower-case linking words), in its sentence. */
function chain(doc: Doc, t: Token): Token[] {
  const s = doc.sentenceOf(t);
  const toks = doc.tokens;
  let a = t.index;
  while (a - 1 >= s.firstToken) {
    const p = toks[a - 1] as Token;
    if (isCapitalWord(p) || (p.kind === 'word' && LINKS.has(p.text))) a--;
    else break;
  }
  while (a < t.index && !isCapitalWord(toks[a])) a++;
  let b = t.index;
  while (b + 1 < s.endToken) {
    const n = toks[b + 1] as Token;
    if (isCapitalWord(n) || (n.kind === 'word' && LINKS.has(n.text))) b++;
    else break;
  }
  while (b > t.index && !isCapitalWord(toks[b])) b--;
  return toks.slice(a, b + 1);
}

function isHeadline(doc: Doc, t: Token): boolean {
  const s = doc.sentenceOf(t);
  const words = doc.tokens.slice(s.firstToken, s.endToken).filter((x) => x.kind === 'word' && x.text.length > 3);
  return words.length >= 3 && words.every((x) => /^\p{Lu}/u.test(x.text));
}

export const rule: Rule = {
  meta: {
    id: 'name-calque-word',
    category: 'entity-name',
    severity: 'warning',
    description: 'A word of an official body’s name translated word for word (“Disaster Countermeasures Agency”, “Public Ministry”).',
    examples: {
      bad: [
        { text: 'The Central Java Disaster [[Countermeasures]] Agency said three villages were cut off.', output: 'The Central Java Disaster Management Agency said three villages were cut off.' },
        { text: 'The Ministry of State [[Actives]] will name a new board for the refinery.', output: 'The Ministry of State Assets will name a new board for the refinery.' },
        { text: 'Scientists at the [[Cosmic]] Research Institute in Moscow tracked the probe.', output: 'Scientists at the Space Research Institute in Moscow tracked the probe.' },
        { text: 'The [[Public Ministry]] charged the governor with money laundering.', output: 'The Public Prosecutor\'s Office charged the governor with money laundering.' },
        { text: 'The [[Ministry of the Armies]] ordered 40 new helicopters.', output: 'The Ministry of the Armed Forces ordered 40 new helicopters.' },
        { text: 'The complaint was sent to the National Commission of [[Concurrence]] in Lisbon.', output: 'The complaint was sent to the National Commission of Competition in Lisbon.' },
        { text: 'The regional [[Exterior]] Trade Agency promoted local wine.', output: 'The regional Foreign Trade Agency promoted local wine.' },
      ],
      good: [
        'The Central Java Disaster Management Agency said three villages were cut off.',
        'The Institute for Cosmic Ray Research in Tokyo published the data.',
        'Cosmic rays hit the Research Institute building every second.',
        'Countermeasures against drones were discussed at the Ministry.',
        'The exterior of the Ministry of Defence was repainted.',
        'The public ministry of the church grew, Pastor Jones said.',
        'Energetic young volunteers joined the Red Cross.',
        'The Ministry of Works and the Ministry of Labour signed the deal.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    let last = -1;
    for (const t of doc.tokensWithText(ENTRIES)) {
      if (t.index <= last || t.kind !== 'word') continue;
      for (const e of ENTRIES.get(t.text) ?? []) {
        let ok = true;
        for (let k = 1; k < e.words.length && ok; k++) ok = toks[t.index + k]?.text === e.words[k];
        if (!ok) continue;
        const end = toks[t.index + e.words.length - 1] as Token;
        if (isHeadline(doc, t)) break;
        if (e.words.length === 1) {
          const next = doc.next(t);
          if (t.norm === 'cosmic' && next && COSMIC_TERMS.has(next.norm)) break;
          const c = chain(doc, t);
          const caps = c.filter((x) => isCapitalWord(x));
          if (caps.length < 2) break;
          if (!c.some((x) => x !== t && isCapitalWord(x) && HEADS.has(x.norm))) break;
        } else {
          // "Ministry of Work and Pensions"... still a calque; "Ministry of Works" is another token.
          const after = doc.next(end);
          if (after && after.kind === 'word' && /^(and)$/.test(after.norm) && e.words[e.words.length - 1] === 'Enlightenment') break;
        }
        last = end.index;
        const one = e.words.length === 1;
        ctx.report({
          start: t.start,
          end: end.end,
          message: `“${doc.text.slice(t.start, end.end)}” is a word-for-word rendering in an official name: English writes “${e.english}”.`,
          suggestions: [e.english],
          reason: 'official names have fixed English words; a literal translation of one reads as a different body',
          confidence: one ? 0.65 : 0.75,
        });
        break;
      }
    }
  },
};
