/**
 * A ministry named in source-language order and case: “the ministry of finance of Japan” for
 * Japan’s Ministry of Finance. Romance and Slavic languages name the country after the
 * ministry and write it in lower case; English puts the country first, as a possessive or an
 * adjective, and capitalizes the name. The capitalized “Ministry of Foreign Affairs of the
 * Russian Federation” is an official style and is left alone.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { DEMONYMS, apostropheOf, possessive, upperFirst } from '../capitalization/lexicon.js';

const HEADS: ReadonlySet<string> = new Set(['ministry', 'minister']);
const SMALL: ReadonlySet<string> = new Set(['and', 'the', 'of', 'for']);
/** Countries by lower-case name (the places of the demonym table). */
const COUNTRIES: ReadonlyMap<string, string> = new Map(
  [...DEMONYMS.values()].filter((p) => !/^the /.test(p) && !/\s/.test(p)).map((p) => [p.toLowerCase(), p] as const),
);

function titleWords(s: string): string {
  return s
    .split(' ')
    .map((w) => (SMALL.has(w.toLowerCase()) ? w.toLowerCase() : upperFirst(w)))
    .join(' ');
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly country: string;
  readonly head: Token;
  readonly portfolio: string;
}

/** "[the] ministry of|for PORTFOLIO of COUNTRY", PORTFOLIO one to four words. */
function matchAt(doc: Doc, t: Token): Hit | undefined {
  const link = doc.next(t);
  if (!link || (link.norm !== 'of' && link.norm !== 'for')) return undefined;
  const words: Token[] = [];
  let u = doc.next(link);
  while (u && u.kind === 'word' && u.norm !== 'of' && words.length < 4) {
    words.push(u);
    u = doc.next(u);
  }
  if (!u || u.norm !== 'of' || words.length === 0 || SMALL.has((words[0] as Token).norm)) return undefined;
  const c = doc.next(u);
  const country = c && c.kind === 'word' && /^\p{Lu}/u.test(c.text) ? COUNTRIES.get(c.norm) : undefined;
  if (!c || !country) return undefined;
  // "ministry of finance of Japan's ...": the country is a possessor of something else.
  if (doc.next(c)?.norm === "'s") return undefined;
  const the = doc.prev(t);
  const start = the?.norm === 'the' ? the.start : t.start;
  const portfolio = doc.text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  return { start, end: c.end, country, head: t, portfolio };
}

export const rule: Rule = {
  meta: {
    id: 'ministry-name-order',
    category: 'entity-name',
    severity: 'warning',
    description: 'A ministry named in source-language order, without capitals (“the ministry of finance of Japan”).',
    examples: {
      bad: [
        { text: '[[The ministry of finance of Japan]] said it respected the bank’s independence.', output: 'Japan’s Ministry of Finance said it respected the bank’s independence.' },
        { text: 'A statement from [[the ministry of foreign affairs of Russia]] followed.', output: "A statement from Russia's Ministry of Foreign Affairs followed." },
        { text: 'He met [[the minister of health of Romania]] on Monday.', output: "He met Romania's Minister of Health on Monday." },
      ],
      good: [
        'Japan’s Ministry of Finance said it respected the bank’s independence.',
        'The Ministry of Foreign Affairs of the Russian Federation issued a note.',
        'The Ministry of Finance of Japan publishes the data monthly.',
        'The ministry of finance said it would not comment.',
        'The ministry of finance of Japan’s neighbour declined to comment.',
        'A ministry of finance official said Japan would act.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(HEADS)) {
      if (!HEADS.has(t.norm) || t.text !== t.norm) continue;
      const m = matchAt(doc, t);
      if (!m) continue;
      const apos = apostropheOf(doc);
      const head = upperFirst(t.text);
      const portfolio = titleWords(m.portfolio);
      const own = possessive(m.country, apos);
      const suggestions = [`${own} ${head} of ${portfolio}`];
      if (!/\s/.test(m.portfolio)) suggestions.push(`${own} ${upperFirst(m.portfolio)} ${head}`);
      ctx.report({
        start: m.start,
        end: m.end,
        message: `“${doc.text.slice(m.start, m.end)}” follows the source language's order and case: English writes “${suggestions[0] ?? ''}”.`,
        suggestions,
        reason: 'English names the country first and capitalizes a ministry’s name',
        confidence: 0.8,
      });
    }
  },
};
