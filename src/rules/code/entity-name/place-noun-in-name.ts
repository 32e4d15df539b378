/**
 * A known official name with its nationality or continent adjective turned back into the
 * place's noun: “Asia Development Bank” (Asian), “Europe Commission” (European), “Royal Canada
 * Mounted Police” (Canadian), “Inter-America Development Bank”. Languages that build names
 * from a noun in the genitive or an invariable noun modifier (Chinese, Indonesian, Turkish,
 * Russian) lose the adjective on the round trip.
 *
 * Built from the gazetteer (src/data/entity-organizations.txt): every correct form with a
 * demonym (src/data/capitalization-demonyms.txt) gets a variant with the place noun in its
 * place, unless that variant is itself a known name (“China Development Bank”). Only the whole
 * variant, capitalized as in the official form, is matched.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { DEMONYMS } from '../capitalization/lexicon.js';
import { GAZETTEER, isKnownName } from './gazetteer.js';

interface Variant {
  /** Word texts of the variant, in order. */
  readonly words: readonly string[];
  /** Index of the place noun inside `words`. */
  readonly at: number;
  /** The adjective the official form has there. */
  readonly adjective: string;
  readonly official: string;
}

const VARIANTS: ReadonlyMap<string, readonly Variant[]> = (() => {
  const out = new Map<string, Variant[]>();
  for (const e of GAZETTEER.entities) {
    for (const form of e.forms) {
      const words = form.split(/\s+/);
      words.forEach((w, k) => {
        // The word after its last hyphen, which the pattern below calls m[2], must be a
        // demonym: a cheap test first, as few words of names are.
        if (!DEMONYMS.has(w.slice(w.lastIndexOf('-') + 1).toLowerCase())) return;
        // "Inter-American": the adjective may close a hyphenated word.
        const m = /^(\p{Lu}\p{Ll}+-)?(\p{Lu}\p{Ll}+)$/u.exec(w);
        if (!m) return;
        const place = DEMONYMS.get((m[2] ?? '').toLowerCase());
        if (!place || /\s/.test(place) || place === m[2]) return;
        const variant = [...words];
        variant[k] = `${m[1] ?? ''}${place}`;
        const text = variant.join(' ');
        if (isKnownName(text) || variant.length < 2) return;
        const list = out.get(variant[k] as string) ?? [];
        // Words of the form must be tokens as the engine cuts them (no punctuation inside).
        if (variant.some((x) => /[^\p{L}\p{N}'’-]/u.test(x))) return;
        if (!list.some((v) => v.words.join(' ') === text)) list.push({ words: variant, at: k, adjective: w, official: e.official });
        out.set(variant[k] as string, list);
      });
    }
  }
  return out;
})();

export const rule: Rule = {
  meta: {
    id: 'place-noun-in-name',
    category: 'entity-name',
    severity: 'warning',
    description: 'A known official name with a place noun where the name has its adjective (“Asia Development Bank”).',
    examples: {
      bad: [
        { text: 'Most of the loan came from the [[Asia]] Development Bank.', output: 'Most of the loan came from the Asian Development Bank.' },
        { text: 'The [[Europe]] Commission has opened an inquiry into the merger.', output: 'The European Commission has opened an inquiry into the merger.' },
        { text: 'Officers of the Royal [[Canada]] Mounted Police closed the highway.', output: 'Officers of the Royal Canadian Mounted Police closed the highway.' },
        { text: 'The [[Africa]] Development Bank approved a grant for the project.', output: 'The African Development Bank approved a grant for the project.' },
        { text: 'He was sentenced by the [[Europe]] Court of Human Rights in absentia.', output: 'He was sentenced by the European Court of Human Rights in absentia.' },
        { text: 'The [[Inter-America]] Development Bank lent 300 million dollars.', output: 'The Inter-American Development Bank lent 300 million dollars.' },
      ],
      good: [
        'Most of the loan came from the Asian Development Bank.',
        'The China Development Bank and the Council of Europe Development Bank signed the deal.',
        'Trade between Asia and Europe grew, the European Commission said.',
        'The Royal Canadian Mounted Police said the road was closed.',
        'Exports to Asia Development funds were cut.',
        'He played for Canada in the Davis Cup.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const t of doc.tokensWithText(VARIANTS)) {
      if (t.kind !== 'word') continue;
      const list = VARIANTS.get(t.text);
      if (!list) continue;
      for (const v of list) {
        const start = t.index - v.at;
        if (start < 0) continue;
        let ok = true;
        let k = start;
        for (const w of v.words) {
          if ((toks[k] as Token | undefined)?.text !== w) {
            ok = false;
            break;
          }
          k++;
        }
        if (!ok) continue;
        const adj = v.adjective;
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${t.text}” in the ${v.official}: the official name has the adjective “${adj}”.`,
          suggestions: [adj],
          reason: 'an official name has one English form; a place noun for its adjective is a translation artifact',
          confidence: 0.8,
        });
        break;
      }
    }
  },
};
