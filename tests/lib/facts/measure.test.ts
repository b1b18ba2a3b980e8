import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

const measures = (text: string, lang?: 'zh' | 'en') => Object.fromEntries(Object.entries(factsOf(text, { lang })).map(([k, v]) => [k, v.measure]));

describe('what a figure measures (Chinese)', () => {
  it('is the words before it in its clause, without the place, time and linking verb', () => {
    expect(measures('今年前三季度，临淄区规模以上工业增加值达到268亿元，社会消费品零售总额为95.6亿元。')).toEqual({
      '268亿元': '规模以上工业增加值',
      '95.6亿元': '社会消费品零售总额',
    });
  });

  it('leaves out the urban area a city’s figure was counted in (淄博城区), as it does a scenic area', () => {
    expect(measures('10月份，淄博城区新建商品住宅成交3562套。全市城区人口增加1.2万人。')).toEqual({ '3562套': '新建商品住宅成交', '1.2万人': '城区人口增加' });
  });

  it('keeps 累计 and 完成 but drops 实现, 全市 and fillers such as 其中', () => {
    expect(measures('一至五月，全市累计完成固定资产投资156亿元。其中，民间投资98亿元，实现利税12.4亿元。')).toEqual({
      '156亿元': '累计完成固定资产投资',
      '98亿元': '民间投资',
      '12.4亿元': '利税',
    });
  });

  it('drops the span a price is paid for at its back (租金每月每平方米), as it drops the measure priced (每公斤)', () => {
    expect(measures('全市住房平均租金每月每平方米32.6元，物业费每年每平方米28元，每月用电量120度。')).toEqual({ '32.6元': '住房平均租金', '28元': '物业费', '120度': '每月用电量' });
  });

  it('drops the one a rate is paid by at its back (每人每年, 每户), but keeps 每人 inside a measure (每人次费用)', () => {
    expect(measures('个人缴费标准为每人每年380元，补贴标准每户3000元。每人次费用下降12元。')).toEqual({ '380元': '个人缴费标准', '3000元': '补贴标准', '12元': '每人次费用下降' });
  });

  it('drops a word of the month or quarter it is counted in (当月, 当季, 本月)', () => {
    expect(measures('11月当月完成集装箱吞吐量265万标准箱。本月新增企业86家。')).toEqual({ '265万标准箱': '完成集装箱吞吐量', '86家': '新增企业' });
  });

  it('of a growth rate is its change (同比增长), and a list member without words of its own shares its neighbour’s', () => {
    expect(measures('张店区新增市场主体3200户，同比增长8.1%，新增就业岗位1.5万个和2000个。')).toMatchObject({
      '3200户': '新增市场主体',
      '8.1%': '同比增长',
      '2000个': '新增就业岗位',
    });
  });

  it('of the end of a change (由…提高到, 下行…至) is the noun that changed, and a market’s day (今日) is no part of it', () => {
    expect(measures('住房公积金贷款最高额度由60万元提高到80万元。国债收益率下行3个基点至2.65%。今日该股收涨9.98%。')).toEqual({
      '60万元': '住房公积金贷款最高额度',
      '80万元': '住房公积金贷款最高额度',
      '3个基点': '国债收益率下行',
      '2.65%': '国债收益率',
      '9.98%': '该股收涨',
    });
  });

  it('of a count followed by what it counts is those words, up to what is said of them', () => {
    expect(measures('周村区组建25个农技服务队，对48户B类贫困户实行帮扶，另有3个村正在修路，2座崭新的候车亭已建成。')).toEqual({
      '25个': '农技服务队',
      '48户': 'B类贫困户',
      '3个': '村',
      '2座': '崭新的候车亭',
    });
  });

  it('gives each item of a list before 分别 to its figure, in order, with the head the items share', () => {
    expect(measures('去年，粮食、蔬菜和水果产量分别达到52万吨、180万吨和36万吨。')).toEqual({
      '52万吨': '粮食产量',
      '180万吨': '蔬菜产量',
      '36万吨': '水果产量',
    });
  });

  it('drops 完成 or 已 after the noun, 共 and 连续多年 before it, and a year word after it', () => {
    expect(measures('临淄区化工产业产值完成420亿元，全区共接待游客96万人次，有效发明专利已达1800件，农业总产值去年突破90亿元。')).toEqual({
      '420亿元': '化工产业产值',
      '96万人次': '接待游客',
      '1800件': '有效发明专利',
      '90亿元': '农业总产值',
    });
    expect(measures('临淄区粮食总产量48万吨，连续多年位列全市第一。')).toMatchObject({ 第一: '粮食总产量' });
  });

  it('of a figure whose words only say it was done is its neighbour’s that opens with them, or the topic its sentence opened with', () => {
    expect(measures('张店区完成工业投资88亿元，周村区完成41亿元。')).toEqual({ '88亿元': '完成工业投资', '41亿元': '完成工业投资' });
    expect(measures('全区乡村旅游收入方面，三天累计实现6200万元。')).toEqual({ '6200万元': '乡村旅游收入' });
  });

  it('drops the base of a comparison (比上年) from a change', () => {
    expect(measures('全县农村居民人均可支配收入21000元，比上年增长6.5%。')).toEqual({ '21000元': '农村居民人均可支配收入', '6.5%': '增长' });
  });
});

describe('what a figure measures: ranks, durations, counts told elsewhere, edges (Chinese)', () => {
  it('of a rank is what comes before the words that place it, else the figure it ranks', () => {
    expect(measures('去年，临淄区粮食总产量48万吨，在全市各区县中位列第三。')).toMatchObject({
      '48万吨': '粮食总产量',
      第三: '粮食总产量',
    });
    expect(measures('周村区“一窗受理”办结率位列全省第二。')).toEqual({ 第二: '“一窗受理”办结率' });
  });

  it('of a rank with nothing before it and no figure to rank is absent, not a stray word', () => {
    expect(measures('作为第三个试点县，淄川区开展了培训。')).toEqual({ 第三个: undefined });
  });

  it('of a duration is absent unless it is a change', () => {
    expect(measures('近5年间，张店区的学校越来越多，项目前后仅用了4个多月，审批时限缩短30天。')).toEqual({
      '5年间': undefined,
      '4个多月': undefined,
      '30天': '审批时限缩短',
    });
  });

  it('of a count whose noun follows an approximation (左右) is that noun', () => {
    expect(measures('全区将培育15个左右特色农业园区。')).toEqual({ '15个': '特色农业园区' });
  });

  it('of a count without a noun of its own is the word in its unit that its clause or sentence names', () => {
    expect(measures('对65户因学返贫风险较大的脱贫户落实了助学金。王某家属于低保户，全村有41户。')).toEqual({ '65户': '脱贫户', '41户': '低保户' });
  });

  it('of a count of households right before a count of people is what the people are', () => {
    expect(measures('去年，全县1250户3680名易地搬迁群众住进新居。')).toEqual({ '1250户': '易地搬迁群众', '3680名': '易地搬迁群众' });
  });

  it('leaves out the verbs that hold a level (稳定在) and the opening of a change (由)', () => {
    expect(measures('全县粮食播种面积稳定在52万亩，网络零售额占比由18%提高到26%。')).toMatchObject({ '52万亩': '粮食播种面积', '18%': '网络零售额占比' });
  });

  it('of a grade is the noun after its list, or nothing', () => {
    expect(measures('全区着力打造十亿级、百亿级特色产业集群，创建4A级景区。目前有有效发明专利1800件。')).toEqual({
      十亿级: '特色产业集群',
      百亿级: '特色产业集群',
      '4A级': '景区',
      '1800件': '有效发明专利',
    });
  });

  it('begins after a modal or a finished verb inside it, but keeps 可支配, 平均 and 规模以上', () => {
    expect(measures('今年每户预计能够增收3000元，为92户困难群众发放了救助金46万元，城镇居民人均可支配收入41000元，小麦亩产平均达到650公斤，服务200家规模以上企业。')).toEqual({
      '3000元': '增收',
      '92户': '困难群众',
      '46万元': '救助金',
      '41000元': '城镇居民人均可支配收入',
      '650公斤': '小麦亩产平均',
      '200家': '规模以上企业',
    });
  });

  it('leaves out a lone character, a verb of exceeding (过), a court or a pronoun at the edges', () => {
    expect(measures('全县年营业收入过十亿元的企业达到9家，张店区人民法院审结案件2600件，他家年收入3.5万元，种了半亩。')).toEqual({
      十亿元: '年营业收入',
      '9家': '企业',
      '2600件': '审结案件',
      '3.5万元': '年收入',
      半亩: undefined,
    });
  });
});

describe('what a figure measures: causes, equivalents and stations (Chinese)', () => {
  it('begins after what caused it (造成, 导致) and drops 相当于 before an equivalent', () => {
    expect(measures('此次降雨造成全市受灾人口1.26万人，导致农作物受灾面积2.8万亩。全年新能源发电量86亿千瓦时，相当于节约标准煤262万吨。')).toEqual({
      '1.26万人': '受灾人口',
      '2.8万亩': '农作物受灾面积',
      '86亿千瓦时': '新能源发电量',
      '262万吨': '节约标准煤',
    });
  });

  it('of a grade that ends its clause (最大风力达10级) is the words before it, without 被评为; one before a noun measures that noun', () => {
    expect(measures('最大风力达10级，阵风8级以上。景区被评为5A级，全县有4A级景区12家。')).toEqual({
      '10级': '最大风力',
      '8级': '阵风',
      '5A级': '景区',
      '4A级': '景区',
      '12家': '景区',
    });
  });

  it('of a count is the noun after it, not what the counted did (选手参赛, 企业参展)', () => {
    expect(measures('3万名选手参赛，1200家企业参展。')).toEqual({ '3万名': '选手', '1200家': '企业' });
  });

  it('leaves a station named after its city (烟台南站) and 该站 out of what it measures', () => {
    expect(measures('烟台南站累计发送旅客58.6万人次。2月17日，该站单日发送旅客3.2万人次。')).toEqual({
      '58.6万人次': '累计发送旅客',
      '3.2万人次': '单日发送旅客',
    });
  });
});

describe('what a figure measures (English)', () => {
  it('is the noun before the verb, without a place and its preposition', () => {
    expect(measures('Exports from the port rose 8.5% to $12 billion in the first half.', 'en')).toEqual({ '8.5%': 'Exports from the port', '$12 billion': 'Exports from the port' });
  });

  it('leaves out the article word after it ("in the city") and a verb of exceeding ("topped")', () => {
    expect(measures('Last year GDP topped 450 billion yuan. Grain output in the county totaled 480,000 tons.', 'en')).toEqual({
      '450 billion yuan': 'GDP',
      '480,000 tons': 'Grain output',
    });
  });

  it('is the noun a count carries', () => {
    expect(measures('The museum welcomed 2.3 million visitors last year.', 'en')).toEqual({ '2.3 million visitors': 'visitors' });
  });

  it('of a rank is the noun before the verb that ranks it, none when only the place comes before; a duration that is no change has none', () => {
    expect(measures('Container throughput ranked third in the province. Construction took 18 months. The county ranked second.', 'en')).toEqual({
      third: 'Container throughput',
      '18 months': undefined,
      second: undefined,
    });
  });

  it('begins after "with" or a verb of receiving, and leaves out "worth" and "narrowed to"', () => {
    expect(measures('The county ranks fifth with GDP of 47 billion yuan. Farmers received subsidies worth 12 million yuan. The gap narrowed to 3%.', 'en')).toEqual({
      fifth: undefined,
      '47 billion yuan': 'GDP',
      '12 million yuan': 'subsidies',
      '3%': 'gap',
    });
  });

  it('of a bare change is the change word', () => {
    expect(measures('Retail sales reached $4.1 billion, up 6% year on year.', 'en')).toEqual({ '$4.1 billion': 'Retail sales', '6%': 'up' });
  });
});
