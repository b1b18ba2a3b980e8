import { describe, expect, it } from 'vitest';
import { parseHost } from '../../lib/site-host';

describe('parseHost', () => {
  it('takes host names as they are, in lower case', () => {
    expect(parseHost('news.example.cn')).toBe('news.example.cn');
    expect(parseHost('  WWW.DZWWW.com ')).toBe('www.dzwww.com');
    expect(parseHost('localhost')).toBe('localhost');
    expect(parseHost('127.0.0.1')).toBe('127.0.0.1');
  });

  it('reduces a pasted address to its host', () => {
    expect(parseHost('https://www.zbnews.net/a/2024/1.html?x=1')).toBe('www.zbnews.net');
    expect(parseHost('news.example.cn/path')).toBe('news.example.cn');
  });

  it('gives non-ASCII names as the browser reports them', () => {
    expect(parseHost('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
  });

  it('refuses what is not a host', () => {
    for (const input of ['', 'news example', 'http://', '-bad-.cn', 'a..b', 'news_site.cn']) expect(parseHost(input), input).toBeUndefined();
  });
});
