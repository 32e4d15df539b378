/**
 * A named sea, gulf, bay, strait, island group, mountain range or desert with a main word in
 * lower case: “the bay of Bengal”, “the Balearic islands”, “the Saronic gulf”, “the black
 * sea”. Languages that write the generic word in lower case (French “golfe Saronique”, Spanish
 * “islas Baleares”, Russian “Чёрное море”) leave it so. Names: src/data/capitalization-
 * geographic-names.txt; only a whole name, matched without case, with at least one of its
 * capitalized words written in lower case, outside headlines.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isHeadline, readList } from './lexicon.js';

interface GeoName {
  readonly words: readonly string[];
}

const NAMES: ReadonlyMap<string, readonly GeoName[]> = (() => {
  const m = new Map<string, GeoName[]>();
  for (const line of readList('capitalization-geographic-names.txt')) {
    const words = line.split(/\s+/);
    const key = (words[0] as string).toLowerCase();
    const list = m.get(key) ?? [];
    list.push({ words });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(key, list);
  }
  return m;
})();

export const rule: Rule = {
  meta: {
    id: 'lowercase-geographic-name',
    category: 'capitalization',
    severity: 'warning',
    description: 'A named sea, gulf, bay, island group or mountain range with a word in lower case (“the bay of Bengal”).',
    examples: {
      bad: [
        { text: 'The storm surge hit the low-lying islands of the [[bay]] of Bengal.', output: 'The storm surge hit the low-lying islands of the Bay of Bengal.' },
        { text: 'Prices rose fastest in the Balearic [[islands]] and Málaga.', output: 'Prices rose fastest in the Balearic Islands and Málaga.' },
        { text: 'The tanker struck rocks in the Saronic [[gulf]] on Sunday.', output: 'The tanker struck rocks in the Saronic Gulf on Sunday.' },
        { text: 'Grain ships must cross the [[black sea]] to reach the Bosphorus.', output: 'Grain ships must cross the Black Sea to reach the Bosphorus.' },
        { text: 'Tankers avoided the [[strait]] of Hormuz after the attack.', output: 'Tankers avoided the Strait of Hormuz after the attack.' },
        { text: 'Drilling is planned in the Caspian [[sea]] next year.', output: 'Drilling is planned in the Caspian Sea next year.' },
        { text: 'Studies show that the level of the [[dead sea]] falls by more than a metre a year.', output: 'Studies show that the level of the Dead Sea falls by more than a metre a year.' },
      ],
      good: [
        'The storm surge hit the low-lying islands of the Bay of Bengal.',
        'Prices rose fastest in the Balearic Islands.',
        'He lives on the west bank of the river.',
        'There are a thousand islands in the lake.',
        'The red sea urchin is edible.',
        'The north sea wall was repaired.',
        'BAY OF BENGAL STORM KILLS 12',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    // From the word index; `next` skips the words of a phrase already reported.
    let next = 0;
    for (const t of doc.tokensWith(NAMES)) {
      if (t.index < next) continue;
      const i = t.index;
      if (t.kind !== 'word') continue;
      const list = NAMES.get(t.norm);
      if (!list) continue;
      for (const n of list) {
        let ok = true;
        const wrong: Token[] = [];
        for (let k = 0; k < n.words.length; k++) {
          const u = toks[i + k];
          const w = n.words[k] as string;
          if (!u || u.kind !== 'word' || u.norm !== w.toLowerCase()) {
            ok = false;
            break;
          }
          if (u.text !== w && /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(u.text) && !(k === 0 && doc.isSentenceInitial(u))) wrong.push(u);
        }
        if (!ok) continue;
        const last = toks[i + n.words.length - 1] as Token;
        // "the red sea urchin", "the north sea wall": a modifier of another noun is no name.
        const after = toks[i + n.words.length];
        // "the dead sea falls by a metre": a verb after the name ends it (the tag decides).
        if (wrong.length === 0 || (after && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && wrong.length === n.words.length && !['and', 'or', 'to', 'in', 'on', 'of', 'at', 'where', 'which', 'that', 'is', 'was', 'has', 'had', 'will', 'would', 'said'].includes(after.norm) && !(doc.canTag && ['VERB', 'AUX', 'ADV'].includes(doc.pos(after))))) break;
        if (isHeadline(doc, t.start)) break;
        // All in lower case, the name needs its article: "the black sea", not "over dead sea".
        if (wrong.length === n.words.length && doc.prev(t)?.norm !== 'the') break;
        const a = wrong[0] as Token;
        const b = wrong[wrong.length - 1] as Token;
        // The span: the lower-case words (and what lies between them).
        const name = n.words.join(' ');
        const fixed = doc.text.slice(a.start, b.end).split(/(\s+)/).map((part) => {
          const idx = n.words.findIndex((w) => w.toLowerCase() === part.toLowerCase());
          return idx >= 0 ? (n.words[idx] as string) : part;
        }).join('');
        ctx.report({
          start: a.start,
          end: b.end,
          message: `“${doc.text.slice(t.start, last.end)}” is a proper name: English writes “${name}”.`,
          suggestions: [fixed],
          reason: 'a named sea, gulf, island group or mountain range is a proper name; every main word takes a capital',
          confidence: 0.8,
        });
        next = i + n.words.length;
        break;
      }
    }
  },
};
