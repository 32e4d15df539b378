/**
 * “who” after a thing: “the plan, who was approved in May”, “a virus who spreads fast”. Many
 * languages have one relative pronoun for people and things (Russian “который”, French “qui”,
 * Chinese “的”), and MT picks “who”; English uses “which” or “that” for things. Only nouns that
 * cannot stand for people are listed: institutions and places (“the Kremlin, who”) are the
 * metonym rules' business.
 */
import type { Rule } from '../../types.js';
import { matchCase } from '../number-agreement/lib/english.js';

const THINGS = new Set([
  'decision', 'decisions', 'plan', 'plans', 'law', 'laws', 'bill', 'bills', 'attack', 'attacks', 'crisis',
  'agreement', 'agreements', 'deal', 'deals', 'reform', 'reforms', 'economy', 'war', 'conflict', 'project',
  'projects', 'programme', 'program', 'proposal', 'proposals', 'report', 'reports', 'document', 'documents',
  'statement', 'policy', 'policies', 'measure', 'measures', 'sanctions', 'ban', 'move', 'buildup', 'build-up',
  'escalation', 'offensive', 'operation', 'storm', 'fire', 'fires', 'earthquake', 'flood', 'floods', 'virus',
  'disease', 'epidemic', 'pandemic', 'outbreak', 'vaccine', 'vaccines', 'drug', 'drugs', 'technology',
  'system', 'platform', 'app', 'service', 'product', 'products', 'car', 'cars', 'plant', 'factory', 'mine',
  'pipeline', 'bridge', 'road', 'building', 'buildings', 'stadium', 'tournament', 'match', 'game', 'election',
  'elections', 'vote', 'referendum', 'campaign', 'rally', 'protest', 'protests', 'summit', 'meeting',
  'conference', 'talks', 'treaty', 'contract', 'loan', 'loans', 'debt', 'tax', 'taxes', 'tariff', 'tariffs',
  'price', 'prices', 'rate', 'rates', 'inflation', 'growth', 'budget', 'market', 'currency', 'index',
  'deployment', 'expansion', 'invasion', 'incident', 'accident', 'explosion', 'blast', 'crash', 'collapse',
  'ruling', 'verdict', 'sentence', 'fine', 'penalty', 'investigation', 'probe', 'inquiry', 'scandal',
  'strategy', 'initiative', 'resolution', 'regulation', 'regulations', 'rule', 'rules', 'tradition',
  'movement', 'troops', 'weapons', 'missiles', 'missile', 'drone', 'drones', 'tanks', 'aircraft', 'ship', 'ships',
]);

export const rule: Rule = {
  meta: {
    id: 'who-for-thing',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“who” after a thing: “the plan, who was approved” for “the plan, which was approved”.',
    examples: {
      bad: [
        { text: 'The plan, [[who]] was approved in May, failed.', output: 'The plan, which was approved in May, failed.' },
        { text: 'It is a virus [[who]] spreads fast.', output: 'It is a virus which spreads fast.' },
        { text: 'The reform, [[who]] parliament passed last year, is unpopular.', output: 'The reform, which parliament passed last year, is unpopular.' },
      ],
      good: [
        'The plan, which was approved in May, failed.',
        'The troops who fought there were decorated.',
        'Parents of children who died in the fire protested.',
        'The game’s fans, who travelled far, cheered.',
        'Anyone who attended the summit was tested.',
        'It must be apprentices in the weather factory who experiment.',
        'They want to appear wiser than the laws, who want their own way.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const who of doc.tokensWith(['who'])) {
      if (who.norm !== 'who') continue;
      let noun = doc.prev(who);
      if (noun?.text === ',') noun = doc.prev(noun);
      // "troops" stand for people; "weapons who" does not.
      if (!noun || !THINGS.has(noun.norm) || noun.norm === 'troops' || !/^\p{Ll}/u.test(noun.text)) continue;
      if (doc.pos(noun) !== 'NOUN') continue;
      // "the apprentices in the factory who experiment": a noun inside a prepositional phrase
      // may not be the antecedent.
      let c = doc.prev(noun);
      while (c && c.kind === 'word' && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(doc.pos(c)) && c.norm !== "'s") c = doc.prev(c);
      if (c && (doc.pos(c) === 'ADP' || c.norm === 'than' || c.norm === "'s")) continue;
      const fix = matchCase(who.text, 'which');
      ctx.report({
        start: who.start,
        end: who.end,
        message: `“${noun.text} ${who.text}”: “who” is for people; English says “${fix}” or “that” for a thing.`,
        suggestions: [fix, matchCase(who.text, 'that')],
        reason: 'English “who” refers only to people',
        confidence: 0.7,
      });
    }
  },
};
