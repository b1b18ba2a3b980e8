import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

const periods = (text: string, date?: string, lang?: 'zh' | 'en') => Object.fromEntries(Object.entries(factsOf(text, { date, lang })).map(([k, v]) => [k, v.period]));

describe('the period of a figure', () => {
  it('is the time that opens its sentence, its year the article’s', () => {
    expect(periods('今年一季度，全区实现地区生产总值186亿元。上半年，张店区完成投资90亿元。', '2024-07-20')).toEqual({ '186亿元': '2024-Q1', '90亿元': '2024-H1' });
  });

  it('of a cumulative figure (截至, 1-5月) is the month it runs to, or the months it covers', () => {
    expect(periods('截至9月底，全市累计发放创业贷款3.2亿元。1-8月，周村区外贸进出口额76亿元。', '2023-10-08')).toEqual({ '3.2亿元': '2023-09', '76亿元': '2023-01/2023-08' });
  });

  it('of a public holiday (元旦假期, 国庆长假) is its days off in the article’s year, and none in a year the calendar lacks', () => {
    expect(periods('元旦假期，全市接待游客68.2万人次。1月1日当天接待游客26.5万人次。', '2024-01-03')).toEqual({ '68.2万人次': '2023-12-30/2024-01-01', '26.5万人次': '2024-01-01' });
    expect(periods('国庆长假，全市接待游客300万人次。', '2023-10-07')).toEqual({ '300万人次': '2023-09-29/2023-10-06' });
    expect(periods('国庆长假，全市接待游客300万人次。', '2019-10-08')).toEqual({ '300万人次': undefined });
    // 2022's calendar has no joint holiday: the joint word gives none, and neither does 国庆假期 read inside it
    expect(periods('中秋国庆假期，全市接待游客300万人次。', '2022-10-08')).toEqual({ '300万人次': undefined });
    expect(periods('国庆中秋假期，全市接待游客300万人次。', '2022-10-08')).toEqual({ '300万人次': undefined });
  });

  it('counts 去年 and 今年以来 from the article’s year, and not a base of comparison (比去年, 上年同期)', () => {
    expect(periods('去年，全市接待游客4200万人次。今年以来，淄川区新增企业560家，比去年同期多120家。', '2024-03-01')).toEqual({ '4200万人次': '2023', '560家': '2024', '120家': '2024' });
  });

  it('of a figure in a clause of its own time is that time, not the sentence’s first', () => {
    expect(periods('2022年全县粮食产量41万吨，2023年达到43万吨。')).toEqual({ '41万吨': '2022', '43万吨': '2023' });
  });

  it('is absent when the text states no time, or when the article’s year is unknown for 去年', () => {
    expect(periods('全市新建5G基站1200个。去年新增企业300家。')).toEqual({ '1200个': undefined, '300家': undefined });
  });

  it('of a story whose headline states a span of time and no figure is that span, where a sentence states and carries none', () => {
    const text = '上半年郯城县招商引资成效明显\n临沂日报2023年7月18日讯 郯城县新签约项目42个。目前在建项目96个。2022年，全县签约项目70个。';
    expect(periods(text)).toEqual({ '42个': '2023-H1', '96个': undefined, '70个': '2022' });
    // a single day in a headline dates an event; a headline's figure keeps its time to itself
    expect(periods('10月1日起新规施行\n全市发放补贴1200万元。', '2023-10-02')).toEqual({ '1200万元': undefined });
  });

  it('carries a year to the later sentences of its paragraph that state none, not past the paragraph', () => {
    const text = '2022年，全县新建日光温室420个。全县蔬菜产量达到38万吨。2023年，设施面积扩大到5万亩。\n全县共有合作社610家。';
    expect(periods(text)).toEqual({ '420个': '2022', '38万吨': '2022', '5万亩': '2023', '610家': undefined });
  });

  it('does not carry a single day (an event’s date) nor pass a sentence’s own time', () => {
    const text = '5月12日，县里召开了会议。全县已培训农民1800人次。上半年，全县发放贷款2.6亿元。全县新增农户贷款460户。';
    expect(periods(text, '2024-07-01')).toEqual({ '1800人次': undefined, '2.6亿元': '2024-H1', '460户': '2024-H1' });
  });

  it('carries a month counted over as a whole (10月份) past a semicolon and to the next sentence, not a bare month', () => {
    const text = '10月份，全市新建商品住宅成交6832套；成交均价每平方米1.86万元。其中，黄岛区成交1926套。\n10月，县里召开了会议。全县已培训农民1800人次。';
    expect(periods(text, '2023-11-15')).toEqual({ '6832套': '2023-10', '1.86万元': '2023-10', '1926套': '2023-10', '1800人次': undefined });
  });

  it('carries a week of a month the figures are counted over (11月第二周) to the next sentence, as a month with 份', () => {
    const text = '11月第二周，全市生猪出栏均价每公斤14.2元。全市生猪存栏386.5万头，比9月末减少12.3万头。\n11月，县里召开了会议。全县已培训农民1800人次。';
    expect(periods(text, '2023-11-20')).toEqual({ '14.2元': '2023-11', '386.5万头': '2023-11', '12.3万头': '2023-11', '1800人次': undefined });
  });

  it('gives a sentence pointing back at the event before (此次, 本次) that event’s day, and carries it on; not without the pointer', () => {
    const text = '6月10日，全县出现冰雹。此次灾害导致果树受灾面积3.6万亩。其中，重灾区1.1万亩。\n6月12日，县里召开会议。全县已培训农民1800人次。';
    expect(periods(text, '2023-06-14')).toEqual({ '3.6万亩': '2023-06-10', '1.1万亩': '2023-06-10', '1800人次': undefined });
  });

  it('carries a span of days a sentence without figures opens with past a present word that ends another word (出现在), not past 目前', () => {
    const text = '11月26日至27日，全县出现大风降温天气。全县平均降温9.6℃，最低气温出现在东部山区，为零下8.3℃。目前，全县已恢复供电线路12条。';
    expect(periods(text, '2023-11-28')).toEqual({ '9.6℃': '2023-11-26/2023-11-27', '零下8.3℃': '2023-11-26/2023-11-27', '12条': undefined });
  });

  it('does not carry a dateline’s day whose year is not stated', () => {
    expect(periods('本报10月17日讯 秋收过后，记者从县农业农村局了解到，全县苹果种植面积31.2万亩。')).toEqual({ '31.2万亩': undefined });
  });

  it('reads the edges and middle of a year (年初, 开年以来, 年中, 岁末, 去年年初), and not 比年初, a base', () => {
    expect(periods('开年以来，全市新开工项目186个。年初，全市确定重点项目300个。年中，张店区兑现执行款1860万元。岁末，全县建成卫生室586个。', '2024-02-28')).toEqual({
      '186个': '2024', '300个': '2024-01', '1860万元': '2024-06', '586个': '2024-12',
    });
    expect(periods('去年年初，全县市场主体5.2万户。今年一季度，全县市场主体6.1万户，比年初增加3000户。', '2024-04-10')).toEqual({ '5.2万户': '2023-01', '6.1万户': '2024-Q1', '3000户': '2024-Q1' });
  });

  it('carries a point figures are counted to (截至9月末, 6月底) past a semicolon, not an event’s month', () => {
    expect(periods('截至9月末，全市存款余额8630亿元；贷款余额6215亿元。\n5月，县里新增企业120家；新增个体户300户。', '2023-10-26')).toEqual({ '8630亿元': '2023-09', '6215亿元': '2023-09', '120家': '2023-05', '300户': undefined });
  });

  it('in English: "in 2019", "last year", a quarter with the dateline’s year', () => {
    expect(periods('In 2019, the port handled 12 million containers. Last year it handled 14 million containers.', '2024-05-02', 'en')).toEqual({ '12 million containers': '2019', '14 million containers': '2023' });
  });

  it('in English, is the time after the figure in its clause before a dateline’s day before it', () => {
    expect(periods('ZIBO, July 20, 2024 -- Zibo’s output reached 210 billion yuan in the first half of 2024.', undefined, 'en')).toEqual({ '210 billion yuan': '2024-H1' });
  });

  it('in English, is the first time after the figure in its sentence when none stands before it', () => {
    expect(periods('The bank earned $2.3 billion, or $1.52 a share, in the third quarter of 2023. In 2022, sales rose 4%, while costs fell 2% in 2023.', undefined, 'en')).toEqual({
      '$2.3 billion': '2023-Q3',
      '$1.52': '2023-Q3',
      '4%': '2022',
      '2%': '2023',
    });
  });

  it('in English, carries the year to the next sentence of the paragraph', () => {
    expect(periods('In 2021, the county planted 3,000 hectares of tea. Output reached 8,500 tonnes.\nThe county has 42 tea cooperatives.', undefined, 'en')).toEqual({
      '3,000 hectares': '2021',
      '8,500 tonnes': '2021',
      '42 tea cooperatives': undefined,
    });
  });
});
