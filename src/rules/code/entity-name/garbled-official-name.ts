/**
 * A known official name translated word for word, reordered or relinked on the round trip:
 * “World Organization of Health” (World Health Organization), “International Currency Fund”
 * (International Monetary Fund), “European Centre of Disease Prevention and Control” (for),
 * “Commission of the Market of Mobiliary Values” (Securities Market Commission).
 *
 * Detection is structural: the phrase's content words, reduced to canonical forms with the
 * calque table (src/data/entity-calque-synonyms.txt), must be the same bag as a gazetteer
 * name's. Similarity only ranks names with the same bag and accepts one misspelt word in a
 * name of three or more; it never finds a name by itself.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { countryCommonNames } from '../../../data/countries.js';
import { FILLERS, findNames, findShortenedNames, isKnownName, isKnownNameIn, isKnownNameOf, touchesLongerName, type Form, type NameMatch } from './gazetteer.js';

/** Country names, lower case, with the article some take ("united states"). */
const COUNTRIES: ReadonlySet<string> = new Set(countryCommonNames().map((c) => c.toLowerCase()));

function same(a: string, b: string): boolean {
  return a.replace(/’/g, "'") === b.replace(/’/g, "'");
}

/**
 * The smallest stretch of the phrase that differs from the form, and the form's words for it:
 * common leading and trailing words (exactly equal) are left out of the span.
 */
function diff(doc: Doc, m: NameMatch): { start: number; end: number; replacement: string } {
  const toks = doc.tokens.slice(m.first, m.end).filter((t) => t.kind !== 'punct' || t.text === '&');
  const form: Form = m.form;
  const fw = form.words;
  let pre = 0;
  while (pre < toks.length && pre < fw.length && same((toks[pre] as Token).text, fw[pre] as string)) pre++;
  let suf = 0;
  while (
    suf < toks.length - pre &&
    suf < fw.length - pre &&
    same((toks[toks.length - 1 - suf] as Token).text, fw[fw.length - 1 - suf] as string)
  ) suf++;
  // Never an empty side: widen by one word on the left (or right) so the edit has a span.
  if (pre + suf >= toks.length || pre + suf >= fw.length) {
    if (pre > 0) pre--;
    else suf--;
  }
  const a = toks[pre] as Token;
  const b = toks[toks.length - 1 - suf] as Token;
  const fa = form.offsets[pre] as readonly [number, number];
  const fb = form.offsets[fw.length - 1 - suf] as readonly [number, number];
  return { start: a.start, end: b.end, replacement: form.text.slice(fa[0], fb[1]) };
}

// "the General Assembly of the United Nations" is English for the UN General Assembly, and
// "the Board of the Federal Reserve" for the Federal Reserve Board: a body named after a known
// parent with "of (the)". A possessive does the same: "the European Union's Court of Justice".
const OF_PARENT = /^(.+?) of (?:the )?(.+)$/;
const POSSESSIVE = /^(.+?)'s (.+)$/;

// "Commerce Ministry" for the Ministry of Commerce, "Planning Bureau" for the Bureau of Planning:
// English may put a body's subject before its head noun. The reverse ("Organization of Health"
// for the World Health Organization) is the calque.
const HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'bureau', 'agency', 'service', 'directorate', 'commission', 'committee',
  'authority', 'administration', 'institute', 'court', 'secretariat', 'inspectorate', 'council', 'board',
  'senate', 'congress', 'parliament', 'assembly', 'chamber', 'house', 'bank', 'army', 'navy',
]);

function englishOrder(phrase: string, form: Form): boolean {
  const norm = (x: string): string => x.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/^the /, '');
  // "Supreme Court of the United States" -> "United States Supreme Court": words before the
  // head stay with it.
  const m = /^((?:\S+ )*?)(\S+) (?:of|for|on) (?:the )?(.+)$/.exec(norm(form.text));
  if (!m || !HEADS.has(m[2] ?? '')) return false;
  const pre = (m[1] ?? '').replace(/-/g, ' ');
  const head = m[2] ?? '';
  const p = norm(phrase).replace(/-/g, ' ');
  const tail = (m[3] ?? '').replace(/-/g, ' ');
  for (const t of [tail, tail.replace(/s$/, ''), `${tail}s`]) {
    if (p === `${t} ${pre}${head}`) return true;
  }
  return false;
}

/**
 * Correct English that differs from the form in a way no translation causes: a plural ("three
 * World Cups", "the Court of Appeals") or a possessive description in lower case ("China's coast
 * guard" for the China Coast Guard).
 */
// Endings that turn a noun into its adjective and back: agricultur-e/-al, meteorolog-y/-ical.
const DERIVATIONS: ReadonlySet<string> = new Set(['', 'e', 'al', 'ial', 'ical', 'ic', 'y', 's']);

function benignVariant(phrase: string, form: Form): boolean {
  const words = (x: string): string[] => x.replace(/’/g, "'").replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
  const p = words(phrase);
  const f = words(form.text);
  const lower = (ws: readonly string[]): string[] => ws.map((w) => w.toLowerCase());
  const pl = lower(p).filter((w) => w !== 'the');
  const fl = lower(f).filter((w) => w !== 'the');
  // One word in another number or form of the same stem, the rest the same: "the Departments
  // of State and Treasury", "National Endowments for the Arts", "Research Project Agency",
  // "Food and Agricultural Organization", "Interparliamentary Union". No round trip makes these.
  if (pl.join('').replace(/-/g, '') === fl.join('').replace(/-/g, '')) return true;
  if (pl.length === fl.length) {
    const diffs = pl.map((w, k) => k).filter((k) => pl[k] !== fl[k]);
    if (diffs.length === 1) {
      const a = pl[diffs[0] as number] ?? '';
      const b = fl[diffs[0] as number] ?? '';
      if (a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`) return true;
      let c = 0;
      while (c < a.length && c < b.length && a[c] === b[c]) c++;
      if (c >= 5 && DERIVATIONS.has(a.slice(c)) && DERIVATIONS.has(b.slice(c))) return true;
    }
  }
  // "Chicago's O'Hare International Airport": a place's possessive before the name it begins.
  if (pl.includes("'s") && !fl.includes("'s") && pl.filter((w) => w !== "'s").join(' ') === fl.join(' ')) return true;
  const k = pl.indexOf("'s");
  if (k > 0 && !fl.includes("'s")) {
    const rest = p.slice(k + 1);
    const joined = [...pl.slice(0, k), ...pl.slice(k + 1)].join(' ');
    if (rest.every((w) => /^\p{Ll}/u.test(w)) && joined === fl.join(' ')) return true;
  }
  return false;
}

/** "(INSEE)" after the name, where the matched body's acronym is another ("INE"). */
function otherAcronym(doc: Doc, last: Token, short: string | undefined): boolean {
  const open = doc.next(last);
  const ac = open?.text === '(' ? doc.next(open) : undefined;
  if (!short || !/^\p{Lu}{2,}$/u.test(short) || !ac || !/^\p{Lu}{2,}$/u.test(ac.text) || doc.next(ac)?.text !== ')') return false;
  return ac.text !== short;
}

const STATE_BODIES: ReadonlySet<string> = new Set(['senate', 'congress', 'parliament', 'government', 'army', 'navy', 'constitution', 'house of representatives']);

function namesParent(phrase: string, form: Form): boolean {
  const p = phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const f = form.text.toLowerCase().replace(/’/g, "'");
  const m = OF_PARENT.exec(p);
  const parent = m?.[2] ?? '';
  // "the Senate of the United States": a country's legislature or forces named after it.
  const own = isKnownName(parent) || (COUNTRIES.has(parent) && STATE_BODIES.has(m?.[1] ?? ''));
  if (m && own && (f === `${parent} ${m[1] ?? ''}` || f === `${parent}'s ${m[1] ?? ''}`)) return true;
  const q = POSSESSIVE.exec(p);
  return !!q && (f === `${q[2] ?? ''} of the ${q[1] ?? ''}` || f === `${q[2] ?? ''} of ${q[1] ?? ''}`);
}

// Prepositions that end a name: "come to the Congress with the Republic at peace" is a
// sentence, not a garbled "Congress of the Republic".
const NOT_LINKS = /^(with|by|at|to|from|as|into|than)$/;

/**
 * Readings of the phrase that are not a garbled name: a capitalized word the gazetteer counts
 * as filler ("Postal Field Service"), a preposition no name links with, a plural after a known
 * name ("Supreme Court Justices": its judges), or a phrase after "<Body> of", the end of a
 * longer name ("Bureau of Education of the Department of the Interior").
 */
function otherReading(doc: Doc, m: NameMatch, phrase: string): boolean {
  const toks = doc.tokens.slice(m.first, m.end);
  const formWords = new Set(m.form.words.map((w) => w.toLowerCase()));
  if (toks.some((t) => FILLERS.has(t.norm) && /^\p{Lu}/u.test(t.text) && !formWords.has(t.norm))) return true;
  // ... where the words before the preposition are one word or a known name: "Congress" +
  // "with the Republic", not "the Mechanism of Adjustment of Carbon" + "at the Borders".
  const k = toks.findIndex((t) => NOT_LINKS.test(t.norm) && !formWords.has(t.norm));
  if (k === 1 || (k > 1 && isKnownName(doc.text.slice((toks[0] as Token).start, (toks[k - 1] as Token).end)))) return true;
  const words = phrase.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length >= 3 && /s$/.test(last) && !formWords.has(last) && isKnownName(words.slice(0, -1).join(' '))) return true;
  const before = doc.tokens[m.first - 1];
  const body = doc.tokens[m.first - 2];
  // "Inter-American Human Rights Commission": a hyphenated prefix makes a longer name.
  if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && doc.text.charAt(before.start - 1) === '-') return true;
  return !!before && !!body && before.norm === 'of' && /^\p{Lu}/u.test(body.text) && HEADS.has(body.norm);
}

export const rule: Rule = {
  meta: {
    id: 'garbled-official-name',
    category: 'entity-name',
    severity: 'error',
    description: 'A known official name translated word for word, reordered or with the wrong linking words.',
    examples: {
      bad: [
        { text: 'Coverage is below the level recommended by the World [[Organization of Health]].', output: 'Coverage is below the level recommended by the World Health Organization.' },
        { text: 'The International [[Currency]] Fund said the recovery was fragile.', output: 'The International Monetary Fund said the recovery was fragile.' },
        { text: 'Scholars in Zagreb, Croatia, said the Croatian Academy of [[Science and Art]] would publish the letters.', output: 'Scholars in Zagreb, Croatia, said the Croatian Academy of Sciences and Arts would publish the letters.' },
        { text: 'The International Atomic Energy [[Organization]] sent inspectors to the plant.', output: 'The International Atomic Energy Agency sent inspectors to the plant.' },
        { text: 'Floods hit Pakistan again. The [[Weather]] Department warned of heavy rain over the weekend.', output: 'Floods hit Pakistan again. The Meteorological Department warned of heavy rain over the weekend.' },
        { text: 'According to the European Centre [[of]] Disease Prevention and Control, rates are low.', output: 'According to the European Centre for Disease Prevention and Control, rates are low.' },
        { text: 'The club informed the [[Commission of the Market of Mobiliary Values]] on Tuesday.', output: 'The club informed the Securities Market Commission on Tuesday.' },
        {
          text: 'The lawsuit was brought by Roskomnadzor, the [[federal service on supervision in the sphere of connection]].',
          output: 'The lawsuit was brought by Roskomnadzor, the Federal Service for Supervision of Communications.',
        },
        { text: 'The [[Central European]] Bank raised rates.', output: 'The European Central Bank raised rates.' },
        { text: 'He was indicted by the International [[Penal]] Court.', output: 'He was indicted by the International Criminal Court.' },
        { text: 'The [[Council of Security of the UN]] met on Friday.', output: 'The UN Security Council met on Friday.' },
        { text: 'The Commission opened a case under the [[Law on Digital Markets]].', output: 'The Commission opened a case under the Digital Markets Act.' },
        { text: 'The [[Mission of Observation of the European Union]] said the vote was calm.', output: 'The European Union Election Observation Mission said the vote was calm.' },
        { text: 'The [[Service Federal of Security]] detained two men.', output: 'The Federal Security Service detained two men.' },
        { text: 'The [[Agency Japanese of Meteorology]] issued a tsunami warning.', output: 'The Japan Meteorological Agency issued a tsunami warning.' },
        { text: 'The journalist was defended by Reporters Without [[Frontiers]].', output: 'The journalist was defended by Reporters Without Borders.' },
        { text: 'Real Madrid won the [[League of Champions]] final.', output: 'Real Madrid won the Champions League final.' },
        { text: 'The army fought the [[Fast]] Support Forces in Khartoum.', output: 'The army fought the Rapid Support Forces in Khartoum.' },
        { text: 'The Intergovernmental [[Development Authority]] met in Djibouti.', output: 'The Intergovernmental Authority on Development met in Djibouti.' },
        { text: 'Germany’s Federal [[Office of Statistics]] said exports fell.', output: 'Germany’s Federal Statistical Office said exports fell.' },
        { text: 'The [[Superior]] Institute of Health in Rome said Italy had 40 cases.', output: 'The National Institute of Health in Rome said Italy had 40 cases.' },
        { text: 'The US Bureau of Industry and [[Safety]] added the firms.', output: 'The US Bureau of Industry and Security added the firms.' },
        { text: 'The World [[Commerce]] Organization ruled on the tariffs.', output: 'The World Trade Organization ruled on the tariffs.' },
        { text: 'The Court of [[Arbitrage]] for Sport rejected the appeal.', output: 'The Court of Arbitration for Sport rejected the appeal.' },
        { text: 'China’s Ministry of Agriculture and [[Countryside]] Affairs said harvests rose.', output: 'China’s Ministry of Agriculture and Rural Affairs said harvests rose.' },
      ],
      good: [
        'Floods hit Pakistan again. The Meteorological Department warned of heavy rain over the weekend.',
        'The Weather Department of the station sent a van.',
        'Coverage is below the level recommended by the World Health Organization.',
        'The International Monetary Fund said the recovery was fragile.',
        'According to the European Centre for Disease Prevention and Control, rates are low.',
        'The Organisation for Security and Co-operation in Europe sent observers.',
        'The European Center for Disease Prevention and Control published data.',
        'The club informed the Portuguese Securities Market Commission on Tuesday.',
        'The council’s security was the mayor’s concern.',
        'Central and Eastern European banks raised rates.',
        'The health of the world economy and the organization of trade were discussed.',
        'Roskomnadzor, the Federal Service for Supervision of Communications, Information Technology and Mass Media, filed the suit.',
        'The Asian Infrastructure Investment Bank approved the loan.',
        'The UN Children’s Fund appealed for aid.',
        'The General Assembly of the United Nations adopted the resolution.',
        'The Security Council of the UN met on Friday.',
        'The European Union’s Court of Justice ruled against Poland.',
        'The Board of the Federal Reserve approved the merger.',
        'The EU Election Observation Mission and the European Union Observation Mission reported.',
        'The Court of Justice of the European Union ruled under the Digital Markets Act.',
        'Poland’s Constitutional Tribunal and Spain’s Constitutional Court both ruled.',
        'The Ministry of External Affairs in New Delhi and the Foreign Ministry in Tokyo responded.',
        'Real Madrid have won 15 Champions League titles; Germany have won four World Cups.',
        'The Court of Appeals upheld the ruling, and China’s Commerce Ministry declined to comment.',
        'China’s coast guard said it expelled the vessel. Japan’s weather agency warned of rain.',
        'Belgium’s Federal Planning Bureau and Germany’s Federal Statistical Office cut forecasts.',
        'The Federal Office of Statistics published data.',
        'Bhutan’s National Statistics Bureau and China’s National Bureau of Statistics published data.',
        'The Communist Party’s Party Congress opened, and the League of Nations was recalled.',
        'Iran’s Revolutionary Guard seized a tanker; the African Cup of Nations began.',
        'The FAO, the Food and Agricultural Organization, sent experts.',
        'I propose that the Departments of State, Treasury and Defense be kept.',
        'The National Endowments for the Arts and Humanities were funded.',
        'The case reached the United States Supreme Court in 1911.',
        'The treaty is before the Senate of the United States.',
        'Two new Supreme Court Justices, Neil Gorsuch and Brett Kavanaugh, were confirmed.',
        'It is a privilege to come to the Congress with the Republic at peace.',
        'The Bureau of Education of the Department of the Interior aids the schools.',
        'The Interparliamentary Union met in St. Louis.',
        'The Inter-American Human Rights Commission opened an inquiry.',
        "Flights leave from Chicago's O'Hare International Airport every hour.",
        'The figures came from the National Statistics Institute (INSEE) in Paris.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const spans: Array<readonly [number, number]> = [];
    const reported: Array<readonly [number, number]> = [];
    for (const m of findNames(doc)) {
      spans.push([(doc.tokens[m.first] as Token).start, (doc.tokens[m.end - 1] as Token).end]);
      if (m.exact || m.caseOnly || m.spellingOnly) continue;
      const toks = doc.tokens.slice(m.first, m.end).filter((t) => t.kind === 'word' && !/^(of|for|the|on|in|and|to|at|by|with|a|an|'s)$/.test(t.norm));
      const allCaps = toks.every((t) => /^\p{Lu}/u.test(t.text));
      if (!(allCaps && (m.capitalized || m.size >= 3)) && m.size < 4 && !(m.size >= 3 && m.form.distinctive)) continue;
      // A loose synonym ("weather" for "meteorological") counts only in a capitalized name.
      if (m.loose && !allCaps) continue;
      if (touchesLongerName(doc, m)) continue;
      const first = doc.tokens[m.first] as Token;
      const last = doc.tokens[m.end - 1] as Token;
      const phrase = doc.text.slice(first.start, last.end);
      if (namesParent(phrase, m.form) || englishOrder(phrase, m.form) || benignVariant(phrase, m.form)) continue;
      // The phrase is itself a correct name (of this body or another one, a national body only
      // where its country is named); with its owner before it ("China's Ministry of Trade"),
      // only a name of that owner's body counts.
      if (m.owner ? isKnownNameOf(phrase, m.owner) : isKnownNameIn(doc, phrase)) continue;
      if (otherReading(doc, m, phrase)) continue;
      // "CYR.N of the U.S.": a name does not start inside a dotted code (a ticker, a file name).
      if (/\p{L}\.$/u.test(doc.text.slice(Math.max(0, first.start - 2), first.start))) continue;
      // "the National Statistics Institute (INSEE)": the writer's acronym names another body
      // than the one matched (INE), so the name is that body's, not a garbled INE.
      if (otherAcronym(doc, last, m.form.entity.short)) continue;
      const d = diff(doc, m);
      reported.push([d.start, d.end]);
      const name = m.form.text;
      const suggestions = [d.replacement];
      ctx.report({
        start: d.start,
        end: d.end,
        message: `“${phrase}” is a word-for-word rendering of the ${m.form.entity.short ?? m.form.entity.official}: its English name is “${name}”.`,
        suggestions,
        reason: 'an official name has one English form; a translated or reordered one reads as a different body',
        // One word only near in spelling: less sure than a name with all its words.
        confidence: m.fuzzy ? 0.6 : 0.85,
      });
    }
    // "Mission of Observation of the European Union": a known body, one word lost, reordered.
    for (const m of findShortenedNames(doc)) {
      const first = doc.tokens[m.first] as Token;
      const last = doc.tokens[m.end - 1] as Token;
      if (spans.some(([a, b]) => a <= first.start && b >= last.end && !(a === first.start && b === last.end))) continue;
      if (reported.some(([a, b]) => a < last.end && b > first.start)) continue;
      const phrase = doc.text.slice(first.start, last.end);
      ctx.report({
        start: first.start,
        end: last.end,
        message: `“${phrase}” reads as a word-for-word rendering of the ${m.form.entity.short ?? m.form.entity.official}: its English name is “${m.form.entity.official}”.`,
        suggestions: [m.form.entity.official],
        reason: 'an official name has one English form; a translated or reordered one reads as a different body',
        confidence: 0.7,
      });
    }
  },
};
