/**
 * The present perfect with a finished past time: “the minister, who has spoken on Monday”,
 * “the bank has announced yesterday”, “prices have risen last month”. French, Italian,
 * German and Dutch use their perfect (“a parlé lundi”, “hat gestern angekündigt”) for a dated
 * past event; English needs the simple past (“spoke on Monday”). Flagged when has/have and a
 * participle are followed, within the clause, by “yesterday”, “last week”, “on Monday”, “on
 * 5 May” or “… ago”. Times that include the present (“today”, “this week”, “since Monday”)
 * stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { timeAdverbialEnd, lemmaOf } from './lib/english.js';
import { verbForm } from '../../../nlp/inflect.js';

const HAVE = new Set(['has', 'have', "'ve"]);
const STOP = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'since', 'because', 'when', 'while', 'if', 'as', 'for', 'until', 'after', 'before', 'every', 'each', 'on']);

/** The end of a dated past adverbial starting at `t`, or undefined. */
function pastTimeEnd(doc: Doc, t: Token): Token | undefined {
  if (t.norm === 'yesterday') {
    const n = doc.next(t);
    // "I have seen yesterday and I love today": a noun.
    if (n && (n.norm === 'and' || n.norm === 'or')) return undefined;
    return n && ['morning', 'afternoon', 'evening', 'night'].includes(n.norm) ? n : t;
  }
  if (t.norm === 'last') {
    // "in the last century", "within the last year": a period up to now.
    const p = doc.prev(t);
    if (p && (doc.pos(p) === 'DET' || ['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(p.norm))) return undefined;
    const e = timeAdverbialEnd(doc, t);
    return e;
  }
  if (t.norm === 'on') {
    const e = timeAdverbialEnd(doc, t);
    if (!e) return undefined;
    // "on Monday nights", "on Mondays": a habit, not a date.
    const n = doc.next(e);
    if (n && n.kind === 'word' && doc.pos(n) === 'NOUN') return undefined;
    return e;
  }
  if (t.norm === 'in') {
    // "in 2019": a year (taken only with a MOMENTARY participle).
    const y = doc.next(t);
    if (!y || y.kind !== 'number' || !/^(?:19|20)\d\d$/.test(y.text)) return undefined;
    const n = doc.next(y);
    // "in 2019 talks": the year modifies a noun.
    if (n && n.kind === 'word' && n.norm !== 'and' && doc.pos(n) === 'NOUN') return undefined;
    return y;
  }
  return undefined;
}

/**
 * Events of a moment: with "in 2019" the perfect is wrong in any year ("has joined the club in
 * 2019"); a process may run into the year of writing ("our economy has produced 1.6 million
 * jobs in 1993", said in 1994), so only these take "in YEAR".
 */
const MOMENTARY: ReadonlySet<string> = new Set([
  'joined', 'signed', 'founded', 'launched', 'won', 'married', 'died', 'moved', 'opened', 'resigned', 'retired',
  'bought', 'sold', 'acquired', 'introduced', 'elected', 'appointed', 'named', 'born', 'built', 'completed',
  'established', 'created', 'arrested', 'killed', 'discovered', 'invented', 'released', 'published',
  'graduated', 'debuted', 'emigrated', 'returned', 'left', 'arrived', 'took', 'started', 'began', 'begun',
]);

export const rule: Rule = {
  meta: {
    id: 'perfect-with-past-time',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'The present perfect with a dated past time: “who has spoken on Monday” for “who spoke on Monday”.',
    examples: {
      bad: [
        { text: 'The minister, who [[has spoken]] on Monday on state radio, ruled out new taxes.', output: 'The minister, who spoke on Monday on state radio, ruled out new taxes.' },
        { text: 'The central bank [[has announced]] yesterday a cut in its key rate.', output: 'The central bank announced yesterday a cut in its key rate.' },
        { text: 'Prices [[have risen]] last month by 2 percent.', output: 'Prices rose last month by 2 percent.' },
        { text: 'Three suspects [[have been arrested]] yesterday near the border.', output: 'Three suspects were arrested yesterday near the border.' },
        { text: 'He [[has joined]] the club in 2019 and scored 19 goals in the 2023-24 season.', output: 'He joined the club in 2019 and scored 19 goals in the 2023-24 season.' },
      ],
      good: [
        'The minister spoke on Monday.',
        'Prices have risen this month.',
        'He has worked on Monday nights for years.',
        'The office has been closed since Monday.',
        'She has said it before and said it again on Monday.',
        'They have decided today to stay.',
        'He had spoken on Monday.',
        'Prices have risen 4 percent in 2023, after falling in 2022.',
        'He has taken part in 2019 talks on the treaty, which resumed in 2021.',
        'The company has been profitable since 2019, and it expects a record in 2024.',
        'The talks have been postponed until Monday.',
        'The treaty would by a strict interpretation of its provisions have terminated on July 17, 1912.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const have of doc.tokensWith(HAVE)) {
      let part = doc.next(have);
      let been: Token | undefined;
      if (part && (part.norm === 'already' || part.norm === 'also' || part.norm === 'just' || part.norm === 'not')) continue;
      if (part?.norm === 'been') {
        been = part;
        part = doc.next(part);
      }
      if (!part || part.kind !== 'word') continue;
      // Cheap tests: a time word within six tokens.
      let time: Token | undefined;
      for (let c = doc.next(part), k = 0; c && k < 6; c = doc.next(c), k++) {
        if (c.norm === 'yesterday' || c.norm === 'last' || c.norm === 'on' || c.norm === 'in') {
          const e = pastTimeEnd(doc, c);
          if (e) {
            time = c;
            break;
          }
        }
        // "has grown from 500 in 1977 to 3,000 in 1981": a change over a period.
        if (c.kind === 'punct' || STOP.has(c.norm) || c.norm === 'from') break;
      }
      if (!time) continue;
      if (doc.pos(have) !== 'AUX' && doc.pos(have) !== 'VERB') continue;
      // "would ... have terminated on July 17": a modal perfect may take a past time.
      if (have.norm === 'have') {
        let modal = false;
        for (let c = doc.prev(have), k = 0; c && k < 10 && c.kind !== 'punct'; c = doc.prev(c), k++) {
          if (['would', 'could', 'should', 'might', 'must', 'may', "'d", 'will', 'shall'].includes(c.norm)) modal = true;
          if (modal || (doc.pos(c) === 'VERB')) break;
        }
        if (modal) continue;
      }
      if (doc.pos(part) !== 'VERB' || /ing$/.test(part.norm)) continue;
      if (!been && !/(?:ed|en|wn|ne|ld|lt|nt|ght|ut|ung|un|ook|ade|id|et|it|ost|ad|um|on|ept|ard|ound|old|ft)$/.test(part.norm)) continue;
      if (time.norm === 'in' && !MOMENTARY.has(part.norm)) continue;
      // A verb between participle and time: "has said it before and said it again on Monday".
      let otherVerb = false;
      for (let c = doc.next(part); c && c !== time; c = doc.next(c)) if (doc.pos(c) === 'VERB' || doc.pos(c) === 'AUX') otherVerb = true;
      if (otherVerb) continue;
      // A passive dated "on Thursday" reads as a report of the day (“have been opened on Thursday”).
      if (been && time.norm === 'on') continue;
      const plural = have.norm === 'have' || have.norm === "'ve";
      let fixed: string | undefined;
      if (been) fixed = `${plural ? 'were' : 'was'} ${part.text}`;
      else {
        const lemma = lemmaOf(part.norm);
        if (lemma) fixed = verbForm(lemma, 'past');
      }
      ctx.report({
        start: have.start,
        end: part.end,
        message: `“${doc.text.slice(have.start, part.end)}” with a dated past time: English uses the simple past${fixed ? `: “${fixed}”` : ''}.`,
        suggestions: fixed ? [fixed] : [],
        reason: 'English uses the simple past, not the present perfect, with a finished past time',
        confidence: 0.65,
      });
    }
  },
};
