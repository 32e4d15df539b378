/**
 * A title, rank or office left in the source language where English copy translates it:
 * “grossmeister” (Russian гроссмейстер) for grandmaster, “gubernator” for governor, “alcalde”
 * for mayor, “prokuror” for prosecutor, “Bürgermeister” for mayor, “diputado” for lawmaker.
 * Entries: src/data/entity-foreign-titles.txt, only words no English dictionary has.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { readList } from '../../../data/lists.js';

const TITLES: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], string]>> = (() => {
  const m = new Map<string, Array<[string[], string]>>();
  for (const l of readList('entity-foreign-titles.txt')) {
    const [foreign, english] = l.split('|').map((x) => x.trim());
    if (!foreign || !english) continue;
    const words = foreign.toLowerCase().split(/\s+/);
    const list = m.get(words[0] as string) ?? [];
    list.push([words, english]);
    list.sort((a, b) => b[0].length - a[0].length);
    m.set(words[0] as string, list);
  }
  return m;
})();

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export const rule: Rule = {
  meta: {
    id: 'foreign-title-word',
    category: 'entity-name',
    severity: 'warning',
    description: 'A title or rank left in the source language (“grossmeister” for grandmaster, “alcalde” for mayor).',
    examples: {
      bad: [
        { text: 'The [[grossmeister]] from Yerevan won the tournament with a round to spare.', output: 'The grandmaster from Yerevan won the tournament with a round to spare.' },
        { text: 'The [[gubernator]] of the region declared a state of emergency.', output: 'The governor of the region declared a state of emergency.' },
        { text: '[[Alcalde]] José Pérez said the town would rebuild the bridge.', output: 'Mayor José Pérez said the town would rebuild the bridge.' },
        { text: 'The [[prokuror]] asked for a sentence of nine years.', output: 'The prosecutor asked for a sentence of nine years.' },
      ],
      good: [
        'The grandmaster from Yerevan won the tournament.',
        'The governor of the region declared a state of emergency.',
        'Mayor José Pérez said the town would rebuild the bridge.',
        'The prosecutor asked for a sentence of nine years.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    // From the word index; `next` skips the words of a phrase already reported.
    let next = 0;
    for (const t of doc.tokensWith(TITLES)) {
      if (t.index < next) continue;
      const i = t.index;
      if (t.kind !== 'word') continue;
      const list = TITLES.get(t.norm);
      if (!list) continue;
      // All capitals ("ALCALDE") is a headline or an acronym: leave it.
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) continue;
      for (const [words, english] of list) {
        if (!words.every((w, k) => toks[i + k]?.norm === w)) continue;
        const last = toks[i + words.length - 1] as Token;
        // Inside a foreign phrase or name in quotes or italics we cannot see: "Calle del Alcalde".
        const prev = doc.prev(t);
        if (prev && prev.kind === 'word' && /^(del|de|la|el|der|die|das|des|di|do|da)$/.test(prev.norm)) break;
        // A native body's name English copy keeps: "Policía Nacional", "Polizia di Stato", "Polícia Federal".
        const after = doc.next(last);
        if (after && after.kind === 'word' && (/^(del|de|della|dello|di|do|da|der|des|du)$/.test(after.norm) || /^\p{Lu}\p{L}*(al|ale|ária|aria|ar)$/u.test(after.text))) break;
        const fix = matchCase(english, t.text);
        ctx.report({
          start: t.start,
          end: last.end,
          message: `“${doc.text.slice(t.start, last.end)}” is the source language's word for the title: English says “${fix}”.`,
          suggestions: [fix],
          reason: 'English copy translates titles and ranks; a transliterated one is left over from the source text',
          confidence: 0.7,
        });
        next = i + words.length;
        break;
      }
    }
  },
};
