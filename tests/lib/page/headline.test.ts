// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findHeadline } from '../../../lib/page/headline';
import { measurePage } from '../../../lib/page/text-amounts';

function headlineOf(title: string, body: string): Element | undefined {
  document.title = title;
  document.body.innerHTML = body;
  return findHeadline(document, measurePage(document).texts);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findHeadline', () => {
  it("finds the story's part of the title in a table cell, not the site's name in the logo", () => {
    const headline = headlineOf('我县春季造林任务全面完成_临朐县人民政府', `
      <h1 class="logo">临朐县人民政府</h1>
      <table><tr><td class="bt">我县春季造林任务全面完成</td></tr><tr><td><p>截至4月20日，全县共完成春季造林2.3万亩。</p></td></tr></table>`);
    expect(headline?.className).toBe('bt');
  });

  it('takes a heading that says a little more than the title, and not a link to a namesake', () => {
    const headline = headlineOf('Harbour expansion to double container capacity | Coastal Tribune', `
      <ul><li><a href="/a">Harbour expansion to double container capacity</a></li></ul>
      <div class="hero"><h1>Harbour expansion to double container capacity by 2028</h1></div>`);
    expect(headline?.tagName).toBe('H1');
  });

  it("splits a blog's title at a colon", () => {
    const headline = headlineOf('Ridgeway Rambles: Walking the old canal towpath, all 23 miles', `
      <h1 class="blog-title"><a href="/">Ridgeway Rambles</a></h1>
      <h3 class="post-title">Walking the old canal towpath, all 23 miles</h3>`);
    expect(headline?.className).toBe('post-title');
  });

  it('falls back to the first <h1> when no text matches the title', () => {
    expect(headlineOf('Home', '<h1>Night buses return</h1><p>Buses run every 30 minutes.</p>')?.textContent).toBe('Night buses return');
  });
});
