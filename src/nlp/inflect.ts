/**
 * English inflection, enough for rule packs: a pattern `{take}` matches take/takes/took/taken/
 * taking, and a replacement `{address}` comes out in the form the text used ("took the floor"
 * -> "addressed"). Regular rules plus a table of irregular verbs and nouns.
 */

export type Form = 'base' | 's' | 'past' | 'pp' | 'ing';

// base: past, past participle (only the verbs news copy uses; extend as packs need).
const IRREGULAR_VERBS: ReadonlyMap<string, readonly [string, string]> = new Map(Object.entries({
  be: ['was', 'been'], become: ['became', 'become'], begin: ['began', 'begun'], bring: ['brought', 'brought'],
  build: ['built', 'built'], buy: ['bought', 'bought'], catch: ['caught', 'caught'], choose: ['chose', 'chosen'],
  come: ['came', 'come'], cost: ['cost', 'cost'], cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], do: ['did', 'done'],
  draw: ['drew', 'drawn'], drink: ['drank', 'drunk'], drive: ['drove', 'driven'], eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'], feel: ['felt', 'felt'], fight: ['fought', 'fought'], find: ['found', 'found'],
  fly: ['flew', 'flown'], forget: ['forgot', 'forgotten'], freeze: ['froze', 'frozen'], get: ['got', 'got'],
  give: ['gave', 'given'], go: ['went', 'gone'], grow: ['grew', 'grown'], hang: ['hung', 'hung'], have: ['had', 'had'],
  hear: ['heard', 'heard'], hide: ['hid', 'hidden'], hit: ['hit', 'hit'], hold: ['held', 'held'], hurt: ['hurt', 'hurt'],
  keep: ['kept', 'kept'], know: ['knew', 'known'], lay: ['laid', 'laid'], lead: ['led', 'led'], leave: ['left', 'left'],
  lend: ['lent', 'lent'], let: ['let', 'let'], lie: ['lay', 'lain'], lose: ['lost', 'lost'], make: ['made', 'made'],
  mean: ['meant', 'meant'], meet: ['met', 'met'], pay: ['paid', 'paid'], put: ['put', 'put'], quit: ['quit', 'quit'],
  read: ['read', 'read'], ride: ['rode', 'ridden'], ring: ['rang', 'rung'], rise: ['rose', 'risen'], run: ['ran', 'run'],
  say: ['said', 'said'], see: ['saw', 'seen'], seek: ['sought', 'sought'], sell: ['sold', 'sold'], send: ['sent', 'sent'],
  set: ['set', 'set'], shake: ['shook', 'shaken'], shoot: ['shot', 'shot'], show: ['showed', 'shown'], shut: ['shut', 'shut'],
  sing: ['sang', 'sung'], sink: ['sank', 'sunk'], sit: ['sat', 'sat'], sleep: ['slept', 'slept'], speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'], spread: ['spread', 'spread'], stand: ['stood', 'stood'], steal: ['stole', 'stolen'],
  stick: ['stuck', 'stuck'], strike: ['struck', 'struck'], swear: ['swore', 'sworn'], sweat: ['sweated', 'sweated'],
  swim: ['swam', 'swum'], take: ['took', 'taken'], teach: ['taught', 'taught'], tear: ['tore', 'torn'], tell: ['told', 'told'],
  think: ['thought', 'thought'], throw: ['threw', 'thrown'], understand: ['understood', 'understood'], wake: ['woke', 'woken'],
  wear: ['wore', 'worn'], win: ['won', 'won'], withdraw: ['withdrew', 'withdrawn'], write: ['wrote', 'written'],
  overcome: ['overcame', 'overcome'], undertake: ['undertook', 'undertaken'], uphold: ['upheld', 'upheld'],
  withhold: ['withheld', 'withheld'], arise: ['arose', 'arisen'], bear: ['bore', 'borne'], beat: ['beat', 'beaten'],
  bend: ['bent', 'bent'], bet: ['bet', 'bet'], bind: ['bound', 'bound'], bite: ['bit', 'bitten'], blow: ['blew', 'blown'],
  break: ['broke', 'broken'], breed: ['bred', 'bred'], burst: ['burst', 'burst'], cast: ['cast', 'cast'], cling: ['clung', 'clung'],
  dig: ['dug', 'dug'], feed: ['fed', 'fed'], flee: ['fled', 'fled'], forbid: ['forbade', 'forbidden'], forgive: ['forgave', 'forgiven'],
  light: ['lit', 'lit'], mislead: ['misled', 'misled'], prove: ['proved', 'proven'], shed: ['shed', 'shed'], shine: ['shone', 'shone'],
  slide: ['slid', 'slid'], split: ['split', 'split'], spin: ['spun', 'spun'], spring: ['sprang', 'sprung'], sting: ['stung', 'stung'],
  strive: ['strove', 'striven'], sweep: ['swept', 'swept'], swing: ['swung', 'swung'], upset: ['upset', 'upset'],
  weep: ['wept', 'wept'], wind: ['wound', 'wound'],
} as Record<string, readonly [string, string]>));

// Longer verbs stressed on the last syllable double its consonant: committed, preferred.
const DOUBLING = new Set([
  'abet', 'acquit', 'admit', 'allot', 'befit', 'commit', 'compel', 'confer', 'control', 'defer', 'deter', 'emit',
  'equip', 'expel', 'incur', 'occur', 'omit', 'outwit', 'patrol', 'permit', 'prefer', 'propel', 'rebel', 'recur',
  'refer', 'regret', 'submit', 'transfer', 'transmit',
]);

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(Object.entries({
  man: 'men', woman: 'women', child: 'children', person: 'people', foot: 'feet', tooth: 'teeth', mouse: 'mice',
  analysis: 'analyses', crisis: 'crises', thesis: 'theses', criterion: 'criteria', phenomenon: 'phenomena',
  life: 'lives', knife: 'knives', wife: 'wives', half: 'halves', leaf: 'leaves', shelf: 'shelves', thief: 'thieves',
}));

// Most nouns in -o take -s (photos, radios); these take -es.
const O_ES = new Set(['echo', 'embargo', 'hero', 'potato', 'tomato', 'torpedo', 'veto']);

function doublesFinal(w: string): boolean {
  // Single-syllable CVC words double their final consonant: stop -> stopped; not w, x, y.
  // Longer words depend on stress (visited, but referred): those that double are listed.
  return DOUBLING.has(w) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w);
}

function suffixS(w: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function suffixEd(w: string): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (doublesFinal(w)) return `${w}${w.slice(-1)}ed`;
  return `${w}ed`;
}

function suffixIng(w: string): string {
  if (w === 'be' || w === 'see' || w === 'flee' || w.endsWith('ee')) return `${w}ing`;
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (w.endsWith('e') && w.length > 2) return `${w.slice(0, -1)}ing`;
  if (doublesFinal(w)) return `${w}${w.slice(-1)}ing`;
  return `${w}ing`;
}

/** Verb forms of a one-word lemma. A multi-word lemma ("sit down") inflects its first word. */
export function verbForm(lemma: string, form: Form): string {
  const space = lemma.indexOf(' ');
  if (space > 0) return verbForm(lemma.slice(0, space), form) + lemma.slice(space);
  const irr = IRREGULAR_VERBS.get(lemma);
  switch (form) {
    case 'base':
      return lemma;
    case 's':
      return lemma === 'be' ? 'is' : lemma === 'have' ? 'has' : suffixS(lemma);
    case 'past':
      return irr ? irr[0] : suffixEd(lemma);
    case 'pp':
      return irr ? irr[1] : suffixEd(lemma);
    case 'ing':
      return suffixIng(lemma);
  }
}

export function pluralOf(noun: string): string {
  if (noun.endsWith('o') && !O_ES.has(noun)) return `${noun}s`;
  return IRREGULAR_PLURALS.get(noun) ?? suffixS(noun);
}

let irregularForms: ReadonlySet<string> | undefined;
/** Every past and past participle of the irregular verbs ("took", "taken", "cut"): never a base form to correct. */
export function irregularPastForms(): ReadonlySet<string> {
  irregularForms ??= new Set([...IRREGULAR_VERBS.values()].flat());
  return irregularForms;
}

/** Every surface form a `{lemma}` pattern element matches: verb forms and the noun plural. */
export function formsOf(lemma: string): ReadonlySet<string> {
  const forms = new Set<string>([lemma, pluralOf(lemma)]);
  for (const f of ['s', 'past', 'pp', 'ing'] as const) forms.add(verbForm(lemma, f));
  if (lemma === 'be') for (const f of ['am', 'are', 'were', 'being']) forms.add(f);
  return forms;
}

/** Every verb form of `lemma` the word could be: "put" is base and past and participle. */
export function formsMatching(lemma: string, word: string): Form[] {
  const w = word.toLowerCase();
  return (['base', 's', 'past', 'pp', 'ing'] as const).filter((f) => verbForm(lemma, f) === w);
}

const HAVE_BE = new Set(['have', 'has', 'had', 'having', "'ve", "'d", 'be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets']);
const TAKES_BASE = new Set(['to', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did', "don't", "doesn't", "didn't", "won't", "can't", "cannot", "wouldn't", "couldn't", "shouldn't", 'let', 'please']);
const SKIP = new Set(['not', 'never', 'already', 'also', 'just', 'still', 'yet', 'always', 'often', 'really', 'finally', 'recently', 'only', 'even', 'ever', 'once', 'again', 'n\'t']);

/**
 * Which form of `lemma` the word is, read from the words before it when the spelling is
 * ambiguous: "has made" is a participle, "to put" a base form, "he put" (news is told in
 * the past) a past tense.
 */
export function formOf(lemma: string, word: string, before: readonly string[] = []): Form | undefined {
  const forms = formsMatching(lemma, word);
  if (forms.length <= 1) return forms[0];
  const prev = before.slice().reverse().find((w) => !SKIP.has(w));
  if (prev !== undefined && HAVE_BE.has(prev) && forms.includes('pp')) return 'pp';
  if (prev !== undefined && TAKES_BASE.has(prev) && forms.includes('base')) return 'base';
  if (forms.includes('past')) return 'past';
  return forms[0];
}
