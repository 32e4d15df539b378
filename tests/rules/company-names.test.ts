// Company names a document shows by a legal form (src/rules/code/capitalization/company-names.ts):
// the evidence the capitalized-* and entity-name rules ask before flagging common words in capitals.
import { describe, expect, it } from 'vitest';
import { companyNames, firmAppositive, inCompanyName, stateAfter } from '../../src/rules/code/capitalization/company-names.js';
import { Doc } from '../../src/text/document.js';

/** Token range [first, end) of the words of `phrase` at its `nth` occurrence in the doc. */
function range(doc: Doc, phrase: string, nth = 0): [number, number] {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.text.indexOf(phrase, at + 1);
  const first = doc.tokens.findIndex((t) => t.start === at);
  const end = doc.tokens.findIndex((t) => t.end === at + phrase.length) + 1;
  return [first, end];
}

function tokenAfter(doc: Doc, phrase: string): NonNullable<Doc['tokens'][number]> {
  const [, end] = range(doc, phrase);
  return doc.tokens[end] as NonNullable<Doc['tokens'][number]>;
}

describe('companyNames', () => {
  it('finds names closed by a legal form, with their leading words', () => {
    const doc = new Doc('Shares of Waste Management Inc rose. Manufacturers Hanover Trust Co lent the money.');
    const names = companyNames(doc);
    expect(names.spans).toHaveLength(2);
    expect([...names.prefixes]).toEqual(expect.arrayContaining(['waste', 'waste management', 'manufacturers hanover trust']));
  });

  it('keeps a descriptor before the name out of it', () => {
    const doc = new Doc('The fine hit the Tech Giant Apple Inc on Monday.');
    expect(companyNames(doc).prefixes.has('tech giant')).toBe(false);
    expect(companyNames(doc).prefixes.has('apple')).toBe(true);
  });

  it('links names with "and" and a possessive', () => {
    const doc = new Doc('The bonds were rated by Standard and Poor\'s Corp on Friday.');
    expect(companyNames(doc).prefixes.has("standard and poor's corp")).toBe(true);
  });

  it('finds nothing without a legal form, or with an ambiguous one in lower case', () => {
    expect(companyNames(new Doc('The waste management plan was approved.')).spans).toHaveLength(0);
    expect(companyNames(new Doc('The farm had a corporation of its own.')).spans).toHaveLength(0);
  });
});

describe('inCompanyName', () => {
  const doc = new Doc('Investors in Industry Plc led the round. Waste Management Inc bid, and lenders to Waste Management met. U.S. Investors were wary, and two Investors sold.');

  it('holds a run inside a name', () => {
    expect(inCompanyName(doc, ...range(doc, 'Investors in Industry'))).toBe(true);
  });

  it('holds the leading words of a name standing alone', () => {
    expect(inCompanyName(doc, ...range(doc, 'Waste Management', 1))).toBe(true);
  });

  it('not after another capitalized word or a count', () => {
    expect(inCompanyName(doc, ...range(doc, 'Investors', 1))).toBe(false);
    expect(inCompanyName(doc, ...range(doc, 'Investors', 2))).toBe(false);
  });
});

describe('context of a name', () => {
  it('reads a town before its state', () => {
    const doc = new Doc('It is based in Garden Grove, California, and in Palm Hill, Fla., too.');
    expect(stateAfter(doc, tokenAfter(doc, 'Garden Grove'))).toBe(true);
    expect(stateAfter(doc, tokenAfter(doc, 'Palm Hill'))).toBe(true);
  });

  it('not a comma before a common word', () => {
    const doc = new Doc('It invests in Clean Energy, mostly solar.');
    expect(stateAfter(doc, tokenAfter(doc, 'Clean Energy'))).toBe(false);
    expect(firmAppositive(doc, tokenAfter(doc, 'Clean Energy'))).toBe(false);
  });

  it('reads an appositive that calls the run a company', () => {
    const doc = new Doc('She bought Valley Timber, a forest products company, and Mountain Bell, one of U.S. West\'s units.');
    expect(firmAppositive(doc, tokenAfter(doc, 'Valley Timber'))).toBe(true);
    expect(firmAppositive(doc, tokenAfter(doc, 'Mountain Bell'))).toBe(true);
  });
});
