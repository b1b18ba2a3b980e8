// Categories of place and figure language found wrong in the sixth and seventh batches of Shandong genres
// (shandong-genres-4.fixtures.ts: a demonstration list, a work report, a reservoir report, a new
// line's stations, a traffic police notice), each in sentences of its own, over the real gazetteer:
// what each rule must find, and what it must not.
import { describe, expect, it } from 'vitest';
import { extractChineseFigures } from '../../lib/figures/zh';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 9);

describe('places in Shandong genres, by category', () => {
  it.each<[string, string, string[]]>([
    ['a word of a kind of township ending inside a township\'s name (示范镇 holds no 范镇); the township after its county is found', '省里公布示范镇名单，岱岳区范镇入选，示范镇要带头。', [
      '岱岳区/county/370911000', '范镇/township/370911102',
    ]],
    ['a county\'s short form that is a common word (乡村振兴) counts only with its suffix', '临沂日报 全县推进乡村振兴，丹东市振兴区来人考察。', [
      '临沂/prefecture/371300000', '丹东市/prefecture/210600000', '振兴区/county/210603000',
    ]],
    ['the 年 of a date and a word of time open no river\'s name before 口 (2024年河口区, 今年河口区, 明年黄河口)', '东营日报 2024年河口区新开工项目12个，今年河口区还将新建码头，明年黄河口湿地扩大。', [
      '东营/prefecture/370500000', '河口区/county/370503000', '河口区/county/370503000', '黄河口/natural',
    ]],
    ['a village\'s suffix after a number and its classifier opens no village (5处塘坝 counts dams)', '日照日报 五莲县户部乡新修5处塘坝，3处水窖。', ['日照/prefecture/371100000', '五莲县/county/371121000', '户部乡/township/371121202']],
    ['a zone named after 距 or 距离 is read from there (乳山站距银滩旅游度假区), the station named after its county', '威海日报 乳山站距银滩旅游度假区约25公里，莱阳站距离龙门西路不远。', [
      '威海/prefecture/371000000', '乳山/county/371083000', '银滩旅游度假区/devzone', '莱阳/county/370682000',
    ]],
    ['a county named in full after 经 (经文 is a word) and the street after it are two places; the county and a township before a toll gate or a direction', '威海日报 请经文登区世纪大道绕行，至文登收费站上高速。泽头收费站暂停使用，由泽头方向驶入的车辆绕行。泽头镇境内设置标志。经济发展平稳。', [
      '威海/prefecture/371000000', '文登区/county/371003000', '世纪大道/landmark', '文登/county/371003000', '泽头/township/371003107', '泽头/township/371003107', '泽头镇/township/371003107',
    ]],
    ['a street named after another city stays a street among streets', '威海日报 车辆可经世纪大道、青岛路绕行。', ['威海/prefecture/371000000', '世纪大道/landmark', '青岛路/landmark']],
    // the seventh batch's categories
    ['a county\'s short form listed after a county of its province is that county, though its prefecture is not named; not one of another province', '潍坊日报 高铁经昌邑、平度、莱州，昌邑、资源两地。', [
      '潍坊/prefecture/370700000', '昌邑/county/370786000', '平度/county/370283000', '莱州/county/370683000', '昌邑/county/370786000',
    ]],
    ['a zone the data names with its administration (嘉祥经济开发区管理委员会) links by the name the press gives it, and so does its bare 开发区', '济宁日报 嘉祥经济开发区新落地项目5个，开发区规模以上企业达到68家。', [
      '济宁/prefecture/370800000', '嘉祥/county/370829000', '经济开发区/devzone/370829400', '开发区/devzone/370829400',
    ]],
    ['a route named by the places it joins holds no country read after a verb (对日兰高速); 对日 alone names no place either', '临沂日报 对日兰高速实行管制，对日出口增长。', ['临沂/prefecture/371300000', '日兰高速/landmark']],
    ['a street named after a city before an adverb of its clause; 一路 before one is no street', '青岛日报 楼下的郑州路也要重新铺沥青，一路也没停。', ['青岛/prefecture/370200000', '郑州路/landmark']],
    ['the railway company names its country and the city of its bureau, no route', '大众日报 记者从中国铁路济南局获悉。', ['中国/country', '济南/prefecture/370100000']],
    // the eighth batch's categories (shandong-genres-5.fixtures.ts)
    ['a street named after a feature before the closure a traffic notice puts on it is the street; a road no name opens, and the feature before the same words, are not', '济南日报 趵突泉南路实行全封闭管制，大明湖南路临时封闭，这条路实施单向通行，黄河实施调水。', [
      '济南/prefecture/370100000', '趵突泉南路/landmark', '大明湖南路/landmark', '黄河/natural',
    ]],
    ['the two streets a notice\'s section runs between (舜耕路至浆水泉路段) are streets; 路段 after no range names none', '济南日报 舜耕路至浆水泉路段禁止机动车通行，部分路段实行管制，该路段禁止停车。', [
      '济南/prefecture/370100000', '舜耕路/landmark', '浆水泉路/landmark',
    ]],
    ['an expressway\'s national number before its name is inside the route\'s span, whose two characters name no region; a summit\'s G20 names no route', '德州日报 G2京沪高速德州段实行管制，G20峰会期间暂停施工。', [
      '德州/prefecture/371400000', 'G2京沪高速/landmark', '德州/prefecture/371400000',
    ]],
    // the ninth batch's categories (shandong-genres-6.fixtures.ts)
    ['a venue named with its city is the city alone (GUIDELINES: 北京大学 -> 北京), its building word no landmark', '济南日报 比赛在济南奥体中心举行，淄博体育馆同日开赛。', [
      '济南/prefecture/370100000', '济南/prefecture/370100000', '淄博/prefecture/370300000',
    ]],
    ['a site of a generic core after its city (国际会展中心, 人民公园) is the city alone; the street 人民路 after it keeps its name, and the site named without its city is a landmark', '青岛日报 青岛国际会展中心开幕，青岛人民路与延安路，展会在国际会展中心举行。', [
      '青岛/prefecture/370200000', '青岛/prefecture/370200000', '青岛/prefecture/370200000', '人民路/landmark', '延安路/landmark', '国际会展中心/landmark',
    ]],
    // the tenth batch's categories (shandong-genres-7.fixtures.ts)
    ['a park whose name opens with 国家 after its county is the county alone; 国家体育场 named alone is a landmark', '临沂日报 兰陵国家农业公园开园，比赛在国家体育场举行。', [
      '临沂/prefecture/371300000', '兰陵/county/371324000', '国家体育场/landmark',
    ]],
    ['an ancient state\'s city before 遗址 is a site (故城 ends its name); a bare 故城遗址 names none', '济宁日报 邾国故城遗址位于峄山镇，这处故城遗址保存完好。', [
      '济宁/prefecture/370800000', '邾国故城/landmark', '峄山镇/township/370883110',
    ]],
    ['a street before a junior school after 划入 is the street', '菏泽日报 牡丹区东城街道东和社区划入丹阳路初级中学学区。', [
      '菏泽/prefecture/371700000', '牡丹区/county/371702000', '东城街道/township/371702001', '东和社区/village/371702001', '丹阳路/landmark',
    ]],
    ['a port\'s west port area listed with another is no district of 台南; 台南市西港区 still names 台南', '烟台日报 经龙口港区、西港区卸船后运走。', [
      '烟台/prefecture/370600000', '龙口/county/370681000',
    ]],
    ['旅顺 is 旅顺口区 where 大连 is named; 平泽 a city of Korea', '烟台日报 开通至大连、旅顺的航线，至韩国平泽的航线加密。', [
      '烟台/prefecture/370600000', '大连/prefecture/210200000', '旅顺/county/210212000', '韩国/foreign', '平泽/foreign',
    ]],
    ['streets bounding a school zone before 以东 or 以南 are streets; a river before 以南 stays a river, 铁路以东 names none', '聊城日报 学区为：柳园路以东、东昌路以南，黄河以南，铁路以东。', [
      '聊城/prefecture/371500000', '柳园路/landmark', '东昌路/landmark', '黄河/natural',
    ]],
    ['a street after 划入 is the street, not a site named from the community before it', '聊城日报 新区街道的阳光社区划入建设路小学学区，该村划入开发区管理。', [
      '聊城/prefecture/371500000', '新区街道/township/371502003', '阳光社区/village/371502003', '建设路/landmark',
    ]],
    ['a street named after a region is the street; the region alone stays a region', '临沂日报 在沂蒙路沿线设立驿站，弘扬沂蒙精神。', [
      '临沂/prefecture/371300000', '沂蒙路/landmark', '沂蒙/region',
    ]],
    ['the whole of a unit before 高速公路 names no route; a route of two places does', '泰安日报 全市高速公路车流量增长，济青高速公路车多。', [
      '泰安/prefecture/370900000', '济青高速公路/landmark',
    ]],
    ['a market named by its own name before 便民市场 is a landmark; a community\'s 便民市场 is none', '淄博日报 张店区的八大局便民市场客流大，社区的便民市场开业。', [
      '淄博/prefecture/370300000', '张店区/county/370303000', '八大局便民市场/landmark',
    ]],
    // the eleventh batch's categories
    ['an adverb of what is done after a county (已建成, 仍有) opens no community nor village; a community named right after its township still counts', '淄博日报 张店区已建成社区食堂68处，仍有村卫生室5处。和平街道柳泉社区开了食堂。', [
      '淄博/prefecture/370300000', '张店区/county/370303000', '和平街道/township/370303004', '柳泉社区/village/370303004',
    ]],
    // categories of the traffic notices' streets, seen after the eleventh batch
    ['a word of path before punctuation opens no street at the mark (绕行，杭鞍路封闭 has no ，杭鞍路); a street before the way traffic takes there (通行, 绕行) is one', '青岛日报 请绕行，杭鞍路封闭。车辆经宁夏路通行，经英雄山路绕行。', [
      '青岛/prefecture/370200000', '宁夏路/landmark', '英雄山路/landmark',
    ]],
    ['a street named after a place before the interchange or viaduct named after it is the street (山东路立交桥), no province nor city', '青岛日报 车辆经山东路立交桥、南京路立交桥绕行，沿顺河路高架向北。', [
      '青岛/prefecture/370200000', '山东路/landmark', '南京路/landmark', '顺河路/landmark',
    ]],
    // the twelfth batch's categories (shandong-genres-9.fixtures.ts)
    ['a ship back in port (回港。, 进港、离港) is no return to Hong Kong; 来港工作, 赴港定居 and 回港后 still name it', '青岛日报 首批渔船陆续回港。船舶进港、离港有序。他来港工作，后赴港定居，回港后。', [
      '青岛/prefecture/370200000', '港/province/810000000', '港/province/810000000', '港/province/810000000',
    ]],
    ['a flat-topped mountain of 沂蒙 named with 崮 after a word of arrival is a feature; the township named after one stays a township', '临沂日报 游客登上南岱崮，岱崮镇的笊篱坪村迎来客流。', [
      '临沂/prefecture/371300000', '南岱崮/natural', '岱崮镇/township/371328102', '笊篱坪村/village/371328102',
    ]],
    ['a street before the stop named after it, listed among a line\'s stations, is the street; a kind of road before 站 is none', '济南日报 沿线设洪家楼站、花园路站、奥体中心站等，途经公路站、道路站。', [
      '济南/prefecture/370100000', '花园路/landmark',
    ]],
    ['a residential compound named after its community and 的 is a site; a kind of compound (老旧小区, 安置小区) or a count of them names none', '潍坊日报 东关街道胜利街社区的卧龙小区改造，奎文区计划改造老旧小区46个，建起一处小区和安置小区。', [
      '潍坊/prefecture/370700000', '东关街道/township/370705001', '胜利街社区/village/370705001', '卧龙小区/landmark', '奎文区/county/370705000',
    ]],
    ['a township\'s short form before the station named after it (泺口水文站 after its district, 港沟站 where the text names 港沟街道) is the township; a county\'s before one stays the county though its seat shares the name (利津水文站, not 利津街道)', '济南日报 天桥区泺口水文站流量上涨。地铁设港沟站，从历城区港沟街道出发。黄河利津水文站观测到流凌。', [
      '济南/prefecture/370100000', '天桥区/county/370105000', '泺口/township/370105015', '港沟/township/370112013', '历城区/county/370112000', '港沟街道/township/370112013', '黄河/natural', '利津/county/370522000',
    ]],
    // the fourteenth batch's categories
    ['a zone of its own name listed after a unit with 和 or 、 is that zone whole (山海天旅游度假区); a unit\'s kind of zone (全市开发区) or a rank (省级) names none', '日照日报 秦楼街道和山海天旅游度假区的酒店满员，东港区、蓝海度假区也有游客。东港区和全市开发区，临沂市和省级旅游度假区。', [
      '日照/prefecture/371100000', '秦楼街道/township/371102004', '山海天旅游度假区/devzone', '东港区/county/371102000', '蓝海度假区/devzone', '东港区/county/371102000', '临沂市/prefecture/371300000',
    ]],
    ['a kind of zone listed after a unit (科技园区, 新兴产业园区, 物流园区) names no zone; one of its own name still does (蓝海度假区, 石岛管理区)', '日照日报 东港区与科技园区对接，东港区和新兴产业园区、物流园区签约。东港区、蓝海度假区和荣成市、石岛管理区也有项目。', [
      '日照/prefecture/371100000', '东港区/county/371102000', '东港区/county/371102000', '东港区/county/371102000', '蓝海度假区/devzone', '荣成市/county/371082000', '石岛管理区/devzone',
    ]],
    // the fifteenth batch's categories
    ['乡 opening 乡村 (rural) or 乡镇 after a county ends no township read in its chain (首届乡村足球联赛); a township the data lacks after its county still counts, and so does one before 村民', '潍坊日报 昌乐县首届乡村足球联赛开幕，昌乐县首届乡镇运动会举行。岐山县麦禾营镇开展活动，岐山县麦禾乡村民说。', [
      '潍坊/prefecture/370700000', '昌乐县/county/370725000', '昌乐县/county/370725000', '岐山县/county/610323000', '麦禾营镇/township', '岐山县/county/610323000', '麦禾乡/township',
    ]],
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => expect(await found(text)).toEqual(expected));
});

const figures = (text: string) => extractChineseFigures(text).map((f) => `${f.text}/${f.figure.type}/${f.figure.value}${f.figure.unit ? '/' + f.figure.unit : ''}`);

describe('figures of a traffic police notice, by category', () => {
  it.each<[string, string, string[]]>([
    ['a kilometre post is a distance along the road in kilometres; not inside a code nor without its metres', '荣乌高速K862+300至K875+600路段半幅封闭，K868+500处大桥限行。型号AK47+100，K8路公交。', [
      'K862+300/quantity/862.3/km', 'K875+600/quantity/875.6/km', 'K868+500/quantity/868.5/km',
    ]],
    ['a count of schools ends at its classifier 所 (11所学校); 这所学校 and 所学 hold no figure', '11所学校周边增派警力，这所学校建校86年，所学专业3个。', [
      '11所/count/11/所', '86年/duration/86/year', '3个/count/3/个',
    ]],
    ['penalty points after 记 or 扣 count; 分 of minutes stays a duration', '处以200元罚款，记3分；驾驶人被扣6分的处罚。记者5分钟后赶到。', [
      '200元/money/200/CNY', '3分/count/3/分', '6分/count/6/分', '5分钟/duration/5/min',
    ]],
    ['一分钱 after 上 (账上) is still the idiom; 上万 still opens a number', '账上一分钱都没有，上万人参加。', [
      '上万人/count/10000/人',
    ]],
    ['a run count after 每周 is a count where its context makes 班 a unit (航线); 周5 alone before a meeting is a weekday', '航线加密至每周5班，周5下午开会。', [
      '5班/count/5/班',
    ]],
    ['an observance\'s ordinal named by its scope (第二十三个世界献血者日, 第35个全国助残日) is no rank; 第三个 of people is', '第二十三个世界献血者日，第35个全国助残日，他是第三个到达的人。', [
      '第三个/rank/3/个',
    ]],
    ['units of a transformer\'s capacity (千伏安), of blood (单位) and of loans of books (册次) are inside their figures; 单元 is no 单', '总容量36万千伏安，采集全血3.2万单位，借阅图书9.3万册次，3个单元。', [
      '36万千伏安/quantity/360000/kVA', '3.2万单位/count/32000/单位', '9.3万册次/count/93000/册次', '3个/count/3/个',
    ]],
    ['一年比一年 and 一天天 are idioms of growth, no span of time; 一年多 is one', '看着鸟一年比一年多，日子一天天好起来，他干了3年多。', [
      '3年/duration/3/year',
    ]],
  ])('%s', (_, text, expected) => expect(figures(text)).toEqual(expected));
});
