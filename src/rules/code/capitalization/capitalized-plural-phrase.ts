/**
 * A bare plural noun phrase of common words in Title Case mid-sentence, with no “the” before
 * it: “undertook to open Humanitarian Corridors to El Fasher”, “will stay in Tent Cities until
 * homes arrive”, “an exam for Police Constables”. German capitalizes every noun and MT copies a
 * headline's casing; English keeps capitals for names, and a name is singular or takes “the”:
 * “the Armed Forces”, “the Blue Mountains”, “the Great Lakes”. A plural phrase with no article
 * is a class of things, not one thing with a name.
 *
 * capitalized-noun-phrase leaves such a run alone when its head's singular may end a name
 * (City), is a job (Constable) or a capitalized name follows a link (“... to El Fasher”); here
 * the bare plural is the evidence. Flagged only when every word is a common word (the list or
 * the tagger's lexicon), none a word names are made of (Special, Civil, Red), a first name, a
 * place or a nationality, the last a plural noun that does not itself end names (Forces,
 * Pictures, Wars: capitalization-name-heads.txt) nor names a people (“Native Americans”), the
 * first no title before a surname (“Judge Parsons”); the word before it a lower-case word other than an
 * article, a demonstrative or a possessive (“Russia’s Armed Forces” is a name with its owner),
 * not a link after a capitalized word (“Department of Public Works”), not a conjunction (a
 * subject: “and Pet Shop Boys played”), not “at” (a venue: “at Whole Foods”), not a word that introduces a title (“the band Arctic
 * Monkeys”); not at the start of a clause, in a headline, in quotes, before a capitalized word,
 * a list of names (“Whole Foods and Home Depot”), a lower-case noun it modifies or an acronym in
 * brackets, nor a known name. Plural names of firms, bands and works are common enough
 * (“Paramount Pictures”, “Member States”) that this is a suspect rule: it runs only in copy
 * that already reads as translated.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isKnownName, isKnownNamePart } from '../entity-name/gazetteer.js';
import {
  casedWordPositions,
  COMMON_WORDS, DEMONYMS, FUNCTION_WORDS, NAME_HEADS, NAME_MARKERS, PERSON_FIRST_NAMES, PROPER_NAMES, isHeadline, isTitleCase, startsClause,
} from './lexicon.js';
import { TITLES } from './lowercase-title-before-name.js';
import { firmAppositive, inCompanyName, stateAfter } from './company-names.js';

// Words before the run that make it definite or owned, where a name may follow, or singular
// ("a Sunday Times reporter"), where the plural run modifies a noun after it.
const DEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', "'s", '’s', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);

// A word that ties the run into a longer name after a capitalized word: "Department of Public Works".
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', '&', 'de', 'del', 'des', 'du', 'to', 'in', 'at']);

// Words before a title of a work, a band or a team, which keeps its capitals: "the band Arctic Monkeys".
const TITLE_INTRO: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'song', 'album', 'book', 'novel', 'series', 'show', 'play', 'opera', 'poem', 'titled',
  'entitled', 'called', 'named', 'dubbed', 'so-called', 'nicknamed', 'magazine', 'newspaper', 'programme', 'program',
  'podcast', 'documentary', 'episode', 'exhibition', 'operation', 'codenamed', 'code-named', 'brand', 'label',
  'game', 'app', 'band', 'group', 'team', 'club', 'single', 'track', 'painting', 'column', 'blog', 'website',
  'channel', 'slogan', 'motto', 'hashtag', 'campaign', 'category', 'section', 'chapter', 'course', 'award', 'prize',
  'trophy', 'title', 'studied', 'studies', 'study', 'teaches', 'taught', 'teach', 'majored', 'degree', 'played',
  'starred', 'sang', 'wrote', 'read', 'watched', 'watch', 'sing', 'reads', 'watching', 'singing', 'listened', 'hit',
]);

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', '&']);

const QUOTES = /^["“”‘’'«»]$/;

/** The singular of a regular plural, or undefined when the word does not look plural. */
function singularOf(w: string): string | undefined {
  if (w.length < 4 || !w.endsWith('s') || /(ss|us|is|ics|ness)$/.test(w)) return undefined;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A common word: the capitalization list or the tagger's lexicon, and no name or name marker. */
function plainWord(doc: Doc, t: Token): boolean {
  const w = t.norm;
  if (FUNCTION_WORDS.has(w) || NAME_MARKERS.has(w) || PERSON_FIRST_NAMES.has(w) || PROPER_NAMES.has(w) || DEMONYMS.has(w)) return false;
  if (!isTitleCase(t.text)) return false;
  // A compound is judged by its parts: "Dust-Free" (a marker only as the first part: "Red-Green").
  const parts = w.split(/[-’']/);
  const common = (p: string): boolean => COMMON_WORDS.has(p) || doc.knowsWord(p);
  return parts.every((p, k) => {
    if (p.length === 0 || PROPER_NAMES.has(p) || DEMONYMS.has(p) || (k === 0 && NAME_MARKERS.has(p))) return false;
    const one = singularOf(p);
    return common(p) || (one !== undefined && common(one));
  });
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'number') && /^\p{Lu}/u.test(t.text);
}

export const rule: Rule = {
  meta: {
    id: 'capitalized-plural-phrase',
    category: 'capitalization',
    severity: 'info',
    description: 'A bare plural common noun phrase in Title Case mid-sentence (“open Humanitarian Corridors”, “in Tent Cities”).',
    suspect: true,
    examples: {
      bad: [
        { text: 'The sides undertook to open [[Humanitarian Corridors]] to El Fasher and other cities.', output: 'The sides undertook to open humanitarian corridors to El Fasher and other cities.' },
        { text: 'Families will stay in [[Tent Cities]] until container homes arrive.', output: 'Families will stay in tent cities until container homes arrive.' },
        { text: 'The state cancelled a recruitment exam for [[Police Constables]] on Tuesday.', output: 'The state cancelled a recruitment exam for police constables on Tuesday.' },
        { text: 'Volunteers handed out [[Woollen Blankets]] to families.', output: 'Volunteers handed out woollen blankets to families.' },
      ],
      good: [
        'He served in the Armed Forces for 20 years.',
        'Eventually she invested in Ocean Voyages, the company that ran the cruises.',
        'Russia’s Armed Forces said the drill was over.',
        'The fire spread into the Blue Mountains west of Sydney.',
        'He was trained by Special Forces instructors.',
        'She worked at the Department of Public Works.',
        'Tickets for Arctic Monkeys sold out in an hour.',
        'Police Constables Face Pay Freeze',
        'Tent Cities were set up across the region.',
        'The band Foo Fighters played in London.',
        'He joined Doctors Without Borders in 2004.',
        'Families will stay in tent cities until container homes arrive.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const toks = doc.tokens;
    const at = casedWordPositions(doc);
    for (let ai = 0, i = -1; ai < at.length; ai++) {
      if ((at[ai] as number) <= i) continue;
      i = at[ai] as number;
      const t = toks[i] as Token;
      if (t.kind !== 'word' || !isTitleCase(t.text) || FUNCTION_WORDS.has(t.norm)) continue;
      const before = doc.prev(t);
      if (before && isCapWord(before) && !FUNCTION_WORDS.has(before.norm)) continue;
      const run: Token[] = [t];
      for (let n = doc.next(t); n && n.kind === 'word' && isTitleCase(n.text) && !FUNCTION_WORDS.has(n.norm); n = doc.next(n)) run.push(n);
      i = t.index + run.length - 1;
      if (run.length < 2 || run.length > 3) continue;
      const last = run[run.length - 1] as Token;
      const one = singularOf(last.norm);
      if (!one || !(COMMON_WORDS.has(one) || doc.knowsWord(one))) continue;
      // A plural that ends names of its own: "Armed Forces", "Paramount Pictures", "Star Wars";
      // a people: "Native Americans", "Orthodox Jews".
      if (NAME_HEADS.has(last.norm) || DEMONYMS.has(one) || PROPER_NAMES.has(one)) continue;
      // "Judge Parsons", "Speaker Eves": a title before a surname that looks plural.
      if (run.length === 2 && TITLES.has(t.norm)) continue;
      if (!run.every((w) => plainWord(doc, w))) continue;
      if (startsClause(doc, t)) continue;
      // The word before: lower case, not an article, a demonstrative or an owner.
      if (!before || before.kind !== 'word' || before.text !== before.norm || DEFINITE.has(before.norm)) continue;
      if (TITLE_INTRO.has(before.norm)) continue;
      // "..., and Pet Shop Boys played": a run after a conjunction is a subject, which names are.
      if (COORDINATORS.has(before.norm)) continue;
      // "shopped at Whole Foods", "racing at Bay Meadows": "at" introduces venues, which are names.
      if (before.norm === 'at') continue;
      const bb = doc.prev(before);
      if (LINKS.has(before.norm) && (isCapWord(bb) || (bb?.norm === 'the' && isCapWord(doc.prev(bb))))) continue;
      const after = doc.next(last);
      if (after) {
        if (isCapWord(after) || QUOTES.test(after.text) || /^[&\-/]$/.test(after.text)) continue;
        if (after.norm === "'s" || after.norm === '’s') continue;
        // "Advanced Micro Devices and Applied Materials": one of a list of names.
        if ((COORDINATORS.has(after.norm) || after.text === ',') && isCapWord(doc.next(after))) continue;
        // "Teacher Corps teams", "a Four Tops takeoff": a run before a noun names a program or a group.
        if (after.kind === 'word' && after.text === after.norm && !FUNCTION_WORDS.has(after.norm) && doc.pos(after) === 'NOUN') continue;
        if (after.text === '(' && /^\p{Lu}[\p{Lu}\p{N}&.-]*s?$/u.test(doc.next(after)?.text ?? '')) continue;
        // "Space Adventures, the company that ...", "Mountain View, California": a firm or a place.
        if (firmAppositive(doc, after) || stateAfter(doc, after)) continue;
      }
      if (inCompanyName(doc, t.index, last.index + 1)) continue;
      if (QUOTES.test(before.text)) continue;
      // Tagged as a noun (a capital makes it PROPN), not a verb: "Public Works" can be either.
      const tag = doc.pos(last);
      if (tag !== 'NOUN' && tag !== 'PROPN') continue;
      const span = doc.text.slice(t.start, last.end);
      if (isKnownName(span) || isKnownNamePart(doc, span)) continue;
      if (isHeadline(doc, t.start)) continue;
      const lower = span.toLowerCase();
      ctx.report({
        start: t.start,
        end: last.end,
        message: `“${span}” is a plural common noun phrase in Title Case: English writes “${lower}”; a name would be singular or take “the”.`,
        suggestions: [lower],
        reason: 'English capitalizes names, not common nouns; capitals on every noun read as translated',
        confidence: 0.6,
      });
    }
  },
};
