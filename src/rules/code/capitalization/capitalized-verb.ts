/**
 * A verb capitalized in the middle of a sentence: “the finance minister Said the plan would…”,
 * “He Wanted to know”, “the company Announced that”. A round trip that splits and rejoins
 * sentences, or a source in Title Case, leaves a capital on the verb; English capitalizes names,
 * not verbs.
 *
 * Only a verb form that is no name (“Rose”, “Drew”, “Will”, “Grant” are left out), after a
 * lower-case word or a sentence-initial pronoun, and before a function word that shows it is a
 * verb (“Said the”, “Wanted to”, “Announced that”): “Edward Said wrote” and “Foreign Minister
 * Said Jalili” do not match. Not in a headline or after a word that introduces a title.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isHeadline, lowerFirst } from './lexicon.js';

const VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'announces', 'added', 'adds', 'stated', 'explained', 'explains', 'confirmed',
  'confirms', 'reported', 'noted', 'warned', 'warns', 'stressed', 'declared', 'insisted', 'argued', 'claimed',
  'told', 'tells', 'wanted', 'decided', 'agreed', 'refused', 'rejected', 'approved', 'expected', 'expects',
  'planned', 'promised', 'pledged', 'urged', 'asked', 'demanded', 'criticised', 'criticized', 'accused',
  'denied', 'admitted', 'acknowledged', 'revealed', 'showed', 'became', 'remained', 'continued',
  'continues', 'started', 'began', 'reached', 'signed', 'launched', 'opened', 'raised', 'increased', 'reduced',
  'decreased', 'fell', 'grew', 'dropped', 'jumped', 'surged', 'plunged', 'fined', 'arrested', 'detained',
  'ordered', 'ruled', 'published', 'received', 'needed', 'tried', 'hoped', 'believes', 'believed', 'thinks',
  'knew', 'knows', 'wrote', 'writes', 'emphasised', 'emphasized', 'underlined', 'recalled', 'estimated',
  'predicted', 'suggested', 'proposed', 'recommended', 'indicated', 'specified', 'clarified',
]);
// Verb forms that are also names: left out above; listed here for the record.
// rose, drew, will, grant, won, bill, mark, hope, chase, may, sue, rob, pat; and forms that are
// also nouns (plans, needs, shows, remains, estimates, thought); "said" is kept, guarded by NEXT.
const NEXT: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'that', 'to', 'it', 'he', 'she', 'they', 'we', 'his', 'her', 'its', 'their', 'there', 'this',
  'these', 'those', 'on', 'in', 'by', 'from', 'with', 'about', 'no', 'not', 'all', 'some', 'more', 'what', 'how',
  'why', 'whether', 'if', 'him', 'them', 'us', 'our', 'up', 'down', 'out', 'off', 'again', 'also',
]);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const TITLE_INTRO: ReadonlySet<string> = new Set([
  'film', 'movie', 'song', 'album', 'book', 'novel', 'play', 'poem', 'titled', 'entitled', 'called', 'named', 'series',
  'show', 'single', 'track', 'episode', 'hit', 'musical', 'opera', 'painting', 'motto', 'slogan', 'headline',
]);

export const rule: Rule = {
  meta: {
    id: 'capitalized-verb',
    category: 'capitalization',
    severity: 'warning',
    description: 'A verb capitalized in the middle of a sentence (“the minister Said the plan…”).',
    examples: {
      bad: [
        { text: 'The finance minister [[Said]] the plan would be presented next week.', output: 'The finance minister said the plan would be presented next week.' },
        { text: 'He [[Wanted]] to know why the payments had stopped.', output: 'He wanted to know why the payments had stopped.' },
        { text: 'The company [[Announced]] that it would close two plants.', output: 'The company announced that it would close two plants.' },
        { text: 'Exports to the region [[Fell]] by 4 percent in the third quarter.', output: 'Exports to the region fell by 4 percent in the third quarter.' },
        { text: 'The court [[Ruled]] that the contract was void.', output: 'The court ruled that the contract was void.' },
      ],
      good: [
        'The finance minister said the plan would be presented next week.',
        'Foreign Minister Said Jalili arrived in Moscow.',
        'The critic Edward Said wrote about it.',
        'She sang the song Said the Joker to the Thief.',
        'Prices Fell to Record Lows',
        'The ceremony for Rose the nurse took place in May.',
        'You will be Told about it Tomorrow.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of Array.from(doc.positionsIn(VERBS))) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text === t.norm || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      if (doc.isSentenceInitial(t)) continue;
      const p = doc.prev(t);
      if (!p || p.kind !== 'word') continue;
      const pronounStart = PRONOUNS.has(p.norm) && doc.isSentenceInitial(p);
      if (!(p.text === p.norm || pronounStart) || TITLE_INTRO.has(p.norm)) continue;
      if (p.norm === 'the' || p.norm === 'a' || p.norm === 'an') continue;
      const n = doc.next(t);
      if (!n || n.kind !== 'word' || n.text !== n.norm || !NEXT.has(n.norm)) continue;
      // Verse and lists capitalize each line; whimsical Title Case capitalizes more words nearby.
      if (/\n[ \t]*$/.test(doc.text.slice(Math.max(0, t.start - 20), t.start))) continue;
      let more = false;
      for (let k = 2; k <= 4 && !more; k++) {
        const w = doc.next(t, k);
        if (w && w.kind === 'word' && /^\p{Lu}/u.test(w.text)) more = true;
      }
      if (more || isHeadline(doc, t.start)) continue;
      const fixed = lowerFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a verb capitalized mid-sentence: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'only the first word of a sentence and names take a capital',
        confidence: 0.8,
      });
    }
  },
};
