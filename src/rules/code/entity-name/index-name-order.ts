/**
 * A stock index name in the wrong order: “the benchmark Nikkei index 225” for the Nikkei 225
 * index. Source languages put the word “index” before the number that belongs to the name
 * (“l’indice Nikkei 225”); on the way back the number lands after it. Index names come from
 * src/data/entity-indices.txt.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { readList } from '../capitalization/lexicon.js';
import { tokenize } from '../../../text/tokenize.js';

interface IndexName {
  /** Normalized tokens of the brand, before the number ("nikkei"; "s", "&", "p"). */
  readonly brand: readonly string[];
  readonly number: string;
}

/** First brand token -> names. */
const INDICES: ReadonlyMap<string, readonly IndexName[]> = (() => {
  const m = new Map<string, IndexName[]>();
  for (const line of readList('entity-indices.txt')) {
    const toks = tokenize(line);
    const num = toks[toks.length - 1];
    if (!num || num.kind !== 'number' || toks.length < 2) continue;
    const brand = toks.slice(0, -1).map((t) => t.norm);
    const list = m.get(brand[0] as string) ?? [];
    list.push({ brand, number: num.norm });
    m.set(brand[0] as string, list);
  }
  return m;
})();

export const rule: Rule = {
  meta: {
    id: 'index-name-order',
    category: 'entity-name',
    severity: 'warning',
    description: 'A stock index name with “index” before its number (“Nikkei index 225”).',
    examples: {
      bad: [
        { text: 'The benchmark Nikkei [[index 225]] fell 0.8 percent.', output: 'The benchmark Nikkei 225 index fell 0.8 percent.' },
        { text: 'London’s FTSE [[Index 100]] closed higher.', output: 'London’s FTSE 100 Index closed higher.' },
        { text: 'The S&P [[index 500]] hit a record.', output: 'The S&P 500 index hit a record.' },
      ],
      good: [
        'The benchmark Nikkei 225 index fell 0.8 percent.',
        'The Nikkei index fell 225 points.',
        'London’s FTSE 100 closed higher.',
        'The S&P 500 index hit a record.',
        'The broader Topix index rose.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(INDICES)) {
      const names = INDICES.get(t.norm);
      if (!names) continue;
      for (const name of names) {
        let u: Token | undefined = t;
        for (let k = 1; k < name.brand.length && u; k++) u = doc.next(u)?.norm === name.brand[k] ? doc.next(u) : undefined;
        if (!u) continue;
        const idx = doc.next(u);
        const num = idx && doc.next(idx);
        if (!idx || !num || idx.norm !== 'index' || num.norm !== name.number) continue;
        // "fell 225 points": a number with a unit after it is a quantity, not the name.
        const after = doc.next(num);
        if (after && /^(points?|pts|percent|per|%)$/.test(after.norm)) continue;
        const fixed = `${num.text} ${idx.text}`;
        ctx.report({
          start: idx.start,
          end: num.end,
          message: `The index is the ${doc.text.slice(t.start, u.end)} ${num.text}: English writes “${doc.text.slice(t.start, u.end)} ${fixed}”.`,
          suggestions: [fixed],
          reason: 'the number is part of the index name and comes before the word “index”',
          confidence: 0.85,
        });
        break;
      }
    }
  },
};
