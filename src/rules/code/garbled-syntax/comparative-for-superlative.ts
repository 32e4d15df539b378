/**
 * A comparative where English needs a superlative: "the more expensive region in Spain", "the
 * more populous city of the country", "the less visited museum in Europe". Spanish, French, Italian and Portuguese form the superlative with
 * the article and the comparative ("la región más cara de España", "la ville la plus peuplée du
 * pays"); English says "the most expensive region in Spain". Flagged only with a scope that
 * names a whole set (the world, the country, Europe, the league, all): "the more expensive of
 * the two" and correlatives ("the more you pay, the more you get") compare two things and stay
 * quiet, as does any sentence with "than", and a plural noun ("the less developed countries of
 * the world" is an absolute comparative). "-er" forms are left alone: "the wider region", "the
 * younger men of the country" are English.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const SCOPE_PREPOSITIONS = new Set(['in', 'of', 'among', 'on', 'across', 'throughout']);
const SCOPE_HEADS = new Set([
  'world', 'country', 'nation', 'region', 'continent', 'planet', 'history', 'league', 'tournament', 'season',
  'city', 'state', 'province', 'market', 'sector', 'industry', 'competition', 'championship', 'europe', 'asia',
  'africa', 'america', 'americas', 'globe', 'earth', 'universe', 'all', 'everything', 'everyone', 'continent',
  'division', 'group', 'capital', 'archipelago', 'island', 'peninsula', 'union', 'bloc', 'eurozone', 'area',
]);
export const rule: Rule = {
  meta: {
    id: 'comparative-for-superlative',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A comparative for a superlative: “the more expensive region in Spain” for “the most expensive region”.',
    examples: {
      bad: [
        { text: 'Lagos is [[the more populous]] city in Africa.', output: 'Lagos is the most populous city in Africa.' },
        { text: 'Monaco remains [[the more expensive]] market in Europe.', output: 'Monaco remains the most expensive market in Europe.' },
        { text: 'China is [[the more important]] producer of steel in the world.', output: 'China is the most important producer of steel in the world.' },
        { text: 'It is [[the less visited]] museum of the country.', output: 'It is the least visited museum of the country.' },
        { text: 'She was [[the more valuable]] player of the tournament.', output: 'She was the most valuable player of the tournament.' },
      ],
      good: [
        'Lagos is the most populous city in Africa.',
        'Of the two, Lagos is the more populous city.',
        'The more you pay, the more you get in the world of art.',
        'It is the more expensive option of the two in the market.',
        'Lagos is more populous than any other city in Africa.',
        'She was the better player on the day.',
        'He is the more famous brother of the league president.',
        'Aid goes to the less developed countries of the world.',
        'It is separated from the wider security situation in Europe.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const candidates = doc.tokensWith(['more', 'less']);
    for (const c of candidates) {
      const the = doc.prev(c);
      if (!the || the.norm !== 'the') continue;
      const adj = doc.next(c);
      if (!adj || adj.kind !== 'word' || !/^\p{Ll}+$/u.test(adj.text)) continue;
      const superlative = `${c.norm === 'more' ? 'most' : 'least'} ${adj.text}`;
      // The noun (one or two words), then the scope: "in Africa", "of the country", "in the world".
      let n = doc.next(adj);
      let nouns = 0;
      while (n && nouns < 3 && n.kind === 'word' && !SCOPE_PREPOSITIONS.has(n.norm)) {
        nouns++;
        n = doc.next(n);
      }
      if (!n || nouns === 0 || !SCOPE_PREPOSITIONS.has(n.norm)) continue;
      // "producer of steel in the world": one "of" complement may come first.
      let p = n;
      let head = doc.next(p);
      if (head?.norm === 'the') head = doc.next(head);
      if (head && !SCOPE_HEADS.has(head.norm) && p.norm === 'of') {
        let q = doc.next(head);
        while (q && q.kind === 'word' && !SCOPE_PREPOSITIONS.has(q.norm)) q = doc.next(q);
        if (q && SCOPE_PREPOSITIONS.has(q.norm)) {
          p = q;
          head = doc.next(p);
          if (head?.norm === 'the') head = doc.next(head);
        }
      }
      if (!head || head.kind !== 'word') continue;
      const isScope = SCOPE_HEADS.has(head.norm) || (doc.pos(head) === 'PROPN' && p.norm === 'in');
      if (!isScope) continue;
      // A comparison of two, or a correlative.
      const s = doc.sentenceOf(c);
      let two = false;
      let thes = 0;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = doc.tokens[i] as Token;
        if (t.norm === 'than' || t.norm === 'two' || t.norm === 'both' || t.norm === 'either' || t.norm === 'other') two = true;
        if (t.norm === 'the' && (doc.tokens[i + 1]?.norm === 'more' || doc.tokens[i + 1]?.norm === 'less')) thes++;
      }
      if (two || thes > 1) continue;
      // The words between the comparative and the scope must be a noun phrase.
      const adjTag = doc.pos(adj);
      if (adjTag !== 'ADJ' && !(adjTag === 'VERB' && /ed$/.test(adj.norm))) continue;
      if (doc.pos(doc.next(adj) as Token) !== 'NOUN') continue;
      // "He is the older brother of the league president": a family noun takes "of" as its own.
      const noun = doc.next(adj) as Token;
      // "the less developed countries of the world": a plural takes an absolute comparative.
      if (FAMILY.has(noun.norm) || /[^s]s$/.test(noun.norm) || noun.norm === 'people') continue;
      const fix = `the ${superlative}`;
      ctx.report({
        start: the.start,
        end: adj.end,
        message: `“${doc.text.slice(the.start, adj.end)}”: over a whole set English uses the superlative: “${fix}”.`,
        suggestions: [fix],
        reason: 'English uses the superlative, not the comparative, to single one out of a group',
        confidence: 0.6,
      });
    }
  },
};

const FAMILY = new Set(['brother', 'sister', 'son', 'daughter', 'child', 'half', 'part', 'partner', 'twin', 'cousin', 'version', 'sibling', 'generation']);
