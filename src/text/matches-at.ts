/**
 * A global regex's matches found only at given offsets: the rules that know where a match can
 * start (a word from the index, a mark found once per document) try the regex there, sticky,
 * instead of scanning the whole text with it.
 */

const STICKY = new WeakMap<RegExp, RegExp>();

/** The regex as a sticky one (same source and flags, without g). */
function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) {
    s = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    STICKY.set(re, s);
  }
  return s;
}

/**
 * The matches of a global regex as its scan of the whole text finds them (leftmost first, not
 * overlapping), tried only at the offsets `at` (ascending, may repeat or fall outside the
 * text): right when every offset a match can start at is among them.
 */
export function matchesAt(text: string, re: RegExp, at: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = stickyOf(re);
  let lastEnd = 0;
  for (const a of at) {
    if (a < lastEnd || a > text.length) continue;
    sticky.lastIndex = a;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    lastEnd = a + m[0].length;
  }
  return out;
}
