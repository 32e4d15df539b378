/**
 * A singular determiner before a plural noun: “every countries”, “each players”, “this
 * measures”. MT agrees the noun with the source, or the determiner lost its plural form
 * (“these” came back as “this”). For each/every the noun is made singular; for this/that the
 * determiner is made plural (“these measures”), since the noun usually carries the meaning.
 * Quiet when the plural is a verb (“This means that”), after “each other”, and for nouns that
 * look plural but are singular (news, series, means, politics).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { dashJoined, looksPlural, matchCase, singularize } from './lib/english.js';

const SINGULAR_PLURALS = new Set([
  'news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'mathematics', 'athletics',
  'ethics', 'logistics', 'statistics', 'headquarters', 'crossroads', 'whereabouts', 'olympics', 'games',
  'talks', 'data', 'media', 'criteria', 'people', 'police', 'staff', 'youth', 'crew', 'gas', 'bias', 'alias', 'atlas',
  'canvas', 'ethos', 'kudos', 'lens', 'yes', 'pancreas', 'summons', 'gallows', 'innings', 'barracks', 'works', 'mews',
  'rendezvous', 'thermos', 'cosmos', 'chaos', 'pathos', 'diabetes', 'measles', 'rabies', 'herpes', 'mumps', 'shingles',
  'thanks', 'odds', 'premises', 'customs', 'arms', 'sports', 'savings', 'earnings', 'proceeds', 'remains', 'goods',
  'outskirts', 'dynamics', 'tactics', 'genetics', 'electronics', 'aerobics', 'gymnastics', 'billiards', 'darts',
  'tennis', 'congress', 'status', 'campus', 'bus', 'virus', 'bonus', 'census', 'consensus', 'focus', 'plus', 'minus',
  'lots', 'couple', 'few', 'whole', 'shambles', 'bellows', 'personnel', 'livestock', 'poultry', 'clothes', 'glasses', 'scissors', 'trousers', 'jeans', 'pants', 'pyjamas', 'pajamas',
]);
// "much heavier vehicles", "much superior vessels": "much" intensifies a comparative.
const COMPARATIVE = /(?:[^e]er|ior)$/;
const COMPARATIVE_WORDS = new Set(['better', 'worse', 'more', 'less', 'fewer', 'greater', 'larger', 'smaller', 'higher', 'lower', 'bigger']);
// Clause openers before a pronoun "each": "each acts in a spirit of justice".
const CLAUSE_START = new Set(['that', 'and', 'but', 'while', 'where', 'if', 'when', 'as', 'so', 'because', 'though', 'although', ',', ';', ':']);
const OBJECT_START = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'that', 'what', 'how', 'whether', 'it', 'them', 'him', 'us', 'me']);

function pluralHead(doc: Doc, det: Token): Token | undefined {
  let t = doc.next(det);
  for (let k = 0; k < 3 && t; k++) {
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return undefined;
    const pos = doc.pos(t);
    if (pos === 'NOUN') return t;
    // "every few days", "every other week": the adjective licenses the number.
    if (pos !== 'ADJ' || k === 2 || ['few', 'other', 'single', 'last', 'next', 'couple', 'dozen', 'half', 'long', 'hundred', 'thousand', 'million', 'billion', 'good', 'great', 'whole'].includes(t.norm)) return undefined;
    t = doc.next(t);
  }
  return undefined;
}

/**
 * The word after a plural that makes it no head of a subject: a possessive, a closing quote,
 * or what starts an object (then the plural is a verb: "this means that").
 */
function endsNoHead(after: Token | undefined): boolean {
  return after !== undefined && (after.norm === "'s" || after.text === '’' || after.text === "'" || after.text === '"' || after.text === '”' || OBJECT_START.has(after.norm));
}

/**
 * After "and" in "an oils and fats tax": a plural (after at most one adjective), then a
 * lower-case singular noun it modifies.
 */
function coordinatedModifier(doc: Doc, conj: Token): boolean {
  let t = doc.next(conj);
  for (let k = 0; k < 2 && t && t.kind === 'word' && /^\p{Ll}/u.test(t.text); k++, t = doc.next(t)) {
    if (!looksPlural(t.norm) && !SINGULAR_PLURALS.has(t.norm)) continue;
    const n = doc.next(t);
    return n !== undefined && n.kind === 'word' && /^\p{Ll}/u.test(n.text) && !looksPlural(n.norm) && doc.pos(n) === 'NOUN';
  }
  return false;
}

// The words the loop below goes on from: every other token fails its first test.
const DETERMINERS: ReadonlySet<string> = new Set(['each', 'every', 'another', 'a', 'an', 'much', 'this']);

export const rule: Rule = {
  meta: {
    id: 'singular-determiner-plural-noun',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A singular determiner (each, every, this) before a plural noun: “every countries”, “this measures”.',
    examples: {
      bad: [
        { text: 'The rules apply to [[every countries]] in the bloc.', output: 'The rules apply to every country in the bloc.' },
        { text: '[[Each players]] received a medal.', output: 'Each player received a medal.' },
        { text: 'The minister said [[this measures]] would help small firms.', output: 'The minister said these measures would help small firms.' },
        { text: 'Officials meet [[every weeks]] to review the data.', output: 'Officials meet every week to review the data.' },
        { text: '[[This new rules]] take effect in May.', output: 'These new rules take effect in May.' },
        { text: 'The government announced [[another measures]] to support farmers.', output: 'The government announced other measures to support farmers.' },
        { text: 'The minister announced [[a new measures]] to help farmers.', output: 'The minister announced new measures to help farmers.' },
        { text: 'The war caused [[much casualties]] among civilians.', output: 'The war caused many casualties among civilians.' },
      ],
      good: [
        'We need large rocket engines to place much heavier vehicles into space.',
        'Economic prophecy is at best an uncertain art-as the forecasts showed.',
        'I recommend a three-tenths of 1 percent increase.',
        'Each of these factors is important. Each interacts with the others.',
        'Workers will get a skills grant and a mandatory fuels standard will apply.',
        'What every terrorist fears most is human freedom.',
        'The force consists of a personnel of about 600,000.',
        'A fourth affirms the opposite view, and a half-dozen books agree.',
        'The room was a shambles.',
        'The rules apply to every country in the bloc.',
        'This means that the rules will change.',
        'Each other’s claims were rejected.',
        'Every few weeks the board meets.',
        'They teach what each wishes to learn.',
        'Students have to sleep every few days.',
        'Every two years the rules change.',
        'This news surprised everyone.',
        'This series of talks ended on Monday.',
        'This data shows a clear trend.',
        'He said this includes the fees.',
        'Each of the players received a medal.',
        'This week’s talks were the first.',
        'That is what this requires.',
        'This results in the risk of errors.',
        'This leads to delays.',
        'He waited another two weeks.',
        'He took a dozen tapes and a witches’ brew for two and a half years.',
        'She drove a sports car and wore a pair of glasses.',
        'A few days later, a series of blasts hit a gas plant.',
        'He held a news conference.',
        'Much needs to be done.',
        'Thank you very much indeed.',
        'A means test applies to a savings account.',
        'The museum has a Times reporter on a United States tour.',
        'They need another few days.',
        'It was another series of failures.',
        'Ministers backed an oils and fats tax, and the group bought a securities and commodities firm.',
        'They signed a parts and services contract with a ways and means committee.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const at = wordPositions(doc, DETERMINERS);
    for (let ti = 0; ti < at.length; ti++) {
      const det = doc.tokens[at[ti] as number] as Token;
      const each = det.norm === 'each' || det.norm === 'every';
      const another = det.norm === 'another';
      const indefinite = (det.norm === 'a' || det.norm === 'an') && (/^an?$/.test(det.text) || doc.isSentenceInitial(det));
      const much = det.norm === 'much' && !['very', 'so', 'too', 'how', 'thank', 'thanks', 'as'].includes(doc.prev(det)?.norm ?? '');
      if (!each && !another && !indefinite && !much && det.norm !== 'this') continue;
      // Cheap word test: a plural-looking word right after, or after one adjective.
      const n1 = doc.next(det);
      const n2 = n1 && doc.next(n1);
      if (!(n1 && looksPlural(n1.norm)) && !(n2 && looksPlural(n2.norm))) continue;
      // Still before any tag: the head pluralHead can find (one of the next three lower-case
      // words) must be a plural the test below accepts.
      let candidate = false;
      for (let t: Token | undefined = n1, k = 0; k < 3 && t && t.kind === 'word' && /^\p{Ll}/u.test(t.text); t = doc.next(t), k++) {
        if (looksPlural(t.norm) && !SINGULAR_PLURALS.has(t.norm) && !dashJoined(t) && !/ics$/.test(t.norm) && !endsNoHead(doc.next(t))) candidate = true;
      }
      if (!candidate) continue;
      const head = pluralHead(doc, det);
      if (!head || !looksPlural(head.norm) || SINGULAR_PLURALS.has(head.norm) || dashJoined(head)) continue;
      if (much && n1 !== head && n1 && (COMPARATIVE_WORDS.has(n1.norm) || COMPARATIVE.test(n1.norm))) continue;
      // "A fourth affirms", "a half-dozen books": an ordinal pronoun or a number.
      if (indefinite && n1 !== head && n1 && /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|half-dozen|dozen|score|hundred|thousand|couple)$/.test(n1.norm)) continue;
      // "every terrorist fears most": an agent noun the tagger read as an adjective, and a verb.
      if (each && n1 !== head && n1 && /(?:ist|ian)$/.test(n1.norm)) continue;
      const after = doc.next(head);
      if (endsNoHead(after)) continue;
      if (/ics$/.test(head.norm)) continue; // "a linguistics major"
      if (after && after.kind === 'word' && doc.pos(after) === 'NOUN') continue; // "this sales tax"
      // "This results in", "this leads to": after a pronoun "this" the -s word is a verb, so
      // only a subject followed by its verb counts ("this measures will help").
      if (!each && !another && !indefinite && !much && !(after && ['AUX', 'VERB'].includes(doc.pos(after)))) continue;
      if (much && after && (after.norm === 'to' || ['DET', 'PRON'].includes(doc.pos(after)))) continue; // "much needs to be done"
      if (indefinite && after && after.kind === 'word' && doc.pos(after) === 'PROPN') continue;
      // "what each wishes to learn": the pronoun "each" and a verb.
      if (det.norm === 'each' && after?.norm === 'to') continue;
      // "Each interacts with the others", "provided that each acts in": a pronoun and its verb.
      if (det.norm === 'each' && head === n1 && (doc.isSentenceInitial(det) || CLAUSE_START.has(doc.prev(det)?.norm ?? '')) && !(after && ['AUX', 'VERB'].includes(doc.pos(after)))) continue;
      // "a skills grant", "a mandatory fuels standard": the plural modifies a later noun.
      if (indefinite && after && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && (['NOUN', 'ADJ'].includes(doc.pos(after)) || (doc.pos(after) === 'VERB' && !/(?:s|ed|ing)$/.test(after.norm)))) continue;
      // "an oils and fats tax", "a securities and commodities firm": two coordinated plurals
      // modify a later singular noun.
      if (indefinite && after && (after.norm === 'and' || after.norm === 'or' || after.text === '&') && coordinatedModifier(doc, after)) continue;
      if (indefinite || much) {
        const sg = singularize(head.text);
        const rest = doc.text.slice(doc.next(det)!.start, head.end);
        const fixes = much ? [`${matchCase(det.text, 'many')} ${rest}`] : [matchCase(det.text, rest.charAt(0)) + rest.slice(1)];
        if (sg && !much) fixes.push(`${det.text}${doc.text.slice(det.end, head.start)}${sg}`);
        ctx.report({
          start: det.start,
          end: head.end,
          message: much
            ? `“${doc.text.slice(det.start, head.end)}”: “much” goes with uncountable nouns; before a plural English says “many”.`
            : `“${doc.text.slice(det.start, head.end)}”: “${det.norm}” cannot go with the plural “${head.text}”.`,
          suggestions: fixes,
          reason: much ? '“many” counts, “much” measures' : '“a/an” takes a singular noun',
          confidence: 0.75,
        });
      } else if (another) {
        const sg = singularize(head.text);
        const rest = doc.text.slice(doc.next(det)!.start, head.end);
        const fix = `${matchCase(det.text, 'other')} ${rest}`;
        ctx.report({
          start: det.start,
          end: head.end,
          message: `“${doc.text.slice(det.start, head.end)}”: “another” takes a singular noun; English says “${fix}” or “another ${sg ?? head.norm}”.`,
          suggestions: sg ? [fix, `${det.text}${doc.text.slice(det.end, head.start)}${sg}`] : [fix],
          reason: '“another” is “an other”, singular',
          confidence: 0.8,
        });
      } else if (each) {
        const sg = singularize(head.text);
        if (!sg) continue;
        const fix = `${det.text}${doc.text.slice(det.end, head.start)}${sg}`;
        ctx.report({
          start: det.start,
          end: head.end,
          message: `“${doc.text.slice(det.start, head.end)}”: “${det.norm}” takes a singular noun (“${fix}”).`,
          suggestions: [fix],
          reason: '“each” and “every” take the singular',
          confidence: 0.8,
        });
      } else {
        const fix = `${matchCase(det.text, 'these')}${doc.text.slice(det.end, head.end)}`;
        ctx.report({
          start: det.start,
          end: head.end,
          message: `“${doc.text.slice(det.start, head.end)}”: a plural noun needs “these” (“${fix}”).`,
          suggestions: [fix],
          reason: 'the demonstrative agrees with its noun',
          confidence: 0.75,
        });
      }
    }
  },
};
