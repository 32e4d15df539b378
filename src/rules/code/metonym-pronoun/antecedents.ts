/**
 * Antecedents for the metonym-pronoun rules: which noun phrase a he/his/she/her/who most likely
 * points back to, and whether that is a person or a place/institution standing for one.
 *
 * Not a rule (the rules are the other files of this folder); each rule builds one analysis per
 * document, and everything in it is computed on demand: the sentences around a pronoun, the
 * facts about one name, the tags of one sentence. The heuristic, in the order it is applied:
 *
 * 1. Mentions. Each sentence is scanned for
 *    - capitalized chunks ("Bank of Japan", "Foreign Minister Sergey Lavrov", "Moscow"), matched
 *      against the gazetteers (world-countries, metonym-regions.txt for states, provinces and big
 *      cities, metonym-institutions.txt; "US Federal Reserve" is a place before an institution)
 *      and classified: a title
 *      or a known first name makes a person ("George Washington", "Georgia Radu"), a head noun
 *      makes an institution ("Taganskiy Regional Court"), a place followed by one more capitalized
 *      word is a person ("Paris Hilton"); a foreign word for a company or a public body opening
 *      a name ("Banco de la Nación", "Aerolíneas del Sur", "Junta de Andalucía"), a broadcaster's
 *      word ("Stella TV", "Radio Libertad"), capitals with digits ("TF1") or a number between the
 *      name and a verb ("Horizon 24 said", "Canal Sur 7, who") make an institution;
 *    - lower-case institution heads with a determiner ("the central bank", "the portuguese club",
 *      "the Italian central bank", "the Indian state of Kerala", "the opposition party", "the
 *      Russian side", "the rebel faction"; not "the home side", "the movement of goods");
 *    - lower-case person nouns and titles ("a spokesman", "the nurse", "officials"), but not as
 *      modifiers of an institution ("the UN refugee agency");
 *    - he/she pronouns, which are persons unless this analysis resolved them to an institution.
 *    Each place/institution gets a role from its neighbours: location ("in Washington", a dateline
 *    "Moscow:"), complement ("the head of the bank"), possessive ("Washington’s demands"),
 *    modifier ("a Moscow court", checked with POS only here) or actor.
 * 2. Document facts about a name, learned from its other occurrences when a sentence needs them:
 *    surnames of named persons ("Lavrov" after "Sergey Lavrov", with the first name's gender),
 *    institutions introduced by a head noun or an appositive ("club Nacional", "Roskomnadzor, the
 *    federal service"), places the text uses as places ("in Washington", or its country named:
 *    "US" makes "Washington" the capital, not Denzel), and whether it is a sports story.
 * 3. Resolution of a he/his/she/her/himself/herself: walk back from it to the nearest mention
 *    that can be an antecedent: persons always (named, titled, "the nurse", another he/she,
 *    an unknown name that acts like one: "Ivanov denied"); places and institutions only as
 *    actors or possessives, not as locations, modifiers or objects ("Police told the court he").
 *    Fire only when that nearest mention is a place/institution and no person who could be meant
 *    (same gender, or unknown gender unless the story so far has only used the other pronoun) is
 *    named earlier in the sentence or in the two sentences before. Two constructions bind the
 *    pronoun to the institution whatever comes before: "X and his/her N" (only same-sentence
 *    persons block), "X said in his statement", "X, for his part", and his/her before what
 *    only an institution or a country has ("the bank raised his key rate", "for the first time
 *    in his history", "her borders"). A fronted "In her statement, the ministry said…" points
 *    forward to the subject after the comma. A sentence-initial pronoun with nothing
 *    before it looks at the sentence before (its subject must be the institution, with no person
 *    three sentences back).
 *    Never flagged: a pronoun in quotes or right after one ("…,” he said"), an object ("the
 *    hospital hired him"), an appositive ("Nacional, his first club"), a clause after a verb of
 *    deciding about someone ("the court ordered that he"), a subject after a fronted adverbial
 *    ("After 20 years at the bank, she"), a pronoun whose verb only a person does ("she had
 *    resigned", "he was arrested"), "he/she", a capitalized "He" inside a sentence (the deity).
 *    A "He…" after an army, a newspaper or a lab, or after an indefinite NP ("a magazine"), is
 *    not taken back to it.
 *    Frames that outweigh a person named nearby: a he/she whose verb no person takes ("she was
 *    founded in 1990", "he is headquartered"); "A spokesman for the operator, Hanoi Metro, said
 *    she" (the person noun has the other gender; no person of the pronoun's gender named before);
 *    a company or bank "said he" about its business ("expected synergies", "would cut jobs") when
 *    the only people near are government officials; a sentence whose subject is a pronoun of the
 *    other gender ("She said China was ready to share his experience": the unnamed-gender people
 *    before are hers); a country acting on its payroll or prices ("France pays her teachers").
 * 4. "who"/"whom" after ", ": the mention ending right before the comma, or the head of an
 *    of-chain ("the ministry of finance of Japan, who"), must be a place or an institution of a
 *    class that takes "which"; clubs, parties, unions, councils and anything in sports copy may
 *    take "who" (British usage), but not with a singular verb ("the club, who plays"). A
 *    restrictive "who" with no comma is flagged only right after a lower-case institution noun
 *    with a determiner ("the ministry who approved"), not in a cleft ("it was the government
 *    who") or after a preposition ("people at the bank who").
 */
import type { Doc, Sentence, Token } from '../../../text/document.js';
import { normalize } from '../../../text/tokenize.js';
import { loadMetonymLexicon, type Gender, type KnownName, type MetonymLexicon } from '../../../data/metonym-lexicon.js';
import { COMMON_WORDS } from '../capitalization/lexicon.js';
import {
  ADJECTIVAL_PERSON_NOUNS,
  ADVERBIAL_OPENERS,
  BLOC_ADJECTIVES,
  AUXILIARIES,
  CATAPHORA_PREPS,
  CLOSE_QUOTES,
  CONDITIONAL_SUBORDINATORS,
  CLUB_TAILS,
  COMPANY_TAILS,
  CONNECTORS,
  DETS,
  FEMININE_THINGS,
  FOREIGN_LEAD_HEADS,
  GOVERNMENT_WHO_VERBS,
  DIRECTIVE_VERBS,
  FRONTED_PREPS,
  GEO_ADJECTIVES,
  HISTORY_MODIFIERS,
  HONORIFICS,
  INSTITUTION_POSSESSIONS,
  LOCATION_PREPS,
  MEDIA_NAME_WORDS,
  MODALS,
  NAME_ONLY_HEADS,
  NOT_BEFORE_PERSON,
  NUMBERED_THINGS,
  OBJECT_PREPS,
  OPEN_QUOTES,
  OPERATOR_KINDS,
  PERSON_LIKE_PLACES,
  PERSON_ONLY_PASSIVES,
  PERSON_ONLY_VERBS,
  POLITICAL_MODIFIERS,
  PLURAL_ACTORS,
  PREDICATE_VERBS,
  RESTRICTIVE_WHO_HEADS,
  SIDE_MODIFIERS,
  SINGULAR_AUX,
  SPEECH_VERBS,
  SPORTS_SENTENCE_WORDS,
  SPORTS_WORDS,
  STATEMENT_NOUNS,
  STOP,
  VERBISH,
  WEAK_HEADS,
  WHO_ADVERBS,
  WHO_NP_MODIFIERS,
  WHO_OK_CLASSES,
} from './words.js';

/**
 * The word lists, parsed once when the rules are loaded and shared by the three rules of this
 * folder (read-only; about 30 ms, mostly world-countries' JSON).
 */
export const METONYM_LEXICON: MetonymLexicon = loadMetonymLexicon();

export type Role = 'actor' | 'location' | 'possessive' | 'complement' | 'modifier';

export interface Mention {
  readonly kind: 'person' | 'institution' | 'place';
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  /** For persons; 'u' for places and institutions. */
  readonly gender: Gender;
  /** country | capital for places, the institution class (bank, court, club...) otherwise. */
  readonly cls: string;
  readonly role: Role;
  /** How the text names it ("the Bank of Japan", "Health Ministry", "club"). */
  readonly name: string;
  /** The next word may make this a modifier ("the court case"): ask the tagger before using it. */
  readonly checkNext?: boolean;
  /** A person noun that is often an adjective ("official data"): ask the tagger. */
  readonly checkSelf?: boolean;
  /** A he/she pronoun. */
  readonly pronoun?: boolean;
  /** An unknown name ("Ivanov", "Xinhua"): may be a person, so it stops the walk and blocks. */
  readonly maybe?: boolean;
  /** A place only because the text puts it after "in" ("buildings in Padang"): binds only what a place owns ("her residents"). */
  readonly weakPlace?: boolean;
  /** An institution only by its clause ("the museum said"): the suspect tier leaves it alone. */
  readonly weakBody?: boolean;
}

export const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** What a body reports as its own: "the federation said his rules", "the office said her figures". */
const BODY_OWNED: ReadonlySet<string> = new Set([
  'rules', 'regulations', 'statutes', 'figures', 'data', 'statistics', 'records', 'accounts', 'inspectors', 'officers',
  'experts', 'investigators', 'staff', 'employees', 'members', 'shareholders', 'customers', 'clients', 'subscribers',
  'branches', 'factories', 'plants', 'network', 'budget', 'investigation', 'inquiry', 'audit', 'report', 'survey',
]);
/** "every producer", "each exporter": a generic person, the old generic "he". */
const GENERIC_DETERMINERS = new Set(['every', 'each', 'any', 'no', 'whichever', 'whatever']);
/** How many tokens back a he/she looks for its antecedent within its sentence. */
const MENTION_WINDOW = 150;

/** Verbs that report what a government says: "France said she would" is a gendered source language, not a dated "she". */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'announces', 'declared', 'declares', 'stated', 'states', 'warned', 'warns', 'insisted',
  'insists', 'promised', 'promises', 'confirmed', 'confirms', 'indicated', 'indicates', 'stressed', 'stresses',
  'reiterated', 'reiterates', 'vowed', 'vows', 'pledged', 'pledges', 'threatened', 'threatens', 'signalled', 'signaled',
  'signals', 'argued', 'argues', 'replied', 'replies', 'responded', 'responds', 'added', 'adds',
]);
/** What may stand between a country and its reporting verb: "France has also said". */
const BEFORE_REPORTING: ReadonlySet<string> = new Set(['has', 'had', 'have', 'also', 'again', 'already', 'previously', 'officially', 'publicly', 'repeatedly', 'earlier']);
/**
 * What only a state's economy or government has: "Argentina devalued her currency" is a gendered
 * source language; native English that makes a country "she" writes of her people, allies,
 * neighbours, borders or president, never of her currency or imports.
 */
const STATE_ECONOMY: ReadonlySet<string> = new Set([
  'currency', 'economy', 'exports', 'imports', 'gdp', 'inflation', 'deficit', 'budget', 'tariffs', 'output', 'growth',
  'unemployment', 'banks', 'reserves', 'bonds', 'stocks',
  // A state's payroll, prices and public accounts: "France pays her teachers less".
  'teachers', 'doctors', 'nurses', 'civil', 'pensioners', 'pensions', 'salaries', 'wages', 'debt', 'debts', 'spending',
  'taxes', 'taxpayers', 'revenue', 'revenues', 'subsidies', 'tariff', 'prices', 'fuel', 'electricity', 'gas', 'oil',
  'interest', 'rates', 'exporters', 'importers', 'manufacturers', 'carmakers', 'automakers', 'farm', 'gold', 'deposits',
  'inflation', 'productivity', 'competitiveness', 'wheat', 'grain', 'coal', 'steel', 'airlines', 'railways', 'hospitals',
  'export', 'import',
]);
/**
 * What a state has among states: "Tehran will ask his neighbours", "Jordan has asked her Gulf
 * partners". Bound to a country or capital only when it is the subject of the pronoun's own
 * clause (CLAUSE_AUX words and one verb between them): a person of the story before has neighbours
 * too, but is not who "Tehran will ask" them. Not troops, diplomats or envoys: a general or an
 * ambassador the story named has those ("Washington has thanked his soldiers").
 */
const STATE_RELATIONS: ReadonlySet<string> = new Set([
  'neighbours', 'neighbors', 'allies', 'partners', 'creditors', 'lenders', 'contracts', 'commitments', 'obligations',
]);
/**
 * A stance one can only express as one's own: "Berlin has promised his support", "the ministry
 * expressed her deep concern". After EXPRESS_VERBS, his/her before a STANCE_NOUNS noun is the
 * subject's, so it binds to the country, capital or institution acting (a person named before
 * cannot have their support pledged by Berlin). Not "confirmed his position" (someone else's).
 */
const EXPRESS_VERBS: ReadonlySet<string> = new Set([
  'express', 'expressed', 'expresses', 'expressing', 'voice', 'voiced', 'voices', 'reaffirm', 'reaffirmed', 'reaffirms',
  'reiterate', 'reiterated', 'reiterates', 'pledge', 'pledged', 'pledges', 'promise', 'promised', 'promises',
  'offer', 'offered', 'offers', 'extend', 'extended', 'extends', 'convey', 'conveyed', 'conveys', 'lend', 'lent', 'lends',
  'renew', 'renewed', 'renews', 'declare', 'declared', 'declares', 'signal', 'signalled', 'signaled', 'signals',
]);
const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'support', 'backing', 'solidarity', 'condolences', 'sympathy', 'sympathies', 'concern', 'concerns', 'gratitude',
  'appreciation', 'readiness', 'willingness', 'commitment', 'opposition', 'determination', 'disappointment', 'regret',
  'dissatisfaction', 'displeasure', 'objection', 'objections', 'reservations', 'congratulations', 'thanks', 'intention',
  'intent', 'resolve', 'indignation', 'outrage', 'alarm',
]);
const STATE_OWN: ReadonlySet<string> = new Set([...STATE_RELATIONS, ...STANCE_NOUNS]);
/** The words of a verb group between a country and the possessive of its own clause ("has asked", "will not ask"). */
const CLAUSE_AUX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'is', 'was', 'also', 'not',
  'already', 'again', 'now', 'still', 'never',
]);
/** What a firm has and a person does not: "Deltanet, whose network covers the south", "Medtrix's plants". */
const FIRM_ASSETS: ReadonlySet<string> = new Set([
  'network', 'networks', 'plant', 'plants', 'factory', 'factories', 'headquarters', 'subsidiary', 'subsidiaries',
  'shareholders', 'fleet', 'revenue', 'revenues', 'turnover', 'mines', 'branches', 'stores', 'outlets', 'refinery',
  'refineries', 'pipeline', 'pipelines', 'grid', 'workforce', 'trains', 'buses', 'flights', 'ceo',
]);
/** What a text that names a firm by what it has learns about the name. */
const FIRM: Learned = { kind: 'institution', gender: 'u', cls: 'company' };
/** The article of a two-word connector: "de la", "von der", "de los". */
const SECOND_CONNECTORS: ReadonlySet<string> = new Set(['la', 'las', 'los', 'le', 'les', 'der', 'den', 'het', 'lo', 'gli']);
/** Lower-case heads that "of" turns into a quantity or a process: "the movement of goods", "a chain of events". */
const OF_NOT_INSTITUTION: ReadonlySet<string> = new Set(['movement', 'chain', 'panel', 'channel', 'faction', 'side', 'station', 'militia', 'management', 'contingent']);
/** Institution classes that report on their own business ("Banco Horizonte said he expected…"). */
const COMMERCIAL_CLASSES: ReadonlySet<string> = new Set(['company', 'bank', 'media']);
/** What a company's or a bank's reported clause is about: "said he expected synergies", "would cut 500 jobs". */
const BUSINESS_OBJECTS: ReadonlySet<string> = new Set([
  'synergy', 'synergies', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'dividend', 'dividends', 'branches',
  'jobs', 'plants', 'factories', 'factory', 'stores', 'shops', 'outlets', 'flights', 'routes', 'fares', 'shares',
  'buyback', 'bonds', 'output', 'production', 'capacity', 'subscribers', 'customers', 'clients', 'depositors', 'deposits',
  'loans', 'mortgages', 'lending', 'vehicles', 'cars', 'models', 'earnings', 'margins', 'margin', 'losses', 'writedown',
  'write-down', 'merger', 'acquisition', 'stake', 'takeover', 'ipo', 'listing', 'investors', 'shareholders',
  'reais', 'euros', 'dollars', 'yuan', 'yen', 'rupees', 'pesos', 'rubles', 'roubles', 'lira', 'pounds', 'billion', 'million',
  'viewers', 'listeners', 'advertisers', 'broadcasts', 'programming', 'frequencies', 'licence', 'license', 'network',
  'employees', 'staff', 'workforce', 'layoffs', 'redundancies', 'headcount', 'prices', 'tariffs', 'orders', 'deliveries',
  'shipments', 'exports', 'imports', 'turnover', 'ebitda', 'guidance', 'forecast', 'outlook', 'costs', 'savings',
]);
/** Participles of saying that open a phrase after a clause: "…, saying in his statement". */
const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'stressing', 'explaining', 'stating', 'announcing', 'declaring', 'insisting', 'warning']);
/** Words between "said" and the pronoun of a report: "said last month he", "said on Monday that she". */
const REPORT_FILLERS: ReadonlySet<string> = new Set([
  'that', 'on', 'last', 'this', 'week', 'month', 'year', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'yesterday', 'today', 'earlier', 'late', 'also',
]);
/** The auxiliaries of the reported verb: "he would", "she had also", "he was" (owed). */
const SCALE_AUX: ReadonlySet<string> = new Set(['would', 'will', 'had', 'has', 'was', 'is', 'also', 'not', 'further', 'still', 'now', 'soon']);
/** What an institution does at scale: invest, allocate, borrow, build, buy, sell bills, add capacity, is owed. */
const SCALE_VERBS: ReadonlySet<string> = new Set([
  'invest', 'allocate', 'spend', 'borrow', 'issue', 'build', 'buy', 'purchase', 'sell', 'add', 'release', 'import',
  'export', 'owed', 'raise', 'disburse', 'earmark', 'produce', 'supply', 'install',
]);
/** Amounts and quantities only an institution deals in. */
const SCALE_WORDS: ReadonlySet<string> = new Set([
  'billion', 'billions', 'million', 'millions', 'trillion', 'gigawatt', 'gigawatts', 'megawatt', 'megawatts', 'gw', 'mw',
  'capacity', 'bills', 'bonds', 'treasuries', 'storage', 'tonnes', 'barrels',
  'ringgit', 'kronor', 'kroner', 'crowns', 'reais', 'rupees', 'yuan', 'won', 'pesos',
]);
/** Titles of government people: they speak about a company, not for it. */
const GOVERNMENT_TITLES: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'lawmaker', 'lawmakers', 'senator', 'mayor', 'ambassador', 'premier', 'chancellor',
  'congressman', 'congresswoman', 'legislator', 'mp', 'deputy', 'secretary', 'commissioner', 'regulator', 'prosecutor',
]);
/** Words after a verb, not after a plural noun subject: "who broadcasts since", "who owns the". */
const VERB_FOLLOWERS: ReadonlySet<string> = new Set(['since', 'the', 'a', 'an', 'its', 'their', 'more', 'about', 'over', 'across', 'from', 'to', 'in', 'on', 'at', 'for', 'with', 'under', 'through', 'most', 'all', 'two', 'three', 'several', 'many']);
/** Passives only an institution takes: "she was founded in 1990". */
const INSTITUTION_ONLY_PASSIVES: ReadonlySet<string> = new Set([
  'founded', 'headquartered', 'privatised', 'privatized', 'nationalised', 'nationalized', 'demutualised', 'demutualized',
  'state-owned', 'majority-owned', 'wholly-owned', 'capitalised', 'capitalized', 'recapitalised', 'recapitalized', 'merged',
]);
/** What links a spokesman to the body it speaks for: "a spokesman for the ministry". */
const SPOKES_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'at']);
/** Prepositions a sentence-initial common noun takes its complement with ("Demand for", "Interest to"). */
const NOUN_COMPLEMENT_PREPS: ReadonlySet<string> = new Set(['to', 'for', 'in']);
/** Prepositions after a participle that opens a sentence: "Compared with", "Based on". */
const OPENER_PREPS: ReadonlySet<string> = new Set(['with', 'to', 'by', 'in', 'on', 'at', 'from', 'for', 'about', 'after', 'before', 'under', 'against', 'into', 'over', 'as']);
/** Words after a gerund that opens a sentence with its object: "Tightening the border". */
const GERUND_OBJECTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such']);
/** Possessive determiners: "in our Diplomatic Service". */
const OWNERS = new Set(['our', 'their', 'its', 'your', 'my', 'his', 'her']);

// Capitals that are also people's names (PERSON_LIKE_PLACES) but are rarely a person who
// "announces" or "warns" in news copy; with one of GOVERNMENT_VERBS they stand for a government.
// Partners only a state has in news copy: "Washington and his allies".
const ALLY_NOUNS: ReadonlySet<string> = new Set(['allies', 'partners', 'western', 'european', 'nato', 'coalition', 'neighbours', 'neighbors', 'satellites', 'proxies']);
const GOVERNMENT_CAPITALS: ReadonlySet<string> = new Set([
  'Berlin', 'Paris', 'London', 'Vienna', 'Dublin', 'Lima', 'Tunis', 'Colombo', 'Valletta', 'Nassau', 'Washington', 'Santiago', 'Roma',
]);
// Institution classes that speak for a government, for the "X said he" frame.
const GOVERNMENT_CLASSES: ReadonlySet<string> = new Set(['government', 'ministry', 'agency', 'regulator', 'bank', 'legislature', 'region']);
// Institutions whose sentence a next "He…"/"She…" is rarely about (crossSentence).
const NO_CROSS_SENTENCE_CLASSES: ReadonlySet<string> = new Set(['military', 'media', 'lab']);
// Sources that report on a person: "According to the hospital, she is stable".
const REPORTS_ON_PEOPLE: ReadonlySet<string> = new Set([
  'hospital', 'clinic', 'court', 'police', 'club', 'team', 'university', 'school', 'prison', 'family', 'lawyer', 'agent',
]);
/** Asking someone to do something for the asker: "has asked Greece to send her", "urged anyone to contact him". */
const ASKING_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'request', 'requests', 'requested', 'requesting',
  'invite', 'invites', 'invited', 'inviting', 'encourage', 'encourages', 'encouraged', 'encouraging',
]);
/** What the one asked does toward the asker: "to send her a plan", "to contact him", "to report any shortage to her". */
const TOWARD_VERBS: ReadonlySet<string> = new Set([
  'send', 'submit', 'report', 'contact', 'inform', 'notify', 'return', 'hand', 'forward', 'give', 'provide', 'deliver',
  'show', 'supply', 'transfer', 'present', 'disclose', 'explain', 'reply', 'respond', 'answer', 'alert', 'brief', 'update',
  'email', 'e-mail', 'write',
]);
/** TOWARD_VERBS whose object is the one reached: "to contact him", "to inform her". */
const CONTACT_VERBS: ReadonlySet<string> = new Set(['contact', 'inform', 'notify', 'alert', 'brief', 'update', 'email', 'e-mail', 'answer']);
/** Adverbs between "and" and a second verb sharing the first one's object: "and also banned her". */
const SHARED_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'temporarily', 'permanently', 'effectively', 'formally']);
/** Particles after a verb's object: "hand him over", "send him back". */
const PARTICLES: ReadonlySet<string> = new Set(['back', 'over', 'home', 'away', 'out', 'in', 'up', 'off', 'down', 'on', 'along', 'abroad', 'there', 'here']);
/** Words between an asking verb's subject and the verb: "has also asked", "had repeatedly urged". */
const ASKING_AUX: ReadonlySet<string> = new Set([...CLAUSE_AUX, 'repeatedly', 'formally', 'officially', 'publicly', 'previously', 'earlier', 'recently']);
/** Conjunctions that open a clause whose subject follows: "because the operator recorded a loss". */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'since', 'although', 'though', 'while', 'whereas', 'after', 'when', 'as']);
/** Bodies whose statements are mostly about the pupils, patients or animals in their care: "the zoo said she was eating well". */
const WARD_KEEPERS: ReadonlySet<string> = new Set(['school', 'college', 'academy', 'clinic', 'zoo']);
// Surnames that look like plurals of common nouns ("Banks", "Wells"): a sentence may open with them.
const SURNAME_PLURALS: ReadonlySet<string> = new Set([
  'banks', 'brooks', 'wells', 'fields', 'mills', 'rogers', 'roberts', 'evans', 'jones', 'williams', 'harris', 'davies',
  'edwards', 'richards', 'matthews', 'peters', 'hughes', 'phillips', 'sims', 'hawkins', 'adams', 'collins', 'stevens',
  'watts', 'burns', 'childs', 'sands', 'woods', 'waters', 'holmes', 'stokes', 'knowles', 'giles', 'myers', 'sanders',
  'owens', 'reeves', 'hayes', 'barnes', 'hodges', 'bridges', 'rhodes', 'gates', 'hopkins', 'perkins', 'watkins',
  'jenkins', 'wilkins', 'dickens', 'simmons', 'lyons', 'powers', 'summers', 'winters', 'walters', 'masters', 'parsons',
  'graves', 'hills', 'fox', 'stephens', 'andrews', 'lewis', 'james', 'morris', 'ellis', 'dennis', 'travis', 'cummings',
  'downing', 'channing', 'manning', 'fleming', 'browning', 'golding', 'harding', 'fielding', 'cushing', 'hastings',
  'king', 'young', 'long', 'bing', 'ming', 'jing', 'ping', 'ying', 'ling', 'ding', 'xing', 'qing', 'sterling', 'darling',
]);
/** Continents and world regions, as written: never a person's name. */
const GEOGRAPHIC_REGIONS: ReadonlySet<string> = new Set([
  'Africa', 'Europe', 'Asia', 'America', 'Americas', 'Oceania', 'Antarctica', 'Arctic', 'Eurasia', 'Latin America',
  'South America', 'North America', 'Central America', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus',
  'Scandinavia', 'Sahel', 'Caribbean', 'Mediterranean', 'Southeast Asia', 'Central Asia', 'East Asia', 'South Asia',
  'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Maghreb', 'Levant', 'Siberia',
  'Baltics', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Indochina',
]);
// Nouns before "in" + a person: "confidence in Biden", "a stake in Musk's company".
const IN_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'confidence', 'trust', 'faith', 'interest', 'belief', 'stake', 'stakes', 'hope', 'hopes', 'pride', 'role', 'part',
  'share', 'shares', 'say', 'hand', 'successor', 'opponent', 'rival', 'ally', 'allies', 'partner', 'partners', 'fans',
  'disappointment', 'disappointed', 'interested', 'rest', 'win', 'loss', 'victory', 'defeat', 'lead', 'vote', 'votes',
  'played', 'starred', 'starring', 'cast', 'appeared', 'seen', 'saw', 'see', 'found', 'saw', 'character', 'found',
]);
const GOVERNMENT_VERBS: ReadonlySet<string> = new Set([
  'announced', 'warned', 'demanded', 'insisted', 'rejected', 'vowed', 'pledged', 'threatened', 'urged', 'condemned',
  'summoned', 'imposed', 'retaliated', 'protested', 'accused', 'denied', 'objected', 'vetoed', 'recognized', 'recognised',
  'expelled', 'sanctioned', 'ratified', 'signed', 'approved', 'blocked', 'says', 'said',
  'tightened', 'tightens', 'eased', 'eases', 'lifted', 'lifts', 'extended', 'extends', 'expanded', 'slapped', 'blacklisted',
  'froze', 'freezes', 'banned', 'bans', 'restricted', 'restricts', 'suspended', 'suspends', 'deployed', 'deploys',
  'has', 'have', 'had', 'will', 'would', 'wants', 'wanted', 'agreed', 'agrees', 'refused', 'refuses', 'declined', 'claims',
  'claimed', 'accuses', 'considers', 'considered', 'insists', 'warns', 'announces', 'rejects', 'demands', 'threatens',
]);
export const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
// Institutions whose "they" in "X said they would" is a translation artifact (not a club, a
// party, a union, a council, the police or the media, which English often makes plural).
const REPORTED_THEY_CLASSES: ReadonlySet<string> = new Set(['government', 'ministry', 'bank', 'court', 'regulator', 'agency', 'legislature', 'region']);
// Words that may stand between the subject and "they": "has repeatedly warned that".
const REPORTED_THEY_FILLERS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'repeatedly', 'again', 'previously', 'already', 'earlier', 'that', 'on', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'officially', 'publicly',
  'firmly', 'clearly', 'now', 'recently', 'later',
]);
// Verbs after "they" that make it the subject acting: "they will respond", "they had no".
const REPORTED_THEY_VERBS: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'had', 'have', 'did', 'do',
  "won't", "wouldn't", "don't", "didn't", "can't", "couldn't", "haven't", "hadn't", 'intend', 'intended', 'plan',
  'planned', 'want', 'wanted', 'reserve', 'reserved', 'remain', 'remained', 'need', 'needed', 'expect', 'expected',
]);

/** 'm' for he/him/his/himself, 'f' for she/her/hers/herself; called on every word of a story. */
export function pronounGender(norm: string): 'm' | 'f' | undefined {
  // Each of them starts with h or s and has at most seven letters: most words end here.
  const c = norm.charCodeAt(0);
  if ((c !== 104 && c !== 115) || norm.length > 7) return undefined;
  return MASCULINE.has(norm) ? 'm' : FEMININE.has(norm) ? 'f' : undefined;
}

const GENDERED_PRONOUNS: ReadonlySet<string> = new Set([...MASCULINE, ...FEMININE]);

/** The lower-case words a chunk's scan may take into a name (see chunks): connectors, "the", "and". */
const CHUNK_INNER_WORDS: ReadonlySet<string> = new Set([...CONNECTORS, ...SECOND_CONNECTORS, 'de', 'van', 'von', 'di', 'da', 'do', 'of', 'for', 'the', 'and']);
/** Per lexicon, every token text of its gazetteer names (MetonymAnalysis.nameWords). */
const NAME_WORDS = new WeakMap<MetonymLexicon, ReadonlySet<string>>();

/** Classes of head nouns a town's name may stand before: "Gothenburg municipality". */
const LOCAL_GOVERNMENT_CLASSES: ReadonlySet<string> = new Set(['government', 'council', 'region']);
/** Lower-case words between a town's name and such a head: "the Aarhus city council". */
const LOCAL_GOVERNMENT_MODIFIERS: ReadonlySet<string> = new Set(['city', 'town', 'municipal', 'county', 'district', 'provincial', 'state', 'regional', 'metropolitan', 'village']);

/** A capitalized word that is capitalized only because it starts the sentence ("Honorable", "Suddenly"). */
function capitalOnlyAsInitial(doc: Doc, t: Token): boolean {
  return doc.isSentenceInitial(t) && t.kind === 'word' && !/^\p{Lu}+$/u.test(t.text);
}

interface Learned {
  readonly kind: 'person' | 'institution' | 'place';
  readonly gender: Gender;
  readonly cls: string;
}

export interface Resolution {
  readonly antecedent: Mention;
  /** coordination "X and his", statement "X said in his statement", possession "X raised his key rate", report "X said he would", reflexive, clause (same sentence) or previous (sentence before). */
  readonly pattern: 'coordination' | 'statement' | 'possession' | 'report' | 'reflexive' | 'clause' | 'previous';
  readonly confidence: number;
}

// Hot: called for every token. ASCII first, the Unicode property only past it.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

export function isCapWord(t: Token | undefined): t is Token {
  if (t === undefined || t.kind === 'punct') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t.text);
}

function isLowerWord(t: Token | undefined): t is Token {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(t.text);
}

const isPossessiveMark = (t: Token | undefined): boolean => t !== undefined && t.norm === "'s";

interface Chunk {
  readonly first: number;
  readonly last: number;
  readonly known: KnownName | undefined;
}

export class MetonymAnalysis {
  readonly doc: Doc;
  private readonly lex: MetonymLexicon;
  // Everything below is computed on demand: most documents need only a few sentences looked at.
  private quotedFlags: Uint8Array | undefined;
  private sportsDoc: boolean | undefined;
  /** Capitalized token text -> its token indices (see occurrences). */
  private readonly capCache = new Map<string, readonly number[]>();
  private pronounsAt: ArrayLike<number> | undefined;
  /** Per sentence index (arrays, not maps: asked for thousands of sentences). */
  private readonly chunkCache: (readonly Chunk[] | undefined)[] = [];
  private readonly learnedCache = new Map<string, Learned | null>();
  private readonly placeCache = new Map<string, boolean>();
  private readonly mentionCache: (readonly Mention[] | undefined)[] = [];
  /** Pronoun token index -> the resolution this analysis gave it (institution antecedent). */
  private readonly resolved = new Map<number, Resolution | null>();
  /** Per long sentence: its mentions by end token, and each mention's place in mentions(). */
  private readonly byLastCache = new Map<number, { readonly byLast: readonly Mention[]; readonly order: ReadonlyMap<Mention, number> }>();
  // Running counts of person pronouns before the pronoun being resolved (see onlyOtherGenderBefore).
  /** How many of `pronouns` onlyOtherGenderBefore has counted. */
  private genderScan = 0;
  private heCount = 0;
  private sheCount = 0;

  /** The analysis of a document, shared by the three metonym rules (built once per document). */
  static of(doc: Doc): MetonymAnalysis {
    return doc.memo(MetonymAnalysis, () => new MetonymAnalysis(doc));
  }

  constructor(doc: Doc, lex: MetonymLexicon = METONYM_LEXICON) {
    this.doc = doc;
    this.lex = lex;
  }

  private get quoted(): Uint8Array {
    this.quotedFlags ??= markQuoted(this.doc);
    return this.quotedFlags;
  }

  /** Token indices of the gendered pronouns (he, his, she, her...), ascending. */
  get pronouns(): ArrayLike<number> {
    this.pronounsAt ??= this.doc.positionsIn(GENDERED_PRONOUNS);
    return this.pronounsAt;
  }

  /** A sports story: a national side or a club takes "who" and "they" there. */
  get sports(): boolean {
    this.sportsDoc ??= countSports(this.doc) >= 2;
    return this.sportsDoc;
  }

  // -------------------------------------------------------------------------------------------
  // Document facts, learned per name on demand from the name's other occurrences.

  /** Token indices of every capitalized token with this text (from the word index, not a scan of every token). */
  private occurrences(text: string): readonly number[] {
    let out = this.capCache.get(text);
    if (!out) {
      const toks = this.doc.tokens;
      const at = this.doc.positions(normalize(text));
      const found: number[] = [];
      for (let k = 0; k < at.length; k++) {
        const t = toks[at[k] as number] as Token;
        if (t.text === text && isCapWord(t)) found.push(t.index);
      }
      out = found;
      this.capCache.set(text, out);
    }
    return out;
  }

  /** Where the token sequence of [first, last] occurs again (start indices, itself included). */
  private occurrencesOf(first: number, last: number): number[] {
    const toks = this.doc.tokens;
    const out: number[] = [];
    const len = last - first + 1;
    for (const o of this.occurrences((toks[first] as Token).text)) {
      let same = true;
      for (let k = 1; k < len && same; k++) same = toks[o + k]?.text === (toks[first + k] as Token).text;
      if (same) out.push(o);
    }
    return out;
  }

  /**
   * The chunk that holds token `i`. Unless its sentence is chunked already, scanned from just
   * after the nearest word before `i` that no chunk can hold (see outsideChunks), not from the
   * sentence's start: the name-learning pass asks this for every other occurrence of a name.
   */
  private chunkAt(i: number): Chunk | undefined {
    const toks = this.doc.tokens;
    const s = this.doc.sentenceOf(toks[i] as Token);
    const cached = this.chunkCache[s.index];
    if (cached) return cached.find((c) => c.first <= i && i <= c.last);
    let from = i;
    while (from > s.firstToken && !this.outsideChunks(toks[from - 1] as Token)) from--;
    for (let c = this.nextChunk(from, s); c && c.first <= i; c = this.nextChunk(c.last + 1, s)) if (i <= c.last) return c;
    return undefined;
  }

  /**
   * A lower-case word no chunk can hold: no connector ("of", "de", "the", "and" in "Bosnia and
   * Herzegovina") nor any other word of a gazetteer name. The chunk scan passes it as it is, so
   * the chunks after it are those a scan from the next token finds.
   */
  private outsideChunks(t: Token): boolean {
    return isLowerWord(t) && !CHUNK_INNER_WORDS.has(t.norm) && !this.nameWords.has(t.text);
  }

  /** Every token text of the gazetteer's names (of this analysis's lexicon). */
  private get nameWords(): ReadonlySet<string> {
    let words = NAME_WORDS.get(this.lex);
    if (!words) {
      const set = new Set<string>();
      for (const list of this.lex.names.values()) for (const n of list) for (const w of n.tokens) set.add(w);
      words = set;
      NAME_WORDS.set(this.lex, words);
    }
    return words;
  }

  /**
   * What the rest of the document says a name is: a person ("Lavrov" after "Sergey Lavrov",
   * "Smith" after "Mr Smith"), an institution ("Nacional" after "club Nacional", "Roskomnadzor,
   * the federal service...", "Velto" after "Tech Giant Velto"), or nothing (also when the
   * evidence conflicts).
   */
  private learnedFor(first: number, last: number): Learned | undefined {
    const toks = this.doc.tokens;
    let key = (toks[first] as Token).text;
    for (let k = first + 1; k <= last; k++) key += ` ${(toks[k] as Token).text}`;
    const cached = this.learnedCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    // In progress: a name whose other mentions lead back to itself learns nothing from them.
    this.learnedCache.set(key, null);
    let person: Learned | undefined;
    let institution: Learned | undefined;
    const len = last - first + 1;
    for (const o of this.occurrencesOf(first, last)) {
      const e = o + len - 1;
      const c = this.chunkAt(o);
      // Only an occurrence that ends its chunk can teach anything (institutionCue asks it too).
      if (!c || c.last !== e) continue;
      const s = this.doc.sentenceOf(toks[o] as Token);
      // "Sergey Lavrov" -> "Lavrov"; "Mr Smith", "spokesman Andrei Sokolov": if the chunk is a person.
      const prev = this.doc.prev(toks[o] as Token);
      const tail = c.first < o && len === 1 && !this.lex.personNouns.has((toks[e] as Token).norm);
      const titled = c.first === o && prev !== undefined && (HONORIFICS.has(prev.norm) || isLowerWord(prev));
      // Neither, and no institution cue: nothing to learn here, whatever the chunk is, so it is
      // not classified (most occurrences of a name end here).
      const cue = tail || titled ? undefined : this.institutionCue(c, o, e, s);
      if (!tail && !titled && !cue) continue;
      const raw = this.classifyChunk(c.first, c.last, c.known, s, false);
      const m = raw?.maybe ? undefined : raw;
      if (m?.kind === 'person') {
        if (tail || titled) person = { kind: 'person', gender: person && person.gender !== 'u' ? person.gender : m.gender, cls: '' };
        continue;
      }
      if (m) continue;
      const inst = cue ?? this.institutionCue(c, o, e, s);
      if (inst?.kind === 'person') person ??= inst;
      else if (inst) institution ??= inst;
    }
    const out = person && institution ? undefined : person ?? institution;
    this.learnedCache.set(key, out ?? null);
    return out;
  }

  /** Cues that an unknown name at [o, e] of chunk `c` is an institution (or, by apposition, a person). */
  private institutionCue(c: Chunk, o: number, e: number, s: Sentence): Learned | undefined {
    const { doc, lex } = this;
    const toks = doc.tokens;
    // "US Tech Giant Velto", "Uruguayan Club Nacional": the name after a head noun.
    for (let k = c.first; k < c.last; k++) {
      const cls = lex.headNouns.get((toks[k] as Token).norm);
      if (cls && isCapWord(toks[k + 1]) && !CONNECTORS.has((toks[k + 1] as Token).norm)) {
        return (c.first === o || k + 1 === o) && c.last === e ? { kind: 'institution', gender: 'u', cls } : undefined;
      }
    }
    if (c.first !== o || c.last !== e) return undefined;
    const prev = doc.prev(toks[o] as Token);
    const next = doc.next(toks[e] as Token);
    // "club Nacional", "technology company Corvell".
    if (isLowerWord(prev) && lex.headNouns.has(prev.norm) && !isPossessiveMark(next)) {
      return { kind: 'institution', gender: 'u', cls: lex.headNouns.get(prev.norm) as string };
    }
    // "the Piraeus-based operator, Aegis Tankers, said": a head noun with an article before the comma.
    if (prev?.text === ',' && next?.text === ',') {
      const h = doc.prev(prev);
      const cls = h && isLowerWord(h) ? lex.headNouns.get(h.norm) : undefined;
      if (cls && h && !WEAK_HEADS.has(h.norm)) {
        for (let k = 1; k <= 4; k++) {
          const d = doc.prev(h, k);
          if (!d || d.kind === 'punct') break;
          if (d.norm === 'the' || d.norm === 'its' || d.norm === 'a' || d.norm === 'an') return { kind: 'institution', gender: 'u', cls };
        }
      }
    }
    // "Roskomnadzor, the federal service on ...".
    if (next?.text === ',') {
      const h = this.appositiveHead(e + 2, s);
      if (h) return h;
      // "Hanbit Vina, which makes sports shoes", "Deltanet, whose network covers the south": a
      // subject that a "which" clause, or a "whose" before what a firm has, shows to be no person.
      const rel = toks[e + 2];
      if (o === s.firstToken && (rel?.norm === 'which' || (rel?.norm === 'whose' && FIRM_ASSETS.has(toks[e + 3]?.norm ?? '')))) {
        return FIRM;
      }
    }
    // "Medtrix's chief executive", "shares in Medtrix", "Medtrix employs 900 people": what only
    // a firm has or does.
    const owned = toks[e + 2];
    if (isPossessiveMark(next) && owned && (FIRM_ASSETS.has(owned.norm) || (owned.norm === 'chief' && toks[e + 3]?.norm === 'executive'))) return FIRM;
    if ((prev?.norm === 'in' || prev?.norm === 'of') && /^(shares|stake|stakes|shareholders|shareholding)$/.test(doc.prev(prev)?.norm ?? '')) return FIRM;
    if (next?.norm === 'employs' || (next?.norm === 'shares' && /^(rose|fell|jumped|dropped|slumped|climbed|gained|lost|plunged|surged|closed|traded)$/.test(toks[e + 2]?.norm ?? ''))) return FIRM;
    // "buildings in Padang were damaged", "Padang: ...": an unknown name the text uses as a place
    // (not "confidence in Biden", "the role in Ivanov's team").
    if (isPossessiveMark(next)) return undefined;
    if (o === s.firstToken && next?.text === ':') return { kind: 'place', gender: 'u', cls: 'city' };
    const word = toks[o] as Token;
    if (o !== e || lex.firstNames.has(word.text) || COMMON_WORDS.has(word.norm) || this.personLike(word.text)) return undefined;
    if (prev && (prev.norm === 'in' || prev.norm === 'near' || prev.norm === 'outside')) {
      const before = doc.prev(prev);
      if (before && before.kind === 'word' && !IN_PERSON_NOUNS.has(before.norm) && !/^(invest|believ|trust|confid)/.test(before.norm)) {
        return { kind: 'place', gender: 'u', cls: 'city' };
      }
    }
    return undefined;
  }

  /**
   * Whether the text uses a place name as a place: after "in"/"from"/..., as a dateline, or by
   * naming its country ("US" makes "Washington" the capital) or people ("Jordanian").
   */
  private placeUsed(name: string, first: number, last: number, country: string | undefined): boolean {
    const cached = this.placeCache.get(name);
    if (cached !== undefined) return cached;
    const toks = this.doc.tokens;
    let used = false;
    for (const o of this.occurrencesOf(first, last)) {
      const s = this.doc.sentenceOf(toks[o] as Token);
      let p = o - 1;
      if (p >= s.firstToken && (toks[p] as Token).norm === 'the') p--;
      const prev = p >= s.firstToken ? toks[p] : undefined;
      const next = toks[o + last - first + 1];
      if ((prev && LOCATION_PREPS.has(prev.norm)) || (o === s.firstToken && next?.text === ':')) {
        used = true;
        break;
      }
    }
    if (!used && country) {
      for (const spelling of this.lex.evidenceOf.get(country) ?? []) {
        if (spelling === name) continue;
        const words = spelling.split(' ');
        for (const o of this.occurrences(words[0] as string)) {
          if (words.every((w, k) => toks[o + k]?.text === w)) {
            used = true;
            break;
          }
        }
        if (used) break;
      }
    }
    this.placeCache.set(name, used);
    return used;
  }

  /** "Roskomnadzor, the federal service on...": the class of the appositive's head, if any. */
  private appositiveHead(from: number, s: Sentence): Learned | undefined {
    const toks = this.doc.tokens;
    const det = toks[from];
    if (!det || det.index >= s.endToken || !DETS.has(det.norm) || det.norm === "'s") return undefined;
    for (let k = from + 1; k < Math.min(from + 4, s.endToken); k++) {
      const t = toks[k] as Token;
      if (t.kind === 'punct' || STOP.has(t.norm)) return undefined;
      const next = toks[k + 1];
      const headEnds = !next || next.kind === 'punct' || !isLowerWord(next) || CONNECTORS.has(next.norm) || next.norm === 'on' || next.norm === 'in' || next.norm === 'that' || next.norm === 'which';
      const cls = this.lex.headNouns.get(t.norm);
      if (cls && headEnds) return { kind: 'institution', gender: 'u', cls };
      const g = this.lex.personNouns.get(t.norm);
      if (g && g !== 'p' && headEnds) return { kind: 'person', gender: g, cls: '' };
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Chunks and mentions.

  private textOf(first: number, last: number): string {
    const toks = this.doc.tokens;
    return this.doc.text.slice((toks[first] as Token).start, (toks[last] as Token).end);
  }

  private matchKnown(i: number, end: number): KnownName | undefined {
    const toks = this.doc.tokens;
    const list = this.lex.names.get((toks[i] as Token).text);
    if (!list) return undefined;
    outer: for (const n of list) {
      if (i + n.tokens.length > end) continue;
      for (let k = 0; k < n.tokens.length; k++) if ((toks[i + k] as Token).text !== n.tokens[k]) continue outer;
      return n;
    }
    return undefined;
  }

  /** Capitalized chunks of a sentence, with the gazetteer name that starts them, if any. */
  private chunks(s: Sentence): readonly Chunk[] {
    const cached = this.chunkCache[s.index];
    if (cached) return cached;
    const out: Chunk[] = [];
    for (let c = this.nextChunk(s.firstToken, s); c; c = this.nextChunk(c.last + 1, s)) out.push(c);
    this.chunkCache[s.index] = out;
    return out;
  }

  /** The first chunk of sentence `s` that starts at or after token `i` (`i` inside no chunk). */
  private nextChunk(i: number, s: Sentence): Chunk | undefined {
    const toks = this.doc.tokens;
    while (i < s.endToken) {
      const t = toks[i] as Token;
      if (!isCapWord(t) || STOP.has(t.norm)) {
        i++;
        continue;
      }
      const known = this.matchKnown(i, s.endToken);
      let j = known ? i + known.tokens.length : i + 1;
      while (j < s.endToken) {
        const u = toks[j] as Token;
        if (isCapWord(u) && !STOP.has(u.norm)) {
          j++;
          continue;
        }
        if (CONNECTORS.has(u.norm) && isCapWord(toks[j + 1]) && j + 1 < s.endToken && !STOP.has((toks[j + 1] as Token).norm)) {
          j += 2;
          continue;
        }
        // "Prosecutors’ Office", "Workers’ Party": a plural possessive inside the name.
        if ((u.text === '’' || u.text === "'") && u.start === (toks[j - 1] as Token).end && /s$/.test((toks[j - 1] as Token).text) && isCapWord(toks[j + 1]) && j + 1 < s.endToken && !STOP.has((toks[j + 1] as Token).norm)) {
          j += 2;
          continue;
        }
        // "Banco de la Nación", "Ursula von der Leyen": two connectors.
        if (SECOND_CONNECTORS.has(toks[j + 1]?.norm ?? '') && /^(de|van|von|di|da|do)$/.test(u.norm) && isCapWord(toks[j + 2]) && j + 2 < s.endToken && !STOP.has((toks[j + 2] as Token).norm)) {
          j += 3;
          continue;
        }
        if ((u.norm === 'of' || u.norm === 'for') && toks[j + 1]?.norm === 'the' && isCapWord(toks[j + 2]) && j + 2 < s.endToken) {
          j += 3;
          continue;
        }
        // "Ministry of Labour, Invalids and Social Affairs", "Ministry of the Water and the
        // Irrigation": the list after a name's "of"/"for" belongs to the name.
        const listEnd = this.nameListEnd(i, j, s);
        if (listEnd !== undefined) {
          j = listEnd;
          continue;
        }
        break;
      }
      return { first: i, last: j - 1, known };
    }
    return undefined;
  }

  /**
   * Where the list that goes on a name's "of"/"for" phrase at `j` ends: ", Invalids and Social
   * Affairs" after "Ministry of Labour", "and the Irrigation" after "Ministry of the Water"; the
   * index after its last capitalized word, or undefined when `j` opens no such list, the chunk
   * [i, j) has no "of"/"for", or a member is not made of common words.
   */
  private nameListEnd(i: number, j: number, s: Sentence): number | undefined {
    const toks = this.doc.tokens;
    const u = toks[j] as Token;
    if (u.text !== ',' && u.norm !== 'and') return undefined;
    let linked = false;
    for (let k = i + 1; k < j && !linked; k++) linked = (toks[k] as Token).norm === 'of' || (toks[k] as Token).norm === 'for';
    if (!linked) return undefined;
    const capAt = (k: number): number | undefined => {
      let c = k;
      if (toks[c]?.norm === 'the') c++;
      const from = c;
      while (c < s.endToken && isCapWord(toks[c]) && !STOP.has((toks[c] as Token).norm)) {
        // Members are common words ("Invalids", "Social Affairs"), not other names: "the Bank
        // of England, Lloyds and Barclays" is a list of three.
        const w = (toks[c] as Token).norm;
        if (!COMMON_WORDS.has(w) && !(w.endsWith('s') && COMMON_WORDS.has(w.slice(0, -1)))) return undefined;
        c++;
      }
      return c > from ? c : undefined;
    };
    // "and the Irrigation", "and Social Affairs": the list's last member.
    if (u.norm === 'and') return capAt(j + 1);
    // ", Invalids and Social Affairs", ", Culture, Sports and Tourism": members up to "and".
    let k = j;
    for (let n = 0; n < 4 && toks[k]?.text === ','; n++) {
      const end = capAt(k + 1);
      if (end === undefined) return undefined;
      if (toks[end]?.norm === 'and' || toks[end]?.text === '&') return capAt(end + 1);
      k = end;
    }
    return undefined;
  }

  /**
   * What a capitalized chunk names. `useLearned` is false during the learning pass.
   */
  private classifyChunk(first: number, last: number, known: KnownName | undefined, s: Sentence, useLearned = true): Mention | undefined {
    const { doc, lex } = this;
    const toks = doc.tokens;
    const text = this.textOf(first, last);
    const len = last - first + 1;
    const ft = toks[first] as Token;
    const lt = toks[last] as Token;
    // A title or an honorific right before: "spokesman Andrei Sokolov", "Mr Smith".
    const prev = first > s.firstToken ? toks[first - 1] : undefined;
    const prev2 = first - 1 > s.firstToken ? toks[first - 2] : undefined;
    const hon = prev && (HONORIFICS.get(prev.norm) ?? (prev.text === '.' && prev2 ? HONORIFICS.get(prev2.norm) : undefined));
    if (hon) return mk(first, last, text, 'person', lex.firstNames.get(ft.text) ?? hon, '');
    // A person noun right before: "spokesman Andrei Sokolov", "the accused Ivanov"; not a verb
    // in -ed that has the name as its object ("Wrona accused SCM of").
    if (isLowerWord(prev) && !(prev.norm.endsWith('ed') && !DETS.has(prev2?.norm ?? ''))) {
      const g = lex.personNouns.get(prev.norm);
      if (g && g !== 'p' && !known) return mk(first, last, text, 'person', lex.firstNames.get(ft.text) ?? g, '');
    }
    if (known && known.tokens.length === len) {
      // "Washington" after "Denzel Washington" is the actor all along.
      if (useLearned && known.kind === 'place' && this.personLike(text)) {
        const l = this.learnedFor(first, last);
        if (l?.kind === 'person') return mk(first, last, text, 'person', l.gender, '');
      }
      return mk(first, last, text, known.kind, 'u', known.cls);
    }
    // "Banco Horizonte", "Grupo Modelo", "PT Garuda": a foreign word for bank, group or institute.
    // "Xunta de Galicia", "Generalitat de Catalunya": a known institution and its place.
    if (known?.kind === 'institution' && known.tokens.length < len && CONNECTORS.has((toks[first + known.tokens.length] as Token).norm)) {
      return mk(first, last, text, 'institution', 'u', known.cls);
    }
    // "Aerolíneas del Pacífico", "Banco de la Nación": the name may go on with a connector.
    const foreignHead = len >= 2 && !known ? FOREIGN_LEAD_HEADS.get(ft.norm) : undefined;
    if (foreignHead && (isCapWord(toks[first + 1]) || (len >= 3 && CONNECTORS.has((toks[first + 1] as Token).norm))) && !this.titledName(first, last)) {
      return mk(first, last, text, 'institution', 'u', foreignHead);
    }
    // "Stella TV", "Radio Libertad", "Canal Sur 7", "Horizon 24 said": a broadcaster's name, or a
    // name and a number acting in the sentence (no person's name ends with a number).
    const numbered = this.numberedName(first, last, s);
    if (numbered !== undefined || (len >= 2 && this.mediaName(first, last))) {
      const end = numbered ?? last;
      return mk(first, end, this.textOf(first, end), 'institution', 'u', 'media');
    }
    // "Aegis Tankers", "Volta Motors": a plural or mass noun ending a company's name.
    if (len >= 2 && COMPANY_TAILS.has(lt.norm) && !lex.firstNames.has(ft.text)) return mk(first, last, text, 'institution', 'u', 'company');
    if (len >= 2 && CLUB_TAILS.has(lt.norm) && !lex.firstNames.has(ft.text)) return mk(first, last, text, 'institution', 'u', 'club');
    // A first name opens a person's name: "George Washington", "Georgia Radu".
    const fn = lex.firstNames.get(ft.text);
    if (fn && len >= 2 && isCapWord(toks[first + 1])) return mk(first, last, text, 'person', fn, '');
    // A title followed by a name: "Foreign Minister Sergey Lavrov", "Governor Kenji Morimoto".
    for (let k = first; k < last; k++) {
      const g = lex.personNouns.get((toks[k] as Token).norm);
      const after = toks[k + 1] as Token;
      if (g && g !== 'p' && isCapWord(after) && !lex.headNouns.has(after.norm)) {
        return mk(first, last, text, 'person', lex.firstNames.get(after.text) ?? g, '');
      }
    }
    // The head: the last word before "of"/"for", else the last word.
    let head = last;
    for (let k = first + 1; k <= last; k++) {
      const n = (toks[k] as Token).norm;
      if (n === 'of' || n === 'for') {
        head = k - 1;
        break;
      }
    }
    const hn = (toks[head] as Token).norm;
    // "the English Channel", "the Bristol Channel": a sea, not a broadcaster.
    const sea = hn === 'channel' && head > first && (lex.demonyms.has((toks[head - 1] as Token).text) || lex.names.get((toks[head - 1] as Token).text)?.some((n) => n.kind === 'place') === true || /^(English|Bristol|North|St)$/.test((toks[head - 1] as Token).text));
    const cls = sea ? undefined : lex.headNouns.get(hn);
    if (cls) return mk(first, last, text, 'institution', 'u', cls);
    // "US Federal Reserve", "German Bundestag", "Italian Eni": a country or demonym before a
    // named institution.
    const lead = known?.kind === 'place' ? known.tokens.length : lex.demonyms.has(ft.text) ? 1 : 0;
    if (lead > 0 && lead < len) {
      const inst = this.matchKnown(first + lead, last + 1);
      if (inst?.kind === 'institution' && inst.tokens.length === len - lead) return mk(first, last, text, 'institution', 'u', inst.cls);
    }
    const pg = lex.personNouns.get(hn);
    if (pg && pg !== 'p') return mk(first, last, text, 'person', pg, '');
    // "Counselor of Climatic Action Marta Puig", "Deputy Governor Ana Ruiz": a title the word
    // lists do not know, then a known first name and one last word, is a person of that gender.
    const tailName = len >= 3 && !known ? lex.firstNames.get((toks[last - 1] as Token).text) : undefined;
    if (tailName && isCapWord(toks[last - 2]) && !lex.headNouns.has(lt.norm) && !lex.firstNames.has(lt.text) && !/^\p{Lu}+$/u.test(lt.text)) return mk(first, last, text, 'person', tailName, '');
    const learned = useLearned ? this.learnedFor(first, last) : undefined;
    if (learned) return learned.kind === 'place' ? { kind: 'place', first, last, gender: 'u', cls: learned.cls, role: 'actor', name: text, weakPlace: true } : mk(first, last, text, learned.kind, learned.gender, learned.cls);
    // A place and one more capitalized word is a person: "Paris Hilton".
    if (known?.kind === 'place' && len === known.tokens.length + 1 && !/^\p{Lu}+$/u.test(lt.text)) return mk(first, last, text, 'person', 'u', '');
    if (len === 1) {
      // Sentence-initial common nouns: "Parents who refuse", "Club added".
      const g = lex.personNouns.get(ft.norm);
      if (g) return mk(first, last, text, 'person', g, '');
      const c = lex.headNouns.get(ft.norm);
      if (c && doc.isSentenceInitial(ft)) return mk(first, last, text, 'institution', 'u', c);
      // "the Regions said she", "the Provinces": Italian and Spanish capitalize the regional governments.
      const sg = ft.norm.endsWith('ies') ? `${ft.norm.slice(0, -3)}y` : ft.norm.slice(0, -1);
      const pc = /s$/.test(ft.norm) && prev?.norm === 'the' ? lex.headNouns.get(sg) : undefined;
      if (pc === 'region' || pc === 'government') return mk(first, last, text, 'institution', 'u', pc);
    }
    if (known || (len === 1 && lex.demonyms.has(ft.text))) return undefined;
    if (len === 1) {
      // "Iranians were buying": a demonym's plural is people, not one person.
      if (/s$/.test(ft.text) && lex.demonyms.has(ft.text.slice(0, -1))) return mk(first, last, text, 'person', 'p', '');
      // "Accidents are not known", "Prosecutors opened", "Swimming was banned": a common word
      // capitalized only by the sentence start, and nowhere else capitalized in the text.
      if (doc.isSentenceInitial(ft) && this.commonInitial(ft)) return undefined;
      // "Compared with the previous year", "Tightening the border now": a participle or a
      // gerund opening the sentence, not a name.
      if (first === last && doc.isSentenceInitial(ft) && this.verbOpener(ft)) return undefined;
      // "FIDE", "OCDE": an unknown acronym names an organization, not a person.
      // "TF1", "M6", "RTL2": capitals and digits name a channel or a group, never a person.
      // Two capitals at least: not a road ("the M25"), a vitamin or a jet ("F16"); not a gas or a virus.
      if (/^(?=.*\d)(?=\p{Lu}[\d]*\p{Lu})\p{Lu}[\p{Lu}\d]{2,5}$/u.test(ft.text) && !/^(CO2|NO2|SO2|CH4|MP3|MP4|PS[2-5]|COVID|SARS|MERS|H\dN\d|PM\d|IPV\d|[A-Z]{1,2}\d+[A-Z]$)/.test(ft.text)) return mk(first, last, text, 'institution', 'u', 'media');
      if (/^\p{Lu}{3,6}$/u.test(ft.text) && !lex.firstNames.has(ft.text) && !COMMON_WORDS.has(ft.norm) && !STOP.has(ft.norm) && !DETS.has(doc.next(ft)?.norm ?? '')) return mk(first, last, text, 'institution', 'u', 'organization');
    }
    // "Management of the Risks of Disasters": an English "of" makes a name no person's.
    for (let k = first + 1; k < last; k++) if ((toks[k] as Token).norm === 'of' || (toks[k] as Token).norm === 'for') return undefined;
    // "the Italian Federation Tennis and Padel": the tail of an institution's name, not a person.
    if ((prev?.norm === 'and' || prev?.text === '&') && isCapWord(prev2)) {
      const c = this.chunks(s).find((x) => x.last === first - 2);
      if (c && this.classifyChunk(c.first, c.last, c.known, s, useLearned)?.kind === 'institution') return undefined;
    }
    // "Africa’s largest coffee producer", "across Latin America": a continent or a world region
    // is no person (and no government).
    if (GEOGRAPHIC_REGIONS.has(text)) return undefined;
    // Anything else may be a person's name ("Ivanov denied the charges").
    // (A literal, not a spread of mk's: this line runs for most unknown names.)
    return { kind: 'person', first, last, gender: 'u', cls: '', role: 'actor', name: text, maybe: true };
  }

  /**
   * Before a lower-case "side": a party to talks or a war ("the Russian side", "the Taliban side",
   * "the government side"), not a team ("the home side") or a person's ("the Smith side").
   */
  private sideModifier(p: Token): boolean {
    if (SIDE_MODIFIERS.has(p.norm) || this.lex.demonyms.has(p.text)) return true;
    if (!isCapWord(p) || this.lex.firstNames.has(p.text)) return false;
    return this.lex.names.get(p.text)?.some((n) => n.tokens.length === 1 && n.cls !== 'club') === true || /^(Taliban|Houthi|Houthis|Kurdish|Palestinian|Israeli|Syrian|Sudanese)$/.test(p.text);
  }

  /** A title and a name inside a chunk: "Editorial Director John Smith". */
  private titledName(first: number, last: number): boolean {
    const toks = this.doc.tokens;
    for (let k = first; k < last; k++) {
      const g = this.lex.personNouns.get((toks[k] as Token).norm);
      if (g && g !== 'p' && isCapWord(toks[k + 1]) && !this.lex.headNouns.has((toks[k + 1] as Token).norm)) return true;
    }
    return false;
  }

  /** A broadcaster's word in a name: "Stella TV", "Radio Libertad" (not "Radio Shack Chief Ed Smith"). */
  private mediaName(first: number, last: number): boolean {
    const toks = this.doc.tokens;
    for (let k = first; k <= last; k++) {
      const w = toks[k] as Token;
      // "the English Channel" is a sea.
      if (w.text === 'Channel' && k === last) continue;
      if (MEDIA_NAME_WORDS.has(w.text)) return !this.titledName(first, last);
    }
    return false;
  }

  /**
   * "Horizon 24 said", "Canal Sur 7, who": a name followed by a number of one to three digits and
   * then a verb or ", who|which" is a channel, a club or a brand, never a person. Returns the
   * number's index. Not "Article 5 says", "Game 7", "John 3", "Apollo 11".
   */
  private numberedName(first: number, last: number, s: Sentence): number | undefined {
    const toks = this.doc.tokens;
    const n = toks[last + 1];
    if (!n || n.index >= s.endToken || n.kind !== 'number' || !/^\d{1,3}$/.test(n.text)) return undefined;
    const ft = toks[first] as Token;
    if (NUMBERED_THINGS.has(ft.norm) || NUMBERED_THINGS.has((toks[last] as Token).norm)) return undefined;
    if (first === last && (this.lex.firstNames.has(ft.text) || this.lex.personNouns.has(ft.norm))) return undefined;
    if (this.titledName(first, last)) return undefined;
    const after = toks[n.index + 1];
    if (!after || after.index >= s.endToken) return undefined;
    if (after.text === ',') {
      const w = toks[n.index + 2];
      return w && (w.norm === 'who' || w.norm === 'which') ? n.index : undefined;
    }
    return isLowerWord(after) && (VERBISH.has(after.norm) || SPEECH_VERBS.has(after.norm)) ? n.index : undefined;
  }

  /** A sentence-initial word that is a common noun (or its plural, or an -ing form, or a noun before a plural noun), never capitalized mid-sentence. */
  private commonInitial(t: Token): boolean {
    const n = t.norm;
    const plural = /[^su]s$/.test(n) && (COMMON_WORDS.has(n.slice(0, -1)) || (/ies$/.test(n) && COMMON_WORDS.has(`${n.slice(0, -3)}y`)));
    const abstract = /(tion|sion|ment|ness|ity|ance|ence|ism|ing)$/.test(n) && n.length > 5 && COMMON_WORDS.has(n);
    // "Interest to Iranian art has fallen", "Demand for oil": a common noun with its complement.
    const complemented = n.length > 4 && COMMON_WORDS.has(n) && NOUN_COMPLEMENT_PREPS.has(this.doc.next(t)?.norm ?? '');
    // "Bus fares and fares for children", "Rice prices rose": a common noun modifying a plural noun
    // (the tagger's noun, not "Smith says").
    const compound = (): boolean => {
      if (!this.doc.canTag || !COMMON_WORDS.has(n)) return false;
      const nx = this.doc.next(t);
      return isLowerWord(nx) && /[^s]s$/.test(nx.norm) && !STOP.has(nx.norm) && !VERBISH.has(nx.norm) && this.doc.pos(nx) === 'NOUN';
    };
    if (!(plural || abstract || complemented || compound()) || SURNAME_PLURALS.has(n) || this.lex.firstNames.has(t.text)) return false;
    for (const o of this.occurrences(t.text)) if (!this.doc.isSentenceInitial(this.doc.tokens[o] as Token)) return false;
    return true;
  }

  /**
   * A capitalized participle before a preposition ("Compared with", "Based on") or a gerund
   * before a determiner ("Tightening the border") that the tagger reads as a verb, and nowhere
   * capitalized mid-sentence: a verb form, not a name ("Manning said", "Reading, the city").
   */
  private verbOpener(t: Token): boolean {
    const n = t.norm;
    if (n.length <= 5 || !this.doc.canTag || this.lex.firstNames.has(t.text)) return false;
    const next = this.doc.next(t)?.norm ?? '';
    if (!(n.endsWith('ed') && OPENER_PREPS.has(next)) && !(n.endsWith('ing') && GERUND_OBJECTS.has(next))) return false;
    for (const o of this.occurrences(t.text)) if (!this.doc.isSentenceInitial(this.doc.tokens[o] as Token)) return false;
    return this.doc.pos(t) === 'VERB';
  }

  /** The role of a place/institution mention from its neighbours. */
  private roleOf(first: number, last: number, s: Sentence): { role: Role; checkNext: boolean } {
    const toks = this.doc.tokens;
    const next = last + 1 < s.endToken ? toks[last + 1] : undefined;
    let p = first - 1;
    if (p >= s.firstToken && (toks[p] as Token).norm === 'the') p--;
    // "men long experienced in our Diplomatic Service": a possessive after a preposition of place.
    else if (p > s.firstToken && OWNERS.has((toks[p] as Token).norm) && LOCATION_PREPS.has((toks[p - 1] as Token).norm)) p--;
    // "of rural Tennessee", "in northern Italy".
    if (p > s.firstToken && GEO_ADJECTIVES.has((toks[p] as Token).norm) && isLowerWord(toks[p])) {
      p--;
      if (p >= s.firstToken && (toks[p] as Token).norm === 'the') p--;
    }
    const prev = p >= s.firstToken ? toks[p] : undefined;
    if (isPossessiveMark(next)) return { role: 'possessive', checkNext: false };
    // "According to the ministry, she will…": the source of a statement speaks for itself.
    if (prev?.norm === 'to' && p - 1 >= s.firstToken && (toks[p - 1] as Token).norm === 'according' && next?.text === ',') {
      return { role: 'actor', checkNext: false };
    }
    if (prev && LOCATION_PREPS.has(prev.norm)) return { role: 'location', checkNext: false };
    if (prev && (prev.norm === 'of' || prev.norm === 'for')) return { role: 'complement', checkNext: false };
    if (next?.text === ':' && first <= s.firstToken + 1) return { role: 'location', checkNext: false };
    if (isLowerWord(next) && !STOP.has(next.norm) && !CONNECTORS.has(next.norm)) {
      if (this.lex.personNouns.has(next.norm) || this.lex.headNouns.has(next.norm)) return { role: 'modifier', checkNext: false };
      return { role: 'actor', checkNext: !VERBISH.has(next.norm) };
    }
    return { role: 'actor', checkNext: false };
  }

  /**
   * mentions(sentenceIndex) that start at or after token `from` and end before token `before`,
   * in the same order; in a sentence of many mentions, found by binary search on their ends.
   */
  private mentionsWithin(sentenceIndex: number, from: number, before: number): Mention[] {
    const all = this.mentions(sentenceIndex);
    if (all.length < 64) return all.filter((m) => m.last < before && m.first >= from);
    let c = this.byLastCache.get(sentenceIndex);
    if (!c) {
      c = { byLast: [...all].sort((a, b) => a.last - b.last), order: new Map(all.map((m, i) => [m, i] as const)) };
      this.byLastCache.set(sentenceIndex, c);
    }
    const { byLast, order } = c;
    // A mention starting at or after `from` ends there too: the candidates end in [from, before).
    const lowerBound = (x: number): number => {
      let lo = 0;
      let hi = byLast.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((byLast[mid] as Mention).last < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return byLast
      .slice(lowerBound(from), lowerBound(before))
      .filter((m) => m.first >= from)
      .sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  }

  mentions(sentenceIndex: number): readonly Mention[] {
    const cached = this.mentionCache[sentenceIndex];
    if (cached) return cached;
    const { doc, lex } = this;
    const s = doc.sentences[sentenceIndex] as Sentence;
    const toks = doc.tokens;
    const out: Mention[] = [];
    const inChunk = new Uint8Array(s.endToken - s.firstToken);
    for (const c of this.chunks(s)) {
      inChunk.fill(1, c.first - s.firstToken, c.last + 1 - s.firstToken);
      const m = this.classifyChunk(c.first, c.last, c.known, s);
      if (!m) continue;
      if (m.kind === 'person' && !m.maybe) out.push(m);
      else {
        const { role, checkNext } = this.roleOf(c.first, c.last, s);
        out.push(withRole(m, role, checkNext));
      }
    }
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (inChunk[i - s.firstToken]) continue;
      const t = toks[i] as Token;
      if (t.kind !== 'word') continue;
      const pg = pronounGender(t.norm);
      if (pg) {
        out.push({ kind: 'person', first: i, last: i, gender: pg, cls: '', role: 'actor', name: t.text, pronoun: true });
        continue;
      }
      if (!isLowerWord(t)) continue;
      const g = lex.personNouns.get(t.norm);
      if (g && this.isPredicate(i, s)) continue;
      // "the UN refugee agency", "a consumer watchdog": a person noun modifying an institution.
      if (g && isLowerWord(toks[i + 1]) && i + 1 < s.endToken && lex.headNouns.has((toks[i + 1] as Token).norm)) continue;
      if (g) {
        out.push({ kind: 'person', first: i, last: i, gender: g, cls: '', role: 'actor', name: t.text, checkSelf: ADJECTIVAL_PERSON_NOUNS.has(t.norm) });
        continue;
      }
      const cls = lex.headNouns.get(t.norm);
      // "the opposition party", "the ruling party": a lower-case party with a political modifier.
      const nameOnly = cls !== undefined && NAME_ONLY_HEADS.has(t.norm) && !(t.norm === 'party' && POLITICAL_MODIFIERS.has((toks[i - 1] as Token).norm));
      if (!cls || (nameOnly && !this.speakingBody(i, s))) continue;
      // "the grid operator", not "the panic-stricken operator".
      if (t.norm === 'operator' && !OPERATOR_KINDS.has((toks[i - 1] as Token).norm)) continue;
      if (OF_NOT_INSTITUTION.has(t.norm) && toks[i + 1]?.norm === 'of') continue;
      // "the Russian side", "the government side", not "the home side" or "the other side of the road".
      if (t.norm === 'side' && !this.sideModifier(toks[i - 1] as Token)) continue;
      // "the state of Florida", not "the state" (a prosecution, a condition).
      if (t.norm === 'state' && !(toks[i + 1]?.norm === 'of' && isCapWord(toks[i + 2]) && i + 2 < s.endToken)) continue;
      const start = this.npStart(i, s);
      if (start === undefined) continue;
      const next = i + 1 < s.endToken ? toks[i + 1] : undefined;
      // "a company of ignorant beings", "a group of parents": a quantity, not an institution.
      const det = toks[start] as Token;
      if (next?.norm === 'of' && (det.norm === 'a' || det.norm === 'an') && isLowerWord(toks[i + 2])) continue;
      if (isLowerWord(next) && (lex.personNouns.has(next.norm) || lex.headNouns.has(next.norm))) continue;
      const { role } = this.roleOf(start, i, s);
      const checkNext = isLowerWord(next) && !STOP.has(next.norm) && !CONNECTORS.has(next.norm) && !VERBISH.has(next.norm);
      out.push({ kind: 'institution', first: start, last: i, gender: 'u', cls, role: role === 'modifier' ? 'actor' : role, name: this.textOf(start, i), checkNext, ...(nameOnly ? { weakBody: true } : {}) });
    }
    out.sort((a, b) => a.last - b.last || a.first - b.first);
    // "the Youth and Games Ministry", "the Trade and Industry Ministry": a capitalized common word
    // and "and" before an institution's name are the name's first half, not a person.
    for (let k = out.length - 1; k >= 0; k--) {
      const m2 = out[k] as Mention;
      if (m2.kind !== 'institution' || m2.pronoun || !isCapWord(toks[m2.first]) || toks[m2.first - 1]?.norm !== 'and') continue;
      const at = out.findIndex((m1) => m1.kind === 'person' && !m1.pronoun && m1.first === m1.last && m1.last === m2.first - 2);
      if (at < 0) continue;
      const w = toks[(out[at] as Mention).first] as Token;
      if (!isCapWord(w) || !COMMON_WORDS.has(w.norm)) continue;
      out[k] = { ...m2, first: w.index, name: this.textOf(w.index, m2.last) };
      out.splice(at, 1);
    }
    this.mentionCache[sentenceIndex] = out;
    return out;
  }

  /**
   * "The museum said he had", ", and the school announced that": a lower-case head that names an
   * institution only inside a name (NAME_ONLY_HEADS) does name one right after "the" opening its
   * clause and right before a verb of reporting (a building or an event says nothing), or before
   * "and his/her" ("The party and his leader rejected it"). Not a
   * school, a clinic or a zoo (WARD_KEEPERS), whose "he" or "she" is most often a pupil, a
   * patient or an animal.
   */
  private speakingBody(i: number, s: Sentence): boolean {
    const toks = this.doc.tokens;
    const det = toks[i - 1];
    const verb = toks[i + 1];
    if (WARD_KEEPERS.has((toks[i] as Token).norm) || REPORTS_ON_PEOPLE.has((toks[i] as Token).norm)) return false;
    // "The party and his leader": the body and what is its own.
    const coordinated = verb?.norm === 'and' && ['his', 'her'].includes(toks[i + 2]?.norm ?? '');
    if (det?.norm !== 'the' || i - 1 < s.firstToken || !verb || i + 1 >= s.endToken || !isLowerWord(verb) || !(REPORTING_VERBS.has(verb.norm) || coordinated)) return false;
    const before = toks[i - 2];
    return i - 1 === s.firstToken || (before !== undefined && (before.text === ',' || before.text === ':' || before.norm === 'and' || before.norm === 'but'));
  }

  /** "was named the league's best young player": a predicate describes a mention, it is not one. */
  private isPredicate(i: number, s: Sentence): boolean {
    const toks = this.doc.tokens;
    for (let k = i - 1; k >= Math.max(s.firstToken, i - 7); k--) {
      const t = toks[k] as Token;
      if (t.kind === 'punct') return false;
      if (PREDICATE_VERBS.has(t.norm)) return true;
      if (STOP.has(t.norm) && !DETS.has(t.norm)) return false;
    }
    return false;
  }

  /** Start of a lower-case institution NP ("the portuguese club"), or undefined without a determiner. */
  private npStart(head: number, s: Sentence): number | undefined {
    const toks = this.doc.tokens;
    // Common words that name an institution only with "the" or a name: "the service", not "a
    // service"; "Honorable service to his country" is no institution.
    const weak = WEAK_HEADS.has((toks[head] as Token).norm);
    for (let k = head - 1; k >= Math.max(s.firstToken, head - 4); k--) {
      const t = toks[k] as Token;
      if (t.kind === 'punct') return undefined;
      if (DETS.has(t.norm)) {
        if (weak && t.norm !== 'the' && t.norm !== "'s") return undefined;
        return t.norm === "'s" ? this.possessorStart(k, s) : k;
      }
      if (STOP.has(t.norm) || SPEECH_VERBS.has(t.norm)) return undefined;
      if (isCapWord(t)) {
        if (STOP.has(t.norm)) return undefined;
        // "the Italian central bank", "the Spanish football federation", "the US central bank":
        // a demonym, a country or an acronym may stand before lower-case modifiers.
        const national = this.lex.demonyms.has(t.text) || BLOC_ADJECTIVES.has(t.text) || this.lex.names.get(t.text)?.some((n) => n.kind === 'place' && n.tokens.length === 1) === true || /^\p{Lu}{2,}$/u.test(t.text);
        // "the Indian state of Kerala": a weak head only with a demonym and "the".
        if (weak && (!national || toks[k - 1]?.norm !== 'the' || k - 1 < s.firstToken)) return undefined;
        // "Gothenburg municipality", "the Aarhus city council": a town's own government, the
        // town's name before the head or before a local-government word.
        const local = LOCAL_GOVERNMENT_CLASSES.has(this.lex.headNouns.get((toks[head] as Token).norm) ?? '') && toks.slice(k + 1, head).every((x) => LOCAL_GOVERNMENT_MODIFIERS.has(x.norm));
        if (k !== head - 1 && !national && !local) return undefined;
        if (capitalOnlyAsInitial(this.doc, t) && !national && !local) return undefined;
        // "Health ministry", "the Lisbon club": take the capitalized modifier (and its article).
        let j = k;
        while (j - 1 >= s.firstToken && isCapWord(toks[j - 1]) && !STOP.has((toks[j - 1] as Token).norm)) j--;
        if (j - 1 >= s.firstToken && DETS.has((toks[j - 1] as Token).norm)) j--;
        return j;
      }
    }
    return undefined;
  }

  private possessorStart(mark: number, s: Sentence): number {
    const toks = this.doc.tokens;
    let j = mark - 1;
    while (j - 1 >= s.firstToken && isCapWord(toks[j - 1])) j--;
    return Math.max(j, s.firstToken);
  }

  /** A mention that can be an antecedent, asking the tagger about modifiers only here. */
  isCandidate(m: Mention): boolean {
    const toks = this.doc.tokens;
    if (m.kind === 'person' && m.maybe) {
      if (m.role !== 'actor' && m.role !== 'possessive') return false;
      const ft = toks[m.first] as Token;
      // "the Law on Digital Markets": a name after an article or "on" is no person.
      const before = this.doc.prev(ft);
      if (before && before.norm !== "'s" && (DETS.has(before.norm) || NOT_BEFORE_PERSON.has(before.norm))) return false;
      // Without the tagger (this runs on every unknown name near a pronoun): "Suddenly," is an
      // adverb, "Intensive Care unit" a modifier; "Ivanov denied", "Smith says" are people.
      if (m.first === m.last && this.doc.isSentenceInitial(ft) && /ly$/.test(ft.norm)) return false;
      const next = this.doc.next(toks[m.last] as Token);
      if (isLowerWord(next) && !STOP.has(next.norm) && !VERBISH.has(next.norm) && !/(ed|s)$/.test(next.norm)) return false;
      return true;
    }
    if (m.kind === 'person') {
      if (m.pronoun) return true;
      if (m.checkSelf && this.doc.canTag) {
        // "Washington has accused the bloc": a verb, not a person.
        if (this.doc.pos(toks[m.last] as Token) === 'VERB') return false;
        // "official data", "chief economist": an adjective when a noun follows.
        const next = this.doc.next(toks[m.last] as Token);
        if (isLowerWord(next) && !STOP.has(next.norm)) {
          const tag = this.doc.pos(next);
          return tag !== 'NOUN' && tag !== 'ADJ';
        }
      }
      return true;
    }
    if (m.role === 'location' || m.role === 'complement' || m.role === 'modifier') return false;
    if (m.checkNext && this.doc.canTag) {
      const next = toks[m.last + 1] as Token;
      const tag = this.doc.pos(next);
      if (tag === 'NOUN' || tag === 'PROPN') return false;
    }
    return !this.isObject(m);
  }

  /**
   * "Police told the court he…", "an agreement with Benfica": a place or institution after a verb
   * or a preposition is acted on, not acting; a pronoun rarely points back to it. The subject of
   * a reported clause ("Xinhua said the ministry would…") is not an object.
   */
  private isObject(m: Mention): boolean {
    const { doc } = this;
    if (!doc.canTag || m.kind === 'person') return false;
    const first = doc.tokens[m.first] as Token;
    let p = doc.prev(first);
    if (p && (p.norm === 'the' || p.norm === 'a' || p.norm === 'an')) p = doc.prev(p);
    if (!p || p.kind !== 'word') return false;
    // "ordered the company to open its platform": the object is the agent of the infinitive.
    if (doc.next(doc.tokens[m.last] as Token)?.norm === 'to') return false;
    if (SPEECH_VERBS.has(p.norm) || p.norm === 'that' || p.norm === 'as' || p.norm === 'by' || p.norm === 'and' || p.norm === 'but') return false;
    if (OBJECT_PREPS.has(p.norm)) return true;
    if (STOP.has(p.norm)) return false;
    const tag = doc.pos(p);
    return tag === 'VERB' || tag === 'ADP';
  }

  /** The person mentions that could be what a he/she pronoun of `gender` points to. */
  private compatiblePerson(m: Mention, gender: 'm' | 'f', unnamedIsOther = false): boolean {
    if (m.kind !== 'person' || m.gender === 'p') return false;
    if (m.gender !== 'u' && m.gender !== gender) return false;
    if (m.gender === 'u' && unnamedIsOther) return false;
    if (m.pronoun && this.resolved.get(m.first)) return false;
    return this.isCandidate(m);
  }

  /**
   * The story has so far called its people only by the other gender's pronouns ("he", never
   * "she"): a person of unknown gender ("the player") is then one of them, not the antecedent of
   * a "her". Pronouns resolved to an institution do not count.
   */
  private onlyOtherGenderBefore(t: Token, gender: 'm' | 'f'): boolean {
    const toks = this.doc.tokens;
    const at = this.pronouns;
    for (; this.genderScan < at.length && (at[this.genderScan] as number) < t.index; this.genderScan++) {
      const i = at[this.genderScan] as number;
      const g = pronounGender((toks[i] as Token).norm);
      if (!g || this.resolved.get(i)) continue;
      if (g === 'm') this.heCount++;
      else this.sheCount++;
    }
    return gender === 'f' ? this.sheCount === 0 && this.heCount > 0 : this.heCount === 0 && this.sheCount > 0;
  }

  /** A place name that is also a person's ("Washington", "Georgia", "Victoria", "Milan"). */
  private personLike(name: string): boolean {
    return PERSON_LIKE_PLACES.has(name) || this.lex.firstNames.has(name) || this.lex.personLikePlaces.has(name);
  }

  /** "… and his/her allies|partners": the words after token index `last`. */
  private alliedAfter(last: number): boolean {
    const a = this.doc.tokens[last + 1];
    const p = this.doc.tokens[last + 2];
    const n = this.doc.tokens[last + 3];
    return a?.norm === 'and' && (p?.norm === 'his' || p?.norm === 'her') && ALLY_NOUNS.has(n?.norm ?? '');
  }

  isQuoted(t: Token): boolean {
    return this.quoted[t.index] === 1;
  }

  /** Whether a place mention may stand for a government here (not a person of that name). */
  placeIsGovernment(m: Mention): boolean {
    if (m.kind !== 'place') return true;
    const learned = this.learnedFor(m.first, m.last);
    if (learned?.kind === 'person') return false;
    const bare = m.name;
    if (!this.personLike(bare)) return true;
    // "Berlin announced that…", "Paris warned": a capital that only a government makes act so.
    if (m.cls === 'capital' && GOVERNMENT_CAPITALS.has(bare) && GOVERNMENT_VERBS.has(this.doc.next(this.doc.tokens[m.last] as Token)?.norm ?? '')) return true;
    // "Washington and his allies": a capital with allies or partners is its government.
    if (m.cls === 'capital' && GOVERNMENT_CAPITALS.has(bare) && this.alliedAfter(m.last)) return true;
    // A region or city that is also a name ("Victoria", "Guerrero") must be used as a place.
    const country = m.cls === 'capital' ? this.lex.capitalOf.get(bare) : m.cls === 'country' ? this.lex.countryOf.get(bare) : undefined;
    return this.placeUsed(bare, m.first, m.last, country);
  }

  // -------------------------------------------------------------------------------------------
  // Resolution.

  /**
   * The suspect readings, for a he/she/his/her that resolveGendered leaves alone because fluent
   * English could mean a person: a body reporting about itself with a person of that gender
   * named before (reportedByActor); a country as "she", or a place or body that opens its
   * sentence as the pronoun's actor (actorAsPerson).
   */
  suspectGendered(t: Token): Resolution | undefined {
    if (!pronounGender(t.norm)) return undefined;
    if (this.isQuoted(t)) return this.quotedCountry(t);
    if (this.resolveGendered(t)) return undefined;
    return this.reportedByActor(t) ?? this.actorAsPerson(t) ?? this.askedObject(t);
  }

  /**
   * "The court fined Medtrix 20 million crowns and banned her from public tenders": two verbs
   * joined by "and" share their object, so him/her right after the second verb is the first
   * verb's object when that is an institution (not a name that may be a person's, nor one whose
   * head is only a building's) or a government, with nothing but lower-case words and numbers
   * between it and "and". Not after a verb done only to a person ("raided the firm and arrested
   * him"), nor before "to" ("and ordered him to pay"), and not with a person the pronoun may
   * mean in the sentence or in the `reach` sentences before (past two back, only one known to
   * be of its gender).
   */
  private sharedObject(t: Token, gender: 'm' | 'f', reach: number): Resolution | undefined {
    const { doc } = this;
    if (!doc.canTag) return undefined;
    const toks = doc.tokens;
    const s = doc.sentenceOf(t);
    const v2 = toks[t.index - 1];
    // "and banned her", "and also banned her", ", banning her".
    let and = toks[t.index - 2];
    if (and && SHARED_ADVERBS.has(and.norm) && toks[t.index - 3]?.norm === 'and') and = toks[t.index - 3];
    const joined = and !== undefined && (and.norm === 'and' || (and.text === ',' && /ing$/.test(v2?.norm ?? '')));
    if (!v2 || !and || !joined || and.index <= s.firstToken || !isLowerWord(v2) || doc.pos(v2) !== 'VERB') return undefined;
    if (PERSON_ONLY_PASSIVES.has(v2.norm) || SPEECH_VERBS.has(v2.norm) || DIRECTIVE_VERBS.has(v2.norm) || ASKING_VERBS.has(v2.norm)) return undefined;
    if (doc.next(t)?.norm === 'to') return undefined;
    const ms = this.mentions(s.index);
    let obj: Mention | undefined;
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k] as Mention;
      if (m.last >= and.index) continue;
      obj = m;
      break;
    }
    if (!obj || obj.pronoun || obj.maybe || obj.weakBody || obj.weakPlace || obj.role !== 'actor' || obj.kind === 'person') return undefined;
    // A club or a team is fined and its player banned ("fined the club and suspended him").
    if (obj.kind === 'institution' && (['club', 'team'].includes(obj.cls) || REPORTS_ON_PEOPLE.has((toks[obj.last] as Token).norm) || this.sports)) return undefined;
    if (obj.kind === 'place' && ((obj.cls !== 'country' && obj.cls !== 'capital') || !this.placeIsGovernment(obj))) return undefined;
    if (and.index - obj.last > 6) return undefined;
    for (let k = obj.last + 1; k < and.index; k++) {
      const w = toks[k] as Token;
      if (!(w.kind === 'number' || (isLowerWord(w) && !STOP.has(w.norm)))) return undefined;
      // "said the ministry acted quickly and banned her": the first NP is then a subject.
      if (w.kind === 'word' && (doc.pos(w) === 'VERB' || doc.pos(w) === 'AUX' || VERBISH.has(w.norm))) return undefined;
    }
    // The first verb's object: a verb right before it (or before its article, or before a head
    // noun naming it: "fined the supplier Veltrona").
    const head = ms.find((m) => m.kind === 'institution' && m.last === obj.first - 1);
    let p = doc.prev(toks[head?.first ?? obj.first] as Token);
    if (p && ARTICLES.has(p.norm)) p = doc.prev(p);
    if (!p || !isLowerWord(p) || doc.pos(p) !== 'VERB' || p.index < s.firstToken) return undefined;
    const other = this.onlyOtherGenderBefore(t, gender);
    const person = (m: Mention): boolean => m.first !== t.index && this.compatiblePerson(m, gender, other);
    if (ms.some(person)) return undefined;
    // Past the two sentences before, only a person known to be of the pronoun's gender
    // ("The chairwoman resigned in May. … Regulators fined the bank and barred her").
    const earlier = (m: Mention, r: number): boolean => person(m) && (r <= 2 || m.gender === gender) && !(m.pronoun && this.suspectGendered(toks[m.first] as Token));
    for (let r = 1; r <= reach && s.index - r >= 0; r++) if (this.mentions(s.index - r).some((m) => earlier(m, r))) return undefined;
    return { antecedent: obj, pattern: 'clause', confidence: reach >= 2 ? 0.7 : 0.5 };
  }

  /**
   * "“Serbia today got back a piece of her memory,” the minister said": a country or capital
   * opening a quote as its sentence's subject, and he/she or a possessive his/her later in the
   * same quoted sentence with no person (nor any other name) between: a speaker's country as
   * "she" is a dated reading (literaryOrGeneric) that quoted wire copy no longer carries, and MT
   * from languages whose country names are gendered makes it so.
   */
  private quotedCountry(t: Token): Resolution | undefined {
    const { doc } = this;
    if (!['she', 'her', 'he', 'his'].includes(t.norm) || (t.norm === 'her' && !this.herIsPossessive(t))) return undefined;
    const s = doc.sentenceOf(t);
    const before = this.mentions(s.index).filter((m) => m.first < t.index);
    const c = before[0];
    if (!c || before.length !== 1 || c.kind !== 'place' || (c.cls !== 'country' && c.cls !== 'capital') || c.role !== 'actor' || c.weakPlace || !this.placeIsGovernment(c)) return undefined;
    const open = doc.tokens[this.phraseStart(c, s) - 1];
    if (!open || !(OPEN_QUOTES.has(open.text) || open.text === '"') || open.index < s.firstToken) return undefined;
    for (let k = c.last + 1; k < t.index; k++) {
      const w = doc.tokens[k] as Token;
      if (!this.isQuoted(w) || w.text === '"' || CLOSE_QUOTES.has(w.text) || OPEN_QUOTES.has(w.text) || isCapWord(w)) return undefined;
    }
    // A verb right after the country: it is the quoted clause's subject.
    const after = doc.next(doc.tokens[c.last] as Token);
    if (!isLowerWord(after)) return undefined;
    // Someone else the story names nearby may be meant ("“Ireland loves her music,” he said of
    // singer Mary Black"): a person outside the quote in the sentence or in the one before,
    // other than the quote's speaker (named next to a verb of saying after it).
    const toks = doc.tokens;
    const speech = (x: Token | undefined): boolean => x !== undefined && SPEECH_VERBS.has(x.norm);
    const ms = this.mentions(s.index);
    const speakers = new Set(ms.filter((m) => m.kind === 'person' && !m.pronoun && m.first > t.index && !this.isQuoted(toks[m.first] as Token) && (speech(doc.next(toks[m.last] as Token)) || speech(doc.prev(toks[m.first] as Token)))).map((m) => (toks[m.last] as Token).text));
    const other = (m: Mention): boolean => !m.pronoun && !this.isQuoted(toks[m.first] as Token) && !speakers.has((toks[m.last] as Token).text) && this.compatiblePerson(m, pronounGender(t.norm) as 'm' | 'f');
    if (ms.some(other) || (s.index > 0 && this.mentions(s.index - 1).some(other))) return undefined;
    return { antecedent: c, pattern: 'clause', confidence: 0.5 };
  }

  /**
   * "Kripos … asked anyone called by the network to contact him": askedToward with only the
   * sentence before checked for a person the pronoun may mean (the main tier checks two).
   */
  private askedObject(t: Token): Resolution | undefined {
    const gender = pronounGender(t.norm);
    if (!gender || !(t.norm === 'him' || (t.norm === 'her' && this.herIsObjectCheaply(t)))) return undefined;
    return this.askedToward(t, gender, 1) ?? this.sharedObject(t, gender, 1);
  }

  /**
   * "Athens has long argued that her tourism model must change", "Ethiopia earns a third of her
   * export revenue": a country as "she". English once wrote it, and literaryOrGeneric lets it
   * pass; wire copy now writes "it", and MT from languages whose country names are feminine
   * makes it "she". And a country or capital as he/she/his/her, or an institution as he/she,
   * where the ordinary reading is blocked by a person named in an earlier sentence, while the
   * pronoun's own sentence has the place or body as its nearest actor, opening the sentence, and
   * no person before it ("Papadakis has guarded the rock for 22 years. Athens has long argued
   * that her tourism model must change").
   */
  private actorAsPerson(t: Token): Resolution | undefined {
    if (!['she', 'her', 'he', 'his'].includes(t.norm) || (t.norm === 'her' && !this.herIsPossessive(t))) return undefined;
    if (pronounGender(t.norm) === 'f') {
      const r = this.computeGendered(t);
      if (r) return r.antecedent.kind === 'place' && r.antecedent.cls === 'country' ? { ...r, confidence: 0.5 } : undefined;
    }
    // A person named in an earlier sentence blocks the ordinary reading; here the sentence's own
    // actor is the country or capital and no person stands in the sentence before the pronoun.
    const s = this.doc.sentenceOf(t);
    const before = this.mentions(s.index).filter((m) => m.last < t.index && !m.pronoun);
    const last = before[before.length - 1];
    const host = last && this.appositiveHost(last, before);
    const nearest = host ?? last;
    // An institution as he/she, or his/her before what only a body has: its other "his" may be a
    // player's ("Nacional, his first club").
    const owned = (t.norm === 'his' || t.norm === 'her') && this.ownedByBody(t);
    const body = nearest?.kind === 'institution' && (t.norm === 'he' || t.norm === 'she' || owned);
    if (!nearest || (nearest.kind === 'place' ? nearest.cls !== 'country' && nearest.cls !== 'capital' : !body) || nearest.role !== 'actor' || nearest.weakPlace || nearest.weakBody || nearest.maybe) return undefined;
    // No person before it in the sentence (an unresolved he/she is one), and the place opens the
    // sentence (after a dateline or its article): "Jiri of Podebrady captured Prague; later he".
    if (this.mentions(s.index).some((m) => m.first < t.index && m.kind === 'person' && (!m.pronoun || !this.resolved.get(m.first)))) return undefined;
    if (!this.placeIsGovernment(nearest) || !this.opensSentence(nearest, s)) return undefined;
    // Not a quote's speaker ("…,” he wrote"), nor a place named inside the quote.
    const prev = this.doc.prev(t);
    const next = this.doc.next(t);
    if (prev && (CLOSE_QUOTES.has(prev.text) || prev.text === '"' || (prev.text === ',' && next && SPEECH_VERBS.has(next.norm)))) return undefined;
    if (this.isQuoted(this.doc.tokens[nearest.first] as Token)) return undefined;
    return { antecedent: nearest, pattern: 'clause', confidence: 0.5 };
  }

  /** What a body reports or keeps as its own after his/her: "his rules", "her key rate". */
  private ownedByBody(t: Token): boolean {
    return BODY_OWNED.has(this.doc.next(t)?.norm ?? '') || this.ownedByInstitution(t);
  }

  /** Where the mention's phrase starts: its article, if it has one in the sentence. */
  private phraseStart(m: Mention, s: Sentence): number {
    return m.first > s.firstToken && ARTICLES.has((this.doc.tokens[m.first - 1] as Token).norm) ? m.first - 1 : m.first;
  }

  /** The mention opens its sentence (after a dateline, "Athens:", and an article) or a clause after ", and". */
  private opensSentence(m: Mention, s: Sentence): boolean {
    const { doc } = this;
    const open = this.phraseStart(m, s);
    if (open === s.firstToken) return true;
    const b = doc.tokens[open - 1] as Token;
    if (b.text === ':' && open - 2 === s.firstToken) return true;
    // A clause of its own after a comma: ", and Moscow has said that he".
    return (b.norm === 'and' || b.norm === 'but' || b.norm === 'while') && doc.tokens[open - 2]?.text === ',';
  }

  /**
   * "The company said she would appeal", "The federation said his rules require": an
   * institution, or a place standing for its government, that opens its clause, then a
   * reporting verb, an optional "that", and he/she or a possessive his/her: the body's own
   * statement. resolveGendered refuses it when a person of that gender was named shortly before
   * (fluent English does write "John Smith was named chief executive. The company said he would
   * cut jobs"); machine-translated copy mostly means the body.
   */
  private reportedByActor(t: Token): Resolution | undefined {
    const { doc } = this;
    if (t.norm === 'him' || t.norm === 'himself' || t.norm === 'herself' || t.norm === 'hers') return undefined;
    if (t.norm === 'her' && !this.herIsPossessive(t)) return undefined;
    // A possessive only before what a body has: "the club said his contract" is the player's.
    if ((t.norm === 'his' || t.norm === 'her') && !this.ownedByBody(t)) return undefined;
    let k = t.index - 1;
    if (doc.tokens[k]?.norm === 'that') k--;
    if (!REPORTING_VERBS.has(doc.tokens[k]?.norm ?? '') || !isLowerWord(doc.tokens[k])) return undefined;
    const s = doc.sentenceOf(t);
    const m = this.mentions(s.index).find((x) => x.last === k - 1);
    if (!m || m.pronoun || m.maybe || m.weakPlace || m.weakBody || m.kind === 'person' || m.role !== 'actor' || !this.placeIsGovernment(m)) return undefined;
    // It opens its clause (after its article): the sentence's start (after a dateline), or after
    // a comma or "and".
    const open = this.phraseStart(m, s);
    const before = doc.tokens[open - 1];
    if (open !== s.firstToken && before && before.text !== ',' && before.text !== ':' && before.norm !== 'and') return undefined;
    return { antecedent: m, pattern: 'report', confidence: 0.5 };
  }

  /** Resolves a he/him/his/she/her/hers/himself/herself token to an institution, or undefined. */
  resolveGendered(t: Token): Resolution | undefined {
    const done = this.resolved.get(t.index);
    if (done !== undefined) return done ?? undefined;
    let r = this.computeGendered(t);
    if (r && this.literaryOrGeneric(t, r.antecedent)) r = undefined;
    this.resolved.set(t.index, r ?? null);
    return r;
  }

  /**
   * Readings native English allows: "America has made her position clear", "Israel and her
   * neighbors" (a country as "she", dated but written; a capital or an institution as "she" is
   * not), any "she/her" with a country named between it and its antecedent ("the Congress granted
   * Austria a moratorium… on her debt"), and the generic "every producer… his production".
   */
  private literaryOrGeneric(t: Token, a: Mention): boolean {
    const { doc } = this;
    if (pronounGender(t.norm) === 'f') {
      if (a.kind === 'place' && a.cls === 'country') return !this.reportedShe(t, a) && !this.herEconomy(t) && !this.stateRelation(t, a);
      const s = doc.sentenceOf(t);
      // (Not the one asked in "has asked Greece to send her a plan": that cannot be it.)
      const asked = (m: Mention): boolean => doc.tokens[m.last + 1]?.norm === 'to' && TOWARD_VERBS.has(doc.tokens[m.last + 2]?.norm ?? '');
      if (this.mentions(s.index).some((m) => m.first > a.last && m.last < t.index && m.kind === 'place' && m.cls === 'country' && !asked(m))) return true;
    }
    const det = doc.tokens[a.first] as Token | undefined;
    return a.kind === 'institution' && det !== undefined && GENERIC_DETERMINERS.has(det.norm);
  }

  /** "France said she would", "Turkey has also warned that she": the country's reported words. */
  private reportedShe(t: Token, a: Mention): boolean {
    if (t.norm !== 'she') return false;
    const { doc } = this;
    let k = t.index - 1;
    if (doc.tokens[k]?.norm === 'that') k--;
    if (!REPORTING_VERBS.has(doc.tokens[k]?.norm ?? '')) return false;
    for (let j = a.last + 1; j < k; j++) if (!BEFORE_REPORTING.has((doc.tokens[j] as Token).norm)) return false;
    return k > a.last;
  }

  /**
   * "Tehran will ask his neighbours", "Jordan has asked her Gulf partners", "Berlin has promised
   * his support", "the ministry expressed her concern": a country, capital or institution acting,
   * a verb group of at most three words (one a verb, the rest CLAUSE_AUX), then his/her and, after
   * at most two modifiers, a noun ending the phrase: a STATE_RELATIONS noun (a country or capital
   * only) or, after EXPRESS_VERBS, a STANCE_NOUNS noun.
   */
  private stateRelation(t: Token, a: Mention): boolean {
    if (t.norm !== 'his' && t.norm !== 'her') return false;
    if (a.role !== 'actor' || a.weakPlace) return false;
    const state = a.kind === 'place' && (a.cls === 'country' || a.cls === 'capital');
    if (!state && a.kind !== 'institution') return false;
    const toks = this.doc.tokens;
    const n = t.index - a.last - 1;
    if (n < 1 || n > 3) return false;
    let verb: Token | undefined;
    for (let k = a.last + 1; k < t.index; k++) {
      const w = toks[k] as Token;
      if (!isLowerWord(w)) return false;
      if (CLAUSE_AUX.has(w.norm)) continue;
      if (SPEECH_VERBS.has(w.norm) || verb) return false;
      verb = w;
      if (this.doc.canTag ? this.doc.pos(w) !== 'VERB' : STOP.has(w.norm)) return false;
    }
    if (!verb) return false;
    // An institution binds only its own stance; a state its relations too.
    const nouns = EXPRESS_VERBS.has(verb.norm) ? (state ? STATE_OWN : STANCE_NOUNS) : state ? STATE_RELATIONS : undefined;
    if (!nouns) return false;
    for (let k = 1; k <= 3; k++) {
      const w = toks[t.index + k];
      if (!w || w.kind !== 'word') return false;
      if (nouns.has(w.norm)) {
        const nx = toks[t.index + k + 1];
        return !nx || nx.kind === 'punct' || STOP.has(nx.norm);
      }
      if (STOP.has(w.norm)) return false;
    }
    return false;
  }

  /** "her currency", "her imports": a possession only a state's economy has (STATE_ECONOMY). */
  private herEconomy(t: Token): boolean {
    if (t.norm !== 'her') return false;
    const next = this.doc.tokens[t.index + 1];
    return next !== undefined && STATE_ECONOMY.has(next.norm);
  }

  private computeGendered(t: Token): Resolution | undefined {
    const { doc } = this;
    const gender = pronounGender(t.norm);
    if (!gender || this.isQuoted(t)) return undefined;
    // An institution acts on people: "the hospital hired him", "the company dumped her" are
    // about someone else. Objects are never flagged (reflexives are).
    // The exception: the asker in "has asked Greece to send her a plan" (askedToward).
    if (t.norm === 'him' || (t.norm === 'her' && this.herIsObjectCheaply(t))) return this.askedToward(t, gender, 4) ?? this.sharedObject(t, gender, 4);
    if ((t.norm === 'he' || t.norm === 'she') && this.personOnlyVerb(t)) return undefined;
    const prev = doc.prev(t);
    // "he/she", "his/her": a person of either sex.
    if (prev?.text === '/' || next0(doc, t)?.text === '/') return undefined;
    // "the land He's trying to ignore": a capital He/His inside a sentence is the deity's.
    if (prev && isCapWord(t) && !doc.isSentenceInitial(t) && !/^[:;—–-]$/.test(prev.text)) return undefined;
    const next = doc.next(t);
    // "…,” he said" / "…, he added": the speaker of a quote is a person.
    if (prev && (CLOSE_QUOTES.has(prev.text) || prev.text === '"')) return undefined;
    if (prev?.text === ',' && next && SPEECH_VERBS.has(next.norm)) return this.speechTagOfInstitution(t, gender);
    const s = doc.sentenceOf(t);
    // The mentions before it in the sentence, no further back than MENTION_WINDOW tokens: no real
    // sentence is that long, and a text without sentence marks must not cost pronouns x mentions.
    const ms = this.mentionsWithin(s.index, t.index - MENTION_WINDOW, t.index);
    // Resolve earlier pronouns of the sentence first: a flagged one is not a person.
    for (const m of ms) if (m.pronoun) this.resolveGendered(doc.tokens[m.first] as Token);
    // "She was founded in 1990", "he is listed in Frankfurt": what no person is.
    if ((t.norm === 'he' || t.norm === 'she') && this.institutionOnlyVerb(t)) {
      const r = this.institutionOnlyAntecedent(t, s, ms);
      if (r) return r;
    }
    let nearest: Mention | undefined;
    // "Moscow accuses Kyiv and her Western backers": "X and his/her N" binds to X, object or not.
    const and = prev && (prev.norm === 'and' || prev.text === '&') ? prev : undefined;
    const coordinated = and ? ms.find((m) => m.last === and.index - 1 && m.kind !== 'person' && (m.role === 'actor' || m.role === 'possessive')) : undefined;
    if (coordinated) nearest = coordinated;
    else for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k] as Mention;
      // "his first club", "His new office": someone's, not an actor; the "his" inside is skipped too.
      if (m.kind === 'institution' && m.first < m.last && pronounGender((doc.tokens[m.first] as Token).norm)) continue;
      if (m.pronoun && ms.some((x) => x.kind === 'institution' && x.first === m.first && x.last > m.first)) continue;
      if (m.pronoun && this.resolved.get(m.first)) {
        nearest = (this.resolved.get(m.first) as Resolution).antecedent;
        break;
      }
      // "a vessel": a ship may be "she", never "he".
      if (gender === 'm' && m.kind === 'person' && !m.pronoun && FEMININE_THINGS.has(m.name.toLowerCase())) continue;
      if (this.isCandidate(m)) {
        // An appositive stands for its host: a person, or a place that is no actor ("Farmers in
        // Ethiopia, the largest producer, say"), is then no antecedent of this pronoun.
        const host = this.appositiveHost(m, ms);
        if (host && host.kind !== 'person' && !this.isCandidate(host)) continue;
        nearest = host ?? m;
        break;
      }
    }
    if (!nearest) return this.fronted(t, s, ms) ?? this.crossSentence(t, gender, s, ms);
    // "Grupo Sul, the owner of the channel, said he": the appositive's noun is the company's role.
    if (nearest.kind === 'person' && !nearest.pronoun && (t.norm === 'he' || t.norm === 'she')) nearest = this.appositiveOf(nearest, ms, t) ?? nearest;
    const spokes = (t.norm === 'he' || t.norm === 'she') && nearest.first >= s.firstToken ? this.spokesInstitution(t, ms, gender) : undefined;
    if (spokes) return spokes;
    if (nearest.kind === 'person' || !this.placeIsGovernment(nearest)) return undefined;
    if (t.norm === 'her' && !this.herIsPossessive(t)) return undefined;
    const between = doc.tokens.slice(nearest.last + 1, t.index);
    const possessive = t.norm === 'his' || (t.norm === 'her' && this.herIsPossessive(t));
    // "Nacional, his first club": an appositive about someone else.
    if (possessive && between.length === 1 && between[0]?.text === ',') return undefined;
    // "the club said (that) his contract…": a reported clause may be about anyone the story
    // has named, so it takes two sentences without such a person.
    const reported = possessive && prev !== undefined && (prev.norm === 'that' || SPEECH_VERBS.has(prev.norm));
    // "the committee recommended that he be promoted", "the court ordered him": the institution
    // decides about a person. ("Jordan has asked her Gulf partners": its own relations.)
    if (this.afterDirective(t) && !(possessive && this.stateRelation(t, nearest))) return undefined;
    // "After 20 years with the same company, she left": the subject after a fronted adverbial is
    // the story's person, not a noun inside the adverbial.
    if (prev?.text === ',' && this.afterFrontedAdverbial(prev, s) && !this.accordingTo(nearest, prev)) return undefined;
    const other = this.onlyOtherGenderBefore(t, gender);
    const earlierPerson = ms.some((m) => m.last < nearest.first && this.compatiblePerson(m, gender, other));
    // "She said China was ready to share his experience": the sentence's own subject is a person
    // of the other gender, so the unnamed-gender people of the sentences before ("Ambassador Zhou
    // Min") are most likely that "she", not this "his".
    const otherSubject = ms.some((m) => m.pronoun && m.last < nearest.first && (m.name.toLowerCase() === (gender === 'm' ? 'she' : 'he')) && !this.resolved.get(m.first));
    const otherPrev = other || otherSubject;
    const words = between.map((b) => b.norm);
    // "The ministry, for her part, said…": the institution's own part.
    if (possessive && words.length === 2 && words[0] === ',' && words[1] === 'for' && next?.norm === 'part' && nearest.role === 'actor') {
      if (earlierPerson) return undefined;
      return { antecedent: nearest, pattern: 'coordination', confidence: 0.85 };
    }
    if (possessive && words.length === 1 && (words[0] === 'and' || words[0] === '&')) {
      if (earlierPerson) return undefined;
      return { antecedent: nearest, pattern: 'coordination', confidence: 0.9 };
    }
    if (possessive && this.isStatementFrame(words, t)) {
      return { antecedent: nearest, pattern: 'statement', confidence: 0.9 };
    }
    // "The bank raised his key rate", "for the first time in her history", "Russia will defend
    // his borders": what only an institution or a country has.
    // "France pays her teachers less", "Japan cut his subsidies": a country acting on its own payroll or prices.
    if (possessive && nearest.kind === 'place' && nearest.cls === 'country' && nearest.role === 'actor' && STATE_ECONOMY.has(next?.norm ?? '') && between.length >= 1 && between.length <= 3 && between.every((b) => isLowerWord(b) && !STOP.has(b.norm))) {
      if (earlierPerson) return undefined;
      return { antecedent: nearest, pattern: 'possession', confidence: 0.8 };
    }
    if (possessive && this.ownedByInstitution(t)) {
      if (earlierPerson) return undefined;
      return { antecedent: nearest, pattern: 'possession', confidence: 0.85 };
    }
    if (possessive && this.stateRelation(t, nearest)) {
      if (earlierPerson) return undefined;
      return { antecedent: nearest, pattern: 'possession', confidence: 0.75 };
    }
    if (earlierPerson || nearest.weakPlace) return undefined;
    // "Workers said that the enterprise had cut the bonus, and that he has not paid overtime":
    // the subject of a second reported clause is the first one's.
    if ((t.norm === 'he' || t.norm === 'she') && this.parallelThat(t, nearest, s, gender, otherPrev)) {
      return { antecedent: nearest, pattern: 'clause', confidence: 0.7 };
    }
    // "The Commission has warned that…, and he has frozen…": the subject of a clause joined by
    // ", and" is the sentence's own subject when that opens the sentence.
    if ((t.norm === 'he' || t.norm === 'she') && prev && (prev.norm === 'and' || prev.norm === 'but') && doc.prev(prev)?.text === ',' && nearest.role === 'actor' && ms.length > 0) {
      let open = s.firstToken;
      while (open < nearest.first && ((doc.tokens[open] as Token).kind === 'punct' || (doc.tokens[open] as Token).norm === 'the')) open++;
      const firstActor = ms.find((m) => m.role === 'actor' || m.kind === 'person');
      const quoted = doc.tokens.slice(s.firstToken, t.index).some((x) => this.isQuoted(x));
      const personBefore = s.index > 0 && this.mentions(s.index - 1).some((m) => this.compatiblePerson(m, gender, other));
      if (open === nearest.first && firstActor === nearest && !quoted && !personBefore) {
        return { antecedent: nearest, pattern: 'clause', confidence: 0.75 };
      }
    }
    // "Canberra said he would send helicopters", "the government said she was ready": a place
    // or a government reporting about itself. The subject of the clause is the speaker unless
    // the sentence before had a person of that gender as its own subject.
    // "Minister Rui Tavares said… Banco Horizonte said he expected synergies of…": a company
    // reporting its own business, when the only people near are government officials.
    if (!possessive && (t.norm === 'he' || t.norm === 'she') && this.scaleReport(t, words, nearest)) {
      return { antecedent: nearest, pattern: 'report', confidence: 0.7 };
    }
    if (!possessive && (t.norm === 'he' || t.norm === 'she') && this.businessReport(t, words, nearest, gender, otherPrev)) {
      return { antecedent: nearest, pattern: 'report', confidence: 0.7 };
    }
    if (!possessive && this.isReportFrame(words, nearest) && !this.previousSubjectIsPerson(s, gender, otherPrev)) {
      return { antecedent: nearest, pattern: 'report', confidence: 0.75 };
    }
    // A pronoun may point two sentences back, to the person the story is about (a named or
    // titled one: an unknown name that far back is more often a thing).
    // (Not when this sentence's subject is a person of the other gender: the story has moved on to her.)
    if (s.index > 1 && !otherSubject && this.mentions(s.index - 2).some((m) => !m.maybe && this.compatiblePerson(m, gender, otherPrev))) return undefined;
    // "during his visit to Brunei, the prime minister met…": the person may come after.
    if (prev && CATAPHORA_PREPS.has(prev.norm)) {
      const later = this.mentions(s.index).some((m) => m.first > t.index && !m.pronoun && this.compatiblePerson(m, gender, other));
      if (later) return undefined;
    }
    if (s.index > 0 && this.mentions(s.index - 1).some((m) => this.compatiblePerson(m, gender, otherPrev))) return undefined;
    if (t.norm === 'himself' || t.norm === 'herself') return { antecedent: nearest, pattern: 'reflexive', confidence: 0.8 };
    return { antecedent: nearest, pattern: 'clause', confidence: reported ? 0.65 : 0.75 };
  }

  /**
   * "Workers said (that) the enterprise had cut the bonus, and that he has not paid overtime":
   * a he/she opening a "that" clause coordinated by "and" with a reported clause whose subject,
   * right after "that" or a verb of saying, is the institution or government `m` acting, with
   * no other he/she, person, "that" or "who/which" between. Coordinated content clauses of one
   * report keep their subject; only a person of a gender the pronoun may mean, in this sentence
   * or the one before, blocks it, an unknown capitalized word only as a verb's subject.
   */
  private parallelThat(t: Token, m: Mention, s: Sentence, gender: 'm' | 'f', other: boolean): boolean {
    const { doc } = this;
    const toks = doc.tokens;
    if (m.role !== 'actor' || m.kind === 'person' || m.maybe || m.weakPlace) return false;
    if (toks[t.index - 1]?.norm !== 'that' || toks[t.index - 2]?.norm !== 'and') return false;
    const open = this.phraseStart(m, s);
    const intro = toks[open - 1];
    if (!intro || open - 1 < s.firstToken || !(intro.norm === 'that' || SPEECH_VERBS.has(intro.norm))) return false;
    for (let k = m.last + 1; k < t.index - 2; k++) {
      const w = toks[k] as Token;
      if (w.norm === 'that' || w.norm === 'who' || w.norm === 'which' || pronounGender(w.norm) || w.norm === 'they') return false;
    }
    const ms = this.mentions(s.index);
    if (ms.some((x) => x.first > m.last && x.last < t.index && (x.kind === 'person' || x.kind === m.kind))) return false;
    // An unknown name blocks only as a verb's subject ("Reed spoke first"), not in "workers at
    // Korean-invested Hanbit Vina" or "a bonus for Tet".
    const named = (x: Mention): boolean => (x.maybe ? x.kind === 'person' && !other && this.actsAsSubject(x) : this.compatiblePerson(x, gender, other));
    if (ms.some((x) => x.last < m.first && named(x))) return false;
    return !(s.index > 0 && this.mentions(s.index - 1).some(named));
  }

  /** The word after the mention is a verb: "Reed spoke", "Ivanov has denied". */
  private actsAsSubject(m: Mention): boolean {
    const { doc } = this;
    const n = doc.next(doc.tokens[m.last] as Token);
    if (!isLowerWord(n)) return false;
    if (VERBISH.has(n.norm) || SPEECH_VERBS.has(n.norm) || AUXILIARIES.has(n.norm) || MODALS.has(n.norm)) return true;
    return doc.canTag && doc.pos(n) === 'VERB';
  }

  /**
   * "Ethiopia, Africa’s largest coffee producer, earns… her", "Gazprom, the state gas giant,
   * said he", "Tadesse, the largest exporter, earns… his": an institution NP set off by commas
   * right after a name describes it; the pronoun's antecedent is the name before the comma (a
   * country stays a country for the checks that follow, a person a person).
   */
  private appositiveHost(m: Mention, ms: readonly Mention[]): Mention | undefined {
    if (m.kind !== 'institution' || m.pronoun) return undefined;
    const toks = this.doc.tokens;
    if (toks[m.last + 1]?.text !== ',') return undefined;
    let k = m.first - 1;
    if (ARTICLES.has(toks[k]?.norm ?? '')) k--;
    if (toks[k]?.text !== ',') return undefined;
    const host = ms.find((x) => x.last === k - 1 && x !== m);
    return host && !host.pronoun ? host : undefined;
  }

  /**
   * "Grupo Sul, the owner of the channel, said he": the company before a lower-case appositive
   * person noun ("the owner", "the operator of the line") that a speech verb right before the
   * pronoun follows.
   */
  private appositiveOf(p: Mention, ms: readonly Mention[], t: Token): Mention | undefined {
    const toks = this.doc.tokens;
    if (!isLowerWord(toks[p.first])) return undefined;
    let v = t.index - 1;
    if (toks[v]?.norm === 'that') v--;
    if (!SPEECH_VERBS.has(toks[v]?.norm ?? '') || toks[v - 1]?.text !== ',') return undefined;
    let k = p.first - 1;
    while (k >= 0 && DETS.has((toks[k] as Token).norm)) k--;
    if (toks[k]?.text !== ',') return undefined;
    for (let j = p.last + 1; j < v - 1; j++) {
      const w = toks[j] as Token;
      if (w.kind === 'punct' || VERBISH.has(w.norm) || w.norm === 'who' || w.norm === 'which' || w.norm === 'and') return undefined;
    }
    const inst = ms.find((m) => m.last === k - 1 && m.kind === 'institution' && m.role === 'actor');
    return inst;
  }

  /**
   * "The government said she would buy two gigawatts of storage", "the debt agency said he would
   * sell fewer short-term bills", "the tax agency said last month he was owed 3.5 million
   * kronor": an institution or a government acting reports its own action at a state's or a
   * firm's scale (not jobs or plants: "the company said he would cut 2,000 jobs" may be its new chief). Right after "said (that)" (a time phrase may stand between), the he/she is
   * followed by a verb group whose verb is one of SCALE_VERBS and, within eight words, by an
   * amount or a quantity only an institution deals in (SCALE_WORDS). A person named in the
   * sentences before does not block it: people do not invest billions or sell treasury bills;
   * "the company said he would sell 2 million shares" (his own) stays quiet.
   */
  private scaleReport(t: Token, words: readonly string[], m: Mention): boolean {
    if (m.role !== 'actor' || (m.kind !== 'institution' && m.kind !== 'place')) return false;
    if (words.length === 0 || !SPEECH_VERBS.has(words[0] as string)) return false;
    for (const w of words.slice(1)) if (!REPORT_FILLERS.has(w)) return false;
    const toks = this.doc.tokens;
    let k = t.index + 1;
    for (let n = 0; n < 3 && toks[k] && SCALE_AUX.has((toks[k] as Token).norm); n++) k++;
    const verb = toks[k];
    if (!verb || !SCALE_VERBS.has(verb.norm)) return false;
    const s = this.doc.sentenceOf(t);
    let scale = false;
    for (let j = k + 1; j < Math.min(s.endToken, k + 9); j++) {
      const w = toks[j] as Token;
      if (w.norm === 'shares' || w.norm === 'stake' || w.norm === 'salary' || w.norm === 'bonus' || w.norm === 'severance') return false;
      if (SCALE_WORDS.has(w.norm)) scale = true;
    }
    return scale;
  }

  /**
   * "Banco Horizonte said he expected synergies of 4.5 billion": a company, bank or broadcaster
   * right before "said (that)" and a he/she whose clause is about its business (BUSINESS_OBJECTS),
   * with only government officials ("Minister of Finance Rui Tavares") among the people the
   * two sentences before name, none of them by a pronoun. Not a hospital, club or court.
   */
  private businessReport(t: Token, words: readonly string[], m: Mention, gender: 'm' | 'f', other: boolean): boolean {
    if (m.kind !== 'institution' || m.role !== 'actor' || !COMMERCIAL_CLASSES.has(m.cls)) return false;
    // "X said (that) he" or "X, the owner of the channel, said (that) he".
    const w = words[words.length - 1] === 'that' ? words.slice(0, -1) : words;
    const said = w.length > 0 && SPEECH_VERBS.has(w[w.length - 1] as string);
    const appos = w.length >= 4 && w[0] === ',' && w[w.length - 2] === ',' && w.slice(1, -2).every((x) => x !== ',' && !VERBISH.has(x));
    if (!said || (w.length !== 1 && !appos)) return false;
    const { doc } = this;
    const toks = doc.tokens;
    if (REPORTS_ON_PEOPLE.has((toks[m.last] as Token).norm)) return false;
    const s = doc.sentenceOf(t);
    let business = false;
    for (let k = t.index + 1; k < Math.min(s.endToken, t.index + 9); k++) {
      const w = toks[k] as Token;
      if (w.kind === 'punct') break;
      if (BUSINESS_OBJECTS.has(w.norm)) business = true;
    }
    if (!business) return false;
    const ms = this.mentions(s.index);
    if (ms.some((x) => x.last < m.first && this.compatiblePerson(x, gender, other))) return false;
    for (let j = s.index - 1; j >= Math.max(0, s.index - 2); j--) {
      for (const x of this.mentions(j)) {
        if (!this.compatiblePerson(x, gender, other)) continue;
        if (x.pronoun) return false;
        const words2 = this.textOf(x.first, x.last).toLowerCase().split(/\s+/);
        if (!words2.some((w) => GOVERNMENT_TITLES.has(w))) return false;
      }
    }
    return true;
  }

  /**
   * "A spokesman for the operator, Hanoi Metro, said she would add signs": a he/she right after a
   * speech verb whose subject is a person noun of the other gender ("spokesman", "spokeswoman")
   * speaking for an institution is the institution, when no person it could be is named in the
   * sentence or the two before, and no person of its gender anywhere before.
   */
  private spokesInstitution(t: Token, ms: readonly Mention[], gender: 'm' | 'f'): Resolution | undefined {
    const { doc } = this;
    const toks = doc.tokens;
    let v = t.index - 1;
    if (toks[v]?.norm === 'that') v--;
    if (!SPEECH_VERBS.has(toks[v]?.norm ?? '')) return undefined;
    const other = gender === 'm' ? 'f' : 'm';
    const pi = ms.findIndex((m) => m.kind === 'person' && !m.pronoun && m.gender === other && m.last < v && SPOKES_LINKS.has(toks[m.last + 1]?.norm ?? ''));
    if (pi < 0) return undefined;
    const p = ms[pi] as Mention;
    const rest = ms.slice(pi + 1).filter((m) => m.last < v);
    const inst = rest.find((m) => m.kind !== 'person');
    if (!inst || rest.some((m) => m.kind === 'person' && !m.maybe)) return undefined;
    // "A spokeswoman for Downing Street said he": a leader's office speaks for the leader; so may a
    // country's or a city's spokesman.
    if (inst.kind === 'place' || inst.cls === 'government' || /\b(palace|presidency|office|household)$/i.test(inst.name)) return undefined;
    if (inst.kind === 'institution' && (['court', 'club', 'team'].includes(inst.cls) || REPORTS_ON_PEOPLE.has((toks[inst.last] as Token).norm))) return undefined;
    // Only the NP and its appositive stand between the person noun and the verb.
    for (let k = p.last + 1; k < v; k++) {
      const w = toks[k] as Token;
      if (w.kind === 'word' && isLowerWord(w) && (VERBISH.has(w.norm) || w.norm === 'who' || w.norm === 'which' || w.norm === 'and')) return undefined;
    }
    const s = doc.sentenceOf(t);
    const blocks = (m: Mention): boolean => this.compatiblePerson(m, gender) && (m.gender === gender || (!m.maybe && isCapWord(toks[m.last])));
    if (ms.some((m) => m.last < p.first && blocks(m))) return undefined;
    for (let j = s.index - 1; j >= Math.max(0, s.index - 2); j--) if (this.mentions(j).some(blocks)) return undefined;
    for (let j = s.index - 3; j >= 0; j--) if (this.mentions(j).some((m) => m.kind === 'person' && !m.pronoun && m.gender === gender)) return undefined;
    return { antecedent: inst, pattern: 'report', confidence: 0.7 };
  }

  /**
   * "X said (that) he": the mention is the actor of a speech verb right before the pronoun,
   * and it is a place standing for its government or a government body (not a company,
   * club, hospital or court, which often report about a person).
   */
  private isReportFrame(words: readonly string[], m: Mention): boolean {
    if (m.role !== 'actor') return false;
    const ok = words.length === 1 ? SPEECH_VERBS.has(words[0] as string) : words.length === 2 && SPEECH_VERBS.has(words[0] as string) && words[1] === 'that';
    if (!ok) return false;
    // A place that is also a first name (Georgia, Chad) may be the person the story is about.
    if (m.kind === 'place') return !this.personLike(m.name);
    return GOVERNMENT_CLASSES.has(m.cls);
  }

  /**
   * "The group said a sensor could fail. Accidents are not known, he added.": the "he" of a
   * speech tag whose speaker can only be the institution that spoke in the sentence before (its
   * subject, before a verb of saying), when no person that the pronoun could mean is named in
   * this sentence or the ones before and nothing near is quoted. German, Russian and French
   * refer to "der Konzern", "концерн", "le groupe" with a gendered pronoun.
   */
  private speechTagOfInstitution(t: Token, gender: 'm' | 'f'): Resolution | undefined {
    const { doc } = this;
    if (t.norm !== 'he' && t.norm !== 'she') return undefined;
    const s = doc.sentenceOf(t);
    if (s.index === 0) return undefined;
    const before = doc.sentences[s.index - 1] as Sentence;
    for (let i = before.firstToken; i < t.index; i++) if (this.quoted[i]) return undefined;
    for (const m of this.mentions(s.index)) if (m.last < t.index && m.kind === 'person') return undefined;
    const subject = this.mentions(s.index - 1).find((m) => m.role === 'actor' || m.kind === 'person');
    if (!subject || subject.kind === 'person' || !this.opensClause(subject, before) || !this.placeIsGovernment(subject)) return undefined;
    let said = false;
    for (let k = subject.last + 1; k < Math.min(subject.last + 4, before.endToken); k++) if (SPEECH_VERBS.has((doc.tokens[k] as Token).norm)) said = true;
    if (!said) return undefined;
    // Two sentences back any person it could mean; four back, a named one (not a capitalized
    // word that may be a name: "the Arvo compact SUV").
    for (let j = Math.max(0, s.index - 4); j < s.index; j++) {
      const near = j >= s.index - 2;
      if (this.mentions(j).some((m) => (near || !m.maybe) && (this.compatiblePerson(m, gender) || (m.kind === 'person' && m.gender === 'p' && !m.pronoun)))) return undefined;
    }
    return { antecedent: subject, pattern: 'report', confidence: 0.65 };
  }

  /**
   * The sentence before makes a person the likely referent: its first actor is a person of
   * this gender (or unknown gender), or it holds a quote (a speaker is near).
   */
  private previousSubjectIsPerson(s: Sentence, gender: 'm' | 'f', other: boolean): boolean {
    if (s.index === 0) return false;
    const before = this.doc.sentences[s.index - 1] as Sentence;
    for (let i = before.firstToken; i < before.endToken; i++) if (this.quoted[i]) return true;
    const subject = this.mentions(s.index - 1).find((m) => m.role === 'actor');
    return subject !== undefined && this.opensClause(subject, before) && this.compatiblePerson(subject, gender, other);
  }

  /**
   * The mention opens its sentence or the clause after a fronted phrase ("On Monday, Health
   * Minister Ana Silva…"), not a noun deep in the predicate ("Crews fought the fire near the farm
   * of Tom Reed").
   */
  private opensClause(m: Mention, s: Sentence): boolean {
    const toks = this.doc.tokens;
    for (let k = m.first - 1; k >= s.firstToken; k--) {
      const t = toks[k] as Token;
      if (t.text === ',' || t.text === ':' || t.text === '—' || t.text === '–') return true;
      const cap: boolean = isCapWord(t);
      if (t.kind === 'punct' || DETS.has(t.norm) || this.lex.personNouns.has(t.norm) || /^[A-Z0-9-]+$/.test(t.text) || cap) continue;
      // A verb before it puts the mention in a predicate; modifiers ("a former official") do not.
      if (SPEECH_VERBS.has(t.norm) || VERBISH.has(t.norm) || (this.doc.canTag && (this.doc.pos(t) === 'VERB' || this.doc.pos(t) === 'AUX'))) return false;
    }
    return true;
  }

  /** "ordered that he", "recommended, inter alia, that he": a directive verb shortly before. */
  private afterDirective(t: Token): boolean {
    for (let k = 1; k <= 7; k++) {
      const p = this.doc.prev(t, k);
      if (!p) return false;
      if (DIRECTIVE_VERBS.has(p.norm)) return true;
      if (k === 1 && (p.norm === 'if' || p.norm === 'whether')) continue;
      // "The court was told he had been drinking."
      if (p.norm === 'told' && ['was', 'were', 'been', 'being'].includes(this.doc.prev(p)?.norm ?? '')) return true;
      if (k === 1 && p.norm !== 'that') return false;
    }
    return false;
  }

  /**
   * "According to the ministry, she will…": the source named right before the comma is the
   * subject (not a hospital or a court, which report on people).
   */
  private accordingTo(m: Mention, comma: Token): boolean {
    if (m.last !== comma.index - 1 || m.kind === 'person') return false;
    const toks = this.doc.tokens;
    if (['court', 'club', 'team'].includes(m.cls) || REPORTS_ON_PEOPLE.has((toks[m.last] as Token).norm)) return false;
    let p = m.first - 1;
    if ((toks[p] as Token | undefined)?.norm === 'the') p--;
    return (toks[p] as Token | undefined)?.norm === 'to' && (toks[p - 1] as Token | undefined)?.norm === 'according';
  }

  /** The comma closes an adverbial that opens the sentence ("After the court hearing,"). */
  private afterFrontedAdverbial(comma: Token, s: Sentence): boolean {
    const toks = this.doc.tokens;
    let first = s.firstToken;
    while (first < comma.index && (toks[first] as Token).kind === 'punct') first++;
    if (!ADVERBIAL_OPENERS.has((toks[first] as Token).norm)) return false;
    for (let k = first + 1; k < comma.index; k++) if ((toks[k] as Token).text === ',') return false;
    return true;
  }

  /** "said in his statement", "announced on her website". */
  isStatementFrame(words: readonly string[], t: Token): boolean {
    // [", who won the league last year ,"] said [officially] in his statement
    const prep = words[words.length - 1];
    if (prep === undefined || !['in', 'on', 'via', 'through'].includes(prep)) return false;
    const speech = (w: string | undefined): boolean => w !== undefined && (SPEECH_VERBS.has(w) || SPEECH_PARTICIPLES.has(w));
    let v = words.length - 2;
    if (v >= 1 && !speech(words[v])) v--;
    if (v < 0 || !speech(words[v])) return false;
    // "The ministry cleared it, saying in his statement": a participle of saying after the
    // institution's own clause (at most eight words, no other pronoun) speaks for its subject.
    const ownClause = v >= 2 && words[v - 1] === ',' && /ing$/.test(words[v] as string) && v - 1 <= 8 &&
      words.slice(0, v - 1).every((w) => w !== ',' && !pronounGender(w) && w !== 'who' && w !== 'which' && w !== 'that');
    if (v > 0 && !ownClause && (words[0] !== ',' || words[v - 1] !== ',')) return false;
    for (let k = 1; k <= 3; k++) {
      const n = this.doc.next(t, k);
      if (!n || n.kind === 'punct') return false;
      if (STATEMENT_NOUNS.has(n.norm)) return true;
    }
    return false;
  }

  /**
   * his/her before what only an institution or a country has: "his key rate", "her borders"
   * (INSTITUTION_POSSESSIONS, one modifier allowed between), "in his (80-year) history" (not
   * "his history of violence" or "in his history as coach"), "since her founding".
   */
  ownedByInstitution(t: Token): boolean {
    const { doc } = this;
    const prev = doc.prev(t);
    const n1 = doc.next(t);
    if (!n1 || n1.kind === 'punct') return false;
    if (prev?.norm === 'since' && (n1.norm === 'founding' || n1.norm === 'foundation' || n1.norm === 'inception' || n1.norm === 'creation' || n1.norm === 'establishment')) return true;
    if (prev?.norm === 'in') {
      // in his [long|80-year|proud ...] history
      let k = 1;
      for (; k <= 4; k++) {
        const w = doc.next(t, k);
        if (!w) return false;
        if (w.norm === 'history') break;
        if (!(HISTORY_MODIFIERS.has(w.norm) || /^\d+-year$/.test(w.norm) || w.kind === 'number' || w.text === '-' || w.norm === 'year' || w.norm === 'years')) {
          k = 99;
          break;
        }
      }
      if (k <= 4) {
        const after = doc.next(t, k + 1);
        return !after || !(after.norm === 'of' || after.norm === 'as' || after.norm === 'with' || after.norm === 'at');
      }
    }
    const phraseAt = (from: number): boolean => {
      let text = '';
      for (let k = from; k < from + 4; k++) {
        const w = doc.next(t, k);
        if (!w || w.kind === 'punct') return false;
        text = text === '' ? w.norm : `${text} ${w.norm}`;
        if (INSTITUTION_POSSESSIONS.has(text)) {
          // "her borders with Ukraine" is hers; "his shareholders' meeting" too; not "his key rate setter".
          const nx = doc.next(t, k + 1);
          return !nx || nx.kind === 'punct' || !isLowerWord(nx) || STOP.has(nx.norm) || nx.norm === "'s" ? true : doc.canTag ? doc.pos(nx) !== 'NOUN' : false;
        }
      }
      return false;
    };
    if (phraseAt(1)) return true;
    // One modifier: "his new headquarters", "her 2 percent inflation target", "its main benchmark rate".
    return isLowerWord(n1) && !STOP.has(n1.norm) && !INSTITUTION_POSSESSIONS.has(n1.norm) && phraseAt(2);
  }

  /**
   * A possessive in a fronted phrase that points forward to the subject after the comma: "In
   * her statement, the Health Ministry said…", "Since his founding in 1946, the agency has…".
   * Only before a statement noun or what only an institution has, and only when the first noun
   * phrase after the comma is a place or an institution acting (not "the club's lawyer").
   */
  private fronted(t: Token, s: Sentence, before: readonly Mention[]): Resolution | undefined {
    const { doc } = this;
    if (before.length > 0 || (t.norm !== 'his' && t.norm !== 'her')) return undefined;
    const prep = doc.prev(t);
    if (!prep || !FRONTED_PREPS.has(prep.norm) || !doc.isSentenceInitial(prep)) return undefined;
    const n1 = doc.next(t);
    const n2 = n1 && doc.next(n1);
    const owned = (n1 !== undefined && STATEMENT_NOUNS.has(n1.norm)) || (n2 !== undefined && n1?.kind === 'word' && STATEMENT_NOUNS.has(n2.norm) && !STOP.has(n1.norm)) || this.ownedByInstitution(t);
    if (!owned) return undefined;
    let comma: Token | undefined;
    for (let k = 1; k <= 8; k++) {
      const w = doc.next(t, k);
      if (!w) return undefined;
      if (w.text === ',') {
        comma = w;
        break;
      }
      if (w.kind === 'punct' || pronounGender(w.norm) || isCapWord(w)) return undefined;
    }
    if (!comma) return undefined;
    const after = this.mentions(s.index).find((m) => m.first > comma.index);
    if (!after || after.kind === 'person' || after.role !== 'actor' || !this.isCandidate(after)) return undefined;
    // The subject right after the comma: "In his statement, the ministry said".
    let first = comma.index + 1;
    if ((doc.tokens[first] as Token | undefined)?.norm === 'the') first++;
    if (after.first > first || !this.placeIsGovernment(after)) return undefined;
    // "In his ruling, the court said": the judge's.
    if (after.cls === 'court') return undefined;
    return { antecedent: after, pattern: 'statement', confidence: 0.8 };
  }

  /**
   * "…, because Seoul Metro, the operator, recorded a loss": the mention opens a clause after a
   * subordinating conjunction (the subject of that clause, not an object in the predicate).
   */
  private afterSubordinator(m: Mention, s: Sentence): boolean {
    const open = this.phraseStart(m, s);
    return open > s.firstToken && CLAUSE_SUBORDINATORS.has((this.doc.tokens[open - 1] as Token).norm);
  }

  /** A sentence-initial pronoun whose only candidates are in the sentence before. */
  private crossSentence(t: Token, gender: 'm' | 'f', s: Sentence, before: readonly Mention[]): Resolution | undefined {
    const { doc } = this;
    if (before.length > 0 || s.index === 0 || !doc.isSentenceInitial(t)) return undefined;
    const prevSentence = doc.sentences[s.index - 1] as Sentence;
    // A quote before means a speaker is near, whoever the text named.
    for (let i = prevSentence.firstToken; i < prevSentence.endToken; i++) if (this.quoted[i]) return undefined;
    const ms = this.mentions(s.index - 1);
    let subject = ms.find((m) => this.isCandidate(m));
    // "Ukraine's parliament voted": the body the possessive place opens, not the place.
    const wider = subject && ms.find((m) => m.first === subject?.first && m.last > subject.last && this.isCandidate(m));
    if (wider) subject = wider;
    if (!subject || subject.kind === 'person' || !this.placeIsGovernment(subject)) return undefined;
    // "The army was in the field. He served…", "a magazine…. She found…": armies, media and
    // labs are full of the people the next sentence is about; an indefinite NP is no actor yet.
    if (subject.kind === 'institution' && NO_CROSS_SENTENCE_CLASSES.has(subject.cls)) return undefined;
    const det = doc.tokens[subject.first] as Token;
    if (det.norm === 'a' || det.norm === 'an') return undefined;
    // The subject itself: it opens the sentence and a verb follows ("The IBM main frame
    // computers…" is about computers; "The company all stayed" about its members).
    // "The Disaster Directorate (AFAD) said": past an acronym in brackets.
    let afterIndex = subject.last + 1;
    if (doc.tokens[afterIndex]?.text === '(' && /^\p{Lu}{2,}$/u.test(doc.tokens[afterIndex + 1]?.text ?? '') && doc.tokens[afterIndex + 2]?.text === ')') afterIndex += 3;
    // "The company Orvex cut…": a name in apposition to the subject's noun; "The city council of
    // Lyon voted…": the seat the subject's noun is of. The verb comes after either.
    const apposed = ms.find((m) => m.first === afterIndex && m.kind === 'institution' && subject.kind === 'institution');
    if (apposed) afterIndex = apposed.last + 1;
    else if (doc.tokens[afterIndex]?.norm === 'of' || doc.tokens[afterIndex]?.norm === 'in') {
      // "The court in Lisbon ruled", "the ministry of defence ordered": a seat or a domain.
      const seat = ms.find((m) => m.first === afterIndex + 1 && m.kind === 'place');
      if (seat) afterIndex = seat.last + 1;
      else if (doc.tokens[afterIndex]?.norm === 'of' && doc.canTag) {
        let k = afterIndex + 1;
        while (k < afterIndex + 4 && isLowerWord(doc.tokens[k]) && doc.pos(doc.tokens[k] as Token) === 'NOUN') k++;
        if (k > afterIndex + 1) afterIndex = k;
      }
    }
    const after = doc.tokens[afterIndex];
    if (!(this.opensClause(subject, prevSentence) || this.afterSubordinator(subject, prevSentence)) || !after || (after.text !== ',' && !VERBISH.has(after.norm) && !(after.kind === 'word' && doc.canTag && (doc.pos(after) === 'VERB' || doc.pos(after) === 'AUX')))) return undefined;
    if (ms.some((m) => m.kind === 'person' && this.isCandidate(m))) return undefined;
    for (const k of [s.index - 2, s.index - 3]) {
      if (k >= 0 && this.mentions(k).some((m) => this.compatiblePerson(m, gender))) return undefined;
    }
    return { antecedent: subject, pattern: 'previous', confidence: 0.6 };
  }

  /**
   * "Unesco, which lists the Acropolis, has asked Greece to send her a plan", "Kripos … asked
   * anyone called by the network to contact him", "the government had asked state regulators to
   * report any shortage to her": him/her as the object of a verb of sending or reporting
   * (TOWARD_VERBS) in the infinitive after an asking verb (ASKING_VERBS) is the asker, which the
   * one asked cannot be. Only when the asker is an institution or a government acting (not a
   * court, club, hospital or police, which ask on someone's behalf), its clause's subject (right
   * before the verb, past auxiliaries and a ", which …," clause, or the sentence's opener before
   * "and asked"; or after "by" in the passive), and no person the pronoun may mean stands in the
   * sentence outside the one asked nor in the `reach` sentences before (past two sentences back,
   * only one known to be of the pronoun's gender).
   */
  private askedToward(t: Token, gender: 'm' | 'f', reach: number): Resolution | undefined {
    const { doc } = this;
    const toks = doc.tokens;
    const s = doc.sentenceOf(t);
    // The verb: right before the pronoun, or before "to" with at most three lower-case words between.
    let v = t.index - 1;
    if (toks[v]?.norm === 'to') {
      let k = v - 1;
      for (; k >= v - 4 && k > s.firstToken; k--) {
        const w = toks[k] as Token;
        if (TOWARD_VERBS.has(w.norm)) break;
        if (!isLowerWord(w) || w.norm === 'to' || w.norm === 'and' || w.norm === 'or') return undefined;
      }
      v = k;
    }
    const verb = toks[v];
    if (!verb || v - 1 <= s.firstToken || !TOWARD_VERBS.has(verb.norm) || !isLowerWord(verb) || toks[v - 1]?.norm !== 'to') return undefined;
    // Right after a verb of giving the pronoun is the one given to only before what is given
    // ("send her a plan"), not before a particle ("hand him over", "send him back": a person
    // handed over); the one contacted or informed is the asker itself.
    if (v === t.index - 1 && !CONTACT_VERBS.has(verb.norm)) {
      const n = doc.next(t);
      if (!n || n.kind === 'punct' || (isLowerWord(n) && (PARTICLES.has(n.norm) || (STOP.has(n.norm) && !DETS.has(n.norm))))) return undefined;
    }
    // The one asked, between the asking verb and "to": one to eight words, no punctuation.
    let d = v - 2;
    let ask: Token | undefined;
    for (; d > s.firstToken && d >= v - 10; d--) {
      const w = toks[d] as Token;
      if (w.kind === 'punct' || w.norm === 'to' || pronounGender(w.norm)) return undefined;
      if (isLowerWord(w) && ASKING_VERBS.has(w.norm)) {
        ask = w;
        break;
      }
      // "called on schools to send him".
      if ((w.norm === 'on' || w.norm === 'upon') && /^call(s|ed|ing)?$/.test(toks[d - 1]?.norm ?? '')) {
        ask = toks[d - 1] as Token;
        break;
      }
    }
    if (!ask || d === v - 2) return undefined;
    let askedFirst = d + 1;
    let askedLast = v - 2;
    const ms = this.mentions(s.index);
    let asker: Mention | undefined;
    // "Greece has been asked by Unesco to send her a plan": the asker after "by", the one asked
    // the subject.
    if (toks[ask.index + 1]?.norm === 'by' && ['was', 'were', 'been', 'is', 'are', 'being'].includes(toks[ask.index - 1]?.norm ?? '')) {
      const by = ms.find((m) => m.last === v - 2 && m.first >= ask.index + 2 && m.first <= ask.index + 3 && !m.pronoun);
      let j = ask.index - 1;
      while (j > s.firstToken && isLowerWord(toks[j]) && (ASKING_AUX.has((toks[j] as Token).norm) || ['were', 'been', 'are', 'being'].includes((toks[j] as Token).norm))) j--;
      const subject = ms.find((m) => m.last === j);
      if (!by) return undefined;
      asker = { ...by, role: 'actor' };
      askedFirst = subject?.first ?? ask.index;
      askedLast = subject?.last ?? ask.index;
    } else {
      // The asker: the subject right before the verb group, past ", which …,"; or the opener of
      // a sentence whose second verb this is ("Kripos believes … and asked").
      let k = ask.index - 1;
      while (k > s.firstToken && isLowerWord(toks[k]) && ASKING_AUX.has((toks[k] as Token).norm)) k--;
      if (toks[k]?.text === ',') {
        let j = k - 1;
        while (j > s.firstToken && toks[j]?.text !== ',') j--;
        if (!['which', 'who', 'whose'].includes(toks[j + 1]?.norm ?? '')) return undefined;
        k = j - 1;
      }
      asker = ms.find((m) => m.last === k && !m.pronoun);
      if (!asker && toks[k]?.norm === 'and') {
        const first = ms.find((m) => m.first < k);
        if (first && !first.pronoun && this.opensSentence(first, s) && !ms.some((m) => m !== first && m.first > first.last && m.last < k && this.isCandidate(m))) asker = first;
      }
    }
    if (!asker || asker.kind === 'person' || asker.role !== 'actor' || asker.maybe || asker.weakBody || asker.weakPlace) return undefined;
    if (asker.kind === 'place' ? (asker.cls !== 'country' && asker.cls !== 'capital') || !this.placeIsGovernment(asker) : ['court', 'club', 'team'].includes(asker.cls) || REPORTS_ON_PEOPLE.has((toks[asker.last] as Token).norm)) return undefined;
    // No one else the pronoun may mean: in the sentence (the one asked cannot be it), nor shortly before.
    const other = this.onlyOtherGenderBefore(t, gender);
    const person = (m: Mention): boolean => m.first !== t.index && this.compatiblePerson(m, gender, other);
    if (ms.some((m) => (m.last < askedFirst || m.first > askedLast) && person(m))) return undefined;
    // An earlier he/she that itself reads as a place or body in the suspect tier ("Athens has
    // long argued that her tourism model must change") is no person.
    // Past the two sentences before, only a person known to be of the pronoun's gender
    // ("The chairwoman resigned in May. … Regulators fined the bank and barred her").
    const earlier = (m: Mention, r: number): boolean => person(m) && (r <= 2 || m.gender === gender) && !(m.pronoun && this.suspectGendered(toks[m.first] as Token));
    for (let r = 1; r <= reach && s.index - r >= 0; r++) if (this.mentions(s.index - r).some((m) => earlier(m, r))) return undefined;
    return { antecedent: asker, pattern: 'clause', confidence: reach >= 2 ? 0.7 : 0.5 };
  }

  /** "she had resigned", "he was arrested": what only a person does. */
  /** "he was founded", "she is headquartered", "he was privatised", "she is listed on": no person's verb. */
  private institutionOnlyVerb(t: Token): boolean {
    let passive = false;
    for (let k = 1; k <= 4; k++) {
      const n = this.doc.next(t, k);
      if (!n || n.kind !== 'word') return false;
      if (passive && INSTITUTION_ONLY_PASSIVES.has(n.norm)) return true;
      if (passive && (n.norm === 'listed' || n.norm === 'traded' || n.norm === 'quoted') && ['on', 'in'].includes(this.doc.next(n)?.norm ?? '') && isCapWord(this.doc.next(n, 2))) return true;
      if (!AUXILIARIES.has(n.norm)) return false;
      if (['was', 'were', 'been', 'being', 'is', 'be'].includes(n.norm)) passive = true;
    }
    return false;
  }

  /** The institution a he/she with an institution-only verb stands for: the nearest one before it, or the previous sentence's subject. */
  private institutionOnlyAntecedent(t: Token, s: Sentence, ms: readonly Mention[]): Resolution | undefined {
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k] as Mention;
      // "Verta is listed in Frankfurt, and she was founded…": an unknown name founded is a company.
      if (m.kind === 'person' && m.maybe && m.role === 'actor' && this.isCandidate(m) && !this.lex.firstNames.has((this.doc.tokens[m.first] as Token).text)) {
        return { antecedent: { ...m, kind: 'institution', cls: 'company', maybe: false }, pattern: 'clause', confidence: 0.7 };
      }
      if (m.kind === 'person') continue;
      if (m.role !== 'actor' && m.role !== 'possessive') continue;
      if (!this.placeIsGovernment(m) || m.kind === 'place') return undefined;
      return { antecedent: m, pattern: 'clause', confidence: 0.8 };
    }
    if (ms.length > 0 || s.index === 0 || !this.doc.isSentenceInitial(t)) return undefined;
    const subject = this.mentions(s.index - 1).find((m) => m.kind !== 'person' && m.role === 'actor');
    if (!subject || subject.kind === 'place') return undefined;
    return { antecedent: subject, pattern: 'previous', confidence: 0.7 };
  }

  private personOnlyVerb(t: Token): boolean {
    let passive = false;
    for (let k = 1; k <= 4; k++) {
      const n = this.doc.next(t, k);
      if (!n || n.kind !== 'word') return false;
      if (PERSON_ONLY_VERBS.has(n.norm) || (passive && PERSON_ONLY_PASSIVES.has(n.norm))) return true;
      if (!AUXILIARIES.has(n.norm)) return false;
      if (['was', 'were', 'been', 'being', 'is', 'be'].includes(n.norm)) passive = true;
    }
    return false;
  }

  /** "asked her to", "told her.": an object without asking the tagger. */
  private herIsObjectCheaply(t: Token): boolean {
    const n = this.doc.next(t);
    return !n || n.kind === 'punct' || (STOP.has(n.norm) && n.norm !== 'own');
  }

  /** "her share" (possessive) vs "asked her to" (object). */
  herIsPossessive(t: Token): boolean {
    const n = this.doc.next(t);
    if (!n || n.kind === 'punct') return false;
    if (STOP.has(n.norm)) return n.norm === 'own';
    // "her 2 percent target" is hers; "fined her 500 pounds" is about her.
    if (n.kind === 'number') {
      const after = this.doc.next(n);
      return after !== undefined && (after.norm === 'percent' || after.norm === 'per' || after.text === '%');
    }
    if (this.doc.canTag) {
      const tag = this.doc.pos(n);
      return tag === 'NOUN' || tag === 'ADJ' || tag === 'PROPN' || tag === 'NUM';
    }
    return true;
  }

  /**
   * "Russia will face consequences if they attack": the singular country or capital a "they"
   * opening a conditional clause refers to, or undefined. Only when the place is the subject of
   * the main clause (a modal follows it), nothing that could be plural stands between, and the
   * story is not about sport ("England will go through if they win" is a team).
   */
  resolveConditionalThey(t: Token): Mention | undefined {
    const { doc } = this;
    if (t.norm !== 'they') return undefined;
    const sub = doc.prev(t);
    if (!sub || !CONDITIONAL_SUBORDINATORS.has(sub.norm) || this.isQuoted(t)) return undefined;
    const s = doc.sentenceOf(t);
    if (this.sports || this.sportsSentence(s)) return undefined;
    const ms = this.mentions(s.index).filter((m) => m.last < t.index);
    const place = ms[ms.length - 1];
    if (!place || place.kind !== 'place' || place.role !== 'actor' || !this.placeIsGovernment(place)) return undefined;
    // The place is the clause subject: a modal right after it ("Russia will", "Iran would not").
    const after = doc.tokens[place.last + 1];
    if (!after || !MODALS.has(after.norm)) return undefined;
    // Not one of several: "the US and Britain will", "Russia, China and Iran would".
    const before = place.first > s.firstToken ? doc.tokens[place.first - 1] : undefined;
    const beforeThe = before?.norm === 'the' && place.first - 1 > s.firstToken ? doc.tokens[place.first - 2] : before;
    if (beforeThe && (beforeThe.norm === 'and' || beforeThe.norm === 'or' || beforeThe.text === ',' || beforeThe.text === '&')) return undefined;
    for (let k = place.last + 1; k < sub.index; k++) {
      const w = doc.tokens[k] as Token;
      if (w.norm === 'and' || w.norm === 'or' || PLURAL_ACTORS.has(w.norm) || this.lex.personNouns.has(w.norm) || isCapWord(w)) return undefined;
    }
    return place;
  }

  /**
   * "they" reporting what one country, capital or institution said it would do: "Russia has
   * warned that they will respond", "The Kremlin said they had no information", "Iran says
   * they will not negotiate". The place or institution opens the sentence as its subject, only a
   * speech verb (with "has", "that", an adverb) stands between, an active verb follows "they",
   * and nothing plural is in the sentence before or in the one before it ("Protesters blocked
   * the roads. The government said they would be arrested" is about the protesters).
   */
  resolveReportedThey(t: Token): Mention | undefined {
    const { doc } = this;
    if (t.norm !== 'they' || this.isQuoted(t)) return undefined;
    const s = doc.sentenceOf(t);
    if (this.sports || this.sportsSentence(s)) return undefined;
    const ms = this.mentions(s.index).filter((m) => m.last < t.index);
    if (ms.length !== 1) return undefined;
    const x = ms[0] as Mention;
    if (x.kind === 'person' || x.role !== 'actor' || !this.placeIsGovernment(x)) return undefined;
    if (x.kind === 'institution' && !REPORTED_THEY_CLASSES.has(x.cls)) return undefined;
    // The subject opens the sentence: only "the" or a nationality before it.
    for (let k = s.firstToken; k < x.first; k++) {
      const w = doc.tokens[k] as Token;
      if (!(w.norm === 'the' || (isCapWord(w) && this.lex.demonyms.has(w.text)))) return undefined;
    }
    // Between: a speech verb and its helpers only.
    let speech = false;
    for (let k = x.last + 1; k < t.index; k++) {
      const w = doc.tokens[k] as Token;
      if (SPEECH_VERBS.has(w.norm) || w.norm === 'warns' || w.norm === 'insists') speech = true;
      else if (!REPORTED_THEY_FILLERS.has(w.norm)) return undefined;
    }
    if (!speech) return undefined;
    // An active verb after "they": "they will respond", "they had no", not "they would be arrested".
    const v = doc.next(t);
    const v2 = v ? doc.next(v) : undefined;
    if (!v || v.kind !== 'word' || !REPORTED_THEY_VERBS.has(v.norm)) return undefined;
    if (v2 && (v2.norm === 'be' || v2.norm === 'been' || v2.norm === 'all' || v2.norm === 'both')) return undefined;
    if ((v.norm === 'were' || v.norm === 'are') && v2 && /ed$/.test(v2.norm)) return undefined;
    // Nothing plural that "they" could mean, in this sentence or the one before.
    const plural = (from: number, to: number): boolean => {
      for (let k = from; k < to; k++) {
        const w = doc.tokens[k] as Token;
        if (w.kind !== 'word') continue;
        if (PLURAL_ACTORS.has(w.norm) || this.lex.personNouns.get(w.norm) === 'p' || w.norm === 'they' || w.norm === 'them' || w.norm === 'their') return true;
        if (/[^s]s$/.test(w.norm) && w.text === w.norm && doc.canTag && doc.pos(w) === 'NOUN') return true;
        if (w.norm === 'and' && k > from && isCapWord(doc.tokens[k - 1]) && isCapWord(doc.tokens[k + 1])) return true;
      }
      return false;
    };
    if (plural(s.firstToken, t.index)) return undefined;
    if (s.index > 0) {
      const ps = doc.sentences[s.index - 1] as Sentence;
      if (plural(ps.firstToken, ps.endToken)) return undefined;
    }
    return x;
  }

  /** The place/institution a "who"/"whom" right after it (", who") refers to, if any. */
  resolveWho(t: Token): Mention | undefined {
    const { doc, lex } = this;
    const prev = doc.prev(t);
    if (!prev) return undefined;
    // The restrictive "who" right after a lower-case institution noun: "the only company who
    // makes them", "a ministry who". Not "the authority who" (an expert) or "a club who" (British
    // usage), nor a cleft ("it was the government who decided").
    if (prev.kind === 'word' && t.norm === 'who') return this.restrictiveWho(t, prev);
    // Otherwise only the non-restrictive ", who".
    if (prev.text !== ',') return undefined;
    const endTok = doc.prev(prev);
    if (!endTok || endTok.kind === 'punct') return undefined;
    const s = doc.sentenceOf(t);
    const ms = this.mentions(s.index);
    let m = ms.find((x) => x.last === endTok.index);
    if (!m) m = this.ofChainHead(endTok, s, ms);
    // An unknown capitalized word ("Welfare") that ends a listed portfolio is the ministry's.
    // (Only with a singular verb after "who": "Berg and Smith, who organised" may be two people.)
    if ((!m || (m.kind === 'person' && m.maybe)) && this.singularVerbAfter(t)) m = this.listedPortfolio(endTok, ms) ?? m;
    if (!m || m.kind === 'person') return undefined;
    if (m.role === 'location' || m.role === 'possessive') return undefined;
    if (m.role === 'complement') {
      // "the ministry of finance of Japan, who": the head of the chain decides.
      const head = this.ofChainHead(endTok, s, ms);
      if (!head || head.kind === 'person') return undefined;
      m = head;
    }
    if (!this.placeIsGovernment(m)) return undefined;
    // British usage lets a club or a party take "who" with a plural verb ("the club, who play in
    // Bergamo"); with a singular verb ("who plays", "who has") it is "which" in any English.
    const singular = m.kind === 'institution' && this.singularVerbAfter(t);
    if (m.kind === 'institution' && WHO_OK_CLASSES.has(m.cls) && !singular) return undefined;
    // Sports copy: "France, who won the World Cup", "Benfica, who": a team.
    // …unless it does what a government does: "Kazakhstan, who paid most of the prize money".
    const govVerb = m.kind === 'place' && GOVERNMENT_WHO_VERBS.has(doc.next(t)?.norm ?? '');
    if ((m.kind === 'place' || m.cls === 'club') && (this.sports || this.sportsSentence(s)) && !singular && !govVerb) return undefined;
    // A plural head ("the banks who") is another matter.
    // The head is the word before "of"/"for" ("the European Agency of Medicines").
    let headTok = doc.tokens[m.last] as Token;
    for (let k = m.first + 1; k <= m.last; k++) {
      const n = (doc.tokens[k] as Token).norm;
      if (n === 'of' || n === 'for') {
        headTok = doc.tokens[k - 1] as Token;
        break;
      }
    }
    if (!lex.headNouns.has(headTok.norm) && !COMPANY_TAILS.has(headTok.norm) && /s$/.test(headTok.norm) && m.kind === 'institution' && !lex.names.has(headTok.text)) return undefined;
    return m;
  }

  /**
   * "the Ministry of Land, Infrastructure and Transport, who": a ministry whose portfolios are
   * listed with commas, the mention ending at the first. From the list's last word back over
   * capitalized words (not first names), commas and "and" to an institution mention with "of"
   * that ends right before a comma.
   */
  private listedPortfolio(endTok: Token, ms: readonly Mention[]): Mention | undefined {
    const toks = this.doc.tokens;
    let k = endTok.index;
    let and = false;
    while (k > 0) {
      const w = toks[k] as Token;
      if (w.norm === 'and' || w.text === '&') and = true;
      else if (w.text === ',') {
        const m = ms.find((x) => x.last === k - 1);
        if (m) {
          const ofName = m.kind === 'institution' && toks.slice(m.first, m.last).some((x) => x.norm === 'of');
          return and && ofName ? m : undefined;
        }
      } else if (!isCapWord(w) || this.lex.firstNames.has(w.text)) return undefined;
      k--;
    }
    return undefined;
  }

  /** "who plays", "who has", "who is also": a verb agreeing with a singular subject. */
  private singularVerbAfter(t: Token): boolean {
    const { doc } = this;
    for (let k = 1; k <= 3; k++) {
      const v = doc.next(t, k);
      if (!v || v.kind !== 'word') return false;
      if (WHO_ADVERBS.has(v.norm)) continue;
      if (SINGULAR_AUX.has(v.norm)) return true;
      if (!/[^su]s$/.test(v.norm) || STOP.has(v.norm)) return false;
      if (doc.canTag && doc.pos(v) === 'VERB') return true;
      // "who broadcasts since 2005", "who operates the route": a noun/verb the tagger took for a
      // noun, with a preposition or a determiner after it (not "who fans adore").
      const after = doc.next(v);
      return !this.lex.personNouns.has(v.norm) && !PLURAL_ACTORS.has(v.norm) && after !== undefined && VERB_FOLLOWERS.has(after.norm);
    }
    return false;
  }

  private restrictiveWho(t: Token, head: Token): Mention | undefined {
    const { doc } = this;
    if (!isLowerWord(head) || !RESTRICTIVE_WHO_HEADS.has(head.norm)) return undefined;
    const s = doc.sentenceOf(t);
    // The NP: a determiner and up to three modifiers ("the only state-owned company").
    let first = -1;
    for (let k = 1; k <= 4; k++) {
      const w = doc.prev(head, k);
      if (!w || w.kind === 'punct') return undefined;
      if (w.norm === 'the' || w.norm === 'a' || w.norm === 'an' || w.norm === 'this' || w.norm === 'that' || w.norm === 'every' || w.norm === 'each') {
        first = w.index;
        break;
      }
      if (w.kind !== 'word' && w.kind !== 'number') return undefined;
      if (pronounGender(w.norm) || w.norm === "'s" || this.lex.personNouns.has(w.norm) || SPEECH_VERBS.has(w.norm)) return undefined;
      if (STOP.has(w.norm) && !WHO_NP_MODIFIERS.has(w.norm)) return undefined;
    }
    if (first < 0) return undefined;
    const before = doc.prev(doc.tokens[first] as Token);
    // "people at the bank who", "the head of the agency who", "workers for the firm who": the
    // relative clause may be about the people.
    if (before && (LOCATION_PREPS.has(before.norm) || OBJECT_PREPS.has(before.norm) || before.norm === 'of' || before.norm === 'for' || before.norm === 'by' || this.lex.personNouns.has(before.norm))) return undefined;
    if (before && before.kind === 'word' && doc.canTag && doc.pos(before) === 'ADP') return undefined;
    // "It was the government who decided": a cleft.
    if (before && ['was', 'is', 'were', 'be', 'being', 'been', "'s", 'are'].includes(before.norm)) return undefined;
    // "who" must open a clause: a verb or an auxiliary follows ("who makes", "who has").
    const v = doc.next(t);
    if (!v || v.kind !== 'word' || (STOP.has(v.norm) && !VERBISH.has(v.norm))) return undefined;
    if (!VERBISH.has(v.norm) && !(doc.canTag && doc.pos(v) === 'VERB')) return undefined;
    if (this.sports || this.sportsSentence(s)) return undefined;
    const cls = this.lex.headNouns.get(head.norm) ?? 'organization';
    return { kind: 'institution', first, last: head.index, gender: 'u', cls, role: 'actor', name: this.textOf(first, head.index) };
  }

  sportsSentence(s: Sentence): boolean {
    for (let i = s.firstToken; i < s.endToken; i++) if (SPORTS_SENTENCE_WORDS.has((this.doc.tokens[i] as Token).norm)) return true;
    return false;
  }

  /** "the ministry of finance (of Japan)": the mention heading an of-chain that ends at `end`. */
  private ofChainHead(end: Token, s: Sentence, ms: readonly Mention[]): Mention | undefined {
    const { doc, lex } = this;
    let k = end.index;
    let hops = 0;
    while (k > s.firstToken && hops < 3) {
      // Walk back over the complement to "of".
      let j = k;
      let steps = 0;
      while (j > s.firstToken && (doc.tokens[j] as Token).norm !== 'of' && steps < 5) {
        const w = doc.tokens[j] as Token;
        if (w.kind === 'punct' || lex.personNouns.has(w.norm)) return undefined;
        j--;
        steps++;
      }
      if ((doc.tokens[j] as Token).norm !== 'of') return undefined;
      const headIdx = j - 1;
      const m = ms.find((x) => x.last === headIdx && x.kind !== 'person');
      if (m && m.role !== 'complement') return m;
      if (m) {
        k = m.first - 1;
        hops++;
        continue;
      }
      k = headIdx;
      hops++;
    }
    return undefined;
  }
}

function next0(doc: Doc, t: Token): Token | undefined {
  return doc.next(t);
}

function mk(first: number, last: number, name: string, kind: Mention['kind'], gender: Gender, cls: string): Mention {
  return { kind, first, last, gender, cls, role: 'actor', name };
}

/**
 * A chunk's mention with its role: `{ ...m, role, checkNext }` without the spread's cost (run for
 * every chunk of a sentence). classifyChunk's mentions carry at most `maybe` or `weakPlace`.
 */
function withRole(m: Mention, role: Role, checkNext: boolean): Mention {
  const { kind, first, last, gender, cls, name } = m;
  if (m.maybe) return { kind, first, last, gender, cls, role, name, maybe: true, checkNext };
  if (m.weakPlace) return { kind, first, last, gender, cls, role, name, weakPlace: true, checkNext };
  return { kind, first, last, gender, cls, role, name, checkNext };
}

/** 1 for tokens inside quotation marks, paragraph by paragraph (a line break closes quotes). */
function markQuoted(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  const text = doc.text;
  let open = false;
  let prevEnd = 0;
  for (let ti = 0; ti < doc.tokens.length; ti++) {
    const t = doc.tokens[ti] as Token;
    if (open) for (let k = prevEnd; k < t.start; k++) if (text.charCodeAt(k) === 10) open = false;
    prevEnd = t.end;
    if (t.kind === 'punct') {
      if (OPEN_QUOTES.has(t.text) && t.text !== '‘') open = true;
      else if (CLOSE_QUOTES.has(t.text) && t.text !== '’') open = false;
      else if (t.text === '"') open = !open;
      continue;
    }
    if (open) out[t.index] = 1;
  }
  return out;
}

function countSports(doc: Doc): number {
  let n = 0;
  for (const w of SPORTS_WORDS) if (doc.hasNorm(w)) n++;
  return n;
}

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  country: 'a country',
  capital: 'a capital standing for its government',
  region: 'a region standing for its government',
  city: 'a city standing for its government',
  government: 'a government',
  legislature: 'a legislature',
  ministry: 'a ministry',
  bank: 'a bank',
  court: 'a court',
  regulator: 'a regulator',
  agency: 'an agency',
  company: 'a company',
  club: 'a club',
  organization: 'an institution',
  party: 'a party',
  media: 'a media outlet',
  union: 'a union',
  council: 'a council',
  committee: 'a committee',
  military: 'an armed force',
};

/**
 * How a message names the antecedent: "Washington, a capital standing for its government", "the
 * Kremlin, a government", "the ministry of finance" (no "a ministry" after "the ministry").
 */
export function describeMention(a: MetonymAnalysis, m: Mention): string {
  let name = m.name.replace(/^(The|A|An|This|Its)\s/, (w) => w.toLowerCase()).replace(/\s+/g, ' ');
  const before = a.doc.prev(a.doc.tokens[m.first] as Token);
  if (before?.norm === 'the' && !/^the\s/i.test(name)) name = `the ${name}`;
  const what = DESCRIPTIONS[m.cls] ?? 'an institution';
  const noun = what.split(' ')[1] ?? '';
  return name.toLowerCase().includes(noun) ? name : `${name}, ${what}`;
}

/** Copies the capital of `like` onto `word` ("His" -> "Its"). */
export function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
