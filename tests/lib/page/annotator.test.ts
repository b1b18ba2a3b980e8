// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import type { ExtractResponse } from '../../../lib/messaging/protocol';
import { PageAnnotator } from '../../../lib/page/annotator';
import type { PageFact } from '../../../lib/page/facts';
import { createHighlighter, type Highlighter } from '../../../lib/page/highlight';
import { MARK_TAG } from '../../../lib/page/highlight-names';
import { textRuns } from '../../../lib/page/text-map';
import { fakeEngine, findFacts } from './fake-engine';

const PAGE =
  '<h1>淄川区一季度投资<b>12</b>亿元</h1><p>博山区增长5.2%，沂源县增长3.1%。</p><p>全区完成8亿元。</p>';

const marked = () => [...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent).join('|');

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function annotator(extract = fakeEngine().extract, categories = { figure: true, place: true }) {
  const onChange = vi.fn();
  const instance = new PageAnnotator({
    extract,
    highlighter: createHighlighter(),
    isShown: (annotation: Annotation) => categories[annotation.kind],
    onChange,
    chunkChars: 20,
  });
  return { instance, onChange, categories };
}

describe('PageAnnotator', () => {
  it('sends whole runs in chunks and shows every fact found', async () => {
    document.body.innerHTML = PAGE;
    const engine = fakeEngine();
    const { instance, onChange } = annotator(engine.extract);

    await instance.annotate(textRuns(document.body));

    expect(engine.calls).toEqual([
      '淄川区一季度投资12亿元',
      '博山区增长5.2%，沂源县增长3.1%。',
      '全区完成8亿元。',
    ]);
    expect(instance.index.all().map((f) => f.annotation.text)).toEqual(['淄川区', '12亿元', '博山区', '5.2%', '沂源县', '3.1%', '8亿元']);
    expect(marked()).toBe('淄川区|12|亿元|博山区|5.2%|沂源县|3.1%|8亿元');
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('shows a chunk of many facts a few at a time, each few in a task of its own, breaking only between text nodes', async () => {
    document.body.innerHTML = '<p>淄川区增长<b>5.2%</b>，<b>博山区</b>增长<b>3.1%</b>，<b>沂源县</b>投资<b>8亿元</b>。</p><p>博山区投资2亿元，增长3%</p>';
    const highlighter = createHighlighter();
    const batches: string[][] = [];
    const show = highlighter.show.bind(highlighter);
    highlighter.show = (facts) => (batches.push(facts.map((f) => f.annotation.text)), show(facts));
    // no time limit: on a busy machine the clock would end slices at other places than the count
    const instance = new PageAnnotator({ extract: fakeEngine().extract, highlighter, isShown: () => true, onChange: vi.fn(), factsPerSlice: 2, sliceMs: Infinity });

    await instance.annotate(textRuns(document.body));

    // the last three share a text node, so they go together though a slice holds two
    expect(batches).toEqual([['淄川区', '5.2%'], ['博山区', '3.1%'], ['沂源县', '8亿元'], ['博山区', '2亿元', '3%']]);
  });

  it('gives each figure the rates that qualify it, for its card', async () => {
    document.body.innerHTML = '<p>博山区投资12亿元，增长5.2%，占计划的30%。</p>';
    // the engine links each rate to the figure before it, as lib/facts/relations.ts does
    const extract = async (text: string): Promise<ExtractResponse> => {
      const annotations = findFacts(text);
      const money = annotations.find((a) => a.text === '12亿元')!;
      for (const a of annotations) if (a.kind === 'figure' && a.text.endsWith('%')) a.figure.qualifies = { start: money.start, end: money.end, relation: a.text === '30%' ? 'share' : 'change' };
      return { lang: 'zh', annotations };
    };
    const { instance } = annotator(extract);
    await instance.annotate(textRuns(document.body));
    const ratesOf = (text: string) => instance.index.all().find((f) => f.annotation.text === text)?.rates?.map((r) => r.annotation.text);
    expect(ratesOf('12亿元')).toEqual(['5.2%', '30%']);
    expect(ratesOf('5.2%')).toBeUndefined();
  });

  it('shows only the categories switched on, and follows a change', async () => {
    document.body.innerHTML = PAGE;
    const { instance, categories } = annotator(undefined, { figure: true, place: false });
    await instance.annotate(textRuns(document.body));
    expect(marked()).toBe('12|亿元|5.2%|3.1%|8亿元');
    expect(instance.shown()).toHaveLength(4);

    Object.assign(categories, { figure: false, place: true });
    instance.refresh();
    expect(marked()).toBe('淄川区|博山区|沂源县');
  });

  it('drops work under way when cleared, and restores the page', async () => {
    document.body.innerHTML = PAGE;
    let answer: (response: ExtractResponse) => void = () => {};
    const { instance } = annotator((text) => new Promise((resolve) => (answer = () => resolve({ lang: 'zh', annotations: findFacts(text) }))));
    const annotating = instance.annotate(textRuns(document.body));
    instance.clear();
    answer({ lang: 'zh', annotations: [] });
    await annotating;
    expect(instance.index.size).toBe(0);
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('keeps going when the engine fails on a chunk', async () => {
    document.body.innerHTML = PAGE;
    const engine = fakeEngine();
    let first = true;
    const { instance } = annotator(async (text) => {
      if (first) {
        first = false;
        throw new Error('Could not establish connection');
      }
      return engine.extract(text);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await instance.annotate(textRuns(document.body));
    expect(instance.index.all().map((f) => f.annotation.text)).toEqual(['博山区', '5.2%', '沂源县', '3.1%', '8亿元']);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('stops before the first run past its budget and says where to go on', async () => {
    document.body.innerHTML = PAGE;
    const engine = fakeEngine();
    const { instance } = annotator(engine.extract);
    const left = await instance.annotate(textRuns(document.body), 10);
    expect(engine.calls).toEqual(['淄川区一季度投资12亿元']);
    expect(left?.next.text).toBe('博山区增长5.2%，沂源县增长3.1%。');
    await instance.annotate(left!.rest);
    expect(engine.calls.slice(1)).toEqual(['全区完成8亿元。']);
  });

  it('makes no fact of text the page took out while the engine read it (a ticker)', async () => {
    document.body.innerHTML = PAGE;
    const engine = fakeEngine();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { instance } = annotator(async (text) => {
      if (text.startsWith('博山区')) document.querySelector('p')!.remove();
      return engine.extract(text);
    });
    await instance.annotate(textRuns(document.body));
    expect(instance.index.all().map((f) => f.annotation.text)).toEqual(['淄川区', '12亿元', '8亿元']);
    expect(warn).not.toHaveBeenCalled();
  });

  describe('a preview of the first screenful', () => {
    /** Highlights as the CSS Custom Highlight API makes them, leaving the DOM as it is: the texts shown, in order. */
    function rangeHighlighter(): Highlighter & { texts(): string[] } {
      const shown = new Set<PageFact>();
      return {
        changesDom: false,
        show: (facts) => facts.forEach((fact) => shown.add(fact)),
        hide: (facts) => facts.forEach((fact) => shown.delete(fact)),
        flash: () => {},
        clear: () => shown.clear(),
        texts: () => [...shown].sort((a, b) => a.annotation.start - b.annotation.start).map((fact) => fact.annotation.text),
      };
    }

    // The engine answers a preview with figures alone, as a background still loading its places does.
    function previewEngine() {
      const calls: Array<[string, boolean]> = [];
      let answerChunk: () => void = () => {};
      const extract = (text: string, preview = false): Promise<ExtractResponse> => {
        calls.push([text, preview]);
        const annotations = findFacts(text).filter((a) => !preview || a.kind === 'figure');
        if (preview) return Promise.resolve({ lang: 'zh', annotations });
        return new Promise((resolve) => (answerChunk = () => resolve({ lang: 'zh', annotations })));
      };
      return { calls, extract, answerChunk: () => answerChunk() };
    }

    it('goes ahead of the first chunk, and its facts give way to the chunk’s', async () => {
      document.body.innerHTML = PAGE;
      const engine = previewEngine();
      const highlighter = rangeHighlighter();
      const instance = new PageAnnotator({ extract: engine.extract, highlighter, isShown: () => true, onChange: () => {}, previewChars: 15 });
      const annotating = instance.annotate(textRuns(document.body), Infinity, true);
      await vi.waitFor(() => expect(engine.calls).toHaveLength(2));
      expect(engine.calls).toEqual([
        ['淄川区一季度投资12亿元\n博山区增长5.2%，沂源县增长3.1%。', true],
        ['淄川区一季度投资12亿元\n博山区增长5.2%，沂源县增长3.1%。\n全区完成8亿元。', false],
      ]);
      await vi.waitFor(() => expect(highlighter.texts()).toEqual(['12亿元', '5.2%', '3.1%']));
      engine.answerChunk();
      await annotating;
      expect(highlighter.texts()).toEqual(['淄川区', '12亿元', '博山区', '5.2%', '沂源县', '3.1%', '8亿元']);
      expect(instance.index.all().map((f) => f.annotation.text)).toEqual(highlighter.texts());
    });

    it('is not sent for a text shorter than a screenful, nor where highlights are marks in the DOM', async () => {
      document.body.innerHTML = PAGE;
      const short = previewEngine();
      const annotating = new PageAnnotator({ extract: short.extract, highlighter: rangeHighlighter(), isShown: () => true, onChange: () => {}, previewChars: 100 }).annotate(textRuns(document.body), Infinity, true);
      await vi.waitFor(() => expect(short.calls).toHaveLength(1));
      short.answerChunk();
      await annotating;
      expect(short.calls.map(([, preview]) => preview)).toEqual([false]);

      const marks = previewEngine();
      const marking = new PageAnnotator({ extract: marks.extract, highlighter: createHighlighter(), isShown: () => true, onChange: () => {}, previewChars: 15 }).annotate(textRuns(document.body), Infinity, true);
      await vi.waitFor(() => expect(marks.calls).toHaveLength(1));
      marks.answerChunk();
      await marking;
      expect(marks.calls.map(([, preview]) => preview)).toEqual([false]);
      expect(marked()).toBe('淄川区|12|亿元|博山区|5.2%|沂源县|3.1%|8亿元');
    });
  });
});
