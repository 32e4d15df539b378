/**
 * A country's own institution named in full with its capitals lost, in a story about that
 * country: “a dispute inside Ukraine’s central election commission”, “Georgia’s central
 * election commission said”. Languages that write institutions in lower case (Russian,
 * Ukrainian, French) leave them so after a round trip; English capitalizes an official name.
 *
 * Names come from the national bodies of the gazetteer (src/data/entity-national-bodies.txt): a
 * compound name of three words or more, all in lower case, with no linking word, ending in the
 * head of a body (commission, council, agency, court...), matched without case, of a body of a
 * country the story names (or that name followed by “of” and the country: the State Customs
 * Service of Ukraine). The same with only its first word capitalized, a common word mid-sentence
 * (“The State customs service said”): a name half capitalized, and then “service” heads a
 * body too. Left alone: generic two-word names (“foreign ministry”, “central
 * bank”); names of schemes (“the social security system”); names with “of” (“the office of the
 * prime minister” describes as well as names); names that start with a proper name (“the
 * Xinhua news agency”, “the Oslo police district” are English); names of no one country (official-name-case
 * checks those); a name after an indefinite determiner (“a central election commission” is a
 * description); headlines.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { CONNECTORS, isKnownNameOf, namedCountries } from '../entity-name/gazetteer.js';
// "a central election commission": an indefinite determiner makes the phrase a description.
import { INDEFINITE } from '../entity-name/official-name-case.js';
import { COMMON_WORDS, isHeadline, isTitleCase, startsClause, upperFirst } from './lexicon.js';
import { wordPositions } from '../../../text/word-positions.js';


const MAX_WORDS = 5;

// Heads of bodies: "the social security system", "the national health service" name a scheme
// as well as a body, and stay lower case in English.
const BODY_HEADS: ReadonlySet<string> = new Set([
  'commission', 'committee', 'council', 'court', 'agency', 'bureau', 'office', 'ministry', 'authority', 'assembly',
  'tribunal', 'inspectorate', 'directorate', 'administration', 'department', 'board', 'chamber', 'prosecutor',
]);
/** The words a name is tried up to: a body's head, or "service" after a capitalized first word. */
const ENDS: ReadonlySet<string> = new Set([...BODY_HEADS, 'service']);

/** A known name of a national body of a country the document names, or that name "of" the country. */
function nationalHere(doc: Doc, span: string): boolean {
  for (const c of namedCountries(doc)) if (isKnownNameOf(span, c) || isKnownNameOf(`${span} of ${c}`, c)) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'lowercase-national-body',
    category: 'capitalization',
    severity: 'warning',
    description: 'A country’s institution named in full in lower case in a story about that country (“Ukraine’s central election commission”).',
    examples: {
      bad: [
        { text: 'A dispute inside Ukraine’s [[central election commission]] spilled into the open on Tuesday.', output: 'A dispute inside Ukraine’s Central Election Commission spilled into the open on Tuesday.' },
        { text: 'Turnout in Georgia was 60 percent, the [[central election commission]] said.', output: 'Turnout in Georgia was 60 percent, the Central Election Commission said.' },
        { text: 'Ukraine exported more grain in May. The [[State customs service]] said exports rose.', output: 'Ukraine exported more grain in May. The State Customs Service said exports rose.' },
      ],
      good: [
        'A dispute inside Ukraine’s Central Election Commission spilled into the open on Tuesday.',
        'The country’s central election commission certified the result.',
        'Georgia’s election commission said turnout was 60 percent.',
        'Ukraine’s foreign ministry summoned the ambassador.',
        'Ukraine exported more grain in May, the state customs service said.',
        'Ukraine set up a central election commission of its own in 1991.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    // A name of three words or more ends at one of ENDS: only a token two to four tokens before
    // one of them (from the word index) can start one.
    const ends = wordPositions(doc, ENDS);
    let e = 0;
    for (let i = 0; i < toks.length; i++) {
      while (e < ends.length && (ends[e] as number) < i + 2) e++;
      if (e === ends.length) break;
      if ((ends[e] as number) >= i + MAX_WORDS) {
        i = (ends[e] as number) - MAX_WORDS; // the loop's i++ makes it the first start that reaches ends[e]
        continue;
      }
      const t = toks[i] as Token;
      if (t.kind !== 'word' || CONNECTORS.has(t.norm)) continue;
      // "The State customs service": only the first word capitalized, a common word mid-sentence.
      const mixed = t.text !== t.norm && isTitleCase(t.text) && COMMON_WORDS.has(t.norm) && !startsClause(doc, t);
      if (t.text !== t.norm && !mixed) continue;
      // The longest known name from here: lower-case content words one after another.
      let best: Token | undefined;
      for (let k = i, content = 0; k < toks.length && k < i + MAX_WORDS; k++) {
        const x = toks[k] as Token;
        if (x.kind !== 'word' || (k > i && x.text !== x.norm) || CONNECTORS.has(x.norm) || (k > i && x.start !== (toks[k - 1] as Token).end + 1)) break;
        content++;
        if (content >= 3 && (BODY_HEADS.has(x.norm) || (mixed && x.norm === 'service')) && nationalHere(doc, doc.text.slice(t.start, x.end))) best = x;
      }
      if (!best) continue;
      const before = doc.prev(t);
      if (before && INDEFINITE.has(before.norm)) continue;
      // Part of a longer capitalized name ("... of the Central Election Commission Building").
      const after = doc.next(best);
      if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text) && after.start === best.end + 1) continue;
      if (isHeadline(doc, t.start)) continue;
      const span = doc.text.slice(t.start, best.end);
      const fixed = span.split(' ').map(upperFirst).join(' ');
      ctx.report({
        start: t.start,
        end: best.end,
        message: `“${span}” is the official name of a national body: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'an official name takes capitals in English; languages that write institutions in lower case lose them in translation',
        confidence: 0.7,
      });
      i = best.index;
    }
  },
};
