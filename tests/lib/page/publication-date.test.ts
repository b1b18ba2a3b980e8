// @vitest-environment happy-dom
// The publication date a page's markup states, read alike from HTML text (the command line) and
// from the DOM (the content script).
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { htmlPublicationDate, htmlTitle, htmlToText } from '../../../lib/html-text';
import { pagePublicationDate } from '../../../lib/page/page-date';
import { datelineDate, documentPublicationDate, textBylineDate, toIsoDate } from '../../../lib/page/publication-date';

const body = '<body><h1>镇里新建文化广场</h1><p>广场占地12亩。</p></body>';

/** The date both readers find in a page made of `head` and `body`. */
function bothReaders(head: string, inBody = ''): [string | undefined, string | undefined] {
  const html = `<!doctype html><html><head>${head}</head>${body.replace('</body>', `${inBody}</body>`)}</html>`;
  const dom = new DOMParser().parseFromString(html, 'text/html');
  return [htmlPublicationDate(html), documentPublicationDate(dom)];
}

describe('the publication date in markup', () => {
  it.each<[string, string, string, string | undefined]>([
    ['Open Graph article:published_time', '<meta property="article:published_time" content="2022-06-03T07:45:00+08:00">', '', '2022-06-03'],
    ['og:published_time', '<meta property="og:published_time" content="2021-12-31">', '', '2021-12-31'],
    ['a CMS meta name (PubDate) with a time', '<meta name="PubDate" content="2020-04-09 16:20">', '', '2020-04-09'],
    ['publishdate with slashes', '<meta name="publishdate" content="2019/8/7">', '', '2019-08-07'],
    ['a Chinese stamp', '<meta name="pubdate" content="2018年10月2日 09:00">', '', '2018-10-02'],
    ['schema.org microdata', '', '<span itemprop="datePublished" content="2017-05-21">5月21日</span>', '2017-05-21'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2023-02-14T10:00:00Z"}</script>', '', '2023-02-14'],
    ['JSON-LD in a @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2016-11-08"}]}</script>', '', '2016-11-08'],
    ['a <time datetime>', '', '<p>发布于<time datetime="2015-03-30T08:00">3月30日</time></p>', '2015-03-30'],
    ['a <time> with its date in its text', '', '<time>12 May 2014</time>', '2014-05-12'],
    ['no date at all', '<meta name="keywords" content="广场,文化">', '', undefined],
    ['a date that cannot be', '<meta property="article:published_time" content="2023-02-30">', '', undefined],
    ['bad JSON-LD', '<script type="application/ld+json">{"datePublished": </script>', '', undefined],
  ])('%s', (_kind, head, inBody, expected) => {
    expect(bothReaders(head, inBody)).toEqual([expected, expected]);
  });

  it('prefers the article stamp over JSON-LD, a meta name and a <time>, wherever they stand', () => {
    const head =
      '<meta name="date" content="2020-01-05"><script type="application/ld+json">{"datePublished":"2020-01-04"}</script>' +
      '<meta property="article:published_time" content="2020-01-03">';
    expect(bothReaders(head, '<time datetime="2020-01-06">')).toEqual(['2020-01-03', '2020-01-03']);
    expect(bothReaders('<meta name="date" content="2020-01-05">', '<time datetime="2020-01-06">')).toEqual(['2020-01-05', '2020-01-05']);
    expect(bothReaders('', '<time datetime="2020-01-07"></time><time pubdate datetime="2020-01-06"></time>')).toEqual(['2020-01-06', '2020-01-06']);
  });
});

describe('dates as stamps write them', () => {
  it.each<[string, string | undefined]>([
    ['2024-03-05T23:59:00-05:00', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['March 5th, 2024', '2024-03-05'],
    ['1709600000', undefined],
    ['', undefined],
  ])('%s', (stamp, expected) => expect(toIsoDate(stamp)).toBe(expected));
});

describe('the dateline', () => {
  const date = (start: number, value: string): Annotation => ({ kind: 'figure', start, end: start + 10, text: '', figure: { type: 'date', value, approx: false } });
  it('is the first full date near the top of the text', () => {
    expect(datelineDate([date(5, '--03-05'), date(20, '2022-03-04'), date(40, '2022-03-01')])).toBe('2022-03-04');
    expect(datelineDate([date(800, '2022-03-04')])).toBeUndefined();
  });
});

describe('the date a byline prints by the headline', () => {
  const story = '<p>5月11日，记者从市发展和改革委员会获悉，全市重点项目完成投资412.6亿元，2022年同期为380亿元。</p>';
  const related = '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a">全市春季植树活动启动</a><span>2023-03-12</span></li></ul></div>';
  /** The date read from a page by the DOM (content script) and from its HTML text (command line). */
  function both(bodyHtml: string, head = ''): [string | undefined, string | undefined] {
    const html = `<!doctype html><html><head><title>全市重点项目完成投资412.6亿元_淄博新闻_鲁中晨报</title>${head}</head><body>${bodyHtml}</body></html>`;
    const dom = new DOMParser().parseFromString(html, 'text/html');
    return [htmlPublicationDate(html) ?? textBylineDate(htmlToText(html), htmlTitle(html)), pagePublicationDate(dom)];
  }
  const h1 = '<h1>全市重点项目完成投资412.6亿元</h1>';

  it.each<[string, string, string | undefined]>([
    ['a source, a stamp and an editor in spans of their own', `${h1}<div class="meta"><span>来源：鲁中晨报</span><span>2023-05-12 08:30</span><span>责任编辑：孙敏</span></div>${story}`, '2023-05-12'],
    ['发布时间 with seconds', `${h1}<div class="info">发布时间：2023年05月12日 08:30:15</div>${story}`, '2023-05-12'],
    ['a source and the date after a wide space', `${h1}<p class="source">来源：大众日报　2023-05-12</p>${story}`, '2023-05-12'],
    ['时间 with slashes', `<table><tr><td class="title">${h1}</td></tr><tr><td>时间：2023/5/12　点击：<span>326</span></td></tr></table>${story}`, '2023-05-12'],
    ['发布日期, author and views', `${h1}<div>发布日期：2023-05-12&nbsp;&nbsp;作者：王磊&nbsp;&nbsp;浏览次数：<span id="hits"></span></div>${story}`, '2023-05-12'],
    ['a stamp alone under a subtitle', `${h1}<h2>226个项目累计完成年度计划的27.8%</h2><div class="time">2023-05-12 08:30</div>${story}`, '2023-05-12'],
    ["a paper's header above the headline", `<div class="top">2023年5月12日 星期五<br>农历癸卯年三月廿三</div><nav><a href="/">首页</a></nav>${h1}${story}`, '2023-05-12'],
    ['an English byline', `${h1}<p class="byline">By Li Na | Published: 12 May 2023</p>${story}`, '2023-05-12'],
    ['an English update line', `${h1}<div>Updated 9:41 AM GMT+8, May 12, 2023</div>${story}`, '2023-05-12'],
    ['an English stamp alone with its time', `${h1}<div>May 12, 2023 at 9:41 a.m.</div>${story}`, '2023-05-12'],
    ['日期, source and hits in a table cell', `<table><tr><td>${h1}</td></tr><tr><td>日期：2023-05-12 　 来源：本站原创 　 点击数：236</td></tr></table>${story}`, '2023-05-12'],
    ['a date only inside the story', `${h1}<p>2023年5月11日，全市重点项目集中开工，总投资318亿元。</p>`, undefined],
    ['a date only in a list of other articles', `${h1}${story}${related}`, undefined],
    ['a bare stamp above the headline (a ticker, not the page)', `<div class="ticker">2023-05-10</div>${h1}${story}`, undefined],
  ])('%s', (_kind, bodyHtml, expected) => {
    expect(both(bodyHtml)).toEqual([expected, expected]);
  });

  it('takes the byline under the headline over the header above it, and the markup over both', () => {
    const page = `<div class="top">2023年5月13日 星期六</div>${h1}<div class="meta">来源：鲁中晨报 2023-05-12</div>${story}`;
    expect(both(page)).toEqual(['2023-05-12', '2023-05-12']);
    expect(both(page, '<meta name="publishdate" content="2023-05-11">')).toEqual(['2023-05-11', '2023-05-11']);
  });

  it("reads a plain text's first lines", () => {
    expect(textBylineDate('全市重点项目完成投资412.6亿元\n来源：大众日报　2023-05-12\n5月11日，记者获悉……')).toBe('2023-05-12');
    expect(textBylineDate('全市重点项目完成投资412.6亿元\n5月11日，记者获悉，2023年5月10日开工的项目已有86个。')).toBeUndefined();
  });
});
