/**
 * Closed-class words the metonym-pronoun rules read a sentence with: function words that never
 * start a name, prepositions that make a place a location, speech and directive verbs, sports
 * words. Grammar, not gazetteers: the open lists (places, institutions, person nouns, first
 * names) are in src/data/metonym-*.txt.
 */
import type { Gender } from '../../../data/metonym-lexicon.js';

// Words that never start a name chunk even when capitalized (sentence starts, headlines).
export const STOP = new Set([
  'a', 'about', 'according', 'after', 'again', 'against', 'all', 'also', 'although', 'among', 'an', 'and', 'another',
  'any', 'around', 'as', 'asked', 'at', 'because', 'before', 'between', 'both', 'but', 'by', 'despite', 'during', 'each',
  'earlier', 'even', 'every', 'few', 'for', 'from', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how',
  'however', 'i', 'if', 'in', 'into', 'it', 'its', 'last', 'later', 'like', 'many', 'meanwhile', 'more', 'most', 'my',
  'next', 'no', 'not', 'now', 'of', 'on', 'once', 'one', 'only', 'or', 'other', 'our', 'over', 'she', 'since', 'so',
  'some', 'still', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
  'though', 'through', 'to', 'today', 'under', 'unlike', 'until', 'up', 'we', 'what', 'when', 'where', 'whether',
  'which', 'while', 'who', 'why', 'with', 'within', 'without', 'yet', 'you', 'your', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'dozens', 'hundreds', 'thousands', 'millions', 'several', 'half', 'nearly', 'almost', 'about', 'both', 'neither',
  // A question or a dropped subject opens with a verb: "Is the fourth increase", "Has it…" ("Will" is a name).
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'can', 'could', 'should', 'would', 'must',
]);
// Lower-case words that join a name chunk when a capitalized word follows ("Bank of Japan").
export const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'el']);
// Before a place, these make it a location, not an actor ("In Washington, a spokesman said he").
export const LOCATION_PREPS = new Set([
  'in', 'at', 'from', 'to', 'into', 'near', 'across', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards',
  'via', 'within', 'through', 'visit', 'visited', 'visiting', 'visits', 'leave', 'left', 'leaving', 'reach', 'reached',
  'arrived', 'flew', 'travelled', 'traveled', 'returned', 'based', 'born', 'beyond', 'over', 'across', 'onto', 'off',
]);
// Determiners that open an institution NP ("the ministry", "his first club").
export const DETS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'each', 'every', 'whose', "'s"]);
export const HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dr', 'u'], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'],
  ['lady', 'f'], ['prof', 'u'], ['professor', 'u'], ['madam', 'f'], ['mme', 'f'], ['herr', 'm'], ['frau', 'f'],
  ['senor', 'm'], ['señor', 'm'], ['senora', 'f'], ['señora', 'f'],
]);
// Person nouns that are often adjectives or modifiers ("official data", "general election").
export const ADJECTIVAL_PERSON_NOUNS = new Set([
  'official', 'general', 'chief', 'executive', 'deputy', 'member', 'guard', 'counsel', 'chair', 'accused', 'suspect',
  'witness', 'host', 'star', 'head', 'pilot', 'model', 'veteran', 'partner', 'parent', 'leader',
]);
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'announced', 'announces', 'stated', 'states', 'declared',
  'wrote', 'writes', 'noted', 'notes', 'confirmed', 'confirms', 'explained', 'reported', 'warned', 'insisted', 'argued',
  'claimed', 'acknowledged', 'tweeted', 'posted', 'replied', 'responded', 'indicated', 'informed', 'specified',
  'stressed', 'emphasised', 'emphasized', 'clarified', 'mentioned', 'revealed', 'underlined', 'signaled', 'signalled',
]);
// Nouns after "said in his/her ...": the statement is the institution's own.
export const STATEMENT_NOUNS = new Set([
  'statement', 'statements', 'website', 'site', 'account', 'filing', 'report', 'release', 'communique', 'communiqué',
  'announcement', 'note', 'letter', 'post', 'message', 'bulletin', 'newsletter', 'response', 'reply', 'update', 'page',
  'channel', 'feed', 'briefing', 'notice', 'submission', 'declaration', 'press', 'decision', 'ruling', 'judgment',
  'judgement', 'verdict', 'opinion', 'forecast', 'outlook', 'document', 'text', 'resolution', 'comments',
]);
// Words of sports copy, where a national side or a club takes "who" and "they" ("France, who
// won the World Cup"). Only words that rarely appear elsewhere: "team", "season" or "transfer"
// do in any story.
export const SPORTS_WORDS = new Set([
  'match', 'goal', 'goals', 'league', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'tournament',
  'championship', 'squad', 'scored', 'stadium', 'cup', 'referee', 'penalty', 'fixture', 'semi-final', 'semi-finals',
  'quarter-final', 'innings', 'wicket', 'medal', 'olympic', 'olympics', 'playoff', 'playoffs', 'kick-off', 'half-time',
  'qualifier', 'qualifiers', 'matches', 'winger', 'footballer', 'unbeaten', 'relegation',
]);
// In the sentence of a "Country, who": a national team ("France, who won the World Cup").
export const SPORTS_SENTENCE_WORDS = new Set([...SPORTS_WORDS, 'won', 'win', 'beat', 'final', 'lost', 'drew', 'champions', 'title', 'side', 'team', 'club']);
// Institution classes that British usage lets take "who" (and a plural verb).
export const WHO_OK_CLASSES = new Set(['club', 'party', 'union', 'council', 'committee', 'media']);
// Place names that are also common first names or surnames: a person unless the text uses them as places.
export const PERSON_LIKE_PLACES = new Set([
  'Washington', 'Jordan', 'Chad', 'Georgia', 'Israel', 'Santiago', 'Sofia', 'Paris', 'Lima', 'Colombo', 'Monaco',
  'Valletta', 'Victoria', 'Kingston', 'Florence', 'Hamilton', 'Lincoln', 'Austin', 'Sydney', 'London', 'Berlin',
  'Israel', 'Tunis', 'Male', 'Nassau', 'Dublin', 'Vienna', 'Roma',
]);
// Before a person noun, these make it a predicate ("was named the best young player").
export const PREDICATE_VERBS = new Set(['is', 'was', 'were', 'be', 'been', 'being', 'became', 'become', 'becomes', 'named', 'elected', 'appointed', 'remains', 'remained']);
// Head nouns that name an institution only inside a capitalized name ("the Communist Party",
// "the World Food Programme", "China Daily"): a lower-case "party" is as often a celebration or
// a side in a contract, a "programme" on television.
export const NAME_ONLY_HEADS = new Set([
  'party', 'inc', 'corp', 'ltd', 'plc', 'llc', 'holdings', 'airlines', 'airways', 'ag', 'gmbh', 'programme', 'program',
  'forum', 'network', 'daily', 'news', 'centre', 'center', 'command', 'museum', 'gallery', 'library', 'theatre',
  'theater', 'academy', 'school', 'college', 'metro', 'subway', 'airport', 'port', 'zoo', 'auction', 'auctioneer',
  'corps', 'brigade', 'registry', 'clinic', 'kingdom', 'emirate', 'principality', 'county', 'festival', 'opera',
  'prosecution', 'bourse', 'commissariat', 'gendarmerie', 'coastguard', 'station', 'tv', 'radio', 'television',
  'broadcasting',
]);
// Before a lower-case "side", these make it a party to talks or a war ("the Russian side said he"),
// not a team ("the home side") or a part of something.
export const SIDE_MODIFIERS: ReadonlySet<string> = new Set([
  'government', 'rebel', 'opposition', 'army', 'military', 'negotiating', 'governmental',
  'state', 'federal', 'official', 'junta', 'militia', 'insurgent', 'separatist',
]);
// Head nouns too common to name an institution without "the" or a capitalized name.
export const WEAK_HEADS = new Set(['state', 'service', 'office', 'group', 'board', 'fund', 'union', 'party', 'chamber', 'assembly', 'exchange', 'house', 'giant']);

// A reported clause after these is about the person the institution decides on.
export const DIRECTIVE_VERBS = new Set([
  'recommended', 'recommends', 'ordered', 'orders', 'ruled', 'rules', 'demanded', 'demands', 'asked', 'asks', 'urged',
  'urges', 'required', 'requires', 'requested', 'requests', 'proposed', 'proposes', 'found', 'finds', 'determined',
  'concluded', 'sentenced', 'convicted', 'acquitted', 'decreed', 'believes', 'believed', 'suspects',
  'suspected', 'alleged', 'alleges', 'accused', 'accuses', 'charged', 'hired', 'fired', 'appointed', 'named', 'elected',
  'heard', 'hears', 'learned', 'learnt', 'understands', 'understood',
]);
// Words that open a fronted adverbial ("After the hearing, he ...").
export const ADVERBIAL_OPENERS = new Set([
  'after', 'before', 'with', 'in', 'at', 'during', 'since', 'when', 'while', 'as', 'although', 'though', 'if', 'despite',
  'following', 'under', 'for', 'on', 'from', 'once', 'until', 'upon', 'without', 'unlike', 'like', 'because', 'having',
  'speaking', 'asked', 'born', 'according',
]);
// Words after a name that show it is acting, so no tagger is needed to rule out "a Moscow court".
export const VERBISH = new Set([
  ...SPEECH_VERBS, 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might',
  'must', 'should', 'shall', 'did', 'does', 'do', 'has', 'wants', 'wanted', 'refused', 'rejected', 'agreed', 'denied',
  'accused', 'raised', 'cut', 'kept', 'plans', 'planned', 'decided', 'expects', 'expected', 'remains', 'remained',
]);
// Prepositions before a place or institution that make it acted on ("an agreement with Benfica").
export const OBJECT_PREPS = new Set(['with', 'against', 'about', 'on', 'upon', 'between', 'among', 'than', 'like', 'toward', 'versus', 'vs']);
// "if they attack": the clauses whose "they" may stand for a country in MT.
export const CONDITIONAL_SUBORDINATORS = new Set(['if', 'unless']);
export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'must', 'can', 'shall', 'should']);
// Plural actors a "they" may well refer to.
export const PLURAL_ACTORS = new Set([
  'troops', 'forces', 'soldiers', 'leaders', 'officials', 'people', 'citizens', 'allies', 'partners', 'rebels',
  'militants', 'countries', 'nations', 'states', 'governments', 'authorities', 'members', 'neighbours', 'neighbors',
  'players', 'fans', 'voters', 'companies', 'banks', 'investors', 'protesters', 'fighters', 'separatists', 'insurgents',
]);
// "during his visit ..., the prime minister": a possessive in such a phrase may point forward.
export const CATAPHORA_PREPS = new Set(['during', 'on', 'in', 'at', 'after', 'before', 'for', 'with', 'upon', 'despite', 'since', 'throughout', 'from', 'of']);
// Before an unknown capitalized name, these make it a thing, not a person ("under the Law on Digital Markets").
export const NOT_BEFORE_PERSON = new Set(['on', 'under', 'about', 'the', 'a', 'an']);
export const OPEN_QUOTES = new Set(['“', '«', '‘', '„']);
export const CLOSE_QUOTES = new Set(['”', '»', '’']);
// Verbs only a person does: "the company confirmed that she had resigned" is about someone.
export const PERSON_ONLY_VERBS = new Set([
  'resigned', 'resign', 'resigns', 'died', 'die', 'dies', 'retired', 'retire', 'retires', 'married', 'divorced',
  'pleaded', 'testified', 'pregnant', 'quit', 'quits', 'fled', 'drowned', 'survived', 'wept', 'smiled', 'laughed',
  'cried', 'confessed', 'graduated', 'studied', 'lived', 'sang', 'dead', 'alive', 'ill', 'sick', 'missing', 'unharmed',
]);
// ... and what is done to a person, in the passive: "he was arrested" (but "it had arrested two").
export const PERSON_ONLY_PASSIVES = new Set([
  'arrested', 'detained', 'killed', 'injured', 'wounded', 'hospitalised', 'hospitalized', 'elected', 're-elected',
  'sentenced', 'convicted', 'acquitted', 'jailed', 'kidnapped', 'abducted', 'born', 'sworn', 'appointed', 'fired',
  'sacked', 'dismissed', 'hired', 'charged', 'questioned', 'released', 'freed', 'deported', 'extradited',
]);
// Words between a pronoun and its verb: "she had also resigned".
export const AUXILIARIES = new Set([
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'would', 'will', 'could', 'may', 'might',
  'also', 'already', 'not', 'never', 'just', 'reportedly', 'allegedly', 'later', 'since', 'then', 'still', 'recently',
]);
// What only an institution or a country has: "the bank raised his key rate", "Russia will defend
// her borders", "the company and her shareholders". After his/her (one modifier may stand
// between: "his new headquarters"), these bind the pronoun to the institution or place before
// it even when the story named a person in the sentences before. Space-separated phrases.
export const INSTITUTION_POSSESSIONS: ReadonlySet<string> = new Set([
  'shareholders', 'shareholder base', 'subsidiaries', 'subsidiary', 'headquarters', 'head office', 'balance sheet',
  'market share', 'share price', 'stock price', 'credit rating', 'net profit', 'net profits', 'operating profit',
  'pre-tax profit', 'annual report', 'quarterly results', 'annual results', 'earnings forecast', 'profit forecast',
  'interest rate', 'interest rates', 'key rate', 'key interest rate', 'benchmark rate', 'benchmark interest rate',
  'policy rate', 'deposit rate', 'refinancing rate', 'repo rate', 'lending rate', 'bond purchases', 'bond-buying',
  'asset purchases', 'monetary policy', 'inflation target', 'growth forecast', 'growth forecasts', 'borders',
  'border', 'airspace', 'territorial waters', 'territorial integrity', 'armed forces', 'citizens', 'nationals',
  'economy', 'gdp', 'gross domestic product', 'exports', 'imports', 'trade surplus', 'trade deficit', 'budget deficit',
  'foreign reserves', 'gold reserves', 'currency reserves', 'foreign exchange reserves', 'national currency',
  'member states', 'member countries', 'member clubs', 'member banks', 'statutes', 'bylaws', 'founding', 'inception',
  'branches', 'branch network', 'subscribers base', 'customer base', 'product range',
  'inspectors', 'labour inspectors', 'labor inspectors', 'tax inspectors', 'inspectorate', 'auditors', 'regional offices',
  'field offices', 'member federations', 'member associations', 'member unions', 'affiliated unions',
  'production capacity', 'oil output', 'crude output', 'oil production',
  'gas exports', 'oil exports', 'embassies', 'consulates', 'diplomatic missions', 'nuclear programme',
  'nuclear program', 'nuclear arsenal', 'missile programme', 'missile program', 'defence budget', 'defense budget',
  'defence spending', 'defense spending', 'military spending', 'state budget', 'federal budget', 'public debt',
  'national debt', 'sovereign debt', 'central bank', 'national anthem', 'sanctions', 'sanctions regime', 'tariffs',
  'trade tariffs', 'import tariffs', 'embargo', 'residents', 'inhabitants', 'population', 'territory', 'territories',
  'sovereignty', 'navy', 'air force', 'foreign policy', 'propaganda', 'state media', 'state television', 'coastline',
  'ports', 'airports', 'taxpayers', 'nuclear weapons', 'warships', 'fishing fleet', 'depositors', 'policyholders',
  'bondholders', 'board of directors', 'statutes', 'charter', 'annual budget', 'municipal budget', 'regions',
  'provinces', 'municipalities', 'neighbouring countries', 'neighboring countries', 'allies and partners',
  // What no single person has: a state's systems, sectors and resources; a company's accounts and boards.
  'currency', 'banking system', 'banking sector', 'power grid', 'electricity grid', 'road network', 'rail network',
  'health system', 'healthcare system', 'education system', 'pension system', 'tax system', 'legal system',
  'judicial system', 'energy mix', 'energy sector', 'energy supply', 'gas supplies', 'oil supplies', 'gas reserves',
  'oil reserves', 'oil fields', 'gas fields', 'oilfields', 'natural resources', 'mineral resources', 'coastal waters',
  'exclusive economic zone', 'national team', 'national football team', 'sovereign wealth fund', 'stock exchange',
  'capital city', 'largest city', 'public finances', 'fiscal deficit', 'current account', 'current account deficit',
  'tax revenues', 'tax revenue', 'oil revenues', 'unemployment rate', 'inflation rate', 'birth rate', 'workforce',
  'labour market', 'labor market', 'housing market', 'manufacturing sector', 'agricultural sector', 'tourism sector',
  'industrial output', 'industrial production', 'grain harvest', 'wheat harvest', 'vaccination campaign',
  'vaccination programme', 'vaccination program', 'health ministry', 'foreign ministry', 'defence ministry',
  'defense ministry', 'interior ministry', 'finance ministry', 'operating income', 'net income', 'net loss',
  'market value', 'market capitalisation', 'market capitalization', 'share buyback', 'share capital', 'bond issue',
  'capital increase', 'rights issue', 'full-year guidance', 'full-year forecast', 'guidance', 'supervisory board',
  'management board', 'executive board', 'shareholder meeting', 'general meeting', 'annual general meeting',
  'quarterly profit', 'first-quarter profit', 'second-quarter profit', 'third-quarter profit', 'fourth-quarter profit',
  'annual profit', 'revenue forecast', 'sales forecast', 'order book', 'loan book', 'capital ratio', 'core capital',
  'home stadium', 'youth academy', 'member associations', 'member federations', 'constituent republics',
]);
// Before a place after "of": "of rural Tennessee", "of northern Italy" make it a complement.
export const GEO_ADJECTIVES = new Set([
  'rural', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern',
  'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  'upstate', 'downtown', 'coastal', 'occupied', 'neighbouring', 'neighboring', 'mainland', 'greater', 'inner', 'outer',
  'suburban', 'metropolitan', 'urban', 'all', 'whole', 'entire', 'modern', 'ancient', 'medieval', 'pre-war', 'postwar',
  'post-war', 'contemporary', 'colonial', 'communist', 'soviet-era', 'present-day',
]);
// Between "in his" and "history": "in its long history", "in its 80-year history".
export const HISTORY_MODIFIERS = new Set([
  'long', 'proud', 'short', 'brief', 'entire', 'whole', 'recent', 'modern', 'storied', 'illustrious', 'glorious', 'rich',
  'turbulent', 'troubled', 'century-long', 'centuries-old', 'century-old', 'decades-long', 'hundred-year', 'young',
]);
// Before a lower-case "party", these make it a political party ("the opposition party said he").
export const POLITICAL_MODIFIERS = new Set([
  'opposition', 'ruling', 'governing', 'communist', 'socialist', 'conservative', 'nationalist', 'far-right', 'far-left',
  'centrist', 'populist', 'liberal', 'right-wing', 'left-wing', 'centre-right', 'center-right', 'centre-left',
  'center-left', 'islamist', 'separatist', 'pro-european', 'pro-russian', 'pro-government', 'anti-immigration',
  'anti-immigrant', 'democratic', 'republican', 'labour', 'green', 'ecologist', 'regional', 'main', 'largest',
]);
// Before a lower-case "operator", these make it a company ("the grid operator said she").
export const OPERATOR_KINDS = new Set([
  'network', 'grid', 'rail', 'railway', 'mobile', 'telecom', 'telecoms', 'port', 'airport', 'pipeline', 'satellite',
  'system', 'transmission', 'state', 'state-owned', 'nuclear', 'plant', 'power', 'energy', 'gas', 'electricity', 'water',
  'broadband', 'cable', 'wireless', 'bus', 'ferry', 'casino', 'transport', 'transit', 'train', 'metro', 'motorway',
  'toll', 'terminal', 'exchange', 'market', 'platform', 'lottery', 'hotel', 'cruise', 'tour', 'airline', 'national',
]);
// Lower-case heads after which a restrictive "who" (no comma) is an error: "the only company who
// makes them", "the ministry who approved it". Not authority, club, team, union, party,
// council, committee, group, delegation or family, which British usage (or sense) lets take "who".
export const RESTRICTIVE_WHO_HEADS = new Set([
  'ministry', 'government', 'bank', 'agency', 'regulator', 'watchdog', 'court', 'tribunal', 'company', 'firm',
  'corporation', 'airline', 'railway', 'carrier', 'operator', 'lender', 'insurer', 'retailer', 'manufacturer',
  'carmaker', 'automaker', 'drugmaker', 'broadcaster', 'newspaper', 'federation', 'organisation', 'organization',
  'institution', 'commission', 'administration', 'embassy', 'department', 'province', 'region', 'municipality',
  'prefecture', 'parliament', 'senate', 'university', 'hospital', 'utility', 'conglomerate', 'multinational',
  'subsidiary', 'startup', 'supplier', 'producer', 'exporter', 'association', 'foundation', 'charity', 'consortium',
  'channel', 'station', 'network', 'platform', 'chain', 'website', 'magazine', 'broadcaster', 'bourse', 'insurer',
]);
// Function words that may stand inside an NP before a restrictive "who" ("the only company who").
export const WHO_NP_MODIFIERS = new Set(['only', 'other', 'last', 'next', 'first', 'same', 'one', 'two', 'three', 'more', 'most']);
// Prepositions that open a fronted phrase whose possessive points forward ("In her statement, the ministry said").
export const FRONTED_PREPS = new Set(['in', 'through', 'via', 'since', 'with', 'on', 'throughout', 'for']);
// Singular auxiliaries after "who": "the club, who has" is no British plural.
export const SINGULAR_AUX = new Set(['has', 'is', 'was', 'does', "hasn't", "isn't", "wasn't", "doesn't"]);
// Adverbs between "who" and its verb.
export const WHO_ADVERBS = new Set(['also', 'still', 'already', 'recently', 'never', 'reportedly', 'currently', 'now', 'often', 'always', 'previously', 'once', 'only', 'just', 'last']);
// Capitalized adjectives of blocs and continents that may open an institution NP ("the European
// medicines agency", "the Arab League"), like a demonym.
export const BLOC_ADJECTIVES = new Set(['European', 'Arab', 'African', 'Asian', 'Nordic', 'Baltic', 'Soviet', 'Western', 'English', 'Pan-African', 'Latin']);

// A foreign word for a bank, group, company or institute opening a name: "Banco Horizonte",
// "Grupo Modelo", "PT Garuda Indonesia", "Istituto Superiore di Sanità". Lower-case key -> class.
export const FOREIGN_LEAD_HEADS: ReadonlyMap<string, string> = new Map([
  ['banco', 'bank'], ['banca', 'bank'], ['banque', 'bank'], ['bancu', 'bank'], ['banka', 'bank'], ['bankası', 'bank'],
  ['caixa', 'bank'], ['caja', 'bank'], ['caisse', 'bank'], ['sparkasse', 'bank'], ['crédit', 'bank'], ['credito', 'bank'],
  ['grupo', 'company'], ['gruppo', 'company'], ['groupe', 'company'], ['pt', 'company'], ['cv', 'company'],
  ['compañía', 'company'], ['compania', 'company'], ['companhia', 'company'], ['compagnie', 'company'], ['société', 'company'],
  ['societe', 'company'], ['società', 'company'], ['sociedad', 'company'], ['sociedade', 'company'], ['empresa', 'company'],
  ['industrias', 'company'], ['indústrias', 'company'], ['petróleos', 'company'], ['aerolíneas', 'company'],
  ['ferrovie', 'company'], ['correos', 'company'], ['cooperativa', 'company'], ['fabbrica', 'company'], ['aerolineas', 'company'],
  ['instituto', 'organization'], ['istituto', 'organization'], ['institut', 'organization'], ['fundación', 'organization'],
  ['fundação', 'organization'], ['fondazione', 'organization'], ['fondation', 'organization'], ['stiftung', 'organization'],
  ['universidad', 'organization'], ['universidade', 'organization'], ['università', 'organization'], ['université', 'organization'],
  ['universitas', 'organization'], ['museo', 'organization'], ['musée', 'organization'], ['museu', 'organization'],
  ['ministerio', 'ministry'], ['ministério', 'ministry'], ['ministère', 'ministry'], ['ministero', 'ministry'],
  ['agencia', 'agency'], ['agência', 'agency'], ['agenzia', 'agency'], ['agence', 'agency'], ['autorità', 'regulator'],
  ['autoridad', 'regulator'], ['comisión', 'organization'], ['comissão', 'organization'], ['commissione', 'organization'],
  ['consejo', 'council'], ['conselho', 'council'], ['consiglio', 'council'], ['conseil', 'council'],
  ['tribunal', 'court'], ['tribunale', 'court'], ['corte', 'court'], ['cour', 'court'], ['bundesamt', 'agency'],
  ['bundesanstalt', 'agency'], ['klinikum', 'organization'], ['hospital', 'organization'], ['ospedale', 'organization'],
  ['hôpital', 'organization'], ['kementerian', 'ministry'], ['badan', 'agency'], ['dinas', 'agency'], ['bank', 'bank'],
  // Companies, unions, parties and public bodies of Romance, German, Turkish and Indonesian names.
  ['deutsche', 'company'], ['österreichische', 'company'], ['schweizerische', 'company'], ['nederlandse', 'company'],
  ['compagnia', 'company'], ['azienda', 'company'], ['consorcio', 'company'], ['consórcio', 'company'], ['consorzio', 'company'],
  ['corporación', 'company'], ['corporacion', 'company'], ['corporação', 'company'], ['laboratorios', 'company'],
  ['laboratórios', 'company'], ['laboratoires', 'company'], ['laboratorio', 'company'], ['transportes', 'company'],
  ['transportadora', 'company'], ['construtora', 'company'], ['constructora', 'company'], ['inmobiliaria', 'company'],
  ['imobiliária', 'company'], ['cervecería', 'company'], ['cervejaria', 'company'], ['minera', 'company'],
  ['mineração', 'company'], ['siderúrgica', 'company'], ['siderurgica', 'company'], ['petróleo', 'company'],
  ['editora', 'company'], ['ediciones', 'company'], ['éditions', 'company'], ['edizioni', 'company'],
  ['verlag', 'company'], ['líneas', 'company'], ['linhas', 'company'], ['linee', 'company'], ['ferrocarriles', 'company'],
  ['stadtwerke', 'company'], ['ferrovias', 'company'], ['chemins', 'company'], ['autopistas', 'company'], ['autostrade', 'company'], ['aeroporti', 'company'],
  ['aeropuertos', 'company'], ['aeroportos', 'company'], ['aéroports', 'company'], ['poste', 'company'], ['correios', 'company'],
  ['telefónica', 'company'], ['telecomunicaciones', 'company'], ['telecomunicações', 'company'], ['perusahaan', 'company'],
  ['bolsa', 'company'], ['borsa', 'company'], ['bourse', 'company'], ['holding', 'company'], ['grup', 'company'],
  ['federación', 'organization'], ['federacion', 'organization'], ['federação', 'organization'], ['federazione', 'organization'],
  ['fédération', 'organization'], ['asociación', 'organization'], ['associação', 'organization'], ['associazione', 'organization'],
  ['confederación', 'organization'], ['confederação', 'organization'], ['confederazione', 'organization'], ['confédération', 'organization'],
  ['sindicato', 'union'], ['sindacato', 'union'], ['syndicat', 'union'], ['gewerkschaft', 'union'],
  ['partido', 'party'], ['partito', 'party'], ['parti', 'party'], ['partidul', 'party'], ['partai', 'party'], ['movimiento', 'party'],
  ['movimento', 'party'], ['mouvement', 'party'],
  ['secretaría', 'ministry'], ['secretaria', 'ministry'], ['procuraduría', 'agency'], ['fiscalía', 'agency'], ['defensoría', 'agency'],
  ['contraloría', 'agency'], ['procura', 'agency'], ['procuradoria', 'agency'], ['alcaldía', 'government'], ['prefeitura', 'government'],
  ['ayuntamiento', 'government'], ['municipalidad', 'government'], ['intendencia', 'government'], ['gobernación', 'government'],
  ['gobierno', 'government'], ['governo', 'government'], ['gouvernement', 'government'], ['generalitat', 'region'],
  ['xunta', 'region'], ['diputación', 'region'], ['regione', 'region'], ['provincia', 'region'], ['comune', 'government'],
  ['policía', 'agency'], ['polícia', 'agency'], ['polizia', 'agency'], ['gendarmería', 'military'], ['ejército', 'military'],
  ['exército', 'military'], ['esercito', 'military'], ['armée', 'military'], ['bundeswehr', 'military'],
  ['servicio', 'agency'], ['serviço', 'agency'], ['servizio', 'agency'], ['dirección', 'agency'], ['direção', 'agency'],
  ['direzione', 'agency'], ['oficina', 'agency'], ['ufficio', 'agency'], ['superintendencia', 'regulator'],
  ['superintendência', 'regulator'], ['comisión', 'organization'], ['cámara', 'legislature'], ['câmara', 'legislature'],
  ['camera', 'legislature'], ['chambre', 'legislature'], ['senado', 'legislature'], ['asamblea', 'legislature'],
  ['assembleia', 'legislature'], ['assemblée', 'legislature'], ['dewan', 'legislature'], ['majelis', 'legislature'],
  ['pemerintah', 'government'], ['lembaga', 'agency'], ['komisi', 'organization'], ['clínica', 'organization'],
  ['escuela', 'organization'], ['escola', 'organization'], ['scuola', 'organization'], ['école', 'organization'],
  ['academia', 'organization'], ['accademia', 'organization'], ['académie', 'organization'], ['teatro', 'organization'],
  ['théâtre', 'organization'], ['orquesta', 'organization'], ['orquestra', 'organization'], ['clube', 'club'],
  ['rede', 'media'], ['emisora', 'media'], ['cadena', 'media'], ['diario', 'media'], ['jornal', 'media'], ['giornale', 'media'],
  ['gazeta', 'media'], ['gazzetta', 'media'], ['periódico', 'media'], ['revista', 'media'], ['rivista', 'media'],
  ['atlético', 'club'], ['atletico', 'club'], ['deportivo', 'club'], ['olympique', 'club'], ['dynamo', 'club'],
  ['dinamo', 'club'], ['spartak', 'club'], ['lokomotiv', 'club'], ['sporting', 'club'], ['junta', 'government'],
]);
// Words that make a capitalized name a broadcaster: "Stella TV", "Radio Libertad", "Canal Sur".
export const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set([
  'TV', 'FM', 'Radio', 'Rádio', 'Canal', 'Channel', 'Kanal', 'Televisión', 'Televisão', 'Télévision', 'Televisione',
  'Telewizja', 'Televizija', 'Televiziunea', 'Televizyon', 'Televisi', 'Télé', 'Rete', 'Radiotelevisión', 'Radiotelevisione',
  'Rundfunk', 'Fernsehen', 'Telecanal', 'Teleradio', 'Radyo', 'Radiodiffusion', 'Broadcasting', 'Television',
]);
// Capitalized words a number follows that are no organization: "Article 5 says", "Game 7".
export const NUMBERED_THINGS: ReadonlySet<string> = new Set([
  'article', 'section', 'chapter', 'paragraph', 'clause', 'rule', 'amendment', 'title', 'book', 'part', 'psalm', 'psalms',
  'figure', 'table', 'room', 'gate', 'terminal', 'route', 'highway', 'interstate', 'platform', 'level', 'phase', 'stage',
  'day', 'week', 'game', 'round', 'episode', 'season', 'volume', 'verse', 'act', 'scene', 'canto', 'model', 'type',
  'class', 'category', 'grade', 'year', 'block', 'unit', 'floor', 'ward', 'lot', 'bus', 'flight', 'train', 'line', 'pier',
  'berth', 'exit', 'junction', 'zone', 'sector', 'camp', 'district', 'precinct', 'cell', 'division', 'battalion',
  'regiment', 'apollo', 'windows', 'iphone', 'boeing', 'airbus', 'genesis', 'exodus', 'leviticus', 'numbers',
  'deuteronomy', 'proverbs', 'isaiah', 'jeremiah', 'ezekiel', 'matthew', 'mark', 'luke', 'john', 'acts', 'romans',
  'corinthians', 'galatians', 'ephesians', 'hebrews', 'revelation', 'job', 'ruth', 'daniel', 'samuel', 'kings',
  'chronicles', 'esther', 'ecclesiastes', 'item', 'number', 'no', 'page', 'law', 'bill', 'resolution', 'directive',
  'regulation', 'decree', 'order', 'protocol', 'annex', 'appendix', 'schedule', 'step', 'lesson', 'problem',
  'question', 'exercise', 'note', 'point', 'track', 'disc', 'opus', 'symphony', 'sonata', 'concerto', 'op', 'vol',
  'chap', 'fig', 'sec', 'art', 'pt', 'ch', 'vs', 'mile', 'lane', 'street', 'avenue', 'road', 'box', 'suite', 'apt',
  'apartment', 'building', 'hall', 'lab', 'studio', 'stall', 'seat', 'row', 'court', 'field', 'hole', 'lap', 'heat',
  'match', 'leg', 'set', 'inning', 'quarter', 'half', 'period', 'door', 'window', 'tower', 'pavilion', 'hangar',
  'reactor', 'engine', 'car', 'coach', 'carriage', 'wagon', 'cabin', 'deck', 'tank', 'well', 'mine', 'shaft', 'pit',
  'plot', 'tract', 'parcel', 'sheet', 'form', 'version', 'release', 'edition', 'series', 'issue', 'number', 'patient',
  'subject', 'case', 'witness', 'victim', 'suspect', 'prisoner', 'inmate', 'agent', 'officer', 'player', 'number',
  'covid', 'sars', 'mers', 'falcon', 'soyuz', 'starship', 'saturn', 'vostok', 'sputnik', 'gemini', 'mercury', 'voyager',
  'pioneer', 'leopard', 'patriot', 'proposition', 'measure', 'initiative', 'area', 'hurricane', 'storm', 'typhoon',
  'cyclone', 'station', 'pad', 'launch', 'mission', 'operation', 'exercise', 'formula', 'catch', 'agenda', 'vision',
]);
// Plural or mass nouns that end a company's name ("Aegis Tankers", "Volta Motors", "Sino
// Resources"); only in a capitalized chunk of two words or more.
export const COMPANY_TAILS: ReadonlySet<string> = new Set([
  'tankers', 'motors', 'industries', 'technologies', 'systems', 'pharmaceuticals', 'pharma', 'foods', 'brands',
  'resources', 'partners', 'communications', 'enterprises', 'investments', 'properties', 'minerals', 'metals', 'mines',
  'ventures', 'labs', 'networks', 'solutions', 'logistics', 'shipping', 'energy', 'petroleum', 'mining', 'electric',
  'electronics', 'steel', 'steelworks', 'chemicals', 'textiles', 'insurance', 'securities', 'bancorp', 'financial',
  'aviation', 'aerospace', 'shipyards', 'refineries', 'entertainment', 'studios', 'pictures', 'publishing', 'motor',
  'biotech', 'therapeutics', 'biosciences', 'semiconductor', 'semiconductors', 'robotics', 'dynamics', 'automotive',
  'developments', 'realty', 'lines', 'line', 'cargo', 'freight', 'petrochemicals', 'cement', 'textile', 'telecoms',
  'mobile', 'wireless', 'cable', 'power', 'utilities', 'water', 'gas', 'oil', 'mills', 'breweries', 'brewery',
  'distillery', 'dairies', 'farms', 'fisheries', 'foundry', 'works', 'shipyard', 'motorworks', 'capital', 'asset management',
  // ... and the words that end German, Turkish and English group names ("Ziraat Bankası", "Stadtwerke München" is a lead).
  'trust', 'bankası', 'grubu', 'holding', 'gruppe', 'konzern', 'werke', 'telekom', 'telecom', 'versicherung', 'bahn', 'rail',
  'transport', 'transit', 'hotels', 'resorts', 'casinos', 'supermarkets', 'beverages', 'brewing', 'tobacco', 'plastics',
  'packaging', 'construction', 'engineering', 'consulting', 'healthcare', 'retail', 'apparel', 'cosmetics', 'software',
  'gaming', 'maritime', 'leasing', 'finance', 'payments', 'assurance', 'reinsurance', 'airlines', 'airways', 'media',
]);
// Plural or team words that end a sports club's name ("Msimbazi Stars", "Bolton Wanderers",
// "Atlas Athletic", "Kaizer Chiefs"); only in a capitalized chunk of two words or more.
export const CLUB_TAILS: ReadonlySet<string> = new Set([
  'stars', 'rovers', 'wanderers', 'rangers', 'athletic', 'hotspur', 'albion', 'chiefs', 'pirates', 'warriors',
  'fc', 'sc', 'afc', 'cf', 'united', 'academicals',
]);
// Non-human nouns English may call "she" (ships): they do not block a "his".
export const FEMININE_THINGS: ReadonlySet<string> = new Set(['vessel', 'ship', 'tanker', 'boat', 'yacht', 'ferry', 'frigate', 'liner', 'freighter', 'carrier']);
// After ", who": what a government or an institution does even in sports copy ("Kazakhstan, who
// paid the prize money", "Qatar, who hosted the cup").
export const GOVERNMENT_WHO_VERBS: ReadonlySet<string> = new Set([
  'paid', 'pays', 'funded', 'funds', 'financed', 'finances', 'hosted', 'hosts', 'spent', 'spends', 'imposed', 'imposes',
  'banned', 'bans', 'signed', 'signs', 'ratified', 'ratifies', 'annexed', 'annexes', 'invaded', 'invades', 'borders',
  'pledged', 'pledges', 'introduced', 'introduces', 'passed', 'legalised', 'legalized', 'recognised', 'recognized',
  'sponsored', 'sponsors', 'subsidises', 'subsidizes', 'subsidised', 'subsidized', 'owns', 'owned', 'governs', 'governed',
  'built', 'builds', 'levied', 'levies', 'taxes', 'taxed', 'exports', 'imports', 'produces', 'produced',
]);
