/**
 * An object fronted with a comma before its subject and verb: "Tickets, passengers can buy by
 * phone", "The new rules, the union rejected on Monday", "Such loans, banks no longer grant".
 * Russian, Polish, Chinese and Japanese put the topic first (Билеты пассажиры могут купить по
 * телефону; 票，乘客可以电话购买); English keeps the object after the verb: "Passengers can buy
 * tickets by phone". Flagged when a sentence opens with a short noun phrase and a comma, then
 * a subject, an optional auxiliary and a transitive verb from the list with nothing after it
 * that could be its object. Time and place nouns ("Last year, farmers sold by auction"),
 * vocatives before "we/you" and demonstratives ("This, we cannot accept") stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { WEEKDAYS, MONTHS } from './lib/english.js';

const VERBS = new Set([
  'buy', 'bought', 'sell', 'sold', 'book', 'booked', 'order', 'ordered', 'pay', 'paid', 'find', 'found', 'get',
  'got', 'see', 'saw', 'watch', 'watched', 'read', 'use', 'used', 'need', 'needed', 'accept', 'accepted',
  'reject', 'rejected', 'sign', 'signed', 'send', 'sent', 'bring', 'brought', 'build', 'built', 'collect',
  'collected', 'receive', 'received', 'obtain', 'obtained', 'purchase', 'purchased', 'download', 'downloaded',
  'rent', 'rented', 'hire', 'hired', 'borrow', 'borrowed', 'afford', 'import', 'imported', 'export', 'exported',
  'produce', 'produced', 'grow', 'grew', 'eat', 'ate', 'drink', 'drank', 'offer', 'offered', 'provide',
  'provided', 'supply', 'supplied', 'deliver', 'delivered', 'ship', 'shipped', 'carry', 'carried', 'store',
  'stored', 'issue', 'issued', 'print', 'printed', 'publish', 'published', 'approve', 'approved', 'ban', 'banned',
  'renew', 'renewed', 'replace', 'replaced', 'repair', 'repaired', 'check', 'checked', 'register', 'registered',
  'submit', 'submitted', 'cancel', 'cancelled', 'canceled', 'refund', 'refunded', 'return', 'returned',
  'collect', 'pick', 'picked', 'choose', 'chose', 'select', 'selected', 'apply', 'obtain', 'claim', 'claimed',
  'request', 'requested', 'exchange', 'exchanged', 'recover', 'recovered', 'seize', 'seized', 'confiscate',
  'confiscated', 'destroy', 'destroyed', 'demolish', 'demolished', 'close', 'closed', 'open', 'opened',
  'raise', 'raised', 'cut', 'lower', 'lowered', 'keep', 'kept', 'sell', 'tax', 'taxed', 'fund', 'funded',
  'finance', 'financed', 'support', 'supported', 'oppose', 'opposed', 'veto', 'vetoed', 'adopt', 'adopted',
  'grant', 'granted', 'give', 'gave', 'lend', 'lent', 'sell', 'install', 'installed', 'fill', 'filled', 'print',
  'scan', 'scanned', 'show', 'showed', 'present', 'presented', 'bring', 'pay', 'wear', 'wore', 'carry',
  'uses', 'buys', 'sells', 'needs', 'wants', 'accepts', 'rejects', 'offers', 'provides', 'grants', 'imports',
  'exports', 'produces', 'supplies', 'issues', 'bans', 'funds', 'keeps', 'makes', 'made', 'make', 'builds',
]);
const AUX = new Set([
  'can', 'could', 'will', 'would', 'must', 'should', 'may', 'might', 'shall', 'do', 'does', 'did', 'cannot',
  "can't", "won't", "don't", "doesn't", "didn't", 'not', 'no', 'longer', 'also', 'now', 'already', 'still',
  'usually', 'often', 'only', 'have', 'has', 'had', 'to', 'need', 'never', 'rarely', 'soon',
]);
const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'i', 'people', 'nobody', 'everyone', 'residents', 'customers', 'passengers', 'buyers', 'consumers', 'farmers', 'users', 'visitors', 'tourists', 'voters', 'patients', 'drivers', 'travellers', 'travelers', 'students', 'parents', 'companies', 'firms', 'banks', 'shops', 'stores', 'investors', 'officials', 'authorities', 'police', 'lawmakers', 'workers',
  'citizens', 'applicants', 'owners', 'employers', 'employees', 'taxpayers', 'members', 'fans', 'shoppers',
  'households', 'families', 'landlords', 'tenants', 'pensioners', 'motorists', 'airlines', 'hospitals', 'schools',
  'universities', 'clients', 'subscribers', 'viewers', 'readers', 'guests', 'exporters', 'importers', 'retailers',
  'manufacturers', 'producers', 'growers', 'fishermen', 'traders', 'dealers', 'pharmacies', 'doctors']);
const OPEN_DET = new Set(['the', 'these', 'such', 'new', 'all', 'most', 'some', 'many', 'their', 'its', 'our', 'his', 'her']);
const TIME_PLACE = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'morning', 'afternoon', 'evening', 'night',
  'today', 'yesterday', 'tomorrow', 'tonight', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall',
  'season', 'time', 'times', 'meanwhile', 'home', 'abroad', 'overseas', 'online', 'here', 'there', 'instead',
  'elsewhere', 'ladies', 'gentlemen', 'friends', 'colleagues', 'citizens', 'folks', 'everybody', 'sir', 'madam',
  'yes', 'no', 'okay', 'well', 'now', 'then', 'first', 'second', 'third', 'finally', 'overall', 'together',
  'decade', 'decades', 'century', 'quarter', 'hour', 'hours', 'minute', 'minutes', 'era', 'period', 'moment',
]);

// Subjects after "the": "Such weapons, the army no longer uses".
const INSTITUTIONS = new Set([
  'army', 'government', 'ministry', 'company', 'bank', 'club', 'city', 'state', 'court', 'team', 'council',
  'firm', 'airline', 'hospital', 'school', 'university', 'agency', 'regulator', 'navy', 'military', 'public',
  'state', 'union', 'party', 'museum', 'library', 'factory', 'plant', 'store', 'shop', 'market', 'town',
]);
// Adverbs the tagger may read as adjectives or nouns.
const AFTER_ADVERBS = new Set(['online', 'abroad', 'overseas', 'locally', 'here', 'there', 'free', 'now', 'today', 'instead', 'directly', 'separately', 'cheaply', 'easily', 'anywhere', 'everywhere', 'tomorrow', 'tonight', 'daily', 'yearly', 'monthly', 'weekly']);

export const rule: Rule = {
  meta: {
    id: 'fronted-object-comma',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An object fronted with a comma before its subject and verb: “Tickets, passengers can buy by phone.”',
    examples: {
      bad: [
        { text: '[[Refunds, customers can request]] at any branch.' },
        { text: '[[Such loans, banks no longer grant]] to small firms.' },
        { text: '[[Medicines, patients must collect]] in person from Monday.' },
        { text: '[[The new permits, drivers can download]] from the ministry website.' },
        { text: '[[Parking fines, motorists can pay]] online.' },
        { text: '[[Cluster bombs, the army no longer uses]].' },
      ],
      good: [
        'Customers can request refunds at any branch.',
        'Last year, farmers sold by auction.',
        'On Monday, passengers can buy tickets by phone.',
        'Friends, we need your support.',
        'This, we cannot accept.',
        'Tickets, which passengers can buy by phone, cost five euros.',
        'Refunds, customers said, were slow.',
        'Prices, they found, rose by 4 percent.',
        'Banks, in turn, cut lending.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      const toks = doc.sentenceTokens(s);
      let i = 0;
      while (i < toks.length && (toks[i] as Token).kind === 'punct' && /^["“‘'«(]$/.test((toks[i] as Token).text)) i++;
      const first = toks[i];
      if (!first || first.kind !== 'word') continue;
      // The noun phrase: up to three words, the last a noun, then a comma.
      let c = i;
      while (c < toks.length && c - i < 4 && (toks[c] as Token).kind === 'word') c++;
      const comma = toks[c];
      if (!comma || comma.text !== ',' || c - i < 1 || c - i > 3) continue;
      const head = toks[c - 1] as Token;
      if (TIME_PLACE.has(head.norm) || WEEKDAYS.has(head.norm) || MONTHS.has(head.norm)) continue;
      // The subject: a pronoun or a plural noun for people or firms, optionally after "the".
      let j = c + 1;
      const det = toks[j]?.norm === 'the' || toks[j]?.norm === 'many' || toks[j]?.norm === 'most';
      if (det) j++;
      const subj = toks[j];
      if (!subj || !(SUBJECT_PRONOUNS.has(subj.norm) || (det && INSTITUTIONS.has(subj.norm)))) continue;
      j++;
      let k = j;
      while (k < toks.length && k - j < 3 && AUX.has((toks[k] as Token).norm)) k++;
      const verb = toks[k];
      if (!verb || !VERBS.has(verb.norm)) continue;
      // Tags last: the word tests above settle most sentences without tagging them.
      if (c - i > 1 && !OPEN_DET.has(first.norm)) {
        // A compound: "Tax returns, citizens must submit".
        let compound = true;
        for (let k = i; k < c - 1; k++) {
          const tg = doc.pos(toks[k] as Token);
          if (tg !== 'NOUN' && tg !== 'PROPN' && tg !== 'ADJ') compound = false;
        }
        if (!compound) continue;
      }
      const after = toks[k + 1];
      // Nothing the verb could take as its object; a comma after it makes it a parenthesis
      // ("Prices, they found, rose").
      if (after && after.kind === 'punct' && after.text !== '.' && after.text !== '!') continue;
      if (after && after.kind === 'word' && !AFTER_ADVERBS.has(after.norm)) {
        const tag = doc.pos(after);
        if (tag !== 'ADP' && tag !== 'ADV' && tag !== 'SCONJ' && tag !== 'CCONJ') continue;
        if (after.norm === 'up' || after.norm === 'out' || after.norm === 'off' || after.norm === 'back' || after.norm === 'that') continue;
      }
      // A sentence's first word is often tagged as a name: a plural ending is the test there.
      const tag = doc.pos(head);
      if (c - i === 1 ? !/s$/.test(head.norm) || (tag !== 'NOUN' && tag !== 'PROPN' && tag !== 'VERB') : tag !== 'NOUN') continue;
      ctx.report({
        start: first.start,
        end: verb.end,
        message: `“${doc.text.slice(first.start, verb.end)}”: the object stands before its subject; English puts it after the verb (“${subj.text.charAt(0).toUpperCase() + subj.text.slice(1)} … ${verb.text} ${doc.text.slice(first.start, head.end).toLowerCase()} …”).`,
        reason: 'English word order is subject, verb, object; a fronted topic is the source language’s order',
        confidence: 0.6,
      });
    }
  },
};
