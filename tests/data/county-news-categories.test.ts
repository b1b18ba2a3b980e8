// Categories of place language in county news, each in sentences of its own (not those of the
// county-news fixtures), over the real gazetteer: what each rule must find, and must not.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 6);

describe('places in county news, by category', () => {
  it.each<[string, string, string[]]>([
    ['a name both a unit and a feature, before a word only the feature takes', '巢湖北岸的湿地里，候鸟成群。游客在黄山脚下的民宿住了三天。嫩江流域今年降水偏多。', ['巢湖/natural', '黄山/natural', '嫩江/natural']],
    ['a name both a unit and a mountain, after a verb of climbing; the district written with its suffix stays the district', '泰安市的游客中心说，今年登泰山的人比去年多，也有人攀登天山。泰山区的干部到社区走访。', [
      '泰安市/prefecture/370900', '泰山/natural', '天山/natural', '泰山区/county/370902',
    ]],
    ['a word of sunshine (日照长, 日照短) holds no 日照; the city with its suffix or before its port stays the city', '县里日照长、昼夜温差大，冬季日照短。日照市的港口，日照港的货轮。', ['日照市/prefecture/371100', '日照/prefecture/371100']],
    ['a verb of surveying (探明) opens no spring\'s name; a kind of resort after a village and 的 (温泉度假村, 生态度假村) is no site, the village stays', '全县已探明矿泉水源点200多处。东汤镇东汤村的温泉度假村入冬后迎来旺季，村里的生态度假村也开业了。', [
      '东汤镇/township/210682', '东汤村/village/210682',
    ]],
    ['well-known deserts and gorges', '库布其沙漠的治沙工程获奖，塔克拉玛干沙漠边缘的公路通车，船队驶过瞿塘峡。', ['库布其沙漠/natural', '塔克拉玛干沙漠/natural', '瞿塘峡/natural']],
    ['well-known rivers and mountains of the north-west, Tibet and Hainan, also one that holds a county\'s name', '玛纳斯河两岸的棉田连成一片，尼洋河畔的青稞熟了，游客登上五指山又漂流万泉河。', [
      '玛纳斯河/natural', '尼洋河/natural', '五指山/natural', '万泉河/natural',
    ]],
    ['a temple after 古刹 and after 依托, then every mention; a reservoir after a verb of care', '千年古刹灵岩寺香火旺盛，镇里依托灵岩寺发展民宿，灵岩寺前游人如织。村民守护着石门坎水库，还要用好东风水库。', [
      '灵岩寺/landmark', '灵岩寺/landmark', '灵岩寺/landmark', '石门坎水库/natural', '东风水库/natural',
    ]],
    ['a word of nearness opens no village\'s name', '依托瑶寨发展旅游，紧邻苗寨建起民宿。', []],
    ['a corps division before a unit of Xinjiang', '第六师五家渠市的葡萄丰收，第六师的职工增收。', ['第六师/prefecture', '五家渠市/county/659004', '第六师/prefecture']],
    ['a world region straddled by a frequent word before it is no region (其中东方白鹳); after a preposition it is', '其中东方白鹳1200余只，手中东西不多。他们在中东投资。', ['中东/region']],
    ['a township\'s name straddled by a frequent word before it is no township; after its county, and after 县 in 县城, it is', '今年发放城乡居民养老金，其中城镇居民增收最多。新泰市放城镇的干部来了。兴和县城关镇的干部说，县城关镇的学校扩建了。', [
      '新泰市/county/370982', '放城镇/township/370982', '兴和县/county/150924', '城关镇/township/150924', '城关镇/township/150924',
    ]],
    ['no army division nor normal college', '红军第六师在此休整，他考入第一师范学院。', []],
    ['a compass region in running text where the text names a place in it; not a direction', '抚松县要成为东北绿色转型的样板，县城东北部建起新区，游客往东北走，还能看到东北虎。', [
      '抚松县/county/220621', '东北/region',
    ]],
    ['a compass region where the text names no place in it is left alone', '淄川区的企业看好西北市场和东北市场，冷空气从西北方向移来。', ['淄川区/county/370302']],
    ['a feature after a compass word and a verb of nearness', '县城北依祁连山，东临黄河，西靠贺兰山。', ['祁连山/natural', '黄河/natural', '贺兰山/natural']],
    ['a common word that encloses a place name', '村民在出海口附近养殖海带，村里的核桃园和樱桃园都挂果了。', []],
    ['a time word before a village suffix', '今年社区办了年货节。去年嘎查修了饮水工程。目前社区有党员32名。', []],
    ['a district name that is a common word', '城市的新城区和老城区都在改造。', []],
    ['a quoted word before a common word ending in a feature word', '“春运”高峰期间，车站客流激增。“双节”高峰到来。', []],
    ['a feature with a further feature word before a site word', '游客在汾河湾风景区拍照，也去了渭河湾湿地公园。', ['汾河湾/natural', '渭河湾/natural']],
    ['streets listed after a word of place; a zone word', '临泽县倪家营镇在文庙巷、府前街等老街区开展文明创建，临泽县工业集中区新落户企业3家。', [
      '临泽县/county/620723', '倪家营镇/township/620723', '文庙巷/landmark', '府前街/landmark', '临泽县/county/620723', '工业集中区/devzone',
    ]],
    ['rivers passing through, and after a word of place before a verb', '清水河从村中穿过，白龙江从城中流过。沿着清溪河修建了步道，在青龙湖种下荷花。', [
      '清水河/natural', '白龙江/natural', '清溪河/natural', '青龙湖/natural',
    ]],
    ['a river after a word of path before a word of direction', '沿着青弋江往下游走，顺着新安江向东行。', ['青弋江/natural', '新安江/natural']],
    ['a reservoir after any boundary, not a kind of reservoir nor one after a verb', '石门坎水库是全乡的灌溉水源，村里新修的龙王沟水库也已蓄水。全县兴建水库两座，中型水库除险加固，洪水冲入水库。', [
      '石门坎水库/natural', '龙王沟水库/natural',
    ]],
    ['a short village name right after its township, also one that is a county elsewhere', '定州市周村镇周村的食用菌大棚连成一片，周村镇还在大吴村建起了冷库。', [
      '定州市/county/130682', '周村镇/township/130682', '周村/village/130682', '周村镇/township/130682', '大吴村/village/130682',
    ]],
    ['a township named in full, then without its suffix where a phrase starts', '（记者 江湾）婺源县江湾镇的游客络绎不绝。从江湾出发，在江湾的老街上一路向东，就到了晓起村。', [
      '婺源县/county/361130', '江湾镇/township/361130', '江湾/township/361130', '江湾/township/361130', '晓起村/village/361130',
    ]],
    ['a one-character country form that opens a township the text names', '晋江市英林镇的服装企业众多。在英林的工业区，记者看到一派繁忙景象。', ['晋江市/county/350582', '英林镇/township/350582', '英林/township/350582']],
    ['a river named with 水 with a word of path or a feature word around it; not a word of water', '醴陵市王仙镇。沿着渌水一路向西，渌水沿岸稻田成片。全镇供水管网改造，在节水上下功夫。', [
      '醴陵市/county/430281', '王仙镇/township/430281', '渌水/natural', '渌水/natural',
    ]],
    ['a pond after a word of naming; not a kind of pond', '醴陵市王仙镇李山村。这口塘叫荷叶塘，塘里养鱼。村里新修了养鱼塘。', [
      '醴陵市/county/430281', '王仙镇/township/430281', '李山村/village/430281', '荷叶塘/natural',
    ]],
    ['a col and a cave in their context; not an air-raid shelter', '雷山县在凉风坳建起了加工厂，燕子洞景区游人如织，村民在防空洞里避暑。', ['雷山县/county/522634', '凉风坳/natural', '燕子洞/natural']],
    ['natural villages after their village, after a word of place and after 的; not a working group', '那坡县平孟镇那万村弄平屯的村民，到大坝寨、老屋坪走访，半山腰的张家坪也通了路。专家组到村里调研，这个屯有20户。', [
      '那坡县/county/451026', '平孟镇/township/451026', '那万村/village/451026', '弄平屯/village', '大坝寨/village', '老屋坪/village', '张家坪/village',
    ]],
    ['a villagers\' group right after its village only', '醴陵市王仙镇李山村塘冲组的稻田丰收了，村民小组开会商量。', [
      '醴陵市/county/430281', '王仙镇/township/430281', '李山村/village/430281', '塘冲组/village',
    ]],
    ['streets after a word of path; not a figure of speech', '新乡县城区，从迎晖路到临安路，沿新中大道向北，经由平原路进入市区。沿着乡村振兴之路前进，沿着竹竿河一路向南，走上致富路。', [
      '新乡县/county/410721', '迎晖路/landmark', '临安路/landmark', '新中大道/landmark', '平原路/landmark', '竹竿河/natural',
    ]],
    ['a named site after its place and 的; not a kind of site', '德清县位于武康街道的地理信息小镇已集聚企业，淄川区的城市公园很多。', [
      '德清县/county/330521', '武康街道/township/330521', '地理信息小镇/landmark', '淄川区/county/370302',
    ]],
    ['a two-character village and a community by its committee, in a township the text names', '德清县莫干山镇在集镇所在地的庾村建了老街，如何村民都满意。醴陵市王仙镇仙瓷居委会组织义诊。', [
      '德清县/county/330521', '莫干山镇/township/330521', '庾村/village/330521', '醴陵市/county/430281', '王仙镇/township/430281', '仙瓷居委会/village/430281',
    ]],
    ['villages written without 村 in a list, where their township is named; not such a word elsewhere', '德清县莫干山镇劳岭、仙潭两村合办民宿节。劳岭的竹林很美。', [
      '德清县/county/330521', '莫干山镇/township/330521', '劳岭/village/330521', '仙潭/village/330521',
    ]],
    ['a mountain of one character before a word only a feature takes; not a deep mountain', '五常市的茶园在龟山脚下，村民走到山脚下，深山脚下还有人家。', ['五常市/county/230184', '龟山/natural']],
    ['a reservoir holds a township\'s short form; a word of place opens no reservoir\'s name', '五常市龙凤山镇，龙凤山水库除险加固。乐园村依托水库发展民宿。', [
      '五常市/county/230184', '龙凤山镇/township/230184', '龙凤山水库/natural', '乐园村/village/230184',
    ]],
    ['a prefecture with 市 after its short form, not its same-named district or county', '新乡日报讯 新乡县七里营镇的小麦丰收。新乡市委农办负责人说，东营区和东营市都来考察。', [
      '新乡/prefecture/410700', '新乡县/county/410721', '七里营镇/township/410721', '新乡市/prefecture/410700', '东营区/county/370502', '东营市/prefecture/370500',
    ]],
    ['a township\'s short form before a feature\'s word is the feature', '桐梓县娄山关街道杉坪村。娄山关脚下，游客如织。', [
      '桐梓县/county/520322', '娄山关街道/township/520322', '杉坪村/village/520322', '娄山关/natural',
    ]],
    ['informal regions of other provinces; a people is no country', '黔北、桂西和滇南的乡村旅游各具特色，五常市红光村是朝鲜族聚居村。', [
      '黔北/region', '桂西/region', '滇南/region', '五常市/county/230184', '红光村/village/230184',
    ]],
    ['a zone after its city links with the province before the city\'s name; a zone unit named after its city is split', '醴陵市经济开发区的陶瓷企业。新乡县的新乡经济开发区新落户企业5家。', [
      '醴陵市/county/430281', '经济开发区/devzone/430281', '新乡县/county/410721', '新乡/prefecture/410700', '经济开发区/devzone/410721',
    ]],
    ['a township of the article\'s county, not of a province named in passing', '龙岩市永定区湖坑镇的土楼前，来自广东、江西的游客排起了长队。从湖坑镇往南，就到了下洋镇。', [
      '龙岩市/prefecture/350800', '永定区/county/350803', '湖坑镇/township/350803', '广东/province/440000', '江西/province/360000', '湖坑镇/township/350803', '下洋镇/township/350803',
    ]],
    ['乡村 before a word of villagers\' homes is no township', '龙岩市永定区湖坑镇的村民发展乡村民宿和乡村民俗旅游。', ['龙岩市/prefecture/350800', '永定区/county/350803', '湖坑镇/township/350803']],
    ['a street before a word of its parts, a site after its township and 的; not a kind of road', '安化县东坪镇，黑茶大道两侧茶企林立，乡村公路两侧种满了树。汶川县水磨镇的禅寿老街游人如织，县里将建设武当山至神农架旅游公路。', [
      '安化县/county/430923', '东坪镇/township/430923', '黑茶大道/landmark', '汶川县/county/513221', '水磨镇/township/513221', '禅寿老街/landmark', '武当山/natural',
    ]],
    ['a pool after a word of arrival, a lake after a word of touring; a feature\'s scenic area is the feature; not a tank', '安化县马路镇，游客乘船游览雪峰湖，登上九龙池观赏云海。房县野人谷镇的野人洞景区游人不断，村里新建了蓄水池。', [
      '安化县/county/430923', '马路镇/township/430923', '雪峰湖/natural', '九龙池/natural', '房县/county/420325', '野人谷镇/township/420325', '野人洞/natural',
    ]],
    ['working groups, dams, mountain strongholds, water words, roads of speech: none is a place', '那坡县平孟镇成立了工作组、宣讲组，组里有36户。村里修了拦河坝和淤地坝，以前山寨里很穷。在饮水工程上，守住质量关，在关键时刻。沿着这条路一直走，顺着山路往上爬，沿着村道一路向前，经过村口，在转型升级路上。村民在坪上晒谷，在池塘边洗衣。', [
      '那坡县/county/451026', '平孟镇/township/451026',
    ]],
    ['开发区 right after its city or county is that place\'s zone, linked where the data has one', '企业落户东营开发区，聊城开发区的项目也已开工。', [
      '东营/prefecture/370500', '开发区/devzone/370571', '聊城/prefecture/371500', '开发区/devzone',
    ]],
    ['a zone after a word of place; not a kind of zone of a unit', '在羊口管理区，盐田连片。在全市开发区推广经验。', ['羊口管理区/devzone']],
    ['a city written with 市 before its own district that opens with 市', '青岛市北区的企业和枣庄市中区的企业签约，济南市市中区也来了。', [
      '青岛/prefecture/370200', '市北区/county/370203', '枣庄/prefecture/370400', '市中区/county/370402', '济南市/prefecture/370100', '市中区/county/370103',
    ]],
    ['a headline\'s place after a credit line; the credit\'s names are no places', '责编 王国庆\n\n冠县：鸭梨丰收\n\n记者 孙东阿 报道 冠县梨园里一片繁忙。', ['冠县/county/371525', '冠县/county/371525']],
    ['a township\'s short form right after its own county; not after a word', '寿光稻田：彩椒丰收。寿光市稻田镇的大棚里，彩椒红了。种稻田的农户增收。', [
      '寿光/county/370783', '稻田/township/370783', '寿光市/county/370783', '稻田镇/township/370783',
    ]],
    ['a river or valley named with 川 after a word of place; not a word of landscape', '村子位于柳泉川上游，祖国的山川壮美，一马平川。', ['柳泉川/natural']],
    ['a new community, a 淘宝村 and a species named after a place are no places', '群众搬进新社区，全镇都是淘宝村，村民养殖南美白对虾，做好非洲猪瘟防控。', []],
    ['streets listed before a word of their parts, also one opening with a character of function words; not a kind of road', '在和平路、建设路沿线，在经十路与山大路交叉口，城乡道路和铁路两侧。', [
      '和平路/landmark', '建设路/landmark', '经十路/landmark', '山大路/landmark',
    ]],
    ['a zone named after its province and county is the three, as one after its city is the two; a province\'s short form that is its city\'s too is the city', '绩溪县的安徽绩溪经济开发区签约5个项目。吉林市的吉林经济技术开发区扩区。', [
      '绩溪县/county/341824', '安徽/province/340000', '绩溪/county/341824', '经济开发区/devzone/341824', '吉林市/prefecture/220200', '吉林/prefecture/220200', '经济技术开发区/devzone/220271',
    ]],
    ['a zone with a name of its own after its prefecture\'s; a footbridge is no district', '威海临港经济技术开发区新建了过街天桥，天桥区也建了人行天桥。', [
      '威海/prefecture/371000', '临港经济技术开发区/devzone/371073', '天桥区/county/370105',
    ]],
    ['a quoted name before a common word ending in 路 is no street (“非遗”新路), before a street\'s word it is', '一架织机织出“非遗”新路，全县有非遗工坊26家，“电商”出路越走越宽。“幸福”路沿线绿树成荫。', ['幸福/landmark']],
    ['bays and rivers of Shandong\'s coast and delta, one named after its county; a hospital\'s new ward building is no site', '乳山湾的牡蛎进入收获期，石岛湾、鳌山湾也开海了。仙河镇在挑河入海口修复湿地，神仙沟两岸栽植柽柳。院区新病房楼投入使用。', [
      '乳山湾/natural', '石岛湾/natural', '鳌山湾/natural', '仙河镇/township/370503', '挑河/natural', '神仙沟/natural',
    ]],
    ['a bus line\'s route: streets after 发往, 改走 and 境内, before a stop\'s 站; no person\'s name after 由', '5路由火车站发往华光路，调整后自华光路站向东。153路取消和平街道境内共青团路沿线站点，改走西五路、新村路。丛书由张之路、秦文君创作。', [
      '华光路/landmark', '华光路/landmark', '和平街道/township', '共青团路/landmark', '西五路/landmark', '新村路/landmark',
    ]],
    ['a street where a building stands, after 位于 and before the phrase\'s end; not a kind of road', '该校本部位于岱宗大街，医院位于红星路。项目位于城市道路以东。', ['岱宗大街/landmark', '红星路/landmark']],
    ['streets named after a river or a site, at the end of a phrase or before a word of their parts; the river or site alone otherwise', '航运服务中心在长江中路沿线，学校位于长城路，黄河路与泰山路交叉口。长江两岸，长城脚下。', [
      '长江中路/landmark', '长城路/landmark', '黄河路/landmark', '泰山路/landmark', '长江/natural', '长城/landmark',
    ]],
    ['numbered streets named after places, at a crossing and listed; not 一路 before a word of movement', '在香港一路与芝泉路交叉口，延安三路、鞍山二路都在改造，福山支路沿线也拓宽了。游客从青岛一路向西。', [
      '香港一路/landmark', '芝泉路/landmark', '延安三路/landmark', '鞍山二路/landmark', '福山支路/landmark', '青岛/prefecture/370200',
    ]],
    ['two streets listed together, and one before its market; not words of a way', '周边的书院路、京口路完成拓宽，利津路农贸市场重新开业。要找准新思路、新出路。', [
      '书院路/landmark', '京口路/landmark', '利津路/landmark',
    ]],
    ['a street before where it runs from and to', '通天街南起灵山大街，北到岱庙南门。', ['通天街/landmark', '灵山大街/landmark', '岱庙/landmark']],
    ['a township\'s short form before a word of its seat or market, over a city of that name; not elsewhere', '微山县南阳镇的渔民多，南阳古镇游人如织。青岛市李沧区李村街道的李村大集很热闹。河南南阳的月季也来参展。', [
      '微山县/county/370826', '南阳镇/township/370826', '南阳/township/370826', '青岛市/prefecture/370200', '李沧区/county/370213', '李村街道/township/370213', '李村/township/370213',
      '河南/province/410000', '南阳/prefecture/411300',
    ]],
    ['a zone of its own name listed after a zone, holding its kind of zone and a lake it is named after; not a township before its county\'s zone', '济宁高新区、太白湖新区和文昌湖省级旅游度假区都在招商。仁寿县视高经济开发区也在建设。', [
      '济宁/prefecture/370800', '高新区/devzone/370871', '太白湖新区/devzone', '文昌湖省级旅游度假区/devzone', '仁寿县/county/511421', '经济开发区/devzone',
    ]],
    ['a feature named in a headline under the credits, not in a reporter\'s name', '编辑：李泰 校对：张岳\n\n泰山脚下新景多\n\n本报记者 王泰山 通讯员 刘丽\n\n游客登上泰山。', ['泰山/natural', '泰山/natural']],
    ['a verb of withdrawal opens no lake\'s name', '微山县退出湖内养殖12万亩。', ['微山县/county/370826']],
    ['a zone after its city named like a place elsewhere is a zone of its own name; not a zone of a county in the city', '滨州北海经济开发区新建冷库，济南长清经济开发区也在招商。', [
      '滨州/prefecture/371600', '北海经济开发区/devzone', '济南/prefecture/370100', '长清/county/370113', '经济开发区/devzone',
    ]],
    ['a street of one character before 大街, at a crossing', '南大街与胜利路交叉口的市场完成提升。', ['南大街/landmark', '胜利路/landmark']],
    ['a mountain found by its words holds a famous one it ends in; an island named like its 街道', '庙子镇地处仰天山脚下。芝罘岛上的渔村热闹起来，芝罘岛街道负责人介绍。', [
      '庙子镇/township/370781', '仰天山/natural', '芝罘岛/natural', '芝罘岛街道/township/370602',
    ]],
    ['a logistics park with no name of its own is no zone', '街道沿河建起的物流园区，日均发货4万多件。', []],
    ['a township named like a common word counts only with its suffix', '平阴：玫瑰花开。玫瑰镇夏沟村的花农采花，开发出玫瑰精油、玫瑰酱等产品。', [
      '平阴/county/370124', '玫瑰镇/township/370124', '夏沟村/village/370124',
    ]],
    ['a street of a kind of its own (文化街) after a place and 的; not a count of sites after named ones', '德城区新湖街道的董子文化街上游人如织。在县城，狮子楼、景阳冈两处景区推出新线路。', [
      '德城区/county/371402', '新湖街道/township/371402', '董子文化街/landmark', '狮子楼/landmark', '景阳冈/landmark',
    ]],
    ['a zone of its own name listed before a zone, and again by its bare word; a quoted name before 线路 is a route', '江北水城旅游度假区、聊城高新区的项目开工。度假区推出“吃蚝游海”线路。', [
      '江北水城旅游度假区/devzone', '聊城/prefecture/371500', '高新区/devzone', '度假区/devzone',
    ]],
    ['a zone named again without its city; not one right after another place', '德州天衢新区新建道路，天衢新区还将改造公园。东营开发区和聊城开发区也在建设。', [
      '德州/prefecture/371400', '天衢新区/devzone/371471', '天衢新区/devzone/371471', '东营/prefecture/370500', '开发区/devzone/370571', '聊城/prefecture/371500', '开发区/devzone',
    ]],
    ['a bay after a word of path before a verb of laying out, holding its county\'s short form', '乳山口镇沿乳山湾布局了加工园区。', ['乳山口镇/township/371083', '乳山湾/natural']],
    ['a verb that opens a phrase before a feature\'s name is no part of it', '县里召开防汛会议，确保红星水库安全度汛，指导清溪河干流堤防加固，推动三峡库区绿色发展。', [
      '红星水库/natural', '清溪河/natural', '三峡库区/natural',
    ]],
    ['a village the text names in full, written without 村 where a phrase starts', '屏南县熙岭乡龙潭村的老屋修好了。“龙潭的夜晚很安静。”在龙潭，新村民开了书店。', [
      '屏南县/county/350923', '熙岭乡/township/350923', '龙潭村/village/350923', '龙潭/village/350923', '龙潭/village/350923',
    ]],
    ['a name that is also a unit, listed beside a sure river or before a scenic area, is the feature', '加强滦河、唐河沿线巡查。游客在盘山景区登高望远。', ['滦河/natural', '唐河/natural', '盘山/natural']],
    ['a township\'s short form before 漂流 is the stream; a kind of reservoir or a campaign of rivers names none', '秭归县九畹溪镇。九畹溪漂流吸引游客，全县中小水库除险加固，建设美丽河湖。', [
      '秭归县/county/420527', '九畹溪镇/township/420527', '九畹溪/natural',
    ]],
    ['a place\'s short name after a surname and a word of a person\'s role is a given name', '河长刘金华骑着电动车巡河，果农李临朐正在剪枝。', []],
    ['乡镇 after a township\'s name ending in 乡 is the word for townships', '涉县在索堡镇、合漳乡等沿河乡镇实施河道清障。', ['涉县/county/130426', '索堡镇/township/130426', '合漳乡/township/130426']],
    ['a bridge or a wetland named after a feature is that feature', '三江侗族自治县林溪镇的林溪河大桥建成通车。崇明区陈家镇紧邻东滩湿地，德清县下渚湖湿地候鸟成群。', [
      '三江侗族自治县/county/450226', '林溪镇/township/450226', '林溪河/natural', '崇明区/county/310151', '陈家镇/township/310151', '东滩/natural', '德清县/county/330521', '下渚湖/natural',
    ]],
    ['a bare 开发区 after the text names its zone is that zone; not a kind of zone', '盱眙县经济开发区新开工项目6个，开发区负责人说，要和各开发区比学赶超。', [
      '盱眙县/county/320830', '经济开发区/devzone', '开发区/devzone',
    ]],
    ['a zone after its county links to the zone unit named with the county\'s full name; a feature after a word of path or 境内', '黄冈日报讯 项目落户罗田经济开发区。汉源县境内流沙河水位上涨，公路通往黑瞎子岛。', [
      '黄冈/prefecture/421100', '罗田/county/421123', '经济开发区/devzone/421123', '汉源县/county/511823', '流沙河/natural', '黑瞎子岛/natural',
    ]],
    ['a site of a place after a word of its surroundings and 的', '章丘区绣惠街道大张村附近的绣水大街上，一辆货车侧翻。', [
      '章丘区/county/370114', '绣惠街道/township/370114', '大张村/village/370114', '绣水大街/landmark',
    ]],
    ['a zone of its own name without its city, where a city the text names has it', '潍坊综合保税区进出口额突破500亿元，滨海经济技术开发区新落地项目23个。潍坊市滨海经济技术开发区招商。', [
      '潍坊/prefecture/370700', '综合保税区/devzone', '滨海经济技术开发区/devzone/370772', '潍坊市/prefecture/370700', '滨海经济技术开发区/devzone/370772',
    ]],
    ['a zone written without its city: alone between punctuation, after a name read as another place (临港), or read whole (天衢新区)', '威海市各区市中，火炬高技术产业开发区、经济技术开发区、临港经济技术开发区分别增长7.4%。德州市人民医院东院区位于天衢新区。', [
      '威海市/prefecture/371000', '火炬高技术产业开发区/devzone/371071', '经济技术开发区/devzone/371072', '临港经济技术开发区/devzone/371073', '德州市/prefecture/371400', '天衢新区/devzone/371471',
    ]],
    ['a bare zone word opening a phrase is the named city\'s zone, the prefecture\'s where a county of it has one of the same word', '日照市统计公报。莒县增长6.0%，经济技术开发区增长7.1%。济宁医学院附属医院在任城区、高新区院区开诊。', [
      '日照市/prefecture/371100', '莒县/county/371122', '经济技术开发区/devzone/371171', '济宁/prefecture/370800', '任城区/county/370811', '高新区/devzone/370871',
    ]],
    ['a bare zone word after another word, or where no city the text names has such a zone, takes no code', '荣成市，经济技术开发区，全市经济技术开发区外资增长。', ['荣成市/county/371082', '经济技术开发区/devzone', '经济技术开发区/devzone']],
    ['Shandong\'s springs and the sites of Confucius and Mencius, with no word around them', '博山城区的颜文姜祠和范泉成了打卡地，章丘区的百脉泉、墨泉水量充沛。曲阜孔庙、孔府游人如织，在邹城，孟庙也一样。', [
      '博山/county/370304', '颜文姜祠/landmark', '范泉/natural', '章丘区/county/370114', '百脉泉/natural', '墨泉/natural', '曲阜/county/370881', '孔庙/landmark', '孔府/landmark', '邹城/county/370883', '孟庙/landmark',
    ]],
    ['a site of a place after its town and 的; a township\'s short form before the ancient site named after it, and that site\'s museum', '广饶城区的孙子文化园接待研学学生。岱岳区大汶口镇的古街上，距古街不远的大汶口遗址博物馆接待游客。', [
      '广饶/county/370523', '孙子文化园/landmark', '岱岳区/county/370911', '大汶口镇/township/370911', '大汶口/township/370911',
    ]],
    ['named sites of Shandong with no word of a site around them', '案发地附近就是魏氏庄园。太清宫、仰口等景区周边的茶室客满，万平口景区提升项目开工。', [
      '魏氏庄园/landmark', '太清宫/landmark', '仰口/landmark', '万平口/landmark',
    ]],
    ['a people\'s name is no short form of a village named after it; a goat breed is no country', '抚远市乌苏镇赫哲族村的村民表演赫哲族歌舞，还养殖黑山羊。', ['抚远市/county/230883', '乌苏镇/township/230883', '赫哲族村/village/230883']],
    ['a station named after its place, also where a common word would end inside the name; getting off a train names no route', '中卫市沙坡头区的游客从中卫站出发，有的在中卫南站下高铁后转乘大巴。', [
      '中卫市/prefecture/640500', '沙坡头区/county/640502', '中卫/prefecture/640500', '中卫/prefecture/640500',
    ]],
    ['a river that is also a unit after a verb of flowing into or before a word of its surface', '抚远市的渔民说，乌苏里江在这里汇入黑龙江，冬天黑龙江江面封冻。', [
      '抚远市/county/230883', '乌苏里江/natural', '黑龙江/natural', '黑龙江/natural',
    ]],
    ['a township\'s short form before its own court or police station, or shared with a village in it; a monastery named like its township', '夏河县桑科镇桑科村的牧民到桑科派出所办事，夏河县人民法院桑科人民法庭就在拉卜楞镇，紧邻拉卜楞寺。', [
      '夏河县/county/623027', '桑科镇/township/623027', '桑科村/village/623027', '桑科/township/623027', '夏河县/county/623027', '桑科/township/623027', '拉卜楞镇/township/623027', '拉卜楞寺/landmark',
    ]],
    ['a word of nearness to the sea holds no county; a word ending in 乡 or 村寨 names no unit', '作为沿海城市和近海城市，这里的孩子们热爱家乡，建设家乡，走进村寨宣讲。', []],
    ['a border cooperation zone after its city; terraced fields named after a township', '瑞丽市的企业纷纷落户瑞丽边境经济合作区。从江县加榜乡的游客在加榜梯田拍照。', [
      '瑞丽市/county/533102', '瑞丽/county/533102', '边境经济合作区/devzone', '从江县/county/522633', '加榜乡/township/522633', '加榜梯田/natural',
    ]],
    ['a name that needs support gets none from a province named in passing (城区 is also a district of 汕尾)', '来自广东、福建的游客住进了漠河市的宾馆，城区供热管网24小时巡查。', [
      '广东/province/440000', '福建/province/350000', '漠河市/county/232701',
    ]],
    ['Xinjiang\'s autonomous units write their people without 族: their short forms drop it too; a township\'s own port', '博尔塔拉日报讯 温泉县的牧民转场。勐腊县磨憨镇的货车经磨憨口岸出境。', [
      '博尔塔拉/prefecture/652700', '温泉县/county/652723', '勐腊县/county/532823', '磨憨镇/township/532823', '磨憨/township/532823',
    ]],
    ['a village\'s own square or clinic is no named site', '麦积区麦积镇的法官在村文化广场开庭，村民在村卫生室看病。', ['麦积区/county/620503', '麦积镇/township/620503']],
    // a case's first text of a province loads that province's villages: seconds on a busy machine
    ['a township of the article\'s county, not one of the several of a province named in passing', '寿光市洛城街道的蔬菜市场，客商来自辽宁、黑龙江等地。古城街道的韭菜也卖得好。', [
      '寿光市/county/370783', '洛城街道/township/370783', '辽宁/province/210000', '黑龙江/province/230000', '古城街道/township/370783',
    ]],
    ['streets of road works: a section in brackets, a detour, an expressway or extension built on a street, after a word opening a clause', '历下区发布施工公告：解放东路（二环东路至花园路段）半幅施工，货车请绕行工业南路。奥体西路快速路同步开工，其中文化东路东延工程年底完工。', [
      '历下区/county/370102', '解放东路/landmark', '二环东路/landmark', '花园路/landmark', '工业南路/landmark', '奥体西路/landmark', '文化东路/landmark',
    ]],
    ['no street in a bracket, a clause\'s opening or a way of speech', '坚持新型工业化道路（见图）。市民（包括外地游客）打通思路，其中包括发展之路。', []],
    ['rivers, hills, lakes and bays of Shandong without a word of place', '金堤河水位上涨，游客在鹊山和华不注之间的华山湖划船，荣成市的渔船驶入桑沟湾。', [
      '金堤河/natural', '鹊山/natural', '华不注/natural', '华山湖/natural', '荣成市/county/371082', '桑沟湾/natural',
    ]],
    ['a township\'s short form after 至 and before its own school; a feature after a verb of moving people away, after 跨 before a bridge; 村均 is no village', '东平县州城街道荷花楼村至老湖的旅游路已拓宽，老湖镇新建码头。章丘区明水街道的孩子就读明水实验小学。邹城市石墙镇已转移凤凰山周边群众。张店区新建跨猪龙河桥梁，今年10个村成立公司，预计村均增收8万元。', [
      '东平县/county/370923', '州城街道/township/370923', '荷花楼村/village/370923', '老湖/township/370923', '老湖镇/township/370923',
      '章丘区/county/370114', '明水街道/township/370114', '明水/township/370114', '邹城市/county/370883', '石墙镇/township/370883', '凤凰山/natural',
      '张店区/county/370303', '猪龙河/natural',
    ]],
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => expect(await found(text)).toEqual(expected));

  it('a village of a province another text loaded is no village inside a word of this one', { timeout: 60_000 }, async () => {
    expect(await found('上海市金山区张堰镇建农村的村民种菜。')).toContain('建农村/village/310116');
    expect(await found('三江侗族自治县今年新建农村公路186公里。')).toEqual(['三江侗族自治县/county/450226']);
  });
});
