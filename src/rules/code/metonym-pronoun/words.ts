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
// Head nouns that name an institution only inside a capitalized name ("the Communist Party"):
// a lower-case "party" is as often a celebration or a side in a contract.
export const NAME_ONLY_HEADS = new Set(['party', 'inc', 'corp', 'ltd', 'plc', 'llc', 'holdings', 'airlines', 'airways', 'ag', 'gmbh']);
// Head nouns too common to name an institution without "the" or a capitalized name.
export const WEAK_HEADS = new Set(['service', 'office', 'group', 'board', 'fund', 'union', 'party', 'chamber', 'assembly', 'exchange', 'house', 'giant']);

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
