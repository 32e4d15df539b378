/**
 * Punctuation of the source language left in English copy: the Arabic comma (،) and question
 * mark (؟), the Chinese and Japanese enumeration comma (、), full-width marks (，。：；！？（）),
 * Spanish opening marks (¿ ¡), the Ethiopic, Urdu, Armenian, Myanmar and Khmer commas and full
 * stops (፣ ። ۔ ՝ ։ ၊ ။ ។), a percent sign before its number ("%40", Turkish and
 * Persian order), and digits of another script (Arabic-Indic ١٢٣, Persian ۱۲۳, Devanagari,
 * Bengali, Thai, full-width １２３). Each mark is replaced by its English counterpart.
 */
import type { Rule } from '../../types.js';

interface Mark {
  readonly to: string;
  /** Add a space after the mark when the next character is a letter or digit (、 and ，are written without one). */
  readonly spaceAfter: boolean;
  readonly name: string;
}

const MARKS: ReadonlyMap<string, Mark> = new Map([
  ['،', { to: ',', spaceAfter: true, name: 'an Arabic comma' }],
  ['؛', { to: ';', spaceAfter: true, name: 'an Arabic semicolon' }],
  ['؟', { to: '?', spaceAfter: true, name: 'an Arabic question mark' }],
  ['、', { to: ',', spaceAfter: true, name: 'an enumeration comma (、)' }],
  ['，', { to: ',', spaceAfter: true, name: 'a full-width comma' }],
  ['。', { to: '.', spaceAfter: true, name: 'a full-width full stop' }],
  ['：', { to: ':', spaceAfter: true, name: 'a full-width colon' }],
  ['；', { to: ';', spaceAfter: true, name: 'a full-width semicolon' }],
  ['！', { to: '!', spaceAfter: true, name: 'a full-width exclamation mark' }],
  ['？', { to: '?', spaceAfter: true, name: 'a full-width question mark' }],
  ['（', { to: '(', spaceAfter: false, name: 'a full-width parenthesis' }],
  ['）', { to: ')', spaceAfter: true, name: 'a full-width parenthesis' }],
  ['％', { to: '%', spaceAfter: false, name: 'a full-width percent sign' }],
  ['¿', { to: '', spaceAfter: false, name: 'a Spanish opening question mark' }],
  ['¡', { to: '', spaceAfter: false, name: 'a Spanish opening exclamation mark' }],
  ['「', { to: '“', spaceAfter: false, name: 'a CJK corner bracket (a quotation mark)' }],
  ['」', { to: '”', spaceAfter: true, name: 'a CJK corner bracket (a quotation mark)' }],
  ['『', { to: '‘', spaceAfter: false, name: 'a CJK double corner bracket (an inner quotation mark)' }],
  ['』', { to: '’', spaceAfter: true, name: 'a CJK double corner bracket (an inner quotation mark)' }],
  ['《', { to: '“', spaceAfter: false, name: 'a Chinese title mark (English italicizes or quotes a title)' }],
  ['》', { to: '”', spaceAfter: true, name: 'a Chinese title mark (English italicizes or quotes a title)' }],
  ['〈', { to: '“', spaceAfter: false, name: 'a Chinese single title mark' }],
  ['〉', { to: '”', spaceAfter: true, name: 'a Chinese single title mark' }],
  ['【', { to: '[', spaceAfter: false, name: 'a CJK lenticular bracket' }],
  ['】', { to: ']', spaceAfter: true, name: 'a CJK lenticular bracket' }],
  ['〔', { to: '(', spaceAfter: false, name: 'a CJK tortoise-shell bracket' }],
  ['〕', { to: ')', spaceAfter: true, name: 'a CJK tortoise-shell bracket' }],
  ['・', { to: ',', spaceAfter: true, name: 'a Japanese middle dot (it separates listed words)' }],
  ['～', { to: '-', spaceAfter: false, name: 'a full-width wave dash (a range mark)' }],
  ['〜', { to: '-', spaceAfter: false, name: 'a wave dash (a range mark)' }],
  ['\u3000', { to: ' ', spaceAfter: false, name: 'a full-width space' }],
  ['।', { to: '.', spaceAfter: true, name: 'a Devanagari full stop (danda)' }],
  ['॥', { to: '.', spaceAfter: true, name: 'a Devanagari double danda' }],
  ['٪', { to: '%', spaceAfter: false, name: 'an Arabic percent sign' }],
  ['\u037E', { to: '?', spaceAfter: true, name: 'a Greek question mark' }],
  ['\u0387', { to: ';', spaceAfter: true, name: 'a Greek ano teleia (semicolon)' }],
  ['‽', { to: '?', spaceAfter: true, name: 'an interrobang' }],
  ['\u1363', { to: ',', spaceAfter: true, name: 'an Ethiopic comma (፣)' }],
  ['\u1362', { to: '.', spaceAfter: true, name: 'an Ethiopic full stop (።)' }],
  ['\u1364', { to: ';', spaceAfter: true, name: 'an Ethiopic semicolon (፤)' }],
  ['\u1365', { to: ':', spaceAfter: true, name: 'an Ethiopic colon (፥)' }],
  ['\u1367', { to: '?', spaceAfter: true, name: 'an Ethiopic question mark (፧)' }],
  ['\u06D4', { to: '.', spaceAfter: true, name: 'an Urdu full stop (۔)' }],
  ['\u055D', { to: ',', spaceAfter: true, name: 'an Armenian comma (՝)' }],
  ['\u0589', { to: '.', spaceAfter: true, name: 'an Armenian full stop (։)' }],
  ['\u104A', { to: ',', spaceAfter: true, name: 'a Myanmar comma (၊)' }],
  ['\u104B', { to: '.', spaceAfter: true, name: 'a Myanmar full stop (။)' }],
  ['\u17D4', { to: '.', spaceAfter: true, name: 'a Khmer full stop (។)' }],
]);

// A middle dot between two words as Korean and Japanese list them ("leader·deputy leader").
// Catalan "l·l" (col·lecció) and spaced separators (" · ") are left alone.
const MIDDLE_DOT = /(?<=[\p{L}\p{N}]{2})\u00B7(?=[\p{L}\p{N}]{2})/gu;
// An ordinal indicator after a number ("the 3º largest", "1ª division"), as Spanish, Portuguese and Italian write it.
const ORDINAL_MARK = /(?<![\p{L}\p{N}])(\d{1,3})\.?([ºª])(?![\p{L}\p{N}])/gu;
// A question closed with ";" (the Greek question mark) inside quotation marks: “Who will pay for this;”.
const GREEK_QUESTION = /[“"](?:Who|Whom|Whose|What|Why|How|When|Where|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Shall|Has|Have|Must|May)\b[^“”";.!?\n]{3,160}(;)(?=[”"])/g;
// The same question closed with ";" before its speech tag, without quotation marks: "Why did
// the government wait so long; the opposition asked".
const GREEK_QUESTION_TAGGED = /(?:^|(?<=[.!?]\s+))(?:Who|Whom|Whose|What|Why|How|When|Where|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Shall|Has|Have|Must|May)\b[^“”";.!?\n]{3,160}(;)(?=\s+(?:\p{Ll}+\s+){0,3}(?:asked|wondered|wonders|asks)[.,])/gmu;
// Digits of other scripts, as the first code unit of each block of ten: Arabic-Indic, Persian
// (extended Arabic-Indic), Devanagari, Bengali, Thai and full-width digits.
const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const digitValue = (code: number): number => {
  for (const z of DIGIT_ZEROS) if (code >= z && code <= z + 9) return code - z;
  return -1;
};
// Chinese doubled dash and six-dot ellipsis: "——" and "……".
const CHINESE_DASH = /(?<!—)——(?!—)|……/g;

// One character outside ASCII (a UTF-16 unit: every mark is one).
const NON_ASCII = /[^\x00-\x7F]/g;

const PERCENT_FIRST = /%(\d+(?:[.,]\d+)?)(?![\d%])/g;

export const rule: Rule = {
  meta: {
    id: 'foreign-punctuation',
    category: 'punctuation',
    severity: 'warning',
    description: 'A punctuation mark of the source language (، 、 ， ¿ ¡ full-width marks, %40) left in English copy.',
    examples: {
      bad: [
        { text: 'Shares of Acme[[،]] Globex and other firms fell.', output: 'Shares of Acme, Globex and other firms fell.' },
        { text: 'Crews from Victoria[[、]]Queensland and New Zealand arrived.', output: 'Crews from Victoria, Queensland and New Zealand arrived.' },
        { text: 'Prices for Sidama[[፣]] Yirgacheffe and Guji beans rose sharply.', output: 'Prices for Sidama, Yirgacheffe and Guji beans rose sharply.' },
        { text: 'Water entered hundreds of villages[[۔]] The army was called in.', output: 'Water entered hundreds of villages. The army was called in.' },
        { text: '"[[¿]]Who could have imagined this?" he asked.', output: '"Who could have imagined this?" he asked.' },
        { text: 'Some [[%40]] of the population faces hunger.', output: 'Some 40 percent of the population faces hunger.' },
        { text: 'Output rose 3[[％]] in May.', output: 'Output rose 3% in May.' },
        { text: 'The talks ended[[。]]Both sides left.', output: 'The talks ended. Both sides left.' },
        { text: '[[「]]We are ready,” the minister said.', output: '“We are ready,” the minister said.' },
        { text: 'The film [[《]]Hero” opened in Beijing.', output: 'The film “Hero” opened in Beijing.' },
        { text: 'Trading was halted[[।]] Shares fell.', output: 'Trading was halted. Shares fell.' },
        { text: 'The team leader[[·]]deputy leader were detained.', output: 'The team leader and deputy leader were detained.' },
        { text: 'It is the country’s [[3º]] largest bank.', output: 'It is the country’s 3rd largest bank.' },
        { text: 'Lisbon reached the [[1ª]] division.', output: 'Lisbon reached the 1st division.' },
        { text: '“Who will pay for this[[;]]” he asked.', output: '“Who will pay for this?” he asked.' },
        { text: 'Inflation rose 3[[٪]] in May.', output: 'Inflation rose 3% in May.' },
        { text: 'He paused[[——]]then resigned.', output: 'He paused—then resigned.' },
        { text: 'Police seized [[۱۲۳]] kilograms of heroin.', output: 'Police seized 123 kilograms of heroin.' },
        { text: 'Inflation reached [[٤٫٥]] percent.', output: 'Inflation reached 4.5 percent.' },
        { text: 'Police seized [[１２３]] kilograms of heroin.', output: 'Police seized 123 kilograms of heroin.' },
        { text: 'Why did the government wait so long[[;]] the opposition asked.', output: 'Why did the government wait so long? the opposition asked.' },
        { text: '“The fire is out[[。」]]Residents returned.', output: '“The fire is out.” Residents returned.' },
        { text: 'Prices rose[[，，，]]then fell.', output: 'Prices rose, then fell.' },
      ],
      good: [
        'Shares of Acme, Globex and other firms fell.',
        'Some 40% of the population faces hunger.',
        'The rate rose to 4.5% from 4%.',
        '"Who could have imagined this?" he asked.',
        'The song "¿Quién será?" was a hit in 1953.',
        'Use the code SAVE%20 at checkout.',
        'The Paral·lel avenue in Barcelona was closed.',
        'Home · News · Sport',
        'The water was at 3°C.',
        '“Why now? Nobody knows; the board is silent,” he said.',
        '“What we need is time; patience,” she said.',
        'Why it waited is unclear; the opposition has asked for an inquiry.',
        'Who pays is not settled; officials asked for time.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    // Every mark is outside ASCII: one scan finds them, and notes the marks the scans below need.
    let middleDot = false;
    let ordinal = false;
    let doubled = false;
    NON_ASCII.lastIndex = 0;
    while (NON_ASCII.test(text)) {
      const i = NON_ASCII.lastIndex - 1;
      const code = text.charCodeAt(i);
      if (code === 0xb7) middleDot = true;
      else if (code === 0xba || code === 0xaa) ordinal = true;
      else if ((code === 0x2014 || code === 0x2026) && text.charCodeAt(i + 1) === code) doubled = true;
      const c = text.charAt(i);
      if (digitValue(code) >= 0) {
        // A number in another script's digits, with the Arabic decimal and thousands separators.
        let end = i;
        let to = '';
        for (; end < text.length; end++) {
          const d = text.charCodeAt(end);
          const v = digitValue(d);
          if (v >= 0) to += String(v);
          else if ((d === 0x066b || d === 0x066c) && digitValue(text.charCodeAt(end + 1)) >= 0) to += d === 0x066b ? '.' : ',';
          else break;
        }
        NON_ASCII.lastIndex = end;
        ctx.report({
          start: i,
          end,
          message: `“${text.slice(i, end)}” is written in the digits of another script: English copy uses “${to}”.`,
          suggestions: [to],
          reason: 'English copy writes numbers in Western Arabic digits',
          confidence: 0.95,
        });
        continue;
      }
      const mark = MARKS.get(c);
      if (!mark) continue;
      // An opening Spanish mark that is closed by its own ? or ! is Spanish quoted as such (a title).
      if ((c === '¿' || c === '¡') && /^[^.?!\n]*[?!]/.test(text.slice(i + 1, i + 200))) {
        const closer = /[?!]/.exec(text.slice(i + 1, i + 200));
        const inner = closer ? text.slice(i + 1, i + 1 + closer.index) : '';
        if (/[áéíóúñ]/i.test(inner)) continue;
      }
      // A run of marks side by side ("。」", a pasted row of "，") is one finding: each mark
      // becomes its English counterpart, a mark repeated in a row becomes one.
      let end = i + 1;
      let to = mark.to;
      let last = mark;
      for (;;) {
        const d = text.charAt(end);
        const m = d === '¿' || d === '¡' ? undefined : MARKS.get(d);
        if (!m) break;
        if (d !== text.charAt(end - 1)) to += m.to;
        last = m;
        end++;
      }
      NON_ASCII.lastIndex = end;
      const next = text.charAt(end);
      if (last.spaceAfter && /[\p{L}\p{N}]/u.test(next)) to += ' ';
      const run = text.slice(i, end);
      ctx.report({
        start: i,
        end,
        message: end === i + 1
          ? `“${c}” is ${mark.name}, a mark of the source language: English uses “${mark.to || 'nothing'}” here.`
          : `“${run}” are marks of the source language: English uses “${to.trim() || 'nothing'}” here.`,
        suggestions: [to],
        reason: 'English punctuation marks replace those of the source language',
        confidence: 0.95,
      });
    }
    // Each scan below starts with a lookbehind, tried at every position: run only when its mark is there.
    if (middleDot) for (const m of text.matchAll(MIDDLE_DOT)) {
      const before = text.slice(Math.max(0, m.index - 1), m.index);
      const after = text.charAt(m.index + 1);
      if (/l/i.test(before) && /l/i.test(after)) continue; // Catalan l·l
      ctx.report({
        start: m.index,
        end: m.index + 1,
        message: '“·” joins two listed words, as Korean and Japanese write lists: English says “and” or uses a comma.',
        suggestions: [' and ', ', ', '/'],
        reason: 'English joins listed words with “and” or a comma',
        confidence: 0.85,
      });
    }
    if (ordinal) for (const m of text.matchAll(ORDINAL_MARK)) {
      const n = Number(m[1]);
      const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” marks an ordinal with “${m[2]}”, as Spanish, Portuguese or Italian do: English writes “${n}${suffix}”.`,
        suggestions: [`${n}${suffix}`],
        reason: 'English writes ordinals as 1st, 2nd, 3rd, 4th',
        confidence: 0.9,
      });
    }
    if (text.includes(';')) for (const m of [...text.matchAll(GREEK_QUESTION), ...text.matchAll(GREEK_QUESTION_TAGGED)]) {
      const at = m.index + m[0].length - 1;
      ctx.report({
        start: at,
        end: at + 1,
        message: '“;” closes a question, as the Greek question mark does: English writes “?”.',
        suggestions: ['?'],
        reason: 'a Greek question mark looks like a semicolon',
        confidence: 0.85,
      });
    }
    if (doubled) for (const m of text.matchAll(CHINESE_DASH)) {
      const isDash = m[0] === '——';
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: isDash ? '“——” is the Chinese double dash: English uses one dash “—”.' : '“……” is the Chinese six-dot ellipsis: English uses “…”.',
        suggestions: [isDash ? '—' : '…'],
        reason: 'English punctuation marks replace those of the source language',
        confidence: 0.85,
      });
    }
    for (const m of text.matchAll(PERCENT_FIRST)) {
      const before = m.index > 0 ? text.charAt(m.index - 1) : ' ';
      // Only a free-standing "%40": not URL escapes (SAVE%20, a%2Fb) or code.
      if (/[\p{L}\p{N}/=&?]/u.test(before)) continue;
      const n = m[1] as string;
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” puts the percent sign before the number, as the source language does.`,
        suggestions: [`${n} percent`, `${n}%`],
        reason: 'English writes the number first: 40 percent (40%)',
        confidence: 0.9,
      });
    }
  },
};
