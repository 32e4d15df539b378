/**
 * A Russian district court named in a round-tripped form: “the Taganskiy regional court” for
 * the Tagansky District Court. A “районный суд” is a district court, named after its district
 * with an adjective in -sky/-skoy; “regional court” (областной суд) is a different, higher
 * court named after a region, and the “-iy” ending is a letter-for-letter transliteration that
 * English news writes “-y”. The lower-case “Tagansky district court” is common news usage and
 * is left alone.
 */
import type { Rule } from '../../types.js';

// A district adjective: Tagansky, Taganskiy, Meshchansky, Tverskoy, Basmanny, Savyolovsky.
const DISTRICT = /^\p{Lu}\p{Ll}+(?:sk|tsk|ck|zk|nn)(?:iy|ii|ij|yi|y|oy|oi|yy)$/u;
const NONSTANDARD = /(?:iy|ii|ij|yi|yy)$/;
const KINDS: ReadonlySet<string> = new Set(['regional', 'raion', 'rayon', 'district', 'interdistrict']);

function standard(name: string): string {
  return name.replace(/(?:iy|ii|ij|yi)$/, 'y').replace(/nnyy$/, 'nny');
}

export const rule: Rule = {
  meta: {
    id: 'district-court-name',
    category: 'entity-name',
    severity: 'warning',
    description: 'A Russian district court named as a “regional” court or with a letter-for-letter ending.',
    examples: {
      bad: [
        { text: 'Judge Olga Belova of the [[Taganskiy regional court]] upheld the lawsuit.', output: 'Judge Olga Belova of the Tagansky District Court upheld the lawsuit.' },
        { text: 'The case went to the [[Meshchansky regional court]] in Moscow.', output: 'The case went to the Meshchansky District Court in Moscow.' },
        { text: 'He was remanded by the [[Basmanniy District Court]].', output: 'He was remanded by the Basmanny District Court.' },
      ],
      good: [
        'Judge Olga Belova of the Tagansky District Court upheld the lawsuit.',
        'Moscow’s Tagansky district court fined the company.',
        'The Sverdlovsk regional court upheld the sentence.',
        'The Moscow regional court rejected the appeal.',
        'Tverskoy court officials declined to comment.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // From each "court" back to the district's name: "[Meshchansky] [district] court".
    for (const court of doc.tokensWith(['court'])) {
      const kind = doc.prev(court);
      const t = kind && doc.prev(kind);
      if (!kind || !t || !KINDS.has(kind.norm)) continue;
      // The district adjectives end in y, i or j.
      const last = t.norm.charCodeAt(t.norm.length - 1);
      if ((last !== 121 && last !== 105 && last !== 106) || t.kind !== 'word' || !DISTRICT.test(t.text)) continue;
      const wrongKind = kind.norm !== 'district';
      const wrongSpelling = NONSTANDARD.test(t.text);
      if (!wrongKind && !wrongSpelling) continue;
      // "-sky regional court" only: a region's court is named with a noun ("Moscow regional court").
      if (wrongKind && !/(?:sk|tsk|ck|zk|nn)(?:iy|ii|ij|yi|y|oy|oi|yy)$/.test(t.text)) continue;
      const fixed = `${standard(t.text)} District Court`;
      const end = court.end;
      ctx.report({
        start: t.start,
        end,
        message: `“${doc.text.slice(t.start, end)}” is a Russian district court: English names it “${fixed}”.`,
        suggestions: [fixed],
        reason: wrongKind
          ? 'a court named after a district (-sky) is a district court; a regional court is named after its region'
          : 'English news transliterates the -ий ending as -y',
        confidence: 0.75,
      });
    }
  },
};
