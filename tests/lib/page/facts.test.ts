// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { FactIndex, type PageFact } from '../../../lib/page/facts';
import { factAtPoint } from '../../../lib/page/hit-test';
import { collectTextRuns, rangeFromSpans, spansForOffsets } from '../../../lib/page/text-map';

const PAGE = '<p id="a">淄川区投资<b>3642.40</b>亿元，增长4.6%</p><p id="b">新增就业8523人，低保3105户</p>';

// Facts for the given texts, each at its first occurrence, with ids in the order given.
function factsFor(...texts: string[]): PageFact[] {
  const runs = collectTextRuns(document.body);
  return texts.map((text, id) => {
    const run = runs.find((r) => r.text.includes(text))!;
    const start = run.text.indexOf(text);
    const spans = spansForOffsets(run, start, start + text.length);
    const annotation = { kind: 'figure', start, end: start + text.length, text, figure: { type: 'other', value: 0, approx: false } } as Annotation;
    return { id, annotation, spans, range: rangeFromSpans(spans), highlight: 'newsfacts-figure' };
  });
}

const texts = (facts: readonly PageFact[]) => facts.map((f) => f.annotation.text);
const all = () => true;

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('FactIndex', () => {
  it('keeps facts in document order however they are added', () => {
    const index = new FactIndex();
    const [a, b, c, d, e] = factsFor('淄川区', '3642.40亿元', '4.6%', '8523人', '3105户');
    index.insert([d, e]);
    index.insert([a, c]);
    index.insert([b]);
    expect(texts(index.all())).toEqual(['淄川区', '3642.40亿元', '4.6%', '8523人', '3105户']);
    expect(index.byId(c.id)).toBe(c);
  });

  it('finds the facts at a caret position, the one in a text node split by markup too', () => {
    const index = new FactIndex();
    index.insert(factsFor('淄川区', '3642.40亿元', '4.6%', '8523人'));
    const bold = document.querySelector('b')!.firstChild!;
    const second = document.querySelector('#b')!.firstChild!;
    expect(texts(index.at(bold, 2))).toEqual(['3642.40亿元']);
    expect(texts(index.at(second, 6))).toEqual(['8523人']);
    expect(texts(index.at(second, 1))).toEqual([]);
    // at the end of 淄川区, where 投资 begins: only the fact that ends there
    expect(texts(index.at(document.querySelector('#a')!.firstChild!, 3))).toEqual(['淄川区']);
  });

  it('lists the facts inside a block and removes what is asked', () => {
    const index = new FactIndex();
    index.insert(factsFor('淄川区', '3642.40亿元', '4.6%', '8523人', '3105户'));
    expect(texts(index.within(document.querySelector('#b')!))).toEqual(['8523人', '3105户']);
    expect(texts(index.within(document.querySelector('b')!))).toEqual(['3642.40亿元']);

    const removed = index.removeWhere((f) => f.annotation.text.endsWith('人'));
    expect(texts(removed)).toEqual(['8523人']);
    expect(index.byId(removed[0].id)).toBeUndefined();
    expect(index.size).toBe(4);
  });

  it('finds the first fact below a line of the viewport', () => {
    const index = new FactIndex();
    const facts = factsFor('淄川区', '4.6%', '8523人');
    index.insert(facts);
    const bottoms = new Map(facts.map((f, i) => [f.range, 100 + 40 * i]));
    for (const fact of facts) vi.spyOn(fact.range, 'getBoundingClientRect').mockReturnValue({ bottom: bottoms.get(fact.range)! } as DOMRect);
    expect(index.firstBelow(110, all)?.annotation.text).toBe('4.6%');
    expect(index.firstBelow(110, (f) => f.annotation.text !== '4.6%')?.annotation.text).toBe('8523人');
    expect(index.firstBelow(500, all)).toBeUndefined();
  });
});

describe('factAtPoint', () => {
  function pointingAt(node: Node, offset: number, rects: Array<Partial<DOMRect>>) {
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: node, offset }) });
    const index = new FactIndex();
    const facts = factsFor('淄川区', '3642.40亿元');
    for (const fact of facts) vi.spyOn(fact.range, 'getClientRects').mockReturnValue(rects as unknown as DOMRectList);
    index.insert(facts);
    return index;
  }

  it('takes the fact whose text holds the caret and whose boxes hold the point', () => {
    const index = pointingAt(document.querySelector('b')!.firstChild!, 3, [{ left: 10, right: 90, top: 10, bottom: 30 }]);
    expect(factAtPoint(index, document, 50, 20, all)?.annotation.text).toBe('3642.40亿元');
    // a caret in the text, but the pointer beside it (past the end of a line)
    expect(factAtPoint(index, document, 200, 20, all)).toBeUndefined();
    expect(factAtPoint(index, document, 50, 20, () => false)).toBeUndefined();
  });

  it('ignores carets outside the document (the card in its shadow root)', () => {
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    shadow.append('淄川区');
    const index = pointingAt(shadow.firstChild!, 1, [{ left: 0, right: 100, top: 0, bottom: 100 }]);
    expect(factAtPoint(index, document, 50, 50, all)).toBeUndefined();
  });
});
