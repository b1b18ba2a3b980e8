// Scores extract()'s places on the county news of the north and west (county-north.fixtures.ts) over the
// real gazetteer as county-articles.test.ts scores its batches: strict F1, link accuracy on the gold
// places with a code; a failure (or NF_REPORT=1) lists every miss, spurious place and wrong link.
import { describe, expect, it } from 'vitest';
import { northEighth, northFifth, northFirst, northFourth, northNinth, northSecond, northTenth, northEleventh, northTwelfth, northThirteenth, northFourteenth, northFifteenth, northSixteenth, northSeventeenth, northEighteenth, northSeventh, northSixth, northThird } from './county-north.fixtures';
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
    // third batch (平山, 光山, 岢岚, 四子王旗, 霍尔果斯, 讷河, 梨树, 岫岩, 互助, 古交, 渑池, 密云: a work report, e-commerce, migrants,
    // grassland, border trade, heating, a medical community, a police notice, a festival, a coal town, relics, roads and water),
    // written and marked before the engine read it: blind F1 0.921 (P 0.923 R 0.919) link 0.987 (156/158); about 0.929 with
    // 中欧班列 marked as the project marks it (中 + 欧) and the 华 of 邀请来华 the marking had left out; after the changes its
    // misses led to (townships written short in a list, 向城乡居民, 库北乡镇, 临夏和县内, 邀请来华, 京津, a border cooperation
    // centre, 格根塔拉草原, 讷谟尔河以南, 荷叶坪脚下, 获评 and 电商 before a zone or park) 0.962 / 1.000
    ['third batch', northThird, 0.96, 0.99],
    // fourth batch (涞水, 兰考, 红寺堡, 杭锦, 东宁, 敦化, 新宾, 府谷, 察布查尔, 临洮, 蓟州, 襄汾, the same genres), written after the
    // third's changes and scored once, the number to report: blind F1 0.926 (P 0.946 R 0.907) link 0.959 (140/146); about 0.931 with
    // 定西市区 marked as the project marks it (定西市, as 青岛市区 and 温州市区 are); after the
    // changes its misses led to (a township's form over another place's in a list of townships: 九龙; 汾城古建筑群; a
    // county's zone named after its prefecture: 内蒙古鄂尔多斯杭锦经济开发区) 0.934 / 0.973. Left: 国家级旅游度假区 after a
    // name, 陶寺 of 陶寺遗址 read as the township, sites without a word of their kind (靖远寺 after a word, 府州城, 锡伯民俗风情园);
    // with the ninth's changes (陶寺遗址 the village's, where the text names 陶寺村 too) 0.950 / 0.986
    ['fourth batch', northFourth, 0.94, 0.98],
    // fifth batch (栾川, 蔚县, 循化, 同江, 阿尔山, 夏河, 尉犁, 泾源: a mountain race, an excavation, migrant noodle shops, the river's ice
    // breaking up, a fire ban, yak insurance, the cotton harvest, a cooperation with Fujian), written and marked before the
    // engine read it, after all of the fourth's changes: blind F1 0.902 (P 0.924 R 0.881) link 0.981 (104/106); 0.926 (P
    // 0.958 R 0.896) / 0.973 (107/110) with seven spans marked as the batches mark them (福建 and 黄河 the marking had left out,
    // 泾源's 工业园区 a zone, the place before what is named after it: 阿尔山 of 阿尔山国家森林公园, 桑科, 甘加 and 甘南 of their 草原, as the
    // provinces' seventh batch marks 桑科草原); after the changes its misses led to (ethnic townships written with their people,
    // 福州市民, 进入 before a park, 代王城考古遗址公园, the towns across the ports) 0.967 / 0.991 (114/115). Left: a river's reach
    // (黑龙江同江段), 三江口, villages listed bare (西古堡、北官堡), 汤营温泉 and 南泥湖 of a village and a community, 兵团三十一团 read with the corps
    ['fifth batch', northFifth, 0.96, 0.99],
    // sixth batch (涉县, 西乌珠穆沁旗, 灵石, 农安, 新民, 淅川, 怀柔, 虎林, 二连浩特: a party congress report, a grassland festival, a coal
    // town's restoration, a statistical bulletin, the Liao's flood season, a reservoir's resettled villages, a Great Wall section's
    // repair, state farms and a forest bureau, a border port), written and marked before the engine read it, after all of the
    // fifth's changes: blind F1 0.904 (P 0.923 R 0.886) link 0.948 (91/96); 0.922 (P 0.951 R 0.895) / 0.958 (91/95) with four
    // spans marked as the batches mark them (中国 of 中国共产党 as GUIDELINES marks a place inside a body's name, 长城 of 长城保护员,
    // 黄花城水长城 whole as 黄崖关长城 is, 北大荒 a region as the general news marks it); after the changes its misses led to (the banners' press forms and
    // 二连, Beijing's area offices written as towns, a river's reach, clan halls, a zone's rank, 公路口岸, sites without a word of
    // their kind) 0.973 / 0.980. Left: 柳河 before 入辽河, 石佛寺水库 and 香严寺 after a word of direction or in a list before 成了,
    // 赤岸 before a site of its name, a community written bare (富家滩), 老城镇 linked to the prefecture named (许昌) over the county; with
    // the seventh's changes (独木河林场) 0.980 / 0.990; with the ninth's (柳河入辽河) 0.983 / 0.990
    ['sixth batch', northSixth, 0.98, 0.98],
    // seventh batch (崇礼, 会宁, 民丰, 祁连, 偏关, 涿州, 汪清: winter sports, village clinics, a desert highway, a grassland festival,
    // the Great Wall meeting the Yellow River, the flood season in the Hai basin, forest bureaus and their farms), written and marked
    // before the engine read it, after the sixth's changes, scored once, the number to report: blind F1 0.951 (P 0.973 R 0.930)
    // link 0.976 (82/84); after the changes its misses led to (forest farms the data lists by their living areas, villages listed
    // bare over a name left without a place, 流动沙漠) 0.973 / 1.000; with the eighth's (its ski resorts as data) 0.987 / 1.000.
    // Left: sites listed after 村里的石头房子 (护宁寺, 望河楼). 东北虎豹国家公园 is marked since the ninth with no place, as the
    // project reads the species named after a region (东北虎, 华南虎, 华北豹: country-aliases.json notPlaces): the park is named
    // after its tigers and leopards, and a species' name holds no place (0.991 / 1.000 so marked)
    ['seventh batch', northSeventh, 0.99, 0.99],
    // eighth batch (隆化, 克什克腾, 平鲁, 同心, 台安, 汝阳, 海港区, 北安: a party congress report, a grassland festival, an open-pit
    // coal town's restoration, a statistical bulletin, the Liao's flood season, a reservoir's resettled villages, a Great Wall
    // section's repair, state farms and a forest bureau), written and marked before the engine read it, after all of today's
    // merges, scored once, the number to report: blind F1 0.913 (P 0.935 R 0.891) link 0.989 (91/92); 0.942 (P 0.984 R 0.903)
    // / 1.000 (91/91) with 板厂峪长城 whole and 长城 wherever it is the wall, as the batches mark them (箭扣长城, 长城保护员);
    // after the changes its misses led to (长城 alone the wall, not 驻操营镇's 长城村; villages and townships before the coal
    // mines named after them; kinds of mosque and of trade town no names; a verb of stringing sites and a count open no wall's
    // name; rivers of the Liao basin and 三岔河, 罗山, 祖山, 燕塞湖, 贡格尔草原, 阿斯哈图石林, 狼牙山 as data) 0.974 / 1.000, and
    // 0.992 / 1.000 with the memorials, cemeteries and ski resorts of the north as data (董存瑞烈士陵园, 红军西征纪念馆; the
    // seventh's 万龙滑雪场, 云顶滑雪公园). Left: 青山 of 青山的岩臼群, 乌兰布统 written short after 直达
    ['eighth batch', northEighth, 0.99, 0.99],
    // ninth batch (沁源, 陈巴尔虎旗, 阜新 海州, 林州, 武清, 宁陕, 迁西, 富锦: a party congress report, a Naadam, a coal pit's
    // restoration, a statistical bulletin, the Hai basin's flood season, a reservoir's resettled villages, a Great Wall section's
    // repair, the farms of the Great Northern Wilderness), written and marked before the engine read it, after all of the eighth's
    // changes and the session's merges, scored once: blind F1 0.949 (P 0.968 R 0.931) link 1.000 (88/88); 0.953 (P 0.976 R 0.932)
    // / 1.000 with 长城 of 水下长城 marked as the wall, as the batches mark it; after the changes its misses led to (rivers, a pass
    // and mouths of the north as data: 细河, 龙凤河, 喜峰口, 珠江口, 三江口; 太行 and 太岳 without 山; verbs of joining end a river's
    // name, 入 before a feature named; 秦岭山下; a township before the wetland named after it; 呼和 in a Mongolian name; a rank
    // after 申报; 建三江) 0.996 / 1.000. Left: 大桥 of 太行大桥 read as a landmark of its own (the general batches' convention for
    // 长江大桥, where GUIDELINES marks the place inside alone), 灵空山 read as the township, not the mountain
    ['ninth batch', northNinth, 0.99, 0.99],
    // tenth batch (绥芬河, 尚志, 合阳, 偃师, 东乌珠穆沁旗, 代县, 昌图: a border port's trade, winter sports, a Yellow River wetland, an
    // archaeological dig, a Naadam, a Great Wall section's repair, the Liao's flood season), written and marked before the engine
    // read it, after the ninth's changes, scored once, the number to report: blind F1 0.918 (P 0.944 R 0.894) link 1.000 (73/73);
    // 0.923 (P 0.953 R 0.895) with 黄河 of 黄河滩地 marked, which the marking had left out; after the changes its misses led to (an
    // age and a trade open no site's or park's name: 百年老街, 木材加工园区; 这里加工 holds no Riga; 洽川湿地 the township's; 故城; 首阳山,
    // 河洛, 处女泉, 瀵泉, 招苏台河, 亮子河 as data) 0.973 / 1.000. Left: 龙江 (Heilongjiang, also 龙江县), 白草口长城 read as 长城 alone,
    // 黄河 of 黄河流域 read as the region 黄河流域 (the fixtures mark both ways), 福德店 (a natural village the data lacks); with the
    // thirteenth's changes (a word of a side before 的: 雁门关西侧的白草口长城) 0.982 / 1.000
    ['tenth batch', northTenth, 0.98, 0.99],
    // eleventh batch (赤城, 孝义, 黄龙, 宝清, 康平, 鲁山, 平谷: a party congress report, a coal town's ecological restoration, a state
    // forest farm, farms of the Great Northern Wilderness, a statistical bulletin, a reservoir's resettled villages, the Hai basin's
    // flood season), written and marked before the engine read it, after all of the evening's first-round changes, scored once,
    // the number to report: blind F1 0.929 (P 0.933 R 0.925) link 1.000 (69/69); 0.943 (P 0.952 R 0.935) with 中国 of 中国共产党
    // and 宝清县委's 宝清县 marked as GUIDELINES marks them; after the changes its misses led to (出境 and 入境 end a river's name,
    // 守护好 before a river, 温泉小镇 a kind of town, 辽东栎 a species, a state forest farm after its township, 冰山梁, 荡泽河, 金海湖,
    // 京北 as data) 1.000 / 1.000. Left: 尧山 of 鲁山 read as 尧山镇 where the text means the mountain and names no 尧山镇
    ['eleventh batch', northEleventh, 0.99, 0.99],
    // twelfth batch (滑县, 绥德, 容城, 阿鲁科尔沁旗, 和龙, 海林, 新绛, 庄河: a wheat harvest with the townships' yields, a loess
    // plateau terrace project, Xiong'an's relocated villages, a banner's herders, Korean-ethnic border villages, a forest region's
    // towns and farms, an old county town's walls and temples, a fishing village), written and marked before the engine read it,
    // after all of the evening's merges, scored once, the number to report: blind F1 0.902 (P 0.932 R 0.873) link 0.967 (88/91);
    // 0.906 with 中东铁路 marked as the named railway it is; after the changes its misses led to (a people's name that holds a
    // country's where a village's name gave way to it: 朝鲜族村; 隔 and 临 open no feature's name after a place; 中原粮仓 and
    // 中原大地; old names of counties: 绛州; the press forms of banners and Mongol autonomous counties: 阿旗; a subdistrict named
    // with its town's full name: 道口镇街道; 横道河子镇, which the data names 横道镇; 辽东半岛) 0.952 / 1.000. Left: features and
    // sites without a word the engine reads (韭园沟, 欧沐沦河 read as 欧 and 沐沦河, 威虎山, 莲花湖 read as 花湖, 张广才岭, 峨嵋岭,
    // 海王九岛, 英那河, 绛守居园池), 雪乡 read as Lhasa's township of that name (a level only)
    ['twelfth batch', northTwelfth, 0.95, 0.99],
    // thirteenth batch (左权, 永城, 宝坻, 逊克: rural roads with their routes, a coal mine's subsidence villages relocated, a rural
    // district's villages on the Chaobai, border villages on the Heilong), written and marked before the engine read it, after the
    // twelfth's changes, scored once, the number to report: blind F1 0.928 (P 0.967 R 0.892) link 1.000 (44/44); 0.944 with
    // 太行 of 太行一号旅游公路 marked alone, as GUIDELINES marks a place inside a site's name. Its misses led to (a side's word
    // before 的, 西侧; a river freezing, 封江 and 开江; a distance in li before 海, 万里海疆) cases that leave its own score as it
    // was. Left: 京津菜篮子 read as 津菜 (Tianjin cuisine), 七里海 read as the Caspian 里海, 大洼, 日月湖 of 永城 (also its
    // subdistrict), 龙泉 before 景区, 八路军总部纪念馆, 黑龙江 before 进入封江期 read as the province (a level only)
    ['thirteenth batch', northThirteenth, 0.94, 0.99],
    // fourteenth batch (饶河, 兴城, 门头沟, 扎鲁特旗, 静乐, 佳县: a Hezhe fishing village on the Ussuri, an old walled town by the
    // sea, mountain villages rebuilt after a flood, a banner's herders, the Fen's upper reaches and quinoa, date orchards on the
    // Yellow River), written and marked before the engine read it, after all of the evening's first-round merges, scored once,
    // the number to report: blind F1 0.927 (P 0.944 R 0.911) link 0.975 (78/80); 0.941 / 1.000 with 兴城 of 兴城古城 the county
    // as 平遥古城 is marked, 菊花街道's code put right and 滨海公路 the coastal highway's name; after the changes its misses led to
    // (a grain before 加工 holds no Mecca: 藜麦加工厂; a breed named after a region: 东北黑蜂; 扎旗 by the text's prefecture; 京西
    // and 京西古道; mountains, rivers and grassland of the north as data: 百花山, 罕山, 乌力吉木仁河, 科尔沁草原, 大顶子山, 佳芦河,
    // 岚河; 香炉寺) 0.996 / 1.000. Left: 灵山 of 门头沟 (灵山 is also 广西's 灵山县 written short)
    ['fourteenth batch', northFourteenth, 0.99, 0.99],
    // fifteenth batch (巴里坤, 亚东, 达拉特旗, 彭阳, 静海, 五大连池, 灵丘, 清原, 鄢陵: spring wheat and herders, a border market,
    // the flood season on the gullies into the Yellow River, terraces and a natural village, a steel town and its rivers' flood
    // season, volcanoes and mineral springs, a pass of the war and a temple, the Hun's headwaters after a flood, a flower expo),
    // written and marked before the engine read it, after all of the session's merges, scored once: blind F1 0.915 (P 0.929
    // R 0.902) link 0.982 (111/113); 0.933 (P 0.946 R 0.919) with five spans marked as the batches mark them (彭阳县委's 彭阳县,
    // 清原县委's 清原县, 静海区委's 静海区; 唐河 of 唐河大峡谷 and 红河 of 红河峡谷 the river, as 汾河峡谷 and 美姑河大峡谷 are marked);
    // after the changes its misses led to (景区 after a township named in full is the township's: 恩格贝景区; a natural village
    // before 自然村; a village the data names as a community written with 村: 西明义村; a river before 峡谷; a zone named after
    // its county's full name and its own: 巴里坤县山南开发区; 通过 before a river; a trade before 产业园; 团泊湖, 老黑山, 药泉湖,
    // 滚马岭, 乃堆拉山口, 亚东河, 亚东沟, 多庆错 as data) 0.994 / 1.000. Left: 金鸡坪梯田公园 read as the terraces 金鸡坪梯田,
    // 中原 of “中原花木第一县” read as a county (a level only)
    ['fifteenth batch', northFifteenth, 0.98, 0.99],
    // sixteenth batch (易县, 沁水, 方正, 焉耆, 武乡, 延庆, 宽城: a reservoir town's flood season and tombs, coalbed methane and castle
    // villages, rice on the Songhua and a town's fish stew, wine by the Bosten and a Buddhist ruin, red tourism at the Eighth
    // Route Army's headquarters, the Great Wall's villages, chestnuts and the Panjiakou reservoir), written and marked before the
    // engine read it, after the fifteenth's changes, scored once, the number to report: blind F1 0.927 (P 0.948 R 0.907) link
    // 0.989 (90/91); 0.934 with 焉耆县城's 焉耆县 marked as the batches mark a county seat (融水县城); after the changes its misses
    // led to (a word of place right before a water's ending leaves no feature: 游览水下; 水下 opens no site's name; a castle village
    // after its village: 湘峪古堡; 巴州 in a text on Xinjiang; 八达岭长城, 妫水河, 蚂蜒河, 舜王坪, 焉耆盆地 as data) 0.975 / 0.989.
    // Left: 紫荆关 alone after 紫荆关镇 (the pass the township is named after, dropped), 柳氏民居 (柳 is no surname the engine
    // knows), 得莫利 of 得莫利炖鱼, 王家峪村民 read as 王家峪村 + 民; with the seventeenth's changes (太行 of 太行山区) 0.982 / 0.989
    ['sixteenth batch', northSixteenth, 0.97, 0.98],
    // seventeenth batch (哈巴河, 肃南, 中宁, 刚察, 赞皇, 内乡, 爱辉: a flood headquarters' notice on snowmelt, an interview on a
    // national park's herders, the goji market, the naked carp's run up the rivers of Qinghai Lake, a scenic township's natural
    // villages, a county's news in brief, winter tourism across the frozen Heilong), written and marked before the engine read it,
    // after all of the session's first-round merges, scored once, the number to report: blind F1 0.961 (P 0.991 R 0.933) link
    // 0.976 (81/83), no mark put right; after the changes its misses led to (a river listed bare before a river and a word of
    // waters rising, 哈巴河、别列则克河先后涨水, though also the county; the place between a river and its reach's word the county,
    // 额尔齐斯河哈巴河段; ethnic townships of two peoples, 坤河达斡尔族满族乡; 祁丰藏族乡, which the statistics print 祁丰蔵族乡; a
    // village written as its old village, 嘉应寺古村; 别列则克河, 沙柳河, 泉吉河, 哈尔盖河, 槐河 as data) 0.992 / 0.988, and with
    // 太行 of 太行山水 (a mountain whose name without 山 is its own, before 山区 or 山水) 1.000 / 0.988. Left: 嶂石岩 alone after
    // 嶂石岩镇 and 嶂石岩景区 read as the cliffs, not the township (以嶂石岩为龙头: a level and a link)
    ['seventeenth batch', northSeventeenth, 0.99, 0.98],
    // eighteenth batch (密山, 靖宇, 凤城, 根河, 瓜州, 尼勒克: a lake's winter fishing and a border port, mineral water in the
    // Changbai forests, a mountain's autumn and a model village with rivers in flood, reindeer herders at the cold pole, melons by
    // a ruined city on the Shule, black bees and the Kax River's flood season), written and marked before the engine read it,
    // after all of the session's merges (round 3), scored once, the number to report: blind F1 0.914 (P 0.918 R 0.910) link
    // 1.000 (79/79); put right 0.914 / 0.988 (79/80) with 伊犁河谷 marked as general-news-zh marks it, 伊犁 the prefecture
    // before 河谷 (as 右江河谷 gives the river alone), no engine or data change. Misses, by category: natural villages not in the
    // data after their village or subdistrict (临湖村的小青山屯, 好里堡街道的冷极村); rivers not in the data (穆棱河) and a
    // headstream read as its river (头道松花江 as 松花江, twice); a feature whose name holds a unit's (吉林台水库 read as 吉林, 伊犁河谷
    // as 伊犁河 taking the 河 of 河谷); sites (杨靖宇将军殉国地 read as 靖宇 inside a person's name, 榆林窟 as 榆林 the prefecture);
    // a mountain many provinces share (凤凰山 of 凤城) missed; 大兴安岭 in a text on Inner Mongolia read as the prefecture (a level
    // only); common words read as places (探明矿泉 as a spring, 日照 of 日照长, a kind of resort: 温泉度假村). After the changes
    // its misses led to (rivers, headstreams, a reservoir and sites whose names hold another place as data: 穆棱河, 头道松花江,
    // 二道松花江, 吉林台水库, 榆林窟, 杨靖宇将军殉国地; 日照长 and 日照短 words of sunshine; 探明 opens no spring's name; 温泉度假村
    // and 生态度假村 kinds of resort) 0.977 / 0.988 (79/80). Left: 凤凰山 (listed bare as a mountain of many provinces, it read
    // 凤凰山庄 and 凤凰山村 as the mountain too, so it was taken out again); the
    // natural villages (小青山屯: 小 and 山 stand in no unlisted village's core; 冷极村 after 的 is read only for a clan's name),
    // 伊犁河谷 read as 伊犁河 (the 河 of 河谷), 大兴安岭 in a text on Inner Mongolia read as the prefecture (a level only)
    ['eighteenth batch', northEighteenth, 0.97, 0.98],
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
    ['townships of a named county written without their suffix in a list, after a verb too, over a village of that short form, and again where a phrase opens once so written', '平山县推动西柏坡、岗南、古月等乡镇连片发展，在岗南建设民宿。梨树县喇嘛甸镇一棵树村。专家到郭家店、喇嘛甸等分院坐诊。', [
      '平山县/county/130131', '西柏坡/township/130131', '岗南/township/130131', '古月/township/130131', '岗南/township/130131', '梨树县/county/220322', '喇嘛甸镇/township/220322',
      '一棵树村/village/220322', '郭家店/township/220322', '喇嘛甸/township/220322',
    ]],
    ['… but not alone', '平山县推动岗南发展，古月的村民来了。', ['平山县/county/130131']],
    ['a village the data also knows as a site stays the village in a list no word of townships closes', '黟县宏村镇、西递镇。宏村、西递两处世界文化遗产。', [
      '黟县/county/341023', '宏村镇/township/341023', '西递镇/township/341023', '宏村/village/341023', '西递/village/341023',
    ]],
    ['a preposition before a word of a kind of unit is no township, renamed (向城乡) or not (向城镇), whatever follows', '热源厂向城乡居民和企业供热，也向城镇居民推广炉具。', []],
    ['a township named as 乡镇 after one character is read only where its region is supported', '新城子镇、古北口镇等库北乡镇的村民。', ['新城子镇/township/110118', '古北口镇/township/110118']],
    ['… and is read there', '乐昌市北乡镇的村民', ['乐昌市/county/440281', '北乡镇/township/440281']],
    ['a form after a word that ends in a verb of coming (邀请来华); not after a word of time (以来华侨)', '邀请来华参展的客商。改革开放以来华侨回乡投资。', ['华/country']],
    ['a one-character county opening with a word of function right after a place is that word, unless it lies in the place', '来自甘肃临夏和县内各乡镇的歌手。马鞍山市和县的干部。', [
      '甘肃/province/620000', '临夏/prefecture/622900', '马鞍山市/prefecture/340500', '和县/county/340523',
    ]],
    ['a transliterated name before a word of grassland is a grassland', '格根塔拉草原旅游区接待游客。', ['格根塔拉草原/natural']],
    ['a river before the word of its side; a town before it is none', '讷谟尔河以南的讷南镇。县城以北的山区。', ['讷谟尔河/natural', '讷南镇/township/230281']],
    ['a natural village\'s name before a word only a mountain takes is the mountain', '岢岚县大涧乡。荷叶坪脚下的大涧乡，张家坪的村民。', [
      '岢岚县/county/140929', '大涧乡/township/140929', '荷叶坪/natural', '大涧乡/township/140929', '张家坪/village',
    ]],
    ['a natural village of one character and its suffix right after its village; not a word of a dam or a working group', '梨树县郭家店镇八里城村刘屯的村民，八里城村一组，八里城村大坝上。', [
      '梨树县/county/220322', '郭家店镇/township/220322', '八里城村/village/220322', '刘屯/village', '八里城村/village/220322', '八里城村/village/220322',
    ]],
    ['a kind of road is no street\'s name; a named expressway after a word of path is', '加快平山至石家庄快速路前期工作，沿着迎宾快速路向北。', [
      '平山/county/130131', '石家庄/prefecture/130100', '迎宾快速路/landmark',
    ]],
    ['in a list of townships, a township\'s short form over another place of that name', '涞水县统筹推进三坡、九龙、赵各庄等山区乡镇发展。香港九龙、新界等地。', [
      '涞水县/county/130623', '三坡/township/130623', '九龙/township/130623', '赵各庄/township/130623', '香港/province/810000', '九龙/prefecture', '新界/prefecture',
    ]],
    ['a township\'s short form before the ancient buildings named after it', '襄汾县汾城镇的汾城古建筑群保存着衙署。', [
      '襄汾县/county/141023', '汾城镇/township/141023', '汾城/township/141023',
    ]],
    ['a county\'s zone the data names after its province and prefecture', '杭锦旗。杭锦经济开发区引进企业。', [
      '杭锦旗/county/150625', '杭锦/county/150625', '经济开发区/devzone/150625',
    ]],
    ['a border cooperation centre after its place is a zone', '在霍尔果斯国际边境合作中心，客商云集。', ['霍尔果斯/county/654004', '国际边境合作中心/devzone']],
    ['Beijing and Tianjin together are a region, before a word of a project or at a clause\'s end', '是京津风沙源治理的重点区域，一盆净水送京津。', ['京津/region', '京津/region']],
    ['a title won and a kind of park open no zone\'s or site\'s name', '平山县经开区获评省级先进园区，孙铁铺镇的电商产业园开园。', [
      '平山县/county/130131', '经开区/devzone', '孙铁铺镇/township/411522',
    ]],
    ['features listed before a count of scenic areas; a count opens no park\'s name', '驼梁、天桂山两大景区新建游步道。推进长城、大运河两大国家文化公园建设。', [
      '驼梁/natural', '天桂山/natural', '长城/landmark', '大运河/natural',
    ]],
    ['an ethnic township the data names without its people, written with them, and after it short; not a word of home after the people', '同江市街津口赫哲族乡渔业村。街津口、八岔两乡的赫哲族乡亲载歌载舞。', [
      '同江市/county/230881', '街津口赫哲族乡/township/230881', '渔业村/village/230881', '街津口/township/230881', '八岔/township/230881',
    ]],
    ['… and one the data names with its people stays its own, over a township of the core elsewhere', '桓仁满族自治县雅河朝鲜族乡。门源县皇城蒙古族乡。', [
      '桓仁满族自治县/county/210522', '雅河朝鲜族乡/township/210522', '门源县/county/632221', '皇城蒙古族乡/township/632221',
    ]],
    ['a city\'s short form before 市民; not before a bureau opening with 市民 nor a name opening after 市', '牛肉直供福州市民餐桌。福州市民政局发布通知。五常市民乐朝鲜族乡。', [
      '福州/prefecture/350100', '福州市/prefecture/350100', '五常市/county/230184', '民乐朝鲜族乡/township/230184',
    ]],
    ['a verb of arrival opens no feature\'s name: the place before a park named after it', '阿尔山市发布通告。严禁野外用火，进入阿尔山国家森林公园须登记。', [
      '阿尔山市/county/152202', '阿尔山/county/152202',
    ]],
    ['a township\'s or village\'s short form before the archaeological park or ancient city named after it; the park no site', '蔚县代王城镇。推进代王城考古遗址公园建设。夏河县甘加镇八角城村，八角城古城遗址。', [
      '蔚县/county/130726', '代王城镇/township/130726', '代王城/township/130726', '夏河县/county/623027', '甘加镇/township/623027', '八角城村/village/623027', '八角城/village/623027',
    ]],
    ['a town across a border port and a scenic village of the north-west the data lists', '货物从同江口岸发往俄罗斯下列宁斯阔耶。尉犁县的罗布人村寨景区。', [
      '同江/county/230881', '俄罗斯/foreign', '下列宁斯阔耶/foreign', '尉犁县/county/652823', '罗布人村寨/landmark',
    ]],
    ['a banner written as the press shortens it, also where its form opens otherwise than its name, and a unit named with its administration\'s word', '西乌旗的牧民来到锡林浩特。阿拉善盟阿左旗、乌拉盖管理区。', [
      '西乌旗/county/152526', '锡林浩特/county/152502', '阿拉善盟/prefecture/152900', '阿左旗/county/152921', '乌拉盖管理区/county/152571',
    ]],
    ['… and a press form of two characters where the region supports it, before a zone named after it too', '二连浩特市。二连边境经济技术合作区。', [
      '二连浩特市/county/152501', '二连/county/152501', '边境经济技术合作区/devzone/152501',
    ]],
    ['… but not alone', '乒乓球队夺得二连冠。', []],
    ['a town of Beijing the data names as an area office (雁栖地区) written as the town', '北京市怀柔区雁栖镇西栅子村。', [
      '北京市/province/110000', '怀柔区/county/110116', '雁栖镇/township/110116', '西栅子村/village/110116',
    ]],
    ['… but a 地区 after a town elsewhere renames none', '淄博市淄川区龙泉镇，龙泉地区的山林。', [
      '淄博市/prefecture/370300', '淄川区/county/370302', '龙泉镇/township/370302', '龙泉/township/370302',
    ]],
    ['a zone\'s rank between its place or its own name and its word is the zone\'s; a rank sought names no zone', '天津市蓟州区。蓟州国家级旅游度假区接待游客。收入突破90亿元。野三坡国家级旅游度假区通过复核。镇里正在争创国家级旅游度假区。', [
      '天津市/province/120000', '蓟州区/county/120119', '蓟州/county/120119', '国家级旅游度假区/devzone', '野三坡国家级旅游度假区/devzone',
    ]],
    ['a clan\'s hall named by its surname is a site; the kind of hall alone is none', '村里的李氏宗祠修缮一新，张家祠堂也对外开放。修缮后的宗祠接待游客。', ['李氏宗祠/landmark', '张家祠堂/landmark']],
    ['… also after a clan\'s word that opens the text with no surname before it', '家家户户都来帮忙，张家祠堂修缮一新。', ['张家祠堂/landmark']],
    ['a river before a place and the word of its reach is the river, and the reach holds no river\'s name; a verb of forming opens no name: the confluence after it is 三江口', '同江市讯 4月中旬，黑龙江同江段开江。松花江与黑龙江在同江交汇，形成三江口奇观。', [
      '同江市/county/230881', '黑龙江/natural', '同江/county/230881', '松花江/natural', '黑龙江/natural', '同江/county/230881', '三江口/natural',
    ]],
    ['a kind of terraced field after a county is no feature\'s name', '邯郸市涉县旱作梯田。', ['邯郸市/prefecture/130400', '涉县/county/130426']],
    ['a kind of road before 口岸 names a port, not a street named after the place; a street before 口 is one', '经二连浩特公路口岸出境。北京路口。', ['二连浩特/county/152501', '北京路/landmark']],
    ['a feature\'s name before a village\'s suffix names the village called after it, where the data holds none; the feature elsewhere', '洪雅县瓦屋山镇瓦屋山村的村民。洪雅县，游客登上瓦屋山。', [
      '洪雅县/county/511423', '瓦屋山镇/township/511423', '瓦屋山村/village', '洪雅县/county/511423', '瓦屋山/natural',
    ]],
    ['sites and mountains of the north with no word of their kind', '今年娲皇宫和府州城游人如织，驼梁迎来雪季。', ['娲皇宫/landmark', '府州城/landmark', '驼梁/natural']],
    ['a forest farm the data lists by its living area, named as the press names it; a kind of farm is none', '汪清县。天桥岭林业局在桶子沟林场、响水林场设立了防火检查站。县国有林场的职工在巡护。', [
      '汪清县/county/222424', '天桥岭林业局/township/222424', '桶子沟林场/village/222424', '响水林场/village/222424',
    ]],
    ['villages listed bare before a count of villages, over a name the linker left without a place (黄龙 of 黄龙县); not outside a list', '偏关县老牛湾镇乾坤湾、黄龙池等村也跟着发展。偏关县老牛湾镇，黄龙池的水很清。', [
      '偏关县/county/140932', '老牛湾镇/township/140932', '乾坤湾/village/140932', '黄龙池/village/140932', '偏关县/county/140932', '老牛湾镇/township/140932',
    ]],
    ['a kind of desert is no feature\'s name', '公路穿越流动沙漠的路段有200公里。', []],
    ['the word of a site alone is that site, not the village of the township named by it; with its suffix the village', '海港区驻操营镇的长城段落。驻操营镇长城村的村民。', [
      '海港区/county/130302', '驻操营镇/township/130302', '长城/landmark', '驻操营镇/township/130302', '长城村/village/130302',
    ]],
    ['a site of the data named as a village of the text\'s township is still that village', '黟县宏村镇。宏村、西递游客多。', [
      '黟县/county/341023', '宏村镇/township/341023', '宏村/township/341023', '西递/township/341023',
    ]],
    ['a village\'s or township\'s short form before the coal mine named after it; a mine after 的 names none', '平鲁区白堂乡安太堡村。紧挨着安太堡露天煤矿。平鲁区井坪镇，井坪煤矿复垦。白堂乡的露天煤矿。', [
      '平鲁区/county/140603', '白堂乡/township/140603', '安太堡村/village/140603', '安太堡/village/140603', '平鲁区/county/140603', '井坪镇/township/140603', '井坪/township/140603', '白堂乡/township/140603',
    ]],
    ['a kind of mosque or of a town built for a trade is no site\'s name; the place named before it is a place', '同心县的同心清真大寺。隆化县汤头沟镇的温泉康养小镇建成开放。', [
      '同心县/county/640324', '同心/county/640324', '隆化县/county/130825', '汤头沟镇/township/130825',
    ]],
    ['a verb of stringing sites into a route and a count open no wall section\'s name', '海港区将祖山、燕塞湖串成一条长城文化旅游线。', ['海港区/county/130302', '祖山/natural', '燕塞湖/natural', '长城/landmark']],
    ['rivers of the Liao basin and its confluence, mountains, lakes, grasslands and stone forests of the north; 狼牙山 holds no 牙山', '辽河、浑河、太子河在下游汇合，三岔河一带泄洪压力大，绕阳河水位上涨。今年祖山、燕塞湖、贡格尔草原、阿斯哈图石林和狼牙山游人如织。', [
      '辽河/natural', '浑河/natural', '太子河/natural', '三岔河/natural', '绕阳河/natural', '祖山/natural', '燕塞湖/natural', '贡格尔草原/natural', '阿斯哈图石林/natural', '狼牙山/natural',
    ]],
    ['memorials, cemeteries and ski resorts of the north the press lists with no place before them; a kind of them alone is none', '红军西征纪念馆、八路军太行纪念馆和董存瑞烈士陵园是游客最多的景点。万龙滑雪场、云顶滑雪公园等7家滑雪场同日迎客，烈士陵园和纪念馆也开放。', [
      '红军西征纪念馆/landmark', '八路军太行纪念馆/landmark', '董存瑞烈士陵园/landmark', '万龙滑雪场/landmark', '云顶滑雪公园/landmark',
    ]],
    ['Ningxia\'s 罗山 is the mountain in a text on Ningxia, Henan\'s county in a text on Henan', '同心县罗山国家级自然保护区。', ['同心县/county/640324', '罗山/natural']],
    ['… and the county in a text on Henan', '信阳罗山县。罗山的茶叶。', ['信阳/prefecture/411500', '罗山县/county/411521', '罗山/county/411521']],
    ['a verb of a river joining another ends the river\'s name before it (汇入, 注入; 入 only before a feature named); not a word opening with 入', '龙凤河汇入北运河处。新民市的柳河注入辽河，柳河入辽河处。三河入选名单。', [
      '龙凤河/natural', '北运河/natural', '新民市/county/210181', '柳河/natural', '辽河/natural', '柳河/natural', '辽河/natural',
    ]],
    ['rivers and passes of the north whose names are other things too: 细河 beside its district, 喜峰口 beside its villages', '阜新市细河区。细河海州段完成了清淤。迁西县滦阳镇喜峰口一村。喜峰口一带的长城。', [
      '阜新市/prefecture/210900', '细河区/county/210911', '细河/natural', '海州/county/210902', '迁西县/county/130227', '滦阳镇/township/130227', '喜峰口一村/village/130227', '喜峰口/natural', '长城/landmark',
    ]],
    ['mountains the press writes without 山 (太行, 太岳); a mountain\'s 山 opens the word of its foot (秦岭山下), not where 山 ends the name (凤凰山下)', '巍巍太行，太岳林海。移民们在秦岭山下发展养蜂，秦岭山上的村子。在凤凰山下。', [
      '太行/natural', '太岳/natural', '秦岭/natural', '秦岭/natural', '凤凰山/natural',
    ]],
    ['river mouths and confluences the press names as places; 红海滩 holds no 红海', '横跨珠江口，长江口的渔民。丹东市东港市。鸭绿江口湿地。同江市。游客来到三江口观景台。盘锦市的红海滩。', [
      '珠江口/natural', '长江口/natural', '丹东市/prefecture/210600', '东港市/county/210681', '鸭绿江口/natural', '同江市/county/230881', '三江口/natural', '盘锦市/prefecture/211100', '红海滩/natural',
    ]],
    ['a township of a named county, not itself named, before the wetland named after it; a kind of wetland is none', '天津市武清区。大黄堡湿地承担滞洪任务，城市湿地也开放。', [
      '天津市/province/120000', '武清区/county/120114', '大黄堡/township/120114',
    ]],
    ['a Mongolian name holding 呼和 (blue) before a word of a feature is one name; 和 between names still joins them', '依托呼伦贝尔大草原和呼和诺尔湖。俄罗斯和蒙古国。', [
      '呼伦贝尔/prefecture/150700', '呼和诺尔湖/natural', '俄罗斯/foreign', '蒙古国/foreign',
    ]],
    ['a verb of seeking right before a zone\'s rank ends no zone\'s own name: the title sought is no zone', '报告提出，积极申报国家级旅游度假区。', []],
    ['the seat of a farm administration the press names short (建三江), in its prefecture\'s text; not alone', '佳木斯讯。北大荒集团建三江分公司。', ['佳木斯/prefecture/230800', '北大荒/region', '建三江/township/230882']],
    ['… but not alone', '建三江的水稻。', []],
    ['an ancient site named after a village its township shares the name of is the village\'s, where the text names both; elsewhere the form is the township\'s', '襄汾县陶寺乡。陶寺遗址考古新发现，陶寺村的村民当向导，陶寺的集市也热闹。', [
      '襄汾县/county/141023', '陶寺乡/township/141023', '陶寺/village/141023', '陶寺村/village/141023', '陶寺/township/141023',
    ]],
    ['… and with no village of its name named, the township\'s', '襄汾县陶寺乡。陶寺遗址考古新发现。', ['襄汾县/county/141023', '陶寺乡/township/141023', '陶寺/township/141023']],
    ['a park named after the species named after a region holds no place (东北虎豹国家公园), as the species does not; the region elsewhere', '东北虎豹国家公园的红外相机拍到东北虎。东北地区的冰雪游。', ['东北地区/region']],
    ['an age and a trade open no site\'s or park\'s name (百年老街, 木材加工园区)', '一面坡镇的百年老街上，村民在木材加工园区就业。', ['一面坡镇/township/230183']],
    ['here or there and a verb opening with 加 hold no Riga; the city after its country is Riga', '在这里加工成地板。拉脱维亚首都里加。', ['拉脱维亚/foreign', '里加/foreign']],
    ['a township\'s short form the text names before the wetland named after it, though it ends like a feature (洽川); a name ending in a water\'s word is the water\'s', '渭南市合阳县洽川镇。洽川湿地是陕西最大的河流湿地之一。湖州市德清县下渚湖街道。下渚湖湿地。', [
      '渭南市/prefecture/610500', '合阳县/county/610524', '洽川镇/township/610524', '洽川/township/610524', '陕西/province/610000', '湖州市/prefecture/330500', '德清县/county/330521', '下渚湖街道/township/330521', '下渚湖/natural',
    ]],
    ['an ancient city after its place and 的 (故城); sites, mountains, springs, rivers and a region of the Yi-Luo, Heyang and the Liao as data', '偃师区府店镇的滑国故城和首阳山，打造河洛文化旅游带。招苏台河、亮子河也汇入辽河。合阳县的处女泉和瀵泉。', [
      '偃师区/county/410307', '府店镇/township/410307', '滑国故城/landmark', '首阳山/natural', '河洛/region', '招苏台河/natural', '亮子河/natural', '辽河/natural', '合阳县/county/610524', '处女泉/natural', '瀵泉/natural',
    ]],
    ['a verb of a river crossing a border (出境, 入境) ends its name, as a verb of joining does; not a word opening with 出境', '白河、黑河、红河出境水质稳定。汾河入境断面。游客出境游增长。', [
      '白河/natural', '黑河/natural', '红河/natural', '汾河/natural',
    ]],
    ['a verb of guarding with 好 (守护好) ends before a river\'s name: 好 opens no 好黄河', '守护好黄河中游，守护好长江。', ['黄河/natural', '长江/natural']],
    ['a kind of town many counties build (温泉小镇, 特色小镇) is no site; the place before it is a place', '赤城县赤城镇的温泉小镇。村民在特色小镇开起民宿。', ['赤城县/county/130732', '赤城镇/township/130732']],
    ['a tree species named after a region (辽东栎) holds no place; the region elsewhere', '油松、辽东栎林海连绵。辽东地区的秋色。', ['辽东地区/region']],
    ['a state forest farm written after its township is no village of its own; the township\'s short form before its forest farm is the township', '黄龙县白马滩镇国有林场。白马滩林场的护林员。', [
      '黄龙县/county/610631', '白马滩镇/township/610631', '白马滩/township/610631',
    ]],
    ['a mountain, rivers, a lake and a region of Hebei, Henan and Beijing as data; the lake\'s township written with 镇 is the township', '冰山梁脚下，荡泽河汇入沙河，金海湖拦蓄洪水，建成京北生态强县。平谷区金海湖镇。', [
      '冰山梁/natural', '荡泽河/natural', '沙河/natural', '金海湖/natural', '京北/region', '平谷区/county/110117', '金海湖镇/township/110117',
    ]],
    ['a people\'s name that holds a country\'s stays none where a village of the data named so gives way to it (朝鲜族村); a village is kept', '和龙市光东村是个朝鲜族村今年增收。隔壁的朝鲜族乡。', [
      '和龙市/county/222406', '光东村/village/222406',
    ]],
    ['a word of facing across or lying by (隔, 临) after a place opens no feature\'s name before a place found; a name that opens with 隔 stays whole', '南坪镇隔图们江与朝鲜相望，长白镇临鸭绿江。长阳县隔河岩水库。', [
      '南坪镇/township/222406', '图们江/natural', '朝鲜/foreign', '长白镇/township/220623', '鸭绿江/natural', '长阳县/county/420528', '隔河岩水库/natural',
    ]],
    ['a region that needs context before a word of its granary (中原粮仓), and whole with 大地 as 齐鲁大地 is; the district before its suffix stays the district', '守好中原粮仓，行走在中原大地。郑州市中原区的大地。', [
      '中原/region', '中原大地/region', '郑州市/prefecture/410100', '中原区/county/410102',
    ]],
    ['old names of the north\'s counties and cities (绛州, 代州, 盛京) and the place before a word of its old name', '新绛古称绛州，绛州大堂。代州古城。游览盛京皇城。他古称', [
      '新绛/county/140825', '绛州/county/140825', '绛州/county/140825', '代州/county/140923', '盛京/prefecture/210100',
    ]],
    ['the press forms of banners and of the Mongol autonomous counties of the north-east (阿旗, 阜蒙县, 喀左县, 前郭县, 杜蒙县); a form of two characters needs its region', '赤峰市阿鲁科尔沁旗。阿旗牧民转场。辽宁阜蒙县、喀左县，吉林前郭县，黑龙江杜蒙县。', [
      '赤峰市/prefecture/150400', '阿鲁科尔沁旗/county/150421', '阿旗/county/150421', '辽宁/province/210000', '阜蒙县/county/210921', '喀左县/county/211324',
      '吉林/province/220000', '前郭县/county/220721', '黑龙江/province/230000', '杜蒙县/county/230624',
    ]],
    ['… but not alone', '阿旗', []],
    ['a subdistrict the data names with its town\'s full name (道口镇街道) is written as the town, and short before a word of its seat', '滑县道口古镇，道口镇的收购点。', [
      '滑县/county/410526', '道口/township/410526', '道口镇/township/410526',
    ]],
    ['a town the data names shorter than the press (海林\'s 横道镇) is the press\'s name in its county\'s text; the namesake elsewhere stays its own', '海林市横道河子镇的老街。铁岭县横道河子镇。', [
      '海林市/county/231083', '横道河子镇/township/231083', '铁岭县/county/211221', '横道河子镇/township/211221',
    ]],
    ['a word of a place\'s side between it and 的 (西侧, 脚下) reads the site after as the place\'s (白草口长城 whole); none without a place', '代县雁门关西侧的白草口长城完工。黄山脚下的宏村。村子东侧的小河', [
      '代县/county/140923', '雁门关/natural', '白草口长城/landmark', '黄山/natural', '宏村/landmark',
    ]],
    ['a river freezing or breaking up (封江, 开江, 封冻) is the river; the province with its suffix stays the province', '黑龙江封江了，黑龙江开江，松花江封冻。黑龙江省封江', [
      '黑龙江/natural', '黑龙江/natural', '松花江/natural', '黑龙江省/province/230000',
    ]],
    ['a distance in li before a word opening with 海 (万里海疆, 千里海岸线) holds no Caspian; the Caspian alone is', '守卫万里海疆，千里海岸线，百里海岸。里海沿岸国家', ['里海/natural']],
    ['辽东半岛 is the region whole, as 胶东半岛 is; 辽东地区 too', '黑岛村是辽东半岛有名的渔村。辽东地区', ['辽东半岛/region', '辽东地区/region']],
    ['a grain before 加工 holds no Mecca (小麦加工, 藜麦加工厂); Mecca alone is', '小麦加工企业和藜麦加工厂，燕麦加工。朝觐者前往麦加。', ['麦加/foreign']],
    ['a breed named after a region (东北黑蜂) holds no region, as 东北虎 holds none', '饶河县的东北黑蜂蜂蜜。', ['饶河县/county/230524']],
    ['扎旗 is the banner of the text\'s prefecture: 扎鲁特旗 in 通辽', '通辽市扎鲁特旗。今年扎旗新建市场。', ['通辽市/prefecture/150500', '扎鲁特旗/county/150526', '扎旗/county/150526']],
    ['… and 扎赉特旗 in 兴安盟, not 扎鲁特旗', '兴安盟扎赉特旗。扎旗的大米。', ['兴安盟/prefecture/152200', '扎赉特旗/county/152223', '扎旗/county/152223']],
    ['京西 is the region west of Beijing and 京西古道 the site whole; 东京西部 stays Tokyo', '妙峰山镇的京西古道。门头沟打造京西山水旅游带。东京西部', [
      '妙峰山镇/township/110109', '京西古道/landmark', '门头沟/county/110109', '京西/region', '东京/foreign',
    ]],
    ['mountains, rivers, grassland and sites of the north the press names (罕山, 乌力吉木仁河, 科尔沁草原, 大顶子山, 佳芦河, 岚河, 香炉寺, 八路军总部纪念馆); 科尔沁区 stays the district', '扎鲁特旗罕山脚下，乌力吉木仁河畔，地处科尔沁草原北缘。科尔沁区。饶河县大顶子山。佳县佳芦河畔的香炉寺。岚河两岸。八路军总部纪念馆。', [
      '扎鲁特旗/county/150526', '罕山/natural', '乌力吉木仁河/natural', '科尔沁草原/natural', '科尔沁区/county/150502', '饶河县/county/230524', '大顶子山/natural',
      '佳县/county/610828', '佳芦河/natural', '香炉寺/landmark', '岚河/natural', '八路军总部纪念馆/landmark',
    ]],
    ['a township\'s short form the text names in full before 景区 is its scenic area; a pass before 景区 stays the pass; a kind of scenic area is none', '阿尔山市白狼镇。白狼景区冬季游客多。桐梓县娄山关街道，娄山关景区。全县A级景区增至12家。', [
      '阿尔山市/county/152202', '白狼镇/township/152202', '白狼/township/152202', '桐梓县/county/520322', '娄山关街道/township/520322', '娄山关/natural',
    ]],
    ['a natural village\'s name before 自然村, right after its village, is a village and 自然村 no part of it; a count or a kind of them is none', '彭阳县红河镇宽坪村马家塬自然村通了自来水。全乡还有12个自然村、部分自然村缺水。', [
      '彭阳县/county/640425', '红河镇/township/640425', '宽坪村/village/640425', '马家塬/village',
    ]],
    ['a village the data names as a community (高庄居民委员会, 高庄社区) written with 村 as the press writes it', '鄢陵县马栏镇高庄村的花农。', ['鄢陵县/county/411024', '马栏镇/township/411024', '高庄村/village/411024']],
    ['a river before 峡谷 is the river; a 大峡谷 of its own name stays whole', '沿着拒马河峡谷徒步，游客在太行大峡谷。', ['拒马河/natural', '太行大峡谷/natural']],
    ['a zone the data names after its county\'s full name and a name of its own (岚县普明工业园区) is the county and that named zone', '吕梁市。岚县普明工业园区新落户企业。', [
      '吕梁市/prefecture/141100', '岚县/county/141127', '普明工业园区/devzone/141127',
    ]],
    ['a trade before a park is a kind of park (矿泉水产业园, 中药材产业园), no name; the place before it stays', '定西市的中药材产业园和矿泉水产业园。', ['定西市/prefecture/621100']],
    ['a word of place right before a water\'s ending leaves no feature (游览水); 水下 opens no site\'s name: the wall under water is 长城', '游客乘船游览水下长城，也可以乘船游览漓江。', ['长城/landmark', '漓江/natural']],
    ['a castle village named after its village (古堡) is the village\'s, where the text names the village in full', '阳城县北留镇皇城村。皇城古堡游人如织。', ['阳城县/county/140522', '北留镇/township/140522', '皇城村/village/140522', '皇城/village/140522']],
    ['巴州 is Bayingolin in a text on Xinjiang', '巴州讯 轮台县的红枣丰收。', ['巴州/prefecture/652800', '轮台县/county/652822']],
    ['… and Bazhong\'s district in a text on Sichuan', '巴中市巴州区的茶园，巴州的茶叶。', ['巴中市/prefecture/511900', '巴州区/county/511902', '巴州/county/511902']],
    ['a Great Wall section, a river, a summit, a basin of the north as data', '八达岭长城、妫水河、蚂蜒河、舜王坪和焉耆盆地。', ['八达岭长城/landmark', '妫水河/natural', '蚂蜒河/natural', '舜王坪/natural', '焉耆盆地/natural']],
    ['通过 before a river opens its name, as 沿着 does', '白城市。粮食通过洮儿河沿岸的公路运出。', ['白城市/prefecture/220800', '洮儿河/natural']],
    ['lakes, volcanoes, a ridge, a pass, a river and a valley of Tianjin, Heilongjiang, Liaoning and Tibet as data; a Tibetan lake (错) before 湖畔 is the lake', '团泊湖、药泉湖、老黑山、滚马岭、乃堆拉、亚东河、亚东沟和多庆错。在多庆错湖畔。', [
      '团泊湖/natural', '药泉湖/natural', '老黑山/natural', '滚马岭/natural', '乃堆拉/natural', '亚东河/natural', '亚东沟/natural', '多庆错/natural', '多庆错/natural',
    ]],
    ['a name both a river and a county, listed before a river that waters rising follow (先后涨水), is the river; counties listed so stay counties', '哈巴河县境内，哈巴河、别列则克河先后涨水。阿勒泰地区吉木乃县、布尔津县先后出现汛情。', [
      '哈巴河县/county/654324', '哈巴河/natural', '别列则克河/natural', '阿勒泰地区/prefecture/654300', '吉木乃县/county/654326', '布尔津县/county/654321',
    ]],
    ['between a river and the word of its reach, a name read as a river elsewhere in the text is the county it runs through', '哈巴河、别列则克河相继涨水，额尔齐斯河哈巴河段水位上涨。', [
      '哈巴河/natural', '别列则克河/natural', '额尔齐斯河/natural', '哈巴河/county/654324',
    ]],
    ['an ethnic township of two peoples written with both (坤河达斡尔族满族乡), as one of one people is', '爱辉区的新生鄂伦春族乡和坤河达斡尔族满族乡。', [
      '爱辉区/county/231102', '新生鄂伦春族乡/township/231102', '坤河达斡尔族满族乡/township/231102',
    ]],
    ['a township the statistics print with a variant character (祁丰蔵族乡) is found as the press spells it', '肃南裕固族自治县祁丰藏族乡的管护员。', [
      '肃南裕固族自治县/county/620721', '祁丰藏族乡/township/620721',
    ]],
    ['a village written as its old village (嘉应寺古村) after its township is the village, not a temple', '赞皇县南清河乡的嘉应寺古村。', [
      '赞皇县/county/130129', '南清河乡/township/130129', '嘉应寺/village/130129',
    ]],
    ['a mountain whose name without 山 is its own (太行) before 区 or 水 is that name, the 山 the word\'s (山区, 山水); a mountain with none keeps it', '打造太行山水旅游带，串联太行山区的红色遗址。吕梁山区的村庄。太行山下。', [
      '太行/natural', '太行/natural', '吕梁山/natural', '太行山/natural',
    ]],
    ['headstreams, a river, a reservoir and sites of the north-east and north-west whose names hold another place (头道松花江, 吉林台水库, 榆林窟, 杨靖宇将军殉国地) as data; the places alone stay the places', '穆棱河流经鸡西市，二道松花江和头道松花江汇合后称松花江。尼勒克县的吉林台水库，吉林省的水库。瓜州县的榆林窟，陕西榆林市。靖宇县的杨靖宇将军殉国地。', [
      '穆棱河/natural', '鸡西市/prefecture/230300', '二道松花江/natural', '头道松花江/natural', '松花江/natural', '尼勒克县/county/654028', '吉林台水库/natural', '吉林省/province/220000',
      '瓜州县/county/620922', '榆林窟/landmark', '陕西/province/610000', '榆林市/prefecture/610800', '靖宇县/county/220622', '杨靖宇将军殉国地/landmark',
    ]],
    ['rivers of Qinghai Lake, the Irtysh and the Taihang as data; 沙柳河镇 stays the town', '刚察县沙柳河镇。沙柳河、泉吉河、哈尔盖河都注入青海湖。槐河两岸。', [
      '刚察县/county/632224', '沙柳河镇/township/632224', '沙柳河/natural', '泉吉河/natural', '哈尔盖河/natural', '青海湖/natural', '槐河/natural',
    ]],
  ])('%s', async (_, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });
});

// A banner's press form read before its full name (土右旗, then 土默特右旗 in a later text) leaves the full name its code:
// the unit waits under both keys, and the second adds it again rather than a second time (two entries gave no code)
it('a banner named by its press form in one text keeps its code under its full name in the next', async () => {
  expect(await found('包头讯 土右旗的农民。')).toEqual(['包头/prefecture/150200', '土右旗/county/150221']);
  expect(await found('包头市土默特右旗。')).toEqual(['包头市/prefecture/150200', '土默特右旗/county/150221']);
});
