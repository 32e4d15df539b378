/**
 * An adjective after its noun in Romance order: “the team Italian”, “the crisis economic”, “a
 * victory historic”. English puts a nationality, a relational adjective (economic, political,
 * military) and these evaluative ones before the noun. Only a determiner + a lower-case noun +
 * one of the listed adjectives is checked, and only where the phrase ends there (punctuation,
 * a verb, a preposition, a conjunction). Quiet after verbs that take an object and a complement
 * (“made the process political”, “keep the economy strong”), after “with” (“with the economy
 * weak”), before a name (“the airline American Airlines”), and after nouns for language (“the
 * word French for it”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { demonymPlaces } from '../../../data/lists.js';
import { indefiniteArticle, looksPlural, matchCase } from '../number-agreement/lib/english.js';

const DEMONYMS: ReadonlySet<string> = new Set(
  demonymPlaces().map(([d]) => d).filter((d) => /^\p{Lu}\p{Ll}+$/u.test(d)),
);
const ADJECTIVES = new Set([
  'economic', 'political', 'military', 'financial', 'social', 'diplomatic', 'nuclear', 'electoral',
  'commercial', 'industrial', 'environmental', 'agricultural', 'presidential', 'parliamentary', 'legislative',
  'democratic', 'constitutional', 'judicial', 'humanitarian', 'geopolitical', 'strategic', 'historic',
  'historical', 'important', 'enormous', 'huge', 'serious', 'difficult', 'excellent', 'significant',
  'considerable', 'massive', 'tremendous', 'brutal', 'dramatic', 'unprecedented', 'crucial', 'decisive',
  'fundamental', 'impressive', 'spectacular', 'magnificent', 'beautiful', 'catastrophic', 'terrible',
  'extraordinary', 'remarkable', 'digital', 'technological', 'scientific', 'cultural', 'religious', 'ethnic',
  'monetary', 'fiscal', 'budgetary', 'energetic', 'sanitary', 'medical', 'sporting', 'touristic', 'economical',
  'national', 'international', 'regional', 'municipal', 'urban', 'rural', 'ministerial', 'governmental',
  'educational', 'administrative', 'territorial', 'maritime', 'naval', 'atomic', 'electoral', 'metropolitan',
  'pharmaceutical', 'automotive', 'hydroelectric', 'ferroviary', 'penitentiary', 'migratory', 'fiscal',
  'tributary', 'agrarian', 'sanitarian', 'hospitable', 'infrastructural', 'logistical', 'institutional',
]);
// Age, size and rank, which no English noun takes after it: "the most expensive player young",
// "children small and elderly people", "the rate basic of interest". The determiner may stand
// before other adjectives ("the most expensive"), and with no determiner the noun must be a
// plural right after a form of "be" (BARE_OK); never before a comma ("in parts of the country
// small, well-chosen tracts") nor after a measure ("a month old").
const SIZE_ADJECTIVES = new Set(['young', 'old', 'elderly', 'small', 'big', 'large', 'tiny', 'basic']);
const BARE_OK = new Set(['young', 'old', 'elderly', 'small', 'big', 'large', 'tiny']);
const MEASURES = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'century', 'centuries', 'decade', 'decades', 'minute', 'minutes', 'size', 'enough', 'bit', 'lot']);
// Verbs that take an object and a complement, and "with" of an absolute phrase.
const COMPLEMENT_VERBS = new Set([
  'make', 'makes', 'made', 'making', 'keep', 'keeps', 'kept', 'keeping', 'find', 'finds', 'found', 'finding',
  'consider', 'considers', 'considered', 'considering', 'deem', 'deems', 'deemed', 'declare', 'declared',
  'render', 'rendered', 'renders', 'call', 'called', 'calls', 'leave', 'left', 'leaves', 'hold', 'held',
  'judge', 'judged', 'rate', 'rated', 'think', 'thought', 'believe', 'believed', 'see', 'saw', 'seen', 'want',
  'wanted', 'get', 'got', 'prove', 'proved', 'turn', 'turned', 'label', 'labelled', 'labeled', 'branded',
  'with', 'without', 'rule', 'ruled', 'regard', 'regarded', 'describe', 'described', 'deem',
]);
const LANGUAGE_NOUNS = new Set(['word', 'words', 'term', 'language', 'version', 'translation', 'edition', 'name', 'phrase', 'expression', 'cuisine', 'style']);
// "a bit difficult", "a lot bigger": the noun is a degree word.
const DEGREE_NOUNS = new Set(['bit', 'lot', 'little', 'tad', 'touch', 'shade', 'trifle', 'fraction', 'deal', 'whit', 'jot']);
const ENDS = new Set(['ADP', 'CCONJ', 'VERB', 'AUX', 'PUNCT', 'SCONJ']);
// Prepositions that open an adjective's complement: "unprecedented in", "fundamental to".
const COMPLEMENT_PREPOSITIONS = new Set(['in', 'to', 'among', 'than']);
// Adjectives of a domain or place, which never take a complement after them ("regional in").
const RELATIONAL = new Set([
  'economic', 'political', 'military', 'financial', 'social', 'diplomatic', 'nuclear', 'electoral', 'commercial',
  'industrial', 'agricultural', 'presidential', 'parliamentary', 'legislative', 'judicial', 'geopolitical', 'monetary',
  'fiscal', 'budgetary', 'national', 'international', 'regional', 'municipal', 'ministerial', 'governmental',
  'territorial', 'maritime', 'naval', 'metropolitan', 'pharmaceutical', 'automotive', 'hydroelectric', 'ferroviary',
  'penitentiary',
]);
const NUMERAL_DETS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained']);

/** The words the walk starts from (matched by text below; the index is by lower case). */
const TRIGGERS: ReadonlySet<string> = new Set([...DEMONYMS, ...ADJECTIVES, ...SIZE_ADJECTIVES].map((w) => w.toLowerCase().replace(/’/g, "'")));

export const rule: Rule = {
  meta: {
    id: 'noun-adjective-order',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An adjective after its noun in Romance order: “the team Italian” for “the Italian team”, “the crisis economic” for “the economic crisis”.',
    examples: {
      bad: [
        { text: '[[The government French]] rejected the plan.', output: 'The French government rejected the plan.' },
        { text: 'It was [[a victory historic]] for the party.', output: 'It was a historic victory for the party.' },
        { text: 'The country is in [[a crisis economic]] and political.', output: 'The country is in an economic crisis and political.' },
        { text: 'The two sides reached [[an agreement diplomatic]] on Friday.', output: 'The two sides reached a diplomatic agreement on Friday.' },
        { text: '[[The companies Chinese]] won most of the contracts.', output: 'The Chinese companies won most of the contracts.' },
        { text: 'He praised [[the cooperation military]] between the two countries.', output: 'He praised the military cooperation between the two countries.' },
        { text: '[[The situation political]] remains tense.', output: 'The political situation remains tense.' },
        { text: 'Fans celebrated [[the team Italian]] in Rome.', output: 'Fans celebrated the Italian team in Rome.' },
        { text: 'The city will extend [[the network metropolitan]] by 20 kilometres.', output: 'The city will extend the metropolitan network by 20 kilometres.' },
        { text: 'Prisoners protested against [[the system penitentiary]].', output: 'Prisoners protested against the penitentiary system.' },
        { text: 'He is [[the most expensive player young]] ever sold by a club in the league.', output: 'He is the most expensive young player ever sold by a club in the league.' },
        { text: 'Many of them were [[children small]] and elderly people with asthma.', output: 'Many of them were small children and elderly people with asthma.' },
        { text: '[[The rate basic]] of interest is at its highest level since 2006.', output: 'The basic rate of interest is at its highest level since 2006.' },
        { text: 'The operator said only [[one train regional]] in three was running.', output: 'The operator said only one regional train in three was running.' },
      ],
      good: [
        'The French government rejected the plan.',
        'The reforms made the process political.',
        'The bank wants to keep the economy strong.',
        'With the economy weak, exports fell.',
        'She flew with the airline American Airlines.',
        'What is the word French speakers use for it?',
        'The match was played in the stadium Olimpico.',
        'The national team Italian coach Luciano Spalletti picked.',
        'The team, Italian and proud, won.',
        'He found the outcome political.',
        'It is the body politic that decides.',
        'That can be a bit difficult.',
        'We met at a moment unprecedented in the history of the Union.',
        'The law brought progress in an area fundamental to our economic strength.',
        'Men are dying upon a scale unprecedented and appalling.',
        'The features are often very exacting and the financing difficult.',
        'We must limit the giant nuclear arsenals of both nations.',
        'All the leading commercial bodies in this country have united.',
        'The world at large is watching, and the country at large agrees.',
        'The children were small, and the rooms were large.',
        'He was the youngest player ever to score, and the club was small.',
        'Keep the font small and the margins large.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    /** A copula or a verb of object + complement in the clause before "and": the second clause shares it. */
    function gapped(and: Token): boolean {
      for (let k = 0, c = doc.prev(and); k < 10 && c && c.kind !== 'punct'; k++, c = doc.prev(c)) if (BE_FORMS.has(c.norm) || COMPLEMENT_VERBS.has(c.norm)) return true;
      return false;
    }
    for (const adj of doc.tokensWith(TRIGGERS)) {
      const demonym = DEMONYMS.has(adj.text);
      const size = SIZE_ADJECTIVES.has(adj.text);
      if (!demonym && !ADJECTIVES.has(adj.text) && !size) continue;
      const noun = doc.prev(adj);
      let det = noun && doc.prev(noun);
      if (size) {
        if (!noun || MEASURES.has(noun.norm) || doc.next(adj)?.text === ',') continue;
        for (let k = 0; k < 3 && det && det.kind === 'word' && /^\p{Ll}/u.test(det.text) && !['a', 'an', 'the', 'same'].includes(det.norm) && ['ADJ', 'ADV'].includes(doc.pos(det)); k++) det = doc.prev(det);
      }
      if (!noun || !det || noun.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text)) continue;
      const bare = BARE_OK.has(adj.norm) && ['are', 'were', 'be', 'being', 'been'].includes(det.norm) && det === doc.prev(noun) && looksPlural(noun.text);
      // "one train regional in three", "two companies Chinese": a numeral counts as a determiner.
      if (!['a', 'an', 'the'].includes(det.norm) && !NUMERAL_DETS.has(det.norm) && !bare) continue;
      if (LANGUAGE_NOUNS.has(noun.norm) || DEGREE_NOUNS.has(noun.norm)) continue;
      const after = doc.next(adj);
      if (after && /^\p{Lu}/u.test(after.text)) continue;
      // "the situation political remains tense": an -s verb the tagger read as a noun.
      // ("the giant nuclear arsenals of", "the leading commercial bodies in": a plural noun
      // before a preposition, which the adjective modifies.)
      const verbLike = after !== undefined && /[^s]s$/.test(after.norm) && ['ADJ', 'DET', 'ADV', 'PRON'].includes(doc.pos(doc.next(after) ?? after));
      if (size) {
        // "player young ever sold", "the rate basic of interest", "children small and elderly
        // people", "the staff young are": not at a sentence's end ("the good die young").
        if (!after || !(['ever', 'of', 'and', 'or'].includes(after.norm) || ['VERB', 'AUX'].includes(doc.pos(after)))) continue;
      } else if (after && !ENDS.has(doc.pos(after)) && !verbLike) continue;
      // "a scale unprecedented in our experience", "an area fundamental to our strength": an
      // adjective with its own complement follows the noun in English too.
      // (A relational adjective takes none: "one train regional in three".)
      if (!demonym && after && COMPLEMENT_PREPOSITIONS.has(after.norm) && !RELATIONAL.has(adj.norm)) continue;
      // After a numeral, a plural the tagger read as a verb is a noun: "two score legislative proposals".
      if (NUMERAL_DETS.has(det.norm) && verbLike) continue;
      if (!demonym && after?.norm === 'and') {
        const next = doc.next(after);
        // "a man old and tired": two adjectives of one noun; but "children small and elderly
        // people" coordinates two noun phrases.
        if (size ? doc.pos(doc.next(next ?? after) ?? after) !== 'NOUN' : !ADJECTIVES.has(next?.norm ?? '') && doc.pos(next ?? after) === 'ADJ') continue;
      }
      const before: Token | undefined = doc.prev(det);
      if (before && COMPLEMENT_VERBS.has(before.norm)) continue;
      // "the features are exacting and the financing difficult": a verb left out after "and".
      if (before?.norm === 'and' && gapped(before)) continue;
      if (doc.pos(noun) !== 'NOUN') continue;
      // Words between the determiner and the noun stay where they are: "the most expensive young player".
      const first = bare ? noun : (doc.next(det) as Token);
      const between = doc.text.slice(first.start, noun.start);
      const article = bare ? '' : det.norm === 'a' || det.norm === 'an' ? `${matchCase(det.text, indefiniteArticle(between || adj.norm))} ` : `${det.text} `;
      const fix = `${article}${between}${adj.text} ${noun.text}`;
      const from = bare ? noun : det;
      ctx.report({
        start: from.start,
        end: adj.end,
        message: `“${doc.text.slice(from.start, adj.end)}”: English puts the adjective before the noun: “${fix}”.`,
        suggestions: [fix],
        reason: 'English adjectives come before the noun',
        confidence: 0.6,
      });
    }
  },
};
