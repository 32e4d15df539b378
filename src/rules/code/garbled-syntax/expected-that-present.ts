/**
 * An impersonal passive of forecasting with a bare present verb after "that": "It is expected
 * that prices continue rising", "It is forecast that the measure affects exports", "It was
 * predicted that the economy grows by 3 percent". Romance subjunctives ("Se espera que los
 * precios sigan subiendo", "Si prevede che la misura colpisca") and German "Es wird erwartet,
 * dass ..." come out as a present tense; English forecasts with "will" or, in news, with the
 * personal passive and an infinitive: "Prices are expected to keep rising". Only verbs of
 * change and effect are checked, so a requirement ("It is expected that applicants have a
 * degree") stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';

const FORECAST = new Set(['expected', 'forecast', 'forecasted', 'predicted', 'projected', 'anticipated', 'foreseen']);
const CHANGE = [
  'continue', 'rise', 'fall', 'increase', 'decrease', 'grow', 'reach', 'affect', 'improve', 'decline', 'drop',
  'exceed', 'hit', 'return', 'become', 'lead', 'boost', 'slow', 'accelerate', 'recover', 'double', 'triple',
  'surpass', 'top', 'climb', 'soar', 'plunge', 'weaken', 'strengthen', 'ease', 'widen', 'narrow', 'shrink',
  'contract', 'expand', 'create', 'generate', 'bring', 'cause', 'attract', 'benefit', 'help', 'hurt', 'push',
  'drive', 'raise', 'lower', 'reduce', 'cut', 'open', 'start', 'begin', 'arrive', 'come', 'enter', 'stabilize',
  'stabilise', 'rebound', 'slump', 'tumble', 'jump', 'surge', 'dip', 'slide', 'worsen', 'deteriorate', 'remain',
  'stay', 'keep', 'pass', 'win', 'lose', 'take', 'cost', 'last', 'peak', 'trigger', 'spark', 'fuel', 'damage',
  'harm', 'hamper', 'impact', 'influence', 'change', 'shift', 'go', 'add', 'save', 'produce', 'resume', 'end',
  'finish', 'close', 'conclude', 'collapse', 'fail', 'succeed', 'sign', 'approve', 'adopt', 'meet', 'launch',
  'announce', 'publish', 'deliver', 'complete', 'reopen', 'restart', 'halt', 'stop', 'resign', 'visit', 'attend',
  'overtake', 'outpace', 'lag', 'rally', 'settle', 'hold', 'vote', 'rule', 'decide', 'agree', 'approve', 'hike',
  'lift', 'ban', 'replace', 'return', 'fall', 'sink', 'stall', 'shrink', 'swell', 'spread', 'escalate', 'subside',
];
const VERB_OF: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const l of CHANGE) {
    m.set(l, l);
    m.set(verbForm(l, 's'), l);
  }
  return m;
})();
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

export const rule: Rule = {
  meta: {
    id: 'expected-that-present',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An impersonal “It is expected that” with a bare present verb (“It is expected that prices continue rising”).',
    examples: {
      bad: [
        { text: '[[It is expected that the new tariff affects]] car exports.', output: 'The new tariff is expected to affect car exports.' },
        { text: '[[It is forecast that unemployment rises]] to 9 percent next year.', output: 'Unemployment is forecast to rise to 9 percent next year.' },
        { text: '[[It is predicted that oil prices fall]] further in the spring.', output: 'Oil prices are predicted to fall further in the spring.' },
        { text: '[[It was expected that the storm reaches]] the coast on Friday.', output: 'The storm was expected to reach the coast on Friday.' },
      ],
      good: [
        'It is expected that prices will keep rising.',
        'Prices are expected to keep rising.',
        'It is expected that applicants have a degree.',
        'It is estimated that 40 percent of people live in poverty.',
        'It was expected that the storm would reach the coast.',
        'It is expected that the economy grew by 2 percent last year.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const that of doc.tokensWith(['that'])) {
      const part = doc.prev(that);
      const be = part && doc.prev(part);
      const it = be && doc.prev(be);
      if (!part || !be || !it || !FORECAST.has(part.norm) || it.norm !== 'it') continue;
      if (be.norm !== 'is' && be.norm !== 'was' && be.norm !== "'s") continue;
      // The subject: a short noun phrase, then the verb.
      let t: Token | undefined = doc.next(that);
      const np0 = t;
      let head: Token | undefined;
      for (let k = 0; t && k < 5 && t.kind !== 'punct' && !VERB_OF.has(t.norm) && NP_TAGS.has(doc.pos(t)); k++, t = doc.next(t)) head = t;
      if (!t || !head || !np0) continue;
      const lemma = VERB_OF.get(t.norm);
      if (!lemma) continue;
      const singular = t.norm !== lemma;
      // A plural subject with the base form, a singular one with -s: a present tense.
      if (!singular && /[^s]s$/.test(head.norm) === false && doc.pos(head) !== 'NUM' && head.norm !== 'people') continue;
      const past = be.norm === 'was';
      const aux = past ? (singular ? 'was' : 'were') : singular ? 'is' : 'are';
      const np = doc.text.slice(np0.start, head.end);
      const cap = /^\p{Lu}/u.test(it.text);
      const fix = `${cap ? np.charAt(0).toUpperCase() : np.charAt(0)}${np.slice(1)} ${aux} ${part.text} to ${lemma}`;
      const start = it.start;
      ctx.report({
        start,
        end: t.end,
        message: `“${doc.text.slice(start, t.end)}”: English forecasts with “will” or a personal passive: “${fix}”.`,
        suggestions: [fix],
        reason: 'an impersonal “it is expected that” takes “will”; the bare present is the source language’s subjunctive',
        confidence: 0.6,
      });
    }
  },
};
