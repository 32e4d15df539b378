/**
 * A pronoun repeating the relative after a noun-phrase subject: “The shelters which the
 * authorities opened them were overcrowded”, “the law that the parliament passed it in May”.
 * Arabic, Persian, Hebrew, Romanian and colloquial Romance keep a resumptive object; English
 * drops it. (resumptive-pronoun covers relative clauses with a pronoun subject: “that we know
 * how to prevent it”.) “that” after a noun that takes a that-clause (“the fact that the
 * police closed it”) or after a verb's object (“warned residents that the army would bomb it”)
 * is a conjunction and stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { CLAUSE_NOUNS } from './lib/english.js';

const IRREGULAR_PAST = new Set(['built', 'made', 'took', 'gave', 'sent', 'set', 'held', 'paid', 'bought', 'sold', 'found', 'put', 'kept', 'brought', 'left', 'won', 'chose', 'wrote', 'drew', 'threw', 'caught', 'hit', 'struck', 'broke', 'stole', 'shot', 'cut', 'spent', 'lost', 'sought', 'taught', 'began', 'ran', 'led', 'met', 'saw', 'bore', 'tore', 'wore', 'froze', 'hid', 'laid', 'shut', 'seized']);
const DITRANSITIVE = new Set(['gave', 'given', 'sent', 'offered', 'showed', 'shown', 'told', 'taught', 'paid', 'lent', 'brought', 'left', 'promised', 'granted', 'owed', 'handed', 'awarded', 'afforded', 'allowed', 'denied', 'cost', 'saved', 'earned', 'wished', 'assigned', 'guaranteed']);
const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'many', 'some', 'local']);
const CLOSERS = new Set(['.', ',', ';', ':', ')', '”', '"', 'last', 'yesterday', 'in', 'on', 'at', 'after', 'before', 'during', 'earlier', 'ago', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'will', 'would', 'remain', 'remained', 'remains']);

export const rule: Rule = {
  meta: {
    id: 'resumptive-object-np',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A resumptive pronoun after a noun-phrase subject: “the shelters which the authorities opened them”.',
    examples: {
      bad: [
        { text: 'The camps which the army [[built them]] were overcrowded.', output: 'The camps which the army built were overcrowded.' },
        { text: 'The bill that the parliament [[passed it]] in May bans the practice.', output: 'The bill that the parliament passed in May bans the practice.' },
        { text: 'Villagers returned to the houses which the floods [[damaged them]].', output: 'Villagers returned to the houses which the floods damaged.' },
      ],
      good: [
        'The camps which the army built were overcrowded.',
        'The fact that the police closed it angered residents.',
        'He warned residents that the army would bomb it.',
        'The bank said that the regulator approved it on Monday.',
        'The road, which the floods damaged, reopened.',
        'There is a risk that the company sells them.',
        'They want their children to have the advantages that their parents gave them.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const pron of doc.tokensWith(['them', 'it'])) {
      const verb = doc.prev(pron);
      if (!verb || verb.kind !== 'word' || !(/ed$/.test(verb.norm) || IRREGULAR_PAST.has(verb.norm))) continue;
      const after = doc.next(pron);
      if (after && !CLOSERS.has(after.norm)) continue;
      // "the advantages that their parents gave them": "them" is the receiver of a verb with two objects.
      if (pron.norm === 'them' && DITRANSITIVE.has(verb.norm)) continue;
      // Back over the subject noun phrase to "which/that".
      let c: Token | undefined = doc.prev(verb);
      let k = 0;
      let head: Token | undefined;
      while (c && k < 5 && c.norm !== 'which' && c.norm !== 'that') {
        if (!head) head = c;
        c = doc.prev(c);
        k++;
      }
      if (!c || !head || k < 2) continue;
      const rel = c;
      const det = doc.next(rel)!;
      if (!DETS.has(det.norm)) continue;
      const noun = doc.prev(rel);
      if (!noun || noun.kind !== 'word') continue;
      if (doc.pos(verb) !== 'VERB') continue;
      if (doc.pos(head) !== 'NOUN' && doc.pos(head) !== 'PROPN') continue;
      for (let m = doc.next(det); m && m !== verb; m = doc.next(m)) if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(doc.pos(m))) c = undefined;
      if (!c) continue;
      if (doc.pos(noun) !== 'NOUN') continue;
      if (rel.norm === 'that') {
        if (CLAUSE_NOUNS.has(noun.norm)) continue;
        let np: Token = noun;
        for (let p = doc.prev(noun), j = 0; p && j < 4 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(doc.pos(p)); p = doc.prev(p), j++) np = p;
        const before = doc.prev(np);
        if (before && ['VERB', 'AUX'].includes(doc.pos(before))) continue;
        if (before && before.norm === 'that') continue;
      }
      ctx.report({
        start: verb.start,
        end: pron.end,
        message: `“${doc.text.slice(verb.start, pron.end)}”: “${rel.text}” is already the object; English drops “${pron.text}”.`,
        suggestions: [verb.text],
        reason: 'an English relative clause has no resumptive pronoun',
        confidence: 0.65,
      });
    }
  },
};
