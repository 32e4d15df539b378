/**
 * A superlative after its noun: "the trophy most coveted in European football", "the city
 * more beautiful of the world", "the building tallest in Asia". Romance languages put the
 * superlative after the noun ("il trofeo più ambito d'Europa", "la ville la plus belle du
 * monde") and use the comparative form for it; English says "the most coveted trophy in
 * European football". Only the evaluative and size adjectives below are checked, followed by
 * "in/of/among/on" and the scope: an adjective that takes "in" or "among" as its own
 * complement ("the people most affected by", "the disease most common in children", "the
 * candidate most popular among young voters") is English and is not in the list.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const ADJECTIVES = new Set([
  'coveted', 'prestigious', 'beautiful', 'important', 'expensive', 'valuable', 'famous', 'iconic', 'emblematic',
  'modern', 'advanced', 'powerful', 'big', 'large', 'tall', 'high', 'long', 'old', 'ancient', 'deep', 'wide',
  'fast', 'rich', 'poor', 'populous', 'prosperous', 'celebrated', 'renowned', 'acclaimed', 'anticipated',
  'awaited', 'decorated', 'titled', 'successful', 'influential', 'watched', 'visited', 'spectacular',
  'impressive', 'luxurious', 'innovative', 'competitive', 'ambitious', 'expensive', 'polluted', 'dangerous',
  'violent', 'beloved', 'admired', 'respected', 'feared', 'wanted', 'talented', 'gifted', 'skilled',
  'experienced', 'storied', 'historic', 'legendary', 'lucrative', 'profitable', 'glamorous', 'elegant',
  'picturesque', 'charming', 'livable', 'liveable', 'densely', 'crowded', 'congested', 'modernised',
  'modernized', 'developed', 'industrialised', 'industrialized', 'sophisticated', 'complex', 'difficult',
  'severe', 'deadly', 'destructive', 'devastating', 'serious', 'intense', 'brutal', 'bloody', 'costly',
  'sought-after',
]);
// Irregular and -est superlatives that stand for "most ADJ".
const SUPERLATIVES = new Set([
  'biggest', 'largest', 'tallest', 'highest', 'longest', 'oldest', 'deepest', 'widest', 'fastest', 'richest',
  'poorest', 'greatest', 'smallest', 'youngest', 'newest', 'busiest', 'wealthiest', 'heaviest', 'strongest',
  'hottest', 'coldest', 'driest', 'wettest', 'deadliest', 'costliest', 'finest', 'prettiest', 'loveliest',
]);
const SCOPE = new Set(['in', 'of', 'among', 'on', 'ever', 'across', 'throughout']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
// A noun that heads such a phrase in English: "the one most coveted", "the man most wanted".
const NOUN_OK = new Set(['one', 'ones', 'man', 'woman', 'men', 'women', 'person', 'people', 'country', 'countries', 'areas', 'area', 'region', 'regions', 'place', 'places', 'group', 'groups', 'thing', 'things', 'part', 'parts', 'time', 'times', 'way', 'ways', 'point', 'moment', 'day', 'days', 'year', 'years', 'season', 'price', 'level']);

// "made the economy more competitive in the world": an object and its complement.
const COMPLEMENT_VERBS = new Set([
  'make', 'makes', 'made', 'making', 'keep', 'keeps', 'kept', 'keeping', 'render', 'renders', 'rendered',
  'leave', 'leaves', 'left', 'find', 'finds', 'found', 'consider', 'considers', 'considered', 'deem', 'deemed',
  'get', 'gets', 'got', 'getting', 'turn', 'turned', 'prove', 'proved', 'call', 'called', 'with', 'without',
  'want', 'wants', 'wanted', 'like', 'likes', 'liked', 'see', 'saw', 'rate', 'rated', 'rank', 'ranked',
  'become', 'became', 'becomes',
]);

export const rule: Rule = {
  meta: {
    id: 'postposed-superlative',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A superlative after its noun: “the trophy most coveted in Europe” for “the most coveted trophy in Europe”.',
    examples: {
      bad: [
        { text: 'The club won [[the cup most prestigious]] in Asian football.', output: 'The club won the most prestigious cup in Asian football.' },
        { text: 'Lyon opened [[the museum more visited]] of the region.', output: 'Lyon opened the most visited museum of the region.' },
        { text: 'Dubai will build [[the tower tallest]] in the world.', output: 'Dubai will build the tallest tower in the world.' },
        { text: 'She won [[the award most coveted]] in European cinema.', output: 'She won the most coveted award in European cinema.' },
        { text: 'It is [[the bridge longest]] of Europe.', output: 'It is the longest bridge of Europe.' },
        { text: 'Milan hosts [[the fashion week most famous]] in the world.', output: 'Milan hosts the most famous fashion week in the world.' },
      ],
      good: [
        'The club won the most prestigious cup in Asian football.',
        'The people most affected by the floods were farmers.',
        'The one most coveted in Europe is the league title.',
        'The disease most common in children is measles.',
        'The candidate most popular among young voters won.',
        'He was the player most wanted by the big clubs.',
        'It is the season most anticipated in years.',
        'The region hardest hit in the storm was the coast.',
        'Which of the two is more important in the long run?',
        'The price most important to buyers is rent.',
        'Reforms made the economy more competitive in world markets.',
        'It found the cars more expensive in Europe than in Asia.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const report = (det: Token, noun: Token, words: readonly Token[], fix: string): void => {
      const last = words[words.length - 1] as Token;
      ctx.report({
        start: det.start,
        end: last.end,
        message: `“${doc.text.slice(det.start, last.end)}”: English puts the superlative before the noun: “${fix}”.`,
        suggestions: [fix],
        reason: 'English superlatives come before the noun: “the most coveted trophy in Europe”',
        confidence: 0.6,
      });
      void noun;
    };
    const check = (noun: Token, words: readonly Token[], superlative: string): void => {
      // Word tests before any tag: a scope word after, a determiner one or two words before.
      const next = doc.next(words[words.length - 1] as Token);
      if (!next || !SCOPE.has(next.norm)) return;
      const p1 = doc.prev(noun);
      const p2 = p1 && doc.prev(p1);
      if (!(p1 && DETERMINERS.has(p1.norm)) && !(p2 && DETERMINERS.has(p2.norm))) return;
      let det: Token | undefined = p1;
      // A compound: "the fashion week most famous in the world".
      if (det && !DETERMINERS.has(det.norm) && det.kind === 'word' && /^\p{Ll}+$/u.test(det.text) && doc.pos(det) === 'NOUN') det = doc.prev(det);
      const last = words[words.length - 1] as Token;
      const scope = doc.next(last);
      if (!det || !DETERMINERS.has(det.norm) || !scope || !SCOPE.has(scope.norm)) return;
      const before = doc.prev(det);
      if (before && COMPLEMENT_VERBS.has(before.norm)) return;
      // "the cars more expensive in Europe than in Asia": a comparison.
      const s = doc.sentenceOf(noun);
      for (let i = scope.index; i < s.endToken; i++) if ((doc.tokens[i] as Token).norm === 'than') return;
      if (noun.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text) || NOUN_OK.has(noun.norm)) return;
      if (doc.pos(noun) !== 'NOUN') return;
      // "in the long run", "of the two": a comparison of two, or an idiom after the scope word.
      const s2 = doc.next(scope);
      if (s2 && (s2.norm === 'two' || s2.norm === 'both')) return;
      if (scope.norm === 'of' && s2 && (s2.norm === 'all' || s2.norm === 'them' || s2.norm === 'those')) return;
      report(det, noun, words, `${det.text} ${superlative} ${doc.text.slice((doc.next(det) as Token).start, noun.end)}`);
    };
    for (const most of doc.tokensWith(['most', 'more'])) {
      const noun = doc.prev(most);
      const adj = doc.next(most);
      if (!noun || !adj || !ADJECTIVES.has(adj.norm)) continue;
      check(noun, [most, adj], `most ${adj.text}`);
    }
    for (const sup of doc.tokensWith(SUPERLATIVES)) {
      const noun = doc.prev(sup);
      if (!noun) continue;
      check(noun, [sup], sup.text);
    }
  },
};
