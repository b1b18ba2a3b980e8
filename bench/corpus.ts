// Generates realistic Chinese regional news text for benchmarks: paragraphs of sentences in
// the shapes these papers print (figures of every kind among ordinary prose), deterministic
// for a given seed so runs compare. Written for NewsFacts; no article text is copied.

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

const PLACES = ['淄川区', '张店区', '博山区', '临淄区', '周村区', '桓台县', '高青县', '沂源县', '龙泉镇', '太河镇', '昆仑镇', '西河镇', '洪山镇', '寨里镇'];
const PEOPLE = ['王建国', '李红梅', '张伟', '刘志强', '陈晓燕', '赵立新', '孙海涛', '周明'];
const CN_NUMBERS = ['两', '三', '五', '十二', '二十', '三十五', '一百零五', '两千多', '三万四千'];
const CLASSIFIERS = ['户', '人', '名', '个', '家', '项', '件', '棵', '支', '座'];

type Pick = <T>(list: readonly T[]) => T;

/** One sentence; each template is a shape regional reports use again and again. */
function sentence(pick: Pick, int: (max: number) => number, dec: (max: number) => string): string {
  const place = pick(PLACES);
  const templates = [
    () => `${2015 + int(9)}年${1 + int(12)}月${1 + int(28)}日，${place}召开${pick(['经济运行', '乡村振兴', '招商引资', '安全生产'])}工作会议，${pick(PEOPLE)}出席会议并讲话。`,
    () => `${place}全年实现地区生产总值${dec(900)}亿元，同比增长${dec(12)}%，增速居全市第${pick(['一', '二', '三', '七', '九'])}位。`,
    () => `截至目前，${place}已累计发放补贴资金${int(9000)}万元，惠及群众${int(90000)}户、${int(200000)}人。`,
    () => `${place}新建高标准农田${dec(5)}万亩，配套建设${int(300)}座${pick(['蓄水池', '机井', '泵站'])}，每亩增收${int(900) + 100}元以上。`,
    () => `“过去一年，我们村${CN_NUMBERS[int(CN_NUMBERS.length)]}${pick(CLASSIFIERS)}${pick(['农户', '群众', '企业'])}受益，”${pick(PEOPLE)}说，“今年力争再增加${int(40) + 10}%左右。”`,
    () => `${1 + int(12)}月${1 + int(28)}日上午，记者在${place}${pick(['产业园', '示范区', '合作社'])}看到，${int(30) + 2}台机械正在作业，${int(500) + 20}多名工人忙个不停。`,
    () => `项目总投资${dec(50)}亿元，占地${int(900) + 100}亩，建成后年产值可达${int(90) + 10}亿元，带动就业${int(3000)}余人。`,
    () => `全市城镇化率达到${dec(80)}%，比上年提高${dec(3)}个百分点，常住人口减少${int(20000)}人。`,
    () => `该镇用了${pick(['二十分钟', '3个多月', '两天半', '五年'])}时间，完成了${int(40) + 2}个村的改造，改造面积${int(9000) + 1000}多平方米。`,
    () => `一是加强组织领导，二是强化资金保障，三是落实工作责任，确保各项任务按时完成。`,
    () => `${place}坚持以人民为中心的发展思想，持续打通服务群众的“最后一公里”，推动各项工作取得新成效。`,
    () => `咨询电话：0533-${int(8999999) + 1000000}，联系人：${pick(PEOPLE)}。`,
  ];
  return templates[int(templates.length)]();
}

/** About `chars` UTF-16 code units of news text, paragraphs separated by blank lines. */
export function newsCorpus(chars: number, seed = 2019): string {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * max);
  const dec = (max: number) => (next() * max).toFixed(2);
  const pick: Pick = (list) => list[int(list.length)];
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    let p = '';
    const count = 2 + int(4);
    for (let k = 0; k < count; k++) p += sentence(pick, int, dec);
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n');
}
