/**
 * "the second turn", "in the first tour": a round of voting rendered word for word from
 * “второй тур/second tour/segunda vuelta/turul doi”. English says "round" (or "runoff").
 * Fires only in a document about voting (two or more words such as election, ballot, runoff,
 * candidate, voters), and only after an ordinal, so "a second turn at the microphone" in other
 * copy and "a turn of events" stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const ORDINALS = new Set(['first', 'second', 'third', 'final', 'decisive', 'next', 'last', '1st', '2nd', '3rd']);
const ELECTION_WORDS = new Set([
  'election', 'elections', 'electoral', 'ballot', 'ballots', 'runoff', 'run-off', 'voters', 'vote', 'votes', 'voting',
  'candidate', 'candidates', 'presidential', 'polls', 'polling', 'turnout', 'electorate', 'referendum', 'mayoral',
]);
// What follows "turn" when it is not a round: "second turn of the screw", "first turn on the left".
const NOT_ROUND_AFTER = new Set(['on', 'off', 'out', 'around', 'round', 'over', 'into', 'left', 'right', 'down', 'up', 'to', 'at', 'away', 'back']);

function electionDoc(doc: Doc): boolean {
  const seen = new Set<string>();
  for (let ti = 0; ti < doc.tokens.length; ti++) {
    const t = doc.tokens[ti] as Token;
    if (ELECTION_WORDS.has(t.norm)) seen.add(t.norm);
    if (seen.size >= 2) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'election-round',
    category: 'calque',
    severity: 'warning',
    description: 'A round of voting called a “turn” or “tour” (“the second turn”, “второй тур/second tour”): English says “round” or “runoff”.',
    examples: {
      bad: [
        {
          text: 'No candidate won a majority, so the two leaders will meet in the second [[turn]] of the presidential election.',
          output: 'No candidate won a majority, so the two leaders will meet in the second round of the presidential election.',
        },
        {
          text: 'Turnout in the election was 52 percent. Mayor Ruiz led the first [[tour]] with 38 percent of the votes.',
          output: 'Turnout in the election was 52 percent. Mayor Ruiz led the first round with 38 percent of the votes.',
        },
        {
          text: 'The two candidates in the presidential election will meet in the second [[turn]] on 24 November.',
          output: 'The two candidates in the presidential election will meet in the second round on 24 November.',
        },
      ],
      good: [
        'No candidate won a majority, so the two leaders will meet in the second round of the presidential election.',
        'The band announced a second tour of Europe.',
        'The election debate ran late, and each candidate spoke in turn.',
        'In the election campaign, the vote took a second turn to the left.',
        'The election took a final turn of events when the candidate withdrew.',
        'Election officials said to take the first turn on the left to reach the polling station.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let election: boolean | undefined;
    for (const t of doc.tokensWith(['turn', 'tour'])) {
      if (t.norm !== 'turn' && t.norm !== 'tour') continue;
      const p = doc.prev(t);
      if (!p || !ORDINALS.has(p.norm)) continue;
      const n = doc.next(t);
      if (n && NOT_ROUND_AFTER.has(n.norm)) {
        // "the second turn on 24 November / on Sunday" is still a round.
        const w = doc.next(n);
        const dated = n.norm === 'on' && w !== undefined && (w.kind === 'number' || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w.norm));
        if (!dated) continue;
      }
      if (n?.norm === 'of' && doc.next(n)?.norm !== 'the' && doc.next(n)?.norm !== 'voting' && doc.next(n)?.norm !== 'elections') {
        // "turn of events", "turn of phrase": not a round.
        const w = doc.next(n);
        if (w && !ELECTION_WORDS.has(w.norm)) continue;
      }
      if (n?.norm === 'of' && doc.next(n)?.norm === 'the') {
        const w = doc.next(n, 2) as Token | undefined;
        if (w && /^(screw|century|year|tide|season|millennium|key|wheel)$/.test(w.norm)) continue;
      }
      election ??= electionDoc(doc);
      if (!election) return;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${p.text} ${t.text}” renders “tour/тур/vuelta/tur” word for word; a round of voting is a “round” in English.`,
        suggestions: ['round'],
        reason: 'English calls a round of voting a “round” (the second one a “runoff”)',
        confidence: 0.85,
      });
    }
  },
};
