// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/page/article';
import { collectTextRuns } from '../../../lib/page/text-map';

const REGIONAL_PAPER = readFileSync(join(import.meta.dirname, '../../e2e/fixtures/regional-paper.html'), 'utf8');

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
}

// The text NewsFacts would annotate, one run a line.
function articleText(scope: 'article' | 'page' = 'article'): string {
  const { root, skip } = findArticle(document, scope);
  return collectTextRuns(root, skip)
    .map((run) => run.text.trim())
    .filter(Boolean)
    .join('\n');
}

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('findArticle on a regional paper page', () => {
  beforeEach(() => load(REGIONAL_PAPER));

  it("takes the article's headline and paragraphs, not its byline", () => {
    expect(findArticle(document, 'article').root.className).toBe('left-main');
    const text = articleText();
    expect(text).toContain('沂源县今年苹果产量预计达86.5万吨');
    expect(text).toContain('预计总产量86.5万吨，同比增长3.8%');
    expect(text).toContain('力争到2026年全市优质果品基地达到50万亩以上。');
    expect(text).not.toContain('记者 孙晓燕');
  });

  it('leaves out the masthead, menus, breadcrumbs, share bar, ads, comments, sidebar and footer', () => {
    const text = articleText();
    for (const boilerplate of ['今日访问量', '淄博晚报\n', '投资3亿元专题', '当前位置', '已分享3万次', '均价6800元', '网友评论', '去年收购价', '热点排行', '张店区前三季度', '版权所有']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('reads the whole body in page scope', () => {
    const text = articleText('page');
    expect(text).toContain('张店区前三季度GDP增长6.1%');
    expect(text).toContain('预计总产量86.5万吨');
  });
});

describe('findArticle on other layouts', () => {
  it('takes the headline and #zoom on a government site, and nothing between them', () => {
    load(`<body><form id="form1"><div id="content">
      <div class="head"><a href="/">淄川区人民政府</a> 无障碍 | 长者模式</div>
      <div class="article-title"><h1>淄川区2023年一季度经济运行情况</h1></div>
      <div class="article-meta">发布时间：2023-04-21 来源：区统计局</div>
      <div id="zoom"><p>一季度，全区实现地区生产总值168.3亿元，同比增长5.1%。规模以上工业增加值增长7.6%，固定资产投资增长9.2%。</p>
      <p>全区一般公共预算收入完成12.7亿元，税收占比达到81.4%。</p></div>
      <div class="article-footer">【打印本页】【关闭窗口】</div>
      <div class="links"><a href="#">上一篇：三月份全区物价运行情况</a><a href="#">下一篇：全区春耕备耕有序推进</a></div>
    </div></form></body>`);
    const { root } = findArticle(document, 'article');
    // #zoom and the headline, from their common ancestor, with what lies beside them left out
    expect(root.className).toBe('');
    expect(root.id).toBe('content');
    const text = articleText();
    expect(text).toContain('淄川区2023年一季度经济运行情况');
    expect(text).toContain('168.3亿元');
    expect(text).not.toContain('长者模式');
    expect(text).not.toContain('打印本页');
  });

  it('finds the densest paragraphs when no known container exists', () => {
    load(`<body><div class="w1000">
      <div class="lbox"><ul>${'<li><a href="#">周村区举办第十届古商城文化节，游客同比增长12%</a></li>'.repeat(8)}</ul></div>
      <div class="rbox">
        <h1>博山区陶瓷琉璃产业产值突破百亿元</h1>
        <p>记者从博山区工业和信息化局获悉，今年前三季度全区陶瓷琉璃产业实现产值102.4亿元，同比增长8.3%。</p>
        <p>全区现有陶瓷琉璃企业326家，其中规模以上企业41家，从业人员约2.1万人。</p>
        <p>博山区将投资3.2亿元建设琉璃艺术产业园，预计2025年底投入使用。</p>
      </div>
    </div></body>`);
    expect(findArticle(document, 'article').root.className).toBe('rbox');
    expect(articleText()).not.toContain('古商城文化节');
  });

  it('takes in the hidden rest of the article that a "read more" button shows, and not what lies beside it', () => {
    load(`<body><div class="article"><h1>博山区陶瓷琉璃产业产值突破百亿元</h1>
      <div class="info">2024-10-12　来源：博山融媒</div>
      <div id="zoom"><p>今年前三季度全区陶瓷琉璃产业实现产值102.4亿元，同比增长8.3%。</p>
      <p>全区现有陶瓷琉璃企业326家，其中规模以上企业41家，从业人员约2.1万人。</p></div>
      <div id="rest" hidden><p>琉璃艺术产业园一期已入驻工作室58个。</p></div>
      <div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div></div></body>`);
    const { skip } = findArticle(document, 'article');
    expect(skip!(document.getElementById('rest')!)).toBe(false);
    expect(skip!(document.querySelector('.info')!)).toBe(true);
    expect(skip!(document.querySelector('.tools')!)).toBe(true);
  });

  it('falls back to the body when the page has no article', () => {
    load('<body><p>短讯</p></body>');
    const { root, skip } = findArticle(document, 'article');
    expect(root).toBe(document.body);
    expect(skip?.(document.createElement('header'))).toBe(true);
  });
});
