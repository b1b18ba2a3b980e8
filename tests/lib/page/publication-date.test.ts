// @vitest-environment happy-dom
// The publication date a page's markup states, read alike from HTML text (the command line) and
// from the DOM (the content script).
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { htmlPublicationDate } from '../../../lib/html-text';
import { datelineDate, documentPublicationDate, toIsoDate } from '../../../lib/page/publication-date';

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
