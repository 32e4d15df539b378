/**
 * A verb whose object is its own noun: "destroyed a complete destruction", "decided a
 * decision", "announced an announcement", "the ministry warned a stern warning". Chinese,
 * Arabic and Russian intensify a verb with its cognate noun ("毁灭性地摧毁", maf'ul mutlaq,
 * "нанести поражение"); English says the verb once, with an adverb ("completely destroyed").
 * Quiet on English cognate objects ("live a life", "fight a fight", "dream a dream"), which the
 * table leaves out.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

/** Noun -> the forms of its verb. */
const PAIRS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['destruction', ['destroy', 'destroys', 'destroyed', 'destroying']],
  ['decision', ['decide', 'decides', 'decided', 'deciding']],
  ['decisions', ['decide', 'decides', 'decided', 'deciding']],
  ['announcement', ['announce', 'announces', 'announced', 'announcing']],
  ['explanation', ['explain', 'explains', 'explained', 'explaining']],
  ['description', ['describe', 'describes', 'described', 'describing']],
  ['suggestion', ['suggest', 'suggests', 'suggested', 'suggesting']],
  ['suggestions', ['suggest', 'suggests', 'suggested', 'suggesting']],
  ['proposal', ['propose', 'proposes', 'proposed', 'proposing']],
  ['warning', ['warn', 'warns', 'warned', 'warning']],
  ['warnings', ['warn', 'warns', 'warned', 'warning']],
  ['invitation', ['invite', 'invites', 'invited', 'inviting']],
  ['conclusion', ['conclude', 'concludes', 'concluded', 'concluding']],
  ['prohibition', ['prohibit', 'prohibits', 'prohibited', 'prohibiting']],
  ['criticism', ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticised']],
  ['condemnation', ['condemn', 'condemns', 'condemned', 'condemning']],
  ['congratulations', ['congratulate', 'congratulates', 'congratulated', 'congratulating']],
  ['investigation', ['investigate', 'investigates', 'investigated', 'investigating']],
  ['defeat', ['defeat', 'defeats', 'defeated', 'defeating']],
  ['damage', ['damage', 'damages', 'damaged', 'damaging']],
  ['attack', ['attack', 'attacks', 'attacked', 'attacking']],
  ['attacks', ['attack', 'attacks', 'attacked', 'attacking']],
  ['visit', ['visit', 'visits', 'visited', 'visiting']],
  ['protest', ['protest', 'protests', 'protested', 'protesting']],
  ['promise', ['promise', 'promises', 'promised', 'promising']],
  ['request', ['request', 'requests', 'requested', 'requesting']],
  ['demand', ['demand', 'demands', 'demanded', 'demanding']],
  ['demands', ['demand', 'demands', 'demanded', 'demanding']],
  ['answer', ['answer', 'answers', 'answered', 'answering']],
  ['reply', ['reply', 'replies', 'replied', 'replying']],
  ['response', ['respond', 'responds', 'responded', 'responding']],
  ['appeal', ['appeal', 'appeals', 'appealed', 'appealing']],
  ['agreement', ['agree', 'agrees', 'agreed', 'agreeing']],
  ['support', ['support', 'supports', 'supported', 'supporting']],
  ['growth', ['grow', 'grows', 'grew', 'grown', 'growing']],
  ['increase', ['increase', 'increases', 'increased', 'increasing']],
  ['decline', ['decline', 'declines', 'declined', 'declining']],
  ['reduction', ['reduce', 'reduces', 'reduced', 'reducing']],
  ['improvement', ['improve', 'improves', 'improved', 'improving']],
  ['improvements', ['improve', 'improves', 'improved', 'improving']],
  ['development', ['develop', 'develops', 'developed', 'developing']],
  ['threat', ['threaten', 'threatens', 'threatened', 'threatening']],
  ['threats', ['threaten', 'threatens', 'threatened', 'threatening']],
  ['punishment', ['punish', 'punishes', 'punished', 'punishing']],
  ['assistance', ['assist', 'assists', 'assisted', 'assisting']],
  ['help', ['help', 'helps', 'helped', 'helping']],
  ['apology', ['apologize', 'apologizes', 'apologized', 'apologise', 'apologised']],
  ['reform', ['reform', 'reforms', 'reformed', 'reforming']],
  ['reforms', ['reform', 'reforms', 'reformed', 'reforming']],
  ['change', ['change', 'changes', 'changed', 'changing']],
  ['changes', ['change', 'changes', 'changed', 'changing']],
  ['cooperation', ['cooperate', 'cooperates', 'cooperated', 'cooperating']],
  ['discussion', ['discuss', 'discusses', 'discussed', 'discussing']],
  ['discussions', ['discuss', 'discusses', 'discussed', 'discussing']],
  ['negotiations', ['negotiate', 'negotiates', 'negotiated', 'negotiating']],
  ['evacuation', ['evacuate', 'evacuates', 'evacuated', 'evacuating']],
  ['arrest', ['arrest', 'arrests', 'arrested', 'arresting']],
  ['arrests', ['arrest', 'arrests', 'arrested', 'arresting']],
  ['inspection', ['inspect', 'inspects', 'inspected', 'inspecting']],
  ['inspections', ['inspect', 'inspects', 'inspected', 'inspecting']],
  ['rejection', ['reject', 'rejects', 'rejected', 'rejecting']],
  ['denial', ['deny', 'denies', 'denied', 'denying']],
  ['praise', ['praise', 'praises', 'praised', 'praising']],
  ['blow', ['blow', 'blows', 'blew', 'blown']],
  ['collapse', ['collapse', 'collapses', 'collapsed', 'collapsing']],
  ['celebration', ['celebrate', 'celebrates', 'celebrated', 'celebrating']],
  ['celebrations', ['celebrate', 'celebrates', 'celebrated', 'celebrating']],
  ['welcome', ['welcome', 'welcomes', 'welcomed', 'welcoming']],
];

const BY_NOUN: ReadonlyMap<string, ReadonlySet<string>> = new Map(PAIRS.map(([n, vs]) => [n, new Set(vs)]));
const DETS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'such']);
// Words between verb and noun: a determiner and adjectives of degree or manner.
const FILLERS = new Set([
  'complete', 'total', 'full', 'great', 'big', 'huge', 'heavy', 'serious', 'severe', 'strong', 'stern', 'firm', 'strict',
  'warm', 'sharp', 'strongest', 'harsh', 'clear', 'final', 'formal', 'official', 'thorough', 'deep', 'crushing', 'heavy',
  'devastating', 'massive', 'enormous', 'resolute', 'rapid', 'significant', 'considerable', 'sweeping', 'decisive', 'detailed',
  'comprehensive', 'widespread', 'major', 'grave', 'terrible', 'extensive', 'fierce', 'vigorous', 'hearty', 'warmest', 'sincere',
]);
// A noun that modifies what follows is not the object: "decided the decision-making rules".
const AFTER_NOUN_STOP = /^[a-z]/;

export const rule: Rule = {
  meta: {
    id: 'cognate-object',
    category: 'repetition',
    severity: 'warning',
    description: 'A verb with its own noun as object ("destroyed a complete destruction", "announced an announcement").',
    examples: {
      bad: [
        { text: 'The opposition bloc rejected the bill [[a total rejection]].' },
        { text: 'The flood [[destroyed a complete destruction]] of the old bridge.' },
        { text: 'The ministry [[announced an announcement]] on Monday.' },
        { text: 'The coalition [[decided the final decision]] to leave the talks.' },
        { text: 'The army [[warned a stern warning]] to the rebels.' },
        { text: 'The club [[defeated a crushing defeat]] against its rivals.' },
      ],
      good: [
        'The flood completely destroyed the old bridge.',
        'The ministry made an announcement on Monday.',
        'The army issued a stern warning to the rebels.',
        'She lived a full life and fought a good fight.',
        'The storm damaged the damage assessment office.',
        'Officials who visited the visit site left early.',
        'They supported the support staff.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const noun of doc.tokensWith(BY_NOUN)) {
      const verbs = BY_NOUN.get(noun.norm);
      if (!verbs) continue;
      // Walk back over adjectives to a determiner, then the verb.
      let k = 1;
      let p = doc.prev(noun, k);
      while (p && p.kind === 'word' && FILLERS.has(p.norm) && k < 4) p = doc.prev(noun, ++k);
      if (p && p.kind === 'word' && DETS.has(p.norm)) p = doc.prev(noun, ++k);
      else continue; // a determiner is required: "decided [the] decision"
      let verb = p;
      if (!verb) continue;
      // "rejected the bill a total rejection": the cognate noun after the object (Arabic maf'ul
      // mutlaq), only with "a"/"an" and an object of at most four words opened by a determiner.
      const det = doc.next(verb);
      let postposed: Token | undefined;
      if (!verbs.has(verb.norm) && (det?.norm === 'a' || det?.norm === 'an')) {
        for (let j = 0, c: Token | undefined = verb; c && j < 4 && c.kind === 'word'; j++, c = doc.prev(c)) {
          const v = doc.prev(c);
          if (DETS.has(c.norm) && v && verbs.has(v.norm)) {
            verb = v;
            postposed = det;
            break;
          }
        }
      }
      if (verb.kind !== 'word' || !verbs.has(verb.norm)) continue;
      if (postposed) {
        ctx.report({
          start: postposed.start,
          end: noun.end,
          message: `“${doc.text.slice(verb.start, noun.end)}” repeats the verb as a noun after its object: English says it once, with an adverb if needed.`,
          suggestions: [],
          reason: 'a verb intensified with its own noun, as the source language does',
          confidence: 0.65,
        });
        continue;
      }
      if (doc.sentenceOf(verb) !== doc.sentenceOf(noun)) continue;
      // Compound: the noun modifies the next noun ("the support staff").
      const after: Token | undefined = doc.next(noun);
      if (after && after.kind === 'word' && AFTER_NOUN_STOP.test(after.text) && doc.pos(after) === 'NOUN') continue;
      if (after && after.text === '-') continue;
      // A participle used as an adjective before the noun ("the protesting protest"): the verb must not follow a determiner.
      const before = doc.prev(verb);
      if (before && DETS.has(before.norm)) continue;
      ctx.report({
        start: verb.start,
        end: noun.end,
        message: `“${doc.text.slice(verb.start, noun.end)}” says the verb twice, once as its own object: English says it once, with an adverb if needed (“completely ${verb.text}”).`,
        suggestions: [verb.text],
        reason: 'a verb intensified with its own noun, as the source language does',
        confidence: 0.7,
      });
    }
  },
};
