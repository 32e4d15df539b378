/**
 * A function word capitalized inside a sentence: “... other people’s policies or To say that
 * the country ...”. A round trip that splits and rejoins sentences leaves a sentence-initial
 * capital behind. Titles of works keep capitals (“the film Gone With the Wind”), so a
 * capitalized word among the next three words, or a word before that is not lower case,
 * silences the rule.
 *
 * Not flagged: a pronoun for God (“we ask His help”, “the tasks which He sets”) near a word for
 * a deity, and a direct question or speech after a comma without quotation marks (“the question
 * is, What is best?”, “we reply, We are ready”).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { casedWordPositions, isHeadline, isLower, lowerFirst, startsClause } from './lexicon.js';

// Determiners, prepositions, conjunctions, auxiliaries and pronouns that are never names.
// Single letters ("A", "I", "O") are left out: grades, variables, the pronoun.
const WORDS: ReadonlySet<string> = new Set([
  'about', 'after', 'against', 'also', 'although', 'among', 'an', 'and', 'are', 'as', 'at', 'be', 'because',
  'been', 'before', 'between', 'but', 'by', 'can', 'could', 'did', 'does', 'during', 'for', 'from', 'had',
  'has', 'have', 'he', 'her', 'his', 'however', 'if', 'in', 'into', 'is', 'it', 'its', 'not', 'of', 'on',
  'or', 'our', 'she', 'should', 'than', 'that', 'the', 'their', 'them', 'these', 'they', 'this', 'those',
  'to', 'under', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom',
  'whose', 'will', 'with', 'would',
]);
// Pronouns, determiners, adverbs and prepositions a split sentence leaves capitalized as well;
// after a comma they often start a clause in old-style prose ("..., There is reason"), so only
// after a lower-case word.
const MORE_WORDS: ReadonlySet<string> = new Set([
  'its', 'why', 'how', 'my', 'your', 'some', 'any', 'each', 'every', 'both', 'through', 'without', 'within',
  'until', 'since', 'upon', 'towards', 'toward', 'across', 'despite', 'must', 'might', 'been', 'being', 'there',
  'then', 'very', 'unless', 'whereas', 'nor', 'yet', 'shall',
]);
// Capitalized words that do not make a title of what precedes: "in The capital on Monday".
const NOT_TITLE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

// Pronouns that devotional style capitalizes for God, and the words that name Him nearby.
const DEITY_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'himself', 'thy', 'thee', 'thou']);
const DEITY = /\b(?:God|Lord|Almighty|Creator|Providence|Christ|Jesus|Father|Maker|Savior|Saviour|Allah|Heaven)\b/;

// Verbs and nouns that introduce speech or a question quoted without quotation marks.
const SPEECH = new Set(['say', 'says', 'said', 'ask', 'asks', 'asked', 'reply', 'replies', 'replied', 'answer', 'answers',
  'answered', 'question', 'is', 'was', 'declare', 'declares', 'declared', 'tell', 'told', 'cry', 'cried', 'exclaim', 'exclaimed']);

export const rule: Rule = {
  meta: {
    id: 'capitalized-function-word',
    category: 'capitalization',
    severity: 'warning',
    description: 'A function word capitalized in the middle of a sentence (“policies or To say”).',
    examples: {
      bad: [
        { text: 'No country has the right to dictate other people’s policies or [[To]] say who they can get along with.', output: 'No country has the right to dictate other people’s policies or to say who they can get along with.' },
        { text: 'The ministry said [[The]] measures would be lifted in May.', output: 'The ministry said the measures would be lifted in May.' },
        { text: 'Prices rose sharply, [[But]] wages did not keep up.', output: 'Prices rose sharply, but wages did not keep up.' },
        { text: 'The meeting took place in [[The]] capital on Monday.', output: 'The meeting took place in the capital on Monday.' },
        { text: 'The club will play [[Its]] first home match in August.', output: 'The club will play its first home match in August.' },
        { text: 'Investors wanted to know [[Why]] the payments had stopped.', output: 'Investors wanted to know why the payments had stopped.' },
        { text: 'Prices have risen sharply [[Since]] the war began.', output: 'Prices have risen sharply since the war began.' },
      ],
      good: [
        'No country has the right to dictate other people’s policies or to say who they can get along with.',
        'She starred in the film Gone With the Wind.',
        'He read To Kill a Mockingbird at school.',
        'The court in The Hague ruled on Monday.',
        'He said: The measures will be lifted.',
        '“The measures will be lifted,” he said.',
        'It was reported by The Associated Press.',
        'Policies And Prices To Watch This Year',
        'He gave the plan a grade of A and moved on.',
        'We give thanks to God and ask His guidance in the year ahead.',
        'The question is, What is best for the railroads?',
        'If asked whether we are ready, we reply, We are ready.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // Only capitalized words can pass the test below: start from them, not from every "the".
    for (const i of casedWordPositions(doc)) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text === t.norm || !(WORDS.has(t.norm) || MORE_WORDS.has(t.norm)) || t.text !== `${t.norm.charAt(0).toUpperCase()}${t.norm.slice(1)}`) continue;
      if (startsClause(doc, t)) continue;
      const p = doc.prev(t);
      if (!p || !(isLower(p.text) || (p.text === ',' && WORDS.has(t.norm)))) continue;
      let quiet = false;
      for (let k = 1; k <= 3 && !quiet; k++) {
        const n = doc.next(t, k);
        if (!n) {
          quiet = k === 1;
          break;
        }
        if (n.kind === 'word' && /^\p{Lu}/u.test(n.text) && !(k > 1 && NOT_TITLE.test(n.text))) quiet = true;
        if (k === 1 && !(n.kind === 'word' && isLower(n.text))) quiet = true;
      }
      if (quiet || isHeadline(doc, t.start)) continue;
      if (DEITY_PRONOUNS.has(t.norm) && DEITY.test(doc.text.slice(Math.max(0, t.start - 400), t.end + 200))) continue;
      // "the question is, What is best ...?", "we reply, We are ready": speech after a comma.
      if (p.text === ',' && SPEECH.has(doc.prev(p)?.norm ?? '')) continue;
      const fixed = lowerFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is capitalized in the middle of a sentence: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'only the first word of a sentence and names take a capital',
        confidence: 0.8,
      });
    }
  },
};
