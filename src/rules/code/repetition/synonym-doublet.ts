/**
 * Two synonyms joined by "and" where one word would do: "stressed and emphasized", "strengthen
 * and enhance", "expand and widen", "banned and prohibited", "begin and commence". Chinese
 * four-character verbs (加强和提高, 扩大和拓宽), Arabic and Persian doublets (أكد وشدد) and
 * Turkish pairs come out of MT as two English verbs with one meaning. Only pairs from one
 * synonym group are flagged; English legal doublets ("null and void", "cease and desist",
 * "aid and abet") and near pairs with two meanings ("protect and defend", "safe and secure")
 * are not in the groups. The fix keeps the first word.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

/** Synonym groups, each word in its forms (a group's members must share one sense). */
const GROUPS: readonly (readonly string[])[] = [
  ['stress', 'stresses', 'stressed', 'stressing', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising', 'underline', 'underlines', 'underlined', 'underlining', 'underscore', 'underscores', 'underscored', 'underscoring'],
  ['strengthen', 'strengthens', 'strengthened', 'strengthening', 'enhance', 'enhances', 'enhanced', 'enhancing', 'reinforce', 'reinforces', 'reinforced', 'reinforcing', 'bolster', 'bolsters', 'bolstered', 'bolstering'],
  ['expand', 'expands', 'expanded', 'expanding', 'widen', 'widens', 'widened', 'widening', 'broaden', 'broadens', 'broadened', 'broadening', 'enlarge', 'enlarges', 'enlarged', 'enlarging'],
  ['promote', 'promotes', 'promoted', 'promoting', 'foster', 'fosters', 'fostered', 'fostering'],
  ['announce', 'announces', 'announced', 'announcing', 'declare', 'declares', 'declared', 'declaring', 'proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'commence', 'commences', 'commenced', 'commencing'],
  ['finish', 'finishes', 'finished', 'finishing', 'conclude', 'concludes', 'concluded', 'concluding', 'terminate', 'terminates', 'terminated', 'terminating', 'complete', 'completes', 'completed', 'completing'],
  ['ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'forbid', 'forbids', 'forbade', 'forbidden', 'forbidding', 'outlaw', 'outlaws', 'outlawed', 'outlawing'],
  ['allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'permitting'],
  ['buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing'],
  ['choose', 'chooses', 'chose', 'chosen', 'choosing', 'select', 'selects', 'selected', 'selecting'],
  ['repair', 'repairs', 'repaired', 'repairing', 'mend', 'mends', 'mended', 'mending'],
  ['reduce', 'reduces', 'reduced', 'reducing', 'decrease', 'decreases', 'decreased', 'decreasing', 'lessen', 'lessens', 'lessened', 'lessening', 'diminish', 'diminishes', 'diminished', 'diminishing'],
  ['increase', 'increases', 'increased', 'increasing', 'raise', 'raises', 'raised', 'raising'],
  ['combat', 'combats', 'combated', 'combatted', 'combating', 'combatting', 'fight', 'fights', 'fought', 'fighting'],
  ['show', 'shows', 'showed', 'shown', 'showing', 'demonstrate', 'demonstrates', 'demonstrated', 'demonstrating', 'display', 'displays', 'displayed', 'displaying'],
  ['praise', 'praises', 'praised', 'praising', 'commend', 'commends', 'commended', 'commending', 'laud', 'lauds', 'lauded', 'lauding', 'hail', 'hails', 'hailed', 'hailing'],
  ['safeguard', 'safeguards', 'safeguarded', 'safeguarding', 'protect', 'protects', 'protected', 'protecting'],
  ['help', 'helps', 'helped', 'helping', 'assist', 'assists', 'assisted', 'assisting'],
  ['improve', 'improves', 'improved', 'improving', 'ameliorate', 'ameliorates', 'ameliorated', 'ameliorating'],
  ['accelerate', 'accelerates', 'accelerated', 'accelerating', 'speed', 'speeds', 'sped', 'speeded', 'speeding', 'expedite', 'expedites', 'expedited', 'expediting', 'hasten', 'hastens', 'hastened', 'hastening'],
  ['cancel', 'cancels', 'canceled', 'cancelled', 'canceling', 'cancelling', 'annul', 'annuls', 'annulled', 'annulling', 'revoke', 'revokes', 'revoked', 'revoking', 'rescind', 'rescinds', 'rescinded', 'rescinding'],
  ['postpone', 'postpones', 'postponed', 'postponing', 'delay', 'delays', 'delayed', 'delaying', 'defer', 'defers', 'deferred', 'deferring'],
  ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising', 'censure', 'censures', 'censured', 'censuring'],
  ['rapid', 'quick', 'swift', 'speedy', 'fast'],
  ['huge', 'enormous', 'immense', 'vast', 'gigantic', 'massive', 'tremendous'],
  ['serious', 'severe', 'grave'],
  ['goal', 'goals', 'aim', 'aims', 'objective', 'objectives', 'target', 'targets'],
  ['final', 'definitive'],
  ['original', 'authentic', 'genuine'],
];
/** Adjective groups, whose two members may also stand side by side: "the original authentic cover". */
const ADJECTIVE_GROUPS: readonly (readonly string[])[] = [
  ['rapid', 'quick', 'swift', 'speedy', 'fast'],
  ['huge', 'enormous', 'immense', 'vast', 'gigantic', 'massive', 'tremendous'],
  ['final', 'definitive'],
  ['original', 'authentic', 'genuine'],
];
const ADJECTIVE_GROUP_OF: ReadonlyMap<string, number> = new Map(ADJECTIVE_GROUPS.flatMap((g, k) => g.map((w) => [w, k] as const)));

const GROUP_OF: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  GROUPS.forEach((g, i) => { for (const w of g) m.set(w, i); });
  return m;
})();

/** The common stem of two forms, to skip "started and start": same lemma, not synonyms. */
function sameLemma(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 5);
  return a.slice(0, n) === b.slice(0, n);
}

export const rule: Rule = {
  meta: {
    id: 'synonym-doublet',
    category: 'repetition',
    severity: 'warning',
    description: 'Two synonyms joined by “and” for one meaning (“stressed and emphasized”, “strengthen and enhance”).',
    examples: {
      bad: [
        { text: 'The [[original authentic]] silver cover was never found.', output: 'The original silver cover was never found.' },
        { text: 'He will open talks in light of the [[definitive and final]] results.', output: 'He will open talks in light of the definitive results.' },
        { text: 'The minister [[stressed and emphasized]] the need for calm.', output: 'The minister stressed the need for calm.' },
        { text: 'The two countries agreed to [[strengthen and enhance]] their ties.', output: 'The two countries agreed to strengthen their ties.' },
        { text: 'The plan aims to [[expand and widen]] the road network.', output: 'The plan aims to expand the road network.' },
        { text: 'The city [[banned and prohibited]] the sale of fireworks.', output: 'The city banned the sale of fireworks.' },
        { text: 'The talks will [[begin and commence]] on Monday.', output: 'The talks will begin on Monday.' },
      ],
      good: [
        'The original silver cover was never found.',
        'It was a fast, rapid and cheap test.',
        'The minister stressed the need for calm.',
        'He started and finished the race.',
        'They must protect and defend the constitution.',
        'The contract is null and void.',
        'It was quick and easy.',
        'The strike began and ended on the same day.',
        'Shares rose and fell in turn.',
        'Prices increased and decreased by turns.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const and of doc.tokensWith(['and'])) {
      const a = doc.prev(and);
      const b = doc.next(and);
      if (!a || !b || a.kind !== 'word' || b.kind !== 'word') continue;
      const ga = GROUP_OF.get(a.norm);
      if (ga === undefined || GROUP_OF.get(b.norm) !== ga || sameLemma(a.norm, b.norm)) continue;
      // "key and vital" as nouns or in a list ("fast, rapid and cheap"): only a pair.
      const before: Token | undefined = doc.prev(a);
      if (before && before.text === ',') continue;
      // Both words in one form: verbs in the same tense, or two adjectives.
      ctx.report({
        start: a.start,
        end: b.end,
        message: `“${a.text}” and “${b.text}” mean the same: the translation kept two renderings of one word.`,
        suggestions: [a.text],
        reason: 'one meaning said with two synonyms',
        confidence: 0.65,
      });
    }
    // Side by side before a noun: "the original authentic silver cover", "a huge enormous crowd".
    for (const a of doc.tokensWith(ADJECTIVE_GROUP_OF)) {
      const b = doc.next(a);
      const ga = ADJECTIVE_GROUP_OF.get(a.norm);
      if (!b || ga === undefined || b.kind !== 'word' || ADJECTIVE_GROUP_OF.get(b.norm) !== ga || a.norm === b.norm) continue;
      if (!/^\p{Ll}/u.test(a.text) || !/^\p{Ll}/u.test(b.text)) continue;
      const n = doc.next(b);
      if (!n || n.kind !== 'word' || (doc.canTag && !['NOUN', 'ADJ'].includes(doc.pos(n)))) continue;
      ctx.report({
        start: a.start,
        end: b.end,
        message: `“${a.text} ${b.text}”: the two adjectives mean the same; the translation kept two renderings of one word.`,
        suggestions: [a.text, b.text],
        reason: 'one meaning said with two synonyms',
        confidence: 0.65,
      });
    }
  },
};
