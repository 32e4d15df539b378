/**
 * Two Slavic orders English does not have: the object fronted before its subject and verb
 * (“Early elections nobody wants.”, “New taxes we do not need.”), and the copula left out with a
 * dash in its place (“The commission — not a political body.”, Russian “Комиссия — не
 * политический орган”). Flagged only in short sentences: a bare noun phrase, a subject pronoun
 * or “nobody/everyone”, a verb of wanting or accepting, and the end of the sentence; or a noun
 * phrase, a dash and a verbless rest with no closing dash.
 */
import type { Rule } from '../../types.js';
import type { Doc, Sentence, Token } from '../../../text/document.js';

const SUBJECTS = new Set(['nobody', 'everyone', 'everybody', 'we', 'they', 'i', 'no-one']);
const VERBS = new Set([
  'want', 'wants', 'need', 'needs', 'accept', 'accepts', 'expect', 'expects', 'support', 'supports', 'like',
  'likes', 'believe', 'believes', 'trust', 'trusts', 'fear', 'fears', 'welcome', 'welcomes', 'tolerate',
  'tolerates', 'oppose', 'opposes', 'rule', 'exclude', 'excludes', 'plan', 'plans', 'consider', 'considers',
]);
const AUX = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should']);
const DASHES = new Set(['—', '–']);
const END = new Set(['.', '!', '”', '"', '»']);

function words(doc: Doc, s: Sentence): Token[] {
  const out: Token[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) out.push(doc.tokens[i] as Token);
  while (out.length && out[0]!.kind === 'punct' && /^[“"«‘(]$/.test(out[0]!.text)) out.shift();
  while (out.length && END.has(out[out.length - 1]!.text)) out.pop();
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'topicalized-object',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A fronted object (“Early elections nobody wants.”) or a dash for the copula (“The commission — not a political body.”).',
    examples: {
      bad: [
        { text: '“[[New taxes nobody wants]].”' },
        { text: '“[[Foreign troops we do not need]],” the mayor said.' },
        { text: '“[[The court — not a political body]].”' },
        { text: '[[Our aim — a fair deal for farmers]].' },
      ],
      good: [
        'Nobody wants new taxes.',
        'This we do not need.',
        'The court — not the government — decides.',
        'The court — which is not a political body — ruled.',
        'The court is not a political body.',
        'Dogs nobody wants end up in shelters.',
        'The result — a draw — pleased nobody.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      const n = s.endToken - s.firstToken;
      if (n < 4 || n > 16) continue;
      const ws = words(doc, s);
      if (ws.length < 3) continue;
      const dashAt = ws.findIndex((t) => DASHES.has(t.text));
      if (dashAt > 0) {
        // Copula dash: NP — rest, one dash only, no verb in the rest.
        if (ws.slice(dashAt + 1).some((t) => DASHES.has(t.text) || t.text === ',' || t.text === '(')) continue;
        if (dashAt > 4) continue;
        const rest = ws.slice(dashAt + 1);
        if (rest.length < 2 || rest.length > 10) continue;
        if (!['not', 'a', 'an', 'the', 'our', 'their', 'its', 'no', 'only', 'just'].includes(rest[0]!.norm)) continue;
        const np = ws.slice(0, dashAt);
        const first = np[0]!;
        if (!['the', 'this', 'our', 'their', 'its', 'his', 'her', 'my', 'your'].includes(first.norm) && doc.pos(first) !== 'PROPN') continue;
        if (!np.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(doc.pos(t)) || t.norm === "'s")) continue;
        const last = np[np.length - 1]!;
        if (doc.pos(last) !== 'NOUN' && doc.pos(last) !== 'PROPN') continue;
        if (rest.some((t) => doc.pos(t) === 'VERB' || doc.pos(t) === 'AUX')) continue;
        const end = rest[rest.length - 1]!;
        ctx.report({
          start: first.start,
          end: end.end,
          message: `“${doc.text.slice(first.start, end.end)}”: a dash stands for the verb “is”, as in the source language; English writes the verb.`,
          reason: 'English does not drop the copula: “The court is not a political body”',
          confidence: 0.6,
        });
        continue;
      }
      // Fronted object: bare NP (no determiner), subject, (aux (not)), verb, end; a quote may
      // close before its attribution (“…,” the mayor said).
      const cut = ws.findIndex((t, i) => t.text === ',' && ws[i + 1] !== undefined && END.has(ws[i + 1]!.text));
      if (cut > 0) ws.length = cut;
      const vIdx = ws.length - 1;
      const verb = ws[vIdx]!;
      if (!VERBS.has(verb.norm)) continue;
      let k = vIdx - 1;
      if (k >= 0 && (ws[k]!.norm === 'not' || ws[k]!.norm === "n't")) k--;
      if (k >= 0 && AUX.has(ws[k]!.norm)) k--;
      if (k < 1 || !SUBJECTS.has(ws[k]!.norm)) continue;
      const np = ws.slice(0, k);
      if (np.length > 4) continue;
      if (!np.every((t) => t.kind === 'word' && (doc.pos(t) === 'ADJ' || doc.pos(t) === 'NOUN' || (doc.pos(t) === 'PROPN' && t === np[0])))) continue;
      if (doc.pos(np[np.length - 1]!) !== 'NOUN') continue;
      // The sentence must end here (the verb is last before the closing mark or a comma).
      const after = doc.next(verb);
      if (after && !END.has(after.text) && after.text !== ',') continue;
      ctx.report({
        start: np[0]!.start,
        end: verb.end,
        message: `“${doc.text.slice(np[0]!.start, verb.end)}”: the object stands before its subject and verb, as in the source language; English puts it after the verb.`,
        reason: 'English word order is subject, verb, object',
        confidence: 0.55,
      });
    }
  },
};
