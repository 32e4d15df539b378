/**
 * "they" for one country or capital standing for its government, in a conditional clause after
 * a warning: "Russia will face heavy consequences if they attack Ukraine". English says "if it
 * attacks". Narrow on purpose: the place must be the subject of the main clause, with a modal
 * after it, nothing plural in between, and no sport in sight (a national team takes "they").
 * Also "they" reporting what the country, capital or a government body said it would do:
 * "Russia has warned that they will respond", "the Kremlin said they had no information"
 * (MetonymAnalysis.resolveReportedThey: the subject opens the sentence, nothing plural near).
 */
import { verbForm } from '../../../nlp/inflect.js';
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { describeMention, MetonymAnalysis } from './antecedents.js';
import { CONDITIONAL_SUBORDINATORS, SPEECH_VERBS } from './words.js';

// Words right before a reported "they": "said they", "warned that they".
const REPORTING: ReadonlySet<string> = new Set([...SPEECH_VERBS, 'that', 'warns', 'insists']);

// "they" + auxiliary -> "it" + the singular form.
const AUX: Readonly<Record<string, string>> = {
  are: 'is', were: 'was', have: 'has', do: 'does', "'re": "'s", "'ve": "'s", "don't": "doesn't", "aren't": "isn't",
  "weren't": "wasn't", "haven't": "hasn't",
};
const UNCHANGED = new Set(['will', 'would', 'could', 'may', 'might', 'must', 'can', 'should', 'shall', 'had', 'did', 'ever', 'never', 'not', 'then', 'still']);

/** The replacement for "they" + the verb after it, and how many tokens it covers (1 or 2). */
function rewrite(a: MetonymAnalysis, they: Token): { text: string; tokens: number } | undefined {
  const doc = a.doc;
  const verb = doc.next(they);
  const It = they.text.charAt(0) === 'T' ? 'It' : 'it';
  if (!verb || verb.kind !== 'word') return undefined;
  const aux = AUX[verb.norm];
  if (aux) return { text: `${It} ${aux}`, tokens: 2 };
  if (UNCHANGED.has(verb.norm) || /ed$/.test(verb.norm)) return { text: It, tokens: 1 };
  if (!doc.canTag) return undefined;
  const tag = doc.pos(verb);
  if (tag !== 'VERB') return undefined;
  if (/s$/.test(verb.norm) && !/ss$/.test(verb.norm)) return undefined;
  return { text: `${It} ${verbForm(verb.norm, 's')}`, tokens: 2 };
}

export const rule: Rule = {
  meta: {
    id: 'country-they',
    category: 'metonym-pronoun',
    severity: 'warning',
    description: 'A single country or capital referred to as “they” in a conditional clause (“if they attack”).',
    examples: {
      bad: [
        { text: 'Biden warned that Russia will face heavy consequences if [[they attack]] Ukraine.', output: 'Biden warned that Russia will face heavy consequences if it attacks Ukraine.' },
        { text: 'The Seoul Central Regional Prosecutors’ Office said [[they]] had seized computer files.', output: 'The Seoul Central Regional Prosecutors’ Office said it had seized computer files.' },
        { text: 'Iran would face new sanctions if [[they resume]] enrichment, the diplomats said.', output: 'Iran would face new sanctions if it resumes enrichment, the diplomats said.' },
        { text: 'Beijing could retaliate unless [[they are]] granted an exemption.', output: 'Beijing could retaliate unless it is granted an exemption.' },
        { text: 'Moscow will respond if [[they]] can prove the drones were launched from there.', output: 'Moscow will respond if it can prove the drones were launched from there.' },
        { text: 'Russia has warned that [[they]] will respond to any deployment of missiles in Europe.', output: 'Russia has warned that it will respond to any deployment of missiles in Europe.' },
        { text: 'The Kremlin said [[they]] had no information about the incident.', output: 'The Kremlin said it had no information about the incident.' },
        { text: 'Iran says [[they]] will not negotiate under pressure.', output: 'Iran says it will not negotiate under pressure.' },
        { text: 'The central bank said [[they]] would keep rates high for longer.', output: 'The central bank said it would keep rates high for longer.' },
      ],
      good: [
        'Russia will face heavy consequences if it attacks Ukraine.',
        'The US and its allies will respond if they are attacked.',
        'England will go through to the semi-finals if they beat Italy on Sunday.',
        'Russia will face consequences if its troops cross the border.',
        'Officials in Moscow will respond if they are provoked.',
        'Russia will not negotiate while Western leaders refuse, and they know it.',
        'The Russians will fight if they are attacked.',
        'Russia and China will veto the resolution if they are not consulted.',
        'Germany will send tanks if allies agree, and they may decide this week.',
        'Washington said it would act if they crossed the line, a reference to the rebels.',
        'Protesters blocked the main roads. The government said they would be arrested.',
        'Thousands of migrants reached the islands. Greece said they would be sent back.',
        'The government said they were free to leave.',
        'Russia and China said they would veto the resolution.',
        'The club said they would appeal the ban.',
        'Officials in Kyiv said they had shot down 20 drones.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let analysis: MetonymAnalysis | undefined;
    for (const t of doc.tokensWith(['they'])) {
      if (t.norm !== 'they') continue;
      const conditional = CONDITIONAL_SUBORDINATORS.has(doc.prev(t)?.norm ?? '');
      if (!conditional && !REPORTING.has(doc.prev(t)?.norm ?? '')) continue;
      analysis ??= MetonymAnalysis.of(doc);
      const place = conditional ? analysis.resolveConditionalThey(t) : analysis.resolveReportedThey(t);
      if (!place) continue;
      const fix = rewrite(analysis, t);
      if (!fix) continue;
      const last = fix.tokens === 2 ? (doc.next(t) as Token) : t;
      ctx.report({
        start: t.start,
        end: last.end,
        message: `“they” refers to ${describeMention(analysis, place)}: a single government is “it” in English (“${fix.text}”).`,
        suggestions: [fix.text],
        reason: 'A country or capital standing for its government is singular in English: “it”, with a singular verb.',
        confidence: 0.7,
      });
    }
  },
};
