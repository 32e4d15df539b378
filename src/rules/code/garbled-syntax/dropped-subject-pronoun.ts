/**
 * A that-clause that lost its subject pronoun: “the minister said that will resign”, “the
 * company announced that would appeal”. Pro-drop languages (Spanish, Italian, Portuguese,
 * Romanian, Slavic, Chinese) leave the subject out when it is the same as the main clause's.
 * Since “that” can itself be the subject (“he said that would be a mistake”), only verbs that
 * need a person or an organisation as subject are checked (resign, attend, vote, appeal...).
 * The pronoun is taken from the subject of the reporting verb when it is a pronoun, an
 * organisation noun (“it”) or a plural (“they”); otherwise no rewrite is offered. Without
 * “that” (“Vlček denied the charges and said will appeal”) the reporting verb must follow
 * “and”/“but” or a pronoun that opens the sentence: “the plan he said would cut costs” is a
 * relative clause with a gap.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const REPORTING = new Set([
  'said', 'says', 'announced', 'announces', 'added', 'stated', 'warned', 'warns', 'insisted', 'confirmed',
  'explained', 'noted', 'promised', 'pledged', 'declared', 'indicated', 'argued', 'claimed', 'vowed',
  'threatened', 'revealed', 'admitted', 'stressed', 'hinted', 'signalled', 'signaled', 'reiterated',
]);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', "won't", "wouldn't", 'cannot']);
const AGENT_VERBS = new Set([
  'resign', 'attend', 'travel', 'visit', 'meet', 'vote', 'sign', 'quit', 'retire', 'testify', 'apologize',
  'apologise', 'negotiate', 'compete', 'campaign', 'cooperate', 'propose', 'insist', 'demand', 'ask', 'request',
  'respond', 'reply', 'announce', 'decide', 'consider', 'try', 'refuse', 'agree', 'promise', 'pledge', 'intend',
  'accept', 'reject', 'sue', 'appeal', 'abstain', 'boycott', 'withdraw', 'seek', 'hire', 'appoint', 'nominate',
  'study', 'examine', 'discuss', 'continue', 'step', 'run', 'stand', 'invest', 'present', 'submit', 'hold', 'buy',
  'sell', 'close', 'open', 'cut', 'raise', 'lower', 'reduce', 'increase',
]);
// "that will continue", "that would cut costs": verbs a thing can do too, checked only with "not".
const THING_TOO = new Set(['continue', 'run', 'stand', 'hold', 'cut', 'raise', 'lower', 'reduce', 'increase', 'close', 'open', 'present', 'buy', 'sell', 'step', 'invest']);
const ORGANISATIONS = new Set([
  'company', 'firm', 'group', 'bank', 'government', 'ministry', 'party', 'club', 'team', 'agency', 'court',
  'commission', 'council', 'union', 'parliament', 'army', 'police', 'regulator', 'airline', 'carmaker',
  'board', 'committee', 'organisation', 'organization', 'authority', 'state', 'country', 'embassy', 'office',
]);

/**
 * The verb only a person or a body does, right after a modal (past a "not"): "would appeal",
 * "will not resign", "would step down". Undefined for anything else.
 */
function agentVerbAfter(doc: Doc, modal: Token): Token | undefined {
  let v = doc.next(modal);
  let negated = false;
  if (v?.norm === 'not') {
    negated = true;
    v = doc.next(v);
  }
  if (!v || !AGENT_VERBS.has(v.norm)) return undefined;
  if (THING_TOO.has(v.norm) && !negated) return undefined;
  // "that would step down": "step" only with "down"/"aside".
  if (v.norm === 'step' && !['down', 'aside'].includes(doc.next(v)?.norm ?? '')) return undefined;
  if (doc.pos(v) !== 'VERB' && doc.pos(v) !== 'NOUN') return undefined;
  return v;
}

export const rule: Rule = {
  meta: {
    id: 'dropped-subject-pronoun',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A reported clause without its subject: “the company said that will appeal” for “said that it will appeal”, “and said will appeal”.',
    examples: {
      bad: [
        { text: 'The company said [[that will]] appeal the ruling.', output: 'The company said that it will appeal the ruling.' },
        { text: 'He announced [[that would]] resign in March.', output: 'He announced that he would resign in March.' },
        { text: 'The unions warned [[that will]] boycott the talks.', output: 'The unions warned that they will boycott the talks.' },
        { text: 'The minister said [[that will]] attend the summit.' },
        { text: 'Vlček denies all charges and said [[will appeal]] to the Upper Court.' },
        { text: 'He said [[would resign]] in March.', output: 'He said he would resign in March.' },
      ],
      good: [
        'The company said that it will appeal the ruling.',
        'He said that would be a mistake.',
        'She said that will help the economy.',
        'The minister said that would continue for years.',
        'He said that could cut costs.',
        'They said that will run until May.',
        'The man she said would resign stayed on.',
        'It was the plan he said would cut costs.',
        'What she said will happen did happen.',
        'The deal, which he said would sign, failed.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const that of doc.tokensWith(['that'])) {
      if (that.norm !== 'that') continue;
      const rep = doc.prev(that);
      if (!rep || !REPORTING.has(rep.norm)) continue;
      const modal = doc.next(that);
      if (!modal || !MODALS.has(modal.norm)) continue;
      const v = agentVerbAfter(doc, modal);
      if (!v) continue;
      const pronoun = subjectPronoun(rep);
      ctx.report({
        start: that.start,
        end: modal.end,
        message: `“${doc.text.slice(that.start, v.end)}”: the clause has no subject; English repeats it as a pronoun (“that ${pronoun ?? 'he/she/it/they'} ${modal.text}”).`,
        suggestions: pronoun ? [`${that.text} ${pronoun} ${modal.text}`] : [],
        reason: 'an English finite clause needs its subject',
        confidence: 0.6,
      });
    }

    // Without "that": "Vlček denies all charges and said will appeal". A modal right after a
    // reporting verb is English only in a relative clause with a gap ("the plan he said would cut
    // costs", "what she said will happen"), so the reporting verb must follow "and"/"but" (its
    // subject is the sentence's) or a pronoun that opens the sentence.
    for (const rep of doc.tokensWith(REPORTING)) {
      if (!REPORTING.has(rep.norm)) continue;
      const modal = doc.next(rep);
      if (!modal || !MODALS.has(modal.norm) || !/^\p{Ll}/u.test(modal.text)) continue;
      const before = doc.prev(rep);
      if (!before) continue;
      const coordinated = before.norm === 'and' || before.norm === 'but';
      const pronounFirst = ['he', 'she', 'they', 'we', 'i'].includes(before.norm) && doc.isSentenceInitial(before);
      if (!coordinated && !pronounFirst) continue;
      const v = agentVerbAfter(doc, modal);
      if (!v) continue;
      const pronoun = pronounFirst ? (before.norm === 'i' ? 'I' : before.norm) : undefined;
      ctx.report({
        start: modal.start,
        end: v.end,
        message: `“${doc.text.slice(rep.start, v.end)}”: the reported clause has no subject; English needs one (“${rep.text} ${pronoun ?? 'he/she/it/they'} ${modal.text} ${v.text}”).`,
        suggestions: pronoun ? [`${pronoun} ${modal.text} ${v.text}`] : [],
        reason: 'an English finite clause needs its subject',
        confidence: 0.6,
      });
    }

    /** The pronoun for the subject of the reporting verb, when it can be told. */
    function subjectPronoun(rep: Token): string | undefined {
      const s = doc.prev(rep);
      if (!s) return undefined;
      if (['he', 'she', 'it', 'they', 'we', 'i'].includes(s.norm)) return s.norm === 'i' ? 'I' : s.norm;
      if (doc.pos(s) !== 'NOUN' && doc.pos(s) !== 'PROPN') return undefined;
      if (ORGANISATIONS.has(s.norm)) return 'it';
      if (/[^s]s$/.test(s.norm) && doc.pos(s) === 'NOUN') return 'they';
      return undefined;
    }
  },
};
