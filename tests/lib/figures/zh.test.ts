import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vocab from '../../../lib/figures/vocabulary';
import { extractChineseFigures } from '../../../lib/figures/zh';
import { figures, type Expected } from './zh-figures';

describe('numbers as regional news writes them', () => {
  it.each<[string, Expected[]]>([
    ['全年完成固定资产投资1,280.5万元。', [['1,280.5万元', 'money', 12805000, { unit: 'CNY' }]]],
    ['全区生产总值达到５２８．３６亿元。', [['５２８．３６亿元', 'money', 52836000000, { unit: 'CNY' }]]],
    ['新栽植苗木两千多棵。', [['两千多棵', 'count', 2000, { unit: '棵', approx: true }]]],
    ['村里共有二十户人家，其中十二户养牛。', [['二十户', 'count', 20, { unit: '户' }], ['十二户', 'count', 12, { unit: '户' }]]],
    ['项目总投资一百零五万元。', [['一百零五万元', 'money', 1050000, { unit: 'CNY' }]]],
    ['全镇常住人口三万四千人。', [['三万四千人', 'count', 34000, { unit: '人' }]]],
    ['园区吸纳就业3万4000人。', [['3万4000人', 'count', 34000, { unit: '人' }]]],
    ['累计发放贷款1,100万元。', [['1,100万元', 'money', 11000000, { unit: 'CNY' }]]],
    ['游客人数达25万6千人次。', [['25万6千人次', 'count', 256000, { unit: '人次' }]]],
    ['全市外贸进出口总额突破1.2万亿元。', [['1.2万亿元', 'money', 1200000000000, { unit: 'CNY' }]]],
    ['完成投资20余万元。', [['20余万元', 'money', 200000, { unit: 'CNY', approx: true }]]],
    ['这家企业出口额为3500万美元，另有800万港元。', [['3500万美元', 'money', 35000000, { unit: 'USD' }], ['800万港元', 'money', 8000000, { unit: 'HKD' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('percentages, ratios and measures', () => {
  it.each<[string, Expected[]]>([
    ['城镇化率达到63.45%，同比提高1.2个百分点。', [['63.45%', 'percent', 63.45, { unit: '%' }], ['1.2个百分点', 'percent', 1.2, { unit: 'pp' }]]],
    ['优良天数比例提升了百分之十。', [['百分之十', 'percent', 10, { unit: '%' }]]],
    ['亩产比去年提高1.5—3倍。', [['1.5—3倍', 'ratio', 1.5, { unit: 'x', high: 3 }]]],
    ['新建厂房1500多平方米。', [['1500多平方米', 'quantity', 1500, { unit: 'm2', approx: true }]]],
    ['每户流转土地2-3亩。', [['2-3亩', 'quantity', 2, { unit: 'mu', high: 3 }]]],
    ['年产蔬菜5.6万吨，配套冷库3000立方米。', [['5.6万吨', 'quantity', 56000, { unit: 't' }], ['3000立方米', 'quantity', 3000, { unit: 'm3' }]]],
    ['新修道路12.8公里。', [['12.8公里', 'quantity', 12.8, { unit: 'km' }]]],
    ['光伏电站年发电量120万千瓦时。', [['120万千瓦时', 'quantity', 1200000, { unit: 'kWh' }]]],
    ['他家承包了半亩果园。', [['半亩', 'quantity', 0.5, { unit: 'mu' }]]],
    ['项目投资3至5万元不等。', [['3至5万元', 'money', 30000, { unit: 'CNY', high: 50000 }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('counts with classifiers', () => {
  it.each<[string, Expected[]]>([
    ['全区共有贫困户4127户、贫困人口8904人。', [['4127户', 'count', 4127, { unit: '户' }], ['8904人', 'count', 8904, { unit: '人' }]]],
    ['招聘教师56名，新开工项目18个，签约企业9家。', [['56名', 'count', 56, { unit: '名' }], ['18个', 'count', 18, { unit: '个' }], ['9家', 'count', 9, { unit: '家' }]]],
    ['举办招聘会12场次，解决问题46件。', [['12场次', 'count', 12, { unit: '场次' }], ['46件', 'count', 46, { unit: '件' }]]],
    ['组建了8支志愿服务队，培育3项特色产业。', [['8支', 'count', 8, { unit: '支' }], ['3项', 'count', 3, { unit: '项' }]]],
    ['镇上建起了两座公交站和6处停车场。', [['两座', 'count', 2, { unit: '座' }], ['6处', 'count', 6, { unit: '处' }]]],
    ['全市300余名党员参加了培训。', [['300余名', 'count', 300, { unit: '名', approx: true }]]],
    ['大棚里种了两\n\n个品种。', [['两\n\n个', 'count', 2, { unit: '个' }]]],
    ['覆盖全县56个村。', [['56个', 'count', 56, { unit: '个' }]]],
    ['韭菜一年能收5茬，分3批次上市。', [['5茬', 'count', 5, { unit: '茬' }], ['3批次', 'count', 3, { unit: '批次' }]]],
    ['小店一天能卖300多碗面，一件头套要钩2万多针。', [['300多碗', 'count', 300, { unit: '碗', approx: true }], ['2万多针', 'count', 20000, { unit: '针', approx: true }]]],
    ['周末能卖出500多杯果茶，物流园日均发货4.5万票。', [['500多杯', 'count', 500, { unit: '杯', approx: true }], ['4.5万票', 'count', 45000, { unit: '票' }]]],
    ['东方白鹳繁殖巢数达238巢。', [['238巢', 'count', 238, { unit: '巢' }]]],
    ['一匹鲁锦要经过72道工序，一道也不能少。', [['72道', 'count', 72, { unit: '道' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('approximation', () => {
  it.each<[string, Expected[]]>([
    ['到场观众近5000人。', [['5000人', 'count', 5000, { unit: '人', approx: true }]]],
    ['受益群众约1.2万户。', [['1.2万户', 'count', 12000, { unit: '户', approx: true }]]],
    ['年销售收入超过3亿元。', [['3亿元', 'money', 300000000, { unit: 'CNY', approx: true }]]],
    ['每亩增收不到800元。', [['800元', 'money', 800, { unit: 'CNY', approx: true }]]],
    ['增长8%以上。', [['8%', 'percent', 8, { unit: '%', approx: true }]]],
    ['培育企业30家左右。', [['30家', 'count', 30, { unit: '家', approx: true }]]],
    ['每户增收2000元\n\n以上。', [['2000元', 'money', 2000, { unit: 'CNY', approx: true }]]],
    ['预计带动增收4万元。', [['4万元', 'money', 40000, { unit: 'CNY' }]]],
    ['最近3天气温回升，附近2公里内有学校。', [['3天', 'duration', 3, { unit: 'day' }], ['2公里', 'quantity', 2, { unit: 'km' }]]],
    ['经过5年建设。', [['5年', 'duration', 5, { unit: 'year' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('ranks', () => {
  it.each<[string, Expected[]]>([
    ['全市综合考核位列全省第七。', [['第七', 'rank', 7]]],
    ['他在比赛中排名第二，', [['第二', 'rank', 2]]],
    ['这是该项目实施的第21天。', [['第21天', 'rank', 21, { unit: '天' }]]],
    ['增速进入全省前三名。', [['前三名', 'rank', 3]]],
    ['去年该指标曾排在倒数第一。', [['倒数第一', 'rank', 1]]],
    // 前 before a span of time is "before" or "the first", no top N: the span is a figure of its own (提前5天, 春节前15天)
    ['供暖比往年提前5天，春节前15天集市最旺，前三天接待游客最多。', [['5天', 'duration', 5, { unit: 'day' }], ['15天', 'duration', 15, { unit: 'day' }], ['三天', 'duration', 3, { unit: 'day' }]]],
    ['这是全市第一位获此殊荣的村医。', [['第一位', 'rank', 1, { unit: '位' }]]],
    ['苹果产量居全国地级市首位，出口额位居全省榜首。', [['首位', 'rank', 1], ['榜首', 'rank', 1]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('dates, years and durations', () => {
  it.each<[string, Expected[]]>([
    ['2021年6月18日，区委召开全会。', [['2021年6月18日', 'date', '2021-06-18']]],
    ['2022年3月，项目开工。5月20日，主体完工。', [['2022年3月', 'date', '2022-03'], ['5月20日', 'date', '2022-05-20']]],
    ['活动于8月3日举行。', [['8月3日', 'date', '--08-03']]],
    ['2023年，全市新增就业5万人。7月28日—30日举办展会。', [
      ['2023年', 'year', 2023], ['5万人', 'count', 50000, { unit: '人' }], ['7月28日—30日', 'date', '2023-07-28', { high: '2023-07-30' }],
    ]],
    ['工程将于2024年8月底完工，今年一季度已完成投资过半。2024年上半年', [
      ['2024年8月底', 'date', '2024-08'], ['一季度', 'date', '2024-Q1'], ['2024年上半年', 'date', '2024-H1'],
    ]],
    ['2020年，村里修了路。去年9月份他回到村里。', [['2020年', 'year', 2020], ['9月份', 'date', '2019-09']]],
    ['二〇一九年十二月十日', [['二〇一九年十二月十日', 'date', '2019-12-10']]],
    ['2018这一年，村里变了样。', [['2018', 'year', 2018]]],
    ['全程只用了二十分钟，工期3个多月，休整两天半。', [
      ['二十分钟', 'duration', 20, { unit: 'min' }], ['3个多月', 'duration', 3, { unit: 'month', approx: true }], ['两天半', 'duration', 2.5, { unit: 'day' }],
    ]],
    ['近10年间人口持续流入，每半年评估一次。', [['10年间', 'duration', 10, { unit: 'year', approx: true }], ['半年', 'duration', 0.5, { unit: 'year' }]]],
    ['2022年12月30日 星期五\n第3版\n12月29日，全市召开会议。3月份启动。', [
      ['2022年12月30日', 'date', '2022-12-30'], ['12月29日', 'date', '2022-12-29'], ['3月份', 'date', '2022-03'],
    ]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('takes the year from a dateline over later years the article mentions', () => {
    const text = '2021年5月8日 星期六\n本报讯 5月7日，记者获悉，到2025年全市将新增绿地3000亩。';
    expect(figures(text).map((f) => f[2])).toEqual(['2021-05-08', '2021-05-07', 2025, 3000]);
  });

  it('reads a day without its month as of the article’s month, and not at all without one', () => {
    expect(figures('2021年5月8日 星期六\n本报讯 7日上午，全市召开会议。')).toEqual([['2021年5月8日', 'date', '2021-05-08'], ['7日', 'date', '2021-05-07']]);
    // 3日内 is a span of three days, no day of the month
    expect(figures('18日，记者从县里获悉。项目须在3日内完成，每月15日发放。')).toEqual([['3日', 'duration', 3, { unit: 'day' }]]);
    expect(figures('2024年1月8日 星期一\n上月15日，项目开工；本月20日，县里召开会议。')).toEqual([['2024年1月8日', 'date', '2024-01-08'], ['15日', 'date', '2023-12-15'], ['20日', 'date', '2024-01-20']]);
    // a reading of the weather or a part of the day after a day makes it a date after a place too; not after 每月
    expect(figures('2023年11月20日 星期一\n哈尔滨19日最低气温降至零下二十三度，北京18日夜间有雪，每月15日上午发放。')).toEqual([
      ['2023年11月20日', 'date', '2023-11-20'], ['19日', 'date', '2023-11-19'], ['零下二十三度', 'quantity', -23, { unit: '°C' }], ['18日', 'date', '2023-11-18'],
    ]);
    // not after a word of a span (未来3日白天 are three days, no date)
    expect(figures('2023年11月20日 星期一\n未来3日白天气温回升。')).toEqual([['2023年11月20日', 'date', '2023-11-20']]);
    // a year of an exam or a budget ahead of the article's (2024年度) is no time of the dates after it; one behind it is (2022年度 … 12月)
    expect(figures('2023年11月20日 星期一\n2024年度国家公务员考试报名11月2日结束。2022年度全县完成投资，12月当月增长。').map((f) => f[2])).toEqual(['2023-11-20', 2024, '2023-11-02', 2022, '2022-12']);
    // the morning and noon are parts of the day too (根河市20日早晨), not after 连续
    expect(figures('2023年11月20日 星期一\n根河市20日早晨气温最低，连续5日晚上降雪。')).toEqual([['2023年11月20日', 'date', '2023-11-20'], ['20日', 'date', '2023-11-20']]);
  });

  it('does not take a planned year as the article year', () => {
    expect(figures('力争到2030年建成。6月1日开放。').map((f) => f[2])).toEqual([2030, '--06-01']);
  });

  it('does not take the start of a span as the article year', () => {
    expect(figures('2019年以来，村里建成大棚22个。预计明年6月投产。').map((f) => f[2])).toEqual([2019, 22, '--06']);
    expect(figures('2021年起，全镇推广稻渔种养。今年3月新增基地两处。').map((f) => f[2])).toEqual([2021, '--03', 2]);
    expect(figures('从2022年3月至今，累计接待游客12万人次。8月起实行预约。').map((f) => f[2])).toEqual(['2022-03', 120000, '--08']);
  });
});

describe('what is not a figure', () => {
  it.each<[string]>([
    ['认真谋划“十四五”发展，实施“六个一”工程和三大工程，推动五个转变。'],
    ['会议审议通过了第十二届委员会的报告，召开八次全体会议。'],
    ['打通服务群众最后一公里，一口气干完，第一时间赶到现场。'],
    ['一是加强领导，二是强化保障。'],
    ['他用了一天时间，走访一次，发放了一批物资，整治一处。'],
    ['两地签约，双方同意。'],
    ['下午一点多开会，上午10时30分结束。'],
    ['咨询电话：0533-2186543，手机13905331234。'],
    ['车牌号为鲁C5K321的车辆，5G基站，G20峰会。'],
    ['详见 https://example.cn/news/2021/0618/123.html 或发邮件至 news2021@example.cn。'],
    ['他读了《2020年政府工作报告》。'],
    ['让全村人信心百倍。'],
    ['出台支持人才发展的十条意见，落实“人才新政”20条。'],
    ['拿到了第一笔卖菜钱，这是他第一次参加。'],
    ['第一，要提高认识；第二，要落实责任。'],
    ['他们千方百计为千家万户服务，三年五载也不放弃。'],
    ['星期三上午，周五下午。'],
    ['农历癸卯年三月廿三。'],
    ['第一产业增加值增长，第三产业占比提高。'],
    ['县第一高级中学、第二实验小学和第三人民医院的志愿者来到村里。'],
    ['他考上了县第二中学，妹妹在第一初级中学读书。'],
    ['山东第一医科大学的新生，第二师范学院和第一大学的老师。'],
    ['侗寨的百家宴上，寨老讲起百家姓的来历；景区里立着天下第一壶的雕塑。'],
    ['05 县区新闻 编辑 张明\nB12 乡村振兴\n济宁日报 7\n区县新闻'],
    ['汽车零部件企业新上了生产线，零件和零配件都在本地配套。'],
    ['玫瑰花开，香飘四方。'],
    ['要把群众安全摆在首位，市县两级法院和省市县三级政府联动。'],
  ])('%s', (text) => expect(figures(text)).toEqual([]));
});

describe('offsets', () => {
  it('indexes the text in UTF-16 code units, also after characters outside the BMP', () => {
    const text = '𠀀𠀁村里有12户，增收3万元。';
    for (const a of extractChineseFigures(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(figures(text).map((f) => f[0])).toEqual(['12户', '3万元']);
  });
});

describe('less common forms', () => {
  it.each<[string, Expected[]]>([
    ['2023年，前三季度全市GDP增长5.1%，1-9月进出口增长8%，前5个月用电量增长。', [
      ['2023年', 'year', 2023], ['前三季度', 'date', '2023-Q1', { high: '2023-Q3' }], ['5.1%', 'percent', 5.1, { unit: '%' }],
      ['1-9月', 'date', '2023-01', { high: '2023-09' }], ['8%', 'percent', 8, { unit: '%' }], ['前5个月', 'date', '2023-01', { high: '2023-05' }],
    ]],
    ['规划期为2021—2025年。', [['2021—2025年', 'year', 2021, { high: 2025 }]]],
    ['上百人参加，万余名群众观看，数十家企业参展。', [
      ['上百人', 'count', 100, { unit: '人', approx: true }], ['万余名', 'count', 10000, { unit: '名', approx: true }], ['数十家', 'count', 10, { unit: '家', approx: true }],
    ]],
    // 就业 is a word of people: 800万 of them are a count
    ['项目总投资2.3亿，带动就业800万。', [['2.3亿', 'money', 230000000, { unit: 'CNY' }], ['800万', 'count', 8000000]]],
    ['全村三分之一的农户种植樱桃。', [['三分之一', 'ratio', 1 / 3, { unit: 'fraction' }]]],
    ['增速回落三点五个百分点。', [['三点五个百分点', 'percent', 3.5, { unit: 'pp' }]]],
    ['该景区是国家4A级旅游景区。', [['4A级', 'other', 4, { unit: 'A级' }]]],
    ['通知于2022.8.15发布，2022-08-16生效。', [['2022.8.15', 'date', '2022-08-15'], ['2022-08-16', 'date', '2022-08-16']]],
    ['他已经在村里干了3年多。', [['3年', 'duration', 3, { unit: 'year', approx: true }]]],
    ['PM2.5平均浓度为35微克/立方米。', [['35微克/立方米', 'quantity', 35, { unit: 'ug/m3' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('bounds as approximation', () => {
  it.each<[string, Expected[]]>([
    ['每年安排不低于5000万元的资金，至少30家企业参与。', [['5000万元', 'money', 50000000, { unit: 'CNY', approx: true }], ['30家', 'count', 30, { unit: '家', approx: true }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('Chinese text never fails as a whole', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loses only the figure whose rule fails, and says so', () => {
    const text = '一季度全县完成投资12亿元，上半年增长5.6%，全年新增就业3000人。';
    const periods = vocab.periods.match.bind(vocab.periods);
    vi.spyOn(vocab.periods, 'match').mockImplementation((t: string, at: number) => {
      if (t[at] === '上') throw new Error('a rule failed');
      return periods(t, at);
    });
    const errors: number[] = [];
    const found = extractChineseFigures(text, undefined, (_, at) => errors.push(at)).map((a) => a.text);
    expect(found).toEqual(['一季度', '12亿元', '5.6%', '3000人']);
    expect(errors).toEqual([text.indexOf('上半年')]);
  });
});

describe('ratios, scores, spans of time in several units, listed dates and tiers (and what they are not)', () => {
  it.each<[string, Expected[]]>([
    ['城乡居民收入比为2.15:1。', [['2.15:1', 'ratio', 2.15, { unit: 'ratio' }]]],
    ['最终客队以3:2险胜。', [['3:2', 'other', 3, { unit: 'score' }]]],
    ['发布时间：08:30，记者到达现场。', []],
    ['活动于19:30在胜利广场开始。', []],
    ['三次产业结构调整为10.9:39.1:50.0。', []],
    ['基尼系数由0.47降至0.46。', [['0.47', 'other', 0.47], ['0.46', 'other', 0.46]]],
    ['列车运行时间压缩至2小时零5分钟。', [['2小时零5分钟', 'duration', 125, { unit: 'min' }]]],
    ['他以10秒2的成绩夺冠。', [['10秒2', 'duration', 10.2, { unit: 's' }]]],
    ['3年6个县脱贫摘帽。', [['3年', 'duration', 3, { unit: 'year' }], ['6个', 'count', 6, { unit: '个' }]]],
    ['去年3、4月份降雨偏多。', [['3', 'date', '--03'], ['4月份', 'date', '--04']]],
    ['3、5号楼已封顶。', []],
    ['产值迈上百亿级台阶，跃上千亿元级。', [['百亿级', 'money', 10000000000, { unit: 'CNY', approx: true }], ['千亿元级', 'money', 100000000000, { unit: 'CNY', approx: true }]]],
    ['全县上万人参加活动。', [['上万人', 'count', 10000, { unit: '人', approx: true }]]],
    ['港区有30万吨级原油码头2个，主线为双向6车道。', [['30万吨级', 'quantity', 300000, { unit: 't' }], ['2个', 'count', 2, { unit: '个' }], ['6车道', 'count', 6, { unit: '车道' }]]],
    ['最低气温零下5至零下3度，山区-9～-6℃。', [['零下5至零下3度', 'quantity', -5, { unit: '°C', high: -3 }], ['-9～-6℃', 'quantity', -9, { unit: '°C', high: -6 }]]],
    ['他跳出了2米05，宽3米12米长的棚。', [['2米05', 'quantity', 2.05, { unit: 'm' }], ['3米', 'quantity', 3, { unit: 'm' }], ['12米', 'quantity', 12, { unit: 'm' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('results, exams, markets and courts (and what they are not)', () => {
  it.each<[string, Expected[]]>([
    ['主队以2:1逆转客队，上半场一度以0:1落后。', [['2:1', 'other', 2, { unit: 'score' }], ['0:1', 'other', 0, { unit: 'score' }]]],
    ['最终以45分列积分榜第7位，场均得到24.6分。', [['45分', 'other', 45, { unit: '分' }], ['第7位', 'rank', 7, { unit: '位' }], ['24.6分', 'other', 24.6, { unit: '分' }]]],
    // a round of a league is a session, not a rank
    ['中超联赛第30轮比赛中，主队排名第7位。', [['第7位', 'rank', 7, { unit: '位' }]]],
    ['今年普通类一段线为443分，二段线150分。', [['443分', 'other', 443, { unit: '分' }], ['150分', 'other', 150, { unit: '分' }]]],
    ['该校本科录取1268人，其中650分以上43人。', [['1268人', 'count', 1268, { unit: '人' }], ['650分', 'other', 650, { unit: '分', approx: true }], ['43人', 'count', 43, { unit: '人' }]]],
    // a minute of the clock in a sentence of admissions is no score
    ['本科录取结束，考试时间为8时30分。', []],
    ['研究生报录比约为3.6:1。', [['3.6:1', 'ratio', 3.6, { unit: 'ratio' }]]],
    ['现货黄金突破2000美元/盎司，央行黄金储备7187万盎司。', [['2000美元/盎司', 'money', 2000, { unit: 'USD/oz' }], ['7187万盎司', 'quantity', 71870000, { unit: 'oz' }]]],
    ['血液中酒精含量为186.5mg/100ml，另一人为92毫克/100毫升。', [['186.5mg/100ml', 'quantity', 186.5, { unit: 'mg/100ml' }], ['92毫克/100毫升', 'quantity', 92, { unit: 'mg/100ml' }]]],
    ['2023年度全市重点项目名单公布。', [['2023年度', 'year', 2023]]],
    ['她语文128分、数学145分，文化课320分、专业课200分。', [['128分', 'other', 128, { unit: '分' }], ['145分', 'other', 145, { unit: '分' }], ['320分', 'other', 320, { unit: '分' }], ['200分', 'other', 200, { unit: '分' }]]],
    // a change of a bare amount is of the kind its sentence counts; with no such word it stays unknown
    ['报名人数达474万，比去年减少3.6万；总投资2.3亿，比上年增加0.5亿。今年比去年减少3万。', [
      ['474万', 'count', 4740000], ['3.6万', 'count', 36000], ['2.3亿', 'money', 230000000, { unit: 'CNY' }], ['0.5亿', 'money', 50000000, { unit: 'CNY' }], ['3万', 'other', 30000],
    ]],
    // a hospital's grade is no figure, and the week of a month is an ordinal as 第二天 is
    ['全市二级以上医院56家，活动进入第三周。', [['56家', 'count', 56, { unit: '家' }], ['第三周', 'rank', 3, { unit: '周' }]]],
    ['二级以上公立医院平均住院日7.2天，三级综合医院12家；一分一段表显示，600分对应位次2.1万名。', [
      ['7.2天', 'duration', 7.2, { unit: 'day' }], ['12家', 'count', 12, { unit: '家' }], ['600分', 'other', 600, { unit: '分' }], ['2.1万名', 'count', 21000, { unit: '名' }],
    ]],
    // the minute of a match is a time, not a rank
    ['外援砍下36分和14个篮板，第78分钟打入一球。', [['36分', 'other', 36, { unit: '分' }], ['14个', 'count', 14, { unit: '个' }]]],
    ['笔试成绩60分及以上者进入面试，笔试和面试成绩按4:6计入，普职比约为6:4。', [['60分', 'other', 60, { unit: '分', approx: true }], ['4:6', 'ratio', 0.666666666667, { unit: 'ratio' }], ['6:4', 'ratio', 1.5, { unit: 'ratio' }]]],
    ['本周沪指失守3100点整数关口。', [['3100点', 'other', 3100, { unit: '点' }]]],
    // 班 counts a line's runs after a word of a line or its runs; a school's class is a name
    ['客滚航线每天往返4班，公交每天发车60班左右；一年级3班的学生。', [['4班', 'count', 4, { unit: '班' }], ['60班', 'count', 60, { unit: '班', approx: true }]]],
    // 平 is square metres only where a home is spoken of: 2平 of a season's record is a draw
    ['这套房子九十八平，去年买的时候一百三十五万。主队3胜2平1负。', [['九十八平', 'quantity', 98, { unit: 'm2' }], ['一百三十五万', 'money', 1350000, { unit: 'CNY' }]]],
    ['电费两千多块，比烧煤省了一千来块；枣卖了三万零五百，比去年多了两千。', [
      ['两千多块', 'money', 2000, { unit: 'CNY', approx: true }], ['一千来块', 'money', 1000, { unit: 'CNY', approx: true }], ['三万零五百', 'money', 30500, { unit: 'CNY' }], ['两千', 'money', 2000, { unit: 'CNY' }],
    ]],
    // a race's time written with colons is in seconds by a word of a result; alone it is a time of day
    ['他以2:08:36的成绩夺冠，她游出1:45.63。会议于08:30:15开始。', [['2:08:36', 'duration', 7716, { unit: 's' }], ['1:45.63', 'duration', 105.63, { unit: 's' }]]],
    ['他以总成绩256.5分获得冠军，以3分之差险胜，领先15分进入第四节。', [['256.5分', 'other', 256.5, { unit: '分' }], ['3分', 'other', 3, { unit: '分' }], ['15分', 'other', 15, { unit: '分' }]]],
    ['“房价一平一万二，贵的要一万五；房贷四千多，总价两百万出头，一百二十平的房子。”', [
      ['一万二', 'money', 12000, { unit: 'CNY' }], ['一万五', 'money', 15000, { unit: 'CNY' }], ['四千多', 'money', 4000, { unit: 'CNY', approx: true }], ['两百万', 'money', 2000000, { unit: 'CNY', approx: true }], ['一百二十平', 'quantity', 120, { unit: 'm2' }],
    ]],
    // rates of coal per unit written as one unit, no 千瓦 of 1,000 watts after the slash
    ['供电煤耗295克标准煤/千瓦时，万元GDP能耗0.42吨标准煤/万元，吨钢综合能耗545千克标准煤。', [
      ['295克标准煤/千瓦时', 'quantity', 295, { unit: 'gce/kWh' }], ['0.42吨标准煤/万元', 'quantity', 0.42, { unit: 'tce/10kCNY' }], ['545千克标准煤', 'quantity', 545, { unit: 'kgce' }],
    ]],
    // a measure or count per unit keeps the unit after its slash, which is no figure of its own
    ['排放限值50毫克/千瓦时，油耗6升/百公里，人口密度120人/平方千米；运价3吨/5吨两档。', [
      ['50毫克/千瓦时', 'quantity', 50, { unit: 'mg/kWh' }], ['6升/百公里', 'quantity', 6, { unit: 'L/100km' }], ['120人/平方千米', 'count', 120, { unit: '人/km2' }], ['3吨', 'quantity', 3, { unit: 't' }], ['5吨', 'quantity', 5, { unit: 't' }],
    ]],
    // a sign word signs both ends when the unit is written once, the first alone when it has its own unit
    ['气温零下2℃至5℃，山区零下5～零下3℃，高原零下3到5℃。', [['零下2℃至5℃', 'quantity', -2, { unit: '°C', high: 5 }], ['零下5～零下3℃', 'quantity', -5, { unit: '°C', high: -3 }], ['零下3到5℃', 'quantity', -5, { unit: '°C', high: -3 }]]],
    // a shot's score, not a ring road
    ['他打出了10.9环，总成绩628.5环；5环路和三环以内限行。', [['10.9环', 'other', 10.9, { unit: '环' }], ['628.5环', 'other', 628.5, { unit: '环' }]]],
    // a product's term (三个月期, 三年期) is no span of time; 三年期间 and 五年期限 are
    ['三个月期铜收于每吨8190美元，三年期国债利率2.38%，过去五年期间新增就业3万人，五年期限届满。', [
      ['8190美元', 'money', 8190, { unit: 'USD' }], ['2.38%', 'percent', 2.38, { unit: '%' }], ['五年', 'duration', 5, { unit: 'year' }], ['3万人', 'count', 30000, { unit: '人' }], ['五年', 'duration', 5, { unit: 'year' }],
    ]],
    // 零上 signs a number above zero inside its span, and ends a range that starts below it; alone it is no figure
    ['最高气温零上5℃，最低零下3℃到零上2℃，午后零上三四度；零上的天气。', [
      ['零上5℃', 'quantity', 5, { unit: '°C' }], ['零下3℃到零上2℃', 'quantity', -3, { unit: '°C', high: 2 }], ['零上三四度', 'quantity', 3, { unit: '°C', approx: true, high: 4 }],
    ]],
    // a bare signed range after a word of temperature is in °C; a bare signed number elsewhere has no unit
    ['未来三天气温零下12～零下4，净利润负3，湖面零下5。', [['三天', 'duration', 3, { unit: 'day' }], ['零下12～零下4', 'quantity', -12, { unit: '°C', high: -4 }], ['负3', 'other', -3], ['零下5', 'other', -5]]],
    // 港仙 is a hundredth of a Hong Kong dollar
    ['中期股息每股12港仙，全年派息0.52港元。', [['12港仙', 'money', 0.12, { unit: 'HKD' }], ['0.52港元', 'money', 0.52, { unit: 'HKD' }]]],
    // 块 before the measure it prices is yuan, and the measure of one is no figure; 块 of pieces stays a count
    ['白萝卜两块一斤，前腿肉十三块一斤，算你十八块；捡了两块石头。', [['两块', 'money', 2, { unit: 'CNY' }], ['十三块', 'money', 13, { unit: 'CNY' }], ['十八块', 'money', 18, { unit: 'CNY' }]]],
    // a measure of one before a yield in another unit is the yield's unit; before the same unit it is a figure
    ['一亩能收六吨多，一吨水泥和5吨钢材。', [['六吨', 'quantity', 6, { unit: 't', approx: true }], ['一吨', 'quantity', 1, { unit: 't' }], ['5吨', 'quantity', 5, { unit: 't' }]]],
    // a bare 前N that is no top N leaves its number to be read (节前15天); 前三名 is a rank
    ['节前15天，节后25天，进入前三名。', [['15天', 'duration', 15, { unit: 'day' }], ['25天', 'duration', 25, { unit: 'day' }], ['前三名', 'rank', 3]]],
    // a term's ordinal is no rank
    ['第一学期20周，第二学年开设实习课，获得第二名。', [['20周', 'duration', 20, { unit: 'week' }], ['第二名', 'rank', 2, { unit: '名' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('old numerals, spoken parts and words of time (batch S)', () => {
  it('reads a quoted date as the date it quotes, where a quoted label holds no figure', () => {
    expect(figures('告示落款为“二〇二三年十一月廿日”，推出“24小时不打烊”服务。')).toEqual([['二〇二三年十一月廿日', 'date', '2023-11-20']]);
  });

  it('reads a half that opens the text, as one inside it, and not 上半年; 一半 is a fraction of its own', () => {
    expect(figures('半个小时后，游客又多了半天的行程。')).toEqual([['半个小时', 'duration', 0.5, { unit: 'h' }], ['半天', 'duration', 0.5, { unit: 'day' }]]);
    expect(figures('一半农户上半年增收。')).toEqual([['一半', 'ratio', 0.5, { unit: 'fraction' }], ['上半年', 'date', '--H1']]);
  });

  it.each<[string, Expected[]]>([
    // 廿 and 卅 are twenty and thirty, alone or before a digit; in a lunar date they date nothing
    ['落款二〇二三年十一月廿日，摆摊卅年，廿三人参加；腊月廿三是小年。', [['二〇二三年十一月廿日', 'date', '2023-11-20'], ['卅年', 'duration', 30, { unit: 'year' }], ['廿三人', 'count', 23, { unit: '人' }]]],
    // a century alone is other with its number; with its decade it is the decade's years; 上世纪 alone is none
    ['建于19世纪末，进入二十一世纪，始于20世纪90年代，上世纪末的老屋。', [['19世纪', 'other', 19, { unit: 'century' }], ['二十一世纪', 'other', 21, { unit: 'century' }], ['20世纪90年代', 'year', 1990, { high: 1999 }]]],
    // 日 before 内 counts days; a day of a month before 内 stays a date
    ['判决生效后十日内履行，15日以内答复，12月15日内完成。', [['十日', 'duration', 10, { unit: 'day' }], ['15日', 'duration', 15, { unit: 'day' }], ['12月15日', 'date', '--12-15']]],
    // a range of years whose later end is written with two digits
    ['2010-12年间新建学校，2019-2020年完成改造，2015-08出版。', [['2010-12年', 'year', 2010, { high: 2012 }], ['2019-2020年', 'year', 2019, { high: 2020 }], ['2015-08', 'date', '2015-08']]],
    // 成 with a spoken tenth after it (五成五 is 55%); 三五成群 is no figure
    ['女生占五成五，七成八的农户，三五成群。', [['五成五', 'percent', 55, { unit: '%' }], ['七成八', 'percent', 78, { unit: '%' }]]],
    // a bare amount after a word of comparison and its comma, in a sentence of money; with no word of money it is none
    ['我每个月养老金一千八，老伴的少一点，一千五出头。他的多一点，两千二。', [['一千八', 'money', 1800, { unit: 'CNY' }], ['一千五', 'money', 1500, { unit: 'CNY', approx: true }]]],
    // a bare amount after a word of change, in a sentence of borrowed money
    ['我就借了他两万，一年就变成了四万八。', [['两万', 'money', 20000, { unit: 'CNY' }], ['四万八', 'money', 48000, { unit: 'CNY' }]]],
    // 毛 after a word of a price's discount, 块 before 出头 or 都; 块 of pieces stays a count
    ['给你抹掉五毛，学费要三万块出头；一头能赚一千来块，现在两三百块都难；搬了两块石头。', [['五毛', 'money', 0.5, { unit: 'CNY' }], ['三万块', 'money', 30000, { unit: 'CNY', approx: true }], ['一千来块', 'money', 1000, { unit: 'CNY', approx: true }], ['两三百块', 'money', 200, { unit: 'CNY', approx: true, high: 300 }]]],
    // a flow in m³/s keeps its per-second unit
    ['最大下泄流量8600m³/s，库容3m³。', [['8600m³/s', 'quantity', 8600, { unit: 'm3/s' }], ['3m³', 'quantity', 3, { unit: 'm3' }]]],
    // a bare spoken amount after the time it is earned in is yuan; after a word of people it counts them
    ['两口子一年也就十来万，一个月三千五。景区一年接待游客十来万，全市一年新增就业三万。', [['十来万', 'money', 100000, { unit: 'CNY', approx: true }], ['三千五', 'money', 3500, { unit: 'CNY' }], ['十来万', 'count', 100000, { approx: true }], ['三万', 'count', 30000]]],
    // 股 counts strands or shares; 股东 and a denominator after 每 are none
    ['主缆由217股索股组成，持有5000股，股东300名，每10股派5元。', [['217股', 'count', 217, { unit: '股' }], ['5000股', 'count', 5000, { unit: '股' }], ['300名', 'count', 300, { unit: '名' }], ['5元', 'money', 5, { unit: 'CNY' }]]],
    // 块 counts pieces when the sentence goes on with 每块; is yuan after 一份 or at a clause's end in a sentence of money; 两块蛋糕 counts cakes
    ['每天采冰1.2万块，每块冰重600公斤。毛肚一份四十八块。套袋一个五分钱，光这就五六百块。买了两块蛋糕。', [
      ['1.2万块', 'count', 12000, { unit: '块' }], ['600公斤', 'quantity', 600, { unit: 'kg' }], ['四十八块', 'money', 48, { unit: 'CNY' }], ['五分钱', 'money', 0.05, { unit: 'CNY' }], ['五六百块', 'money', 500, { unit: 'CNY', approx: true, high: 600 }],
    ]],
    // two digits before 年 after 到现在 or before 了 are a span of years; after 从 a year
    ['锅是1998年开的，到现在25年了，从98年开始卖火锅。', [['1998年', 'year', 1998], ['25年', 'duration', 25, { unit: 'year' }], ['98年', 'year', 1998]]],
    // 台套 counts machines in sets, one classifier
    ['投入农机具26.3万台套，新增5台。', [['26.3万台套', 'count', 263000, { unit: '台套' }], ['5台', 'count', 5, { unit: '台' }]]],
    // a yuan's tenths and hundredths named after a spoken amount are inside it; 五元一斤 prices a jin
    ['每公斤4块3毛钱，单价12元3角5分，两毛五分钱，五元八角；五元一斤。', [['4块3毛钱', 'money', 4.3, { unit: 'CNY' }], ['12元3角5分', 'money', 12.35, { unit: 'CNY' }], ['两毛五分钱', 'money', 0.25, { unit: 'CNY' }], ['五元八角', 'money', 5.8, { unit: 'CNY' }], ['五元', 'money', 5, { unit: 'CNY' }]]],
    // 半 after money or tenths is half of one more; not 半年 after an amount
    ['每斤卖两块半，增长一成半，投资100万元半年内完工。', [['两块半', 'money', 2.5, { unit: 'CNY' }], ['一成半', 'percent', 15, { unit: '%' }], ['100万元', 'money', 1000000, { unit: 'CNY' }], ['半年', 'duration', 0.5, { unit: 'year' }]]],
    // 前N after a verb of getting into it is the top N; 前三天 is not
    ['两名小将跑进了前八，前三天下雨。', [['两名', 'count', 2, { unit: '名' }], ['前八', 'rank', 8], ['三天', 'duration', 3, { unit: 'day' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('old units, ages without 岁, lists of bare amounts and trips (batch U)', () => {
  it.each<[string, Expected[]]>([
    // 尺, 寸, 丈 and 里 measure; 二尺四, 一丈二 are spoken decimals; the idioms that hold them are no figures
    ['磨盘直径二尺四，窑洞宽一丈二，厚三寸，离县城六十多里。守了三尺讲台，一寸光阴一寸金，万里长城。', [
      ['二尺四', 'quantity', 2.4, { unit: 'chi' }], ['一丈二', 'quantity', 1.2, { unit: 'zhang' }], ['三寸', 'quantity', 3, { unit: 'cun' }], ['六十多里', 'quantity', 60, { unit: 'li', approx: true }],
    ]],
    // 里 after a one-character numeral or before a word of a place name is no distance
    ['他住在七里河区三十里铺村，这三年里变化很大。', [['三年', 'duration', 3, { unit: 'year' }]]],
    // 五十出头, 七十开外 are ages, and 年过半百 (over fifty, approximate as after 超过); 一千五出头 and 售价五十出头 are prices, no ages
    ['老杨五十出头，他哥七十开外，年过半百；月薪一千五出头，售价五十出头。已到花甲之年。', [
      ['五十', 'other', 50, { unit: '岁', approx: true }], ['七十', 'other', 70, { unit: '岁', approx: true }], ['半百', 'other', 50, { unit: '岁', approx: true }], ['一千五', 'money', 1500, { unit: 'CNY', approx: true }], ['五十', 'money', 50, { unit: 'CNY', approx: true }],
    ]],
    // a spoken amount after 一 or 每 and a classifier, a measure or a night is the price of each; not an age after 一位, nor after a span of time
    ['虾饺一笼二十八，烧卖二十二。一间房一晚一百八。时价每斤三百八。一位六十开外的村民。每年二十五。每组十二，共三组。', [
      ['二十八', 'money', 28, { unit: 'CNY' }], ['二十二', 'money', 22, { unit: 'CNY' }], ['一百八', 'money', 180, { unit: 'CNY' }], ['三百八', 'money', 380, { unit: 'CNY' }], ['六十', 'other', 60, { unit: '岁', approx: true }], ['三组', 'count', 3, { unit: '组' }],
    ]],
    // a measure of one before a count is its unit (一亩地套一万多个), no figure
    ['一亩地要套一万多个纸袋。', [['一万多个', 'count', 10000, { unit: '个', approx: true }]]],
    // a tenth named by its own old unit (一斤二两, 二尺四寸); 一斤二 alone stays a measure of one and its price
    ['东星斑约一斤二两，门宽二尺四寸，鱼一斤二。', [
      ['一斤二两', 'quantity', 1.2, { unit: 'jin', approx: true }], ['二尺四寸', 'quantity', 2.4, { unit: 'chi' }], ['一斤', 'quantity', 1, { unit: 'jin' }],
    ]],
    // 里 after one Chinese numeral before 路 or 地 is a distance (两里路), not in 村里 or 这三年里; 钱 is an old weight, not in 一钱不值
    ['离他家只有两里路，村里五里地外，黄芪五钱、当归三钱，这东西一钱不值。', [
      ['两里', 'quantity', 2, { unit: 'li' }], ['五里', 'quantity', 5, { unit: 'li' }], ['五钱', 'quantity', 5, { unit: 'qian' }], ['三钱', 'quantity', 3, { unit: 'qian' }],
    ]],
    // a bare amount ending a list's item takes the item before it's unit (五花肉 too); after a measure of one it is its price, not a digit of it (一斤二); not after a count
    ['鸡枞一斤八十，牛肝菌三十五。排骨每斤十六块八，五花肉二十八。鱼一斤二。全村120户，其中三十。', [
      ['八十', 'money', 80, { unit: 'CNY' }], ['三十五', 'money', 35, { unit: 'CNY' }], ['十六块八', 'money', 16.8, { unit: 'CNY' }], ['二十八', 'money', 28, { unit: 'CNY' }], ['一斤', 'quantity', 1, { unit: 'jin' }], ['120户', 'count', 120, { unit: '户' }],
    ]],
    // days and months in one span (a month is 30 days); nights after days add nothing; 一年365天 is no sum
    ['拘役三个月零五天，黄山三天两夜，海南五天四晚，一年３６５天。', [
      ['三个月零五天', 'duration', 95, { unit: 'day' }], ['三天两夜', 'duration', 3, { unit: 'day' }], ['五天四晚', 'duration', 5, { unit: 'day' }], ['３６５天', 'duration', 365, { unit: 'day' }],
    ]],
    // scores listed after a score are scores (比分分别为25:21、22:25、25:20); points after 得 or 积, or before 逆转, are a game's, not a licence's after 扣球
    ['四局比分分别为25:21、22:25、25:18、25:20。扣球得23分，拦网得三分，目前积二十四分，连得六分逆转。', [
      ['25:21', 'other', 25, { unit: 'score' }], ['22:25', 'other', 22, { unit: 'score' }], ['25:18', 'other', 25, { unit: 'score' }], ['25:20', 'other', 25, { unit: 'score' }],
      ['23分', 'other', 23, { unit: '分' }], ['三分', 'other', 3, { unit: '分' }], ['二十四分', 'other', 24, { unit: '分' }], ['六分', 'other', 6, { unit: '分' }],
    ]],
    // 毛 after a word of a price's change; W after a word of power, not 10W+ readers
    ['一斤一块三，比去年高了两毛。一台功率2000W的电暖器，阅读量10W+。', [
      ['一块三', 'money', 1.3, { unit: 'CNY' }], ['两毛', 'money', 0.2, { unit: 'CNY' }], ['2000W', 'quantity', 2000, { unit: 'W' }],
    ]],
    // a run of points (一波12比0) is a score; 颗 counts
    ['末节打出一波12比0的攻势，红枣八颗。', [['12比0', 'other', 12, { unit: 'score' }], ['八颗', 'count', 8, { unit: '颗' }]]],
    // 块 after a priced item is yuan too, inside the span; 五块石头 is no money
    ['一碗大碗十二块，小碗十块，加蛋两块。又捡了三块石头。', [['十二块', 'money', 12, { unit: 'CNY' }], ['十块', 'money', 10, { unit: 'CNY' }], ['两块', 'money', 2, { unit: 'CNY' }]]],
    // a part of a match (第三局, 第二盘) is no rank; points after 连得 are a score's
    ['第三局中，她连得六分，第二盘以6比4拿下。', [['六分', 'other', 6, { unit: '分' }], ['6比4', 'other', 6, { unit: 'score' }]]],
    // a bare spoken amount after a measure of one is its price, whatever its size; a word of money makes one of hundreds yuan, and lets 的 follow one in 万
    ['房子一平米一万三四。标价一千二百九十九。年薪二三十万的不少，游客二三十万的规模。', [['一万三四', 'money', 13000, { unit: 'CNY', approx: true, high: 14000 }], ['一千二百九十九', 'money', 1299, { unit: 'CNY' }], ['二三十万', 'money', 200000, { unit: 'CNY', approx: true, high: 300000 }]]],
    // every lunar word keeps a month from the calendar; 月租 is money
    ['阴历八月十五，旧历正月初六，每个摊位月租一千二。', [['一千二', 'money', 1200, { unit: 'CNY' }]]],
    // tenths of a liang by their old unit (三两二钱 is 3.2 liang, as 一斤二两 is 1.2 jin); 两 before a day stays the numeral
    ['黄芪三两二钱，二两白酒，五、六两日。', [['三两二钱', 'quantity', 3.2, { unit: 'liang' }], ['二两', 'quantity', 2, { unit: 'liang' }]]],
    // a distance that names a sports event is no figure (200米自由泳, 4×100米混合泳接力, 10米跳台); a distance swum or a track built is
    ['男子200米自由泳决赛，女子4×100米混合泳接力，10米跳台，他游了200米，建成400米跑道。', [['200米', 'quantity', 200, { unit: 'm' }], ['400米', 'quantity', 400, { unit: 'm' }]]],
    // a score after a part of a match (半场, 上半时, 首节) is a score; a ratio without one is none
    ['半场1比1，上半时0:1落后，首节28:20。按1:1出资。', [['1比1', 'other', 1, { unit: 'score' }], ['0:1', 'other', 0, { unit: 'score' }], ['28:20', 'other', 28, { unit: 'score' }]]],
    // a set phrase ending with a numeral is a number before a unit (十四五岁), not in its name's use (十四五规划); 一一 is no eleven (唯一一个)
    ['他十四五岁学手艺，十四五规划，唯一一个，一一对应，十一个村。', [['十四五岁', 'other', 14, { unit: '岁', approx: true, high: 15 }], ['十一个', 'count', 11, { unit: '个' }]]],
    // 半 after 超过 or 差不多 is a half (超过半个小时), not after 过 or 大 (过半数, 大半年)
    ['停留不宜超过半个小时，差不多半年，过半数，大半年。', [['半个小时', 'duration', 0.5, { unit: 'h' }], ['半年', 'duration', 0.5, { unit: 'year' }]]],
    // a bare spoken amount after a term of school (一学期) is yuan, and after a word of its rise (涨了) takes its sentence's kind; 利息 prices 块
    ['兴趣班一学期三千八，比去年涨了两百，利息才一千四百五十块。报名人数三千八，比去年涨了两百人。', [['三千八', 'money', 3800, { unit: 'CNY' }], ['两百', 'money', 200, { unit: 'CNY' }], ['一千四百五十块', 'money', 1450, { unit: 'CNY' }], ['两百人', 'count', 200, { unit: '人' }]]],
    // 度 after a word of change is a temperature's where its sentence speaks of one; not a change of anything else (坡度下降了三度)
    ['气温为-32.6℃，比前一天下降了八点四度。坡度下降了三度。', [['-32.6℃', 'quantity', -32.6, { unit: '°C' }], ['八点四度', 'quantity', 8.4, { unit: '°C' }]]],
    // the currencies of the neighbours (图格里克, 坚戈) are money
    ['换汇两百万图格里克，五千坚戈。', [['两百万图格里克', 'money', 2000000, { unit: 'MNT' }], ['五千坚戈', 'money', 5000, { unit: 'KZT' }]]],
    // 块 counts stones (条石二百四十余块)
    ['更换条石二百四十余块。', [['二百四十余块', 'count', 240, { unit: '块', approx: true }]]],
    // 桌 counts a banquet's tables (一桌 is none); a word of a fee makes a bare amount and 块 money (收费一万五六, 还要加三千块), not 三块石头
    ['订了三十二桌，一桌菜。仪式收费一万五六，还要加三千块。收费站搬来三块石头。', [['三十二桌', 'count', 32, { unit: '桌' }], ['一万五六', 'money', 15000, { unit: 'CNY', approx: true, high: 16000 }], ['三千块', 'money', 3000, { unit: 'CNY' }]]],
    // a bare amount after 每桌 is a table's price as after 每晚 (每桌三千九百九十九); 每组十二 stays a count of nothing
    ['每桌三千九百九十九。每组十二。', [['三千九百九十九', 'money', 3999, { unit: 'CNY' }]]],
    // a range of spoken decimals with the unit at both ends (两块八到三块二, 一米七到一米八); not a fall (两块八至两块五, two prices)
    ['一斤两块八到三块二，一米七到一米八，两块八至两块五。', [['两块八到三块二', 'money', 2.8, { unit: 'CNY', high: 3.2 }], ['一米七到一米八', 'quantity', 1.7, { unit: 'm', high: 1.8 }], ['两块八', 'money', 2.8, { unit: 'CNY' }], ['两块五', 'money', 2.5, { unit: 'CNY' }]]],
    // 块 after a word of what is left of income (扣掉成本，一亩能剩三千来块) is yuan; 能剩三块饼 counts cakes
    ['扣掉成本，一亩能剩三千来块。盘子里能剩三块饼。', [['三千来块', 'money', 3000, { unit: 'CNY', approx: true }]]],
    // a lottery's draws count in 注 after digits, not 三注意 nor a single numeral; 千升 is kilolitres, 万 before it a scale
    ['一等奖9注，二等奖开出142注，三注意事项。白酒产量38.6万千升。', [['9注', 'count', 9, { unit: '注' }], ['142注', 'count', 142, { unit: '注' }], ['38.6万千升', 'quantity', 386000, { unit: 'kL' }]]],
    // 班 after 执飞 counts a route's flights, not a school's class (初三班主任); 本科二批 is an admission batch, no count (三批产品 is)
    ['初三班主任说，航线每周执飞三班。本科二批录取，三批产品。', [['三班', 'count', 3, { unit: '班' }], ['三批', 'count', 3, { unit: '批' }]]],
    // points after a word of a gap (仅差, 相差) are a table's, not minutes (还差3分钟 keeps its own unit)
    ['距榜首仅差3分，相差10分，还差3分钟。', [['3分', 'other', 3, { unit: '分' }], ['10分', 'other', 10, { unit: '分' }], ['3分钟', 'duration', 3, { unit: 'min' }]]],
    // a score line's rise and fall in points, also before 和, and a line after 批次线为; no points without a word of an exam (体重下降2分和)
    ['分数线比去年下降22分和上升20分，专科批次线为185分。体重下降2分和', [['22分', 'other', 22, { unit: '分' }], ['20分', 'other', 20, { unit: '分' }], ['185分', 'other', 185, { unit: '分' }]]],
    // flowers count by the stem and the bloom (20枝, 180亿枝, 三百朵); 一枝独秀 is none
    ['一扎20枝，产量180亿枝，摆了三百朵，一枝独秀。', [['20枝', 'count', 20, { unit: '枝' }], ['180亿枝', 'count', 18000000000, { unit: '枝' }], ['三百朵', 'count', 300, { unit: '朵' }]]],
    // 块 before a word of its price's change (从十五块涨到了三十五块) and after one (涨到, 降了) is yuan; 五块石头涨水 counts stones
    ['批发价从十五块涨到三十五块，猪肉一斤降了两块。河里五块石头涨水后不见了。', [['十五块', 'money', 15, { unit: 'CNY' }], ['三十五块', 'money', 35, { unit: 'CNY' }], ['两块', 'money', 2, { unit: 'CNY' }]]],
    // a range of two spoken amounts after a measure of each is its price (每斤一百二到一百八); not 每斤三到五 with one digit at its end
    ['收购价每斤一百二到一百八。每斤三到五。', [['一百二到一百八', 'money', 120, { unit: 'CNY', high: 180 }]]],
    // a count of two named for the gap between them (两次献全血的间隔, 两个村之间) is no count; 他两次献全血，间隔半年 is, and so is 2次 in digits
    ['两次献全血的间隔不少于六个月，两个村之间。他两次献全血，间隔半年。', [['六个月', 'duration', 6, { unit: 'month', approx: true }], ['两次', 'count', 2, { unit: '次' }], ['半年', 'duration', 0.5, { unit: 'year' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('rents, losses, admission lines and weeks of a month (batch AE)', () => {
  it.each<[string, Expected[]]>([
    // a spoken amount after a word of money may be followed by the word of its change's other end (月租从四千五涨到了五千二); 体重从一百四涨到一百六 is no money, and 押一付三 is a rent's terms, no figure
    ['月租从去年的四千五涨到了五千二，押一付三。他的体重从一百四涨到了一百六。', [['四千五', 'money', 4500, { unit: 'CNY' }], ['五千二', 'money', 5200, { unit: 'CNY' }]]],
    // a range of prices per month keeps the other end's 元/月 inside its span
    ['单间租金在1800元/月到2500元/月之间。', [['1800元/月到2500元/月', 'money', 1800, { unit: 'CNY/month', high: 2500 }]]],
    // 块 after a word of loss (亏, 赔了) is yuan; 亏了三块地 names plots, no money
    ['每头要亏三四百块，赔了两千块。承包的地亏了三块地。', [['三四百块', 'money', 300, { unit: 'CNY', approx: true, high: 400 }], ['两千块', 'money', 2000, { unit: 'CNY' }]]],
    // a school's admission line (统招线) in points, and points before 的 in a sentence of admission; 体检超过六十分的项目 has no word of an exam
    ['统招线632分，录取考生中超过六百五十分的有三百多人。他体检超过六十分的项目不多。', [['632分', 'other', 632, { unit: '分' }], ['六百五十分', 'other', 650, { unit: '分', approx: true }], ['三百多人', 'count', 300, { unit: '人', approx: true }]]],
    // a week of a month is inside its month's date (11月第二周, 3月最后一周)
    ['11月第二周，3月最后一周，6月第一个星期。', [['11月第二周', 'date', '--11'], ['3月最后一周', 'date', '--03'], ['6月第一个星期', 'date', '--06']]],
    // a league's season by its ordinal is a name, as a congress's session is (第二赛季); a season by its year is the year
    ['村超第二赛季，2023赛季。', [['2023赛季', 'year', 2023]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('spoken amounts, classical ages, runs a week, plots and counts that refer (batch AF)', () => {
  it.each<[string, Expected[]]>([
    // 块 written at both ends of a range is read at its high end (卖四十块到五十五块); 三块到五块石头 stays no money
    ['彩椒卖四十块到五十五块，批发价十五块到二十块。河边有三块到五块石头。', [['四十块到五十五块', 'money', 40, { unit: 'CNY', high: 55 }], ['十五块到二十块', 'money', 15, { unit: 'CNY', high: 20 }]]],
    // 块 after an amount in 万 before a clause's end or a verb of keeping it is yuan (二十万块存了三年); 三万块砖 counts bricks, no money
    ['把二十万块存了三年，八万块，老两口没动。工地用了三万块砖。', [['二十万块', 'money', 200000, { unit: 'CNY' }], ['三年', 'duration', 3, { unit: 'year' }], ['八万块', 'money', 80000, { unit: 'CNY' }]]],
    // an age in the classical form (七十有五, 八十有二); 七十有余 is none
    ['老伴今年七十有五，大儿子也八十有二了。全班七十有余。', [['七十有五', 'other', 75, { unit: '岁' }], ['八十有二', 'other', 82, { unit: '岁' }]]],
    // bare spoken amounts at a span's two ends by a word of money (摊位费一个月从一千五到三千二不等) are two figures; 身高从一百五到一百八 no money
    // 一元化 and 一元复始 are words, no amount in yuan: a bare change after them is no money (五十美元 is one)
    ['实行一元化管理，人数比去年少了三百。一元复始，比去年多了两千。门票五十美元，比去年涨了五。', [['五十美元', 'money', 50, { unit: 'USD' }], ['五', 'money', 5, { unit: 'USD' }]]],
    ['摊位费一个月从一千五到三千二不等。身高从一百五到一百八不等。', [['一千五', 'money', 1500, { unit: 'CNY' }], ['三千二', 'money', 3200, { unit: 'CNY' }]]],
    // a group offer's terms (两人报名第二人, 两人同行第二人) are no figures, and its cut after a price in yuan is money; 全国第二人 ranks and 两人同行前往 counts
    ['每人3280元，两人报名第二人减五百，两人同行第二人九五折。他是全国第二人，两人同行前往。', [['3280元', 'money', 3280, { unit: 'CNY' }], ['五百', 'money', 500, { unit: 'CNY' }], ['九五折', 'percent', 95, { unit: '%' }], ['第二', 'rank', 2], ['两人', 'count', 2, { unit: '人' }]]],
    // a count right after a list of as many names refers to them (清明、端午、中秋三个小长假); 全县三个乡镇 counts
    ['清明、端午、中秋三个小长假，西递、宏村两个古村落。全县三个乡镇。', [['三个', 'count', 3, { unit: '个' }]]],
    // a count in a classifier of things (两座, 两台) after a list of verbs counts what they act on; a large count reads back no list
    ['今年新建、改建两座公园，采购、安装两台设备。', [['两座', 'count', 2, { unit: '座' }], ['两台', 'count', 2, { unit: '台' }]]],
    // plots of land count in 块 (三十八块水田, 四十六块大田); 五块地瓜 does not
    ['买了五块地瓜。流转了三十八块水田，四十六块大田。', [['三十八块', 'count', 38, { unit: '块' }], ['四十六块', 'count', 46, { unit: '块' }]]],
    // runs a week in a sentence about a ferry line (每周五班), not Friday's class meeting (每周五班会)
    ['车客渡每天六班，嵊泗本岛每周五班。三年级每周五班会。', [['六班', 'count', 6, { unit: '班' }], ['五班', 'count', 5, { unit: '班' }], ['三年级', 'other', 3, { unit: '年级' }]]],
    // a fee by its name and a verb of spending make a bare amount money (摊位费……一千五, 要花六七百); 免费 and 鲜花 do not
    ['看病要花六七百。免费接待游客3万。鲜花种植面积增加两万。', [['六七百', 'money', 600, { unit: 'CNY', approx: true, high: 700 }], ['3万', 'count', 30000], ['两万', 'other', 20000]]],
    // a word of money lets a clause-final particle follow a bare amount (利息……只剩七百七了); 工资七百七了解 does not
    ['还有一千七八的利息，现在只剩七百七了。工资七百七了解一下。', [['一千七八', 'money', 1700, { unit: 'CNY', high: 1800, approx: true }], ['七百七', 'money', 770, { unit: 'CNY' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('the parsers\' forms one written form at a time (batch AG)', () => {
  it.each<[string, Expected[]]>([
    // 一半 is a fraction of what follows (and approximate before 以上); how far an action has gone (走到一半, 摘完了一半) is none
    ['全村一半的耕地流转了，一半以上农户入社。队伍走到一半下起了雨，苹果摘完了一半。', [['一半', 'ratio', 0.5, { unit: 'fraction' }], ['一半', 'ratio', 0.5, { unit: 'fraction', approx: true }]]],
    // a run of more digits than a number is written with (an identity number, a serial, 九亿亿… piled past any number) is none, its tail too
    ['身份证号370302199001011234，订单号１２３４５６７８９０１２３４５６７８，九亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿元，共1234567户。', [['1234567户', 'count', 1234567, { unit: '户' }]]],
    // 元宵 and 元旦 are festivals, no yuan after a lunar day (正月十五元宵节); 十五元 of money stays
    ['正月十五元宵节，初一元旦，门票十五元。', [['十五元', 'money', 15, { unit: 'CNY' }]]],
    // the ordinal of an item bought before an offer (第二杯半价, 第三件八折) is no rank; the discount stays a figure, and 第二名 a rank
    ['第二杯半价，第三件八折，第二份免费。她获得第二名。', [['八折', 'percent', 80, { unit: '%' }], ['第二名', 'rank', 2, { unit: '名' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('colonies, times, bride prices, fees paid and a deal\'s price (batch AI)', () => {
  it.each<[string, Expected[]]>([
    // colonies of bees count in 群 after digits (3.2万群, 120群); 三五成群 and 12群众 are none
    ['蜂群3.2万群，他养了120群中蜂。游客三五成群，12群众代表。', [['3.2万群', 'count', 32000, { unit: '群' }], ['120群', 'count', 120, { unit: '群' }]]],
    // the times something was done count in 回 after a verb's aspect (割了两回, 去过三回) or digits; 两回事, 第三回合 and 三回故里 (a verb) are none
    ['今年割了两回蜜，去过三回北京，来了十几回。这是两回事，打到第三回合，十年后三回故里。', [['两回', 'count', 2, { unit: '回' }], ['三回', 'count', 3, { unit: '回' }], ['十几回', 'count', 10, { unit: '回', approx: true }], ['十年', 'duration', 10, { unit: 'year' }]]],
    // a bride price (彩礼, 嫁妆) in bare 万 is money; 十几万人 counts people
    ['彩礼动辄十几万，嫁妆三四万。他动辄十几万人围观。', [['十几万', 'money', 100000, { unit: 'CNY', approx: true }], ['三四万', 'money', 30000, { unit: 'CNY', approx: true, high: 40000 }], ['十几万人', 'count', 100000, { unit: '人', approx: true }]]],
    // 块 after a word of income's rise (增收, 创收) or a month's is yuan, at a range's high end too; 每月搬三块砖 is no money
    ['每月可增收八百到一千块，一年创收三五千块。他每月搬三块砖。', [['八百到一千块', 'money', 800, { unit: 'CNY', high: 1000 }], ['三五千块', 'money', 3000, { unit: 'CNY', approx: true, high: 5000 }]]],
    // a bare amount after a verb of paying a fee (交, 补缴) is yuan; 交了两三个朋友 counts friends
    ['补考一次交一百五，每年补缴三千六。他交了两三个朋友。', [['一百五', 'money', 150, { unit: 'CNY' }], ['三千六', 'money', 3600, { unit: 'CNY' }], ['两三个', 'count', 2, { unit: '个', approx: true, high: 3 }]]],
    // a bare amount before a word of a deal (就能拿走) in a sentence that named money is its price; 村里一万五就能住下 names none
    ['原石标价一万八，摊主说一万五就能拿走。村里一万五就能住下。', [['一万八', 'money', 18000, { unit: 'CNY' }], ['一万五', 'money', 15000, { unit: 'CNY' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a kiln\'s heat, prices after a priced item, paying, price tiers and races by their distance (batch AJ)', () => {
  it.each<[string, Expected[]]>([
    // 度 after a word of a kiln's, a furnace's or frying oil's heat is a degree Celsius (窑温……一千三百度, 油温180度); a turn of 一百八十度 and 近视三百度 are none
    ['窑温要升到一千三百度左右，炉温1300度，油温180度。他近视三百度，炉子转了一百八十度。', [['一千三百度', 'quantity', 1300, { unit: '°C', approx: true }], ['1300度', 'quantity', 1300, { unit: '°C' }], ['180度', 'quantity', 180, { unit: '°C' }]]],
    // 块 before an approximation in a sentence that named a price or the measure it prices (塘口价每斤四十五块，……母蟹三十块上下, 三块出头) is yuan; 三十块上下的石头 with no price before it is none
    ['塘口价每斤四十五块，二两半的母蟹三十块上下，小蟹十块出头。这三十块上下的石头是从河里捞的。', [['四十五块', 'money', 45, { unit: 'CNY' }], ['二两半', 'quantity', 2.5, { unit: 'liang' }], ['三十块', 'money', 30, { unit: 'CNY', approx: true }], ['十块', 'money', 10, { unit: 'CNY', approx: true }]]],
    // a bare amount after 出 of a share paid, with who pays it (一户要出五万二, 各出一万五, 自己出两千), is yuan; 今年要出两万 and 主要出口五万 are none of money
    ['顶楼一户要出五万二，两家各出一万五，剩下的自己出两千。今年要出两万，主要出口五万。', [['五万二', 'money', 52000, { unit: 'CNY' }], ['两家', 'count', 2, { unit: '家' }], ['一万五', 'money', 15000, { unit: 'CNY' }], ['两千', 'money', 2000, { unit: 'CNY' }], ['两万', 'other', 20000], ['五万', 'other', 50000]]],
    // a tier of a tiered price (第一阶梯, 第二阶梯), as 第一档, is no rank; 获得第一 and 排名第二 stay ranks
    ['第一阶梯水价由每立方米2.8元调整为3.35元，第二阶梯电价不变。他获得第一，全省排名第二。', [['2.8元', 'money', 2.8, { unit: 'CNY' }], ['3.35元', 'money', 3.35, { unit: 'CNY' }], ['第一', 'rank', 1], ['第二', 'rank', 2]]],
    // a race named by its distance (500米直道竞速, 200米竞速, 3000米环绕赛) is no figure; a straight's length (500米直道两侧, 全长500米) and a boat's (长22米) are
    ['在500米直道竞速中，冠军队用时2分08秒36；200米竞速和3000米环绕赛明天举行。新修的500米直道两侧，赛道全长500米，龙舟长22米。', [['2分08秒36', 'duration', 128.36, { unit: 's' }], ['500米', 'quantity', 500, { unit: 'm' }], ['500米', 'quantity', 500, { unit: 'm' }], ['22米', 'quantity', 22, { unit: 'm' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
