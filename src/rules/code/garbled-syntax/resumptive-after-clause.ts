/**
 * A subject taken up again by a pronoun after its relative clause: “The exam which was held on
 * Sunday, it will be held again”, or after a free relative: “What the unions want, it is to work
 * in safety”. Hindi, Arabic, French and spoken Romance resume a long subject this way; English
 * says “The exam, which was held on Sunday, will be held again” and “What the unions want is…”.
 *
 * Flagged when a sentence opens with a determiner or a name, its noun and a relative clause
 * (which/who/that, at most twelve words, no punctuation), or with “What” and a clause, and a
 * comma, a subject pronoun and its verb follow. Quiet for a parenthetical “he said,” and for
 * “What happens next, it is hard to say” (the clause is the object of what follows).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { commaPronouns } from './lib/comma-pronoun.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const RELATIVES = new Set(['which', 'who', 'that']);
// Not "a": "A building that's perfect, it has no flaw" is a generic statement in verse.
const DETERMINERS = new Set(['the', 'this', 'these', 'those']);
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OPEN_QUOTES = /^["“‘'«(]$/;

/** The first word of the sentence of `t`, past opening quotes. */
function sentenceStart(doc: Doc, t: Token): Token | undefined {
  const s = doc.sentenceOf(t);
  let i = s.firstToken;
  while (i < s.endToken && OPEN_QUOTES.test((doc.tokens[i] as Token).text)) i++;
  return doc.tokens[i];
}

export const rule: Rule = {
  meta: {
    id: 'resumptive-after-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A subject resumed by a pronoun after its relative clause: “The exam which was held on Sunday, it will be held again”.',
    examples: {
      bad: [
        { text: 'The exam which was held on Sunday[[, it]] will be held again within six months.', output: 'The exam which was held on Sunday will be held again within six months.' },
        { text: '“What the unions want[[, it]] is simply to work in safe conditions.”', output: '“What the unions want is simply to work in safe conditions.”' },
        { text: 'The minister who signed the decree[[, he]] resigned on Friday.', output: 'The minister who signed the decree resigned on Friday.' },
      ],
      good: [
        'The exam, which was held on Sunday, will be held again.',
        'The man who left early, he said, was the driver.',
        'What happens next, it is hard to say.',
        'What he wants, he gets.',
        'The company that won the contract, it seems, has no staff.',
        'Those who can afford it, they said, have left.',
        'The plan that failed was his, and he knows it.',
        'A building that is perfect, it has no flaw.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const { comma, pron, verb } of commaPronouns(doc, PRONOUNS)) {
      // Cheap: the clause before the comma has no other punctuation and opens the sentence.
      const first = sentenceStart(doc, pron);
      if (!first || first.index >= comma.index || comma.index - first.index > 16) continue;
      let punct = false;
      for (let k = first.index; k < comma.index; k++) if ((doc.tokens[k] as Token).kind === 'punct' && (doc.tokens[k] as Token).text !== '’' && (doc.tokens[k] as Token).text !== "'") punct = true;
      if (punct) continue;
      const free = first.norm === 'what';
      let rel: Token | undefined;
      if (!free) {
        for (let k = first.index + 1; k < comma.index && !rel; k++) if (RELATIVES.has((doc.tokens[k] as Token).norm)) rel = doc.tokens[k];
        if (!rel || rel.index - first.index > 6 || comma.index - rel.index < 3) continue;
        if (!(DETERMINERS.has(first.norm) || (/^\p{Lu}/u.test(first.text) && doc.pos(first) === 'PROPN'))) continue;
        // The words before the relative are one noun phrase ending in a noun.
        let np = true;
        for (let k = first.index; k < rel.index; k++) if (!NP.has(doc.pos(doc.tokens[k] as Token)) && (doc.tokens[k] as Token).norm !== "'s") np = false;
        const head = doc.prev(rel) as Token;
        if (!np || !['NOUN', 'PROPN'].includes(doc.pos(head))) continue;
        // The relative clause has a verb of its own.
        let hasVerb = false;
        for (let k = rel.index + 1; k < comma.index; k++) if (['VERB', 'AUX'].includes(doc.pos(doc.tokens[k] as Token))) hasVerb = true;
        if (!hasVerb) continue;
      } else {
        if (pron.norm !== 'it' || !['is', 'was'].includes(verb.norm)) continue;
        // "What happens next, it is hard to say": an adjective and "to" make the clause an object.
        const a = doc.next(verb);
        const to = a && doc.next(a);
        if (a && doc.pos(a) === 'ADJ' && to?.norm === 'to') continue;
        if (a?.norm === 'not' || a?.norm === 'unclear' || a?.norm === 'clear') continue;
      }
      const vpos = doc.pos(verb);
      if (vpos !== 'VERB' && vpos !== 'AUX') continue;
      // A parenthetical "he said," closes with a comma within a few words.
      let parenthetical = false;
      for (let k = 0, c = doc.next(verb); k < 4 && c && !parenthetical; k++, c = doc.next(c)) parenthetical = c.text === ',' || c.text === '—' || c.text === '–';
      if (parenthetical) continue;
      ctx.report({
        start: comma.start,
        end: pron.end,
        message: `“${doc.text.slice(first.start, pron.end)}”: the subject is taken up again by “${pron.text}” after its clause; English drops the pronoun${free ? '' : ' and sets the clause off with commas if it adds information'}.`,
        suggestions: [''],
        reason: 'an English clause has one subject; a long subject is not resumed by a pronoun',
        confidence: 0.6,
      });
    }
  },
};
