/**
 * “which” after a person: “the minister, which resigned in May”, “players which refused to
 * train”. Languages with one relative pronoun for people and things pass it on; English uses
 * “who” for people. Only nouns that name people are listed, and only when the noun is not
 * inside a prepositional phrase (“the decision of the minister, which...” may mean the decision).
 */
import type { Rule } from '../../types.js';
import { matchCase } from '../number-agreement/lib/english.js';

const PEOPLE = new Set([
  'minister', 'ministers', 'president', 'presidents', 'man', 'men', 'woman', 'women', 'person', 'people',
  'player', 'players', 'coach', 'coaches', 'doctor', 'doctors', 'judge', 'judges', 'lawyer', 'lawyers',
  'officer', 'officers', 'soldier', 'soldiers', 'worker', 'workers', 'farmer', 'farmers', 'student', 'students',
  'teacher', 'teachers', 'journalist', 'journalists', 'activist', 'activists', 'politician', 'politicians',
  'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson',
  'diplomat', 'diplomats', 'ambassador', 'mayor', 'governor', 'senator', 'senators', 'lawmaker', 'lawmakers',
  'striker', 'defender', 'goalkeeper', 'midfielder', 'athlete', 'athletes', 'singer', 'actor', 'actress',
  'writer', 'author', 'scientist', 'scientists', 'researcher', 'researchers', 'child', 'children', 'residents',
  'resident', 'victim', 'victims', 'suspect', 'suspects', 'migrants', 'refugees', 'protesters', 'voters',
  'citizens', 'patients', 'passengers', 'fans', 'investors', 'employees', 'nurses', 'leader', 'leaders',
  'officials', 'official', 'chairman', 'founder', 'owner', 'owners', 'prosecutor', 'prosecutors',
]);

export const rule: Rule = {
  meta: {
    id: 'which-for-person',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“which” after a person: “the minister, which resigned” for “the minister, who resigned”.',
    examples: {
      bad: [
        { text: 'The minister, [[which]] resigned in May, denied the claims.', output: 'The minister, who resigned in May, denied the claims.' },
        { text: 'Players [[which]] refused to train were fined.', output: 'Players who refused to train were fined.' },
      ],
      good: [
        'The minister, who resigned in May, denied the claims.',
        'The decision of the minister, which surprised many, stands.',
        'He met the president, which was a surprise.',
        'The players’ union, which called the strike, agreed.',
        'Which players will start?',
        'The people which they chose were experts.',
        'A system of punishment for enlisted men which has obtained in Great Britain works well.',
        'The mobilization of 20,000 men, which took place along the border, was a success.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const which of doc.tokensWith(['which'])) {
      if (which.norm !== 'which') continue;
      let noun = doc.prev(which);
      const comma = noun?.text === ',';
      if (comma) noun = doc.prev(noun!);
      if (!noun || !PEOPLE.has(noun.norm) || !/^\p{Ll}/u.test(noun.text) && !doc.isSentenceInitial(noun)) continue;
      // "which" as subject: a verb follows ("which they chose" is an object relative).
      const v = doc.next(which);
      if (!v || v.kind !== 'word' || !['VERB', 'AUX'].includes(doc.pos(v))) continue;
      // "enlisted men which has obtained", "20,000 men, which took place": a singular verb after
      // a plural noun, or an event's verb, shows "which" is about something else.
      if (/(?:s|men|people|children)$/.test(noun.norm) && /^(?:has|is|was|does)$|[^s]s$/.test(v.norm)) continue;
      if (['took', 'take', 'takes', 'taking'].includes(v.norm) && doc.next(v)?.norm === 'place') continue;
      // "He met the president, which was a surprise": after a comma "which" can take the whole
      // clause; only a subject noun phrase (nothing but a determiner before it) is checked then.
      let c = doc.prev(noun);
      while (c && c.kind === 'word' && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(doc.pos(c)) && c.norm !== "'s") c = doc.prev(c);
      if (c && (doc.pos(c) === 'ADP' || c.norm === "'s" || c.norm === '’s')) continue;
      if (comma && c && c.kind === 'word') continue;
      if (doc.pos(noun) !== 'NOUN' && !(doc.pos(noun) === 'PROPN' && doc.isSentenceInitial(noun))) continue;
      const fix = matchCase(which.text, 'who');
      ctx.report({
        start: which.start,
        end: which.end,
        message: `“${noun.text}${comma ? ',' : ''} ${which.text}”: English uses “who” for people.`,
        suggestions: [fix],
        reason: 'English “which” refers to things, “who” to people',
        confidence: 0.7,
      });
    }
  },
};
