/**
 * “Police says”, “The police is investigating”: “police” is plural in English. Only the subject
 * at the start of a sentence (“Police”, “The police”) is checked, since “caught by the police is
 * a crime” has another subject.
 */
import type { Rule } from '../../types.js';
import { matchCase } from './lib/english.js';

const TO_PLURAL: ReadonlyMap<string, string> = new Map([
  ['is', 'are'], ['was', 'were'], ['has', 'have'], ['says', 'say'], ['does', 'do'], ["isn't", "aren't"],
  ["wasn't", "weren't"], ["hasn't", "haven't"], ["doesn't", "don't"], ['believes', 'believe'], ['wants', 'want'],
  ['thinks', 'think'], ['knows', 'know'], ['hopes', 'hope'], ['continues', 'continue'], ['remains', 'remain'],
  ['urges', 'urge'], ['warns', 'warn'], ['asks', 'ask'], ['expects', 'expect'], ['needs', 'need'], ['seems', 'seem'],
  ['appears', 'appear'], ['insists', 'insist'], ['confirms', 'confirm'], ['denies', 'deny'], ['refuses', 'refuse'],
  ['considers', 'consider'], ['declines', 'decline'], ['admits', 'admit'], ['alleges', 'allege'], ['tries', 'try'],
  ['intends', 'intend'], ['investigates', 'investigate'], ['searches', 'search'], ['identifies', 'identify'],
  ['describes', 'describe'], ['advises', 'advise'], ['recommends', 'recommend'], ['stresses', 'stress'],
  // Also nouns ("police estimates put the crowd at"): only before "that" or a number.
  ['estimates', 'estimate'], ['reports', 'report'], ['claims', 'claim'], ['fears', 'fear'], ['suspects', 'suspect'],
  ['plans', 'plan'],
]);
const ALSO_NOUN = new Set(['estimates', 'reports', 'claims', 'fears', 'suspects', 'plans']);

const CLAUSE_OPENERS = new Set(['said', 'says', 'say', 'that', 'and', 'but', 'because', 'when', 'while', 'as', 'if', 'after', 'before', 'where', 'although', 'though', 'since', 'until', 'added', 'told', ',', ';', ':']);

export const rule: Rule = {
  meta: {
    id: 'police-singular-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: '“Police says”, “The police is”: “police” takes a plural verb.',
    examples: {
      bad: [
        { text: 'Police [[says]] the suspect fled.', output: 'Police say the suspect fled.' },
        { text: 'The police [[is]] investigating the attack, the mayor said.', output: 'The police are investigating the attack, the mayor said.' },
        { text: 'Police [[was]] called to the scene.', output: 'Police were called to the scene.' },
        { text: '“Police [[has]] opened an inquiry,” he said.', output: '“Police have opened an inquiry,” he said.' },
        { text: 'Witnesses said police [[was]] slow to respond.', output: 'Witnesses said police were slow to respond.' },
        { text: 'Police [[estimates]] that 5,000 people attended.', output: 'Police estimate that 5,000 people attended.' },
        { text: 'The police [[continues]] to search for the gunman.', output: 'The police continue to search for the gunman.' },
        { text: 'Police [[suspects]] that the fire was set deliberately.', output: 'Police suspect that the fire was set deliberately.' },
      ],
      good: [
        'Police say the suspect fled.',
        'Anyone caught by the police is in trouble.',
        'The police chief says the suspect fled.',
        'Police officer John Smith was injured.',
        'The number of police is rising.',
        'He said that crime reported to police is rising.',
        'The mayor said the police chief is retiring.',
        'Police estimates put the crowd at 5,000.',
        'Police reports show a rise in thefts.',
        'Police suspects were released on bail.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const t of doc.tokensWith(['police'])) {
      if (t.norm !== 'police') continue;
      const prev = doc.prev(t);
      const start = prev !== undefined && prev.norm === 'the' ? prev : t;
      const before = doc.prev(start);
      // The subject of a clause: at the start of the sentence or after "said", "that", "and"...
      const initial = doc.isSentenceInitial(start) || (before !== undefined && CLAUSE_OPENERS.has(before.norm));
      if (!initial) continue;
      const v = doc.next(t);
      const fix = v && TO_PLURAL.get(v.norm);
      if (!v || !fix) continue;
      if (ALSO_NOUN.has(v.norm)) {
        const w = doc.next(v);
        if (!w || !(w.norm === 'that' || (v.norm === 'estimates' && (w.kind === 'number' || ['about', 'around', 'some', 'nearly', 'more', 'over', 'up'].includes(w.norm))) || (v.norm === 'plans' && w.norm === 'to'))) continue;
      }
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(t.start, v.end)}”: “police” is plural in English and takes “${fix}”.`,
        suggestions: [matchCase(v.text, fix)],
        reason: '“police” is a plural noun',
        confidence: 0.85,
      });
    }
  },
};
