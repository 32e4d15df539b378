/**
 * “The vaccine, the ministry has not decided on it yet”: a noun phrase set before the clause as
 * its topic and taken up again by “it” or “them” inside it. Malay, Indonesian, Chinese,
 * Japanese, Korean, Arabic and spoken Romance build sentences this way (“Vaksin itu,
 * kementerian belum memutuskannya”); English news copy puts the noun where the pronoun stands:
 * “The ministry has not decided on the vaccine yet”. Flagged when a sentence opens with a
 * determiner and a noun, a comma, a full clause (a subject, then a verb that is not a verb of
 * saying), and “it” or “them”, agreeing with the topic, closing that clause. A time phrase
 * first (“The next day, police found it”) and a parenthetical (“The plan, he said, …”) stay
 * quiet. Also a fronted “to” phrase taken up by an object pronoun: “To the growers it worries
 * them that …” (Spanish “A los productores les preocupa”); and an owner taken up by “its” or
 * “their” at the start of a sentence: “Our coffee its quality is now known” (“The quality of
 * our coffee”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { looksPlural } from '../number-agreement/lib/english.js';

const DETS = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her']);
// Not "I" and "you": quoted speech dislocates ("The money, I don't want it"), and "I take it".
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'we', 'they']);
const TIME = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'morning', 'evening', 'afternoon', 'night',
  'weekend', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'hour', 'moment', 'decade', 'century', 'quarter',
  'end', 'beginning', 'start', 'meantime', 'meanwhile', 'past', 'future', 'way', 'result', 'truth', 'fact', 'point',
  'problem', 'question', 'answer', 'reason', 'idea', 'thing', 'trouble', 'issue', 'rest', 'same', 'latter', 'former',
]);
const SAYING = /^(?:say|says|said|think|thinks|thought|believe|believes|believed|know|knows|knew|hope|hopes|hoped|fear|fears|feared|guess|suppose|admit|admits|admitted|add|adds|added|told|tell|tells|argue|argues|argued|feel|feels|felt|agree|agreed|mean|means|meant)$/;
const CLOSE = /^[.;!?,”"]$/;

export const rule: Rule = {
  meta: {
    id: 'left-dislocation',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A topic noun phrase taken up again by “it”: “The vaccine, the ministry has not decided on it yet” for “The ministry has not decided on the vaccine yet”.',
    examples: {
      bad: [
        { text: '[[The vaccine, the ministry has not decided on it]] yet, she said.' },
        { text: '[[The new rules, the unions rejected them]] on Monday.' },
        { text: '[[This bridge, the army built it]] in 1962.' },
        { text: '[[To the growers it worries them]] that banks will not renew their loans.' },
        { text: '[[To many farmers, it gave them]] hope.' },
        { text: '“[[Our coffee its quality]] is now known in every market,” he said.', output: '“The quality of our coffee is now known in every market,” he said.' },
        { text: '[[The farmers their income]] fell by half.', output: 'The income of the farmers fell by half.' },
      ],
      good: [
        'The ministry has not decided on the vaccine yet.',
        'The next day, the police found it.',
        'The plan, he said, would cost nothing, and the council approved it.',
        'The vaccine, the ministry said, is safe to use it.',
        'The car, which the police found, had it.',
        'The new rules, the unions said, would hurt them.',
        'The new rules, the unions rejected it.',
        'The problem, as we see it, is money.',
        'The truth, we know it well.',
        'This, the council approved it.',
        'The whole world, I take it on trust.',
        'To the growers it seemed that banks would not help.',
        'To be fair, it cost them nothing.',
        'Our coffee gets its quality from the soil.',
        'The city its founders imagined was never built.',
        'The farmers their landlord evicted have left.',
        'The city its founders built in 1800 was destroyed.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    /** "Our coffee its quality is now known": reports and returns true when `det` opens that shape. */
    const possessorDoubled = (det: Token): boolean => {
      let head: Token | undefined;
      let c = doc.next(det);
      for (let k = 0; c && k < 3 && c.kind === 'word' && c.norm !== 'its' && c.norm !== 'their'; c = doc.next(c), k++) head = c;
      const poss = c;
      const owned = poss && (poss.norm === 'its' || poss.norm === 'their') ? doc.next(poss) : undefined;
      const verb = owned && doc.next(owned);
      if (!head || !poss || !owned || !verb || doc.pos(head) !== 'NOUN' || doc.pos(owned) !== 'NOUN') return false;
      if (!(doc.pos(verb) === 'AUX' || doc.pos(verb) === 'VERB') || looksPlural(head.text) !== (poss.norm === 'their')) return false;
      for (let t = doc.next(det); t && t !== poss; t = doc.next(t)) if (!['NOUN', 'ADJ', 'PROPN'].includes(doc.pos(t))) return false;
      // One verb group in the clause: "The city its founders imagined was never built" has a
      // relative clause (“that its founders imagined”) before the main verb.
      if (doc.pos(verb) === 'VERB' && doc.pos(doc.next(verb) ?? verb) === 'AUX') return false;
      let t: Token | undefined = verb;
      while (t && ['VERB', 'AUX', 'ADV', 'PART'].includes(doc.pos(t))) t = doc.next(t);
      for (let k = 0; t && k < 12 && t.kind !== 'punct' && doc.pos(t) !== 'CCONJ'; t = doc.next(t), k++) {
        const p = doc.pos(t);
        if ((p === 'VERB' || p === 'AUX') && !/(?:ed|en)$/.test(t.norm)) return false;
        if (p === 'AUX') return false;
      }
      const fix = `${/^\p{Lu}/u.test(det.text) ? 'The' : 'the'} ${owned.text} of ${det.text.toLowerCase()}${doc.text.slice(det.end, head.end)}`;
      ctx.report({
        start: det.start,
        end: owned.end,
        message: `“${doc.text.slice(det.start, owned.end)}”: the owner is put first and taken up again by “${poss.text}”, as in the source language; English says “${fix}”.`,
        suggestions: [fix],
        reason: 'English does not resume a fronted topic with a pronoun',
        confidence: 0.55,
      });
      return true;
    };
    for (const s of doc.sentences) {
      const det = doc.tokens[s.firstToken];
      // "Our coffee its quality is now known": the possessor first, taken up by "its"/"their"
      // (Amharic, Turkish, Korean, Hindi "hamari coffee ki quality"; colloquial Dutch and German).
      const owner = det && det.kind === 'punct' && /^[“"«]$/.test(det.text) ? doc.next(det) : det;
      if (owner && owner.index < s.endToken && DETS.has(owner.norm) && possessorDoubled(owner)) continue;
      // "To the growers it worries them that …": a fronted experiencer taken up by an object
      // pronoun after "it" and its verb (Spanish "A los productores les preocupa que …").
      if (det && det.norm === 'to') {
        let head: Token | undefined;
        let c = doc.next(det);
        for (let k = 0; c && k < 5 && c.kind === 'word' && c.norm !== 'it'; c = doc.next(c), k++) head = c;
        if (c && c.text === ',') c = doc.next(c);
        const verb = c && c.norm === 'it' ? doc.next(c) : undefined;
        const obj = verb && doc.next(verb);
        if (head && verb && obj && (obj.norm === 'them' || obj.norm === 'him' || obj.norm === 'her') && doc.pos(head) === 'NOUN' && doc.pos(verb) === 'VERB' && looksPlural(head.text) === (obj.norm === 'them')) {
          ctx.report({
            start: det.start,
            end: obj.end,
            message: `“${doc.text.slice(det.start, obj.end)}”: the person concerned is put first with “to” and taken up again by “${obj.text}”, as in the source language; English makes it the subject or the object once (“${doc.text.slice(doc.next(det)!.start, head.end)} worry that…”, “it worries ${doc.text.slice(doc.next(det)!.start, head.end)}”).`,
            suggestions: [],
            reason: 'English does not resume a fronted topic with a pronoun',
            confidence: 0.55,
          });
        }
        continue;
      }
      if (!det || !DETS.has(det.norm)) continue;
      // The topic: the determiner and one to four words, the last a noun, then a comma.
      let comma: Token | undefined;
      for (let c = doc.next(det), k = 0; c && k < 5; c = doc.next(c), k++) {
        if (c.text === ',') {
          comma = c;
          break;
        }
        if (c.kind !== 'word' && c.text !== '-') break;
      }
      if (!comma) continue;
      const head = doc.prev(comma)!;
      if (head === det || TIME.has(head.norm) || head.kind !== 'word') continue;
      // The subject right after the comma: a pronoun, or a determiner and its noun phrase.
      const subj = doc.next(comma);
      if (!subj) continue;
      let verbStart: Token | undefined;
      if (SUBJECT_PRONOUNS.has(subj.norm)) verbStart = doc.next(subj);
      else if (DETS.has(subj.norm) || subj.norm === 'a' || subj.norm === 'an') {
        for (let c = doc.next(subj), k = 0; c && k < 4; c = doc.next(c), k++) {
          if (c.kind !== 'word') break;
          const p = doc.pos(c);
          if (p === 'VERB' || p === 'AUX') {
            verbStart = c;
            break;
          }
        }
      }
      if (!verbStart) continue;
      // The resuming pronoun: "it"/"them" within eight words, closing the clause (an adverb may
      // follow: "on it yet,").
      let pron: Token | undefined;
      let sawVerb = false;
      for (let c: Token | undefined = verbStart, k = 0; c && k < 9; c = doc.next(c), k++) {
        if (c.kind === 'punct') break;
        if (c.norm === 'it' || c.norm === 'them') {
          const n = doc.next(c);
          const nn = n && doc.pos(n) === 'ADV' ? doc.next(n) : n;
          if (!n || CLOSE.test(n.text) || (nn !== undefined && CLOSE.test(nn.text)) || doc.pos(n) === 'ADP') pron = c;
          break;
        }
        if (['which', 'that', 'who', 'as', 'because', 'when', 'if', 'and', 'but', 'to'].includes(c.norm)) break;
        const p = doc.pos(c);
        if (p === 'VERB' || p === 'AUX') {
          if (SAYING.test(c.norm)) break;
          sawVerb = true;
        }
      }
      if (!pron || !sawVerb) continue;
      if (doc.pos(head) !== 'NOUN') continue;
      // The pronoun agrees with the topic.
      const plural = looksPlural(head.text) || det.norm === 'these' || det.norm === 'those';
      if (plural !== (pron.norm === 'them')) continue;
      ctx.report({
        start: det.start,
        end: pron.end,
        message: `“${doc.text.slice(det.start, pron.end)}”: the topic stands before the clause and “${pron.text}” takes it up again, as in the source language; English puts the noun phrase where the pronoun is.`,
        suggestions: [],
        reason: 'English does not resume a fronted topic with a pronoun',
        confidence: 0.55,
      });
    }
  },
};
