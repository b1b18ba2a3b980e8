import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

const links = (text: string, lang?: 'zh' | 'en') => Object.fromEntries(Object.entries(factsOf(text, { lang })).map(([k, v]) => [k, v.qualifies]));

describe('which figure a rate or share belongs to', () => {
  it('a growth rate and a share qualify the figure before them', () => {
    expect(links('一季度，全市技改投资完成82亿元，占年度计划的31.5%，同比增长14.2%。')).toEqual({ '82亿元': undefined, '31.5%': '82亿元 share', '14.2%': '82亿元 change' });
  });

  it('a change of a noun named after the figure before it is that noun\'s, not the figure\'s', () => {
    expect(links('全县新签约项目42个，规模以上工业增加值同比增长6.8%，实现地区生产总值312亿元，比上年增长5.1%。')).toEqual({
      '42个': undefined,
      '6.8%': undefined,
      '312亿元': undefined,
      '5.1%': '312亿元 change',
    });
  });

  it('a rate before its level qualifies it, not a figure after it that has a noun of its own', () => {
    expect(links('全县市场主体同比增长8.6%，达到5.2万户。前三季度，全县规上工业增加值同比增长12.5%，新设企业14家。')).toEqual({
      '8.6%': '5.2万户 change',
      '5.2万户': undefined,
      '12.5%': undefined,
      '14家': undefined,
    });
    expect(factsOf('全县商品房销售面积同比增长6.3%，达到586.2万平方米。')['586.2万平方米'].measure).toBe('商品房销售面积');
  });

  it('with 分别, the rates go to the figures before them in order', () => {
    expect(links('全区接待游客310万人次、实现旅游收入26亿元，分别增长18%和21.4%。')).toEqual({ '310万人次': undefined, '26亿元': undefined, '18%': '310万人次 change', '21.4%': '26亿元 change' });
  });

  it('a level that is a percentage is no rate: its change qualifies it', () => {
    expect(links('全县城镇化率达到58.2%，比上年提高1.3个百分点。')).toEqual({ '58.2%': undefined, '1.3个百分点': '58.2% change' });
  });

  it('in 由…提高到…, both percentages are levels and the change in points qualifies the new one', () => {
    expect(links('全区新建果园800亩，网络销售占比由15%提高到23.4%，提升8.4个百分点。')).toEqual({ '800亩': undefined, '15%': undefined, '23.4%': undefined, '8.4个百分点': '23.4% change' });
  });

  it('the rate also takes the place and period of the figure it qualifies', () => {
    const facts = factsOf('一季度，淄川区税收收入9.8亿元，同比增长7%。', { date: '2024-04-15' });
    expect(facts['7%']).toMatchObject({ subject: '淄川区', period: '2024-Q1', qualifies: '9.8亿元 change' });
  });

  it('in English, a rate before "to" qualifies the level after it', () => {
    expect(links('Imports fell 3.2% to $820 million, while exports rose 5% to $1.1 billion.', 'en')).toEqual({
      '3.2%': '$820 million change',
      '$820 million': undefined,
      '5%': '$1.1 billion change',
      '$1.1 billion': undefined,
    });
  });
});
