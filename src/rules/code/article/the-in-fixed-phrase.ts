/**
 * “the” inside a fixed phrase that has none in English: “at the dawn” (at dawn), “in the
 * practice” (in practice), “in the accordance with” (in accordance with), “the both sides”
 * (both sides), “the half of the budget” (half of), “in the 2019.” (in 2019), “has the 60 days
 * to appeal” (60 days). Languages with articles everywhere (French, Italian, Portuguese,
 * Greek, Arabic) and round-trips through them put one in.
 *
 * One pass over “the”; each frame is a word test on the next one or two words, so a
 * defining phrase after the noun (“at the dawn of a new era”, “in the practice of law”, “in
 * the theory that”, “the 60 days after the vote”) keeps it quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { NUMBER_WORDS } from '../number-agreement/lib/english.js';

// "at the dawn" -> "at dawn": times of day that take no article after "at".
const AT_TIMES = new Set(['dawn', 'dusk', 'daybreak', 'nightfall', 'midnight', 'noon', 'midday', 'sunrise', 'sunset', 'night']);
// "in the practice" -> "in practice": the phrase ends here (punctuation or a clause word).
const IN_BARE = new Set(['practice', 'principle', 'theory', 'reality', 'suspense', 'particular', 'general', 'total', 'advance', 'essence', 'vain']);
const BY_BARE = new Set(['mistake', 'accident', 'chance']);
const AT_BARE = new Set(['stake', 'large', 'least']);
const CLOSERS = new Set([
  '.', ',', ';', ':', '!', '?', ')', '—', '–', 'and', 'but', 'or', 'so', 'because', 'as', 'when', 'if', 'while',
  'although', 'though', 'until', 'before', 'after', 'since', 'is', 'was', 'are', 'were', 'will', 'would', 'could',
  'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'remains', 'remained', 'seems', 'seemed',
  'next', 'last', 'this', 'soon', 'yet', 'too', 'every', 'each',
]);
// "travel by the motorbike" -> "by motorbike": means of transport after a verb of moving.
const TRANSPORT = new Set([
  'car', 'bus', 'train', 'plane', 'motorbike', 'motorcycle', 'bicycle', 'bike', 'boat', 'ferry', 'taxi', 'tram', 'metro',
  'subway', 'road', 'rail', 'air', 'sea', 'truck', 'lorry', 'coach', 'scooter', 'helicopter', 'underground', 'foot',
  'horse', 'ship', 'airplane', 'aeroplane', 'minibus', 'van', 'canoe', 'donkey', 'camel', 'cart',
]);
const MOVE_VERBS = /^(?:travel|travels|travelled|traveled|travelling|traveling|commute|commutes|commuted|commuting|go|goes|went|going|gone|arrive|arrives|arrived|arriving|move|moves|moved|moving|transport|transports|transported|transporting|ship|ships|shipped|shipping|send|sends|sent|sending|deliver|delivers|delivered|delivering|carried|carry|carries|reach|reached|reaches|flee|flees|fled|fleeing|evacuated|evacuate|return|returned|returns|returning|journey|journeyed|come|came|coming|cross|crossed|leave|left|leaving|get|gets|got|getting|brought|bring|transferred|exported|imported|smuggled|escape|escaped|access|accessible|reachable|people|residents|visitors|tourists|workers|commuters|pupils|children)$/;
// "in the accordance with" -> "in accordance with": the noun and the word that must follow it.
const IN_THE_X_Y: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    accordance: ['with'], compliance: ['with'], conjunction: ['with'], connection: ['with'],
    relation: ['to'], contrast: ['to', 'with'], comparison: ['with', 'to'], addition: ['to'], exchange: ['for'],
    return: ['for'], spite: ['of'], favour: ['of'], favor: ['of'], lieu: ['of'], regard: ['to'], order: ['to'],
    coordination: ['with'], consultation: ['with'], collaboration: ['with'], honour: ['of'], honor: ['of'],
    need: ['of'], danger: ['of'], excess: ['of'], violation: ['of'], breach: ['of'],
  }).map(([k, v]) => [k, new Set(v)]),
);
const OTHER_THE_X_Y: ReadonlyMap<string, { readonly prep: string; readonly next: string }> = new Map(
  Object.entries({
    behalf: { prep: 'on', next: 'of' }, account: { prep: 'on', next: 'of' }, means: { prep: 'by', next: 'of' },
    respect: { prep: 'with', next: 'to' }, purpose: { prep: 'on', next: '' },
  }),
);
const TIME_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds']);
const GIVE_HAVE = new Set([
  'have', 'has', 'had', 'having', 'gave', 'give', 'gives', 'given', 'giving', 'get', 'gets', 'got', 'grant',
  'grants', 'granted', 'allow', 'allows', 'allowed', 'received', 'receive', 'receives',
]);
const SENTENCED = new Set(['sentenced', 'jailed', 'condemned', 'imprisoned']);
const UNIT_NEXT = new Set(['to', 'in', 'for', 'of', '.', ',', ';', 'before', 'after', 'or', 'and', 'from', 'behind', 'at']);
const YEAR_PREPS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'after', 'before', 'during', 'throughout', 'through']);
const YEAR_NEXT = new Set(['.', ',', ';', ':', ')', '!', '?', 'when', 'than', 'compared']);
const SUPERLATIVE = /^(?:most|best|worst|largest|biggest|greatest|highest|lowest|smallest|strongest|oldest|richest|poorest|deadliest|fastest|leading|main|major|key)$/;
const PLURAL_DETS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'them', 'this', 'that', 'all', 'which', 'whom', 'my', 'your']);

function sentenceText(doc: Doc, t: Token): string {
  const s = doc.sentenceOf(t);
  return doc.text.slice(doc.at(s.firstToken)?.start ?? 0, doc.at(s.endToken - 1)?.end ?? doc.text.length);
}

interface Hit {
  readonly end: number;
  readonly fix: string;
  readonly what: string;
}

function cap(doc: Doc, first: Token, s: string): string {
  return doc.isSentenceInitial(first) && /^\p{Lu}/u.test(first.text) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function frame(doc: Doc, the: Token): Hit | undefined {
  const n1 = doc.next(the);
  if (!n1) return undefined;
  const n2 = doc.next(n1);
  const prev = doc.prev(the);
  const p = prev?.norm ?? '';
  const lowerNoun = /^\p{Ll}/u.test(n1.text);
  if (!lowerNoun && n1.kind !== 'number') return undefined;
  const closes = n2 === undefined || CLOSERS.has(n2.norm);
  if (p === 'at' && AT_TIMES.has(n1.norm) && closes) return { end: n1.end, fix: n1.text, what: `“at ${n1.norm}” takes no article` };
  if (p === 'in' && IN_BARE.has(n1.norm) && closes && n2?.norm !== 'is' && n2?.norm !== 'was') return { end: n1.end, fix: n1.text, what: `“in ${n1.norm}” takes no article` };
  if (p === 'by' && TRANSPORT.has(n1.norm) && closes && MOVE_VERBS.test(doc.prev(prev as Token)?.norm ?? '') && n2?.norm !== 'to' && n2?.norm !== 'from' && n2?.norm !== 'in' && n2?.norm !== 'on' && n2?.norm !== 'at') {
    return { end: n1.end, fix: n1.text, what: `“by ${n1.norm}” takes no article` };
  }
  // "in the year 2022" -> "in 2022".
  // Native English keeps "in the year 2000" for a future or landmark year: only a past year
  // other than a round one, in a sentence that does not look ahead.
  // "since the year 1957", "than in the year 2001": a speaker's emphasis on a landmark year.
  const emphatic = p === 'since' || (prev !== undefined && doc.prev(prev)?.norm === 'than');
  if (n1.norm === 'year' && !emphatic && n2 && n2.kind === 'number' && /^(?:19\d[1-9]|20[01][1-9]|202[0-5])$/.test(n2.text) && YEAR_PREPS.has(p) && !/\b(?:will|shall|would|until|by)\b/i.test(sentenceText(doc, the))) {
    const after = doc.next(n2);
    if (after === undefined || YEAR_NEXT.has(after.norm) || ['over', 'for', 'after', 'and', 'the', 'to', 'on', 'in', 'at'].includes(after.norm)) return { end: n2.end, fix: n2.text, what: 'a year takes no article' };
  }
  if (p === 'by' && BY_BARE.has(n1.norm) && closes) return { end: n1.end, fix: n1.text, what: `“by ${n1.norm}” takes no article` };
  if (p === 'at' && AT_BARE.has(n1.norm) && closes) return { end: n1.end, fix: n1.text, what: `“at ${n1.norm}” takes no article` };
  if (p === 'on' && n1.norm === 'time' && closes) return { end: n1.end, fix: n1.text, what: '“on time” takes no article' };
  if (p === 'in' && n2 && IN_THE_X_Y.get(n1.norm)?.has(n2.norm)) {
    return { end: n1.end, fix: n1.text, what: `“in ${n1.norm} ${n2.norm}” takes no article` };
  }
  const other = OTHER_THE_X_Y.get(n1.norm);
  if (other && p === other.prep && (other.next === '' ? closes : n2?.norm === other.next)) {
    return { end: n1.end, fix: n1.text, what: `“${other.prep} ${n1.norm}” takes no article` };
  }
  // "the both sides" -> "both sides" (but "the both of them" is a colloquial English form).
  if (n1.norm === 'both' && n2 && n2.norm !== 'of' && n2.kind === 'word') return { end: n1.end, fix: cap(doc, the, n1.text), what: '“both” takes no article' };
  // "the half of the budget" -> "half of the budget".
  if (n1.norm === 'half' && n2?.norm === 'of' && PLURAL_DETS.has(doc.next(n2)?.norm ?? '')) {
    return { end: n1.end, fix: cap(doc, the, n1.text), what: '“half of” takes no article' };
  }
  // "the one of the biggest" -> "one of the biggest".
  if (n1.norm === 'one' && n2?.norm === 'of') {
    const n3 = doc.next(n2);
    const n4 = n3 && doc.next(n3);
    if (n3?.norm === 'the' && n4 && SUPERLATIVE.test(n4.norm)) {
      return { end: n1.end, fix: cap(doc, the, n1.text), what: '“one of the …” takes no article' };
    }
  }
  // "in the 2019." -> "in 2019.": a bare year takes no article ("the 2019 election" does).
  if (n1.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(n1.text) && YEAR_PREPS.has(p) && (n2 === undefined || YEAR_NEXT.has(n2.norm))) {
    return { end: n1.end, fix: n1.text, what: 'a year takes no article' };
  }
  // "has the 60 days to appeal", "sentenced to the five years" -> no article before a bare count.
  if ((n1.kind === 'number' || NUMBER_WORDS.has(n1.norm)) && n2 && TIME_UNITS.has(n2.norm)) {
    const after = doc.next(n2);
    const verb = GIVE_HAVE.has(p) || (p === 'to' && SENTENCED.has(doc.prev(prev as Token)?.norm ?? ''));
    if (verb && (after === undefined || UNIT_NEXT.has(after.norm))) return { end: n1.end, fix: n1.text, what: 'a period counted out takes no article' };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'the-in-fixed-phrase',
    category: 'article',
    severity: 'warning',
    description: '“the” in a fixed phrase that has none: “at the dawn”, “in the practice”, “the both sides”, “in the 2019”.',
    examples: {
      bad: [
        { text: 'Controls will begin in [[the practice]] next year.', output: 'Controls will begin in practice next year.' },
        { text: 'Most residents travel by [[the motorbike]], and traffic is heavy.', output: 'Most residents travel by motorbike, and traffic is heavy.' },
        { text: 'The aid was sent by [[the sea]] because the roads were closed.', output: 'The aid was sent by sea because the roads were closed.' },
        { text: 'The firm recalled 90,000 cars in [[the year 2022]] over faulty airbags.', output: 'The firm recalled 90,000 cars in 2022 over faulty airbags.' },
        { text: 'Troops crossed the river at [[the dawn]].', output: 'Troops crossed the river at dawn.' },
        { text: 'The rule works well in [[the practice]], officials said.', output: 'The rule works well in practice, officials said.' },
        { text: 'The fans were kept in [[the suspense]] until the final whistle.', output: 'The fans were kept in suspense until the final whistle.' },
        { text: 'The plan was drafted in [[the accordance]] with EU rules.', output: 'The plan was drafted in accordance with EU rules.' },
        { text: 'Troops were deployed in [[the order]] to protect the border.', output: 'Troops were deployed in order to protect the border.' },
        { text: '[[The both]] sides agreed to the truce.', output: 'Both sides agreed to the truce.' },
        { text: 'Officials said [[the half]] of the budget goes to defence.', output: 'Officials said half of the budget goes to defence.' },
        { text: 'The law was passed in [[the 2019]].', output: 'The law was passed in 2019.' },
        { text: 'The defendant has [[the 60]] days to appeal.', output: 'The defendant has 60 days to appeal.' },
        { text: 'He was sentenced to [[the five]] years in prison.', output: 'He was sentenced to five years in prison.' },
        { text: 'He said it was done on [[the purpose]].', output: 'He said it was done on purpose.' },
        { text: 'Millions of jobs are at [[the stake]], the union said.', output: 'Millions of jobs are at stake, the union said.' },
        { text: 'The statement was issued on [[the behalf]] of the victims.', output: 'The statement was issued on behalf of the victims.' },
        { text: 'It is [[the one]] of the biggest banks in Europe.', output: 'It is one of the biggest banks in Europe.' },
      ],
      good: [
        'He was hit by the car that sped away.',
        'The letter was sent by the bus company.',
        'They travelled by the coast road.',
        'She was knocked down by the bus.',
        'In the year 2022 alone we saw more.',
        'Prices will be decimalized in the year 2000.',
        'After the year 2015, there will be no crashes.',
        'We have done more than in any year since the year 1957.',
        'Fewer young people use drugs than in the year 2001.',
        'He put his trust in the general to lead them.',
        'Troops crossed the river at dawn.',
        'The treaty was signed at the dawn of a new era.',
        'He works in the practice of law.',
        'The doctor joined the practice in 2010.',
        'They believed in the theory that prices would fall.',
        'The battle took place in the general area of the port.',
        'Security forces acted in the general interest.',
        'The both of them laughed.',
        'The other half of the budget goes to schools.',
        'The first half of the year was difficult.',
        'The 2019 election changed everything.',
        'He won the 2019 and 2020 titles.',
        'In the 1990s prices doubled.',
        'The 60 days after the vote were tense.',
        'She spent the 10 years in exile writing.',
        'The team made the most of the first half.',
        'The troops are in the line of fire.',
        'The army ran out of supplies in the advance on the capital.',
        'He stood in the line with his children for hours.',
        'He was the one of the two who spoke.',
        'The country is at the least risk of default.',
        'The news came at the midnight deadline.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      const hit = frame(doc, the);
      if (!hit) continue;
      ctx.report({
        start: the.start,
        end: hit.end,
        message: `“${doc.text.slice(the.start, hit.end)}”: ${hit.what}; English says “${hit.fix}”.`,
        suggestions: [hit.fix],
        reason: 'the fixed phrase has no article in English',
        confidence: 0.8,
      });
    }
  },
};
