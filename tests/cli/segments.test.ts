import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeIndex, type RunSettings } from '../../cli/annotate';
import { annotateLargeFile, segments, shifted } from '../../cli/segments';
import { extract } from '../../lib/extract';

async function* strings(parts: string[]) {
  yield* parts;
}

async function cut(text: string, chunk: number, size: number): Promise<string[]> {
  const parts = [];
  for (let k = 0; k < text.length; k += chunk) parts.push(text.slice(k, k + chunk));
  const out = [];
  for await (const s of segments(strings(parts), size)) out.push(s);
  return out;
}

describe('segments', () => {
  it('cuts after a line end once a segment has its size, and loses nothing', async () => {
    const text = Array.from({ length: 30 }, (_, k) => `第${k}段，新增就业${k * 10}人。`).join('\n');
    const got = await cut(text, 7, 40);
    expect(got.join('')).toBe(text);
    for (const s of got.slice(0, -1)) {
      expect(s.length).toBeGreaterThanOrEqual(40);
      expect(s.endsWith('\n')).toBe(true);
    }
  });

  it('cuts a text without line ends at twice the size, never inside a surrogate pair', async () => {
    const text = '𠀋'.repeat(50); // 100 code units, pairs at even offsets
    const got = await cut(text, 3, 9);
    expect(got.join('')).toBe(text);
    for (const s of got) expect(/^(?:[\ud800-\udbff][\udc00-\udfff])+$/.test(s)).toBe(true);
    expect(Math.max(...got.map((s) => s.length))).toBeLessThanOrEqual(18);
  });
});

describe('shifted', () => {
  it("moves an annotation's span and the spans it carries, and nothing else", () => {
    const a = { kind: 'figure', start: 3, end: 8, text: '3.2亿元', figure: { type: 'money', value: 320000000, measure: { text: '投资', start: 1, end: 3 }, sentence: { start: 0, end: 12 } } };
    expect(shifted(a, 100)).toEqual({ ...a, start: 103, end: 108, figure: { ...a.figure, measure: { text: '投资', start: 101, end: 103 }, sentence: { start: 100, end: 112 } } });
  });
});

describe('annotateLargeFile', () => {
  it('writes one JSON document whose offsets index the whole file, with the figures of the whole text', { timeout: 300_000 }, async () => {
    const text = Array.from({ length: 12 }, (_, k) => `2023年，淄博市第${k + 1}个项目完成投资${k + 2}.5亿元，带动就业${300 + k}人。`).join('\n') + '\n';
    const path = join(mkdtempSync(join(tmpdir(), 'newsfacts-large-')), 'year.txt');
    writeFileSync(path, text);
    const settings: RunSettings = { lang: 'auto', format: 'json', target: 'stream', startedAt: '2024-01-01T00:00:00.000Z' };
    let out = '';
    const counts = await annotateLargeFile(path, settings, async (s) => void (out += s), 100);
    expect(out.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ source: path, lang: 'zh', textLength: text.length });
    expect(counts).toEqual({ facts: doc.annotations.length, chars: text.length });
    for (const a of doc.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    const figures = (list: any[]) => list.filter((a) => a.kind === 'figure');
    // the figures and what they are about, as the whole text gives them (each segment names its place)
    expect(figures(doc.annotations)).toEqual(figures(extract(text, { lang: 'zh', places: await placeIndex(), villageProvinces: ['37'] })));
    expect(doc.annotations.filter((a: any) => a.kind === 'place')).toHaveLength(12);
  });

  it('fails before writing anything when the file is not text', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsfacts-large-')), 'big.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('淄博市'.repeat(100)), Buffer.from([0xc4, 0xe3])]));
    let out = '';
    await expect(annotateLargeFile(path, { lang: 'auto', format: 'json', target: 'stream', startedAt: '' }, async (s) => void (out += s), 10)).rejects.toThrow('is not valid UTF-8 text');
    expect(out).toBe('');
  });
});
