import { describe, expect, it } from 'vitest';
import { withoutFragment } from '../../../lib/util/url';

describe('withoutFragment', () => {
  it('drops the fragment, a heading or a text directive alike', () => {
    expect(withoutFragment('https://news.example.cn/a/1.html#section-2')).toBe('https://news.example.cn/a/1.html');
    expect(withoutFragment('https://news.example.cn/a/1.html?p=2#:~:text=%E6%B7%84%E5%8D%9A')).toBe('https://news.example.cn/a/1.html?p=2');
    expect(withoutFragment('https://news.example.cn/a/1.html#')).toBe('https://news.example.cn/a/1.html');
  });

  it('cuts at the first #, and leaves an address without one as it is', () => {
    expect(withoutFragment('file:///tmp/report.html#a#b')).toBe('file:///tmp/report.html');
    expect(withoutFragment('https://news.example.cn/a/1.html')).toBe('https://news.example.cn/a/1.html');
  });
});
