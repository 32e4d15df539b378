/**
 * A quoted sentence closed with no comma before the attribution: “We will fight until the end”
 * said the coach. Many languages put the comma after the closing mark („…“, sagte er; «…», dijo)
 * or none at all; English sets it inside: “We will fight until the end,” said the coach. Only a
 * quotation that opens a sentence and runs three words or more is taken as speech, so quoted
 * titles and terms (“Cold Night” said little) stay quiet. A comma after the closing mark of such a
 * whole quoted sentence (“… the fans”, Kibwana said) is flagged too: British logical punctuation
 * keeps a comma outside only when the quotation is a fragment, and wire style sets it inside.
 */
import type { Rule } from '../../types.js';
import { matchesAt } from '../../../text/matches-at.js';
import { charsPositions } from './lib/chars.js';

const SPEECH =
  'said|says|told|added|asked|stressed|insisted|explained|warned|noted|declared|stated|replied|wrote|tweeted|announced|argued|continued|recalled|concluded|admitted|acknowledged|emphasized|emphasised|underlined|underscored|claimed|complained|remarked|observed|commented|confirmed|vowed|pledged|urged|cautioned|countered|shouted|exclaimed|lamented|conceded|assured|promised|according';
const SUBJECT = '(?:he|she|they|we|I|it|police|officials|authorities|analysts|witnesses|residents|experts|sources|investigators|prosecutors|doctors|organizers|organisers|the [a-z]+(?: [a-z]+)?|[A-Z][\\p{L}’\'.-]+(?: [A-Z][\\p{L}’\'.-]+)*)';
// “Words words words” said X / “Words words words” X said / “Words words words”, said X
const RE = new RegExp(
  `(?<=(?:^|[.!?]\\s+|\\n)[“"])([^“”"\\n]{12,400}?[\\p{L}\\p{N}%)])(,?)([”"])(,?)(?= (?:(?:${SPEECH})\\b|${SUBJECT} (?:${SPEECH})\\b))`,
  'gu',
);

const OPENERS = ['“', '"'];

export const rule: Rule = {
  meta: {
    id: 'quote-missing-comma',
    category: 'punctuation',
    severity: 'warning',
    description: 'A quoted sentence before its attribution with no comma inside the closing mark (“… the end” said the coach).',
    examples: {
      bad: [
        { text: '“We will fight until the [[end”]] said the coach.', output: '“We will fight until the end,” said the coach.' },
        { text: '“Prices will keep rising next [[year”]] the minister told reporters.', output: '“Prices will keep rising next year,” the minister told reporters.' },
        { text: 'It rained. "The roads are closed until [[Friday"]] police said.', output: 'It rained. "The roads are closed until Friday," police said.' },
        { text: '“I will miss the [[fans”,]] Kibwana said in a video.', output: '“I will miss the fans,” Kibwana said in a video.' },
      ],
      good: [
        '“We will fight until the end,” said the coach.',
        'The film “Cold Night” said little about the war.',
        'He called the plan “a dangerous gamble” and said he would vote against it.',
        '“We will fight until the end!” said the coach.',
        '“Is this the end?” she asked.',
        'A “very strong” signal, he said.',
        'He called it “a very strong signal”, he said.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    // A match starts right after an opening mark (the lookbehind): tried there only.
    const at = charsPositions(ctx.doc, OPENERS);
    for (let k = 0; k < at.length; k++) at[k] = (at[k] as number) + 1;
    for (const m of matchesAt(text, RE, at)) {
      const words = (m[1] as string).trim().split(/\s+/);
      if (words.length < 3) continue;
      // One plain clause only: a quotation with its own commas or dashes is long speech whose
      // missing comma is a writer's slip in any language ("…there, sir" said the salesman).
      if (/[,;:\u2013\u2014]| - /.test(m[1] as string)) continue;
      const inner = m[2] as string;
      const mark = m[3] as string;
      const outer = m[4] as string;
      if (inner === ',' && outer === '') continue; // correct
      if (inner === ',' && outer === ',') continue; // doubled-punctuation's
      // The span: the last word and the mark(s).
      const body = m[1] as string;
      const lastWord = /[^\s]+$/.exec(body)?.[0] ?? '';
      const start = m.index + body.length - lastWord.length;
      const end = m.index + m[0].length;
      ctx.report({
        start,
        end,
        message: outer
          ? 'The comma stands after the closing quote mark: English sets it inside (“…,” he said).'
          : 'The quotation ends with no comma before its attribution: English writes “…,” he said.',
        suggestions: [`${lastWord},${mark}`],
        reason: 'English puts a comma inside the closing quote mark before the attribution',
        confidence: 0.8,
      });
    }
  },
};
