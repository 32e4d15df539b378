/**
 * A bare singular count noun as the subject of a clause: “because wind was too strong”, “he
 * said government would cut taxes”, “after company announced the deal”. Languages without
 * articles (Russian, Polish, Chinese, Japanese, Korean, Turkish) leave the subject bare; English
 * needs “the”. bare-noun-sentence-start covers the start of a sentence; this rule covers the
 * start of a clause after a subordinating conjunction or a verb of saying, or “that” a few
 * words after one (“said late on Tuesday that company had agreed”). After a verb of saying the
 * subject may have an adjective and a short phrase before its verb (“said on Monday that basic
 * fare on the capital’s subway is”), or be the object of a gerund (“said updating register
 * was”). A body a translation capitalizes (“and Ministry has acknowledged”) is checked too.
 *
 * Only a short list of nouns that name one body, thing or condition and are never used bare in
 * the singular as subjects (government, company, court, ministry, wind...), only lower case, and
 * only when a finite verb follows at once: an auxiliary (“is”, “was”, “would”) or a past tense
 * in -ed tagged as a verb. Institutions used bare in English (“school”, “parliament”,
 * “congress”, “police”) and mass senses (“business and government have”) stay out.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { indefiniteArticle, isHeadline, isLowerWord, loadLines } from '../number-agreement/lib/english.js';

// Noun -> the article it takes.
const NOUNS: ReadonlyMap<string, string> = new Map(Object.entries({
  government: 'the', company: 'the', court: 'the', ministry: 'the', president: 'the', minister: 'the',
  wind: 'the', weather: 'the', situation: 'the', country: 'the', city: 'the', team: 'the', club: 'the',
  army: 'the', plane: 'the', aircraft: 'the', ship: 'the', vessel: 'the', train: 'the', bank: 'the', firm: 'the',
  committee: 'the', commission: 'the', council: 'the', agency: 'the', embassy: 'the', regime: 'the',
  coalition: 'the', judge: 'the', jury: 'the', mayor: 'the', governor: 'the', chairman: 'the', leader: 'the',
  suspect: 'the', victim: 'the', referee: 'the', economy: 'the', administration: 'the',
  prosecutor: 'the', defendant: 'the', plaintiff: 'the', regulator: 'the', 
  cabinet: 'the', spokesman: 'a', spokeswoman: 'a', spokesperson: 'a',
  sea: 'the', storm: 'the', blaze: 'the', virus: 'the', epidemic: 'the', pandemic: 'the',
  ceasetruce: 'the', deal: 'the', agreement: 'the', treaty: 'the', project: 'the', plan: 'the',
  decision: 'the', verdict: 'the', ruling: 'the', summit: 'the', meeting: 'the',
  conference: 'the', match: 'the', game: 'the', tournament: 'the', festival: 'the', ceremony: 'the',
  airport: 'the', factory: 'the', plant: 'the', bill: 'the', bridge: 'the', dam: 'the',
  region: 'the', province: 'the', village: 'the', town: 'the', capital: 'the', organisation: 'the',
  organization: 'the', union: 'the', party: 'the', alliance: 'the', federation: 'the', association: 'the',
}));
// More count nouns from the shared countability list (src/data/article-count-nouns.txt).
const COUNT_NOUNS: ReadonlyMap<string, string> = new Map(
  loadLines('article-count-nouns.txt').map((l) => {
    const [n, m] = l.toLowerCase().split(/\s+/) as [string, string?];
    return [n, m === 'a' ? 'a' : 'the'];
  }),
);
// Count nouns with a mass sense ("where competition made them obsolete", "once building
// starts", "because drought remains a problem") stay out after a conjunction.
const MASS_SENSE: ReadonlySet<string> = new Set(loadLines('article-count-nouns.txt').map((l) => l.toLowerCase().split(/\s+/)).filter(([, ...f]) => f.includes('m')).map(([n]) => n as string));
const ALL_NOUNS: ReadonlyMap<string, string> = new Map([...COUNT_NOUNS, ...NOUNS]);
// "If government continues to work": government as such after a conjunction; only a verb of
// deciding or saying makes it one government.
const ABSTRACT = new Set(['government', 'administration']);
const DECIDING = new Set([
  'said', 'says', 'announced', 'decided', 'agreed', 'refused', 'approved', 'adopted', 'ordered', 'denied', 'rejected',
  'confirmed', 'declared', 'plans', 'planned', 'pledged', 'promised', 'imposed', 'introduced', 'launched', 'resigned',
]);
// An adverb may stand between the subject and its verb: "government still had".
const MID_ADVERBS = new Set(['still', 'also', 'already', 'now', 'never', 'just', 'alone', 'too', 'clearly', 'really', 'soon', 'only', 'finally', 'probably']);
const WEATHER = new Set(['wind', 'weather', 'sea', 'storm']);
// Agreeing as such, not one document: "if agreement is reached", "although agreement could be
// close". One deal after a verb of saying stays flagged: "said agreement was signed".
const AGREEING = new Set(['agreement']);
const MODAL = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'must', 'should']);
const CONJUNCTIONS = new Set([
  'because', 'since', 'while', 'when', 'after', 'before', 'until', 'although', 'though', 'if', 'unless', 'whereas',
  'whether', 'where', 'once',
]);
const OPENERS = new Set([...CONJUNCTIONS, 'said', 'says', 'saying', 'warned', 'added', 'believes', 'believed', 'claimed',
  'stated', 'noted', 'argued', 'insisted', 'announced', 'reported', 'confirmed', 'explained', 'stressed',
  'showed', 'shows', 'show', 'shown', 'hope', 'hopes', 'hoped', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared',
  'expect', 'expects', 'believe', 'knew', 'know', 'suggested', 'suggests', 'indicated', 'indicates', 'revealed',
]);
const AUX = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'did', 'does', 'said', 'says', "isn't", "wasn't", "hasn't", "hadn't", "won't", "wouldn't", "couldn't", "can't",
  "didn't", "doesn't", 'became', 'began', 'made', 'took', 'gave', 'decided', 'announced', 'refused', 'agreed',
  'slows', 'grows', 'improves', 'falls', 'rises', 'wins', 'loses', 'decides', 'needs', 'wants', 'agrees', 'refuses',
  'continues', 'remains', 'fails', 'collapses', 'recovers', 'weakens', 'strengthens', 'stops', 'starts', 'ends',
]);

// Bodies a translation capitalizes and leaves bare ("and Ministry has acknowledged"); not
// "Parliament", "Congress", "Government", "Court" (bare in English, or a surname).
const BODIES: ReadonlySet<string> = new Set(['Ministry', 'Commission', 'Committee', 'Company', 'Club', 'Agency', 'Embassy', 'Tribunal', 'Federation', 'Association', 'Department', 'Council', 'Authority', 'Regulator', 'Prosecutor', 'Inspectorate', 'Directorate', 'Secretariat', 'Municipality']);
const BODY_OPENERS = new Set(['and', 'but', 'because', 'while', 'after', 'when', 'since', 'although', 'though', 'said', 'that', 'as', 'until', 'before', 'whereas', 'if', 'unless']);
// Verbs of saying: "that" after them (a few words later) starts a clause, not a demonstrative.
const SAY = new Set(['said', 'says', 'announced', 'added', 'stated', 'noted', 'reported', 'confirmed', 'warned', 'explained', 'stressed', 'told', 'claimed', 'insisted', 'argued', 'revealed', 'indicated', 'acknowledged', 'admitted']);
// Adjectives that are determiners or make a general statement ("said local government would").
const NOT_SUBJECT_ADJ = new Set(['other', 'such', 'own', 'same', 'last', 'next', 'whole', 'former', 'local', 'more', 'most', 'less', 'many', 'much', 'few', 'several', 'only', 'good', 'bad', 'big', 'small', 'limited',
  // Degree makes a mass reading: "stated that complete agreement had been reached".
  'complete', 'full', 'broad', 'general', 'total', 'unanimous', 'mutual', 'wide', 'widespread', 'considerable', 'great', 'greater', 'little', 'substantial', 'overall']);
const CLAUSE_TIME = new Set(['on', 'late', 'early', 'in', 'a', 'statement', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'last', 'week', 'night', 'evening', 'morning']);

/**
 * "said late on Tuesday that": "that" comes after a verb of saying and a time or "in a
 * statement". Right after the verb it may be a demonstrative ("She said that truck was stolen").
 */
function thatAfterSaying(doc: Doc, that: Token): boolean {
  let c = doc.prev(that);
  for (let k = 0; k < 5 && c; k++, c = doc.prev(c)) {
    if (SAY.has(c.norm) && /^\p{Ll}/u.test(c.text)) return k > 0;
    if (!CLAUSE_TIME.has(c.norm)) return false;
  }
  return false;
}

/** "fare on the capital's Subway is": skip a prepositional phrase of up to six words with a determiner or name. */
function skipModifier(doc: Doc, next: Token | undefined): Token | undefined {
  if (!next || !['on', 'in', 'at', 'of', 'for'].includes(next.norm)) return next;
  let c = doc.next(next);
  if (!c || !(['the', 'its', 'their', 'his', 'her'].includes(c.norm) || /^\p{Lu}/u.test(c.text))) return next;
  for (let k = 0; k < 6 && c; k++, c = doc.next(c)) {
    if (c.kind === 'punct' && c.text !== "'" && c.text !== '’') return next;
    if (/^\p{Ll}/u.test(c.text) && ['AUX', 'VERB'].includes(doc.pos(c))) return c;
  }
  return next;
}

export const rule: Rule = {
  meta: {
    id: 'bare-noun-after-conjunction',
    category: 'article',
    severity: 'warning',
    description: 'A bare singular noun as the subject of a clause: “because wind was too strong”, “said government would”.',
    examples: {
      bad: [
        { text: 'The ferry did not sail because [[wind]] was too strong.', output: 'The ferry did not sail because the wind was too strong.' },
        { text: 'He said [[government]] would cut taxes next year.', output: 'He said the government would cut taxes next year.' },
        { text: 'Shares rose after [[company]] announced the deal.', output: 'Shares rose after the company announced the deal.' },
        { text: 'Fans left the stadium when [[referee]] stopped the match.', output: 'Fans left the stadium when the referee stopped the match.' },
        { text: 'Prices will fall if [[economy]] slows further.', output: 'Prices will fall if the economy slows further.' },
        { text: 'Because [[weather]] was bad, the match was cancelled.', output: 'Because the weather was bad, the match was cancelled.' },
        { text: 'The result showed [[government]] still had a majority.', output: 'The result showed the government still had a majority.' },
        { text: 'The minister said [[outcome]] would calm the markets.', output: 'The minister said the outcome would calm the markets.' },
        { text: 'He said [[exercise]] had shown that families were not ready.', output: 'He said the exercise had shown that families were not ready.' },
        { text: 'We just hope [[house]] is still standing.', output: 'We just hope the house is still standing.' },
        { text: 'Officials fear [[dam]] could burst after more rain.', output: 'Officials fear the dam could burst after more rain.' },
        { text: 'Markets fell after [[government]] announced new taxes.', output: 'Markets fell after the government announced new taxes.' },
        { text: 'Investigators said [[manuscript]] had been taken from the archive.', output: 'Investigators said the manuscript had been taken from the archive.' },
        { text: 'The committee said late on Tuesday that [[company]] had agreed to improve lunches.', output: 'The committee said late on Tuesday that the company had agreed to improve lunches.' },
        { text: 'The city said on Monday that [[basic fare]] on the capital’s subway is set to rise.', output: 'The city said on Monday that the basic fare on the capital’s subway is set to rise.' },
        { text: 'The chairman said updating [[register]] was a technical task.', output: 'The chairman said updating the register was a technical task.' },
        { text: 'Pay is low, and [[Ministry]] has acknowledged a shortage of teachers.', output: 'Pay is low, and the Ministry has acknowledged a shortage of teachers.' },
      ],
      good: [
        'Talks resume next week, and if agreement is reached, the quota will be restored, although agreement could be slow.',
        'The ferry did not sail because the wind was too strong.',
        'He said government bonds would rally.',
        'Business and government have worked together.',
        'He said that court was wrong.',
        'When school starts, traffic gets worse.',
        'He said company officials would attend.',
        'Because wind power is cheap, prices fell.',
        'As president, he signed the law.',
        'If government is the problem, what is the answer?',
        'Rates rise when economy-wide demand grows.',
        'Said party has denied the charges.',
        'Though wind may blow and rain may fall, we must go.',
        'He said house prices would fall.',
        'They hope exercise will help.',
        'She said that truck was stolen.',
        'Polls showed support still had room to grow.',
        'If government continues to work to assure every American a job, we will succeed.',
        'They cut rules in the areas where competition made them obsolete.',
        'Once building starts, carpenters and plumbers work.',
        'Because drought also remains a problem, we need reserves.',
        'Perlman said bankruptcy would not be an immediate effect of the merger.',
        'A film for people who think film can be more than entertainment.',
        'The team is picked with the view that said opponent will have little chance.',
        'He stated that complete agreement had been reached.',
        'She said local government would benefit.',
        'We know that company officials were told.',
        'He said updating the register was a technical task.',
        'She said that company had been sold.',
        'Their stated goal is to win.',
        'Pay is low, and the Ministry has acknowledged a shortage of teachers.',
        'Pay is low, and Parliament has acknowledged it.',
        'Pay is low, and Ministry officials have acknowledged it.',
        'The firm that company executives founded has closed.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // "and Ministry has acknowledged a shortage": a body named by its capitalized common noun,
    // bare as the subject after a conjunction.
    for (const t of doc.tokensWithText(BODIES)) {
      const prev = doc.prev(t);
      if (!prev || !BODY_OPENERS.has(prev.norm) || !/^\p{Ll}/u.test(prev.text)) continue;
      let next = doc.next(t);
      if (next && MID_ADVERBS.has(next.norm)) next = doc.next(next);
      if (!next || !/^\p{Ll}/u.test(next.text)) continue;
      const pos = doc.pos(next);
      if (!((AUX.has(next.norm) && (pos === 'AUX' || pos === 'VERB')) || (pos === 'VERB' && /ed$/.test(next.norm)))) continue;
      if (MODAL.has(next.norm) || isHeadline(doc, doc.sentenceOf(t))) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${prev.text} ${t.text} ${next.text}”: the body needs an article (“the ${t.text}”).`,
        suggestions: [`the ${t.text}`],
        reason: 'a singular count noun needs an article',
        confidence: 0.7,
      });
    }
    for (const t of doc.tokensWith(ALL_NOUNS)) {
      const article = ALL_NOUNS.get(t.norm);
      if (!article || !/^\p{Ll}+$/u.test(t.text)) continue;
      let prev = doc.prev(t);
      if (!prev) continue;
      // The subject may have an adjective ("said on Monday that basic fare ... is") or be the
      // object of a gerund subject ("said updating register was a technical task").
      let first: Token = t;
      let kind: 'plain' | 'adj' | 'gerund' = 'plain';
      if (!OPENERS.has(prev.norm) && prev.norm !== 'that' && isLowerWord(prev) && !MASS_SENSE.has(t.norm)) {
        const pp = doc.prev(prev);
        if (!pp || (!SAY.has(pp.norm) && !(pp.norm === 'that' && thatAfterSaying(doc, pp)))) continue;
        const ppos = doc.pos(prev);
        if (ppos === 'ADJ' && !NOT_SUBJECT_ADJ.has(prev.norm) && !/(?:ing|est)$/.test(prev.norm)) {
          first = prev;
          kind = 'adj';
        } else if (ppos === 'VERB' && /ing$/.test(prev.norm)) kind = 'gerund';
        else continue;
        prev = pp;
      }
      // "their stated goal is": the verb is an adjective after a determiner.
      if (['the', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'a', 'an', 'this'].includes(doc.prev(prev)?.norm ?? '')) continue;
      // "said late on Tuesday that company had agreed": "that" after a verb of saying.
      if (prev.norm === 'that' && !thatAfterSaying(doc, prev)) continue;
      // "Said party has denied": the legal adjective, not the verb.
      if (prev.norm !== 'that' && (!OPENERS.has(prev.norm) || (!/^\p{Ll}/u.test(prev.text) && !CONJUNCTIONS.has(prev.norm)))) continue;
      let next = doc.next(t);
      // "that basic fare on the capital's Subway is planning": a short phrase after the subject.
      if (kind !== 'plain' || prev.norm === 'that') next = skipModifier(doc, next);
      if (next && MID_ADVERBS.has(next.norm)) next = doc.next(next);
      if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) continue;
      // "They hope exercise will help": a mass sense after a verb of hoping or fearing is
      // only checked for nouns of the core list or with a verb in the past.
      if (!NOUNS.has(t.norm) && ['exercise'].includes(t.norm) && !/ed$|^(?:had|was|would|could)$/.test(next.norm)) continue;
      const pos = doc.pos(next);
      const finite = (AUX.has(next.norm) && (pos === 'AUX' || pos === 'VERB')) || (pos === 'VERB' && /ed$/.test(next.norm));
      if (!finite) continue;
      if (ABSTRACT.has(t.norm) && CONJUNCTIONS.has(prev.norm) && !DECIDING.has(next.norm)) continue;
      const massToo = (MASS_SENSE.has(t.norm) && !NOUNS.has(t.norm)) || AGREEING.has(t.norm);
      if (massToo && CONJUNCTIONS.has(prev.norm)) continue;
      // A modal after a noun with a mass sense makes a general statement: "Perlman said
      // bankruptcy would not be an immediate effect", "people who think film can be more".
      if (massToo && MODAL.has(next.norm)) continue;
      // "with the view that said opponent will have": the legal adjective.
      if (prev.norm === 'said' && ['that', 'the', 'of', 'to'].includes(doc.prev(prev)?.norm ?? '')) continue;
      // "Though wind may blow": weather in a general statement.
      if (WEATHER.has(t.norm) && MODAL.has(next.norm)) continue;
      // "If government is the problem": a general statement about government as such.
      if (t.norm === 'government' && (next.norm === 'is' || next.norm === 'was') && /\b(?:big|small|limited|good|bad) government\b|\bgovernment (?:is|was) (?:the|not|best|a)\b/i.test(doc.text)) continue;
      if (isHeadline(doc, doc.sentenceOf(t))) continue;
      const phrase = doc.text.slice(first.start, t.end);
      const fix = `${article === 'a' ? indefiniteArticle(phrase) : article} ${phrase}`;
      ctx.report({
        start: first.start,
        end: t.end,
        message: `“${prev.text} ${phrase} ${next.text}”: the singular subject needs an article (“${fix}”).`,
        suggestions: [fix],
        reason: 'a singular count noun needs an article',
        confidence: 0.75,
      });
    }
  },
};
