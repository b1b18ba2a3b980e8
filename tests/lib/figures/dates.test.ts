// Dates and the article's year (lib/figures/dates.ts, the date rules of lib/figures/zh.ts, and the
// publication date given to extract()), for Chinese and English text.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { extract } from '../../../lib/extract';

type Seen = [text: string, type: string, value: number | string, high?: number | string];

/** The figures found, as [text, type, value, high] for readable diffs. */
function dates(text: string, date?: string): Seen[] {
  return extract(text, date ? { date } : {}).flatMap((a: Annotation): Seen[] => {
    if (a.kind !== 'figure') return [];
    return a.figure.high === undefined ? [[a.text, a.figure.type, a.figure.value]] : [[a.text, a.figure.type, a.figure.value, a.figure.high]];
  });
}

describe('Chinese dates written with numbers and separators', () => {
  it.each<[string, Seen[]]>([
    ['新规自2023-07-01起施行。', [['2023-07-01', 'date', '2023-07-01']]],
    ['报名截止到2022/11/30，逾期不候。', [['2022/11/30', 'date', '2022-11-30']]],
    ['通报落款为2020.6.8。', [['2020.6.8', 'date', '2020-06-08']]],
    // year last: the order of day and month is settled only by a number above 12
    ['展会定于24.10.2025开幕。', [['24.10.2025', 'date', '2025-10-24']]],
    ['合同签于7/25/2019，当日生效。', [['7/25/2019', 'date', '2019-07-25']]],
    ['文件日期为4.6.2022。', [['4.6.2022', 'date', '2022']]],
    ['版本号10.0.2021不是日期。', []],
    // no such day: not a date
    ['编号2021-02-30的批次。', []],
    // a month with its year, by a dash or a slash; not a month 13, a month before a unit, nor a decimal
    ['（数据截至2023-10，统计截至2023/11）', [['2023-10', 'date', '2023-10'], ['2023/11', 'date', '2023-11']]],
    ['编号2023-13，2023/12万元，产量2023.10万吨。', [['2023.10万吨', 'quantity', 20231000]]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('Chinese date ranges: value is the low end, high the other', () => {
  it.each<[string, Seen[]]>([
    ['培训班从四月六日到九日在镇上举办。', [['四月六日到九日', 'date', '--04-06', '--04-09']]],
    ['展销会八月二十九日到9月3日举行。', [['八月二十九日到9月3日', 'date', '--08-29', '--09-03']]],
    ['义诊10月12日至15日进行。', [['10月12日至15日', 'date', '--10-12', '--10-15']]],
    ['汛期为6月至9月。', [['6月至9月', 'date', '--06', '--09']]],
    ['2016年到2020年，全县脱贫人口逐年增加。', [['2016年到2020年', 'year', 2016, 2020]]],
    ['2011—2015年为规划期。', [['2011—2015年', 'year', 2011, 2015]]],
    ['工程于2017年4月至2019年10月分期建设。', [['2017年4月至2019年10月', 'date', '2017-04', '2019-10']]],
    ['2022年1至10月，外贸进出口增长。', [['2022年1至10月', 'date', '2022-01', '2022-10']]],
    ['2022年一至三季度，全县增长。', [['2022年一至三季度', 'date', '2022-Q1', '2022-Q3']]],
    ['第二至第四季度，订单回升。', [['第二至第四季度', 'date', '--Q2', '--Q4']]],
    // a range over the new year ends in the next year
    ['2021年12月30日至1月2日，景区免费开放。', [['2021年12月30日至1月2日', 'date', '2021-12-30', '2022-01-02']]],
    // 次年 and 翌年 put the other end in the year after, a month-long or year-long range too
    ['2022年12月28日至次年1月3日，基金暂停申购。', [['2022年12月28日至次年1月3日', 'date', '2022-12-28', '2023-01-03']]],
    ['2022年11月15日至翌年3月15日为供暖期。', [['2022年11月15日至翌年3月15日', 'date', '2022-11-15', '2023-03-15']]],
    ['2022年3月1日至次年3月1日为合同期。', [['2022年3月1日至次年3月1日', 'date', '2022-03-01', '2023-03-01']]],
    ['2022年12月至次年2月，气温偏低。', [['2022年12月至次年2月', 'date', '2022-12', '2023-02']]],
    // written with separators, to a later date written the same way
    ['活动时间：2023.12.1—2023.12.31', [['2023.12.1—2023.12.31', 'date', '2023-12-01', '2023-12-31']]],
    ['落款写成2023.12.31—2023.12.1。', [['2023.12.31', 'date', '2023-12-31'], ['2023.12.1', 'date', '2023-12-01']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('years written with two digits, decades', () => {
  it.each<[string, Seen[]]>([
    ['87年那场大雪，他至今记得。', [['87年', 'year', 1987]]],
    ['从96年开始，他就在村里教书。', [['96年', 'year', 1996]]],
    ['03年，合作社成立。', [['03年', 'year', 2003]]],
    ['九七年香港回归时，他刚上小学。', [['九七年', 'year', 1997]]],
    ['他99年7月考上大学。', [['99年7月', 'date', '1999-07']]],
    ['97年底，工厂停产。', [['97年底', 'date', '1997-12']]],
    // the same numbers as durations
    ['这所学校已建校86年。', [['86年', 'duration', 86]]],
    ['老人在这里生活了72年。', [['72年', 'duration', 72]]],
    ['60年来，水库从未决堤。', [['60年来', 'duration', 60]]],
    ['栽下的树苗要长30年才能成材。', [['30年', 'duration', 30]]],
    ['商品房为70年产权。', [['70年', 'duration', 70]]],
    ['承包关系保持稳定并长久不变，延包期为55年不变。', [['55年', 'duration', 55]]],
    // decades are a span of ten years
    ['上世纪70年代，村里建起了砖窑。', [['上世纪70年代', 'year', 1970, 1979]]],
    ['九十年代末，他外出打工。', [['九十年代末', 'year', 1990, 1999]]],
    ['20世纪60年代修建的渠道', [['20世纪60年代', 'year', 1960, 1969]]],
    ['1980年代的老照片', [['1980年代', 'year', 1980, 1989]]],
  ])('%s', (text, expected) => expect(dates(text).map((s) => s.slice(0, s[1] === 'duration' ? 3 : 4))).toEqual(expected));
});

describe('relative years and periods', () => {
  it.each<[string, Seen[]]>([
    // 去年底 is one date, not 去年 and 年底
    ['截至去年底，全县有合作社312家。', [['去年底', 'date', '2023-12'], ['312家', 'count', 312]]],
    ['今年一季度，园区营收增长。', [['一季度', 'date', '2024-Q1']]],
    ['上半年，全市接待游客同比增长。', [['上半年', 'date', '2024-H1']]],
    ['去年11月，新桥通车。', [['11月', 'date', '2023-11']]],
    ['前年年底建成的厂房', [['年底', 'date', '2022-12']]],
    ['今年一至三季度，全区税收增长。', [['一至三季度', 'date', '2024-Q1']]],
    // 去年同期 names no date of its own
    ['销量比去年同期增长。', []],
  ])('%s', (text, expected) => expect(dates(text, '2024-05-20').map((s) => s.slice(0, 3))).toEqual(expected.map((s) => s.slice(0, 3))));
});

describe("the article's year", () => {
  it('settles yearless dates, 去年 and 今年 from the publication date', () => {
    const text = '3月5日，镇里召开动员会。去年9月，新校舍启用；今年6月将迎来首批学生。';
    expect(dates(text, '2024-03-08')).toEqual([
      ['3月5日', 'date', '2024-03-05'],
      ['9月', 'date', '2023-09'],
      ['6月', 'date', '2024-06'],
    ]);
  });

  it('without a publication date, a year only the text makes certain', () => {
    expect(dates('3月5日，镇里召开动员会。去年9月，新校舍启用。')).toEqual([
      ['3月5日', 'date', '--03-05'],
      ['9月', 'date', '--09'],
    ]);
  });

  it('a publication date wins over a year mentioned in passing', () => {
    const text = '2019年，村里建起了大棚。\n5月12日，第一批西红柿上市。';
    expect(dates(text)).toEqual([['2019年', 'year', 2019], ['5月12日', 'date', '2019-05-12']]);
    expect(dates(text, '2025-05-14')).toEqual([['2019年', 'year', 2019], ['5月12日', 'date', '2025-05-12']]);
  });

  it('a year stated in the same sentence still wins over the publication date', () => {
    expect(dates('2021年那个夏天，特别是7月20日的暴雨，让人难忘。', '2024-07-20')).toEqual([
      ['2021年', 'year', 2021],
      ['7月20日', 'date', '2021-07-20'],
    ]);
  });

  it('a year that opens a span or is a base of comparison gives no year to a later date in its sentence', () => {
    expect(dates('Exports have grown every year since 2016, and by the end of June reached a record.', '2024-07-02')).toEqual([
      ['2016', 'year', 2016],
      ['end of June', 'date', '2024-06'],
    ]);
    expect(dates('2018年以来累计投入资金，到9月底已完成全部改造。', '2023-10-08')).toEqual([
      ['2018年', 'year', 2018],
      ['9月底', 'date', '2023-09'],
    ]);
    // without a publication date, a span's opening year is not the article's either
    expect(dates('今年一季度完成投资。园区自2019年9月5日一期开工以来，累计引进企业32家。').filter(([, type]) => type === 'date')).toEqual([
      ['一季度', 'date', '--Q1'],
      ['2019年9月5日', 'date', '2019-09-05'],
    ]);
    expect(dates('比2020年多出三成，8月15日前全部交付。', '2022-08-01').filter(([, type]) => type === 'date')).toEqual([['8月15日', 'date', '2022-08-15']]);
  });

  it('a month long after the publication is last year, unless it is a plan', () => {
    expect(dates('11月18日，大桥合龙。', '2024-01-10')).toEqual([['11月18日', 'date', '2023-11-18']]);
    expect(dates('项目预计11月18日完工。', '2024-01-10')).toEqual([['11月18日', 'date', '2024-11-18']]);
    expect(dates('主体工程11月18日前完工。', '2024-01-10')).toEqual([['11月18日', 'date', '2024-11-18']]);
    expect(dates('11月18日，大桥合龙。', '2024-06-10')).toEqual([['11月18日', 'date', '2024-11-18']]);
  });

  it('never makes an impossible date: 2月29日 keeps its unknown year outside a leap year', () => {
    expect(dates('2月29日，志愿者上门服务。', '2023-03-02')).toEqual([['2月29日', 'date', '--02-29']]);
    expect(dates('2月29日，志愿者上门服务。', '2024-03-02')).toEqual([['2月29日', 'date', '2024-02-29']]);
  });

  it('reads the dateline of a page: a date before the weekday, after 发布时间, or before the time', () => {
    expect(dates('2022年4月2日 星期六\n4月1日，春播开始。')[1]).toEqual(['4月1日', 'date', '2022-04-01']);
    expect(dates('发布时间：2021-09-14\n2023年，全市将建成新图书馆。9月10日，图书馆奠基。')[2]).toEqual(['9月10日', 'date', '2021-09-10']);
    expect(dates('2020-11-03 08:15 来源：本报\n2022年底前完成改造。11月2日，工程启动。')[2]).toEqual(['11月2日', 'date', '2020-11-02']);
    // an event's time inside a sentence is no dateline
    expect(dates('会议于2021年5月8日 9:30召开。2023年，新馆建成。4月1日，新馆开放。')[2]).toEqual(['4月1日', 'date', '2023-04-01']);
  });

  it('takes the two-digit year in the century of the publication', () => {
    expect(dates('从27年起，他回到故乡。', '2030-01-01')).toEqual([['27年', 'year', 2027]]);
    expect(dates('从27年起，他回到故乡。', '2024-01-01')).toEqual([['27年', 'year', 1927]]);
    expect(dates('从27年起，他回到故乡。')).toEqual([['27年', 'year', 2027]]);
  });

  it('ignores a publication date that is not a date', () => {
    expect(dates('3月5日，镇里召开动员会。', 'soon')).toEqual([['3月5日', 'date', '--03-05']]);
    expect(dates('3月5日，镇里召开动员会。', '2024-13-01')).toEqual([['3月5日', 'date', '--03-05']]);
  });

  it('settles English dates from the publication date too', () => {
    expect(dates('The bridge opened on March 4, ahead of schedule.', '2023-03-06')).toEqual([['March 4', 'date', '2023-03-04']]);
    expect(dates('The bridge opened on March 4, ahead of schedule.')).toEqual([['March 4', 'date', '--03-04']]);
  });
});

describe("a story's own dateline", () => {
  it('reads 2024年1月3日讯 as the dateline, and a month long after it as last year', () => {
    expect(dates('2024年1月3日讯 去年全县完成投资。12月28日，项目竣工。')).toEqual([
      ['2024年1月3日', 'date', '2024-01-03'], ['12月28日', 'date', '2023-12-28'],
    ]);
  });

  it('counts a bulletin\'s 上年 from the year it reports on, 去年 from the article\'s', () => {
    expect(dates('2026年3月20日 星期五\n2025年全县生产总值增长6%。年末城镇化率比上年末提高1个百分点。', '2026-03-20').map(([t, , v]) => `${t}:${v}`)).toEqual([
      '2026年3月20日:2026-03-20', '2025年:2025', '6%:6', '年末:2025-12', '上年末:2024-12', '1个百分点:1',
    ]);
    // no year reported: 上年 counts from the article's year as 去年 does
    expect(dates('存款比上年末增长5%，去年底达到100亿元。', '2026-03-20').filter(([, type]) => type === 'date')).toEqual([
      ['上年末', 'date', '2025-12'], ['去年底', 'date', '2025-12'],
    ]);
    // a day listed after a bulletin's 上年 date counts from the same year
    expect(dates('2026年3月20日 星期五\n2025年全县生产总值增长6%。上年11月25日、26日两天降雪。', '2026-03-20').filter(([, type]) => type === 'date').map(([t, , v]) => `${t}:${v}`)).toEqual([
      '2026年3月20日:2026-03-20', '11月25日:2024-11-25', '26日:2024-11-26',
    ]);
  });
});

describe('a day without its month before an hour of the clock, or after 截至', () => {
  it.each<[string, Seen[]]>([
    ['市气象台20日16时发布寒潮预警。', [['20日', 'date', '2023-11-20']]],
    ['19日8时至20日8时，全市普降小雨。', [['19日', 'date', '2023-11-19'], ['20日', 'date', '2023-11-20']]],
    ['截至20日，全市水库蓄水2亿立方米。', [['20日', 'date', '2023-11-20'], ['2亿立方米', 'quantity', 200000000]]],
    // a day of every month, and hours alone, are no dates
    ['每月15日8时开放，每天9时至11时30分售票。', []],
  ])('%s', (text, expected) => expect(dates(text, '2023-11-20')).toEqual(expected));
});

describe('a day whose 日 is written only after the last one, and the start of a numbered year', () => {
  it.each<[string, Seen[]]>([
    ['展会于11月20至21日举行。', [['11月20至21日', 'date', '2023-11-20', '2023-11-21']]],
    ['11月20、21日两天，全市开展演练。', [['11月20', 'date', '2023-11-20'], ['21日', 'date', '2023-11-21']]],
    ['2023年初以来，全市新增企业3000家。', [['2023年初', 'date', '2023-01'], ['3000家', 'count', 3000]]],
    // 年初 alone is no date, nor a month followed by a count
    ['比年初增加3000户，11月20个项目开工。', [['3000户', 'count', 3000], ['11月', 'date', '2023-11'], ['20个', 'count', 20]]],
    // parts of two months joined by 至 are one range of the months; parts of one month stay apart
    ['9月中旬至10月下旬采收，11月底至12月初加工。', [['9月中旬至10月下旬', 'date', '2023-09', '2023-10'], ['11月底至12月初', 'date', '2023-11', '2023-12']]],
    ['3月上旬至中旬播种。', [['3月上旬', 'date', '2023-03']]],
    // a year of accounts, school or a season named by the word after its number, and a span of two
    ['2024财年，2023—2024学年，2023/2024榨季；2023/2022赛季和2024万元不是。', [['2024财年', 'year', 2024], ['2023—2024学年', 'year', 2023, 2024], ['2023/2024榨季', 'year', 2023, 2024], ['2024万元', 'money', 20240000]]],
    // a day in brackets after the day it dates; not a day in brackets after other words (30日内 is a span of days)
    ['周一（20日），昨天（19日），会议召开；有效期（30日内）。', [['20日', 'date', '2023-11-20'], ['19日', 'date', '2023-11-19'], ['30日', 'duration', 30]]],
  ])('%s', (text, expected) => expect(dates(text, '2023-11-20')).toEqual(expected));
});
