/**
 * The negation in the source language's place: “Lindqvist not had used any banned substance”,
 * “the plan not was approved”, “the firm not will appeal” (German, Dutch, Scandinavian, Turkish
 * and Slavic put “not” before the finite verb), and a negative subject with a second negation
 * after a fronted phrase, “at that point nobody did not expect a comeback” (Slavic and Romance
 * negative concord). English puts “not” after the first auxiliary (“had not used”) and keeps
 * one negative (“nobody expected”).
 */
import type { Rule } from '../../types.js';
import { verbForm } from '../../../nlp/inflect.js';

const AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'could', 'should', 'shall', 'must', 'did', 'does']);
const NEGATIVE_SUBJECTS = new Set(['nobody', 'nothing', 'none', 'no-one', 'neither']);
const NEG_AUX = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'has', 'have', 'had']);

export const rule: Rule = {
  meta: {
    id: 'negation-before-auxiliary',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“not” before the auxiliary (“he not had used”), or a second negation after a negative subject.',
    examples: {
      bad: [
        { text: 'His lawyer said the rider [[not had used]] any banned drug.', output: 'His lawyer said the rider had not used any banned drug.' },
        { text: 'The minister said the plan [[not was approved]] by the cabinet.', output: 'The minister said the plan was not approved by the cabinet.' },
        { text: 'The company [[not will appeal]] the ruling, a spokesman said.', output: 'The company will not appeal the ruling, a spokesman said.' },
        { text: 'At that point [[nobody did not expect]] a recovery.', output: 'At that point nobody expected a recovery.' },
      ],
      good: [
        'His lawyer said the rider had not used any banned drug.',
        'Whether or not had been decided was unclear.',
        'He would not have had the chance.',
        'Nobody did anything.',
        'They told nobody, did they not?',
        'Not was the word he used.',
        'It is not, was not and will not be.',
        'He saw nobody did not know him.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const not of doc.tokensWith(['not', 'nobody', 'nothing', 'none', 'no-one', 'neither'])) {
      if (not.norm === 'not') {
        const aux = doc.next(not);
        const subj = doc.prev(not);
        if (!aux || !subj || !AUX.has(aux.norm) || subj.kind !== 'word') continue;
        const verb = doc.next(aux);
        if (!verb || verb.kind !== 'word') continue;
        // The subject: a noun or a pronoun right before "not" ("the rider not had").
        const sp = doc.pos(subj);
        if (!(sp === 'NOUN' || sp === 'PROPN' || (sp === 'PRON' && ['he', 'she', 'it', 'they', 'we', 'i'].includes(subj.norm)))) continue;
        if (doc.pos(aux) !== 'AUX' && aux.norm !== 'had' && aux.norm !== 'has') continue;
        const vp = doc.pos(verb);
        if (vp !== 'VERB') continue;
        // "not did" needs a bare verb, the others a participle or a bare verb after a modal.
        if (aux.norm === 'did' || aux.norm === 'does') {
          if (/(?:ed|ing)$/.test(verb.norm)) continue;
        }
        const before = doc.prev(subj);
        if (before && (before.norm === 'or' || before.norm === 'if' || before.norm === 'whether')) continue;
        ctx.report({
          start: not.start,
          end: verb.end,
          message: `“${doc.text.slice(not.start, verb.end)}”: English puts “not” after the auxiliary: “${aux.text} not ${verb.text}”.`,
          suggestions: [`${aux.text} not ${verb.text}`],
          reason: 'English puts “not” after the first auxiliary',
          confidence: 0.7,
        });
        continue;
      }
      // Negative subject + auxiliary + not, after a fronted phrase ("At that point nobody did not").
      if (!NEGATIVE_SUBJECTS.has(not.norm)) continue;
      const aux = doc.next(not);
      const neg = aux && doc.next(aux);
      const verb = neg && doc.next(neg);
      if (!aux || !neg || !verb || !NEG_AUX.has(aux.norm) || neg.norm !== 'not') continue;
      const before = doc.prev(not);
      if (before && (doc.pos(before) === 'VERB' || doc.pos(before) === 'ADP' || doc.pos(before) === 'AUX')) continue;
      if (doc.pos(verb) !== 'VERB') continue;
      let fixed: string | undefined;
      if (aux.norm === 'did' || aux.norm === 'does' || aux.norm === 'do') {
        fixed = `${not.text} ${verbForm(verb.norm, aux.norm === 'did' ? 'past' : aux.norm === 'does' ? 's' : 'base')}`;
      } else fixed = `${not.text} ${aux.text} ${verb.text}`;
      ctx.report({
        start: not.start,
        end: verb.end,
        message: `“${doc.text.slice(not.start, verb.end)}”: “${not.text}” is already negative; English drops “not”.`,
        suggestions: fixed ? [fixed] : [],
        reason: 'standard English keeps one negative in a clause',
        confidence: 0.7,
      });
    }
  },
};
