/**
 * Which complement a verb or an adjective takes, as counted in clean English
 * (src/data/complement-counts.txt, made by scripts/count-complements.mjs): "to" + a verb
 * ("decided to raise"), a verb's -ing form ("avoided commenting") or a preposition + -ing
 * ("insisted on meeting", "capable of winning"). For the rules gerund-after-verb (a to-infinitive
 * after a head that takes -ing) and infinitive-after-verb (-ing after a head that takes "to").
 *
 * A head takes one form and not the other when clean English shows that form often (at least
 * MIN_SEEN_ING or MIN_SEEN_TO times, and after at least a share of the head's occurrences, so that an infinitive of
 * purpose after an intransitive verb, "walked to meet", is no complement) and the other at most
 * once in RARE times as often (a tagging slip, never a use). A verb head stands for all its forms,
 * an adjective head (an adjective or participle after be, become, remain) for its spelling.
 *
 * Built on first use, not when the module loads, so start-up does not pay for it.
 */
import { readList } from '../../../../data/lists.js';
import { formsOf } from '../../../../nlp/inflect.js';
import { pairCounts } from '../../preposition/lib/governed.js';

export type ComplementKind = 'verb' | 'adj';

/** The complement a head takes instead of "to" + verb: a bare -ing (prep '') or prep + -ing. */
export interface IngHead {
  readonly lemma: string;
  readonly prep: string;
}

/**
 * A form must be counted this often after a head to count as its complement: -ing (or prep +
 * -ing), and "to" + verb. A head's "to" must be seen more often, as -ing complements are rarer
 * than infinitives and "never -ing" needs more evidence: "ceased to" (32 times) does not show
 * that "ceased operating" is English too.
 */
export const MIN_SEEN_ING = 8;
export const MIN_SEEN_TO = 50;
/** ... and after this share of the head's occurrences: -ing (or prep + -ing), and "to" + verb. */
export const MIN_SHARE_ING = 0.04;
export const MIN_SHARE_TO = 0.1;
/**
 * A head with nothing after it (a punctuation mark, a conjunction) in more than this share of its
 * occurrences is used without an object, and takes an infinitive of purpose: "he quit to join a
 * rival firm", "she was arrested to ...". It is no -ing head.
 */
export const MAX_ALONE = 0.2;
/** The other form may be seen at most once per RARE times the first. */
export const RARE = 50;

interface Tables {
  readonly ing: ReadonlyMap<string, IngHead>;
  readonly to: ReadonlyMap<ComplementKind, ReadonlySet<string>>;
}
let tables: Tables | undefined;

function build(): Tables {
  const ing = new Map<string, IngHead>();
  const to = new Map<ComplementKind, Set<string>>([['verb', new Set()], ['adj', new Set()]]);
  for (const line of readList('complement-counts.txt')) {
    const [kind, lemma, total, alone, inf, gerund, ...pairs] = line.split(' ') as [ComplementKind, string, string, string, string, string, ...string[]];
    const n = Number(total);
    const counts = pairCounts([alone, inf, gerund]); // "alone:N inf:N ing:N"
    const aloneCount = counts.get('alone') ?? 0;
    const toCount = counts.get('inf') ?? 0;
    const ingCount = counts.get('ing') ?? 0;
    let best = '';
    let bestCount = ingCount;
    let ingTotal = ingCount;
    for (const [prep, c] of pairCounts(pairs)) {
      ingTotal += c;
      if (c > bestCount) [best, bestCount] = [prep, c];
    }
    const forms = kind === 'verb' ? [...formsOf(lemma)].filter((f) => !f.endsWith('ing')) : [lemma];
    if (ingTotal >= MIN_SEEN_ING && ingTotal >= MIN_SHARE_ING * n && toCount * RARE <= ingTotal && aloneCount <= MAX_ALONE * n) {
      // the usual complement must be most of them: "consist of/in" suggests neither
      if (bestCount * 2 > ingTotal) for (const f of forms) if (!ing.has(`${kind}:${f}`)) ing.set(`${kind}:${f}`, { lemma, prep: best });
    }
    if (toCount >= MIN_SEEN_TO && toCount >= MIN_SHARE_TO * n && ingCount * RARE <= toCount) for (const f of forms) to.get(kind)?.add(f);
  }
  return { ing, to };
}

/** The -ing complement a head takes, where clean English never gives it "to" + verb. */
export function ingComplement(kind: ComplementKind, norm: string): IngHead | undefined {
  tables ??= build();
  return tables.ing.get(`${kind}:${norm}`);
}

/** The heads (verb forms, adjectives) that take "to" + verb, where clean English never gives them a verb's -ing form. */
export function toInfinitiveHeads(kind: ComplementKind): ReadonlySet<string> {
  tables ??= build();
  return tables.to.get(kind) ?? new Set();
}
