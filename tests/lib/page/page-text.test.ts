// @vitest-environment happy-dom
// The page text saved items are described against: runs joined as the chunks join them, a Range
// (the reader's selection, a fact's range) mapped to offsets in it, and offsets back to a Range.
import { beforeEach, describe, expect, it } from 'vitest';
import { ChunkBuilder } from '../../../lib/page/chunks';
import { joinRuns, offsetsOf, rangeAt } from '../../../lib/page/page-text';
import { collectTextRuns, UI_ATTRIBUTE } from '../../../lib/page/text-map';

const PAGE = `<h1>淄川区大棚蔬菜喜获丰收</h1><p id="a">全区新建大棚<b>120</b>个，<i>投资</i>1.35亿元。</p>
<p id="b">   </p><p id="c">龙泉镇台头村种植面积达1500多亩。</p><div ${UI_ATTRIBUTE}><input id="field" value="备注"></div>`;

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

const page = () => joinRuns(collectTextRuns(document.body));
const byId = (id: string) => document.getElementById(id)!;

describe('the page text', () => {
  it('is the runs joined by line breaks, blank runs left out, as the annotator’s chunks are', () => {
    const builder = new ChunkBuilder();
    for (const run of collectTextRuns(document.body)) if (run.text.trim()) builder.add(run);
    expect(page().text).toBe(builder.take()!.text);
    const { nodes, starts, text } = page();
    nodes.forEach((node, i) => expect(text.slice(starts[i], starts[i] + node.length)).toBe(node.data));
    expect(page().text).toBe('淄川区大棚蔬菜喜获丰收\n全区新建大棚120个，投资1.35亿元。\n龙泉镇台头村种植面积达1500多亩。');
  });
});

describe('a Range as offsets in the page text', () => {
  it('maps a selection inside and across text nodes', () => {
    const text = page();
    const range = document.createRange();
    range.setStart(byId('a').firstChild!, 4); // 大棚
    range.setEnd(byId('a').lastChild!, 6); // …1.35亿元
    const at = offsetsOf(text, range)!;
    expect(text.text.slice(at.start, at.end)).toBe('大棚120个，投资1.35亿元');
  });

  it('maps a selection across paragraphs given by element boundaries, trimmed of white space', () => {
    const text = page();
    const range = document.createRange();
    range.setStart(byId('a'), 0);
    range.setEnd(byId('c'), 0); // a triple-click on #a ends at the start of the next block
    const at = offsetsOf(text, range)!;
    expect(text.text.slice(at.start, at.end)).toBe('全区新建大棚120个，投资1.35亿元。');
    range.setEnd(byId('c').firstChild!, 6);
    const across = offsetsOf(text, range)!;
    expect(text.text.slice(across.start, across.end)).toBe('全区新建大棚120个，投资1.35亿元。\n龙泉镇台头村');
  });

  it('gives nothing for a selection outside the page text (white space only, or our own UI)', () => {
    const text = page();
    const blank = document.createRange();
    blank.selectNodeContents(byId('b'));
    expect(offsetsOf(text, blank)).toBeUndefined();
    const ui = document.createRange();
    ui.selectNode(byId('field'));
    expect(offsetsOf(text, ui)).toBeUndefined();
  });

  it('maps offsets back to a Range, across runs too', () => {
    const text = page();
    const start = text.text.indexOf('120');
    expect(rangeAt(text, { start, end: start + 4 })!.toString()).toBe('120个');
    const from = text.text.indexOf('1.35');
    // the DOM between the paragraphs (white space, the blank one) lies inside the range too
    expect(rangeAt(text, { start: from, end: text.text.indexOf('台头村') })!.toString().replace(/\s+/g, '')).toBe('1.35亿元。龙泉镇');
    expect(offsetsOf(text, rangeAt(text, { start, end: start + 4 })!)).toEqual({ start, end: start + 4 });
  });
});
