/**
 * One named person with a plural verb: “Health Minister Ramesh Tiwari have said”, “President
 * Lula are expected to attend”. Chinese, Japanese, Korean, Indonesian and Turkish verbs carry no
 * person or number, and MT picks the plural form after a long subject. A title before the name
 * shows the subject is one person.
 *
 * Only a title from the list, then one to three capitalized names, then “have”, “are”,
 * “were” or “do”; never when “and”, “&” or a comma joins a second subject before the title,
 * and never “were” after “if” or “as if” (the subjunctive).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const TITLES = new Set([
  'minister', 'president', 'premier', 'chancellor', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'secretary', 'chairman', 'chairwoman', 'director', 'commissioner', 'ambassador', 'envoy', 'judge',
  'prosecutor', 'general', 'colonel', 'captain', 'coach', 'manager', 'king', 'queen', 'prince', 'princess', 'pope',
  'mr', 'mrs', 'ms', 'dr', 'professor', 'prof', 'sheikh', 'emir', 'sultan', 'cardinal', 'bishop', 'archbishop',
  'lawmaker', 'congressman', 'congresswoman', 'representative', 'deputy', 'chief', 'superintendent', 'inspector',
  'sergeant', 'lieutenant', 'admiral', 'marshal', 'councillor', 'councilor', 'commander', 'rapporteur', 'striker',
  'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'supt', 'insp', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'actor', 'actress', 'singer', 'rapper', 'novelist',
]);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'supt', 'insp']);
const VERBS: ReadonlyMap<string, string> = new Map(Object.entries({ have: 'has', are: 'is', were: 'was', do: 'does' }));
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'all', 'both']);
const JOINERS = new Set(['and', '&', 'or', 'nor', 'with', 'plus', '/']);

function isName(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text);
}

export const rule: Rule = {
  meta: {
    id: 'titled-name-plural-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'One person named with a title, then a plural verb: “Health Minister Ramesh Tiwari have said”.',
    examples: {
      bad: [
        { text: 'Health Minister Ramesh Tiwari [[have]] said that prices will fall.', output: 'Health Minister Ramesh Tiwari has said that prices will fall.' },
        { text: 'President Lula [[are]] expected to attend the summit.', output: 'President Lula is expected to attend the summit.' },
        { text: 'On Monday, Prime Minister Anna Berg [[have]] rejected the offer.', output: 'On Monday, Prime Minister Anna Berg has rejected the offer.' },
        { text: 'Coach Marco Rossi [[were]] sacked after the defeat.', output: 'Coach Marco Rossi was sacked after the defeat.' },
        { text: 'Mr. Okafor [[have]] denied any wrongdoing.', output: 'Mr. Okafor has denied any wrongdoing.' },
      ],
      good: [
        'Health Minister Ramesh Tiwari has said that prices will fall.',
        'President Lula and Prime Minister Modi have agreed to meet.',
        'The minister and President Lula have agreed to meet.',
        'If President Lula were to attend, the summit would be historic.',
        'Ministers have said they will act.',
        'Mr. and Mrs. Smith have left.',
        'Senator Warren, Senator Sanders and others have signed.',
        'Under President Lula, exports have grown.',
        'The Minister Counsellors have met.',
        'Allies of President Lula have said he will run.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const v of doc.tokensWith(VERBS)) {
      const fix = VERBS.get(v.norm);
      if (!fix || !/^\p{Ll}/u.test(v.text)) continue;
      // Walk back over one to three names to the title.
      let t = doc.prev(v);
      let names = 0;
      while (names < 3 && isName(t) && !TITLES.has(t.norm)) {
        names++;
        t = doc.prev(t);
      }
      // "Mr." is two tokens: "Mr" and ".".
      if (t && t.text === '.' && ABBREVIATIONS.has(doc.prev(t)?.norm ?? '')) t = doc.prev(t);
      if (names === 0 || !t || !TITLES.has(t.norm)) continue;
      let title: Token = t;
      // Multiword titles: "Prime Minister", "Health Minister", "Foreign Secretary".
      let before = doc.prev(title);
      while (before && /^\p{Lu}/u.test(before.text) && before.kind === 'word' && !doc.isSentenceInitial(title) && !DETERMINERS.has(before.norm)) {
        title = before;
        before = doc.prev(title);
      }
      // "The Minister Counsellors have": a determiner makes the phrase a common noun.
      if (before && DETERMINERS.has(before.norm)) continue;
      // "Senator Warren, Senator Sanders have": a list of titled names.
      if (before?.text === ',') {
        let listed = false;
        for (let k = 0, p = doc.prev(before); p && k < 4; k++, p = doc.prev(p)) if (TITLES.has(p.norm) && /^\p{Lu}/u.test(p.text)) listed = true;
        if (listed) continue;
      }
      if (before && (JOINERS.has(before.norm) || before.norm === 'of' || before.norm === "'s" || before.norm === 'under' || before.norm === 'by')) continue;
      // "Allies of President Lula have": the title is inside a prepositional phrase.
      if (before && before.kind === 'word' && /^\p{Ll}/u.test(before.text) && !['on', 'in', 'at', 'yesterday', 'today', 'also', 'then', 'now', 'that', 'meanwhile', 'but'].includes(before.norm)) continue;
      if (v.norm === 'were') {
        const n = doc.next(v);
        if (n?.norm === 'to') continue;
        let k = 0;
        for (let p = doc.prev(title); p && k < 8; p = doc.prev(p), k++) if (p.norm === 'if' || p.norm === 'though' || p.norm === 'wish') k = 99;
        if (k >= 99) continue;
      }
      // The title itself must be singular ("Ministers have said" is fine).
      if (/s$/.test(t.norm) && t.norm !== 'ms' && t.norm !== 'mrs') continue;
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(title.start, v.end)}”: one named person takes the singular verb “${fix}”.`,
        suggestions: [fix],
        reason: 'a singular subject takes a singular verb',
        confidence: 0.8,
      });
    }
  },
};
