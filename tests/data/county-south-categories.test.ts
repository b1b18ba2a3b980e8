// Categories of place language in county news of the south and centre, each in sentences of its own
// (not those of county-south.fixtures.ts), over the real gazetteer: what each rule must find, and must not.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 9);

describe('places in county news of the south and centre, by category', () => {
  it.each<[string, string, string[]]>([
    ['a verb of applying for or winning a title opens no site\'s or zone\'s name after it', '村里已获批青龙湾湿地公园，镇里正在争创国家级旅游度假区。', [
      '青龙湾/natural',
    ]],
    ['features listed before a list\'s end and a word of their kind', '冬季来临，青龙洞、白云山等景区推出联票，沅江、舞水等流域开展清淤。', [
      '青龙洞/natural', '白云山/natural', '沅江/natural', '舞水/natural',
    ]],
    ['a township\'s short form before its old town or its Dong village, in a text on its county that does not name it in full', '酉阳县龚滩古镇游人如织，黔江区濯水古镇也迎来客流。黎平县组织游客走进肇兴侗寨。', [
      '酉阳县/county/500242000', '龚滩/township/500242108', '黔江区/county/500114000', '濯水/township/500114112', '黎平县/county/522631000', '肇兴/township/522631111',
    ]],
    ['a site of the data that is a village of a township the text names is that village', '黟县宏村镇的宏村游人如织，西递镇的西递也迎来写生旺季。', [
      '黟县/county/341023000', '宏村镇/township/341023101', '宏村/village/341023101', '西递镇/township/341023103', '西递/village/341023103',
    ]],
    ['the same site where the text names no township of it', '在安徽，西递、宏村的民居很有名。', ['安徽/province/340000000', '西递/landmark', '宏村/landmark']],
    ['well-known sites and features of the south named with no word of their kind', '今年，白帝城、夔门迎来客流高峰，歌乐山的游客也不少，蜀南竹海推出夜游。', [
      '白帝城/landmark', '夔门/natural', '歌乐山/natural', '蜀南竹海/natural',
    ]],
    ['a village\'s short form before a word of the trade it is named after', '宜兴市丁蜀镇紫砂村的老艺人说，紫砂产业带动了全村就业，紫砂文化节下月开幕。', [
      '宜兴市/county/320282000', '丁蜀镇/township/320282112', '紫砂村/village/320282112',
    ]],
    ['a street\'s word inside a word of a block is no street; a quoted kind of village is none', '村里建成了陶瓷文化创意街区，打造“影视村”“写生村”。', []],
    ['a city\'s other name between a surname and a word that follows people is a given name; elsewhere the city', '种植户李长安说，村民王金陵表示，他们都到长安旅游过。', ['长安/prefecture/610100000']],
    ['a feature before a word of its landform, and before a list\'s end and 景点', '县里依托崀山丹霞地貌发展旅游，新建的步道串起了白龙潭等景点。', ['崀山/natural', '白龙潭/natural']],
    ['a kind of village or township: of emigrants (侨乡), of a dance ground (芦笙坪, 鼓楼坪), a people\'s village after a verb', '五邑侨乡文化吸引了研学团队。苗寨的芦笙坪上，侗寨的鼓楼坪热闹非凡，游客想去看苗寨。', ['五邑/region']],
    ['a verb of having after a place opens no site\'s name', '开平市现存碉楼1800多座，县城现有古桥12座。', ['开平市/county/440783000']],
    ['a township\'s short form before 千户苗寨, over the river of its name', '雷山县西江千户苗寨的游客络绎不绝。', ['雷山县/county/522634000', '西江/township/522634101']],
    ['a temple listed after a site the dictionary holds', '高邮城区的盂城驿、净土寺游人不断。', ['高邮/county/321084000', '盂城驿/landmark', '净土寺/landmark']],
    ['rivers, mountains and sites of the south the press names alone', '洪安镇外，酉水静静流淌，川河盖迎来游客。巍宝山是道教名山，拱辰楼下人头攒动。', [
      '洪安镇/township/500241109', '酉水/natural', '川河盖/natural', '巍宝山/natural', '拱辰楼/landmark',
    ]],
    ['a verb that opens a phrase, or 以, before a word of a kind of 寨 opens no village', '永泰县嵩口镇，为保护庄寨，组建护寨队伍38支。宣恩县将以彭家寨为龙头。', [
      '永泰县/county/350125000', '嵩口镇/township/350125101', '宣恩县/county/422825000', '彭家寨/village',
    ]],
    ['a river that is also a district\'s short form, before a word of its banks; a pass the press names alone', '南雄市，浈江两岸的防洪堤完工，梅关古道的梅花开了。', [
      '南雄市/county/440282000', '浈江/natural', '梅关/natural',
    ]],
    ['township short forms listed before a word that closes a list of townships, in a text on their county, and again once so written; not one never listed', '崇义县，过埠、铅厂、聂都等乡镇种下竹林。上犹县，营前、五指峰两镇开通公交。关田很远，过埠也远。', [
      '崇义县/county/360725000', '过埠/township/360725102', '铅厂/township/360725103', '聂都/township/360725206', '上犹县/county/360724000', '营前/township/360724103', '五指峰/township/360724207', '过埠/township/360725102',
    ]],
    ['a site the dictionary holds by the name of a township of the county the text names is that township', '琼海市依托博鳌会议经济，打造滨海小镇。', ['琼海市/county/469002000', '博鳌/township/469002104']],
    ['a work\'s whole title is no township named alike', '秀山县洪安镇，游客捧着小说《边城》拍照。', ['秀山县/county/500241000', '洪安镇/township/500241109']],
    ['an ancient kingdom is no township or county named alike', '桐梓县夜郎镇，导游讲起夜郎国的故事；巍山县是南诏国故地。', [
      '桐梓县/county/520322000', '夜郎镇/township/520322111', '巍山县/county/532927000',
    ]],
    ['a ship entering or leaving port is no Hong Kong', '受台风影响，3000多艘渔船进港，客轮停止出港，香港旅客暂缓来港。', ['香港/province/810000000', '港/province/810000000']],
    ['a verb of building up after a place opens no site\'s name', '镇里在黄坑村建起茶叶产业园，在县城办起电商产业园。', []],
    ['a feature\'s name before a word of a karst sinkhole', '凌云县，水源洞、纳灵洞天坑吸引了游客。', ['凌云县/county/451027000', '水源洞/natural', '纳灵洞/natural']],
    ['two historic sites\' names listed together; no pair of building words', '古城里，文星阁、奎光楼的灯笼亮了，教学楼、办公楼也装了灯。', ['文星阁/landmark', '奎光楼/landmark']],
    ['a Hakka walled house of a place, after a word of place and listed; no word of surrounding or of walls', '定南县老城镇的虎形围游人不断。游客走进渔仔潭围，虎形围、渔仔潭围都已修缮。村庄周围砌起了围墙，旧屋入围名录。', [
      '定南县/county/360728000', '老城镇/township/360728102', '虎形围/landmark', '渔仔潭围/landmark', '虎形围/landmark', '渔仔潭围/landmark',
    ]],
    ['a township\'s short form before a word of its fishing port, in a text on its county', '温岭市，石塘中心渔港内停满渔船，松门渔港也已封港。', [
      '温岭市/county/331081000', '石塘/township/331081105', '松门/township/331081102',
    ]],
    ['a bare name a township shares with its village is the township in a list of townships, the village before a count of villages', '华安县仙都镇，仙都、高车等乡镇建起民宿。婺源县江湾镇，汪口、江湾两村开展评比。', [
      '华安县/county/350629000', '仙都镇/township/350629105', '仙都/township/350629105', '高车/township/350629200',
      '婺源县/county/361130000', '江湾镇/township/361130103', '汪口/village/361130103', '江湾/village/361130103',
    ]],
    ['a historic site listed first is the shorter name found already, not one that takes in the word before it', '华安县仙都镇的二宜楼很有名，其中二宜楼、南阳楼已修缮。', [
      '华安县/county/350629000', '仙都镇/township/350629105', '二宜楼/landmark', '二宜楼/landmark', '南阳楼/landmark',
    ]],
    ['a verb of merging schools opens no village', '近年来，全县撤并村小和教学点40个。', []],
    ['a township\'s short form before 港, its harbour, in a text on its county; ships entering port are no Hong Kong', '东山县，铜陵港内停满渔船，陈城港的渔船全部进港避风。', [
      '东山县/county/350626000', '铜陵/township/350626106', '陈城/township/350626104',
    ]],
    ['a zone word after a county is the county\'s zone the data names by the word alone; a kind of zone is none', '霍山县，霍山开发区新签约项目8个，全县各开发区都在招商。', [
      '霍山县/county/341525000', '霍山/county/341525000', '开发区/devzone/341525400',
    ]],
    ['a rank, a park\'s title or an age after a place opens no name; nor is a job fair\'s square a site', '平潭是福建第一大海岛。泰宁县世界地质公园游人如织，大田村的明代古桥修缮完工。开发区的招聘广场人头攒动。', [
      '福建/province/350000000', '泰宁县/county/350429000', '大田村/village/350429202',
    ]],
    ['a county\'s short form that is a common word, after its full name, where a phrase starts and a predicate follows; not in a set phrase', '金山区，绿水青山就是金山银山。金山地处杭州湾北岸。东山县的老人说，东山再起不容易；东山全县有渔船1100艘。', [
      '金山区/county/310116000', '金山/county/310116000', '杭州湾/natural', '东山县/county/350626000', '东山/county/350626000',
    ]],
    ['mountains, caves, islands and sites of the south the press names alone', '大瑶山深处，姑婆山下，天泉洞内，分界洲岛上，风动石旁游人如织。', [
      '大瑶山/natural', '姑婆山/natural', '天泉洞/natural', '分界洲岛/natural', '风动石/landmark',
    ]],
    ['an island named after its township or county (a short form before 岛, 列岛, 群岛) is the island; 青岛 is no island', '嵊泗县枸杞乡，游客说。枸杞岛的贻贝很有名，今年开通了至嵊泗列岛的航线，青岛市的游客也来了。', [
      '嵊泗县/county/330922000', '枸杞乡/township/330922202', '枸杞岛/natural', '嵊泗列岛/natural', '青岛市/prefecture/370200000',
    ]],
    ['a stream named after its county before a word of its hydropower station; a conjunction opens no name', '古田县，这座因古田溪水电站建成而形成的湖。', ['古田县/county/350922000', '古田溪/natural']],
    ['a township\'s suffix before a word it makes with the next character (乡亲) is none; a township of the data stays', '大埔县，海外乡亲回乡祭祖，大东乡亲子活动也开幕。', [
      '大埔县/county/441422000', '大东乡/township/441422117',
    ]],
    ['a village listed without 村 whose name is a place elsewhere the text does not support; that name alone elsewhere is none', '高州市根子镇，元坝、浮山、上坑等村连成片。浮山很美。', [
      '高州市/county/440981000', '根子镇/township/440981104', '元坝/village/440981104', '浮山/village/440981104', '上坑/village/440981104',
    ]],
    ['a clan\'s hall named by its surname and 氏; not where the hall\'s own name follows, nor a bare word of a hall', '村里的陈氏宗祠修缮一新，黄氏家庙也对外开放；张氏家庙德远堂前游人如织，宗祠前的空地也整修了。', [
      '陈氏宗祠/landmark', '黄氏家庙/landmark',
    ]],
    ['a building named with a city\'s name after its place and 的, or listed (泰安楼, 肇庆堂)', '大埔县湖寮镇的泰安楼今年完成修缮，百侯镇保存着肇庆堂、通议大夫第等古民居。', [
      '大埔县/county/441422000', '湖寮镇/township/441422100', '泰安楼/landmark', '百侯镇/township/441422116', '肇庆堂/landmark',
    ]],
    ['a river that is also a district\'s short form, listed after a feature; not listed after a unit', '大埔县，汀江、梅潭河和梅江在三河镇汇成韩江。黄山市，屯溪和黄山都在发展。', [
      '大埔县/county/441422000', '汀江/natural', '梅潭河/natural', '梅江/natural', '三河镇/township/441422105', '韩江/natural',
      '黄山市/prefecture/341000000', '屯溪/county/341002000', '黄山/prefecture/341000000',
    ]],
    ['a span of days before 全县 is no county that opens with 天; the county after its prefecture is', '新化县，春运40天全县预计发送旅客。雅安市天全县，三天全县降雨。', [
      '新化县/county/431322000', '雅安市/prefecture/511800000', '天全县/county/511825000',
    ]],
    ['a cold-chain or storage park after its place and 的 is a kind of park, no name', '苍溪县，在县城陵江镇的冷链物流园和仓储中心，猕猴桃装车。', ['苍溪县/county/510824000', '陵江镇/township/510824100']],
    ['a person\'s former home named by a surname and a given name; not a bare word of one', '大埔县西河镇车龙村，张弼士故居迎来了侨胞。参观名人故居，修缮故居，他的故居在村里。', [
      '大埔县/county/441422000', '西河镇/township/441422118', '车龙村/village/441422118', '张弼士故居/landmark',
    ]],
    ['terraces, mountains, a beach of white water and a temple of the south the press names alone', '新化县水车镇的紫鹊界梯田和大熊山，屏南县的白水洋，湄洲岛上的妈祖祖庙。', [
      '新化县/county/431322000', '水车镇/township/431322104', '紫鹊界梯田/natural', '大熊山/natural', '屏南县/county/350923000', '白水洋/natural', '湄洲岛/natural', '妈祖祖庙/landmark',
    ]],
    ['a feature\'s name with 村 right after it, where a phrase starts, is a village named after it; the feature alone, or before 村落, stays', '洪雅县，在瓦屋山村，村民开起了民宿。游客登上瓦屋山，太行山村落也保存完好。', [
      '洪雅县/county/511423000', '瓦屋山村/village', '瓦屋山/natural', '太行山/natural',
    ]],
    ['a clan\'s hall named by a surname beyond the commonest hundred (俞, 翁); a bare word of a hall stays none', '婺源县江湾镇，俞氏宗祠和翁氏家庙都是明代建筑，宗祠前立着旗杆。', [
      '婺源县/county/361130000', '江湾镇/township/361130103', '俞氏宗祠/landmark', '翁氏家庙/landmark',
    ]],
    ['a person\'s home town (故里) named by a surname and a given name; not a bare word of one', '江油市青莲镇，李白故里迎来游客。回到故里，名人故里。', [
      '江油市/county/510781000', '青莲镇/township/510781104', '李白故里/landmark',
    ]],
    ['rivers, hills, lakes, wetlands, valleys and falls of the south the press names alone; a dynasty opens no site\'s name after a hill', '建德市，寿昌江穿城而过。婺源县城边，星江水清。五华县的琴江边，狮雄山秦汉遗址公园开园。崇明区，明珠湖和西沙湿地游人如织。天台县的琼台仙谷、石梁飞瀑景区也迎来客流。', [
      '建德市/county/330182000', '寿昌江/natural', '婺源县/county/361130000', '星江/natural', '五华县/county/441424000', '琴江/natural', '狮雄山/natural',
      '崇明区/county/310151000', '明珠湖/natural', '西沙湿地/natural', '天台县/county/331023000', '琼台仙谷/natural', '石梁飞瀑/natural',
    ]],
    ['a pier and a wetland park of an island district, the park whole over the wetland it holds', '崇明区，旅客在宝杨码头候船，东滩湿地公园的候鸟多了。', [
      '崇明区/county/310151000', '宝杨码头/landmark', '东滩湿地公园/landmark',
    ]],
    ['villages of the Yao written without 村, listed before 等瑶寨 or before 千年瑶寨; 千年瑶寨 itself names none', '连南瑶族自治县三排镇，油岭、横坑等瑶寨过节，南岗千年瑶寨游人多。', [
      '连南瑶族自治县/county/441826000', '三排镇/township/441826105', '油岭/village/441826105', '横坑/village/441826105', '南岗/village/441826105',
    ]],
    ['a route of old villages (西线古村游) names no village; the square before a station names no site', '新昌县推出“西线古村游”线路，游客在站前广场集合。', ['新昌县/county/330624000']],
    ['a Hong Kong district written without 区 right after 香港 (沙田, 大埔); the mainland\'s town and county of those names elsewhere', '五华县华城镇，从香港沙田回乡过年，来自香港大埔的一家人。东莞市沙田镇，沙田的农民说。梅州市大埔县，大埔的乡亲。', [
      '五华县/county/441424000', '华城镇/township/441424104', '香港/province/810000000', '沙田/county', '香港/province/810000000', '大埔/county',
      '东莞市/prefecture/441900000', '沙田镇/township/441900123', '沙田/township/441900123', '梅州市/prefecture/441400000', '大埔县/county/441422000', '大埔/county/441422000',
    ]],
    ['a township\'s short form before its pier, ferry or market (码头, 渡口, 墟); a pier of no place\'s name (水陆码头) is none', '无为市泥汊镇，泥汊渡口的渡船开了。都昌县周溪镇，周溪码头改成了观鸟平台。这里曾是水陆码头。', [
      '无为市/county/340281000', '泥汊镇/township/340281112', '泥汊/township/340281112', '都昌县/county/360428000', '周溪镇/township/360428101', '周溪/township/360428101',
    ]],
    ['the same before a Hakka market town\'s market (墟); 废墟 is none', '龙岩市永定区下洋镇，下洋墟人头攒动，老屋的废墟也清理了。', [
      '龙岩市/prefecture/350800000', '永定区/county/350803000', '下洋镇/township/350803102', '下洋/township/350803102',
    ]],
    ['a lake whose name is a unit\'s short form of another province is the lake in a text on the lake\'s provinces; the county in its own', '吴江区震泽镇西接太湖。', ['吴江区/county/320509000', '震泽镇/township/320509108', '太湖/natural']],
    ['the same name in a text on the unit\'s own province is the unit', '安徽省安庆市，太湖的茶叶。', ['安徽省/province/340000000', '安庆市/prefecture/340800000', '太湖/county/340825000']],
    ['a mountain and its national park, a cape named after its county, an islet of a river (洲), a river before 边 and a hill before 公园; not 江边 after 沿着', '桐木村地处武夷山国家公园核心区。临高县，临高角附近的渔船多了。游客登上黑沙洲。县城的文澜江边，太鹤山公园里人多，游客沿着江边骑行。', [
      '桐木村/village', '武夷山/natural', '临高县/county/469024000', '临高角/natural', '黑沙洲/natural', '文澜江/natural', '太鹤山/natural',
    ]],
    ['a list\'s item with a historic site\'s ending is a site after any other item, and a street or site listed right before it is one too; kinds of building listed are none', '震泽镇，两岸的宝塔街、师俭堂和禹迹桥迎来游客。村口的古樟树、文昌阁和老屋都挂了牌，村里的石头房子、护宁寺都很有名。村里新建了公厕、停车场和观景亭，教学楼、办公楼也装了灯。', [
      '震泽镇/township/320509108', '宝塔街/landmark', '师俭堂/landmark', '禹迹桥/landmark', '文昌阁/landmark', '护宁寺/landmark',
    ]],
    ['a hall\'s name (X堂) after 的 is a site; a kind of hall (食堂, 大会堂, 讲堂) is none', '桐庐县江南镇，村里的攸叙堂是宗祠，学校的食堂、村里的大会堂和乡村振兴讲堂也翻新了。', [
      '桐庐县/county/330122000', '江南镇/township/330122113', '攸叙堂/landmark',
    ]],
    ['an old town\'s street ending in a word only a street\'s name ends in (正街, 老街), after any boundary; not a township\'s old street, nor one of an age, nor 老街 alone', '游客在祠堂前的官路正街上品尝糊豆腐，禅寿老街的游人多了。铅山县石塘镇，走进石塘老街，百年老街的店铺开了，游客走在老街上。', [
      '官路正街/landmark', '禅寿老街/landmark', '铅山县/county/361124000', '石塘镇/township/361124102', '石塘/township/361124102',
    ]],
    ['a canal (运河) is a common word, no short form of 运河区; the district with its suffix', '平望镇新建的运河文化公园开放，长三角运河古镇旅游带。沧州市运河区，运河区委书记说。', [
      '平望镇/township/320509104', '长三角/region', '沧州市/prefecture/130900000', '运河区/county/130903000', '运河区/county/130903000',
    ]],
    ['two villages of a township the text names, written without 村 and joined by 和, are both villages; not two words joined so', '婺源县江湾镇的汪口和晓起游人如织。休宁县五城镇的龙湾和月潭两村发展漂流。江湾镇新建和改造了村道。', [
      '婺源县/county/361130000', '江湾镇/township/361130103', '汪口/village/361130103', '晓起/village/361130103', '休宁县/county/341022000', '五城镇/township/341022103',
      '龙湾/village/341022103', '月潭/village/341022103', '江湾镇/township/361130103',
    ]],
    ['seedlings turning green (返青) is no return to Qinghai; a river listed before 之间 is a river, and so is the one before it', '张金镇的稻田里，早稻秧苗已经返青。汉江和东荆河之间的低湖田一田两收，城乡之间也通了公交。', [
      '张金镇/township/429005108', '汉江/natural', '东荆河/natural',
    ]],
    ['a temple of a deity ends in 宫, listed or after 的; kinds of palace (少年宫, 文化宫) are none', '长汀县，沿街的骑楼、天后宫和三元阁加固了，村里的万寿宫香火旺，少年宫、文化宫也开放了。', [
      '长汀县/county/350821000', '天后宫/landmark', '三元阁/landmark', '万寿宫/landmark',
    ]],
    ['an island of a township after it and 的; a hill word that names a kind after 的 is none', '台山市川岛镇的上川岛、下川岛迎来了侨胞，村里的大山里也修了路。', [
      '台山市/county/440781000', '川岛镇/township/440781115', '上川岛/natural', '下川岛/natural',
    ]],
    ['a street ending in 街 after its place and 的, and after any 的 before a word a street takes; kinds of street are none', '长汀县汀州镇的店头街重新开街。与之相连的水东街上排起长队。县城的商业街上、镇里的美食街和背街小巷都整治了，繁华的文化街上人多。', [
      '长汀县/county/350821000', '汀州镇/township/350821100', '店头街/landmark', '水东街/landmark',
    ]],
    ['an old town named in the dictionary by a township\'s short form and 古镇 is that township where the text names it or its county', '青浦区朱家角镇游人如织，朱家角古镇的茶馆坐满了人。', [
      '青浦区/county/310118000', '朱家角镇/township/310118102', '朱家角/township/310118102',
    ]],
    ['the same old town where the text names neither', '周末，朱家角古镇、周庄古镇游人如织。', ['朱家角古镇/landmark', '周庄古镇/landmark']],
    ['a dike or beach named after a township the text names is that township', '余干县康山乡的康山大堤上有护鸟员。乐东县佛罗镇的佛罗海滩办起了渔家乐，海边的大堤也加固了。', [
      '余干县/county/361127000', '康山乡/township/361127200', '康山/township/361127200', '乐东县/county/469027000', '佛罗镇/township/469027108', '佛罗/township/469027108',
    ]],
    ['a river, lake or stream of a place right after it and 的; a kind of water after 的 is none, nor a verb of flowing in', '朱家角镇的漕港河上，摇橹船往来。归州镇的香溪河入江口停着货船。村里的小河、镇上的人工湖都清了淤。', [
      '朱家角镇/township/310118102', '漕港河/natural', '归州镇/township/420527102', '香溪河/natural',
    ]],
    ['a river\'s name ends before a verb of flowing into a lake (入湖口)', '余干县瑞洪镇地处信江入湖口。', [
      '余干县/county/361127000', '瑞洪镇/township/361127101', '信江/natural',
    ]],
    ['a waterfall named with 漈 before 景区', '文成县的百丈漈景区推出了优惠。', ['文成县/county/330328000', '百丈漈/natural']],
    ['a bridge after a verb of passing it (驶过, 走过); no common word so', '游船缓缓驶过放生桥，游客走过廊桥。', ['放生桥/landmark']],
    ['a historic site joined by 和 right before a historic site found; not a common noun so', '西溪南镇的老屋阁和绿绕亭前围满了学生，村里的乡亲和凉亭前的老人聊天。', [
      '西溪南镇/township/341004101', '老屋阁/landmark', '绿绕亭/landmark',
    ]],
    ['two features of one ending listed where a phrase starts are features; not 峰 of peak hours, nor cores of one character', '白荡湖和菜子湖的螃蟹上了渡船，用电高峰和用水高峰错开了，青山和绿水相映。', [
      '白荡湖/natural', '菜子湖/natural',
    ]],
    ['a street between 对 and a word of works done on it is named; kinds of street and roads are not', '古镇对北大街进行了改造提升，县里对背街小巷进行整治，对商业街实施改造，对道路进行硬化。', [
      '北大街/landmark',
    ]],
    ['a river named by a county\'s short form and 河 is the river, listed or not; a county\'s short form before another word is the county', '公安县境内有松滋河、虎渡河、藕池河三条分流河道，与松滋市联防。', [
      '公安县/county/421022000', '松滋河/natural', '虎渡河/natural', '藕池河/natural', '松滋市/county/421087000',
    ]],
    ['a township whose short form is a common word, named in full, is written short where a phrase starts and 是 or a mark follows; not inside a word', '晋江市龙湖镇的侨亲回乡了，龙湖是闽南著名侨乡。龙湖边的龙湖公园也热闹。', [
      '晋江市/county/350582000', '龙湖镇/township/350582110', '龙湖/township/350582110', '闽南/region',
    ]],
    ['a township named in full wins its short form over an informal region of that form; the region where no township is named', '晋江市深沪镇的渔民说，深沪是著名渔港。', [
      '晋江市/county/350582000', '深沪镇/township/350582105', '深沪/township/350582105',
    ]],
    ['a bay of a place right after it and 的; a kind of water so is none', '晋江市金井镇的围头湾里停满了渔船，镇上的港湾也热闹。', [
      '晋江市/county/350582000', '金井镇/township/350582106', '围头湾/natural',
    ]],
    ['a clan hall of a southern surname, and a memorial hall named by a person; not a memorial of an event or of martyrs, nor 施 of 实施', '村里的施氏大宗祠香火缭绕，海边的施琅纪念馆游人如织。县里实施修缮，抗战胜利纪念馆、烈士纪念馆也开放了。', [
      '施氏大宗祠/landmark', '施琅纪念馆/landmark',
    ]],
    ['a natural village after its village and 的 before 里 (in it); 村里 still makes no village of the word before it', '花垣县双龙镇十八洞村的梨子寨里，苗家阿妹唱起了迎客歌，村里的人都来了。', [
      '花垣县/county/433124000', '双龙镇/township/433124110', '十八洞村/village/433124110', '梨子寨/village',
    ]],
    ['an old walled town named after a village the text names is that village; a city\'s old town stays the city', '晋江市金井镇福全村的福全古城城墙修缮一新，荆州古城也迎来游客。', [
      '晋江市/county/350582000', '金井镇/township/350582106', '福全村/village/350582106', '福全/village/350582106', '荆州/prefecture/421000000',
    ]],
    ['a county\'s short form of another province listed right after the text\'s own county is that neighbour; rivers and lakes across the border (跨界河湖) are none', '嘉善县西塘镇的村民说，嘉善与青浦、吴江共同治理跨界河湖。', [
      '嘉善县/county/330421000', '西塘镇/township/330421103', '嘉善/county/330421000', '青浦/county/310118000', '吴江/county/320509000',
    ]],
    ['the same in a list of several, with 以及', '金寨县花石乡的茶农说，金寨将与霍山、英山、罗田以及商城共建旅游环线。', [
      '金寨县/county/341524000', '花石乡/township/341524205', '金寨/county/341524000', '霍山/county/341525000', '英山/county/421124000', '罗田/county/421123000', '商城/county/411524000',
    ]],
    ['徽州 alone is the historic region, also in a text on 徽州区; the district is written with its 区', '黄山市徽州区的游客说，徽州区的古村落很多，徽州的民居白墙黛瓦。绩溪县是徽州文化的发源地之一。', [
      '黄山市/prefecture/341000000', '徽州区/county/341004000', '徽州区/county/341004000', '徽州/region', '绩溪县/county/341824000', '徽州/region',
    ]],
    ['a verb of building together after a place opens no feature\'s name; a count of rivers right after a place is none', '今年将与揭阳共建练江流域处理中心。雪巷村与金泽镇只隔一条河。', [
      '揭阳/prefecture/445200000', '练江/natural', '雪巷村/village', '金泽镇/township/310118104',
    ]],
    ['a river before 故道 (its old course)', '尺八镇东港湖村的渔民说，老江河故道的水位一天涨了半米。', [
      '尺八镇/township/421088113', '东港湖村/village/421088113', '老江河/natural',
    ]],
    ['a clan\'s old houses (古民居, 古厝) after a surname and 氏', '官桥镇漳里村的蔡氏古民居里人头攒动，林氏古厝也开放了。', [
      '官桥镇/township/350583118', '漳里村/village/350583118', '蔡氏古民居/landmark', '林氏古厝/landmark',
    ]],
    ['the informal regions of Hainan\'s economic circles', '澄迈县与海口联手打造海澄文一体化综合经济圈，陵水县融入大三亚旅游经济圈。', [
      '澄迈县/county/469023000', '海口/prefecture/460100000', '海澄文/region', '陵水县/county/469028000', '大三亚/region',
    ]],
    ['a county of a province far off listed after the text\'s county is no neighbour: the common word stays a word', '瑞金市叶坪镇的游客说，瑞金与于都、兴国和长汀联手，瑞金、资源两地也有交流。', [
      '瑞金市/county/360781000', '叶坪镇/township/360781107', '瑞金/county/360781000', '于都/county/360731000', '兴国/county/360732000', '长汀/county/350821000', '瑞金/county/360781000',
    ]],
    ['a township\'s old walled town under its short form, in a text that names the township in full; a city\'s old town stays the city', '长乐区梅花镇的梅花古城城墙修缮完工，荆州古城也迎来游客。', [
      '长乐区/county/350112000', '梅花镇/township/350112113', '梅花/township/350112113', '荆州/prefecture/421000000',
    ]],
    ['an old town\'s old street (古镇老街) names no site', '新市镇的古镇老街挂起了灯笼，游客在老街上喝茶。', ['新市镇/township']],
    ['a resort named after a bay the lists hold is one zone, with its rank or without; the bay alone stays the bay', '亚龙湾国家级旅游度假区和石梅湾旅游度假区游客增长，石梅湾的海水清澈。', [
      '亚龙湾国家级旅游度假区/devzone', '石梅湾旅游度假区/devzone', '石梅湾/natural',
    ]],
    ['bays, peninsulas and lakes of the south the press names bare (湾 of a bay, not a natural village)', '冬季的神州半岛和日月湾冲浪客多，盈滨半岛的酒店满房；崇湖、淤泥湖水位上涨，深沪湾渔船归港。', [
      '神州半岛/natural', '日月湾/natural', '盈滨半岛/natural', '崇湖/natural', '淤泥湖/natural', '深沪湾/natural',
    ]],
    ['named sites of the south with no place inside', '游客走进老司城遗址、将军园和红井，又去了烟雨长廊和雪枫公园。', [
      '老司城/landmark', '将军园/landmark', '红井/landmark', '烟雨长廊/landmark', '雪枫公园/landmark',
    ]],
    ['a village whose own name ends in 镇 or 乡, named with its county and township in the data', '和平县大坝镇老镇村的村民说，优胜镇优镇村也修了路，潮安区凤塘镇新乡村的祠堂刚修好。', [
      '和平县/county/441624000', '大坝镇/township/441624101', '老镇村/village/441624101', '优胜镇/township/441624105', '优镇村/village/441624105',
      '潮安区/county/445103000', '凤塘镇/township/445103103', '新乡村/village/445103103',
    ]],
    ['islets named with 屿 and a core of one character, islands before 上的 and before a list\'s end and their kind; 岛屿 and 小岛 name none', '渔民说，塔屿、鸡屿周边海域今年投放了人工鱼礁。岛屿众多，小岛上的游客不多，整个岛上都是渔船。大练岛上的渔村很热闹，乡里由东庠岛等大小岛屿组成。', [
      '塔屿/natural', '鸡屿/natural', '大练岛/natural', '东庠岛/natural',
    ]],
    ['a tomb named with 陵 before a word of nearness or location; a port\'s wharf (港口码头) names none; 岛上 after a verb is no island', '闯王镇的李王陵前游人不断，宋帝陵位于山脚。渡口的港口码头上货船云集，牛群被冲散，流落岛上。', [
      '闯王镇/township/421224105', '李王陵/landmark', '宋帝陵/landmark',
    ]],
    ['a street before 两旁; the road\'s word alone is none', '县城的解放路两旁挂起了灯笼，路两旁种满了樟树。', ['解放路/landmark']],
    ['a lake of a one-character core before the word of its national wetland park', '都昌县紧邻赤湖国家湿地公园，湿地公园里候鸟成群。', ['都昌县/county/360428000', '赤湖/natural']],
    ['a site before the word of its scenic area, without the word; a count of scenic areas names none', '村民依托竹乡古道景区开办农家乐，各大景区人气很旺。', ['竹乡古道/landmark']],
    ['counties of a neighbouring province listed after an adverb and the 与 of working together', '婺源县将与休宁、德兴共建旅游线路。', ['婺源县/county/361130000', '休宁/county/341022000', '德兴/county/361181000']],
    ['historic bridges listed before their count, and one before 边; a small bridge is none', '村口的永济桥和登云桥两座石拱桥修缮一新，古樟树边的小桥边也挤满了游客，会仙桥边有茶摊。', [
      '永济桥/landmark', '登云桥/landmark', '会仙桥/landmark',
    ]],
    ['islands, sea stacks, bays and rocks of the Fujian and Zhejiang coast the press names bare; 长江 of 长江澳 is no river', '台风过后，鹿西岛、大门岛的客船复航。龙凤头的沙滩和石牌洋的海蚀柱吸引游客，长江澳风车林立，坛南湾浪平沙细，仙叠岩、半屏山适合看日出。', [
      '鹿西岛/natural', '大门岛/natural', '龙凤头/natural', '石牌洋/natural', '长江澳/natural', '坛南湾/natural', '仙叠岩/natural', '半屏山/natural',
    ]],
    ['a rock that holds a city\'s name (青龙岩, not 龙岩) and the mountain a river rises on', '桠髻钵山是东江的发源地，青龙岩上的摩崖石刻保存完好。', ['桠髻钵山/natural', '东江/natural', '青龙岩/natural']],
    ['lakes of the lower Huai and of Qizhou the press names bare (雨湖, which Xiangtan\'s 雨湖区 is named like, in a text on Hubei)', '大纵湖的螃蟹肥了，乌巾荡边新建了湿地公园。蕲州镇的雨湖边游人如织。', [
      '大纵湖/natural', '乌巾荡/natural', '蕲州镇/township/421126102', '雨湖/natural',
    ]],
    ['one-character province forms in a run before 边际 or 原中央苏区 name the region they span, and the soviet area after 原 its own; no province alone', '赣闽粤边际合作示范区建设提速，赣闽粤原中央苏区振兴发展规划出台。', ['赣闽粤/region', '赣闽粤/region', '中央苏区/region']],
    ['a village of a township the text names, written without its 村 before 侗寨 or 苗寨; a bare 苗寨 names none', '通道县坪坦乡的皇都侗寨迎来游客，镇上的苗寨也很热闹。', [
      '通道县/county/431230000', '坪坦乡/township/431230216', '皇都/village/431230216',
    ]],
    ['karst pillars and clusters (峰林, 峰丛) after a transliterated word name no peak', '漓江两岸的喀斯特峰林与峰丛相映成趣。', ['漓江/natural']],
    ['a township\'s short form before the word of its scenic area, in a text on its county that does not name it in full', '阳朔县兴坪景区游人如织，景区门口排起长队。', ['阳朔县/county/450321000', '兴坪/township/450321103']],
    ['a river before 源头 is the river, not the village named after its source', '寻乌县三标乡东江源村的护林员守护着东江源头的山林。', [
      '寻乌县/county/360734000', '三标乡/township/360734201', '东江源村/village/360734201', '东江/natural',
    ]],
    ['peaks, rivers and sites of the centre and south the lists lacked (太白顶, 南风面, the Yunxi 天河, 淮井, 何家大院)', '登山队从桐柏山北坡出发，中午登上太白顶，在淮井边合影。南风面山脚下的茶园正在采摘。郧西县沿天河修建了步道，江华县何家大院是明清古建筑。', [
      '桐柏山/natural', '太白顶/natural', '淮井/landmark', '南风面/natural', '郧西县/county/420322000', '天河/natural', '江华县/county/431129000', '何家大院/landmark',
    ]],
    ['the Milky Way (天河) in the sky, a family\'s yard (他家大院, 农家大院) name no place', '七夕夜，抬头就能看见天河横贯夜空。他家大院里种着枣树，农家大院很热闹。', []],
    ['主 of a main peak (主峰) is no part of its mountain\'s name', '百山祖主峰海拔1856米，梵净山主峰红云金顶云雾缭绕。', ['百山祖/natural', '梵净山/natural']],
    ['a region with 地区 is read whole, as 华东地区 is', '皖南的徽州地区保存了大量古村落，徽州地区的祠堂最有名。', ['皖南/region', '徽州地区/region', '徽州地区/region']],
    ['其中 before a feature opens no name: its 中 is no part of the reservoir\'s or river\'s name', '全县有水库12座，其中柘林水库库容最大，其中赣江沿岸有3个乡镇。其中的水库都已除险加固。', ['柘林水库/natural', '赣江/natural']],
    ['a township\'s short form before its hydropower station or its market (圩场); a bare station is none', '遂川县草林圩场人气旺，晴隆县光照水电站库区的渔民在收网。县里新建一座小水电站。', [
      '遂川县/county/360827000', '草林/township/360827103', '晴隆县/county/522324000', '光照/township/522324107',
    ]],
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });
});
