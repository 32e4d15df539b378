/**
 * The prepositional object of a verb fronted before the subject with no comma: “To the press
 * conference Mehra did not come”, “To the minister the reporters asked about the budget”, “Of
 * this decision the players are very disappointed”. Russian, Polish, German and Turkish open a
 * sentence with the dative or prepositional object as its topic; English keeps it after the
 * verb (“Mehra did not come to the press conference”). Flagged when a sentence opens with “To”
 * or “Of” and a noun phrase, runs straight into a subject, and that subject’s verb is one that
 * governs the preposition (come to, speak to, proud of, think of). Fixed openers (“To this
 * day”, “To that end”, “Of these”) and rhetorical addresses (“To our troops I say”) are left alone.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const DETS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'such']);
const IDIOM_NOUNS = new Set([
  'day', 'date', 'end', 'extent', 'effect', 'degree', 'point', 'purpose', 'moment', 'time', 'list', 'number', 'total',
  'contrary', 'best', 'surprise', 'dismay', 'delight', 'horror', 'astonishment', 'amazement', 'relief', 'knowledge',
  'mind', 'credit', 'shame', 'regret', 'disappointment', 'chagrin', 'joy', 'embarrassment', 'satisfaction', 'annoyance',
  'course', 'sum', 'left', 'right', 'north', 'south', 'east', 'west', 'side', 'rear', 'front', 'people', 'men', 'women',
  'families', 'nations', 'members', 'citizens', 'friends', 'troops', 'soldiers', 'congress', 'world', 'children',
  'gratification', 'pleasure', 'sorrow', 'consternation', 'frustration', 'irritation', 'alarm', 'discomfort', 'misfortune',
  'detriment', 'benefit', 'advantage', 'honor', 'honour', 'dissatisfaction', 'displeasure', 'anger', 'sadness', 'grief',
]);
const SUBJ_PRON = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it']);
const TO_VERBS = new Set([
  'come', 'comes', 'came', 'go', 'goes', 'went', 'speak', 'speaks', 'spoke', 'talk', 'talks', 'talked', 'write', 'writes',
  'wrote', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'answer', 'answered', 'listen', 'listened',
  'belong', 'belongs', 'belonged', 'turn', 'turned', 'send', 'sent', 'give', 'gave', 'explain', 'explained', 'ask', 'asked',
  'return', 'returned', 'object', 'objected', 'apologize', 'apologized', 'apologise', 'apologised', 'said', 'says', 'say',
  'thank', 'thanked', 'appeal', 'appealed', 'report', 'reported', 'complain', 'complained', 'arrive', 'arrived', 'travel',
  'travelled', 'traveled', 'promise', 'promised', 'offer', 'offered', 'sell', 'sold', 'lend', 'lent',
]);
const OF_VERBS = new Set([
  'proud', 'afraid', 'aware', 'sure', 'convinced', 'disappointed', 'tired', 'ashamed', 'fond', 'capable', 'critical',
  'confident', 'certain', 'jealous', 'suspicious', 'informed', 'accused', 'warned', 'reminded', 'convinced', 'think',
  'thinks', 'thought', 'speak', 'spoke', 'talk', 'talked', 'know', 'knew', 'heard', 'dream', 'dreamed', 'dreamt', 'consist',
  'consists', 'consisted', 'approve', 'approved', 'disapprove', 'skeptical', 'sceptical', 'wary', 'mindful', 'full',
  'guilty', 'innocent', 'free', 'worthy', 'unaware', 'uncertain', 'unsure', 'happy', 'satisfied', 'scared', 'frightened',
]);
const AUX_OR_ADV = new Set([
  'did', 'do', 'does', 'not', "n't", 'never', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should',
  'may', 'might', 'is', 'are', 'was', 'were', 'be', 'been', 'very', 'so', 'quite', 'deeply', 'also', 'still', 'already',
  'always', 'often', 'then', 'later', 'first', 'finally', 'too', 'to', 'want', 'wanted', 'wants', 'felt', 'feel', 'feels',
  'seemed', 'seems', 'became', 'become', 'remain', 'remained', 'remains', 'personally', 'directly', 'immediately',
]);
const QUOTES = new Set(['“', '"', '‘', "'"]);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

export const rule: Rule = {
  meta: {
    id: 'fronted-prepositional-object',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A verb’s “to” or “of” object fronted before the subject with no comma (“To the press conference Mehra did not come”).',
    examples: {
      bad: [
        { text: '[[To the press conference Mehra did not come]]. His aide spoke instead.' },
        { text: '[[To the minister the reporters asked]] about the budget.' },
        { text: '[[Of this decision the players are very disappointed]].' },
        { text: '“[[To this public I must say]] thank you,” she said.' },
        { text: '[[Of the new rules the farmers were not informed]] in time.' },
      ],
      good: [
        'Mehra did not come to the press conference.',
        'To this day the company denies any wrongdoing.',
        'To that end the government set up a fund.',
        'Of these the most important is the tax cut.',
        'To the American people I say: we will prevail.',
        'To the press conference, Mehra sent his second.',
        'Of the 50 people on board, 12 were rescued.',
        'To the east the mountains rise above the plain.',
        'To his surprise the court agreed.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const prep of doc.tokensWith(['to', 'of'])) {
      if (!doc.isSentenceInitial(prep)) {
        const q = doc.prev(prep);
        if (!q || !QUOTES.has(q.text) || !(doc.prev(q) === undefined || doc.isSentenceInitial(q))) continue;
      }
      if (!/^\p{Lu}/u.test(prep.text)) continue;
      const det = doc.next(prep);
      if (!isWord(det) || !DETS.has(det.norm)) continue;
      // The noun phrase: 1-3 words, the last a noun not in an idiom.
      let k = 2;
      let head: Token | undefined;
      for (; k <= 5; k++) {
        const t = doc.next(prep, k);
        if (!isWord(t)) break;
        // A capitalized word after a lowercase one starts the subject: "the press conference Mehra".
        if (k > 2 && /^\p{Lu}/u.test(t.text) && head && !/^\p{Lu}/u.test(head.text)) break;
        const tag = doc.pos(t);
        if (tag === 'NOUN' || tag === 'ADJ' || tag === 'PROPN' || tag === 'NUM') head = t;
        else break;
      }
      if (!head || IDIOM_NOUNS.has(head.norm)) continue;
      // The subject starts right after the noun phrase: a pronoun, a name, or "the/a" + noun.
      const subj = doc.next(prep, k);
      if (!isWord(subj)) continue;
      let verbFrom: Token | undefined;
      if (SUBJ_PRON.has(subj.norm)) verbFrom = doc.next(subj);
      else if ((subj.norm === 'the' || subj.norm === 'a' || subj.norm === 'an') && isWord(doc.next(subj))) {
        let n = doc.next(subj);
        if (n && doc.pos(n) === 'ADJ') n = doc.next(n);
        if (!isWord(n) || doc.pos(n) !== 'NOUN') continue;
        verbFrom = doc.next(n);
      } else if (/^\p{Lu}/u.test(subj.text)) {
        let n = doc.next(subj);
        while (isWord(n) && /^\p{Lu}/u.test(n.text) && doc.pos(n) === 'PROPN') n = doc.next(n);
        verbFrom = n;
      } else continue;
      // The governing verb within four words, only auxiliaries and adverbs before it.
      const verbs = prep.norm === 'to' ? TO_VERBS : OF_VERBS;
      let v: Token | undefined = verbFrom;
      let found: Token | undefined;
      for (let j = 0; j < 5 && isWord(v); j++, v = doc.next(v)) {
        if (verbs.has(v.norm)) { found = v; break; }
        if (!AUX_OR_ADV.has(v.norm)) break;
      }
      if (!found) continue;
      // Direct speech follows ("To the first one he asked, “…”"): a storyteller's order.
      const afterVerb = doc.next(found);
      if (afterVerb && /^[,:“"]$/.test(afterVerb.text)) continue;
      // A rhetorical address: "To our troops I say".
      if ((subj.norm === 'i' || subj.norm === 'we') && found.norm === 'say') {
        const after = doc.next(found);
        if (!after || after.kind === 'punct') continue;
      }
      if (doc.sentenceOf(found) !== doc.sentenceOf(prep)) continue;
      const end = found.end;
      ctx.report({
        start: prep.start,
        end,
        message: `“${prep.text} ${doc.text.slice(det.start, head.end)}” is the verb’s object, put first as the source language does: English says it after the verb (“… ${found.text} ${prep.norm} ${doc.text.slice(det.start, head.end)}”).`,
        suggestions: [],
        reason: 'English keeps a prepositional object after its verb',
        confidence: 0.65,
      });
    }
  },
};
