/**
 * "must comply until the end of the month", "if the company will not pay until Friday": a
 * deadline given with "until", carried over from “до/bis/jusqu'à/până la”. In English a deadline
 * for a one-off act takes "by" ("comply by the end of the month"); "until" marks how long a
 * state lasts. Fires only for one-off verbs (comply, submit, repay, ...) under an obligation
 * (must, has to, required) or in a condition with a negation ("if ... will not comply until").
 * "must stay until", "did not pay until Friday" and "will remain in force until" stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const VERBS = new Set([
  'comply', 'complies', 'submit', 'submits', 'repay', 'repays', 'complete', 'completes', 'finish', 'finishes', 'respond',
  'responds', 'reply', 'replies', 'decide', 'decides', 'file', 'files', 'register', 'registers', 'vacate', 'vacates',
  'apply', 'applies', 'sign', 'signs', 'ratify', 'ratifies', 'adopt', 'adopts', 'present', 'presents', 'settle', 'settles',
  'hand', 'hands', 'remove', 'removes', 'withdraw', 'withdraws', 'deliver', 'delivers', 'announce', 'announces', 'appoint',
  'appoints', 'elect', 'elects', 'fix', 'fixes', 'resolve', 'resolves', 'transfer', 'transfers', 'publish', 'publishes',
]);
// "pay" is one-off only with a sum as its object ("pay the fine until Friday"); "pay rent until
// the end of the lease" is a duration.
const PAY = new Set(['pay', 'pays', 'repay']);
// "The results will be announced until Friday": a one-off act in the passive future.
const PARTICIPLES = new Set([
  'announced', 'published', 'completed', 'finished', 'submitted', 'decided', 'signed', 'delivered', 'paid', 'presented',
  'adopted', 'approved', 'known', 'released', 'ratified', 'appointed', 'elected', 'chosen', 'named', 'filed', 'sent',
  'repaid', 'settled', 'resolved', 'transferred', 'ready', 'finalised', 'finalized', 'unveiled', 'issued', 'made', 'taken',
]);
const FUTURE = new Set(['will', 'would', 'must', 'should', 'shall', "'ll"]);

/** "will be announced until": future or obligation + "be" + a one-off participle right before "until". */
function passiveOneOff(doc: Doc, until: Token): boolean {
  const part = doc.prev(until);
  const be = doc.prev(until, 2);
  const aux = doc.prev(until, 3);
  return part !== undefined && PARTICIPLES.has(part.norm) && be?.norm === 'be' && aux !== undefined && FUTURE.has(aux.norm);
}
const SUMS = new Set(['fine', 'fines', 'penalty', 'penalties', 'debt', 'debts', 'compensation', 'damages', 'amount', 'sum', 'arrears', 'ransom', 'bill', 'tax', 'taxes', 'invoice', 'bail']);

function paysASum(doc: Doc, verb: Token, until: Token): boolean {
  for (let i = verb.index + 1; i < until.index; i++) if (SUMS.has((doc.at(i) as Token).norm)) return true;
  return false;
}

const OBLIGATION = new Set(['must', 'should', 'required', 'obliged', 'obligated', 'ordered', 'deadline', 'expected', 'asked', 'told', 'given', 'needs', 'need']);
const CONDITION = new Set(['if', 'unless']);
const NEGATION = new Set(['not', "n't", 'never', "won't", "doesn't", "don't", "didn't", 'cannot', "can't", "wouldn't"]);
const DEADLINE_START = new Set([
  'the', 'next', 'this', 'midnight', 'noon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'tomorrow', 'year-end', 'mid-march', 'mid-june', 'early', 'late', 'end',
]);
const CLAUSE_START = new Set([',', ';', ':', '.', 'and', 'but', 'or', 'which', 'who', 'when', 'because', 'while']);

/** Obligation or condition words in the clause before the verb, and whether a negation stands there. */
function clauseBefore(doc: Doc, verb: Token): { obligation: boolean; condition: boolean; negated: boolean } {
  let obligation = false;
  let condition = false;
  let negated = false;
  for (let k = 1; k <= 10; k++) {
    const t = doc.prev(verb, k);
    if (!t || CLAUSE_START.has(t.norm)) break;
    if (OBLIGATION.has(t.norm)) obligation = true;
    if ((t.norm === 'has' || t.norm === 'have' || t.norm === 'had') && doc.next(t)?.norm === 'to') obligation = true;
    if (CONDITION.has(t.norm)) condition = true;
    if (NEGATION.has(t.norm)) negated = true;
  }
  return { obligation, condition, negated };
}

export const rule: Rule = {
  meta: {
    id: 'until-deadline',
    category: 'preposition',
    severity: 'warning',
    description: 'A deadline for a one-off act given with “until” (“must comply until Friday”): English says “by”.',
    examples: {
      bad: [
        { text: 'The bank must repay the loan [[until]] the end of the year.', output: 'The bank must repay the loan by the end of the year.' },
        { text: 'The regulator said it would act if the firm will not comply [[until]] Friday.', output: 'The regulator said it would act if the firm will not comply by Friday.' },
        { text: 'Parties have to submit their lists [[until]] 15 March.', output: 'Parties have to submit their lists by 15 March.' },
        { text: 'The club must pay the fine [[until]] the end of the month.', output: 'The club must pay the fine by the end of the month.' },
        { text: 'The winners will be announced [[until]] the end of the week.', output: 'The winners will be announced by the end of the week.' },
      ],
      good: [
        'The bank must repay the loan by the end of the year.',
        'The ban will remain in force until the end of the year.',
        'Troops must stay until the end of the mission.',
        'The firm did not comply until Friday.',
        'He must not leave until the trial ends.',
        'The company will not comply until the court rules.',
        'Talks continued until midnight.',
        'Tenants must pay rent until the end of the lease.',
        'The results will be kept secret until Friday.',
        'The names were not announced until Friday.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['until', 'till'])) {
      if (t.norm !== 'until' && t.norm !== 'till') continue;
      const next = doc.next(t);
      if (!next || !(DEADLINE_START.has(next.norm) || next.kind === 'number')) continue;
      // The one-off verb up to four words before (its object may stand between).
      if (passiveOneOff(doc, t)) {
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${(doc.prev(t) as Token).text} ${t.text} ${next.text}…” sets a deadline with “${t.norm}”; for a deadline English says “by”.`,
          suggestions: ['by'],
          reason: '“until” marks how long something lasts; a deadline for a one-off act takes “by”',
          confidence: 0.8,
        });
        continue;
      }
      let verb: Token | undefined;
      for (let k = 1; k <= 5; k++) {
        const v = doc.prev(t, k);
        if (!v || CLAUSE_START.has(v.norm)) break;
        if (VERBS.has(v.norm) || (PAY.has(v.norm) && paysASum(doc, v, t))) {
          verb = v;
          break;
        }
      }
      if (!verb) continue;
      const c = clauseBefore(doc, verb);
      const fires = (c.obligation && !c.negated) || (c.condition && c.negated);
      if (!fires) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${verb.text} … ${t.text} ${next.text}…” sets a deadline with “${t.norm}”; for a deadline English says “by”.`,
        suggestions: ['by'],
        reason: '“until” marks how long something lasts; a deadline for a one-off act takes “by”',
        confidence: 0.8,
      });
    }
  },
};
