/**
 * “that his” for “whose”: “a buyer that his name was not disclosed”, “a woman who her son was
 * arrested”, “companies that their licences were revoked”. Arabic, Persian, Turkish, Hebrew and
 * colloquial Romance build the possessive relative with a plain relative and a resumptive
 * possessive; English has “whose”. Flagged when a noun is followed by “that/who” and a
 * possessive, and the clause after it is complete (a passive: “was not disclosed”), so the
 * relative has no role of its own. “told reporters that his car was stolen” is a that-clause
 * after a verb's object and stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
const BE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
// Nouns that take a that-clause: "the fact that his name was leaked".
const CLAUSE_NOUNS = new Set([
  'fact', 'idea', 'hope', 'belief', 'risk', 'possibility', 'chance', 'fear', 'fears', 'concern', 'concerns',
  'claim', 'claims', 'news', 'report', 'reports', 'sign', 'signs', 'evidence', 'view', 'notion', 'assumption',
  'argument', 'suggestion', 'proposal', 'warning', 'promise', 'assurance', 'assurances', 'guarantee',
  'impression', 'feeling', 'sense', 'thought', 'doubt', 'likelihood', 'danger', 'prospect', 'message',
  'statement', 'rumour', 'rumor', 'rumours', 'allegation', 'allegations', 'conclusion', 'point', 'reason',
  'way', 'time', 'day', 'moment', 'extent', 'degree', 'case', 'condition', 'requirement', 'demand',
  'insistence', 'rule', 'law', 'principle', 'understanding', 'expectation', 'confidence', 'proof', 'indication',
  'realisation', 'realization', 'knowledge', 'awareness', 'decision', 'agreement', 'announcement', 'admission',
  'recognition', 'lesson', 'truth', 'order', 'complaint', 'complaints', 'accusation', 'accusations', 'charge',
  'charges', 'suspicion', 'suspicions', 'speculation', 'question', 'questions', 'worry', 'worries', 'grounds',
  'basis', 'confirmation', 'information', 'notice', 'letter', 'email', 'note', 'testimony', 'ruling', 'verdict',
]);

export const rule: Rule = {
  meta: {
    id: 'relative-possessive-for-whose',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“that his” for “whose”: “a buyer that his name was not disclosed”.',
    examples: {
      bad: [
        { text: 'The painting went to a collector [[that his name]] was not disclosed.', output: 'The painting went to a collector whose name was not disclosed.' },
        { text: 'Police questioned a woman [[who her son]] was arrested on Monday.', output: 'Police questioned a woman whose son was arrested on Monday.' },
        { text: 'Two firms [[that their licences]] were revoked last year have appealed.', output: 'Two firms whose licences were revoked last year have appealed.' },
      ],
      good: [
        'The painting went to a collector whose name was not disclosed.',
        'He told reporters that his car was stolen.',
        'The fact that his name was leaked angered him.',
        'The firm warned its clients that their data was exposed.',
        'She asked who her son was arrested by.',
        'The company that his father founded was sold.',
        'He was so tired that his speech was slurred.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const rel of doc.tokensWith(['that', 'who'])) {
      const poss = doc.next(rel);
      if (!poss || !POSSESSIVES.has(poss.norm)) continue;
      const noun = doc.prev(rel);
      if (!noun || noun.kind !== 'word' || CLAUSE_NOUNS.has(noun.norm)) continue;
      // The clause: possessive + noun(s) + be + (not) + participle.
      let c: Token | undefined = doc.next(poss);
      let head: Token | undefined;
      for (let k = 0; c && k < 3 && (doc.pos(c) === 'NOUN' || doc.pos(c) === 'ADJ'); k++, c = doc.next(c)) if (doc.pos(c) === 'NOUN') head = c;
      if (!head || !c || !BE.has(c.norm)) continue;
      let v = doc.next(c);
      if (v?.norm === 'been') v = doc.next(v);
      if (v?.norm === 'not') v = doc.next(v);
      if (!v || doc.pos(v) !== 'VERB' || !/(?:ed|en|wn|ld|lt|nt|ught|ut)$/.test(v.norm)) continue;
      if (c.norm === 'had' || c.norm === 'has' || c.norm === 'have') {
        if (doc.next(c)?.norm !== 'been') continue;
      }
      if (doc.pos(noun) !== 'NOUN' && doc.pos(noun) !== 'PROPN') continue;
      // A that-clause after a verb's object ("warned its clients that ..."), or after "so/such".
      let np = noun;
      for (let p = doc.prev(noun), k = 0; p && k < 4; p = doc.prev(p), k++) {
        const pp = doc.pos(p);
        if (pp === 'DET' || pp === 'ADJ' || pp === 'NOUN' || pp === 'PROPN' || pp === 'NUM' || pp === 'PRON' && POSSESSIVES.has(p.norm)) np = p;
        else break;
      }
      const beforeNp = doc.prev(np);
      if (rel.norm === 'that' && beforeNp && (doc.pos(beforeNp) === 'VERB' || doc.pos(beforeNp) === 'AUX')) continue;
      let soSuch = false;
      for (let p = doc.prev(rel), k = 0; p && k < 6; p = doc.prev(p), k++) if (p.norm === 'so' || p.norm === 'such') soSuch = true;
      if (soSuch) continue;
      ctx.report({
        start: rel.start,
        end: head.end,
        message: `“${doc.text.slice(rel.start, head.end)}”: a relative with a possessive after it; English says “whose ${doc.text.slice(doc.next(poss)!.start, head.end)}”.`,
        suggestions: [`whose ${doc.text.slice(doc.next(poss)!.start, head.end)}`],
        reason: 'English marks a possessive relative with “whose”',
        confidence: 0.7,
      });
    }
  },
};
