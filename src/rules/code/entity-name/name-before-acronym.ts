/**
 * A body named with its acronym in brackets, where the name is not the body's English name:
 * “The Disaster and Emergency Situation Directorate (AFAD)” for the Disaster and Emergency
 * Management Presidency, “the Agency of Food Security (EFSA)”. The acronym says which body is
 * meant; a name that shares only some of its words with that body's English name was translated
 * word by word from the native one. The gazetteer's acronyms (entity-organizations.txt,
 * entity-national-bodies.txt, the latter only in a text that names the body's country).
 *
 * Quiet when the name is one of the body's English forms (capitals, spelling and “the” aside),
 * when it shares three quarters of its content words or more with one (a wire service's variant,
 * “Disaster and Emergency Management Authority”), when it shares none (another body with the
 * same letters), and when the gazetteer matches the name already (garbled-official-name and
 * official-name-case speak for it).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { CONNECTORS, GAZETTEER, canonical, countryNamed, findNames, type Entity } from './gazetteer.js';

/** Acronym -> the bodies that use it. */
const BY_ACRONYM: ReadonlyMap<string, readonly Entity[]> = (() => {
  const m = new Map<string, Entity[]>();
  for (const e of GAZETTEER.entities) {
    // The acronym field, or a variant written as one ("Türkiye|Disaster and Emergency
    // Management Presidency||AFAD").
    for (const a of new Set([e.short ?? '', ...e.forms])) {
      if (!/^[A-Z][A-Z&]{1,7}$/.test(a)) continue;
      const list = m.get(a) ?? [];
      list.push(e);
      m.set(a, list);
    }
  }
  return m;
})();

function contentOf(text: string): string[] {
  return canonical(text.toLowerCase().replace(/[’‘]/g, "'").split(/[\s,]+/).filter(Boolean));
}

/** Shared content words over the larger count. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const bs = new Set(b);
  let n = 0;
  for (const w of new Set(a)) if (bs.has(w)) n++;
  return n / Math.max(new Set(a).size, bs.size);
}

// Legal forms after a company's name, outside its acronym: "Singapore National Printers Ltd (SNP)".
const LEGAL_FORMS: ReadonlySet<string> = new Set(['ltd', 'inc', 'corp', 'co', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'bhd']);

/** The first letters of the capitalized words from `first` to `last`, a final legal form left out. */
function initials(doc: { readonly tokens: readonly Token[] }, first: Token, last: Token): string {
  let end = last.index;
  if (LEGAL_FORMS.has(last.norm) && end > first.index) end--;
  let out = '';
  for (let k = first.index; k <= end; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) out += t.text.charAt(0);
  }
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'name-before-acronym',
    category: 'entity-name',
    severity: 'warning',
    description: 'A body named before its acronym with words that are not its English name: “Disaster and Emergency Situation Directorate (AFAD)”.',
    examples: {
      bad: [
        {
          text: 'The quake hit eastern Turkey. The [[Disaster and Emergency Situation Directorate]] (AFAD) said 40 buildings collapsed.',
          output: 'The quake hit eastern Turkey. The Disaster and Emergency Management Presidency (AFAD) said 40 buildings collapsed.',
        },
      ],
      good: [
        'The quake hit eastern Turkey. The Disaster and Emergency Management Presidency (AFAD) said 40 buildings collapsed.',
        'The quake hit eastern Turkey. The Disaster and Emergency Management Authority (AFAD) said 40 buildings collapsed.',
        'The World Health Organization (WHO) declared an emergency.',
        'The Food and Agriculture Organization (FAO) said prices rose.',
        'The National Progress Party (PPN) won the vote.',
        'Rail freight rates are set by the Interstate Commerce Commission (ICC) in Washington.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let names: readonly { first: number; end: number }[] | undefined;
    for (const acr of doc.tokensWithText(BY_ACRONYM)) {
      const open = doc.prev(acr);
      const close = doc.next(acr);
      if (open?.text !== '(' || close?.text !== ')') continue;
      // The capitalized name before the bracket: capitalized words and the connectors between them.
      let first: Token | undefined;
      let capitals = 0;
      for (let t = doc.prev(open); t; t = doc.prev(t)) {
        const cap = t.kind === 'word' && /^\p{Lu}/u.test(t.text);
        if (cap && !(t.norm === 'the' && doc.isSentenceInitial(t))) {
          first = t;
          capitals++;
          continue;
        }
        if (t.kind === 'word' && CONNECTORS.has(t.norm) && t.norm !== 'the' && first) continue;
        break;
      }
      if (!first || capitals < 2) continue;
      while (first && CONNECTORS.has(first.norm)) first = doc.next(first);
      if (!first || first.index >= open.index) continue;
      const last = doc.prev(open) as Token;
      names ??= findNames(doc);
      const a = first.index;
      if (names.some((m) => m.first < last.index + 1 && a < m.end)) continue;
      const text = doc.text.slice(first.start, last.end);
      const words = contentOf(text);
      if (words.length < 2) continue;
      // Each body's best form; a national body of a country the text names comes first on a tie.
      const scored: { e: Entity; score: number }[] = [];
      let known = false;
      for (const e of BY_ACRONYM.get(acr.text) ?? []) {
        if (e.country && !countryNamed(doc, e.country)) continue;
        let score = 0;
        for (const f of e.forms) score = Math.max(score, overlap(words, contentOf(f)));
        if (score >= 0.75) known = true;
        scored.push({ e, score });
      }
      scored.sort((x, y) => y.score - x.score || Number(!!y.e.country) - Number(!!x.e.country));
      const best = scored[0];
      if (known || !best || best.score === 0) continue;
      // "the Interstate Commerce Commission (ICC)": a name whose own initials make the acronym
      // and that shares under half its words with the body's is another body with those letters.
      if (best.score < 0.5 && initials(doc, first, last) === acr.text) continue;
      const suggestions = [...new Set(scored.filter((x) => x.score > 0).map((x) => x.e.official.replace(/^the /i, '')))];
      const official = suggestions[0] as string;
      ctx.report({
        start: first.start,
        end: last.end,
        message: `“${text}” is not the English name of ${acr.text}: English copy calls it the “${official}”.`,
        suggestions,
        reason: 'the acronym names a body whose English name is another; the words were translated from its native name',
        confidence: 0.6,
      });
    }
  },
};
