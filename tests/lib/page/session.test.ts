// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { createHighlighter } from '../../../lib/page/highlight';
import { MARK_TAG } from '../../../lib/page/highlight-names';
import { PageSession } from '../../../lib/page/session';
import { fakeEngine } from './fake-engine';

const PAGE = `<div class="nav">首页 | 投资9亿元专题</div>
<article><h1>淄川区一季度投资12亿元</h1><div class="TRS_Editor" id="body"><p id="first">博山区增长5.2%。</p></div>
<div id="more" hidden><p>沂源县增长3.1%。</p></div>
<div class="comment-list" id="comments"><p>网友：我们村投资1亿元</p></div></article>`;

let engine: ReturnType<typeof fakeEngine>;
let session: PageSession;
let original: string;

const facts = () => session.annotator.index.all().map((f) => f.annotation.text);
const sent = () => engine.calls;
// The watcher waits for the page to rest before it reads what changed.
const settled = (check: () => void) => expect.poll(() => (check(), true), { timeout: 3000, interval: 50 }).toBe(true);

beforeEach(async () => {
  document.body.innerHTML = PAGE;
  original = document.body.innerHTML;
  engine = fakeEngine();
  session = new PageSession({
    document,
    scope: 'article',
    extract: engine.extract,
    highlighter: createHighlighter(),
    isShown: (_: Annotation) => true,
    onChange: () => {},
  });
  await session.start();
});

afterEach(() => {
  session.stop();
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('annotates the article only, boilerplate and hidden parts left out', () => {
    expect(facts()).toEqual(['淄川区', '12亿元', '博山区', '5.2%']);
    expect(sent()).toEqual(['淄川区一季度投资12亿元\n博山区增长5.2%。']);
  });

  it('annotates paragraphs added later, and only them', async () => {
    document.querySelector('#body')!.insertAdjacentHTML('beforeend', '<p>沂源县完成7亿元。</p><p>淄川区增长4%。</p>');
    await settled(() => expect(facts()).toEqual(['淄川区', '12亿元', '博山区', '5.2%', '沂源县', '7亿元', '淄川区', '4%']));
    expect(sent().slice(1)).toEqual(['沂源县完成7亿元。\n淄川区增长4%。']);
  });

  it('annotates text that a "read more" button reveals', async () => {
    document.querySelector('#more')!.removeAttribute('hidden');
    await settled(() => expect(facts()).toContain('3.1%'));
    expect(sent().slice(1)).toEqual(['沂源县增长3.1%。']);
  });

  it('re-reads a paragraph whose text changed, and drops the facts of removed ones', async () => {
    document.querySelector('#first')!.textContent = '博山区增长6.3%。';
    await settled(() => expect(facts()).toEqual(['淄川区', '12亿元', '博山区', '6.3%']));
    document.querySelector('h1')!.remove();
    await settled(() => expect(facts()).toEqual(['博山区', '6.3%']));
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
  });

  it('ignores comments loaded later and its own marks', async () => {
    document.querySelector('#comments')!.insertAdjacentHTML('beforeend', '<p>网友：投资2亿元</p>');
    document.querySelector('#body')!.insertAdjacentHTML('beforeend', '<p>全年8亿元。</p>');
    await settled(() => expect(facts()).toContain('8亿元'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent()).toEqual(['淄川区一季度投资12亿元\n博山区增长5.2%。', '全年8亿元。']);
  });

  it('restores the page exactly when stopped', () => {
    session.stop();
    expect(document.body.innerHTML).toBe(original);
  });
});
