/**
 * Reported speech that keeps the speaker's first person: “She said that we have evacuated
 * 90,000 people”, “The minister has said that we will not let companies…”. Hindi, Urdu,
 * Bengali, Persian and Amharic report speech in the speaker's own words after “that”; English
 * indirect speech shifts the person (“she said they had evacuated”), and wire copy says “we”
 * or “I” only inside quotation marks.
 *
 * Flagged: an unquoted “we” or “I” right after “<third-person subject> said (that)” and before
 * its verb. Quiet in a text that speaks in the first person elsewhere outside quotes (a
 * speech, a letter, an opinion piece), where “he said that we are all…” is the writer's “we”.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { inQuotation } from '../repetition/lib/context.js';

const SPEECH = new Set([
  'said', 'says', 'told', 'added', 'stressed', 'insisted', 'warned', 'explained', 'announced', 'noted', 'claimed',
  'argued', 'stated', 'declared', 'assured', 'promised', 'confirmed', 'emphasised', 'emphasized', 'reiterated',
  'vowed', 'admitted', 'maintained', 'asserted', 'acknowledged',
]);
const FIRST_PERSON = new Set(['we', 'i', 'our', 'us', 'my', 'me', 'ours', 'myself', 'ourselves']);
// The speaker is the writer ("I said that we"), the reader, or no one ("it was said that we").
const NOT_A_SPEAKER = new Set(['we', 'i', 'you', 'was', 'were', 'is', 'are', 'be', 'been', 'being']);
// Between the subject and the speech verb: "has said", "also told reporters".
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'again', 'then', 'later', 'earlier', 'repeatedly', 'publicly', 'reportedly']);

/** First-person words outside quotation marks, the candidate itself left out. */
function speaksInFirstPerson(doc: Doc, except: Token): boolean {
  let n = 0;
  for (const t of doc.tokensWith(FIRST_PERSON)) {
    if (t === except || !FIRST_PERSON.has(t.norm) || (t.norm === 'i' && t.text !== 'I') || (t.norm === 'us' && t.text === 'US')) continue;
    if (inQuotation(doc.text, t.start)) continue;
    if (++n >= 2) return true;
  }
  return false;
}

/** The word before the speech verb `v` (its subject's last word), past "has", "also"…; undefined after punctuation. */
function speakerBefore(doc: Doc, v: Token): Token | undefined {
  let p = doc.prev(v);
  for (let k = 0; p && k < 3 && BETWEEN.has(p.norm); k++) p = doc.prev(p);
  return p && p.kind === 'word' ? p : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'reported-first-person',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'Reported speech that keeps the speaker’s “we” or “I”: “she said that we have evacuated 90,000 people”.',
    examples: {
      bad: [
        { text: 'The governor visited the camps. She said that [[we]] have moved 90,000 people to safer ground.', output: 'The governor visited the camps. She said that they have moved 90,000 people to safer ground.' },
        { text: 'Health Minister Ravi Rao has said that [[we]] will not let companies rename old drugs.', output: 'Health Minister Ravi Rao has said that they will not let companies rename old drugs.' },
        { text: 'The coach told reporters that [[I]] was proud of the team.', output: 'The coach told reporters that he was proud of the team.' },
      ],
      good: [
        '“We have moved 90,000 people,” she said.',
        'She said that they had moved 90,000 people to safer ground.',
        'I said that we would cut taxes, and we did.',
        'We said that we would act.',
        'He said that we are all, regardless of race, genetically alike. Our task is to act on it. I ask you to help.',
        'She said, “I think that we can win.”',
        'He said that the US would act.',
        'It was said that we would lose the war.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['we', 'i'])) {
      if (t.norm === 'i' && t.text !== 'I') continue;
      if (t.norm !== 'we' && t.norm !== 'i') continue;
      let v = doc.prev(t);
      if (v?.norm === 'that') v = doc.prev(v);
      // "told reporters that we…": the verb's object between it and "that".
      if (v && !SPEECH.has(v.norm) && doc.prev(v)?.norm === 'told') v = doc.prev(v);
      if (!v || !SPEECH.has(v.norm)) continue;
      const speaker = speakerBefore(doc, v);
      if (!speaker || NOT_A_SPEAKER.has(speaker.norm)) continue;
      // The clause goes on with its verb: "that we have evacuated".
      const next = doc.next(t);
      if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) continue;
      if (inQuotation(doc.text, t.start) || speaksInFirstPerson(doc, t)) continue;
      if (!doc.canTag || !['VERB', 'AUX'].includes(doc.pos(next))) continue;
      // "I" becomes the speaker's pronoun; "we" the group the speaker speaks for.
      const pronouns = t.norm === 'we' ? ['they'] : speaker.norm === 'she' || speaker.norm === 'he' ? [speaker.norm] : ['he', 'she'];
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” after “${v.text} that” is the speaker's own word: English reported speech shifts the person (“${pronouns.join('” or “')}”), or quotes the words.`,
        suggestions: pronouns,
        reason: 'wire copy reports speech in the third person and keeps “we” and “I” inside quotation marks',
        confidence: 0.55,
      });
    }
  },
};
