/**
 * A modifier that repeats what its head word already says, as translation of a source-language
 * fixed phrase produces it: "past history", "first debut", "joint cooperation", "mutual
 * cooperation of both countries", "again re-elected", "completely eliminated entirely",
 * "quickly and rapidly", "the next coming weeks", "several hours of time", "the last ten
 * years period", "cooperate together", "a visit visiting", "totally destroyed completely".
 * Each entry is tried only when the document holds its key word. The fix drops the extra word.
 */
import type { Doc } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { matchesAt } from '../../../text/matches-at.js';
import { wordStarts } from './lib/starts.js';

interface Entry {
  /** The entry runs only when the document holds one of these words (normalized). */
  readonly keys: readonly string[];
  readonly re: RegExp;
  /** The replacement for the whole match. */
  readonly fix: (m: RegExpExecArray) => string;
  readonly what: string;
  /**
   * The offsets (ascending) where a match can start: the regex is tried there only, not
   * along the whole text. Every offset its global scan could match at must be among them.
   */
  readonly from: (doc: Doc) => number[];
}

const TOTAL = 'completely|totally|entirely|fully|wholly|utterly';
const FAST = 'quickly|rapidly|swiftly|speedily|hastily';
const NUM_WORD = '\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few';
const UNITS = 'years|months|weeks|days|hours|minutes|decades';
const RE_VERB =
  're-[a-z]+|reelect(?:s|ed|ing)?|reopen(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|reaffirm(?:s|ed|ing)?|reappoint(?:s|ed|ing)?|reconven(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|reintroduc(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|rebuil(?:d|ds|t|ding)|reconsider(?:s|ed|ing)?|reappear(?:s|ed|ing)?|reoccur(?:s|red|ring)?|recur(?:s|red|ring)?|repeat(?:s|ed|ing)?|reissu(?:e|es|ed|ing)|relaunch(?:es|ed|ing)?|retak(?:e|es|en|ing)|retook|rewrit(?:e|es|ing|ten)|rewrote|redo|redid|redone|regain(?:s|ed|ing)?|retry|retried|reconnect(?:s|ed|ing)?|reunit(?:e|es|ed|ing)';

/**
 * A match starts at one of these words (a whole run of [A-Za-z0-9_], in any case): the regex
 * opens with \b and the word, and a character outside [A-Za-z0-9_] follows the word.
 */
function W(...words: string[]): (doc: Doc) => number[] {
  const set: ReadonlySet<string> = new Set(words);
  return (doc) => wordStarts(doc, set);
}

/**
 * A match starts `back` characters before one of these words (a whole run, as in W): the regex
 * opens with a word of one of those lengths and fixed text up to the anchor word.
 */
function before(anchors: readonly string[], back: readonly number[]): (doc: Doc) => number[] {
  const set: ReadonlySet<string> = new Set(anchors);
  return (doc) => {
    const out: number[] = [];
    for (const a of wordStarts(doc, set)) for (const b of back) if (a - b >= 0) out.push(a - b);
    return out.sort((x, y) => x - y);
  };
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(NUM_WORD.split('|').slice(1));
const UNIT_WORDS: ReadonlySet<string> = new Set(UNITS.split('|'));

/**
 * Where "(NUM_WORD) (UNITS)" can start: at a number word, or at the digits right before a
 * space and a unit ("1,000 years": at "000", where \b allows it; a digit run starts only
 * where the digits before the unit begin).
 */
function numberStarts(doc: Doc): number[] {
  const { text } = doc;
  const out = wordStarts(doc, NUMBER_WORDS);
  let digits = false;
  for (const u of wordStarts(doc, UNIT_WORDS)) {
    if (u < 2 || text.charCodeAt(u - 1) !== 32) continue;
    let q = u - 1;
    while (q > 0 && isDigit(text.charCodeAt(q - 1))) q--;
    if (q < u - 1) {
      out.push(q);
      digits = true;
    }
  }
  if (digits) out.sort((x, y) => x - y);
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const drop1 = (m: RegExpExecArray): string => m[2] as string;
const keep1 = (m: RegExpExecArray): string => m[1] as string;

const ENTRIES: readonly Entry[] = [
  // "past history", "past track record": history is already past.
  { keys: ['history', 'histories', 'precedent', 'precedents', 'antecedents'], re: /(?<!\bin the )\b(past )(histor(?:y|ies)|precedents?|antecedents)\b(?! (?:and|or) )/gi, fix: drop1, what: '“past” with a word that is already past', from: W('past') },
  // "first debut", "maiden debut", "debut for the first time"
  { keys: ['debut', 'debuts', 'debuted', 'debuting', 'premiere', 'premiered'], re: /\b(first|maiden|very first) (debut(?:s|ed|ing)?|premiere(?:s|d)?)\b/gi, fix: drop1, what: '“first” with “debut”', from: W('first', 'maiden', 'very') },
  { keys: ['debut', 'debuts', 'debuted', 'debuting'], re: /\b(debut(?:s|ed|ing)?)( [a-z]+){0,3}? for the first time\b/gi, fix: (m) => m[0].replace(/ for the first time$/i, ''), what: '“debut” with “for the first time”', from: W('debut', 'debuts', 'debuted', 'debuting') },
  // "joint cooperation", "mutual cooperation of both", "common cooperation"
  { keys: ['cooperation', 'co-operation', 'collaboration', 'partnership'], re: /\b(joint |common )((?:co-?operation|collaboration)\b)/gi, fix: drop1, what: '“joint” with “cooperation”', from: W('joint', 'common') },
  { keys: ['cooperation', 'co-operation', 'collaboration', 'partnership', 'trust', 'benefit', 'respect', 'understanding'], re: /\b(mutual )((?:co-?operation|collaboration|partnership|trust|benefit|respect|understanding) (?:of|between|among) (?:both|the two|all)\b)/gi, fix: drop1, what: '“mutual” with “both”', from: W('mutual') },
  // "cooperate together", "collaborate jointly", "cooperate mutually"
  { keys: ['cooperate', 'cooperates', 'cooperated', 'cooperating', 'co-operate', 'collaborate', 'collaborated', 'collaborating', 'collaborates'], re: /\b((?:co-?operat|collaborat)(?:e|es|ed|ing)) (together|jointly|mutually)\b(?! with)/gi, fix: keep1, what: '“cooperate” with “together”', from: W('co', 'cooperate', 'cooperates', 'cooperated', 'cooperating', 'collaborate', 'collaborates', 'collaborated', 'collaborating') },
  // "again re-elected", "again reopened": the prefix already says again.
  { keys: ['again'], re: new RegExp(`(?<!\\b(?:I|we|We) )(?<!\\bonce )(?<!\\band )(?<!\\bover )\\b(again )(${RE_VERB})\\b`, 'gi'), fix: drop1, what: '“again” with a re- verb', from: W('again') },
  // "still continues to", "still remains": continuing is already "still".
  { keys: ['continue', 'continues', 'continued', 'continuing'], re: /\b(still )(continu(?:es|ed) (?:to|on)\b)/gi, fix: drop1, what: '“still” with “continue”', from: W('still') },
  // "completely eliminated entirely", "totally destroyed completely"
  { keys: ['completely', 'totally', 'entirely', 'fully', 'wholly', 'utterly'], re: new RegExp(`\\b(?:${TOTAL}) ([a-z]+(?:ed|en|t))( (?:${TOTAL}))\\b`, 'gi'), fix: (m) => m[0].slice(0, m[0].length - (m[2] as string).length), what: 'two words for “completely”', from: W(...TOTAL.split('|')) },
  // "quickly and rapidly", "swiftly and quickly"
  { keys: ['quickly', 'rapidly', 'swiftly', 'speedily', 'hastily'], re: new RegExp(`\\b(${FAST}),? and (${FAST})\\b`, 'gi'), fix: keep1, what: 'two words for “quickly”', from: W(...FAST.split('|')) },
  // "in the next coming weeks", "the next upcoming days"
  { keys: ['coming', 'upcoming', 'forthcoming'], re: /\b(next )((?:coming|upcoming|forthcoming) (?:few )?(?:days|weeks|months|years|hours|decades|season|seasons)\b)/gi, fix: drop1, what: '“next” with “coming”', from: W('next') },
  // "several hours of time", "ten days of time"
  { keys: ['time'], re: new RegExp(`\\b((?:${NUM_WORD}) (?:${UNITS}))( of time)\\b`, 'gi'), fix: keep1, what: 'a length of time with “of time”', from: numberStarts },
  // "the last ten years period", "a five months period"
  { keys: ['period', 'time-frame', 'timeframe', 'span'], re: new RegExp(`\\b((?:${NUM_WORD}) (?:${UNITS}))( (?:period|time-frame|timeframe|time span))\\b`, 'gi'), fix: keep1, what: 'a length of time with “period”', from: numberStarts },
  // "in the month of May", "in the year of 2019"
  { keys: ['month'], re: /\b(?:in|since|until|by) (the month of )(January|February|March|April|May|June|July|August|September|October|November|December)\b(?! (?:and|or|to) |,? \d)/g, fix: (m) => m[0].replace(/the month of /, ''), what: '“the month of” before a month', from: before(['month'], [7, 10]) },
  { keys: ['year'], re: /\b(?:in|during|since|until|by) (the year of )((?:19|20)\d\d)\b/g, fix: (m) => m[0].replace(/the year of /i, ''), what: '“the year of” before a year', from: before(['year'], [7, 10, 11]) },
  // "a new record high", kept: common in English; "all-time record high" too. "new innovations" is common too.
  // "each and every one of both", kept out. "both ... each other": "both of them together".
  { keys: ['together'], re: /\b(both (?:sides|parties|countries|nations|leaders|teams|governments|companies|firms|men|women|of them) )(together )(?=(?:agreed|signed|decided|announced|pledged|vowed)\b)/gi, fix: (m) => m[1] as string, what: '“both” with “together”', from: W('both') },
  // "reply back", "retreat back", "refer back to" is English; "revert back" and "return back" are the reserved rule's.
  { keys: ['back'], re: /\b((?:repl(?:y|ies|ied|ying)|retreat(?:s|ed|ing)?|recede(?:s|d)?|receding|regress(?:es|ed|ing)?|retract(?:s|ed|ing)?)) (back)\b/gi, fix: keep1, what: '“back” after a verb that already means it', from: W('reply', 'replies', 'replied', 'replying', 'retreat', 'retreats', 'retreated', 'retreating', 'recede', 'recedes', 'receded', 'receding', 'regress', 'regresses', 'regressed', 'regressing', 'retract', 'retracts', 'retracted', 'retracting') },
  // "the reason is because", "the reason why is because"
  { keys: ['reason'], re: /\b(reason (?:why )?(?:is|was)) (because)\b/gi, fix: (m) => `${m[1]} that`, what: '“reason” with “because”', from: W('reason') },
  // "sufficient enough", "enough sufficient"
  { keys: ['sufficient'], re: /\b(sufficient) (enough)\b/gi, fix: keep1, what: 'two words for “enough”', from: W('sufficient') },
  // "the most optimal", "more superior", "most unique"
  { keys: ['optimal', 'superior', 'inferior', 'maximum', 'minimum'], re: /\b(?:more|most) ((?:optimal|superior|inferior|maximum|minimum)\b)(?! to\b)/gi, fix: (m) => m[1] as string, what: 'a comparative on a word that is already one', from: before(['optimal', 'superior', 'inferior', 'maximum', 'minimum'], [5]) },
  // "surrounded on all sides around", "gather together around": kept out (English).
  // "a close proximity", "in close proximity" is English; "near proximity" is not.
  { keys: ['proximity'], re: /\b(near|nearby) (proximity)\b/gi, fix: (m) => `close ${m[2]}`, what: '“near” with “proximity”', from: W('near', 'nearby') },
  // "fellow colleagues", "fellow compatriots", "fellow co-workers"
  { keys: ['colleagues', 'colleague', 'compatriots', 'compatriot', 'co-workers', 'countrymen', 'teammates', 'teammate', 'classmates'], re: /\b(fellow )(colleagues?|compatriots?|co-workers?)\b/gi, fix: drop1, what: '“fellow” with a word that already says it', from: W('fellow') },
  // "unexpected surprise", "unanticipated surprise"
  { keys: ['surprise', 'surprises'], re: /\b(unexpected |unforeseen |unanticipated )(surprises?)\b/gi, fix: drop1, what: '“unexpected” with “surprise”', from: W('unexpected', 'unforeseen', 'unanticipated') },
  // "advance warning" is English; "prior warning" too; "advance forecast" is not. "future plans" is English.
  // "personal opinion" is English. "exact same" is English. "end result" is English.
  // "mutually agreed with each other", "each other mutually"
  { keys: ['mutually'], re: /\b(mutually )((?:agreed|agree|respect|respected|support|supported|help|helped|benefit|benefited)(?: with)? each other)\b/gi, fix: drop1, what: '“mutually” with “each other”', from: W('mutually') },
  // "he himself personally", "personally himself"
  { keys: ['personally'], re: /\b((?:him|her|them|my|your|our|it)sel(?:f|ves)) (personally)\b|\b(personally) ((?:him|her|them|my|your|our)sel(?:f|ves))\b/gi, fix: (m) => (m[1] ?? m[4]) as string, what: '“personally” with “himself”', from: W('personally', ...['him', 'her', 'them', 'my', 'your', 'our', 'it'].flatMap((p) => [`${p}self`, `${p}selves`])) },
  // "jointly together", "together jointly"
  { keys: ['jointly'], re: /\b(jointly),? (together)\b|\b(together),? (jointly)\b/gi, fix: (m) => (m[1] ?? m[3]) as string, what: 'two words for “together”', from: W('jointly', 'together') },
  // "repeated again", "repeat again and again" is English ("again and again" guarded).
  { keys: ['again'], re: /\b(repeat(?:s|ed|ing)?) (again)\b(?! and again)/gi, fix: keep1, what: '“repeat” with “again”', from: W('repeat', 'repeats', 'repeated', 'repeating') },
  // "a total of 300 people in total", "in total a total of"
  { keys: ['total'], re: /\b(a total of [^.;:!?]{1,40}?),? (in total|in all)\b/gi, fix: keep1, what: '“a total of” with “in total”', from: before(['total'], [2]) },
  // "approximately about", "around approximately" with a number: the reserved rule covers two hedges in a row;
  // here a hedge and "or so" after the number: "about 300 or so".
  { keys: ['so'], re: /\b((?:about|around|approximately|roughly|some|nearly|almost) \d[\d,.]*(?: (?:million|billion|thousand|hundred))?(?: [a-z]+)?) (or so)\b/gi, fix: keep1, what: 'a hedge with “or so”', from: W('about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost') },
  // "completely fully submerged", "totally entirely": two words for "completely" in a row.
  { keys: ['completely', 'totally', 'entirely', 'fully', 'wholly', 'utterly'], re: new RegExp(`\\b(${TOTAL}),? (?!\\1\\b)(${TOTAL})\\b`, 'gi'), fix: keep1, what: 'two words for “completely”', from: W(...TOTAL.split('|')) },
  // "both of the two suspects": "both" already says two.
  { keys: ['two'], re: /\b(both)( of the two)\b(?= [a-z])/gi, fix: keep1, what: '“both” with “the two”', from: W('both') },
  // "more than 300 plus members", "over 40 plus years": "plus" says "more than" again.
  { keys: ['plus'], re: /\b((?:more than|over) \d[\d,.]*(?: (?:million|billion|thousand|hundred))?) (plus)(?= [a-z])/gi, fix: keep1, what: '“more than” with “plus”', from: W('more', 'over') },
  // "more than 300 people and more", "over 300 and above"
  { keys: ['above', 'more'], re: /\b((?:more than|over) \d[\d,.]*(?: (?:million|billion|thousand|hundred))?(?: [a-z]+)?)( (?:and|or) (?:above|more))\b/gi, fix: keep1, what: '“more than” with “and more”', from: W('more', 'over') },
];

export const rule: Rule = {
  meta: {
    id: 'pleonasm',
    category: 'repetition',
    severity: 'warning',
    description: 'A modifier that repeats its head word ("past history", "first debut", "joint cooperation", "again re-elected", "the next coming weeks").',
    examples: {
      bad: [
        { text: 'The court weighed the [[past history]] of the accused.', output: 'The court weighed the history of the accused.' },
        { text: 'The band made its [[first debut]] in Osaka in 2009.', output: 'The band made its debut in Osaka in 2009.' },
        { text: 'The ministries signed a [[joint cooperation]] deal on water.', output: 'The ministries signed a cooperation deal on water.' },
        { text: 'Both leaders praised the [[mutual cooperation of both]] countries.', output: 'Both leaders praised the cooperation of both countries.' },
        { text: 'The mayor was [[again re-elected]] in October.', output: 'The mayor was re-elected in October.' },
        { text: 'Unemployment [[still continues to]] fall in the north.', output: 'Unemployment continues to fall in the north.' },
        { text: 'Polio has been [[completely eliminated entirely]] from the province.', output: 'Polio has been completely eliminated from the province.' },
        { text: 'Shares fell [[quickly and rapidly]] after the report.', output: 'Shares fell quickly after the report.' },
        { text: 'A ruling is due in the [[next coming weeks]].', output: 'A ruling is due in the coming weeks.' },
        { text: 'Rescuers searched for [[several hours of time]] before dawn.', output: 'Rescuers searched for several hours before dawn.' },
        { text: 'Prices doubled over the last [[ten years period]].', output: 'Prices doubled over the last ten years.' },
        { text: 'The vote will take place [[in the month of March]].', output: 'The vote will take place in March.' },
        { text: 'The two agencies will [[cooperate together]] on the inquiry.', output: 'The two agencies will cooperate on the inquiry.' },
        { text: 'He thanked his [[fellow colleagues]] in parliament.', output: 'He thanked his colleagues in parliament.' },
        { text: 'The ministry [[repeated again]] its warning.', output: 'The ministry repeated its warning.' },
        { text: 'Funding was not [[sufficient enough]] to finish the line.', output: 'Funding was not sufficient to finish the line.' },
        { text: 'His house was [[completely fully]] submerged.', output: 'His house was completely submerged.' },
        { text: 'Police said [[both of the two]] suspects were held in Stockholm.', output: 'Police said both suspects were held in Stockholm.' },
        { text: 'The association has [[more than 300 plus]] members.', output: 'The association has more than 300 members.' },
      ],
      good: [
        'The court weighed the history of the accused.',
        'The band made its debut in Osaka in 2009.',
        'Both leaders praised the cooperation between the two countries.',
        'The mayor was re-elected in October, and once again reaffirmed her pledge.',
        'He came back again and reopened the shop.',
        'Unemployment continues to fall in the north.',
        'Shares fell quickly and sharply after the report.',
        'A ruling is due in the coming weeks, and the next hearing in May.',
        'Rescuers searched for several hours.',
        'Prices doubled over a ten-year period.',
        'The vote will take place in March.',
        'The two agencies will cooperate with each other on the inquiry.',
        'He thanked his fellow lawmakers in parliament.',
        'The ministry repeated its warning again and again.',
        'The past and history of the town are told in the museum.',
        'The law was repealed in the month of May and June.',
        'His house was completely submerged, and the fields fully flooded.',
        'The plan was fully, fully funded, he joked.',
        'Both of the two-year bonds matured in May.',
        'The score was 300 plus 40 bonus points.',
        'The fund has more than 300 members, plus 40 observers.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const { text } = doc;
    for (const e of ENTRIES) {
      if (!e.keys.some((k) => doc.hasNorm(k))) continue;
      for (const m of matchesAt(text, e.re, e.from(doc))) {
        const fix = keepCase(m[0], e.fix(m));
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” says the same thing twice (${e.what}): English says “${fix}”.`,
          suggestions: [fix],
          reason: 'a modifier that repeats what its head word says',
          confidence: 0.7,
        });
      }
    }
  },
};

function keepCase(matched: string, fix: string): string {
  return /^\p{Lu}/u.test(matched) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
}
