/**
 * “everyone are”, “nobody have”, “everything were”: English indefinite pronouns take a
 * singular verb. Languages whose word for “everyone” is plural (French “tous”, Spanish
 * “todos”, Russian “все”, Chinese “大家”) pass the plural on.
 *
 * Quiet where English has a plural or base form after these pronouns: questions and modals
 * (“Does anyone have”, “will everyone have”), the subjunctive (“if everyone were”, “insisted
 * that everyone have”) and infinitives (“let everyone have”, “for everyone to have”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { BE_HAVE_TO_SINGULAR, matchCase } from './lib/english.js';

const PRONOUNS = new Set([
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everything', 'nothing',
  'something', 'anything',
]);
const TO_SINGULAR: ReadonlyMap<string, string> = new Map([...BE_HAVE_TO_SINGULAR, ["don't", "doesn't"]]);
// Before the pronoun: a question, a modal, a subjunctive or an infinitive keeps the plain form.
const KEEPS_BASE = new Set([
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'to', 'let',
  'lets', 'make', 'makes', 'made', 'help', 'helps', 'helped', 'that', 'if', 'wish', 'wished', 'though', 'unless',
  'whether', 'have', 'has', 'had', 'why', 'where', 'how', 'what', 'when', 'demand', 'demanded', 'insist', 'insisted',
  'require', 'required', 'requires', 'suggest', 'suggested', 'recommend', 'recommended', 'ask', 'asked', 'urge', 'urged',
  'are', 'were', 'is', 'was', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", 'not',
]);

export const rule: Rule = {
  meta: {
    id: 'indefinite-pronoun-plural-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: '“everyone are”, “nobody have”: an indefinite pronoun takes a singular verb.',
    examples: {
      bad: [
        { text: 'Everyone [[are]] welcome to attend the ceremony.', output: 'Everyone is welcome to attend the ceremony.' },
        { text: 'Officials said nobody [[were]] injured in the blast.', output: 'Officials said nobody was injured in the blast.' },
        { text: 'Everything [[have]] been done to save the plant.', output: 'Everything has been done to save the plant.' },
        { text: 'Nothing [[are]] decided yet, the minister said.', output: 'Nothing is decided yet, the minister said.' },
      ],
      good: [
        'Everyone is welcome to attend.',
        'Does anyone have a question?',
        'If everyone were honest, we would know.',
        'The rules require that everyone have a permit.',
        'They let everyone have a say.',
        'Not everyone were convinced, but all voted.',
        'Will everyone have to pay?',
        'Why do they think everyone has a price?',
        'Everything we have is yours.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const at = wordPositions(doc, PRONOUNS);
    for (let k = 0; k < at.length; k++) {
      const p = doc.tokens[at[k] as number] as Token;
      const v = doc.next(p);
      const fix = v && TO_SINGULAR.get(v.norm);
      if (!v || !fix) continue;
      const prev: Token | undefined = doc.prev(p);
      if (prev && KEEPS_BASE.has(prev.norm)) continue;
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(p.start, v.end)}”: “${p.text.toLowerCase()}” is singular in English and takes “${fix}”.`,
        suggestions: [matchCase(v.text, fix)],
        reason: 'an indefinite pronoun takes a singular verb',
        confidence: 0.85,
      });
    }
  },
};
