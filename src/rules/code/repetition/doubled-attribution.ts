/**
 * A sentence attributed twice: "According to the ministry, about 60 boats could leave, the
 * ministry said." or "The ministry said 60 boats could leave, the ministry said." The source
 * put the attribution in one place, the translation in another, and a round trip kept both.
 * The fix drops the trailing one.
 */
import type { Doc, Sentence } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inQuotation } from './lib/context.js';

const VERBS = 'said|says|added|adds|told reporters|stated|noted|reported|announced|explained|stressed';
// ", the ministry said." / ", it said." at the end of the sentence (up to five words of subject).
const TRAILING = new RegExp(`,\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?[\\p{L}\\p{N}'’.-]+)\\s+(?:${VERBS})\\s*[.!]?$`, 'u');
const OPENING = /^(?:According to|As reported by|In the words of)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+),/u;
const PRONOUNS = new Set(['it', 'he', 'she', 'they']);

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
      ],
      good: [
        'According to the ministry, about 60 boats could leave the fleet.',
        'About 60 boats could leave the fleet, the ministry said.',
        'According to police, the driver fled, a witness said.',
        'The minister said the plan would work, the spokesman said.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const { text } = doc;
    for (const s of doc.sentences) {
      if (!endsWithVerb(doc, s)) continue;
      const sentence = text.slice(s.start, s.end).replace(/\s+$/, '');
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
      if (inQuotation(text, start)) continue;
      const end = start + (tail[0] as string).replace(/\s*[.!]$/, '').length;
      ctx.report({
        start,
        end,
        message: `“${text.slice(start, end).replace(/^,\s*/, '')}” repeats the attribution the sentence already has; drop it.`,
        suggestions: [''],
        reason: 'one source, one attribution per sentence',
        confidence: 0.8,
      });
    }
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
