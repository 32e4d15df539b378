/**
 * A city's airport, station or exchange named with "of" the way French, Spanish, Italian,
 * Portuguese or Russian name it: “the airport of Brussels” (l'aéroport de Bruxelles) for Brussels
 * Airport, “the central station of Milan” for Milan Central Station, “the stock exchange of
 * Madrid”, “the metro of Paris”. English puts the city first: “Brussels airport”, “the Paris
 * metro”. Cities: capitals and the cities of src/data/metonym-regions.txt (metonym-places.ts),
 * but those that are also people's names. A name English writes with “of” (“the Port of
 * Rotterdam”, “the University of Milan”) has no entry.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { loadPlaces } from '../../../data/metonym-places.js';
import { isKnownName } from './gazetteer.js';

/** Facility words (the last word of the phrase before "of") -> the phrase's words, lower case. */
const FACILITIES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const phrases = [
    'airport', 'international airport', 'main airport', 'central station', 'railway station', 'train station', 'main station',
    'main railway station', 'stock exchange', 'stock market', 'zoo', 'metro', 'subway', 'underground', 'tramway', 'opera house',
    'airport terminal', 'marathon', 'motor show', 'auto show', 'book fair', 'film festival', 'derby', 'stadium', 'olympic stadium',
    'fashion week', 'summit', 'agreement', 'agreements', 'accord', 'accords', 'protocol', 'police', 'fire brigade', 'fire department',
  ];
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = p.split(' ');
    const last = ws[ws.length - 1] as string;
    const list = m.get(last) ?? [];
    list.push(ws);
    list.sort((a, b) => b.length - a.length);
    m.set(last, list);
  }
  return m;
})();

/** Cities with a busy airport or station that are neither capitals nor in metonym-regions.txt. */
const MORE_CITIES = [
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Auckland', 'Christchurch', 'Dubai', 'Sharjah', 'Jeddah', 'Shanghai',
  'Hong Kong', 'Osaka', 'Nagoya', 'Fukuoka', 'Sapporo', 'Incheon', 'Chengdu', 'Chongqing', 'Xiamen', 'Chennai', 'Hyderabad',
  'Bangalore', 'Phuket', 'Denpasar', 'Surabaya', 'Cebu', 'Ho Chi Minh City', 'Da Nang', 'Hamburg', 'Düsseldorf', 'Dusseldorf',
  'Stuttgart', 'Malaga', 'Málaga', 'Palma', 'Valencia', 'Bilbao', 'Alicante', 'Nice', 'Bordeaux', 'Nantes', 'Strasbourg', 'Lille',
  'Bologna', 'Pisa', 'Catania', 'Palermo', 'Bari', 'Krakow', 'Kraków', 'Gdansk', 'Antalya', 'Izmir', 'Thessaloniki', 'Heraklion',
  'Salzburg', 'Innsbruck', 'Basel', 'Antwerp', 'Liege', 'Liège', 'Charleroi', 'Rotterdam', 'Eindhoven', 'Gothenburg', 'Malmo',
  'Malmö', 'Bergen', 'Dubrovnik', 'Faro', 'Belfast', 'Cardiff', 'Bristol', 'Leeds', 'Cork', 'Boston', 'Miami', 'Atlanta',
  'Seattle', 'Las Vegas', 'Newark', 'Philadelphia', 'Detroit', 'Honolulu', 'Vancouver', 'Calgary', 'Montreal', 'Cancun', 'Cancún',
  'Guadalajara', 'Monterrey', 'Medellin', 'Medellín', 'Cartagena', 'Guayaquil', 'Porto Alegre', 'Recife', 'Cordoba', 'Córdoba',
  'Casablanca', 'Marrakech', 'Alexandria', 'Luxor', 'Hurghada', 'Lagos', 'Kano', 'Mombasa', 'Durban', 'Cape Town', 'Benghazi',
  'Aleppo', 'Mosul', 'Kandahar', 'Herat', 'Tabriz', 'Isfahan', 'Mashhad', 'Kharkiv', 'Kherson', 'Zaporizhzhia', 'Mariupol',
  'Donetsk', 'Sevastopol', 'Simferopol', 'Yekaterinburg', 'Novosibirsk', 'Kazan', 'Sochi', 'Kaliningrad', 'Vladivostok',
  'Belgorod', 'Krasnodar', 'Haifa', 'Tel Aviv', 'Eilat', 'Tehran', 'Kabul',
];

/** City names (first word -> full names), capitals and big cities, not people's names. */
const CITIES: ReadonlyMap<string, readonly string[]> = (() => {
  const data = loadPlaces();
  const m = new Map<string, string[]>();
  const names = [
    ...data.places.filter((p) => (p.kind === 'capital' || p.kind === 'city') && !data.personLike.has(p.name)).map((p) => p.name),
    ...MORE_CITIES,
  ];
  for (const name of new Set(names)) {
    const p = { name };
    const first = p.name.split(' ')[0] as string;
    const list = m.get(first) ?? [];
    list.push(p.name);
    list.sort((a, b) => b.length - a.length);
    m.set(first, list);
  }
  return m;
})();

/** The city name starting at token t, and its last token. */
function cityAt(toks: readonly Token[], i: number): { name: string; last: number } | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'word') return undefined;
  for (const name of CITIES.get(t.text) ?? []) {
    const ws = name.split(' ');
    if (ws.every((w, k) => toks[i + k]?.text === w)) return { name, last: i + ws.length - 1 };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'facility-of-city',
    category: 'entity-name',
    severity: 'warning',
    description: 'A city’s airport, station or exchange named with “of” (“the airport of Brussels” for Brussels Airport).',
    examples: {
      bad: [
        { text: 'Flights from [[the airport of Madrid]] were cancelled.', output: 'Flights from Madrid airport were cancelled.' },
        { text: 'Police evacuated [[the central station of Vienna]] on Monday.', output: 'Police evacuated Vienna central station on Monday.' },
        { text: 'Sixty animals died at [[the zoo of Berlin]] last year.', output: 'Sixty animals died at Berlin zoo last year.' },
        { text: '[[The metro of Paris]] was shut by the strike.', output: 'Paris metro was shut by the strike.' },
      ],
      good: [
        'Flights from Madrid airport were cancelled.',
        'Police evacuated Milan’s central station on Monday.',
        'The Port of Rotterdam and the University of Milan signed a deal.',
        'The airport of the capital was closed.',
        'The airport of Paris-Orly was built in the 1930s, said Jean Paris.',
        'The zoo of George Washington was a joke.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const head of doc.tokensWith(FACILITIES)) {
      const j = head.index + 1;
      if (toks[j]?.norm !== 'of') continue;
      const city = cityAt(toks, j + 1);
      if (!city) continue;
      const list = FACILITIES.get(head.norm);
      if (!list) continue;
      const phrase = list.find((ws) => ws.every((w, k) => toks[j - ws.length + k]?.norm === w));
      if (!phrase) continue;
      const first = j - phrase.length;
      const the = toks[first - 1];
      if (!the || the.norm !== 'the') continue;
      // "the airport of Paris-Orly", "the zoo of George Washington": a longer name.
      const after = toks[city.last + 1];
      const lastTok = toks[city.last] as Token;
      if (after && ((after.kind === 'word' && /^\p{Lu}/u.test(after.text)) || (after.text === '-' && after.start === lastTok.end))) continue;
      // "the Airport of ...": a capitalized facility word may be an official name.
      if (toks.slice(first, j).some((t) => /^\p{Lu}/u.test(t.text) && !doc.isSentenceInitial(t))) continue;
      const words = toks.slice(first, j).map((t) => t.norm).join(' ');
      const known = `${city.name} ${words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}`;
      // "the stock exchange of Frankfurt": a known name of three words is garbled-official-name's.
      if (isKnownName(known) && phrase.length >= 2) continue;
      const suggestion = isKnownName(known) ? known : `${city.name} ${words}`;
      const start = the.start;
      const end = lastTok.end;
      const capitalize = doc.isSentenceInitial(the);
      const text = doc.text.slice(start, end);
      ctx.report({
        start,
        end,
        message: `“${text}” is a word-for-word rendering: English names it after the city, “${suggestion}”.`,
        suggestions: [capitalize ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion],
        reason: 'English puts a city’s name before its airport, station or exchange',
        confidence: 0.6,
      });
    }
  },
};
