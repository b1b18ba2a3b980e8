// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { highlightNameOf } from '../../../lib/page/highlight-names';
import type { PageFact } from '../../../lib/page/facts';
import { createHighlighter, FLASH_MS } from '../../../lib/page/highlight';
import { MARK_TAG } from '../../../lib/page/highlight-names';
import { unwrapMarks, wrapSpans } from '../../../lib/page/mark-wrap';
import { collectTextRuns, rangeFromSpans, spansForOffsets, type TextSpan } from '../../../lib/page/text-map';

const figure = (text: string): Annotation => ({ kind: 'figure', start: 0, end: text.length, text, figure: { type: 'other', value: 1, approx: false } });
const place = (text: string, level: 'county' | 'foreign'): Annotation => ({ kind: 'place', start: 0, end: text.length, text, place: { name: text, level } });

// A fact for the first occurrence of each annotation's text in the body's visible text.
function factsOf(...annotations: Annotation[]): PageFact[] {
  const runs = collectTextRuns(document.body);
  return annotations.map((annotation, id) => {
    const run = runs.find((r) => r.text.includes(annotation.text))!;
    const start = run.text.indexOf(annotation.text);
    const spans = spansForOffsets(run, start, start + annotation.text.length);
    return { id, annotation, spans, range: rangeFromSpans(spans), highlight: highlightNameOf(annotation) };
  });
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const PAGE = '<p>淄川区生产总值<strong>3642.40</strong>亿元，同比增长<b>5</b>.2%。</p><p>东京新增就业86349人。</p>';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the highlighter with the CSS Custom Highlight API', () => {
  function stubHighlightApi(): Map<string, Set<Range> & { priority?: number }> {
    const highlights = new Map<string, Set<Range>>();
    vi.stubGlobal('Highlight', class extends Set<Range> {});
    vi.stubGlobal('CSS', { highlights });
    return highlights;
  }

  it('registers one highlight per category and shade, leaving the DOM and its styles untouched', () => {
    const highlights = stubHighlightApi();
    document.body.innerHTML = PAGE;
    const facts = factsOf(place('淄川区', 'county'), figure('3642.40亿元'), figure('5.2%'), place('东京', 'foreign'), figure('86349人'));
    const highlighter = createHighlighter();

    highlighter.show(facts);

    expect(highlighter.changesDom).toBe(false);
    expect(document.body.innerHTML).toBe(PAGE);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    const texts = (name: string) => [...highlights.get(name)!].map(String);
    expect(texts('newsfacts-figure')).toEqual(['3642.40亿元', '5.2%', '86349人']);
    expect(texts('newsfacts-place-county')).toEqual(['淄川区']);
    expect(texts('newsfacts-place-other')).toEqual(['东京']);

    highlighter.hide([facts[0]]);
    expect(highlights.has('newsfacts-place-county')).toBe(false);
    highlighter.clear();
    expect(highlights.size).toBe(0);
  });

  it('flashes a fact above the others for a moment', () => {
    vi.useFakeTimers();
    const highlights = stubHighlightApi();
    document.body.innerHTML = PAGE;
    const [fact] = factsOf(figure('86349人'));
    const highlighter = createHighlighter();

    highlighter.flash(fact);
    expect([...highlights.get('newsfacts-flash')!].map(String)).toEqual(['86349人']);
    expect(highlights.get('newsfacts-flash')!.priority).toBe(2);
    vi.advanceTimersByTime(FLASH_MS);
    expect(highlights.has('newsfacts-flash')).toBe(false);
  });
});

describe('the highlighter without the API (marks)', () => {
  it('wraps each fact, across inline elements, in marks a user style sheet can colour', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.textContent;
    const highlighter = createHighlighter();

    highlighter.show(factsOf(place('淄川区', 'county'), figure('3642.40亿元'), figure('5.2%'), place('东京', 'foreign')));

    expect(highlighter.changesDom).toBe(true);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-kind'), m.getAttribute('data-level')])).toEqual([
      ['淄川区', 'place', 'county'],
      ['3642.40', 'figure', null],
      ['亿元', 'figure', null],
      ['5', 'figure', null],
      ['.2%', 'figure', null],
      ['东京', 'place', 'other'],
    ]);
    expect(document.body.textContent).toBe(before);
  });

  it('restores the identical DOM, down to the original Text objects, whatever is hidden first', () => {
    document.body.innerHTML = PAGE;
    const nodes = textNodes();
    const facts = factsOf(place('淄川区', 'county'), figure('生产总值'), figure('3642.40亿元'), figure('5.2%'), figure('86349人'));
    const highlighter = createHighlighter();
    highlighter.show(facts);

    highlighter.hide([facts[1], facts[3]]);
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['淄川区', '3642.40', '亿元', '86349人']);
    highlighter.clear();

    expect(document.body.innerHTML).toBe(PAGE);
    textNodes().forEach((node, i) => expect(node).toBe(nodes[i]));
  });

  it('restores any text split into any nodes after wrapping any spans and unwrapping in any order', () => {
    const pieces = fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(pieces, fc.array(fc.nat(), { maxLength: 8 }), fc.func(fc.integer()), (parts, cuts, order) => {
        document.body.innerHTML = '';
        const paragraph = document.createElement('p');
        parts.forEach((part, i) => {
          const holder = i % 2 ? document.createElement('b') : paragraph;
          holder.append(document.createTextNode(part));
          if (holder !== paragraph) paragraph.append(holder);
        });
        document.body.append(paragraph);
        const html = document.body.innerHTML;
        const nodes = textNodes();
        const [run] = collectTextRuns(document.body);
        const bounds = [...new Set(cuts.map((c) => c % (run.text.length + 1)))].sort((a, b) => a - b);
        const requests: Array<{ spans: TextSpan[]; attributes: Record<string, string> }> = [];
        for (let i = 0; i + 1 < bounds.length; i += 2) requests.push({ spans: spansForOffsets(run, bounds[i], bounds[i + 1]), attributes: {} });

        const wrapped = wrapSpans(requests);
        const shuffled = wrapped.map((marks, i) => ({ marks, key: order(i) })).sort((a, b) => a.key - b.key);
        for (const { marks } of shuffled) unwrapMarks(marks);

        expect(document.body.innerHTML).toBe(html);
        textNodes().forEach((node, i) => expect(node).toBe(nodes[i]));
      }),
    );
  });
});
