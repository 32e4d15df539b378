/**
 * Declarative rule packs: YAML data, one entry per idiom or collocation, each with its own
 * examples (see docs/packs.md). A pack compiles into PatternRules the engine indexes by
 * their first word, so a pack ten times larger costs about the same per token.
 */
import { parseYamlText } from '../util/yaml.js';
import { formOf, verbForm } from '../nlp/inflect.js';
import type { Doc, Token } from '../text/document.js';
import { knownSourceLanguages, sourceLanguages } from './source-languages.js';
import { documentHasAny, domainNames, domainWords } from './domains.js';
import { compilePattern, elementMatches, PatternError, type Element, type Match, type Pattern } from './pattern.js';
import { isCategory, isSeverity, type BadExample, type Category, type Report, type RuleMeta, type Severity } from './types.js';

export interface PatternRule {
  readonly kind: 'pattern';
  readonly meta: RuleMeta;
  readonly pattern: Pattern;
  /** Builds the report for a match, or undefined when a guard says no. */
  fire(match: Match, doc: Doc): Report | undefined;
}

export class PackError extends Error {}

interface RawEntry {
  readonly [key: string]: unknown;
}

const ENTRY_KEYS = new Set([
  'id', 'find', 'replace', 'message', 'reason', 'severity', 'confidence', 'category', 'description',
  'unless_prev', 'unless_next', 'unless_sentence', 'suspect', 'source', 'if_document', 'domain', 'bad', 'good',
]);
const PACK_KEYS = new Set(['pack', 'category', 'severity', 'confidence', 'message', 'reason', 'description', 'suspect', 'entries']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function strings(v: unknown, what: string): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw new PackError(`${what}: expected a string or a list of strings`);
}

function optString(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new PackError(`${what}: expected a non-empty string`);
  return v;
}

/** "text with [[span]] => output" -> BadExample. */
export function parseBadExample(s: string): BadExample {
  const arrow = s.indexOf(' => ');
  return arrow === -1 ? { text: s } : { text: s.slice(0, arrow), output: s.slice(arrow + 4) };
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Renders a replacement template for a match: $n is element n's text, {lemma} inflects. */
export function renderReplacement(template: string, p: Pattern, m: Match, doc: Doc): string {
  const text = (i: number): string => {
    const ti = m.slots[i];
    return ti === undefined || ti === -1 ? '' : (doc.at(ti) as Token).text;
  };
  const lemmaSlot = p.elements.findIndex((e: Element, i) => e.kind === 'lemma' && m.slots[i] !== -1);
  const matchedForm = (lemmas: readonly string[]): ReturnType<typeof formOf> => {
    if (lemmaSlot === -1) return undefined;
    const word = text(lemmaSlot);
    // Up to three words before the verb decide between past and participle, or base.
    const at = m.slots[lemmaSlot] as number;
    const before: string[] = [];
    for (let k = 3; k >= 1; k--) {
      const t = doc.at(at - k);
      if (t && doc.sentenceOf(t) === doc.sentenceOf(doc.at(at) as Token)) before.push(t.norm);
    }
    for (const l of lemmas) {
      const f = formOf(l, word, before);
      if (f) return f;
    }
    return undefined;
  };
  const el = p.elements[lemmaSlot];
  const form = el && el.kind === 'lemma' ? matchedForm(el.lemmas) : undefined;
  let out = template
    .replace(/\$(\d+)/g, (_, n: string) => text(Number(n) - 1))
    .replace(/\{([a-z][a-z' -]*)\}/g, (_, lemma: string) => verbForm(lemma, form ?? 'base'));
  out = out.replace(/\s+/g, ' ').trim();
  const first = doc.at(m.slots.slice(p.markFrom, p.markTo).find((s) => s !== -1) ?? m.firstToken);
  if (first && doc.isSentenceInitial(first) && /^\p{Lu}/u.test(first.text)) out = capitalizeFirst(out);
  return out;
}

function renderMessage(template: string, matchText: string, suggestion: string | undefined): string {
  return template.replace(/\{match\}/g, matchText).replace(/\{suggestion\}/g, suggestion ?? '');
}

function guard(source: string | undefined, what: string): Element | undefined {
  if (source === undefined) return undefined;
  const p = compilePattern(source);
  if (p.elements.length !== 1) throw new PackError(`${what}: a guard is one pattern element`);
  return p.elements[0];
}

function guardHits(e: Element | undefined, t: Token | undefined, doc: Doc): boolean {
  return e !== undefined && t !== undefined && elementMatches(e, t, doc);
}

/** Each word of a guard list is compared with one token: a phrase would never match and silently guard nothing. */
function assertOneWord(w: string, what: string): void {
  if (w.trim() === '' || /\s/.test(w.trim())) throw new PackError(`${what}: "${w}" is not one word (each entry is compared with one token)`);
}

/** A word list's entries, each one lower-case token (a phrase or capital would never match a norm). */
function oneTokenWords(v: unknown, what: string): string[] {
  const ws = strings(v, what);
  if (v !== undefined && ws.length === 0) throw new PackError(`${what}: expected at least one word`);
  for (const w of ws) {
    assertOneWord(w, what);
    if (w !== w.toLowerCase()) throw new PackError(`${what}: "${w}" is not lower case`);
  }
  return ws.map((w) => w.trim().replace(/’/g, "'"));
}

/**
 * The word sets of an entry's `if_document` and `domain` keys, and the domains named: the entry
 * fires only in a document containing a word of one of the sets. A domain's set is shared by
 * every entry naming it, so a document looks each domain up once.
 */
function subjectWords(raw: RawEntry, where: string): { readonly sets: ReadonlySet<string>[]; readonly domains: readonly string[] } {
  const out: ReadonlySet<string>[] = [];
  const words = oneTokenWords(raw['if_document'], `${where}: if_document`);
  if (words.length > 0) out.push(new Set(words));
  const domains = strings(raw['domain'], `${where}: domain`);
  if (raw['domain'] !== undefined && domains.length === 0) throw new PackError(`${where}: domain: expected at least one domain`);
  for (const d of domains) {
    const set = domainWords(d);
    if (!set) throw new PackError(`${where}: domain: unknown domain "${d}" (one of ${domainNames().join(', ')}; see src/rules/domains.ts)`);
    out.push(set);
  }
  return { sets: out, domains };
}

function compileEntry(raw: RawEntry, pack: RawEntry, packName: string, where: string): PatternRule {
  for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) throw new PackError(`${where}: unknown key "${k}"`);
  const id = optString(raw['id'], `${where}: id`);
  if (!id || !ID.test(id)) throw new PackError(`${where}: id must be kebab-case`);
  const find = optString(raw['find'], `${where}: find`);
  if (!find) throw new PackError(`${where}: find is required`);
  let pattern: Pattern;
  try {
    pattern = compilePattern(find);
  } catch (e) {
    throw new PackError(`${where}: ${(e as PatternError).message}`);
  }
  const category = (raw['category'] ?? pack['category']) as string;
  if (typeof category !== 'string' || !isCategory(category)) throw new PackError(`${where}: unknown category "${String(category)}"`);
  const severity = (raw['severity'] ?? pack['severity'] ?? 'warning') as string;
  if (!isSeverity(severity)) throw new PackError(`${where}: unknown severity "${severity}"`);
  const confidence = (raw['confidence'] ?? pack['confidence'] ?? 0.8) as number;
  if (typeof confidence !== 'number' || confidence <= 0 || confidence > 1) throw new PackError(`${where}: confidence must be in (0, 1]`);
  const replace = strings(raw['replace'], `${where}: replace`);
  const message = optString(raw['message'] ?? pack['message'], `${where}: message`);
  if (!message) throw new PackError(`${where}: message is required (on the entry or the pack)`);
  const reason = optString(raw['reason'] ?? pack['reason'], `${where}: reason`) ?? '';
  const bad = strings(raw['bad'], `${where}: bad`).map(parseBadExample);
  const good = strings(raw['good'], `${where}: good`);
  if (bad.length === 0) throw new PackError(`${where}: at least one bad example is required`);
  if (good.length === 0) throw new PackError(`${where}: at least one good example is required`);
  const unlessPrev = guard(optString(raw['unless_prev'], `${where}: unless_prev`), `${where}: unless_prev`);
  const unlessNext = guard(optString(raw['unless_next'], `${where}: unless_next`), `${where}: unless_next`);
  const unlessSentence = new Set(strings(raw['unless_sentence'], `${where}: unless_sentence`).map((w) => w.toLowerCase()));
  for (const w of unlessSentence) assertOneWord(w, `${where}: unless_sentence`);
  const { sets: subject, domains } = subjectWords(raw, where);
  const suspect = raw['suspect'] ?? pack['suspect'] ?? false;
  if (typeof suspect !== 'boolean') throw new PackError(`${where}: suspect must be true or false`);
  const source = strings(raw['source'], `${where}: source`);
  if (raw['source'] !== undefined && source.length === 0) throw new PackError(`${where}: source: expected at least one language code`);
  if (source.length > 0) {
    const known = knownSourceLanguages();
    for (const l of source) {
      if (!known.has(l)) throw new PackError(`${where}: source: unknown language code "${l}" (an ISO 639-3 code of a country's official language, as world-countries spells it; not eng)`);
    }
  }
  const description =
    (optString(raw['description'], `${where}: description`) ??
      (replace[0] !== undefined ? `${find} -> ${replace[0]}` : find)) + (source.length > 0 ? ` (source: ${source.join(', ')})` : '') +
    (domains.length > 0 ? ` (domain: ${domains.join(', ')})` : '');
  const meta: RuleMeta = {
    id: `${packName}/${id}`,
    category: category as Category,
    severity: severity as Severity,
    description,
    examples: { bad, good },
    ...(suspect ? { suspect } : {}),
  };
  return {
    kind: 'pattern',
    meta,
    pattern,
    fire(m: Match, doc: Doc): Report | undefined {
      // The story's subject first: one word-index lookup per document and word set, memoized.
      if (subject.length > 0 && !subject.some((ws) => documentHasAny(doc, ws))) return undefined;
      // The word guard next: it never tags the sentence.
      if (unlessSentence.size > 0) {
        const s = doc.sentenceOf(doc.at(m.firstToken) as Token);
        for (let i = s.firstToken; i < s.endToken; i++) if (unlessSentence.has((doc.at(i) as Token).norm)) return undefined;
      }
      if (guardHits(unlessPrev, doc.prev(doc.at(m.firstToken) as Token), doc)) return undefined;
      if (guardHits(unlessNext, doc.next(doc.at(m.endToken - 1) as Token), doc)) return undefined;
      // Last, and only here: the document's countries are looked up once, on the first match.
      if (source.length > 0) {
        const langs = sourceLanguages(doc);
        if (!source.some((l) => langs.has(l))) return undefined;
      }
      const suggestions = replace.map((r) => renderReplacement(r, pattern, m, doc));
      const matchText = doc.text.slice(m.start, m.end);
      return {
        start: m.start,
        end: m.end,
        message: renderMessage(message, matchText, suggestions[0]),
        suggestions,
        reason,
        confidence,
      };
    },
  };
}

/** Parses and validates one pack file; errors read `file: entries[3] (id): reason`. */
export function loadPack(yamlText: string, file: string): PatternRule[] {
  return compilePack(parseYamlText(yamlText, file, (m) => new PackError(m)), file);
}

/** Validates and compiles a parsed pack (from YAML, or the JSON the build writes). */
export function compilePack(doc: unknown, file: string): PatternRule[] {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new PackError(`${file}: a pack is a mapping with "pack" and "entries"`);
  const pack = doc as RawEntry;
  for (const k of Object.keys(pack)) if (!PACK_KEYS.has(k)) throw new PackError(`${file}: unknown key "${k}"`);
  const name = pack['pack'];
  if (typeof name !== 'string' || !ID.test(name)) throw new PackError(`${file}: "pack" must be a kebab-case name`);
  const entries = pack['entries'];
  if (!Array.isArray(entries)) throw new PackError(`${file}: "entries" must be a list`);
  const seen = new Set<string>();
  return entries.map((raw: unknown, i: number) => {
    const label = raw && typeof raw === 'object' && typeof (raw as RawEntry)['id'] === 'string' ? ` (${String((raw as RawEntry)['id'])})` : '';
    const where = `${file}: entries[${i}]${label}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new PackError(`${where}: an entry is a mapping`);
    try {
      const rule = compileEntry(raw as RawEntry, pack, name, where);
      if (seen.has(rule.meta.id)) throw new PackError(`${where}: duplicate id`);
      seen.add(rule.meta.id);
      return rule;
    } catch (e) {
      if (e instanceof PackError) throw e;
      throw new PackError(`${where}: ${(e as Error).message}`);
    }
  });
}
