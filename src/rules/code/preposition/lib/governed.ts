/**
 * The prepositions English allows after a head that governs one, for the suspect rule
 * governed-preposition: counted in clean English (src/data/preposition-head-counts.txt, made
 * by scripts/count-preposition-heads.mjs from the heads of src/data/preposition-heads.txt) and
 * completed from knowledge of English (the + entries of preposition-heads.txt).
 *
 * A preposition counts as allowed after a head when clean English has it there at least
 * MIN_SEEN times, or preposition-heads.txt lists it. One not allowed is suspect only where the
 * counts give evidence that it is missing, not merely unseen: the head must have MIN_OBSERVED
 * prepositions after it, and the preposition must be common enough after heads of the kind
 * that, were it allowed, it would be expected at least MIN_EXPECTED times. "toward" and
 * "towards" are one preposition.
 *
 * Built on first use, not when the module loads, so start-up does not pay for it.
 */
import { readList } from '../../../../data/lists.js';
import { formsOf, pluralOf } from '../../../../nlp/inflect.js';

export type HeadKind = 'noun' | 'verb' | 'adj';

export interface GovernedHead {
  readonly kind: HeadKind;
  readonly lemma: string;
  /** Prepositions English allows after the head (toward for towards too). */
  readonly allowed: ReadonlySet<string>;
  /** The preposition to suggest: the first one preposition-heads.txt lists. */
  readonly usual: string;
  /** The prepositions counted after the head in clean English. */
  readonly observed: number;
  /** How many times `prep` would be expected after the head, at its rate after heads of the kind. */
  expected(prep: string): number;
}

/** A head needs this many prepositions after it in the counts to be checked. */
export const MIN_OBSERVED = 20;
/** A preposition seen this often after a head is allowed there. */
export const MIN_SEEN = 2;
/** A preposition is suspect after a head only if this many would be expected were it allowed. */
export const MIN_EXPECTED = 3;

/** The one spelling of a preposition the counts use. */
export function prepKey(norm: string): string {
  return norm === 'towards' ? 'toward' : norm;
}

/**
 * The "prep:count" pairs of a counts line as a map, each preposition under key(prep), the counts
 * of prepositions with one key added up.
 */
export function pairCounts(pairs: readonly string[], key: (prep: string) => string = (p) => p): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    const colon = pair.lastIndexOf(':');
    const p = key(pair.slice(0, colon));
    counts.set(p, (counts.get(p) ?? 0) + Number(pair.slice(colon + 1)));
  }
  return counts;
}

interface Row {
  readonly kind: HeadKind;
  readonly lemma: string;
  readonly observed: number;
  readonly counts: ReadonlyMap<string, number>;
}

let byForm: ReadonlyMap<string, GovernedHead> | undefined;

function build(): ReadonlyMap<string, GovernedHead> {
  const extras = new Map<string, string[]>();
  for (const line of readList('preposition-heads.txt')) {
    const [kind, lemma, ...more] = line.split(/\s+/);
    extras.set(`${kind}:${lemma}`, more.filter((m) => m.startsWith('+')).map((m) => prepKey(m.slice(1))));
  }
  const rows: Row[] = [];
  for (const line of readList('preposition-head-counts.txt')) {
    const [kind, lemma, , observed, ...pairs] = line.split(' ');
    // the verbs of transitive-preposition (lib/transitive.ts) are counted another way
    if (kind === 'transitive') continue;
    rows.push({ kind: kind as HeadKind, lemma: lemma as string, observed: Number(observed), counts: pairCounts(pairs, prepKey) });
  }
  // The rate of each preposition after heads of one kind, over all the heads counted.
  const totals = new Map<HeadKind, { n: number; counts: Map<string, number> }>();
  for (const r of rows) {
    let t = totals.get(r.kind);
    if (!t) totals.set(r.kind, (t = { n: 0, counts: new Map() }));
    t.n += r.observed;
    for (const [p, c] of r.counts) t.counts.set(p, (t.counts.get(p) ?? 0) + c);
  }
  const out = new Map<string, GovernedHead>();
  for (const r of rows) {
    if (r.observed < MIN_OBSERVED) continue;
    const listed = extras.get(`${r.kind}:${r.lemma}`) ?? [];
    const allowed = new Set(listed);
    for (const [p, c] of r.counts) if (c >= MIN_SEEN) allowed.add(p);
    const total = totals.get(r.kind) as { n: number; counts: Map<string, number> };
    const head: GovernedHead = {
      kind: r.kind,
      lemma: r.lemma,
      allowed,
      usual: listed[0] ?? [...r.counts.keys()][0] ?? '',
      observed: r.observed,
      expected: (p) => (r.observed * (total.counts.get(prepKey(p)) ?? 0)) / total.n,
    };
    const forms = r.kind === 'verb' ? formsOf(r.lemma) : r.kind === 'noun' ? [r.lemma, pluralOf(r.lemma)] : [r.lemma];
    for (const f of forms) if (!out.has(`${r.kind}:${f}`)) out.set(`${r.kind}:${f}`, head);
  }
  return out;
}

/** The head of this kind a word form is, if any. */
export function governedHead(kind: HeadKind, norm: string): GovernedHead | undefined {
  byForm ??= build();
  return byForm.get(`${kind}:${norm}`);
}
