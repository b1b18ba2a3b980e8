// Chinese figures beyond the plain forms: spoken numerals, signs, Chinese decimals, 成 and 折,
// ranges written with neighbouring digits, Latin unit symbols, a single numeral before a unit,
// ages, and the numbers that name things rather than count them.
import { describe, expect, it } from 'vitest';
import { figures, type Expected } from './zh-figures';

describe('spoken numerals', () => {
  it.each<[string, Expected[]]>([
    ['合作社今年收购玉米两万四公斤。', [['两万四公斤', 'quantity', 24000, { unit: 'kg' }]]],
    ['这台收割机三千六元就能租一季。', [['三千六元', 'money', 3600, { unit: 'CNY' }]]],
    // two near digits right after a magnitude are a range in the next lower place; 十七八 has no such place
    ['月薪三千五六百元，房价一万三四千元，小伙子十七八岁。', [['三千五六百元', 'money', 3500, { unit: 'CNY', approx: true, high: 3600 }], ['一万三四千元', 'money', 13000, { unit: 'CNY', approx: true, high: 14000 }], ['十七八岁', 'other', 17, { unit: '岁', approx: true, high: 18 }]]],
    ['工资三千五六元，一万三四块钱。', [['三千五六元', 'money', 3500, { unit: 'CNY', approx: true, high: 3600 }], ['一万三四块钱', 'money', 13000, { unit: 'CNY', approx: true, high: 14000 }]]],
    ['一场演出能卖出一百二张票。', [['一百二张', 'count', 120, { unit: '张' }]]],
    ['景区门票一百二十元，年卡三千六百元。', [['一百二十元', 'money', 120, { unit: 'CNY' }], ['三千六百元', 'money', 3600, { unit: 'CNY' }]]],
    ['水库库容一亿五立方米。', [['一亿五立方米', 'quantity', 150000000, { unit: 'm3' }]]],
    ['全乡常住人口三千零十人。', [['三千零十人', 'count', 3010, { unit: '人' }]]],
    ['今年共认定脱贫户一百十五户。', [['一百十五户', 'count', 115, { unit: '户' }]]],
    ['试点扩大到两万零十户。', [['两万零十户', 'count', 20010, { unit: '户' }]]],
    ['每户补贴1万2元。', [['1万2元', 'money', 12000, { unit: 'CNY' }]]],
    ['一万二千三百名考生参加考试。', [['一万二千三百名', 'count', 12300, { unit: '名' }]]],
    ['旧报纸上写着全国有四万万人。', [['四万万人', 'count', 400000000, { unit: '人' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not read a trailing digit that begins a word of its own', () => {
    expect(figures('三万一起参加劳动的职工，十万一线工人。')).toEqual([]);
    expect(figures('全年发生交通事故三万一千起。')).toEqual([['三万一千起', 'count', 31000, { unit: '起' }]]);
  });
});

describe('halves and lone magnitudes', () => {
  it.each<[string, Expected[]]>([
    ['从县城到景区要一个半小时，大桥工期两个半月。', [['一个半小时', 'duration', 1.5, { unit: 'h' }], ['两个半月', 'duration', 2.5, { unit: 'month' }]]],
    ['灯会吸引近万名市民观赏，线上观看超亿人次。', [['万名', 'count', 10000, { unit: '名', approx: true }], ['亿人次', 'count', 100000000, { unit: '人次', approx: true }]]],
    ['木架三十公分长，航行二百海里。', [['三十公分', 'quantity', 30, { unit: 'cm' }], ['二百海里', 'quantity', 200, { unit: 'nmi' }]]],
    ['小伙子身高一米七五，妹妹一米六。', [['一米七五', 'quantity', 1.75, { unit: 'm' }], ['一米六', 'quantity', 1.6, { unit: 'm' }]]],
    ['早市上的白菜两块五一斤，比上周贵了五毛。', [['两块五', 'money', 2.5, { unit: 'CNY' }], ['五毛', 'money', 0.5, { unit: 'CNY' }]]],
    ['柑橘每公斤三元五，比去年贵了一元。', [['三元五', 'money', 3.5, { unit: 'CNY' }], ['一元', 'money', 1, { unit: 'CNY' }]]],
    // 一斤 is the unit of the price, no figure of its own
    ['鸡蛋五元一斤，馒头两元一个。', [['五元', 'money', 5, { unit: 'CNY' }], ['两元', 'money', 2, { unit: 'CNY' }]]],
    // 一块一块: the unit said again after the digit is a reduplication (piece by piece), no 1.1 yuan; 一块一 alone is
    ['根石得一块一块看，苹果一斤卖一块一。', [['一块一', 'money', 1.1, { unit: 'CNY' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not read 万 alone after 附近 or 走近', () => {
    expect(figures('走近万家灯火，附近万达广场。')).toEqual([]);
  });
});

describe('块 as yuan after a word of price', () => {
  it.each<[string, Expected[]]>([
    ['现在一斤能卖到七八块。', [['七八块', 'money', 7, { unit: 'CNY', approx: true, high: 8 }]]],
    ['他打零工，工资四千块左右。', [['四千块', 'money', 4000, { unit: 'CNY', approx: true }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('keeps 块 a count of pieces without a word of price, or before the counted noun', () => {
    expect(figures('地里挖出三块石碑，集市上卖了十块月饼。')).toEqual([]);
  });
});

describe('来 as about', () => {
  it.each<[string, Expected[]]>([
    ['老人种了十来亩花椒，雇了30来岁的帮工，请了百来人吃饭。', [
      ['十来亩', 'quantity', 10, { unit: 'mu', approx: true }], ['30来岁', 'other', 30, { unit: '岁', approx: true }], ['百来人', 'count', 100, { unit: '人', approx: true }],
    ]],
    ['三十年来，合作社一直坚持。', [['三十年来', 'duration', 30, { unit: 'year' }]]],
    ['开民宿一年能挣二十来万元，林场有十来万亩林地。', [
      ['二十来万元', 'money', 200000, { unit: 'CNY', approx: true }], ['十来万亩', 'quantity', 100000, { unit: 'mu', approx: true }],
    ]],
    ['去年卖了30来万斤苹果。', [['30来万斤', 'quantity', 300000, { unit: 'jin', approx: true }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('negative numbers', () => {
  it.each<[string, Expected[]]>([
    ['哈尔滨昨夜最低气温零下23度。', [['零下23度', 'quantity', -23, { unit: '°C' }]]],
    ['明天夜间山区气温零下3至5度，平原零下一两度。', [
      ['零下3至5度', 'quantity', -5, { unit: '°C', high: -3 }], ['零下一两度', 'quantity', -2, { unit: '°C', approx: true, high: -1 }],
    ]],
    ['漠河最低气温达零下41.5摄氏度。', [['零下41.5摄氏度', 'quantity', -41.5, { unit: '°C' }]]],
    ['塔河县城夜间气温降到负8.2度，积雪未化。', [['负8.2度', 'quantity', -8.2, { unit: '°C' }]]],
    ['当月居民消费价格同比-0.8%，工业品出厂价格同比负1.4个百分点。', [
      ['-0.8%', 'percent', -0.8, { unit: '%' }], ['负1.4个百分点', 'percent', -1.4, { unit: 'pp' }],
    ]],
    ['该指标上月为负3.6，本月转正。', [['负3.6', 'other', -3.6]]],
    ['出口增速为百分之负五，进口同比负百分之三点二。', [['百分之负五', 'percent', -5, { unit: '%' }], ['负百分之三点二', 'percent', -3.2, { unit: '%' }]]],
    ['监测点气温在-5℃至3℃之间。', [['-5℃至3℃', 'quantity', -5, { unit: '°C', high: 3 }]]],
    ['夜间气温-3~2℃。', [['-3~2℃', 'quantity', -3, { unit: '°C', high: 2 }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('keeps 下降 a direction and a hyphen a joiner, not a sign', () => {
    expect(figures('出口额下降3.2%，每户流转2-3亩。')).toEqual([['3.2%', 'percent', 3.2, { unit: '%' }], ['2-3亩', 'quantity', 2, { unit: 'mu', high: 3 }]]);
    expect(figures('A-5型机组，正负5%的误差。')).toEqual([['5%', 'percent', 5, { unit: '%' }]]);
    // the unit written at both ends makes one range
    expect(figures('增幅在20%-30%之间，每亩3吨-5吨。')).toEqual([
      ['20%-30%', 'percent', 20, { unit: '%', high: 30 }], ['3吨-5吨', 'quantity', 3, { unit: 't', high: 5 }],
    ]);
  });

  it('does not take 负 in words or a basement level as a sign', () => {
    expect(figures('项目负责人3名，负债2亿元，停车场在负二层。')).toEqual([
      ['3名', 'count', 3, { unit: '名' }], ['2亿元', 'money', 200000000, { unit: 'CNY' }],
    ]);
  });
});

describe('Chinese decimals', () => {
  it.each<[string, Expected[]]>([
    ['全省农村居民收入增长百分之七点五。', [['百分之七点五', 'percent', 7.5, { unit: '%' }]]],
    ['新建冷链物流园总投资三点五亿元。', [['三点五亿元', 'money', 350000000, { unit: 'CNY' }]]],
    ['每亩增施有机肥零点五吨。', [['零点五吨', 'quantity', 0.5, { unit: 't' }]]],
    ['贷款利率下调百分之十二点五。', [['百分之十二点五', 'percent', 12.5, { unit: '%' }]]],
    ['港口吞吐量达二十三点六亿吨。', [['二十三点六亿吨', 'quantity', 2360000000, { unit: 't' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not read a time of day as a decimal', () => {
    expect(figures('下午三点五十分召开会议，十二点半结束。')).toEqual([]);
  });
});

describe('成 and 折', () => {
  it.each<[string, Expected[]]>([
    ['全村三成农户种上了猕猴桃。', [['三成', 'percent', 30, { unit: '%' }]]],
    ['七成以上的企业已经复工。', [['七成', 'percent', 70, { unit: '%', approx: true }]]],
    ['节日期间全场商品八折。', [['八折', 'percent', 80, { unit: '%' }]]],
    ['老年人乘车享受7.5折，会员九五折。', [['7.5折', 'percent', 75, { unit: '%' }], ['九五折', 'percent', 95, { unit: '%' }]]],
    ['返乡创业者中有两三成是大学生。', [['两三成', 'percent', 20, { unit: '%', approx: true, high: 30 }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not read 成 or 折 that begin another word', () => {
    expect(figures('三成员单位联合发文，降低成本，折合人民币，游客三五成群，谈判一波三折。')).toEqual([]);
  });
});

describe('ranges in Chinese numerals', () => {
  it.each<[string, Expected[]]>([
    ['大棚建好要七八个月。', [['七八个月', 'duration', 7, { unit: 'month', approx: true, high: 8 }]]],
    ['土鸡蛋每斤三四十元。', [['三四十元', 'money', 30, { unit: 'CNY', approx: true, high: 40 }]]],
    ['线上销售占到百分之三四十。', [['百分之三四十', 'percent', 30, { unit: '%', approx: true, high: 40 }]]],
    ['开幕式来了五六百人。', [['五六百人', 'count', 500, { unit: '人', approx: true, high: 600 }]]],
    ['每年能卖二三十万元。', [['二三十万元', 'money', 200000, { unit: 'CNY', approx: true, high: 300000 }]]],
    ['一个十七八岁的小伙子，住了一两个月。', [
      ['十七八岁', 'other', 17, { unit: '岁', approx: true, high: 18 }], ['一两个月', 'duration', 1, { unit: 'month', approx: true, high: 2 }],
    ]],
    ['月收入三千五六百元。', [['三千五六百元', 'money', 3500, { unit: 'CNY', approx: true, high: 3600 }]]],
    ['技术员每隔三五天来一次，果树三五年就能挂果。', [
      ['三五天', 'duration', 3, { unit: 'day', approx: true, high: 5 }], ['三五年', 'duration', 3, { unit: 'year', approx: true, high: 5 }],
    ]],
    ['这座老宅已有一百几十年历史，两千几百人在此生活过。', [
      ['一百几十年', 'duration', 100, { unit: 'year', approx: true }], ['两千几百人', 'count', 2000, { unit: '人', approx: true }],
    ]],
    ['会上回答了两个基本问题。', [['两个', 'count', 2, { unit: '个' }]]],
    ['镇上有十几个合作社，几十年来一直如此。', [['十几个', 'count', 10, { unit: '个', approx: true }], ['几十年来', 'duration', 10, { unit: 'year', approx: true }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('Latin unit symbols', () => {
  it.each<[string, Expected[]]>([
    ['这名队员身高175cm，体重75 kg。', [['175cm', 'quantity', 175, { unit: 'cm' }], ['75 kg', 'quantity', 75, { unit: 'kg' }]]],
    ['新建公路全长45Km，流域面积12.6km2。', [['45Km', 'quantity', 45, { unit: 'km' }], ['12.6km2', 'quantity', 12.6, { unit: 'km2' }]]],
    ['入院时体温36.5°C。', [['36.5°C', 'quantity', 36.5, { unit: '°C' }]]],
    ['新建220kV变电站一座，光伏装机30MW。', [['220kV', 'quantity', 220, { unit: 'kV' }], ['30MW', 'quantity', 30, { unit: 'MW' }]]],
    ['每月赠送10GB流量，设计时速120km/h。', [['10GB', 'quantity', 10, { unit: 'GB' }], ['120km/h', 'quantity', 120, { unit: 'km/h' }]]],
    ['PM2.5平均浓度为28μg/m³。', [['28μg/m³', 'quantity', 28, { unit: 'ug/m3' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not read model names and codes as measures', () => {
    expect(figures('建成5G基站，推广4K电视和3D打印，参加G20峰会，型号为5kgs。')).toEqual([]);
    expect(figures('这条视频阅读量10W+，支持5g网络。')).toEqual([]);
  });
});

describe('a single numeral before a unit', () => {
  it.each<[string, Expected[]]>([
    ['每天清运垃圾约一吨。', [['一吨', 'quantity', 1, { unit: 't', approx: true }]]],
    ['一欧元约合人民币七点八元。', [['一欧元', 'money', 1, { unit: 'EUR' }], ['七点八元', 'money', 7.8, { unit: 'CNY' }]]],
    ['亩产提高了一倍，失业率下降一个百分点。', [['一倍', 'ratio', 1, { unit: 'x' }], ['一个百分点', 'percent', 1, { unit: 'pp' }]]],
    ['派出两名干部驻村，三位专家到场。', [['两名', 'count', 2, { unit: '名' }], ['三位', 'count', 3, { unit: '位' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not count 一 with a classifier, nor 一 inside a word', () => {
    expect(figures('一些村民一起来了，统一标准，万一出事，一律登记，一流服务，其中一方违约，另一方面也要看到。')).toEqual([]);
    expect(figures('他们一天跑一趟，领了一批物资。')).toEqual([]);
    expect(figures('五一期间，三伏天里，一砖一瓦都是心血。')).toEqual([]);
  });
});

describe('ages', () => {
  it.each<[string, Expected[]]>([
    ['为6至36月龄婴幼儿免费接种，8月龄以下暂缓。', [['6至36月龄', 'other', 6, { unit: '月龄', high: 36 }], ['8月龄', 'other', 8, { unit: '月龄', approx: true }]]],
    ['3岁男孩走失后被民警找回。', [['3岁', 'other', 3, { unit: '岁' }]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('does not read a generation label as a figure', () => {
    expect(figures('一批80后、90后干部走上领导岗位。')).toEqual([]);
  });
});

describe('numbers that name things', () => {
  it.each<[string]>([
    ['建立县乡村三级联动机制。'],
    ['推进两新一重建设，统筹五位一体总体布局，招募三支一扶人员。'],
    ['做到两个维护，协调推进四个全面战略布局。'],
    ['学校举行建校十周年庆典，迎接建党100周年。'],
  ])('%s', (text) => expect(figures(text)).toEqual([]));

  it('does not count the denominator of a rate', () => {
    expect(figures('全县每百户拥有汽车31辆，每万人拥有医生25名，每5年评估一次。')).toEqual([
      ['31辆', 'count', 31, { unit: '辆' }], ['25名', 'count', 25, { unit: '名' }], ['5年', 'duration', 5, { unit: 'year' }],
    ]);
  });

  it('keeps a span of years that is a fact', () => {
    expect(figures('合作社运营满3周年。')).toEqual([['3周年', 'duration', 3, { unit: 'year' }]]);
  });
});

describe('spoken round amounts, prices per unit and denominators', () => {
  it.each<[string, Expected[]]>([
    ['一个棚能结百十来个瓜。', [['百十来个', 'count', 100, { unit: '个', approx: true }]]],
    ['一件能卖百八十块钱。', [['百八十块钱', 'money', 80, { unit: 'CNY', approx: true, high: 100 }]]],
    ['打零工一个月挣千儿八百。', [['千儿八百', 'money', 800, { unit: 'CNY', approx: true, high: 1000 }]]],
    ['以前挣不了三五千，现在纯挣一千五。', [['三五千', 'money', 3000, { unit: 'CNY', approx: true, high: 5000 }], ['一千五', 'money', 1500, { unit: 'CNY' }]]],
    ['成交均价6520元/平方米，鸡蛋4.5元/斤，保洁员3000元/月。', [
      ['6520元/平方米', 'money', 6520, { unit: 'CNY/m2' }],
      ['4.5元/斤', 'money', 4.5, { unit: 'CNY/jin' }],
      ['3000元/月', 'money', 3000, { unit: 'CNY/month' }],
    ]],
    ['每10万人口拥有医师286人，每100克含蛋白质12克，每5年普查一次。', [['286人', 'count', 286, { unit: '人' }], ['12克', 'quantity', 12, { unit: 'g' }], ['5年', 'duration', 5, { unit: 'year' }]]],
    ['发病率为12.6/10万，下降10个基点，比上年提高0.3个千分点。', [
      ['12.6/10万', 'percent', 12.6, { unit: '/10万' }],
      ['10个基点', 'percent', 10, { unit: 'bp' }],
      ['0.3个千分点', 'percent', 0.3, { unit: '‰pt' }],
    ]],
    ['沪指收报3052.36点，下跌12.6点；全省本科线463分，600分以上考生58名。', [
      ['3052.36点', 'other', 3052.36, { unit: '点' }],
      ['12.6点', 'other', 12.6, { unit: '点' }],
      ['463分', 'other', 463, { unit: '分' }],
      ['600分', 'other', 600, { unit: '分', approx: true }],
      ['58名', 'count', 58, { unit: '名' }],
    ]],
    ['上午8点开会，10年期国债收益率下行，九年义务教育巩固率提高。', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
