/**
 * Word tests shared by the garbled-syntax rules: time adverbials ("on Tuesday", "last week",
 * "in 2024"), the lemma of an inflected verb, comparative forms of short adjectives, and the
 * extent of a short noun phrase. Pure functions over tokens.
 */
import type { Doc, Token } from '../../../../text/document.js';
import { verbForm } from '../../../../nlp/inflect.js';

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const UNITS = new Set(['week', 'month', 'year', 'weekend', 'season', 'spring', 'summer', 'autumn', 'winter', 'fall', 'quarter', 'decade', 'century', 'morning', 'afternoon', 'evening']);

export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
/** The modal auxiliaries (no contractions or negatives). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);
export const OBJECT_OF: ReadonlyMap<string, string> = new Map([
  ['i', 'me'], ['he', 'him'], ['she', 'her'], ['we', 'us'], ['they', 'them'], ['it', 'it'], ['you', 'you'],
]);

function isYear(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && /^(?:19|20)\d\d$/.test(t.text);
}
function isDay(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && /^(?:[1-9]|[12]\d|3[01])$/.test(t.text);
}
function isWeekday(t: Token | undefined): boolean {
  return t !== undefined && WEEKDAYS.has(t.norm) && /^\p{Lu}/u.test(t.text);
}
function isMonth(t: Token | undefined): boolean {
  // "may" is a modal unless capitalized.
  return t !== undefined && MONTHS.has(t.norm) && /^\p{Lu}/u.test(t.text);
}

/**
 * The last token of a time adverbial that starts at `t`, or undefined: "yesterday", "today",
 * "on Tuesday (evening)", "on 5 May", "on May 5", "last/this/next week", "last Tuesday",
 * "earlier/later this week", "late on Monday", "in 2024", "in March (2024)", "at the weekend".
 */
export function timeAdverbialEnd(doc: Doc, t: Token): Token | undefined {
  const n1 = doc.next(t);
  switch (t.norm) {
    case 'overnight':
    case 'yesterday':
    case 'today':
    case 'tonight': {
      if (n1 && PARTS_OF_DAY.has(n1.norm)) return n1;
      return t;
    }
    case 'on': {
      if (isWeekday(n1)) {
        const n2 = doc.next(n1!);
        return n2 && PARTS_OF_DAY.has(n2.norm) ? n2 : n1;
      }
      if (isDay(n1) && isMonth(doc.next(n1!))) {
        const m = doc.next(n1!)!;
        return isYear(doc.next(m)) ? doc.next(m) : m;
      }
      if (isMonth(n1) && isDay(doc.next(n1!))) return doc.next(n1!);
      return undefined;
    }
    case 'last':
    case 'this':
    case 'next': {
      if (n1 && (UNITS.has(n1.norm) || isWeekday(n1))) return n1;
      return undefined;
    }
    case 'earlier':
    case 'later': {
      if (n1?.norm === 'this' || n1?.norm === 'last') {
        const n2 = doc.next(n1);
        if (n2 && UNITS.has(n2.norm)) return n2;
      }
      if (n1?.norm === 'today' || n1?.norm === 'yesterday') return n1;
      if (n1?.norm === 'on' && isWeekday(doc.next(n1))) return doc.next(n1);
      return undefined;
    }
    case 'late':
    case 'early': {
      if (n1?.norm === 'on' && isWeekday(doc.next(n1))) return doc.next(n1);
      return undefined;
    }
    case 'in': {
      if (isYear(n1)) return n1;
      if (isMonth(n1)) return isYear(doc.next(n1!)) ? doc.next(n1!) : n1;
      return undefined;
    }
    case 'during': {
      if (n1?.norm === 'the' && ['night', 'day', 'weekend', 'morning', 'afternoon', 'evening'].includes(doc.next(n1)?.norm ?? '')) return doc.next(n1);
      return undefined;
    }
    case 'at': {
      if (n1?.norm === 'the' && doc.next(n1)?.norm === 'weekend') return doc.next(n1);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Words a time adverbial can start with: a cheap first test. */
export const TIME_STARTS: ReadonlySet<string> = new Set([
  'overnight', 'yesterday', 'today', 'tonight', 'on', 'during', 'last', 'this', 'next', 'earlier', 'later', 'late', 'early', 'in', 'at',
]);

// Irregular verbs whose past or participle a rule may need to undo (verbForm knows the forms).
const IRREGULAR_BASES = [
  'be', 'become', 'begin', 'bring', 'build', 'buy', 'choose', 'come', 'cost', 'cut', 'deal', 'do', 'draw',
  'drive', 'fall', 'feel', 'fight', 'find', 'fly', 'forget', 'get', 'give', 'go', 'grow', 'have', 'hear',
  'hold', 'keep', 'know', 'lead', 'leave', 'lend', 'let', 'lose', 'make', 'mean', 'meet', 'pay', 'put',
  'quit', 'read', 'rise', 'run', 'say', 'see', 'seek', 'sell', 'send', 'set', 'show', 'speak', 'spend',
  'stand', 'strike', 'take', 'teach', 'tell', 'think', 'throw', 'understand', 'win', 'withdraw', 'write',
  'undertake', 'uphold', 'withhold', 'overcome', 'arise', 'bear', 'beat', 'break', 'feed', 'flee',
  'forbid', 'forgive', 'hang', 'hit', 'hurt', 'lay', 'lie', 'light', 'shut', 'sit', 'sleep', 'spread',
  'steal', 'stick', 'swear', 'tear', 'wake', 'wear', 'catch', 'eat', 'drink', 'ride', 'ring', 'shoot',
  'sing', 'sink', 'slide', 'split', 'spring', 'sweep', 'swim', 'swing', 'freeze', 'hide', 'shake', 'prove',
  'bend', 'bet', 'bind', 'bite', 'blow', 'breed', 'burst', 'cast', 'cling', 'dig', 'mislead', 'shed', 'shine',
  'spin', 'sting', 'strive', 'weep', 'wind', 'forbid', 'upset',
];

/** Stems whose doubled final consonant belongs to the verb: "adding" -> "add", "passing" -> "pass". */
const KEEP_DOUBLE = /(?:ll|ss|ff|zz)$/;
const DOUBLED_BASES = new Set(['add', 'odd', 'err', 'ebb', 'egg', 'purr', 'buzz', 'inn']);
// Verbs in -l that double it in British spelling or always: controlled -> control.
const L_DOUBLERS = new Set([
  'control', 'patrol', 'compel', 'expel', 'propel', 'repel', 'rebel', 'excel', 'cancel', 'travel', 'label',
  'model', 'signal', 'channel', 'level', 'total', 'fuel', 'dial', 'marshal', 'quarrel', 'counsel', 'equal',
  'rival', 'annul', 'pedal', 'panel', 'shovel', 'tunnel', 'funnel', 'duel', 'jewel', 'parcel', 'pencil',
  'spiral', 'initial', 'refuel', 'impel', 'dispel', 'instil', 'fulfil', 'distil', 'enrol', 'appal', 'extol',
]);
const EED_BASES = new Set(['need', 'feed', 'speed', 'heed', 'bleed', 'breed', 'proceed', 'succeed', 'exceed', 'weed', 'seed', 'deed', 'plead', 'impede', 'concede', 'recede', 'precede', 'supersede']);
// Stems of -ing/-ed forms that end in a consonant the rules below misread.
const E_STEMS = new Set([
  'chang', 'arrang', 'rang', 'exchang', 'challeng', 'plung', 'aveng', 'reveng', 'infring', 'impinge', 'postpon',
  'compet', 'complet', 'delet', 'promot', 'devot', 'quot', 'restor', 'ignor', 'explor', 'implor', 'deplor',
  'stor', 'escap', 'reshap', 'shap', 'wip', 'invit', 'ignit', 'unit', 'recit', 'excit', 'expedit', 'reunit',
  'writ', 'cit', 'bit', 'creat', 'recogniz', 'phon', 'aton', 'condon', 'hon', 'zon', 'ston', 'clon', 'intervien',
  'interven', 'conven', 'preced', 'proced', 'conced', 'reced', 'exced', 'supersed', 'impos', 'oppos', 'propos',
  'expos', 'compos', 'dispos', 'suppos', 'clos', 'los', 'choos', 'chos', 'pos', 'rous', 'arous', 'hous', 'dous',
  'mous', 'paus', 'caus', 'abus', 'accus', 'amus', 'confus', 'diffus', 'excus', 'fus', 'infus', 'misus', 'refus',
  'reus', 'us', 'bath', 'breath', 'sooth', 'loath', 'cloth', 'teeth', 'seeth', 'writh', 'tast', 'wast', 'past',
  'hast', 'past', 'past', 'chast', 'pav', 'sav', 'behav', 'crav', 'engrav', 'rav', 'wav',
]);
const NO_E_STEMS = new Set(['focus', 'bias', 'canvas', 'gas', 'bus', 'nonplus', 'visit', 'limit', 'edit', 'credit',
  'exhibit', 'prohibit', 'inhabit', 'profit', 'benefit', 'deposit', 'solicit', 'exploit', 'recruit', 'audit',
  'inherit', 'elicit', 'posit', 'budget', 'target', 'market', 'interpret', 'ballot', 'pilot', 'pivot', 'riot',
  'monitor', 'honor', 'honour', 'favor', 'favour', 'labor', 'labour', 'tutor', 'mentor', 'author', 'sponsor',
  'censor', 'doctor', 'mirror', 'anchor', 'develop', 'gossip', 'envelop', 'worship', 'kidnap', 'bring', 'sing',
  'ring', 'long', 'hang', 'belong', 'prolong', 'swing', 'fling', 'sting', 'bang', 'wing', 'cling', 'spring',
  'string', 'sling', 'wring', 'ping', 'rob', 'open', 'happen', 'listen', 'threaten', 'strengthen', 'weaken',
  'tighten', 'widen', 'deepen', 'broaden', 'soften', 'lessen', 'worsen', 'hasten', 'loosen', 'sharpen',
  'shorten', 'lighten', 'frighten', 'harden', 'dampen', 'flatten', 'fasten', 'reckon', 'abandon', 'question',
  'mention', 'sanction', 'function', 'position', 'condition', 'pardon', 'summon', 'beckon', 'imprison',
  'poison', 'season', 'reason', 'lesson', 'garden', 'burden', 'deliver', 'offer', 'suffer', 'differ', 'order',
  'consider', 'enter', 'answer', 'gather', 'bother', 'cover', 'discover', 'recover', 'hover', 'register',
  'monitor', 'travel', 'signal', 'cancel', 'label', 'model', 'channel', 'level', 'total', 'equal', 'rival',
  'panel', 'fuel', 'duel', 'dial', 'trial', 'vial', 'herald', 'visit', 'pocket', 'ticket', 'rocket', 'bracket',
  'blanket', 'picket', 'docket', 'covet', 'rivet', 'pivot', 'carpet', 'ferret', 'closet', 'comfort', 'benefit',
  'combat', 'format', 'orbit', 'vomit', 'summit', 'habit', 'rabbit', 'bandit', 'audit', 'transit', 'commit',
  'omit', 'admit', 'permit', 'submit', 'emit', 'remit', 'acquit', 'fit', 'quit', 'knit', 'split', 'spit',
  'sit', 'hit', 'edit', 'shepherd', 'kid', 'bid', 'rid', 'forbid', 'lead', 'plead', 'read', 'need', 'feed',
  'head', 'spread', 'avoid', 'void', 'raid', 'aid', 'load', 'plod', 'nod', 'prod', 'flood', 'stand', 'fund',
  'end', 'send', 'tend', 'intend', 'attend', 'pretend', 'defend', 'extend', 'spend', 'bend', 'lend', 'mend',
  'fail', 'gain', 'rain', 'join', 'look', 'wait', 'keep', 'sleep', 'speak', 'seem', 'claim', 'aim', 'deem',
  'seal', 'steal', 'heal', 'deal', 'appeal', 'reveal', 'conceal', 'repeal', 'feel', 'peel', 'kneel', 'boil',
  'toil', 'soil', 'coil', 'foil', 'spoil', 'fool', 'cool', 'pool', 'tool', 'haul', 'maul', 'crawl', 'sprawl',
  'brawl', 'drawl', 'yowl', 'howl', 'growl', 'prowl', 'scowl', 'bowl', 'cater', 'water', 'alter', 'falter',
  'filter', 'shelter', 'counter', 'encounter', 'master', 'foster', 'bolster', 'muster', 'bluster', 'cluster',
  'fluster', 'pester', 'fester', 'wager', 'stagger', 'trigger', 'linger', 'finger', 'hamper', 'temper',
  'whisper', 'prosper', 'render', 'surrender', 'tender', 'wander', 'ponder', 'launder', 'plunder', 'squander',
  'slander', 'blunder', 'thunder', 'wonder', 'murder', 'border', 'steer', 'cheer', 'veer', 'peer', 'engineer',
  'volunteer', 'pioneer', 'domineer',
]);
const IE_STEMS: ReadonlyMap<string, string> = new Map([['dy', 'die'], ['ly', 'lie'], ['ty', 'tie'], ['vy', 'vie']]);

function stemOf(stem: string): string {
  if (IE_STEMS.has(stem)) return IE_STEMS.get(stem) as string;
  if (NO_E_STEMS.has(stem)) return stem;
  if (E_STEMS.has(stem)) return `${stem}e`;
  // A doubled consonant: stopping -> stop, but adding -> add, passing -> pass.
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) {
    if (DOUBLED_BASES.has(stem)) return stem;
    if (stem.endsWith('ll') && L_DOUBLERS.has(stem.slice(0, -1))) return stem.slice(0, -1);
    return KEEP_DOUBLE.test(stem) ? stem : stem.slice(0, -1);
  }
  if (/(?:[aeiouy]|ee)$/.test(stem)) return /[^e]e$|[aiouy]$/.test(stem) && !/(?:ay|ey|oy|uy|o)$/.test(stem) ? (stem.endsWith('u') || stem.endsWith('i') ? `${stem}e` : stem) : stem;
  if (/(?:[cv]|dg|rg|[^aeiou]l|[aeiou]z|[aeiou]{2}[sz]|[^aeiou][aeiou]s|[^aeious]s|uir|uad|uid|[^aeiou][iu]l)$/.test(stem)) return /(?:ss)$/.test(stem) ? stem : `${stem}e`;
  // One syllable ending in a single vowel and consonant would have doubled it: mak -> make.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem) || /^[^aeiouy]+y[^aeiouwxy]$/.test(stem) || stem === 'ow') return `${stem}e`;
  // Longer stems: -ate, -ute, -ide, -ude, -ire, -ure, -are, -ine, -ize, -ome, -ume, -ise take an e.
  if (/(?:[^aeiou][aiu]t|[iu]at|[^aeiou][iuoa]d|[^aeiou][iua]r|[^aeiou]in|[^aeiou][ou]m|[^aeiou][aeio]k|[^aeiou]is|[aeiou]g|[^aeiou][aiou]b)$/.test(stem) && /[aeiou].*[aeiou]/.test(stem)) return `${stem}e`;
  return stem;
}

let irregularBases: ReadonlyMap<string, string> | undefined;

/**
 * Each form of the irregular verbs (base, past, participle, -s, -ing) with its base: the first
 * of IRREGULAR_BASES that has it, as a walk of the list in order would find. Made on first use,
 * so that lemmaOf does not build every verb's forms at each call.
 */
function irregularBaseOf(): ReadonlyMap<string, string> {
  if (irregularBases) return irregularBases;
  const out = new Map<string, string>();
  for (const b of IRREGULAR_BASES) {
    for (const f of [b, verbForm(b, 'past'), verbForm(b, 'pp'), verbForm(b, 's'), verbForm(b, 'ing')]) if (!out.has(f)) out.set(f, b);
  }
  irregularBases = out;
  return out;
}

/**
 * The base form of an inflected verb ("remains" -> "remain", "stopped" -> "stop", "tried" ->
 * "try", "went" -> "go", "raising" -> "raise"), from spelling rules and a few lists; a base form
 * comes back as it is, and an irregular past or participle the list does not know as undefined.
 */
export function lemmaOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w === 'is' || w === 'are' || w === 'was' || w === 'were' || w === 'am') return 'be';
  if (w === 'has' || w === 'had') return 'have';
  if (w === 'does' || w === 'did') return 'do';
  const irregular = irregularBaseOf().get(w);
  if (irregular !== undefined) return irregular;
  if (w.endsWith('ing') && w.length > 4) return stemOf(w.slice(0, -3));
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('eed')) return EED_BASES.has(w) ? w : w.slice(0, -1);
  if (w.endsWith('ed') && w.length > 3) {
    const stem = w.slice(0, -2);
    if (stem.endsWith('e')) return stem; // agreed -> agree handled above; freed -> free
    return stemOf(stem);
  }
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz|o)es$/.test(w) || /[^aeiou]uses$/.test(w) && NO_E_STEMS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

// One-syllable and -y adjectives whose comparison is -er/-est; irregular ones by hand.
const COMPARATIVE_IRREGULAR: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['good', ['better', 'best']], ['bad', ['worse', 'worst']], ['far', ['further', 'furthest']],
  ['well', ['better', 'best']], ['ill', ['worse', 'worst']],
]);

/** "big" -> ["bigger", "biggest"], "easy" -> ["easier", "easiest"], "large" -> ["larger", "largest"]. */
export function comparisonOf(adj: string): readonly [string, string] {
  const irr = COMPARATIVE_IRREGULAR.get(adj);
  if (irr) return irr;
  if (adj.endsWith('e')) return [`${adj}r`, `${adj}st`];
  if (/[^aeiou]y$/.test(adj)) return [`${adj.slice(0, -1)}ier`, `${adj.slice(0, -1)}iest`];
  // Consonant-vowel-consonant: big -> bigger, hot -> hotter (not w, x, y).
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(adj)) return [`${adj}${adj.slice(-1)}er`, `${adj}${adj.slice(-1)}est`];
  return [`${adj}er`, `${adj}est`];
}

const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * The last token of a short noun phrase that starts at `t` (a determiner or number), with an
 * "of" phrase after it ("the closure of five coal mines"); undefined when no noun heads it
 * within `max` tokens.
 */
export function nounPhraseEnd(doc: Doc, t: Token, max = 8): Token | undefined {
  let last: Token | undefined;
  let head: Token | undefined;
  let count = 0;
  let afterOf = false;
  for (let c: Token | undefined = t; c && count < max; c = doc.next(c), count++) {
    if (RELATIVE.has(c.norm)) break;
    const pos = doc.pos(c);
    // The first word is the determiner the caller found ("its" is tagged PRON); the tagger reads
    // some prenominal adjectives as adverbs ("its new car").
    const p = doc.prev(c);
    // Quantity words: "more than 400", "at least 12", "up to 30".
    const quantity = (c.norm === 'than' && p !== undefined && ['more', 'less', 'fewer'].includes(p.norm)) ||
      ((c.norm === 'least' || c.norm === 'most') && p?.norm === 'at') || (c.norm === 'to' && p?.norm === 'up');
    const inner = c === t || quantity || (c.kind === 'word' && NP_INNER.has(pos)) || c.kind === 'number' || c.norm === "'s" || c.norm === '-' ||
      (pos === 'ADV' && doc.next(c) !== undefined && ['ADJ', 'NOUN'].includes(doc.pos(doc.next(c)!)));
    if (inner) {
      last = c;
      if (pos === 'NOUN' || pos === 'PROPN' || c.kind === 'number') head = c;
      continue;
    }
    if (c.norm === 'of' && head && !afterOf && head === last) {
      afterOf = true;
      continue;
    }
    break;
  }
  if (!head || head !== last) return undefined;
  return head;
}

/** Nouns that take a that-clause or a time/manner "that" ("the fact that", "the way that"). */
export const CLAUSE_NOUNS: ReadonlySet<string> = new Set([
  'fact', 'idea', 'hope', 'hopes', 'belief', 'risk', 'possibility', 'chance', 'chances', 'fear', 'fears',
  'concern', 'concerns', 'claim', 'claims', 'news', 'report', 'reports', 'sign', 'signs', 'evidence', 'view',
  'notion', 'assumption', 'argument', 'suggestion', 'proposal', 'warning', 'promise', 'assurance',
  'assurances', 'guarantee', 'impression', 'feeling', 'sense', 'thought', 'doubt', 'likelihood', 'danger',
  'prospect', 'message', 'statement', 'rumour', 'rumor', 'allegation', 'allegations', 'conclusion',
  'point', 'reason', 'way', 'time', 'day', 'moment', 'year', 'week', 'month', 'extent', 'degree', 'case',
  'condition', 'requirement', 'demand', 'insistence', 'rule', 'law', 'principle', 'understanding', 'expectation',
  'expectations', 'confidence', 'proof', 'indication', 'indications', 'realisation', 'realization', 'knowledge',
  'awareness', 'decision', 'agreement', 'announcement', 'admission', 'recognition', 'lesson', 'truth',
  'order', 'manner', 'form', 'sequence', 'place', 'way', 'certainty', 'conviction', 'insight', 'assertion',
  'contention', 'premise', 'theory', 'finding', 'findings', 'guarantees', 'opinion', 'pledge', 'threat',
]);
