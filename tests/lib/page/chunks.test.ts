// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ChunkBuilder, spansInChunk, type Chunk } from '../../../lib/page/chunks';
import { collectTextRuns } from '../../../lib/page/text-map';

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
