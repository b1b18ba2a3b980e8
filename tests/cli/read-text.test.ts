import { describe, expect, it } from 'vitest';
import { decodeText, textLines } from '../../cli/read-text';

/** Decodes `bytes` delivered in chunks of `size` bytes. */
async function decoded(bytes: Uint8Array, size: number): Promise<string> {
  async function* chunks() {
    for (let k = 0; k < bytes.length; k += size) yield bytes.subarray(k, k + size);
  }
  let text = '';
  for await (const part of decodeText(chunks())) text += part;
  return text;
}

async function* strings(parts: string[]) {
  yield* parts;
}

describe('decodeText', () => {
  const text = '淄博市投资3.2亿元, 𠀋 rose 4%';

  it('decodes UTF-8 split anywhere, even inside a character, keeping a byte-order mark', async () => {
    const bytes = Buffer.from('\ufeff' + text);
    for (const size of [1, 2, 3, 5, 64]) expect(await decoded(bytes, size)).toBe('\ufeff' + text);
  });

  it('decodes UTF-16 by its mark, little- and big-endian, even when the mark comes one byte at a time', async () => {
    const le = Buffer.from('\ufeff' + text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const size of [1, 3, 64]) {
      expect(await decoded(le, size)).toBe('\ufeff' + text);
      expect(await decoded(be, size)).toBe('\ufeff' + text);
    }
  });

  it('calls text with a NUL byte binary and refuses invalid UTF-8 and UTF-16', async () => {
    await expect(decoded(Buffer.from([0x41, 0x00, 0x42]), 64)).rejects.toThrow('is a binary file, not text');
    await expect(decoded(Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), 64)).rejects.toThrow('is not valid UTF-8 text');
    await expect(decoded(Buffer.from([0xff, 0xfe, 0x00, 0xd8]), 64)).rejects.toThrow('is not valid UTF-16 text'); // a lone surrogate
  });

  it('decodes an empty stream and a one-byte text', async () => {
    expect(await decoded(new Uint8Array(0), 1)).toBe('');
    expect(await decoded(Buffer.from('7'), 1)).toBe('7');
  });
});

describe('textLines', () => {
  it('splits lines across chunks, drops \\r before \\n and a mark before the first line, and counts UTF-8 bytes', async () => {
    const got = [];
    for await (const line of textLines(strings(['\ufeff{"a":', '1}\r\n淄', '博\n\nlast']))) got.push(line);
    expect(got).toEqual([
      { line: '{"a":1}', bytes: 9 },
      { line: '淄博', bytes: 7 },
      { line: '', bytes: 1 },
      { line: 'last', bytes: 5 },
    ]);
  });

  it('reads one line of many chunks whole', async () => {
    const parts = Array.from({ length: 2000 }, (_, k) => `part${k},`);
    const got = [];
    for await (const { line } of textLines(strings([...parts, '\n']))) got.push(line);
    expect(got).toEqual([parts.join('')]);
  });
});
