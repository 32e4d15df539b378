/**
 * A job description capitalized like a formal title: “Russian Top Diplomat said”, “Uruguayan
 * Midfielder Mateo Ferreyra”. English capitalizes formal titles before a name (“Foreign
 * Minister Sergey Lavrov”) but writes descriptions in lower case (“Kremlin spokesman Andrei
 * Sokolov”, “Russia’s top diplomat”); many source languages and round trips capitalize both.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inCompanyName } from './company-names.js';
import {
  DEMONYMS, JOB_DESCRIPTIONS, NAME_HEADS, apostropheOf, isHeadline, isNameWord, isTitleCase,
  possessive, startsClause,
} from './lexicon.js';

// Adjectives and nouns that modify a description ("Top Diplomat", "Veteran Journalist") and
// get capitalized with it. Words that make a formal title (TITLE_MAKERS: chief, deputy,
// special, press) join the span only when no name follows; before a name they make a title.
const MODIFIERS: ReadonlySet<string> = new Set([
  'top', 'star', 'veteran', 'young', 'leading', 'famous', 'prominent', 'renowned', 'experienced',
  'former', 'key', 'main', 'new', 'independent', 'local', 'foreign', 'opposition', 'government',
  'military', 'political', 'economic', 'financial', 'health', 'security', 'defence', 'defense',
  'environmental', 'rights', 'investigative', 'freelance', 'award-winning', 'influential', 'jailed',
  'detained', 'exiled', 'dissident', 'wealthy', 'talented', 'promising',
]);

// Words that make the phrase a formal title ("EU Chief Negotiator Michel Barnier", "Press
// Spokesman"): with one of them before the description, capitals may be house style.
const TITLE_MAKERS: ReadonlySet<string> = new Set([
  'chief', 'head', 'lead', 'principal', 'special', 'deputy', 'assistant', 'press', 'official', 'senior', 'vice', 'acting',
  'general', 'executive', 'presidential', 'ministerial', 'royal', 'state', 'national', 'federal',
]);

// Words that tie a description into a longer name: "Union of Students", "Students for ...".
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'without', 'against', "'s"]);

/** The capitalized word after a linking word, skipping "the": "of the Year" -> "Year". */
function capitalAfter(doc: Doc, link: Token): boolean {
  const a = doc.next(link);
  const b = a?.norm === 'the' ? doc.next(a) : a;
  return !!b && b.kind === 'word' && /^\p{Lu}/u.test(b.text);
}

// "the", "a", possessives and the like: with one before the nationality, "the Russian top
// diplomat" needs only the lower case, not a rewrite of the whole phrase.
const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", 'whose', 'another',
]);

function lowerWords(s: string): string {
  return s.replace(/\p{Lu}[\p{Ll}\p{M}]*/gu, (w) => w.toLowerCase());
}

/** The names from `t` on, then "and" or a comma and another name: several people named. */
function namesPeople(doc: Doc, t: Token): boolean {
  let n: Token | undefined = t;
  while (n && isNameWord(n)) n = doc.next(n);
  return !!n && (n.norm === 'and' || n.text === ',') && isNameWord(doc.next(n));
}

function checkToken(doc: Doc, t: Token, report: Parameters<Rule['check']>[0]['report']): void {
  if (startsClause(doc, t)) return;
  const next = doc.next(t);
  // "the Refugee Act", "the Farmer Party": a name's head after it, not a person's name.
  if (next && NAME_HEADS.has(next.norm) && /^\p{Lu}/u.test(next.text)) return;
  const beforeName = isNameWord(next);
  // "Manufacturers Hanover said": a plural description before one name is a firm's name; a
  // title before people's names is singular or names several ("journalists Ana Lima and ...").
  if (beforeName && /[^s]s$/.test(t.norm) && !namesPeople(doc, next as Token)) return;
  // "Reporters Without Borders", "Players Association", "Player of the Year": part of a name.
  if (!beforeName && next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) return;
  // "Victims of Communism", "Students for Fair Admissions", "Farmers' Union": a name goes on.
  if (next && (NAME_LINKS.has(next.norm) || next.text === "'" || next.text === '’') && capitalAfter(doc, next)) return;
  let first = t;
  for (let p = doc.prev(first); p && isTitleCase(p.text) && (MODIFIERS.has(p.norm) || (!beforeName && TITLE_MAKERS.has(p.norm))) && !startsClause(doc, p); p = doc.prev(first)) {
    first = p;
  }
  if (beforeName && TITLE_MAKERS.has(doc.prev(first)?.norm ?? '') && /^\p{Lu}/u.test(doc.prev(first)?.text ?? '')) return;
  // "National Union of Students", "League of Women Voters": the end of a longer name.
  const link = doc.prev(first);
  if (link && NAME_LINKS.has(link.norm) && /^\p{Lu}/u.test(doc.prev(link)?.text ?? '') && !startsClause(doc, doc.prev(link) as Token)) return;
  // "Committee to Protect Journalists": after a capitalized word that is not a nationality,
  // and with no person's name to follow, the description ends a name.
  const left = doc.prev(first);
  if (!beforeName && left && left.kind === 'word' && /^\p{Lu}/u.test(left.text) && !DEMONYMS.has(left.norm) && !startsClause(doc, left)) return;
  if (isHeadline(doc, t.start)) return;
  // "Fundamental Brokers Inc", "Manufacturers Hanover" after "Manufacturers Hanover Corp": a company's name.
  if (inCompanyName(doc, first.index, t.index + 1) || (first !== t && inCompanyName(doc, t.index, t.index + 1))) return;
  const span = doc.text.slice(first.start, t.end);
  const nat = doc.prev(first);
  const place = nat ? DEMONYMS.get(nat.norm) : undefined;
  // "Pledge to American Workers", "Board of American and European Engineers": a name's chain.
  const natLink = place ? doc.prev(nat as Token) : undefined;
  if (natLink && (NAME_LINKS.has(natLink.norm) || natLink.norm === 'to') && /^\p{Lu}/u.test(doc.prev(natLink)?.text ?? '') && !startsClause(doc, doc.prev(natLink) as Token)) return;
  const lower = lowerWords(span);
  if (!beforeName && nat && place && isTitleCase(nat.text) && !startsClause(doc, nat) && !DETERMINERS.has(doc.prev(nat)?.norm ?? '')) {
    // ", Russian Top Diplomat said": English needs a determiner as well as the lower case.
    report({
      start: nat.start,
      end: t.end,
      message: `“${nat.text} ${span}” capitalizes a job description and lacks a determiner: English writes “${possessive(place, apostropheOf(doc))} ${lower}”.`,
      suggestions: [`${possessive(place, apostropheOf(doc))} ${lower}`, `the ${nat.text} ${lower}`],
      reason: 'a description of a person is lower case in English; only formal titles take capitals',
      confidence: 0.8,
    });
    return;
  }
  report({
    start: first.start,
    end: t.end,
    message: beforeName
      ? `“${span}” is a job description, not a formal title: English writes it in lower case even before a name (“${lower} ${next?.text ?? ''}”).`
      : `“${span}” is a job description capitalized mid-sentence: English writes “${lower}”.`,
    suggestions: [lower],
    reason: 'a description of a person is lower case in English; only formal titles take capitals',
    confidence: first === t ? 0.7 : 0.8,
  });
}

export const rule: Rule = {
  meta: {
    id: 'capitalized-job-description',
    category: 'capitalization',
    severity: 'warning',
    description: 'A job description (diplomat, midfielder, spokesman) capitalized like a formal title.',
    examples: {
      bad: [
        { text: 'The talks will resume in January, [[Russian Top Diplomat]] said on Wednesday.', output: "The talks will resume in January, Russia's top diplomat said on Wednesday." },
        { text: 'Newcastle signed Uruguayan [[Midfielder]] Mateo Ferreyra on Tuesday.', output: 'Newcastle signed Uruguayan midfielder Mateo Ferreyra on Tuesday.' },
        { text: 'The club confirmed that the [[Star Striker]] had passed a medical.', output: 'The club confirmed that the star striker had passed a medical.' },
        { text: 'The decision was criticized by Kremlin [[Spokesman]] Dmitry Peskov.', output: 'The decision was criticized by Kremlin spokesman Dmitry Peskov.' },
        { text: 'She met the Russian [[Top Diplomat]] in Geneva.', output: 'She met the Russian top diplomat in Geneva.' },
        { text: 'Police detained two [[Journalists]] outside the court.', output: 'Police detained two journalists outside the court.' },
        { text: 'The talks were led by the [[Chief Negotiator]] of the bloc.', output: 'The talks were led by the chief negotiator of the bloc.' },
      ],
      good: [
        'Foreign Minister Sergey Lavrov said the talks would start in January.',
        'Kremlin spokesman Andrei Sokolov told reporters the courts were independent.',
        'Russia’s top diplomat said on Wednesday that talks would begin next year.',
        'Uruguayan midfielder Mateo Ferreyra passed a medical in England.',
        'Diplomats said the talks had stalled.',
        'Journalists were barred from the hearing.',
        'The group Reporters Without Borders condemned the arrest.',
        'He was named Young Player of the Year last season.',
        'The Players Association said it would appeal.',
        'Health Minister Doina Marin told a news conference in Bucharest.',
        'EU Chief Negotiator Michel Barnier arrived in London.',
        'The Toronto Star and The Economist reported the story.',
        'The National Union of Students and the League of Women Voters backed the plan.',
        'The suit was brought by Students for Fair Admissions.',
        'The Farmers’ Union and the Economic Freedom Fighters protested.',
        'Chief Executive Tim Cook and Senior Vice President Craig Federighi spoke.',
        'US President Joe Biden warned Russian President Vladimir Putin.',
        'TOP DIPLOMAT QUITS AFTER SCANDAL',
        'Top Diplomat Resigns Over Leaked Cables',
        '“Lawyers are not allowed in,” she said.',
        'In 1980 Congress passed the Refugee Act, which set up the system.',
        'Through our Pledge to American Workers, companies will train workers.',
        'The loan was arranged by Pioneer Brokers Ltd and two other firms.',
        'The deal was led by Farmers Holloway, which said it would lend more.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(JOB_DESCRIPTIONS)) {
      if (t.kind !== 'word' || !JOB_DESCRIPTIONS.has(t.norm) || !isTitleCase(t.text)) continue;
      checkToken(doc, t, ctx.report);
    }
  },
};
