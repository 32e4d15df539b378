/**
 * Deterministic generator of news-like English wire copy with machine-translation artifacts
 * sprinkled in, for scripts/bench.mjs (and later the `report` benchmark). No Math.random: every
 * function takes a seed, and the same seed always gives the same bytes.
 *
 * Text is built from ~65 sentence templates (about half clean wire English, half carrying
 * artifacts such as "Washington and his allies refused", "the initial talk", "the influence
 * space", "many years, many years", "Russian Top Diplomat", "2,9 percent", «guillemets») whose
 * {slots} are filled with countries, capitals, names, numbers, dates. A paragraph is 3-6
 * sentences on one line.
 *
 * Also the measuring and option parsing both bench scripts share: running node under GNU
 * /usr/bin/time for the child's peak RSS and CPU time, reading those back from its stderr, and
 * parseArgs with errors that name the option.
 *
 * Plain ESM JavaScript; types for TypeScript importers are in bench-lib.d.mts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: a tiny, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random source with the few helpers the generator needs. */
export function createRng(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Slot fillers

const COUNTRIES = [
  'Russia', 'Ukraine', 'China', 'Germany', 'France', 'Turkey', 'Iran', 'India', 'Brazil', 'Japan',
  'Poland', 'Egypt', 'Kazakhstan', 'Serbia', 'Hungary', 'Georgia', 'Armenia', 'Azerbaijan', 'Vietnam',
  'Indonesia', 'Nigeria', 'Mexico', 'Argentina', 'Italy', 'Spain', 'Moldova', 'Uzbekistan',
];
const ADJECTIVES = [
  'Russian', 'Ukrainian', 'Chinese', 'German', 'French', 'Turkish', 'Iranian', 'Indian', 'Brazilian',
  'Japanese', 'Polish', 'Egyptian', 'Serbian', 'Hungarian', 'Georgian', 'Armenian', 'American',
  'British', 'Italian', 'Spanish', 'Mexican', 'Kazakh', 'Vietnamese',
];
const CAPITALS = [
  'Moscow', 'Kyiv', 'Beijing', 'Berlin', 'Paris', 'Ankara', 'Tehran', 'New Delhi', 'Brasilia', 'Tokyo',
  'Warsaw', 'Cairo', 'Belgrade', 'Budapest', 'Tbilisi', 'Washington', 'London', 'Brussels', 'Rome',
  'Madrid', 'Astana', 'Hanoi', 'Yerevan', 'Baku',
];
const CITIES = [
  'Odesa', 'Shanghai', 'Hamburg', 'Lyon', 'Izmir', 'Mumbai', 'Osaka', 'Gdansk', 'Alexandria', 'Novi Sad',
  'Almaty', 'Geneva', 'Vienna', 'Istanbul', 'Dubai', 'Kharkiv', 'Saint Petersburg', 'Marseille', 'Milan',
  'Rotterdam', 'Guangzhou', 'Lagos', 'Monterrey', 'Batumi',
];
const FIRST_NAMES = [
  'Anna', 'Li', 'Marta', 'Hans', 'Ahmet', 'Carlos', 'Yuki', 'Olga', 'David', 'Fatima', 'Pierre', 'Ivan',
  'Elena', 'Amir', 'Sofia', 'Tomasz', 'Nino', 'Arman', 'Giulia', 'Miguel', 'Aigerim', 'Viktor',
];
const SURNAMES = [
  'Kovalenko', 'Wei', 'Nowak', 'Becker', 'Yilmaz', 'Mendes', 'Tanaka', 'Petrova', 'Miller', 'Hassan',
  'Lambert', 'Sokolov', 'Rossi', 'Karimi', 'Horvath', 'Beridze', 'Sargsyan', 'Aliyev', 'Nguyen',
  'Okafor', 'Garcia', 'Novak', 'Jovanovic', 'Dzhaksybekov',
];
const TITLES = [
  'Foreign Minister', 'Prime Minister', 'Defence Minister', 'Finance Minister', 'Economy Minister',
  'Deputy Prime Minister', 'Energy Minister', 'Interior Minister', 'President',
];
const ORGS = [
  'NATO', 'the European Union', 'the United Nations', 'OPEC', 'the International Monetary Fund',
  'the World Bank', 'the OSCE', 'the African Union', 'the Red Cross', 'the World Health Organization',
];
const GROUPS = ['Northern Front', 'Free Homeland', 'Black Wolves', 'Eastern Shield', 'Sons of the River'];
const REGIONS = ['Central and Eastern Europe', 'the Black Sea region', 'the South Caucasus', 'Central Asia', 'the Balkans', 'the Middle East'];
const TOPICS = [
  'energy prices', 'grain exports', 'border security', 'the gas pipeline', 'trade tariffs', 'the peace plan',
  'sanctions relief', 'the nuclear programme', 'refugee flows', 'debt restructuring', 'arms control',
  'a prisoner exchange', 'fishing rights', 'visa rules',
];
const AGENCIES = ['Reuters', 'AP', 'AFP', 'Xinhua', 'TASS', 'Anadolu', 'dpa'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

function nth(n) {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function thousands(n, sep) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Slot name (without a trailing digit) -> filler. Repeating a slot in one sentence repeats its value. */
const SLOTS = {
  country: (r) => r.pick(COUNTRIES),
  adj: (r) => r.pick(ADJECTIVES),
  capital: (r) => r.pick(CAPITALS),
  city: (r) => r.pick(CITIES),
  name: (r) => `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`,
  surname: (r) => r.pick(SURNAMES),
  title: (r) => r.pick(TITLES),
  org: (r) => r.pick(ORGS),
  group: (r) => r.pick(GROUPS),
  region: (r) => r.pick(REGIONS),
  topic: (r) => r.pick(TOPICS),
  agency: (r) => r.pick(AGENCIES),
  day: (r) => r.pick(DAYS),
  month: (r) => r.pick(MONTHS),
  ordinal: (r) => r.pick(ORDINALS),
  nth: (r) => nth(r.int(1, 28)),
  year: (r) => String(r.int(2008, 2023)),
  future: (r) => String(r.pick([2027, 2030, 2035, 2040, 2050])),
  num: (r) => String(r.int(2, 900)),
  small: (r) => String(r.int(2, 12)),
  bignum: (r) => thousands(r.int(1, 99) * 100 + r.int(0, 1) * 1000 * r.int(1, 50), ','),
  bignumsp: (r) => thousands(r.int(11, 99) * 100, ' '),
  pct: (r) => `${r.int(0, 12)}.${r.int(1, 9)}`,
  pctc: (r) => `${r.int(0, 12)},${r.int(1, 9)}`,
  money: (r) => (r.chance(0.5) ? `$${r.int(1, 9)}.${r.int(1, 9)} billion` : `$${r.int(12, 950)} million`),
  moneyc: (r) => `${r.int(1, 9)},${r.int(1, 9)} billion ${r.pick(['euros', 'dollars', 'rubles', 'yuan'])}`,
  tempc: (r) => `${r.int(-25, 38)},${r.int(1, 9)}`,
};

// ---------------------------------------------------------------------------------------------
// Sentence templates. `a: true` marks a template that carries at least one MT artifact.

/** @type {ReadonlyArray<{ readonly t: string; readonly a: boolean }>} */
export const TEMPLATES = [
  // Clean wire English.
  { a: false, t: '{title} {name} met {org} officials in {capital} on {day} to discuss {topic}.' },
  { a: false, t: 'The talks are expected to resume in {city} next {month}, a diplomatic source said.' },
  { a: false, t: "{country}'s central bank raised its key interest rate to {pct} percent on {day}." },
  { a: false, t: 'Consumer prices rose {pct} percent in {month} from a year earlier, the statistics office said.' },
  { a: false, t: '{name}, the {adj} foreign minister, told reporters that no decision had been taken yet.' },
  { a: false, t: 'Officials in {capital} declined to comment on the report.' },
  { a: false, t: 'The government said it would spend {money} on roads, schools and hospitals over the next {small} years.' },
  { a: false, t: 'At least {num} people were killed and dozens injured when a bus overturned near {city}, local police said.' },
  { a: false, t: 'Shares in {city}-based exporters fell sharply after the announcement.' },
  { a: false, t: 'The agreement still needs to be ratified by the parliaments of both countries.' },
  { a: false, t: '{org} said it was monitoring the situation closely and called on all sides to show restraint.' },
  { a: false, t: 'Unemployment fell to {pct} percent in the third quarter, the lowest level since {year}.' },
  { a: false, t: 'Protesters gathered outside the parliament building in {capital} for a {ordinal} consecutive day.' },
  { a: false, t: 'Oil prices climbed more than {small} percent on {day} on worries about supply from {country}.' },
  { a: false, t: 'The ministry said {bignum} tonnes of grain had been shipped from {city} since {month}.' },
  { a: false, t: '{surname} is due to travel to {capital} later this week for talks with his {adj} counterpart.' },
  { a: false, t: 'Neither side gave details of the proposal.' },
  { a: false, t: 'Analysts said the move was aimed at reassuring investors ahead of the election in {month}.' },
  { a: false, t: 'The company, which employs about {bignum} people, said output would recover by the end of the year.' },
  { a: false, t: '"We are ready to talk, but not under pressure," {surname} said.' },
  { a: false, t: 'Rescue workers searched through the rubble overnight as temperatures dropped below freezing.' },
  { a: false, t: 'The {adj} foreign ministry summoned the {adj2} ambassador over the remarks.' },
  { a: false, t: 'Trade between the two countries reached {money} last year, according to customs data.' },
  { a: false, t: 'A spokesperson for {org} said the mission would stay in place until at least {month} {future}.' },
  { a: false, t: 'The bill passed by {num} votes to {num2}, with several lawmakers abstaining.' },
  { a: false, t: 'Flights from {city} were cancelled on {day} because of heavy snow.' },
  { a: false, t: '{name} won the run-off with {pct} percent of the vote, the election commission said.' },
  { a: false, t: 'The currency weakened to a record low against the dollar before recovering slightly.' },
  { a: false, t: 'Both leaders said the summit had been productive and agreed to meet again next year.' },
  { a: false, t: 'Police said {num} people had been detained and an investigation was under way.' },
  { a: false, t: 'The plan would cut emissions by {small} percent by {future}, the environment ministry said.' },
  { a: false, t: 'Reporters were not allowed into the meeting, which lasted nearly {small} hours.' },
  { a: false, t: '{capital} has repeatedly denied the accusations.' },
  // Machine-translation artifacts.
  { a: true, t: '{capital} and his allies refused to provide such guarantees, but said they were ready for the conversation.' },
  { a: true, t: '{adj} and {adj2} negotiators will sit for the initial talk next {month} to discuss the security proposals.' },
  { a: true, t: 'One country has no right to exert the influence space in its neighbourhood, {surname} said.' },
  { a: true, t: 'The President has been very clear for many years, many years about the basic principles of the border.' },
  { a: true, t: '{adj} Top Diplomat said on {day} that the talks should not drag unlimited.' },
  { a: true, t: 'Inflation slowed to {pctc} percent in {month}, the ministry of economy said.' },
  { a: true, t: 'The economy grew by {pctc} percent in the first half, while the deficit reached {moneyc}.' },
  { a: true, t: '«We don’t want a war,» {surname} said on {day}.' },
  { a: true, t: 'It was the drop that overflowed the glass for many farmers in {country}, the union said.' },
  { a: true, t: 'The governor, who took the floor of the parliament on {day}, promised to raise pensions.' },
  { a: true, t: '{capital} presented the demands amid increasing tensions of the buildup of troops near the border.' },
  { a: true, t: 'The document demanded to roll back the military spread of alliances in {region}.' },
  { a: true, t: 'Speaking in direct interviews with {adj} state television, {surname} praised the approach «like business» of {capital}.' },
  { a: true, t: '«I hope that they will take us seriously with the movements we take to ensure our defense skills,» he said.' },
  { a: true, t: 'The idea must be reduced to the historical trash, the {adj} Minister of Foreign Affairs said.' },
  { a: true, t: "{capital}'s spokesman {name} said the contacts had to be aimed at achieving concrete results and not pulled out." },
  { a: true, t: 'The sides exchanged with opinions on the bilateral relations and the international agenda.' },
  { a: true, t: 'The number of victims of the flood has reached to {num} people, the emergency ministry informed.' },
  { a: true, t: 'In the nearest future the {adj} side will undertake measures to stabilize the prices.' },
  { a: true, t: 'It is necessary to note that the negotiations will pass in {city} in the framework of the visit.' },
  { a: true, t: 'The price of the bread rose by {bignumsp} rubles during one week.' },
  { a: true, t: 'Mass media reported that the Cabinet of Ministers of {country} had made a conclusion on the matter.' },
  { a: true, t: '{title} of {country} {name} underlined that {capital} will not tolerate the interference into its internal affairs.' },
  { a: true, t: 'According to the press service of the Ministry, the delegation arrived to {capital} on {day}.' },
  { a: true, t: 'The General Secretary of NATO called the partners to the dialogue.' },
  { a: true, t: 'The so-called «{group}» group claimed the responsibility for the attack.' },
  { a: true, t: 'The exports of gas decreased on {pctc}% compared with the same period of the last year.' },
  { a: true, t: '{adj} President {name} held the telephone conversation with his {adj2} colleague on {day}.' },
  { a: true, t: 'He stressed that the Western Guarantee attend the expansion of the alliance is the red line.' },
  { a: true, t: 'The temperature will reach {tempc} degrees in {city} on {day}, the weather service warned.' },
  { a: true, t: 'The agreement was signed on the {nth} of {month} in the presence of the heads of the states.' },
  { a: true, t: '{surname} noted that the {adj} side is open for the constructive dialogue «without preconditions».' },
];

const CLEAN = TEMPLATES.filter((x) => !x.a);
const ARTIFACT = TEMPLATES.filter((x) => x.a);

/** Fills one template's {slots}. The same slot name twice in a sentence gets the same value. */
export function fillTemplate(template, rng) {
  const seen = new Map();
  return template.replace(/\{([a-z]+)(\d?)\}/g, (whole, name, digit) => {
    const fill = SLOTS[name];
    if (!fill) throw new Error(`bench-lib: unknown slot ${whole}`);
    const key = name + digit;
    let v = seen.get(key);
    if (v === undefined) {
      v = fill(rng);
      // {adj2}, {num2}...: a different value from {adj} when the list allows it.
      for (let i = 0; i < 4 && digit !== '' && v === seen.get(name); i++) v = fill(rng);
      seen.set(key, v);
    }
    return v;
  });
}

/** One sentence; artifactRate is the chance it comes from an artifact-bearing template. */
export function sentence(rng, artifactRate = 0.35) {
  const s = fillTemplate(rng.pick(rng.chance(artifactRate) ? ARTIFACT : CLEAN).t, rng);
  return s.charAt(0).toUpperCase() + s.slice(1); // "{org} said" -> "The OSCE said"
}

/** One paragraph: 3-6 sentences joined by spaces, no newline. */
export function paragraph(rng, artifactRate = 0.35) {
  const n = rng.int(3, 6);
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng, artifactRate));
  return out.join(' ');
}

const byteLength = (s) => Buffer.byteLength(s, 'utf8');

/**
 * A corpus of exactly `bytes` UTF-8 bytes: whole paragraphs, one per line, each line ending
 * in "\n"; the last line is topped up with whole sentences and, for the last few bytes that no
 * sentence fits, a wire-style "#" end marker. Same seed, same bytes.
 */
export function generateCorpus({ bytes, seed = 1, artifactRate = 0.35 }) {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`bench-lib: bytes must be a non-negative integer, got ${bytes}`);
  const rng = createRng(seed);
  const lines = [];
  let size = 0;
  for (;;) {
    const p = paragraph(rng, artifactRate);
    const b = byteLength(p) + 1;
    if (size + b > bytes) break;
    lines.push(p);
    size += b;
  }
  const rest = bytes - size; // bytes still to fill, including the last line's "\n"
  if (rest > 0) {
    const parts = [];
    let used = 1;
    for (let tries = 0; tries < 200 && used < rest; tries++) {
      const s = sentence(rng, artifactRate);
      const b = byteLength(s) + (parts.length > 0 ? 1 : 0);
      if (used + b <= rest) {
        parts.push(s);
        used += b;
      }
    }
    const pad = rest - used;
    if (pad > 0) parts.push('#'.repeat(parts.length > 0 ? pad - 1 : pad));
    lines.push(parts.join(' '));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Writes generateCorpus(opts) to a file; returns its size in bytes. */
export function writeCorpus(file, opts) {
  const text = generateCorpus(opts);
  writeFileSync(file, text);
  return byteLength(text);
}

/** The one-line input used to time start-up. */
export const ONE_LINE = 'Washington and his allies refused to provide such promises, but said they were ready for the conversation.\n';

/**
 * `count` small articles: a dateline on the first paragraph, 3-8 paragraphs one per line (about
 * 1.5-5 KB each). Returns { name, text } with names article-0001.txt, ...
 */
export function generateArticles({ count, seed = 1, artifactRate = 0.35, minParagraphs = 3, maxParagraphs = 8 }) {
  if (!Number.isInteger(count) || count < 0) throw new Error(`bench-lib: count must be a non-negative integer, got ${count}`);
  const rng = createRng(seed);
  const width = Math.max(4, String(count).length);
  const out = [];
  for (let i = 1; i <= count; i++) {
    const n = rng.int(minParagraphs, maxParagraphs);
    const paras = [];
    for (let k = 0; k < n; k++) paras.push(paragraph(rng, artifactRate));
    paras[0] = `${rng.pick(CAPITALS).toUpperCase()}, ${rng.pick(MONTHS)} ${rng.int(1, 28)} (${rng.pick(AGENCIES)}) - ${paras[0]}`;
    out.push({ name: `article-${String(i).padStart(width, '0')}.txt`, text: `${paras.join('\n')}\n` });
  }
  return out;
}

/** Writes generateArticles(opts) into dir (created if needed); returns { files, bytes }. */
export function writeArticles(dir, opts) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const articles = generateArticles(opts);
  for (const a of articles) {
    writeFileSync(join(dir, a.name), a.text);
    bytes += byteLength(a.text);
  }
  return { files: articles.length, bytes };
}

// ---------------------------------------------------------------------------------------------
// Synthetic rule-pack entries for the pack-scale check

const SYLLABLES = ['zor', 'blat', 'quin', 'dle', 'frob', 'nix', 'vell', 'grum', 'ploz', 'tarn', 'wex', 'kib', 'snor', 'glup', 'yaz', 'mib', 'threx', 'vop'];

/**
 * The leading elements of a pack pattern up to and including its first required one, span
 * brackets removed: the part that decides which words the engine indexes the entry under.
 * "[{make}] a decision" -> "{make}"; "the|an|a? influence space" -> "the|an|a? influence";
 * "^ [from his|her side] ," -> "^ from".
 */
export function anchorPrefix(find) {
  const out = [];
  for (const raw of find.trim().split(/\s+/)) {
    let e = raw;
    if (e.startsWith('[')) e = e.slice(1);
    if (e.endsWith(']') && !e.endsWith('\\]')) e = e.slice(0, -1);
    if (e === '') continue;
    out.push(e);
    if (e === '^') continue;
    const optional = e.length > 1 && e.endsWith('?') && !e.endsWith('\\?');
    if (!optional) break;
  }
  return out.join(' ');
}

/**
 * `count` unique pack entries (plain objects in the docs/packs.md format) that never match real
 * text: each ends in nonsense words ("zorblat quindle|snorvop"). Without `prefixes` the nonsense
 * starts the pattern, so the engine's first-word index never even tries the entry. With
 * `prefixes` (anchorPrefix of real entries, used in turn) each entry starts like a real one, so
 * a pack ten times larger is tried as often as ten copies of the real packs would be, and fails
 * on its first nonsense word. Only the bad examples of prefix-less entries are meaningful.
 */
export function scalePackEntries(count, seed = 7, prefixes = []) {
  const rng = createRng(seed);
  const used = new Set();
  let length = 3; // syllables per word; grows when the short words run out (18^3 = 5832)
  const word = () => {
    for (let misses = 0; ; misses++) {
      if (misses === 32) {
        length++;
        misses = 0;
      }
      let w = '';
      for (let k = 0; k < length; k++) w += rng.pick(SYLLABLES);
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  const entries = [];
  for (let i = 0; i < count; i++) {
    const w1 = word();
    const w2 = word();
    const w3 = word();
    const prefix = prefixes.length > 0 ? prefixes[i % prefixes.length] : '';
    const find = `${prefix ? `${prefix} ` : ''}${w1} ${w2}|${w3}`;
    entries.push({
      id: `scale-${String(i + 1).padStart(5, '0')}`,
      find,
      replace: `plain words ${i + 1}`,
      bad: prefix ? `Not checked: a benchmark entry after “${prefix}” [[${w1} ${w2}]].` : `Officials said they [[${w1} ${w2}]] on Monday.`,
      good: 'Officials said they met on Monday.',
    });
  }
  return entries;
}

/** Median of a non-empty list of numbers. */
export function median(xs) {
  if (xs.length === 0) throw new Error('bench-lib: median of an empty list');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process and parsing options (shared by bench.mjs and bench-report.mjs)

/** GNU time: its -f %M gives the child's peak RSS in kB, %U and %S its CPU seconds. */
export const GNU_TIME = '/usr/bin/time';
const RSS_MARK = 'MTAUDIT_MAXRSS_KB=';
const CPU_MARK = 'MTAUDIT_CPU_S=';
/** GNU time format: two marker lines, easy to pick out of the child's own stderr. */
const TIME_FORMAT = `${RSS_MARK}%M\n${CPU_MARK}%U %S`;

/** Is GNU time (or anything honouring -f %M) usable? Checked with a trivial command. */
export function probeGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ['-f', TIME_FORMAT, process.execPath, '-e', ''], { encoding: 'utf8' });
  return r.status === 0 && new RegExp(`^${RSS_MARK}\\d+$`, 'm').test(r.stderr ?? '');
}

/** The command and arguments that run `node ...args`, under GNU time when `timed`. */
export function nodeCommand(args, timed) {
  return timed ? [GNU_TIME, ['-f', TIME_FORMAT, process.execPath, ...args]] : [process.execPath, args];
}

/**
 * A child's stderr split into what GNU time reported (peak RSS in kB, user + system CPU in ms;
 * undefined when absent) and the child's own non-blank lines, trimmed.
 */
export function readTimedStderr(stderr) {
  let rssKb;
  let cpuMs;
  const lines = [];
  for (const line of stderr.split('\n')) {
    if (line.startsWith(RSS_MARK)) {
      rssKb = Number(line.slice(RSS_MARK.length));
    } else if (line.startsWith(CPU_MARK)) {
      const [user, sys] = line.slice(CPU_MARK.length).split(' ').map(Number);
      if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
    } else if (!/^Command (exited with non-zero status|terminated by signal)/.test(line) && line.trim() !== '') {
      lines.push(line.trim()); // the child's own stderr, interleaved with GNU time's lines
    }
  }
  return { rssKb, cpuMs, lines };
}

/** parseArgs (strict, no positionals) values; a bad command line throws `new ErrorClass(one line)`. */
export function parseOptionValues(argv, options, ErrorClass) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new ErrorClass(`${e.message.split('\n')[0]} (see --help)`);
  }
}
