/**
 * Negotiations are “talks” and “negotiations” in English, in the plural: “sit for the initial
 * talk”, “we want this talk”, “the negotiation with Newcastle took three weeks”. Languages that
 * say “the conversation” or “the negotiation” in the singular pass it on.
 *
 * Singular “talk” is English for a lecture (“give a talk”, “in this talk I will show”), a
 * conversation (“have a talk with”) and rumour (“talk of war”), so “talk” is only flagged in a
 * document about negotiations (negotiators, delegations, diplomats, ministers...), after a
 * negotiation verb or adjective (“hold the talk”, “the bilateral talk”), never after a/an, and
 * never in a sentence about a lecture. “negotiation” is flagged when a party follows it (“the
 * negotiation with X”) or after a negotiation adjective (“peace negotiation”), not in
 * compounds (“negotiation table”) or for the process (“the negotiation of the contract”).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { matchCase } from './lib/english.js';

const DIPLOMATIC_CUES = [
  /\bnegotiat/i, /\bdelegations?\b/i, /\bdiplomat/i, /\benvoys?\b/i, /\bceasefire\b/i, /\btreat(?:y|ies)\b/i,
  /\bsummit\b/i, /\bforeign ministers?\b/i, /\bKremlin\b/, /\bNATO\b/, /\bsanctions\b/i, /\bpeace\b/i,
  /\bunions?\b/i, /\btruce\b/i, /\bmediat/i, /\bministry\b/i,
];
const LECTURE_CUES = new Set([
  'lecture', 'lectures', 'audience', 'speaker', 'speakers', 'slide', 'slides', 'ted', 'seminar', 'keynote',
  'presentation', 'students', 'give', 'gave', 'giving', 'given', 'deliver', 'delivered', 'delivering',
  'podcast', 'radio', 'listeners', 'lecturer', 'professor', 'classroom',
]);
const TALK_ADJECTIVES = new Set([
  'initial', 'first', 'fresh', 'direct', 'indirect', 'bilateral', 'trilateral', 'multilateral', 'formal',
  'preliminary', 'exploratory', 'substantive', 'high-level', 'peace', 'trade', 'ceasefire', 'nuclear',
  'security', 'future', 'upcoming', 'planned', 'proposed', 'stalled', 'separate', 'ongoing', 'round', 'coalition',
  'border', 'tripartite', 'four-way', 'three-way', 'two-day', 'three-day', 'face-to-face', 'closed-door',
  ...['previous', 'earlier', 'recent', 'latest', 'failed', 'renewed', 'marathon', 'lengthy', 'secret', 'high-stakes',
    'crucial', 'last-ditch', 'inconclusive', 'fruitless', 'informal', 'intensive', 'protracted', 'collapsed'],
]);
// Adjectives a one-to-one conversation takes too ("his latest talk with Putin"): only after
// "the" or at the start of the sentence, and not before "with".
const CONVERSATION_ADJECTIVES = new Set([
  'previous', 'earlier', 'recent', 'latest', 'renewed', 'marathon', 'lengthy', 'secret', 'high-stakes', 'crucial',
  'last-ditch', 'inconclusive', 'fruitless', 'informal', 'intensive', 'protracted',
]);
// A verb after "the talk" that only negotiations take: "the talk collapsed".
const TALK_AFTER = new Set([
  'collapsed', 'stalled', 'broke', 'failed', 'faltered', 'foundered', 'resumed', 'yielded', 'deadlocked',
  'stalls', 'collapses', 'resumes', 'fails',
]);
const NEGOTIATION_ADJECTIVES = new Set([
  'peace', 'ceasefire', 'nuclear', 'bilateral', 'trilateral', 'multilateral', 'tripartite', 'preliminary',
  'formal', 'direct', 'indirect', 'lengthy', 'protracted', 'intense', 'difficult', 'tough', 'ongoing', 'stalled',
]);
const TALK_VERBS = new Set([
  'hold', 'held', 'holding', 'holds', 'resume', 'resumed', 'resuming', 'resumes', 'begin', 'began', 'begun',
  'start', 'started', 'host', 'hosted', 'hosting', 'broker', 'brokered', 'attend', 'attended', 'join',
  'joined', 'boycott', 'boycotted', 'postpone', 'postponed', 'suspend', 'suspended', 'conclude',
  'concluded', 'sit', 'sat', 'sitting', 'launch', 'launched', 'open', 'opened',
]);
const NOT_NEGOTIATION_NEXT = new Set(['show', 'shows', 'radio', 'of', 'about', 'on', 'given', 'titled', 'entitled', 'page']);

function sentenceHas(doc: Doc, t: Token, words: ReadonlySet<string>): boolean {
  const s = doc.sentenceOf(t);
  for (let i = s.firstToken; i < s.endToken; i++) if (words.has((doc.at(i) as Token).norm)) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'talks-singular',
    category: 'number-agreement',
    severity: 'warning',
    description: 'Negotiations in the singular: “the initial talk”, “this talk”, “the negotiation with”.',
    examples: {
      bad: [
        { text: 'Russian and US negotiators will sit for the initial [[talk]] next year.', output: 'Russian and US negotiators will sit for the initial talks next year.' },
        { text: 'The envoy said: “We want [[this talk]] to succeed.”', output: 'The envoy said: “We want these talks to succeed.”' },
        { text: 'The delegations will resume the [[talk]] in Geneva on Monday.', output: 'The delegations will resume the talks in Geneva on Monday.' },
        { text: 'Two clubs were interested, but the [[negotiation]] with Newcastle took three weeks.', output: 'Two clubs were interested, but the negotiations with Newcastle took three weeks.' },
        { text: 'The minister said the peace [[negotiation]] would continue.', output: 'The minister said the peace negotiations would continue.' },
        { text: 'Diplomats said the bilateral [[talk]] had been postponed.', output: 'Diplomats said the bilateral talks had been postponed.' },
        { text: 'The envoys met in Doha. Previous [[talk]] there collapsed in 2019, diplomats said.', output: 'The envoys met in Doha. Previous talks there collapsed in 2019, diplomats said.' },
        { text: 'Negotiators said the [[talk]] stalled over prisoner swaps.', output: 'Negotiators said the talks stalled over prisoner swaps.' },
      ],
      good: [
        'Russian and US negotiators will sit for the initial talks next year.',
        'Marin is due to give a talk to family doctors in Cluj on Thursday.',
        'In this talk, I want to show you how light travels.',
        'The minister had a long talk with his counterpart about the negotiations.',
        'There is talk of a deal, diplomats said.',
        'The negotiation of the contract took weeks.',
        'They returned to the negotiation table on Friday.',
        'Negotiation is an art.',
        'The talk show host interviewed the diplomat.',
        'The diplomat gave the first talk at the conference.',
        'After the first talk of the summit, the delegates ate lunch.',
        'At the summit, his previous talk was praised by the audience.',
        'Diplomats said his latest talk with Putin went well.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    let diplomatic: boolean | undefined;
    for (const t of doc.tokensWith(['talk', 'negotiation'])) {
      if (t.norm !== 'talk' && t.norm !== 'negotiation') continue;
      const prev = doc.prev(t);
      const next = doc.next(t);
      if (!prev || (next && NOT_NEGOTIATION_NEXT.has(next.norm))) continue;
      // The tags are asked last, before a report: they cost tagging the sentence, and the word
      // tests rule out most tokens.
      const nounNext = (): boolean => !!next && next.kind === 'word' && doc.pos(next) === 'NOUN'; // "talk show", "negotiation table"
      if (t.norm === 'negotiation') {
        const party = prev.norm === 'the' && next !== undefined && ['with', 'between', 'over'].includes(next.norm);
        if (!party && !NEGOTIATION_ADJECTIVES.has(prev.norm)) continue;
        if (doc.prev(prev)?.norm === 'a' || doc.prev(prev)?.norm === 'an') continue;
        if (nounNext()) continue;
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${t.text}”: talks between parties are “negotiations” in English, in the plural.`,
          suggestions: [matchCase(t.text, 'negotiations')],
          reason: 'a round of bargaining is “negotiations” or “talks”',
          confidence: 0.7,
        });
        continue;
      }
      // "talk" a noun or verb, not before a noun.
      const tagsFit = (): boolean => !nounNext() && (doc.pos(t) === 'NOUN' || doc.pos(t) === 'VERB');
      const report = (from: Token): void => ctx.report({
        start: t.start,
        end: t.end,
        message: `“${doc.text.slice(from.start, t.end)}”: negotiations are “talks” in English, in the plural.`,
        suggestions: [matchCase(t.text, 'talks')],
        reason: 'diplomatic negotiations are “talks”, plural',
        confidence: 0.7,
      });
      diplomatic ??= DIPLOMATIC_CUES.some((re) => re.test(doc.text));
      if (!diplomatic || sentenceHas(doc, t, LECTURE_CUES)) continue;
      const demonstrative = prev.norm === 'this' || prev.norm === 'that';
      if (demonstrative) {
        const before = doc.prev(prev);
        if (before && ['in', 'at', 'during', 'of', 'after', 'before', 'for', 'from', 'about'].includes(before.norm)) continue;
        if (!tagsFit()) continue;
        const fix = `${matchCase(prev.text, prev.norm === 'this' ? 'these' : 'those')} talks`;
        ctx.report({
          start: prev.start,
          end: t.end,
          message: `“${doc.text.slice(prev.start, t.end)}”: negotiations are “talks” in English, in the plural.`,
          suggestions: [fix],
          reason: 'diplomatic negotiations are “talks”, plural',
          confidence: 0.6,
        });
        continue;
      }
      let det: Token | undefined = prev;
      let adjective = false;
      if (TALK_ADJECTIVES.has(prev.norm)) {
        adjective = true;
        det = doc.prev(prev);
      }
      if (adjective && CONVERSATION_ADJECTIVES.has(prev.norm) && ((det && det.norm !== 'the') || next?.norm === 'with')) continue;
      // "Previous talk there collapsed": an adjective opening the sentence.
      if (!det && adjective && doc.isSentenceInitial(prev)) {
        if (tagsFit()) report(prev);
        continue;
      }
      if (!det || det.norm === 'a' || det.norm === 'an' || det.norm === 'one' || det.norm === 'each') continue;
      const verb = det.norm === 'the' ? doc.prev(det) : undefined;
      const verbCue = (verb !== undefined && (TALK_VERBS.has(verb.norm) || (verb.norm === 'for' && TALK_VERBS.has(doc.prev(verb)?.norm ?? '')))) || (det.norm === 'the' && next !== undefined && TALK_AFTER.has(next.norm));
      if (!adjective && !verbCue) continue;
      if (det.norm !== 'the' && !adjective) continue;
      if (tagsFit()) report(prev);
    }
  },
};
