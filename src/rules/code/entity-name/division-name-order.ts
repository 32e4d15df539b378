/**
 * A province, region or department named in another language's order or form: the division's
 * word before its name (“the Region Auvergne-Rhône-Alpes”, “the Province Gelderland”, French
 * “la Région”, Dutch “de Provincie”, Italian “la Regione”), where English puts the name first and
 * keeps the division's word in lower case (“the Auvergne-Rhône-Alpes region”); or the division's
 * noun where English has its adjective before a government (“the Sichuan Province Government”,
 * Chinese 省政府, for “the Sichuan provincial government”).
 *
 * The name after the division's word must be one the POS model's lexicon does not know (a place
 * name, not “the Province House” or “the Department Store”) and must end the capitalized run;
 * the name before a government word must be tagged a proper noun.
 * “Region Stockholm”, Sweden's official English, has no “the” and is left alone; so are counties
 * (“County Durham”, “Kiambu County Government” are official).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isCapitalWord } from '../number-agreement/lib/english.js';

/** A division's word (as written) -> the English word after the name. */
const DIVISIONS: ReadonlyMap<string, string> = new Map([
  ['Region', 'region'], ['Province', 'province'], ['Department', 'department'], ['Prefecture', 'prefecture'],
  ['Canton', 'canton'], ['Oblast', 'region'], ['Voivodeship', 'province'], ['Governorate', 'governorate'],
  ['Municipality', 'municipality'],
]);
/** A division's noun before a government word -> its adjective. */
const DIVISION_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['Province', 'provincial'], ['Region', 'regional'], ['Prefecture', 'prefectural'], ['Municipality', 'municipal'],
]);
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['Government', 'Governorate', 'Administration']);

export const rule: Rule = {
  meta: {
    id: 'division-name-order',
    category: 'entity-name',
    severity: 'warning',
    description: 'A province or region named head first (“the Region Auvergne-Rhône-Alpes”) or with its noun before a government (“Sichuan Province Government”).',
    examples: {
      bad: [
        { text: '[[The Region Auvergne-Rhône-Alpes]], which pays for the trains, said it would sue.', output: 'The Auvergne-Rhône-Alpes region, which pays for the trains, said it would sue.' },
        { text: 'Floods hit [[the Province Gelderland]] on Monday.', output: 'Floods hit the Gelderland province on Monday.' },
        { text: 'Fighting went on in [[the Oblast Zaporizhzhia]] overnight.', output: 'Fighting went on in the Zaporizhzhia region overnight.' },
        { text: 'The [[Sichuan Province Government]] opened relief accounts.', output: 'The Sichuan provincial government opened relief accounts.' },
        { text: 'The [[Isfahan Province Governorate]] set up a special team.', output: 'The Isfahan provincial governorate set up a special team.' },
      ],
      good: [
        'The Auvergne-Rhône-Alpes region pays for the trains.',
        'Region Stockholm runs the buses.',
        'The Sichuan provincial government opened relief accounts.',
        'The Kurdistan Regional Government said on Monday it would pay salaries.',
        'The Kiambu County Government built the road.',
        'He met the Province House staff and the Department Store managers.',
        'The Department of Agriculture said the harvest was late.',
        'The Region Council met on Monday.',
        'The Department Head resigned.',
        'The Province Brabant Hall opened.',
        'The Gelderland province is flooded.',
        'The Municipality Government Act was amended.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const t of doc.tokensWithText(DIVISIONS)) {
      const prev = doc.prev(t);
      const next = doc.next(t);
      // “Sichuan Province Government”: a place name, the division's noun, a government word.
      const adjective = DIVISION_ADJECTIVES.get(t.text);
      if (adjective && next && GOVERNMENT_WORDS.has(next.text) && prev && isCapitalWord(prev) && prev.norm !== 'the' && doc.pos(prev) === 'PROPN') {
        const after = doc.next(next);
        if (isCapitalWord(after)) continue;
        const fixed = `${prev.text} ${adjective} ${next.text.toLowerCase()}`;
        ctx.report({
          start: prev.start,
          end: next.end,
          message: `“${doc.text.slice(prev.start, next.end)}” names a ${t.text.toLowerCase()}'s government with the division's noun: English says “${fixed}”.`,
          suggestions: [fixed],
          reason: 'English calls a province’s or region’s government by the adjective: “the Sichuan provincial government”',
          confidence: 0.6,
        });
        continue;
      }
      // “the Region Auvergne-Rhône-Alpes”: the, the division's word, then an unknown name.
      if (prev?.norm !== 'the' || !next || !isCapitalWord(next) || doc.knowsWord(next.norm)) continue;
      let last = next;
      for (let k = next.index + 1; k < toks.length && k <= next.index + 3; k++) {
        const u = toks[k] as Token;
        if (!isCapitalWord(u) || doc.knowsWord(u.norm)) break;
        last = u;
      }
      const after = doc.next(last);
      if (isCapitalWord(after) || (after && (after.norm === "'s" || after.text === '’' || after.text === "'"))) continue;
      if (doc.text.charAt(last.end) === '’' || doc.text.charAt(last.end) === "'") continue;
      const name = doc.text.slice(next.start, last.end);
      const fixed = `${prev.text} ${name} ${DIVISIONS.get(t.text) as string}`;
      ctx.report({
        start: prev.start,
        end: last.end,
        message: `“${doc.text.slice(prev.start, last.end)}” puts the division's word before its name: English says “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English names a province or region first and keeps its division’s word after it, in lower case',
        confidence: 0.55,
      });
    }
  },
};
