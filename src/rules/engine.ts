/**
 * The kernel: (rule set, document) -> findings. Pure: no I/O, no clocks, no globals.
 * Pattern rules are indexed by the words they can start with, so each token costs one map
 * lookup however many entries the packs hold; code rules walk the document themselves.
 */
import { Doc } from '../text/document.js';
import type { Tagger } from '../nlp/tagger.js';
import type { PatternRule } from './pack.js';
import { matchAt, type Element } from './pattern.js';
import type { SuspectMode } from './suspect-modes.js';
import type { Finding, Report, Rule, RuleMeta } from './types.js';
import { activeTiming, PACKS } from './timing.js';

export type AnyRule = Rule | PatternRule;

export function isPatternRule(r: AnyRule): r is PatternRule {
  return 'kind' in r && r.kind === 'pattern';
}

/** A rule set's compiled plans: everything runPlain needs. */
export type RulePlans = Omit<RuleSet, 'suspect' | 'suspectMode'>;

export interface RuleSet {
  readonly rules: readonly AnyRule[];
  readonly code: readonly Rule[];
  readonly unanchored: readonly PatternRule[];
  /** The anchored rules, in set order, each with the elements a match can be found from. */
  readonly anchored: readonly AnchorPlan[];
  /** For each anchor word, the indices into `anchored` of the rules it can start. */
  readonly anchoredBy: ReadonlyMap<string, readonly number[]>;
  /**
   * Gates: for each word, the indices into `anchored` of the rules that need it (or another word
   * of the same required element) somewhere in a document. A rule gets a gate when one of its
   * required elements has no frequent word (GATE_STOP), so a document without it skips the rule
   * before any count or attempt: anchors on "in" or "the" make hundreds of rules candidates in
   * every article, and most of them need a rare word the article does not have.
   */
  readonly gatedBy: ReadonlyMap<string, readonly number[]>;
  /** 1 for each rule of `anchored` without a gate. */
  readonly ungated: Uint8Array;
  /** The unanchored rules, in set order, each with the required words a match must contain. */
  readonly unanchoredPlans: readonly UnanchoredPlan[];
  /** The ids of the rules that defer to the plain rules (RuleMeta.defers). */
  readonly deferring: ReadonlySet<string>;
  /** The suspect rules (RuleMeta.suspect), compiled apart: none when there are none or the mode is never. */
  readonly suspect?: RulePlans;
  readonly suspectMode: SuspectMode;
}

export type { SuspectMode } from './suspect-modes.js';

export interface CompileOptions {
  readonly suspect?: SuspectMode;
}

/**
 * Where an unanchored rule's matches can be looked for: each required word element with the
 * offsets its token can have from a match's first token (from k - the optional elements before
 * it, to k), "<NUM> <PROPN>? [actions]" from "actions" at offset 1 or 2. Each document uses the
 * element whose words it has fewest of; a rule with none is tried at every token.
 */
export interface UnanchoredPlan {
  readonly rule: PatternRule;
  readonly options: readonly { readonly lo: number; readonly hi: number; readonly words: ReadonlySet<string> }[];
}

/** The norms a word element's token can have (an exact element's words folded as norms are); undefined for other elements. */
function normsOf(e: Element): ReadonlySet<string> | undefined {
  if (e.kind === 'words' || e.kind === 'lemma') return e.words;
  if (e.kind === 'exact') return new Set([...e.words].map((w) => w.toLowerCase().replace(/’/g, "'")));
  return undefined;
}

/** Each required word element with the window of offsets its token can have from a match's first token. */
function windowsOf(r: PatternRule): { lo: number; hi: number; words: ReadonlySet<string> }[] {
  const out: { lo: number; hi: number; words: ReadonlySet<string> }[] = [];
  const els = r.pattern.elements;
  let optional = 0;
  for (let k = 0; k < els.length; k++) {
    const e = els[k] as Element;
    if (e.optional) {
      optional++;
      continue;
    }
    const words = normsOf(e);
    if (words) out.push({ lo: k - optional, hi: k, words });
  }
  return out;
}

function unanchoredPlanOf(r: PatternRule): UnanchoredPlan {
  return { rule: r, options: windowsOf(r) };
}

/**
 * Ascending, without repeats: every p - d for p in `positions` (ascending) and d from lo to hi,
 * not below 0: the first tokens of the matches that can put a required word at p.
 */
function startsAround(positions: ArrayLike<number>, lo: number, hi: number): number[] {
  const out: number[] = [];
  let last = -1;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] as number;
    for (let s = Math.max(p - hi, last + 1, 0); s <= p - lo; s++) out.push((last = s));
  }
  return out;
}

/**
 * Where a rule's matches can be looked for: from its anchors (the words a match starts with,
 * offset 0), or from any required word element at a fixed offset (no optional element before
 * it), "the|an|a influence space" from "influence" at offset 1, or from one after an optional
 * element, in a window of offsets as an unanchored rule's (`windows`): "the state? of
 * emergency" from "emergency" at offset 2 or 3, each of its tokens giving two first tokens.
 * Each document uses the option that gives it fewest first tokens to try.
 */
export interface AnchorPlan {
  readonly rule: PatternRule;
  readonly options: readonly { readonly offset: number; readonly words: ReadonlySet<string> }[];
  readonly windows: UnanchoredPlan['options'];
}

function planOf(r: PatternRule, anchors: ReadonlySet<string>): AnchorPlan {
  const options: { offset: number; words: ReadonlySet<string> }[] = [{ offset: 0, words: anchors }];
  const els = r.pattern.elements;
  for (let k = 0; k < els.length; k++) {
    const e = els[k] as Element;
    if (e.optional) break; // offsets after an optional element are not fixed
    const words = k === 0 ? undefined : normsOf(e);
    if (words) options.push({ offset: k, words });
  }
  return { rule: r, options, windows: windowsOf(r).filter((w) => w.lo < w.hi) };
}

/** Words too frequent to gate on: a required element with one of them gates nothing. */
const GATE_STOP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'that', 'this', 'it',
  'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'say', 'he', 'she',
  'they', 'his', 'her', 'their', 'not', 'no', 'which', 'who', 'after', 'before', 'over', 'into', 'about', 'than', 'more', 'also',
  'up', 'out', 'one', 'two', 'new', 'last', 'year', 'years', 'can', 'could', 'may', 'there', 'all', 'some', 'other', 'we', 'i',
  ',', '.', '"', "'s", 'make', 'made', 'makes', 'take', 'took', 'taken', 'takes', 'put', 'puts', 'give', 'gave', 'given', 'get',
  'got', 'do', 'did', 'does', 'go', 'went', 'time', 'people', 'government', 'percent', 'told', 'week', 'day', 'first',
]);

/** The required element a rule is gated on: one with no frequent word, the fewest words. */
function gateOf(r: PatternRule): ReadonlySet<string> | undefined {
  let best: ReadonlySet<string> | undefined;
  for (const words of r.pattern.required) {
    let frequent = false;
    for (const w of words) if (GATE_STOP.has(w)) frequent = true;
    if (!frequent && (!best || words.size < best.size)) best = words;
  }
  return best;
}

export function compileRuleSet(rules: readonly AnyRule[], opts: CompileOptions = {}): RuleSet {
  const suspectMode = opts.suspect ?? 'auto';
  const plain = rules.filter((r) => r.meta.suspect !== true);
  const suspect = suspectMode === 'never' ? [] : rules.filter((r) => r.meta.suspect === true);
  return {
    ...compilePlans(plain),
    rules,
    suspectMode,
    suspect: suspect.length > 0 ? { ...compilePlans(suspect), rules: suspect } : undefined,
  };
}

function compilePlans(rules: readonly AnyRule[]): RulePlans {
  const unanchored: PatternRule[] = [];
  const anchored: AnchorPlan[] = [];
  const anchoredBy = new Map<string, number[]>();
  const gatedBy = new Map<string, number[]>();
  const ungatedList: number[] = [];
  const code: Rule[] = [];
  for (const r of rules) {
    if (!isPatternRule(r)) {
      code.push(r);
      continue;
    }
    if (!r.pattern.anchors) {
      unanchored.push(r);
      continue;
    }
    for (const a of r.pattern.anchors) {
      const list = anchoredBy.get(a);
      if (list) list.push(anchored.length);
      else anchoredBy.set(a, [anchored.length]);
    }
    const gate = gateOf(r);
    if (gate) {
      for (const w of gate) {
        const list = gatedBy.get(w);
        if (list) list.push(anchored.length);
        else gatedBy.set(w, [anchored.length]);
      }
    } else ungatedList.push(anchored.length);
    anchored.push(planOf(r, r.pattern.anchors));
  }
  const ungated = new Uint8Array(anchored.length);
  for (const k of ungatedList) ungated[k] = 1;
  const deferring = new Set(rules.filter((r) => r.meta.defers === true).map((r) => r.meta.id));
  return { rules, code, unanchored, anchored, anchoredBy, gatedBy, ungated, unanchoredPlans: unanchored.map(unanchoredPlanOf), deferring };
}

function toFinding(meta: RuleMeta, r: Report, text: string): Finding {
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: r.severity ?? meta.severity,
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    message: r.message ?? meta.description,
    suggestions: r.suggestions ?? [],
    reason: r.reason ?? '',
    confidence: r.confidence ?? 0.5,
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Below this many anchor tokens a rule is tried at each without planning (see runPatterns). */
const FEW_ATTEMPTS = 4;

function runPatterns(doc: Doc, set: RulePlans, out: Finding[]): void {
  // Rules share their elements' word sets ("the", "a|an|the", "{make}"): each set's count in this
  // document is taken once.
  const counts = new Map<ReadonlySet<string>, number>();
  // Tokens with one of the words.
  const count = (words: ReadonlySet<string>): number => {
    let n = counts.get(words);
    if (n === undefined) {
      n = 0;
      for (const w of words) n += doc.countOf(w);
      counts.set(words, n);
    }
    return n;
  };
  // The window of span offsets that gives fewer match attempts than `limit`, and fewest: a window
  // gives (span of offsets) first tokens per token of its words.
  const cheapestWindow = (windows: UnanchoredPlan['options'], limit: number): UnanchoredPlan['options'][number] | undefined => {
    let best: UnanchoredPlan['options'][number] | undefined;
    let cost = limit;
    for (const w of windows) {
      const c = count(w.words) * (w.hi - w.lo + 1);
      if (c < cost) {
        best = w;
        cost = c;
      }
    }
    return best;
  };
  // A rule whose required words are not all somewhere in this document cannot match here:
  // decided once per rule and document, it spares most match attempts of large packs.
  const isViable = (r: PatternRule): boolean => {
    for (const words of r.pattern.required) if (count(words) === 0) return false;
    return true;
  };
  // Rule by rule, attempts in token order. `lastEnd`: an optional first element must not make
  // the same phrase match twice (at "the influence space" and again at "influence space").
  // Findings are sorted by position and rule id afterwards, so the order of rules does not
  // show; within a rule the attempts that can match are those the anchors alone would give.
  const attempt = (r: PatternRule, starts: ArrayLike<number>, offset: number): void => {
    let lastEnd = -1;
    for (let k = 0; k < starts.length; k++) {
      const i = (starts[k] as number) - offset;
      if (i < 0 || lastEnd > i) continue;
      const m = matchAt(r.pattern, doc, i);
      if (!m) continue;
      lastEnd = m.endToken;
      const rep = r.fire(m, doc);
      if (rep) out.push(toFinding(r.meta, rep, doc.text));
    }
  };
  // Only rules with an anchor in this document can match: found from the document's words or
  // the rule set's anchors, whichever are fewer, so a larger pack costs little per document.
  const candidate = new Uint8Array(set.anchored.length);
  // A rule must have its gate's word too (it is required): those without a gate pass.
  const gateOpen = set.ungated.slice();
  const mark = (flags: Uint8Array, list: readonly number[] | undefined): void => {
    if (list) for (const k of list) flags[k] = 1;
  };
  if (doc.vocabularySize < set.anchoredBy.size) {
    for (const w of doc.vocabulary()) {
      mark(candidate, set.anchoredBy.get(w));
      mark(gateOpen, set.gatedBy.get(w));
    }
  } else {
    for (const [w, list] of set.anchoredBy) if (doc.hasNorm(w)) mark(candidate, list);
    for (const [w, list] of set.gatedBy) if (doc.hasNorm(w)) mark(gateOpen, list);
  }
  for (let k = 0; k < candidate.length; k++) {
    if (candidate[k] === 0 || gateOpen[k] === 0) continue;
    const plan = set.anchored[k] as AnchorPlan;
    const r = plan.rule;
    let best = plan.options[0] as AnchorPlan['options'][number];
    let fewest = count(best.words);
    if (fewest === 0) continue;
    // A few attempts cost less than deciding whether to make them: the viability test and the
    // other options only prune attempts, so skipping them changes no finding.
    if (fewest <= FEW_ATTEMPTS) {
      attempt(r, doc.positionsIn(best.words), best.offset);
      continue;
    }
    if (!isViable(r)) continue;
    for (let o = 1; o < plan.options.length && fewest > 0; o++) {
      const option = plan.options[o] as AnchorPlan['options'][number];
      const c = count(option.words);
      if (c < fewest) {
        best = option;
        fewest = c;
      }
    }
    if (fewest === 0) continue;
    const window = cheapestWindow(plan.windows, fewest);
    if (window) attempt(r, startsAround(doc.positionsIn(window.words), window.lo, window.hi), 0);
    else attempt(r, doc.positionsIn(best.words), best.offset);
  }
  // An unanchored rule is tried where its rarest required word can be, else at every token.
  let every: number[] | undefined;
  for (const plan of set.unanchoredPlans) {
    const r = plan.rule;
    if (!isViable(r)) continue;
    const best = cheapestWindow(plan.options, doc.tokens.length);
    if (best) attempt(r, startsAround(doc.positionsIn(best.words), best.lo, best.hi), 0);
    else attempt(r, (every ??= Array.from({ length: doc.tokens.length }, (_, i) => i)), 0);
  }
}

/**
 * Whether a document already shows machine-translation artifacts, so that suspect rules may
 * run: at least EVIDENCE_FINDINGS findings of confidence EVIDENCE_CONFIDENCE or more, on
 * distinct spans, at most EVIDENCE_PER_RULE of them from one rule, and at least one per
 * EVIDENCE_WORDS words. Measured with every built-in rule (confidence 0.6 and up): 680 documents
 * of clean English, 2.95 M words (the Brown corpus, the nlp-corpus package's texts, State of the
 * Union addresses, the repo's clean articles, the MQM set's human references), have at most 0.54
 * per 100 words, most none; the machine-translated wire stories of the repo 2.4 to 8.4.
 */
export const EVIDENCE_FINDINGS = 3;
export const EVIDENCE_WORDS = 100;
export const EVIDENCE_CONFIDENCE = 0.6;
/** One rule counts at most this often: a house style repeated through a text ("2,5" decimals) is one habit, not many artifacts. */
export const EVIDENCE_PER_RULE = 2;

export function showsArtifacts(doc: Doc, sorted: readonly Finding[]): boolean {
  let n = 0;
  let lastStart = -1;
  const perRule = new Map<string, number>();
  for (const f of sorted) {
    if (f.confidence < EVIDENCE_CONFIDENCE || f.start === lastStart) continue;
    const k = perRule.get(f.ruleId) ?? 0;
    if (k >= EVIDENCE_PER_RULE) continue;
    perRule.set(f.ruleId, k + 1);
    n++;
    lastStart = f.start;
  }
  if (n < EVIDENCE_FINDINGS) return false;
  let words = 0;
  for (const t of doc.tokens) if (t.kind === 'word') words++;
  return n * EVIDENCE_WORDS >= words;
}

/**
 * Runs every rule of the set over one document; its suspect rules after the others, when the
 * others' findings show the document is machine-translated (or the mode says always).
 */
export function runRules(doc: Doc, set: RuleSet): Finding[] {
  const out = runPlain(doc, set);
  const suspect = set.suspect;
  if (!suspect || (set.suspectMode === 'auto' && !showsArtifacts(doc, out))) return out;
  // A finding of a rule that defers (RuleMeta.defers) adds nothing where a plain rule already
  // flags: the plain finding stands, whatever fix each offers.
  let more = runPlain(doc, suspect);
  if (suspect.deferring.size > 0) more = more.filter((f) => !suspect.deferring.has(f.ruleId) || !out.some((g) => g.start < f.end && f.start < g.end));
  return more.length === 0 ? out : dedupe([...out, ...more].sort(byPosition));
}

function runPlain(doc: Doc, set: RulePlans): Finding[] {
  const out: Finding[] = [];
  const timing = activeTiming();
  let clock = timing?.start() ?? 0;
  runPatterns(doc, set, out);
  if (timing) clock = timing.lap(PACKS, clock);
  for (const rule of set.code) {
    rule.check({
      doc,
      report: (r: Report) => {
        if (r.start < 0 || r.end > doc.text.length || r.start >= r.end) {
          throw new RangeError(`rule ${rule.meta.id} reported an invalid span [${r.start}, ${r.end})`);
        }
        out.push(toFinding(rule.meta, r, doc.text));
      },
    });
    if (timing) clock = timing.lap(rule.meta.id, clock);
  }
  out.sort(byPosition);
  return dedupe(out);
}

/**
 * One finding per span and fix: the same span flagged twice by one rule, or by two rules that
 * offer the same first suggestion (a pack entry and a code rule that both know "depend of"),
 * is one finding, the more confident one (on a tie, the first rule id). Different fixes for one
 * span stay separate findings.
 */
function dedupe(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  let groupStart = 0;
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (!last || last.start !== f.start || last.end !== f.end) groupStart = out.length;
    let dup = -1;
    for (let k = groupStart; k < out.length; k++) {
      const g = out[k] as Finding;
      if (g.ruleId === f.ruleId || g.suggestions[0] === f.suggestions[0]) {
        dup = k;
        break;
      }
    }
    if (dup === -1) out.push(f);
    else if (f.confidence > (out[dup] as Finding).confidence) out[dup] = f;
  }
  return out;
}

export function auditText(text: string, set: RuleSet, tagger?: Tagger): Finding[] {
  return runRules(new Doc(text, tagger), set);
}
