/**
 * A sentence that starts with a bare singular count noun: “Club added that ...”, “Ordinance
 * also requires ...”. Languages without articles leave the noun bare; English needs “The club”
 * (or “A spokesman”). The capital only marks the sentence start, so the suggestion lower-cases
 * the noun.
 *
 * Only nouns listed in src/data/article-bare-initial-nouns.txt, only when a verb follows
 * (directly or after one adverb), never before a name (“President Biden said” is a title) and
 * never in a headline, where English drops articles on purpose. Count nouns with a mass sense
 * only before a present perfect (“Scandal has shaken trust”); a modifier and a count noun
 * before “of” and a name (“State government of Uttar Pradesh on Tuesday cancelled”) or a verb
 * of saying (“Foreign ministry said”).
 */
import type { Rule } from '../../types.js';
import type { Doc, Sentence, Token } from '../../../text/document.js';
import { firstWordIndex, isHeadline, isLowerWord, loadLines } from '../number-agreement/lib/english.js';
import { FIRST_NAMES, PERSON_FIRST_NAMES } from '../capitalization/lexicon.js';

const ENTRIES = loadLines('article-bare-initial-nouns.txt').map((l) => l.split(/\s+/) as [string, ...string[]]);
// The count nouns bare-count-noun checks mid-sentence too ("Manuscript surfaced in March",
// "Scandal has shaken trust"), but those with a mass sense ("m"), kinship words ("Father said":
// they name a person bare) and first names ("Bill called"). Only before a verb other than "is"
// or "was": “Sculpture is a form of art”, “Complaint was made” are generic or old-style.
const KIN: ReadonlySet<string> = new Set(['father', 'mother', 'brother', 'sister', 'son', 'daughter', 'parent']);
const INITIAL = new Set(ENTRIES.map(([noun]) => noun.toLowerCase()));
const COUNT_ONLY: ReadonlyMap<string, string> = new Map(
  loadLines('article-count-nouns.txt')
    .map((l) => l.toLowerCase().split(/\s+/) as [string, ...string[]])
    .filter(([noun, ...marks]) => !marks.includes('m') && !KIN.has(noun) && !FIRST_NAMES.has(noun) && !INITIAL.has(noun))
    .map(([noun, ...marks]) => [noun, marks.includes('a') || marks.includes('job') ? 'A' : 'The'] as const),
);
const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
const NOUNS: ReadonlyMap<string, string> = new Map([...COUNT_ONLY, ...ENTRIES.map(([noun, ...marks]) => [noun.toLowerCase(), marks.includes('a') ? 'A' : 'The'] as const)]);
// Nouns also used bare in the abstract ("Government has a role"): flagged only before SAY_VERBS.
const ABSTRACT: ReadonlySet<string> = new Set(ENTRIES.filter(([, ...marks]) => marks.includes('say')).map(([noun]) => noun.toLowerCase()));
const SAY_VERBS = new Set([
  'said', 'says', 'announced', 'announces', 'added', 'stated', 'declared', 'confirmed', 'denied', 'denies', 'rejected',
  'decided', 'approved', 'adopted', 'ordered', 'urged', 'warned', 'told', 'insisted', 'claimed', 'noted', 'stressed',
  'reported', 'plans', 'planned', 'intends', 'pledged', 'promised', 'vowed', 'refused', 'agreed', 'grew', 'shrank',
  'contracted', 'expanded', 'slowed', 'recovered', 'rebounded', 'accused', 'responded', 'dismissed',
]);
// Past forms without -ed a singular subject takes; any other bare verb form after a singular
// noun shows a compound ("Factory pay rolls dropped": "pay" is no verb of "Factory").
const IRREGULAR_PAST = new Set([
  'said', 'made', 'took', 'won', 'lost', 'held', 'left', 'fell', 'rose', 'went', 'came', 'gave', 'told', 'began',
  'found', 'saw', 'sold', 'bought', 'brought', 'met', 'ran', 'hit', 'set', 'put', 'cut', 'struck', 'broke', 'chose',
  'drew', 'flew', 'grew', 'knew', 'led', 'paid', 'spent', 'sent', 'stood', 'built', 'kept', 'sought', 'thought',
  'threw', 'wrote', 'became', 'shrank', 'sank', 'spoke', 'froze', 'hung', 'fought', 'caught', 'taught', 'felt',
  'meant', 'heard', 'shut', 'quit', 'beat', 'bore', 'wore', 'swore', 'tore', 'shot', 'forbade', 'forgot', 'overtook',
  'withdrew', 'undertook', 'upheld', 'withheld', 'overturned', 'got', 'let', 'read', 'hid', 'lay', 'laid',
]);

/** A finite verb within ten words after `t`, before any punctuation but a comma-free phrase. */
function finiteVerbAfter(doc: Doc, t: Token): boolean {
  let c = doc.next(t);
  for (let k = 0; k < 10 && c; k++, c = doc.next(c)) {
    if (c.kind === 'punct') return false;
    if (c.kind !== 'word' || !/^\p{Ll}/u.test(c.text)) continue;
    const pos = doc.pos(c);
    if (pos === 'AUX' || (pos === 'VERB' && (/(?:s|ed)$/.test(c.norm) || IRREGULAR_PAST.has(c.norm)))) return true;
  }
  return false;
}

// Count nouns that are also English surnames: "Bishop rushed on deck", "Fleet asked".
const SURNAMES: ReadonlySet<string> = new Set([
  'bishop', 'fleet', 'captain', 'cook', 'baker', 'butler', 'carpenter', 'mason', 'hunter', 'porter', 'shepherd', 'turner',
  'judge', 'knight', 'marshal', 'sheriff', 'steward', 'warden', 'merchant', 'painter', 'singer', 'chamberlain', 'dean',
  'parish', 'castle', 'temple', 'tower', 'bond', 'cardinal', 'pope', 'archer', 'fisher', 'gardener', 'miller', 'weaver',
]);
// "Photograph shows the wrong side of the work": a caption.
const CAPTION_VERBS: ReadonlySet<string> = new Set(['shows', 'depicts', 'illustrates', 'represents']);
// Nouns of the count list with a mass sense: at the start only before a present perfect.
const MASS: ReadonlySet<string> = new Set(
  loadLines('article-count-nouns.txt')
    .map((l) => l.toLowerCase().split(/\s+/) as [string, ...string[]])
    .filter(([noun, ...marks]) => marks.includes('m') && !KIN.has(noun) && !FIRST_NAMES.has(noun) && !INITIAL.has(noun))
    .map(([noun]) => noun),
);
// Words that start a sentence before a noun and are no modifier of it.
const CLOSED: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'every', 'each',
  'no', 'some', 'any', 'all', 'many', 'most', 'such', 'what', 'which', 'whose', 'another', 'other', 'either', 'neither',
  'one', 'both', 'few', 'several', 'more', 'less', 'much', 'whatever', 'whichever', 'if', 'when', 'as', 'after', 'before',
  'local', 'big', 'small', 'good', 'bad', 'representative', 'limited', 'modern', 'free', 'private', 'public', 'human',
  'organized', 'organised', 'general', 'total', 'full', 'last', 'next', 'same', 'only', 'own', 'yes', 'oh', 'well',
]);
const DET: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'every', 'each', 'no']);

/** "Bishop rushed on deck": the word is capitalized mid-sentence, with no determiner, elsewhere in the text (a surname). */
function usedAsName(doc: Doc, t: Token): boolean {
  for (const o of doc.tokensWith([t.norm])) {
    if (o === t || o.text !== t.text || doc.isSentenceInitial(o)) continue;
    const p = doc.prev(o);
    if (p && (DET.has(p.norm) || /^\p{Lu}/u.test(p.text) || p.norm === "'s")) continue;
    const nx = doc.next(o);
    if (nx && (nx.norm === 'of' || /^\p{Lu}/u.test(nx.text))) continue;
    return true;
  }
  return false;
}

// Nouns that name a person: before "of" and a name they make a title ("Head of AFAD Okan Sezer
// said" still needs "The"); any other noun there makes an institution's name.
const PERSON_NOUNS: ReadonlySet<string> = new Set(loadLines('metonym-person-nouns.txt').map((l) => (l.split('|')[0] as string).trim()));
// Nouns that are adjectives too: "Total estimated output fell", "Final results are due": only
// "Total of 30 people" (with "of") is the noun without its article.
const ADJECTIVE_TOO: ReadonlySet<string> = new Set(['total', 'final', 'average']);
// Words that end a company's name: "Summit Savings Association", "Team Inc".
const CORPORATE: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'bv', 'spa', 'corporation', 'company',
  'group', 'holdings', 'industries', 'association', 'bancorp', 'enterprises', 'partners',
]);

/** "Bank of America has ...", "Council of Economic Advisers chairman ...": "of" and a capitalized word make a name. */
function ofName(doc: Doc, t: Token, n: Token | undefined): boolean {
  if (!n || n.norm !== 'of' || PERSON_NOUNS.has(t.norm)) return false;
  const name = doc.next(n);
  return !!name && name.kind === 'word' && /^\p{Lu}/u.test(name.text) && !DET.has(name.norm) && !CLOSED.has(name.norm);
}

/**
 * "Team said ..." after "Team Inc", "Rule countered" after "Charles Rule": the word begins a
 * company's name, or follows a first name, elsewhere in the text.
 */
function companyName(doc: Doc, t: Token): boolean {
  for (const o of doc.tokensWith([t.norm])) {
    if (o === t || o.text !== t.text) continue;
    const p = doc.prev(o);
    if (p && p.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(p.text) && PERSON_FIRST_NAMES.has(p.norm)) return true;
    if (p && p.kind === 'word' && /^\p{Lu}/u.test(p.text) && !doc.isSentenceInitial(p)) continue;
    let c = doc.next(o);
    for (let k = 0; k < 5 && c && (c.kind === 'word' || c.text === '&'); k++, c = doc.next(c)) {
      if (/^\p{Lu}/u.test(c.text) && CORPORATE.has(c.norm.replace(/\.$/, ''))) return true;
      if (!/^\p{Lu}/u.test(c.text) && c.text !== '&' && c.norm !== 'a' && c.norm !== 'of' && c.norm !== 'and') break;
    }
  }
  return false;
}

/** "Rifle leveled on the man, he made a rush": an absolute phrase before the clause's own subject. */
function absolute(doc: Doc, v: Token | undefined, end: number): boolean {
  for (let c = v && doc.next(v); c && c.index < end; c = doc.next(c)) {
    if (c.text !== ',') continue;
    const p = doc.next(c);
    return !!p && ['he', 'she', 'they', 'it', 'we', 'i', 'you'].includes(p.norm);
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'bare-noun-sentence-start',
    category: 'article',
    severity: 'warning',
    description: 'A sentence that starts with a bare singular count noun: “Club added that …”.',
    examples: {
      bad: [
        { text: 'Ferreyra will sign a five-year contract. [[Club]] added that his release clause had not been triggered.', output: 'Ferreyra will sign a five-year contract. The club added that his release clause had not been triggered.' },
        { text: 'The government adopted an ordinance. [[Ordinance]] also requires doctors to report every case.', output: 'The government adopted an ordinance. The ordinance also requires doctors to report every case.' },
        { text: '[[Court]] ruled that the law was unconstitutional.', output: 'The court ruled that the law was unconstitutional.' },
        { text: '[[Spokesman]] for the ministry declined to comment.', output: 'A spokesman for the ministry declined to comment.' },
        { text: '[[Ministry]] said it would send mobile teams.', output: 'The ministry said it would send mobile teams.' },
        { text: '[[Company]] has denied any wrongdoing.', output: 'The company has denied any wrongdoing.' },
        { text: 'Katowice: [[Owner]] of the steelworks said it would close the plant.', output: 'Katowice: The owner of the steelworks said it would close the plant.' },
        { text: 'The auction raised 5 million euros. [[Auction]] was shown live on the internet.', output: 'The auction raised 5 million euros. The auction was shown live on the internet.' },
        { text: '[[Rematch]] is not automatic under the rules.', output: 'A rematch is not automatic under the rules.' },
        { text: '[[Government]] said it would raise fuel prices.', output: 'The government said it would raise fuel prices.' },
        { text: '[[Economy]] grew by 3 percent last year.', output: 'The economy grew by 3 percent last year.' },
        { text: 'The Ministry of Culture said on Friday. [[Manuscript]] surfaced in March at an auction house in London.', output: 'The Ministry of Culture said on Friday. The manuscript surfaced in March at an auction house in London.' },
        { text: '[[Pedestrian]] died when the bus left the road.', output: 'A pedestrian died when the bus left the road.' },
        { text: 'Two men were convicted. [[Scandal]] has shaken trust in the health system.', output: 'Two men were convicted. The scandal has shaken trust in the health system.' },
        { text: 'Lucknow: [[State government]] of Uttar Pradesh on Tuesday cancelled the exam.', output: 'Lucknow: The state government of Uttar Pradesh on Tuesday cancelled the exam.' },
        { text: '[[Foreign ministry]] said on Friday that talks would resume.', output: 'The foreign ministry said on Friday that talks would resume.' },
        { text: '[[Representative]] of the union at the factory said wages were late.', output: 'A representative of the union at the factory said wages were late.' },
      ],
      good: [
        'The club added that his release clause had not been triggered.',
        'Club fined over racist chants',
        'President Biden said the talks would continue.',
        'Police said the suspect had fled.',
        'Court documents show the payments.',
        'Government bonds rallied on Friday.',
        'Club’s statement was brief.',
        'Study after study has shown the same result.',
        'Minister Doina Marin said cases were rising.',
        'Company shares fell 3 percent.',
        'Parliament voted on Tuesday.',
        'Government has a great role to play, but we must act too.',
        'Government cannot solve our problems.',
        'Reform should be based on these principles.',
        'Law is the machinery for its realization.',
        'Economy is the handmaid of preparedness.',
        'Farm income dropped by one-half. Factory pay rolls dropped 40 percent.',
        'Authority should be given by law to provide them with aid.',
        'Protest was followed by demand.',
        'Rule of Life #1 -- Never get separated from your luggage.',
        'Aim for the moon. If you miss, you may hit a star.',
        'Bishop rushed on deck to grab a gun.',
        'Latest survey shows that most people agree.',
        'Residential building consists of houses and hotels.',
        'Rugby league originated in Huddersfield.',
        'Competition has been fierce this year.',
        'Local government of England has changed.',
        'The state government of Uttar Pradesh cancelled the exam.',
        'The men fired at the motors. Rifle leveled on the man, he made a rush.',
        'Photograph shows the wrong side of the work.',
        'Fleet asked the same question. Later the jury heard from Fleet again.',
        'Bank of Montreal said profits rose. Board of Trade officials agreed.',
        'Council of Ministers spokesman Ivo Petrov said the vote was close.',
        'The deal values Summit Group Inc at 40 million dollars. Summit said it had no other bidder.',
        'Shares of Network Holdings rose. Network said sales were strong.',
        'Deputy Attorney General Susan Judge testified. Judge said the law was clear.',
        'Shares of Summit Savings and Loan Association rose. Summit has since agreed to a merger.',
        'Total estimated output fell. Final results are due in May.',
        'Volume was thin. Drought cut the maize crop. Opposition of this kind is common.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      let i = firstWordIndex(doc, s);
      // A dateline before the first word: "Katowice: Owner of the steelworks said ...".
      for (let k = i; s.firstToken === 0 && k < Math.min(i + 4, s.endToken - 1); k++) {
        const d = doc.at(k) as Token;
        if (d.text === ':' && k > i) {
          i = k + 1;
          break;
        }
        if (d.kind !== 'word' || !/^\p{Lu}/u.test(d.text)) break;
      }
      const t = doc.at(i);
      if (!t || i >= s.endToken || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      if (!NOUNS.has(t.norm) && !MASS.has(t.norm)) {
        modified(t, s);
        continue;
      }
      if (MASS.has(t.norm)) {
        // "Scandal has shaken trust": a noun with a mass sense, before a present perfect of
        // one event.
        const h = doc.next(t);
        const v = h && doc.next(h);
        if (h && v && (h.norm === 'has' || h.norm === 'had') && isLowerWord(v) && v.norm !== 'been' && /(?:ed|en)$/.test(v.norm) && doc.pos(v) === 'VERB' && !isHeadline(doc, s) && !usedAsName(doc, t) && !SURNAMES.has(t.norm)) report(t, t, 'The');
        continue;
      }
      const article = NOUNS.get(t.norm);
      if (!article) continue;
      let n: Token | undefined = doc.next(t);
      if (!n || n.kind !== 'word' || !/^\p{Ll}/u.test(n.text) || n.norm === "'s" || n.norm === t.norm) continue;
      if (isHeadline(doc, s)) continue;
      if (ofName(doc, t, n) || (ADJECTIVE_TOO.has(t.norm) && n.norm !== 'of') || companyName(doc, t)) continue;
      let pos = doc.pos(n);
      if (pos === 'ADV') {
        n = doc.next(n);
        pos = n && /^\p{Ll}/u.test(n.text) ? doc.pos(n) : 'X';
      }
      // "Spokesman for the ministry declined": a prepositional phrase before the verb.
      const pp = pos === 'ADP' && (n?.norm === 'for' || n?.norm === 'of');
      if (pos !== 'VERB' && pos !== 'AUX' && !pp) continue;
      if (COUNT_ONLY.has(t.norm) && (pp || (n && COPULA.has(n.norm)))) continue;
      // "Rule of Life #1 -- Never ...", "Aim for the moon.", "Vote for me": with no finite
      // verb after the phrase it is a heading or an imperative.
      if (pp && n && !finiteVerbAfter(doc, n)) continue;
      if (pos === 'VERB' && n && /ing$/.test(n.norm)) continue; // "Study finding ..." is headline-like
      // A singular subject takes "pays", "paid" or "is", not "pay": "Factory pay rolls dropped".
      if (pos === 'VERB' && n && !/(?:s|ed)$/.test(n.norm) && !IRREGULAR_PAST.has(n.norm)) continue;
      // "Government has a role to play", "Economy is the handmaid of preparedness".
      if (ABSTRACT.has(t.norm)) {
        const v = n && (pos === 'AUX' && ['has', 'had'].includes(n.norm) ? doc.next(n) : n);
        if (!v || !SAY_VERBS.has(v.norm)) continue;
      }
      if (COUNT_ONLY.has(t.norm) && (SURNAMES.has(t.norm) || usedAsName(doc, t) || absolute(doc, n, s.endToken) || CAPTION_VERBS.has(n?.norm ?? ''))) continue;
      report(t, t, article);
    }

    function report(t: Token, head: Token, article: string): void {
      const phrase = doc.text.slice(t.start, head.end);
      const fix = `${article} ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
      ctx.report({
        start: t.start,
        end: head.end,
        message: `“${phrase}” starts the sentence with no article: English says “${fix}”.`,
        suggestions: [fix],
        reason: 'a singular count noun needs an article',
        confidence: 0.8,
      });
    }

    /** "State government of Uttar Pradesh on Tuesday cancelled": a modifier and a count noun. */
    function modified(t: Token, s: Sentence): void {
      if (CLOSED.has(t.norm) || FIRST_NAMES.has(t.norm) || t.norm.endsWith('ly')) return;
      const h = doc.next(t);
      if (!isLowerWord(h) || !NOUNS.has(h.norm) || MASS.has(h.norm) || KIN.has(h.norm)) return;
      const after = doc.next(h);
      if (!after || isHeadline(doc, s) || doc.pos(h) !== 'NOUN' || ['ADV', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'NUM', 'AUX', 'VERB'].includes(doc.pos(t))) return;
      const name = doc.next(after);
      const ofName = after.norm === 'of' && !!name && /^\p{Lu}/u.test(name.text) && finiteVerbAfter(doc, after);
      const pos = isLowerWord(after) ? doc.pos(after) : 'X';
      const finite = pos === 'AUX' || (pos === 'VERB' && (/(?:s|ed)$/.test(after.norm) || IRREGULAR_PAST.has(after.norm)));
      if (!ofName && !finite) return;
      // Without "of" and a name only a verb of saying or deciding shows one body: "Latest
      // survey shows", "Residential building consists of", "Rugby league originated" are
      // headline style or general.
      if (!ofName && !SAY_VERBS.has(after.norm)) return;
      report(t, h, NOUNS.get(h.norm) ?? 'The');
    }
  },
};
