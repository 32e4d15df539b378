/**
 * “the” before a plural noun in its general sense, as the subject of a prediction someone
 * reports: “consumer groups warned that [the clients] would pay higher fees”, “warned that
 * each strike day cost the economy 1 billion euros and that [the investors] would start to
 * look elsewhere”. Romance, German and Greek sources put an article before a class of people
 * or things; English says “customers would pay”, “investors would start”.
 *
 * Only after a verb of saying, warning or expecting (“said”, “warned that”, “and that”), a
 * plural noun of one or two words that names people (“clients”, “investors”, “pensioners”:
 * a reported plan for things, “said the new tariffs would apply”, is usually about known
 * ones) and is the story's first mention of its head (so it cannot
 * point back), nothing after it but a modal and an active verb (“would pay”, “will have”):
 * “said the troops would be moved” is a plan for troops the reader is meant to know, and a
 * passive says what is done to a known thing. Plurals that name a body a story takes as known
 * (“the authorities”, “the talks”, “the police”) are left alone.
 *
 * Fluent English also reports what a known group will do (“he said the cartoonists will
 * consent”), so the rule is a suspect: it runs only in a document already shown to be
 * machine-translated.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { isLowerWord, looksPlural } from '../number-agreement/lib/english.js';
import { finiteVerbAt, isFirstMention, phraseFrom } from './lib/generic.js';

const REPORTING = new Set([
  'said', 'says', 'saying', 'warned', 'warns', 'warning', 'argued', 'argues', 'arguing', 'mean', 'means', 'meant',
  'added', 'adding', 'noted', 'noting', 'stressed', 'believes', 'believe', 'believed', 'fear', 'fears', 'feared',
  'insisted', 'claimed', 'predicted', 'predicts', 'predict', 'expects', 'expect', 'expected', 'estimated',
  'estimates', 'forecast', 'forecasts', 'cautioned', 'cautions', 'acknowledged', 'conceded', 'admitted',
]);
const MODALS = new Set(['would', 'will', 'could', 'may', 'might', 'must', 'should', 'can', 'cannot', "won't", "wouldn't"]);
// Plurals a story names as known bodies or events on first mention.
const KNOWN_BODIES = new Set([
  'authorities', 'talks', 'negotiations', 'police', 'elections', 'polls', 'troops', 'forces', 'courts', 'media',
  'rebels', 'militants', 'insurgents', 'prosecutors', 'investigators', 'rescuers', 'organisers', 'organizers',
  'results', 'figures', 'data', 'rules', 'measures', 'cuts', 'changes', 'reforms', 'plans', 'works', 'repairs',
]);

// People named by what they do or are: "clients", "investors", "pensioners", "tenants",
// "economists", "young people"; not "payments" or "investments".
const PEOPLE_SUFFIX = /(?:ers|ors|ists|ants|[^m]ents|ians|ees|people|men|children)$/;
const PEOPLE_WORDS = new Set(['households', 'families', 'citizens', 'youths', 'pupils', 'fans', 'patients', 'retirees']);
// Things with those endings.
const THINGS = new Set([
  'matters', 'letters', 'orders', 'numbers', 'papers', 'powers', 'borders', 'barriers', 'others', 'offers', 'answers',
  'transfers', 'waters', 'quarters', 'centers', 'centres', 'computers', 'containers', 'tankers', 'rivers', 'towers',
  'shelters', 'chapters', 'layers', 'filters', 'meters', 'sectors', 'factors', 'motors', 'doors', 'floors', 'errors',
  'colors', 'colours', 'monitors', 'reactors', 'indicators', 'generators', 'tractors', 'processors', 'corridors',
  'mirrors', 'components', 'incidents', 'accidents', 'contents', 'percents', 'trees', 'fees', 'degrees', 'committees',
  'guarantees', 'knees', 'decrees',
]);

/** A plural that names people. */
function namesPeople(noun: string): boolean {
  return (looksPlural(noun) || /people$/.test(noun)) && ((PEOPLE_SUFFIX.test(noun) && !THINGS.has(noun)) || PEOPLE_WORDS.has(noun));
}

export const rule: Rule = {
  meta: {
    id: 'the-generic-prediction',
    category: 'article',
    severity: 'info',
    suspect: true,
    description: '“the” before a plural in its general sense as the subject of a reported prediction: “warned that the clients would pay higher fees”.',
    examples: {
      bad: [
        { text: 'The banks merged, but consumer groups warned that [[the clients]] would pay higher fees.', output: 'The banks merged, but consumer groups warned that clients would pay higher fees.' },
        { text: 'The federation warned that each strike day cost the economy 1 billion euros and that [[the investors]] would start to look elsewhere.', output: 'The federation warned that each strike day cost the economy 1 billion euros and that investors would start to look elsewhere.' },
        { text: 'Analysts said [[the young buyers]] will not pay such prices.', output: 'Analysts said young buyers will not pay such prices.' },
        { text: 'Unions warned that [[the pensioners]] would lose out.', output: 'Unions warned that pensioners would lose out.' },
      ],
      good: [
        'Consumer groups warned that clients would pay higher fees.',
        'The bank lost 2,000 clients. Consumer groups warned that the clients would pay higher fees.',
        'He said the troops would be moved unless conditions improved.',
        'She said the authorities would investigate.',
        'He hoped that the zombies would go away.',
        'They said the talks would resume on Monday.',
        'He said the investors who bought the bonds would lose money.',
        'The agency cut prices of 30 drugs and said the ceiling prices would apply at once.',
        'The ministry said the new tariffs would apply from Monday.',
        'Growers said the trees would not bear fruit this year.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      if (the.text !== 'the') continue;
      const prev = doc.prev(the);
      if (!prev) continue;
      if (prev.norm === 'that') {
        // "warned that", "and that": not "so that", "the hope that", "an ordinance that".
        const p2 = doc.prev(prev);
        if (!p2 || !(REPORTING.has(p2.norm) || p2.norm === 'and')) continue;
      } else if (!REPORTING.has(prev.norm) || doc.pos(prev) !== 'VERB') continue;
      const words = phraseFrom(doc, doc.next(the));
      if (words.length === 0 || words.length > 2) continue;
      const head = words[words.length - 1] as Token;
      if (!namesPeople(head.norm) || KNOWN_BODIES.has(head.norm)) continue;
      const modal = doc.next(head);
      if (!modal || !MODALS.has(modal.norm)) continue;
      let verb = doc.next(modal);
      if (verb?.norm === 'not' || verb?.norm === 'also' || verb?.norm === 'still') verb = doc.next(verb);
      if (!isLowerWord(verb) || !finiteVerbAt(doc, verb)) continue;
      // "would be moved", "would have been told": a passive.
      if (verb.norm === 'be' || verb.norm === 'have') {
        const next = doc.next(verb);
        if (next && (next.norm === 'been' || (doc.pos(next) === 'VERB' && /(?:ed|en|wn|ne|lt|pt|ght)$/.test(next.norm)))) continue;
      }
      if (!isFirstMention(doc, words, the.index, false)) continue;
      const phrase = doc.text.slice((words[0] as Token).start, head.end);
      ctx.report({
        start: the.start,
        end: head.end,
        message: `“the ${phrase}”: a class of ${head.norm} the story has not introduced, in a general prediction; English says “${phrase}” with no article.`,
        suggestions: [phrase],
        reason: 'a plural noun in its general sense takes no article',
        confidence: 0.5,
      });
    }
  },
};
