/**
 * A national parliament or service translated word for word: “the Supreme Council” for
 * Ukraine's Verkhovna Rada, “the Second Chamber” for the Dutch House of Representatives (Tweede
 * Kamer), “the Federal Day” for the Bundestag, “the Port Corps” for the Hellenic Coast Guard.
 * English copy uses the native name or the English one. Entries: src/data/entity-body-calques.txt,
 * each with its country; an entry fires only capitalized and in a text that names the country
 * (Kyrgyzstan's Supreme Council is its real English name), and not in one that names a country
 * whose body has that name (an entry's fourth field on: China's State Council).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { readList } from '../../../data/lists.js';
import { tokenize } from '../../../text/tokenize.js';
import { countryNamed, countryOfWord } from './gazetteer.js';

interface Calque {
  readonly words: readonly string[];
  readonly english: string;
  readonly country: string;
  /** Countries whose body really has this name: the entry is silent in a text naming one. */
  readonly unless: readonly string[];
}

function straight(s: string): string {
  return s.replace(/’/g, "'");
}

// Linking words a name may write in either case: "National Headquarters Against Organized Crime".
const LINKING: ReadonlySet<string> = new Set(['of', 'for', 'against', 'in', 'on', 'the', 'and', 'to', 'at', 'with']);

/** A text word as an entry's word: apostrophes straight, a linking word in either case, -ise as -ize. */
function sameWord(text: string, entry: string): boolean {
  if (text === entry) return true;
  const w = straight(text);
  if (w === entry) return true;
  const lw = w.toLowerCase();
  const le = entry.toLowerCase();
  if (lw === le) return LINKING.has(le);
  // -ise/-ize keeps the length: only then is the regex asked.
  if (w.length !== entry.length || w.charAt(0) !== entry.charAt(0)) return false;
  const z = (x: string): string => x.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  return z(w) === z(entry);
}

const CALQUES: ReadonlyMap<string, readonly Calque[]> = (() => {
  const m = new Map<string, Calque[]>();
  for (const l of readList('entity-body-calques.txt')) {
    const [calque, english, country, ...unless] = l.split('|').map((x) => x.trim());
    if (!calque || !english || !country) continue;
    // Tokenized as the text is ("People's Defender" -> People, 's, Defender), apostrophes straight.
    const words = tokenize(calque).map((t) => straight(t.text));
    const list = m.get(words[0] as string) ?? [];
    list.push({ words, english, country, unless: unless.filter(Boolean) });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(words[0] as string, list);
  }
  return m;
})();

export const rule: Rule = {
  meta: {
    id: 'body-name-calque',
    category: 'entity-name',
    severity: 'warning',
    description: 'A national parliament or service translated word for word (“the Supreme Council” for the Verkhovna Rada).',
    examples: {
      bad: [
        { text: 'Ukrainian deputies filed a motion in the [[Supreme Council]] to dismiss him.', output: 'Ukrainian deputies filed a motion in the Verkhovna Rada to dismiss him.' },
        { text: 'In the Netherlands, the deal must still be debated in the [[Second Chamber]].', output: 'In the Netherlands, the deal must still be debated in the House of Representatives.' },
        { text: 'The German government lacks a majority in the [[Federal Day]], analysts said.', output: 'The German government lacks a majority in the Bundestag, analysts said.' },
        { text: 'Greece said the [[Port Corps]] had detained the captain of the tanker.', output: 'Greece said the Hellenic Coast Guard had detained the captain of the tanker.' },
        { text: 'The [[State Council]], the Netherlands’ top administrative court, annulled the permit.', output: 'The Council of State, the Netherlands’ top administrative court, annulled the permit.' },
        { text: 'In Italy, the [[State Council]] suspended the decree on Friday.', output: 'In Italy, the Council of State suspended the decree on Friday.' },
        { text: 'The French president received him at the [[Palace of the Elysee]].', output: 'The French president received him at the Elysee Palace.' },
        { text: 'In Peru, the [[People’s Defender]] opened an inquiry.', output: 'In Peru, the Ombudsman opened an inquiry.' },
        { text: 'Czech police said the [[National Headquarters Against Organized Crime]] had searched the ministry.', output: 'Czech police said the National Centre against Organised Crime had searched the ministry.' },
      ],
      good: [
        'Ukrainian deputies filed a motion in the Verkhovna Rada.',
        'Kyrgyzstan’s Supreme Council passed the law.',
        'The Supreme Council of the Armed Forces ruled Egypt in 2011.',
        'In the Netherlands, the deal must be debated in the House of Representatives.',
        'The second chamber of the heart pumps blood.',
        'China’s State Council, the cabinet, met in Beijing; France said it was watching.',
        'Venezuela’s Supreme Tribunal of Justice ruled; Spain disagreed.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const t of doc.tokensWithText(CALQUES)) {
      if (t.kind !== 'word') continue;
      const list = CALQUES.get(t.text);
      if (!list) continue;
      for (const c of list) {
        let ok = true;
        for (let k = 0; k < c.words.length && ok; k++) ok = sameWord(toks[t.index + k]?.text ?? '', c.words[k] as string);
        if (!ok) continue;
        const last = toks[t.index + c.words.length - 1] as Token;
        const after = doc.next(last);
        // "the Supreme Council of the Armed Forces": a longer name.
        if (after && (after.norm === 'of' || after.norm === 'for' || (after.kind === 'word' && /^\p{Lu}/u.test(after.text)))) continue;
        const before = doc.prev(t);
        // ... but for the country's own word: "the Greek State Council".
        if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !doc.isSentenceInitial(before) && countryOfWord(before.text) !== c.country) continue;
        if (!countryNamed(doc, c.country) || c.unless.some((u) => countryNamed(doc, u))) continue;
        ctx.report({
          start: t.start,
          end: last.end,
          message: `“${doc.text.slice(t.start, last.end)}” translates the name of ${c.country}'s body word for word: English copy calls it the “${c.english}”.`,
          suggestions: [c.english],
          reason: 'a national body has a fixed name in English copy; a literal translation reads as another body',
          confidence: 0.7,
        });
        break;
      }
    }
  },
};
