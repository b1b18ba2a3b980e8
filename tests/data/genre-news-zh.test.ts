// Scores the places extract() finds in Chinese national news by genre (genre-news-zh.fixtures.ts) as
// the news-ner scorer counts them, with codes on the places marked with one (tests/place-score.ts). A
// place found inside an organisation's name (marked ((…))) is neither right nor wrong. A failure, or
// NF_REPORT=1, lists every miss, spurious place and wrong code.
import { describe, expect, it } from 'vitest';
import { batch1, batch2, batch3 } from './genre-news-zh.fixtures';
import { placeLabel, realPlaces } from './real-places';
import { checkPlaces } from '../place-score';

const places = realPlaces();
const found = (text: string) => places.find(text, 'zh').map((a) => placeLabel(a, 6));

// Each fix by category with sentences that must read so and those that must not.
describe('words of the genres that hold or make a place', () => {
  it.each<[string, string, string[]]>([
    ['the form that opens a province\'s opera, cuisine or speech is the province, not inside a name found', '他唱了一辈子京剧，爱吃川菜和湘菜，会说粤语和沪语，北京剧院今晚演出。', [
      '京/province/110000', '川/province/510000', '湘/province/430000', '粤/province/440000', '沪/province/310000', '北京/province/110000',
    ]],
    ['a dish or tea named after a place holds the place, a variety grown elsewhere none, 龙井 of 西湖龙井 no Jilin city', '游客品尝兰州牛肉面、天津麻花、德州扒鸡和北京烤鸭，买了普洱茶、西湖龙井、龙井茶和哈密瓜。', [
      '兰州/prefecture/620100', '天津/province/120000', '德州/prefecture/371400', '北京/province/110000', '普洱/prefecture/530800', '西湖/natural',
    ]],
    ['a region the dictionary holds across a feature\'s follower is the name, the word before it no part of it; not a feature a name ends in or one that opens at its ending', '他从事黄河流域研究，沿着小清河流域考察，登上仰天山，村子地处渭河源头。', [
      '黄河流域/region', '小清河/natural', '仰天山/natural', '渭河/natural',
    ]],
    ['a river\'s name after a surname and a word of a person\'s role is a given name, and at its later mentions', '著名水利专家陈长江因病逝世。陈长江生前长期在武汉工作。', ['武汉/prefecture/420100']],
    ['乡村 after a region is the countryside, not a township of the region\'s name', '小说以胶东乡村为背景，全县乡村振兴，推进沿河乡村建设。', ['胶东/region']],
    ['sites of archaeology; a sports centre after its city, the city alone; a region before 地区', '考古人员在秦始皇帝陵、城子崖和牛河梁发掘。比赛在济南奥体中心举行，潮汕地区的游客也来了。', [
      '秦始皇帝陵/landmark', '城子崖/landmark', '牛河梁/landmark', '济南/prefecture/370100', '潮汕/region',
    ]],
    ['a site\'s name without 遗址; a mountain that is also a district before 山区, not a district of no mountain', '二里头遗址和石峁遗址出土了玉器。天山山区有大雪，平山山区修路。', [
      '二里头/landmark', '石峁/landmark', '天山/natural',
    ]],
    ['a sea\'s name between a surname after 学家 and 院士, and at its later mentions', '著名气象学家赵东海院士在北京逝世。赵东海祖籍广东。', ['北京/province/110000', '广东/province/440000']],
    ['no place in a storm\'s quoted name, one in other quotes', '受台风“桦加沙”影响，飓风“米尔顿”袭击佛罗里达，“中国天眼”发现新脉冲星。', ['佛罗里达/foreign', '中国/country']],
  ])('%s', (_, text, expected) => expect(found(text)).toEqual(expected));
});

const check = (title: string, articles: Record<string, string>, minRecall: number, minPrecision: number) => checkPlaces(places, title, articles, minRecall, minPrecision, 1, 'news-ner');

// Batch 1 (nine articles: a corruption trial, discipline inspection, a lunar mission and the poles,
// excavations, rail, air and road, food and dialects, leagues, obituaries, weather), scored once,
// blind: recall 0.908 precision 0.953, exact-span recall 0.816, codes 96/96. After the fixes for it
// (a region the dictionary found across a feature's follower opens the feature's name: 从事黄河流域;
// a given name after more words of a role: 专家陈长江; 乡村 after a region: 胶东乡村; the forms that open
// a province's opera, cuisine or speech: 京剧, 川菜, 粤语; dishes, since read as holding their place (genre-news-zh-2.fixtures.ts): 兰州牛肉面; 潮汕, 秦始皇帝陵, 城子崖,
// 独库公路, 奥体中心 after its city) and seven marks set to the conventions (see the fixture), 0.957 / 1.000.
// Batch 2 (nine more on the same genres), written after the batch 1 fixes and scored once, blind:
// recall 0.931 precision 0.944, exact-span recall 0.875, codes 72/73. After the fixes for it (a site's
// name without 遗址, as the public NER sets mark 阳关 in 阳关遗址: 二里头, 石峁, 井头山; 山区 after a
// mountain that is also a district: 天山山区; 学家 before and 院士 after a given name) and ten marks set
// to the conventions (see the fixture), 0.946 / 1.000. Left: a district's short form its city does
// not resolve before 国际机场 (重庆江北, 广州白云), 江汉 and 东北 before a word other than 地区.
// Batch 3 (nine more), written after the batch 2 fixes and scored once, blind: recall 0.939 precision
// 0.981, exact-span recall 0.909, codes 110/110. After the fixes for it (no place in a storm's quoted
// name: 台风“桦加沙” holds no 加沙; 北大湖) and two marks set to the conventions (see the fixture),
// 0.946 / 1.000. Left: routes named by a city's form (甬舟铁路) or a third word (成渝中线高铁, 川青铁路
// before 镇江关), towns that need support (陶寺, 亚布力, 金塘), 黄龙 and 果子沟.
describe('places in Chinese national news by genre', () => {
  check('batch 1', batch1, 0.95, 0.99);
  check('batch 2', batch2, 0.94, 0.99);
  check('batch 3', batch3, 0.94, 0.99);
});
