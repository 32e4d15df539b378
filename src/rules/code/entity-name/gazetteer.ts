/**
 * The organization gazetteer (src/data/entity-organizations.txt) and the phrase matcher the
 * entity-name rules share. A name is compared by its content words, reduced to canonical
 * forms: spelling variants folded (organisation -> organization), translation calques mapped
 * to the English word (currency -> monetary, “mobiliary values” -> securities), plurals made
 * singular. Text whose content words equal a known name's, but whose surface differs, is a
 * broken rendering of that name: wrong capitals, another order, other linking words.
 *
 * Lists are read once when the module is first imported, into read-only structures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Doc, Token } from '../../../text/document.js';
import { tokenize } from '../../../text/tokenize.js';
import { wordPositions } from '../../../text/word-positions.js';
import { rankBySimilarity, isSpellingVariant } from '../../../text/similar.js';
import { DEMONYMS, PROPER_NAMES, readList } from '../capitalization/lexicon.js';
import { worldCountries } from '../../../data/countries.js';

export interface Entity {
  readonly official: string;
  /** The acronym or one-word short name ("OSCE", "Roskomnadzor"), if any. */
  readonly short: string | undefined;
  /** Every correct long form: the official name first, then the variants. */
  readonly forms: readonly string[];
  /** A national body's country (src/data/entity-national-bodies.txt): its generic-worded name
   * ("Federal Statistical Office") is matched only in a text that names the country. */
  readonly country?: string;
}

export interface Form {
  readonly entity: Entity;
  readonly text: string;
  /** The form's word tokens, as written (punctuation but "&" dropped), and their offsets in text. */
  readonly words: readonly string[];
  readonly offsets: ReadonlyArray<readonly [number, number]>;
  /** Canonical content words in order. */
  readonly content: readonly string[];
  readonly key: string;
  /** Has a word no common noun has: a proper noun, "World", "International", "European"... */
  readonly distinctive: boolean;
}

/** Words that link a name's content words; they carry no identity of their own. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'the', 'on', 'in', 'and', '&', 'to', 'at', 'a', 'an', 'with', 'by', "'s", 'de', 'da', 'do', 'des',
  'du', 'la', 'le', 'del', 'dos', 'das', 'his', 'her',
]);
/** Fillers a round trip adds inside a name: "in the sphere of connection". */
export const FILLERS: ReadonlySet<string> = new Set(['sphere', 'spheres', 'field', 'domain', 'area', 'areas']);

const DISTINCTIVE: ReadonlySet<string> = new Set([
  'world', 'international', 'united', 'nation', 'un', 'european', 'europe', 'eu', 'atlantic', 'asian', 'african',
  'american', 'arab', 'islamic', 'olympic', 'pacific', 'eurasian', 'petroleum', 'red', 'commonwealth',
]);

/** Country names (one word) and demonyms: a name with one cannot be another country's body. */
const COUNTRY_WORDS_LOWER: ReadonlySet<string> = new Set([
  ...worldCountries().map((c) => c.name.common.toLowerCase()).filter((n) => !/\s/.test(n)),
  ...[...DEMONYMS.keys()].filter((d) => !/\s/.test(d)),
]);

function fold(s: string): string {
  // ASCII has no curly quotes and nothing for NFD to take apart: lower case is the whole fold.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.toLowerCase().replace(/[’‘]/g, "'").normalize('NFD').replace(/\p{M}/gu, '');
  return s.toLowerCase();
}

/** Plurals of four letters that name words take a singular for ("Academy of Science and Art"). */
const SHORT_PLURALS: ReadonlySet<string> = new Set(['arts', 'laws', 'jobs', 'wars', 'oils', 'ores', 'fees']);

function singular(w: string): string {
  if (SHORT_PLURALS.has(w)) return w.slice(0, -1);
  if (w.length <= 4 || /(ss|us|is|ies|ics)$/.test(w)) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

interface Lexicon {
  /** spelling variant -> canonical spelling */
  readonly spelling: ReadonlyMap<string, string>;
  /** single-word calque -> canonical words */
  readonly calque1: ReadonlyMap<string, readonly string[]>;
  /** multi-word calques (first word -> [calque words, canonical words]) */
  readonly calqueN: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], readonly string[]]>>;
  /** Loose synonyms (entity-weak-synonyms.txt): canonical word -> the group's first word. */
  readonly weak: ReadonlyMap<string, string>;
}

function buildLexicon(): Lexicon {
  const spelling = new Map<string, string>();
  for (const line of readList('entity-spelling-variants.txt')) {
    const [head, ...rest] = line.split('|').map(fold);
    for (const v of rest) if (head) spelling.set(v, head);
  }
  const calque1 = new Map<string, string[]>();
  const calqueN = new Map<string, Array<[string[], string[]]>>();
  for (const line of readList('entity-calque-synonyms.txt')) {
    const [head, ...rest] = line.split('|').map(fold);
    if (!head) continue;
    const canon = head.split(' ');
    // The English word maps to itself so multi-word heads ("foreign affairs") are one unit.
    for (const v of [head, ...rest]) {
      const ws = v.split(' ');
      if (ws.length === 1 && canon.length === 1) {
        if (v !== head) calque1.set(v, canon);
      } else {
        const first = ws[0] as string;
        const list = calqueN.get(first) ?? [];
        list.push([ws, canon]);
        list.sort((a, b) => b[0].length - a[0].length);
        calqueN.set(first, list);
      }
    }
  }
  // Loose synonyms ("office|bureau"): both words name real bodies, so they are equated only
  // for names no other body can have (see weakKey).
  const weak = new Map<string, string>();
  for (const line of readList('entity-weak-synonyms.txt')) {
    const group = line.split('|').map(fold);
    const head = group[0];
    if (!head) continue;
    for (const v of group) {
      const base = singular(spelling.get(v) ?? v);
      weak.set(base, head);
      weak.set(v, head);
    }
  }
  return { spelling, calque1, calqueN, weak };
}

const LEX = buildLexicon();

/**
 * Canonical content words of a sequence of folded words (connectors and fillers dropped).
 * Multi-word calques are replaced first, longest first.
 */
export function canonical(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const multi = LEX.calqueN.get(w);
    if (multi) {
      const hit = multi.find(([ws]) => ws.every((x, k) => words[i + k] === x));
      if (hit) {
        out.push(...hit[1].map(baseForm));
        i += hit[0].length - 1;
        continue;
      }
    }
    if (CONNECTORS.has(w) || FILLERS.has(w)) continue;
    out.push(...canonicalWord(w));
  }
  return out;
}

/** Plurals whose singular's calque is another word: “works” (public works), not “work” (labour). */
const OWN_PLURALS: ReadonlySet<string> = new Set(['works']);

function canonicalWord(w: string): readonly string[] {
  const s = LEX.spelling.get(w) ?? w;
  // A plural with its own sense keeps it: "Ministry of Works" (public works) is not of Labour.
  const c = LEX.calque1.get(s) ?? (OWN_PLURALS.has(s) ? undefined : LEX.calque1.get(singular(s)));
  return c ? c.map(baseForm) : [baseForm(s)];
}

/** Singular, canonical spelling, no hyphen: "Organisations" -> "organization", "anti-doping" -> "antidoping". */
function baseForm(w: string): string {
  const one = singular(LEX.spelling.get(w) ?? w);
  return (LEX.spelling.get(one) ?? one).replace(/-/g, '');
}

function bagKey(content: readonly string[]): string {
  // Most phrases tried are two or three words: ordered by hand, without a copy and a sort.
  if (content.length === 2) {
    const a = content[0] as string;
    const b = content[1] as string;
    return a <= b ? `${a} ${b}` : `${b} ${a}`;
  }
  if (content.length === 3) {
    let a = content[0] as string;
    let b = content[1] as string;
    let c = content[2] as string;
    if (a > b) [a, b] = [b, a];
    if (b > c) [b, c] = [c, b];
    if (a > b) [a, b] = [b, a];
    return `${a} ${b} ${c}`;
  }
  return [...content].sort().join(' ');
}

/** A canonical word with loose synonyms folded ("bureau" -> "office"). */
function loose(w: string): string {
  return LEX.weak.get(w) ?? w;
}

/** The bag of canonical words with loose synonyms folded. */
function weakKey(content: readonly string[]): string {
  return bagKey(content.map(loose));
}

/**
 * Head nouns of government bodies that a round trip swaps for one another ("Federal Office for
 * Motor Traffic" for the Federal Motor Transport Authority, "Meteorology Authority" for the
 * Meteorological Department). Folded together only for names of four content words or more,
 * or with a country or proper-noun word: short generic names ("Bureau of Education", "Foreign
 * Service") are too often another real body.
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'authority', 'administration', 'office', 'bureau', 'agency', 'department', 'directorate', 'service',
]);

/** The loose bag with body heads folded to one word. */
function headKey(content: readonly string[]): string {
  return bagKey(content.map((w) => (BODY_HEADS.has(loose(w)) || BODY_HEADS.has(w) ? 'body' : loose(w))));
}

function wordTokensOf(s: string): Token[] {
  return tokenize(s).filter((t) => t.kind !== 'punct' || t.text === '&');
}

/**
 * A form of a name. Its words and their offsets are tokenized from the text on first use: they
 * are read only for the few forms a document matches.
 */
class NameForm implements Form {
  readonly key: string;
  private split: { readonly words: readonly string[]; readonly offsets: ReadonlyArray<readonly [number, number]> } | undefined;

  constructor(
    readonly entity: Entity,
    readonly text: string,
    readonly content: readonly string[],
    readonly distinctive: boolean,
  ) {
    this.key = bagKey(content);
  }

  private tokens(): NonNullable<NameForm['split']> {
    if (!this.split) {
      const toks = wordTokensOf(this.text);
      this.split = { words: toks.map((t) => t.text), offsets: toks.map((t) => [t.start, t.end] as const) };
    }
    return this.split;
  }

  get words(): readonly string[] {
    return this.tokens().words;
  }

  get offsets(): ReadonlyArray<readonly [number, number]> {
    return this.tokens().offsets;
  }
}

export interface Gazetteer {
  readonly entities: readonly Entity[];
  /** Every form of a name (of two content words or more), in the order they were made. */
  readonly forms: readonly Form[];
  readonly byKey: ReadonlyMap<string, readonly Form[]>;
  /** Loose-synonym bags (weakKey) -> forms of names no other body can have: distinctive ones
   * and national bodies (matched only where their country is named). */
  readonly byWeakKey: ReadonlyMap<string, readonly Form[]>;
  /** Body-head-folded bags (headKey) -> forms of long or proper-worded names of byWeakKey. */
  readonly byHeadKey: ReadonlyMap<string, readonly Form[]>;
  /** Bags with one word left out -> forms, for one misspelt word (see similar.ts). */
  readonly byKeyLessOne: ReadonlyMap<string, ReadonlyArray<readonly [Form, string]>>;
  /** Folded surface forms, official names and short names: known names. */
  readonly known: ReadonlySet<string>;
  /** Folded surface forms of national bodies -> their countries. */
  readonly knownOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every folded word that can be a content word of a name: the forms' words, their
   * spelling variants and calques. A phrase starts and (but for one word) goes on with these. */
  readonly words: ReadonlySet<string>;
  /** Pairs of canonical words found together in some name, as word -> the words it is found with. */
  readonly pairs: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The forms of every name, in the order they were made, and the bag maps that hold them. */
interface FormIndex {
  readonly forms: readonly Form[];
  readonly byKey: ReadonlyMap<string, readonly Form[]>;
  readonly byWeakKey: ReadonlyMap<string, readonly Form[]>;
  readonly byHeadKey: ReadonlyMap<string, readonly Form[]>;
}

function push<V>(map: Map<string, V[]>, key: string, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/**
 * A gazetteer from its entities, words and word pairs and its forms (given, or read on first
 * use: a document with no two name words in a row needs none). The other lookups are made
 * from these on first use.
 */
class LazyGazetteer implements Gazetteer {
  private formIndex: FormIndex | undefined;
  private lessOne: Map<string, Array<readonly [Form, string]>> | undefined;
  private knownNames: Set<string> | undefined;
  private knownNamesOf: Map<string, Set<string>> | undefined;

  constructor(
    readonly entities: readonly Entity[],
    readonly words: ReadonlySet<string>,
    readonly pairs: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly readForms: () => FormIndex,
  ) {}

  private index(): FormIndex {
    this.formIndex ??= this.readForms();
    return this.formIndex;
  }

  get forms(): readonly Form[] {
    return this.index().forms;
  }

  get byKey(): ReadonlyMap<string, readonly Form[]> {
    return this.index().byKey;
  }

  get byWeakKey(): ReadonlyMap<string, readonly Form[]> {
    return this.index().byWeakKey;
  }

  get byHeadKey(): ReadonlyMap<string, readonly Form[]> {
    return this.index().byHeadKey;
  }

  get byKeyLessOne(): ReadonlyMap<string, ReadonlyArray<readonly [Form, string]>> {
    if (!this.lessOne) {
      const lessOne = new Map<string, Array<readonly [Form, string]>>();
      for (const form of this.forms) {
        const { content } = form;
        if (content.length < 3) continue;
        content.forEach((left, k) => push(lessOne, bagKey(content.filter((_, j) => j !== k)), [form, left] as const));
      }
      this.lessOne = lessOne;
    }
    return this.lessOne;
  }

  get known(): ReadonlySet<string> {
    if (!this.knownNames) {
      this.knownNames = new Set();
      for (const e of this.entities) {
        this.knownNames.add(fold(e.official));
        if (e.short) this.knownNames.add(fold(e.short));
        for (const f of e.forms) this.knownNames.add(fold(f));
      }
    }
    return this.knownNames;
  }

  get knownOf(): ReadonlyMap<string, ReadonlySet<string>> {
    if (!this.knownNamesOf) {
      this.knownNamesOf = new Map();
      for (const e of this.entities) {
        if (!e.country) continue;
        for (const f of [e.official, e.short, ...e.forms.slice(1)]) {
          if (!f) continue;
          const set = this.knownNamesOf.get(fold(f)) ?? new Set<string>();
          set.add(e.country);
          this.knownNamesOf.set(fold(f), set);
        }
      }
    }
    return this.knownNamesOf;
  }
}

/** The gazetteer's word pairs (Gazetteer.pairs) from its three bag maps. */
function pairsOf(byKey: ReadonlyMap<string, readonly Form[]>, byWeakKey: ReadonlyMap<string, readonly Form[]>, byHeadKey: ReadonlyMap<string, readonly Form[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    const set = out.get(a);
    if (set) set.add(b);
    else out.set(a, new Set([b]));
  };
  for (const forms of byKey.values()) {
    for (const f of forms) for (const a of f.content) for (const b of f.content) if (a !== b) add(a, b);
  }
  for (const forms of byWeakKey.values()) {
    for (const f of forms) for (const a of f.content) for (const b of f.content) if (a !== b) add(loose(a), loose(b));
  }
  // A body head pairs with whatever any head pairs with in a long or proper-worded name.
  for (const forms of byHeadKey.values()) {
    for (const f of forms) for (const a of f.content) for (const b of f.content) {
      if (a === b) continue;
      const la = loose(a);
      const lb = loose(b);
      for (const h of BODY_HEADS) {
        if (BODY_HEADS.has(la)) add(h, lb);
        if (BODY_HEADS.has(lb)) add(la, h);
      }
    }
  }
  return out;
}

/**
 * Heads a national body's name may end in once its country word is dropped: administrative
 * bodies. Not commissions, committees, courts or councils, whose bare names ("Human Rights
 * Commission") are also international bodies' ("Commission on Human Rights").
 */
const OWNERLESS_HEADS: ReadonlySet<string> = new Set([
  'department', 'agency', 'authority', 'office', 'bureau', 'service', 'administration', 'directorate', 'organisation',
  'organization', 'institute', 'inspectorate', 'corporation',
]);

/** First words that leave a two-word ownerless name generic: "Press Service", "Tax Office". */
const GENERIC_OWNERLESS: ReadonlySet<string> = new Set([
  'press', 'news', 'security', 'police', 'national', 'state', 'central', 'public', 'federal', 'general', 'foreign',
  'home', 'tax', 'customs', 'information', 'intelligence', 'prosecution', 'audit', 'regional', 'city', 'district',
]);

/**
 * A country's demonyms, capitalized: world-countries' English pair and the demonym list's
 * ("Greek", "Hellenic"). Shared by the words that name a country and those that open its bodies.
 */
export function demonymsOf(name: string, eng: { readonly m: string; readonly f: string } | undefined): string[] {
  const out = eng ? [eng.m, eng.f] : [];
  for (const [dem, place] of DEMONYMS) if (place === name || place === `the ${name}`) out.push(dem.charAt(0).toUpperCase() + dem.slice(1));
  return out;
}

/** A country's words that open its bodies' names: "Pakistan", "Greek", "Chinese". */
const prefixesOf = new Map<string, readonly string[]>();

function ownerPrefixes(country: string): readonly string[] {
  const known = prefixesOf.get(country);
  if (known) return known;
  const c = worldCountries().find((x) => x.name.common === country);
  const list = [...new Set<string>([country, ...demonymsOf(country, c?.demonyms?.eng)])];
  prefixesOf.set(country, list);
  return list;
}

/**
 * A national body's name without the country word that opens it ("Pakistan Meteorological
 * Department" -> "Meteorological Department", "Greek National Tourism Organisation" -> "National
 * Tourism Organisation"): how a story set in that country names it, and what a calque of it
 * ("the Weather Department") is matched against. Two words at least, ending in a body's head.
 */
function ownerless(country: string, forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    for (const p of ownerPrefixes(country)) {
      if (!f.startsWith(`${p} `)) continue;
      const rest = f.slice(p.length + 1);
      const words = rest.split(' ');
      if (words.length < 2 || !OWNERLESS_HEADS.has((words[words.length - 1] as string).toLowerCase())) continue;
      // "Algerian Press Service" -> "Press Service" names a department of anything.
      if (words.length === 2 && GENERIC_OWNERLESS.has((words[0] as string).toLowerCase())) continue;
      if (!forms.includes(rest) && !out.includes(rest)) out.push(rest);
    }
  }
  return out;
}

export function buildGazetteer(): Gazetteer {
  const entities: Entity[] = [];
  const forms: Form[] = [];
  const byKey = new Map<string, Form[]>();
  const byWeakKey = new Map<string, Form[]>();
  const byHeadKey = new Map<string, Form[]>();
  const words = new Set<string>([...LEX.spelling.keys(), ...LEX.calque1.keys(), ...LEX.weak.keys()]);
  for (const list of LEX.calqueN.values()) for (const [ws] of list) for (const w of ws) if (!CONNECTORS.has(w)) words.add(w);
  const lines: Array<readonly [string | undefined, string]> = [
    ...readList('entity-organizations.txt').map((l) => [undefined, l] as const),
    // "Country|Official|SHORT|variants": a national body.
    ...readList('entity-national-bodies.txt').map((l) => [l.slice(0, l.indexOf('|')), l.slice(l.indexOf('|') + 1)] as const),
  ];
  for (const [country, line] of lines) {
    const [official, short, ...variants] = line.split('|').map((s) => s.trim());
    if (!official) continue;
    const listed = [official, ...variants.filter(Boolean)];
    const entity: Entity = { official, short: short || undefined, forms: country ? [...listed, ...ownerless(country, listed)] : listed, ...(country ? { country } : {}) };
    entities.push(entity);
    for (const f of entity.forms) {
      // A name with a comma ("..., Information Technology and Mass Media") is matched in full
      // only through its listed variants.
      if (f.includes(',')) continue;
      const words0 = wordTokensOf(f).map((t) => t.text);
      const content = canonical(words0.map(fold));
      if (content.length < 2) continue;
      const distinctive =
        words0.some((w) => DISTINCTIVE.has(singular(fold(w))) || PROPER_NAMES.has(w.toLowerCase()) || COUNTRY_WORDS_LOWER.has(w.toLowerCase())) ||
        /\p{Lu}{2,}/u.test(f);
      const form = new NameForm(entity, f, content, distinctive);
      forms.push(form);
      push(byKey, form.key, form);
      if (distinctive || entity.country) {
        push(byWeakKey, weakKey(content), form);
        const proper = words0.some((w) => PROPER_NAMES.has(w.toLowerCase()) || COUNTRY_WORDS_LOWER.has(w.toLowerCase()));
        if ((content.length >= 4 || proper) && content.some((w) => BODY_HEADS.has(loose(w)))) push(byHeadKey, headKey(content), form);
      }
      for (const w of words0) {
        if (CONNECTORS.has(fold(w))) continue;
        words.add(fold(w));
        words.add(fold(w).replace(/-/g, ''));
        words.add(w.toLowerCase().replace(/’/g, "'"));
      }
    }
  }
  // Plurals of every word, so that a phrase's words are tested with one lookup of t.norm.
  for (const w of [...words]) words.add(/(s|x|ch|sh)$/.test(w) ? `${w}es` : w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`);
  const index: FormIndex = { forms, byKey, byWeakKey, byHeadKey };
  return new LazyGazetteer(entities, words, pairsOf(byKey, byWeakKey, byHeadKey), () => index);
}

/**
 * The built gazetteer as plain JSON data, in two parts: what every document needs (the entities,
 * the name words and word pairs), and the forms with the loose and body-head bags (by index, in
 * the order they were made; the other maps are made from them). `npm run build` writes them
 * next to this module (scripts/precompute.mjs), so a run reads them instead of building;
 * gazetteerFromData is the inverse.
 */
export function gazetteerData(g: Gazetteer): { names: NamesData; forms: FormsData } {
  const entityAt = new Map(g.entities.map((e, i) => [e, i]));
  const { forms } = g;
  const formAt = new Map(forms.map((f, i) => [f, i]));
  const refs = (m: ReadonlyMap<string, readonly Form[]>): [string, number[]][] => [...m].map(([k, fs]) => [k, fs.map((f) => formAt.get(f) as number)]);
  return {
    names: {
      format: DATA_FORMAT,
      inputs: inputSizes(),
      entities: g.entities.map((e) => [e.short ?? null, e.forms, e.country ?? null]),
      words: [...g.words],
      pairs: [...g.pairs].map(([w, ws]) => [w, [...ws]]),
    },
    forms: {
      forms: forms.map((f) => [entityAt.get(f.entity) as number, f.text, f.content, f.distinctive]),
      byWeakKey: refs(g.byWeakKey),
      byHeadKey: refs(g.byHeadKey),
    },
  };
}

/** The shape of the data: a file of another shape (an older build's) is not read. */
const DATA_FORMAT = 3;

/** What every document needs: each entity as [short, forms (the official name first), country]. */
export interface NamesData {
  readonly format: number;
  /** Byte sizes of the word lists (src/data) when it was built. */
  readonly inputs: Readonly<Record<string, number>>;
  readonly entities: ReadonlyArray<readonly [string | null, readonly string[], string | null]>;
  readonly words: readonly string[];
  readonly pairs: ReadonlyArray<readonly [string, readonly string[]]>;
}

/** The forms as [entity index, text, content, distinctive], and two bag maps by form index. */
export interface FormsData {
  readonly forms: ReadonlyArray<readonly [number, string, readonly string[], boolean]>;
  readonly byWeakKey: ReadonlyArray<readonly [string, readonly number[]]>;
  readonly byHeadKey: ReadonlyArray<readonly [string, readonly number[]]>;
}

/** The gazetteer of the data; `forms` is called on first use of a form. */
export function gazetteerFromData(d: NamesData, forms: () => FormsData): Gazetteer {
  const entities: Entity[] = d.entities.map(([short, names, country]) => ({ official: names[0] as string, short: short ?? undefined, forms: names, ...(country ? { country } : {}) }));
  const readForms = (): FormIndex => {
    const f = forms();
    const all: Form[] = f.forms.map(([e, text, content, distinctive]) => new NameForm(entities[e] as Entity, text, content, distinctive));
    const byKey = new Map<string, Form[]>();
    for (const form of all) push(byKey, form.key, form);
    const map = (entries: FormsData['byWeakKey']): Map<string, Form[]> => new Map(entries.map(([k, is]) => [k, is.map((i) => all[i] as Form)]));
    return { forms: all, byKey, byWeakKey: map(f.byWeakKey), byHeadKey: map(f.byHeadKey) };
  };
  return new LazyGazetteer(entities, new Set(d.words), new Map(d.pairs.map(([w, ws]) => [w, new Set(ws)])), readForms);
}

/**
 * The text of the precomputed file: the NamesData line, with the length of the FormsData line
 * after it, so that a run can tell the forms are all there before it relies on reading them later.
 */
export function gazetteerFile(g: Gazetteer): string {
  const { names, forms } = gazetteerData(g);
  const formsLine = JSON.stringify(forms);
  return `${JSON.stringify({ ...names, formsLength: formsLine.length })}\n${formsLine}`;
}

const DATA_DIR = new URL('../../../data/', import.meta.url);
/** The precomputed gazetteer (gazetteerFile): two lines of JSON, NamesData, then FormsData (parsed on first use). */
export const GAZETTEER_CACHE = new URL('./gazetteer.jsonl', import.meta.url);

/**
 * The size of every word list in src/data: buildGazetteer reads several, directly or through the
 * lexicons it uses, and taking them all keeps no second list of which to maintain.
 */
function inputSizes(): Record<string, number> {
  const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.txt')).sort();
  return Object.fromEntries(files.map((f) => [f, statSync(new URL(f, DATA_DIR)).size]));
}

function sameSizes(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The build's precomputed gazetteer when it is there, of this shape, and the word lists are the
 * ones it was built from (same sizes); else built from the data files (from TypeScript sources,
 * in tests, or after a partial build). The forms' line is parsed only when a form is first used.
 */
function loadGazetteer(): Gazetteer {
  try {
    const text = readFileSync(GAZETTEER_CACHE, 'utf8');
    const split = text.indexOf('\n');
    const d = JSON.parse(text.slice(0, split)) as NamesData & { formsLength: number };
    const whole = split > 0 && d.formsLength === text.length - split - 1;
    if (whole && d.format === DATA_FORMAT && sameSizes(d.inputs, inputSizes())) {
      return gazetteerFromData(d, () => JSON.parse(text.slice(split + 1)) as FormsData);
    }
  } catch {
    // No precomputed file, or not one this code can read: build.
  }
  return buildGazetteer();
}

export const GAZETTEER = loadGazetteer();

/**
 * Pairs of canonical words found together in some name ("monetary fund"), as word -> the words
 * it is found with: for pruning. A pair is looked up without building a string.
 */
const PAIRS: ReadonlyMap<string, ReadonlySet<string>> = GAZETTEER.pairs;

/** Two canonical words found together in some name, loose synonyms folded or not. */
function paired(a: string, b: string): boolean {
  return PAIRS.get(a)?.has(b) === true || PAIRS.get(loose(a))?.has(loose(b)) === true;
}

/** canonOf's answers so far: each word's canonical words are computed once, when first met. */
const CANON = new Map<string, readonly string[]>();

/** Canonical content words of a word a name can have (GAZETTEER.words); undefined for any other word. */
function canonOf(w: string): readonly string[] | undefined {
  let c = CANON.get(w);
  if (c === undefined && GAZETTEER.words.has(w)) {
    c = canonicalWord(w);
    CANON.set(w, c);
  }
  return c;
}

/** True when `s` is a known name, short name or variant, case and accents folded. */
export function isKnownName(s: string): boolean {
  return GAZETTEER.known.has(fold(s));
}

/**
 * Folded names (forms and short names) of the bodies of no one country, built on first use. A
 * national body's names are GAZETTEER.knownOf's keys, with their countries.
 */
let globalNames: Set<string> | undefined;

function namesOfNoCountry(): ReadonlySet<string> {
  if (!globalNames) {
    globalNames = new Set<string>();
    for (const e of GAZETTEER.entities) {
      if (e.country) continue;
      for (const x of [...e.forms, e.short]) if (x) globalNames.add(fold(x));
    }
  }
  return globalNames;
}

/** Whether the document names one of `countries`. */
function namesOneOf(doc: Doc, countries: ReadonlySet<string>): boolean {
  for (const c of countries) if (countryNamed(doc, c)) return true;
  return false;
}

/** Folded endings of two or more words of known names ("veterans affairs"), as namesOfNoCountry and knownOf split them; built on first use. */
let knownTails: { readonly global: Set<string>; readonly national: Map<string, Set<string>> } | undefined;

function tailsOf(folded: string, add: (tail: string) => void): void {
  // Each word that has another after it, as the text from its start: no array of words per name.
  for (let start = 0, space = folded.indexOf(' '); space !== -1; start = space + 1, space = folded.indexOf(' ', start)) {
    if (!CONNECTORS.has(folded.slice(start, space))) add(folded.slice(start));
  }
}

/**
 * A known name or the end of one, two words or more, not starting with a linking word: "Veterans
 * Affairs" (Department of Veterans Affairs), "Border Patrol" (US Border Patrol). A national
 * body's counts only in a document that names its country ("Energy Group" is Rwanda's only
 * there).
 */
export function isKnownNamePart(doc: Doc, s: string): boolean {
  if (!knownTails) {
    const global = new Set<string>();
    const national = new Map<string, Set<string>>();
    for (const n of namesOfNoCountry()) tailsOf(n, (t) => global.add(t));
    for (const [n, countries] of GAZETTEER.knownOf) {
      tailsOf(n, (t) => {
        const set = national.get(t) ?? national.set(t, new Set()).get(t);
        for (const c of countries) set?.add(c);
      });
    }
    knownTails = { global, national };
  }
  const f = fold(s);
  if (knownTails.global.has(f)) return true;
  const countries = knownTails.national.get(f);
  return countries !== undefined && namesOneOf(doc, countries);
}

export interface NameMatch {
  /** Token index range in the document, half-open; starts and ends at a content word. */
  readonly first: number;
  readonly end: number;
  readonly form: Form;
  /** The phrase's words exactly equal the form's (case included): nothing to flag. */
  readonly exact: boolean;
  /** Equal but for capitals. */
  readonly caseOnly: boolean;
  /** Equal but for spelling variants (organisation/organization) or a "the": correct English. */
  readonly spellingOnly: boolean;
  /** Number of content words. */
  readonly size: number;
  /** Some content word of the phrase is capitalized (past the sentence start). */
  readonly capitalized: boolean;
  /** Matched with one word spelt differently (similar.ts), not by its canonical words. */
  readonly fuzzy: boolean;
  /** Matched only with a loose synonym (entity-weak-synonyms.txt): "Bureau" for "Office". */
  readonly loose: boolean;
  /** The country its owner word names ("China's", "Chinese" right before), when the match is
   * that country's own body: “China's Ministry of Trade” is its Ministry of Commerce, even
   * though another country's Ministry of Trade is a real name. */
  readonly owner?: string;
}

const MAX_TOKENS = 14;

function isPhraseToken(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number' || t.text === '&';
}

/** Token j is an apostrophe glued to a plural before it and a word after it ("Prosecutors’ Office"). */
function isPluralApostrophe(toks: readonly Token[], j: number): boolean {
  const u = toks[j] as Token;
  const p = toks[j - 1];
  const n = toks[j + 1];
  return (u.text === '’' || u.text === "'") && !!p && p.end === u.start && /s$/i.test(p.text) && !!n && n.kind === 'word' && n.start === u.end + 1;
}

function isContent(t: Token): boolean {
  return t.kind !== 'punct' && !CONNECTORS.has(t.norm) && !FILLERS.has(t.norm);
}


/** Same word but for a listed spelling variant, with the same initial case ("Centre"/"Center"). */
function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = fold(a);
  const fb = fold(b);
  return fa !== fb && (LEX.spelling.get(fa) ?? fa) === (LEX.spelling.get(fb) ?? fb) && a[0] === b[0];
}

function compare(doc: Doc, first: number, end: number, form: Form): Pick<NameMatch, 'exact' | 'caseOnly' | 'spellingOnly'> {
  const words = doc.tokens.slice(first, end).filter(isPhraseToken).map((t) => t.text.replace(/’/g, "'"));
  const fw = form.words.map((w) => w.replace(/’/g, "'"));
  const same = words.length === fw.length;
  const exact = same && words.every((w, k) => w === fw[k]);
  const caseOnly = same && !exact && words.every((w, k) => fold(w) === fold(fw[k] ?? ''));
  // A missing or extra "the" ("Organisation of Petroleum Exporting Countries") is house style.
  const a = words.filter((w) => w !== 'the');
  const b = fw.filter((w) => w !== 'the');
  const spellingOnly = !exact && !caseOnly && a.length === b.length && a.every((w, k) => sameSpelling(w, b[k] ?? ''));
  return { exact, caseOnly, spellingOnly };
}

/**
 * Known names in the document, matched by content words: at each token that can start a name,
 * the longest phrase (content words joined by connectors, no punctuation but "&") whose
 * canonical content words equal a form's. When no bag matches exactly, a phrase of three or
 * more content words may match a form with one word spelt differently (isSpellingVariant).
 * Matches do not overlap; the earliest, then longest, wins.
 */
/** Every gazetteer name in the document, computed once per document (three rules read it). */
export function findNames(doc: Doc): readonly NameMatch[] {
  return doc.memo(findNames, () => scanNames(doc));
}

/**
 * The form most similar to the phrase (rankBySimilarity's first; the first form on a tie). The
 * choice depends only on the phrase and the forms' texts in order, so it is looked up in
 * `seen` (one map per document) before it is computed.
 */
function closest(phrase: string, forms: readonly Form[], seen: Map<string, number>): Form {
  const first = (forms[0] as Form).text;
  if (forms.every((f) => f.text === first)) return forms[0] as Form;
  const key = `${phrase}\u0001${forms.map((f) => f.text).join('\u0001')}`;
  let at = seen.get(key);
  if (at === undefined) {
    const best = (rankBySimilarity(phrase, forms, (x) => x.text)[0] as { item: Form }).item;
    at = forms.indexOf(best);
    seen.set(key, at);
  }
  return forms[at] as Form;
}

function scanNames(doc: Doc): NameMatch[] {
  const out: NameMatch[] = [];
  const ranked = new Map<string, number>();
  const toks = doc.tokens;
  // A name starts at a name word: those tokens, from the document's word index. `next` is the
  // first token past the last match (matches do not overlap).
  const starts = wordPositions(doc, GAZETTEER.words);
  let next = 0;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s] as number;
    const t = toks[i] as Token;
    if (i < next || !isContent(t)) continue;
    const limit = Math.min(doc.sentenceOf(t).endToken, i + MAX_TOKENS);
    if (!mayStartName(toks, i, limit)) continue;
    let best: { end: number; form: Form; size: number; fuzzy: boolean; loose: boolean; owned: boolean } | undefined;
    const owner = ownerCountry(doc, i);
    const content: string[] = [];
    let unknown: { word: string; at: number } | undefined;
    for (let j = i; j < limit; ) {
      const u = toks[j] as Token;
      if (!isPhraseToken(u)) {
        // A plural possessive's apostrophe inside a name: "Prosecutors’ Office".
        if (j > i && isPluralApostrophe(toks, j)) {
          j++;
          continue;
        }
        break;
      }
      if (!isContent(u)) {
        j++;
        continue;
      }
      const pre = canonOf(u.norm);
      const f = pre ? u.norm : foldToken(u);
      const multi = LEX.calqueN.has(f) ? matchCalqueN(toks, j, limit, f) : undefined;
      let added: readonly string[];
      if (multi) {
        added = multi.words.map(baseForm);
        j += multi.length;
      } else {
        added = pre ?? canonicalWord(f);
        j++;
        if (!pre && !isNameWord(f)) {
          // A word no name has: one is allowed (a misspelling, see nearForms), two end the phrase.
          if (unknown) break;
          unknown = { word: added[0] as string, at: content.length };
        }
      }
      // Prune: a known word that shares no name with the first known word ends the phrase.
      const anchor = content.find((_, k) => k !== unknown?.at);
      if (unknown?.at !== content.length && anchor !== undefined && added.some((w) => w !== anchor && !paired(anchor, w))) break;
      content.push(...added);
      if (content.length < 2) continue;
      const key = unknown ? undefined : bagKey(content);
      const found = key === undefined ? nearForms(content, (unknown as { at: number }).at) : (GAZETTEER.byKey.get(key) ?? GAZETTEER.byWeakKey.get(weakKey(content)) ?? GAZETTEER.byHeadKey.get(headKey(content)));
      // A national body's generic name counts only where its country is named.
      let forms = found?.filter((x) => !x.entity.country || (countryNamed(doc, x.entity.country) && !otherOwner(doc, i, x.entity.country)));
      // A body of a country the text names beats a same-worded one of nowhere in particular.
      if (forms && forms.length > 1 && forms.some((x) => x.entity.country)) forms = forms.filter((x) => x.entity.country);
      // The owner's own body beats any other: "China's Ministry of Trade" is MOFCOM.
      const own = owner && key !== undefined ? ownForms(content, key, owner) : undefined;
      if (own) forms = own;
      if (forms && forms.length > 0) {
        const form = forms.length === 1 ? (forms[0] as Form) : closest(doc.text.slice(t.start, (toks[j - 1] as Token).end), forms, ranked);
        best = { end: j, form, size: content.length, fuzzy: !!unknown, loose: key !== undefined && form.key !== key, owned: !!own };
      }
    }
    if (!best) continue;
    const slice = toks.slice(i, best.end);
    const capitalized = slice.some((x) => isContent(x) && /^\p{Lu}/u.test(x.text) && !doc.isSentenceInitial(x));
    out.push({
      first: i,
      end: best.end,
      form: best.form,
      size: best.size,
      capitalized,
      fuzzy: best.fuzzy,
      loose: best.loose,
      ...(best.owned && best.form.entity.country ? { owner: best.form.entity.country } : {}),
      ...compare(doc, i, best.end, best.form),
    });
    next = best.end;
  }
  return out;
}

/** Names a text may call a country by: its name, other spellings, demonym and capital. */
const COUNTRY_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  const wanted = new Set(readList('entity-national-bodies.txt').map((l) => l.slice(0, l.indexOf('|'))));
  const extra: Record<string, readonly string[]> = {
    'United States': ['America', 'American', 'U.S.', 'Washington'],
    'United Kingdom': ['Britain', 'British', 'U.K.', 'England', 'English', 'Scotland', 'Wales'],
    'Türkiye': ['Turkey', 'Turkish'],
    Czechia: ['Czech Republic'],
    // A state's or province's body is named with the state, often without the country.
    Australia: ['New South Wales', 'NSW', 'Queensland', 'Tasmania', 'Sydney', 'Melbourne', 'Brisbane', 'Adelaide'],
    Canada: ['Ontario', 'Quebec', 'Alberta', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Toronto', 'Montreal', 'Vancouver'],
  };
  for (const c of worldCountries()) {
    const name = c.name.common;
    const alt = (c.altSpellings ?? []).filter((a) => /^[A-Za-z][A-Za-z .'-]+$/.test(a) && (a.length > 2 || a === 'US' || a === 'UK'));
    const key = [name, ...alt].find((n) => wanted.has(n));
    if (!key) continue;
    const words = new Set<string>([name, ...alt, ...(extra[key] ?? [])]);
    for (const w of demonymsOf(name, c.demonyms?.eng)) words.add(w);
    for (const cap of c.capital ?? []) words.add(cap.replace(/ D\.C\.$/, ''));
    out.set(key, [...words]);
  }
  return out;
})();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Country word (name, demonym, capital; lower case) -> the national-bodies country it names. */
const OWNER_WORDS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const [country, words] of COUNTRY_WORDS) {
    for (const w of words) {
      const k = w.toLowerCase();
      if (out.has(k) && out.get(k) !== country) clash.add(k);
      else out.set(k, country);
    }
  }
  for (const k of clash) out.delete(k);
  return out;
})();

/**
 * The country named by the capitalized country word right before token i ("China's", "Chinese",
 * "Beijing's", "Saudi Arabia's"): the body's owner. Undefined when there is none.
 */
function ownerCountry(doc: Doc, i: number): string | undefined {
  let k = i - 1;
  if (doc.tokens[k]?.norm === "'s") k--;
  const p = doc.tokens[k];
  if (!p || p.kind !== 'word' || !/^\p{Lu}/u.test(p.text)) return undefined;
  let name = p.norm;
  for (let n = 0; n < 3; n++) {
    const c = OWNER_WORDS.get(name);
    if (c) return c;
    const q = doc.tokens[k - 1 - n];
    if (!q || q.kind !== 'word' || !/^\p{Lu}/u.test(q.text)) return undefined;
    name = `${q.norm} ${name}`;
  }
  return undefined;
}

/**
 * Words a country's own ministries are named by that another country's use in their place:
 * "Ministry of Home Affairs" (India), "of the Interior" (France), "of Internal Affairs" (Russia);
 * "of Law" (Singapore) and "of Justice"; "of Manpower" (Singapore, Indonesia) and "of Labour";
 * "of Treasury" (Spanish "Hacienda", Portuguese "Fazenda") and "of Finance"; "of Information"
 * (Persian "ettela'at") and "of Intelligence".
 * Folded only for a phrase with its owner right before it ("India's Ministry of Interior").
 */
const OWNER_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['justice', 'act'], ['manpower', 'labor'], ['employment', 'labor'], ['commerce', 'trade'], ['treasury', 'finance'],
  ['information', 'intelligence'],
]);

function ownerKey(content: readonly string[]): string {
  const ws = content.join(' ').replace(/\b(?:home|internal|inner) affair\b/g, 'interior').split(' ');
  return weakKey(ws.map((w) => OWNER_SYNONYMS.get(w) ?? w));
}

/** National bodies' forms by ownerKey, built on first use. */
let byOwnerKey: Map<string, Form[]> | undefined;

function ownerKeyForms(key: string): readonly Form[] | undefined {
  if (!byOwnerKey) {
    byOwnerKey = new Map();
    for (const forms of GAZETTEER.byKey.values()) {
      for (const f of forms) {
        if (!f.entity.country) continue;
        const k = ownerKey(f.content);
        const list = byOwnerKey.get(k) ?? [];
        list.push(f);
        byOwnerKey.set(k, list);
      }
    }
  }
  return byOwnerKey.get(key);
}

/**
 * The owner's own bodies whose words (exact, loose, body-head-folded or owner-folded) are the
 * phrase's; `key` is bagKey(content). Each further key is built only when the one before found
 * none of the owner's.
 */
function ownForms(content: readonly string[], key: string, owner: string): Form[] | undefined {
  const own = (list: readonly Form[] | undefined): Form[] | undefined => {
    const out = list?.filter((f) => f.entity.country === owner);
    return out && out.length > 0 ? out : undefined;
  };
  return (
    own(GAZETTEER.byKey.get(key)) ??
    own(GAZETTEER.byWeakKey.get(weakKey(content))) ??
    own(GAZETTEER.byHeadKey.get(headKey(content))) ??
    own(ownerKeyForms(ownerKey(content)))
  );
}

/** The national-bodies country a one-word country word names ("Greek" -> "Greece"), if any. */
export function countryOfWord(w: string): string | undefined {
  return OWNER_WORDS.get(w.toLowerCase());
}

/**
 * True when `s` is a correct name here: of a body of no one country, or of a national body of a
 * country the document names. Thailand's "Central Investigation Bureau" is no correct name in a
 * story about India, where it is the CBI garbled.
 */
export function isKnownNameIn(doc: Doc, s: string): boolean {
  const f = fold(s);
  if (!GAZETTEER.known.has(f)) return false;
  if (namesOfNoCountry().has(f)) return true;
  const countries = GAZETTEER.knownOf.get(f);
  return countries === undefined || namesOneOf(doc, countries);
}

/** Whether `s` is a known name of one of the country's national bodies. */
export function isKnownNameOf(s: string, country: string): boolean {
  return GAZETTEER.knownOf.get(fold(s))?.has(country) === true;
}

/** The country word right before token i ("Bhutan's", "Thai") names another country than `country`. */
function otherOwner(doc: Doc, i: number, country: string): boolean {
  let p = doc.tokens[i - 1];
  if (p?.norm === "'s") p = doc.tokens[i - 2];
  if (!p || p.kind !== 'word' || !/^\p{Lu}/u.test(p.text) || !COUNTRY_WORDS_LOWER.has(p.norm)) return false;
  const own = COUNTRY_WORDS.get(country) ?? [country];
  return !own.some((w) => w.toLowerCase() === p.norm);
}

/** The country words that start with the same two UTF-16 units. */
interface CountryWordBucket {
  /** Each word, with its countries. */
  readonly words: ReadonlyArray<readonly [string, readonly string[]]>;
  /** Sticky: matches where one of the words starts. A bucket can hold many words (99 start
   * "Republic of"), so it is tried in one go before the words are, one by one. */
  readonly anyWord: RegExp;
}

/** Each country word (COUNTRY_WORDS), with its countries, by the UTF-16 units of its first two chars. */
const COUNTRY_WORD_INDEX: ReadonlyMap<number, CountryWordBucket> = (() => {
  const byWord = new Map<string, string[]>();
  for (const [country, words] of COUNTRY_WORDS) for (const w of words) (byWord.get(w) ?? byWord.set(w, []).get(w))?.push(country);
  const buckets = new Map<number, Array<readonly [string, readonly string[]]>>();
  for (const [w, countries] of byWord) {
    if (w.length < 2) continue;
    const k = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
    (buckets.get(k) ?? buckets.set(k, []).get(k))?.push([w, countries]);
  }
  const out = new Map<number, CountryWordBucket>();
  for (const [k, words] of buckets) out.set(k, { words, anyWord: new RegExp(words.map(([w]) => escapeRe(w)).join('|'), 'y') });
  return out;
})();
/** 1 at each UTF-16 unit a country word starts with: a table, since every char of a text is looked up. */
const COUNTRY_FIRST_UNITS: Uint8Array = (() => {
  const out = new Uint8Array(65536);
  for (const k of COUNTRY_WORD_INDEX.keys()) out[Math.floor(k / 65536)] = 1;
  return out;
})();
const LETTER = /\p{L}/u;

/** Whether the code point that ends right before `i` is a letter. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  const cp = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? (text.codePointAt(i - 2) as number) : c;
  return LETTER.test(String.fromCodePoint(cp));
}

/** Whether the code point at `i` is a letter. */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** Each country COUNTRY_WORDS covers (the national-bodies countries), with its words. */
export function countryWords(): ReadonlyMap<string, readonly string[]> {
  return COUNTRY_WORDS;
}

/**
 * The countries a document names: each with a COUNTRY_WORDS word, case as written, standing as
 * a word (no letter right before or after it). One pass over the text, once per document.
 */
export function namedCountries(doc: Doc): ReadonlySet<string> {
  return doc.memo(namedCountries, () => {
    const { text } = doc;
    const out = new Set<string>();
    for (let p = 0; p + 1 < text.length; p++) {
      const c0 = text.charCodeAt(p);
      if (COUNTRY_FIRST_UNITS[c0] === 0) continue;
      const bucket = COUNTRY_WORD_INDEX.get(c0 * 65536 + text.charCodeAt(p + 1));
      if (!bucket || letterBefore(text, p)) continue;
      bucket.anyWord.lastIndex = p;
      if (!bucket.anyWord.test(text)) continue;
      for (const [w, countries] of bucket.words) {
        if (text.startsWith(w, p) && !letterAt(text, p + w.length)) for (const c of countries) out.add(c);
      }
    }
    return out;
  });
}

/** Whether the document names the country (any of its COUNTRY_WORDS, capitalized, as a word). */
export function countryNamed(doc: Doc, country: string): boolean {
  if (COUNTRY_WORDS.has(country)) return namedCountries(doc).has(country);
  // A country with no words of its own: its name, as a word.
  const seen = doc.memo(countryNamed, () => new Map<string, boolean>());
  const known = seen.get(country);
  if (known !== undefined) return known;
  const v = new RegExp(`(?<![\\p{L}])${escapeRe(country)}(?![\\p{L}])`, 'u').test(doc.text);
  seen.set(country, v);
  return v;
}

/**
 * The cheap test before building a phrase at token i: the next content word (past linking
 * words) is a name word found in some name together with this one. Most tokens fail here.
 */
function mayStartName(toks: readonly Token[], i: number, limit: number): boolean {
  const t = toks[i] as Token;
  if (LEX.calqueN.has(t.norm)) return true;
  let k = i + 1;
  while (k < limit && (toks[k] as Token).kind === 'word' && !isContent(toks[k] as Token)) k++;
  const u = toks[k];
  if (k >= limit || !u || !isPhraseToken(u)) return false;
  if (LEX.calqueN.has(u.norm)) return true;
  const a = canonOf(t.norm);
  const b = canonOf(u.norm);
  if (!a || !b) return false;
  return a.some((x) => b.some((y) => x === y || paired(x, y)));
}

/** A multi-word calque starting at token j ("mobiliary values", "rights of man"), if any. */
function matchCalqueN(toks: readonly Token[], j: number, limit: number, first: string): { words: readonly string[]; length: number } | undefined {
  const list = LEX.calqueN.get(first);
  if (!list) return undefined;
  for (const [ws, canon] of list) {
    if (j + ws.length > limit) continue;
    let ok = true;
    for (let k = 1; k < ws.length && ok; k++) ok = foldToken(toks[j + k] as Token) === ws[k];
    if (ok) return { words: canon, length: ws.length };
  }
  return undefined;
}

function foldToken(t: Token): string {
  return /[^\u0000-\u007f]/.test(t.norm) ? fold(t.text) : t.norm;
}

/** Whether a folded word can be a content word of a known name (as written, or singular). */
function isNameWord(f: string): boolean {
  return GAZETTEER.words.has(f) || GAZETTEER.words.has(singular(f));
}

/**
 * isSpellingVariant's cheap conditions on two canonical words (lower case, straight
 * apostrophes, no spaces, which its folding leaves as they are): equal, or the same first
 * letter, five letters or more each, lengths within two.
 */
function maySpellAlike(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 2);
}

/**
 * GAZETTEER.byKeyLessOne's list for a bag, split by the first letter of the word left out:
 * maySpellAlike passes only words with the phrase's word's first letter, and the lists of common
 * bags are long ("foreign ministry": 103 forms). Split once per bag, when first looked up.
 */
const LESS_ONE_BY_INITIAL = new Map<string, ReadonlyMap<string, ReadonlyArray<readonly [Form, string]>>>();
const NO_FORMS: ReadonlyMap<string, ReadonlyArray<readonly [Form, string]>> = new Map();

function lessOneByInitial(rest: string): ReadonlyMap<string, ReadonlyArray<readonly [Form, string]>> {
  let split = LESS_ONE_BY_INITIAL.get(rest);
  if (!split) {
    const list = GAZETTEER.byKeyLessOne.get(rest);
    if (!list) return NO_FORMS;
    const byInitial = new Map<string, Array<readonly [Form, string]>>();
    for (const entry of list) push(byInitial, entry[1].charAt(0), entry);
    split = byInitial;
    LESS_ONE_BY_INITIAL.set(rest, split);
  }
  return split;
}

/**
 * Forms whose content words equal the phrase's but for the one word at `at`, spelt differently
 * (isSpellingVariant): "Organisaton", "Taganskiy". Only names of three words or more.
 */
function nearForms(content: readonly string[], at: number): Form[] {
  if (content.length < 3) return [];
  const word = content[at] as string;
  const rest = bagKey(content.filter((_, j) => j !== at));
  const found: Form[] = [];
  for (const [form, left] of lessOneByInitial(rest).get(word.charAt(0)) ?? []) {
    if (form.content.length === content.length && maySpellAlike(word, left) && isSpellingVariant(word, left)) found.push(form);
  }
  return found;
}

/**
 * Whether a capitalized word (not a linking word, not the sentence's first) sits right before
 * or after the match in the same sentence: the phrase may be part of a longer name.
 */
export function touchesLongerName(doc: Doc, m: NameMatch): boolean {
  const first = doc.tokens[m.first] as Token;
  const last = doc.tokens[m.end - 1] as Token;
  // A country word ("US", "Russia", "German") names whose body it is, not a longer name.
  const capital = (x: Token | undefined): boolean =>
    !!x && x.kind === 'word' && /^\p{Lu}/u.test(x.text) && !CONNECTORS.has(x.norm) && !doc.isSentenceInitial(x) && !isCountryWord(x);
  // "... United Nations for Education, Science and Culture": a linked name goes on.
  const after = doc.next(last);
  const links = after && /^(of|for|and|&)$/.test(after.norm) && capital(doc.next(after));
  return capital(doc.prev(first)) || capital(after) || !!links;
}

const COUNTRY_PREFIXES: ReadonlySet<string> = new Set(['us', 'usa', 'uk', 'eu', 'un']);

/** "US", "UK", "EU", "UN", a one-word country or a demonym: a prefix naming a body's owner. */
function isCountryWord(t: Token): boolean {
  return COUNTRY_PREFIXES.has(t.norm) || COUNTRY_WORDS_LOWER.has(t.norm) || t.text === 'S' || t.text === 'K';
}

export interface ShortenedMatch {
  /** Token index range of the capitalized chain, half-open. */
  readonly first: number;
  readonly end: number;
  readonly form: Form;
}

const CHAIN_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'on', 'and', '&']);

function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let k = 0;
  for (const w of b) if (w === a[k]) k++;
  return k === a.length;
}

/**
 * Capitalized "X of Y of Z" chains that name a known body with one of its words left out and
 * the rest in another order: “Mission of Observation of the European Union” for the European
 * Union Election Observation Mission. A chain of three content words or more, every one
 * capitalized, linked by "of" at least once, whose canonical words are a known name's but one,
 * and not in that name's order (a shortened name in order, “EU Observation Mission”, is fine).
 */
/** Names missing a word ("Mission of Observation of the EU"), computed once per document. */
export function findShortenedNames(doc: Doc): readonly ShortenedMatch[] {
  return doc.memo(findShortenedNames, () => scanShortenedNames(doc));
}

function scanShortenedNames(doc: Doc): ShortenedMatch[] {
  const out: ShortenedMatch[] = [];
  const toks = doc.tokens;
  // A chain starts at a name word (from the document's word index); `next` is the first token
  // past the last chain.
  const starts = wordPositions(doc, GAZETTEER.words);
  let next = 0;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s] as number;
    if (i < next) continue;
    const t = toks[i] as Token;
    const c0 = t.text.charCodeAt(0);
    if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) continue; // cheap: no ASCII character but A-Z is \p{Lu}
    if (!/^\p{Lu}/u.test(t.text) || CONNECTORS.has(t.norm)) continue;
    const p = doc.prev(t);
    if (p && p.kind === 'word' && /^\p{Lu}/u.test(p.text) && !doc.isSentenceInitial(p)) continue;
    let end = i;
    let hasOf = false;
    const limit = Math.min(doc.sentenceOf(t).endToken, i + MAX_TOKENS);
    for (let j = i; j < limit; j++) {
      const u = toks[j] as Token;
      if (u.kind === 'word' && CHAIN_LINKS.has(u.norm) && u.text === u.norm) {
        if (u.norm === 'of') hasOf = true;
        continue;
      }
      if (u.kind !== 'word' || !/^\p{Lu}/u.test(u.text)) break;
      end = j + 1;
    }
    next = Math.max(i + 1, end);
    if (!hasOf) continue;
    const words = toks.slice(t.index, end).filter((x) => x.kind === 'word').map((x) => foldToken(x));
    const content = canonical(words);
    if (content.length < 3 || GAZETTEER.byKey.has(bagKey(content))) continue;
    const found = (GAZETTEER.byKeyLessOne.get(bagKey(content)) ?? []).filter(
      ([form]) => form.content.length === content.length + 1 && form.distinctive && !isSubsequence(content, form.content),
    );
    const entities = new Set(found.map(([f]) => f.entity));
    if (entities.size !== 1) continue;
    out.push({ first: t.index, end, form: (found[0] as readonly [Form, string])[0] });
  }
  return out;
}
