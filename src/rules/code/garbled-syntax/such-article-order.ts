/**
 * The article before “such” or “so”: “a such decision”, “a so important decision”. Romance and
 * German put the article first (“une telle décision”, “eine so wichtige Entscheidung”); English
 * says “such a decision” and “such an important decision” (or “so important a decision”).
 */
import type { Rule } from '../../types.js';
import { indefiniteArticle, matchCase } from '../number-agreement/lib/english.js';

export const rule: Rule = {
  meta: {
    id: 'such-article-order',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“a such decision” for “such a decision”, “a so important decision” for “such an important decision”.',
    examples: {
      bad: [
        { text: 'Nobody expected [[a such]] decision from the court.', output: 'Nobody expected such a decision from the court.' },
        { text: 'It is [[a so important]] decision for the club.', output: 'It is such an important decision for the club.' },
        { text: '[[A so big]] fine has never been imposed.', output: 'Such a big fine has never been imposed.' },
        { text: 'They never saw [[an such]] crowd.', output: 'They never saw such a crowd.' },
      ],
      good: [
        'Nobody expected such a decision.',
        'It is such an important decision.',
        'It was a decision so important that nobody slept.',
        'He has a so-called plan.',
        'It was a so far unknown virus.',
        'The team played a so much better game.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const a of doc.tokensWith(['a', 'an'])) {
      if (a.norm !== 'a' && a.norm !== 'an') continue;
      const w = doc.next(a);
      if (!w || (w.norm !== 'such' && w.norm !== 'so')) continue;
      if (w.norm === 'such') {
        const n = doc.next(w);
        if (!n || n.kind !== 'word') continue;
        const fix = `${matchCase(a.text, 'such')} ${indefiniteArticle(n.norm)}`;
        report(a.start, w.end, fix);
        continue;
      }
      // "a so important decision": an adjective and then a noun ("a so far unknown" is an adverb).
      const adj = doc.next(w);
      const noun = adj && doc.next(adj);
      if (!adj || !noun || adj.kind !== 'word' || ['far', 'much', 'many', 'called', 'little'].includes(adj.norm)) continue;
      if (doc.pos(adj) !== 'ADJ' && doc.pos(adj) !== 'ADV' || /ly$/.test(adj.norm) || noun.kind !== 'word' || ['that', 'as', 'to', 'and', 'or'].includes(noun.norm)) continue;
      if (!['NOUN', 'ADJ', 'PROPN'].includes(doc.pos(noun))) continue;
      const fix = `${matchCase(a.text, 'such')} ${indefiniteArticle(adj.norm)} ${adj.text}`;
      report(a.start, adj.end, fix);
    }

    function report(start: number, end: number, fix: string): void {
      ctx.report({
        start,
        end,
        message: `“${doc.text.slice(start, end)}”: English puts “such” before the article (“${fix}”).`,
        suggestions: [fix],
        reason: 'English says “such a”, not “a such”',
        confidence: 0.85,
      });
    }
  },
};
