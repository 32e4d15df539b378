/**
 * "by" and "from" swapped, as Italian "da", Greek "από", German "bei", Japanese "による/で" and
 * Turkish "-den" render them:
 *  - the agent of a passive with "from": "cheered from a sold-out crowd", "arrested from the
 *    police" -> "by";
 *  - the circumstance with "by": "wrong readings by cold weather" (German "bei Kälte") -> "in";
 *  - the means of transport with "by" + article: "fled by a pickup truck" -> "in" (bare "by car"
 *    is English);
 *  - the source with "by": "smoke by the fires" -> "from".
 * Each needs its own context: an agentive participle and a person or body after "from"
 * ("rescued from the sea" and "funded from the budget" stay quiet), no passive participle before
 * "by" ("delays caused by cold weather", "hit by a truck").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

// Participles that only take an agent, never a source: "cheered from the crowd" is the agent.
const AGENTIVE = new Set(
  `arrested detained cheered applauded booed whistled greeted criticised criticized praised condemned elected appointed nominated
  approved rejected adopted organised organized attacked injured shot killed caught questioned interrogated investigated fined
  sentenced convicted accused charged banned supported backed founded led owned hosted chaired denied seized confiscated raided
  searched inspected audited monitored ruled governed beaten defeated suspended disqualified sanctioned punished penalised penalized
  summoned invited visited welcomed honoured honored awarded decorated thanked congratulated endorsed vetoed overruled outvoted
  stopped tackled blocked fouled trained coached managed hired employed commissioned sponsored financed insulted threatened
  harassed abused assaulted kidnapped abducted murdered stabbed wounded targeted shelled bombed hacked`.split(/\s+/),
);
// Persons and bodies that act: after an agentive participle, "from" one of them is the agent.
const AGENTS = new Set(
  `public crowd crowds fans spectators supporters audience police policemen officers authorities army soldiers troops guards coastguard
  corps government court judge judges jury committee commission ministry minister president parliament lawmakers voters prosecutors
  investigators agents inspectors forces militants rebels gunmen company firm experts doctors scientists researchers organisers
  organizers federation union referee board council assembly senate congress members residents citizens people employees workers
  staff colleagues opponents critics rivals enemy regime junta cabinet administration leadership management shareholders directors
  teammates coach manager owner owners gendarmerie militia militias`.split(/\s+/),
);
const WEATHER_ADJ = new Set(['cold', 'hot', 'bad', 'wet', 'warm', 'freezing', 'icy', 'rainy', 'windy', 'stormy', 'snowy', 'foggy', 'humid', 'extreme', 'severe', 'low', 'high', 'sub-zero', 'subzero', 'frosty', 'cool', 'dry', 'mild']);
const WEATHER_N = new Set(['weather', 'temperatures', 'temperature', 'conditions', 'frost', 'heat', 'cold']);
const VEHICLES = new Set(['car', 'truck', 'pickup', 'van', 'bus', 'taxi', 'cab', 'lorry', 'jeep', 'suv', 'minibus', 'tractor', 'motorbike', 'motorcycle', 'scooter', 'minivan', 'caravan', 'limousine', 'ambulance', 'boat', 'canoe', 'dinghy', 'helicopter', 'plane']);
const MOTION = new Set(
  `fled flee flees fleeing escaped escape escapes escaping travelled traveled travel travels travelling traveling drove drive drives
  driving went go goes going came come comes coming arrived arrive arrives arriving left leave leaves leaving returned return returns
  returning moved move moves moving headed head heads heading rushed rush evacuated evacuate took take taken taking brought bring
  carried carry transported transport reached reach crossed cross`.split(/\s+/),
);
// Nouns that come "from" a source: "smoke by the fires".
const EMISSIONS = new Set(['smoke', 'ash', 'fumes', 'soot', 'haze', 'smog', 'ashes', 'dust']);
const SOURCES = new Set(['fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes', 'volcano', 'eruption', 'factory', 'factories', 'plant', 'plants', 'chimneys', 'explosion', 'blast', 'forest', 'forests', 'burning', 'refinery', 'mill', 'mills', 'smelter', 'bushfires', 'bushfire']);

function isParticiple(doc: Doc, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (/(ed|en)$/.test(t.norm) && (doc.pos(t) === 'VERB' || doc.pos(t) === 'ADJ')) return true;
  return /^(hit|caught|driven|struck|held|kept|made|brought|worn|swept|blown|run|shaken|beaten|bitten|hurt|felt|met|cut|set|put|led|thrown|shut|hampered|slowed|undone|outdone|overcome|brought|fed|spread)$/.test(t.norm);
}

function sentenceEnd(doc: Doc, t: Token): number {
  const s = doc.sentenceOf(t);
  return s.endToken;
}

export const rule: Rule = {
  meta: {
    id: 'by-from-preposition',
    category: 'preposition',
    severity: 'warning',
    description: '“by” and “from” confused: the agent with “from” (“cheered from the crowd”), the weather or a vehicle with “by” (“by cold weather”, “by a pickup truck”), a source with “by” (“smoke by the fires”).',
    examples: {
      bad: [
        { text: 'Applauded [[from]] a packed crowd, she lifted the trophy.', output: 'Applauded by a packed crowd, she lifted the trophy.' },
        { text: 'The mayor was arrested [[from]] the police on Friday.', output: 'The mayor was arrested by the police on Friday.' },
        { text: 'The plan was approved [[from]] the committee.', output: 'The plan was approved by the committee.' },
        { text: 'Batteries lose power quickly [[by]] cold weather.', output: 'Batteries lose power quickly in cold weather.' },
        { text: 'They left the village with their children [[by]] a rented van.', output: 'They left the village with their children in a rented van.' },
        { text: 'Smoke [[by]] the wildfires reached Chicago.', output: 'Smoke from the wildfires reached Chicago.' },
      ],
      good: [
        'She was rescued from the sea.',
        'The scheme is funded from the budget.',
        'He was arrested at his home.',
        'The delays were caused by cold weather.',
        'The crops were hit hard by cold weather.',
        'He was hit by a car.',
        'They travelled by car.',
        'He was driven home by a friend.',
        'The smoke from the fires reached Chicago.',
        'Members elected from the party list took their seats.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['from', 'by'])) {
      const end = sentenceEnd(doc, t);
      const s = doc.sentenceOf(t);
      const prev = t.index > s.firstToken ? doc.at(t.index - 1) : undefined;
      if (t.norm === 'from') {
        if (!prev || !AGENTIVE.has(prev.norm)) continue;
        let j = t.index + 1;
        let saw = 0;
        while (j < end && saw < 4) {
          const x = doc.at(j) as Token;
          if (x.kind !== 'word' && x.kind !== 'number') break;
          if (AGENTS.has(x.norm)) break;
          const tag = doc.pos(x);
          if (!(tag === 'DET' || tag === 'ADJ' || tag === 'PROPN' || tag === 'NUM' || tag === 'PRON' || (tag === 'NOUN' && /-/.test(x.norm)) || /-/.test(x.norm) || x.norm === "'s")) break;
          j++;
          saw++;
        }
        const h = j < end ? doc.at(j) : undefined;
        if (!h || !AGENTS.has(h.norm)) continue;
        const a = j + 1 < end ? doc.at(j + 1) : undefined;
        if (a && a.norm === "'s") continue;
        if (h.norm === 'people' || h.norm === 'members') {
          // "elected from the party list" is a source; people/members only with a clear agent reading
          continue;
        }
        ctx.report({ start: t.start, end: t.end, message: `“${prev.text} from …” gives the agent of a passive with “from” (“da/από/-den”): English says “by”.`, suggestions: ['by'], reason: 'the doer in a passive sentence takes “by”', confidence: 0.8 });
        continue;
      }
      // by
      const n1 = t.index + 1 < end ? doc.at(t.index + 1) : undefined;
      const n2 = t.index + 2 < end ? doc.at(t.index + 2) : undefined;
      if (!n1) continue;
      const p1 = doc.prev(t);
      const p2 = doc.prev(t, 2);
      // Asked only where a branch needs it: it tags the sentence.
      const isPassive = (): boolean => !!(isParticiple(doc, p1) || (p1 && doc.pos(p1) !== 'NOUN' && doc.pos(p1) !== 'PROPN' && isParticiple(doc, p2)) || (p1 && /^(is|are|was|were|be|been|being)$/.test(p1.norm)));
      // weather
      if (WEATHER_ADJ.has(n1.norm) && n2 && WEATHER_N.has(n2.norm) && !(n1.norm === 'cold' && n2.norm === 'cold')) {
        if (isPassive()) continue;
        if (p1 && doc.sentenceOf(p1) === s && p1.kind === 'word' && doc.pos(p1) === 'VERB') continue;
        ctx.report({ start: t.start, end: t.end, message: `“by ${n1.text} ${n2.text}” carries over “bei/par/при”: English says “in ${n1.text} ${n2.text}”.`, suggestions: ['in'], reason: 'the weather in which something happens takes “in”', confidence: 0.75 });
        continue;
      }
      // vehicle with an article or a possessive
      // Word tests before the tagger: a vehicle within reach, or an emission before "by".
      let vehicleNear = false;
      for (let k = t.index + 2; k < Math.min(end, t.index + 5) && !vehicleNear; k++) vehicleNear = VEHICLES.has((doc.at(k) as Token).norm);
      if (!vehicleNear && !(p1 && EMISSIONS.has(p1.norm))) continue;
      if (/^(a|an|the|his|her|their|our|my|its)$/.test(n1.norm)) {
        let j = t.index + 2;
        if (j < end && doc.pos(doc.at(j) as Token) === 'ADJ') j++;
        if (j < end && /^(pickup|rented|hired|borrowed|stolen|police|private|small|old)$/.test((doc.at(j) as Token).norm) && VEHICLES.has(doc.at(j + 1)?.norm ?? '')) j++;
        const v = j < end ? doc.at(j) : undefined;
        if (v && VEHICLES.has(v.norm)) {
          const a = j + 1 < end ? doc.at(j + 1) : undefined;
          if (a && a.kind === 'word' && (a.norm === "'s" || (doc.pos(a) === 'NOUN' && a.norm !== 'truck'))) continue;
          if (isPassive() || !p1 || p1.kind !== 'word') continue;
          const pt = doc.pos(p1);
          if (!(pt === 'NOUN' || pt === 'PROPN' || pt === 'PRON')) continue;
          let motion = false;
          for (let k = s.firstToken; k < t.index; k++) if (MOTION.has((doc.at(k) as Token).norm)) motion = true;
          if (!motion) continue;
          ctx.report({ start: t.start, end: t.end, message: `“by ${n1.text} … ${v.text}”: English travels “by ${v.text}” with no article, or “in ${n1.norm === 'a' || n1.norm === 'an' ? 'a' : n1.text} ${v.text}”.`, suggestions: ['in'], reason: '“by” + a vehicle takes no article; with one, English says “in”', confidence: 0.7 });
        }
        // "smoke by the fires"
        if (p1 && EMISSIONS.has(p1.norm)) {
          let k = t.index + 2;
          if (k < end && doc.pos(doc.at(k) as Token) === 'ADJ') k++;
          const src = k < end ? doc.at(k) : undefined;
          if (src && SOURCES.has(src.norm)) {
            ctx.report({ start: t.start, end: t.end, message: `“${p1.text} by the ${src.text}”: smoke and ash come “from” their source.`, suggestions: ['from'], reason: 'the source of an emission takes “from”', confidence: 0.8 });
          }
        }
      }
    }
  },
};
