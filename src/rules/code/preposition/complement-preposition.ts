/**
 * The wrong preposition before the complement of a verb, adjective or noun, from the collocation
 * lexicon in lib/collocations.ts: "the official responsible about relief", "satisfied over the
 * result", "aware to the risk", "complained for long walks", "warned from a storm surge",
 * "congratulated both players with the match", "accused the prime minister with covering up",
 * "cutting the cod quota with 14 percent", "weak demand on steel".
 *
 * A verb may have an object between it and the preposition when the lexicon says so (the object
 * is a short run of determiners, adjectives, nouns, names and pronouns). The preposition must
 * introduce the complement, not an adjunct: the words after it are checked against times, dates,
 * media, events and places ("complained over the weekend", "warned on Monday", "complained on
 * Twitter", "in a statement"), numbers and relative pronouns; entries narrow further with `comp`.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { formsOf, pluralOf } from '../../../nlp/inflect.js';
import { COLLOCATIONS, type Colloc } from './lib/collocations.js';

// Words that make the phrase after the preposition an adjunct of time, place, medium or occasion.
const ADJUNCT = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
  weekend weekends morning mornings afternoon afternoons evening evenings night nights day days daytime week weeks month months
  year years decade decades hour hours minute minutes seconds century centuries time times while moment moments occasion occasions
  period periods season seasons spring summer autumn winter christmas easter ramadan eid holiday holidays january february march
  april june july august september october november december today tomorrow yesterday tonight now then once ever ages past first
  eve anniversary start beginning end course duration rest remainder sidelines margins margin behalf sake part basis grounds record
  average top whole contrary hand occasion purpose phone telephone television tv radio twitter facebook instagram telegram tiktok
  youtube linkedin weibo wechat whatsapp blog blogs website websites site internet web online social media air camera podium stage
  rostrum pulpit streets street ground scene spot programme program show broadcast channel network page pages column newspaper
  letter letters statement statements interview interviews speech speeches post posts tweet tweets video videos message messages
  note email emails conference briefing meeting session summit hearing forum rally ceremony visit trip tour flight call calls
  several numerous multiple repeated countless various behalf reasons condition way basis extent extents degree degrees date granted best fullest
  utmost advantage score`.split(/\s+/),
);
// A relative pronoun after the preposition: it belongs to a later verb ("the complaint on which it was based").
const RELATIVE = new Set(['which', 'whom', 'whose', 'where', 'when']);
// Stops the scan of the phrase after the preposition.
const STOP = new Set([
  'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'about', 'over', 'and', 'or', 'but', 'that', 'who', 'which', 'as',
  'than', 'after', 'before', 'since', 'because', 'while', 'if', 'into', 'between', 'among', 'against', 'during', 'under',
]);
// People and their well-being: "afraid for his life", "worried for the children" are English.
const PERSONAL = new Set(
  `him her them us me you himself herself themselves ourselves myself yourself people person children child kids kid family
  families life lives safety security health future jobs job livelihood livelihoods wellbeing well-being welfare sake relatives
  friends friend loved son sons daughter daughters wife husband parents parent staff workers employees members colleagues citizens
  residents country nation team players economy region world planet democracy animals livestock survival existence men women
  man woman boy boys girl girls baby babies patients victims soldiers troops fans community communities neighbours neighbors
  others everyone everybody anyone somebody someone those`.split(/\s+/),
);
const CRIME = new Set(
  `corruption fraud bribery murder treason espionage theft embezzlement terrorism extremism abuse negligence extortion smuggling
  spying sabotage genocide collusion complicity money-laundering laundering rape assault robbery kidnapping trafficking manslaughter
  homicide arson vandalism blasphemy sedition incitement forgery perjury cybercrime hooliganism plagiarism doping tax separatism
  insider killings killing crimes`.split(/\s+/),
);
const CRIME_COMPOUND = new Set(['evasion', 'fraud', 'trading', 'laundering', 'dodging']);
const GOODS = new Set(
  `steel oil gas coal energy electricity food housing homes cars vehicles chips semiconductors goods products credit loans gold
  copper aluminium aluminum iron wheat grain rice sugar coffee cocoa cotton fuel petrol gasoline diesel lithium nickel batteries
  cement timber wood fertilisers fertilizers medicines drugs vaccines flights tickets apartments property properties exports
  imports luxury fish meat milk dairy beef pork crude metals commodities smartphones phones computers textiles clothing`.split(/\s+/),
);
const INST = new Set(
  `school schools university universities college colleges academy institute party campaign foundation hospital charity museum
  fund church mosque library orchestra seminary conservatory polytechnic gymnasium lyceum`.split(/\s+/),
);
const PARTS = new Set(
  `parts pieces groups zones sectors categories sections regions districts units teams halves blocks stages phases areas classes
  portions segments tiers levels lots shares`.split(/\s+/),
);
const LANGS = new Set(
  `english french german spanish italian portuguese russian chinese mandarin arabic japanese korean polish romanian ukrainian
  turkish greek dutch swedish hungarian czech persian farsi hindi urdu bengali indonesian malay vietnamese thai hebrew latin
  norwegian danish finnish serbian croatian bulgarian slovak slovenian albanian georgian armenian kazakh uzbek swahili tagalog`.split(/\s+/),
);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'several']);
const HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'over', 'just', 'only', 'another', 'a', 'further', 'more', 'than', 'up', 'to', 'at', 'least']);
const PCT_UNITS = new Set(['percent', '%', 'per', 'percentage', 'points', 'point', 'pc', 'pct', 'basis']);
const ING_NOUNS = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'king', 'thing', 'things', 'ring', 'spring', 'wing', 'string', 'ceiling', 'meeting', 'meetings', 'funding', 'housing', 'clothing', 'earnings', 'savings', 'wedding', 'hearing', 'briefing', 'ruling', 'rulings', 'warning', 'warnings', 'outing', 'sibling', 'darling', 'duckling', 'pudding', 'shilling', 'bowling', 'viking', 'beijing', 'nanjing', 'kunming', 'sterling', 'feeling', 'feelings', 'being', 'beings']);
// Words in the phrase after "arrived to" that make it an idiom: "arrived to cheers", "to the sound of".
const GREETING = new Set(['welcome', 'cheers', 'applause', 'sound', 'sounds', 'news', 'chaos', 'scenes', 'reception', 'greeting', 'fanfare', 'find', 'discover', 'boos', 'jeers', 'silence', 'crowds']);
// "congratulated them with a smile": manner or instrument, not the occasion.
const MANNER = new Set(['smile', 'smiles', 'handshake', 'hug', 'hugs', 'kiss', 'message', 'messages', 'letter', 'letters', 'telegram', 'telegrams', 'call', 'statement', 'bouquet', 'flowers', 'speech', 'tweet', 'post', 'video', 'note', 'cake', 'gift', 'gifts', 'ceremony', 'reception', 'dinner', 'party', 'applause', 'cheers', 'words', 'toast', 'warm', 'warmly', 'tears', 'other', 'others', 'fellow', 'several', 'him', 'her', 'them', 'his', 'evidence', 'medals', 'medal', 'trophy', 'trophies', 'award', 'awards', 'prize', 'prizes']);
// "devoted with all our heart", "worked with great zeal": manner, whatever the head.
const MANNER_ANY = new Set(['heart', 'hearts', 'might', 'soul', 'souls', 'zeal', 'vigor', 'vigour', 'enthusiasm', 'fervor', 'fervour', 'determination', 'devotion', 'sincerity', 'energy']);
// "congratulate someone with more birthdays": the "with" phrase describes an indefinite object.
const INDEFINITE_OBJECTS = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'those', 'one', 'nobody', 'men', 'women']);
const OBJ_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const OBJ_WORDS = new Set(['and', 'both', '-', "'s", 'all']);
const PERSONAL_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

interface Head {
  readonly entry: Colloc;
}
const BY_FORM = new Map<string, Head[]>();
function add(form: string, entry: Colloc): void {
  if (entry.noForms?.includes(form)) return;
  const list = BY_FORM.get(form) ?? [];
  list.push({ entry });
  BY_FORM.set(form, list);
}
for (const e of COLLOCATIONS) {
  for (const h of e.heads) {
    if (e.kind === 'verb') for (const f of formsOf(h)) add(f, e);
    else if (e.kind === 'noun') {
      add(h, e);
      add(pluralOf(h), e);
    } else add(h, e);
  }
}

const HEAD_FORMS: readonly string[] = [...BY_FORM.keys()];

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** The words of the phrase after the preposition, up to four, stopping at a preposition, a conjunction or punctuation. */
function phrase(doc: Doc, from: number, sentEnd: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < sentEnd && out.length < 4; i++) {
    const t = doc.at(i) as Token;
    if (t.kind === 'punct') break;
    if (out.length > 0 && STOP.has(t.norm)) break;
    out.push(t);
  }
  return out;
}

function isGerund(doc: Doc, t: Token | undefined): boolean {
  if (!isWord(t) || !/^[a-z-]{3,}ing$/.test(t.norm) || ING_NOUNS.has(t.norm)) return false;
  const tag = doc.pos(t);
  if (tag === 'VERB') return true;
  const n = doc.next(t);
  if (!n || n.kind !== 'word') return false;
  const nt = doc.pos(n);
  // "in promising (new) product lines": an adjective in -ing before its noun is no gerund.
  if (tag === 'ADJ') return nt === 'DET' || nt === 'PRON' || nt === 'NUM';
  return nt === 'DET' || nt === 'PRON' || nt === 'ADJ' || nt === 'NUM' || (nt === 'NOUN' && tag !== 'NOUN');
}

/** A number of percent or points after the preposition, and nothing that makes it a share ("for 5 percent of households"). */
function isPctChange(doc: Doc, i: number, sentEnd: number): boolean {
  let j = i;
  let guard = 0;
  while (j < sentEnd && HEDGES.has((doc.at(j) as Token).norm) && guard++ < 3) j++;
  const n = doc.at(j);
  if (!n || n.kind !== 'number' || j >= sentEnd) return false;
  let u = doc.at(j + 1);
  if (!u || !PCT_UNITS.has(u.norm)) return false;
  let k = j + 2;
  if (u.norm === 'per' || u.norm === 'percentage' || u.norm === 'basis') {
    k++;
    u = doc.at(k - 1);
    if (!u || !/^(cent|point|points)$/.test(u.norm)) return false;
  }
  const after = k < sentEnd ? doc.at(k) : undefined;
  if (!after) return true;
  if (after.norm === 'of' || after.norm === 'to' || after.norm === 'and' || after.norm === 'or' || after.norm === '-') return false;
  if (after.kind === 'word' && (doc.pos(after) === 'NOUN' || doc.pos(after) === 'ADJ')) return false;
  return true;
}

const TERM_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/**
 * "six years of prison", "10 months", "life imprisonment": a term a court imposes; "six years
 * ago" or "years of work" are not.
 */
function termFollows(doc: Doc, i: number, sentEnd: number): boolean {
  let j = i;
  const first = doc.at(j) as Token;
  if (first.norm === 'life' && j + 1 < sentEnd && /^(imprisonment|in|behind)$/.test(doc.at(j + 1)?.norm ?? '')) return true;
  if (!(first.kind === 'number' || NUMBER_WORDS.has(first.norm) || /^(one|eleven|fifteen|twenty|thirty|a)$/.test(first.norm))) return false;
  j++;
  if (doc.at(j)?.text === '-' || doc.at(j)?.text === 'and') j += 2; // "two-and-a-half", "18 and a half"
  const unit = doc.at(j);
  if (!unit || j >= sentEnd || !TERM_UNITS.has(unit.norm)) return false;
  const after = doc.at(j + 1)?.norm ?? '';
  return !/^(ago|later|earlier|before|after)$/.test(after);
}

/** "in two parts", "into three equal zones": a count, an optional size word, a word for parts. */
function partsFollow(doc: Doc, i: number): boolean {
  const first = doc.at(i) as Token;
  if (!(first.kind === 'number' || NUMBER_WORDS.has(first.norm))) return false;
  let j = i + 1;
  if (/^(equal|separate|different|smaller|distinct|main|large|big)$/.test(doc.at(j)?.norm ?? '')) j++;
  return PARTS.has(doc.at(j)?.norm ?? '');
}

/**
 * The word tests of complementFits: false where the complement cannot fit whatever the tags
 * say, so a head whose every nearby preposition fails here is skipped untagged.
 */
function complementMayFit(doc: Doc, e: Colloc, i: number, sentEnd: number): boolean {
  if (i >= sentEnd) return false;
  const first = doc.at(i) as Token;
  if (e.okNext?.includes(first.norm) || RELATIVE.has(first.norm)) return false;
  const comp = e.comp ?? 'np';
  if (comp === 'pct') {
    let j = i;
    let guard = 0;
    while (j < sentEnd && HEDGES.has((doc.at(j) as Token).norm) && guard++ < 3) j++;
    const n = doc.at(j);
    const u = doc.at(j + 1);
    return !!n && n.kind === 'number' && j < sentEnd && !!u && PCT_UNITS.has(u.norm);
  }
  if (comp === 'term') return termFollows(doc, i, sentEnd);
  if (!isWord(first)) return false;
  const words = phrase(doc, i, sentEnd);
  if (words.some((w) => e.okNext?.includes(w.norm))) return false;
  const gerundLike = /^[a-z-]{3,}ing$/.test(first.norm) && !ING_NOUNS.has(first.norm);
  switch (comp) {
    case 'ger':
      return gerundLike;
    case 'crime':
      return gerundLike || CRIME.has(first.norm);
    case 'goods':
      return GOODS.has(first.norm);
    case 'inst':
      return /^(the|a|an|this|that|their|his|her|its|our|my|your)$/.test(first.norm) && i + 1 < sentEnd && INST.has(doc.at(i + 1)?.norm ?? '');
    case 'parts':
      return partsFollow(doc, i);
    case 'lang':
      return LANGS.has(first.norm);
    default:
      break;
  }
  if (words.some((w) => ADJUNCT.has(w.norm) || w.kind === 'number')) return false;
  if (comp === 'place' && first.norm !== 'the' && !/^\p{Lu}/u.test(first.text)) return false;
  return true;
}

/** "bring", "spring", "swing": a base form ending in -ing, whose "stem" has no vowel ("to bring about"). */
function baseInIng(w: string): boolean {
  return w.endsWith('ing') && !/[aeiouy]/.test(w.slice(0, -3));
}

/** Does the complement after the preposition (token index i) fit the entry? The word tests, then the tags. */
function complementFits(doc: Doc, e: Colloc, i: number, sentEnd: number): boolean {
  if (!complementMayFit(doc, e, i, sentEnd)) return false;
  const first = doc.at(i) as Token;
  const comp = e.comp ?? 'np';
  const nounAt = (k: number): boolean => {
    const n = doc.at(k);
    return !!n && n.kind === 'word' && k < sentEnd && doc.pos(n) === 'NOUN';
  };
  switch (comp) {
    case 'pct':
      return isPctChange(doc, i, sentEnd);
    case 'ger':
      return isGerund(doc, first);
    case 'crime': {
      if (isGerund(doc, first)) return true;
      if (!CRIME.has(first.norm)) return false;
      const n = doc.at(i + 1);
      if (first.norm === 'tax' || first.norm === 'insider') return n !== undefined && CRIME_COMPOUND.has(n.norm);
      return !nounAt(i + 1);
    }
    case 'goods': {
      const n = doc.at(i + 1);
      return !(nounAt(i + 1) || (n && n.kind === 'word' && i + 1 < sentEnd && (n.norm === 'prices' || n.norm === 'price')));
    }
    case 'inst': {
      const n = doc.at(i + 2);
      return !(n && i + 2 < sentEnd && (n.norm === "'s" || nounAt(i + 2)));
    }
    case 'parts':
      return true;
    case 'lang':
      return !(doc.at(i + 1)?.kind === 'word' && doc.pos(doc.at(i + 1) as Token) === 'NOUN');
    case 'term':
      return true;
    default:
      break;
  }
  // np, thing, place
  const words = phrase(doc, i, sentEnd);
  if (first.norm === 'long' && !(words[1] && doc.pos(words[1]) === 'NOUN')) return false;
  const tag = doc.pos(first);
  if ((tag === 'VERB' || tag === 'AUX') && (!/(ing|ed|en|[^s]s)$/.test(first.norm) || baseInIng(first.norm))) return false;
  if (tag === 'ADP' || tag === 'ADV' || tag === 'SCONJ' || tag === 'CCONJ') return false;
  if (e.noPropn && tag === 'PROPN') return false;
  if (comp === 'thing') {
    if (tag === 'PROPN') return false;
    if (words.some((w) => PERSONAL.has(w.norm))) return false;
  }
  if (comp === 'place') {
    const cap = /^\p{Lu}/u.test(first.text);
    if (!(first.norm === 'the' || (cap && tag === 'PROPN'))) return false;
    if (words.some((w) => GREETING.has(w.norm))) return false;
  }
  return true;
}

function headTagOk(doc: Doc, e: Colloc, t: Token): boolean {
  if (!doc.canTag) return true;
  const tag = doc.pos(t);
  if (e.kind === 'verb') return tag === 'VERB' || tag === 'AUX' || (tag === 'ADJ' && /(ed|en)$/.test(t.norm));
  if (e.kind === 'noun') return tag === 'NOUN' || tag === 'PROPN';
  return true;
}

/** Index of the first token after an object run starting at i (i itself when there is none). */
function skipObject(doc: Doc, i: number, sentEnd: number): number {
  let j = i;
  while (j < sentEnd && j - i < 7) {
    const t = doc.at(j) as Token;
    if (t.norm === 'that' || t.norm === 'who' || t.norm === 'which') break;
    if (OBJ_WORDS.has(t.norm) || (t.kind !== 'punct' && OBJ_TAGS.has(doc.pos(t)))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function cap(s: string, like: Token): string {
  return /^\p{Lu}/u.test(like.text) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export const rule: Rule = {
  meta: {
    id: 'complement-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'A verb, adjective or noun followed by a preposition English does not use for its complement (“responsible about”, “satisfied over”, “congratulated them with the win”).',
    examples: {
      bad: [
        { text: 'Karim, the official responsible [[about]] the clean-up, spoke to reporters.', output: 'Karim, the official responsible for the clean-up, spoke to reporters.' },
        { text: 'The minister said she was satisfied [[over]] the outcome of the talks.', output: 'The minister said she was satisfied with the outcome of the talks.' },
        { text: 'The summit will focus [[in]] the budget and migration.', output: 'The summit will focus on the budget and migration.' },
        { text: 'The court sentenced the former minister [[for]] six years in prison.', output: 'The court sentenced the former minister to six years in prison.' },
        { text: 'Voters are not yet aware [[to]] the danger.', output: 'Voters are not yet aware of the danger.' },
        { text: 'Farmers are afraid [[for]] stricter rules on pesticides.', output: 'Farmers are afraid of stricter rules on pesticides.' },
        { text: 'Residents were worried [[for]] the price of bread.', output: 'Residents were worried about the price of bread.' },
        { text: 'Tenants complained [[over]] the broken heating.', output: 'Tenants complained about the broken heating.' },
        { text: 'Commuters have complained [[for]] the crowded trains.', output: 'Commuters have complained about the crowded trains.' },
        { text: 'Forecasters warned [[from]] heavy flooding in the south.', output: 'Forecasters warned of heavy flooding in the south.' },
        { text: 'The president congratulated the new champion [[with]] the title.', output: 'The president congratulated the new champion on the title.' },
        { text: 'The opposition accused Finance Minister Lena Berg [[with]] hiding the deficit.', output: 'The opposition accused Finance Minister Lena Berg of hiding the deficit.' },
        { text: 'The board cut the dividend [[with]] 20 percent.', output: 'The board cut the dividend by 20 percent.' },
        { text: 'Exports rose [[for]] 7 percent in June.', output: 'Exports rose by 7 percent in June.' },
        { text: 'Weak demand [[on]] steel has hit the mills.', output: 'Weak demand for steel has hit the mills.' },
        { text: 'The country depends [[to]] imported gas.', output: 'The country depends on imported gas.' },
        { text: 'The plan is based [[from]] a study by the university.', output: 'The plan is based on a study by the university.' },
        { text: 'Nobody can think [[in]] buying a flat now.', output: 'Nobody can think about buying a flat now.' },
        { text: 'The island is famous [[with]] its beaches.', output: 'The island is famous for its beaches.' },
        { text: 'The union filed a complaint [[on]] the dismissal of its leader.', output: 'The union filed a complaint against the dismissal of its leader.' },
        { text: 'Interest [[to]] Korean films has grown.', output: 'Interest in Korean films has grown.' },
        { text: 'The new rules are a threat [[for]] small farms.', output: 'The new rules are a threat to small farms.' },
        { text: 'The fans were shocked [[over]] the sacking of the coach.', output: 'The fans were shocked by the sacking of the coach.' },
        { text: 'Three former donors [[of]] the university were questioned.', output: 'Three former donors to the university were questioned.' },
        { text: 'She has long experience [[on]] running hospitals.', output: 'She has long experience in running hospitals.' },
        { text: 'The city is divided [[on]] four zones.', output: 'The city is divided into four zones.' },
      ],
      good: [
        'Attention will focus in the coming weeks on the budget.',
        'He was sentenced for murder in 2019, six years after the killing.',
        'The judge sentenced them on Monday to 10 years for fraud.',
        'She was sentenced for crimes committed two years ago.',
        'Crime is concentrated in a few neighbourhoods.',
        'Karim, the official responsible for the clean-up, spoke to reporters.',
        'Tenants complained over the weekend that the heating was broken.',
        'Tenants complained for years about the heating.',
        'Tenants complained on Twitter about the heating.',
        'Tenants complained on Monday about the heating.',
        'Forecasters warned on Monday of heavy flooding.',
        'The warning from the agency came too late.',
        'Parents were worried for their children.',
        'He was afraid for his life.',
        'The president congratulated the champion with a warm handshake.',
        'The board cut the dividend for 5 percent of shareholders.',
        'Exports rose for the third month in a row.',
        'Demand on the power grid peaked in July.',
        'The demands on teachers keep growing.',
        'The plan is based on a study by the university.',
        'The company is based from London.',
        'It is of great interest to investors.',
        'He has an interest to protect.',
        'The complaint on which the ruling was based was dismissed.',
        'She was satisfied with the outcome.',
        'The ministry is responsible to parliament.',
        'She said she was aware to some extent.',
        'He accused the head of the agency of lying.',
        'The police charged the leader of the gang with murder.',
        'They saved the lives of 20 sailors.',
        'Prices rose with 5 percent inflation.',
        'Interest rates to rise again, say analysts.',
        'The fans were shocked over and over again.',
        'It is always a pleasure to congratulate someone with more birthdays than I have had.',
        'We must promote work and responsibility over welfare and dependency.',
        'It is easy to take the decline of the nuclear threat for granted.',
        'Families must give greater respect to one another.',
        'The risks and suffering of war have not changed.',
        'No nation is so anxious for peace as we are.',
        'Americans should have the chance to participate to the best advantage in foreign trade.',
        'Children participate to varying degrees in the program.',
        'We must be devoted with all our heart to the values we defend.',
        'We are looking forward with great interest to the reports.',
        'Congress gave legislative sanction to the appointment of the aides.',
        'The dying man uttered no words save of forgiveness.',
        'The service resulted in an estimated saving of cattle worth millions.',
        'The inquiry was undertaken without respect to the effect the facts may have.',
        'We are taking steps to apprise the interests concerned of the opportunity.',
        'She has a deep aversion to risk, and the firm sold its mining interests to a rival.',
        'Buying interest towards the close lifted prices; the critics took the criticism to heart.',
        'The plan would limit participation to small farms; prosecutors filed complaints on suspicion of fraud.',
        'The nations agreed to cooperate to bring stability, and the firm paid its lenders in full with cash.',
        'Spending was concentrated in promising new markets, and no complaints were heard on that score.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(HEAD_FORMS)) {
      const heads = BY_FORM.get(t.norm);
      if (!heads) continue;
      const s = doc.sentenceOf(t);
      const sentEnd = s.endToken;
      const prev = doc.prev(t);
      const reported = new Set<number>();
      for (const { entry: e } of heads) {
        // Word test before any tag: a wrong preposition must stand within reach (after an
        // adverb, or an object of up to 7 words, when the entry allows one).
        const reach = Math.min(sentEnd, t.index + (e.obj ? 10 : 3));
        let near = false;
        for (let k = t.index + 1; k < reach && !near; k++) near = e.wrong.includes((doc.at(k) as Token).norm) && complementMayFit(doc, e, k + 1, sentEnd);
        if (!near) continue;
        if (prev && doc.sentenceOf(prev) === s && e.okPrev?.includes(prev.norm)) continue;
        if (e.okBefore) {
          let blocked = false;
          for (let k = 1; k <= 3; k++) {
            const p = doc.prev(t, k);
            if (!p || doc.sentenceOf(p) !== s) break;
            if (e.okBefore.includes(p.norm)) blocked = true;
          }
          if (blocked) continue;
        }
        if (!headTagOk(doc, e, t)) continue;
        let j = t.index + 1;
        // one adverb: "complained bitterly about", "accused falsely of"
        const adv = doc.at(j);
        if (e.kind !== 'noun' && adv && j < sentEnd && adv.kind === 'word' && /ly$/.test(adv.norm) && doc.pos(adv) === 'ADV') j++;
        let objLen = 0;
        if (e.obj) {
          const k = skipObject(doc, j, sentEnd);
          objLen = k - j;
          j = k;
        }
        const p = doc.at(j);
        if (!p || j >= sentEnd || !e.wrong.includes(p.norm) || reported.has(p.index)) continue;
        // After an object, "of" usually belongs to the object ("the head of the agency"); only a
        // pronoun object leaves it to the verb ("blamed him of").
        // "a proposed cut of 20 percent" is a noun; only "increased of 5%" is the verb.
        if (e.comp === 'pct' && p.norm === 'of' && !/ed$/.test(t.norm)) continue;
        if (objLen > 0 && p.norm === 'of') {
          const o = doc.at(j - 1) as Token;
          if (!(objLen === 1 && PERSONAL_PRONOUNS.has(o.norm))) continue;
        }
        if (e.needObj && objLen === 0) continue;
        if (e.obj && p.norm === 'with' && e.comp !== 'pct') {
          const w = phrase(doc, j + 1, sentEnd);
          if (w.some((x) => MANNER.has(x.norm))) continue;
          if (objLen > 0 && INDEFINITE_OBJECTS.has((doc.at(j - 1) as Token).norm)) continue;
        }
        if (p.norm === 'with' && phrase(doc, j + 1, sentEnd).some((x) => MANNER_ANY.has(x.norm))) continue;
        if (!complementFits(doc, e, j + 1, sentEnd)) continue;
        reported.add(p.index);
        const right = e.right.map((r) => cap(r, p));
        ctx.report({
          start: p.start,
          end: p.end,
          message: `“${t.text}${p.index === t.index + 1 ? ' ' : ' … '}${p.text}” is not the English construction: ${e.why}; write “${e.right[0]}”.`,
          suggestions: right,
          reason: e.why,
          confidence: 0.8,
        });
      }
    }
  },
};
