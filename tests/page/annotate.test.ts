// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { annotatePage } from '../../lib/page/annotate';
import { MARK_TAG } from '../../lib/page/mark-wrap';

// A stand-in extractor: amounts in 亿元 are figures, 淄博 is a place.
function find(text: string): Annotation[] {
  return [...text.matchAll(/[\d.]+亿元|淄博/g)].map((m) => {
    const base = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
    return m[0] === '淄博'
      ? { ...base, kind: 'place', place: { name: '淄博', level: 'prefecture' } }
      : { ...base, kind: 'figure', figure: { type: 'money', value: Number.parseFloat(m[0]) * 1e8, unit: 'CNY', approx: false } };
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

it('highlights the figures of every visible block, and nothing else', () => {
  document.body.innerHTML =
    '<h1>淄博投资<b>12</b>亿元</h1><p>签约3.5亿元</p><p hidden>9亿元</p>' +
    '<p>4</p><p>亿元</p><script>"7亿元"</script>';
  const texts: string[] = [];

  const highlighting = annotatePage(document, (text) => {
    texts.push(text);
    return find(text);
  });

  expect(highlighting.count).toBe(2);
  expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['12', '亿元', '3.5亿元']);
  // one call over the visible blocks, each on its own line
  expect(texts).toEqual(['淄博投资12亿元\n签约3.5亿元\n4\n亿元']);
});
