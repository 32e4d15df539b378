/**
 * An event, exchange or venue named as “the <head> of <place>”, the Romance and Slavic order
 * (“la Bourse de Paris”, “il Gran Premio d'Italia”, “Auction of Tehran”), where English puts the
 * place first: “the Paris Bourse”, “the Italian Grand Prix”, “the Tehran Auction”, “the Boston
 * Marathon”, “the Cannes Film Festival”, “the Warsaw Stock Exchange”; agreements, formats and
 * city bodies too (“Agreements of Minsk”, “Group of Lima”, “City Hall of Madrid”). Heads that English does
 * link with “of” (Bank, University, Port, Museum, Mayor, Court) are not listed.
 *
 * A country becomes its adjective (“Grand Prix of Italy” -> “Italian Grand Prix”); a city stays
 * a noun. Places: capitalization-proper-names.txt and the metonym place lists.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { METONYM_LEXICON } from '../metonym-pronoun/antecedents.js';
import { DEMONYMS } from '../capitalization/lexicon.js';

// Head (as written, Title Case) -> how many tokens it has. Matched case-sensitively.
const HEADS: readonly string[] = [
  'Stock Exchange', 'Exchange', 'Bourse', 'Auction', 'Auction House', 'Metro', 'Subway', 'Airport', 'International Airport',
  'Zoo', 'Marathon', 'Half Marathon', 'Philharmonic', 'Philharmonic Orchestra', 'Symphony Orchestra', 'Opera',
  'Film Festival', 'Grand Prix', 'Open', 'Masters', 'Motor Show', 'Book Fair', 'Biennale', 'Biennial', 'Derby',
  'Fashion Week', 'Tramway', 'Tram', 'Light Rail',
  // Agreements, formats and groups named after where they were made: “the Minsk agreements”.
  'Agreement', 'Agreements', 'Accord', 'Accords', 'Protocol', 'Memorandum', 'Format', 'Process', 'Group', 'Consensus',
  'Triangle', 'Summit', 'Security Conference', 'Aquarium',
  // City bodies: “the City Hall of Madrid” (Ayuntamiento de Madrid) is “Madrid City Hall”.
  'City Hall', 'Town Hall', 'City Council', 'Municipal Council', 'City Government', 'Metro Police',
];
const HEAD_TOKENS: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const m = new Map<string, string[][]>();
  for (const h of HEADS) {
    const ws = h.split(' ');
    const list = m.get(ws[0] as string) ?? [];
    list.push(ws);
    list.sort((a, b) => b.length - a.length);
    m.set(ws[0] as string, list);
  }
  return m;
})();

// Country -> adjective, from the demonym list ("Italy" -> "Italian").
const ADJECTIVE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [dem, place] of DEMONYMS) if (!m.has(place)) m.set(place, dem.charAt(0).toUpperCase() + dem.slice(1));
  return m;
})();

/** A place name at token i: its tokens' count and its kind, or undefined. */
function placeAt(toks: readonly Token[], i: number): { len: number; kind: string; name: string } | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'word') return undefined;
  for (const n of METONYM_LEXICON.names.get(t.text) ?? []) {
    if (n.kind !== 'place') continue;
    if (n.tokens.every((w, k) => toks[i + k]?.text === w)) return { len: n.tokens.length, kind: n.cls, name: n.tokens.join(' ') };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'place-after-head',
    category: 'entity-name',
    severity: 'warning',
    description: 'An event, exchange or venue named “the <head> of <place>” where English puts the place first (“the Auction of Tehran”).',
    examples: {
      bad: [
        { text: 'The [[Auction of Tehran]], which has held sales every year, sold 120 works.', output: 'The Tehran Auction, which has held sales every year, sold 120 works.' },
        { text: 'Shares fell 4 percent on the [[Stock Exchange of Warsaw]].', output: 'Shares fell 4 percent on the Warsaw Stock Exchange.' },
        { text: 'Verstappen won the [[Grand Prix of Italy]] on Sunday.', output: 'Verstappen won the Italian Grand Prix on Sunday.' },
        { text: 'She ran the [[Marathon of Berlin]] in under three hours.', output: 'She ran the Berlin Marathon in under three hours.' },
        { text: 'The film premiered at the [[Film Festival of Venice]].', output: 'The film premiered at the Venice Film Festival.' },
        { text: 'Trading was suspended on the [[Bourse of Paris]].', output: 'Trading was suspended on the Paris Bourse.' },
        { text: 'Kyiv said Moscow had broken the [[Agreements of Minsk]].', output: 'Kyiv said Moscow had broken the Minsk Agreements.' },
        { text: 'The [[Memorandum of Budapest]] gave Ukraine security assurances.', output: 'The Budapest Memorandum gave Ukraine security assurances.' },
        { text: 'The [[Group of Lima]] rejected the result.', output: 'The Lima Group rejected the result.' },
        { text: 'The [[City Hall of Madrid]] will close the park.', output: 'The Madrid City Hall will close the park.' },
      ],
      good: [
        'The Tehran Auction sold 120 works.',
        'The Bank of England and the University of Tehran signed a deal.',
        'The Stock Exchange of Thailand and the Stock Exchange of Hong Kong merged indexes.',
        'He was the mayor of Boston.',
        'The Port of Rotterdam handled more cargo.',
        'Planes at the airport of Athens were grounded.',
        'The Masters of Rome is a clay-court event.',
        'The Group of Seven met, the Summit of the Americas opened and the Treaty of Paris was signed.',
        'The Paris Agreement and the Minsk agreements were discussed.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const t of doc.tokensWithText(HEAD_TOKENS)) {
      if (t.kind !== 'word') continue;
      const heads = HEAD_TOKENS.get(t.text);
      if (!heads) continue;
      for (const h of heads) {
        if (!h.every((w, k) => toks[t.index + k]?.text === w)) continue;
        const of = toks[t.index + h.length];
        if (of?.text !== 'of') continue;
        let at = of.index + 1;
        if (toks[at]?.norm === 'the') at++;
        const place = placeAt(toks, at);
        if (!place) break;
        const last = toks[at + place.len - 1] as Token;
        // "the Stock Exchange of Thailand", "Stock Exchange of Hong Kong": official long forms.
        const phrase = `${h.join(' ')} of ${place.name}`;
        if (/^(Stock Exchange of (Thailand|Hong Kong|Singapore|Mauritius))$/.test(phrase)) break;
        // A longer name: "Grand Prix of Italy Committee".
        const after = doc.next(last);
        if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) break;
        // Part of a name before: "Masters of Rome" is a tournament name ("the Rome Masters"), keep it.
        if (h.join(' ') === 'Masters' || h.join(' ') === 'Open') {
          if (place.kind !== 'country') break;
        }
        const before = doc.prev(t);
        if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !doc.isSentenceInitial(before)) break;
        const adj = place.kind === 'country' ? ADJECTIVE.get(place.name) ?? place.name : place.name;
        const fixed = `${adj} ${h.join(' ')}`;
        ctx.report({
          start: t.start,
          end: last.end,
          message: `“${doc.text.slice(t.start, last.end)}” follows another language's order: English names it the “${fixed}”.`,
          suggestions: [fixed],
          reason: 'English puts the place before an event, exchange or venue name; “X of City” is a calque',
          confidence: 0.7,
        });
        break;
      }
    }
  },
};
