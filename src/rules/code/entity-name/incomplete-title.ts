/**
 * A formal title broken in translation: “US Secretary Antony Blinken” (the office, “of State”,
 * is lost), “President of the Government Pedro Sánchez” (Spain's “Presidente del Gobierno” is
 * its Prime Minister). Titles come from src/data/entity-titles.txt; a bare “Secretary” is
 * flagged only between a country word and a person's name, where English always names the
 * office (“Secretary Blinken” alone, once the office is known, is American usage).
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isNameWord, readList } from '../capitalization/lexicon.js';

const US = ['Secretary of State', 'Secretary of Defense', 'Treasury Secretary', 'Commerce Secretary'];
const UK = ['Foreign Secretary', 'Home Secretary', 'Defence Secretary', 'Health Secretary'];
const COUNTRY: ReadonlyMap<string, readonly string[]> = new Map([
  ['us', US], ['usa', US], ['american', US], ['america', US], ['uk', UK], ['british', UK], ['britain', UK],
]);

// Calques that are also plain English descriptions of an office when no name follows: "the
// President of the Republic resigned", "the head of government".
const NAMELESS_OK: ReadonlySet<string> = new Set(['president of the republic', 'head of government', 'head of the government']);

interface Calque {
  readonly words: readonly string[];
  readonly title: string;
}

/** entity-titles.txt: "English title|calque|calque"; calques matched case-insensitively. */
const CALQUES: ReadonlyMap<string, readonly Calque[]> = (() => {
  const m = new Map<string, Calque[]>();
  for (const line of readList('entity-titles.txt')) {
    const [title, ...calques] = line.split('|').map((s) => s.trim());
    if (!title) continue;
    for (const c of calques) {
      const words = c.toLowerCase().split(/\s+/);
      const list = m.get(words[0] as string) ?? [];
      list.push({ words, title });
      list.sort((a, b) => b.words.length - a.words.length);
      m.set(words[0] as string, list);
    }
  }
  return m;
})();

/** The words the check starts from: "Secretary", and the first word of each calque. */
const TRIGGERS: ReadonlySet<string> = new Set(['secretary', ...CALQUES.keys()]);

/** The country word right before `t`: "US", "U.S.", "American", "British". */
function countryBefore(doc: Doc, t: Token): readonly string[] | undefined {
  const p = doc.prev(t);
  if (!p) return undefined;
  if (p.text === '.' && doc.prev(t, 2)?.text === 'S' && doc.prev(t, 4)?.text === 'U') return US; // U.S.
  if (p.text === '.' && doc.prev(t, 2)?.text === 'K' && doc.prev(t, 4)?.text === 'U') return UK; // U.K.
  return /^\p{Lu}/u.test(p.text) ? COUNTRY.get(p.norm) : undefined;
}

function matchCalque(doc: Doc, t: Token): { end: Token; title: string } | undefined {
  for (const c of CALQUES.get(t.norm) ?? []) {
    let u: Token | undefined = t;
    let last: Token = t;
    let ok = true;
    for (let k = 0; k < c.words.length; k++) {
      if (!u || u.norm !== c.words[k]) {
        ok = false;
        break;
      }
      last = u;
      u = doc.next(u);
    }
    if (ok) return { end: last, title: c.title };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'incomplete-title',
    category: 'entity-name',
    severity: 'warning',
    description: 'A formal title broken in translation (“US Secretary Antony Blinken”, “President of the Government”).',
    examples: {
      bad: [
        { text: 'US [[Secretary]] Antony Blinken said on Tuesday that talks would continue.', output: 'US Secretary of State Antony Blinken said on Tuesday that talks would continue.' },
        { text: 'The plan was backed by U.S. [[Secretary]] Lloyd Austin.', output: 'The plan was backed by U.S. Secretary of State Lloyd Austin.' },
        { text: 'British [[Secretary]] James Cleverly flew to Kyiv.', output: 'British Foreign Secretary James Cleverly flew to Kyiv.' },
        { text: 'Spain’s [[President of the Government]] Pedro Sánchez called an election.', output: 'Spain’s Prime Minister Pedro Sánchez called an election.' },
        { text: 'In Madrid, the [[president of the Government]] promised to cap rents.', output: 'In Madrid, the Prime Minister promised to cap rents.' },
        { text: '[[President of the Assembly]] Mira Petrova read out the result.', output: 'Speaker Mira Petrova read out the result.' },
        { text: 'The [[Minister of the Farm]] said the budget would be cut.', output: 'The Finance Minister said the budget would be cut.' },
        { text: '[[Minister of Finances]] Ana Lopes presented the plan.', output: 'Finance Minister Ana Lopes presented the plan.' },
      ],
      good: [
        'US Secretary of State Antony Blinken said on Tuesday that talks would continue.',
        'Secretary Blinken told reporters in Washington.',
        'UN Secretary-General António Guterres called for calm.',
        'US Defense Secretary Lloyd Austin visited the base.',
        'British Foreign Secretary James Cleverly flew to Kyiv.',
        'White House Press Secretary Karine Jean-Pierre spoke.',
        'The US Secretary of the Treasury said rates would stay high.',
        'US Secretary General of the alliance?',
        'Spain’s Prime Minister Pedro Sánchez called an election.',
        'The president of the government commission resigned.',
        'The president of the Government Accountability Office testified.',
        'The president of the Assembly of First Nations spoke.',
        'They met the President of the Republic of Korea.',
        'After weeks of unrest the President of the Republic resigned.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(TRIGGERS)) {
      if (t.kind !== 'word') continue;
      if (t.text === 'Secretary') {
        const titles = countryBefore(doc, t);
        const n = doc.next(t);
        if (!titles || !isNameWord(n) || n?.norm === 'general') continue;
        if (doc.text.charAt(t.end) === '-') continue; // Secretary-General
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${t.text}” before ${n?.text ?? 'a name'} has lost its office: English names it (“${titles[0]}”, “${titles[1]}”).`,
          suggestions: titles,
          reason: 'a cabinet title names its department; “Secretary” alone before a name reads as a translation gap',
          confidence: 0.75,
        });
        continue;
      }
      if (!CALQUES.has(t.norm)) continue;
      const c = matchCalque(doc, t);
      if (!c) continue;
      // A title stands before a name; "the president of the government commission" is not one.
      // Without a name, the calque must end in a capital ("the president of the Government
      // renewed…") and the clause go on with a verb or stop.
      const after = doc.next(c.end);
      if (!isNameWord(after)) {
        if (!/^\p{Lu}/u.test(c.end.text) || c.end === t || doc.prev(t)?.norm !== 'the') continue;
        if (NAMELESS_OK.has(doc.text.slice(t.start, c.end.end).toLowerCase())) continue;
        if (after && after.kind === 'word' && !(doc.canTag && ['VERB', 'AUX', 'ADV'].includes(doc.pos(after)))) continue;
      } else if (!/^\p{Lu}/u.test(t.text)) continue;
      ctx.report({
        start: t.start,
        end: c.end.end,
        message: `“${doc.text.slice(t.start, c.end.end)}” is a word-for-word title: English calls the office “${c.title}”.`,
        suggestions: [c.title],
        reason: 'a foreign office title has a fixed English equivalent',
        confidence: 0.8,
      });
    }
  },
};
