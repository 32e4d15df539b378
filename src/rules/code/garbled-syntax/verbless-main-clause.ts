/**
 * A sentence whose main clause lost its verb: “Core inflation, which leaves out food and
 * energy, in February 4.4 percent.” Russian, Hungarian, Turkish, Indonesian and Chinese state a
 * figure with no “be” (“Базовая инфляция … в феврале 4,4%”); MT that keeps the frame leaves the
 * subject, its relative clause and then the figure with no verb at all. English needs one:
 * “was 4.4 percent in February”. Flagged when a sentence opens with a noun phrase and a
 * relative clause between commas (“, which …,”, “, who …,”), and what follows up to the full
 * stop holds a number and no verb.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { isHeadline } from '../number-agreement/lib/english.js';

export const rule: Rule = {
  meta: {
    id: 'verbless-main-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A main clause with no verb after a relative clause: “Core inflation, which leaves out food and energy, in February 4.4 percent.”',
    examples: {
      bad: [
        { text: 'Core inflation, which leaves out food and energy, [[in February 4.4 percent]].' },
        { text: 'Unemployment, which had risen for two years, [[in March 7.1 percent]], the office said.' },
      ],
      good: [
        'Core inflation, which leaves out food and energy, was 4.4 percent in February.',
        'Core inflation, which leaves out food and energy, rose to 4.4 percent.',
        'Mr Smith, who is 65, and his wife, 62.',
        'Core inflation, which leaves out food and energy, in February.',
        'The injunction, which was entered on January 13, 2009, prevented the logging.',
        'John Jones, who, for 1960, filed on the basis of a calendar year, paid.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    /** Whether a comma is followed by a short noun phrase and a verb of saying, then the end. */
    const attributionFollows = (comma: Token): boolean => {
      for (let c = doc.next(comma), k = 0; c && k < 6; c = doc.next(c), k++) {
        if (/^(?:said|says|reported|added|estimated|showed|announced)$/.test(c.norm)) {
          const n = doc.next(c);
          return !n || /^[.!]$/.test(n.text);
        }
        if (c.kind !== 'word') return false;
      }
      return false;
    };
    for (const s of doc.sentences) {
      const first = doc.tokens[s.firstToken];
      if (!first || first.kind !== 'word') continue;
      // The subject: up to five words, then ", which|who".
      let comma1: Token | undefined;
      for (let c: Token | undefined = first, k = 0; c && k < 6; c = doc.next(c), k++) {
        if (c.text === ',') {
          comma1 = c;
          break;
        }
        if (c.kind !== 'word') break;
      }
      const rel = comma1 && doc.next(comma1);
      if (!comma1 || !rel || (rel.norm !== 'which' && rel.norm !== 'who')) continue;
      // The relative clause, to its closing comma, with a verb.
      let comma2: Token | undefined;
      for (let c = doc.next(rel), k = 0; c && k < 14 && c.index < s.endToken; c = doc.next(c), k++) {
        if (c.text === ',') {
          comma2 = c;
          break;
        }
      }
      if (!comma2 || comma2 === doc.next(rel)) continue;
      // The rest: to the full stop (or to the comma of an attribution), a number, no verb.
      let hasNumber = false;
      let last: Token | undefined;
      let ok = true;
      for (let c = doc.next(comma2), k = 0; c && c.index < s.endToken; c = doc.next(c), k++) {
        if (k > 8 || c.text === 'and' || c.text === '—' || c.text === ':' || c.text === ';') {
          ok = false;
          break;
        }
        if (c.text === '.' || c.text === '!') break;
        if (c.text === ',') {
          // Only an attribution may follow: ", the office said." A comma that goes on to a
          // verb ("…, which was entered on January 13, 2009, prevented …") ends no clause.
          ok = attributionFollows(c);
          break;
        }
        if (c.kind === 'number' || doc.pos(c) === 'NUM') hasNumber = true;
        const p = doc.pos(c);
        if (p === 'VERB' || p === 'AUX') {
          ok = false;
          break;
        }
        last = c;
      }
      if (!ok || !hasNumber || !last) continue;
      const subjectHead = doc.prev(comma1)!;
      if (doc.pos(subjectHead) !== 'NOUN' && doc.pos(subjectHead) !== 'PROPN') continue;
      if (isHeadline(doc, s)) continue;
      const start = doc.next(comma2)!;
      ctx.report({
        start: start.start,
        end: last.end,
        message: `“${doc.text.slice(start.start, last.end)}”: the main clause has no verb, as the source language can state a figure; English needs one (“was …”, “stood at …”).`,
        suggestions: [],
        reason: 'an English main clause needs a finite verb',
        confidence: 0.55,
      });
    }
  },
};
