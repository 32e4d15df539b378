/**
 * “makes from the 23-year-old the most expensive sale”: Romance “fazer de X o mais ...” (make
 * of X the most ...) with “from” for “de”. English says “makes the 23-year-old the most
 * expensive sale”. Flagged only for an active “make” + “from” + a short noun phrase + a
 * superlative or “the first/only”; “is made from the finest grapes” (a passive) and “made
 * from scratch” stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const MAKE = new Set(['make', 'makes', 'made', 'making']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'get', 'gets', 'got']);
const SUPERLATIVE = /^(?:most|least|best|worst|first|only|last|\p{Ll}+est)$/u;

export const rule: Rule = {
  meta: {
    id: 'make-from-superlative',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“makes from X the most …” for “makes X the most …”.',
    examples: {
      bad: [
        { text: 'The fee [[makes from]] the 23-year-old the most expensive sale in the club’s history.', output: 'The fee makes the 23-year-old the most expensive sale in the club’s history.' },
        { text: 'The deal [[made from]] him the best-paid player in the league.', output: 'The deal made him the best-paid player in the league.' },
      ],
      good: [
        'The fee makes the 23-year-old the most expensive sale in the club’s history.',
        'The wine is made from the finest grapes the region grows.',
        'The bread is made from flour, the best you can buy.',
        'He made from scratch the first prototype.',
        'The company makes from its own plants the largest share of its profit.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const m of doc.tokensWith(MAKE)) {
      if (!MAKE.has(m.norm)) continue;
      const from = doc.next(m);
      if (from?.norm !== 'from') continue;
      const prev = doc.prev(m);
      if (prev && BE.has(prev.norm)) continue;
      // The object right after "from": a determiner or a name, then up to three words.
      const obj = doc.next(from);
      if (!obj || !(['the', 'a', 'an', 'him', 'her', 'them', 'it', 'this', 'his', 'their'].includes(obj.norm) || /^\p{Lu}/u.test(obj.text))) continue;
      if (['its', 'our', 'their', 'his', 'her'].includes(obj.norm) && doc.next(obj)?.norm === 'own') continue;
      let cur: Token | undefined = doc.next(obj);
      let found = false;
      for (let k = 0; k < 4 && cur && cur.kind !== 'punct'; k++) {
        if (cur.norm === 'the' && doc.next(cur) && SUPERLATIVE.test(doc.next(cur)!.norm.split('-')[0] as string)) {
          found = true;
          break;
        }
        cur = doc.next(cur);
      }
      if (!found) continue;
      ctx.report({
        start: m.start,
        end: from.end,
        message: `“${m.text} from”: English says “${m.text} X the …” with no “from”; this is the source language’s “make of”.`,
        suggestions: [m.text],
        reason: '“make X the most …” takes the object directly',
        confidence: 0.6,
      });
    }
  },
};
