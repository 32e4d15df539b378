/**
 * A pronoun repeating the relative as subject: “the company, which it employs 500 people”, “a
 * minister who he resigned last year”, or the place after “where”: “the town where he lives
 * there”. Arabic, Romanian and spoken Romance keep the pronoun; English drops it (“which employs
 * 500 people”). Flagged when the relative is followed by a subject pronoun and a verb that has
 * its own object, so the relative cannot be that object; verbs that take two objects or a
 * clause (“which he gave the team”, “which they said the court would hear”) stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { CLAUSE_NOUNS } from './lib/english.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const OBJECT_TAGS = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ']);
const SKIP_VERBS = new Set([
  // Two objects, object + complement, or a clause after the verb.
  'give', 'gives', 'gave', 'send', 'sends', 'sent', 'offer', 'offers', 'offered', 'show', 'shows', 'showed',
  'tell', 'tells', 'told', 'teach', 'teaches', 'taught', 'pay', 'pays', 'paid', 'owe', 'owes', 'owed', 'lend',
  'lends', 'lent', 'hand', 'hands', 'handed', 'promise', 'promises', 'promised', 'grant', 'grants', 'granted',
  'award', 'awards', 'awarded', 'deny', 'denies', 'denied', 'charge', 'charges', 'charged', 'cost', 'costs',
  'bring', 'brings', 'brought', 'buy', 'buys', 'bought', 'sell', 'sells', 'sold', 'call', 'calls', 'called',
  'consider', 'considers', 'considered', 'name', 'names', 'named', 'elect', 'elects', 'elected', 'appoint',
  'appoints', 'appointed', 'make', 'makes', 'made', 'declare', 'declares', 'declared', 'label', 'labels',
  'labelled', 'labeled', 'term', 'terms', 'termed', 'brand', 'brands', 'branded', 'deem', 'deems', 'deemed',
  'find', 'finds', 'found', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'describe',
  'describes', 'described', 'want', 'wants', 'wanted', 'expect', 'expects', 'expected', 'ask', 'asks', 'asked',
  'allow', 'allows', 'allowed', 'see', 'sees', 'saw', 'hear', 'hears', 'heard', 'help', 'helps', 'helped',
  'let', 'lets', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'left', 'get', 'gets', 'got', 'say', 'says', 'said',
  'hope', 'hopes', 'hoped', 'know', 'knows', 'knew', 'claim', 'claims', 'claimed', 'fear', 'fears', 'feared',
  'argue', 'argues', 'argued', 'suggest', 'suggests', 'suggested', 'estimate', 'estimates', 'estimated',
  'insist', 'insists', 'insisted', 'report', 'reports', 'reported', 'predict', 'predicts', 'predicted',
  'assume', 'assumes', 'assumed', 'feel', 'feels', 'felt', 'suspect', 'suspects', 'suspected', 'warn', 'warns',
  'warned', 'admit', 'admits', 'admitted', 'allege', 'alleges', 'alleged', 'owe', 'spend', 'spends', 'spent',
  'wish', 'wishes', 'wished', 'fine', 'fines', 'fined', 'rate', 'rates', 'rated', 'rank', 'ranks', 'ranked',
  'put', 'puts', 'set', 'sets', 'cut', 'cuts', 'cast', 'mean', 'means', 'meant', 'take', 'takes', 'took',
]);
// Heads a "that" clause after which can only be relative: people and organisations.
const PERSON_HEADS = new Set([
  'man', 'woman', 'person', 'minister', 'president', 'leader', 'official', 'player', 'coach', 'doctor', 'judge',
  'lawyer', 'officer', 'soldier', 'worker', 'farmer', 'student', 'teacher', 'journalist', 'reporter', 'activist',
  'politician', 'candidate', 'businessman', 'businesswoman', 'executive', 'director', 'manager', 'spokesman',
  'spokeswoman', 'spokesperson', 'diplomat', 'ambassador', 'mayor', 'governor', 'senator', 'lawmaker', 'deputy',
  'striker', 'defender', 'goalkeeper', 'midfielder', 'athlete', 'champion', 'singer', 'actor', 'actress',
  'writer', 'author', 'artist', 'scientist', 'researcher', 'expert', 'analyst', 'boy', 'girl', 'child',
]);
const ORGANISATION_HEADS = new Set([
  'company', 'firm', 'group', 'bank', 'government', 'country', 'party', 'club', 'team', 'plant', 'factory',
  'agency', 'organisation', 'organization', 'ministry', 'state', 'city', 'court', 'airline', 'carmaker',
  'manufacturer', 'producer', 'operator', 'startup', 'start-up', 'retailer', 'supplier', 'insurer', 'lender',
  'network', 'channel', 'newspaper', 'university', 'school', 'hospital', 'region', 'province', 'town', 'village',
]);
// Verbs without an object: after "who they" the pronoun can only repeat the subject.
// (Not "fled", "survived", "lived", "gathered": "the villages which they fled" is English.)
const INTRANSITIVE = new Set([
  'protested', 'died', 'arrived', 'resigned', 'voted', 'marched', 'travelled', 'traveled', 'stayed', 'remained',
  'disappeared', 'went', 'came', 'complained', 'demonstrated', 'rallied', 'participated', 'competed', 'collapsed',
  'happened', 'occurred', 'exploded', 'crashed', 'fell', 'rose', 'testified', 'campaigned', 'emigrated', 'retired',
]);
// Passives that keep an object: "the medal which she was awarded".
const GIVE_LIKE = new Set(['awarded', 'given', 'granted', 'offered', 'promised', 'paid', 'owed', 'sent', 'shown', 'told', 'denied', 'allowed', 'lent', 'charged', 'fined', 'asked', 'taught', 'handed', 'assigned', 'called', 'named', 'considered', 'expected', 'supposed', 'meant', 'thought', 'believed', 'said', 'reported', 'known']);
const TIME_WORDS = new Set([
  'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months', 'morning', 'night', 'evening', 'time',
  'last', 'this', 'next', 'every', 'each', 'afternoon', 'weekend', 'season', 'decade', 'before', 'earlier', 'ago',
]);

export const rule: Rule = {
  meta: {
    id: 'resumptive-subject',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A pronoun repeating the relative as subject: “which it employs 500 people” for “which employs 500 people”.',
    examples: {
      bad: [
        { text: 'The plant, [[which it]] employs 500 people, will close.', output: 'The plant, which employs 500 people, will close.' },
        { text: 'The minister, [[who he]] led the talks, resigned.', output: 'The minister, who led the talks, resigned.' },
        { text: 'The bank, [[which it]] was founded in 1890, is the oldest in the country.', output: 'The bank, which was founded in 1890, is the oldest in the country.' },
        { text: 'The farmers [[who they]] protested in Brussels blocked the roads.', output: 'The farmers who protested in Brussels blocked the roads.' },
        { text: 'Farmers [[who they]] lost their harvest will get aid.', output: 'Farmers who lost their harvest will get aid.' },
        { text: 'It is a company [[that it]] produces chips for cars.', output: 'It is a company that produces chips for cars.' },
        { text: 'Thousands fled the city where they [[lived there]] for decades.', output: 'Thousands fled the city where they lived for decades.' },
        { text: 'She returned to the village where she [[worked there]].', output: 'She returned to the village where she worked.' },
      ],
      good: [
        'The plant, which employs 500 people, will close.',
        'The plan, which they said the court would hear, failed.',
        'The prize, which he gave the team, was gold.',
        'The man who she married the year before left.',
        'The law, which it considers a threat, passed.',
        'He said that it employs 500 people.',
        'The fact that it employs 500 people matters.',
        'The deal that they signed last week holds.',
        'The firm, which he bought the company from, went bust.',
        'The town where there is no doctor was flooded.',
        'The town where he lives there is no doctor.',
        'Where he lives there are no jobs.',
        'These are laws of number which it requires a mind like mine to perceive.',
        'The medal, which she was awarded in 2010, was stolen.',
        'The villages which they fled in 2014 are empty.',
        'The evidence which they gathered was lost.',
        'The day which they arrived was cold.',
        'The report, which it was based on, is secret.',
        'The man, who he was told to meet, never came.',
        'It was a miracle that he survived the fall.',
        'There was no doubt in anyone’s mind that he killed his wife.',
        'He was so absorbed by the movement that she lost all sense of time.',
        'The professor wrote the text that he assigned students to buy.',
        'All will agree on a proposition that they possess great resources.',
        'The company made a pledge that it cut emissions last year.',
        'The system which they recommended involved a National Reserve Association.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    /** The one report of this rule: drop the pronoun after the relative word. */
    function flag(rel: Token, pron: Token): void {
      ctx.report({
        start: rel.start,
        end: pron.end,
        message: `“${doc.text.slice(rel.start, pron.end)}”: “${rel.text}” is already the subject; English drops “${pron.text}”.`,
        suggestions: [rel.text],
        reason: 'an English relative clause has no resumptive pronoun',
        confidence: 0.65,
      });
    }
    if (!doc.canTag) return;
    for (const rel of doc.tokensWith(['where', 'which', 'who', 'that'])) {
      if (rel.norm === 'where') {
        whereThere(rel);
        continue;
      }
      if (rel.norm !== 'which' && rel.norm !== 'who' && rel.norm !== 'that') continue;
      const pron = doc.next(rel);
      const verb = pron && doc.next(pron);
      if (!pron || !verb || !PRONOUNS.has(pron.norm) || verb.kind !== 'word') continue;
      // "which it was founded in 1890": a passive has no object for the relative to stand for.
      if (rel.norm !== 'that' && ['was', 'were', 'is', 'are'].includes(verb.norm)) {
        passive(rel, pron, verb);
        continue;
      }
      if (SKIP_VERBS.has(verb.norm)) continue;
      // "farmers who they protested": a verb with no object cannot leave a gap for the relative.
      if (rel.norm !== 'that' && INTRANSITIVE.has(verb.norm)) {
        intransitive(rel, pron, verb);
        continue;
      }
      const obj = doc.next(verb);
      if (!obj || obj.kind === 'punct' || TIME_WORDS.has(obj.norm) || TIME_WORDS.has(doc.next(obj)?.norm ?? '')) continue;
      if (!/(?:s|ed)$/.test(verb.norm) && !IRREGULAR_PAST.has(verb.norm)) continue;
      // "The system which they recommended involved ...": a verb right after the clause's verb
      // is the main clause's; "which" was the object and "they" a real subject.
      const objNext = doc.next(obj);
      if ((['VERB', 'AUX'].includes(doc.pos(obj)) && !/ing$/.test(obj.norm)) || (/ed$/.test(obj.norm) && objNext && ['DET', 'NUM', 'PRON'].includes(doc.pos(objNext)))) continue;
      const head = doc.prev(rel);
      if (!head) continue;
      if (rel.norm === 'that') {
        // After most nouns "that" can open a noun's own clause ("a miracle that he survived"):
        // only a head the pronoun agrees with and that takes no such clause is checked.
        if (CLAUSE_NOUNS.has(head.norm) || afterSoSuch(rel)) continue;
        const agrees =
          pron.norm === 'it' ? ORGANISATION_HEADS.has(head.norm) :
          pron.norm === 'they' ? /s$/.test(head.norm) && (PERSON_HEADS.has(head.norm.replace(/s$/, '')) || ORGANISATION_HEADS.has(head.norm.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')))) :
          PERSON_HEADS.has(head.norm);
        if (!agrees || doc.pos(head) !== 'NOUN') continue;
        const v = doc.prev(head);
        if (v && doc.pos(v) === 'VERB') continue; // "told officials that they..."
      } else if (head.text !== ',' && doc.pos(head) !== 'NOUN' && doc.pos(head) !== 'PROPN') continue;
      // "which it requires a mind to perceive": the gap is in the infinitive.
      if (infinitiveFollows(obj)) continue;
      if (doc.pos(verb) !== 'VERB' || !OBJECT_TAGS.has(doc.pos(obj)) && obj.norm !== 'their' && obj.norm !== 'its' && obj.norm !== 'his' && obj.norm !== 'her') continue;
      // The object phrase must not end in a stranded preposition ("bought the company from").
      if (strandedPreposition(obj)) continue;
      // Pronoun and verb must agree: "which it employ" is something else.
      if ((pron.norm === 'it' || pron.norm === 'he' || pron.norm === 'she') && /[^s]s$/.test(verb.norm) === false && !/ed$/.test(verb.norm) && !IRREGULAR_PAST.has(verb.norm)) continue;
      flag(rel, pron);
    }

    function passive(rel: Token, pron: Token, be: Token): void {
      const part = doc.next(be);
      if (!part || part.kind !== 'word' || !/(?:ed|en|wn|lt|nt)$/.test(part.norm) || SKIP_VERBS.has(part.norm) || GIVE_LIKE.has(part.norm)) return;
      if (doc.pos(part) !== 'VERB') return;
      const head = doc.prev(rel);
      if (!head || (head.text !== ',' && doc.pos(head) !== 'NOUN' && doc.pos(head) !== 'PROPN')) return;
      // "which it was based on": the relative is the object of a stranded preposition.
      const after = doc.next(part);
      if (after && doc.pos(after) === 'ADP' && (!doc.next(after) || doc.next(after)!.kind === 'punct')) return;
      if (after && (after.norm === 'to' || after.norm === 'as' || after.norm === 'by')) return;
      flag(rel, pron);
    }

    function intransitive(rel: Token, pron: Token, verb: Token): void {
      let head = doc.prev(rel);
      if (head?.text === ',') head = doc.prev(head);
      if (!head || head.kind !== 'word') return;
      const plural = /s$/.test(head.norm) || head.norm === 'people' || head.norm === 'police';
      const agrees = pron.norm === 'they' ? plural : pron.norm === 'it' ? !plural && rel.norm === 'which' : !plural && rel.norm === 'who';
      if (!agrees || !['NOUN', 'PROPN'].includes(doc.pos(head))) return;
      // "the town where they worked" is another rule; "the day which they arrived" lacks "on".
      if (TIME_WORDS.has(head.norm)) return;
      if (doc.pos(verb) !== 'VERB') return;
      flag(rel, pron);
    }

    function infinitiveFollows(obj: Token): boolean {
      for (let k = 0, c: Token | undefined = obj; k < 8 && c && c.kind !== 'punct'; k++, c = doc.next(c)) {
        if (c.norm === 'to' && doc.next(c) && doc.pos(doc.next(c)!) === 'VERB') return true;
      }
      return false;
    }

    function afterSoSuch(that: Token): boolean {
      for (let k = 0, p = doc.prev(that); k < 6 && p; k++, p = doc.prev(p)) if (p.norm === 'so' || p.norm === 'such') return true;
      return false;
    }

    function strandedPreposition(obj: Token): boolean {
      for (let k = 0, c: Token | undefined = obj; k < 6 && c; k++, c = doc.next(c)) {
        if (c.kind === 'punct') {
          const p = doc.prev(c);
          return p !== undefined && doc.pos(p) === 'ADP';
        }
      }
      return false;
    }

    function whereThere(where: Token): void {
      const subj = doc.next(where);
      const verb = subj && doc.next(subj);
      const there = verb && doc.next(verb);
      if (!subj || !verb || !there || there.norm !== 'there' || !['he', 'she', 'they', 'we', 'i', 'you', 'it'].includes(subj.norm)) return;
      // "where he lives there is no doctor": "there is" starts the main clause, so "there" is
      // only resumptive when the clause ends with it or a phrase follows it.
      const after = doc.next(there);
      if (after && after.kind === 'word' && doc.pos(after) !== 'ADP') return;
      if (doc.pos(verb) !== 'VERB') return;
      ctx.report({
        start: verb.start,
        end: there.end,
        message: `“${doc.text.slice(where.start, there.end)}”: “where” already says the place; English drops “there”.`,
        suggestions: [verb.text],
        reason: 'an English relative clause has no resumptive adverb',
        confidence: 0.6,
      });
    }
  },
};

const IRREGULAR_PAST = new Set([
  'led', 'won', 'lost', 'held', 'built', 'ran', 'wrote', 'struck', 'drew', 'fought', 'broke', 'began', 'caught',
  'chose', 'drove', 'hit', 'knew', 'met', 'read', 'rose', 'sought', 'shot', 'stole', 'threw', 'wore', 'beat',
]);
