/**
 * “the” before an abstract noun used in its general sense: “protect the nature”, “the climate
 * change is a threat”, “the inflation slowed to 3 percent”, “fight against the corruption”,
 * “the role of women in the society”. French, Italian, Spanish, Portuguese, German and Greek
 * put an article before such nouns; English does not.
 *
 * Only a listed noun (or two-word term), lower case, and only when nothing after it narrows it
 * down: the next word must end the phrase (punctuation, a conjunction, a verb of the
 * sentence), not “of”, a relative clause, a noun of a compound (“the inflation rate”) or a
 * possessive. “the society” is skipped in a text that names a society (“the Royal Society”,
 * “a society of writers”), where it may be that one.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const ONE_WORD = new Set([
  'nature', 'mankind', 'humanity', 'inflation', 'unemployment', 'corruption', 'terrorism', 'poverty', 'extremism',
  'racism', 'xenophobia', 'antisemitism', 'anti-semitism', 'society', 'democracy', 'globalization', 'globalisation',
  'agriculture', 'tourism', 'healthcare', 'deforestation', 'desertification', 'urbanization', 'urbanisation',
  'digitalization', 'digitalisation', 'multilateralism', 'protectionism', 'separatism', 'nationalism', 'populism',
  'capitalism', 'socialism', 'communism', 'fascism', 'liberalism', 'feminism', 'colonialism', 'imperialism',
  'authoritarianism', 'radicalism', 'fundamentalism', 'secularism', 'consumerism', 'materialism', 'militarism',
  'totalitarianism', 'unilateralism', 'isolationism', 'hooliganism', 'vandalism', 'alcoholism', 'multiculturalism',
  'obesity', 'homelessness', 'illiteracy', 'malnutrition', 'inequality', 'discrimination', 'immigration',
  'emigration', 'prostitution', 'cybercrime', 'bullying', 'doping', 'sustainability', 'biodiversity', 'malaria',
  'tuberculosis', 'gambling', 'prevention', 'manufacturing', 'shipbuilding', 'e-commerce', 'mankind', 'humankind',
  'stagflation', 'deflation', 'underemployment', 'joblessness', 'homophobia', 'islamophobia', 'misogyny',
]);
// Sports and pastimes: only as the subject at the start of a sentence before a verb that says
// something general ("The football has given us", "The tennis is a sport"): "the football" may
// be the ball, and British English watches "the football" on television.
const SPORTS = new Set([
  'football', 'soccer', 'basketball', 'volleyball', 'handball', 'tennis', 'hockey', 'rugby', 'cricket', 'golf',
  'baseball', 'cycling', 'athletics', 'boxing', 'wrestling', 'chess', 'skiing', 'swimming', 'gymnastics',
  'judo', 'karate', 'taekwondo', 'fencing', 'rowing', 'sailing', 'badminton', 'motorsport',
]);
const SPORT_VERBS = new Set([
  'has', 'have', 'gives', 'gave', 'brings', 'brought', 'unites', 'united', 'became', 'becomes', 'remains',
  'teaches', 'taught', 'needs', 'requires', 'offers', 'is', 'was', 'must', 'can',
]);
// After "is"/"was", the general statement goes on with a determiner or adverb ("is a sport",
// "is more than a game"), not a participle ("the football was kicked").
const SPORT_AFTER_IS = new Set(['a', 'an', 'the', 'not', 'more', 'our', 'my', 'their', 'his', 'her', 'also', 'still', 'very', 'so', 'much', 'one', 'about', 'like']);
// Two-word terms, keyed by their first word.
const TWO_WORD: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    climate: ['change'], global: ['warming'], international: ['law', 'terrorism'], public: ['opinion', 'transport'],
    civil: ['society'], artificial: ['intelligence'], renewable: ['energy'], organized: ['crime'],
    organised: ['crime'], domestic: ['violence'], money: ['laundering'], drug: ['trafficking', 'abuse', 'addiction'],
    illegal: ['immigration', 'migration', 'fishing', 'logging', 'mining'], economic: ['growth', 'development'],
    human: ['trafficking', 'rights'], sustainable: ['development'], higher: ['education'], child: ['labour', 'labor'],
    forced: ['labour', 'labor'], sexual: ['harassment'], hate: ['speech'], gun: ['violence'], solar: ['energy'],
    nuclear: ['energy'], wind: ['energy'], free: ['trade'], social: ['media', 'justice', 'inequality'], world: ['peace'], air: ['pollution'],
    food: ['security'], energy: ['security'], cyber: ['security'], gender: ['equality'], mass: ['tourism'],
    state: ['television', 'tv', 'radio'], national: ['television', 'tv', 'radio'], fiscal: ['policy', 'discipline'],
  }).map(([k, v]) => [k, new Set(v)]),
);
// Verbs whose object is the subject of an infinitive: "expects the inflation to ease".
const EXPECT = new Set(['expects', 'expect', 'expected', 'expecting', 'wants', 'want', 'wanted', 'forecast', 'forecasts', 'predicted', 'predicts', 'allow', 'allows', 'allowed']);
// What may follow a general noun: the phrase ends.
const ENDS = new Set([
  '.', ',', ';', ':', '!', '?', ')', '—', '–', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'has', 'have',
  'had', 'remains', 'remained', 'rose', 'fell', 'slowed', 'accelerated', 'eased', 'increased', 'decreased', 'grew',
  'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'continues', 'continued', 'poses', 'posed',
  'threatens', 'threatened', 'affects', 'affected', 'hit', 'hurt', 'hits', 'hurts', 'jumped', 'climbed', 'dropped',
  'picked', 'reached', 'stood', 'stands', 'as', 'because', 'while', 'amid', 'despite', 'worldwide', 'globally', 'for',
]);
// Verbs and prepositions that take the general noun as object: "protect the nature".
const BEFORE = new Set([
  'protect', 'protecting', 'protects', 'protected', 'preserve', 'preserving', 'conserve', 'harm', 'harming',
  'harms', 'damage', 'damaging', 'destroy', 'destroying', 'pollute', 'polluting', 'love', 'loves', 'respect',
  'respecting', 'save', 'saving', 'fight', 'fighting', 'combat', 'combating', 'combatting', 'tackle', 'tackling',
  'reduce', 'reducing', 'curb', 'curbing', 'eradicate', 'eradicating', 'end', 'ending', 'defeat', 'against',
  'in', 'into', 'to', 'for', 'from', 'on', 'about', 'with', 'towards', 'toward', 'of', 'and', 'that', 'by',
  'within', 'across', 'throughout', 'serve', 'serves', 'serving', 'benefit', 'benefits', 'strengthen',
  'strengthening', 'promote', 'promoting', 'support', 'supporting', 'develop', 'developing', 'boost', 'boosting',
  'address', 'addressing', 'counter', 'countering', 'stop', 'stopping', 'cause', 'causes', 'caused', 'affect',
  'affects', 'lower', 'lowering', 'control', 'controlling', 'said', 'says', 'say', 'warned', 'warn', 'believes', 'believe', 'noted', 'added', 'think', 'thinks',
  'but', 'while', 'although', 'though', 'because', 'since', 'whereas', 'if', 'when', 'where', 'unless', 'as',
  // "after the inflation slowed", "expects the economic growth to", "…, the society will".
  'after', 'before', 'until', 'once', 'expects', 'expect', 'expected', ',',
]);
// -s words after a noun that usually make a compound, not a verb: "the tourism numbers".
const NOUN_LIKE_VERBS = new Set(['sectors', 'levels', 'rates', 'numbers', 'figures', 'needs', 'services', 'products', 'ministers', 'workers', 'costs', 'funds', 'centres', 'centers', 'rights', 'issues', 'programs', 'programmes']);
// "the Swedish cycling", "the Italian football": a sport after a nationality, in general.
const NATIONALITY = /^(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ch|ic)|Thai|Greek|Swiss|Czech|Dutch|French|Irish|Welsh|Scottish|British|English|Spanish|Polish|Turkish|Danish|Swedish|Finnish)$/;
const SOCIETY_NAMED = /\b[Aa]n? (?:\w+ )?society\b|\bsociety of\b|\bsocieties\b|\b(?:any|every|each) (?:\w+ )?society\b/;
const SOCIETY_NAME = /(?<![.!?]\s+|^)\bSociety\b/;

/** "The football has given us", "The tennis is a sport": a sport as the subject of a general statement. */
function isSportStatement(doc: Doc, the: Token, sport: Token): boolean {
  if (!doc.isSentenceInitial(the)) return false;
  const verb = doc.next(sport);
  if (!verb || !SPORT_VERBS.has(verb.norm)) return false;
  const after = doc.next(verb);
  if (!after) return false;
  if (verb.norm === 'is' || verb.norm === 'was') return SPORT_AFTER_IS.has(after.norm) || (/^(?:enjoying|experiencing|growing|booming|thriving|going|becoming|gaining|losing|suffering|changing|facing|attracting)$/.test(after.norm));
  // "The football has been found", "the chess can be played": only a general object or a verb
  // of giving follows.
  if (verb.norm === 'has' || verb.norm === 'have') return after.norm === 'given' || after.norm === 'brought' || after.norm === 'become' || after.norm === 'always' || after.norm === 'changed' || after.norm === 'united' || after.norm === 'taught';
  if (verb.norm === 'must' || verb.norm === 'can') return after.norm === 'unite' || after.norm === 'bring' || after.norm === 'teach' || after.norm === 'change';
  return after.kind === 'word' && /^\p{Ll}/u.test(after.text);
}

// Words that start a modifier after a coordination: "the nature and extent of", "the corruption
// and inefficiency which".
const POST_MODIFIERS = new Set(['of', 'which', 'that', 'whose', 'who', 'whom']);

/**
 * After "and", "or" or a comma the noun may share what follows the coordination: "the
 * prevention, detection and treatment of crime", "the immigration and nationality laws".
 */
function sharesModifier(doc: Doc, after: Token): boolean {
  if (!['and', 'or', ','].includes(after.norm)) return false;
  let t = doc.next(after);
  for (let k = 0; k < 7 && t; k++, t = doc.next(t)) {
    if (POST_MODIFIERS.has(t.norm)) return true;
    if (t.kind !== 'word' && t.text !== ',') break;
    if (t.kind === 'word' && !['and', 'or', 'the', 'a', 'an', 'its', 'their', 'our'].includes(t.norm) && !['NOUN', 'ADJ', 'PROPN'].includes(doc.pos(t))) break;
  }
  // A plural head shared by both: "the manufacturing and mining regions".
  const t1 = doc.next(after);
  const t2 = t1 && doc.next(t1);
  return after.norm !== ',' && t1 !== undefined && t2 !== undefined && t1.kind === 'word' && /^\p{Ll}/u.test(t1.text) && ['NOUN', 'ADJ'].includes(doc.pos(t1)) &&
    t2.kind === 'word' && /^\p{Ll}/u.test(t2.text) && /[^s]s$/.test(t2.norm) && doc.pos(t2) === 'NOUN';
}

export const rule: Rule = {
  meta: {
    id: 'the-generic-noun',
    category: 'article',
    severity: 'warning',
    description: '“the” before a noun in its general sense: “protect the nature”, “the climate change is”, “the inflation slowed”.',
    examples: {
      bad: [
        { text: 'We must protect [[the nature]] for future generations.', output: 'We must protect nature for future generations.' },
        { text: '[[The climate change]] is a threat to the region.', output: 'Climate change is a threat to the region.' },
        { text: 'The country must respect [[the international law]].', output: 'The country must respect international law.' },
        { text: 'The measures will curb [[the air pollution]], the minister said.', output: 'The measures will curb air pollution, the minister said.' },
        { text: '[[The inflation]] slowed to 3 percent in March.', output: 'Inflation slowed to 3 percent in March.' },
        { text: 'The role of women in [[the society]] has changed.', output: 'The role of women in society has changed.' },
        { text: 'The government vowed to fight [[the corruption]] and fraud.', output: 'The government vowed to fight corruption and fraud.' },
        { text: 'Rumours spread quickly on [[the social media]].', output: 'Rumours spread quickly on social media.' },
        { text: 'He said [[the civil society]] must be heard.', output: 'He said civil society must be heard.' },
        { text: '[[The football]] has given us so much joy, he said.', output: 'Football has given us so much joy, he said.' },
        { text: '[[The prevention]] is the best medicine, the doctor said.', output: 'Prevention is the best medicine, the doctor said.' },
        { text: 'The law aims to protect [[the human rights]].', output: 'The law aims to protect human rights.' },
        { text: '[[The capitalism]] has failed the poor, he argued.', output: 'Capitalism has failed the poor, he argued.' },
        { text: 'The programme helps to fight [[the obesity]] and diabetes.', output: 'The programme helps to fight obesity and diabetes.' },
        { text: '[[The tennis]] is a sport for all ages.', output: 'Tennis is a sport for all ages.' },
        { text: 'Wages rose, but [[the unemployment]] is still high.', output: 'Wages rose, but unemployment is still high.' },
        { text: 'It is a region where [[the poverty]] leaves families exposed.', output: 'It is a region where poverty leaves families exposed.' },
        { text: '[[The tennis]] is enjoying a boom in Italy.', output: 'Tennis is enjoying a boom in Italy.' },
        { text: 'Doping has cast a shadow over [[the Swedish cycling]], which has few stars.', output: 'Doping has cast a shadow over Swedish cycling, which has few stars.' },
        { text: 'A company director told [[the state television]].', output: 'A company director told state television.' },
        { text: 'Markets had expected the cut after [[the inflation]] slowed to 3.8 percent in February.', output: 'Markets had expected the cut after inflation slowed to 3.8 percent in February.' },
        { text: 'He expects [[the economic growth]] to pick up again in the second half.', output: 'He expects economic growth to pick up again in the second half.' },
        { text: 'Without new cables, [[the society]] will come to a standstill.', output: 'Without new cables, society will come to a standstill.' },
      ],
      good: [
        'The bank expects the inflation rate to ease.',
        'We must protect nature for future generations.',
        'The nature of the threat is unclear.',
        'The nature reserve was closed.',
        'The inflation rate slowed to 3 percent.',
        'The inflation of the 1970s was worse.',
        'The inflation that followed the war was severe.',
        'The Royal Society said the society would publish the paper.',
        'He joined a historical society, and members of the society voted.',
        'The climate change conference opened in Dubai.',
        'The public health system is under strain.',
        'The corruption case against him was dropped.',
        'The corruption in the ministry was widespread.',
        'The social media platforms removed the posts.',
        'Sales of the poverty-stricken region fell.',
        'Nature is resilient.',
        'The football was kicked into the crowd.',
        'The football has been found in the river.',
        'He watched the football on Saturday.',
        'The golf course has given us so much joy.',
        'The prevention of disease is a priority.',
        'The human rights of migrants must be respected.',
        'The human rights situation is grim.',
        'The tennis player has given up.',
        'The chess was set up on the table.',
        'The Swedish cycling team won.',
        'The state television channel aired it.',
        'The poverty line rose.',
        'The tennis is being played indoors.',
        'We must define the nature and extent of the basic rights of privacy.',
        'This means reducing the terrorism and the armed attacks which kidnapped citizens.',
        'He reported on labor conditions in the manufacturing and mining regions.',
        'We will improve our facilities for the prevention, detection and treatment of crime.',
        'Our objective is smashing the militarism imposed by war lords.',
        'These rules protect the public health.',
        'It divides us: the division, the discrimination, the rancor.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    let societyNamed: boolean | undefined;
    for (const the of doc.tokensWith(['the'])) {
      const n1 = doc.next(the);
      if (!n1) continue;
      let last: Token | undefined;
      const n1n = doc.next(n1);
      if (NATIONALITY.test(n1.text) && n1n && SPORTS.has(n1n.norm) && /^\p{Ll}/u.test(n1n.text)) {
        // "a shadow over the Swedish cycling, which": the whole sport of a country.
        const a = doc.next(n1n);
        if (!a || !(a.text === ',' || a.text === '.' || a.norm === 'which' || a.norm === 'has' || a.norm === 'is' || a.norm === 'was')) continue;
        const phrase2 = doc.text.slice(n1.start, n1n.end);
        ctx.report({
          start: the.start,
          end: n1n.end,
          message: `“${doc.text.slice(the.start, n1n.end)}”: a country's sport in general takes no article in English.`,
          suggestions: [doc.isSentenceInitial(the) ? phrase2 : phrase2],
          reason: 'an abstract noun in its general sense takes no article',
          confidence: 0.7,
        });
        continue;
      }
      if (!/^\p{Ll}/u.test(n1.text)) continue;
      if (SPORTS.has(n1.norm)) {
        if (!isSportStatement(doc, the, n1)) continue;
        last = n1;
      } else if (ONE_WORD.has(n1.norm)) last = n1;
      else {
        const n2 = doc.next(n1);
        if (n2 && TWO_WORD.get(n1.norm)?.has(n2.norm) && /^\p{Ll}/u.test(n2.text)) last = n2;
      }
      if (!last) continue;
      const after = doc.next(last);
      // A finite verb after the noun ends the phrase too: "where the poverty leaves families".
      const finiteVerb = after !== undefined && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && /(?:[^s]s|ed)$/.test(after.norm) && doc.pos(after) === 'VERB' && !NOUN_LIKE_VERBS.has(after.norm);
      // "expects the economic growth to pick up": the subject of an infinitive after a verb of expecting.
      const infinitive = after?.norm === 'to' && EXPECT.has(doc.prev(the)?.norm ?? '') && doc.next(after)?.kind === 'word' && doc.pos(doc.next(after) as Token) === 'VERB';
      if (after && !finiteVerb && !infinitive && (!ENDS.has(after.norm) || after.text === '-')) continue;
      // "the militarism imposed by war lords": a participle phrase narrows the noun.
      if (finiteVerb && /ed$/.test(after.norm) && doc.next(after)?.norm === 'by') continue;
      if (after && sharesModifier(doc, after)) continue;
      const prev = doc.prev(the);
      // At the start of a sentence the noun is the subject ("The inflation slowed"); elsewhere
      // it must follow a verb or preposition that takes it as object.
      if (prev && !doc.isSentenceInitial(the) && !BEFORE.has(prev.norm) && !(prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && ['VERB', 'AUX'].includes(doc.pos(prev)))) continue;
      // "the division, the discrimination, the rancor": a list of "the" phrases after a comma.
      if (prev?.text === ',') {
        let list = false;
        for (let k = 1, c = doc.prev(prev); c && k <= 3; k++, c = doc.prev(c)) if (c.norm === 'the' || c.norm.endsWith('-the')) list = true;
        // …or before another "the" phrase: "the division, the discrimination, the rancor".
        const a = doc.next(n1);
        const a2 = a?.text === ',' ? doc.next(a) : undefined;
        if (a2?.norm === 'the') list = true;
        if (list) continue;
      }
      if (last.norm === 'society') {
        societyNamed ??= SOCIETY_NAMED.test(doc.text) || SOCIETY_NAME.test(doc.text);
        if (societyNamed) continue;
      }
      // "The inflation was" right after a sentence naming a specific episode is rare in wire
      // copy; an adjective clause after the verb ("is what") is not checked.
      const phrase = doc.text.slice(n1.start, last.end);
      const fix = doc.isSentenceInitial(the) && /^\p{Lu}/u.test(the.text) ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
      ctx.report({
        start: the.start,
        end: last.end,
        message: `“${doc.text.slice(the.start, last.end)}”: “${phrase}” in its general sense takes no article in English.`,
        suggestions: [fix],
        reason: 'an abstract noun in its general sense takes no article',
        confidence: 0.7,
      });
    }
  },
};
