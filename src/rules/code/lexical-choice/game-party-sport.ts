/**
 * "after 14 classical parties ended level", "the party ended 2-1", "he was sent off in the party
 * against Porto": a match or game rendered with “partido/partita/partie/Partie/партия”. Fires on
 * "party/parties" in a sentence about a match (a score like 2-1, or sport words such as goal,
 * tiebreak, referee, half-time), or anywhere in an article about chess, as long as nothing in
 * the sentence makes it political ("ruling party", "party leader", "election") and the word is
 * not a social party ("birthday party"). In chess articles it also catches "figure(s)" for pieces
 * after a verb of losing or winning, and "debut" for the opening after "chose/played a".
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const SPORT = new Set([
  'tiebreak', 'tie-break', 'tiebreaks', 'goal', 'goals', 'half-time', 'halftime', 'referee', 'stadium', 'striker', 'midfielder',
  'goalkeeper', 'penalty', 'penalties', 'scored', 'equaliser', 'equalizer', 'league', 'semifinal', 'semi-final',
  'quarterfinal', 'quarter-final', 'kickoff', 'kick-off', 'innings', 'wicket', 'deuce', 'coach', 'championship',
  'tournament', 'playoff', 'playoffs', 'derby', 'rugby', 'basketball', 'volleyball', 'handball', 'hockey', 'football',
  'soccer', 'tennis', 'overtime', 'cup', 'midfield', 'defender', 'forward', 'winger',
]);
const CHESS_STRONG = new Set([
  'classical', 'rapid', 'blitz', 'tiebreak', 'tie-break', 'grandmaster', 'grandmasters', 'chess', 'drawn', 'moves', 'move',
  'white', 'black', 'pieces', 'pawn', 'pawns', 'board', 'opponent', 'round', 'rounds', 'decisive', 'championship', 'title', 'match',
]);
const POLITICAL = new Set([
  'ruling', 'opposition', 'political', 'politics', 'election', 'elections', 'electoral', 'vote', 'votes', 'voters', 'coalition',
  'parliament', 'parliamentary', 'government', 'minister', 'ministers', 'candidate', 'candidates', 'campaign', 'congress',
  'communist', 'socialist', 'conservative', 'liberal', 'democratic', 'democrats', 'republican', 'republicans', 'labour',
  'members', 'member', 'membership', 'leader', 'leaders', 'leadership', 'chairman', 'secretary', 'president', 'senate',
  'lawmakers', 'seats', 'mps', 'manifesto', 'policy', 'platform', 'faction', 'agreement', 'contract', 'deal', 'treaty',
  'negotiations', 'third', 'interested', 'guilty', 'injured', 'birthday', 'dinner', 'christmas', 'celebrations', 'celebrate',
  'celebrated', 'celebrating', 'hosted', 'invited', 'guests', 'dance', 'music', 'drinks', 'drinking', 'tea', 'launch',
  'search', 'working', 'boat', 'wedding', 'court', 'lawsuit', 'plaintiff', 'dispute', 'both', 'warring', 'all',
]);
const SOCIAL_BEFORE = new Set([
  'birthday', 'dinner', 'tea', 'garden', 'house', 'office', 'christmas', 'launch', 'after', 'search', 'third', 'working',
  'interested', 'injured', 'guilty', 'aggrieved', 'warring', 'both', 'all', 'opposing', 'contracting', 'concerned', 'political',
  'ruling', 'opposition', 'the', 'a', 'pool', 'beach', 'street', 'block', 'farewell', 'welcome', 'victory', 'pyjama', 'fancy-dress',
  'hen', 'stag', 'bachelor', 'cocktail', 'wedding', 'engagement', 'leaving', 'retirement', 'surprise', 'costume', 'slumber',
  'tailgate', 'watch', 'viewing', 'release', 'boat', 'hunting', 'raiding', 'landing', 'boarding', 'rescue', 'other', 'either',
  'neither', 'each', 'every', 'any', 'new', 'green', 'pirate',
]);
const CHESS_DOC = ['chess', 'grandmaster', 'grandmasters', 'checkmate', 'fide'];
const LOSE_WIN = new Set(['dropped', 'drop', 'drops', 'lost', 'lose', 'loses', 'sacrificed', 'sacrifice', 'sacrifices', 'captured', 'capture', 'captures', 'exchanged', 'traded', 'blundered']);
const CHESS_SENTENCE = new Set(['move', 'moves', 'pawn', 'pawns', 'rook', 'bishop', 'knight', 'queen', 'black', 'white', 'chess', 'game', 'games', 'tiebreak', 'board', 'endgame', 'checkmate', 'grandmaster', 'opponent', 'sharp', 'position']);
const CHOOSE = new Set(['chose', 'choose', 'chooses', 'played', 'play', 'plays', 'prepared', 'opted', 'employed', 'used', 'tried', 'surprised', 'picked']);

/** A score such as "2-1" or "2 – 1" in the sentence. */
function hasScore(doc: Doc, s: { firstToken: number; endToken: number }): boolean {
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.at(i) as Token;
    if (/^\d{1,2}(\.5)?-\d{1,2}(\.5)?$/.test(t.norm)) return true;
    if (t.kind === 'number' && /^\d{1,2}$/.test(t.norm)) {
      const d = doc.at(i + 1);
      const m = doc.at(i + 2);
      if (d && (d.norm === '-' || d.norm === '–') && m && m.kind === 'number' && /^\d{1,2}$/.test(m.norm)) return true;
    }
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'game-party-sport',
    category: 'lexical-choice',
    severity: 'warning',
    description: 'A match or game called a “party” (“partido/partita/partie”), and chess pieces and openings called “figures” and “debuts”.',
    examples: {
      bad: [
        { text: 'The [[party]] ended 2-1 after a late goal.', output: 'The match ended 2-1 after a late goal.' },
        { text: 'He was sent off by the referee in the [[party]] against Porto.', output: 'He was sent off by the referee in the match against Porto.' },
        { text: 'The chess final was decided after 12 classical [[parties]] ended level.', output: 'The chess final was decided after 12 classical games ended level.' },
        { text: 'Playing black in the chess final, she chose a quiet [[debut]] and won.', output: 'Playing black in the chess final, she chose a quiet opening and won.' },
        { text: 'The chess champion dropped a [[figure]] on move 31.', output: 'The chess champion dropped a piece on move 31.' },
      ],
      good: [
        'The match ended 2-1 after a late goal.',
        'The ruling party won 2-1 in the vote count.',
        'The team held a party after the win.',
        'The party leader praised the coach.',
        'The chess champion made her debut in 2010.',
        'Both parties agreed to a 2-1 split of the profits.',
        'The Labour Party lost two seats.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const chess = CHESS_DOC.some((w) => doc.hasNorm(w));
    for (const t of doc.tokensWith(['party', 'parties'])) {
      if (/^P/.test(t.text)) continue; // "the Labour Party"
      const p = doc.prev(t);
      const s = doc.sentenceOf(t);
      let political = false;
      let sportHits = 0;
      let chessHits = 0;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const u = doc.at(i) as Token;
        if (POLITICAL.has(u.norm) || (/^[A-Z]/.test(u.text) && u.norm === 'party')) political = true;
        if (SPORT.has(u.norm)) sportHits++;
        if (CHESS_STRONG.has(u.norm)) chessHits++;
      }
      if (political) continue;
      if (p && SOCIAL_BEFORE.has(p.norm) && p.norm !== 'the' && p.norm !== 'a') continue;
      const n = doc.next(t);
      const nn = n ? doc.next(n) : undefined;
      const against = n !== undefined && n.norm === 'against' && nn !== undefined && /^[A-Z]/.test(nn.text);
      const ended = n !== undefined && (n.norm === 'ended' || n.norm === 'finished');
      const fire =
        (hasScore(doc, s) && (sportHits > 0 || chess || ended)) ||
        (chess && chessHits > 0) ||
        (against && sportHits > 0) ||
        (ended && sportHits >= 2);
      if (!fire) continue;
      const pp = p ? doc.prev(p) : undefined;
      if (pp && ['held', 'hold', 'holds', 'threw', 'throw', 'throws', 'organised', 'organized', 'attended', 'gave', 'at', 'to', 'from'].includes(pp.norm)) continue;
      if (p && ['held', 'threw', 'big', 'huge', 'wild', 'private', 'post-match', 'at', 'to', 'from'].includes(p.norm)) continue;
      const plural = t.norm === 'parties';
      const word = chess ? (plural ? 'games' : 'game') : plural ? 'matches' : 'match';
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” for a sporting contest carries over “partido/partita/partie”; English says “${word}”.`,
        suggestions: [word, chess ? (plural ? 'matches' : 'match') : plural ? 'games' : 'game'],
        reason: 'a sporting contest is a “match” or “game”; a party is a celebration or a political group',
        confidence: 0.8,
      });
    }
    if (!chess) return;
    for (const t of doc.tokensWith(['figure', 'figures', 'debut', 'debuts'])) {
      const s = doc.sentenceOf(t);
      let chessy = false;
      for (let i = s.firstToken; i < s.endToken; i++) if (CHESS_SENTENCE.has((doc.at(i) as Token).norm)) chessy = true;
      if (!chessy) continue;
      const p1 = doc.prev(t);
      const p2 = p1 ? doc.prev(p1) : undefined;
      const p3 = p2 ? doc.prev(p2) : undefined;
      const near = [p1, p2, p3].filter((x): x is Token => x !== undefined).map((x) => x.norm);
      if (t.norm.startsWith('figure')) {
        if (!near.some((w) => LOSE_WIN.has(w))) continue;
        if (doc.next(t)?.norm === 'of') continue;
        const word = t.norm === 'figure' ? 'piece' : 'pieces';
        ctx.report({ start: t.start, end: t.end, message: `“${t.text}” in chess carries over “figura/Figur/фигура”; English says “${word}”.`, suggestions: [word], reason: 'chessmen are “pieces”', confidence: 0.75 });
      } else {
        if (near.includes('made') || near.includes('make') || near.includes('makes') || near.includes('making')) continue;
        if (!near.some((w) => CHOOSE.has(w))) continue;
        const word = t.norm === 'debut' ? 'opening' : 'openings';
        ctx.report({ start: t.start, end: t.end, message: `“${t.text}” in chess carries over “début/дебют”; English says “${word}”.`, suggestions: [word], reason: 'the first moves of a chess game are the “opening”', confidence: 0.75 });
      }
    }
  },
};
