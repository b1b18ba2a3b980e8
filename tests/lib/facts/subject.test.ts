import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

const subjects = (text: string, lang?: 'zh' | 'en') => Object.fromEntries(Object.entries(factsOf(text, { lang })).map(([k, v]) => [k, v.subject ? `${v.subject} ${v.via}` : undefined]));

describe('the place a figure is about', () => {
  it('is the place its own clause names before one elsewhere in the sentence', () => {
    expect(subjects('淄川区完成投资12亿元，张店区18亿元，临淄区则为9亿元。')).toEqual({ '12亿元': '淄川区 sentence', '18亿元': '张店区 sentence', '9亿元': '临淄区 sentence' });
  });

  it('goes to each of several places listed before 分别, in order', () => {
    expect(subjects('张店区、临淄区和周村区分别新增就业2100人、1800人和950人。')).toEqual({ '2100人': '张店区 sentence', '1800人': '临淄区 sentence', '950人': '周村区 sentence' });
  });

  it('for 全市 is the city of the dateline (via title), for 全区 the district the article speaks of most', () => {
    const text = '本报淄博3月2日讯 去年全市新增高新技术企业260家。\n在淄川区，龙泉镇和太河镇的大棚不断扩大。淄川区的企业也在增加。全区新建大棚1300个。';
    expect(subjects(text)).toEqual({ '260家': '淄博市 title', '1300个': '淄川区 article' });
  });

  it('for 全市 is the county-level city of the headline over the prefecture of the paper’s dateline', () => {
    expect(subjects('江阴纺织产业稳中有进\n无锡日报2023年8月3日讯 全市纺织企业达到2600家。')).toEqual({ '2600家': '江阴市 title' });
  });

  it('for 全市 is the city of the headline', () => {
    expect(subjects('周村区：春耕备耕有序推进\n全区已备足化肥3.6万吨。')).toEqual({ '3.6万吨': '周村区 title' });
  });

  it('of a sentence that names none is the one place the sentence before in its paragraph was about', () => {
    expect(subjects('上半年，临淄区化工产业产值完成420亿元。其中，新材料产值180亿元，精细化工产值96亿元。\n其中，出口额12亿元。')).toEqual({
      '420亿元': '临淄区 sentence',
      '180亿元': '临淄区 sentence',
      '96亿元': '临淄区 sentence',
      '12亿元': undefined,
    });
  });

  it('of a sentence that names none is none after a sentence about two places, and the place a sentence without a figure names', () => {
    expect(subjects('张店区和周村区分别新增就业2100人和950人。全年发放贴息贷款3亿元。')).toMatchObject({ '3亿元': undefined });
    expect(subjects('临淄区新建厂房12万平方米。淄川区也在招商。全年签约项目16个。')).toMatchObject({ '12万平方米': '临淄区 sentence', '16个': '淄川区 sentence' });
    expect(subjects('临淄区新建厂房12万平方米。张店区和周村区也在招商。全年签约项目16个。')).toMatchObject({ '16个': undefined });
  });

  it('is not the base of a comparison (高于全省): that is what the figure is measured against', () => {
    expect(subjects('本报淄博讯 全市规模以上工业增加值增长7.9%，高于全省1.5个百分点。')).toEqual({ '7.9%': '淄博市 title', '1.5个百分点': '淄博市 title' });
  });

  it('is not where people came from (来自全国的选手): the place the sentence names is', () => {
    expect(subjects('本报淄博讯 张店区马拉松开跑，来自全国的3万名选手参赛。')).toEqual({ '3万名': '张店区 sentence' });
  });

  it('is not the whole a share is of (占全市的): the place before it is the part', () => {
    expect(subjects('本报淄博讯 张店区成交住宅1428套，占全市的44.4%。')).toEqual({ '1428套': '张店区 sentence', '44.4%': '张店区 sentence' });
  });

  it('is absent when neither the sentence nor an article word names a place', () => {
    expect(subjects('会议召开当天，与会人员观看了12分钟的宣传片。')).toEqual({ '12分钟': undefined });
  });

  it('for 全市场 is no place (a word that holds 全市 without meaning the city)', () => {
    expect(subjects('本报淄博讯 全市场交易额达到8亿元。')).toEqual({ '8亿元': undefined });
  });

  it('of a gap between two places is neither of them', () => {
    expect(subjects('2023年，临淄区完成投资95亿元，高于周村区，两地相差12亿元。')).toEqual({ '95亿元': '临淄区 sentence', '12亿元': undefined });
  });

  it('of a rank scoped by 全省 is the ranked place, not the province', () => {
    const text = '本报淄博讯 去年，淄博市森林覆盖率达到41.2%，全省排名第四。';
    expect(subjects(text)).toEqual({ '41.2%': '淄博市 sentence', 第四: '淄博市 sentence' });
  });

  it('for 全国 is China', () => {
    expect(subjects('全国粮食总产量达到6.9亿吨。')).toEqual({ '6.9亿吨': '中国 sentence' });
  });
});
