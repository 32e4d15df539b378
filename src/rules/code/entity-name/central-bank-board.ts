/**
 * A central bank's board called by another name: “Banxico's Board of Directors” (its Governing
 * Board, Spanish “Junta de Gobierno”), “the ECB's Monetary Policy Committee” (its Governing
 * Council), “the Monetary Policy Committee of the Bank of Japan” (its Policy Board). A round trip
 * renders the source word for word, or gives the bank the board another bank has.
 *
 * Banks and their boards: src/data/entity-central-bank-boards.txt. A capitalized board name from
 * BOARDS is checked when its bank is named right before it (“Banxico's”, “ECB”), right after it
 * (“of the Bank of Mexico”), or by “the (central) bank's” with the bank the last one named, a
 * few sentences back, and no other bank named in between. The bank's head is checked the same
 * way, before a name: “PBOC President Pan Gongsheng” (its Governor; Chinese “hangzhang”), “the
 * Governor of the ECB, Christine Lagarde” (its President).
 */
import type { Rule } from '../../types.js';
import { readList } from '../../../data/lists.js';

interface Bank {
  readonly aliases: readonly string[];
  /** Its boards' names; the first is the rate-setting one. */
  readonly boards: readonly string[];
  /** Its head's titles ("Governor"); the first is the head's. */
  readonly titles: readonly string[];
}

const BANKS: readonly Bank[] = readList('entity-central-bank-boards.txt').map((l) => {
  const [aliases, ...rest] = l.split('|');
  return {
    aliases: (aliases ?? '').split(';').map((a) => a.trim()).filter(Boolean),
    boards: rest.filter((b) => !b.startsWith('@')),
    titles: rest.filter((b) => b.startsWith('@')).map((b) => b.slice(1)),
  };
});

/** Head titles a translation swaps: Chinese "hangzhang" is "president" and "governor" alike. */
const TITLE_RE = /(?<![\p{L}-])(?:President|Governor|Chairman|Chairwoman|Chair)(?= \p{Lu}\p{Ll}+ \p{Lu}| of (?:the )?)/gu;

/** Board names a translation gives a central bank's board: checked against the bank's own. */
const BOARDS: readonly string[] = [
  'Board of Directors', 'Board of Governors', 'Governing Board', 'Governing Council', 'Monetary Policy Committee',
  'Monetary Policy Board', 'Monetary Policy Council', 'Monetary Council', 'Monetary Board', 'Policy Board',
  'Board of Administration', 'Administrative Council', 'Council of Administration', 'Administration Council',
  'Administrative Board', 'Directing Board', 'Directive Board', 'Directive Council', 'Council of Governors',
  'Committee of Monetary Policy', 'Monetary Committee', 'Governing Committee', 'Board of Government', 'Government Board',
  'Government Council', 'Council of Government', 'Governance Council', 'Collegiate Board', 'Central Board',
  'Central Board of Directors', 'Bank Board', 'Bank Council', 'Court of Directors', 'Open Market Committee',
  'Federal Open Market Committee', 'Council of Monetary Policy', 'Board of Monetary Policy', 'Monetary Policy Commission',
  'Commission of Monetary Policy', 'Policy Committee', 'Policy Council', 'Board of the Directors', 'Directors Board',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

const byLength = (a: string, b: string): number => b.length - a.length;
const ALIASES: ReadonlyMap<string, Bank> = new Map(BANKS.flatMap((b) => b.aliases.map((a) => [a.toLowerCase().replace(/’/g, "'"), b] as const)));
/** A bank's name, not part of a longer one ("Federal Reserve Bank of New York"). */
const BANK_RE = new RegExp(
  `(?<![\\p{L}-])(?:${BANKS.flatMap((b) => b.aliases).sort(byLength).map(escapeRe).join('|')})(?![\\p{L}-])(?! Bank\\b| System\\b| Board\\b)`,
  'gu',
);
const BOARD_RE = new RegExp(`(?<![\\p{L}-])(?:${[...BOARDS].sort(byLength).map(escapeRe).join('|')})(?![\\p{L}-])`, 'gu');
const CHEAP = /Board|Council|Committee|Court of Directors|Commission|President|Governor|Chair/;

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly bank: Bank;
}

function bankOf(text: string): Bank | undefined {
  return ALIASES.get(text.toLowerCase().replace(/’/g, "'"));
}

export const rule: Rule = {
  meta: {
    id: 'central-bank-board',
    category: 'entity-name',
    severity: 'warning',
    description: 'A central bank’s board or head called by a word-for-word or another bank’s name (“Banxico’s Board of Directors” for its Governing Board, “PBOC President”).',
    examples: {
      bad: [
        { text: 'Banxico’s [[Board of Directors]] cut the key rate to 9 percent.', output: 'Banxico’s Governing Board cut the key rate to 9 percent.' },
        { text: 'The [[Monetary Policy Committee]] of the Bank of Japan kept rates unchanged.', output: 'The Policy Board of the Bank of Japan kept rates unchanged.' },
        { text: 'The European Central Bank held rates. The bank’s [[Board of Governors]] was split.', output: 'The European Central Bank held rates. The bank’s Governing Council was split.' },
        { text: 'The Swiss National Bank’s [[Directive Board]] left rates at zero.', output: 'The Swiss National Bank’s Governing Board left rates at zero.' },
        { text: 'PBOC [[President]] Pan Gongsheng announced a cut in reserve requirements.', output: 'PBOC Governor Pan Gongsheng announced a cut in reserve requirements.' },
        { text: 'The [[Governor]] of the European Central Bank, Christine Lagarde, spoke in Frankfurt.', output: 'The President of the European Central Bank, Christine Lagarde, spoke in Frankfurt.' },
        { text: 'Bank of England [[President]] Andrew Bailey warned on inflation.', output: 'Bank of England Governor Andrew Bailey warned on inflation.' },
      ],
      good: [
        'Banxico’s Governing Board cut the key rate to 9 percent.',
        'The Policy Board of the Bank of Japan kept rates unchanged.',
        'The Bank of Russia’s Board of Directors raised the key rate.',
        'The Federal Reserve Bank of New York’s Board of Directors met.',
        'The Fed’s Board of Governors and the ECB’s Governing Council both met.',
        'The ECB held rates. HSBC said the bank’s Board of Directors approved a buyback.',
        'The Reserve Bank of India’s Central Board of Directors met in Mumbai.',
        'Fed Chair Jerome Powell, Fed Governor Christopher Waller and Minneapolis Fed President Neel Kashkari spoke.',
        'ECB President Christine Lagarde and ECB Vice President Luis de Guindos met BoE Governor Andrew Bailey.',
        'The President of the European Central Bank is appointed for eight years.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    if (!CHEAP.test(text)) return;
    const banks: Mention[] = [];
    for (const m of text.matchAll(BANK_RE)) {
      const bank = bankOf(m[0]);
      if (bank) banks.push({ start: m.index, end: m.index + m[0].length, bank });
    }
    if (banks.length === 0) return;
    for (const m of text.matchAll(BOARD_RE)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 60), start);
      const after = text.slice(end, end + 80);
      let bank: Bank | undefined;
      // "Banxico's Board", "ECB Governing Council".
      const own = banks.find((b) => b.end <= start && /^(?:['’]s)? $/.test(text.slice(b.end, start)));
      if (own) bank = own.bank;
      // "Board of Directors of the Bank of Mexico".
      if (!bank) {
        const of = /^ of (?:the )?/.exec(after);
        if (of) bank = banks.find((b) => b.start === end + of[0].length)?.bank;
      }
      // "the bank's Board": the last bank named, within a few sentences, no other bank between.
      if (!bank && /\b(?:the|The) (?:central )?[Bb]ank['’]s $/.test(before)) {
        const last = [...banks].reverse().find((b) => b.end <= start);
        const between = last ? text.slice(last.end, start) : '';
        const otherBank = /\b\p{Lu}[\p{L}&.]*(?: \p{Lu}[\p{L}&.]*)* (?:Bank|Group|Holdings|Corp|Corporation|Inc)\b|\b(?:lender|lenders|HSBC|UBS|Citigroup|JPMorgan|Barclays|Santander|BBVA|Goldman|Deutsche)\b/u;
        // ... and the text from the bank's name on is about monetary policy, not a lender's dividend.
        const tok = doc.at(doc.tokenIndexAt(start));
        const upto = tok ? doc.sentenceOf(tok).end : end;
        const span = last ? text.slice(last.start, upto) : '';
        const policy = /\b(?:rates?|inflation|monetary|policy|voted?|unanimous(?:ly)?|hike|basis points|tightening|easing)\b/.test(span);
        if (last && policy && between.length < 600 && !otherBank.test(between.replace(/(?:Central|Reserve|National) Bank\b/g, ''))) bank = last.bank;
      }
      if (!bank || bank.boards.some((b) => b === m[0])) continue;
      // A longer board name: "Enlarged Governing Board", "Monetary Policy Committee Secretariat".
      const prevWord = /(\p{Lu}[\p{L}-]*) $/u.exec(before)?.[1];
      if (prevWord && prevWord !== 'The' && !own) continue;
      if (/^ \p{Lu}/u.test(after)) continue;
      const right = bank.boards[0] ?? '';
      ctx.report({
        start,
        end,
        message: `“${m[0]}” is not the name of this central bank's board: English calls it the “${right}”.`,
        suggestions: [right],
        reason: 'a central bank’s board has one English name; a literal or borrowed one reads as another body',
        confidence: 0.65,
      });
    }
    // "Banxico President Ana Ruiz", "the President of the Bank of Japan, Kazuo Ueda".
    for (const m of text.matchAll(TITLE_RE)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 12), start);
      // "Deputy Governor", "Vice President", "Vice-Chair": another office, named by its own words.
      if (/(?:Deputy|Vice|Senior|First|Assistant|former|Former)[- ]$/.test(before)) continue;
      const after = text.slice(end, end + 120);
      let bank: Bank | undefined;
      const own = banks.find((b) => b.end <= start && /^(?:['’]s)? $/.test(text.slice(b.end, start)));
      // "Minneapolis Fed President": a regional bank's head.
      if (own && !/\p{Lu}[\p{L}.]* $/u.test(text.slice(Math.max(0, own.start - 30), own.start))) bank = own.bank;
      if (!bank) {
        const of = /^ of (?:the )?/.exec(after);
        const at = of ? banks.find((b) => b.start === end + of[0].length) : undefined;
        // "... of the Bank of Japan, Kazuo Ueda," or "... of the Bank of Japan Kazuo Ueda".
        if (at && /^,? \p{Lu}\p{Ll}+ \p{Lu}/u.test(text.slice(at.end, at.end + 40))) bank = at.bank;
      }
      if (!bank || bank.titles.length === 0 || bank.titles.includes(m[0])) continue;
      const right = bank.titles[0] as string;
      ctx.report({
        start,
        end,
        message: `“${m[0]}” is not this central bank head's title: English calls the office “${right}”.`,
        suggestions: [right],
        reason: 'a central bank’s head has one English title; a literal or borrowed one reads as another office',
        confidence: 0.6,
      });
    }
  },
};
