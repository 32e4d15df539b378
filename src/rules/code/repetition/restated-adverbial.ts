/**
 * A word or adverbial followed at once by a phrase that says it again: "free, free of charge",
 * "new, brand new", "daily every day", "gradually step by step", "jointly together",
 * "beforehand in advance", "worldwide around the world", "at the same time simultaneously",
 * "soon in the near future", "mainly mostly". A round trip keeps both renderings of one source
 * word (Chinese 免费, 逐步, 共同; Russian постепенно, заранее) side by side. Pairs the rule
 * redundant-synonyms already finds (“about roughly”, “every year each year”, “so far to
 * date”) are left to it. The fix keeps the first rendering.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inQuotation } from './lib/context.js';

interface Group {
  readonly members: readonly string[];
  /** Members whose pairs redundant-synonyms reports: a pair of two of these is skipped. */
  readonly covered?: readonly string[];
  readonly what: string;
  /** Adjectives: the pair stands before its noun ("a new, brand new stadium"). */
  readonly adjective?: boolean;
  /** Hedges on a number: the pair must stand before one ("more than over 100"). */
  readonly number?: boolean;
}

const YEARLY_RS = ['each year', 'every year', 'annually', 'yearly', 'per year', 'per annum'];
const NOW_RS = ['currently', 'presently', 'nowadays', 'now'];

const GROUPS: readonly Group[] = [
  { what: '“free”', members: ['free', 'free of charge', 'for free', 'at no cost', 'at no charge', 'free of cost', 'without charge', 'gratis', 'cost-free', 'without payment', 'at no cost to them', 'for nothing'] },
  { what: '“new”', adjective: true, members: ['new', 'brand new', 'brand-new', 'all-new'] },
  { what: '“clear”', adjective: true, members: ['clear', 'crystal clear', 'crystal-clear'] },
  { what: '“daily”', members: ['daily', 'every day', 'each day', 'per day', 'on a daily basis', 'every single day', 'day by day'] },
  { what: '“weekly”', members: ['weekly', 'every week', 'each week', 'per week', 'on a weekly basis'] },
  { what: '“monthly”', members: ['monthly', 'every month', 'each month', 'per month', 'on a monthly basis'] },
  { what: '“every year”', members: [...YEARLY_RS, 'on an annual basis', 'on a yearly basis', 'every single year', 'year by year'], covered: YEARLY_RS },
  { what: '“gradually”', members: ['gradually', 'step by step', 'little by little', 'bit by bit', 'progressively', 'incrementally', 'step-by-step', 'by degrees', 'stage by stage', 'gradually and progressively'] },
  { what: '“one by one”', members: ['one by one', 'individually', 'one after another', 'one after the other', 'separately one by one'] },
  { what: '“together”', members: ['together', 'jointly', 'collectively', 'in unison', 'in concert'] },
  { what: '“at the same time”', members: ['simultaneously', 'at the same time', 'concurrently', 'at one and the same time'] },
  { what: '“in advance”', members: ['in advance', 'beforehand', 'ahead of time', 'in advance of time', 'earlier in advance', 'previously in advance'] },
  { what: '“recently”', members: ['recently', 'lately', 'of late', 'in recent times', 'not long ago', 'a short while ago'] },
  { what: '“soon”', members: ['soon', 'shortly', 'in the near future', 'before long', 'in the short term', 'very soon', 'imminently'] },
  { what: '“worldwide”', members: ['worldwide', 'around the world', 'across the world', 'all over the world', 'throughout the world', 'globally', 'across the globe', 'around the globe', 'the world over'] },
  { what: '“nationwide”', members: ['nationwide', 'across the country', 'throughout the country', 'all over the country', 'countrywide', 'across the nation', 'throughout the nation', 'nationally'] },
  { what: '“abroad”', members: ['abroad', 'overseas', 'in foreign countries', 'outside the country'] },
  { what: '“mainly”', members: ['mainly', 'mostly', 'primarily', 'chiefly', 'largely', 'predominantly', 'principally', 'for the most part', 'in the main', 'mainly and mostly'] },
  { what: '“especially”', members: ['especially', 'particularly', 'in particular', 'notably', 'specially'] },
  { what: '“finally”', members: ['finally', 'eventually', 'in the end', 'at last', 'ultimately', 'at long last', 'in the final analysis', 'lastly', 'last of all', 'at the end'] },
  { what: '“always”', members: ['always', 'at all times', 'all the time', 'constantly', 'invariably', 'perpetually'] },
  { what: '“in total”', members: ['in total', 'altogether', 'in all', 'all told', 'overall', 'in sum total', 'a total of', 'in the aggregate'] },
  { what: '“now”', members: [...NOW_RS, 'at present', 'at the moment', 'at the present time', 'right now', 'at this time', 'these days', 'today'], covered: [...NOW_RS, 'at present'] },
  { what: '“again and again”', members: ['repeatedly', 'again and again', 'time and again', 'over and over', 'time after time', 'over and over again', 'many times', 'on numerous occasions', 'on many occasions'] },
  { what: '“immediately”', members: ['immediately', 'without delay', 'without further delay', 'urgently', 'as a matter of urgency', 'promptly', 'forthwith', 'at once', 'right away', 'instantly', 'with immediate effect'], covered: ['immediately', 'at once', 'right away', 'instantly', 'with immediate effect', 'forthwith'] },
  { what: '“from now on”', members: ['henceforth', 'from now on', 'hereafter', 'going forward', 'from here on', 'in future', 'from this moment on', 'from now onwards'] },
  { what: '“first of all”', members: ['firstly', 'first of all', 'first and foremost', 'to begin with', 'in the first place', 'at first'] },
  { what: '“personally”', members: ['personally', 'in person', 'face to face'] },
  { what: '“more than”', number: true, members: ['more than', 'in excess of', 'upwards of', 'over', 'above'] },
  { what: '“at least”', number: true, members: ['at least', 'a minimum of', 'no fewer than', 'no less than', 'minimum'] },
  { what: '“up to”', number: true, members: ['up to', 'a maximum of', 'at most', 'at the most', 'no more than', 'maximum'] },
  { what: '“each other”', members: ['mutually', 'each other', 'one another', 'reciprocally'] },
];

interface Member {
  readonly group: number;
  readonly words: readonly string[];
  readonly text: string;
}

/** Members by their first word. */
const BY_FIRST: ReadonlyMap<string, readonly Member[]> = (() => {
  const m = new Map<string, Member[]>();
  GROUPS.forEach((g, group) => {
    for (const text of g.members) {
      const words = text.split(' ');
      const first = words[0] as string;
      if (!m.has(first)) m.set(first, []);
      (m.get(first) as Member[]).push({ group, words, text });
    }
  });
  // Longest first, so "at the same time" wins over "at"-shorter members.
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** The last token of a member starting at `t`, or undefined. */
function matchAt(doc: Doc, t: Token, m: Member): Token | undefined {
  let cur: Token | undefined = t;
  for (let k = 0; k < m.words.length; k++) {
    if (!cur || cur.norm !== m.words[k]) return undefined;
    if (k < m.words.length - 1) cur = doc.next(cur);
  }
  return cur;
}

// A second member that runs on into a noun phrase is another phrase: "altogether in all areas",
// "overseas markets", "new, brand new cars" (kept: "new" is only a first member).
const RUNS_ON = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const RUNS_ON_WORDS = new Set(['of', 'with', 'than', 'as', "'s", '’s']);
// After an adjective pair, a complement: "a new brand new to the market".
const ADJ_RUNS_ON = new Set(['to', 'from', 'that', 'for', 'in', 'on', 'at', 'about']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'a', 'half', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);
// Words that make a first member part of something else: "almost every day", "not always".
const BEFORE_BAD = new Set(['almost', 'nearly', 'not', 'virtually', 'practically', 'like', 'than', 'as', 'and', 'or', 'per', 'of', 'very', 'so', 'too', 'quite', 'more', 'less', 'most', 'least']);

// "walk free", "duty free", "break free": "free" in a compound of its own.
const BEFORE_FREE = new Set(['feel', 'set', 'break', 'broke', 'go', 'went', 'get', 'got', 'run', 'ran', 'walk', 'walked', 'walks', 'toll', 'duty', 'tax', 'hands', 'fancy', 'scot', 'fat', 'sugar', 'smoke', 'crime', 'debt', 'risk']);

export const rule: Rule = {
  meta: {
    id: 'restated-adverbial',
    category: 'repetition',
    severity: 'warning',
    description: 'A word followed at once by a phrase that restates it: “free, free of charge”, “daily every day”, “gradually step by step”.',
    examples: {
      bad: [
        { text: 'Tests at the clinic will be [[free, free of charge]], the ministry said.', output: 'Tests at the clinic will be free, the ministry said.' },
        { text: 'The club unveiled a [[new, brand new]] stadium on Sunday.', output: 'The club unveiled a new stadium on Sunday.' },
        { text: 'The ferry runs [[daily every day]] in summer.', output: 'The ferry runs daily in summer.' },
        { text: 'Troops will withdraw [[gradually step by step]] from the area.', output: 'Troops will withdraw gradually from the area.' },
        { text: 'The two firms will [[jointly together]] build the plant.', output: 'The two firms will jointly build the plant.' },
        { text: 'Tickets must be booked [[beforehand in advance]].', output: 'Tickets must be booked beforehand.' },
        { text: 'The film was released [[worldwide around the world]] in May.', output: 'The film was released worldwide in May.' },
        { text: 'The two blasts went off [[simultaneously at the same time]].', output: 'The two blasts went off simultaneously.' },
        { text: 'The court will rule [[soon in the near future]] on the case.', output: 'The court will rule soon on the case.' },
        { text: 'Exports go [[mainly mostly]] to Asia.', output: 'Exports go mainly to Asia.' },
        { text: 'The plant will make 5,000 cars [[annually on an annual basis]].', output: 'The plant will make 5,000 cars annually.' },
        { text: 'The rebels [[at the moment currently]] hold the town.', output: 'The rebels at the moment hold the town.' },
        { text: 'Voters must register [[in person personally]] at the town hall.', output: 'Voters must register in person at the town hall.' },
        { text: 'The fire destroyed [[more than over]] 300 homes.', output: 'The fire destroyed more than 300 homes.' },
        { text: 'Police detained [[at least a minimum of]] 40 people.', output: 'Police detained at least 40 people.' },
        { text: 'The drug will be supplied [[free, at no cost]], to all pensioners.', output: 'The drug will be supplied free, to all pensioners.' },
      ],
      good: [
        'Tests at the clinic will be free of charge.',
        'It was free for everyone, free of charge for children and cheap for the rest.',
        'They visit almost every day, daily in summer.',
        'Sales fell overall, with a new brand new to the market.',
        'The tax-free allowance rises every year.',
        'The ferry runs daily.',
        'Altogether in all areas the trend was the same.',
        'The firm sells overseas products at home.',
        'We meet every week, weekly reports follow.',
        'He was freed at last, finally able to go home.',
        '“It is free, free of charge,” the mayor said.',
        'Finally, at last, the bill passed.',
        'They worked together jointly with the army.',
        'The dispute over more than 40 hectares went to court.',
        'The fines rise from at least 100 euros to at most 500.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let reachedTo = -1;
    for (const t of doc.tokensWith(BY_FIRST)) {
      const firsts = BY_FIRST.get(t.norm);
      // Inside a pair already reported: "for free, free of charge" is one finding.
      if (!firsts || t.start < reachedTo) continue;
      for (const m1 of firsts) {
        const end1 = matchAt(doc, t, m1);
        if (!end1) continue;
        let n = doc.next(end1);
        const comma = n?.text === ',';
        if (comma && n) n = doc.next(n);
        if (!n || n.kind !== 'word') break;
        const seconds = BY_FIRST.get(n.norm);
        if (!seconds) break;
        const g = GROUPS[m1.group] as Group;
        let hit: { m2: Member; end2: Token } | undefined;
        for (const m2 of seconds) {
          if (m2.group !== m1.group || m2.text === m1.text) continue;
          // A single adjective is only ever the first rendering ("free, free of charge").
          if (m2.words.length === 1 && (m2.text === 'free' || m2.text === 'new' || m2.text === 'clear' || m2.text === 'today')) continue;
          if (g.covered && g.covered.includes(m1.text) && g.covered.includes(m2.text)) continue;
          const end2 = matchAt(doc, n, m2);
          if (end2) {
            hit = { m2, end2 };
            break;
          }
        }
        if (!hit) break;
        const { end2 } = hit;
        const before = doc.prev(t);
        if (before && (BEFORE_BAD.has(before.norm) || (m1.text === 'free' && BEFORE_FREE.has(before.norm)))) break;
        const after = doc.next(end2);
        if (g.number) {
          if (!after || (after.kind !== 'number' && !NUMBER_WORDS.has(after.norm))) break;
          // "over" and "above" open a phrase of their own first: "a dispute over more than 40 hectares".
          if (m1.text === 'over' || m1.text === 'above' || m1.text === 'minimum' || m1.text === 'maximum') break;
        } else if (after && after.kind === 'word' && (RUNS_ON_WORDS.has(after.norm) || (g.adjective ? ADJ_RUNS_ON.has(after.norm) : RUNS_ON.has(doc.pos(after))))) break;
        // "Finally, at last!": a sentence that opens with two renderings is rhetoric.
        if (comma && (inQuotation(doc.text, t.start) || doc.isSentenceInitial(t))) break;
        reachedTo = end2.end;
        const keep = doc.text.slice(t.start, end1.end);
        const span = doc.text.slice(t.start, end2.end);
        ctx.report({
          start: t.start,
          end: end2.end,
          message: `“${span}” says ${g.what} twice: keep one: “${keep}”.`,
          suggestions: [keep],
          reason: 'a round trip kept two renderings of one word',
          confidence: 0.7,
        });
        break;
      }
    }
  },
};
