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
    expect(figures('18日，记者从县里获悉。项目须在3日内完成，每月15日发放。')).toEqual([]);
    expect(figures('2024年1月8日 星期一\n上月15日，项目开工；本月20日，县里召开会议。')).toEqual([['2024年1月8日', 'date', '2024-01-08'], ['15日', 'date', '2023-12-15'], ['20日', 'date', '2024-01-20']]);
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
    ['项目总投资2.3亿，带动就业800万。', [['2.3亿', 'money', 230000000, { unit: 'CNY' }], ['800万', 'other', 8000000]]],
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
