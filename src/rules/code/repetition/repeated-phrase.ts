/**
 * A word or phrase of up to four words said twice in a row: "more than more than", "the the",
 * "last season, last season". Translation doubles a phrase when two candidate renderings are
 * both kept or a segment is joined twice. The span covers every copy; the fix keeps one.
 *
 * Quiet on English doubling: "had had", "that that", "bye bye", "very, very", "many, many"
 * (a single word with a comma is never flagged), chants ("dump dump dump"), idioms whose
 * halves meet ("from time to time to", "over and over and over", "a rose is a rose is a rose",
 * "per second per second", "call a spade a spade"), names ("Walla Walla", "New York, New York"),
 * numbers, pseudo-clefts ("what it is is"), a phrase ending one clause and opening the next
 * ("into the universe, the universe will curve"), and rhetorical repetition closing a quoted
 * sentence ("a long time, a long time.").
 */
import type { Rule } from '../../types.js';
import type { Doc, Sentence, Token } from '../../../text/document.js';
import { DOUBLE_OK, inQuotation, isCapitalized } from './lib/context.js';

const MAX_WORDS = 4;
const PARTICLES = new Set(['in', 'on', 'up', 'out', 'off', 'down']);
// Pronoun-led phrases repeated with a comma are clauses said twice for effect ("we will win, we will win").
const SUBJECT_START = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'thank', 'come', 'go', 'no', 'yes', 'oh']);
// Demonstratives start a clause only before a verb ("this is, this is"), not in "this year".
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
// After "what ... is" the second "is" is grammatical: "what it is is a scandal".
const CLEFT_VERBS = new Set(['is', 'was', 'are', 'were']);
const CLEFT_OPENERS = new Set(['what', 'whatever', 'all']);
const WH_SUBJECT_OPENERS = new Set(['how', 'why', 'whether', 'where', 'when', 'who']);
// After a comma-joined repetition, the next word must not continue a clause the second copy opens.
// An infinitive marker does not make the copy a subject ("in the last 10 minutes, 10 minutes to win").
const AFTER_OK = new Set(['ADP', 'SCONJ', 'ADV', 'CCONJ', 'PUNCT', 'PART']);
// "a man, a man who would not shift": restating a noun to hang a relative clause on it.
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
// "W to W", "W by W", "W and W": idioms whose chains look like a repeated "W to".
const LINKERS = new Set(['to', 'by', 'after', 'and', 'or', 'for', 'upon', 'against', 'on', 'in', 'is', 'versus', 'vs']);
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'name', 'names', 'named', 'naming']);
const AFTER_BAD_ADV = new Set(['so', 'too', 'very', 'much']);
const COMPARATIVES = new Set(['more', 'less', 'most', 'least', 'better', 'further']);

function isWordLike(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

function samePhrase(toks: readonly Token[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const x = toks[a + k];
    const y = toks[b + k];
    if (!x || !y || !isWordLike(x) || x.norm !== y.norm) return false;
  }
  return true;
}

function isAllCaps(t: Token): boolean {
  return t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
}

const TITLE_SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'with', 'or']);

/** A heading: one word in capitals, or Title Case words ("Science and Technology"). */
function isHeading(toks: readonly Token[], a: number, n: number): boolean {
  if (n === 1) return isAllCaps(toks[a] as Token);
  for (let k = 0; k < n; k++) {
    const t = toks[a + k] as Token;
    if (!isCapitalized(t) && !TITLE_SMALL.has(t.norm)) return false;
  }
  return isCapitalized(toks[a + n - 1] as Token);
}

function allCapitalized(toks: readonly Token[], a: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isCapitalized(toks[a + k] as Token)) return false;
  return true;
}

interface Hit {
  readonly first: number;
  readonly n: number;
  /** Index of the last token of the last copy. */
  readonly last: number;
  readonly comma: boolean;
}

function singleWordOk(doc: Doc, toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (t.kind === 'number' || DOUBLE_OK.has(t.norm)) return true;
  // A particle ending a phrasal verb, then the same word as a preposition: "log in in the morning".
  if (PARTICLES.has(t.norm)) {
    const v = toks[i - 1];
    return v !== undefined && v.kind === 'word' && doc.pos(v) === 'VERB';
  }
  if (CLEFT_VERBS.has(t.norm)) {
    for (let k = Math.max(0, i - 5); k < i; k++) if (CLEFT_OPENERS.has((toks[k] as Token).norm)) return true;
    // An embedded question as the subject: "how long it lasts is unclear", so "how long the
    // run is is anyone's guess". A subject must stand between the wh-word and the verb.
    for (let k = Math.max(0, i - 6); k < i - 1; k++) if (WH_SUBJECT_OPENERS.has((toks[k] as Token).norm)) return true;
  }
  // A mentioned word: "the "zoom zoom" kid".
  const p = toks[i - 1];
  if (p && /^["“‘'«]$/.test(p.text)) return true;
  return false;
}

function commaRepetitionOk(doc: Doc, toks: readonly Token[], h: Hit): boolean {
  const first = toks[h.first] as Token;
  if (SUBJECT_START.has(first.norm)) return true;
  // A verb phrase or a comparative said again to extend it: "create jobs, create jobs now",
  // "moving ahead, moving ahead steadily", "more just, more just for all of its people".
  if (COMPARATIVES.has(first.norm)) return true;
  const ext = toks[h.last + 1];
  if (doc.pos(first) === 'VERB' && ext && ext.kind === 'word' && doc.pos(ext) === 'ADV' && !AFTER_BAD_ADV.has(ext.norm)) return true;
  // A clause said again: "the things that we know work, that we know work because…".
  if (RELATIVES.has(first.norm) && h.n >= 3) {
    const tag = doc.pos(toks[h.first + 1] as Token);
    if (tag === 'PRON' || tag === 'DET' || tag === 'PROPN') return true;
  }
  if (DEMONSTRATIVES.has(first.norm)) {
    const tag = doc.pos(toks[h.first + 1] as Token);
    if (tag === 'AUX' || tag === 'VERB') return true;
  }
  // The first copy must sit inside a clause: preceded by a word, not opening the sentence.
  const before = toks[h.first - 1];
  if (!before || !isWordLike(before)) return true;
  const after = toks[h.last + 1];
  if (!after) return inQuotation(doc.text, first.start);
  // Quoted speech repeats for effect before a pause: "more systems, more systems, and now".
  if (after.kind === 'punct') return inQuotation(doc.text, first.start);
  if (RELATIVES.has(after.norm)) return true;
  // Parallel phrases: "the good in the bad, the bad in the worst".
  if (after.norm === before.norm) return true;
  const tag = doc.pos(after);
  if (!AFTER_OK.has(tag)) return true;
  return tag === 'ADV' && AFTER_BAD_ADV.has(after.norm);
}

/** Repetitions that are English whatever the context. */
function phraseOk(toks: readonly Token[], h: Hit, j: number): boolean {
  const { first: i, n, last } = h;
  const head = toks[i] as Token;
  if (allCapitalized(toks, i, n) && allCapitalized(toks, j, n)) return true;
  // A heading followed by a sentence that opens with its words: "THE ARTS The arts are…",
  // "Science and Technology Science and technology contribute…".
  if (isCapitalized(toks[j] as Token) && isHeading(toks, i, n)) return true;
  // A new line of verse or a new sentence: "the world, The world".
  if (!isCapitalized(head) && isCapitalized(toks[j] as Token)) return true;
  // Chants and reduplication: "dump dump dump", "la la la la".
  if (n === 1 && last - i >= 2) return true;
  // Doubled words of the list ("bye bye", "no no no no"); a phrase of different listed words
  // ("so far so far") is a doubled phrase all the same.
  let allOk = true;
  for (let k = 0; k < n; k++) {
    const w = (toks[i + k] as Token).norm;
    if (!DOUBLE_OK.has(w) || (k > 0 && w !== head.norm)) allOk = false;
  }
  if (allOk) return true;
  // Idioms whose halves meet: "from time to time to", "over and over and over".
  if (n === 2 && LINKERS.has((toks[i + 1] as Token).norm)) return true;
  // "a rose is a rose is a rose", "over and over and over": the chain goes on past the copies,
  // after them with the phrase's first word or before them with its last.
  if (toks[last + 1]?.norm === head.norm) return true;
  if (toks[i - 1]?.norm === (toks[i + n - 1] as Token).norm) return true;
  // "per second per second"; "drive and drive and drive"; "we do not want to have to have it";
  // "call a spade a spade".
  if (head.norm === 'per' || (n > 1 && (head.norm === 'and' || head.norm === 'or'))) return true;
  // "work to do to do that": an infinitive of purpose after an infinitive.
  if (n === 2 && head.norm === 'to') return true;
  const p = toks[i - 1];
  return p !== undefined && NAMING_VERBS.has(p.norm);
}

function findAt(doc: Doc, toks: readonly Token[], i: number): Hit | undefined {
  for (let n = MAX_WORDS; n >= 1; n--) {
    if (i + 2 * n > toks.length) continue;
    // A single word said twice with a comma is emphasis in English ("very, very", "work, work").
    for (const comma of n === 1 ? [false] : [false, true]) {
      const sep = comma ? 1 : 0;
      if (comma && toks[i + n]?.text !== ',') continue;
      const j = i + n + sep;
      if (!samePhrase(toks, i, j, n)) continue;
      // Further copies: "X X X", "X, X, X".
      let last = j + n - 1;
      for (;;) {
        const k = last + 1 + sep;
        if (comma && toks[last + 1]?.text !== ',') break;
        if (!samePhrase(toks, i, k, n)) break;
        last = k + n - 1;
      }
      const h: Hit = { first: i, n, last, comma };
      if (phraseOk(toks, h, j)) continue;
      if (n === 1 && singleWordOk(doc, toks, i)) continue;
      if (comma && commaRepetitionOk(doc, toks, h)) continue;
      if (!comma && n > 1) {
        const p = toks[i - 1];
        if (p && CLEFT_OPENERS.has(p.norm)) continue;
        // "as dead as dead can be": the second "as" compares.
        if ((toks[i] as Token).norm === 'as') continue;
      }
      return h;
    }
  }
  return undefined;
}

function checkSentence(doc: Doc, s: Sentence, report: (h: Hit, toks: readonly Token[]) => void): void {
  const toks = doc.sentenceTokens(s);
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i] as Token;
    if (!isWordLike(t)) continue;
    // Cheap test first: some later token within reach must repeat this one.
    let seen = false;
    for (let k = i + 1; k <= i + MAX_WORDS + 1 && k < toks.length; k++) {
      if ((toks[k] as Token).norm === t.norm) {
        seen = true;
        break;
      }
    }
    if (!seen) continue;
    const h = findAt(doc, toks, i);
    if (!h) continue;
    report(h, toks);
    i = h.last;
  }
}

export const rule: Rule = {
  meta: {
    id: 'repeated-phrase',
    category: 'repetition',
    severity: 'warning',
    description: 'A word or short phrase repeated back to back by the translation.',
    examples: {
      bad: [
        { text: 'It failed to remove [[more than more than]] 2,400 posts.', output: 'It failed to remove more than 2,400 posts.' },
        { text: 'He scored 14 goals in all competitions [[last season, last season]], when he was named best player.', output: 'He scored 14 goals in all competitions last season, when he was named best player.' },
        { text: '“The President has been very clear for [[many years, many years]] about the basic principles.”', output: '“The President has been very clear for many years about the basic principles.”' },
        { text: 'The minister met [[the the]] delegation on Monday.', output: 'The minister met the delegation on Monday.' },
        { text: 'More than 6 million hectares have burned [[so far so far]] this year.', output: 'More than 6 million hectares have burned so far this year.' },
        { text: 'She thanked her supporters [[and and]] promised to govern for all.', output: 'She thanked her supporters and promised to govern for all.' },
        { text: '[[The the]] delegation arrived on Monday.', output: 'The delegation arrived on Monday.' },
        { text: 'The bank said it [[is is]] ready to act.', output: 'The bank said it is ready to act.' },
        { text: 'Talks will resume [[in the in the]] spring.', output: 'Talks will resume in the spring.' },
        { text: 'Prices rose [[for the third month, for the third month]] in a row.', output: 'Prices rose for the third month in a row.' },
        { text: 'They scored twice in [[the last five minutes, the last five minutes]] to win the cup.', output: 'They scored twice in the last five minutes to win the cup.' },
        { text: 'The court fined [[the company the company]] on Thursday.', output: 'The court fined the company on Thursday.' },
        { text: 'Ministers will meet [[next week next week]] in Brussels.', output: 'Ministers will meet next week in Brussels.' },
        { text: 'The coast guard suspended ferry trips [[in in]] five regions.', output: 'The coast guard suspended ferry trips in five regions.' },
        { text: 'If it fails to comply it [[could could]] face daily penalties.', output: 'If it fails to comply it could face daily penalties.' },
      ],
      good: [
        'Morimoto said that that was only one factor among many.',
        'She had had enough of the delays.',
        'There are many, many reasons to stay.',
        'It was very, very different.',
        'Prices rose again and again.',
        'More and more people left the city.',
        'The problems grew bigger and bigger.',
        'They advanced step by step, day by day, side by side.',
        'He was born in Walla Walla, Washington.',
        'The song "New York, New York" played at the end.',
        'He lives in New York, New York.',
        'The score was 2 2 at half time.',
        '"No, no, no," he said.',
        'If you put energy into the universe, the universe will curve.',
        'Those "whassup" guys are back, and the "zoom zoom" kid is an adult.',
        'What it is is a scandal, he said.',
        'How long the strike lasts is unclear, and how big the bill is is anyone’s guess.',
        'Latin is a language as dead as dead can be.',
        'He pointed from time to time to the jets outside.',
        'He said it over and over and over.',
        'A rose is a rose is a rose.',
        'It falls at 32 feet per second per second.',
        'He does not call a spade a spade.',
        'We would get into the car and drive and drive.',
        'We do not want to have to have this debate again.',
        'She needed a man, a man who would not shift.',
        'See the good in the bad, the bad in the worst.',
        'The crowd chanted dump dump dump at the rally.',
        'They sang la la la la, la la la la.',
        'Save the world, The world Needs You, the poster said.',
        '“We will fight, we will fight,” the leader said.',
        '“It took a long time, a long time.”',
        '“We need more systems, more systems, and we need them now.”',
        'Ding, ding, ding, the bell rang.',
        'She said bye bye to the crowd.',
        'They need to log in in the morning.',
        'Voters turned out out of anger.',
        'The plan was carried on on Monday.',
        'He gave her her keys back.',
        'What they do do is help each other.',
        'Thank you, thank you so much, she told the crowd.',
        'In the city, the city council voted against the plan.',
        'The one that won was the one that lost last year.',
        'The company, the company said, will appeal.',
        'It was hard, hard work for everyone.',
        'The flower, arum, arum maculatum, smells bad.',
        'Slowly, slowly, the water receded.',
        '“Never, never again,” she said.',
        'He paused: again, again he tried.',
        'Our objective is to keep our economy moving ahead, moving ahead steadily and safely.',
        'Our immediate priority must be to create jobs, create jobs now.',
        'We helped to make our country more just, more just for all of its people.',
        'We did things last year that we know work, that we know work because the police told us.',
        'We have got four more hard years of work to do to do that.',
        'THE ARTS The arts are a precious national resource.',
        'Science and Technology Science and technology contribute immeasurably to our lives.',
        'AGRICULTURE THE FARM ECONOMY The farm economy is sound.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const s of doc.sentences) {
      checkSentence(doc, s, (h, toks) => {
        const a = toks[h.first] as Token;
        const aEnd = toks[h.first + h.n - 1] as Token;
        const z = toks[h.last] as Token;
        const keep = doc.text.slice(a.start, aEnd.end);
        ctx.report({
          start: a.start,
          end: z.end,
          message: `“${keep}” is repeated: the translation doubled it; keep one.`,
          suggestions: [keep],
          reason: 'a phrase said twice in a row reads as a translation glitch, not emphasis',
          confidence: h.n === 1 ? 0.85 : 0.9,
        });
      });
    }
  },
};
