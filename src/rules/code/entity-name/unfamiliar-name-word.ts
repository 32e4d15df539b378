/**
 * A body's name with a common English word that no official English name uses: “the State Debt
 * Handling Centre” (Government Debt Management Agency), “the Department of Hygiene” (Health),
 * “the Youth and Games Ministry” (Sports), “the Ministry of Labour, Invalids and Society”.
 * Translation renders each word of a foreign body's name with a dictionary word, and the
 * dictionary's first choice is seldom the word English institutions are named with. The
 * gazetteer knows thousands of real names (entity-organizations.txt, entity-national-bodies.txt):
 * a word none of them has, in a capitalized name with an institution's head (Ministry, Office,
 * Court...), is likely such a rendering, even when the body itself is unknown.
 *
 * Only common words (the tagger's lexicon has them), so a place or person in the name
 * (“Katowice”, “Petaling Jaya”) never counts, nor do days, months, countries and demonyms.
 *
 * Suspect tier: real local bodies have words of their own (“the Committee of Voters of
 * Ukraine”, “the International Testing Agency”), so it runs only in copy that already shows MT
 * artifacts; it offers no rewrite, since the body's English name cannot be read off its words.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isCapitalWord } from '../number-agreement/lib/english.js';
import { METONYM_LEXICON } from '../metonym-pronoun/antecedents.js';
import { GAZETTEER } from './gazetteer.js';

/** Heads that make a capitalized phrase the name of a body. */
const HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'authority', 'council', 'court', 'bureau', 'service', 'institute',
  'centre', 'center', 'commission', 'committee', 'corporation', 'organization', 'organisation', 'association',
  'federation', 'union', 'society', 'administration', 'directorate', 'inspectorate', 'police', 'assembly', 'chamber',
  'tribunal', 'board', 'fund', 'bank',
]);
/** Words that join a name's capitalized words. */
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the']);
/** Days, months and the adjectives of states that are gone: no rendering of a body's name. */
const CALENDAR: ReadonlySet<string> = new Set([
  'soviet', 'yugoslav', 'czechoslovak',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Every word of every real name the gazetteer holds, lower case. */
let nameWords: ReadonlySet<string> | undefined;
function namesVocabulary(): ReadonlySet<string> {
  if (!nameWords) {
    const out = new Set<string>();
    for (const e of GAZETTEER.entities) for (const f of e.forms) for (const w of f.split(/[^\p{L}]+/u)) if (w) out.add(w.toLowerCase());
    nameWords = out;
  }
  return nameWords;
}

/** A common English word (or the plural of one) that no real name has. */
function unfamiliar(doc: Doc, t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || namesVocabulary().has(t.norm) || CALENDAR.has(t.norm)) return false;
  if (METONYM_LEXICON.names.has(t.text) || METONYM_LEXICON.demonyms.has(t.text)) return false;
  if (doc.knowsWord(t.norm)) return true;
  const singular = t.norm.endsWith('ies') ? `${t.norm.slice(0, -3)}y` : t.norm.endsWith('s') ? t.norm.slice(0, -1) : undefined;
  return singular !== undefined && !namesVocabulary().has(singular) && doc.knowsWord(singular);
}

export const rule: Rule = {
  meta: {
    id: 'unfamiliar-name-word',
    category: 'entity-name',
    severity: 'info',
    suspect: true,
    description: 'A body’s name with a common word no official English name uses (“the State Debt Handling Centre”): likely a word-for-word rendering of a foreign name.',
    examples: {
      bad: [
        { text: 'The [[State Debt Handling Centre]] said it would sell fewer short-term bills.' },
        { text: 'The [[Department of Hygiene]] urged vulnerable groups to stay indoors.' },
        { text: 'The move went ahead after the [[Youth and Games Ministry]] cleared it.' },
      ],
      good: [
        'The Ministry of Health said it would open more clinics.',
        'The District Court in Katowice ordered the company to pay.',
        'The Petaling Jaya City Council cleared the drains.',
        'The Central Bank said on Thursday that inflation had slowed.',
        'The French Interior Ministry banned the march.',
        'Relations with the Soviet Union improved; trains left from Union Station.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i] as Token;
      if (!isCapitalWord(first)) continue;
      // The capitalized run from here, with its linking words: "Department of Hygiene".
      let end = i;
      let head = false;
      let odd = false;
      for (let j = i; j < toks.length; j++) {
        const t = toks[j] as Token;
        if (isCapitalWord(t)) {
          end = j;
          // A head names the body when the name ends with it or goes on with "of"/"for":
          // not in "Union Station" or "the Committee Report".
          const after = toks[j + 1];
          if (HEADS.has(t.norm) && (!isCapitalWord(after) || after?.norm === 'of' || after?.norm === 'for')) head = true;
          if (!(j === i && (t.norm === 'the' || doc.isSentenceInitial(t))) && unfamiliar(doc, t)) odd = true;
        } else if (!(t.kind === 'word' && LINKS.has(t.norm) && isCapitalWord(toks[j + 1]))) break;
      }
      const from = first.norm === 'the' ? i + 1 : i;
      if (head && odd && end > from) {
        const a = toks[from] as Token;
        const b = toks[end] as Token;
        ctx.report({
          start: a.start,
          end: b.end,
          message: `“${doc.text.slice(a.start, b.end)}” has a word no official English name has: likely a word-for-word rendering; check the body's English name.`,
          suggestions: [],
          reason: 'a foreign body’s name translated word by word is not the name English sources use',
          confidence: 0.4,
        });
      }
      i = end;
    }
  },
};
