/**
 * A nationality, country, language or region in lower case: “the portuguese club”, “in
 * south korea”, “speaks english”. Languages that write nationalities in lower case
 * (Portuguese, Spanish, French, Russian) leave them so after a round trip; English always
 * capitalizes them. Names come from src/data/capitalization-proper-names.txt, which leaves out
 * words that are also common lower-case English (turkey, china, polish, chad, jersey), and
 * capitalization-lowercase-names.txt: religions and their followers (“thousands of muslims”),
 * holidays (“during ramadan”), acronyms (“the nato summit”, “gdp grew”) and brands (“users of
 * whatsapp”).
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { LOWERCASE_CHECKED_NAMES as NAMES, isLower } from './lexicon.js';

// Fixed phrases where English writes the adjective in lower case (or either way).
const LOWER_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['french', new Set(['fries', 'fry', 'toast', 'kiss', 'kissing', 'horn', 'horns', 'press', 'windows', 'doors', 'door', 'braid', 'manicure', 'polish', 'dressing', 'bread', 'twist'])],
  ['swiss', new Set(['cheese', 'chard', 'roll', 'army'])],
  ['danish', new Set(['pastry', 'pastries'])],
  ['brussels', new Set(['sprouts', 'sprout'])],
  ['india', new Set(['ink', 'rubber'])],
  ['arabic', new Set(['numerals', 'numeral'])],
  ['roman', new Set(['numerals', 'numeral', 'type', 'candle', 'candles'])],
  ['dutch', new Set(['oven', 'ovens', 'courage', 'auction', 'uncle'])],
  ['scotch', new Set(['tape', 'egg', 'eggs'])],
  ['german', new Set(['measles'])],
  ['venetian', new Set(['blinds', 'blind'])],
  ['brazil', new Set(['nut', 'nuts'])],
  ['china', new Set(['shop', 'plate', 'plates', 'cup', 'cups', 'cabinet', 'set', 'doll', 'dolls', 'clay', 'bowl', 'bowls', 'teacup', 'teacups', 'dishes'])],
  ['easter', new Set(['egg', 'eggs'])],
  ['japan', new Set(['lacquer'])],
]);
// And after: "fine china", "bone china".
const LOWER_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['china', new Set(['fine', 'bone', 'the', 'our', 'her', 'his', 'their', 'of'])],
  // The verb: "just google it", "you can google the name".
  ['google', new Set(['to', 'i', 'you', 'we', 'they', 'just', 'can', 'could', 'will', 'would', 'should', 'please', 'simply', 'and', 'or'])],
]);

// Characters that glue a word into a URL, an e-mail address, a handle or a file name.
const GLUE = /[./@#_\\:=]/;

function glued(doc: Doc, a: Token, b: Token): boolean {
  const before = doc.text.charAt(a.start - 1);
  const after = doc.text.charAt(b.end);
  return GLUE.test(before) || (GLUE.test(after) && /\S/.test(doc.text.charAt(b.end + 1)));
}

/** Lower-case first words of the names, one or several words long: the cheap test. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...NAMES.keys()].map((k) => k.split(' ')[0] as string));

export const rule: Rule = {
  meta: {
    id: 'lowercase-proper-name',
    category: 'capitalization',
    severity: 'warning',
    description: 'A nationality, country, language or region written in lower case.',
    examples: {
      bad: [
        { text: 'Benfica, the [[portuguese]] club, confirmed the sale.', output: 'Benfica, the Portuguese club, confirmed the sale.' },
        { text: 'He moved to [[south korea]] in 2019.', output: 'He moved to South Korea in 2019.' },
        { text: 'The interview was conducted in [[english]].', output: 'The interview was conducted in English.' },
        { text: 'Two [[russian]] diplomats were expelled.', output: 'Two Russian diplomats were expelled.' },
        { text: 'Exports to [[china]] fell by 3 percent.', output: 'Exports to China fell by 3 percent.' },
        { text: 'Thousands of [[muslims]] prayed in the main square on Friday.', output: 'Thousands of Muslims prayed in the main square on Friday.' },
        { text: 'The [[nato]] summit opens in Vilnius on Tuesday.', output: 'The NATO summit opens in Vilnius on Tuesday.' },
        { text: 'Analysts expect [[gdp]] to grow by 1.5 percent.', output: 'Analysts expect GDP to grow by 1.5 percent.' },
        { text: 'Users of [[whatsapp]] reported outages across Brazil.', output: 'Users of WhatsApp reported outages across Brazil.' },
        { text: 'Markets stay closed during [[diwali]].', output: 'Markets stay closed during Diwali.' },
        { text: 'Sunni and [[shiite]] leaders met in Baghdad.', output: 'Sunni and Shiite leaders met in Baghdad.' },
        { text: 'The report said the [[polish]] mining industry had failed.', output: 'The report said the Polish mining industry had failed.' },
        { text: 'He employs 20,000 people in [[silesian]] mines.', output: 'He employs 20,000 people in Silesian mines.' },
      ],
      good: [
        'Benfica, the Portuguese club, confirmed the sale.',
        'They ate french fries and swiss cheese.',
        'Roast turkey is served in china bowls.',
        'They set the table with fine china.',
        'The app hides an easter egg.',
        'She had to polish the brass.',
        'The polish on the table was fresh, and a nail polish remover stood by.',
        'Workers polish the floors every night.',
        'Visit www.portugal.com for details.',
        'The guinea pig escaped.',
        'Contact press@ukraine.example for accreditation.',
        'If in doubt, just google it.',
        'She has catholic tastes in music.',
        'The Koran and the Bible were on the table.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const at = doc.positionsIn(FIRST_WORDS);
    for (let ai = 0, i = -1; ai < at.length; ai++) {
      // Only tokens the test below can pass, ascending; those a run consumed are skipped.
      if ((at[ai] as number) <= i) continue;
      i = at[ai] as number;
      const t = toks[i] as Token;
      if (t.kind !== 'word' || !FIRST_WORDS.has(t.norm) || t.text !== t.norm || !isLower(t.text)) continue;
      // Longest name first: "south korea" before "south" (which is no name).
      let hit: { end: Token; name: string } | undefined;
      for (let k = 2; k >= 0 && !hit; k--) {
        const last = doc.next(t, k) ?? (k === 0 ? t : undefined);
        if (!last) continue;
        const span = toks.slice(i, i + k + 1);
        if (!span.every((x) => x.kind === 'word' && isLower(x.text))) continue;
        const name = NAMES.get(span.map((x) => x.norm).join(' '));
        if (name) hit = { end: last, name };
      }
      if (!hit) continue;
      if (hit.end === t && LOWER_PHRASES.get(t.norm)?.has(doc.next(t)?.norm ?? '')) continue;
      if (hit.end === t && LOWER_AFTER.get(t.norm)?.has(doc.prev(t)?.norm ?? '')) continue;
      if (glued(doc, t, hit.end)) continue;
      const span = doc.text.slice(t.start, hit.end.end);
      ctx.report({
        start: t.start,
        end: hit.end.end,
        message: `“${span}” is a proper name: English writes “${hit.name}” with a capital.`,
        suggestions: [hit.name],
        reason: 'nationalities, countries and languages always take a capital in English',
        confidence: 0.9,
      });
      i = hit.end.index;
    }
    // "the polish mining industry": the demonym the names list leaves out for the verb and the
    // noun. A determiner before it and a noun or adjective after make it the demonym ("the
    // polish government"); not "the polish on the table", "nail polish remover".
    if (!doc.canTag || !doc.hasNorm('polish')) return;
    for (const t of doc.tokensWith(['polish'])) {
      if (t.text !== 'polish') continue;
      const prev = doc.prev(t);
      const next = doc.next(t);
      if (!prev || !next || !POLISH_BEFORE.has(prev.norm) || next.kind !== 'word' || !isLower(next.text) || POLISH_NOUN_NEXT.has(next.norm)) continue;
      if (!['NOUN', 'ADJ'].includes(doc.pos(next)) || doc.pos(next) === 'NOUN' && doc.next(next)?.kind === 'word' && doc.pos(doc.next(next) as Token) === 'VERB' && next.norm.endsWith('ing')) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: '“polish” here is the nationality: English writes “Polish” with a capital.',
        suggestions: ['Polish'],
        reason: 'nationalities always take a capital in English',
        confidence: 0.8,
      });
    }
  },
};

const POLISH_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'several', 'many', 'other', 'major', 'leading', 'largest', 'biggest', 'main', 'former', 'young']);
// Nouns "polish" (the shine) comes before: "a polish remover", "the polish finish".
const POLISH_NOUN_NEXT: ReadonlySet<string> = new Set(['remover', 'removers', 'finish', 'stain', 'stains', 'brush', 'brushes', 'bottle', 'bottles', 'colour', 'color', 'coat', 'coats', 'and', 'or', 'on', 'off', 'of']);
