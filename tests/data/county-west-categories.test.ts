// Categories of place language in county news of the west and south-west, each in sentences of its own (not those
// of county-west.fixtures.ts), over the real gazetteer: what each rule must find, and must not.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 9);

describe('places in county news of the west and south-west, by category', () => {
  it.each<[string, string, string[]]>([
    ['an ethnic township written without its peoples, keeping its suffix; a people after a place is none', '勐海县布朗山乡、西定乡，德钦县拖顶乡的布朗族群众。', [
      '勐海县/county/532822000', '布朗山乡/township/532822204', '西定乡/township/532822205', '德钦县/county/533422000', '拖顶乡/township/533422204',
    ]],
    ['a county seat (县城) before its township opens no name abroad; a name abroad after it still is one', '美姑县城巴普镇，美国县城斯普林菲尔德市。', [
      '美姑县/county/513436000', '巴普镇/township/513436100', '美国/foreign', '斯普林菲尔德市/foreign',
    ]],
    ['lakes of Tibet written with 措 as with 错, lakes and glaciers of the plateau', '游客从纳木措、羊卓雍措来到然乌湖，来古冰川正在消融。', [
      '纳木措/natural', '羊卓雍措/natural', '然乌湖/natural', '来古冰川/natural',
    ]],
    ['salt lakes, plateau lakes and mountains of the west named alone', '格尔木的察尔汗盐湖、威宁县的草海、美姑县的大风顶、勐海县的南糯山。', [
      '格尔木/county/632801000', '察尔汗盐湖/natural', '威宁县/county/520526000', '草海/natural', '美姑县/county/513436000', '大风顶/natural', '勐海县/county/532822000', '南糯山/natural',
    ]],
    ['a township\'s full name after 从 or 来自 though 从小 and 自古 are words; not 从小 or 自古 before another word', '威宁县。从小海镇松山村搬来的群众，他从小就在山里。榕江县，来自古州镇的球队讲起自古流传的故事。', [
      '威宁县/county/520526000', '小海镇/township/520526114', '松山村/village/520526114', '榕江县/county/522632000', '古州镇/township/522632100',
    ]],
    ['two Tibetan given names in a row are a person\'s name, holding no place; one alone is no name', '村民扎西顿珠说，尼玛次仁在尼玛县工作，扎西村的牧民也来了。', [
      '尼玛县/county/540629000', '扎西村/village',
    ]],
    ['a district named with its suffix before a numbered street is the district and the street; a street named after a place stays whole', '西宁市城东区八一路，城中区五四大街，长江中路、淄博路。', [
      '西宁市/prefecture/630100000', '城东区/county/630102000', '八一路/landmark', '城中区/county/630103000', '五四大街/landmark', '长江中路/landmark', '淄博路/landmark',
    ]],
    ['rivers listed before the area they run through together; a gorge and a pass of the west named alone', '雅鲁藏布江、澜沧江、怒江三江并流，虎跳峡、阳关迎来游客。', [
      '雅鲁藏布江/natural', '澜沧江/natural', '怒江/natural', '三江并流/natural', '虎跳峡/natural', '阳关/landmark',
    ]],
    ['a corps regiment the data names with its seat or branch after 团 (兵团一二三团生活区, 兵团一三七团乡) is the regiment the press writes', '兵团第七师一二三团，克拉玛依市一三七团，新湖农场。', [
      '第七师/prefecture', '一二三团/township/654202500', '克拉玛依市/prefecture/650200000', '一三七团/township/650205509',
    ]],
    ['a mountain before the tunnel under it or the pass over it, also after 翻过; no tunnel of another kind', '翻过鹧鸪山垭口，二郎山隧道通车，过江隧道和城区隧道也在建。', [
      '鹧鸪山/natural', '二郎山/natural',
    ]],
    ['a river-and-prefecture name before a verb of a river\'s flowing or a word of its gorge is the river; a river named alone before 蜿蜒', '泸水市，高山夹着怒江奔流而下，怒江峡谷云雾缭绕。巫溪县，公路沿着大宁河蜿蜒而上。怒江州召开会议。', [
      '泸水市/county/533301000', '怒江/natural', '怒江/natural', '巫溪县/county/500238000', '大宁河/natural', '怒江州/prefecture/533300000',
    ]],
    ['informal regions of the west and the plateau\'s cultural regions; a district whose name holds one is that district', '移民来自西海固和宁南山区，康巴、安多的牧民，川渝两地游客。鄂尔多斯市康巴什区。', [
      '西海固/region', '宁南山区/region', '康巴/region', '安多/region', '川渝/region', '鄂尔多斯市/prefecture/150600000', '康巴什区/county/150603000',
    ]],
    ['a county\'s or corps city\'s short form before the 讯 of its outlet\'s dateline; no word ending in 讯', '石河子讯（记者 王新）喜讯（图）传来，巫溪讯（记者 向东）。', [
      '石河子/county/659001000', '巫溪/county/500238000',
    ]],
    ['a Zhuang name opening with 那 after the unit it lies in, a village after its township and a 屯 after its village; not the demonstrative 那', '那坡县平孟镇那布新村，那布村那布屯；平孟镇那个村，那些屯都通了路。', [
      '那坡县/county/451026000', '平孟镇/township/451026101', '那布新村/village', '那布村/village/451026207', '那布屯/village', '平孟镇/township/451026101',
    ]],
    ['a temple before the viewing platform named after it; the upper Mekong by its Tibetan name', '德钦县，游客到飞来寺观景台看梅里雪山；囊谦县，澜沧江上游的扎曲从盐田旁流过。', [
      '德钦县/county/533422000', '飞来寺/landmark', '梅里雪山/natural', '囊谦县/county/632725000', '澜沧江/natural', '扎曲/natural',
    ]],
    ['an ethnic township whose data name puts 民族 between its people and 乡, written without both; a 民族乡 with no people before 民族 keeps its name', '墨脱县达木乡、米林市南伊乡的珞巴族群众，逊克县新鄂乡和金坪民族乡。', [
      '墨脱县/county/540423000', '达木乡/township/540423202', '米林市/county/540481000', '南伊乡/township/540481201', '逊克县/county/231123000', '新鄂乡/township/231123204', '金坪民族乡/township/360823204',
    ]],
    ['Xinjiang\'s long autonomous counties by their first character and 县, in their region; 县域 after a word holding the character is none', '塔县县城塔什库尔干镇；伊犁州察县的牧民；灯塔县域经济。', [
      '塔县/county/653131000', '塔什库尔干镇/township/653131100', '伊犁州/prefecture/654000000', '察县/county/654022000',
    ]],
    ['a pass named with 垭 or 达坂 after 翻过 or 翻越, also before 后; no 山 of a name before 山口 (德姆拉山口; the listed 多雄拉 is the pass before it); a 垭 right after a place is none', '公路翻过凉风垭后一路下坡，翻越苏巴什达坂，穿过德姆拉山口和多雄拉山口；南岸区黄桷垭的老街。', [
      '凉风垭/natural', '苏巴什达坂/natural', '多雄拉/natural', '南岸区/county/500108000',
    ]],
    ['a compass region after 从 or 来自 before 的 or a word of coming; not a compass direction before 向', '冷空气从东北向西南移动；民宿住满了从东北来的老人，来自西北的客商。', [
      '东北/region', '西北/region',
    ]],
    ['a township listed right after a township of its county is of that county, not of a county named nearer; alone after that county it is that county\'s', '酉阳县与贵州沿河县隔乌江相望，酉水河镇、后坪乡的公路在建；沿河县后坪乡。', [
      '酉阳县/county/500242000', '贵州/province/520000000', '沿河县/county/520627000', '乌江/natural', '酉水河镇/township/500242111', '后坪乡/township/500242210', '沿河县/county/520627000', '后坪乡/township/520627211',
    ]],
    ['snow peaks and 海 lakes of a Tibetan scenic area, a cave and a wetland named alone', '稻城县的仙乃日、央迈勇、夏诺多吉倒映在湖中，游客登上牛奶海、五色海，翻过海子山。巴马县的百魔洞，塔什库尔干县的金草滩。', [
      '稻城县/county/513337000', '仙乃日/natural', '央迈勇/natural', '夏诺多吉/natural', '牛奶海/natural', '五色海/natural', '海子山/natural', '巴马县/county/451227000', '百魔洞/natural', '塔什库尔干县/county/653131000', '金草滩/natural',
    ]],
    ['a county\'s short form between 从 and a word of coming (搬, 迁) or a list\'s mark, with no region named for it; not 从小, nor a short form after 从 before another word', '他从小就在这里，从海原上看去一片绿。红寺堡区的移民，有从西吉搬来的，有从隆德、泾源迁来的。', [
      '红寺堡区/county/640303000', '西吉/county/640422000', '隆德/county/640423000', '泾源/county/640424000',
    ]],
    ['a township after 来自 whose name opens with a feature\'s word before 口 (川口镇) is the township, no river 来自川 before its mouth', '民和县，来自川口镇、官亭镇的歌手，来自溪口村的村民。', [
      '民和县/county/630222000', '川口镇/township/630222100', '官亭镇/township/630222103', '溪口村/village',
    ]],
    ['a river named after its county (若羌河), the name ending there, is the river, and one listed before it with 和 too; a township named so (太白河镇) stays the township', '若羌县境内，车尔臣河和若羌河滋养着绿洲；太白县太白河镇的村民。', [
      '若羌县/county/652824000', '车尔臣河/natural', '若羌河/natural', '太白县/county/610331000', '太白河镇/township/610331104',
    ]],
    ['a name before a list\'s mark and a river that a word of two waters meeting follows is a river too, though it is also a prefecture; not two prefectures before a word of their border', '河口县地处红河与南溪河交汇处；红河州与文山州交界。', [
      '河口县/county/532532000', '红河/natural', '南溪河/natural', '红河州/prefecture/532500000', '文山州/prefecture/532600000',
    ]],
    ['a verb of climbing (登) stands in no unlisted village\'s name before 寨 (游客登寨后); a village so named after a word of place still is one', '石宝镇的名胜，游船在这里停靠，游客登寨后乘船离开，来到新寨村。', [
      '石宝镇/township', '新寨村/village',
    ]],
    ['a township whose full name is a phrase of the news (新镇, the new town; 临镇, the town next door) is none without its region', '云阳县的老镇沉入江底，新镇在半山腰上建了起来，临镇的集市也搬了。', [
      '云阳县/county/500235000',
    ]],
    ['a feature listed beside a river and named after a river or lake is that river or lake, as one found alone is', '云阳县，澎溪河湿地、长江岸线的生态修复工程完工，长江、汉丰湖湿地的白鹭。', [
      '云阳县/county/500235000', '澎溪河/natural', '长江/natural', '长江/natural', '汉丰湖/natural',
    ]],
    ['a county of Chongqing\'s 县 supports a district of its 市辖区 (万州), the municipality\'s two groupings being one city; a county elsewhere gives a word no support', '云阳县与万州、奉节合作；淄川区的企业与城区合作。', [
      '云阳县/county/500235000', '万州/county/500101000', '奉节/county/500236000', '淄川区/county/370302000',
    ]],
    ['a county named after its people alone (东乡族自治县, 鄂温克族自治旗) is written with the people\'s name without 族 and with 县 or 旗; the people itself (东乡族群众) is no place', '东乡族自治县的洋芋丰收，东乡县城新建了市场，东乡的东乡族群众；鄂温克族自治旗的牧民，鄂温克旗草原。', [
      '东乡族自治县/county/622926000', '东乡县/county/622926000', '东乡/county/622926000', '鄂温克族自治旗/county/150724000', '鄂温克旗/county/150724000',
    ]],
    ['a name that is both a unit and a river is the river after 在, the place it runs in and a verb of flowing (奔流, 奔腾), before 第一湾 (a river\'s great bend) and a mountain before 腹地; not the prefecture after 在 and a clause of its own', '泸水市境内，怒江在峡谷中奔腾，观景台正对怒江第一湾；乌鲁木齐县地处天山腹地。怒江州在泸水召开会议。', [
      '泸水市/county/533301000', '怒江/natural', '怒江/natural', '乌鲁木齐县/county/650121000', '天山/natural', '怒江州/prefecture/533300000', '泸水/county/533301000',
    ]],
    ['a river named after its county (特克斯河) before the words of its course (自西向东, 流过) is the river; the county so followed stays the county', '特克斯县和巩留县，特克斯河自西向东流入巩留县境；巩留县自南向北修建公路。', [
      '特克斯县/county/654027000', '巩留县/county/654024000', '特克斯河/natural', '巩留县/county/654024000', '巩留县/county/654024000',
    ]],
    ['water lifted or led up a mountain (提水上山, 引水上山) names no mountain; the river it is taken from still is one', '定西市安定区从洮河引水上山，把水送到了山顶，提水上山工程完工。', [
      '定西市/prefecture/621100000', '安定区/county/621102000', '洮河/natural',
    ]],
    ['a village\'s short form before a memorial hall named after it (纪念馆, 陈列馆) is that village, after a word that starts no phrase too; the hall alone is no place', '延川县文安驿镇梁家河村，游客参观了梁家河村史陈列馆，随后来到了知青旧居的梁家河陈列馆；县里新建了纪念馆。', [
      '延川县/county/610622000', '文安驿镇/township/610622103', '梁家河村/village/610622103', '梁家河村/village/610622103', '梁家河/village/610622103',
    ]],
    ['a glacier, a peak, a river and an old trail of the west listed by name (木扎尔特冰川, 纳木那尼峰, 大环江, 夏塔古道)', '徒步者走过夏塔古道，远望木扎尔特冰川；登山队攀登纳木那尼峰；漂流爱好者来到大环江。', [
      '夏塔古道/landmark', '木扎尔特冰川/natural', '纳木那尼峰/natural', '大环江/natural',
    ]],
    ['two rivers joined by 和 before 在, the place they meet and a word of meeting (交汇) are rivers, though one is also a unit or needs support; not two cities before 在 and a word of no meeting', '安康市岚皋县，汉江和岚河在县城附近交汇；黄山和佛山在会上交流。', [
      '安康市/prefecture/610900000', '岚皋县/county/610925000', '汉江/natural', '岚河/natural', '佛山/prefecture/440600000',
    ]],
    ['a river\'s bank after the river (长江南岸) is no district of that name (南岸区); the district after its city still is one', '丰都县地处长江北岸，石柱县在长江南岸；重庆市南岸区。', [
      '丰都县/county/500230000', '长江/natural', '石柱县/county/500240000', '长江/natural', '重庆市/province/500000000', '南岸区/county/500108000',
    ]],
    ['names listed before a count of natural villages (四个自然村, 等寨子) are villages though no suffix follows them; not things listed before a count of another kind', '舟曲县立节镇的村子由阿日、达果、贡巴三个自然村组成；威宁县的苹果、梨子、核桃三个品种。', [
      '舟曲县/county/623023000', '立节镇/township/623023103', '阿日/village', '达果/village', '贡巴/village', '威宁县/county/520526000',
    ]],
    ['a natural village after its village, or after it and 的, holds a name abroad\'s short form as a word (大马 of 大马散寨); the short form alone is the country', '西盟县勐卡镇马散村的大马散寨，永帮村大马边寨；他去了大马和泰国。', [
      '西盟县/county/530829000', '勐卡镇/township/530829102', '马散村/village/530829102', '大马散寨/village', '永帮村/village/530829102', '大马边寨/village', '大马/foreign', '泰国/foreign',
    ]],
    ['mountains, caves, rivers, grasslands and monasteries of the south-west named alone; the Qinba and Wa areas and Kham as regions, the Qinba range as a mountain', '方斗山、七曜山，夜郎洞、花江大峡谷，南卡江、毛垭大草原、格聂神山，长青春科尔寺、冷古寺；秦巴山区、佤山、康区，秦巴山脉。', [
      '方斗山/natural', '七曜山/natural', '夜郎洞/natural', '花江大峡谷/natural', '南卡江/natural', '毛垭大草原/natural', '格聂神山/natural', '长青春科尔寺/landmark', '冷古寺/landmark', '秦巴山区/region', '佤山/region', '康区/region', '秦巴山脉/natural',
    ]],
    ['a gorge named after a river (峡谷, 大峡谷 after a name ending in 河 or 江) is that river; a gorge of another name stays whole', '宁蒗县，游客沿着永宁河峡谷徒步，也沿着宁利河大峡谷骑行；墨脱县的雅鲁藏布大峡谷。', [
      '宁蒗县/county/530724000', '永宁河/natural', '宁利河/natural', '墨脱县/county/540423000', '雅鲁藏布大峡谷/natural',
    ]],
    ['a people\'s stockade (苗寨, 侗寨) right after its village\'s short form is no natural village of its own; a natural village of one character after its village still is one', '彭水县鞍子镇罗家坨村，罗家坨苗寨的村民跳起了舞，罗家坨村后寨的老人也来了；黎平县肇兴镇堂安村，堂安侗寨。', [
      '彭水县/county/500243000', '鞍子镇/township/500243114', '罗家坨村/village/500243114', '罗家坨/village/500243114', '罗家坨村/village/500243114', '后寨/village', '黎平县/county/522631000', '肇兴镇/township/522631111', '堂安村/village/522631111', '堂安/village/522631111',
    ]],
    ['sinkholes, rivers, mountains, an island and a summer resort of the south-west named alone', '大石围天坑、大石围，布柳河、拱坝河，齐岳山、摩围山，里务比岛，苏马荡。', [
      '大石围天坑/natural', '大石围/natural', '布柳河/natural', '拱坝河/natural', '齐岳山/natural', '摩围山/natural', '里务比岛/natural', '苏马荡/landmark',
    ]],
    ['a people\'s stockade after a village\'s name written without its 村, where the text names the township, is that village wherever it stands; a township\'s short form before one is the township', '剑河县岑松镇，游客走进巫沟苗寨；保靖县吕洞山镇，夯沙苗寨的芦笙响起；雷山县西江镇，西江千户苗寨。', [
      '剑河县/county/522629000', '岑松镇/township/522629101', '巫沟/village/522629101', '保靖县/county/433125000', '吕洞山镇/township/433125116', '夯沙/village/433125116', '雷山县/county/522634000', '西江镇/township/522634101', '西江/township/522634101',
    ]],
    ['a township the data spells otherwise than the press (八宿\'s 帮达镇, written 邦达镇) by the press\'s form, and its short form before the airport named after it', '八宿县邦达镇的牧民，从邦达机场出发。', [
      '八宿县/county/540326000', '邦达镇/township/540326101', '邦达/township/540326101',
    ]],
    ['works on a village school (改造村小, 扩建村小) make no village; a reserve\'s mountains of the south-west before 景区 or 自然保护区 (the reserve named after them)', '全县新建和改造村小12所，扩建村小5所。平武县王朗景区，王朗自然保护区。', [
      '平武县/county/510727000', '王朗/natural', '王朗/natural',
    ]],
    ['a man of that name (王朗) where no word of a feature follows is no place', '王朗说，他明天来。', []],
    ['verbs of going and seeing (去, 看) before a feature are no part of its name; 去 and 看 before a word of water or a waterfall open none', '游客去漓江边拍照，看左江的人排起长队。我们去海边看日出，边境线看瀑布，过去河边有座桥。', ['漓江/natural', '左江/natural']],
    ['a river that holds a county\'s name (黑水河, not 黑水), a border river and a waterfall abroad', '大新县桃城镇。午饭后到黑水河边的宝贤村，德天瀑布与越南的板约瀑布相连。晴隆县二十四道拐是抗战公路。', [
      '大新县/county/451424000', '桃城镇/township/451424100', '黑水河/natural', '宝贤村/village/451424100', '德天瀑布/natural', '越南/foreign', '板约瀑布/natural', '晴隆县/county/522324000', '二十四道拐/landmark',
    ]],
    ['a county\'s short form after a verb of detouring or passing (绕道, 绕行, 路过); 绕道 before a verb names none', '大新县城。有时间可以绕道靖西看鹅泉，绕行德保，路过天等。前方施工，车辆请绕道通行。', [
      '大新县/county/451424000', '靖西/county/451081000', '鹅泉/natural', '德保/county/451024000', '天等/county/451425000',
    ]],
  ])('%s', { timeout: 30_000 }, async (_, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });
});
