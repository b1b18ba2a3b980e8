// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextRuns, rangeFromSpans, spansForOffsets, UI_ATTRIBUTE } from '../../../lib/page/text-map';

function runTexts(html: string): string[] {
  document.body.innerHTML = html;
  return collectTextRuns(document.body).map((run) => run.text);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectTextRuns', () => {
  it('keeps inline elements in one run and separates blocks', () => {
    expect(runTexts('<h1>淄博</h1><p>投资<b>3642.40</b>亿元</p><div>前<p>中</p>后</div>')).toEqual([
      '淄博',
      '投资3642.40亿元',
      '前',
      '中',
      '后',
    ]);
  });

  it('skips content that never renders without ending the run', () => {
    expect(
      runTexts(
        '<p>增长<span style="display:none">99</span>12%<script>var a = "5亿元"</script>' +
          '<style>p{}</style><template>7户</template><noscript>8户</noscript><i hidden>9人</i>。</p>',
      ),
    ).toEqual(['增长12%。']);
  });

  it('skips hidden blocks whole, but keeps visible children of visibility:hidden', () => {
    expect(
      runTexts(
        '<div style="display:none"><p>1亿元</p></div>' +
          '<p style="visibility:hidden">隐藏<span style="visibility:visible">可见</span></p>',
      ),
    ).toEqual(['可见']);
  });

  it('ends the run at line breaks, form fields, code, editable regions and extension UI', () => {
    expect(
      runTexts(
        `<p>一<br>二<textarea>3户</textarea>三<input value="4">四<code>x = 5</code>五` +
          `<span contenteditable="true">6人</span>六<span ${UI_ATTRIBUTE}>7人</span>七</p>`,
      ),
    ).toEqual(['一', '二', '三', '四', '五', '六', '七']);
  });

  it('keeps preformatted text', () => {
    expect(runTexts('<pre>全年 86349户</pre>')).toEqual(['全年 86349户']);
  });
});

describe('spansForOffsets', () => {
  it('maps a figure split over several nodes to a range with exactly its text', () => {
    document.body.innerHTML = '<p>全市投资<strong>3642</strong>.40<em>亿</em>元，增长</p>';
    const [run] = collectTextRuns(document.body);
    const start = run.text.indexOf('3642');
    const end = run.text.indexOf('，');
    const spans = spansForOffsets(run, start, end);

    expect(spans.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['3642', '.40', '亿', '元']);
    expect(rangeFromSpans(spans).toString()).toBe('3642.40亿元');
  });

  it('handles offsets on node boundaries and leaves out empty nodes', () => {
    document.body.innerHTML = '<p><b>12</b><i></i><b>%</b>后</p>';
    const [run] = collectTextRuns(document.body);
    run.nodes[1].before(document.createTextNode(''));
    const [fresh] = collectTextRuns(document.body);

    const spans = spansForOffsets(fresh, 0, 3);
    expect(spans.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['12', 0, 2],
      ['%', 0, 1],
    ]);
    expect(spansForOffsets(fresh, 2, 3).map((s) => s.node.data)).toEqual(['%']);
  });
});
