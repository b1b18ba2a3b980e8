// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightFigures } from '../../lib/page/highlight';
import { HIGHLIGHT_NAME } from '../../lib/page/highlight-style';
import { MARK_TAG, wrapSpans } from '../../lib/page/mark-wrap';
import { collectTextRuns, spansForOffsets, type TextSpan } from '../../lib/page/text-map';

// The spans of every occurrence of `figures` in the body's visible text.
function spansOf(...figures: string[]): TextSpan[][] {
  return collectTextRuns(document.body).flatMap((run) =>
    figures
      .filter((figure) => run.text.includes(figure))
      .map((figure) => {
        const start = run.text.indexOf(figure);
        return spansForOffsets(run, start, start + figure.length);
      }),
  );
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const PAGE =
  '<p>全市生产总值<strong>3642.40</strong>亿元，同比增长<b>5</b>.2%。</p><p>新增就业86349人。</p>';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

describe('highlightFigures with the CSS Custom Highlight API', () => {
  it('registers one highlight and a style sheet, leaving the DOM untouched', () => {
    const highlights = new Map<string, Set<Range>>();
    vi.stubGlobal('Highlight', class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    });
    vi.stubGlobal('CSS', { highlights });
    document.body.innerHTML = PAGE;

    const highlighting = highlightFigures(document, spansOf('3642.40亿元', '5.2%', '86349人'));

    expect(document.body.innerHTML).toBe(PAGE);
    expect(highlighting.count).toBe(3);
    expect([...highlights.get(HIGHLIGHT_NAME)!].map(String)).toEqual(['3642.40亿元', '5.2%', '86349人']);
    expect(document.adoptedStyleSheets).toHaveLength(1);

    highlighting.remove();
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('falls back to marks when the style sheet cannot be adopted', () => {
    vi.stubGlobal('Highlight', class extends Set<Range> {});
    vi.stubGlobal('CSS', { highlights: new Map() });
    vi.spyOn(document, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    });
    document.body.innerHTML = PAGE;

    highlightFigures(document, spansOf('86349人'));
    expect(document.querySelector(MARK_TAG)?.textContent).toBe('86349人');
  });
});

describe('highlightFigures without the API (marks)', () => {
  it('wraps each figure, across inline elements, without changing the text', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.textContent;

    const highlighting = highlightFigures(document, spansOf('3642.40亿元', '5.2%', '86349人'));

    expect(highlighting.count).toBe(3);
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual([
      '3642.40', '亿元', '5', '.2%', '86349人',
    ]);
    expect(document.body.textContent).toBe(before);
  });

  it('removal restores the identical DOM, down to the original Text objects', () => {
    document.body.innerHTML = PAGE;
    const nodes = textNodes();

    highlightFigures(document, spansOf('3642.40亿元', '5.2%', '86349人')).remove();

    expect(document.body.innerHTML).toBe(PAGE);
    expect(textNodes()).toEqual(nodes);
    textNodes().forEach((node, i) => expect(node).toBe(nodes[i]));
  });

  it('restores any text split into any nodes after wrapping any spans', () => {
    const pieces = fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(pieces, fc.array(fc.nat(), { maxLength: 8 }), (parts, cuts) => {
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
        const spans: TextSpan[] = [];
        for (let i = 0; i + 1 < bounds.length; i += 2) spans.push(...spansForOffsets(run, bounds[i], bounds[i + 1]));

        wrapSpans(spans)();

        expect(document.body.innerHTML).toBe(html);
        textNodes().forEach((node, i) => expect(node).toBe(nodes[i]));
      }),
    );
  });
});
