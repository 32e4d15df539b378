/**
 * A sentence that starts with a bare singular count noun: “Club added that ...”, “Ordinance
 * also requires ...”. Languages without articles leave the noun bare; English needs “The club”
 * (or “A spokesman”). The capital only marks the sentence start, so the suggestion lower-cases
 * the noun.
 *
 * Only nouns listed in src/data/article-bare-initial-nouns.txt, only when a verb follows
 * (directly or after one adverb), never before a name (“President Biden said” is a title) and
 * never in a headline, where English drops articles on purpose.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { firstWordIndex, isHeadline, loadLines } from '../number-agreement/lib/english.js';

const NOUNS: ReadonlyMap<string, string> = new Map(
  loadLines('article-bare-initial-nouns.txt').map((l) => {
    const [noun, art] = l.split(/\s+/) as [string, string | undefined];
    return [noun.toLowerCase(), art === 'a' ? 'A' : 'The'];
  }),
);

export const rule: Rule = {
  meta: {
    id: 'bare-noun-sentence-start',
    category: 'article',
    severity: 'warning',
    description: 'A sentence that starts with a bare singular count noun: “Club added that …”.',
    examples: {
      bad: [
        { text: 'Ferreyra will sign a five-year contract. [[Club]] added that his release clause had not been triggered.', output: 'Ferreyra will sign a five-year contract. The club added that his release clause had not been triggered.' },
        { text: 'The government adopted an ordinance. [[Ordinance]] also requires doctors to report every case.', output: 'The government adopted an ordinance. The ordinance also requires doctors to report every case.' },
        { text: '[[Court]] ruled that the law was unconstitutional.', output: 'The court ruled that the law was unconstitutional.' },
        { text: '[[Spokesman]] for the ministry declined to comment.', output: 'A spokesman for the ministry declined to comment.' },
        { text: '[[Ministry]] said it would send mobile teams.', output: 'The ministry said it would send mobile teams.' },
        { text: '[[Company]] has denied any wrongdoing.', output: 'The company has denied any wrongdoing.' },
        { text: 'Katowice: [[Owner]] of the steelworks said it would close the plant.', output: 'Katowice: The owner of the steelworks said it would close the plant.' },
        { text: 'The auction raised 5 million euros. [[Auction]] was shown live on the internet.', output: 'The auction raised 5 million euros. The auction was shown live on the internet.' },
        { text: '[[Rematch]] is not automatic under the rules.', output: 'A rematch is not automatic under the rules.' },
      ],
      good: [
        'The club added that his release clause had not been triggered.',
        'Club fined over racist chants',
        'President Biden said the talks would continue.',
        'Police said the suspect had fled.',
        'Court documents show the payments.',
        'Government bonds rallied on Friday.',
        'Club’s statement was brief.',
        'Study after study has shown the same result.',
        'Minister Doina Marin said cases were rising.',
        'Company shares fell 3 percent.',
        'Parliament voted on Tuesday.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      let i = firstWordIndex(doc, s);
      // A dateline before the first word: "Katowice: Owner of the steelworks said ...".
      for (let k = i; s.firstToken === 0 && k < Math.min(i + 4, s.endToken - 1); k++) {
        const d = doc.at(k) as Token;
        if (d.text === ':' && k > i) {
          i = k + 1;
          break;
        }
        if (d.kind !== 'word' || !/^\p{Lu}/u.test(d.text)) break;
      }
      const t = doc.at(i);
      if (!t || i >= s.endToken || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      const article = NOUNS.get(t.norm);
      if (!article) continue;
      let n: Token | undefined = doc.next(t);
      if (!n || n.kind !== 'word' || !/^\p{Ll}/u.test(n.text) || n.norm === "'s" || n.norm === t.norm) continue;
      if (isHeadline(doc, s)) continue;
      let pos = doc.pos(n);
      if (pos === 'ADV') {
        n = doc.next(n);
        pos = n && /^\p{Ll}/u.test(n.text) ? doc.pos(n) : 'X';
      }
      // "Spokesman for the ministry declined": a prepositional phrase before the verb.
      const pp = pos === 'ADP' && (n?.norm === 'for' || n?.norm === 'of');
      if (pos !== 'VERB' && pos !== 'AUX' && !pp) continue;
      if (pos === 'VERB' && n && /ing$/.test(n.norm)) continue; // "Study finding ..." is headline-like
      const fix = `${article} ${t.norm}`;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” starts the sentence with no article: English says “${fix}”.`,
        suggestions: [fix],
        reason: 'a singular count noun needs an article',
        confidence: 0.8,
      });
    }
  },
};
