import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/lines.js';

describe('LineIndex', () => {
  it('gives 1-based lines and UTF-16 columns, CRLF included', () => {
    const text = 'ab\r\ncd\nef';
    const li = new LineIndex(text);
    expect(li.at(0)).toEqual({ line: 1, column: 1 });
    expect(li.at(2)).toEqual({ line: 1, column: 3 }); // the \r
    expect(li.at(4)).toEqual({ line: 2, column: 1 });
    expect(li.at(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
  });

  it('agrees with a naive count (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }).map((s) => s.replace(/[xy]/g, '\n')), fc.nat(), (text, k) => {
        const off = text.length === 0 ? 0 : k % (text.length + 1);
        const before = text.slice(0, off);
        const line = before.split('\n').length;
        const column = off - (before.lastIndexOf('\n') + 1) + 1;
        expect(new LineIndex(text).at(off)).toEqual({ line, column });
      }),
    );
  });
});
