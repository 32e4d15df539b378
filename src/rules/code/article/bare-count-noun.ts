/**
 * A singular count noun with no article in the middle of a sentence: “won in rapid tiebreak”,
 * “admissions made through special track”, “based on a scenario of magnitude-8.9 earthquake”,
 * “Koster is fisherman in Urk”, “Hanseong, private university founded in 1956”. Russian,
 * Polish, Chinese, Japanese, Korean, Turkish and Indonesian have no articles, and MT from them
 * leaves the noun bare; English needs “a” or “the”.
 *
 * Only nouns from src/data/article-count-nouns.txt (count nouns with no bare idiom), lower
 * case, never before another noun (a compound: “in rapid tiebreak rules” is not checked), and
 * in three frames:
 *   - a preposition, then one or two adjectives (or an ordinal), then the noun: “in decisive
 *     fourth game”, “through special track”;
 *   - “is”/“was”/“became” (or “works as”) and an occupation: “is fisherman in Urk”;
 *   - a name and a comma, an adjective and the noun, then a participle or “in”: “Hanseong,
 *     private university founded in 1956”.
 *   - a preposition and the bare noun, then a participle and a preposition: “read in
 *     courtroom packed with relatives” (pairs English keeps bare, “sold at auction held in”,
 *     come from src/data/article-bare-prep-idioms.txt; without the participle most such pairs
 *     are idioms: “in agreement”, “burst into song”, “opened for signature”).
 *   - a quantity noun before “of” after a verb (“carries average of 7.2 million”, “received
 *     handful of complaints”); “average”, “total”, “maximum”, “minimum” before a number after
 *     a preposition too;
 *   - a source after a comma and before its verb of saying: “signed on Wednesday, club
 *     statement said”.
 * Fixed bare phrases (“by unanimous decision”, “by presidential decree”, “in good company”)
 * stay quiet, and so do headlines.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { indefiniteArticle, isHeadline, isLowerWord, loadLines, looksPlural } from '../number-agreement/lib/english.js';

const ENTRIES = loadLines('article-count-nouns.txt').map((l) => l.toLowerCase().split(/\s+/));
const NOUNS: ReadonlyMap<string, string> = new Map(ENTRIES.map(([n, ...f]) => [n as string, f.includes('a') || f.includes('job') ? 'a' : 'the']));
const JOBS: ReadonlySet<string> = new Set(ENTRIES.filter(([, ...f]) => f.includes('job')).map(([n]) => n as string));
// Nouns with a mass or bare sense after an adjective ("in polite company"): not checked there.
const MASS_SENSE: ReadonlySet<string> = new Set(ENTRIES.filter(([, ...f]) => f.includes('m')).map(([n]) => n as string));
// People named by their role: bare after a comma ("Smith, former director of the agency").
const PEOPLE: ReadonlySet<string> = new Set([...JOBS, ...ENTRIES.filter(([, ...f]) => f.includes('a')).map(([n]) => n as string),
  'director', 'leader', 'minister', 'founder', 'owner', 'chancellor', 'governor', 'mayor', 'commander', 'premier', 'senator',
  'envoy', 'ambassador', 'deputy', 'partner', 'rival', 'coach', 'boss', 'manager', 'inspector', 'investigator', 'negotiator',
  'prosecutor', 'referee', 'winner', 'producer', 'publisher', 'dealer', 'developer', 'operator', 'competitor', 'participant',
  'plaintiff', 'defendant', 'suspect', 'victim', 'attacker', 'bomber', 'gunman', 'player', 'goalkeeper', 'judge', 'guard', 'guide', 'author']);

// Preposition + noun pairs English leaves bare ("at auction", "on board", "ran for mayor").
const IDIOMS: ReadonlySet<string> = new Set(loadLines('article-bare-prep-idioms.txt').map((l) => l.toLowerCase().replace(/\s+/g, ' ')));
const isIdiom = (prep: string, noun: string): boolean => IDIOMS.has(`${prep} ${noun}`) || IDIOMS.has(`* ${noun}`);
// Prepositions after which a bare count noun is checked with no adjective ("read in courtroom
// packed with relatives"); "of", "to", "about" and "as" start too many compounds, infinitives
// and roles.
const BARE_PREPS = new Set([
  'in', 'at', 'on', 'from', 'with', 'by', 'for', 'through', 'into', 'after', 'before', 'during', 'under', 'against',
  'without', 'near', 'onto', 'towards', 'toward', 'across', 'behind', 'within', 'despite', 'amid', 'among', 'inside',
  'outside', 'via',
]);
const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'from', 'with', 'by', 'for', 'through', 'into', 'after', 'before', 'during', 'under', 'about',
  'against', 'without', 'via', 'near', 'of', 'to', 'onto', 'towards', 'toward', 'across', 'behind', 'within',
  'throughout', 'following', 'despite', 'amid', 'among', 'inside', 'outside',
]);
// Adjective-like words that are determiners or need none ("in such case" is still wrong, but
// "by next year", "of other country" belong to other rules).
const NOT_ADJ = new Set([
  'more', 'most', 'less', 'least', 'many', 'much', 'few', 'several', 'other', 'another', 'such', 'own', 'last', 'next',
  'enough', 'half', 'double', 'single', 'same', 'whole', 'entire', 'very', 'only', 'certain', 'due', 'past', 'present',
  'further', 'which', 'what', 'whatever', 'each', 'every', 'either', 'neither', 'both', 'all', 'any', 'some', 'no',
]);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'final', 'decisive']);
// "a kind of political party", "the type of small boat": after these "of" takes a bare noun.
const KIND = new Set([
  'kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'form', 'forms', 'brand', 'variety', 'style', 'version', 'species',
  'class', 'breed', 'genre', 'category', 'make', 'model', 'manner', 'lack', 'example', 'sort',
  // "the status of private citizen", "all grades except those of general officer": a rank or role.
  'status', 'rank', 'grade', 'grades', 'title', 'position', 'office', 'post', 'role', 'capacity', 'those', 'that', 'dignity',
]);
// "by international agreement", "by constitutional amendment", "by solemn treaty": "by" takes
// a bare means of settling or deciding.
const BY_MEANS = new Set([
  'agreement', 'amendment', 'treaty', 'conference', 'commission', 'contract', 'decision', 'appeal', 'consent', 'negotiation',
  'arbitration', 'legislation', 'statute', 'proclamation', 'convention', 'decree', 'vote', 'ballot', 'resolution',
  'referendum', 'settlement', 'consultation', 'arrangement', 'order', 'act', 'law', 'compact', 'election',
  'auction', 'tender', 'lottery', 'acclamation', 'proxy',
]);
// States a person or thing is "on", bare whatever the adjective: "on temporary layoff", "on
// unpaid leave", "on indefinite strike", "on high alert".
const ON_STATUS = new Set([
  'layoff', 'leave', 'furlough', 'strike', 'probation', 'parole', 'trial', 'bail', 'standby', 'alert', 'display', 'sale',
  'loan', 'duty', 'call', 'watch', 'hold', 'notice', 'record', 'hunger',
]);
// A determiner before a "preposition" makes it an adjective: "the following public statement".
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
// Adverbs between a subject and its verb: "he also captained".
const VERB_ADVERBS = new Set(['also', 'then', 'later', 'recently', 'again', 'once', 'previously', 'already', 'subsequently']);
// Adjectives of a one-of-a-kind body: "captained national team" -> "the national team".
const UNIQUE_ADJ = new Set(['national', 'central', 'federal', 'main']);
// Adjective + noun phrases English uses bare.
const FIXED = new Set([
  'unanimous decision', 'split decision', 'majority decision', 'presidential decree', 'royal decree', 'executive decree',
  'emergency decree', 'government decree', 'mutual agreement', 'common agreement', 'good company', 'bad company',
  'private hospital', 'public hospital', 'open road', 'open house', 'full house', 'public road', 'main road',
  'high school', 'public school', 'private school', 'home game', 'away game', 'open game', 'late night', 'early morning',
  'live television', 'national television', 'state television', 'separate statement', 'joint statement', 'written statement',
  'fast track', 'inside track', 'standard fare', 'regular fare', 'usual fare', 'cardiac arrest', 'open meeting', 'open session', 'open court', 'automatic pilot', 'pure accident', 'big game', 'local election', 'early election', 'general election', 'snap election', 'presidential election', 'parliamentary election',
]);
// After "is"/"was", an occupation is bare only in these frames: "was teacher of the year".
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'become', 'remains', 'remained']);
// What may follow the noun for the article to be missing: the phrase ends.
const ENDS = new Set([
  '.', ',', ';', ':', '!', '?', ')', '—', '–', '"', '”', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'since',
  'after', 'before', 'by', 'to', 'that', 'which', 'who', 'where', 'when', 'while', 'as', 'than', 'near', 'off', 'until',
  'during', 'over', 'under', 'between', 'against', 'outside', 'inside', 'into', 'through', 'because', 'last', 'this', 'next',
]);
const PARTICIPLE_NEXT = new Set(['in', 'with', 'that', 'which', 'based', 'founded', 'known', 'owned', 'run', 'located', 'set', 'built', 'created', 'established', 'led', 'opened', 'famous', 'best']);

// Verbs that take a bare role or title after them ("became prime minister", "was named head
// coach", "elected president"): the verb frame skips them.
const ROLE_VERBS = new Set([
  'become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'elect', 'elects', 'elected', 'appoint',
  'appoints', 'appointed', 'name', 'names', 'named', 'make', 'makes', 'made', 'crown', 'crowned', 'declare', 'declared',
  'choose', 'chose', 'chosen', 'vote', 'voted', 'swear', 'sworn', 'turn', 'turned', 'turns', 'serve', 'served', 'serves',
  'play', 'played', 'plays', 'rename', 'renamed', 'call', 'called', 'dub', 'dubbed', 'title', 'titled', 'consider', 'considered',
  'go', 'goes', 'went', 'gone', 'take', 'takes', 'took', 'taken', 'hold', 'holds', 'held', 'keep', 'keeps', 'kept', 'give', 'gave', 'given',
]);

/** An adjective (or ordinal, or "magnitude-8.9"-like compound) before the noun. */
// Words the tagger never calls adjectives: decided without tagging the sentence.
const NEVER_ADJ = new Set([...DETERMINERS, 'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'as', 'than', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'who', 'which']);

function isAdj(doc: Doc, t: Token | undefined): t is Token {
  if (!isLowerWord(t) || NOT_ADJ.has(t.norm) || NEVER_ADJ.has(t.norm)) return false;
  if (ORDINALS.has(t.norm)) return true;
  if (/^[\p{L}]+-[\d.,]+$|^[\d.,]+-[\p{L}]+$/u.test(t.text)) return true;
  const pos = doc.pos(t);
  return pos === 'ADJ' && !/(?:est|ing)$/.test(t.norm);
}

/** "magnitude-8.9": tokenized as "magnitude-8", ".", "9"; returns its first token. */
function measureStart(doc: Doc, p1: Token): Token | undefined {
  if (p1.kind !== 'number') return undefined;
  const dot = doc.prev(p1);
  const w = dot && doc.prev(dot);
  return dot?.text === '.' && w && /^\p{Ll}+-\d+$/u.test(w.text) ? w : undefined;
}

/** "inner city and poor rural areas": after "and"/"or" a plural noun within three words. */
function sharedPluralHead(doc: Doc, n: Token): boolean {
  const c = doc.next(n);
  if (!c || (c.norm !== 'and' && c.norm !== 'or')) return false;
  let t = doc.next(c);
  for (let k = 0; k < 3 && isLowerWord(t); k++, t = doc.next(t)) {
    if (looksPlural(t.norm) && doc.pos(t) === 'NOUN') return true;
    if (!['ADJ', 'NOUN'].includes(doc.pos(t))) return false;
  }
  return false;
}

function endsPhrase(doc: Doc, n: Token): boolean {
  const after = doc.next(n);
  if (!after) return true;
  if (after.norm === "'s" || after.text === '-' || after.text === '/' || after.kind === 'number') return false;
  if (ENDS.has(after.norm)) return true;
  if (!isLowerWord(after)) return false;
  const pos = doc.pos(after);
  // "by mere book learning": an -ing word after the noun may finish a compound.
  if (/ing$/.test(after.norm)) return false;
  return pos === 'VERB' || pos === 'AUX' || pos === 'ADV';
}

/** endsPhrase's word tests, without the tagger: false when the words alone rule the end out. */
function mayEndPhrase(doc: Doc, n: Token): boolean {
  const after = doc.next(n);
  if (!after) return true;
  if (after.norm === "'s" || after.text === '-' || after.text === '/' || after.kind === 'number') return false;
  return ENDS.has(after.norm) || (isLowerWord(after) && !/ing$/.test(after.norm));
}

// A source after a comma: ", club statement said" -> ", a club statement said".
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'added', 'reported', 'stated', 'announced', 'confirmed', 'showed', 'shows']);
const SOURCE_A = new Set(['statement', 'report', 'release', 'document', 'communique', 'letter', 'notice', 'post', 'filing', 'source', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'survey', 'study', 'poll', 'bulletin', 'memo']);
const KIN = new Set(['father', 'mother', 'brother', 'sister', 'son', 'daughter', 'parent', 'husband', 'wife', 'uncle', 'aunt', 'cousin', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'nephew', 'niece', 'widow', 'widower', 'sibling']);
// Quantity nouns that take "a" before "of": with a number after "of" for the first four.
const NUMERIC = new Set(['average', 'total', 'maximum', 'minimum']);
// ("by number of seats", "within range of": a measure; "number" and "range" stay out.)
// ("requires series of films" may be a plural: "series" stays out.)
const QUANTITY = new Set([...NUMERIC, 'lot', 'handful', 'variety', 'couple', 'host', 'dozen', 'multitude', 'plethora', 'myriad', 'slew', 'raft', 'spate', 'string', 'wave']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'billion', 'about', 'around', 'nearly', 'almost', 'some', 'more', 'over', 'just', 'roughly', 'up', '$', '€', '£']);
const PARTICIPLES = new Set(['built', 'held', 'run', 'set', 'known', 'made', 'taken', 'seen', 'found', 'hit', 'struck', 'shot', 'torn', 'left', 'sold', 'bought', 'brought', 'put', 'kept', 'written', 'given', 'shown', 'stolen', 'driven', 'flown', 'chosen', 'hidden', 'broken', 'frozen', 'thrown', 'worn', 'spent', 'sent', 'led', 'paid', 'laid', 'won', 'lost', 'begun', 'overrun', 'caught', 'dug']);

/** "in courtroom packed with relatives": the noun right after a preposition, ending its phrase. */
function bareAfterPreposition(doc: Doc, p: Token, n: Token): boolean {
  if (isIdiom(p.norm, n.norm)) return false;
  const before = doc.prev(p);
  // "the in crowd", "step by step", "house to house", "year after year".
  if (before && (DETERMINERS.has(before.norm) || before.norm === n.norm || before.norm === "'s")) return false;
  const after = doc.next(n);
  if (!after) return false;
  if (after.norm === n.norm || ['to', 'by', 'after', 'upon', 'and', 'or', '/', '-'].includes(after.norm)) return false;
  if (p.norm === 'from' || p.norm === 'between') return false;
  // Only a participle phrase after it shows a noun that stands for one thing ("in courtroom
  // packed with relatives", "at plant owned by"); most bare nouns after a preposition ending
  // their phrase are idioms ("in agreement", "burst into song", "for signature"). The words
  // are tested before the tagger is asked.
  const p2 = doc.next(after);
  if (!isLowerWord(after) || !(/ed$/.test(after.norm) || PARTICIPLES.has(after.norm))) return false;
  if (!p2 || !['with', 'by', 'in', 'on', 'at', 'for', 'from', 'near', 'into', 'to', 'during', 'after', 'since', 'last', 'this', 'under'].includes(p2.norm)) return false;
  if (doc.pos(n) !== 'NOUN' || doc.pos(after) !== 'VERB') return false;
  return !sharedPluralHead(doc, n);
}

// "was testing new vaccine": a progressive verb acts like a finite one.
const PROGRESSIVE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", "'re"]);

export const rule: Rule = {
  meta: {
    id: 'bare-count-noun',
    category: 'article',
    severity: 'warning',
    description: 'A singular count noun with no article: “in rapid tiebreak”, “is fisherman in Urk”.',
    examples: {
      bad: [
        { text: 'He also captained [[national team]] at last year’s championship.', output: 'He also captained the national team at last year’s championship.' },
        { text: 'The institute tested [[new vaccine]] in three cities.', output: 'The institute tested a new vaccine in three cities.' },
        { text: 'The carmaker is building [[new factory]] near Gdansk.', output: 'The carmaker is building a new factory near Gdansk.' },
        { text: 'Mehra won in [[rapid tiebreak]] after the classical games ended level.', output: 'Mehra won in a rapid tiebreak after the classical games ended level.' },
        { text: 'The city will review every admission made through [[special track]] since 2022.', output: 'The city will review every admission made through a special track since 2022.' },
        { text: 'The company plans to open [[new factory]] in Poland.', output: 'The company plans to open a new factory in Poland.' },
        { text: 'The city wants to build [[new stadium]] near the river.', output: 'The city wants to build a new stadium near the river.' },
        { text: 'The drill was based on a scenario of [[magnitude-8.9 earthquake]] off the coast.', output: 'The drill was based on a scenario of a magnitude-8.9 earthquake off the coast.' },
        { text: 'In [[decisive fourth game]], Mehra chose a sharp defence.', output: 'In the decisive fourth game, Mehra chose a sharp defence.' },
        { text: 'Jan Koster, 54, is [[fisherman]] in Urk.', output: 'Jan Koster, 54, is a fisherman in Urk.' },
        { text: 'Her mother was [[nurse]] at the city hospital.', output: 'Her mother was a nurse at the city hospital.' },
        { text: 'He works as [[engineer]] for the state railway.', output: 'He works as an engineer for the state railway.' },
        { text: 'Hanseong, [[private university]] founded in 1956, has 18,000 students.', output: 'Hanseong, a private university founded in 1956, has 18,000 students.' },
        { text: 'The pair met during [[three-day visit]] to Beijing.', output: 'The pair met during a three-day visit to Beijing.' },
        { text: 'She grew up with [[older brother]] in the capital.', output: 'She grew up with an older brother in the capital.' },
        { text: 'The workers were taken to [[nearby village]] by bus.', output: 'The workers were taken to a nearby village by bus.' },
        { text: 'The verdict was read in [[crowded courtroom]] on Monday.', output: 'The verdict was read in a crowded courtroom on Monday.' },
        { text: 'Her son is [[paramedic]] in Leeds.', output: 'Her son is a paramedic in Leeds.' },
        { text: 'The ruling was read in [[courtroom]] packed with relatives.', output: 'The ruling was read in a courtroom packed with relatives.' },
        { text: 'Seoul’s subway carries [[average]] of 7.2 million passengers a day.', output: 'Seoul’s subway carries an average of 7.2 million passengers a day.' },
        { text: 'Police detained [[total]] of 30 people on Sunday.', output: 'Police detained a total of 30 people on Sunday.' },
        { text: 'He signed the contract on Wednesday, [[club statement]] said.', output: 'He signed the contract on Wednesday, a club statement said.' },
        { text: 'The plant will close in May, [[company]] said on Friday.', output: 'The plant will close in May, the company said on Friday.' },
        { text: 'The council received [[handful]] of complaints.', output: 'The council received a handful of complaints.' },
        { text: 'The fire started at [[warehouse]] owned by a textile firm.', output: 'The fire started at a warehouse owned by a textile firm.' },
      ],
      good: [
        'The carmaker put 2,000 workers on temporary layoff, and the land will be sold by public auction.',
        'The notes pay money-market yields with a guaranteed minimum of 5.5 percent.',
        'The carmaker is building a new factory near Gdansk, and it was adding new staff.',
        'It is an electrically operated mechanical device.',
        'A vaguely specified social event was planned.',
        'Our already guarded southern border, where a wall stands, is long.',
        'He became prime minister in 2019.',
        'She was named head coach on Monday.',
        'The firm opened new offices and a new plant.',
        'The firm opened new and used car lots.',
        'Both sides want to reach prompt agreement on the budget.',
        'Mehra won in a rapid tiebreak after the classical games ended level.',
        'He won by unanimous decision.',
        'The country was ruled by presidential decree.',
        'You are in good company.',
        'He is a fisherman in Urk.',
        'She was teacher of the year in 2019.',
        'He is student council president.',
        'Hanseong, a private university, has 18,000 students.',
        'The army is in full control of the city.',
        'She spoke on national television.',
        'It is a kind of political party that rarely wins.',
        'They met for three-day visit talks.',
        'They traveled in first class.',
        'He is chief engineer at the plant.',
        'In separate statement, the ministry said nothing.',
        'He was writer-in-residence.',
        'Prices rose in most country markets.',
        'The pair met in private, then with senior officials.',
        'She is driver’s license holder.',
        'Smith, former director of the agency, spoke.',
        'The remark is not repeatable in polite company.',
        'The film was shot in open country.',
        'The vote was held by secret ballot.',
        'I look forward to the status of private citizen with gladness.',
        'It would be most effective if done by constitutional amendment.',
        'The dispute was settled by international agreement.',
        'We brought private enterprise to inner city and poor rural areas.',
        'The islands need protection from foreign invasion.',
        'These processes of private initiative will not provide jobs.',
        'The council met in open meeting.',
        'I made the following public statement of my views.',
        'Houses will be built without public subsidy.',
        'Grades are fixed for all ranks except those of general officer.',
        'Lincoln was historian and economist enough to know that.',
        'The painting was sold at auction held in New York.',
        'The party came third by number of seats.',
        'He signed the contract on Wednesday, a club statement said.',
        '“Come in,” mother said.',
        'Prices will rise, police said.',
        'Prices will rise, company officials said.',
        'These figures are well within range of the pledges.',
        'The upper portion requires series of films for every child.',
        'It carries an average of 7 million passengers.',
        'Sales grew above average in 2019, with totals of 40 a day.',
        'They stayed in town named after him.',
        'The facts are not in dispute.',
        'The treaty was opened for signature in Paris.',
        'The ruling was read in the courtroom packed with relatives.',
        'It could spread a cloud of biological agent over the city.',
        'Rubber bats reduce it to standard fare.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // "the contract in Kolkata signed, club statement said": a bare source after a comma,
    // before its verb of saying.
    for (const v of doc.tokensWith(ATTRIBUTION_VERBS)) {
      const h = doc.prev(v);
      if (!isLowerWord(v) || !isLowerWord(h) || !NOUNS.has(h.norm) || KIN.has(h.norm)) continue;
      // Word tests before the tagger: what follows the verb, and a comma one or two words before it.
      const after = doc.next(v);
      if (!after || !['.', ',', ';', 'on', 'in', 'late', 'early', 'last', 'this', 'today', 'yesterday'].includes(after.norm)) continue;
      const m = doc.prev(h);
      if (m?.text !== ',' && doc.prev(m ?? h)?.text !== ',') continue;
      if (doc.pos(h) !== 'NOUN') continue;
      let first: Token = h;
      if (isLowerWord(m) && !DETERMINERS.has(m.norm) && !NOT_ADJ.has(m.norm) && ['NOUN', 'ADJ'].includes(doc.pos(m))) first = m;
      const comma = doc.prev(first);
      if (comma?.text !== ',') continue;
      if (isHeadline(doc, doc.sentenceOf(v))) continue;
      const phrase = doc.text.slice(first.start, h.end);
      const art = SOURCE_A.has(h.norm) || NOUNS.get(h.norm) === 'a' ? indefiniteArticle(phrase) : 'the';
      ctx.report({
        start: first.start,
        end: h.end,
        message: `“${phrase} ${v.text}”: the source needs an article in English (“${art} ${phrase}”).`,
        suggestions: [`${art} ${phrase}`],
        reason: 'a singular count noun needs an article',
        confidence: 0.7,
      });
    }
    // "carries average of 7.2 million passengers", "held series of talks": a quantity noun
    // before "of" takes "a" after a verb or a preposition.
    for (const q of doc.tokensWith(QUANTITY)) {
      if (!isLowerWord(q)) continue;
      const of = doc.next(q);
      const what = of && doc.next(of);
      const before = doc.prev(q);
      if (of?.norm !== 'of' || !what || !before || !isLowerWord(before)) continue;
      // Word tests on the word before, ahead of the tagger (the same as below).
      if (before.text.includes('-') || DETERMINERS.has(before.norm) || before.norm === 'of' || before.norm === 'per') continue;
      // "with a guaranteed minimum of 5.5 percent": a participle after a determiner is the
      // quantity's adjective, not a verb.
      if (DETERMINERS.has(doc.prev(before)?.norm ?? '')) continue;
      if (NUMERIC.has(q.norm) ? !(what.kind === 'number' || NUMBER_WORDS.has(what.norm)) : !(isLowerWord(what) && ['NOUN', 'ADJ'].includes(doc.pos(what)) && looksPlural(doc.pos(what) === 'NOUN' ? what.norm : (doc.next(what)?.norm ?? '')))) continue;
      if (!(doc.pos(before) === 'VERB' || (NUMERIC.has(q.norm) && doc.pos(before) === 'ADP')) || before.text.includes('-') || (doc.pos(q) !== 'NOUN' && !NUMERIC.has(q.norm)) || DETERMINERS.has(before.norm) || before.norm === 'of' || before.norm === 'per') continue;
      // "on average of" is no English, but "above average", "in total": the quantity ends there.
      if (isHeadline(doc, doc.sentenceOf(q))) continue;
      const art = indefiniteArticle(q.text);
      ctx.report({
        start: q.start,
        end: q.end,
        message: `“${q.text} of”: the quantity needs an article in English (“${art} ${q.text} of”).`,
        suggestions: [`${art} ${q.text}`],
        reason: 'a singular count noun needs an article',
        confidence: 0.7,
      });
    }
    // Word test before the tagger: the phrase must follow a preposition or a comma, right
    // before the adjective or one word earlier (a second adjective).
    const frame = (t: Token | undefined): boolean => !!t && (PREPOSITIONS.has(t.norm) || t.text === ',');
    const framed = (p1: Token): boolean => {
      const b1 = doc.prev(p1);
      // (Or a past verb right before the adjective: "captained national team at", the verb frame below.)
      return frame(b1) || frame(b1 && doc.prev(b1)) || (b1 !== undefined && (/^\p{Ll}+ed$/u.test(b1.text) || (/^\p{Ll}+ing$/u.test(b1.text) && PROGRESSIVE_BE.has(doc.prev(b1)?.norm ?? ''))));
    };
    for (const n of doc.tokensWith(NOUNS)) {
      if (!isLowerWord(n) || !NOUNS.has(n.norm)) continue;
      const p1 = doc.prev(n);
      if (!p1) continue;
      let start: Token | undefined;
      let article = NOUNS.get(n.norm) ?? 'the';
      if (JOBS.has(n.norm) && (COPULAS.has(p1.norm) || (p1.norm === 'as' && /^work/.test(doc.prev(p1)?.norm ?? '')))) {
        // "is fisherman in Urk": an occupation after a copula.
        const after = doc.next(n);
        if (!after || !['in', 'at', 'for', 'with', 'from', 'and', ',', '.', 'who', 'by', 'on'].includes(after.norm)) continue;
        if (after.norm === 'of' || (after.norm === 'and' && !isLowerWord(doc.next(after)))) continue;
        if (p1.norm === "'s" || doc.prev(p1)?.norm === 'there' || doc.prev(p1)?.norm === 'what' || doc.prev(p1)?.norm === 'who') continue;
        // "Lincoln was historian and economist enough to know": a degree of a quality.
        if ([1, 2, 3, 4].some((k) => doc.next(n, k)?.norm === 'enough')) continue;
        start = n;
        article = 'a';
      } else if (BARE_PREPS.has(p1.norm) && isLowerWord(p1) && !MASS_SENSE.has(n.norm)) {
        // "read in courtroom packed with relatives": a preposition and the bare noun.
        if (!bareAfterPreposition(doc, p1, n)) continue;
        start = n;
        article = 'a';
      } else if (p1.kind === 'number' ? measureStart(doc, p1) : !MASS_SENSE.has(n.norm) && framed(p1) && !FIXED.has(`${p1.norm} ${n.norm}`) && mayEndPhrase(doc, n) && isAdj(doc, p1)) {
        let first: Token = measureStart(doc, p1) ?? p1;
        const p2 = doc.prev(first);
        if (first === p1 && isAdj(doc, p2)) first = p2;
        article = 'a';
        const before = doc.prev(first);
        if (!before) continue;
        if (FIXED.has(`${p1.norm} ${n.norm}`) || MASS_SENSE.has(n.norm)) continue;
        if (!endsPhrase(doc, n)) continue;
        if (PREPOSITIONS.has(before.norm) && (isLowerWord(before) || doc.isSentenceInitial(before))) {
          if (before.norm === 'of' && KIND.has(doc.prev(before)?.norm ?? '')) continue;
          // "by pure accident", "by private car": "by" takes bare means and manners.
          if (before.norm === 'by' && (n.norm === 'accident' || BY_MEANS.has(n.norm) || NOUNS.get(n.norm) === 'the' && MASS_SENSE.has(n.norm))) continue;
          if (before.norm === 'on' && ON_STATUS.has(n.norm)) continue;
          // "at the end of day" style phrases are handled elsewhere; a determiner earlier in a
          // coordination ("in the first and second round") shares the article.
          const bb = doc.prev(before);
          if (bb && (bb.norm === 'and' || bb.norm === 'or' || DETERMINERS.has(bb.norm))) continue;
          // "to inner city and poor rural areas": the head is shared by a later plural.
          if (sharedPluralHead(doc, n)) continue;
          if (first !== p1 && ORDINALS.has(p1.norm) && !ORDINALS.has(first.norm)) article = 'the';
          if (ORDINALS.has(first.norm)) article = 'the';
          start = first;
        } else if (before.text === ',') {
          // "Hanseong, private university founded in 1956": an appositive after a name.
          const name = doc.prev(before);
          const after = doc.next(n);
          if (!name || !/^\p{Lu}/u.test(name.text) || !after || !PARTICIPLE_NEXT.has(after.norm) || PEOPLE.has(n.norm)) continue;
          if (doc.pos(name) !== 'PROPN') continue;
          article = 'a';
          start = first;
        } else if (isLowerWord(before) && !ROLE_VERBS.has(before.norm) && !PEOPLE.has(n.norm) && !BY_MEANS.has(n.norm) && first === p1 && doc.pos(before) === 'VERB' && (!/ing$/.test(before.norm) || PROGRESSIVE_BE.has(doc.prev(before)?.norm ?? ''))) {
          // "plans to open new factory in Poland": a verb, one adjective, the noun ("reach
          // broad agreement" and other deciding nouns are English bare).
          const bb = doc.prev(before);
          if (bb && (DETERMINERS.has(bb.norm) || bb.norm === "'s")) continue; // "the planned new plant"
          // A past verb right before the adjective acts only after its subject or auxiliary ("he
          // also captained national team"), not as a participle inside a phrase ("an electrically
          // operated mechanical device", "our guarded southern border").
          const subjectOrAux = (x: Token | undefined): boolean =>
            x !== undefined && !DETERMINERS.has(x.norm) && (['PRON', 'PROPN', 'AUX'].includes(doc.pos(x)) || (doc.pos(x) === 'NOUN' && !['a', 'an'].includes(doc.prev(x)?.norm ?? '')));
          if (!frame(bb) && !subjectOrAux(bb) && !(bb && VERB_ADVERBS.has(bb.norm) && subjectOrAux(doc.prev(bb)))) continue;
          if (sharedPluralHead(doc, n)) continue;
          start = first;
        } else continue;
      } else continue;
      if (!start) continue;
      if (start === p1 && UNIQUE_ADJ.has(p1.norm)) article = 'the';
      if (isHeadline(doc, doc.sentenceOf(n))) continue;
      const phrase = doc.text.slice(start.start, n.end);
      const art = article === 'a' ? indefiniteArticle(phrase) : 'the';
      const other = art === 'the' ? indefiniteArticle(phrase) : 'the';
      ctx.report({
        start: start.start,
        end: n.end,
        message: `“${phrase}”: a singular count noun needs an article in English (“${art} ${phrase}”).`,
        suggestions: [`${art} ${phrase}`, `${other} ${phrase}`],
        reason: 'a singular count noun needs an article',
        confidence: 0.7,
      });
    }
  },
};
