/**
 * A “the” put inside an official name before its plural: “the Chamber of the Deputies”, “the
 * European Court of the Auditors”, “the Serbian Academy of the Sciences”. Languages that mark
 * the genitive with an article (Romanian “Camera Deputaților”, French “Cour des comptes”, Greek,
 * Portuguese, Italian) bring the article into the English name, which has none.
 *
 * Only names the gazetteer knows, only where its form has “of” + the plural with no “the”, and
 * only for a capitalized plural: “Organisation of Petroleum Exporting Countries” (a “the”
 * missing) is house style and stays quiet.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { findNames } from './gazetteer.js';

export const rule: Rule = {
  meta: {
    id: 'article-in-name',
    category: 'entity-name',
    severity: 'warning',
    description: 'A “the” inside an official name before its plural: “Chamber of the Deputies” for “Chamber of Deputies”.',
    examples: {
      bad: [
        { text: 'The party will hold 118 of the 330 seats in the Chamber of [[the Deputies]].', output: 'The party will hold 118 of the 330 seats in the Chamber of Deputies.' },
        { text: 'The European Court of [[the Auditors]] criticised the spending.', output: 'The European Court of Auditors criticised the spending.' },
      ],
      good: [
        'The party will hold 118 of the 330 seats in the Chamber of Deputies.',
        'The Organization of the Petroleum Exporting Countries met.',
        'The Organisation of Petroleum Exporting Countries met.',
        'The Ministry of the Interior denied it.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.hasNorm('the') || !doc.hasNorm('of')) return;
    for (const m of findNames(doc)) {
      if (m.exact || m.caseOnly || !m.spellingOnly) continue;
      const formWords = m.form.words.map((w) => w.toLowerCase());
      for (let i = m.first + 1; i + 2 < m.end; i++) {
        const of = doc.tokens[i] as Token;
        const the = doc.tokens[i + 1] as Token;
        const word = doc.tokens[i + 2] as Token;
        if (of.norm !== 'of' || the.norm !== 'the' || !/^\p{Lu}\p{Ll}+s$/u.test(word.text)) continue;
        // The form has "of <word>" with no article between.
        const k = formWords.indexOf(word.norm);
        if (k < 1 || formWords[k - 1] !== 'of') continue;
        ctx.report({
          start: the.start,
          end: word.end,
          message: `“${doc.text.slice(the.start, word.end)}”: the official name “${m.form.text}” has no article here.`,
          suggestions: [word.text],
          reason: 'an article carried over from the source language’s genitive into an English official name',
          confidence: 0.75,
        });
      }
    }
  },
};
