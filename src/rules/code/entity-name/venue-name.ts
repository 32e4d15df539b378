/**
 * A stadium or ground named in a round-tripped form: “at the Saint James Park” for St James’
 * Park, “the Stadium of France” for the Stade de France. Names and the wrong forms come from
 * src/data/entity-venues.txt; a name English writes without “the” loses the article too
 * (“at St James’ Park”), unless a noun follows (“the St James’ Park pitch” keeps it).
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { FUNCTION_WORDS, apostropheOf, isLower, readList } from '../capitalization/lexicon.js';
import { tokenize } from '../../../text/tokenize.js';

interface Venue {
  /** As English writes it, without a leading "the". */
  readonly name: string;
  readonly takesArticle: boolean;
  /** Folded tokens of one wrong form. */
  readonly wrong: readonly string[];
}

/** Folded: lower case, apostrophes and possessive marks dropped ("Saint" is kept: it is the tell). */
function foldTokens(s: string): string[] {
  return tokenize(s)
    .filter((t) => t.kind !== 'punct' || t.text === '&')
    .map((t) => t.norm.replace(/'/g, ''))
    .filter((w) => w !== 's' && w !== '');
}

const VENUES: ReadonlyMap<string, readonly Venue[]> = (() => {
  const m = new Map<string, Venue[]>();
  for (const line of readList('entity-venues.txt')) {
    const [head, ...wrong] = line.split('|').map((s) => s.trim());
    if (!head) continue;
    const takesArticle = head.startsWith('the ');
    const name = takesArticle ? head.slice(4) : head;
    for (const w of wrong) {
      const toks = foldTokens(w);
      const list = m.get(toks[0] as string) ?? [];
      list.push({ name, takesArticle, wrong: toks });
      list.sort((a, b) => b.wrong.length - a.wrong.length);
      m.set(toks[0] as string, list);
    }
  }
  return m;
})();

/** The token after the match when the text's tokens from `t` fold to `want`, else undefined. */
function matchFrom(doc: Doc, t: Token, want: readonly string[]): Token | null | undefined {
  let k = 0;
  let u: Token | undefined = t;
  let last: Token = t;
  while (k < want.length) {
    if (!u) return undefined;
    if (u.kind === 'punct' && /^['’.-]$/.test(u.text)) {
      u = doc.next(u);
      continue;
    }
    const w = u.norm.replace(/'/g, '');
    if (w === 's' || w === '') {
      u = doc.next(u);
      continue;
    }
    if (w !== want[k]) return undefined;
    last = u;
    k++;
    u = doc.next(u);
  }
  // Swallow a trailing possessive/apostrophe of the last word ("James'").
  while (u && (u.norm === "'s" || /^['’]$/.test(u.text)) && u.start === last.end) {
    last = u;
    u = doc.next(u);
  }
  return doc.at(last.index + 1) === undefined ? null : (doc.at(last.index + 1) as Token);
}

export const rule: Rule = {
  meta: {
    id: 'venue-name',
    category: 'entity-name',
    severity: 'warning',
    description: 'A stadium or ground named in a round-tripped form (“the Saint James Park”).',
    examples: {
      bad: [
        { text: 'Fans will meet the player at [[the Saint James Park]] before the opener.', output: 'Fans will meet the player at St James’ Park before the opener.' },
        { text: 'The final will be played at the [[Stadium of France]] in May.', output: 'The final will be played at the Stade de France in May.' },
        { text: 'He scored twice at the [[Saint James Park]] pitch.', output: 'He scored twice at the St James’ Park pitch.' },
      ],
      good: [
        'Fans will meet the player at St James’ Park before the opener.',
        'The final will be played at the Stade de France in May.',
        'He walked through St James’s Park in London.',
        'The St James’ Park crowd roared.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const apos = apostropheOf(doc) === '’' || !doc.text.includes("'") ? '’' : "'";
    for (const t of doc.tokensWith(VENUES)) {
      const venues = VENUES.get(t.norm);
      if (!venues || !/^\p{Lu}/u.test(t.text)) continue;
      for (const v of venues) {
        const after = matchFrom(doc, t, v.wrong);
        if (after === undefined) continue;
        const end = after ? (doc.at(after.index - 1) as Token).end : (doc.tokens[doc.tokens.length - 1] as Token).end;
        const name = v.name.replace(/'/g, apos);
        const the = doc.prev(t);
        // "at the Saint James Park before": the article goes; "the ... pitch": it stays.
        const nounAfter = !!after && after.kind === 'word' && isLower(after.text) && !FUNCTION_WORDS.has(after.norm) && doc.sentenceOf(after) === doc.sentenceOf(t);
        const dropThe = !v.takesArticle && the?.norm === 'the' && !nounAfter;
        const start = dropThe && the ? the.start : t.start;
        ctx.report({
          start,
          end,
          message: `“${doc.text.slice(start, end)}” is ${v.takesArticle ? 'the ' : ''}${name}: English writes the ground's name as “${name}”${dropThe ? ', with no article' : ''}.`,
          suggestions: [name],
          reason: 'a ground has one English name, the form its club and the press use',
          confidence: 0.8,
        });
        break;
      }
    }
  },
};
