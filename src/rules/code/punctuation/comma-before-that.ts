/**
 * A comma between a verb of saying or thinking and its "that" clause: "The group said, that a
 * sensor failed". German, Russian, Polish, Czech and other languages set a comma before every
 * subordinate clause (", dass", ", что"); English sets none there.
 */
import type { Rule } from '../../types.js';

const VERBS = [
  'said', 'says', 'say', 'stated', 'states', 'announced', 'announces', 'added', 'adds', 'explained', 'explains', 'stressed',
  'stresses', 'noted', 'notes', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'confirmed',
  'confirms', 'reported', 'reports', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'know', 'knows', 'knew',
  'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected', 'fear', 'fears', 'feared', 'emphasized', 'emphasised', 'emphasizes',
  'emphasises', 'assured', 'assures', 'admitted', 'admits', 'denied', 'denies', 'estimated', 'estimates', 'showed', 'shows',
  'found', 'finds', 'indicated', 'indicates', 'recalled', 'recalls', 'declared', 'declares', 'promised', 'promises', 'agreed',
  'agrees', 'decided', 'decides', 'concluded', 'concludes', 'underlined', 'underlines', 'pointed out', 'points out', 'mentioned',
];
const RE = new RegExp(`\\b(${VERBS.join('|')})\\s*(,)\\s*that\\b(?!\\s*(?:is|was)\\b\\s*,)`, 'gi');

const PARENTHETICAL = /,\s*(?:(?:and|but|or|as|so)\s+)?(?:i|we|they|you|he|she|one|people|everyone|everybody|all|many|most|some|others)\b[\p{L}'’ ]{0,30}$/iu;

export const rule: Rule = {
  meta: {
    id: 'comma-before-that',
    category: 'punctuation',
    severity: 'warning',
    description: 'A comma before a "that" clause after a verb of saying or thinking ("said, that"), as German or Russian punctuate.',
    examples: {
      bad: [
        { text: 'The group said[[,]] that a faulty sensor could send wrong readings.', output: 'The group said that a faulty sensor could send wrong readings.' },
        { text: 'Analysts expect[[,]] that rates will fall.', output: 'Analysts expect that rates will fall.' },
      ],
      good: [
        'The group said that a faulty sensor could send wrong readings.',
        'He said, that is, he implied, that he would go.',
        'The minister said, “That is not true.”',
        'As he said, that was the end of it.',
        'Washington did not know, that winter, whether the army would survive.',
        'For those of you who don’t know, that’s been called a fiddle.',
        'We must see to it, I think, that these new programs are well run.',
        'They know, and we know, that it would be inconceivable.',
        'How ironic, they say, that our politics seems more divided.',
        'And he promised, that "the honor of my country shall never be stained."',
        'I say to the people of the United States, that this is an urgent matter.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!text.includes(', that') && !text.includes(',that')) return;
    RE.lastIndex = 0;
    for (let m = RE.exec(text); m; m = RE.exec(text)) {
      const comma = m.index + (m[0] as string).indexOf(',');
      // "As he said, that was the end": the verb ends a clause that a conjunction opened.
      const lineStart = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index)) + 1;
      if (/^\s*(?:as|if|when|what|whatever|like|than)\b/i.test(text.slice(lineStart, m.index))) continue;
      // "did not know, that winter, whether": "that" as a determiner; "know, that's": a pronoun;
      // "I think, that have queens": a relative clause on an earlier noun.
      // "United States, that": the name, not the verb.
      if (/^States$/.test(m[1] as string) && /United\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // A parenthetical closed by the comma: "We must see to it, I think, that…", "They know,
      // and we know, that…", "How ironic, they say, that…".
      const before = text.slice(Math.max(lineStart, m.index - 40), m.index);
      if (PARENTHETICAL.test(before)) continue;
      const rest = text.slice(comma + 1, comma + 40);
      // A quotation introduced by "that": `he promised, that "the honor of my country…"`.
      if (/^\s*that\s*["“]/u.test(rest)) continue;
      if (/^\s*that(?:['’]s\b|\s+[\p{L}-]+\s*[,;:.]|\s+(?:have|has|had|is|was|are|were|will|would|can|could)\b)/u.test(rest)) continue;
      ctx.report({
        start: comma,
        end: comma + 1,
        message: 'English sets no comma before a “that” clause after a verb of saying or thinking.',
        suggestions: [''],
        reason: 'German and Slavic punctuation sets a comma before every subordinate clause; English does not',
        confidence: 0.8,
      });
    }
  },
};
