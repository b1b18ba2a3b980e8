// Facts over whole passages, by category of language (issue 9): texts written for these tests as a
// regional paper would print them, each category with a case the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../lib/facts/sentence';
import { factsOf } from './facts-of';

const field = (text: string, key: 'measure' | 'subject' | 'period', options: { date?: string; lang?: 'zh' | 'en' } = {}) =>
  Object.fromEntries(Object.entries(factsOf(text, options)).map(([k, v]) => [k, v[key]]));

describe('a list before 分别', () => {
  it('measures each figure without 分别 inside its words', () => {
    const text = '2023年，张店区和周村区城镇居民人均可支配收入分别增长5.8%和6.1%，均高于全市平均水平。';
    expect(field(text, 'measure')).toEqual({ '5.8%': '城镇居民人均可支配收入增长', '6.1%': '城镇居民人均可支配收入增长' });
    expect(field(text, 'subject')).toEqual({ '5.8%': '张店区', '6.1%': '周村区' });
  });

  it('gives the items the head they share (小麦、玉米单产), not items that each have their own', () => {
    expect(field('去年，全区小麦、玉米单产分别达到468公斤和521公斤。', 'measure')).toEqual({ '468公斤': '小麦单产', '521公斤': '玉米单产' });
    expect(field('淄川区出口额、进口额分别为12亿元和3亿元。', 'measure')).toEqual({ '12亿元': '出口额', '3亿元': '进口额' });
  });

  it('gives a member without words of its own the list’s measure before the topic its sentence opened with', () => {
    expect(field('秋收方面，全区玉米、大豆收获面积分别为32万亩和4.5万亩。', 'measure')).toEqual({ '32万亩': '玉米收获面积', '4.5万亩': '大豆收获面积' });
  });
});

describe('a port or station whose figures are reported', () => {
  it('is the subject’s name, not the measure (济南机场完成…, 东岳港完成…)', () => {
    expect(field('前三季度，济南机场完成旅客吞吐量1320万人次，同比增长18.2%。去年，东岳港完成货物吞吐量5600万吨。', 'measure')).toEqual({
      '1320万人次': '完成旅客吞吐量',
      '18.2%': '同比增长',
      '5600万吨': '完成货物吞吐量',
    });
  });

  it('stays in a measure it opens as a noun (港口货物吞吐量, 港口完成…)', () => {
    expect(field('今年以来，全市港口货物吞吐量增长6.3%。', 'measure')).toEqual({ '6.3%': '港口货物吞吐量增长' });
    expect(field('一季度，全市港口完成货物吞吐量860万吨。', 'measure')).toEqual({ '860万吨': '港口完成货物吞吐量' });
  });

  it('is left out with the names listed after it (济南港、东岳港货物吞吐量)', () => {
    expect(field('上半年，济南港、东岳港货物吞吐量分别为126万吨和88万吨。', 'measure')).toEqual({ '126万吨': '货物吞吐量', '88万吨': '货物吞吐量' });
  });
});

describe('a market, park or scenic area named after the place before it', () => {
  it('is where the figure was counted, not what it measures (淄川区农产品物流园蔬菜交易量), and so is 园区 referring back to it; 市场 of 市场主体 stays', () => {
    expect(field('1-10月，淄川区农产品物流园蔬菜交易量达到86万吨，张店区市场主体达到5.2万户。10月份，园区日均交易量1.3万吨。', 'measure')).toEqual({
      '86万吨': '蔬菜交易量',
      '5.2万户': '市场主体',
      '1.3万吨': '日均交易量',
    });
  });
});

describe('a linking verb inside a measure', () => {
  it('is left out between the noun and what it counts (石化产业实现营业收入), as at the front (实现地区生产总值)', () => {
    expect(field('2023年，张店区石化产业实现营业收入820亿元，全区实现地区生产总值1236亿元。', 'measure')).toEqual({ '820亿元': '石化产业营业收入', '1236亿元': '地区生产总值' });
  });
});

describe('a base of comparison at the start of the year', () => {
  it('is not part of the measure (比年初净增)', () => {
    expect(field('截至6月底，淄川区市场主体达到6.2万户，比年初净增3100户。', 'measure')).toEqual({ '6.2万户': '市场主体', '3100户': '净增' });
  });
});

describe('an adverb before a change', () => {
  it('is no part of the measure (收入就增加), unlike 就 of 就业', () => {
    expect(field('2023年，他家仅蔬菜种植收入就增加了6000元，全村新增就业增长12%。', 'measure')).toEqual({ '6000元': '蔬菜种植收入增加', '12%': '新增就业增长' });
  });
});

describe('再 at the front of a measure', () => {
  it('is a filler (再发展), not in 再生 or 再就业', () => {
    expect(field('今年，张店区计划再发展大棚150个，实现再就业1200人，再生资源回收量达到3.6万吨。', 'measure')).toEqual({
      '150个': '发展大棚',
      '1200人': '再就业',
      '3.6万吨': '再生资源回收量',
    });
  });
});

describe('有 at the front of a measure', () => {
  it('stays when it opens a phrase ending in 的 (有出口实绩的企业), not before a bare noun', () => {
    expect(field('截至6月底，淄川区有出口实绩的企业达到860家，全区有低保户1200户。', 'measure')).toEqual({ '860家': '有出口实绩的企业', '1200户': '低保户' });
  });
});

describe('a paragraph’s sentence without figures', () => {
  it('gives the later sentences the time it opens with and the place it names', () => {
    const text = '今年，周村区启动老旧小区改造工作。区住建局已改造小区46个，惠及居民5200户。';
    expect(field(text, 'period', { date: '2024-06-01' })).toEqual({ '46个': '2024', '5200户': '2024' });
    expect(field(text, 'subject', { date: '2024-06-01' })).toEqual({ '46个': '周村区', '5200户': '周村区' });
  });

  it('gives them the article’s place when it speaks of it by an article word', () => {
    const text = '本报淄川讯 太河镇今年新建大棚120个。\n为巩固脱贫成果，镇里对全镇贫困户实行分级管理。对A类贫困户1260户，以“引”为主。';
    expect(factsOf(text)['1260户']).toMatchObject({ subject: '太河镇' });
  });

  it('does not give them a time inside it (an event’s), nor one to a sentence of its own span (开园以来)', () => {
    expect(field('周村法院去年在全市首创“微法庭”办案模式。疫情期间，该院通过“微法庭”结案800件。', 'period', { date: '2020-04-01' })).toEqual({ '800件': undefined });
    expect(field('2023年，周村区接待游客860万人次。开园以来，景区累计接待游客120万人次。', 'period')).toEqual({ '860万人次': '2023', '120万人次': undefined });
  });
});

describe('a page of several stories', () => {
  it('gives the figures of a story that name no place its own headline’s place', () => {
    const text =
      '临淄区：秸秆综合利用率稳步提高\n□记者 王强\n今年，全区秸秆综合利用率达到95.6%。\n\n' +
      '周村区口袋公园扮靓城市\n□记者 李丽\n口袋公园建设是今年的民生实事之一。截至目前，已建成开放口袋公园10处，新增绿化面积3.8万平方米。';
    const facts = factsOf(text);
    expect(facts['95.6%']).toMatchObject({ subject: '临淄区' });
    expect(facts['10处']).toMatchObject({ subject: '周村区', via: 'title' });
    expect(facts['3.8万平方米']).toMatchObject({ subject: '周村区', via: 'title' });
  });

  it('gives the figures of a headline\'s deck line the headline\'s place and time, not those of the story under it', () => {
    const text =
      '前三季度临淄区完成进出口总额86.3亿元\n新设外资企业14家 出口增长12.5%\n□记者 王强\n' +
      '记者从县商务局获悉，全年计划引进外资项目20个。\n2023年，全县新建冷库9座。';
    const facts = factsOf(text, { date: '2024-10-20' });
    expect(facts['14家']).toMatchObject({ subject: '临淄区', period: '2024-Q1/2024-Q3' });
    expect(facts['12.5%']).toMatchObject({ subject: '临淄区', period: '2024-Q1/2024-Q3' });
    expect(facts['20个'].period).not.toBe('2024-Q1/2024-Q3');
    expect(facts['9座']).toMatchObject({ period: '2023' });
  });

  it('does not give them a place when its headline names none', () => {
    expect(factsOf('春耕时节田间忙\n□记者 王强\n连日来，农民抢抓农时，已播种春玉米1200亩。')['1200亩'].subject).toBeUndefined();
  });
});

describe('a paragraph cut by a page break', () => {
  const sentences = (text: string) => sentenceSpans(text, 'zh').filter((s) => text.slice(s.start, s.end).trim());
  const text = '2023年，张店区围绕新材料、智能装备等主导产业开展精准招商，全年新签约亿元以上项目58个，新开工的\n\n项目41个，总投资236亿元。';

  it('is one sentence: the figures after the break have the place and time before it', () => {
    expect(sentences(text)).toHaveLength(1);
    expect(factsOf(text)['41个']).toMatchObject({ measure: '新开工的项目', subject: '张店区', period: '2023' });
    expect(factsOf(text)['236亿元']).toMatchObject({ measure: '总投资', subject: '张店区', period: '2023' });
  });

  it('but a short line (a headline) or one that ends with a stop still ends its sentence', () => {
    expect(sentences('周村区口袋公园扮靓城市\n口袋公园建设是今年的民生实事之一。\n截至目前，已建成开放口袋公园10处。')).toHaveLength(3);
  });
});

describe('years counted from the article’s', () => {
  it('to come (未来五年) and after a span (3年后)', () => {
    const text = '淄川区陶瓷产业园未来五年将新增产值120亿元。这批果树3年后进入盛果期，预计每亩增收4000元。';
    expect(field(text, 'period', { date: '2024-03-05' })).toMatchObject({ '120亿元': '2024/2028', '4000元': '2027' });
  });
});

describe('an English count', () => {
  it('measures all the words of its noun, not only the last', () => {
    expect(field('Zibo had 1,460 high-tech enterprises at the end of 2023, and two new industrial parks opened.', 'measure', { lang: 'en' })).toMatchObject({
      '1,460 high-tech enterprises': 'high-tech enterprises',
    });
  });
});
