/**
 * "The process lasted less than two hours": a court trial rendered as "process" (Russian
 * “процесс”, French “procès”, Spanish “proceso”). Fires on "the process" as the subject of a
 * trial verb ("lasted", "began", "was adjourned") or in "the process against X", and only when
 * the sentence or the two before it speak of a court. "In the process", "the peace process",
 * "the process of appeal" and "due process" stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const COURT = new Set([
  'court', 'courts', 'judge', 'judges', 'verdict', 'defendant', 'defendants', 'lawsuit', 'prosecutor', 'prosecutors',
  'prosecution', 'sentenced', 'sentence', 'ruling', 'tribunal', 'jury', 'accused', 'indictment', 'indicted', 'testimony',
  'witness', 'witnesses', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'defence', 'acquitted', 'convicted', 'plaintiff',
  'courtroom', 'hearing', 'hearings', 'charges', 'charged', 'appeal', 'evidence',
]);
const TRIAL_VERBS = new Set([
  'lasted', 'lasts', 'began', 'begins', 'started', 'starts', 'opened', 'opens', 'resumed', 'resumes', 'ended', 'ends',
  'continued', 'continues', 'adjourned', 'postponed', 'concluded', 'against', 'took', 'takes', 'will', 'was', 'is',
  'has', 'had',
]);
// After "was/is/will/has": only trial events, not "the process was slow".
const AUX_THEN = new Set(['adjourned', 'postponed', 'suspended', 'held', 'closed', 'resumed', 'opened', 'begin', 'resume', 'open', 'start', 'end', 'continue', 'last', 'take', 'been']);
const BEFORE_OK = new Set(['in', 'through', 'during', 'of', 'throughout', 'whole', 'entire', 'legal', 'judicial', 'peace', 'political', 'electoral']);

function courtContext(doc: Doc, t: Token): boolean {
  const s = doc.sentenceOf(t);
  const from = doc.sentences[Math.max(0, s.index - 2)]?.firstToken ?? s.firstToken;
  for (let i = from; i < s.endToken; i++) if (COURT.has((doc.at(i) as Token).norm)) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'process-for-trial',
    category: 'lexical-choice',
    severity: 'warning',
    description: '“the process” for a court trial (“процесс/procès”): English says “the trial”.',
    examples: {
      bad: [
        { text: 'A court in Minsk jailed the journalist. The [[process]] lasted three days.', output: 'A court in Minsk jailed the journalist. The trial lasted three days.' },
        { text: 'The judge said the [[process]] against the former minister will resume in May.', output: 'The judge said the trial against the former minister will resume in May.' },
        { text: 'The defendants pleaded not guilty. The [[process]] was adjourned until Monday.', output: 'The defendants pleaded not guilty. The trial was adjourned until Monday.' },
      ],
      good: [
        'A court in Minsk jailed the journalist. The trial lasted three days.',
        'The court said the process was slow and costly.',
        'The judge said the peace process would continue.',
        'In the process, the court lost key evidence.',
        'The process of appeal takes months, the lawyer said.',
        'The hiring process lasted three months.',
        'The process lasted three months.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['process'])) {
      if (t.norm !== 'process') continue;
      const det = doc.prev(t);
      if (!det || det.norm !== 'the') continue;
      const before = doc.prev(det);
      if (before && BEFORE_OK.has(before.norm)) continue;
      const next = doc.next(t);
      if (!next || !TRIAL_VERBS.has(next.norm)) continue;
      if (['will', 'was', 'is', 'has', 'had', 'took', 'takes'].includes(next.norm)) {
        const n2 = doc.next(next);
        if (!n2) continue;
        if (next.norm === 'took' || next.norm === 'takes') {
          if (n2.norm !== 'place') continue;
        } else if (!AUX_THEN.has(n2.norm)) continue;
      }
      if (!courtContext(doc, t)) continue;
      const cap = /^[A-Z]/.test(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: '“process” for a court case reads as translated (“процесс/procès/proceso”); English says “trial”.',
        suggestions: cap ? ['Trial', 'Hearing'] : ['trial', 'hearing'],
        reason: 'a criminal or civil case heard in court is a “trial” in English',
        confidence: 0.8,
      });
    }
  },
};
