// Scores extract()'s places on the county news of the north and west (county-north.fixtures.ts) over the
// real gazetteer as county-articles.test.ts scores its batches: strict F1, link accuracy on the gold
// places with a code; a failure (or NF_REPORT=1) lists every miss, spurious place and wrong link.
import { describe, expect, it } from 'vitest';
import { northFirst, northSecond } from './county-north.fixtures';
import type { CountyArticle } from './county-articles.fixtures';
import { realPlaces } from './real-places';
import { expectScores } from './place-articles';

const places = realPlaces();

describe('county news of the north and west, scored as the evaluation scores them', () => {
  it.each<[string, CountyArticle[], number, number]>([
    // first batch (吉木乃, 吉隆, 阿巴嘎, 民勤, 贵德, 盐池, 神木, 右玉, 围场, 抚远, 珲春, 宽甸), written and marked before the engine
    // read it: blind F1 0.893 (P 0.924 R 0.864) link 0.951 (98/102); with four spans marked as the county batches mark them
    // (围场县委's 围场县, 陕蒙 as one region, 长城 in 古长城遗址) 0.954 / 0.961; after the changes its misses led to
    // (features of the north-west, county ports, 河口处, 清水河流域, 源头湿地, a park listed after a feature) 0.997 / 0.990
    ['first batch', northFirst, 0.99, 0.99],
    // second batch (塔什库尔干, 定日, 磴口, 玛曲, 门源, 西吉, 洛川, 阳城, 张北, 漠河, 长白, 桓仁: police, a court, a school, a cold
    // wave, solar power in the desert, apples), written after the first's changes and scored once, the number to report:
    // blind F1 0.910 (P 0.938 R 0.884) link 0.990 (103/104); about 0.940 with five spans marked as the batches mark them
    // (西吉县委's 西吉县 and two more, 几字弯 as the region the data holds, 桂林 of 北方小桂林 and no 北方); after the changes
    // its misses led to, 0.987 / 0.990 (塔什库尔干镇红旗社区 is one name in the data, 惠山 of 朝鲜 is not known, 红其拉甫 is a landmark)
    ['second batch', northSecond, 0.98, 0.99],
  ])('%s', { timeout: 60_000 }, async (name, articles, minF1, minLink) => {
    await expectScores(places, name, articles, minF1, minLink);
  });
});

const found = (text: string) => places.labelsWithVillages(text, 6);

describe('places in county news of the north and west, by category', () => {
  it.each<[string, string, string[]]>([
    ['a county\'s short form before its port stays the county where its seat town shares the name; a township\'s of another name is the township', '吉木乃县吉木乃镇的物流园。经吉木乃口岸出境的货物增长。勐腊县磨憨镇，经磨憨口岸进出境。', [
      '吉木乃县/county/654326', '吉木乃镇/township/654326', '吉木乃/county/654326', '勐腊县/county/532823', '磨憨镇/township/532823', '磨憨/township/532823',
    ]],
    ['a river\'s mouth is no place, after a village or beside a county of that name', '宽甸满族自治县长甸镇河口村。蒲石河在这里汇入鸭绿江，河口处的江面上游船往来。河口县的河口处。', [
      '宽甸满族自治县/county/210624', '长甸镇/township/210624', '河口村/village/210624', '蒲石河/natural', '鸭绿江/natural', '河口县/county/532532',
    ]],
    ['a unit\'s short form ending in a feature\'s word before a word only a feature takes is the feature; with its suffix the unit', '清水河县的干部在清水河两岸种树，清水河流域综合治理。', [
      '清水河县/county/150124', '清水河/natural', '清水河/natural',
    ]],
    ['a feature before a word of its parts and a site word is the feature alone; a preposition opens no feature\'s name', '林区内的七星湖和滦河源头湿地吸引游客。随着清水河流域综合治理，水面恢复了。', [
      '七星湖/natural', '滦河/natural', '清水河/natural',
    ]],
    ['a park listed after a feature', '全县依托杀虎口、南山森林公园等景点发展旅游。', ['杀虎口/natural', '南山森林公园/landmark']],
    ['a fish named like a country\'s short form is no place', '赫哲族渔民正在加工今秋捕捞的大马哈鱼。', []],
    ['features of the north and west, also over a village\'s or township\'s name and inside a county\'s', '抚远市乌苏镇，黑瞎子岛上的湿地。右玉县右卫镇杀虎口村紧邻古关隘杀虎口。吉隆县的吉隆沟里满目苍翠。以北的青土湖曾经干涸，红碱淖迎来遗鸥。', [
      '抚远市/county/230883', '乌苏镇/township/230883', '黑瞎子岛/natural', '右玉县/county/140623', '右卫镇/township/140623', '杀虎口村/village/140623', '杀虎口/natural',
      '吉隆县/county/540234', '吉隆沟/natural', '青土湖/natural', '红碱淖/natural',
    ]],
    ['a name both a district and a mountain, before a word of its sides or depths; after a word of going', '新疆天山南北迎来降雪。游客从乌鲁木齐出发，前往天山深处滑雪。乌鲁木齐市天山区的干部。', [
      '新疆/province/650000', '天山/natural', '乌鲁木齐/prefecture/650100', '天山/natural', '乌鲁木齐市/prefecture/650100', '天山区/county/650102',
    ]],
    ['a known feature at the end of a name read after a word of place is that feature after other words; a longer known name stays whole', '游客在咨询上黄山的线路，牧民在阿尔泰山放牧，游客在峨眉山游玩。', [
      '黄山/natural', '阿尔泰山/natural', '峨眉山/natural',
    ]],
    ['a township of a named county, not itself named, written short before a word of its seat or port; not elsewhere', '临县碛口古镇游人如织。勐腊县的货车经磨憨口岸出境，磨憨的天气晴好。', [
      '临县/county/141124', '碛口/township/141124', '勐腊县/county/532823', '磨憨/township/532823',
    ]],
    ['a name both a province and a river after a word of path, one both a district and a mountain after a back against it', '沿着黑龙江往上游走。温宿县北依天山，南临塔里木河。', [
      '黑龙江/natural', '温宿县/county/652922', '天山/natural', '塔里木河/natural',
    ]],
    ['an informal region that needs context before a word of grassland or plateau; a dam is none', '寒风中，坝上草原上的风电机组转得正欢。水库大坝上有人巡查，在淤地坝上种了树。', ['坝上/region']],
    ['a mountain after a verb of crossing, a river after a word of path before a verb of patrol', '227国道翻越达坂山的路段有暗冰。管护员每周沿着绒布河巡护两次。', ['227国道/landmark', '达坂山/natural', '绒布河/natural']],
    ['a quoted nickname holding 中华 is no place', '让“中华水塔”更加丰盈。', []],
  ])('%s', async (_, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });
});
