// Scores extract()'s places on the county news of rivers, lakes, mountains and passes (county-nature.fixtures.ts)
// over the real gazetteer the way the evaluation scores a text against its gold (strict F1, link accuracy, level
// accuracy; see place-articles.ts). The thresholds hold the scores measured when the articles were last changed; a
// failure (or NF_REPORT=1) lists every miss, spurious place, wrong link and wrong level.
import { describe, expect, it } from 'vitest';
import type { CountyArticle } from './county-articles.fixtures';
import { natureFirst, natureSecond, natureThird, natureFourth } from './county-nature.fixtures';
import { realPlaces } from './real-places';
import { expectScores } from './place-articles';

const places = realPlaces();

// Each category with the sentences it must read and those it must leave alone.
describe('rivers, lakes, mountains and passes by category', () => {
  it.each<[string, string, string[]]>([
    ['lakes named with 荡 and 漾, rivers with 港, listed bare; no name of 沿线 before a river chief\'s patrol', '元荡岸线贯通后，北麻漾和长漾也在整治。太浦河、急水港沿线开展巡河。', [
      '元荡/natural', '北麻漾/natural', '长漾/natural', '太浦河/natural', '急水港/natural',
    ]],
    ['peaks named with 尖 and 降 and a pass without 山口; not a pen\'s tip nor a fall', '游客登上磨心尖，穿越牯牛降，翻过多雄拉。他写字笔尖断了，气温下降。', ['磨心尖/natural', '牯牛降/natural', '多雄拉/natural']],
    ['a mountain a township is named after: the township with its suffix, the mountain before a word of its slope', '四明山镇的村民在四明山南麓种茶。', ['四明山镇/township/330281', '四明山/natural']],
    ['a verb of flowing after the name, or after 从 and the place it flows through, makes a unit\'s name the river', '红河从县城南边流过。嫩江发源于大兴安岭。', ['红河/natural', '嫩江/natural', '大兴安岭/natural']],
    ['no river of a unit\'s clause after 从 with no verb of flowing', '红河从今年起实施新政，红河从县城招聘教师。', ['红河/prefecture/532500', '红河/prefecture/532500']],
    ['a name read as the river is the unit again before a part of an area (a river has no south); 黄河南部 stays the river, which is no unit', '红河从县城南边流过。今年红河南部山区茶叶丰收，黄河南部的河段也已解冻。', ['红河/natural', '红河/prefecture/532500', '黄河/natural']],
    ['a pass before 山口 and a mountain before 垭口; no pass of a word before 山口', '车队翻过米拉山口，停在鹧鸪山垭口。村口的山口风很大。', ['米拉/natural', '鹧鸪山/natural']],
    ['peaks, caves, gorges, glaciers, reservoirs and rivers of the provinces the lists were extended to', '游客走进鸡冠洞，穿越龙庆峡；卡若拉冰川、陆浑水库、玉龙喀什河和灞河也迎来游客。天都峰、始信峰和光明顶游人如织。', [
      '鸡冠洞/natural', '龙庆峡/natural', '卡若拉冰川/natural', '陆浑水库/natural', '玉龙喀什河/natural', '灞河/natural', '天都峰/natural', '始信峰/natural', '光明顶/natural',
    ]],
    ['glaciers, peaks and deserts of the plateau and the north-west, and the short forms the press gives sandy lands', '考察队来到格拉丹东、玉珠峰，又去了普若岗日冰川和库木塔格沙漠；毛乌素的治沙成效显著。', [
      '格拉丹东/natural', '玉珠峰/natural', '普若岗日冰川/natural', '库木塔格沙漠/natural', '毛乌素/natural',
    ]],
    ['no feature of a phrase of covering a hill after a feature', '云丘山红叶漫山，漫山遍野的杜鹃。', ['云丘山/natural']],
    ['a city\'s short form before 市井 (its street life) is the city, not the city written with 市', '推出了老重庆市井文化展。', ['重庆/province/500000']],
    ['caves, peaks, a rock, valleys, lakes, a river and islands of the provinces the fourth batch reached', '游客走进鱼谷洞，登上白草畔、棋盘坨和长老峰，看了阳元石，游了易水湖、枫林谷，又去了星星海、卡日曲、阅海和太阳岛，橘子洲也人气火爆。', [
      '鱼谷洞/natural', '白草畔/natural', '棋盘坨/natural', '长老峰/natural', '阳元石/natural', '易水湖/natural', '枫林谷/natural', '星星海/natural', '卡日曲/natural', '阅海/natural', '太阳岛/natural', '橘子洲/natural',
    ]],
    ['no feature of playing in water after 在, of a lake\'s pleasure-boat wharf, nor of a lake\'s name inside ordinary words', '切勿在野河道戏水，孩子们在河边嬉水。易水湖的游船码头新增游船。翻阅海量资料，国宝湖北展出。', ['易水湖/natural', '湖北/province/420000']],
    ['no feature of surface or ground water after 在, as water quality is graded (稳定在地表水Ⅲ类); the river before it stays', '小清河水质稳定在地表水Ⅲ类，地下水位回升。', ['小清河/natural']],
    ['a river after 沿 before a verb of riding or walking; no name of 沿线 or 沿途', '游客沿义水河骑行，沿着松花江漫步。沿线骑行的人多，沿途徒步的人少。', ['义水河/natural', '松花江/natural']],
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => expect(await places.labelsWithVillages(text, 6)).toEqual(expected));
});

describe('county news of rivers, lakes, mountains and passes, scored as the evaluation scores them', () => {
  it.each<[string, CountyArticle[], number, number]>([
    // first batch (淳安, 靖安, 武陵源, 荔波, 稻城, 宜州, 乌拉特前旗, 墨脱: a lake's water quality, river chiefs, peaks after
    // snow, a karst forest, holy mountains and their lakes, a flood-season alert, a lake's recovery, a pass reopened), scored
    // blind before any change for it: F1 0.859 (P 0.940 R 0.790) link 1.000 (34/34); the same F1 and link 1.000 (35/35) once 茂兰
    // before its reserve was marked as GUIDELINES marks a place inside a site's name (the township, 茂兰镇), and the same F1 once
    // the pass 多雄拉 before 山口 was marked as the other batches mark a pass over its mountain (鹧鸪山垭口); after the changes its
    // misses led to (rivers, lakes, peaks, passes, falls and pools as data, 沿线 before a patrol, verbs of flowing), 0.965 / 1.000
    ['first batch', natureFirst, 0.964, 1],
    // second batch (修水, 罗田, 丘北, 抚远, 玛曲: a flood-season alert, peaks and a reservoir in autumn, a karst lake wetland, the
    // border rivers freezing, the Yellow River's first bend), written after the first's changes and scored once, blind, the
    // number to report: F1 0.871 (P 0.957 R 0.800) link 1.000 (25/25); 0.891 once 黄河 before 首曲 was marked as the other batches mark
    // it (黄河首曲 was whole); after the changes its misses led to (a karst lake, caves, a river after 沿 before 骑行), 0.953 / 1.000
    ['second batch', natureSecond, 0.953, 1],
    // third batch (延庆, 怀柔, 吉县, 乡宁, 吉林, 长春, 合肥, 宁德, 西安, 和田: rivers in the flood season, hills and a tributary in
    // autumn, rime on the river, a lake's inflowing rivers, streams and falls in summer, a city's rivers, meltwater rivers),
    // written after the lists were extended province by province and scored once, blind: F1 0.960 (P 0.980 R 0.941) link 1.000
    // (37/37); 0.970 once 黑河水库 was marked whole as the batch marks the other reservoirs; after the changes its misses led to
    // (云丘山, 鄂河, 拉法山 as data; no feature of 漫山), 0.990 / 1.000. Left: 历山 and 涝河, which need context (亚历山大, 排涝河道),
    // and 巢湖 read as the county-level city before 综合治理
    ['third batch', natureThird, 0.985, 1],
    // fourth batch (涞水, 易县, 本溪, 桓仁, 仁化, 始兴, 五指山, 琼中, 玛多, 银川, 石嘴山: a gorge river's rafting season, a water
    // cave and autumn leaves, a red-rock mountain at Golden Week, rainforest rivers, the Yellow River's source lakes, a city's
    // lakes and wetlands), written by a reader who had not written the lists and scored once, blind: F1 0.863 (P 0.923
    // R 0.811) link 1.000 (25/25) level 0.983; 0.878 once 百花岭瀑布 was marked whole as 壶口瀑布 is; after the changes its
    // misses led to (features of the six provinces as data; no feature of 戏水 or 嬉水 after 在; no site of 游船码头; a national
    // park named after what it keeps gives the province before it alone), 0.973 / 1.000. Left: 五指山 (the city 五指山市 is
    // written bare, so the mountain is left out), 宝湖 (needs context: 国宝湖北), 本溪水洞's 水洞 and 五女山山城's 山城 read as
    // a site and a district, 武江 (a district of 韶关 and the river) read as the district
    ['fourth batch', natureFourth, 0.97, 1],
  ])('%s', { timeout: 60_000 }, async (name, articles, minF1, minLink) => {
    await expectScores(places, name, articles, minF1, minLink);
  });
});
