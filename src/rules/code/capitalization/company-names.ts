/**
 * Company names the document itself shows: a run of capitalized words closed by a legal form
 * (Inc, Corp, Co, Ltd, Plc, LLC, AG, GmbH...). "Waste Management Inc", "Manufacturers Hanover
 * Trust Co", "Citicorp Capital Investors Ltd". Common words in Title Case are a translation's
 * mark, but inside a company's name they are its spelling; and once a story has named "Waste
 * Management Inc", a later "Waste Management" or "Manufacturers" is the same company's short
 * name. The capitalized-* rules ask here before flagging a common word in capitals; evidence
 * from the same document, not a list of firms.
 */
import type { Doc, Token } from '../../../text/document.js';
import { loadPlaces } from '../../../data/metonym-places.js';
import { FUNCTION_WORDS, US_STATE_ABBREVIATIONS, readList } from './lexicon.js';

/** Heads that describe a company (giant, maker, operator): before a name, not part of it. */
const DESCRIPTORS: ReadonlySet<string> = new Set(readList('capitalization-descriptor-heads.txt'));

// Legal forms that close a company's name, as written after it (norms).
const LEGAL_FORMS = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'cos', 'ltd', 'limited', 'plc', 'llc', 'lp', 'llp', 'ag',
  'gmbh', 'nv', 'bv', 'spa', 'sa', 'kk', 'bhd', 'pty', 'oyj', 'asa',
];
// Of these, the ones that are also ordinary words or letters in capitals ("SA" for South
// Australia, "AG" for attorney general) count only in Title Case or after a capitalized word.
const AMBIGUOUS: ReadonlySet<string> = new Set(['corporation', 'limited', 'ag', 'sa', 'nv', 'lp', 'co']);

// Linking words inside a company's name: "Standard and Poor's Corp", "Investors in Industry Plc".
const INNER_LINKS: ReadonlySet<string> = new Set(['and', '&', 'of', 'in', 'for']);

export interface CompanyNames {
  /** Token ranges [first, end) of the names, legal form included. */
  readonly spans: readonly (readonly [number, number])[];
  /** Each name's leading word sequences, lower case: "manufacturers", "manufacturers hanover", ... */
  readonly prefixes: ReadonlySet<string>;
}

function capital(t: Token | undefined): boolean {
  if (!t || (t.kind !== 'word' && t.kind !== 'number')) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(t.text));
}

/** A legal form closing a name at token `t`: "Inc", "Corp", "Co", "PLC". */
function legalForm(doc: Doc, t: Token): boolean {
  // "inc" is a legal form in lower case too ("Sunny Fresh Foods inc.").
  if (!capital(t) && t.norm !== 'inc') return false;
  if (AMBIGUOUS.has(t.norm) && !capital(doc.prev(t))) return false;
  return true;
}

/** The first token of the name that ends just before the legal form `form`, or -1. */
function nameStart(doc: Doc, form: Token): number {
  let p = doc.prev(form);
  // "Acme, Inc."
  if (p && p.text === ',' && form.norm !== 'co') p = doc.prev(p);
  let first = -1;
  for (let k = 0; p && k < 8; k++) {
    if (capital(p) && !FUNCTION_WORDS.has(p.norm)) {
      // "Tech Giant Apple Inc": a descriptor before the name is not part of it.
      if (first !== -1 && DESCRIPTORS.has(p.norm)) break;
      first = p.index;
      if (doc.isSentenceInitial(p)) break;
    } else if (p.norm === "'s" && capital(doc.prev(p))) {
      // "Standard and Poor's Corp"
    } else if ((p.kind === 'word' && INNER_LINKS.has(p.norm) && p.text === p.norm) || p.text === '&') {
      if (!capital(doc.prev(p)) || first === -1) break;
    } else break;
    p = doc.prev(p);
  }
  return first;
}

/** The company names of the document, found once. */
export function companyNames(doc: Doc): CompanyNames {
  return doc.memo(companyNames, () => {
    const spans: [number, number][] = [];
    const prefixes = new Set<string>();
    const at = doc.positions(...LEGAL_FORMS);
    const toks = doc.tokens;
    for (let k = 0; k < at.length; k++) {
      const form = toks[at[k] as number] as Token;
      if (!legalForm(doc, form)) continue;
      const first = nameStart(doc, form);
      if (first === -1) continue;
      const end = form.index + 1;
      spans.push([first, end]);
      addPrefixes(toks, first, end, prefixes);
      // "Shares of Waste Management Inc": a sentence's first word before a link may be no part
      // of the name, so the words after the link start one too.
      const f = toks[first] as Token;
      if (doc.isSentenceInitial(f) && INNER_LINKS.has(toks[first + 1]?.norm ?? '')) addPrefixes(toks, first + 2, end, prefixes);
    }
    return { spans, prefixes };
  });
}

/** The leading word sequences of the name in tokens [first, end), lower case. */
function addPrefixes(toks: readonly Token[], first: number, end: number, prefixes: Set<string>): void {
  let key = '';
  for (let j = first; j < end; j++) {
    const t = toks[j] as Token;
    key = key ? (t.norm === "'s" ? `${key}'s` : `${key} ${t.norm}`) : t.norm;
    if (t.norm !== "'s" && t.text !== ',' && !INNER_LINKS.has(t.norm)) prefixes.add(key);
  }
}

/** Lower-case words of the tokens [first, end), as companyNames keys them. */
function keyOf(doc: Doc, first: number, end: number): string {
  let key = '';
  for (let j = first; j < end; j++) {
    const t = doc.tokens[j] as Token;
    key = key ? (t.norm === "'s" ? `${key}'s` : `${key} ${t.norm}`) : t.norm;
  }
  return key;
}

/**
 * Whether the tokens [first, end) are (part of) a company's name the document shows: inside a
 * name closed by a legal form ("Citicorp Capital Investors Ltd"), or the leading words of one
 * standing on their own ("Waste Management" after "Waste Management Inc", "Manufacturers" after
 * "Manufacturers Hanover Corp"), not after another capitalized word or a number.
 */
export function inCompanyName(doc: Doc, first: number, end: number): boolean {
  const names = companyNames(doc);
  if (names.spans.length === 0) return false;
  // The spans come in text order (from the legal forms' positions): the last starting at or
  // before `first` is the only one that can hold the range.
  let lo = 0;
  let hi = names.spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((names.spans[mid] as readonly [number, number])[0] <= first) lo = mid;
    else hi = mid - 1;
  }
  const [a, b] = names.spans[lo] as readonly [number, number];
  if (first >= a && end <= b) return true;
  if (!names.prefixes.has(keyOf(doc, first, end))) return false;
  // "U.S. Investors", "two Investors": another name's or a count's words, not the firm's.
  const p = doc.tokens[first - 1];
  if (!p) return true;
  if ((capital(p) && !FUNCTION_WORDS.has(p.norm)) || (p.text === '.' && /^\p{Lu}$/u.test(doc.tokens[p.index - 1]?.text ?? ''))) return false;
  return !(end - first === 1 && (p.kind === 'number' || COUNTS.has(p.norm)));
}

// Words that count a plural: "two Investors" are people, not the firm Investors in Industry.
const COUNTS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'many',
  'several', 'some', 'few', 'other', 'both', 'all', 'more', 'most', 'numerous', 'various', 'these', 'those',
]);

// Heads of an appositive that says what a company is: "X, a unit of Y", "X, another forest
// products company", "X, a California health maintenance organization".
const FIRM_APPOSITIVE_HEADS: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'unit', 'subsidiary', 'affiliate', 'division', 'group', 'organization',
  'organisation', 'concern', 'corporation', 'partnership', 'venture', 'chain', 'bank', 'brokerage', 'holding',
  'conglomerate', 'maker', 'manufacturer', 'producer', 'supplier', 'distributor', 'retailer', 'operator',
  'insurer', 'lender', 'utility', 'carrier', 'airline', 'developer', 'publisher', 'broadcaster', 'manufacturers',
  'makers', 'producers', 'units', 'subsidiaries', 'affiliates', 'headquartered', 'based',
]);
const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'the', 'one', 'its', 'their']);

/**
 * After a run, an appositive that calls it a company: ", a unit of US West", ", another forest
 * products company", ", headquartered in Horsham". `comma` is the comma after the run.
 */
export function firmAppositive(doc: Doc, comma: Token): boolean {
  if (comma.text !== ',') return false;
  let t = doc.next(comma);
  if (!t) return false;
  if (t.norm === 'headquartered' || t.norm === 'based') return true;
  if (!APPOSITIVE_DETERMINERS.has(t.norm)) return false;
  for (let k = 0; k < 8; k++) {
    t = doc.next(t);
    // "one of U.S. West's three operating companies": points of an abbreviation go on.
    if (!t || (t.kind === 'punct' && t.text !== '.') || (t.text === '.' && /\s/.test(doc.text.charAt(t.end)) && !/^\p{Lu}$/u.test(doc.prev(t)?.text ?? ''))) return false;
    if (FIRM_APPOSITIVE_HEADS.has(t.norm) && t.text === t.norm) return true;
  }
  return false;
}

// US states as AP style abbreviates them after a city ("Coconut Grove, Fla.").
const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...US_STATE_ABBREVIATIONS, 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'w.va',
]);

/**
 * A comma then a state or a country: the run before it is a place ("Mountain View, California",
 * "Coconut Grove, Fla."), as English names a town by its state.
 */
export function stateAfter(doc: Doc, comma: Token): boolean {
  if (comma.text !== ',') return false;
  const t = doc.next(comma);
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  const places = loadPlaces();
  if (places.countryOf.has(t.text) || (places.regionOf.has(t.text) && !places.personLike.has(t.text))) return true;
  // Two-word states: "New York", "South Carolina", "British Columbia".
  const t2 = doc.next(t);
  if (t2 && t2.kind === 'word') {
    const two = `${t.text} ${t2.text}`;
    if (places.countryOf.has(two) || places.regionOf.has(two)) return true;
  }
  // "Fla.", "N.J.": an abbreviation with its point.
  let abbr = t.norm;
  let u = doc.next(t);
  while (u && u.text === '.' && doc.next(u)?.kind === 'word' && doc.next(u)?.text.length === 1) {
    abbr += `.${(doc.next(u) as Token).norm}`;
    u = doc.next(doc.next(u) as Token);
  }
  return STATE_ABBREVIATIONS.has(abbr) && u?.text === '.';
}
