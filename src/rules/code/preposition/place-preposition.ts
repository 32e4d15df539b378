/**
 * Prepositions of place carried over from the source language:
 *  - "at" before a city ("rallied at central Sofia", "warnings were issued at Toronto"): English
 *    is "in" a city (Turkish "-da", Japanese "で", Italian "a Roma");
 *  - "in the coast", "in the border", "in the internet", "in Facebook": English is "on";
 *  - "shares jumped 14 percent in the B3 exchange": shares trade "on" an exchange;
 *  - "protested under the office of the governor" (Polish/Russian "pod/под"): "outside".
 * Each is tied to a context that rules out the literal reading ("at Heathrow", "arrived at
 * Rome", "at Barcelona" in football, "in the coast guard", "a tunnel under the building").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { loadPlaces } from '../../../data/metonym-places.js';

const places = loadPlaces();
const CITIES = new Set<string>();
for (const n of [...places.capitalOf.keys(), ...places.regionOf.keys()]) if (!n.includes(' ')) CITIES.add(n);
// Cities that also name football clubs or venues, where "at Barcelona" is English.
const CLUB_CITIES = new Set(
  `Barcelona Madrid Milan Liverpool Manchester Porto Lyon Marseille Monaco Valencia Sevilla Seville Naples Turin Genoa Bologna
  Leeds Newcastle Everton Southampton Brighton Leicester Glasgow Dortmund Leverkusen Munich Hamburg Bremen Stuttgart Frankfurt
  Amsterdam Eindhoven Rotterdam Lisbon Istanbul Wimbledon Augusta Davos Lords Florence Fiorentina Bilbao Villarreal Nice Lille
  Bordeaux Nantes Rennes Lens Salzburg Basel Bruges Anderlecht Celtic Rangers Norwich Fulham Chelsea Arsenal Tottenham Wolfsburg
  Mainz Freiburg Cologne Hoffenheim Galatasaray Ajax Feyenoord Benfica Sporting Braga Roma Lazio Napoli Torino Atalanta Verona
  Parma Udine Bergamo Getafe Girona Cadiz Granada Malaga Osasuna Mallorca Burnley Watford Bournemouth Sheffield Nottingham Ipswich
  Derby Reading Oxford Cambridge Harvard Yale Stanford Princeton Ascot Epsom Cheltenham Aintree Silverstone Monza Suzuka Sochi Indianapolis Daytona Lausanne`.split(/\s+/),
);
const SPORT_WORDS = new Set(['played', 'plays', 'playing', 'signed', 'joined', 'spell', 'loan', 'coach', 'manager', 'striker', 'club', 'goal', 'goals', 'league', 'season', 'transfer', 'contract', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'debut', 'studied', 'study', 'studies', 'university', 'professor', 'lecturer']);
// Verbs after which "at" + a city is English: a point on a route or a signing.
const AT_VERBS = new Set([
  'arrive', 'arrived', 'arrives', 'arriving', 'land', 'landed', 'lands', 'landing', 'stop', 'stopped', 'stops', 'stopping', 'call',
  'called', 'calling', 'calls', 'touched', 'docked', 'dock', 'change', 'changed', 'changing', 'signed', 'concluded', 'based',
  'stationed', 'terminate', 'terminates', 'terminated', 'ends', 'ended', 'starts', 'started', 'finish', 'finished', 'finishes',
  'stopover', 'halt', 'halted', 'refuel', 'refuelled', 'refueled', 'anchored', 'moored', 'aimed', 'look', 'looked', 'looking',
  'peace', 'treaty', 'convention', 'conference', 'congress', 'summit', 'talks', 'court', 'university', 'college', 'stage',
]);
// "met at Geneva", "the agreement reached at Moscow", "the Government at Washington", "victory
// at Manila": "at" a city names the venue of a meeting or a battle, or the seat of a government
// or a post, in any English. A sentence with one of these words is left alone.
const VENUE_WORDS = new Set([
  'met', 'meet', 'meets', 'meeting', 'meetings', 'conference', 'conferences', 'summit', 'summits', 'talks', 'negotiations',
  'negotiated', 'negotiating', 'discussions', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'charter',
  'protocol', 'assembled', 'convened', 'convene', 'held', 'place', 'exposition', 'exhibition', 'fair', 'olympics', 'games',
  'commission', 'delegates', 'delegation', 'delegations', 'representatives', 'representative', 'envoy', 'envoys', 'ambassador',
  'minister', 'consul', 'vice-consul', 'consulate', 'embassy', 'legation', 'government', 'departments', 'maneuvers', 'manoeuvres',
  'victory', 'battle', 'battles', 'blows', 'fought', 'defeat', 'defeated', 'siege', 'surrender', 'arms', 'fleet', 'squadron',
  'garrison', 'declared', 'adopted', 'reached',
]);
// Cities whose name stands for a conference held there ("at Geneva", "at Yalta").
const CONFERENCE_CITIES = new Set(['Geneva', 'Yalta', 'Potsdam', 'Versailles', 'Locarno', 'Rapallo', 'Reykjavik', 'Teheran', 'Cancun', 'Kyoto', 'Dayton', 'Rambouillet', 'Casablanca', 'Algeciras']);
const DIRECTIONS = new Set(['central', 'downtown', 'northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'suburban', 'rural', 'inner', 'greater', 'old', 'metropolitan']);

// "in the coast": English puts these "on".
const ON_PLACES = new Set(['coast', 'coastline', 'shore', 'shores', 'seafront', 'riverbank', 'border', 'frontier', 'internet', 'web', 'farm', 'outskirts', 'seashore', 'beach', 'beaches', 'pitch', 'premises', 'front', 'frontline', 'front-line', 'front line']);
const ON_BARE = new Set(['facebook', 'twitter', 'instagram', 'tiktok', 'youtube', 'linkedin', 'telegram', 'whatsapp', 'weibo', 'wechat', 'x', 'reddit', 'snapchat', 'internet']);
const COAST_MODS = new Set(['west', 'east', 'north', 'south', 'western', 'eastern', 'northern', 'southern', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'atlantic', 'pacific', 'baltic', 'black', 'caspian', 'mediterranean', 'adriatic', 'aegean', 'country', "country's", 'island', "island's", 'eastern', 'same', 'whole', 'entire', 'northern', 'polish', 'turkish', 'italian', 'greek', 'spanish', 'french', 'croatian', 'dalmatian', 'amalfi', 'algarve', 'gold', 'sunshine']);

const MARKET = new Set(['percent', '%', 'shares', 'share', 'stock', 'stocks', 'traded', 'trading', 'listed', 'listing', 'closed', 'rose', 'fell', 'jumped', 'gained', 'lost', 'slipped', 'climbed', 'dropped', 'tumbled', 'surged', 'plunged', 'soared', 'slumped', 'index', 'points', 'cents', 'debut', 'valuation', 'ipo', 'quoted', 'float', 'floated']);
// Speaking at an event: "said in a news conference", "told reporters on a meeting".
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'announced', 'announces', 'stated', 'declared', 'added', 'noted', 'stressed', 'revealed', 'confirmed', 'insisted', 'claimed', 'explained', 'admitted', 'warned', 'urged', 'reporters', 'journalists', 'delegates', 'participants', 'lawmakers', 'investors', 'analysts', 'audience']);
const EVENTS = new Set(['meeting', 'conference', 'summit', 'forum', 'congress', 'ceremony', 'session', 'rally', 'briefing', 'gathering', 'convention', 'reception', 'event', 'festival', 'fair', 'exhibition', 'expo', 'auction', 'hearing', 'assembly', 'plenary', 'seminar', 'symposium', 'workshop', 'roundtable', 'congress', 'launch', 'presentation', 'dinner', 'luncheon', 'breakfast']);
const PROTEST = new Set(['protest', 'protests', 'protested', 'protesting', 'rally', 'rallies', 'rallied', 'demonstration', 'demonstrations', 'demonstrated', 'demonstrators', 'protesters', 'protestors', 'picket', 'picketed', 'vigil', 'gathered', 'sit-in', 'chanting', 'chanted', 'marched', 'march', 'strikers', 'blockade']);
const BUILDINGS = new Set(['office', 'offices', 'headquarters', 'embassy', 'consulate', 'parliament', 'ministry', 'residence', 'building', 'palace', 'seat', 'windows', 'gates', 'town', 'city', 'courthouse', 'court', 'hall', 'chancellery', 'presidency', 'governorate', 'prefecture', 'mayoralty', 'legislature', 'sejm', 'duma', 'rada', 'senate', 'voivodeship']);

function sentenceRange(doc: Doc, t: Token): [number, number] {
  const s = doc.sentenceOf(t);
  return [s.firstToken, s.endToken];
}

export const rule: Rule = {
  meta: {
    id: 'place-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'A preposition of place English does not use: “at” a city, “in the coast”, “in Facebook”, shares “in the … exchange”, a protest “under the office”.',
    examples: {
      bad: [
        { text: 'Thousands rallied [[at]] central Bucharest on Sunday.', output: 'Thousands rallied in central Bucharest on Sunday.' },
        { text: 'Flood warnings were issued [[at]] Vienna and Prague.', output: 'Flood warnings were issued in Vienna and Prague.' },
        { text: 'Rents rose by a fifth [[at]] Nairobi last year.', output: 'Rents rose by a fifth in Nairobi last year.' },
        { text: 'Hotels [[in]] the coast are full.', output: 'Hotels on the coast are full.' },
        { text: 'Villages [[in]] the border were shelled.', output: 'Villages on the border were shelled.' },
        { text: 'The video spread quickly [[in]] Facebook.', output: 'The video spread quickly on Facebook.' },
        { text: 'Its shares rose 6 percent [[in]] the Istanbul stock exchange.', output: 'Its shares rose 6 percent on the Istanbul stock exchange.' },
        { text: 'The minister said [[in]] a news conference that taxes would rise.', output: 'The minister said at a news conference that taxes would rise.' },
        { text: 'He told reporters [[on]] a meeting in Gdansk that the plant would close.', output: 'He told reporters at a meeting in Gdansk that the plant would close.' },
        { text: 'Nurses protested [[under]] the ministry in Warsaw.', output: 'Nurses protested outside the ministry in Warsaw.' },
      ],
      good: [
        'Thousands rallied in central Bucharest on Sunday.',
        'The plane landed at Nairobi after a delay.',
        'He played at Barcelona for three seasons.',
        'He spent a season at Lyon before joining the club.',
        'The treaty was signed at Paris in 1951.',
        'The meeting at Nairobi airport ended early.',
        'Officers in the coast guard rescued them.',
        'Hotels on the coast are full.',
        'He met her at Central Station.',
        'A ceremony was held at the stock exchange.',
        'The tunnel runs under the ministry building.',
        'He posted the video in a Facebook group.',
        'She studied at Oxford.',
        'He said on the conference call that sales fell.',
        'She reported on the summit for the BBC.',
        'He said in a meeting with students that he would stay.',
        'The Soviet scientists met with our scientists at Geneva in an unsuccessful effort.',
        'At Ottawa and Cancun, I met with leaders of the industrial nations.',
        'At Geneva, I declared the readiness of the country to talk.',
        'The agreement reached at Moscow last month preserves this opportunity.',
        'Talks with officials of the Dominion Government at Ottawa began in November.',
        'God gave victory to American arms at Manila.',
        'I have urged on the Congress the passage of certain measures.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['at', 'in', 'under', 'on'])) {
      if (t.norm !== 'at' && t.norm !== 'in' && t.norm !== 'under' && t.norm !== 'on') continue;
      const [sStart, sEnd] = sentenceRange(doc, t);
      const n1 = t.index + 1 < sEnd ? doc.at(t.index + 1) : undefined;
      if (!n1) continue;
      const prev = t.index > sStart ? doc.at(t.index - 1) : undefined;
      const sentWords = (): Token[] => doc.sentenceTokens(doc.sentenceOf(t)) as Token[];

      // "said in a news conference", "told reporters on a meeting in Katowice"
      // Word tests before the tagger: a verb of speech just before, an event word within reach.
      let eventNear = false;
      for (let k = t.index + 2; k < Math.min(sEnd, t.index + 6) && !eventNear; k++) eventNear = EVENTS.has((doc.at(k) as Token).norm);
      let speechBefore = false;
      for (let k = Math.max(sStart, t.index - 3); k < t.index && !speechBefore; k++) speechBefore = SPEECH.has((doc.at(k) as Token).norm);
      if (eventNear && speechBefore && (t.norm === 'in' || t.norm === 'on') && /^(a|an|the|this|that|its|their|his|her)$/.test(n1.norm)) {
        let j = t.index + 2;
        let mods = 0;
        while (j < sEnd && mods < 3 && !EVENTS.has((doc.at(j) as Token).norm) && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(doc.pos(doc.at(j) as Token))) {
          j++;
          mods++;
        }
        const ev = j < sEnd ? doc.at(j) : undefined;
        // "urged on the Congress the passage of…": a named body, not an event.
        if (ev && EVENTS.has(ev.norm) && !/^\p{Lu}/u.test(ev.text)) {
          const news = t.norm === 'in' && (ev.norm === 'conference' || ev.norm === 'briefing') && /^(news|press)$/.test(doc.at(j - 1)?.norm ?? '');
          const a = j + 1 < sEnd ? doc.at(j + 1) : undefined;
          const compound = a !== undefined && a.kind === 'word' && (a.norm === "'s" || doc.pos(a) === 'NOUN');
          let speech = false;
          for (let k = Math.max(sStart, t.index - 3); k < t.index; k++) if (SPEECH.has((doc.at(k) as Token).norm)) speech = true;
          if (speech && !compound && (t.norm === 'on' || news)) {
            ctx.report({ start: t.start, end: t.end, message: `“${t.text} ${n1.text} … ${ev.text}”: English speaks “at” a ${ev.text}.`, suggestions: ['at'], reason: 'an event where something is said takes “at”', confidence: 0.75 });
            continue;
          }
        }
      }

      if (t.norm === 'at') {
        // "at central Sofia", "at Toronto"
        let j = t.index + 1;
        const dir = DIRECTIONS.has(n1.norm) && n1.text === n1.norm;
        if (dir) j++;
        const c = j < sEnd ? doc.at(j) : undefined;
        if (!c || c.kind !== 'word' || !/^\p{Lu}/u.test(c.text)) continue;
        const isCity = CITIES.has(c.text) && !CLUB_CITIES.has(c.text);
        if (!isCity && !(dir && doc.pos(c) === 'PROPN')) continue;
        const after = j + 1 < sEnd ? doc.at(j + 1) : undefined;
        if (after && (after.kind === 'word' && after.norm !== 'and' && after.norm !== 'or' && after.norm !== 'on' && after.norm !== 'in' && after.norm !== 'last' && after.norm !== 'next' && after.norm !== 'this' && after.norm !== 'from' && after.norm !== 'to' && after.norm !== 'for' && after.norm !== 'with' && after.norm !== 'after' && after.norm !== 'before' && after.norm !== 'during' && after.norm !== 'since')) continue;
        if (after && (after.norm === "'s" || after.text === '-')) continue;
        let blocked = false;
        for (let k = Math.max(sStart, t.index - 3); k < t.index; k++) if (AT_VERBS.has((doc.at(k) as Token).norm)) blocked = true;
        if (blocked) continue;
        if (sentWords().some((w) => SPORT_WORDS.has(w.norm) || VENUE_WORDS.has(w.norm))) continue;
        if (CONFERENCE_CITIES.has(c.text)) continue;
        // "At Geneva, I declared…", "At Ottawa and Cancun, I met…": a fronted venue.
        if (t.index === sStart && after && (after.text === ',' || after.norm === 'and')) continue;
        ctx.report({ start: t.start, end: t.end, message: `“at ${dir ? `${n1.text} ` : ''}${c.text}”: English is “in” a city or a district, not “at” it.`, suggestions: ['in'], reason: 'a city or an area takes “in”; “at” marks a point on a route', confidence: 0.75 });
        continue;
      }

      if (t.norm === 'on') continue;
      if (t.norm === 'in') {
        // "in Facebook", "in the internet"
        if (ON_BARE.has(n1.norm) && (n1.norm !== 'x' && n1.norm !== 'telegram' ? true : n1.text === 'X' || n1.text === 'Telegram')) {
          const a = t.index + 2 < sEnd ? doc.at(t.index + 2) : undefined;
          if (n1.norm === 'internet' || /^\p{Lu}/u.test(n1.text)) {
            if (!(a && a.kind === 'word' && (doc.pos(a) === 'NOUN' || a.norm === "'s"))) {
              ctx.report({ start: t.start, end: t.end, message: `“in ${n1.text}”: English posts and reads things “on” a platform.`, suggestions: ['on'], reason: 'websites and social networks take “on”', confidence: 0.75 });
            }
          }
          continue;
        }
        // "in the coast", "in the west coast"
        if (/^(the|its|their|our|his|her)$/.test(n1.norm)) {
          let j = t.index + 2;
          if (j < sEnd && COAST_MODS.has((doc.at(j) as Token).norm)) j++;
          const h = j < sEnd ? doc.at(j) : undefined;
          if (h && ON_PLACES.has(h.norm)) {
            const a = j + 1 < sEnd ? doc.at(j + 1) : undefined;
            const compound = a && a.kind === 'word' && (doc.pos(a) === 'NOUN' || a.norm === "'s" || a.norm === 'guard' || a.norm === 'guards');
            const beachLike = h.norm === 'beach' || h.norm === 'beaches' || h.norm === 'pitch' || h.norm === 'premises' || h.norm === 'farm' || h.norm === 'web' || h.norm === 'front' || h.norm === 'outskirts';
            if (!compound && !beachLike) {
              ctx.report({ start: t.start, end: t.end, message: `“in the ${h.text}”: English says “on the ${h.text}”.`, suggestions: ['on'], reason: `a ${h.text} is a line or a surface: things are “on” it`, confidence: 0.75 });
              continue;
            }
          }
          // "rose 6 percent in the Istanbul stock exchange" (word test first: an exchange within reach)
          let exchangeNear = false;
          for (let m = t.index + 2; m < Math.min(sEnd, t.index + 7) && !exchangeNear; m++) exchangeNear = /^(exchange|bourse)$/.test((doc.at(m) as Token).norm);
          if (n1.norm !== 'the' || !exchangeNear) continue;
          let k = t.index + 2;
          while (k < sEnd && k < t.index + 6 && (doc.pos(doc.at(k) as Token) === 'PROPN' || (doc.at(k) as Token).norm === 'stock')) k++;
          const ex = k < sEnd ? doc.at(k) : undefined;
          if (n1.norm === 'the' && ex && (ex.norm === 'exchange' || ex.norm === 'bourse')) {
            const a = k + 1 < sEnd ? doc.at(k + 1) : undefined;
            if (a && a.kind === 'word' && doc.pos(a) === 'NOUN') continue;
            let market = false;
            for (let m = Math.max(sStart, t.index - 8); m < t.index; m++) if (MARKET.has((doc.at(m) as Token).norm)) market = true;
            if (market) ctx.report({ start: t.start, end: t.end, message: 'Shares trade “on” an exchange, not “in” it.', suggestions: ['on'], reason: 'an exchange is a market place: shares are listed and trade “on” it', confidence: 0.8 });
          }
        }
        continue;
      }

      // "protested under the office of the governor"
      if (t.norm === 'under' && n1.norm === 'the') {
        // Word test first: a building right after "the", or one word later.
        if (!BUILDINGS.has(doc.at(t.index + 2)?.norm ?? '') && !BUILDINGS.has(doc.at(t.index + 3)?.norm ?? '')) continue;
        let j = t.index + 2;
        if (j < sEnd && doc.pos(doc.at(j) as Token) === 'PROPN') j++;
        const h = j < sEnd ? doc.at(j) : undefined;
        if (!h || !BUILDINGS.has(h.norm)) continue;
        if ((h.norm === 'town' || h.norm === 'city') && doc.at(j + 1)?.norm !== 'hall') continue;
        const a = (h.norm === 'town' || h.norm === 'city' ? j + 2 : j + 1) < sEnd ? doc.at(h.norm === 'town' || h.norm === 'city' ? j + 2 : j + 1) : undefined;
        if (a && a.kind === 'word' && doc.pos(a) === 'NOUN') continue;
        if (!sentWords().some((w) => PROTEST.has(w.norm))) continue;
        if (prev && /^(tunnel|tunnels|bunker|basement|cellar|car|parking)$/.test(prev.norm)) continue;
        ctx.report({ start: t.start, end: t.end, message: '“under the …” for a protest in front of a building carries over “pod/под”: English says “outside”.', suggestions: ['outside', 'in front of'], reason: 'a crowd gathers “outside” a building, not “under” it', confidence: 0.75 });
      }
    }
  },
};
