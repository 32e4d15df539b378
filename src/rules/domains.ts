/**
 * Story subjects for pack entries (docs/packs.md, `domain:`): a wrong-sense word is often right
 * English in general and wrong only for the subject ("his teacher" for a football coach, "the
 * syndicate" for a trade union, "the fiscal" for a prosecutor), because the source language has
 * one word for both senses. An entry with `domain: football` fires only in a document that
 * contains at least one of the domain's words, looked up once per document in its word index.
 *
 * Each word is one lower-case token, chosen because it rarely appears outside the subject: a
 * broad word ("goal", "union", "court" in a sports story's "tennis court") would open the entry
 * to every story. The entries' own patterns and guards still decide where the word is wrong;
 * the domain only says the story is about the subject at all.
 */
import type { Doc } from '../text/document.js';

/** Association football's words: the football domain, and part of sport's. */
const FOOTBALL = [
  'football', 'footballer', 'footballers', 'soccer', 'striker', 'midfielder', 'midfielders', 'goalkeeper',
  'goalkeepers', 'goalie', 'defender', 'defenders', 'winger', 'wingers', 'midfield', 'fullback', 'full-back', 'centre-back',
  'center-back', 'fifa', 'uefa', 'bundesliga', 'serie', 'ligue', 'laliga', 'eredivisie', 'premiership', 'equaliser',
  'equalizer', 'half-time', 'halftime', 'stoppage-time', 'hat-trick', 'offside', 'penalty-kick', 'relegation', 'relegated',
  'goalless', 'goalscorer', 'goalscorers', 'scorer', 'scorers', 'matchday', 'free-kick', 'kick-off', 'kickoff',
];

const TABLE = {
  /** Association football. */
  football: FOOTBALL,
  /** Any sport: football's words and those of other games and athletics. */
  sport: [
    ...FOOTBALL,
    'basketball', 'volleyball', 'handball', 'hockey', 'rugby', 'cricket', 'cricketer', 'tennis', 'cyclist', 'cyclists',
    'cycling', 'athlete', 'athletes', 'athletics', 'olympic', 'olympics', 'olympian', 'paralympic', 'paralympics',
    'medal', 'medals', 'medallist', 'medalist', 'tournament', 'tournaments', 'championship', 'championships',
    'semifinal', 'semi-final', 'semifinals', 'semi-finals', 'quarterfinal', 'quarter-final', 'quarterfinals',
    'quarter-finals', 'playoff', 'playoffs', 'play-off', 'play-offs', 'grand-slam', 'marathon', 'sprinter', 'swimmer',
    'wrestler', 'boxer', 'grandmaster', 'chess', 'nba', 'nfl', 'fiba', 'innings', 'wicket', 'wickets',
  ],
  /** Courts, trials, prosecutions and crime. */
  courts: [
    'court', 'courts', 'courtroom', 'judge', 'judges', 'trial', 'trials', 'prosecutor', 'prosecutors', 'prosecution',
    'defendant', 'defendants', 'verdict', 'verdicts', 'lawsuit', 'lawsuits', 'tribunal', 'indictment', 'indicted', 'acquitted',
    'acquittal', 'convicted', 'conviction', 'plaintiff', 'plaintiffs', 'jury', 'jurors', 'sentenced', 'magistrate', 'magistrates',
    'appeals', 'litigation', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'police', 'arrested', 'detained', 'suspect', 'suspects',
    'prison', 'jailed', 'imprisonment', 'prosecuted', 'charged',
  ],
  /** Labour: strikes, unions, wages, factories. */
  labour: [
    'strike', 'strikes', 'striking', 'walkout', 'walkouts', 'workers', 'worker', 'employees', 'employee', 'factory', 'factories',
    'wage', 'wages', 'unions', 'unionists', 'trade-union', 'labour', 'labor', 'layoffs', 'lay-offs', 'redundancies', 'dismissals',
    'employer', 'employers', 'pickets', 'picket', 'payroll', 'unemployment', 'jobless',
  ],
  /** Companies, markets, trade. */
  business: [
    'company', 'companies', 'firm', 'firms', 'corporation', 'shareholder', 'shareholders', 'stake', 'shares', 'stocks', 'stock',
    'profit', 'profits', 'revenue', 'revenues', 'turnover', 'subsidiary', 'subsidiaries', 'investors', 'investor', 'bourse',
    'nasdaq', 'nikkei', 'kospi', 'dax', 'ftse', 'exporters', 'exports', 'imports', 'merger', 'acquisition', 'ipo', 'listed',
    'earnings', 'dividend', 'dividends', 'brokers', 'brokerage', 'ceo', 'executives', 'manufacturer', 'manufacturers', 'retailer',
    'retailers', 'carmaker', 'automaker', 'bank', 'banks', 'lender', 'lenders',
  ],
  /** Central banks, money and the economy. */
  economy: [
    'inflation', 'deflation', 'gdp', 'economy', 'economies', 'economic', 'economists', 'economist', 'monetary', 'fiscal',
    'recession', 'currency', 'currencies', 'budget', 'deficit', 'debt', 'bonds', 'yields', 'tariffs', 'tariff', 'taxes',
    'exports', 'imports', 'interest-rate', 'interest-rates', 'eurozone', 'imf', 'opec',
  ],
  /** Elections, parties, parliaments. */
  politics: [
    'election', 'elections', 'electoral', 'vote', 'votes', 'voted', 'voters', 'voting', 'ballot', 'ballots', 'polls', 'poll',
    'parliament', 'parliamentary', 'parliamentarians', 'lawmakers', 'legislators', 'legislature', 'deputies', 'senators',
    'senate', 'congress', 'candidate', 'candidates', 'candidacy', 'campaign', 'coalition', 'opposition', 'referendum', 'mps',
    'seats', 'constituency', 'constituencies',
  ],
  /** Health: hospitals, patients, disease. */
  health: [
    'hospital', 'hospitals', 'hospitalised', 'hospitalized', 'patient', 'patients', 'doctor', 'doctors', 'nurse', 'nurses',
    'clinic', 'clinics', 'disease', 'diseases', 'virus', 'vaccine', 'vaccines', 'vaccination', 'epidemic', 'pandemic',
    'outbreak', 'infections', 'infected', 'medicine', 'medicines', 'drug', 'drugs', 'surgery', 'surgeon', 'surgeons',
    'health', 'illness', 'symptoms', 'diagnosis', 'diagnosed', 'treatment',
  ],
  /** Weather and natural disasters. */
  weather: [
    'storm', 'storms', 'typhoon', 'typhoons', 'cyclone', 'cyclones', 'hurricane', 'hurricanes', 'flood', 'floods', 'flooding',
    'floodwaters', 'rain', 'rains', 'rainfall', 'downpour', 'downpours', 'monsoon', 'snow', 'snowfall', 'blizzard', 'heatwave',
    'drought', 'earthquake', 'earthquakes', 'quake', 'tremor', 'tremors', 'aftershock', 'aftershocks', 'tsunami', 'landslide',
    'landslides', 'mudslide', 'wildfire', 'wildfires', 'bushfire', 'bushfires', 'eruption', 'volcano', 'weather',
    'meteorological', 'forecasters', 'temperatures', 'evacuated', 'evacuation',
  ],
  /** Transport: trains, planes, buses, roads. */
  transport: [
    'train', 'trains', 'railway', 'railways', 'rail', 'metro', 'subway', 'tram', 'trams', 'bus', 'buses', 'airport', 'airports',
    'airline', 'airlines', 'flight', 'flights', 'passengers', 'passenger', 'commuters', 'motorway', 'highway', 'traffic',
    'ferry', 'ferries', 'port', 'station', 'stations', 'fares', 'fare', 'drivers', 'taxi', 'taxis',
  ],
  /** Schools and universities. */
  education: [
    'school', 'schools', 'pupils', 'pupil', 'students', 'student', 'teachers', 'teacher', 'university', 'universities',
    'college', 'colleges', 'exam', 'exams', 'examination', 'examinations', 'classroom', 'classrooms', 'curriculum', 'tuition',
    'graduates', 'graduation', 'kindergarten', 'semester', 'lecturers', 'professors', 'campus',
  ],
  /** The armed forces and war. */
  military: [
    'army', 'armies', 'troops', 'soldiers', 'soldier', 'military', 'armed', 'navy', 'naval', 'warship', 'warships', 'missile',
    'missiles', 'artillery', 'battalion', 'brigade', 'regiment', 'conscripts', 'conscription', 'frontline',
    'front-line', 'airstrike', 'airstrikes', 'drones', 'tanks', 'ceasefire', 'defence', 'defense', 'commander', 'commanders',
    'generals', 'infantry', 'sailors',
  ],
} as const satisfies Record<string, readonly string[]>;

export type Domain = keyof typeof TABLE;

const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(TABLE).map(([k, ws]) => [k, new Set<string>(ws)]));

/** The domain names a pack entry's `domain` key may use. */
export function domainNames(): readonly string[] {
  return [...SETS.keys()];
}

/** A domain's words (one shared set per domain, so documents memoize one lookup per domain), or undefined. */
export function domainWords(name: string): ReadonlySet<string> | undefined {
  return SETS.get(name);
}

/** Whether the document contains one of the words: computed once per document and word set. */
export function documentHasAny(doc: Doc, words: ReadonlySet<string>): boolean {
  return doc.memo(words, () => {
    for (const w of words) if (doc.hasNorm(w)) return true;
    return false;
  });
}
