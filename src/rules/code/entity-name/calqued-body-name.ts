/**
 * A body's name built as a chain of “of” phrases around an action noun: “Agency of Regulation
 * of Electricity”, “Institute of Promotion of Exports”, “Council of Reduction and Management of
 * the Risks of Disasters”. Romance and Slavic languages name bodies so (“Agencia de Regulación
 * de la Electricidad”); English official names put the nouns first (“Electricity Regulatory
 * Agency”) or link with “for” (“Organisation for the Prohibition of Chemical Weapons”).
 *
 * Unknown names get no suggestion and an info severity: the rule says only that the name
 * reads as calqued. Known ones are garbled-official-name's. A chain that ends in a country
 * (“Ministry of Education of the People’s Republic of China”) is an official long form.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { DEMONYMS, PROPER_NAMES, isHeadline } from '../capitalization/lexicon.js';
import { findNames, findShortenedNames } from './gazetteer.js';

const BODIES: ReadonlySet<string> = new Set([
  'council', 'commission', 'committee', 'agency', 'office', 'institute', 'mission', 'ministry', 'directorate',
  'department', 'service', 'authority', 'bureau', 'centre', 'center', 'secretariat', 'fund', 'board', 'unit',
  'administration', 'inspectorate', 'observatory', 'programme', 'program', 'system', 'superintendency', 'tribunal',
]);

// Action nouns: "Regulation", "Management", "Promotion", "Prevention", "Observation".
const ACTION = /^\p{Lu}\p{Ll}+(tion|sion|ment|ance|ence)s?$/u;

// A chain that ends in a state is an official long form: "... of the Russian Federation".
const STATE_WORDS: ReadonlySet<string> = new Set(['republic', 'federation', 'kingdom', 'state', 'states', 'union', 'emirates', 'principality']);

/**
 * "Bureau of Investigation of the Department of Justice": a body of one "of" phrase, then its
 * parent body after "of (the)". Each part is an English name; only the first may be a calque,
 * and one "of" is how English names bodies ("Bureau of Investigation").
 */
function parentLinked(doc: Doc, start: Token, end: Token): boolean {
  let ofs = 0;
  for (let t: Token | undefined = doc.next(start); t && t.index <= end.index; t = doc.next(t)) {
    if (t.norm !== 'of') continue;
    ofs++;
    const n = doc.next(t);
    const body = n?.norm === 'the' ? doc.next(n) : n;
    if (ofs === 2 && body && BODIES.has(body.norm) && isCapWord(body)) return true;
  }
  return false;
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Past "of" and an optional "the": the next token. */
function afterOf(doc: Doc, t: Token | undefined): Token | undefined {
  if (!t || t.norm !== 'of' || t.text !== 'of') return undefined;
  const n = doc.next(t);
  return n?.norm === 'the' && n.text === 'the' ? doc.next(n) : n;
}

interface Chain {
  readonly start: Token;
  readonly end: Token;
}

/** BODY of [the] ACTION [(and|,) ACTION]* of [the] Capitalized...: the whole capitalized chain. */
function chainAt(doc: Doc, body: Token): Chain | undefined {
  let a = afterOf(doc, doc.next(body));
  if (!a || !isCapWord(a) || !ACTION.test(a.text)) return undefined;
  for (;;) {
    const n = doc.next(a);
    if ((n?.norm === 'and' || n?.text === ',') && isCapWord(doc.next(n)) && ACTION.test((doc.next(n) as Token).text)) a = doc.next(n) as Token;
    else break;
  }
  let tail = afterOf(doc, doc.next(a));
  if (!tail || !isCapWord(tail)) return undefined;
  // The rest of the chain: capitalized words, and further "of (the)" links.
  let end: Token = tail;
  for (;;) {
    const n: Token | undefined = doc.next(end);
    if (!n) break;
    if (isCapWord(n)) end = n;
    else if (n.norm === 'of' && isCapWord(afterOf(doc, n))) end = afterOf(doc, n) as Token;
    else break;
  }
  // "... of the People's Republic of China": a state's official long form.
  for (let x: Token | undefined = tail; x && x.index <= end.index; x = doc.next(x)) {
    if (STATE_WORDS.has(x.norm) || PROPER_NAMES.has(x.norm) || DEMONYMS.has(x.norm)) return undefined;
  }
  let start = body;
  for (let p = doc.prev(start); p && isCapWord(p) && !doc.isSentenceInitial(p); p = doc.prev(p)) start = p;
  tail = end;
  return { start, end: tail };
}

export const rule: Rule = {
  meta: {
    id: 'calqued-body-name',
    category: 'entity-name',
    severity: 'info',
    description: 'A body named as a chain of “of” phrases around an action noun (“Agency of Regulation of Electricity”).',
    examples: {
      bad: [
        { text: 'The [[Agency of Regulation of Electricity]] approved the new tariffs.' },
        { text: 'Exports rose, the [[Institute of Promotion of Exports]] said.' },
        { text: 'Officials from the [[National Office of Prevention and Management of Floods]] visited the dam.' },
      ],
      good: [
        'The Organisation for the Prohibition of Chemical Weapons sent inspectors.',
        'The Ministry of Education of the People’s Republic of China issued the rules.',
        'The Ministry of Foreign Affairs of the Russian Federation issued a note.',
        'The Office of Management and Budget released its estimates.',
        'The Office for the Coordination of Humanitarian Affairs appealed for funds.',
        'The agency of regulation of electricity approved the tariffs.',
        'The Electricity Regulatory Agency approved the new tariffs.',
        'Agency Of Regulation Of Electricity Raises Tariffs',
        'The work would be helped by including in the Bureau of Investigation of the Department of Justice a new division.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let known: Array<readonly [number, number]> | undefined;
    for (const t of doc.tokensWith(BODIES)) {
      if (!BODIES.has(t.norm) || !isCapWord(t)) continue;
      const c = chainAt(doc, t);
      if (!c) continue;
      if (isHeadline(doc, c.start.start)) continue;
      // Known names are garbled-official-name's, with a suggestion.
      known ??= [
        ...findNames(doc).map((m) => [(doc.tokens[m.first] as Token).start, (doc.tokens[m.end - 1] as Token).end] as const),
        ...findShortenedNames(doc).map((m) => [(doc.tokens[m.first] as Token).start, (doc.tokens[m.end - 1] as Token).end] as const),
      ];
      const s = c.start.start;
      const e = c.end.end;
      if (known.some(([a, b]) => a < e && b > s && b - a > (e - s) / 2)) continue;
      if (parentLinked(doc, c.start, c.end)) continue;
      const phrase = doc.text.slice(s, e);
      ctx.report({
        start: s,
        end: e,
        message: `“${phrase}” reads as a name translated word for word (“X of Y of Z”): check the body’s official English name.`,
        reason: 'English official names put modifiers first (“Electricity Regulatory Agency”) or link with “for”',
        confidence: 0.4,
      });
    }
  },
};
