/**
 * A sentence attributed twice: "According to the ministry, about 60 boats could leave, the
 * ministry said." or "The ministry said 60 boats could leave, the ministry said." The source
 * put the attribution in one place, the translation in another, and a round trip kept both.
 * The fix drops the trailing one. Two tags in a row with one speaker (“, the ministry said, the
 * ministry said”) and a lead said twice (“The company said that the company said”) lose the
 * second; a pronoun said twice (“He said that he said no”) can be reported speech and stays.
 */
import type { Doc, Sentence, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inQuotation } from './lib/context.js';

const VERBS = 'said|says|added|adds|told reporters|stated|noted|reported|announced|explained|stressed';
// ", the ministry said." / ", it said." at the end of the sentence (up to five words of subject).
const TRAILING = new RegExp(`,\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?[\\p{L}\\p{N}'’.-]+)\\s+(?:${VERBS})\\s*[.!]?$`, 'u');
const OPENING = /^(?:According to|As reported by|In the words of)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+),/u;
const PRONOUNS = new Set(['it', 'he', 'she', 'they']);
const NP = `(?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?[\\p{L}\\p{N}'’.-]+`;
/** ", the ministry said, the ministry said" / ", said the mayor, the mayor said": two tags in a row. */
const TAG_PAIR = new RegExp(`,\\s+(?:(${NP})\\s+(?:${VERBS})|(?:${VERBS})\\s+(${NP}))(,\\s+(?:(${NP})\\s+(?:${VERBS})|(?:${VERBS})\\s+(${NP})))(?=[\\s,.;!]|$)`, 'gu');
/** "The company said that the company said profits rose": the lead said twice. */
const LEAD_PAIR = new RegExp(`^(${NP})\\s+(${VERBS})\\s+((?:that\\s+)?(${NP})\\s+(${VERBS})\\s+)`, 'u');

/** The last word of each of VERBS, lower case: a sentence TRAILING matches ends with one. */
const FINAL_WORDS: ReadonlySet<string> = new Set(VERBS.split('|').map((v) => v.split(' ').pop() as string));

/** Whether the sentence's last word, before one closing "." or "!", is one of FINAL_WORDS: the test before the regex. */
function endsWithVerb(doc: Doc, s: Sentence): boolean {
  let k = s.endToken - 1;
  let t = doc.tokens[k];
  if (t && (t.text === '.' || t.text === '!')) t = doc.tokens[--k];
  return t !== undefined && k >= s.firstToken && FINAL_WORDS.has(t.norm);
}

const norm = (s: string): string => s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[’]/g, "'");

export const rule: Rule = {
  meta: {
    id: 'doubled-attribution',
    category: 'repetition',
    severity: 'warning',
    description: 'A sentence attributed twice: "According to the ministry, ..., the ministry said."',
    examples: {
      bad: [
        { text: 'According to the ministry, about 60 boats could leave the fleet[[, the ministry said]].', output: 'According to the ministry, about 60 boats could leave the fleet.' },
        { text: 'According to police, three people were hurt[[, police said]].', output: 'According to police, three people were hurt.' },
        { text: 'The ministry said about 60 boats could leave the fleet[[, the ministry said]].', output: 'The ministry said about 60 boats could leave the fleet.' },
        { text: 'The vaccine is safe, the ministry said[[, the ministry said]] on Monday.', output: 'The vaccine is safe, the ministry said on Monday.' },
        { text: 'The fire is under control, said the mayor[[, the mayor said]].', output: 'The fire is under control, said the mayor.' },
        { text: 'The company said [[that the company said ]]profits rose.', output: 'The company said profits rose.' },
      ],
      good: [
        'According to the ministry, about 60 boats could leave the fleet.',
        'About 60 boats could leave the fleet, the ministry said.',
        'According to police, the driver fled, a witness said.',
        'The minister said the plan would work, the spokesman said.',
        'The plan will work, the minister said, the spokesman said later.',
        'He said that he said no to the offer.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const { text } = doc;
    const report = (start: number, end: number): void => {
      if (inQuotation(text, start)) return;
      ctx.report({
        start,
        end,
        message: `“${text.slice(start, end).replace(/^,\s*/, '').trim()}” repeats the attribution the sentence already has; drop it.`,
        suggestions: [''],
        reason: 'one source, one attribution per sentence',
        confidence: 0.8,
      });
    };
    if (![...FINAL_WORDS].some((w) => doc.hasNorm(w))) return;
    /** Two attributions in one sentence string that starts at `at`: tags in a row, a lead said twice. */
    const pairs = (sentence: string, at: number): void => {
      // Two tags in a row with one speaker: the second goes.
      for (const m of sentence.matchAll(TAG_PAIR)) {
        const a = norm((m[1] ?? m[2]) as string);
        const b = norm((m[4] ?? m[5]) as string);
        if (a !== b || PRONOUNS.has(a)) continue;
        const start = at + (m.index as number) + (m[0] as string).length - (m[3] as string).length;
        report(start, start + (m[3] as string).length);
      }
      // "The company said that the company said ...": the second lead goes.
      const lead = LEAD_PAIR.exec(sentence);
      if (lead && norm(lead[1] as string) === norm(lead[4] as string) && lead[2] === lead[5] && !PRONOUNS.has(norm(lead[1] as string))) {
        const start = at + (lead[1] as string).length + sentence.slice((lead[1] as string).length).indexOf(lead[3] as string);
        report(start, start + (lead[3] as string).length);
      }
    };
    for (const s of doc.sentences) {
      // Only a sentence with two verbs of saying can hold two attributions (and the regexes cost),
      // or one that ends with one (a trailing tag): the string of the sentence is made for those only.
      let verbs = 0;
      for (let k = s.firstToken; k < s.endToken && verbs < 2; k++) if (FINAL_WORDS.has((doc.tokens[k] as Token).norm)) verbs++;
      const trailing = endsWithVerb(doc, s);
      if (verbs < 2 && !trailing) continue;
      const sentence = text.slice(s.start, s.end).replace(/\s+$/, '');
      if (verbs >= 2) pairs(sentence, s.start);
      if (!trailing) continue;
      const tail = TRAILING.exec(sentence);
      if (!tail) continue;
      const subject = norm(tail[1] as string);
      const body = sentence.slice(0, tail.index);
      const open = OPENING.exec(body);
      let twice = open !== null && (norm(open[1] as string) === subject || PRONOUNS.has(subject));
      if (!twice) {
        // "The ministry said (that) ..., the ministry said."
        const lead = new RegExp(`^(?:the\\s+)?${escape(subject)}\\s+(?:${VERBS})\\b`, 'i').exec(body);
        twice = lead !== null;
      }
      if (!twice) continue;
      const start = s.start + tail.index;
      report(start, start + (tail[0] as string).replace(/\s*[.!]$/, '').length);
    }
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
