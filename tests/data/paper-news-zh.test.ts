// Scores the places extract() finds in the national papers' news of the late 1990s and 2000s
// (paper-news-zh.fixtures.ts) with tests/place-score.ts, news-ner's way, with the codes and levels
// of the places marked with one. A failure, or NF_REPORT=1, lists every miss, spurious place and
// wrong code.
import { describe, expect, it } from 'vitest';
import { batch1, batch2, batch3, batch4, batch5, batch6, batch7 } from './paper-news-zh.fixtures';
import { placeLabel, realPlaces } from './real-places';
import { checkPlaces } from '../place-score';

const places = realPlaces();
const found = (text: string) => places.find(text, 'zh').map((a) => placeLabel(a, 6));

// Each fix by category with sentences that must read so and those that must not.
describe('places of the national papers by category', () => {
  it.each<[string, string, string[]]>([
    ['rail lines listed before their shared word or their count are each a line; a line abroad named by its countries; 道路、铁路 none', '枢纽连接焦柳、京九、陇海三条铁路，坦赞铁路通车多年，道路、铁路两侧种上了树。', [
      '焦柳/landmark', '京九/landmark', '陇海/landmark', '坦赞铁路/landmark',
    ]],
    ['one-character forms listed one by one before 的 and a word of relation; not 日、月 of no relation', '加强同俄、朝、韩的经济合作，日、月的交替。', [
      '俄/foreign', '朝/foreign', '韩/foreign',
    ]],
    ['a feature that needs context beside a sure one of its kind whose name is also a unit\'s short form; not the units written in full', '泰山、黄山等名山，泰安市泰山区、黄山市。', [
      '泰山/natural', '黄山/natural', '泰安市/prefecture/370900', '泰山区/county/370902', '黄山市/prefecture/341000',
    ]],
    ['乡 before a character it makes a word with is no township\'s suffix', '海外乡亲回乡投资，故土乡情难忘。', []],
    ['a town abroad after a compass part of its country; the part names no tower (西北部塔)', '美国西北部塔科马市和东南部塔拉哈西市。', [
      '美国/foreign', '塔科马市/foreign', '塔拉哈西市/foreign',
    ]],
    ['parts of provinces by their one-character forms; not a form inside a word (馆藏中文, 山川中)', '藏东地区发生地震，冀西北、桂东北和闽西北山区，馆藏中文档案，山川中。', [
      '藏东/region', '冀西北/region', '桂东北/region', '闽西北/region',
    ]],
    ['the one-character form that opens the word of its investors\' capital; not 外资', '台资企业和港资、澳资项目，外资也在增加。', [
      '台/province/710000', '港/province/810000', '澳/province/820000',
    ]],
    ['three listed names that can each be a feature of one kind are those features (黄龙 of Songpan among them); not 黄龙乡', '把九寨沟、黄龙和峨眉山连成旅游线路，黄龙乡的村民。', [
      '九寨沟/natural', '黄龙/natural', '峨眉山/natural', '黄龙乡/township',
    ]],
    ['a name both a unit and a river is the river before 河谷 and after 隔 (facing across it)', '百色依托右江河谷种芒果，与布拉戈维申斯克隔黑龙江相望。', [
      '百色/prefecture/451000', '右江/natural', '布拉戈维申斯克/foreign', '黑龙江/natural',
    ]],
    ['Albania\'s towns, Central Asia\'s towns and republics, the African Great Lakes by their whole name; not 大湖 alone', '动乱蔓延到发罗拉、萨兰达、吉诺卡斯特和都拉斯，卡拉卡尔帕克斯坦的努库斯，伊塞克湖畔的乔尔蓬阿塔，大湖地区局势，湖区有一个大湖。', [
      '发罗拉/foreign', '萨兰达/foreign', '吉诺卡斯特/foreign', '都拉斯/foreign', '卡拉卡尔帕克斯坦/foreign', '努库斯/foreign', '伊塞克湖/natural', '乔尔蓬阿塔/foreign', '大湖地区/region',
    ]],
    ['a name both a unit and a lake is the lake before 之滨 (its shore); the unit written in full stays the unit', '巢湖市的干部说，巢湖之滨的古城和洪湖之滨的渔村。', ['巢湖市/county/340181', '巢湖/natural', '洪湖/natural']],
    ['the highways into Tibet and Taiwan\'s east coast road; the TAZARA railway whole, no 坦 nor 赞 of their countries inside it', '经青藏公路和川藏公路进藏，苏花公路塌方，中坦友谊的象征坦赞铁路。', [
      '青藏公路/landmark', '川藏公路/landmark', '藏/province/540000', '苏花公路/landmark', '坦赞铁路/landmark',
    ]],
    ['Anhui\'s and Ningxia\'s former and 1990s names (亳县, 红寺堡 alone, 银北 of 银北平原, not Peiping)', '原亳县已改为亳州市，移民搬到银北平原和红寺堡。', ['亳县/county/341602', '亳州市/prefecture/341600', '银北/region', '红寺堡/county/640303']],
    ['隔 of a word of time is no facing across a river', '隔天，他回到黑龙江工作。', ['黑龙江/province/230000']],
    ['county short forms listed before a count of counties are those counties; not cities so listed, nor a list of features', '张北、尚义、康保三县遭灾，洪湖、监利两县，南京、苏州两县，长江、黄河等县。', [
      '张北/county/130722', '尚义/county/130725', '康保/county/130723', '洪湖/county/421083', '监利/county/421088', '南京/prefecture/320100', '苏州/prefecture/320500',
      '长江/natural', '黄河/natural',
    ]],
    ['sites, valleys, peaks and ports of the national papers', '丽江四方街和茶马古道，苏州留园和醉翁亭，澳门新口岸和珠海拱北，瑞丽姐告和畹町，簰洲湾溃口，泰山玉皇顶，大石山区，泰国吞武里，埃及亚历山大港，塔尔寺，皇岗口岸和赤柱军营，雅砻河谷。', [
      '丽江/prefecture/530700', '四方街/landmark', '茶马古道/landmark', '苏州/prefecture/320500', '留园/landmark', '醉翁亭/landmark', '澳门/province/820000', '新口岸/landmark',
      '珠海/prefecture/440400', '拱北/landmark', '瑞丽/county/533102', '姐告/landmark', '畹町/township/533102', '簰洲湾/natural', '泰山/natural', '玉皇顶/natural',
      '大石山区/region', '泰国/foreign', '吞武里/foreign', '埃及/foreign', '亚历山大港/foreign', '塔尔寺/landmark', '皇岗/landmark', '赤柱/landmark',
      '雅砻河/natural',
    ]],
    ['rail lines named by the one-character forms of their provinces, listed or alone, are lines; 湘黔 before 两省 the region; 中老铁路 keeps its countries', '京广、湘黔、浙赣三条铁路干线受阻，滇越铁路恢复联运，湘黔两省交界，中老铁路开通。', [
      '京广/landmark', '湘黔/landmark', '浙赣/landmark', '滇越铁路/landmark', '湘黔/region', '中/country', '老/foreign',
    ]],
    ['county short forms the national press writes alone (金门, 库车); not 金门 of the Golden Gate Bridge', '金门乡亲回到厦门，吐鲁番、库车和喀什，旧金山的金门大桥。', [
      '金门/county/350527', '厦门/prefecture/350200', '吐鲁番/prefecture/650400', '库车/county/652902', '喀什/prefecture/653100', '旧金山/foreign', '金门大桥/landmark',
    ]],
    ['a name both a unit and a river is the river before 大桥, the river alone; 红河州 the prefecture', '红河大桥重新开通，红河州的干部。', ['红河/natural', '红河州/prefecture/532500']],
    ['中拉 is China and Latin America; not 中 and 拉 of 手中拉着 or 其中', '中拉贸易额突破400亿美元，手中拉着行李，其中拉美国家。', ['中/country', '拉/region', '拉美/region']],
    ['rivers, bays, harbours, grottoes and towns of the borders and the strait', '东兴口岸与越南芒街隔北仑河相望，越南老街，老挝的磨丁，金门料罗湾，马祖福澳港，天水麦积山石窟。', [
      '东兴/county', '越南/foreign', '芒街/foreign', '北仑河/natural', '越南/foreign', '老街/foreign', '老挝/foreign', '磨丁/foreign', '金门/county/350527', '料罗湾/natural',
      '马祖/region', '福澳港/landmark', '天水/prefecture/620500', '麦积山石窟/landmark',
    ]],
    ['老街 alone is an old street, not Lao Cai', '老街改造完成了。', []],
    ['the one-character form that opens the name of its province\'s singing, opera, embroidery or cuisine; not where the province is named in full, nor 徽 of 徽菜 (Huizhou\'s, not Anhui\'s)', '一段京韵大鼓，一曲秦腔，苏绣和湘绣，徽菜；北京腔调，江苏绣品。', [
      '京/province/110000', '秦/province/610000', '苏/province/320000', '湘/province/430000', '北京/province/110000', '江苏/province/320000',
    ]],
    ['old and poetic names of cities (巴陵, 日光城, 椰城); not 瓷都, also a name of 德化 and 潮州', '岳阳古称巴陵，拉萨是日光城，海口叫椰城，德化也被称为瓷都。', [
      '岳阳/prefecture/430600', '巴陵/prefecture/430600', '拉萨/prefecture/540100', '日光城/prefecture/540100', '海口/prefecture/460100', '椰城/prefecture/460100',
    ]],
    ['former names of counties, prefectures and leagues the 1990s papers write, with the code of the unit they became; not 通县 inside 普通县城, 渡口 alone (a ferry crossing), nor 浑江 without 市 (the river)', '原巢县改为巢湖市，襄樊、万县市和涪陵市，伊克昭盟和哲里木盟，雁北地区；普通县城，码头渡口，浑江两岸。', [
      '巢县/county/340181', '巢湖市/county/340181', '襄樊/prefecture/420600', '万县市/county/500101', '涪陵市/county/500102', '伊克昭盟/prefecture/150600', '哲里木盟/prefecture/150500',
      '雁北地区/prefecture/140200', '浑江/natural',
    ]],
    ['县长 and 县级 after a title, a surname or a word of function are words, not a county of one character (代县, 吴县, 和县); not where 长 opens a word (单县长期, 和县长江)', '代县长、副县长，吴县长说，撤销和县级巢湖市；单县长期以来，和县长江大堤。', [
      '巢湖市/county/340181', '单县/county/371722', '和县/county/340523', '长江/natural',
    ]],
    ['county-level cities listed before a count of cities are those cities; a name that can be a prefecture stays one (朝阳, not 朝阳县)', '掖县、黄县和益都县分别改为莱州、龙口和青州三市，锦州、朝阳两市。', [
      '掖县/county/370683', '黄县/county/370681', '益都县/county/370781', '莱州/county/370683', '龙口/county/370681', '青州/county/370781', '锦州/prefecture/210700', '朝阳/prefecture/211300',
    ]],
    ['Taiwan\'s counties merged into cities under their former names; 台北市 stays the city', '台北县和台中县，台北市的市民。', ['台北县/prefecture', '台中县/prefecture', '台北市/prefecture']],
    ['the 1990s world: Macedonia, towns of Bosnia, Albania, Kazakhstan and Mali, the Syr Darya and the Orange, the Commonwealth, the Tsing Ma Bridge; not 奥兰 (Oran) inside 奥兰治河', '马其顿和波黑的莫斯塔尔、阿尔巴尼亚的库克斯，哈萨克斯坦的阿克莫拉，马里的塞古，锡尔河和奥兰治河，英联邦国家，香港青马大桥。', [
      '马其顿/foreign', '波黑/foreign', '莫斯塔尔/foreign', '阿尔巴尼亚/foreign', '库克斯/foreign', '哈萨克斯坦/foreign', '阿克莫拉/foreign', '马里/foreign', '塞古/foreign',
      '锡尔河/natural', '奥兰治河/natural', '英联邦/region', '香港/province/810000', '青马大桥/landmark',
    ]],
    ['regions the papers name by their provinces or a frontier (两广, 两湖, 大西南, 塞北, 塞外); not 关东 of Japan', '两广、两湖和大西南，塞北的风沙，塞外江南，日本关东地区。', [
      '两广/region', '两湖/region', '大西南/region', '塞北/region', '塞外/region', '日本/foreign',
    ]],
    ['a region that needs support after a word of the homeland is the region (祖国大陆, 祖国西北); not 大陆 of a continent in a text with none', '祖国大陆又遭践踏，建设祖国西北。', ['大陆/region', '西北/region']],
    ['大陆 of the continents and the shelf, in a text that names no mainland, is none', '各大陆之间，大陆架。', []],
    ['more former names of the 1990s: counties, county-level cities and districts of Hubei, Yunnan, Ningxia, Jiangsu, Zhejiang and the municipalities merged or renamed since; 绍兴市 stays the prefecture, 金县长 a magistrate; not 通什 of 普通什么, 达县 of 抵达县城, 南汇 of 向南汇入, 闸北 of 水闸北侧', '广济县改名武穴市，枝城市，郧阳地区，中甸县，银南地区，蒲圻，沙洲县，绍兴县和绍兴市，川沙县、南汇区，卢湾区和闸北区，崇文区、宣武区，塘沽、汉沽和大港区，金县长说；普通什么人，抵达县城，向南汇入大海，水闸北侧。', [
      '广济县/county/421182', '武穴市/county/421182', '枝城市/county/420581', '郧阳地区/prefecture/420300', '中甸县/county/533401', '银南地区/prefecture/640300', '蒲圻/county/421281',
      '沙洲县/county/320582', '绍兴县/county/330603', '绍兴市/prefecture/330600', '川沙县/county/310115', '南汇区/county/310115', '卢湾区/county/310101', '闸北区/county/310106',
      '崇文区/county/110101', '宣武区/county/110102', '塘沽/county/120116', '汉沽/county/120116', '大港区/county/120116',
    ]],
    ['Zaire, Dayton and the places of the Bosnian peace, the Yarlung Tsangpo canyon, the crossings of Hong Kong\'s border', '扎伊尔东部，美国俄亥俄州代顿，戈拉日代和布尔奇科，东斯拉沃尼亚，塞族共和国和穆克联邦，雅鲁藏布大峡谷，罗湖口岸、文锦渡和沙头角的中英街，昂船洲。', [
      '扎伊尔/foreign', '美国/foreign', '俄亥俄州/foreign', '代顿/foreign', '戈拉日代/foreign', '布尔奇科/foreign', '东斯拉沃尼亚/foreign', '塞族共和国/foreign', '穆克联邦/foreign',
      '雅鲁藏布大峡谷/natural', '罗湖/county/440303', '文锦渡/landmark', '沙头角/landmark', '中英街/landmark', '昂船洲/landmark',
    ]],
    ['a verb of easing opens no feature\'s name before a place (缓解罗湖口岸: 罗湖), as 确保 does not', '以缓解罗湖口岸的压力，确保密云水库安全。', ['罗湖/county/440303', '密云水库/natural']],
    ['哈 before a word of its government, in a text that names Kazakhstan; not 哈哈', '哈萨克斯坦迁都后，哈政府由阿拉木图迁往阿斯塔纳；哈哈政府。', ['哈萨克斯坦/foreign', '哈/foreign', '阿拉木图/foreign', '阿斯塔纳/foreign']],
    ['county towns and resorts the 1990s papers name alone (北戴河, 萧山, 章丘, 平遥, 阳朔); not 石狮 (a stone lion), 大寨 (a village), nor forms inside words (拆迁安置, 光荣成为, 龙口夺粮, 孝顺德行)', '北戴河会议，萧山的化纤，章丘的大葱，平遥的古城，阳朔的山水，门前的石狮，大寨的梯田；拆迁安置，光荣成为，龙口夺粮，孝顺德行。', [
      '北戴河/county', '萧山/county/330109', '章丘/county/370114', '平遥/county/140728', '阳朔/county/450321',
    ]],
    ['a foreign name whose parts the papers join with a full-width hyphen, as with the data\'s ASCII one', '纳戈尔诺－卡拉巴赫问题，北莱茵－威斯特法伦州，纳戈尔诺-卡拉巴赫地区。', [
      '纳戈尔诺－卡拉巴赫/foreign', '北莱茵－威斯特法伦州/foreign', '纳戈尔诺-卡拉巴赫/foreign',
    ]],
    ['the Caucasus and the Russian Far East of the 1990s: republics, towns, the krai and the Far East; 分 and a numeral before 路 count columns, no street (not 延安三路)', '俄罗斯军队分三路进入车臣，从北奥塞梯的莫兹多克和印古什开进，俄远东地区的滨海边疆区；延安三路。', [
      '俄罗斯/foreign', '车臣/foreign', '北奥塞梯/foreign', '莫兹多克/foreign', '印古什/foreign', '俄/foreign', '远东/region', '滨海边疆区/foreign', '延安三路/landmark',
    ]],
    ['West Africa\'s capitals and the towns of the Sahel, Skardu, Ceyhan; 加奥 (Gao) needs its country named and is no 加奥 of 参加奥运会', '科特迪瓦首都迁往亚穆苏克罗，马里的加奥和廷巴克图，巴基斯坦的斯卡杜，土耳其杰伊汉港；参加奥运会。', [
      '科特迪瓦/foreign', '亚穆苏克罗/foreign', '马里/foreign', '加奥/foreign', '廷巴克图/foreign', '巴基斯坦/foreign', '斯卡杜/foreign', '土耳其/foreign', '杰伊汉港/foreign',
    ]],
    ['rivers of South America', '巴拉那河与乌拉圭河汇成拉普拉塔河。', ['巴拉那河/natural', '乌拉圭河/natural', '拉普拉塔河/natural']],
    ['Hong Kong\'s and Taiwan\'s sites, islands, plains, roads and ports; 嘉义 alone the county (the city written with 市)', '北大屿山公路和汲水门大桥，香港仔和柴湾，太平山顶，南丫岛和青衣岛；宜兰的兰阳平原，中横公路，基隆港；苗栗、彰化和嘉义等县，新竹市。', [
      '北大屿山/landmark', '汲水门大桥/landmark', '香港仔/landmark', '柴湾/landmark', '太平山/natural', '南丫岛/natural', '青衣岛/natural', '宜兰/prefecture', '兰阳平原/natural',
      '中横公路/landmark', '基隆港/landmark', '苗栗/prefecture', '彰化/prefecture', '嘉义/prefecture', '新竹市/prefecture',
    ]],
    ['former names of Hunan\'s and Jiangxi\'s units (零陵地区, 星子县) with the code of the unit they became, and their sites; not 星子 of 火星子', '张家界的索溪峪，大余县的西华山，原零陵地区，星子县，吉林珲春的防川；冒着火星子。', [
      '张家界/prefecture/430800', '索溪峪/natural', '大余县/county/360723', '西华山/natural', '零陵地区/prefecture/431100', '星子县/county/360483', '吉林/province/220000',
      '珲春/county/222404', '防川/landmark',
    ]],
    ['a one-character form before 军 after 要求 (the countries ask its army); not 军 of 军方 alone', '三国要求俄军撤出，寻求军方支持。', ['俄/foreign']],
  ])('%s', (_, text, expected) => expect(found(text)).toEqual(expected));
});

// Batch 1 (nine articles: Guangxi's economy, a visit to Africa and a joint communiqué with Egypt, a
// cashmere county of Hebei, the 1998 floods, the national games in Jiangsu, the world heritage of
// Lijiang and Pingyao, Macao's return, the home towns of Jiangmen and the border ports), written
// before any change for it and scored once, blind: news-ner's way recall 0.888 precision 0.978,
// codes and levels 128/130. Marks then set to the conventions (see the fixture): 0.919 / 0.983, 137/139.
// After the fixes for it (rail lines named by their ends in a list, 焦枝、侯月; a line abroad, 坦赞铁路;
// one-character forms listed before 的 and a word of relation; a feature beside a sure one of its
// kind; 海外乡亲 no township; sites, ports and border towns; parts of provinces, 藏东): 0.984 / 0.988, 138/140.
// Batch 2 (seven more: Sichuan's economy, a visit to the Gulf, a county town of electrics, the
// Zhangbei earthquake, the national games in Guangdong, Hong Kong's return and Taiwan's investors,
// Tibet and the Tibetan areas), written after the batch 1 fixes and scored once, blind: news-ner's
// way recall 0.912 precision 1.000, codes and levels 74/74. After the fixes by category it showed
// (the word of investors' capital holds its place, 台资, 港资; 黄龙 of Songpan listed with 九寨沟 and
// 峨眉山; 塔尔寺, 皇岗, 赤柱, 雅砻河): 0.969 / 1.000, 75/75.
// Left: 闯东北 (a compass region after a verb of going, not of place), 万全 in a list of counties (a
// county made a district, 万全区), the villages of 华西村 and 南街村 where no village pack is loaded,
// 石岗; in batch 1 港口 of 防城港's 港口区 before 建设, 清河 alone a sentence after 清河县, 蒙 after 对
// in 对俄、对蒙, 北疆 of 祖国北疆, 雅瑶.
// Batch 3 (eight articles in genres and places the first two have not: the northeast's economy and its
// trade with Russia, a visit to Latin America, the contract system of Xiaogang, the ice storm of 2008,
// the national games in Liaoning, the Silk Road's heritage, the mini three links with Kinmen and
// Matsu, the border with Vietnam and Laos), written after all of the day's fixes and marked before any
// run; scored once, blind: news-ner's way recall 0.898 precision 0.995, codes and levels 116/118. Marks
// then set to the data's convention: 明长城 one landmark, as world-features.json has it (the score the
// same). After the fixes by category it showed (rail lines named by two provinces' one-character forms,
// 湘黔、浙赣, 滇越铁路; 金门 and 库车 written alone; a unit's name that is a river's before 大桥; 中拉;
// the Beilun, Liaoluo Bay, Fu'ao harbour, the Maijishan grottoes, Lao Cai and Boten): 0.951 / 0.995, 117/118.
// Left: 小岗村 and 三元朱村 (found where their provinces' village packs are loaded, as the command line
// loads them, not here), 滁县地区 (a prefecture's former name), 都匀 after its province alone (a county
// short form needs its prefecture), 大同 before 云冈石窟, 河口 of Yunnan (also a word), 磨憨 (a township
// that needs its county), 杏林, 和平码头, 东兴 unlinked (东兴区 of Neijiang beside it).
// Batch 4 (eight articles in genres and places the first three have not: prefectures and county towns
// renamed in the 1990s, the summit of the former Soviet states, the war over Kosovo, China's medical
// teams in Africa, the great rivers and mountains of the world, Hong Kong's new airport, the Chi-Chi
// earthquake, the Shanghai Five's border treaty and the army's flood relief), written after all of the
// day's fixes and marked before any run; scored once, blind: news-ner's way recall 0.823 precision
// 0.978, codes and levels 48/48. Marks then set to GUIDELINES: 九龙城区 (the district Kai Tak lay in) one span,
// 0.827 / 0.978. After the fixes by category it showed (former names of counties, prefectures and leagues,
// 巢县, 宿县地区, 灌县, 襄樊, 伊克昭盟; 县长 and 县级 no county after a title, surname or word of function;
// county-level cities before a count of cities; Taiwan's former counties; towns of the Balkans, Central
// Asia and Africa, rivers of the world, 马其顿, 英联邦): 0.908 / 0.984, 51/51; with the full-width hyphen
// (纳戈尔诺－卡拉巴赫) 0.911 / 0.984.
// Left: 中、俄、哈、吉、塔五国 and 中吉、中塔边境 with no full names in the text (吉 and 塔 stand for
// Kyrgyzstan and Tajikistan only where the text names them), 援赞, Taiwan's towns (埔里, 东势, 雾峰, 新庄,
// 中寮, 石冈, 车笼埔), 新竹 alone (a city and a county), 葵涌, 沙田 and 北大屿山, 美国中西部, 阿巴该图,
// prefectures written with 地区 found without it (六安地区: 六安), as news-ner counts them.
// Batch 5 (eight articles in batch 4's genres: Hubei's and Inner Mongolia's prefectures and counties under
// their 1990s names, Kazakhstan's new capital, the peace of Dayton, the war in Africa's Great Lakes, the
// Yarlung Tsangpo canyon, Macao before its return and Hong Kong's border, the army and the diplomacy of
// 1998), written after batch 4's fixes and marked before any run; scored once, blind: news-ner's way recall
// 0.891 precision 1.000, codes and levels 66/67. Marks then set to GUIDELINES: 米林县 has the code of
// 米林市 it became (540481), 67/67. After the fixes by category it showed (more former names: 广济县,
// 枝城市, 郧阳地区, 中甸, 南汇, 闸北, 崇文区, 塘沽; 扎伊尔; the places of the Bosnian peace; the
// Yarlung Tsangpo canyon; Hong Kong's border crossings; a verb of easing opens no feature's name, 缓解罗湖;
// 哈 before 政府): 0.974 / 1.000, 67/67.
// Left: 一中一台 (a slogan's forms), 大湖地区 (news-ner dev leaves it unmarked), 东北各地 (各地 would
// support 世界 too), 上水, 大拐弯, a league written with 盟 found by its short form (乌兰察布盟: 乌兰察布).
// Batch 6 (eight articles in genres and places batches 1 to 5 have not: Hunan's prefectures under their
// 1990s names, Chechnya and the Caucasus and Baltic states, West Africa's capitals, the world's mountains
// and rivers, Hong Kong's new towns and districts, Taiwan's counties after a typhoon, Jiangxi's prefectures
// and old base areas, the border with Russia's Far East), written in the second round after all the
// first round's fixes and marked before any run; scored once, blind: news-ner's way recall 0.891
// precision 0.982, codes and levels 70/73. Marks then set to the fixture's convention (a prefecture with
// 地区 marked by its name, 郴州, 赣州: the news-ner score the same). After the fixes by category it showed
// (the Caucasus' republics and towns, 滨海边疆区, 远东; West Africa's capitals, 廷巴克图, 加奥 with its
// country; South America's rivers; Hong Kong's and Taiwan's sites, islands, ports and roads; 嘉义 alone the
// county; 零陵地区 and 星子县 under their former names; 分三路 no street; 俄 before 军 after 要求):
// 0.957 / 0.986, 74/77.
// Left: 体育场 after a foreign city (洛美体育场) found as a landmark of its own, as after a country; 新市镇
// after a count (三个新市镇, a new town, not the township); 北角, 青衣, 马湾, 长洲 of Hong Kong (words or
// other places), 到港 (also of ships), 板桥, 三重, 中和 of 台北县 (words); 大陆 after 台商对; 哈桑 (also a
// person's name), 豆满江市; 茨坪 after 井冈山市 (the township found after 井冈山); 华容 unlinked in a Hunan
// text (华容区 of Ezhou beside 华容县); 黑龙江 before 两省 read as the river the text names before.
// Batch 7 (Ningxia's and Gansu's dry hills and the Hexi corridor, Albania's crisis of 1997 and the Balkans,
// East Africa's capitals, lakes and rail, Central Asia and the Aral Sea, Macao's islands and Taiwan's
// south and east, Anhui's 1990s prefectures and old counties), written in the third round after all of
// the evening's fixes and the new gazetteers of sites and features and marked before any run; scored
// once, blind: news-ner's way 0.913 / 0.995, codes and levels 65/66. Marks then set to the conventions
// (a unit's whole name one span: 民勤县, 屏东县, 宜兰县; a foreign port with its 港 as 亚历山大港; a
// prefecture with 地区 by its name, 徽州; the place inside a site's or body's name, 澳门国际机场 -> 澳门,
// 欧洲安全与合作组织 -> 欧洲; a zone named after its place split, 红寺堡 + 开发区): 0.914 / 1.000, 67/68. After
// the fixes by category it showed (Albania's towns, Karakalpakstan, Cholpon-Ata; 大湖地区; 青藏公路,
// 苏花公路, 坦赞铁路 whole; 亳县 and 红寺堡; 银北; a lake before 之滨): 0.980 / 1.000, 68/68.
// Left: 阿 for Albania after 从, 驻, 在 (阿 names many countries and the Arab world); 路环两岛 read as one
// island (a count of islands after a list); 友谊大桥 of Macao (a name of many bridges).
describe('places in the national papers\' news by genre', () => {
  checkPlaces(places, 'batch 1', batch1, 0.98, 0.98, 0.98, 'news-ner');
  checkPlaces(places, 'batch 2', batch2, 0.96, 0.99, 1, 'news-ner');
  checkPlaces(places, 'batch 3', batch3, 0.95, 0.99, 0.99, 'news-ner');
  checkPlaces(places, 'batch 4', batch4, 0.9, 0.98, 1, 'news-ner');
  checkPlaces(places, 'batch 5', batch5, 0.97, 0.99, 1, 'news-ner');
  checkPlaces(places, 'batch 6', batch6, 0.95, 0.98, 0.96, 'news-ner');
  checkPlaces(places, 'batch 7', batch7, 0.97, 0.99, 1, 'news-ner');
});
