/**
 * A time adverbial between a verb and its object: “signed on Tuesday an agreement”, “announced
 * yesterday the closure of five mines”. Romance, German and Slavic word order allows it; English
 * keeps the object next to its verb (“signed an agreement on Tuesday”). Quiet when what follows
 * is a clause (“said on Tuesday the talks would resume”, that is English with “that” left out),
 * after a passive or a verb with a complement (“was elected in 2019 the first woman”, “make this
 * year the best”), and when the phrase after the adverbial is itself about time (“on Tuesday the
 * 14th”, “rained on Sunday the whole day”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { BE, MONTHS, TIME_STARTS, WEEKDAYS, nounPhraseEnd, timeAdverbialEnd } from './lib/english.js';

const OBJECT_START = new Set([
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'new', 'several', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'plans', 'measures', 'sanctions', 'about', 'some', 'around',
  'nearly', 'almost', 'roughly', 'dozens', 'hundreds', 'thousands', 'millions', 'more', 'both', 'all', 'many',
]);
const FUNCTION_WORDS = new Set([
  'as', 'for', 'and', 'but', 'because', 'from', 'with', 'by', 'that', 'which', 'who', 'when', 'while', 'after',
  'before', 'until', 'since', 'than', 'amid', 'despite', 'over', 'under', 'into', 'near', 'across', 'against',
  'during', 'following', 'ahead', 'after', 'about', 'around', 'through', 'without', 'within', 'between',
  'among', 'toward', 'towards', 'there', 'then', 'too', 'also', 'alone', 'again', 'instead', 'not', 'and',
]);
// "said on Tuesday the talks would resume": "say" takes a clause, never a shifted object.
const SAY = new Set(['said', 'says', 'say', 'told', 'tells', 'tell']);
const CLAUSE_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'confirmed', 'confirms',
  'warned', 'warns', 'added', 'stated', 'noted', 'insisted', 'argued', 'claimed', 'revealed', 'estimated',
  'predicted', 'indicated', 'acknowledged', 'admitted', 'wrote', 'explained', 'declared', 'believed', 'thought',
  'expected', 'hoped', 'feared', 'showed', 'shows', 'suggested', 'found', 'knew', 'ruled', 'decided', 'agreed',
  'promised', 'pledged', 'vowed', 'signalled', 'signaled', 'hinted', 'stressed', 'recalled', 'mentioned',
  'learned', 'learnt', 'heard', 'saw', 'felt', 'realised', 'realized', 'assumed', 'guaranteed', 'ensured',
]);
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'over']);
// Verbs that take no object, take a complement, or take time as their object.
const SKIP_VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'can',
  'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall', 'became', 'become', 'becomes',
  'remained', 'remains', 'remain', 'seemed', 'seems', 'born', 'make', 'makes', 'made', 'making', 'spend',
  'spent', 'spends', 'spending', 'get', 'got', 'gets', 'stayed', 'lasted', 'took', 'take', 'takes', 'died', 'ended',
  'finished', 'occurred', 'happened', 'returned', 'arrived', 'left', 'turned', 'marked', 'celebrated',
  // Movements of a figure: what follows is a measure ("rose on Tuesday the most since 2020").
  'rose', 'fell', 'grew', 'jumped', 'climbed', 'slipped', 'dropped', 'declined', 'surged', 'soared',
  'plunged', 'slumped', 'expanded', 'contracted', 'shrank', 'edged', 'tumbled', 'rallied',
]);
// Heads that make the phrase after the adverbial a time or a measure, not an object.
const TIME_HEADS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon',
  'evening', 'weekend', 'time', 'times', 'hour', 'hours', 'minute', 'minutes', 'rest', 'whole', 'entire',
  'same', 'season', 'moment', 'end', 'start', 'beginning', 'anniversary', 'eve', 'overnight', 'today',
  'tomorrow', 'yesterday', 'spring', 'summer', 'autumn', 'winter', 'weekday', 'date', 'dates', 'nights',
  'mornings', 'evenings', 'afternoons', 'weekends', 'noon', 'midnight', 'night-time', 'daytime', 'lunchtime',
  ...WEEKDAYS, ...MONTHS,
]);

export const rule: Rule = {
  meta: {
    id: 'verb-adverbial-object',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A time adverbial between a verb and its object: “signed on Tuesday an agreement” for “signed an agreement on Tuesday”.',
    examples: {
      bad: [
        { text: 'The two countries signed [[on Tuesday an agreement]] on gas supplies.', output: 'The two countries signed an agreement on Tuesday on gas supplies.' },
        { text: 'The ministry announced [[yesterday the closure of five coal mines]].', output: 'The ministry announced the closure of five coal mines yesterday.' },
        { text: 'Parliament approved [[last week a law]] on the sale of vapes.', output: 'Parliament approved a law last week on the sale of vapes.' },
        { text: 'The Commission opened [[in 2024 an investigation]] into the merger.', output: 'The Commission opened an investigation in 2024 into the merger.' },
        { text: 'Real Madrid won [[on Sunday the Spanish Super Cup]] for the 13th time.', output: 'Real Madrid won the Spanish Super Cup on Sunday for the 13th time.' },
        { text: 'The president received [[on Monday evening the foreign minister of Qatar]].', output: 'The president received the foreign minister of Qatar on Monday evening.' },
        { text: 'The insurer paid [[last year compensation]] to 200 families.', output: 'The insurer paid compensation last year to 200 families.' },
        { text: 'The Italian coast guard rescued [[during the night more than 400 migrants]].', output: 'The Italian coast guard rescued more than 400 migrants during the night.' },
        { text: 'Police arrested [[on Friday two men]] in the capital.', output: 'Police arrested two men on Friday in the capital.' },
      ],
      good: [
        'The two countries signed an agreement on Tuesday.',
        'The ministry said on Tuesday that the mines would close.',
        'The ministry said on Tuesday the talks would resume next month.',
        'Officials told reporters on Monday the plan had been shelved.',
        'She was elected in 2019 the first woman to lead the party.',
        'He was born in 1950 the son of a miner.',
        'We want to make this year the best in the club’s history.',
        'It rained on Sunday the whole day.',
        'The meeting took place on Tuesday the 14th of May.',
        'Asked on Tuesday the minister declined to comment.',
        'The central bank raised rates on Thursday, the third increase this year.',
        'He spent last year the best part of six months in hospital.',
        'Fighting resumed on Monday the day after the truce expired.',
        'The company reported on Tuesday a 20 percent rise in profit, its analysts estimated.',
        'Speaking on Tuesday the minister said talks would resume.',
        'Prices rose in January the fastest pace in a decade, the data showed.',
        'The club confirmed on Friday the signing would be completed next week.',
        'Parliament approved last week a law that bans the sale of vapes to anyone under 18.',
        'The company announced on Tuesday a plan to cut 5,000 jobs.',
        'Police arrested on Friday two men suspected of the robbery.',
        'The ministry said on Monday prices would rise.',
        'Workers went on strike on Monday morning.',
        'He was there on Monday evening.',
        'I have talked tonight about the deficit of trust between Main Street and Wall Street.',
        'I want to thank tonight the leaders and the members from both parties who have worked with us.',
        'My Administration convened last year the first White House Conference on Families which involved seven national organizations.',
        'There was imported for use in manufactures in 1900 material to the value of millions.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const adv of doc.tokensWith(TIME_STARTS)) {
      if (!TIME_STARTS.has(adv.norm)) continue;
      let verb = doc.prev(adv);
      // A phrasal verb: "shot down on Tuesday five drones".
      if (verb && PARTICLES.has(verb.norm)) verb = doc.prev(verb);
      if (!verb || verb.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.text) || SKIP_VERBS.has(verb.norm) || SAY.has(verb.norm) || /ing$/.test(verb.norm)) continue;
      const advEnd = timeAdverbialEnd(doc, adv);
      const obj = advEnd && doc.next(advEnd);
      if (!advEnd || !obj) continue;
      // A bare noun object ("paid last year compensation"), but not after a verb that can take a
      // clause, where the noun may be its subject ("said on Monday prices would rise").
      const bare = !OBJECT_START.has(obj.norm) && obj.kind === 'word' && /^\p{Ll}{3,}$/u.test(obj.text) && !FUNCTION_WORDS.has(obj.norm) &&
        /(?:ed|[^s]s)$|^(?:paid|sold|bought|won|lost|sent|held|built|made|gave|took|brought|spent|set|put|cut|hit)$/.test(verb.norm) &&
        !CLAUSE_VERBS.has(verb.norm) && !TIME_HEADS.has(obj.norm) && doc.pos(obj) === 'NOUN';
      if (!OBJECT_START.has(obj.norm) && !bare) continue;
      // "talked tonight about the deficit": "about" before a determiner is a preposition, not "roughly".
      if (obj.norm === 'about' || obj.norm === 'around') {
        const q = doc.next(obj);
        if (!q || !(q.kind === 'number' || /^\d/.test(q.norm) || ['NUM'].includes(doc.pos(q)))) continue;
      }
      const afterDet = bare ? doc.next(advEnd) : doc.next(obj);
      // "on Tuesday the 14th", "on Sunday the whole day".
      if (!afterDet || afterDet.kind === 'punct' || TIME_HEADS.has(afterDet.norm)) continue;
      // "on Tuesday the 14th"; "a 20 percent rise" is a measure English shifts with its phrase.
      if (['the', 'a', 'an'].includes(obj.norm) && (afterDet.kind === 'number' || /^\d/.test(afterDet.norm))) continue;
      // The tagger sometimes reads a past tense after a noun as a noun ("coast guard rescued").
      const vpos = doc.pos(verb);
      if (vpos !== 'VERB' && !(vpos === 'NOUN' && /[^e]ed$/.test(verb.norm) && verb.norm.length > 4)) continue;
      const before = doc.prev(verb);
      // "for use in manufactures in 1900": a noun after a preposition, not a verb.
      if (before && (doc.pos(before) === 'ADP' || doc.pos(before) === 'DET') && before.norm !== 'to') continue;
      if (before && (BE.has(before.norm) || before.norm === 'to' && doc.prev(before) && BE.has(doc.prev(before)!.norm))) continue;
      let end = nounPhraseEnd(doc, obj);
      if (!end) continue;
      // "the list of banned websites": carry an "of" phrase the noun phrase stopped at along.
      if (doc.next(end)?.norm === 'of') {
        let c = doc.next(doc.next(end)!);
        let last: Token | undefined;
        for (let k = 0; k < 6 && c && c.kind === 'word' && !['and', 'or', 'but', 'that', 'which', 'who', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by'].includes(c.norm); k++, c = doc.next(c)) last = c;
        if (!last || doc.pos(last) !== 'NOUN' && doc.pos(last) !== 'PROPN') continue;
        end = last;
      }
      let timePhrase = false;
      for (let c: Token | undefined = obj; c && !timePhrase; c = c === end ? undefined : doc.next(c)) timePhrase = TIME_HEADS.has(c.norm);
      if (timePhrase) continue;
      // A finite verb right after the phrase makes it the subject of a clause; a relative
      // clause, an infinitive or a participle after it makes it heavy, and English shifts a
      // heavy object past the adverbial.
      if (clauseFollows(end) || heavy(end)) continue;
      const np = doc.text.slice(obj.start, end.end);
      const adverbial = doc.text.slice(adv.start, advEnd.end);
      const fix = `${np} ${adverbial}`;
      ctx.report({
        start: adv.start,
        end: end.end,
        message: `“${verb.text} ${adverbial} ${np}”: English keeps the object next to its verb (“${verb.text} ${fix}”).`,
        suggestions: [fix],
        reason: 'an English verb is not separated from its object by a time phrase',
        confidence: 0.6,
      });
    }

    function heavy(end: Token): boolean {
      const n = doc.next(end);
      if (!n) return false;
      // "thank tonight the leaders and the members from both parties who ...": a relative
      // clause further on, past a coordinated or prepositional tail, makes the object heavy.
      for (let k = 0, c: Token | undefined = n; k < 10 && c && c.kind !== 'punct'; k++, c = doc.next(c)) {
        if (/^(?:who|which|whose)(?:['’]|$)/.test(c.norm)) return true;
      }
      if (n.norm === 'that' || n.norm === 'which' || n.norm === 'who' || n.norm === 'whose') return true;
      if (n.norm === 'to') return doc.next(n) !== undefined && doc.pos(doc.next(n)!) === 'VERB';
      return doc.pos(n) === 'VERB' && /(?:ed|ing|en)$/.test(n.norm);
    }

    function clauseFollows(end: Token): boolean {
      for (let k = 0, c = doc.next(end); k < 4 && c && c.kind !== 'punct'; k++, c = doc.next(c)) {
        const pos = doc.pos(c);
        if (pos === 'AUX') return true;
        if (pos === 'VERB') {
          if (/ing$/.test(c.norm) || doc.prev(c)?.norm === 'to') return false;
          // "declined to comment", "had the plan": a past form with an object is finite.
          const n = doc.next(c);
          if (!/ed$/.test(c.norm)) return true;
          return n !== undefined && (n.norm === 'to' || n.norm === 'that' || ['DET', 'PRON', 'NUM'].includes(doc.pos(n)));
        }
        if (pos === 'ADP' || pos === 'CCONJ' || c.norm === 'that' || c.norm === 'which' || c.norm === 'who') return false;
      }
      return false;
    }
  },
};
