import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/text/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('strips a BOM and keeps CRLF', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb')]));
    expect(r).toEqual({ ok: true, text: 'a\r\nb' });
  });

  it('reports invalid UTF-8 with its line and byte column', () => {
    const r = decodeText(new Uint8Array([...utf8('ok\nab'), 0xff, ...utf8('c')]));
    expect(r).toEqual({ ok: false, reason: 'invalid UTF-8', line: 2, column: 3 });
  });

  it('refuses binary files', () => {
    const r = decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/binary/);
  });

  it('finds overlong, surrogate and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0xaf))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2);
    expect(firstInvalidUtf8(utf8('héllo “ok” 😀'))).toBe(-1);
  });

  it('accepts empty input', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '' });
  });
});
