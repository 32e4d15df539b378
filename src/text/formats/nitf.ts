/**
 * NITF (IPTC News Industry Text Format, 3.x): the rules read the headlines (hedline: hl1, hl2),
 * the abstract and body.content (paragraphs, headings, block quotes, lists, tables, captions),
 * one block each. Bylines, datelines, notes, taglines (body.end) and media references are not
 * prose and are left out. Every prose char maps back to the raw XML, entities included.
 */
import type { ProseView } from './types.js';
import { FormatError } from './types.js';
import { appendElement, childrenNamed, HTML_INLINE, parseXml, ProseBuilder, type ProseRules, type XmlDoc, type XmlElement } from './xml-prose.js';

/** NITF's inline elements (3.x DTD), plus HTML's for bodies that borrow them. */
const NITF_INLINE = [
  'alt-code', 'chron', 'classifier', 'copyrite', 'em', 'event', 'frac', 'frac-den', 'frac-num', 'function', 'lang',
  'location', 'money', 'num', 'object.title', 'org', 'person', 'pronounce', 'q', 'sub', 'sup', 'virtual-loc',
  'copyrite.holder', 'copyrite.year', 'postaddr', 'addressee', 'care.of', 'delivery.point', 'delivery.office',
  'postcode', 'region', 'country', 'city', 'state',
];

export const NITF_RULES: ProseRules = {
  inline: new Set([...NITF_INLINE, ...HTML_INLINE]),
  skip: new Set([
    'body.end', 'byline', 'dateline', 'distributor', 'series', 'rights', 'note', 'tagline', 'credit', 'bibliography',
    'media-reference', 'media-object', 'media-metadata', 'media-producer', 'pre',
  ]),
};

/** Appends the prose of a <nitf> element (standalone, or inline in NewsML-G2). */
export function appendNitf(b: ProseBuilder, doc: XmlDoc, nitf: XmlElement): void {
  const body = childrenNamed(nitf, 'body')[0];
  if (!body) throw new FormatError('not NITF: <nitf> has no <body>', nitf.start);
  appendElement(b, doc, body, NITF_RULES);
}

export function nitfView(raw: string): ProseView {
  const doc = parseXml(raw);
  if (doc.root.name !== 'nitf') {
    const g2 = doc.root.name === 'newsItem' || doc.root.name === 'newsMessage' ? ' (this is NewsML-G2: --input-format newsml)' : '';
    throw new FormatError(`not NITF: the root element is <${doc.root.qname}>, expected <nitf>${g2}`, doc.root.start);
  }
  const b = new ProseBuilder();
  appendNitf(b, doc, doc.root);
  return b.view();
}
