/**
 * One adverb or verb (or predicate adjective) said twice with a comma inside a clause: "rising
 * steadily, steadily since", "after saving, saving two set points", "be visible, visible from". English doubles a word with a comma only for emphasis
 * in speech ("very, very", "many, many", "slowly, slowly"), which quotations, the doubling list
 * and adjectives cover; in reported copy the second copy is a translation echo.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { DOUBLE_OK, inQuotation } from './lib/context.js';

// Emphatic doubles of speech that also turn up in reported copy.
const EMPHATIC = new Set(['really', 'truly', 'very', 'much', 'many', 'long', 'far', 'never', 'again', 'slowly', 'please', 'quickly', 'well', 'still', 'ever', 'always', 'only', 'going', 'terribly', 'awfully', 'deeply', 'incredibly', 'extremely', 'utterly', 'absolutely', 'totally', 'completely', 'desperately', 'badly', 'softly', 'gently', 'somehow']);

// A predicate adjective is doubled after these ("be visible, visible from"), and compared after these ("cold, cold as ice").
const COPULAS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained', 'become', 'became', 'seem', 'seems', 'seemed']);
const COMPARISONS = new Set(['as', 'like', 'than']);

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'do', 'does', 'did']);

export const rule: Rule = {
  meta: {
    id: 'repeated-word-comma',
    category: 'repetition',
    severity: 'warning',
    description: 'An adverb or verb said twice with a comma inside a clause ("rising steadily, steadily").',
    examples: {
      bad: [
        { text: 'Demand has been rising [[steadily, steadily]] since the pandemic.', output: 'Demand has been rising steadily since the pandemic.' },
        { text: 'He won the set after [[saving, saving]] two set points.', output: 'He won the set after saving two set points.' },
        { text: 'Hotel owners fear the turbines will be [[visible, visible]] from the beaches.', output: 'Hotel owners fear the turbines will be visible from the beaches.' },
      ],
      good: [
        'It was very, very close.',
        'They waited for many, many years.',
        '“Slowly, slowly, we are getting there,” she said.',
        'Going, going, gone.',
        'It was a long, long night.',
        'The turbines will be visible, clearly visible from the beaches.',
        'The sea was cold, cold as ice.',
        'Prices rose steadily. Steadily, the bank raised rates.',
        'Each of them has volunteered, volunteered to provide for the defense of the nation.',
        'It must be studied, studied immediately, and studied without bias.',
        'Farm output is adjusting to markets, markets are being expanded, and stocks are moving.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (let i = 1; i + 2 < toks.length; i++) {
      const a = toks[i] as Token;
      if (a.kind !== 'word' || a.norm.length < 4) continue;
      const comma = toks[i + 1] as Token;
      const b = toks[i + 2] as Token;
      if (comma.text !== ',' || b.norm !== a.norm || b.kind !== 'word') continue;
      if (DOUBLE_OK.has(a.norm) || EMPHATIC.has(a.norm)) continue;
      const before = toks[i - 1] as Token;
      if (before.kind !== 'word' || doc.sentenceOf(before) !== doc.sentenceOf(a)) continue;
      const after = toks[i + 3];
      if (after && (after.text === ',' || after.norm === a.norm)) continue; // a list or a chant
      if (a.text !== b.text && a.text.toLowerCase() !== b.text) continue; // "Steadily, steadily" across case
      const tag = doc.pos(a);
      // An adjective only as a predicate, a preposition after it: "will be visible, visible from
      // the beaches" (a doubled adjective before its noun, "a long, long night", is emphasis).
      const predicate = tag === 'ADJ' && after !== undefined && after.kind === 'word' && doc.pos(after) === 'ADP' && !COMPARISONS.has(after.norm) && COPULAS.has(before.norm);
      if (tag !== 'ADV' && tag !== 'VERB' && !predicate) continue;
      // "markets, markets are being expanded": the second copy opens a clause.
      if (after && after.kind === 'word' && (doc.pos(after) === 'AUX' || doc.pos(after) === 'VERB')) continue;
      // "has volunteered, volunteered to…", "must produce, produce more": a verb after an
      // auxiliary said again for emphasis.
      if (tag === 'VERB' && AUXILIARIES.has(before.norm)) continue;
      // "studied, studied immediately, and studied without bias": the word runs on as a refrain.
      const s = doc.sentenceOf(a);
      let again = false;
      for (let k = i + 3; k < s.endToken && !again; k++) again = (toks[k] as Token).norm === a.norm;
      if (again) continue;
      if (inQuotation(doc.text, a.start)) continue;
      ctx.report({
        start: a.start,
        end: b.end,
        message: `“${doc.text.slice(a.start, b.end)}” says the word twice: keep one.`,
        suggestions: [a.text],
        reason: 'a round trip kept two renderings of one word',
        confidence: 0.75,
      });
      i += 2;
    }
  },
};
