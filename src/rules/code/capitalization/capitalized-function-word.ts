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
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { casedWordPositions, isCommonWord, isHeadline, isLower, lowerFirst, NAME_HEADS, startsClause } from './lexicon.js';

// Inside the name of a body or an office, "of", "for", "and", "on" stay lower case: "Ministry Of
// Health", "Department For Education", "Bank Of England" are Title Case carried over from a
// headline or a source that capitalizes every word. Only after a head that ends names
// (capitalization-name-heads.txt) and before another capitalized word, so titles of works ("Gone
// With the Wind", "Lord Of The Rings") stay out.
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on']);
const EXTRA_HEADS: ReadonlySet<string> = new Set(['state', 'minister', 'secretary', 'chamber', 'house', 'bank']);

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

/**
 * Whether the sentence of `t` is Title Case (a headline or a title run into the text), where a
 * capital "Of" is the style, not an error: no lower-case word of four letters or more.
 */
function inTitleCaseRun(doc: Doc, t: Token): boolean {
  const s = doc.sentenceOf(t);
  for (let i = s.firstToken; i < s.endToken; i++) {
    const w = doc.tokens[i] as Token;
    if (w.kind === 'word' && w.text.length >= 4 && isLower(w.text)) return false;
  }
  return true;
}

/**
 * "Search And Rescue teams": a capital "And" between two capitalized common words (no name
 * head, no name word), with a lower-case word after the run, in a sentence that is not Title
 * Case. Names write "and" in lower case ("Search and Rescue Service"), so the run is a common
 * phrase capitalized by the round trip.
 */
function titleCommonRun(doc: Doc, p: Token, t: Token): boolean {
  const n = doc.next(t);
  const after = n && doc.next(n);
  if (!n || !after || after.kind !== 'word' || !isLower(after.text)) return false;
  const common = (w: Token): boolean => w.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(w.text) && isCommonWord(w.norm) && !NAME_HEADS.has(w.norm) && !EXTRA_HEADS.has(w.norm);
  if (!common(p) || !common(n)) return false;
  const before = doc.prev(p);
  // "the novel War And Peace": a title after a capitalized word or "The" is not checked.
  if (before && !doc.isSentenceInitial(p) && !(before.kind === 'word' && isLower(before.text))) return false;
  return !isHeadline(doc, t.start) && !inTitleCaseRun(doc, t);
}

export const rule: Rule = {
  meta: {
    id: 'capitalized-function-word',
    category: 'capitalization',
    severity: 'warning',
    description: 'A function word capitalized in the middle of a sentence (“policies or To say”).',
    examples: {
      bad: [
        { text: 'The Ministry [[Of]] Health reported 300 new cases.', output: 'The Ministry of Health reported 300 new cases.' },
        { text: 'She was summoned to the Department [[For]] Education on Monday.', output: 'She was summoned to the Department for Education on Monday.' },
        { text: 'No country has the right to dictate other people’s policies or [[To]] say who they can get along with.', output: 'No country has the right to dictate other people’s policies or to say who they can get along with.' },
        { text: 'The ministry said [[The]] measures would be lifted in May.', output: 'The ministry said the measures would be lifted in May.' },
        { text: 'Prices rose sharply, [[But]] wages did not keep up.', output: 'Prices rose sharply, but wages did not keep up.' },
        { text: 'The meeting took place in [[The]] capital on Monday.', output: 'The meeting took place in the capital on Monday.' },
        { text: 'The club will play [[Its]] first home match in August.', output: 'The club will play its first home match in August.' },
        { text: 'Investors wanted to know [[Why]] the payments had stopped.', output: 'Investors wanted to know why the payments had stopped.' },
        { text: 'Prices have risen sharply [[Since]] the war began.', output: 'Prices have risen sharply since the war began.' },
        { text: 'The road was closed. [[Search And Rescue]] teams worked through the night.', output: 'The road was closed. Search and rescue teams worked through the night.' },
        { text: 'The ministry sent [[Search And Rescue]] teams to the area.', output: 'The ministry sent search and rescue teams to the area.' },
      ],
      good: [
        'The Ministry of Health reported 300 new cases.',
        'MINISTRY Of Health Reports 300 New Cases In The North',
        'Ministry Of Health Reports 300 New Cases',
        'He read The Lord Of The Rings twice.',
        'No country has the right to dictate other people’s policies or to say who they can get along with.',
        'She starred in the film Gone With the Wind.',
        'He read To Kill a Mockingbird at school.',
        'The court in The Hague ruled on Monday.',
        'He said: The measures will be lifted.',
        '“The measures will be lifted,” he said.',
        'It was reported by The Associated Press.',
        'Policies And Prices To Watch This Year',
        'The Search and Rescue Service sent two teams.',
        'She read War and Peace twice.',
        'Procter And Gamble raised prices on Monday.',
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
      if (t.text === 'And' && p && titleCommonRun(doc, p, t)) {
        const n = doc.next(t) as Token;
        const first = doc.isSentenceInitial(p) ? p.text : lowerFirst(p.text);
        ctx.report({
          start: p.start,
          end: n.end,
          message: `“${doc.text.slice(p.start, n.end)}” is a common phrase in Title Case: English writes it in lower case.`,
          suggestions: [`${first} and ${lowerFirst(n.text)}`, `${p.text} and ${n.text}`],
          reason: 'only names take capitals, and “and” is lower case even inside one',
          confidence: 0.7,
        });
        continue;
      }
      if (NAME_LINKS.has(t.norm) && p && p.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(p.text) && (NAME_HEADS.has(p.norm) || EXTRA_HEADS.has(p.norm))) {
        const n = doc.next(t);
        // "The Lord Of The Rings", "a Song For A Winter's Night": a title of a work.
        const before = doc.prev(p);
        const title = n?.text === 'The' || n?.text === 'A' || n?.text === 'An' || (before?.text === 'The' && !doc.isSentenceInitial(before));
        if (n && n.kind === 'word' && /^\p{Lu}/u.test(n.text) && !title && !doc.isSentenceInitial(p) && !isHeadline(doc, t.start) && !inTitleCaseRun(doc, t)) {
          const fixed = lowerFirst(t.text);
          ctx.report({
            start: t.start,
            end: t.end,
            message: `“${t.text}” inside the name “${doc.text.slice(p.start, n.end)}”: English writes “${fixed}” in lower case in names.`,
            suggestions: [fixed],
            reason: 'short function words inside a name are lower case',
            confidence: 0.8,
          });
        }
        continue;
      }
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
