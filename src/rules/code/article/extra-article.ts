/**
 * “the” where English has none, in the fixed frames translation produces:
 *  - before a possessive day: “the Saturday’s match” (Saturday’s match);
 *  - before another determiner: “the its decision”, “the these claims”;
 *  - in “the most of them” (most of them), but not “make the most of”;
 *  - in market reports: “in the afternoon trade” (in afternoon trade);
 *  - before a generic plural fee component: “with the bonuses” (with bonuses);
 *  - before an adjective and an uncountable economic noun in a general statement: “argued that
 *    the weak consumption and ...” (weak consumption). Only when the phrase is not defined by
 *    what follows (“the weak demand for steel”, “the disinformation spread on social networks”)
 *    and not after a preposition; low confidence.
 * One pass over “the”: each frame is a cheap word test on the next words.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight']);
const DETERMINERS = new Set(['this', 'these', 'those', 'its', 'their', 'our', 'my', 'your', 'his']);
const MOST_OF = new Set(['them', 'us', 'you', 'these', 'those', 'the', 'its', 'their', 'our', 'his', 'her', 'whom', 'which']);
// "make the most of", "asking the most of those who benefited": "the most" is a pronoun.
const MAKE_GET = new Set([
  'make', 'makes', 'made', 'making', 'get', 'gets', 'got', 'getting', 'ask', 'asks', 'asked', 'asking', 'demand',
  'demands', 'demanded', 'demanding', 'expect', 'expects', 'expected', 'expecting', 'require', 'requires', 'required',
  'requiring', 'give', 'gives', 'gave', 'giving', 'gain', 'gained', 'benefit', 'benefited', 'benefitted', 'earn', 'earned',
]);
const TRADE_ADJ = new Set([
  'morning', 'afternoon', 'midday', 'early', 'late', 'overnight', 'opening', 'electronic', 'thin', 'light',
  'after-hours', 'pre-market', 'asian', 'european', 'tokyo', 'london',
]);
const TRADE_NOT_NEXT = new Set([
  'session', 'sessions', 'day', 'days', 'hours', 'of', 'in', 'with', 'between', 'deal', 'deals', 'war',
  'agreement', 'talks', 'policy', 'figures', 'data', 'volume', 'volumes',
]);
const FEE_PARTS = new Set(['bonuses', 'add-ons', 'incentives', 'variables']);
const FEE_NOT_NEXT = new Set([
  'of', 'from', 'for', 'in', 'on', 'he', 'she', 'they', 'it', 'that', 'which', 'who', 'paid', 'agreed',
  'promised', 'included', 'offered', 'due', 'set', 'linked', 'tied', 'already', 'the', 'his', 'her', 'their',
]);
const MASS_ADJ = new Set([
  'weak', 'weaker', 'sluggish', 'slow', 'slowing', 'strong', 'stronger', 'robust', 'solid', 'soft', 'softer',
  'rising', 'falling', 'persistent', 'stubborn', 'subdued', 'tepid', 'anaemic', 'anemic', 'lacklustre',
  'lackluster', 'feeble', 'fragile', 'brisk', 'buoyant',
]);
const MASS_NOUN = new Set(['consumption', 'demand', 'inflation', 'unemployment', 'investment', 'spending', 'productivity']);
// What may follow a generic "weak consumption": a conjunction, punctuation or a verb.
const MASS_NEXT = new Set([
  'and', 'or', ',', 'is', 'was', 'has', 'had', 'have', 'remains', 'remained', 'will', 'would', 'could', 'may',
  'might', 'justified', 'justify', 'weighed', 'weigh', 'weighs', 'hurt', 'hurts', 'hit', 'hits', 'pushed',
  'push', 'drove', 'drive', 'dragged', 'continues', 'continued', 'explain', 'explains', 'explained', 'are', 'were',
]);
const MASS_NOT_PREV = new Set([
  'of', 'by', 'to', 'despite', 'amid', 'with', 'on', 'about', 'from', 'against', 'for', 'over', 'than', 'at',
  'in', 'under', 'all', 'only', 'what', "that's", 'because',
]);

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly fix: string;
  readonly message: string;
  readonly confidence: number;
  readonly severity?: 'info';
}

function capitalizeLike(first: Token, s: string, doc: Doc): string {
  return doc.isSentenceInitial(first) && /^\p{Lu}/u.test(first.text) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function frame(doc: Doc, the: Token): Hit | undefined {
  const n1 = doc.next(the);
  if (!n1) return undefined;
  const n2 = doc.next(n1);
  const prev = doc.prev(the);
  if (DAYS.has(n1.norm) && n2?.norm === "'s") {
    const fix = capitalizeLike(the, doc.text.slice(n1.start, n2.end), doc);
    return { start: the.start, end: n2.end, fix, confidence: 0.85, message: `“${doc.text.slice(the.start, n2.end)}”: a possessive day takes no article; English says “${fix}”.` };
  }
  if (DETERMINERS.has(n1.norm) && n2 && !['and', 'or', '&'].includes(n2.norm)) {
    const fix = capitalizeLike(the, n1.text, doc);
    return { start: the.start, end: n1.end, fix, confidence: 0.85, message: `“${doc.text.slice(the.start, n1.end)}”: two determiners; English keeps only “${n1.text}”.` };
  }
  if (n1.norm === 'most' && n2?.norm === 'of' && MOST_OF.has(doc.next(n2)?.norm ?? '') && !(prev && MAKE_GET.has(prev.norm))) {
    const fix = capitalizeLike(the, 'most', doc);
    return { start: the.start, end: n1.end, fix, confidence: 0.8, message: `“${doc.text.slice(the.start, n1.end)} of”: English says “most of”, with no article.` };
  }
  if (prev?.norm === 'in' && TRADE_ADJ.has(n1.norm) && n2 && (n2.norm === 'trade' || n2.norm === 'trading')) {
    const after = doc.next(n2);
    if (after && TRADE_NOT_NEXT.has(after.norm)) return undefined;
    const fix = doc.text.slice(n1.start, n2.end);
    return { start: the.start, end: n2.end, fix, confidence: 0.8, message: `“in ${doc.text.slice(the.start, n2.end)}”: market reports say “in ${fix}”, with no article.` };
  }
  if (prev && (prev.norm === 'with' || prev.norm === 'including' || prev.norm === 'plus') && FEE_PARTS.has(n1.norm)) {
    if (n2 && FEE_NOT_NEXT.has(n2.norm)) return undefined;
    return { start: prev.start, end: n1.end, fix: `${prev.text} ${n1.text}`, confidence: 0.5, severity: 'info', message: `“${doc.text.slice(prev.start, n1.end)}”: a fee “${prev.norm} ${n1.norm}” needs no article unless the ${n1.norm} are named.` };
  }
  if (MASS_ADJ.has(n1.norm) && n2 && MASS_NOUN.has(n2.norm)) {
    const after = doc.next(n2);
    if (!after || !MASS_NEXT.has(after.norm) || (prev && MASS_NOT_PREV.has(prev.norm))) return undefined;
    const fix = capitalizeLike(the, doc.text.slice(n1.start, n2.end), doc);
    return { start: the.start, end: n2.end, fix, confidence: 0.55, severity: 'info', message: `“${doc.text.slice(the.start, n2.end)}”: a general statement about ${n1.norm} ${n2.norm} needs no article.` };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'extra-article',
    category: 'article',
    severity: 'warning',
    description: '“the” where English has none: “the Saturday’s match”, “the most of them”, “in the afternoon trade”.',
    examples: {
      bad: [
        { text: 'Newcastle will present him before [[the Saturday’s]] opener.', output: 'Newcastle will present him before Saturday’s opener.' },
        { text: 'Markets reacted to [[the yesterday’s]] decision.', output: 'Markets reacted to yesterday’s decision.' },
        { text: 'The minister defended [[the its]] decision.', output: 'The minister defended its decision.' },
        { text: 'He rejected [[the these]] claims as false.', output: 'He rejected these claims as false.' },
        { text: 'Analysts expect a hike, and [[the most]] of them expect it in July.', output: 'Analysts expect a hike, and most of them expect it in July.' },
        { text: '[[The most]] of the victims were children.', output: 'Most of the victims were children.' },
        { text: 'The yen rose 1.1 percent in [[the afternoon trade]].', output: 'The yen rose 1.1 percent in afternoon trade.' },
        { text: 'Shares fell in [[the early trading]] on Monday.', output: 'Shares fell in early trading on Monday.' },
        { text: 'The fee could rise to 75 million euros [[with the bonuses]], a club record.', output: 'The fee could rise to 75 million euros with bonuses, a club record.' },
        { text: 'The two members argued that [[the weak consumption]] and fresh trade frictions justified waiting.', output: 'The two members argued that weak consumption and fresh trade frictions justified waiting.' },
        { text: 'Economists said [[the sluggish demand]] weighed on prices.', output: 'Economists said sluggish demand weighed on prices.' },
      ],
      good: [
        'Newcastle will present him before Saturday’s opener.',
        'Thursday’s penalty is the first such fine.',
        'The Sunday Times reported the story.',
        'The his and hers towels were sold out.',
        'Most of them expect a hike in July.',
        'The team made the most of its chances.',
        'We cut spending first, then asked the most of those who benefited the most.',
        'She scored the most of any player this season.',
        'The yen rose 1.1 percent in afternoon trade.',
        'Shares fell in the early trading session.',
        'Growth in the European trade of goods slowed.',
        'The fee could rise with the bonuses agreed last year.',
        'Prices fell because of the weak demand.',
        'The weak demand for steel in China hurt exporters.',
        'The strong growth seen last year will not last.',
        'She blamed the disinformation spread on social networks for the drop.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      const hit = frame(doc, the);
      if (!hit) continue;
      ctx.report({
        start: hit.start,
        end: hit.end,
        message: hit.message,
        suggestions: [hit.fix],
        reason: 'English uses no article here',
        confidence: hit.confidence,
        ...(hit.severity ? { severity: hit.severity } : {}),
      });
    }
  },
};
