/**
 * Markdown: the rules read only prose (text nodes of headings, paragraphs, lists, quotes,
 * tables, link text). Code, inline code, HTML and comments, URLs and markup characters are
 * blanked to spaces (line breaks kept), so every offset is the raw file's own.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { identityView, type ProseView } from './types.js';

function collectText(node: Nodes, out: [number, number][]): void {
  if (node.type === 'text') {
    const a = node.position?.start.offset;
    const b = node.position?.end.offset;
    if (a !== undefined && b !== undefined) out.push([a, b]);
    return;
  }
  if ('children' in node) for (const c of node.children) collectText(c as Nodes, out);
}

export function mdView(raw: string): ProseView {
  const ranges: [number, number][] = [];
  collectText(fromMarkdown(raw), ranges);
  ranges.sort((x, y) => x[0] - y[0]);
  let out = '';
  let pos = 0;
  const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');
  for (const [a, b] of ranges) {
    if (a < pos) continue;
    out += blank(raw.slice(pos, a)) + raw.slice(a, b);
    pos = b;
  }
  out += blank(raw.slice(pos));
  return identityView(out);
}
