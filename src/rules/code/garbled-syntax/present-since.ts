/**
 * The present tense with “since” + a point in time: “he works here since 2010”, “the border is
 * closed since March”, “they know each other since childhood”. Romance, German and Slavic use
 * the present for a state that runs up to now; English needs the present perfect (“has worked”,
 * “has been closed”). The verb is the first present-tense verb before “since” in the same
 * clause. Quiet where English keeps the present: after a superlative or a first (“the highest
 * since 2008”, “the first time since”), a change (“up 5 percent since January”), “it is ten
 * years since”, in headlines, and with the progressive (another rule handles “is working since”).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';
import { isHeadline } from '../number-agreement/lib/english.js';
import { MONTHS, WEEKDAYS, lemmaOf } from './lib/english.js';

const BE: ReadonlyMap<string, [string, string]> = new Map([
  ['is', ['has been', 'has not been']], ['are', ['have been', 'have not been']], ['am', ['have been', 'have not been']],
  ["isn't", ["hasn't been", "hasn't been"]], ["aren't", ["haven't been", "haven't been"]],
]);
// Already perfect or past: nothing to flag, and no need to tag.
const PERFECT = new Set(['has', 'have', 'had', 'been', "'ve", 'was', 'were', 'will', 'would']);
const PLURAL_SUBJECTS = new Set(['i', 'we', 'you', 'they']);
// Words between the verb and "since" that make the present English.
const KEEPS_PRESENT = /^(?:first|ever|most|least|only|last|record|time|times|up|down|higher|lower|more|less|above|below|unchanged|flat|off|better|worse|since|\p{Ll}+est|percent|%|cent|pct|fold|double|half|twice|year|years|month|months|week|weeks|day|days|decade|decades|hours|ago)$/u;
const POINT_AFTER_THE = new Set([
  'beginning', 'start', 'end', 'summer', 'winter', 'spring', 'autumn', 'fall', 'pandemic', 'war', 'age',
  'invasion', 'crisis', 'election', 'coup', 'revolution', 'early', 'late', 'mid', '1990s', '2000s', '1980s',
  '2010s', '1970s', 'outbreak', 'collapse', 'attack', 'attacks', 'accident', 'earthquake', 'disaster', 'fire',
  'flood', 'floods', 'storm', 'explosion', 'blast', 'strike', 'referendum', 'vote', 'ceasefire', 'truce',
  'takeover', 'merger', 'crash', 'shooting', 'bombing', 'death', 'arrest', 'resignation', 'lockdown', 'quake',
  'reform', 'summit', 'change', 'transfer', 'sale', 'opening', 'closure', 'launch', 'ban', 'sanctions',
]);

function sincePoint(doc: Doc, s: Token): boolean {
  const n = doc.next(s);
  if (!n) return false;
  if (n.kind === 'number') return /^(?:1[89]|20)\d\d$/.test(n.text) || MONTHS.has(doc.next(n)?.norm ?? '');
  if ((MONTHS.has(n.norm) || WEEKDAYS.has(n.norm)) && /^\p{Lu}/u.test(n.text)) return true;
  if (['last', 'then', 'childhood', 'yesterday', 'early', 'late', 'mid', 'birth', 'independence'].includes(n.norm)) return true;
  const nn = doc.next(n);
  if (!((n.norm === 'the' || n.norm === 'its') && nn !== undefined && POINT_AFTER_THE.has(nn.norm))) return false;
  // "since the vote failed" may be causal: a clause after the noun leaves it open.
  const after = doc.next(nn);
  return !(after && after.kind === 'word' && (doc.pos(after) === 'VERB' || doc.pos(after) === 'AUX'));
}

/** Whether `c` (tagged a noun, right before "since") is the clause's verb; see the caller. */
function nounVerbBeforeSince(doc: Doc, c: Token, since: Token): boolean {
  const subj = doc.prev(c);
  const det = subj && doc.prev(subj);
  if (!subj || !det || doc.pos(subj) !== 'NOUN' || /s$/.test(subj.norm) || !['the', 'its', 'their', 'his', 'her', 'this', 'our'].includes(det.norm)) return false;
  // The noun phrase opens a clause ("as the currency moves"), not an object ("noted the party gains").
  const op = doc.prev(det);
  if (op ? !['as', 'because', 'while', 'since', 'that', 'and', 'but', 'when', 'although', 'though', 'where', 'whereas'].includes(op.norm) : !doc.isSentenceInitial(det)) return false;
  for (let k = 0, n = doc.next(since); k < 12 && n; k++, n = doc.next(n)) {
    if (n.kind === 'punct') return n.text !== ',' || k > 0;
    const p = doc.pos(n);
    if (p === 'VERB' || p === 'AUX') return false;
  }
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'present-since',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“he works here since 2010” for “he has worked here since 2010”: the present with “since”.',
    examples: {
      bad: [
        { text: 'He [[works]] for the ministry since 2010.', output: 'He has worked for the ministry since 2010.' },
        { text: 'The border [[is]] closed since March.', output: 'The border has been closed since March.' },
        { text: 'The two leaders [[know]] each other since childhood.', output: 'The two leaders have known each other since childhood.' },
        { text: 'Lukashenko, who [[is]] in power since 1994, denied the claims.', output: 'Lukashenko, who has been in power since 1994, denied the claims.' },
        { text: 'The company [[operates]] in Russia since the 1990s.', output: 'The company has operated in Russia since the 1990s.' },
        { text: 'Prices [[remain]] frozen since the start of the war.', output: 'Prices have remained frozen since the start of the war.' },
        { text: 'The road [[is]] blocked since Monday because of the landslide.', output: 'The road has been blocked since Monday because of the landslide.' },
        { text: 'The airport [[is not]] used since the earthquake.', output: 'The airport has not been used since the earthquake.' },
        { text: 'There is no need to panic, as the currency [[moves]] since January in a narrow band.', output: 'There is no need to panic, as the currency has moved since January in a narrow band.' },
      ],
      good: [
        'He has worked for the ministry since 2010.',
        'Inflation is at its highest since 1990.',
        'It is the first time since 2008 that the bank cut rates.',
        'Shares are up 20 percent since January.',
        'It is ten years since he died.',
        'He is working there since 2019, the club said.',
        'Since it is raining, the match is off.',
        'The index is the lowest since March.',
        'It is the biggest protest since the revolution.',
        'The rate is unchanged since June.',
        'He will stay in office since the vote failed.',
        'The company is in trouble since the vote failed.',
        'Court Rules Border Closure Legal Since March',
        'The price is double what it was since 2019.',
        'The record is 2 minutes 24 seconds held by Secretariat since 1973.',
        'It is worth pointing out that since the war the rate has fallen.',
        'The company sales since January have risen.',
        'The team results since March were poor.',
        'He noted the party gains since 2019.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const since of doc.tokensWith(['since'])) {
      if (since.norm !== 'since' || !sincePoint(doc, since)) continue;
      // "It is worth pointing out that since the war ...": "since" opens the next clause.
      if (['that', 'and', 'but', 'because', 'as', 'while', 'when', 'if', 'although', 'though', 'so', 'whether'].includes(doc.prev(since)?.norm ?? '')) continue;
      // Cheap test first: a word that keeps the present, before any tagging.
      let keeps = false;
      for (let k = 0, c = doc.prev(since); k < 8 && c && c.kind !== 'punct' && !keeps; k++, c = doc.prev(c)) keeps = KEEPS_PRESENT.test(c.norm) || c.kind === 'number' || PERFECT.has(c.norm);
      if (keeps) continue;
      // Walk back to the verb, within the clause.
      let verb: Token | undefined;
      let retagged = false;
      for (let k = 0, c = doc.prev(since); k < 8 && c; k++, c = doc.prev(c)) {
        if (c.kind === 'punct') break;
        if (KEEPS_PRESENT.test(c.norm) || c.kind === 'number') keeps = true;
        let pos = doc.pos(c);
        // "as the currency moves since January in a narrow band": a verb in -s the tagger took
        // for a noun, after a singular noun with its determiner, with no verb after "since".
        if (pos === 'NOUN' && c === doc.prev(since) && /[^s']s$/.test(c.norm) && nounVerbBeforeSince(doc, c, since)) {
          pos = 'VERB';
          retagged = true;
        }
        if (pos === 'AUX' || pos === 'VERB') {
          // The first verb of the clause: keep walking past participles and infinitives.
          const p = doc.prev(c);
          if (pos === 'VERB' && (/(?:ed|en|ing)$/.test(c.norm) || p?.norm === 'to')) continue;
          verb = c;
          break;
        }
      }
      if (!verb || keeps || isHeadline(doc, doc.sentenceOf(since))) continue;
      const v = verb;
      const be = BE.get(v.norm);
      let fix: string;
      let end = v;
      if (be) {
        const n = doc.next(v);
        if (n && /ing$/.test(n.norm) && doc.pos(n) === 'VERB') continue;
        if (n?.norm === 'not' && !v.norm.endsWith("n't")) {
          fix = be[1];
          end = n;
        } else fix = be[0];
      } else {
        if ((doc.pos(v) !== 'VERB' && !retagged) || !/^\p{Ll}+$/u.test(v.text)) continue;
        const prev = doc.prev(v);
        const third = /[^s]s$/.test(v.norm);
        if (!third) {
          // A base form is present only after a plural or first/second person subject.
          if (!prev || !(PLURAL_SUBJECTS.has(prev.norm) || doc.pos(prev) === 'NOUN' && /s$/.test(prev.norm) || doc.pos(prev) === 'PROPN')) continue;
        } else if (prev && ['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'].includes(prev.norm)) continue;
        const lemma = lemmaOf(v.norm);
        if (!lemma || lemma === 'be' || lemma === 'have' || lemma === 'do') continue;
        // "held by Secretariat since 1973": a past form is not the present.
        if (!third && lemma !== v.norm) continue;
        fix = `${third ? 'has' : 'have'} ${verbForm(lemma, 'pp')}`;
      }
      ctx.report({
        start: v.start,
        end: end.end,
        message: `“${doc.text.slice(v.start, end.end)} … since”: for a state that runs up to now English uses the present perfect (“${fix}”).`,
        suggestions: [fix],
        reason: '“since” + a point in time takes the present perfect',
        confidence: 0.7,
      });
    }
  },
};
