// Generates regional news text for the benchmarks, with what real regional news has and what
// makes place finding work: chains of county, township and village (淄川区龙泉镇台头村), streets,
// parks and other named sites, development zones, quoted names (《》 and “”), people's names, and
// English passages among the Chinese, next to figures of every kind. The place names come from
// the built gazetteer (the units of one prefecture and their villages), so they are the names the
// engine must look up; the sentences are written for NewsFacts, no article text is copied.
// Deterministic for a given seed, so runs compare.
import type { Gazetteer } from '../lib/gazetteer/gazetteer';
import type { Unit } from '../lib/gazetteer/types';

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The names a corpus draws its places from: one prefecture, its counties, townships and villages. */
export interface CorpusPlaces {
  prefecture: string;
  counties: string[];
  /** County + township, as reports name a township the first time (淄川区龙泉镇). */
  townships: string[];
  /** County + township + village (淄川区龙泉镇台头村), and the village alone for later mentions. */
  villageChains: string[];
  villages: string[];
}

/**
 * The places of a prefecture (a 4-digit code prefix, 3703 for 淄博市) from a gazetteer whose
 * village pack of that province is loaded: every unit, evenly sampled, so a corpus names many.
 */
export function corpusPlaces(gazetteer: Gazetteer, prefectureCode: string, perTownship = 3): CorpusPlaces {
  const prefecture = gazetteer.unit(prefectureCode.padEnd(12, '0'));
  if (!prefecture) throw new Error(`no prefecture ${prefectureCode} in the gazetteer`);
  const named = (units: Unit[]) => units.filter((u) => !u.grouping);
  const counties = named(gazetteer.children(prefecture.code));
  const townships: string[] = [];
  const villageChains: string[] = [];
  const villages: string[] = [];
  for (const county of counties) {
    for (const township of named(gazetteer.children(county.code))) {
      townships.push(county.name + township.name);
      const inside = named(gazetteer.children(township.code));
      const step = Math.max(1, Math.floor(inside.length / perTownship));
      for (let k = 0; k < inside.length; k += step) {
        villageChains.push(county.name + township.name + inside[k].name);
        villages.push(inside[k].name);
      }
    }
  }
  if (!villages.length) throw new Error(`no villages under ${prefecture.name}: load the province's village pack first`);
  return { prefecture: prefecture.name, counties: counties.map((c) => c.name), townships, villageChains, villages };
}

const PEOPLE = ['王建国', '李红梅', '张伟', '刘志强', '陈晓燕', '赵立新', '孙海涛', '周明', '高秀英', '马俊峰'];
const CN_NUMBERS = ['两', '三', '五', '十二', '二十', '三十五', '一百零五', '两千多', '三万四千'];
const CLASSIFIERS = ['户', '人', '名', '个', '家', '项', '件', '棵', '支', '座'];
const STREET_CORES = ['新华', '人民', '柳泉', '华光', '西五', '共青团', '联通', '鲁泰', '中润', '昌国', '北京', '上海'];
const SITES = ['路', '大道', '广场', '公园', '小区', '大厦', '医院', '中学', '文化中心', '产业园'];
const ZONES = ['高新区', '经济技术开发区', '综合保税区', '文昌湖省级旅游度假区', '化工产业园'];
const QUOTED = ['《淄博日报》', '《齐鲁晚报》', '“齐鲁风情”', '“好客山东”', '“陶琉之乡”', '“乡村振兴示范村”', '《政府工作报告》'];
const ENGLISH = [
  (p: string, n: string) => `The ${p} government said exports rose ${n}% in the first half, led by ceramics and chemicals.`,
  (p: string, n: string) => `"We expect another ${n} million yuan of investment next year," a spokesman for the ${p} development zone told reporters.`,
  (p: string, n: string) => `Visitors to ${p} grew by ${n} percent, according to the municipal bureau of culture and tourism.`,
];

type Pick = <T>(list: readonly T[]) => T;

interface Draw {
  pick: Pick;
  int(max: number): number;
  dec(max: number): string;
}

/** One sentence; each template is a shape regional reports use again and again. */
function sentence({ pick, int, dec }: Draw, places: CorpusPlaces): string {
  const county = pick(places.counties);
  const chain = pick(places.villageChains);
  const village = pick(places.villages);
  const street = pick(STREET_CORES) + pick(SITES);
  const templates = [
    () => `${2015 + int(9)}年${1 + int(12)}月${1 + int(28)}日，${county}召开${pick(['经济运行', '乡村振兴', '招商引资', '安全生产'])}工作会议，${pick(PEOPLE)}出席会议并讲话。`,
    () => `${county}全年实现地区生产总值${dec(900)}亿元，同比增长${dec(12)}%，增速居全市第${pick(['一', '二', '三', '七', '九'])}位。`,
    () => `在${chain}，村党支部书记${pick(PEOPLE)}带领村民种植${pick(['樱桃', '猕猴桃', '蓝莓', '中药材'])}${int(900) + 100}亩，去年村集体增收${dec(90)}万元。`,
    () => `${pick(places.townships)}${village}、${pick(places.villages)}和${pick(places.villages)}三个村连片发展，带动${int(900) + 100}户群众增收。`,
    () => `截至目前，${county}已累计发放补贴资金${int(9000)}万元，惠及群众${int(90000)}户、${int(200000)}人。`,
    () => `位于${county}${street}的${pick(['项目', '门店', '工地'])}已投入${dec(30)}亿元，${int(500) + 20}多名工人正在施工。`,
    () => `${places.prefecture}${pick(ZONES)}今年新引进项目${int(60) + 5}个，其中${pick(['新材料', '生物医药', '智能装备'])}项目总投资${dec(120)}亿元。`,
    () => `“过去一年，我们村${CN_NUMBERS[int(CN_NUMBERS.length)]}${pick(CLASSIFIERS)}${pick(['农户', '群众', '企业'])}受益，”${village}村民${pick(PEOPLE)}说，“今年力争再增加${int(40) + 10}%左右。”`,
    () => `据${pick(QUOTED)}报道，${county}${pick(QUOTED)}活动吸引游客${dec(50)}万人次，实现旅游收入${dec(9)}亿元。`,
    () => `${1 + int(12)}月${1 + int(28)}日上午，记者在${county}${pick(['产业园', '示范区', '合作社'])}看到，${int(30) + 2}台机械正在作业。`,
    () => `项目总投资${dec(50)}亿元，占地${int(900) + 100}亩，建成后年产值可达${int(90) + 10}亿元，带动就业${int(3000)}余人。`,
    () => `全市城镇化率达到${dec(80)}%，比上年提高${dec(3)}个百分点，常住人口减少${int(20000)}人。`,
    () => `该镇用了${pick(['二十分钟', '3个多月', '两天半', '五年'])}时间，完成了${int(40) + 2}个村的改造，改造面积${int(9000) + 1000}多平方米。`,
    () => `一是加强组织领导，二是强化资金保障，三是落实工作责任，确保各项任务按时完成。`,
    () => `${county}坚持以人民为中心的发展思想，持续打通服务群众的“最后一公里”，推动各项工作取得新成效。`,
    () => pick(ENGLISH)(pick(['Zibo', 'Zichuan', 'Boshan', 'Linzi', 'Zhoucun']), dec(20)),
    () => `咨询电话：0533-${int(8999999) + 1000000}，联系人：${pick(PEOPLE)}。`,
  ];
  return templates[int(templates.length)]();
}

/** About `chars` UTF-16 code units of news text, paragraphs separated by blank lines. */
export function newsCorpus(chars: number, places: CorpusPlaces, seed = 2019): string {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * max);
  const draw: Draw = { int, dec: (max) => (next() * max).toFixed(2), pick: (list) => list[int(list.length)] };
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    let p = '';
    const count = 2 + int(4);
    for (let k = 0; k < count; k++) p += sentence(draw, places);
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** The paragraphs of a corpus gathered into articles of about 3,000 characters, as pages and files bring them. */
export function newsArticles(corpus: string): string[] {
  const articles: string[] = [];
  for (const paragraph of corpus.split('\n\n')) {
    if (!articles.length || articles[articles.length - 1].length > 3000) articles.push(paragraph);
    else articles[articles.length - 1] += `\n\n${paragraph}`;
  }
  return articles;
}
