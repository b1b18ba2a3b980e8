// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { ChunkBuilder, spansInChunk, type Chunk } from '../../lib/page/chunks';
import { placesBySentence } from '../../lib/page/sentences';
import { collectTextRuns } from '../../lib/page/text-map';

function chunksOf(html: string, maxChars: number): Chunk[] {
  document.body.innerHTML = html;
  const builder = new ChunkBuilder(maxChars);
  const chunks: Chunk[] = [];
  for (const run of collectTextRuns(document.body)) {
    const full = builder.add(run);
    if (full) chunks.push(full);
  }
  const last = builder.take();
  return last ? [...chunks, last] : chunks;
}

describe('ChunkBuilder', () => {
  it('joins whole runs with line breaks up to the size, never splitting one', () => {
    const chunks = chunksOf('<p>一二三四</p><p>五六</p><p>七八九十一二三四五六</p><p>甲</p>', 8);
    expect(chunks.map((c) => c.text)).toEqual(['一二三四\n五六', '七八九十一二三四五六', '甲']);
    expect(chunks[0].starts).toEqual([0, 5]);
  });

  it('maps chunk offsets back to text spans, and refuses matches across runs', () => {
    const [chunk] = chunksOf('<p>投资<b>12</b>亿元</p><p>3%</p>', 100);
    const at = (text: string) => chunk.text.indexOf(text);
    const spans = spansInChunk(chunk, at('12'), at('12') + 4)!;
    expect(spans.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['12', '亿元']);
    expect(spansInChunk(chunk, at('3%'), at('3%') + 2)!.map((s) => s.node.data)).toEqual(['3%']);
    expect(spansInChunk(chunk, at('亿元'), at('3%') + 1)).toBeUndefined();
  });
});

describe('placesBySentence', () => {
  const place = (text: string, start: number): Annotation => ({ kind: 'place', start, end: start + text.length, text, place: { name: text, level: 'county' } });
  const figure = (text: string, start: number): Annotation => ({ kind: 'figure', start, end: start + text.length, text, figure: { type: 'money', value: 1, approx: false } });
  function links(text: string, ...names: string[]): Record<string, string> {
    const annotations = names
      .map((name) => ({ name, start: text.indexOf(name) }))
      .sort((a, b) => a.start - b.start)
      .map(({ name, start }) => (/\d/.test(name) ? figure(name, start) : place(name, start)));
    const found: Record<string, string> = {};
    for (const [f, p] of placesBySentence(text, annotations)) found[annotations[f].text] = annotations[p].text;
    return found;
  }

  it('links each figure to the nearest place of its own sentence', () => {
    const text = '淄川区全年投资12亿元，博山区完成8亿元。周村区未公布数字，新增3000户。\n张店区\n增长5%';
    expect(links(text, '淄川区', '12亿元', '博山区', '8亿元', '周村区', '3000户', '张店区', '5%')).toEqual({
      '12亿元': '淄川区',
      '8亿元': '博山区',
      '3000户': '周村区',
    });
  });

  it('prefers the place before a figure when two are as near', () => {
    expect(links('淄川区12亿元沂源县', '淄川区', '12亿元', '沂源县')).toEqual({ '12亿元': '淄川区' });
    expect(links('Zibo spent 5.2 billion yuan. Linzi grew', 'Zibo', '5.2 billion yuan', 'Linzi')).toEqual({ '5.2 billion yuan': 'Zibo' });
  });
});
