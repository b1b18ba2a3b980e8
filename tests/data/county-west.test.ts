// Scores extract()'s places on the county news of the west and south-west (county-west.fixtures.ts) over the real
// gazetteer the way the evaluation scores a text against its gold (strict F1, link accuracy, level accuracy; see
// place-articles.ts). The thresholds hold the scores measured when the articles were last changed; a failure (or
// NF_REPORT=1) lists every miss, spurious place, wrong link and wrong level.
import { describe, it } from 'vitest';
import type { CountyArticle } from './county-articles.fixtures';
import { westEighth, westEleventh, westFifth, westNinth, westTenth, westFirst, westSecond, westSeventh, westFourth, westSixth, westThird } from './county-west.fixtures';
import { realPlaces } from './real-places';
import { expectScores } from './place-articles';

const places = realPlaces();

describe('county news of the west and south-west, scored as the evaluation scores them', () => {
  it.each<[string, CountyArticle[], number, number]>([
    // first batch (白朗, 美姑, 沙雅, 勐海, 威宁, 扶绥, 泸定, 乌兰: a highland barley harvest, the Yi New Year, a cotton harvest,
    // border tea villages, a resettlement site, a sugarcane crushing season, earthquake recovery, a salt lake), scored blind:
    // F1 0.935 (P 0.975 R 0.899) link 0.980 (96/98); 0.952 once 威宁县城 and 泸定县城 were marked as the other batches mark a
    // county's seat (融水县城: the county's full name); after the changes its misses led to (ethnic townships without their
    // peoples, a county seat before its township, lakes, glaciers and mountains of the west, a township's full name after 从),
    // 0.984 / 1.000 (the natural villages 老班章, 新班章 and 老曼峨 of 班章村 are still missed)
    ['first batch', westFirst, 0.98, 1],
    // second batch (永宁, 敦煌, 一四三团, 巫溪, 贡山, 察隅, 龙州, 若尔盖: a wine harvest, a tourism peak, a corps regiment's tomatoes,
    // a mountain road, cardamom in the Dulong valley, a Tibetan border village, a border port, a grassland's summer), written
    // after the first's changes and scored once, blind, the number to report: F1 0.952 (P 0.968 R 0.938) link 0.989 (89/90);
    // after the changes its misses led to (regions of the west, features named alone, a river-and-prefecture before its flowing
    // or its gorge, a county outlet's dateline), 0.965 / 0.989 (大宁河峡谷 is read whole, 察隅河 before 整齐 as the county, the
    // village 建农村 inside 改建农村公路, 兰英大峡谷 and the company 十连 missed); 0.973 once a gorge named after a river was
    // the river (the ninth batch's changes: 大宁河峡谷)
    ['second batch', westSecond, 0.96, 0.98],
    // third batch (榕江, 德钦, 墨玉, 布拖, 囊谦: a village football league, wine under the snow mountains, walnuts by a desert
    // river, the Torch Festival, salt pans on the upper Mekong), written after all of this round's changes and scored once,
    // blind: F1 0.942 (P 0.956 R 0.929) link 0.982 (55/56); 0.978 once 滇川藏 was marked one region as 渝川陕 is and 中国 in
    // an honorary title as the other batches mark it; after the changes its misses led to (来自 before a township, a temple's
    // viewing platform, 扎曲), 0.993 / 1.000 (日照金山, sunrise on the snow peak, is still read as a mountain)
    ['third batch', westThird, 0.99, 1],
    // fourth batch (墨脱, 塔什库尔干, 元阳, 雷山, 巴马, 夏河, 酉阳, 稻城: spring tea under a Tibetan gorge, the Pamir's summer and
    // its border port, the Hani terraces' red rice, Miao embroidery and silver, a longevity village's winter guests, yak herds
    // on a grassland, a mountain road along the Wu, snow peaks and 海 lakes), the second round's batch, written after all of the
    // first round's changes and scored once, blind: F1 0.919 (P 0.963 R 0.878) link 0.981 (106/108); 0.944 (P 0.993 R 0.899)
    // / 0.982 once 嘎隆拉雪山 was marked whole as 梅里雪山 is, 国道314线 as the numbered roads are, 巴马县城 as a county's seat and
    // 桑科草原 as its township, as the other batches mark them; after the changes its misses led to (ethnic townships written
    // without 珞巴 and 民族, Xinjiang's autonomous counties by one character and 县, passes named with 垭 and 达坂, no 山 before
    // 山口, a compass region after 从 and 来自, a township listed after one of its county, Yading's peaks and 海 lakes as data),
    // 0.986 / 1.000 (多雄拉 before 山口, 石头城, the natural village 阿者科 and 珍珠海 are still missed)
    // 0.990 / 0.991 once 多雄拉 was listed and a verb of flowing after 从 made 红河 the river (红河从县城…旁流过); the river
    // found so was the river again further on, where this batch's 今年红河南部山区 means the prefecture (109/110), until a
    // part of an area after a name that is both a unit and a river made it the unit (riverEndings): 0.993 / 1.000
    ['fourth batch', westFourth, 0.99, 1],
    // fifth batch (都安, 昭觉, 申扎, 若羌, 民和, 古浪, 红寺堡, 台江: rocky desertification in a karst county, the cliff village's
    // relocation, a winter pasture, red dates, a 花儿 festival, sand barriers on the Hexi corridor's edge, a resettled village's
    // vineyards, the village basketball league), the third round's batch, written after all of the second round's changes and
    // scored once, blind: F1 0.948 (P 0.970 R 0.928) link 0.991 (109/110); 0.952 (P 0.977 R 0.928) / 1.000 once 塘坊梁村's code
    // was put right (the marker took its neighbour's, 巴庄村's) and 大石山区 marked a region as 武陵山区 is; after the changes its
    // misses led to (a county's short form between 从 and a word of coming, 来自 opening no feature, a river named after its
    // county, a river's verbs of watering), 0.978 / 1.000 (地苏河 after 地苏镇, 美姑河 before 大峡谷, 格仁错 and 八步沙 are still
    // missed); 0.985 once a gorge named after a river was the river (the ninth batch's changes: 美姑河大峡谷)
    ['fifth batch', westFifth, 0.97, 1],
    // sixth batch (河口, 忠县, 云阳, 叶城, 玛多: a border port's fruit trade, ferries on the Yangtze, a town rebuilt above the
    // Three Gorges reservoir, walnuts under the Kunlun, the source lakes of the Yellow River), written after the changes the
    // fifth's misses led to and scored once, blind: F1 0.942 (P 0.947 R 0.938) link 0.985 (66/67); 0.948 / 1.000 once 桥亭村's
    // code was put right (the marker took its neighbour's) and 长江 before 边 marked; after the changes its misses led to (two
    // waters meeting, a feature listed and named after a river, 登 in no village's core, 新镇 as a phrase, Chongqing's two
    // groupings one city), 0.979 / 1.000 (提孜那甫河 cut at 那 to 甫河, 龙缸 and 星宿海 are still missed)
    ['sixth batch', westSixth, 0.97, 1],
    // seventh batch (昭苏, 东乡, 福贡, 普兰, 环江, 会理: horses and rapeseed under the Tianshan, tap water lifted from the Tao,
    // bridges in place of the Nu's zip lines, a border market under the holy mountain, a Maonan county's cattle, pomegranates
    // by the Jinsha), written after all of the evening's first round and its shared gazetteers and scored once, blind: F1 0.944 (P 0.967 R 0.922)
    // link 1.000 (92/92); 0.948 once the second 尼泊尔 (尼泊尔商人) was marked as the first is; after the changes its misses
    // led to (a county named after its people alone, a river after 在 and a verb of flowing, 第一湾 and 腹地, a river's course
    // after its name, 提水上山, a village's memorial hall, a glacier, a peak, a river and a trail as data), 0.996 / 1.000
    // (石月亮, the natural arch, is still read as its township 石月亮乡, and Nepal's 胡姆拉 is missed)
    ['seventh batch', westSeventh, 0.99, 1],
    // eighth batch (理塘, 石柱, 西盟, 镇宁, 罗城, 迭部, 紫阳, 城步: a horse-racing festival on a high grassland, summer guests
    // and Tujia honey, the Wa wooden-drum festival, a waterfall township's Buyei villages, a Mulao county's mountain grapes, a
    // Tibetan village under stone peaks, selenium tea on the Han, a Miao county's mountain pasture), the fifth round's batch,
    // written after all of the fourth round's changes and scored once, blind: F1 0.906 (P 0.954 R 0.862) link 0.975 (119/122);
    // 0.906 / 0.992 (120/121) once 俄丁村's code was put right (the marker took its neighbour's, 东珠村's) and 黄果树 listed with
    // 龙宫 as scenic areas marked the waterfall's area, not its township; after the changes its misses led to (features,
    // regions and monasteries of the south-west as data: 方斗山, 七曜山, 南卡江, 夜郎洞, 花江大峡谷, 康区, 佤山, 长青春科尔寺;
    // 秦巴山区 a region as 武陵山区 is; 稻城亚丁 no landmark, a site holding its county; two rivers before 在 and a word of
    // meeting; a river's bank no district; names listed before a count of natural villages; a natural village holding a
    // name abroad's short form), 0.994 / 1.000 (亚丁 after 稻城 needs support it does not get; 中华蜜蜂 still holds 中华)
    ['eighth batch', westEighth, 0.99, 1],
    // ninth batch (杂多, 宁蒗, 利川, 舟曲, 乐业, 德格, 彭水: herders as rangers at the Mekong's source, a Mosuo village by a
    // plateau lake, summer homes on a ridge and the source of the Qing, a rebuilt town's orchards, sinkholes and a Buyei
    // village, a printing house and a craft township, salt wells and a gorge on the Wu), written after the eighth's changes and
    // scored once, blind, the number to report: F1 0.931 (P 0.953 R 0.910) link 0.990 (98/99); after the changes its misses
    // led to (a gorge named after a river is the river, as a bridge so named is: 大宁河峡谷, and the second and fifth batches'
    // 大宁河 and 美姑河 with it; a people's stockade after its village's short form, 罗家坨苗寨, no natural village 苗寨;
    // sinkholes, rivers, mountains, an island and a resort as data), 0.963 / 0.990 (昂赛峡谷 and 里格半岛 are read whole where
    // the township and the village inside are marked, 金沙江大峡谷 is the data's whole feature, 黄猄洞天坑 is cut at 洞, 雅长
    // opening a reserve's name is missed and 仙人桥 after 布柳河 is found as a site)
    ['ninth batch', westNinth, 0.96, 0.98],
    // tenth batch (平武, 八宿, 久治, 镇坪, 巴东, 保靖, 剑河, 隆林: a traffic police notice, a road-condition bulletin on the
    // Sichuan-Tibet road, a question-and-answer interview under a holy mountain, a tender notice, a page of news in brief, a
    // portrait of a village teacher, a workers' train, a flood-season report by township), the sixth round's batch, written
    // after all of the fifth round's changes and scored once, blind, the number to report: F1 0.957 (P 0.954 R 0.960) link
    // 0.983 (118/120); 0.960 / 0.983 once 工业园区 after 革东镇的 was marked the zone it is, as GUIDELINES marks a bare zone
    // word that refers to one; after the changes its misses led to (a people's stockade after a village's name written
    // without its 村 makes it that village wherever it stands, 夯吉苗寨; a township the data spells otherwise than the press,
    // 帮达镇 written 邦达镇, by the press's form and its short form before the airport named after it; works on a village
    // school, 改造村小, no village; 王朗 as data, and before 自然保护区 the feature the reserve is named after, as before
    // 国家公园), 0.977 / 0.992 (120/121) (九寨沟 of a notice's way is read as the scenic area where the county is marked,
    // 然乌湖路段 as a street, 昌都市区 as 昌都市, 和田 inside 渠道和田间道路, 黄金 of 保靖黄金茶 is found as its village and
    // 天生桥 before 水电站 is missed where the text never names its township in full)
    ['tenth batch', westTenth, 0.97, 0.99],
    // eleventh batch (漾濞, 西畴, 务川, 晴隆, 丹巴, 大新: a weekly walnut price report, a meeting speech's summary on rocky
    // desertification, a recruitment notice, a page of photo captions, a geological hazard warning, a self-drive route along
    // the border), the seventh session's last round, a blind measurement only, written after all of the session's changes and
    // scored once, blind: F1 0.953 (P 0.982 R 0.925) link 1.000 (91/91), no mark put right. Its misses, by category:
    // natural villages not in the data (大村组 after its village, 岩头村 after 木者村); a river whose name holds a county's
    // (黑水河); a river after a verb of seeing, cut as 看归春河 (and missed); a township before 水电站 (光照水电站, as 天生桥
    // was); a county's short form after 绕道 (靖西); a named road and a numbered boundary marker as sites (二十四道拐,
    // 53号界碑); a waterfall abroad (板约瀑布); and 边境线看瀑布 found as a feature in a headline. After the round-4 changes
    // they led to (看 and 去 no part of a feature's name; 黑水河, 归春河, 二十四道拐, 板约瀑布 listed; 水电站 after a
    // township's short form; 绕道, 绕行 and 路过 before a county's short form), 0.987 (P 1.000 R 0.975) / 1.000 (93/93)
    // (大村组 and 岩头村, natural villages the data lacks, and 53号界碑 are left; 板约瀑布 is found with level natural, as
    // world-features.json's natural list gives every feature abroad, where the mark says foreign)
    ['eleventh batch', westEleventh, 0.98, 1],
  ])('%s', { timeout: 60_000 }, async (name, articles, minF1, minLink) => {
    await expectScores(places, name, articles, minF1, minLink);
  });
});
