/**
 * The heads after which a bare object is a dropped preposition, for the suspect rule
 * dropped-preposition: the heads of src/data/dropped-preposition-heads.txt (chosen from knowledge
 * of English and from the counts' candidates), each checked only where the counts of
 * src/data/dropped-preposition-counts.txt (made by scripts/count-dropped-preposition-heads.mjs
 * from 2.95 M words of clean English) confirm it: seen at least MIN_SEEN times, with a bare object
 * after it at most MAX_OBJECT_SHARE of the time (or once). A head marked ! (too rare in the corpus to
 * confirm) is checked however rarely it was seen, on the same condition on bare objects.
 *
 * Built on first use, not when the module loads, so start-up does not pay for it.
 */
import { readList } from '../../../../data/lists.js';
import { formsOf } from '../../../../nlp/inflect.js';
import { pairCounts } from './governed.js';

export type DroppedKind = 'verb' | 'adj' | 'fixed';

export interface DroppedHead {
  readonly kind: DroppedKind;
  readonly lemma: string;
  /** The head's prepositions, the one to suggest first. */
  readonly preps: readonly string[];
  /** Occurrences counted in clean English (0 for a ! head the corpus lacks). */
  readonly seen: number;
  /** How often a bare object followed it there. */
  readonly objects: number;
  /** How often its first preposition followed it there. */
  readonly firstPrep: number;
}

/** A head needs this many occurrences in the counts to be checked. */
export const MIN_SEEN = 15;
/**
 * A head is checked only if at most this share of its occurrences has a bare object after it, or
 * at most one has: one stray (often a real slip in a web text) says nothing.
 */
export const MAX_OBJECT_SHARE = 0.02;

let byForm: ReadonlyMap<string, DroppedHead> | undefined;

function build(): ReadonlyMap<string, DroppedHead> {
  const counts = new Map<string, { seen: number; objects: number; preps: Map<string, number> }>();
  for (const line of readList('dropped-preposition-counts.txt')) {
    const [kind, lemma, seen, objects, , , , ...pairs] = line.split(' ');
    counts.set(`${kind} ${lemma}`, { seen: Number(seen), objects: Number(objects), preps: pairCounts(pairs) });
  }
  const out = new Map<string, DroppedHead>();
  for (const line of readList('dropped-preposition-heads.txt')) {
    const [kind, lemma, ...more] = line.split(/\s+/) as [DroppedKind, string, ...string[]];
    const forced = more.includes('!');
    const preps = more.filter((m) => m.startsWith('+')).map((m) => m.slice(1));
    const c = counts.get(`${kind} ${lemma}`) ?? { seen: 0, objects: 0, preps: new Map<string, number>() };
    if (!(c.seen >= MIN_SEEN || forced) || !(c.objects <= 1 || c.objects <= MAX_OBJECT_SHARE * c.seen)) continue;
    const head: DroppedHead = { kind, lemma, preps, seen: c.seen, objects: c.objects, firstPrep: c.preps.get(preps[0] ?? '') ?? 0 };
    for (const f of kind === 'verb' ? formsOf(lemma) : [lemma]) if (!out.has(f)) out.set(f, head);
  }
  return out;
}

/** Every word form of a checked head, with its head. */
export function droppedHeads(): ReadonlyMap<string, DroppedHead> {
  byForm ??= build();
  return byForm;
}
