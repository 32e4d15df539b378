/**
 * A sentence that opens with its past-tense verb and puts the subject after it: "Announced
 * the US Commerce Department on Monday new restrictions", "Equalised Tomas Iriarte in the
 * 82nd minute". Spanish, Italian, Arabic and Portuguese put the verb first; English puts the
 * subject first. A participle phrase ("Founded in 1990, the company…", "Asked about it, she…")
 * and quote attribution ("Said the minister: …") are English and stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const SPEECH = new Set(['said', 'added', 'asked', 'wrote', 'noted', 'explained', 'replied', 'answered', 'continued', 'recalled', 'concluded', 'insisted', 'warned', 'told']);
const IRREGULAR_PAST = new Set(['won', 'lost', 'beat', 'took', 'gave', 'made', 'hit', 'struck', 'rose', 'fell', 'met', 'led', 'left', 'held', 'sent', 'brought', 'caught', 'drew', 'broke', 'chose', 'began', 'sold', 'bought', 'threw']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
// Nouns that act in news copy; with a name, they make the phrase after the verb a subject,
// not the object of a subjectless line ("Used the carrot", "Left the house").
const ACTORS = new Set(['government', 'parliament', 'ministry', 'minister', 'president', 'police', 'court', 'company', 'club', 'team', 'council', 'commission', 'committee', 'bank', 'army', 'military', 'union', 'unions', 'party', 'senate', 'congress', 'cabinet', 'regulator', 'authorities', 'officials', 'prosecutors', 'judge', 'coach', 'striker', 'goalkeeper', 'agency', 'department', 'spokesman', 'spokeswoman',
  'chamber', 'assembly', 'legislature', 'lawmakers', 'deputies', 'senators', 'board', 'federation', 'association',
  'prosecutor', 'investigators', 'regulators', 'firm', 'group', 'institute', 'authority', 'tribunal', 'mayor', 'governor',
  'premier', 'chancellor', 'leader', 'leaders', 'manager', 'management', 'owner', 'owners', 'shareholders', 'voters']);

function isCapitalized(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** The first word of the sentence, or the first after a one-word dateline ("Washington: Announced"). */
function opener(doc: Doc, t: Token): boolean {
  if (doc.isSentenceInitial(t)) return true;
  const colon = doc.prev(t);
  const city = colon && doc.prev(colon);
  return colon?.text === ':' && city !== undefined && doc.isSentenceInitial(city) && isCapitalized(city);
}

/** The subject after the verb: a determiner + noun phrase, or a capitalized name; its last token. */
function subjectEnd(doc: Doc, first: Token): Token | undefined {
  let last: Token | undefined;
  let t: Token | undefined = first;
  if (DETERMINERS.has(first.norm)) {
    let hasNoun = false;
    for (t = doc.next(first); t && (NOUNISH.has(doc.pos(t)) || isCapitalized(t)); t = doc.next(t)) {
      if (doc.pos(t) === 'NOUN' || doc.pos(t) === 'PROPN') hasNoun = true;
      last = t;
    }
    return hasNoun ? last : undefined;
  }
  if (!isCapitalized(first) || doc.pos(first) !== 'PROPN') return undefined;
  for (; t && isCapitalized(t) && doc.pos(t) === 'PROPN'; t = doc.next(t)) last = t;
  return last;
}

export const rule: Rule = {
  meta: {
    id: 'verb-before-subject',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A sentence that opens with its past-tense verb and puts the subject after it.',
    examples: {
      bad: [
        { text: 'Washington: [[Announced the US Commerce Department]] on Monday sweeping new rules on exports of chips to China.', output: 'Washington: The US Commerce Department announced on Monday sweeping new rules on exports of chips to China.' },
        { text: 'Arsenal led at the break. [[Equalised Tomas Iriarte]] in the 82nd minute with a header from a corner.', output: 'Arsenal led at the break. Tomas Iriarte equalised in the 82nd minute with a header from a corner.' },
        { text: '[[Approved the parliament]] the budget late on Friday after a debate of nine hours.', output: 'The parliament approved the budget late on Friday after a debate of nine hours.' },
        { text: 'Amman: [[Approved the lower house of parliament]] on Sunday a law that will raise water tariffs.', output: 'Amman: The lower house of parliament approved on Sunday a law that will raise water tariffs.' },
      ],
      good: [
        'Founded in 1990, the company employs 500 people.',
        'Asked about the plan, the minister declined to comment.',
        'Said the minister: "We will not back down."',
        'Gone are the days of cheap energy.',
        'Announced on Monday, the rules take effect in May.',
        'Raised in Lagos, Adebayo moved to London at 12.',
        'The US Commerce Department announced new rules on Monday.',
        'Stunned, the crowd fell silent.',
        'Scored in the 82nd minute, the goal sealed the title.',
        'Killed in the attack were two soldiers.',
        'Washington: The Commerce Department announced new rules.',
        'INCREASED PROSPERITY We can help insure continued prosperity for the farmer and the small towns.',
        'Projected Federal spending, if government refuses to tighten its belt, will rise by billions next year.',
        'Soviet-supported Vietnamese aggression in Indochina has posed a major threat to the region.',
        'Prices fell. Advanced Photonics Corp also said on Monday that its quarterly loss had narrowed sharply.',
        'Orders rose. Integrated Freight Systems earned four million dollars in the first half of the year.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const s of doc.sentences) {
      // News statements are long; short verb-first lines are fragments, captions or titles
      // ("Finished the test", "Proposed Additions"), which a subjectless reading explains.
      if (s.endToken - s.firstToken < 10) continue;
      // Title Case lines are headings or titles ("Proposed Additions to the Instruction Set"):
      // counted once per sentence, and only when a candidate verb is there.
      let titleCase: boolean | undefined;
      // Candidates: the sentence's first word, or the first after a dateline.
      for (let i = s.firstToken; i < Math.min(s.endToken, s.firstToken + 4); i++) {
        const v = doc.tokens[i] as Token;
        if (v.kind !== 'word' || !isCapitalized(v) || SPEECH.has(v.norm)) continue;
        // "INCREASED PROSPERITY": a heading in capitals; "Soviet-supported Vietnamese
        // aggression": a hyphenated participle is an adjective.
        if (v.text === v.text.toUpperCase() || v.text.includes('-')) continue;
        // "Ted Williams once had ...": a short -ed word before a name is a first name.
        if (v.norm.length <= 3 && isCapitalized(doc.next(v) ?? v) && doc.next(v) !== undefined) continue;
        if (!(v.norm.endsWith('ed') || IRREGULAR_PAST.has(v.norm))) continue;
        if (titleCase === undefined) {
          let words = 0;
          let caps = 0;
          for (let k = s.firstToken; k < s.endToken; k++) {
            const w = doc.tokens[k] as Token;
            if (w.kind !== 'word') continue;
            words++;
            if (isCapitalized(w)) caps++;
          }
          titleCase = caps * 2 > words;
        }
        if (titleCase) break;
        if (!opener(doc, v)) continue;
        const next = doc.next(v);
        if (!next || next.kind !== 'word') continue;
        // Cheap tests passed: now the tags.
        if (doc.pos(v) !== 'VERB') continue;
        const end = subjectEnd(doc, next);
        if (!end) continue;
        // The phrase must look like an actor: a name in it, or an acting noun at its head.
        let actor = false;
        for (let t: Token | undefined = next; t; t = t === end ? undefined : doc.next(t)) {
          if ((t !== next && isCapitalized(t)) || (t === next && doc.pos(t) === 'PROPN') || ACTORS.has(t.norm) || (t.norm === 'house' && ['lower', 'upper'].includes(doc.prev(t)?.norm ?? ''))) actor = true;
        }
        if (!actor) continue;
        // "Projected Federal spending ...": the participle and the name modify a noun after them.
        const after = doc.next(end);
        if (after && after.kind === 'word' && after.text === after.norm && doc.pos(after) === 'NOUN') continue;
        // "Advanced Micro Devices Inc said", "Applied Biosystems earned": the participle opens a
        // name that is the subject of the verb after it (or heads a list item: "Allied Stores Inc -").
        const verbAfter = after && after.kind === 'word' && doc.pos(after) === 'ADV' ? doc.next(after) : after;
        if (isCapitalized(next) && DETERMINERS.has(next.norm) === false && verbAfter && (verbAfter.text === '-' || verbAfter.text === '–' || (verbAfter.kind === 'word' && /^\p{Ll}/u.test(verbAfter.text) && ['VERB', 'AUX'].includes(doc.pos(verbAfter))))) continue;
        // Title Case runs ("Proposed Additions To The Rules") are headings, not statements.
        if (isCapitalized(next) && next.norm !== next.text.toLowerCase() && DETERMINERS.has(next.norm)) continue;
        // A participle phrase ends in a comma before its main clause: "Founded in 1990, the…".
        let comma = false;
        for (let k = 1, t = doc.next(end); t && k <= 3; k++, t = doc.next(t)) if (t.text === ',' || t.text === ':') comma = true;
        if (comma) continue;
        // "the lower house of parliament": one noun after "of" belongs to the subject.
        let last = end;
        const of = doc.next(end);
        const ofNoun = of?.norm === 'of' ? doc.next(of) : undefined;
        if (ofNoun && ofNoun.kind === 'word' && (doc.pos(ofNoun) === 'NOUN' || doc.pos(ofNoun) === 'PROPN')) {
          const after2 = doc.next(ofNoun);
          if (!after2 || after2.kind !== 'word' || !['NOUN', 'PROPN'].includes(doc.pos(after2))) last = ofNoun;
        }
        const subject = doc.text.slice(next.start, last.end);
        const fixed = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${v.text.charAt(0).toLowerCase()}${v.text.slice(1)}`;
        ctx.report({
          start: v.start,
          end: last.end,
          message: `“${doc.text.slice(v.start, last.end)}”: the verb comes before its subject, as in the source language; English says “${fixed}”.`,
          suggestions: [fixed],
          reason: 'English puts the subject before the verb in a statement',
          confidence: 0.6,
        });
        break;
      }
    }
  },
};
