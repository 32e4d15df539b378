/**
 * An institution named “<Head> of <subject> of <place>”, the Romance, Slavic and Persian order
 * (“Museo de Arte Contemporáneo de Teherán”, “Cour d'appel de Paris”): “Museum of Contemporary
 * Arts of Tehran”, “Court of Appeal of Paris”, “Institute of Oceanology of Moscow”. English puts
 * the place first: “the Tehran Museum of Contemporary Art”, “the Paris
 * Court of Appeal”, “the Moscow Institute of Oceanology”.
 *
 * Flagged only for a capitalized chain: a head word from the list, “of”, a capitalized subject,
 * a second “of” and a capital or city that ends the chain (a country may be an official long
 * form: “Court of Session of Scotland”). Ministries are ministry-name-order's.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isCapitalWord } from '../number-agreement/lib/english.js';
import { METONYM_LEXICON } from '../metonym-pronoun/antecedents.js';

const HEADS: ReadonlySet<string> = new Set([
  'Museum', 'Institute', 'Academy', 'Court', 'Chamber', 'Faculty', 'Library', 'Gallery', 'Theatre', 'Theater',
  'Conservatory', 'Observatory', 'Hospital', 'School', 'College', 'Centre', 'Center', 'Orchestra', 'Directorate',
  'Department', 'Office', 'Council', 'Commission', 'Committee', 'Agency', 'Tribunal', 'Federation', 'Association',
  'Festival', 'Biennale', 'Fair', 'Exhibition', 'Palace', 'Bureau', 'Inspectorate', 'Service', 'Authority', 'Bank',
]);
const LINKS: ReadonlySet<string> = new Set(['and', 'the', 'for', 'on', '&']);
/** Subjects after which "of <place>" belongs to the subject: "Court of Justice of the European Union". */
const STATE_WORDS: ReadonlySet<string> = new Set([
  'republic', 'federation', 'kingdom', 'state', 'states', 'union', 'nation', 'nations', 'people', 'president', 'presidency',
  'prime', 'minister', 'governor', 'mayor', 'secretary', 'chancellor', 'king', 'queen', 'emperor', 'chief', 'patriarch', 'archbishop', 'bishop',
]);

/** Sports a national federation governs: “Federation of Football of Bangladesh”. */
export const SPORTS: ReadonlySet<string> = new Set([
  'Football', 'Soccer', 'Tennis', 'Chess', 'Basketball', 'Volleyball', 'Handball', 'Athletics', 'Boxing', 'Cycling', 'Rugby',
  'Hockey', 'Swimming', 'Wrestling', 'Judo', 'Cricket', 'Golf', 'Gymnastics', 'Skiing', 'Rowing', 'Fencing', 'Badminton',
  'Weightlifting', 'Taekwondo', 'Karate', 'Archery', 'Shooting', 'Sailing', 'Baseball', 'Futsal', 'Motorsport', 'Equestrian',
]);
export const SPORT_BODIES: ReadonlySet<string> = new Set(['Federation', 'Association', 'Union', 'Confederation', 'League']);

/** A capital or city name at token i (or a country, when `country`): its token count and name. */
function placeAt(toks: readonly Token[], i: number, country = false): { len: number; name: string } | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'word') return undefined;
  for (const n of METONYM_LEXICON.names.get(t.text) ?? []) {
    if (n.kind !== 'place' || (n.cls !== 'capital' && n.cls !== 'city' && !(country && n.cls === 'country'))) continue;
    if (n.tokens.every((w, k) => toks[i + k]?.text === w)) return { len: n.tokens.length, name: n.tokens.join(' ') };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'double-of-place',
    category: 'entity-name',
    severity: 'warning',
    description: 'An institution named “<Head> of <subject> of <place>” (“Museum of Contemporary Arts of Tehran”) where English puts the place first.',
    examples: {
      bad: [
        { text: 'The [[Museum of Modern Art of Tehran]] lent 40 works.', output: 'The Tehran Museum of Modern Art lent 40 works.' },
        { text: 'The [[Court of Appeal of Paris]] upheld the fine on Thursday.', output: 'The Paris Court of Appeal upheld the fine on Thursday.' },
        { text: 'Researchers at the [[Institute of Oceanology of Moscow]] sampled the water.', output: 'Researchers at the Moscow Institute of Oceanology sampled the water.' },
        { text: 'The [[Chamber of Commerce and Industry of Milan]] expects exports to grow.', output: 'The Milan Chamber of Commerce and Industry expects exports to grow.' },
        { text: 'The club still needs clearance from the [[Federation of Football of Bangladesh]].', output: 'The club still needs clearance from the Bangladesh Football Federation.' },
      ],
      good: [
        'The Tehran Museum of Contemporary Art lent 40 works.',
        'The Court of Justice of the European Union ruled on Tuesday.',
        'The Museum of Fine Arts in Boston reopened.',
        'The Bank of Japan and the Bank of England met.',
        'The Academy of Sciences of the Soviet Union was founded in 1925.',
        'The Institute of Oceanology of the Russian Academy of Sciences published it.',
        'The Court of Appeal of Paris’s ruling was overturned.',
        'The Football Association of Ireland fined the club.',
        'The Ministry of Foreign Affairs of Ukraine protested.',
        'The Association of Football of the People of Kenya met.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.hasNorm('of')) return;
    const toks = doc.tokens;
    for (const t of doc.tokensWithText(HEADS)) {
      const before = doc.prev(t);
      if (before && isCapitalWord(before) && !doc.isSentenceInitial(before)) continue;
      const of1 = doc.next(t);
      if (of1?.text !== 'of') continue;
      // The subject: capitalized words and links, up to the second "of".
      let k = of1.index + 1;
      let subject = 0;
      let stateWord = false;
      while (k < toks.length) {
        const u = toks[k] as Token;
        if (isCapitalWord(u)) {
          subject++;
          if (STATE_WORDS.has(u.norm)) stateWord = true;
        } else if (!(u.kind === 'word' && LINKS.has(u.text))) break;
        k++;
      }
      const of2 = toks[k];
      if (subject === 0 || stateWord || of2?.text !== 'of' || !isCapitalWord(toks[k - 1])) continue;
      // A place subject is a body's seat, not its subject: "Bank of England of ...".
      if (placeAt(toks, of1.index + 1) || placeAt(toks, of1.index + 2)) continue;
      let at = k + 1;
      if (toks[at]?.norm === 'the') at++;
      // A national sports body: “Federation of Football of Bangladesh” is the Bangladesh
      // Football Federation (a country's ministries keep their own order: ministry-name-order).
      const sport = SPORT_BODIES.has(t.text) && subject === 1 && SPORTS.has((toks[of1.index + 1] as Token).text);
      const place = placeAt(toks, at, sport);
      if (!place) continue;
      const last = toks[at + place.len - 1] as Token;
      const after = doc.next(last);
      if (after && (isCapitalWord(after) || after.norm === "'s" || after.text === '’' || after.text === "'")) continue;
      if (doc.text.charAt(last.end) === '’' || doc.text.charAt(last.end) === "'") continue;
      const name = doc.text.slice(t.start, (toks[k - 1] as Token).end);
      const fixed = sport ? `${place.name} ${(toks[of1.index + 1] as Token).text} ${t.text}` : `${place.name} ${name}`;
      ctx.report({
        start: t.start,
        end: last.end,
        message: `“${doc.text.slice(t.start, last.end)}” follows another language's order: English puts the place first (“${fixed}”).`,
        suggestions: [fixed],
        reason: 'English names an institution’s seat before it; “X of Y of City” is a calque',
        confidence: 0.6,
      });
    }
  },
};
