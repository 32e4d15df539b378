/**
 * A collocation lexicon: for verbs, adjectives and nouns of news copy, the preposition English
 * wants before their complement, and the prepositions a translation carries over from the
 * source language instead ("поздравить с" -> "congratulated them with", "мسؤول عن" ->
 * "responsible about", "tevreden over" -> "satisfied over", "bang voor" -> "afraid for",
 * "sadar akan" -> "aware to", "suçlamak ile" -> "accused him with"). Used by the rule
 * complement-preposition, which also checks that the wrong preposition really introduces the
 * complement and not an adjunct of time, place or medium ("complained over the weekend",
 * "warned on Monday", "complained on Twitter").
 *
 * Only prepositions that are clearly wrong for the head's complement are listed: where a
 * second reading is common English ("worried for his safety", "concerned for", "angry over",
 * "unhappy over", "apologised over") the preposition is left out or narrowed by `comp`.
 */

/** What must follow the wrong preposition for it to introduce the head's complement. */
export type Comp =
  /** a noun phrase or a gerund that is not an adjunct of time, place or medium (the default) */
  | 'np'
  /** an -ing verb: "think in buying" */
  | 'ger'
  /** a noun phrase about a thing, not a person or their safety: "afraid for new limits" (but "afraid for his life") */
  | 'thing'
  /** a change in percent or points: "cut the quota with 14 percent" */
  | 'pct'
  /** a crime (bare noun) or an -ing verb: "suspected in corruption" */
  | 'crime'
  /** a bare commodity noun: "demand on steel" */
  | 'goods'
  /** an institution: "donors of the school", "applied for the university" */
  | 'inst'
  /** a number of parts: "divided on three zones" */
  | 'parts'
  /** a language: "translated on English" */
  | 'lang'
  /** a place: a proper name or "the" + noun, not an infinitive: "arrived to the city" */
  | 'place'
  /** a term of years, months or life: "sentenced him for six years" */
  | 'term';

export interface Colloc {
  /** kind verb: lemmas (every form matches); adj: words as written; noun: singular forms (plurals match too) */
  readonly heads: readonly string[];
  readonly kind: 'verb' | 'adj' | 'noun';
  readonly wrong: readonly string[];
  /** replacements for the wrong preposition, best first */
  readonly right: readonly string[];
  readonly comp?: Comp;
  /** an object may stand between the verb and the preposition ("accused the minister with") */
  readonly obj?: boolean;
  /** words right after the preposition that make it correct English */
  readonly okNext?: readonly string[];
  /** words right before the head that make it correct English */
  readonly okPrev?: readonly string[];
  /** the preposition is fine before a proper name (“based from London”) */
  readonly noPropn?: boolean;
  /** words among the three before the head that make it correct English (“of great interest to”) */
  readonly okBefore?: readonly string[];
  /** verb forms that are mostly nouns here ("a warning from the agency") */
  readonly noForms?: readonly string[];
  /** the verb needs its object before the preposition: "saved them of", not "save of" (a preposition: "no words save of forgiveness") */
  readonly needObj?: boolean;
  /** one line: why */
  readonly why: string;
}

export const COLLOCATIONS: readonly Colloc[] = [
  // ---- verbs: intransitive complements -------------------------------------------------------
  { heads: ['complain'], kind: 'verb', wrong: ['over', 'for', 'on'], right: ['about', 'of'], why: 'one complains “about” something (“klagen über/phàn nàn về/se plaindre de”)' },
  { heads: ['warn', 'caution'], kind: 'verb', wrong: ['from'], right: ['of', 'about', 'against'], noForms: ['warning', 'caution', 'cautions'], why: 'one warns “of/about/against” a danger (“حذّر من/uyarmak -den” comes back as “from”)' },
  { heads: ['depend'], kind: 'verb', wrong: ['to', 'from', 'of'], right: ['on'], why: 'one depends “on” something (“depender de/dépendre de/зависеть от”)' },
  { heads: ['rely'], kind: 'verb', wrong: ['from', 'of', 'to'], right: ['on'], why: 'one relies “on” something' },
  { heads: ['consist'], kind: 'verb', wrong: ['from', 'with'], right: ['of'], why: 'a whole consists “of” its parts (“состоять из/bestehen aus”)' },
  { heads: ['participate'], kind: 'verb', wrong: ['to'], right: ['in'], why: 'one participates “in” something (“participer à/partecipare a”)' },
  { heads: ['specialize', 'specialise'], kind: 'verb', wrong: ['on'], right: ['in'], why: 'one specialises “in” a field' },
  { heads: ['invest'], kind: 'verb', wrong: ['on'], right: ['in'], why: 'one invests “in” something' },
  { heads: ['think'], kind: 'verb', wrong: ['in'], right: ['about', 'of'], comp: 'ger', why: 'one thinks “about/of” doing something (“pensar en/pensare a”)' },
  { heads: ['dream'], kind: 'verb', wrong: ['with'], right: ['of', 'about'], okNext: ['smile', 'open', 'eyes'], why: 'one dreams “of” something (“soñar con/sonhar com”)' },
  { heads: ['worry'], kind: 'verb', wrong: ['of', 'on'], right: ['about'], noForms: ['worries'], why: 'one worries “about” something' },
  { heads: ['suffer'], kind: 'verb', wrong: ['of'], right: ['from'], okPrev: ['the', 'and', 'human', 'great', 'much', 'their', 'his', 'her', 'its', 'our', 'untold', 'immense', 'terrible', 'such'], why: 'one suffers “from” an illness or a problem (“souffrir de/soffrire di”)' },
  { heads: ['recover'], kind: 'verb', wrong: ['of'], right: ['from'], why: 'one recovers “from” something' },
  { heads: ['interfere', 'intervene'], kind: 'verb', wrong: ['into'], right: ['in'], why: 'one interferes or intervenes “in” something (“вмешиваться в”)' },
  { heads: ['involve'], kind: 'verb', wrong: ['into'], right: ['in'], why: 'one is involved “in” something' },
  { heads: ['engage'], kind: 'verb', wrong: ['into'], right: ['in'], why: 'one engages “in” an activity' },
  { heads: ['differ'], kind: 'verb', wrong: ['of'], right: ['from'], why: 'one thing differs “from” another' },
  { heads: ['apologize', 'apologise'], kind: 'verb', wrong: ['of'], right: ['for'], why: 'one apologises “for” something' },
  { heads: ['aim'], kind: 'verb', wrong: ['on'], right: ['at'], noForms: ['aim', 'aims'], why: 'a measure is aimed “at” something' },
  { heads: ['insist'], kind: 'verb', wrong: ['about'], right: ['on'], why: 'one insists “on” something' },
  { heads: ['believe'], kind: 'verb', wrong: ['on'], right: ['in'], why: 'one believes “in” something' },
  { heads: ['concentrate', 'focus'], kind: 'verb', wrong: ['in'], right: ['on'], comp: 'ger', why: 'one concentrates “on” doing something' },
  { heads: ['focus'], kind: 'verb', wrong: ['in'], right: ['on'], comp: 'thing', okNext: ['this', 'that', 'these', 'recent', 'coming', 'past', 'next', 'last', 'early', 'late', 'meantime', 'future', 'region', 'area', 'areas', 'world', 'country', 'city', 'north', 'south', 'east', 'west', 'years', 'months', 'weeks', 'days', 'decade', 'period', 'run', 'end', 'long', 'short', 'way', 'sense', 'order', 'part', 'places', 'schools', 'cities', 'states'], why: 'talks and plans focus “on” a subject (“centrarse en/se concentrer sur/sich konzentrieren auf”)' },
  { heads: ['object'], kind: 'verb', wrong: ['against'], right: ['to'], noForms: ['object', 'objects'], why: 'one objects “to” something' },
  { heads: ['arrive'], kind: 'verb', wrong: ['to'], right: ['in', 'at'], comp: 'place', why: 'one arrives “in” a city or “at” a place (“llegar a/arriver à/arrivare a”)' },
  { heads: ['graduate'], kind: 'verb', wrong: ['at'], right: ['from'], comp: 'inst', why: 'one graduates “from” a school or university' },
  { heads: ['apply'], kind: 'verb', wrong: ['for'], right: ['to'], comp: 'inst', why: 'one applies “to” a university (and “for” a place or a job)' },
  { heads: ['retire', 'resign'], kind: 'verb', wrong: ['of'], right: ['from'], why: 'one resigns or retires “from” a post' },
  { heads: ['comply'], kind: 'verb', wrong: ['on'], right: ['with'], why: 'one complies “with” a rule' },
  { heads: ['contribute'], kind: 'verb', wrong: ['into'], right: ['to'], why: 'one contributes “to” something' },
  { heads: ['cooperate', 'collaborate'], kind: 'verb', wrong: ['to'], right: ['with', 'on'], why: 'one cooperates “with” someone “on” something' },

  // ---- verbs: object + preposition -----------------------------------------------------------
  { heads: ['congratulate'], kind: 'verb', obj: true, wrong: ['with'], right: ['on'], why: 'one congratulates someone “on” an event (“поздравить с/felicitar por”)' },
  { heads: ['accuse'], kind: 'verb', obj: true, wrong: ['with'], right: ['of'], why: 'one is accused “of” a deed (“ile suçlamak/обвинить в”)' },
  { heads: ['accuse'], kind: 'verb', obj: true, wrong: ['in'], right: ['of'], comp: 'ger', why: 'one is accused “of” a deed (“обвинить в”)' },
  { heads: ['blame'], kind: 'verb', obj: true, wrong: ['of'], right: ['for'], why: 'one blames someone “for” something' },
  { heads: ['blame'], kind: 'verb', obj: true, wrong: ['in'], right: ['for'], comp: 'crime', why: 'one blames someone “for” something (“обвинять в”)' },
  { heads: ['suspect'], kind: 'verb', obj: true, wrong: ['in'], right: ['of'], comp: 'crime', noForms: ['suspect', 'suspects'], why: 'one is suspected “of” a crime (“подозревать в”)' },
  { heads: ['charge'], kind: 'verb', obj: true, wrong: ['of'], right: ['with'], noForms: ['charge', 'charges'], why: 'one is charged “with” a crime' },
  { heads: ['deprive'], kind: 'verb', obj: true, wrong: ['from'], right: ['of'], okNext: ['birth'], why: 'one is deprived “of” something (“حرم من”)' },
  { heads: ['exempt'], kind: 'verb', obj: true, wrong: ['of'], right: ['from'], why: 'one is exempted “from” a rule' },
  { heads: ['convict', 'acquit'], kind: 'verb', obj: true, wrong: ['in'], right: ['of'], comp: 'crime', noForms: ['convict', 'convicts'], why: 'one is convicted or acquitted “of” a crime' },
  { heads: ['protect', 'shield', 'save', 'rescue'], kind: 'verb', obj: true, needObj: true, wrong: ['of'], right: ['from'], comp: 'thing', why: 'one protects or saves someone “from” a danger' },
  { heads: ['prevent', 'stop', 'ban', 'bar', 'discourage', 'prohibit'], kind: 'verb', obj: true, wrong: ['of', 'to'], right: ['from'], comp: 'ger', why: 'one prevents someone “from” doing something' },
  { heads: ['sentence', 'condemn'], kind: 'verb', obj: true, wrong: ['for', 'on', 'with', 'at'], right: ['to'], comp: 'term', noForms: ['sentence', 'sentences'], why: 'a court sentences someone “to” a term (“odsoudit na/condamner à/осудить на”); “for” names the crime' },
  { heads: ['translate'], kind: 'verb', obj: true, wrong: ['on'], right: ['into'], comp: 'lang', why: 'a text is translated “into” a language (“перевести на”)' },
  { heads: ['divide', 'split', 'break', 'separate', 'cut', 'organise', 'organize', 'group', 'classify', 'sort'], kind: 'verb', obj: true, wrong: ['on'], right: ['into'], comp: 'parts', why: 'a whole is divided “into” parts (“делить на/dividir en”)' },
  {
    heads: [
      'cut', 'reduce', 'lower', 'raise', 'increase', 'decrease', 'boost', 'slash', 'trim', 'lift', 'hike', 'grow', 'rise', 'fall',
      'drop', 'decline', 'climb', 'jump', 'shrink', 'expand', 'gain', 'lose', 'surge', 'soar', 'plunge', 'slump', 'tumble', 'slip',
      'sink', 'advance', 'retreat', 'widen', 'narrow', 'extend', 'shorten', 'devalue', 'revalue', 'depreciate', 'appreciate',
    ],
    kind: 'verb', obj: true, wrong: ['with', 'for', 'on', 'of'], right: ['by'], comp: 'pct',
    why: 'a change is measured with “by” (“verlagen met/снизить на/baisser de”)',
  },

  // ---- adjectives -----------------------------------------------------------------------------
  { heads: ['responsible'], kind: 'adj', wrong: ['about', 'on', 'over'], right: ['for'], why: 'one is responsible “for” something (“مسؤول عن/responsable de”)' },
  { heads: ['accountable'], kind: 'adj', wrong: ['about', 'of'], right: ['for'], why: 'one is accountable “for” something' },
  { heads: ['aware', 'unaware'], kind: 'adj', wrong: ['to', 'on', 'for', 'from', 'with', 'in'], right: ['of'], okNext: ['date'], why: 'one is aware “of” something (“sadar akan/consapevole di”)' },
  { heads: ['conscious'], kind: 'adj', wrong: ['to', 'on', 'for'], right: ['of'], why: 'one is conscious “of” something' },
  { heads: ['afraid', 'scared', 'frightened', 'fearful', 'terrified'], kind: 'adj', wrong: ['from'], right: ['of'], why: 'one is afraid “of” something (“خائف من/korkmak -den”)' },
  { heads: ['afraid', 'scared', 'frightened', 'fearful', 'terrified'], kind: 'adj', wrong: ['for'], right: ['of'], comp: 'thing', why: 'one is afraid “of” a thing; “afraid for” is for people and their safety (“bang voor/peur pour”)' },
  { heads: ['worried', 'anxious'], kind: 'adj', wrong: ['of', 'on', 'from'], right: ['about'], why: 'one is worried “about” something' },
  { heads: ['worried'], kind: 'adj', wrong: ['for'], right: ['about'], comp: 'thing', why: 'one is worried “about” a thing; “worried for” is for people and their safety (“ανησυχούν για/preocupado por”)' },
  { heads: ['concerned'], kind: 'adj', wrong: ['of', 'on', 'from'], right: ['about'], okPrev: ['interests', 'parties', 'party', 'those', 'persons', 'person', 'people', 'authorities', 'countries', 'states', 'governments', 'nations', 'members', 'officials', 'all', 'agencies', 'individuals', 'departments', 'companies', 'firms', 'sides', 'families'], why: 'one is concerned “about” something' },
  { heads: ['satisfied', 'dissatisfied', 'unsatisfied'], kind: 'adj', wrong: ['over', 'of', 'from', 'on', 'for'], right: ['with'], why: 'one is satisfied “with” something (“tevreden over/satisfait de”)' },
  { heads: ['happy', 'unhappy', 'pleased', 'displeased', 'delighted', 'frustrated', 'angry', 'furious', 'annoyed', 'irritated'], kind: 'adj', wrong: ['of'], right: ['with', 'about'], okNext: ['all', 'them', 'those', 'course'], why: 'one is pleased or angry “with/about” something (“content de/contento di”)' },
  { heads: ['angry', 'furious', 'annoyed', 'irritated'], kind: 'adj', wrong: ['on', 'to'], right: ['with', 'at'], why: 'one is angry “with” someone (“böse auf/зол на”)' },
  { heads: ['shocked', 'surprised', 'stunned', 'astonished', 'amazed', 'startled', 'astounded', 'flabbergasted'], kind: 'adj', wrong: ['over', 'of', 'from', 'for'], right: ['by', 'at'], why: 'one is shocked “by” or surprised “at” something (“chockade över/surpris de”)' },
  { heads: ['disappointed', 'saddened', 'dismayed', 'horrified', 'appalled', 'alarmed', 'disturbed', 'embarrassed'], kind: 'adj', wrong: ['of', 'from'], right: ['by', 'with'], why: 'one is disappointed “by/with” something (“déçu de/deluso da”)' },
  { heads: ['proud'], kind: 'adj', wrong: ['on', 'with', 'from'], right: ['of'], why: 'one is proud “of” something (“stolz auf/гордиться”)' },
  { heads: ['famous', 'renowned', 'notorious', 'famed'], kind: 'adj', wrong: ['with', 'by'], right: ['for'], why: 'a place is famous “for” something (“ünlü ile/famoso por”)' },
  { heads: ['known'], kind: 'adj', wrong: ['with'], right: ['for'], okNext: ['certainty', 'confidence', 'precision', 'accuracy', 'any', 'reasonable', 'absolute'], why: 'one is known “for” something (“bilinen ile/известен своими”)' },
  { heads: ['similar'], kind: 'adj', wrong: ['with', 'as'], right: ['to'], okNext: ['possible', 'regard', 'respect', 'regards', 'before', 'usual', 'ever', 'in', 'well', 'much', 'far', 'long', 'soon', 'likely'], why: 'one thing is similar “to” another (“similar con/semblable à/ähnlich wie”)' },
  { heads: ['different'], kind: 'adj', wrong: ['of'], right: ['from'], why: 'one thing is different “from” another (“différent de/diferente de”)' },
  { heads: ['capable'], kind: 'adj', wrong: ['for'], right: ['of'], why: 'one is capable “of” something' },
  { heads: ['familiar'], kind: 'adj', wrong: ['about', 'of'], right: ['with'], why: 'one is familiar “with” something' },
  { heads: ['guilty'], kind: 'adj', wrong: ['for'], right: ['of'], okPrev: ['feel', 'feels', 'felt', 'feeling'], why: 'one is guilty “of” a crime' },
  { heads: ['opposed'], kind: 'adj', wrong: ['against'], right: ['to'], why: 'one is opposed “to” something' },
  { heads: ['addicted', 'accustomed', 'dedicated', 'devoted'], kind: 'adj', wrong: ['on', 'with'], right: ['to'], why: 'one is addicted or dedicated “to” something' },
  { heads: ['critical'], kind: 'adj', wrong: ['towards', 'toward', 'against'], right: ['of'], why: 'one is critical “of” something' },
  { heads: ['based'], kind: 'adj', wrong: ['from', 'of'], right: ['on'], noPropn: true, why: 'a plan is based “on” something (“berdasarkan dari/basé sur”)' },
  { heads: ['fond'], kind: 'adj', wrong: ['to', 'with', 'about'], right: ['of'], why: 'one is fond “of” something' },
  { heads: ['rich'], kind: 'adj', wrong: ['of', 'on'], right: ['in'], okPrev: ['the', 'super', 'newly', 'nouveau'], why: 'a region is rich “in” resources (“riche en/rico en/богатый”)' },
  { heads: ['interested'], kind: 'adj', wrong: ['to', 'with'], right: ['in'], why: 'one is interested “in” something' },
  { heads: ['keen'], kind: 'adj', wrong: ['about', 'in'], right: ['on'], comp: 'ger', why: 'one is keen “on” doing something' },
  { heads: ['eligible'], kind: 'adj', wrong: ['to', 'on'], right: ['for'], comp: 'thing', why: 'one is eligible “for” something' },
  { heads: ['preferable'], kind: 'adj', wrong: ['than'], right: ['to'], why: 'one thing is preferable “to” another' },
  { heads: ['dependent', 'reliant'], kind: 'adj', wrong: ['to'], right: ['on'], why: 'one is dependent “on” something' },

  // ---- nouns ----------------------------------------------------------------------------------
  { heads: ['responsibility'], kind: 'noun', wrong: ['about', 'over'], right: ['for'], okBefore: ['promote', 'promotes', 'promoting', 'prefer', 'prefers', 'favor', 'favour', 'favors', 'favours', 'choose', 'chose', 'prioritize', 'prioritise', 'reward', 'rewards', 'value', 'values'], why: 'one takes responsibility “for” something' },
  { heads: ['interest'], kind: 'noun', wrong: ['to', 'towards', 'toward'], right: ['in'], okPrev: ['rate', 'rates', 'public', 'national', 'own', 'best', 'self', 'vested', 'buying', 'selling'], okBefore: ['of', 'in', 'with', 'add', 'adds', 'added', 'adding', 'bring', 'brings', 'brought', 'lend', 'lends', 'lent', 'give', 'gave', 'given', 'gives', 'pay', 'paid', 'pays', 'owe', 'owed', 'charge', 'charged', 'sell', 'sells', 'sold', 'selling', 'transfer', 'transfers', 'transferred', 'cede', 'ceded', 'offer', 'offered', 'offers'], why: 'one has an interest “in” something (“علاقه به/интерес к”)' },
  { heads: ['threat'], kind: 'noun', wrong: ['for'], right: ['to'], why: 'something is a threat “to” someone (“menace pour/minaccia per”)' },
  { heads: ['menace'], kind: 'noun', wrong: ['for'], right: ['to'], why: 'something is a menace “to” someone' },
  { heads: ['complaint'], kind: 'noun', wrong: ['on'], right: ['against', 'about'], okNext: ['suspicion', 'behalf'], why: 'one files a complaint “against” a decision or “about” a problem (“скарга на”)' },
  { heads: ['attack', 'assault', 'raid'], kind: 'noun', wrong: ['to'], right: ['on'], comp: 'place', why: 'an attack is made “on” a target (“atak na/saldırı -e”)' },
  { heads: ['answer', 'reply', 'response', 'reaction'], kind: 'noun', wrong: ['on'], right: ['to'], okPrev: ['focus', 'impact', 'effect'], why: 'one gives an answer “to” a question (“ответ на/Antwort auf”)' },
  { heads: ['participation'], kind: 'noun', wrong: ['to'], right: ['in'], okBefore: ['limit', 'limits', 'limited', 'limiting', 'restrict', 'restricts', 'restricted', 'restricting', 'confine', 'confined', 'cap', 'capped'], why: 'participation is “in” something' },
  { heads: ['candidate', 'candidacy', 'candidature'], kind: 'noun', wrong: ['to'], right: ['for'], comp: 'place', why: 'one is a candidate “for” an office (“candidat à/candidato a”)' },
  { heads: ['donor', 'contributor', 'benefactor'], kind: 'noun', wrong: ['of'], right: ['to'], comp: 'inst', why: 'one is a donor “to” a school or a party' },
  { heads: ['experience', 'expertise', 'skill'], kind: 'noun', wrong: ['on'], right: ['in'], comp: 'ger', why: 'one has experience “in” doing something' },
  { heads: ['demand'], kind: 'noun', wrong: ['on'], right: ['for'], comp: 'goods', noForms: ['demands'], why: 'there is demand “for” a product (“popyt na/спрос на”)' },
  { heads: ['reason'], kind: 'noun', wrong: ['of'], right: ['for'], okBefore: ['by'], okNext: ['that', 'it', 'this'], noForms: ['reasons'], why: 'there is a reason “for” something (“raison de/razón de”)' },
  { heads: ['permission', 'authorisation', 'authorization'], kind: 'noun', wrong: ['on'], right: ['for'], why: 'one gets permission “for” something (“разрешение на/zgoda na”)' },
  { heads: ['investigation', 'probe'], kind: 'noun', wrong: ['about'], right: ['into'], why: 'an investigation is “into” a matter' },
  { heads: ['preparation'], kind: 'noun', wrong: ['to'], right: ['for'], comp: 'place', why: 'one makes preparations “for” an event' },
  { heads: ['fear'], kind: 'noun', wrong: ['from'], right: ['of'], comp: 'thing', noForms: ['fears'], why: 'one has a fear “of” something (“خوف من/korku -den”)' },
  { heads: ['respect'], kind: 'noun', wrong: ['to'], right: ['for'], okBefore: ['with', 'in', 'pay', 'paid', 'pays', 'paying', 'last', 'without', 'out', 'give', 'gives', 'gave', 'given', 'giving', 'show', 'shows', 'showed', 'shown', 'showing', 'accord', 'accorded', 'owe', 'owed', 'due', 'extend', 'extended', 'offer', 'offered'], noForms: ['respects'], why: 'one has respect “for” someone (“уважение к”)' },
  { heads: ['love', 'passion', 'affection'], kind: 'noun', wrong: ['to'], right: ['for'], okBefore: ['send', 'sends', 'sent', 'sending', 'give', 'gave', 'my', 'our', 'much', 'with', 'make', 'makes', 'made', 'making'], why: 'one has love “for” something (“любовь к/amour pour”)' },
  { heads: ['hatred', 'contempt', 'disdain'], kind: 'noun', wrong: ['to'], right: ['of', 'for'], why: 'one has hatred “of/for” something (“ненависть к”)' },

  // ---- more adjectives and nouns ----------------------------------------------------------------
  { heads: ['sceptical', 'skeptical'], kind: 'adj', wrong: ['to'], right: ['of', 'about'], why: 'one is sceptical “of/about” something (“skeptisk til/скептически относиться к”)' },
  { heads: ['curious'], kind: 'adj', wrong: ['of', 'on', 'for'], right: ['about'], why: 'one is curious “about” something' },
  { heads: ['excited'], kind: 'adj', wrong: ['of', 'on'], right: ['about'], why: 'one is excited “about” something' },
  { heads: ['consistent', 'compatible'], kind: 'adj', wrong: ['to'], right: ['with'], why: 'one thing is consistent “with” another' },
  { heads: ['absent'], kind: 'adj', wrong: ['at'], right: ['from'], why: 'one is absent “from” a meeting' },
  { heads: ['jealous', 'envious'], kind: 'adj', wrong: ['on', 'to'], right: ['of'], why: 'one is jealous “of” someone (“jaloux de/ревновать к”)' },
  { heads: ['ashamed'], kind: 'adj', wrong: ['from', 'with'], right: ['of'], why: 'one is ashamed “of” something' },
  { heads: ['indifferent'], kind: 'adj', wrong: ['for', 'towards', 'toward'], right: ['to'], why: 'one is indifferent “to” something' },
  { heads: ['allergic'], kind: 'adj', wrong: ['on', 'for', 'against'], right: ['to'], why: 'one is allergic “to” something (“allergisch gegen/аллергия на”)' },
  { heads: ['entitled'], kind: 'adj', wrong: ['for', 'on'], right: ['to'], why: 'one is entitled “to” something (“имеет право на/anspruch auf”)' },
  { heads: ['related'], kind: 'adj', wrong: ['with'], right: ['to'], why: 'one thing is related “to” another (“relacionado con/collegato con”)' },
  { heads: ['associated'], kind: 'adj', wrong: ['to'], right: ['with'], why: 'one thing is associated “with” another (“associé à/asociado a”)' },
  { heads: ['full'], kind: 'adj', wrong: ['with'], right: ['of'], okPrev: ['hands', 'plate', 'in'], why: 'a place is full “of” people or things (“plein de/lleno de”)' },
  { heads: ['ready'], kind: 'adj', wrong: ['to'], right: ['for'], comp: 'place', why: 'one is ready “for” an event' },
  { heads: ['criticism'], kind: 'noun', wrong: ['to', 'towards', 'toward'], right: ['of'], okNext: ['heart'], okBefore: ['response', 'responded', 'responding', 'reply', 'replied', 'answer', 'answered', 'react', 'reacted', 'reaction'], why: 'one voices criticism “of” someone (“crítica a/critique à”)' },
  { heads: ['ban'], kind: 'noun', wrong: ['of'], right: ['on'], okBefore: ['lifting', 'end', 'repeal', 'removal', 'extension'], why: 'a ban is imposed “on” something' },
  { heads: ['sanction', 'embargo', 'restriction', 'moratorium'], kind: 'noun', wrong: ['to'], right: ['on', 'against'], comp: 'place', noForms: ['sanction'], why: 'sanctions and restrictions are imposed “on” a target (“санкции к/sanzioni a”)' },
  { heads: ['solidarity'], kind: 'noun', wrong: ['to', 'towards'], right: ['with'], why: 'one shows solidarity “with” someone (“solidarité avec/солидарность с”)' },
  { heads: ['obstacle'], kind: 'noun', wrong: ['for'], right: ['to'], why: 'something is an obstacle “to” progress' },
];
