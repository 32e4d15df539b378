/**
 * NewsML-G2 (a <newsItem>, or a <newsMessage> carrying several): the rules read each news
 * item's headlines (contentMeta/headline) and its text renditions in contentSet: inlineXML
 * holding NITF (read as in nitf.ts) or XHTML (the <body>: paragraphs, h1-h6, list items), and
 * plain-text inlineData (one block per line). Remote content and binary renditions are skipped.
 */
import { appendNitf } from './nitf.js';
import { FormatError, type ProseView } from './types.js';
import {
  appendElement,
  appendPlainElement,
  childrenNamed,
  descendantsNamed,
  HTML_RULES,
  parseXml,
  ProseBuilder,
  type XmlDoc,
  type XmlElement,
} from './xml-prose.js';

const TEXT_TYPES = /^(text\/plain|text)\b/i;

function appendInlineXml(b: ProseBuilder, doc: XmlDoc, inline: XmlElement): void {
  for (const el of inline.children) {
    if (el.name === 'nitf') appendNitf(b, doc, el);
    else if (el.name === 'html') for (const body of childrenNamed(el, 'body')) appendElement(b, doc, body, HTML_RULES);
    else appendElement(b, doc, el, HTML_RULES);
  }
}

function appendItem(b: ProseBuilder, doc: XmlDoc, item: XmlElement): void {
  for (const meta of childrenNamed(item, 'contentMeta')) {
    for (const h of childrenNamed(meta, 'headline')) appendElement(b, doc, h, HTML_RULES);
  }
  for (const set of childrenNamed(item, 'contentSet')) {
    for (const r of set.children) {
      if (r.name === 'inlineXML') appendInlineXml(b, doc, r);
      else if (r.name === 'inlineData' && !r.attrs.has('encoding') && TEXT_TYPES.test(r.attrs.get('contenttype') ?? 'text/plain')) {
        appendPlainElement(b, doc, r);
      }
    }
  }
}

export function newsmlView(raw: string): ProseView {
  const doc = parseXml(raw);
  const { root } = doc;
  let items: XmlElement[];
  if (root.name === 'newsItem') items = [root];
  else if (root.name === 'newsMessage') items = descendantsNamed(root, 'newsItem');
  else {
    const nitf = root.name === 'nitf' ? ' (this is NITF: --input-format nitf)' : '';
    throw new FormatError(`not NewsML-G2: the root element is <${root.qname}>, expected <newsItem> or <newsMessage>${nitf}`, root.start);
  }
  const b = new ProseBuilder();
  for (const item of items) appendItem(b, doc, item);
  return b.view();
}
