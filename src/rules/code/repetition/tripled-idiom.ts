/**
 * A reduplicated idiom run on by one more link: "step by step by step", "one by one by one",
 * "little by little by little", "face to face to face", "side by side by side". The idiom is
 * two copies of a word joined by "by" or "to"; a round trip that renders the source's own
 * reduplication (Chinese 一步一步, Russian шаг за шагом, Turkish adım adım) on top of the
 * English idiom adds a third copy. Chains with "after" ("day after day after day", "year after
 * year after year") are English rhetoric and stay quiet, as do open chains of "to" that name a
 * route ("from country to country to country", "paycheck to paycheck").
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inQuotation } from './lib/context.js';

/** Words of a closed "X by X" idiom. */
const BY_WORDS = new Set([
  'step', 'one', 'two', 'little', 'bit', 'day', 'piece', 'inch', 'case', 'side', 'row', 'line', 'house',
  'block', 'brick', 'word', 'page', 'door', 'stone', 'layer', 'stage', 'phase', 'point', 'item', 'name',
  'minute', 'hour', 'week', 'month', 'year', 'drop', 'degree', 'grain', 'village', 'street', 'region',
  'country', 'person', 'man', 'hand', 'game', 'match', 'round', 'region', 'city', 'town', 'province',
  'district', 'school', 'shop', 'seat', 'vote', 'letter', 'centimetre', 'centimeter', 'metre', 'meter',
  'mile', 'kilometre', 'kilometer', 'cent', 'penny', 'dollar', 'euro', 'yard', 'foot', 'chapter', 'scene',
  'frame', 'module', 'batch', 'group', 'family', 'household', 'patient', 'village', 'sector', 'file',
]);
/** Words of a closed "X to X" idiom: body parts and contact. */
const TO_WORDS = new Set([
  'face', 'hand', 'back', 'cheek', 'shoulder', 'head', 'toe', 'eye', 'heart', 'nose', 'mouth', 'bumper',
  'person', 'peer', 'man', 'woman', 'ear', 'arm', 'knee', 'elbow', 'wing', 'nose', 'wall', 'end',
]);

export const rule: Rule = {
  meta: {
    id: 'tripled-idiom',
    category: 'repetition',
    severity: 'warning',
    description: 'A reduplicated idiom with one link too many: “step by step by step”, “face to face to face”.',
    examples: {
      bad: [
        { text: 'The army will withdraw [[step by step by step]] from the border.', output: 'The army will withdraw step by step from the border.' },
        { text: 'The hostages were freed [[one by one by one]] on Friday.', output: 'The hostages were freed one by one on Friday.' },
        { text: 'Prices crept up [[little by little by little]] over the summer.', output: 'Prices crept up little by little over the summer.' },
        { text: 'The two leaders met [[face to face to face]] for the first time.', output: 'The two leaders met face to face for the first time.' },
        { text: 'Engineers checked the wall [[brick by brick by brick]].', output: 'Engineers checked the wall brick by brick.' },
      ],
      good: [
        'The army will withdraw step by step from the border.',
        'We worked day after day after day on the bill.',
        'They moved from country to country to country.',
        'Families live from paycheck to paycheck.',
        'He checks in from time to time to see us.',
        'They stood side by side, day by day.',
        '“Step by step by step,” the coach repeated.',
        'Pull the parts out one by one by hand.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const link of doc.tokensWith(['by', 'to'])) {
      const words = link.norm === 'by' ? BY_WORDS : TO_WORDS;
      const a = doc.prev(link);
      const b = doc.next(link);
      const link2 = b && doc.next(b);
      const c = link2 && doc.next(link2);
      if (!a || !b || !link2 || !c || !words.has(a.norm)) continue;
      if (b.norm !== a.norm || link2.norm !== link.norm || c.norm !== a.norm) continue;
      // Report a chain once, from its first copy.
      const before = doc.prev(a);
      if (before && before.norm === link.norm && doc.prev(before)?.norm === a.norm) continue;
      if (inQuotation(doc.text, a.start)) continue;
      let last: Token = c;
      for (let l = doc.next(last); l && l.norm === link.norm && doc.next(l)?.norm === a.norm; l = doc.next(last)) last = doc.next(l) as Token;
      const keep = doc.text.slice(a.start, b.end);
      ctx.report({
        start: a.start,
        end: last.end,
        message: `“${doc.text.slice(a.start, last.end)}”: the idiom is “${keep}”; the translation added a link.`,
        suggestions: [keep],
        reason: 'a reduplicated idiom takes two copies of its word',
        confidence: 0.8,
      });
    }
  },
};
