// Scores extract()'s places on the travel and culture news of China's named sites (named-sites.fixtures.ts) over
// the real gazetteer the way the evaluation scores a text against its gold (strict F1, link accuracy, level
// accuracy; see place-articles.ts). The thresholds hold the scores measured when the articles were last changed;
// a failure (or NF_REPORT=1) lists every miss, spurious place, wrong link and wrong level.
import { describe, expect, it } from 'vitest';
import type { CountyArticle } from './county-articles.fixtures';
import { sitesFirst, sitesSecond, sitesThird, sitesFourth, sitesFifth } from './named-sites.fixtures';
import { realPlaces } from './real-places';
import { expectScores } from './place-articles';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 6);

// China's named sites with no clue word (world-features.json's landmarks) and the rules around them, each with what
// it must not find: ordinary words that hold a site's characters, and the common word 寺院.
describe("China's named sites by category", () => {
  it.each<[string, string, string[]]>([
    ['gardens, temples, walled houses and tea hills named by themselves', '秋霞圃桂花盛开，古猗园举办竹文化节，青羊宫举办新春祈福活动，老班章的茶农忙着采茶，振成楼前游客如织。', [
      '秋霞圃/landmark', '古猗园/landmark', '青羊宫/landmark', '老班章/landmark', '振成楼/landmark',
    ]],
    ['a site whose name opens with a unit\'s short form elsewhere or a foreign city is the site', '正阳门和永定门游人如织，回民街、永兴坊夜市火爆，武侯祠大庙会开幕，柏林禅寺迎来香客。', [
      '正阳门/landmark', '永定门/landmark', '回民街/landmark', '永兴坊/landmark', '武侯祠/landmark', '柏林禅寺/landmark',
    ]],
    ['no site inside an ordinary phrase (names that would be are left out of the list)', '大会盛大召开。如何园区建设？长春观光团抵达，有关林业部门，蓝天白云观光，大雁南飞，幸福陵园。', ['长春/prefecture/220100']],
    ['no site of a temple\'s common word', '这是我国现存最古老的伊斯兰教寺院之一。', []],
    ['a site the list holds, listed after a verb of stringing sites into a route', '当地推出线路，串联开元寺、涵碧楼等景点。', ['开元寺/landmark', '涵碧楼/landmark']],
    ['two historic sites listed after a word that opens the phrase, which is no part of the first name', '将推进崇福寺、显通寺等一批古建筑的修缮，串联涵碧楼、开元寺。', [
      '崇福寺/landmark', '显通寺/landmark', '涵碧楼/landmark', '开元寺/landmark',
    ]],
    ['an old town\'s street after a county\'s short form is the county\'s, as GUIDELINES marks a site holding a place', '屯溪老街游人如织，游客来到屯溪老街。', [
      '屯溪/county/341002', '屯溪/county/341002',
    ]],
    ['an old street of no place\'s name is a street, and a street named after a city holds it', '禅寿老街的店铺开张，鞍山路与北京路交叉口拓宽。', ['禅寿老街/landmark', '鞍山路/landmark', '北京路/landmark']],
    ['no site of kinds of building listed after such a word', '村里推进古寺、古塔保护，建设凉亭、长廊，修缮完成的办公楼、教学楼投入使用。', []],
    ['sites of the provinces the lists were extended to: temples, grottoes, tombs and a stone-sutra town', '游客来到妙应寺、玄中寺、奉国寺和炳灵寺，又去了清昭陵、藏王墓、嘉那玛尼石经城。', [
      '妙应寺/landmark', '玄中寺/landmark', '奉国寺/landmark', '炳灵寺/landmark', '清昭陵/landmark', '藏王墓/landmark', '嘉那玛尼石经城/landmark',
    ]],
    ['a site\'s words right after a site, a feature or a region name a part of it; a historic building of a short name of its own is one', '法门寺佛文化景区推出夜游项目，歌乐山革命纪念馆迎来观众，闽东山海景区人气火爆，开元寺须弥塔修缮完成。', [
      '法门寺/landmark', '歌乐山/natural', '闽东/region', '开元寺/landmark', '须弥塔/landmark',
    ]],
    ['no site of a temple\'s word and 内 (inside the temple just named)', '归元寺迎来市民，寺内罗汉堂前人头攒动。', ['归元寺/landmark']],
    ['sites of the provinces the fourth batch reached: an academy, an arcade street, a hall, a pagoda, a yamen, a lamasery, a bazaar, old dwellings', '游客走进岳麓书院，逛了骑楼老街、载酒堂和承天寺塔，又去了将军衙署、昆都仑召、汗巴扎和高台民居，玉皇阁也在修缮。', [
      '岳麓书院/landmark', '骑楼老街/landmark', '载酒堂/landmark', '承天寺塔/landmark', '将军衙署/landmark', '昆都仑召/landmark', '汗巴扎/landmark', '高台民居/landmark', '玉皇阁/landmark',
    ]],
    ['the opera and the cuisine of a province open with its one-character form, which is the province', '琼剧和陇剧同台演出，黔菜、滇菜、赣菜和琼菜受到欢迎。', [
      '琼/province/460000', '陇/province/620000', '黔/province/520000', '滇/province/530000', '赣/province/360000', '琼/province/460000',
    ]],
    ['a national park named after what it keeps, right after its province, gives the province alone; named alone it is a site', '海南热带雨林国家公园里溪流奔涌，四川大熊猫国家公园迎来游客。游客走进大熊猫国家公园。', [
      '海南/province/460000', '四川/province/510000', '大熊猫国家公园/landmark',
    ]],
    ['no site or feature of the ordinary phrases around names left out of the lists', '亚历山大港迎来货轮。城区排涝河道清淤。暴雨崩塌了山路，鸽子窝里孵出小鸽。', ['亚历山大港/foreign']],
    ['a feature the dictionary holds, listed after one, ends where its name ends, before a word of its parts or a verb', '黑虎泉、珍珠泉泉池水面上涨，千佛山、英雄山登山步道上人来人往，大青山、小青山脚下建起营地。', [
      '黑虎泉/natural', '珍珠泉/natural', '千佛山/natural', '英雄山/natural', '大青山/natural', '小青山/natural',
    ]],
    ['sites of Tianjin and Shandong the fifth batch showed, and a street of many cities; not the subdistrict of its name nor a red door', '游客走进天贶殿、圣弥厄尔教堂，在八仙渡、三仙山拍照，所城里、朝阳街的咖啡馆和第一海水浴场人气火爆。朝阳街道办事处组织志愿者，她推开红门走进院子。', [
      '天贶殿/landmark', '圣弥厄尔教堂/landmark', '八仙渡/landmark', '三仙山/landmark', '所城里/landmark', '朝阳街/landmark', '第一海水浴场/landmark', '朝阳街道/township',
    ]],
    ['a cape, a sea stack, a pond, a valley and a peak are features', '成山头迎来看日出的人，石老人、百花洲边游人如织，太清宫、北九水和巨峰设站。', [
      '成山头/natural', '石老人/natural', '百花洲/natural', '太清宫/landmark', '北九水/natural', '巨峰/natural',
    ]],
    ['no peak of a grape named like one, where no feature is named beside it', '巨峰葡萄喜获丰收，果农忙着采摘。', []],
    ['a mountain that is also a district is the mountain after a verb of climbing by night or a scenic area named after it; the district with its word', '泰安日报讯 夜爬泰山持续升温，尼山圣境迎来游客，他爬上泰山区的楼顶。', [
      '泰安/prefecture/370900', '泰山/natural', '尼山/natural', '泰山区/county/370902',
    ]],
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => expect(await found(text)).toEqual(expected));

  it('gives a site of one province the province as its path, for the card; a site of many cities none', { timeout: 60_000 }, async () => {
    const paths = (await places.findWithVillages('游客来到檀干园，又去了天后宫。', 'zh')).map((a) => a.place.path);
    expect(paths).toEqual([['安徽省', '檀干园'], undefined]);
  });
});

describe("travel and culture news of China's named sites, scored as the evaluation scores them", () => {
  it.each<[string, CountyArticle[], number, number]>([
    // first batch (黄山, 上海, 泉州, 勐海, 大同, 潮州, 龙南, 成都: a Golden Week report, classical gardens, a heritage
    // anniversary, tea hills, night tours, a film-location craze, walled houses listed, temple fairs), scored blind:
    // F1 0.759 (P 0.876 R 0.669) link 0.963 (52/54); 0.770 (P 0.897 R 0.674) link 0.964 (54/56) once 川 of 川剧 and 蜀 of
    // 蜀绣 were marked as the other batches mark 粤 of 粤剧
    // 0.772 (P 0.907 R 0.672) once 贺开 was marked as the village the data holds and 西湖, 小西湖 as the lakes they are; after the
    // changes its misses led to (China's named sites with their provinces, a site of the list or a verb before a listed site,
    // 寺院), 0.946 / 0.964; 0.953 / 0.982 once an old town's street after a county's short form gave the county (屯溪老街)
    ['first batch', sitesFirst, 0.953, 0.98],
    // second batch (苏州, 五台, 洪洞, 芮城, 宁波, 贵阳, 遵义, 夏河, 天水: gardens at night, murals and wooden halls restored, a book
    // festival, an old town's holiday and red sites, a monastery's fair), written after the first's changes and scored once,
    // blind, the number to report: F1 0.917 (P 0.982 R 0.859) link 1.000 (27/27); after the changes its misses led to (南禅寺, 虎丘,
    // 云岩寺塔, 玉泉观), 0.943 / 1.000 (崇福寺、铁佛寺 is still no pair: 佛寺 ends 铁佛寺 as a kind of building; 怡园, 状元府 left)
    ['second batch', sitesSecond, 0.943, 1],
    // third batch (洛阳, 武汉, 西安, 宝鸡, 重庆, 正定, 承德, 沈阳, 义县, 拉萨, 山南, 西宁, 玉树: the peony season, temples in spring,
    // Tang sites at Golden Week, red sites in July, an old town's temples, Qing tombs and a Liao temple, a monastery festival,
    // monasteries of the plateau), written after the lists were extended province by province and scored once, blind: F1
    // 0.923 (P 0.903 R 0.944) link 0.974 (38/39); 0.938 once 山南市 was marked whole and the named pagodas 澄灵塔, 华塔, 须弥塔 as
    // the landmarks they are; after the changes its misses led to (a site's words after a site, a feature or a region name a
    // part of it; no site of 寺内; 丽景门; 市井 after a city), 0.973 / 0.974. Left: 十字街 and 北山 (names of many cities), 古文化街
    // (Tianjin's, listed) after 书院门, 解放碑 read as the township of 渝中区 the text names (as the county tests want a site
    // named like a township of the county), 正定 of the dateline as its seat's township, 荣国府, 故宫 after 沈阳
    ['third batch', sitesThird, 0.97, 0.97],
    // fourth batch (长沙, 银川, 哈尔滨, 海口, 儋州, 喀什, 吐鲁番, 呼和浩特, 包头: an academy and pavilions in autumn, an imperial
    // tomb and a film town, churches and a street of the ice season, shrines and an academy of the island, a mosque and ruined
    // cities of the oases, lamaseries of the grassland), written by a reader who had not written the lists and scored once,
    // blind: F1 0.833 (P 0.870 R 0.800) link 0.958 (23/24) level 0.950; 0.857 (P 0.913 R 0.808) link 0.960 once 湘 of 湘绣 was
    // marked as 蜀 of 蜀绣 is, 湖湘 of 湖湘文化 as the region 徽州 of 徽州木雕 is, and the named hall 载酒堂 as the named pagodas
    // are; after the changes its misses led to (sites of the six provinces as data: 岳麓书院, 骑楼老街, 载酒堂, 承天寺塔, 将军衙署,
    // 昆都仑召, 汗巴扎, 高台民居, 玉皇阁; 橘子洲 an island, so a feature; 琼剧 and the cuisines of the provinces), 0.967 / 0.962.
    // Left: 文庙 and 鼓楼 (townships and districts of many cities, left to context), 镇北堡 of 镇北堡西部影城 (its township
    // written bare), 马王堆 (listed as the site, though 马王堆街道 is the township), 五当召 read as its township, 老道外
    // (the district after 老), 中华 of 中华巴洛克 (the world regions' 中华)
    ['fourth batch', sitesFourth, 0.96, 0.96],
    // fifth batch (蓟州, 济南, 泰安, 曲阜, 青岛, 烟台, 威海: scenic areas closed after rain, a spring-level bulletin, a night climb
    // and a ceremony, a bus company's summer routes, an island holiday; sites and features together, of the provinces neither
    // file had reached), written by a reader who had not written the lists and scored once, blind, with no change after it:
    // F1 0.857 (P 0.923 R 0.800) link 0.909 (10/11) level 0.917; put right the same (no mark found wrong on review). Misses,
    // by category: sites of the two provinces the list lacks (红门, 天贶殿 a hall of 岱庙, 第一海水浴场, 圣弥厄尔教堂, 八仙渡,
    // 三仙山, 所城里, 朝阳街 a street that opens with a district's name); features the list lacks (北九水, 巨峰, 尼山 of 尼山圣境,
    // also a township of 曲阜); a feature's span run on into the next word (珍珠泉泉池, 英雄山登山); features the list holds as
    // landmarks (百花洲 a pond, 石老人 a sea stack, 成山头 a cape); 泰山 of 夜爬泰山 read as 泰山区, 天外村 (the gate of the climb)
    // as a village; sites holding a place or a feature listed whole (蓬莱阁, gold 蓬莱 as GUIDELINES and $landmarks have it;
    // 黄崖关长城, gold the pass 黄崖关); spurious 地表水 (surface water, an ordinary word) as a feature.
    // Put right on review against the other files' marks: 黄崖关长城 whole, as county-north marks it and the wall's other
    // sections are marked (司马台长城, 箭扣长城), and 蓬莱阁 whole, as 天心阁 (a short form and a site's one-character ending) is marked
    // here and in feature-news: F1 0.886 (P 0.954 R 0.827) link 1.000 (10/10); after the changes its misses led to (地表水 a
    // notName; sites of the two provinces as data: 天贶殿, 第一海水浴场, 圣弥厄尔教堂, 八仙渡, 三仙山, 所城里, 朝阳街; 百花洲, 石老人, 成山头 moved to the
    // features with 北九水 and 巨峰; a feature the dictionary holds, listed after one, ends where its name ends; 夜爬 a verb of
    // climbing; 圣境 a word only a mountain takes), F1 0.993 (P 1.000 R 0.987) link 1.000 (10/10) level 0.986. Left: 天外村
    // read as the village the data holds (the gate of the climb; arguable), 红门 (the gate; also a red door, so left out of
    // the list)
    ['fifth batch', sitesFifth, 0.98, 0.98],
  ])('%s', { timeout: 60_000 }, async (name, articles, minF1, minLink) => {
    await expectScores(places, name, articles, minF1, minLink);
  });
});
