/**
 * Fixed phrases that lost their article: “as result of”, “said in statement”, “told news
 * conference”, “since the beginning of year”, “in bid to”. Languages without articles (Slavic,
 * Chinese, Japanese) drop them, and round-trip MT does not put them back.
 *
 * The phrases are data (src/data/article-missing-phrases.txt): words with alternatives, the
 * flagged words in brackets, the replacement, and an optional guard on the next word. Headlines
 * drop articles on purpose (“PM in bid to save deal”), so a sentence without terminal
 * punctuation is skipped.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { indefiniteArticle, isHeadline, loadLines, loadSet, looksPlural } from '../number-agreement/lib/english.js';
import { wordPositions, wordValues } from '../../../text/word-positions.js';

/** One word of a phrase: alternatives, "#" (a number or an amount), or "!a|b" (any word but these). */
interface Slot {
  readonly kind: 'words' | 'number' | 'except';
  readonly words: ReadonlySet<string>;
}

interface Phrase {
  readonly source: string;
  readonly words: readonly Slot[];
  readonly markFrom: number;
  readonly markTo: number;
  readonly replacement: string;
  readonly notNext: ReadonlySet<string>;
  /** "+compound": a noun after the flagged word does not silence the entry ("held [press] conference"). */
  readonly compoundOk: boolean;
  /** "+v": the phrase starts with a verb, so a determiner before it makes it a noun ("the present report"). */
  readonly startsWithVerb: boolean;
  /** "+free": the flagged word is an adjective ("share [same] goal"): no compound or plural check. */
  readonly free: boolean;
}

function parsePhrase(line: string): Phrase {
  const [lhs, rest] = line.split(' => ') as [string, string | undefined];
  if (rest === undefined) throw new Error(`article-missing-phrases.txt: no " => " in "${line}"`);
  const compoundOk = / \+compound\b/.test(rest);
  const startsWithVerb = / \+v\b/.test(rest);
  const free = / \+free\b/.test(rest);
  const body = rest.replace(/ \+compound\b/, '').replace(/ \+v\b/, '').replace(/ \+free\b/, '');
  const guardAt = body.indexOf(' !next=');
  const replacement = (guardAt === -1 ? body : body.slice(0, guardAt)).trim();
  const notNext = new Set(guardAt === -1 ? [] : body.slice(guardAt + 7).trim().split('|'));
  const words: Slot[] = [];
  let markFrom = -1;
  let markTo = -1;
  for (let w of lhs.trim().split(/\s+/)) {
    if (w.startsWith('[')) {
      markFrom = words.length;
      w = w.slice(1);
    }
    const closes = w.endsWith(']');
    if (closes) w = w.slice(0, -1);
    if (w === '#') words.push({ kind: 'number', words: new Set() });
    else if (w.startsWith('!')) words.push({ kind: 'except', words: new Set(w.slice(1).toLowerCase().split('|')) });
    else words.push({ kind: 'words', words: new Set(w.toLowerCase().split('|')) });
    if (closes) markTo = words.length;
  }
  if (markFrom === -1 || markTo === -1) throw new Error(`article-missing-phrases.txt: no [span] in "${line}"`);
  if (words[markFrom]?.kind !== 'words') throw new Error(`article-missing-phrases.txt: the span must start with words in "${line}"`);
  return { source: line, words, markFrom, markTo, replacement, notNext, compoundOk, startsWithVerb, free };
}

const PHRASES = loadLines('article-missing-phrases.txt').map(parsePhrase);
// Indexed by the flagged word ("statement", "result", "year"), far rarer than the
// prepositions most phrases start with.
const BY_ANCHOR: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const m = new Map<string, Phrase[]>();
  for (const p of PHRASES) for (const w of (p.words[p.markFrom] as Slot).words) m.set(w, [...(m.get(w) ?? []), p]);
  return m;
})();

// "#" matches an amount: a number, a number word, a currency sign or an approximation before one.
const AMOUNT_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'about', 'around', 'nearly', 'almost', 'some', 'over', 'more', 'up', 'roughly', 'approximately', 'just', 'at',
  'less', 'under', 'only', 'at', 'minus', 'plus', 'several', 'half', '$', '€', '£', '¥', '₽', 'us$', 'rs',
]);

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", 'no', 'any', 'each', 'every']);

// Words that tie a modifier to the flagged adjective: "much larger", "great and growing".
const MODIFIER_LINKS = new Set(['much', 'far', 'and', 'or', 'nor', 'but', 'even', 'still', 'ever', 'yet', ',']);

// Nouns read as uncountable in a compound's head: "first quarter income", "night trading".
const MASS_HEADS = new Set([
  'income', 'profit', 'revenue', 'output', 'growth', 'production', 'spending', 'turnover', 'inflation',
  'demand', 'supply', 'investment', 'trade', 'debt', 'capital', 'cash', 'equity', 'business', 'weather',
  // activity nouns in -ing (not "meeting", "hearing", "briefing", which are counted)
  'trading', 'testing', 'drilling', 'training', 'fighting', 'shelling', 'shipping', 'processing', 'manufacturing',
  'banking', 'marketing', 'farming', 'mining', 'fishing', 'selling', 'buying', 'lending', 'borrowing', 'funding',
  'financing', 'housing', 'clothing', 'pricing', 'planning', 'hedging', 'refining', 'smuggling', 'accounting',
  'engineering', 'printing', 'publishing', 'broadcasting', 'racing', 'dumping', 'restructuring', 'licensing', 'policing',
]);
// Places named after "of": "the port of Odesa", "the city of Kherson".
const SETTLEMENTS = new Set(['port', 'city', 'town', 'village', 'capital', 'island']);
const UNCOUNTABLE = loadSet('uncountable-nouns.txt');

function massOrPlural(t: Token): boolean {
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(t.text)) return true; // an acronym head: GDP, GNP
  return looksPlural(t.norm) || MASS_HEADS.has(t.norm) || UNCOUNTABLE.has(t.norm);
}

/**
 * `cur` (just after the phrase) starts a noun compound whose head is plural or uncountable:
 * "profits", "operating income", "GNP". Up to three nouns are read; the last is the head.
 */
function compoundHeadTakesNoArticle(doc: Doc, cur: Token): boolean {
  if (cur.kind !== 'word' || !doc.canTag) return false;
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(cur.text)) return true;
  let head: Token | undefined;
  let t: Token | undefined = cur;
  for (let k = 0; k < 3 && t && t.kind === 'word' && /^\p{Ll}/u.test(t.text); k++) {
    const pos = doc.pos(t);
    if (pos === 'NOUN' || (pos === 'VERB' && /ing$/.test(t.norm) && k < 2)) head = t;
    else break;
    t = doc.next(t);
  }
  return head !== undefined && massOrPlural(head);
}

function endsOnNoun(doc: Doc, toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1] as Token;
  return last.kind === 'word' && /^\p{Ll}/u.test(last.text) && doc.canTag && doc.pos(last) === 'NOUN';
}

/** "same" + a singular noun + a plural noun that no verb follows: "same store sales". */
function sameCompound(doc: Doc, cur: Token): boolean {
  if (cur.kind !== 'word' || !/^\p{Ll}/u.test(cur.text) || looksPlural(cur.norm) || !doc.canTag || doc.pos(cur) !== 'NOUN') return false;
  const h = doc.next(cur);
  if (!h || h.kind !== 'word' || !/^\p{Ll}/u.test(h.text) || !looksPlural(h.norm) || doc.pos(h) !== 'NOUN') return false;
  const after = doc.next(h);
  return !(after && after.kind === 'word' && doc.canTag && (doc.pos(after) === 'VERB' || doc.pos(after) === 'AUX'));
}

function slotMatches(slot: Slot, t: Token): boolean {
  if (slot.kind === 'number') return (t.kind === 'number' && !/^(?:1[89]|20)\d\d$/.test(t.text)) || AMOUNT_WORDS.has(t.norm);
  if (slot.kind === 'except') return t.kind !== 'punct' && !slot.words.has(t.norm);
  return slot.words.has(t.norm);
}

/** The tokens of the phrase starting at `t`, or undefined. */
function matchPhrase(doc: Doc, t: Token, p: Phrase): Token[] | undefined {
  const out: Token[] = [];
  let cur: Token | undefined = t;
  for (const slot of p.words) {
    if (!cur || !slotMatches(slot, cur)) return undefined;
    out.push(cur);
    cur = doc.next(cur);
  }
  if (cur && (p.notNext.has(cur.norm) || p.notNext.has(cur.norm.split('-')[0] as string) || (cur.kind === 'number' && p.notNext.has('#')))) return undefined;
  // A phrase that ends on the flagged noun: a noun after it makes a compound whose head is
  // that noun ("in statement form", "at meeting rooms"), so nothing is missing.
  if (cur && !p.free && !p.compoundOk && p.markTo === p.words.length && cur.kind === 'word' && /^\p{Ll}/u.test(cur.text) && doc.canTag && doc.pos(cur) === 'NOUN') return undefined;
  // A compound allowed, but a plural head takes no article: "signed trade deals", "conclude
  // new trade agreements".
  if (cur && !p.free && p.compoundOk && p.markTo === p.words.length && cur.kind === 'word' && /^\p{Ll}/u.test(cur.text)) {
    const c2 = doc.next(cur);
    if (looksPlural(cur.norm) || (c2 && c2.kind === 'word' && /^\p{Ll}/u.test(c2.text) && looksPlural(c2.norm) && doc.canTag && doc.pos(cur) === 'NOUN')) return undefined;
    // An activity head takes none either: "introduce night trading", "during drill stem testing".
    if (doc.canTag && [cur, c2, c2 && doc.next(c2)].some((h, k) => h && h.kind === 'word' && /ing$/.test(h.norm) && MASS_HEADS.has(h.norm) && (k === 0 || ['NOUN', 'VERB', 'ADJ'].includes(doc.pos(doc.prev(h) as Token))))) return undefined;
  }
  // The phrase ends on a noun past the flagged words ("in [first] quarter") and a noun follows:
  // the phrase is a modifier, and a plural or uncountable head takes no article ("a rise in
  // first quarter profits", "in new development projects", "first half operating income").
  if (cur && !p.free && p.markTo < p.words.length && endsOnNoun(doc, out) && compoundHeadTakesNoArticle(doc, cur)) return undefined;
  // A bare plural before "of" and an amount is indefinite: "oil flowed from depths of 8,500
  // feet" (the singular "at depth of 10 km" still needs "a").
  if (cur && cur.kind === 'number' && !/^(?:1[89]|20)\d\d$/.test(cur.text) && out[out.length - 1]?.norm === 'of' && looksPlural((out[p.markTo - 1] as Token).norm)) return undefined;
  // "stocks in [port] of grain": "in port" is an idiom and the of-phrase belongs to the noun
  // before it; "in port of Odesa", with a name after "of", still lacks "the".
  if (cur && cur.kind === 'word' && /^\p{Ll}/u.test(cur.text) && !DETERMINERS.has(cur.norm) && out[out.length - 1]?.norm === 'of' && SETTLEMENTS.has((out[p.markFrom] as Token).norm)) return undefined;
  // "[same] store sales", "[same] day deliveries": "same" starts a compound modifier (same-store)
  // whose head is plural, not "the same" before a noun.
  if (p.free && cur && out[p.markFrom]?.norm === 'same' && sameCompound(doc, cur)) return undefined;
  // "a steadily increasing portion", "a significant and growing portion", "a much larger
  // number": the article sits before the modifier of the flagged adjective.
  if (p.markFrom > 0 && p.words[p.markFrom - 1]?.kind === 'except') {
    const b = out[p.markFrom - 1] as Token;
    if (MODIFIER_LINKS.has(b.norm) || /\p{L}-\p{L}/u.test(b.text) || (doc.canTag && (doc.pos(b) === 'ADJ' || (doc.pos(b) === 'ADV' && /ly$/.test(b.norm))))) return undefined;
  }
  // A name ("at Station Road", "the Details of Deal" in a title) is not a bare noun.
  const flagged = out[p.markFrom] as Token;
  if (/^\p{Lu}/u.test(flagged.text) && !doc.isSentenceInitial(flagged)) return undefined;
  if (p.startsWithVerb) {
    // A capitalized "verb" inside the sentence ends a name: "a Court of Appeals ruling".
    if (/^\p{Lu}/u.test(t.text) && !doc.isSentenceInitial(t)) return undefined;
    // The determiner may sit before adjectives: "a previous projected deficit".
    let before = doc.prev(t);
    for (let k = 0; k < 2 && before && before.kind === 'word' && doc.canTag && doc.pos(before) === 'ADJ'; k++) before = doc.prev(before);
    if (before && DETERMINERS.has(before.norm)) return undefined;
  }
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'missing-article-in-phrase',
    category: 'article',
    severity: 'warning',
    description: 'A fixed phrase without its article: “as result of”, “in statement”, “told news conference”.',
    examples: {
      bad: [
        { text: 'Coffee exports earned [[record]] 1.4 billion dollars in the fiscal year.', output: 'Coffee exports earned a record 1.4 billion dollars in the fiscal year.' },
        { text: 'The painting resurfaced at [[auction]] house in Paris.', output: 'The painting resurfaced at an auction house in Paris.' },
        { text: 'The board decided by seven votes to two, the bank said in [[statement]].', output: 'The board decided by seven votes to two, the bank said in a statement.' },
        { text: 'Marin told [[news]] conference in Bucharest that 11 people had died.', output: 'Marin told a news conference in Bucharest that 11 people had died.' },
        { text: 'Cases have tripled since the beginning of [[year]].', output: 'Cases have tripled since the beginning of the year.' },
        { text: 'Prices rose as [[result]] of the drought.', output: 'Prices rose as a result of the drought.' },
        { text: 'The company cut jobs in [[bid]] to save money.', output: 'The company cut jobs in a bid to save money.' },
        { text: 'The ministers met on [[sidelines]] of the summit.', output: 'The ministers met on the sidelines of the summit.' },
        { text: 'Data must be stored on servers inside [[country]], the court said.', output: 'Data must be stored on servers inside the country, the court said.' },
        { text: 'Both leaders spoke at [[same]] time.', output: 'Both leaders spoke at the same time.' },
        { text: 'The central bank raised rates for [[third]] time this year.', output: 'The central bank raised rates for the third time this year.' },
        { text: 'The shares fell for a fifth day in [[row]].', output: 'The shares fell for a fifth day in a row.' },
        { text: 'He said in [[interview]] with the newspaper that he would stay.', output: 'He said in an interview with the newspaper that he would stay.' },
        { text: 'The bank reviews its rates on [[monthly]] basis.', output: 'The bank reviews its rates on a monthly basis.' },
        { text: 'The minister said at [[news]] conference that talks would resume.', output: 'The minister said at a news conference that talks would resume.' },
        { text: 'According to [[report]] by the central bank, inflation slowed.', output: 'According to a report by the central bank, inflation slowed.' },
        { text: 'The text of [[agreement]] has not been published.', output: 'The text of the agreement has not been published.' },
        { text: 'Fighting continued on [[outskirts]] of the city.', output: 'Fighting continued on the outskirts of the city.' },
        { text: 'Heavy rain hit villages in [[north]] of the country.', output: 'Heavy rain hit villages in the north of the country.' },
        { text: 'The quake struck at [[depth]] of 10 kilometres.', output: 'The quake struck at a depth of 10 kilometres.' },
        { text: 'He scored in [[second]] half.', output: 'He scored in the second half.' },
        { text: 'Five people were killed in [[explosion]] at a chemical plant.', output: 'Five people were killed in an explosion at a chemical plant.' },
        { text: 'The workers were unpaid for [[whole]] month.', output: 'The workers were unpaid for a whole month.' },
        { text: 'The mayor declared [[state]] of emergency.', output: 'The mayor declared a state of emergency.' },
        { text: 'The opposition won [[election]] by a wide margin.', output: 'The opposition won the election by a wide margin.' },
        { text: 'The central bank held [[emergency]] meeting on Sunday.', output: 'The central bank held an emergency meeting on Sunday.' },
        { text: 'The company expects growth in [[near]] future.', output: 'The company expects growth in the near future.' },
        { text: 'The ceasefire was agreed [[few]] days ago.', output: 'The ceasefire was agreed a few days ago.' },
        { text: 'Both parties share [[same]] goal.', output: 'Both parties share the same goal.' },
        { text: 'Traffic came to [[standstill]] after the crash.', output: 'Traffic came to a standstill after the crash.' },
        { text: 'The summit ended with [[joint]] declaration on climate.', output: 'The summit ended with a joint declaration on climate.' },
        { text: 'Prices fell against the background of [[weak economy]].', output: 'Prices fell against the background of a weak economy.' },
        { text: 'The plant was [[biggest]] in the state.', output: 'The plant was the biggest in the state.' },
        { text: 'It is one of [[biggest]] banks in Europe.', output: 'It is one of the biggest banks in Europe.' },
        { text: 'China played [[key]] role in the talks.', output: 'China played a key role in the talks.' },
        { text: 'This is [[important]] step for peace.', output: 'This is an important step for peace.' },
        { text: 'The army killed [[large]] number of civilians.', output: 'The army killed a large number of civilians.' },
        { text: 'Every country has [[right]] to defend itself.', output: 'Every country has the right to defend itself.' },
        { text: 'The war will hurt [[global]] economy.', output: 'The war will hurt the global economy.' },
        { text: 'There is [[possibility]] that talks resume.', output: 'There is a possibility that talks resume.' },
      ],
      good: [
        'The board decided by seven votes to two, the bank said in a statement.',
        'PM in bid to save deal',
        'Prices rose as a result of the drought.',
        'Cases have tripled since the beginning of the year.',
        'The end of year exams begin in June.',
        'He sat in row 12.',
        'Sales rose at the end of 2023.',
        'The singer toured across country music venues.',
        'The rules apply in letter and in spirit.',
        'Country music is popular inside country music circles.',
        'The firm published its end of year results.',
        'At the same time, prices fell.',
        'Sold at auction, the painting fetched a record.',
        'The minister said in a statement form letters were banned.',
        'The index hit record highs on Thursday.',
        'Coffee exports earned a record 1.4 billion dollars.',
        'Exporters earned record profits, and works sold at auction houses rose.',
        'The parties signed trade deals and peace agreements.',
        'Under present law, the tax applies.',
        'The agency will open investigation files to the public only in an open case.',
        'He was found in contempt of court at Station Road.',
        'Three years is a long time in the wake of a crisis.',
        'In the past few years, few people came.',
        'He pronounced sentence on Friday.',
        'The plan was adopted in order to cut costs.',
        'He stayed in post until June.',
        'They met at dinner and fought in defeat.',
        'The firm is at risk and in charge of the work.',
        'There is significant risk of floods, and there is great opportunity here.',
        'The US ranks third among the world’s economies.',
        'A very small number of people came, a certain small number.',
        'Last year’s record number of visitors was a surprise.',
        'He played role-playing games.',
        'The risk is highest in winter.',
        'Federal spending has taken a steadily increasing portion of what we produce.',
        'A significant and growing portion of our population lacks access.',
        'The farm sector is at the near record high of $174 billion.',
        'We need the authority to conclude new trade agreements that open markets.',
        'For while the people who sent us here have different views, we agree on this.',
        'Under present conditions it would be unwise to change the law.',
        'The rapidly increasing number of children strains the schools.',
        'This leaves a much greater percentage of earnings in private hands.',
        'The new budget provides for a lower level of taxation.',
        'We must reduce the impact of accident and disease.',
        'On one hand, prices rose; on the other, wages fell.',
        'Many buildings are in course of construction.',
        'The country is vast in extent of territory.',
        'The ships came within range of one another.',
        'The retailer reported a sharp rise in second quarter profits.',
        'Analysts expect a drop in fourth quarter operating income and in third quarter GDP.',
        'The city council wants to invest in new housing projects.',
        'Water was found at depths of 300 metres below the plain.',
        'The chain said same store sales rose four percent in March.',
        'The exchange will introduce night trading next month, during which drill stem testing is banned.',
        'Stocks of coal in port of loading fell sharply.',
        'The ferry crew must give warning if the doors are open.',
        'She cited a Supreme Court of Appeals ruling from 1990.',
        'The treasury cut a previous projected deficit of five billion dollars.',
        'Under terms of the deal, each shareholder receives cash.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    // Only the anchor words can start a finding: their tokens, in token order.
    const at = wordPositions(doc, BY_ANCHOR);
    const phrasesAt = wordValues(doc, BY_ANCHOR);
    for (let k = 0; k < at.length; k++) {
      const a = doc.tokens[at[k] as number] as Token;
      const candidates = phrasesAt[k] as readonly Phrase[];
      for (const p of candidates) {
        let t: Token | undefined = a;
        for (let k = 0; k < p.markFrom && t; k++) t = doc.prev(t);
        if (!t) continue;
        const toks = matchPhrase(doc, t, p);
        if (!toks) continue;
        if (isHeadline(doc, doc.sentenceOf(t))) break;
        const first = toks[p.markFrom] as Token;
        const last = toks[p.markTo - 1] as Token;
        let fix = p.replacement
          .replace(/\$(\d+)/g, (_, n: string) => toks[Number(n) - 1]?.text ?? '')
          .replace(/\{a\} (\S+)/g, (_, w: string) => `${indefiniteArticle(w)} ${w}`);
        if (/^\p{Lu}/u.test(first.text) && doc.isSentenceInitial(first)) fix = fix.charAt(0).toUpperCase() + fix.slice(1);
        const phrase = doc.text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
        ctx.report({
          start: first.start,
          end: last.end,
          message: `“${phrase}”: the fixed phrase needs its article (“${fix}”); articles dropped by the translation.`,
          suggestions: [fix],
          reason: 'English keeps the article in this fixed phrase',
          confidence: 0.85,
        });
        break;
      }
    }
  },
};
