/**
 * A foreign office given the title another country uses for it, a swap translation makes:
 * - a US cabinet secretary called a minister (“US Foreign Minister Antony Blinken”, “US State
 *   Secretary”): Russian, Chinese and German name every cabinet member “minister”;
 * - Germany's or Austria's head of government called Prime Minister: the office is Chancellor;
 * - a Latin American foreign minister called “Chancellor” (Spanish “canciller”, Portuguese
 *   “chanceler”), and the foreign ministry “Chancellery”;
 * - a Canadian province's or a German state's premier called “Governor”: neither has one (a
 *   Canadian province has a Lieutenant Governor, the Crown's representative).
 * - a sub-national head given another office's title: an Australian state's or Canadian
 *   province's premier called “Governor” or “Prime Minister” (Chinese “zhouzhang”, French
 *   “premier ministre du Québec”), Hong Kong's Chief Executive its “Mayor”, an Indian state's
 *   Chief Minister its “Premier”, Scotland's First Minister its “Prime Minister”.
 * Each swap is flagged only with its country word right before the title (“US”, “Brazilian”,
 * “Ontario's”) or right after it (“Governor of Ontario”).
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isNameWord } from '../capitalization/lexicon.js';

/** US department words before "Minister" -> the US title. */
const US_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['foreign', ['Secretary of State']],
  ['defense', ['Defense Secretary', 'Secretary of Defense']],
  ['defence', ['Defense Secretary', 'Secretary of Defense']],
  ['finance', ['Treasury Secretary']],
  ['treasury', ['Treasury Secretary']],
  ['interior', ['Interior Secretary']],
  ['justice', ['Attorney General']],
  ['health', ['Health Secretary', 'Health and Human Services Secretary']],
  ['commerce', ['Commerce Secretary']],
  ['trade', ['Commerce Secretary', 'Trade Representative']],
  ['energy', ['Energy Secretary']],
  ['agriculture', ['Agriculture Secretary']],
  ['education', ['Education Secretary']],
  ['labor', ['Labor Secretary']],
  ['labour', ['Labor Secretary']],
  ['transport', ['Transportation Secretary']],
  ['transportation', ['Transportation Secretary']],
]);
/** "Minister of X" with the US before it. */
const US_OF: ReadonlyMap<string, string> = new Map([
  ['foreign affairs', 'foreign'],
  ['defense', 'defense'],
  ['defence', 'defense'],
  ['finance', 'finance'],
  ['justice', 'justice'],
  ['energy', 'energy'],
  ['commerce', 'commerce'],
]);

/** The words each check below starts from: a US cabinet portfolio, a head's or a minister's title. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...US_TITLES.keys(), 'state', 'foreign', 'minister', 'governor', 'premier', 'mayor', 'prime', 'chief', 'chancellor', 'chancellery',
]);

const LATAM: ReadonlySet<string> = new Set([
  'brazilian', 'argentine', 'argentinian', 'mexican', 'chilean', 'colombian', 'venezuelan', 'peruvian', 'ecuadorian',
  'bolivian', 'uruguayan', 'paraguayan', 'cuban', 'nicaraguan', 'honduran', 'guatemalan', 'salvadoran', 'panamanian',
  'dominican', 'brazil', 'argentina', 'mexico', 'chile', 'colombia', 'venezuela', 'peru', 'ecuador', 'bolivia', 'uruguay',
  'paraguay', 'cuba', 'nicaragua', 'honduras', 'guatemala', 'panama',
]);

/** Provinces and states with a premier, not a governor: place words (last word) -> the title. */
const PREMIER_PLACES: ReadonlyMap<string, string> = new Map([
  ['ontario', 'Premier'], ['quebec', 'Premier'], ['alberta', 'Premier'], ['manitoba', 'Premier'],
  ['saskatchewan', 'Premier'], ['columbia', 'Premier'], ['scotia', 'Premier'], ['brunswick', 'Premier'],
  ['newfoundland', 'Premier'], ['labrador', 'Premier'],
  ['bavaria', 'state premier'], ['bavarian', 'state premier'], ['saxony', 'state premier'], ['thuringia', 'state premier'],
  ['brandenburg', 'state premier'], ['hesse', 'state premier'], ['baden-wurttemberg', 'state premier'],
  ['baden-württemberg', 'state premier'], ['north rhine-westphalia', 'state premier'], ['rhineland-palatinate', 'state premier'],
  ['saxony-anhalt', 'state premier'], ['schleswig-holstein', 'state premier'], ['saarland', 'state premier'],
]);
/** Words before the last one that must be there for it to name the place ("British Columbia"). */
const PLACE_FIRST: ReadonlyMap<string, string> = new Map([
  ['columbia', 'british'], ['scotia', 'nova'], ['brunswick', 'new'],
]);

interface HeadPlace {
  /** The place's words, lower case. */
  readonly words: readonly string[];
  /** Its head of government's English title. */
  readonly title: string;
  /** Titles a translation gives that head instead (lower case, space-joined). */
  readonly wrong: ReadonlySet<string>;
  /** The wrong title is also a real office there (an Australian state's Governor): flagged only
   * before a person's name, and not in a sentence about the Crown's representative. */
  readonly real?: boolean;
}

const AU_STATES = ['new south wales', 'nsw', 'queensland', 'tasmania', 'south australia', 'western australia', 'tasmanian'];
const CA_PLACES = ['ontario', 'quebec', 'alberta', 'manitoba', 'saskatchewan', 'british columbia', 'nova scotia', 'new brunswick', 'newfoundland and labrador', 'prince edward island', 'yukon', 'nunavut', 'northwest territories'];
const IN_STATES = [
  'kerala', 'karnataka', 'tamil nadu', 'maharashtra', 'gujarat', 'west bengal', 'bihar', 'uttar pradesh', 'andhra pradesh', 'telangana',
  'odisha', 'rajasthan', 'madhya pradesh', 'assam', 'manipur', 'jharkhand', 'haryana', 'himachal pradesh', 'uttarakhand', 'goa', 'sindh',
  'khyber pakhtunkhwa', 'balochistan',
];

/**
 * Sub-national heads of government and the titles translation swaps in: a Chinese "zhouzhang"
 * is a US governor and an Australian premier alike; French "premier ministre du Québec" is
 * Quebec's premier; Hong Kong's leader is its Chief Executive, an Indian state's its Chief
 * Minister, Scotland's and Wales's their First Minister.
 */
const HEAD_PLACES: ReadonlyMap<string, readonly HeadPlace[]> = (() => {
  const m = new Map<string, HeadPlace[]>();
  const add = (places: readonly string[], title: string, wrong: readonly string[], real?: boolean): void => {
    for (const p of places) {
      const words = p.split(' ');
      const last = words[words.length - 1] as string;
      const list = m.get(last) ?? [];
      list.push({ words, title, wrong: new Set(wrong), ...(real ? { real } : {}) });
      list.sort((a, b) => b.words.length - a.words.length);
      m.set(last, list);
    }
  };
  add(AU_STATES, 'Premier', ['prime minister', 'chief minister']);
  add(AU_STATES, 'Premier', ['governor'], true);
  add(['northern territory', 'australian capital territory'], 'Chief Minister', ['governor', 'premier', 'prime minister']);
  add(CA_PLACES, 'Premier', ['prime minister', 'chief minister']);
  add(['yukon', 'nunavut', 'northwest territories', 'prince edward island', 'newfoundland and labrador'], 'Premier', ['governor']);
  add(['scotland', 'scottish', 'wales', 'welsh', 'northern ireland'], 'First Minister', ['prime minister', 'premier', 'chief minister']);
  add(['hong kong', 'macau', 'macao'], 'Chief Executive', ['premier', 'prime minister', 'mayor', 'chief minister']);
  add(['hong kong', 'macau', 'macao'], 'Chief Executive', ['governor'], true);
  add(IN_STATES, 'Chief Minister', ['premier', 'prime minister']);
  add(['tokyo'], 'Governor', ['mayor']);
  return m;
})();

/** Words of a sentence about the Crown's representative or a colonial governor. */
const VICEREGAL = /\b(?:vice-?regal|Crown|King|Queen|monarch|royal assent|Government House|sworn in|swore in|colonial|British rule|handover|Patten|MacLehose|Youde|Wilson|Beazley)\b|\b(?:[Dd]issolv|prorogu)/;

/** The place whose words end at token `t`, and its first token. */
function headPlaceEndingAt(doc: Doc, t: Token | undefined, title: string): { place: HeadPlace; first: Token } | undefined {
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return undefined;
  for (const place of HEAD_PLACES.get(t.norm) ?? []) {
    if (!place.wrong.has(title)) continue;
    let u: Token | undefined = t;
    let ok = true;
    for (let k = place.words.length - 1; k >= 0 && ok; k--) {
      if (!u || u.norm !== place.words[k]) ok = false;
      else if (k > 0) u = doc.prev(u);
    }
    if (ok && u) {
      // "South Australia" is the state, "Australia" alone the country: a longer name before it
      // (another capitalized word) is some other name.
      const before = doc.prev(u);
      if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !doc.isSentenceInitial(before) && before.norm !== 'the') continue;
      return { place, first: u };
    }
  }
  return undefined;
}

/** The place whose words start at token `t` (after "of"). */
function headPlaceStartingAt(doc: Doc, t: Token | undefined, title: string): HeadPlace | undefined {
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return undefined;
  let u: Token | undefined = t;
  const seen: Token[] = [];
  for (let k = 0; k < 4 && u && u.kind === 'word'; k++) {
    seen.push(u);
    const found = headPlaceEndingAt(doc, u, title);
    if (found && found.first === t) {
      const after = doc.next(u);
      if (!(after && after.kind === 'word' && /^\p{Lu}/u.test(after.text))) return found.place;
    }
    u = doc.next(u);
  }
  return undefined;
}

function isUS(doc: Doc, t: Token): boolean {
  const p = doc.prev(t);
  if (!p) return false;
  if (p.text === '.' && doc.prev(t, 2)?.text === 'S' && doc.prev(t, 4)?.text === 'U') return true; // U.S.
  if (p.text === 'US' || p.text === 'USA' || p.text === 'American') return true;
  return p.text === 'States' && doc.prev(t, 2)?.text === 'United';
}

/** The place word ending at `t`, when it names a premier's province or state. */
function premierPlace(doc: Doc, t: Token | undefined): string | undefined {
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return undefined;
  const title = PREMIER_PLACES.get(t.norm);
  if (!title) return undefined;
  const first = PLACE_FIRST.get(t.norm);
  if (first && doc.prev(t)?.norm !== first) return undefined;
  return title;
}

/** Followed by a person's name (capitalized word that is no common word). */
function beforeName(doc: Doc, t: Token): boolean {
  return isNameWord(doc.next(t));
}

export const rule: Rule = {
  meta: {
    id: 'title-mixup',
    category: 'entity-name',
    severity: 'warning',
    description: 'An office given the title another country uses (“US Foreign Minister”, “German Prime Minister”, “Brazilian Chancellor”, “Ontario Governor”).',
    examples: {
      bad: [
        { text: 'US [[Foreign Minister]] Antony Blinken arrived in Kyiv.', output: 'US Secretary of State Antony Blinken arrived in Kyiv.' },
        { text: 'The talks were led by U.S. [[Defense Minister]] Lloyd Austin.', output: 'The talks were led by U.S. Defense Secretary Lloyd Austin.' },
        { text: 'US [[State Secretary]] Marco Rubio said the deal was close.', output: 'US Secretary of State Marco Rubio said the deal was close.' },
        { text: 'US [[Finance Minister]] Janet Yellen visited Beijing.', output: 'US Treasury Secretary Janet Yellen visited Beijing.' },
        { text: 'German [[Prime Minister]] Olaf Scholz met the president.', output: 'German Chancellor Olaf Scholz met the president.' },
        { text: 'Brazilian [[Chancellor]] Mauro Vieira said Brazil would not take sides.', output: 'Brazilian Foreign Minister Mauro Vieira said Brazil would not take sides.' },
        { text: 'The Mexican [[Chancellery]] summoned the ambassador.', output: 'The Mexican Foreign Ministry summoned the ambassador.' },
        { text: 'Ontario [[Governor]] Doug Ford announced new tariffs.', output: 'Ontario Premier Doug Ford announced new tariffs.' },
        { text: 'The [[Governor]] of Bavaria, Markus Söder, criticised Berlin.', output: 'The state premier of Bavaria, Markus Söder, criticised Berlin.' },
        { text: 'Tasmania [[Governor]] Ruth Mills said the state budget would add 300 nurses.', output: 'Tasmania Premier Ruth Mills said the state budget would add 300 nurses.' },
        { text: 'The [[Prime Minister]] of Quebec said the province would sue.', output: 'The Premier of Quebec said the province would sue.' },
        { text: 'Hong Kong [[Mayor]] Peter Chan welcomed the visitors.', output: 'Hong Kong Chief Executive Peter Chan welcomed the visitors.' },
        { text: 'Karnataka [[Premier]] Rajesh Gowda inspected the dam.', output: 'Karnataka Chief Minister Rajesh Gowda inspected the dam.' },
        { text: 'Welsh [[Prime Minister]] Huw Jones backed the plan.', output: 'Welsh First Minister Huw Jones backed the plan.' },
      ],
      good: [
        'US Secretary of State Antony Blinken arrived in Kyiv.',
        'US Defense Secretary Lloyd Austin and Ukrainian Defense Minister Rustem Umerov met.',
        'The US and Chinese defense ministers met in Singapore.',
        'German Chancellor Olaf Scholz met the prime minister.',
        'German Finance Minister Christian Lindner presented the budget.',
        'Brazilian Foreign Minister Mauro Vieira spoke.',
        'The German Chancellery said the call lasted an hour.',
        'British Chancellor Rachel Reeves presented the budget.',
        'Ontario Premier Doug Ford announced new tariffs.',
        'The Lieutenant Governor of Ontario opened the session.',
        'The Bank of Canada governor spoke in Ottawa.',
        'Bavaria’s central bank governor spoke.',
        'New York Governor Kathy Hochul signed the bill.',
        'Queensland Premier Steven Miles and NSW Governor Margaret Beazley, the King’s representative, attended.',
        'Hong Kong Governor Chris Patten handed the city back in 1997.',
        'Former Scottish Prime Minister Gordon Brown spoke; the Scottish Premiership resumes.',
        'Tokyo Governor Yuriko Koike and Kerala Chief Minister Pinarayi Vijayan met.',
        'The Prime Minister of Australia and the Premier of Quebec met.',
        'The US Foreign Ministry does not exist; the State Department does.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const report = (start: number, end: number, found: string, suggestions: readonly string[], why: string, confidence: number): void => {
      ctx.report({
        start,
        end,
        message: `“${found}” is not this office's English title: ${why}, “${suggestions[0] ?? ''}”.`,
        suggestions: [...suggestions],
        reason: 'a translation gave the office the title another country uses for it',
        confidence,
      });
    };
    // Only a title word can start a finding: from the word index, past a reported title.
    let skipTo = -1;
    for (const t of doc.tokensWith(TRIGGERS)) {
      if (t.index <= skipTo) continue;
      if (t.kind !== 'word') continue;
      const n = doc.next(t);
      // US "X Minister Name", "Minister of X Name", "State Secretary Name", "Foreign Secretary Name".
      if (isUS(doc, t) && n) {
        const us = US_TITLES.get(t.norm);
        if (us && /^\p{Lu}/u.test(t.text) && n.norm === 'minister' && beforeName(doc, n)) {
          report(t.start, n.end, doc.text.slice(t.start, n.end), us, 'the United States has cabinet secretaries, not ministers', 0.8);
          continue;
        }
        if ((t.norm === 'state' || t.norm === 'foreign') && /^\p{Lu}/u.test(t.text) && n.norm === 'secretary' && doc.text.charAt(n.end) !== '-' && beforeName(doc, n)) {
          report(t.start, n.end, doc.text.slice(t.start, n.end), ['Secretary of State'], 'the US foreign minister is the Secretary of State', 0.8);
          continue;
        }
        if (t.text === 'Minister' && n.norm === 'of') {
          const a = doc.next(n);
          const b = a ? doc.next(a) : undefined;
          const two = a && b ? `${a.norm} ${b.norm}` : '';
          const key = US_OF.get(two) ?? (a ? US_OF.get(a.norm) : undefined);
          const last = US_OF.has(two) ? b : a;
          if (key && last && beforeName(doc, last)) {
            report(t.start, last.end, doc.text.slice(t.start, last.end), US_TITLES.get(key) ?? [], 'the United States has cabinet secretaries, not ministers', 0.8);
            continue;
          }
        }
      }
      // A sub-national head given another office's title: "Quebec Prime Minister", "NSW
      // Governor", "Hong Kong Mayor", "Kerala Premier", "Scottish Prime Minister".
      if (/^\p{Lu}/u.test(t.text) && (t.norm === 'governor' || t.norm === 'premier' || t.norm === 'mayor' || ((t.norm === 'prime' || t.norm === 'chief') && n?.norm === 'minister'))) {
        const two = t.norm === 'prime' || t.norm === 'chief';
        const last = two ? (n as Token) : t;
        const title = two ? `${t.norm} minister` : t.norm;
        const p = doc.prev(t);
        const pp = p?.norm === "'s" ? doc.prev(p) : p;
        const after = doc.next(last);
        let place = headPlaceEndingAt(doc, pp, title)?.place;
        if (!place && after?.norm === 'of') place = headPlaceStartingAt(doc, doc.next(after), title);
        const hyphen = doc.text.charAt(last.end) === '-' || (p && p.text === '-');
        const who = doc.next(last);
        const initial = !!who && /^\p{Lu}$/u.test(who.text) && doc.next(who)?.text === '.';
        const named = (beforeName(doc, last) || initial || (!!who && /^\p{Lu}\p{Ll}+$/u.test(who.text) && isNameWord(doc.next(who)))) && !/^(gordon|tony|ramsay|alec)$/.test(doc.next(last)?.norm ?? '');
        if (place && !hyphen && p?.norm !== 'lieutenant' && after?.norm !== 'general' && (named || (!place.real && after?.norm === 'of'))) {
          const sentence = doc.text.slice(doc.sentenceOf(t).start, doc.sentenceOf(t).end);
          if (!(place.real && VICEREGAL.test(sentence))) {
            report(t.start, last.end, doc.text.slice(t.start, last.end), [place.title], 'the head of government there has another title; English says', place.real ? 0.55 : 0.7);
            skipTo = last.index;
            continue;
          }
        }
      }
      // German or Austrian "Prime Minister": the Chancellor.
      if (t.norm === 'prime' && n?.norm === 'minister') {
        const p = doc.prev(t);
        const pp = p?.norm === "'s" ? doc.prev(p) : p;
        const after = doc.next(n);
        const ofPlace = after?.norm === 'of' ? doc.next(after) : undefined;
        const place = ofPlace && /^(germany|austria)$/.test(ofPlace.norm) ? ofPlace : pp && /^(german|austrian|germany|austria)$/.test(pp.norm) && /^\p{Lu}/u.test(pp.text) ? pp : undefined;
        if (place && !(after && after.text === '-')) {
          report(t.start, n.end, doc.text.slice(t.start, n.end), ['Chancellor'], 'Germany and Austria are led by a Chancellor', 0.75);
          continue;
        }
      }
      // Latin American "Chancellor" / "Chancellery": the foreign minister and ministry.
      if ((t.text === 'Chancellor' || t.text === 'Chancellery') && !(doc.text.charAt(t.end) === '-')) {
        const p = doc.prev(t);
        const pp = p?.norm === "'s" ? doc.prev(p) : p;
        if (pp && /^\p{Lu}/u.test(pp.text) && LATAM.has(pp.norm) && (t.text === 'Chancellery' || beforeName(doc, t) || n?.text === ',')) {
          const minister = t.text === 'Chancellor';
          report(t.start, t.end, t.text, [minister ? 'Foreign Minister' : 'Foreign Ministry'], `in Latin America the “canciller” is the ${minister ? 'foreign minister' : 'foreign ministry'}: English says`, 0.7);
          continue;
        }
      }
      // A Canadian province's or German state's "Governor": its premier.
      if (t.norm === 'governor' && !(doc.text.charAt(t.end) === '-') && n?.norm !== 'general') {
        const p = doc.prev(t);
        if (p && (p.norm === 'lieutenant' || p.text === '-')) continue;
        const pp = p?.norm === "'s" ? doc.prev(p) : p;
        let title = premierPlace(doc, pp);
        if (!title && n?.norm === 'of') title = premierPlace(doc, lastPlaceWord(doc, doc.next(n)));
        if (title) {
          report(t.start, t.end, t.text, [t.text === 'Governor' && title === 'Premier' ? 'Premier' : title], 'the head of government there is its premier; English says', 0.7);
        }
      }
    }
  },
};

/** The last word of a place name starting at `t` ("British Columbia", "Nova Scotia"). */
function lastPlaceWord(doc: Doc, t: Token | undefined): Token | undefined {
  if (!t) return undefined;
  const n = doc.next(t);
  if (n && PLACE_FIRST.get(n.norm) === t.norm) return n;
  return t;
}
