/**
 * A title or a common institution noun capitalized on its own, with no name to make it one:
 * “the Governor said”, “The Head of the commission’s legal department”, “the University would
 * re-examine”, “the new Line will open”. German capitalizes every noun and Russian, Chinese or
 * Indonesian copy often capitalizes an office or a body it has just named; English news copy
 * writes a title in lower case when no name follows (“the governor said”) and a generic noun
 * that stands for a named body in lower case (“the university”).
 *
 * Only after “the” (and at most one lower-case adjective), with a lower-case word or punctuation
 * after it; not before a name or another capitalized word (“the Governor Andi Saputra”, “the
 * University of Tokyo”), not in a headline. Words that house styles capitalize on their own
 * (President, Prime Minister, Pope, Queen, Speaker, Commission, Council, Parliament,
 * Government, Court, Bank) are not listed, nor Budget (British style writes “the Budget” for the
 * Chancellor's, US government style for the federal one).
 *
 * A place noun that shortens a name the text gives in full (“the District of Columbia ... the
 * District”, “the Island of Cuba ... the Island”) keeps its capital.
 */
import type { Rule } from '../../types.js';
import { isHeadline } from './lexicon.js';

const NOUNS: ReadonlySet<string> = new Set([
  'governor', 'mayor', 'head', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'prosecutor', 'judge', 'coach', 'manager', 'doctor', 'teacher', 'ambassador',
  'inspector', 'engineer', 'driver', 'pilot', 'nurse', 'owner', 'founder', 'buyer', 'seller', 'auctioneer',
  'university', 'college', 'school', 'hospital', 'line', 'station', 'airport', 'factory', 'plant', 'mine', 'museum',
  'gallery', 'company', 'firm', 'group', 'tanker', 'ship', 'vessel', 'train', 'bridge', 'tunnel', 'dam', 'highway',
  'motorway', 'metro', 'tournament', 'championship', 'match', 'auction', 'sale', 'exhibition', 'festival', 'project',
  'programme', 'program', 'plan', 'bill', 'decree', 'reform', 'scheme', 'report', 'study', 'survey',
  'index', 'fund', 'strike', 'protest', 'storm', 'cyclone', 'quake', 'earthquake', 'virus',
  'vaccine', 'drug', 'medicine', 'city', 'town', 'village', 'province', 'region', 'district', 'island', 'river',
  // Nouns news copy never capitalizes alone (not Government, Army, Capital, Minister: house styles).
  'country', 'economy', 'population', 'authorities', 'police', 'ministry', 'agency', 'regulator', 'prosecutors',
  'victim', 'victims', 'suspect', 'suspects', 'club', 'team', 'player', 'players', 'striker', 'midfielder',
  'goalkeeper', 'referee', 'organisers', 'organizers',
]);
// Heads of a ministry's name that take "of the" and a field: "Ministry of the Economy".
const MINISTRIES: ReadonlySet<string> = new Set(['ministry', 'minister', 'department', 'secretary', 'secretariat', 'office']);

// Place nouns that shorten an "X of Y" name the text has given: "the District" (of Columbia).
const PLACES: ReadonlySet<string> = new Set(['district', 'island', 'province', 'region', 'city', 'town', 'village', 'river']);

/** The text names "<Noun> of [the] <Capitalized>" somewhere: "District of Columbia". */
function namedInFull(text: string, noun: string): boolean {
  const cap = noun.charAt(0).toUpperCase() + noun.slice(1);
  return new RegExp(`\\b${cap} of (?:the )?\\p{Lu}`, 'u').test(text);
}

// "the new Line", "the local Hospital": one lower-case modifier may stand between.
const FOLLOW_OK = /^[\p{Ll},.;:!?)”’"'—–-]/u;

export const rule: Rule = {
  meta: {
    id: 'capitalized-standalone-noun',
    category: 'capitalization',
    severity: 'info',
    description: 'A title or common noun capitalized on its own, with no name (“the Governor said”, “the new Line”).',
    examples: {
      bad: [
        { text: 'Not all schools have marked their routes, the [[Governor]] said on Friday.', output: 'Not all schools have marked their routes, the governor said on Friday.' },
        { text: 'The [[Head]] of the commission’s legal department said both sides would be heard.', output: 'The head of the commission’s legal department said both sides would be heard.' },
        { text: 'He said the [[University]] would re-examine every admission since 2020.', output: 'He said the university would re-examine every admission since 2020.' },
        { text: 'Officials hope the new [[Line]] will persuade commuters to leave their cars.', output: 'Officials hope the new line will persuade commuters to leave their cars.' },
        { text: 'He had taken the pills on the advice of the [[Doctor]], his lawyer said.', output: 'He had taken the pills on the advice of the doctor, his lawyer said.' },
        { text: 'The [[Country]] has the highest inflation rate in the region.', output: 'The country has the highest inflation rate in the region.' },
        { text: 'He said the [[Police]] had found no evidence of a crime.', output: 'He said the police had found no evidence of a crime.' },
        { text: 'The [[Suspect]] was detained at the border on Friday.', output: 'The suspect was detained at the border on Friday.' },
      ],
      good: [
        'Ministers of the Group of 24 met in Washington on Monday.',
        'She was named Secretary of State for the Economy in May.',
        'The airline sells a weekend fare called On The Town.',
        'Not all schools have marked their routes, the governor said.',
        'The Governor of the Bank of England spoke on Tuesday.',
        'The University of Tokyo said it would review the case.',
        'The Governor Andi Saputra told reporters.',
        'The President said the Commission and the Council would meet.',
        'Officials hope the new Elizabeth Line will persuade commuters.',
        'Doctor Who returns to the BBC.',
        'The Line Of Duty Returns',
        'The Head teacher resigned.',
        'Congress governs the District of Columbia. Crime in the District has fallen.',
        'The resources of the consultative Group on International Agricultural Research have grown.',
        'The Chancellor will present the Budget in March.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(NOUNS)) {
      if (t.kind !== 'word' || !NOUNS.has(t.norm) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      let p = doc.prev(t);
      if (p && p.kind === 'word' && /^\p{Ll}/u.test(p.text) && p.norm !== 'the') p = doc.prev(p);
      if (!p || p.norm !== 'the') continue;
      // "On The Town": a capitalized "The" inside the sentence opens a title, not a noun phrase.
      if (p.text === 'The' && !doc.isSentenceInitial(p) && doc.prev(p)?.kind === 'word') continue;
      // "Secretary of State for the Economy", "Ministry of the Economy": the end of an office's
      // or a ministry's name (not "the President of the Country").
      const link = doc.prev(p);
      const owner = link ? doc.prev(link) : undefined;
      if (owner && /^\p{Lu}/u.test(owner.text) && !doc.isSentenceInitial(owner) && (link?.text === 'for' || (link?.text === 'of' && MINISTRIES.has(owner.norm)))) continue;
      const n = doc.next(t);
      if (n && !FOLLOW_OK.test(n.text)) continue;
      // "the Dean's tea": a possessive keeps a house style's capital.
      if (n?.norm === "'s") continue;
      // "The Head was alive": "head" is a title only before "of" ("the head of the department").
      if (t.norm === 'head' && n?.norm !== 'of') continue;
      // "the Head teacher": a compound, not a title on its own.
      if (n && n.kind === 'word' && doc.canTag && (doc.pos(n) === 'NOUN' || doc.pos(n) === 'PROPN')) continue;
      // "the Governor of the Bank of England": a named office; "the consultative Group on
      // International Agricultural Research": a named body.
      if (n?.norm === 'of' || n?.norm === 'on' || n?.norm === 'for') {
        let q = doc.next(n);
        if (q?.norm === 'the') q = doc.next(q);
        // "the Group of 77", "the Group of Seven": a number after "of" makes a name.
        if (!q || /^\p{Lu}/u.test(q.text) || q.kind === 'number') continue;
      }
      if (PLACES.has(t.norm) && namedInFull(doc.text, t.norm)) continue;
      if (isHeadline(doc, t.start)) continue;
      const fixed = t.text.toLowerCase();
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” stands alone here, with no name: English writes “${fixed}” in lower case.`,
        suggestions: [fixed],
        reason: 'a title or a common noun takes a capital only as part of a name',
        confidence: 0.6,
      });
    }
  },
};
