/**
 * "a separate conversation with NATO", "ready for the conversation": diplomatic talks rendered
 * as "conversation" (Russian “переговоры/разговор”, French “entretiens”). Fires only where the
 * sentence is about diplomacy (NATO, ministers, negotiators, or two capitals/countries) and the
 * wording is not the English sense of a conversation: a phone call, a chat with someone ("a long
 * conversation with his mother", "had a conversation with Putin", "in a conversation with
 * reporters") or a public debate ("a national conversation about race") stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

// Words that put a sentence in diplomacy.
const STRONG_CUES = new Set([
  'nato', 'kremlin', 'minister', 'ministers', 'diplomat', 'diplomats', 'diplomatic', 'diplomacy', 'negotiators', 'negotiator',
  'delegation', 'delegations', 'osce', 'ceasefire', 'truce', 'summit', 'treaty', 'bilateral', 'guarantees', 'sanctions',
  'allies', 'alliance', 'envoy', 'envoys', 'foreign', 'ministry', 'embassy', 'ambassador', 'ambassadors', 'pentagon',
]);
// Capitals and countries that stand for governments; two of them make a sentence diplomatic.
const PLACES = new Set([
  'moscow', 'washington', 'kyiv', 'kiev', 'beijing', 'brussels', 'tehran', 'pyongyang', 'seoul', 'tokyo', 'ankara', 'berlin',
  'paris', 'london', 'warsaw', 'minsk', 'damascus', 'riyadh', 'caracas', 'havana', 'taipei', 'delhi', 'islamabad', 'kabul',
  'russia', 'ukraine', 'china', 'iran', 'us', 'usa', 'america', 'europe', 'eu', 'un', 'west', 'israel', 'turkey', 'germany',
  'france', 'britain', 'japan', 'india', 'pakistan', 'taiwan', 'belarus', 'syria', 'venezuela', 'cuba', 'korea', 'georgia',
]);
// Partners of a "conversation with ..." that make it talks between states.
const STATE_PARTNERS = new Set([...PLACES, 'nato', 'osce', 'the', 'kremlin', 'alliance', 'allies', 'west', 'western']);
// Words before the noun that give it its ordinary English sense.
const PERSONAL = new Set([
  'phone', 'telephone', 'video', 'private', 'personal', 'long', 'brief', 'short', 'friendly', 'informal', 'casual', 'lengthy',
  'intimate', 'frank', 'candid', 'honest', 'difficult', 'national', 'public', 'global', 'broader', 'wider', 'important',
  'ongoing', 'whole', 'entire', 'real', 'good', 'great', 'this', 'our', 'my', 'your', 'his', 'her', 'in', 'during',
  'overheard', 'recorded', 'leaked', 'heated', 'animated', 'interesting', 'fascinating', 'quick', 'little', 'hour-long',
  'telephonic', 'online', 'zoom', 'radio', 'had', 'have', 'has', 'having',
]);
// "the tone of the conversation", "at the start of the conversation": a part of an exchange
// already named, too vague to rewrite.
const OF_HEADS = new Set(['beginning', 'start', 'end', 'course', 'topic', 'subject', 'part', 'tone', 'transcript', 'record', 'recording', 'content', 'details', 'notes', 'summary', 'outcome']);
const AFTER_PERSONAL = new Set(['about', 'between', 'partner', 'partners', 'piece', 'starter', 'skills', 'of']);
const ADJ_OK = new Set(['separate', 'new', 'direct', 'first', 'initial', 'further', 'fresh', 'formal', 'official', 'serious', 'substantive', 'bilateral', 'preliminary', 'second', 'next']);

function diplomatic(doc: Doc, t: Token): boolean {
  const s = doc.sentenceOf(t);
  const places = new Set<string>();
  for (let i = s.firstToken; i < s.endToken; i++) {
    const u = doc.at(i) as Token;
    if (STRONG_CUES.has(u.norm)) return true;
    // "US" the country, not "us" the pronoun: capitalized names only.
    if (PLACES.has(u.norm) && /^[A-Z]/.test(u.text) && (u.norm !== 'us' || u.text === 'US')) places.add(u.norm);
  }
  return places.size >= 2;
}

export const rule: Rule = {
  meta: {
    id: 'conversation-for-talks',
    category: 'lexical-choice',
    severity: 'warning',
    description: '“conversation” for diplomatic talks between states: English says “talks”.',
    examples: {
      bad: [
        { text: 'Tehran will open [[a new conversation]] with the EU on Monday, the minister said.', output: 'Tehran will open new talks with the EU on Monday, the minister said.' },
        { text: 'Kyiv said it was ready for [[the conversation]] if Moscow withdrew its troops.', output: 'Kyiv said it was ready for talks if Moscow withdrew its troops.' },
        { text: 'The diplomat warned that [[conversation]] could not go on forever.', output: 'The diplomat warned that the talks could not go on forever.' },
        { text: 'NATO and Russia held [[conversations]] in Geneva.', output: 'NATO and Russia held talks in Geneva.' },
        { text: 'The Kremlin proposed a new round of [[conversation]] with Washington.', output: 'The Kremlin proposed a new round of talks with Washington.' },
      ],
      good: [
        'Tehran will open new talks with the EU on Monday, the minister said.',
        'He made the decision after a long conversation with his mother.',
        'The minister had a phone conversation with his French counterpart.',
        'Biden had a frank conversation with Xi about Taiwan, the diplomat said.',
        'In a conversation with reporters, the minister declined to comment.',
        'The country needs a national conversation about race.',
        'We want to start a conversation with our readers.',
        'The Kremlin spokesman praised the tone of the conversation.',
        'At the beginning of the conversation, the ministers agreed on an agenda.',
        'Our conversation lasted two hours.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['conversation', 'conversations'])) {
      if (t.norm !== 'conversation' && t.norm !== 'conversations') continue;
      const plural = t.norm === 'conversations';
      // Walk back over adjectives the talks sense allows, to the article.
      let first = t;
      const adjs: Token[] = [];
      for (let p = doc.prev(t); p && ADJ_OK.has(p.norm); p = doc.prev(p)) {
        adjs.unshift(p);
        first = p;
      }
      const det = doc.prev(first);
      let personal = false;
      for (let k = 1; k <= 3; k++) {
        const p = doc.prev(first, k);
        if (p && PERSONAL.has(p.norm)) personal = true;
      }
      if (personal) continue;
      const of = det && det.norm === 'the' ? doc.prev(det) : undefined;
      const head = of && of.norm === 'of' ? doc.prev(of) : undefined;
      if (head && OF_HEADS.has(head.norm)) continue;
      const next = doc.next(t);
      if (next && AFTER_PERSONAL.has(next.norm)) continue;
      if (next && next.norm === 'with') {
        const partner = doc.next(next);
        if (!partner || !STATE_PARTNERS.has(partner.norm)) continue;
      }
      if (!diplomatic(doc, t)) continue;
      const adjText = adjs.map((a) => a.text).join(' ');
      let start = first.start;
      let replacement: string;
      if (det && (det.norm === 'a' || det.norm === 'an')) {
        start = det.start;
        replacement = adjText ? `${adjText} talks` : 'talks';
      } else if (det && det.norm === 'the') {
        start = det.start;
        replacement = adjText ? `the ${adjText} talks` : 'talks';
      } else {
        // After a preposition ("a round of conversation") the bare plural reads best.
        const afterPrep = det !== undefined && ['of', 'for', 'in', 'into', 'to', 'with', 'about'].includes(det.norm);
        replacement = adjText ? `${adjText} talks` : plural || afterPrep ? 'talks' : 'the talks';
      }
      const alt = replacement === 'talks' ? 'the talks' : 'talks';
      const spanText = doc.text.slice(start, t.end);
      const cap = doc.isSentenceInitial(doc.at(doc.tokenIndexAt(start)) as Token) && /^[A-Z]/.test(spanText);
      const fix = (s: string): string => (cap ? s.charAt(0).toUpperCase() + s.slice(1) : s);
      ctx.report({
        start,
        end: t.end,
        message: `“${spanText}” for negotiations between states reads as translated; in diplomacy English says “${replacement}”.`,
        suggestions: [fix(replacement), fix(alt), fix('dialogue')],
        reason: 'negotiations between governments are “talks”; a conversation is a chat between people',
        confidence: 0.8,
      });
    }
  },
};
