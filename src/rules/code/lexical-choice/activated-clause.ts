/**
 * "his release clause had not been activated", "Real activated the clause": a contract clause
 * "activated" (Portuguese/Spanish “ativar/activar”, French “activer”). In English a clause is
 * "triggered" (a buyout or release clause, a break clause) and an article of a treaty is
 * "invoked". Fires on a form of "activate" with "clause(s)" as its object or as the subject of
 * the passive in the same sentence, and on "activate Article N".
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const FORMS: Readonly<Record<string, readonly [string, string]>> = {
  activate: ['trigger', 'invoke'],
  activates: ['triggers', 'invokes'],
  activated: ['triggered', 'invoked'],
  activating: ['triggering', 'invoking'],
};
const PASSIVE = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'not', 'never', 'yet', 'already']);
const CLAUSE = new Set(['clause', 'clauses']);
const BREAK = new Set(['and', 'but', 'or', 'while', 'whereas', ';', 'which', 'who', 'when', 'after', 'before', 'because']);

/** "activated (the|his|a) (release|buyout|...) clause": the object within four words. */
function clauseObject(doc: Doc, t: Token): boolean {
  for (let k = 1; k <= 4; k++) {
    const u = doc.next(t, k);
    if (!u || u.kind === 'punct') return false;
    if (CLAUSE.has(u.norm)) return true;
  }
  return false;
}

/** "... clause, set at 100 million euros, had not been activated": the subject earlier in the sentence. */
function clauseSubject(doc: Doc, t: Token): boolean {
  const p = doc.prev(t);
  if (!p || !PASSIVE.has(p.norm)) return false;
  const s = doc.sentenceOf(t);
  for (let i = t.index - 1; i >= Math.max(s.firstToken, t.index - 16); i--) {
    const u = doc.at(i) as Token;
    if (CLAUSE.has(u.norm)) return true;
    // Another clause starts here: its subject is not ours.
    if (BREAK.has(u.norm)) return false;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'activated-clause',
    category: 'lexical-choice',
    severity: 'warning',
    description: 'A contract clause “activated”: English says a clause is “triggered” (an article “invoked”).',
    examples: {
      bad: [
        { text: 'Chelsea [[activated]] the release clause of the striker.', output: 'Chelsea triggered the release clause of the striker.' },
        { text: 'The club said his buyout clause, set at 60 million euros, had not been [[activated]].', output: 'The club said his buyout clause, set at 60 million euros, had not been triggered.' },
        { text: 'Poland asked NATO to [[activate]] Article 4.', output: 'Poland asked NATO to invoke Article 4.' },
      ],
      good: [
        'Chelsea triggered the release clause of the striker.',
        'The air defence system was activated overnight.',
        'The club activated its youth academy plan.',
        'The EU activated its civil protection mechanism.',
        'The clause was signed in May, and the alarm was activated in June.',
        'Volunteers activated the emergency plan.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(Object.keys(FORMS))) {
      const forms = FORMS[t.norm];
      if (!forms) continue;
      const next = doc.next(t);
      const article = next !== undefined && next.norm === 'article' && doc.next(next)?.kind === 'number';
      if (!article && !clauseObject(doc, t) && !clauseSubject(doc, t)) continue;
      const [trigger, invoke] = forms;
      const first = article ? invoke : trigger;
      const second = article ? trigger : invoke;
      ctx.report({
        start: t.start,
        end: t.end,
        message: article
          ? `“${t.text} Article …”: a treaty article is “${invoke}”, not “${t.norm}”.`
          : `“${t.text}” with a contract clause reads as translated (“ativar/activar”); English says a clause is “${trigger}”.`,
        suggestions: [first, second],
        reason: article ? 'treaty articles are invoked in English' : 'in English a contract clause is triggered, not activated',
        confidence: 0.85,
      });
    }
  },
};
