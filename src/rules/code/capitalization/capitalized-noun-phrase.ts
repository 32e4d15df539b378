/**
 * Any common noun phrase of two or three words in Title Case mid-sentence: “the US Tech Giant”,
 * “a deadly Storm Surge”, “advances in Artificial Intelligence”, “the country’s largest
 * Electricity Distributor”. capitalized-common-term knows a list of terms; this rule knows
 * what names look like instead, and flags a run of capitalized common words that looks like
 * none.
 *
 * A run is left alone when it may be a name: it ends in a head that names end in
 * (capitalization-name-heads.txt: Court, Ministry, Party, Street, Prize, Act...), it has a word
 * names are made of (capitalization-name-markers.txt: colours, directions, Grand, Supreme...),
 * it is known to the gazetteer, it touches another capitalized word or a linked name (“of the
 * ...”), it expands an acronym, it follows a word that introduces a title (“the film ...”),
 * it stands in quotes, a headline or at the start of a clause. Every word must be a common
 * noun or adjective and none a first name. Before a capitalized word (“Tech Giant Apple”) the
 * run is flagged only when it ends in a descriptor of companies (giant, maker, operator...).
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isKnownName, isKnownNamePart } from '../entity-name/gazetteer.js';
import { firmAppositive, inCompanyName, stateAfter } from './company-names.js';
import {
  casedWordPositions,
  COMMON_TERMS, COMMON_WORDS, DEMONYMS, FUNCTION_WORDS, DESCRIPTIVE_HEADS, GENERIC_HEADS, JOB_DESCRIPTIONS, NAME_HEADS, NAME_MARKERS, PERSON_FIRST_NAMES, PROPER_NAMES,
  isCommonWord, isHeadline, isTitleCase, readList, startsClause,
} from './lexicon.js';

/** Heads that describe a company and stay lower case even before its name (“tech giant Apple”). */
const DESCRIPTORS: ReadonlySet<string> = new Set(readList('capitalization-descriptor-heads.txt'));

// A word that ties the run into a longer name: "Ministry of Digital Affairs", "Tax Cuts and Jobs".
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', '&', 'de', 'del', 'des', 'du', 'to', 'in', 'against', 'without', 'with']);

// Titles and ranks that stand before a surname: "President Roosevelt", "Secretary Root",
// "Sergeant Hake". A surname may be a common word ("Root", "Hake"), so the pair is a name.
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'secretary', 'minister', 'senator', 'governor', 'mayor', 'ambassador', 'judge', 'chancellor',
  'premier', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'cardinal', 'bishop', 'archbishop',
  'reverend', 'father', 'rabbi', 'imam', 'sheikh', 'admiral', 'general', 'colonel',
  'captain', 'lieutenant', 'sergeant', 'corporal', 'commander', 'marshal', 'commodore',
  'detective', 'inspector', 'constable', 'chief', 'professor', 'doctor', 'dean', 'representative', 'congressman',
  'congresswoman', 'councilman', 'councilwoman', 'commissioner', 'director', 'chairman', 'chairwoman', 'speaker',
  'deputy', 'consul', 'envoy', 'lord', 'lady', 'sir', 'dame', 'countess', 'duke', 'duchess', 'baron',
  'mister', 'madam', 'saint', 'agent', 'trooper', 'seaman', 'airman',
]);

// Words before a title of a work or a label, which keeps its capitals: "the film Storm Surge".
const TITLE_INTRO: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'song', 'songs', 'album', 'albums', 'book', 'books', 'novel', 'novels', 'series', 'show',
  'play', 'plays', 'opera', 'poem', 'titled', 'entitled', 'called', 'named', 'dubbed', 'so-called', 'nicknamed',
  'magazine', 'newspaper', 'programme', 'program', 'podcast', 'documentary', 'episode', 'exhibition', 'operation',
  'codenamed', 'code-named', 'brand', 'label', 'game', 'app', 'band', 'single', 'track', 'painting', 'sculpture',
  'column', 'blog', 'website', 'channel', 'slogan', 'motto', 'hashtag', 'campaign', 'category', 'section', 'tab',
  'menu', 'button', 'chapter', 'course', 'module', 'degree', 'major', 'award', 'prize', 'trophy', 'title',
  // Academic subjects keep capitals in many styles: "studied Political Science".
  'study', 'studies', 'studied', 'studying', 'teach', 'teaches', 'taught', 'teaching', 'majored', 'lecturer', 'professor',
]);

const QUOTES_OPEN = /^["“‘'«]$/;
const QUOTES_CLOSE = /^["”’'»]$/;

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** The first word of its line: verse and lists capitalize every line. */
function lineInitial(doc: Doc, t: Token): boolean {
  for (let k = t.start - 1; k >= 0; k--) {
    const c = doc.text[k] as string;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** A common word as spelt, or in its American spelling: "centre", "labour", "organisation", "licence". */
/** Answers by word: the same capitalized words come back all through a text. */
const commonSpelling = new Map<string, boolean>();

function isCommonSpelling(w: string): boolean {
  let v = commonSpelling.get(w);
  if (v === undefined) {
    if (commonSpelling.size > 100_000) commonSpelling.clear();
    v = computeCommonSpelling(w);
    commonSpelling.set(w, v);
  }
  return v;
}

function computeCommonSpelling(w: string): boolean {
  if (isCommonWord(w)) return true;
  const us = w.replace(/tre(s?)$/, 'ter$1').replace(/our(s?)$/, 'or$1').replace(/([cf])ence(s?)$/, '$1ense$2').replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1').replace(/ys(e|es|ed|ing)$/, 'yz$1');
  return us !== w && isCommonWord(us);
}

/** "Buying", "Polling": an -ing form of a common noun or verb stem. */
function isGerund(w: string): boolean {
  if (!w.endsWith('ing') || w.length < 6) return false;
  const stem = w.slice(0, -3);
  return isCommonWord(stem) || isCommonWord(`${stem}e`) || (/(.)\1$/.test(stem) && isCommonWord(stem.slice(0, -1)));
}

/** A capitalized word or number, not a function word capitalized at the sentence start. */
function isCap(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'number') && /^\p{Lu}/u.test(t.text) && !FUNCTION_WORDS.has(t.norm);
}

const DIRECTIONS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western']);

// Titles before "of" that name an office: "director of Naval Intelligence".
const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'director', 'minister', 'ministry', 'secretary', 'head', 'chief', 'commissioner', 'department', 'office', 'professor',
  'dean', 'school', 'faculty', 'institute', 'bureau', 'agency', 'council', 'chair', 'chairman', 'president', 'governor',
]);

// Generic heads of firms: a name head that a number or a nationality shows to be common
// ("two Energy Companies", "the German Software Company").
const FIRM_HEADS: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'group', 'groups', 'lines', 'line', 'plant', 'plants', 'station', 'stations', 'platform', 'platforms',
  'centre', 'centres', 'center', 'centers', 'hospital', 'hospitals', 'school', 'schools', 'market', 'markets',
]);

const MONTHS_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// Country acronyms that stand before a description like a nationality: "US tech giant".
const COUNTRY_CODES: ReadonlySet<string> = new Set(['US', 'U.S.', 'UK', 'U.K.', 'EU', 'UAE', 'USA', 'UN']);

// Words before the run that show it is a common noun phrase: an indefinite or possessive
// determiner, a quantifier, a number ("a Tech Giant", "its Storm Surge", "two Tech Giants").
const COMMON_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'its', 'their', 'his', 'her', 'our', 'your', 'my', "'s", 'this', 'these', 'those', 'such',
  'every', 'each', 'any', 'no', 'some', 'many', 'several', 'few', 'more', 'most', 'other', 'both', 'all', 'whose',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
]);

// Prepositions after which a bare run (no "the") reads as a mass or plural common noun:
// "investment in Artificial Intelligence", "damage from Storm Surges".
const BARE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'of', 'for', 'about', 'against', 'from', 'with', 'without', 'into', 'through', 'over', 'by', 'to',
  'like', 'including', 'amid', 'among', 'towards', 'toward', 'between', 'than', 'as',
]);

/** "two Energy Companies", "the German Software Company": a firm head used as a common noun. */
function firmContext(doc: Doc, run: readonly Token[], lead: Token): boolean {
  if (lead !== run[0]) return true;
  const p = doc.prev(lead);
  return !!p && (p.kind === 'number' || QUANTIFIERS.has(p.norm) || p.norm === 'a' || p.norm === 'an' || (p.text === p.norm && doc.pos(p) === 'VERB'));
}

const QUANTIFIERS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'dozens',
  'hundreds', 'thousands', 'other', 'both', 'all', 'more', 'most', 'numerous', 'various',
]);

/** The run may be a name: a name's head or marker word, a first name, a linked or titled name. */
function nameLike(doc: Doc, run: readonly Token[], lead: Token): boolean {
  const last = run[run.length - 1] as Token;
  const words = run.map((w) => w.norm);
  // "President Roosevelt", "Sergeant Hake": a title before a surname that is also a word.
  if (run.length === 2 && PERSON_TITLES.has(words[0] as string) && !JOB_DESCRIPTIONS.has(words[1] as string) && !GENERIC_HEADS.has(words[1] as string)) return true;
  // "Veterans Affairs" (Department of Veterans Affairs), "Border Patrol" (US Border Patrol).
  if (isKnownNamePart(doc, run.map((w) => w.text).join(' '))) return true;
  if (words.some((w) => NAME_MARKERS.has(w) || PERSON_FIRST_NAMES.has(w) || !(isCommonSpelling(w) || isGerund(w)))) return true;
  const head = words[words.length - 1] as string;
  // "Visa International", "Amnesty International": an adjective after its noun is a name's.
  if (head === 'international') return true;
  if ((NAME_HEADS.has(head) || NAME_HEADS.has(singular(head))) && !(FIRM_HEADS.has(head) && firmContext(doc, run, lead))) return true;
  // A job description ("Top Diplomat") belongs to capitalized-job-description.
  if (JOB_DESCRIPTIONS.has(head) && !DESCRIPTORS.has(singular(head))) return true;
  // A known term belongs to capitalized-common-term.
  if (words.every(isCommonWord)) {
    // capitalized-common-term's own test: a known term, or one followed by generic heads only.
    let end = words.length;
    while (end > 0 && GENERIC_HEADS.has(words[end - 1] as string)) end--;
    if (end < words.length) return true;
    for (let k = 0; k < end - 1; k++) if (COMMON_TERMS.has(words.slice(k, end).join(' '))) return true;
  }
  if (PROPER_NAMES.has(words.join(' '))) return true;
  const before = doc.prev(lead);
  if (before) {
    if ((isCap(before) && !COUNTRY_CODES.has(before.text)) || before.text === '&') return true;
    if (LINKS.has(before.norm) && isCap(doc.prev(before)) && !startsClause(doc, doc.prev(before) as Token)) return true;
    // "director of Naval Intelligence": an office named after a title.
    if (LINKS.has(before.norm) && OFFICE_TITLES.has(doc.prev(before)?.norm ?? '')) return true;
    if (LINKS.has(before.norm) && doc.prev(before)?.norm === 'the' && isCap(doc.prev(before, 2))) return true;
    if (TITLE_INTRO.has(before.norm) || (before.norm === 'the' && TITLE_INTRO.has(doc.prev(before)?.norm ?? ''))) return true;
    // "known as Systems Application Architecture", "referred to as ...": a name introduced.
    if (before.norm === 'as' && /^(known|referred|designated|described|branded|marketed)$/.test(doc.prev(before)?.norm ?? '')) return true;
    // "the district of Chow Kit", "the town of Storm Lake": a place's name after its kind.
    if (before.norm === 'of' && PLACE_KINDS.has(doc.prev(before)?.norm ?? '')) return true;
    if (QUOTES_OPEN.test(before.text)) return true;
  }
  const after = doc.next(last);
  if (after) {
    // "the Motor Carrier Act": a name's head after the run makes it part of the name.
    if (isCap(after)) return NAME_HEADS.has(after.norm) || !DESCRIPTORS.has(singular(head));
    // A label ("Low Blows:"), a joined name, an abbreviation ("House Jan.").
    if (/^[&\-/.:]$/.test(after.text)) return true;
    if (QUOTES_CLOSE.test(after.text)) return true;
    // "Mountain View, California": a town named by its state. "Mountain Bell, a unit of US
    // West": an appositive that says the run is a company.
    if (stateAfter(doc, after) || firmAppositive(doc, after)) return true;
    // "affirmed Consumers Power's debt": a possessive on a bare run, with no determiner a
    // common noun would need ("the tech giant's"), is a name's.
    if (after.norm === "'s" || ((after.text === "'" || after.text === '’') && /s$/.test(last.norm))) {
      const p = doc.prev(lead);
      if (!p || !(p.norm === 'the' || COMMON_DETERMINERS.has(p.norm) || p.kind === 'number' || (p.kind === 'word' && p.text === p.norm && doc.pos(p) === 'ADJ'))) return true;
    }
    // "the Public Prosecutor's Office": a possessive inside a longer name.
    if ((after.norm === "'s" || after.text === "'" || after.text === '’') && isCap(doc.next(after)) && NAME_HEADS.has(doc.next(after)?.norm ?? '')) return true;
    if (LINKS.has(after.norm)) {
      const a2 = doc.next(after);
      const a3 = a2?.norm === 'the' ? doc.next(a2) : a2;
      // "... in Europe" goes on a name; "... in the Market" (a common word) does not.
      const goesOn = isCap(a3) && !MONTHS_DAYS.test(a3?.norm ?? '') && !(after.norm === 'in' && isCommonWord(a3?.norm ?? ''));
      if (goesOn) return true;
    }
    // "Artificial Intelligence (AI)", "Philippine Investment Notes, PINs": an acronym's
    // expansion may take capitals.
    if (after.text === ',' && initialsOf(doc, run, doc.next(after))) return true;
    if (after.text === '(') {
      let ac = doc.next(after);
      if (ac && QUOTES_OPEN.test(ac.text)) ac = doc.next(ac);
      if (/^\p{Lu}[\p{Lu}\p{N}&.-]*s?$/u.test(ac?.text ?? '')) return true;
    }
  }
  return false;
}

// Kinds of place before "of" and a place's name: "the district of Chow Kit".
const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'district', 'province', 'county', 'state', 'island', 'port', 'borough', 'municipality', 'region', 'township', 'suburb']);

/** "PINs" after "Philippine Investment Notes": an acronym of the run's (and its nationality's) initials. */
function initialsOf(doc: Doc, run: readonly Token[], ac: Token | undefined): boolean {
  if (!ac || !/^\p{Lu}{2,}s?$/u.test(ac.text)) return false;
  const letters = ac.text.replace(/s$/, '');
  const init = run.map((w) => w.text.charAt(0)).join('');
  const lead = doc.prev(run[0] as Token);
  return letters === init || (!!lead && letters === lead.text.charAt(0) + init);
}

/**
 * The run stands before a lower-case noun it modifies ("Border Patrol agents"), or an
 * adjective and a noun ("Coke Consolidated common shares").
 */
function modifiesNoun(doc: Doc, run: readonly Token[]): boolean {
  const lowerNoun = (n: Token | undefined): boolean => !!n && n.kind === 'word' && n.text === n.norm && !FUNCTION_WORDS.has(n.norm) && doc.pos(n) === 'NOUN';
  const n = doc.next(run[run.length - 1] as Token);
  if (lowerNoun(n)) return true;
  // Not "last year", "next week": an adverbial of time after the run, not a noun it modifies.
  return !!n && n.kind === 'word' && n.text === n.norm && doc.pos(n) === 'ADJ' && !TIME_ADJECTIVES.has(n.norm) && lowerNoun(doc.next(n));
}

const TIME_ADJECTIVES: ReadonlySet<string> = new Set(['last', 'next', 'previous', 'following', 'same', 'early', 'late', 'whole', 'entire', 'other', 'every']);

// Verbs of saying, after which a reported clause starts without "that".
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'added', 'adds', 'stated', 'noted', 'reported', 'believes', 'believed', 'thinks', 'expects', 'expected', 'estimated', 'argued', 'warned', 'predicted', 'feel', 'feels']);

/**
 * Positive evidence that the run is a common noun phrase: a determiner that names do not
 * take, a lower-case adjective or number before it, a bare run after a preposition, or a head
 * that only describes (capitalization-descriptor-heads.txt, capitalization-generic-heads.txt).
 */
function looksCommon(doc: Doc, run: readonly Token[], lead: Token): boolean {
  const head = singular((run[run.length - 1] as Token).norm);
  const h = (run[run.length - 1] as Token).norm;
  if (DESCRIPTORS.has(head) || GENERIC_HEADS.has(h) || GENERIC_HEADS.has(head) || DESCRIPTIVE_HEADS.has(h)) return true;
  // "the German Software Company": a nationality before a firm's generic head. But "the
  // American Tobacco Company" is how firms are named: "the" + nationality + "Company" is one.
  if (lead !== run[0] && FIRM_HEADS.has(h)) return !(h === 'company' && doc.prev(lead)?.norm === 'the');
  // "Border Patrol agents", "Urban Planning grants": a run before a lower-case noun modifies it
  // as a name of a program or a body does.
  if (modifiesNoun(doc, run)) return false;
  let p = doc.prev(lead);
  if (p && COUNTRY_CODES.has(p.text)) p = doc.prev(p);
  if (!p) return false;
  // "Russia's Tech Giant" but not "Kennedy's Market Theorem": a place's, not a person's.
  if (p.norm === "'s") {
    const owner = doc.prev(p);
    return !!owner && (owner.text === owner.norm || PROPER_NAMES.has(owner.norm) || COUNTRY_CODES.has(owner.text));
  }
  // "a Merle Haggard song": the determiner belongs to the noun after the run (see modifiesNoun).
  if (COMMON_DETERMINERS.has(p.norm) || p.kind === 'number') return true;
  if (BARE_PREPOSITIONS.has(p.norm) && lead === run[0]) return true;
  // "to tackle Climate Change", "curbing Hate Speech": a bare run as a verb's object.
  // Not after a verb of saying: "It said Desert Power expects" starts a reported clause, and a
  // bare run there is its subject, which a name is far more often than a common noun.
  if (lead === run[0] && p.kind === 'word' && p.text === p.norm && !FUNCTION_WORDS.has(p.norm) && doc.pos(p) === 'VERB' && !SAYING.has(p.norm)) return true;
  // "the country's largest Electricity Distributor": a lower-case adjective after a determiner.
  if (p.kind === 'word' && p.text === p.norm && !FUNCTION_WORDS.has(p.norm)) {
    const pp = doc.prev(p);
    if (pp && (pp.norm === 'the' || COMMON_DETERMINERS.has(pp.norm)) && doc.pos(p) === 'ADJ') return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'capitalized-noun-phrase',
    category: 'capitalization',
    severity: 'warning',
    description: 'A common noun phrase of two or three words in Title Case mid-sentence (“Tech Giant”, “Storm Surge”).',
    examples: {
      bad: [
        { text: 'The fine was imposed on the US [[Tech Giant]] on Monday.', output: 'The fine was imposed on the US tech giant on Monday.' },
        { text: 'Residents fled as a deadly [[Storm Surge]] swept the coast.', output: 'Residents fled as a deadly storm surge swept the coast.' },
        { text: 'The country is investing in [[Artificial Intelligence]] and chips.', output: 'The country is investing in artificial intelligence and chips.' },
        { text: 'Prices were raised by the largest [[Electricity Distributor]] in the region.', output: 'Prices were raised by the largest electricity distributor in the region.' },
        { text: 'The Chinese [[Tech Giant]] Huawei denied the claims.', output: 'The Chinese tech giant Huawei denied the claims.' },
        { text: 'Officials warned of [[Heavy Rainfall]] in the mountains.', output: 'Officials warned of heavy rainfall in the mountains.' },
      ],
      good: [
        'Peru’s Public Prosecutor’s Office opened a case.',
        'The Supreme Court declined to hear the appeal.',
        'The fine was imposed on the US tech giant on Monday.',
        'Finance Minister Olaf Scholz presented the budget.',
        'The Interior Ministry said the Storm Centre had issued a warning.',
        'She starred in the film Storm Surge last year.',
        'The Artificial Intelligence Act was approved by parliament.',
        'Artificial Intelligence (AI) is a focus of the Digital Markets Act.',
        'He joined the Royal Navy and later the Coast Guard.',
        'The White House and the Red Cross responded.',
        'The Tech Giants Summit opened in Lisbon.',
        'Storm Surge Warning Issued For Coast',
        '“Heavy Rainfall” was the title of her first exhibition.',
        'The Champions League final will be held at the Olympic Stadium.',
        'The Intensive Care Society and the Climate Change Committee published reports.',
        'He studied Computer Science at the University of Lagos.',
        'The bill was backed by the Law and Justice party.',
        'Tech Giant Is Fined',
        'Coastal Freight Inc lost money in May, and lenders to Coastal Freight met on Friday.',
        'The firm is based in Garden Grove, California, and has 40 staff.',
        'She bought shares of Valley Timber, a forest products company based in Oregon.',
        "The agency affirmed Harbor Power's debt ratings.",
        'It said Desert Mining expects a profit this year.',
        'He joined Visa International in 1990.',
        'The standard, known as Open Systems Architecture, was adopted.',
        'Police sealed off the district of Bamboo Kit on Friday.',
        'Savers put money in Retirement Savings Accounts, RSAs, before April.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const at = casedWordPositions(doc);
    for (let ai = 0, i = -1; ai < at.length; ai++) {
      // Only tokens the test below can pass, ascending; those a run consumed are skipped.
      if ((at[ai] as number) <= i) continue;
      i = at[ai] as number;
      const t = toks[i] as Token;
      if (t.text === t.norm || t.kind !== 'word' || !(COMMON_WORDS.has(t.norm) || DEMONYMS.has(t.norm) || DIRECTIONS.has(t.norm) || isGerund(t.norm) || isCommonSpelling(t.norm))) continue;
      if (!isTitleCase(t.text) || FUNCTION_WORDS.has(t.norm)) continue;
      const before = doc.prev(t);
      if (before && before.kind === 'word' && isTitleCase(before.text) && !FUNCTION_WORDS.has(before.norm)) continue;
      const whole: Token[] = [t];
      for (let n = doc.next(t); n && n.kind === 'word' && isTitleCase(n.text) && !FUNCTION_WORDS.has(n.norm); n = doc.next(n)) whole.push(n);
      i = t.index + whole.length - 1;
      // "Tech Giant Huawei", "Chip Maker Apple": a descriptor ends the run; a name follows.
      const cut = whole.findIndex(
        (w, k) => k > 0 && k < whole.length - 1 && DESCRIPTORS.has(singular(w.norm)) && !whole.slice(k + 1).some((x) => NAME_HEADS.has(x.norm) || NAME_HEADS.has(singular(x.norm))),
      );
      if (cut > 0) whole.splice(cut + 1);
      else while (whole.length > 1 && !isCommonSpelling((whole[whole.length - 1] as Token).norm) && !isGerund((whole[whole.length - 1] as Token).norm)) whole.pop();
      // A leading nationality keeps its capital: "the Chinese Tech Giant".
      let run = whole;
      while (run.length > 0 && (DEMONYMS.has((run[0] as Token).norm) || (DIRECTIONS.has((run[0] as Token).norm) && DEMONYMS.has(run[1]?.norm ?? '')))) run = run.slice(1);
      if (run.length < 2 || run.length > 3) continue;
      if (startsClause(doc, whole[0] as Token) || lineInitial(doc, whole[0] as Token)) continue;
      if (nameLike(doc, run, whole[0] as Token)) continue;
      if (!looksCommon(doc, run, whole[0] as Token)) continue;
      const first = run[0] as Token;
      const last = run[run.length - 1] as Token;
      const span = doc.text.slice(first.start, last.end);
      if (isKnownName(span) || isKnownName(doc.text.slice((whole[0] as Token).start, last.end))) continue;
      // "Waste Management" in a story that names "Waste Management Inc": a company's name.
      if (inCompanyName(doc, (whole[0] as Token).index, last.index + 1) || (whole[0] !== first && inCompanyName(doc, first.index, last.index + 1))) continue;
      if (isHeadline(doc, first.start)) continue;
      const lower = span.toLowerCase();
      ctx.report({
        start: first.start,
        end: last.end,
        message: `“${span}” is a common noun phrase in Title Case: English writes “${lower}” unless it is a name.`,
        suggestions: [lower],
        reason: 'English capitalizes names, not common nouns; capitals on every noun read as translated',
        confidence: 0.6,
      });
    }
  },
};
