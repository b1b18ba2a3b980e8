// County and prefecture news on rivers, lakes, mountains and passes (ecology, water conservancy, the flood season,
// river chiefs, tourism), written for these tests as county media centres and prefecture dailies write them (no
// sentence is taken from real articles or from the evaluation texts), marked before the engine read them as
// county-articles.fixtures.ts marks its articles:
//   [[span|level]] or [[span|level|code]]  a place; the code's leading digits (330127 = 330127000000)
// They name the features the press writes with no clue word (元荡, 牯牛降, 九曲溪's 九曲, 多雄拉), with a word the
// rules mistrust (…海 of a mountain lake, …港 of a river, …尖 of a peak) or with a unit's name (千岛湖, 龙江, 天子山).
// `natureFirst` was scored blind before any change for it; `natureSecond` was written after its changes and scored
// once, blind.

import type { CountyArticle } from './county-articles.fixtures';

export const natureFirst: CountyArticle[] = [
  {
    province: 'Zhejiang (Chun\'an, the lake\'s water)',
    marked:
      '[[淳安县|county|330127]]融媒体中心讯 入冬以来，[[千岛湖|natural]]水质持续保持Ⅰ类。县治水办介绍，今年全县对[[东源港|natural]]、[[武强溪|natural]]、' +
      '[[凤林港|natural]]等入湖支流开展综合整治，[[新安江|natural]]出境断面水质稳定达标。在[[威坪镇|township|330127104]]，[[武强溪|natural]]两岸新栽了' +
      '水杉林，镇级河长每周巡河两次。[[千岛湖镇|township|330127100]]则在湖边建起了生态缓冲带。\n' +
      '不少登山爱好者冬日登上[[磨心尖|natural]]，远眺群岛如星。[[杭州市|prefecture|3301]]生态环境局[[淳安|county|330127]]分局负责人表示，将继续守护好' +
      '“一湖秀水”，让[[千岛湖|natural]]的水清澈流入[[钱塘江|natural]]。',
  },
  {
    province: 'Jiangxi (Jing\'an, river chiefs)',
    marked:
      '本报[[靖安|county|360925]]讯 记者 熊卫东 报道：[[北潦河|natural]]碧水长流，两岸竹林成荫。近年来，[[靖安县|county|360925]]全面推行河湖长制，' +
      '县乡村三级河长1200余名，把[[北潦河|natural]]、[[南潦河|natural]]和[[潦河|natural]]干流纳入“一河一策”管理。[[三爪仑乡|township|360925205]]' +
      '地处[[九岭山|natural]]南麓，森林覆盖率超过84%，[[骆家坪|natural]]一带的溪水可以直接饮用。\n' +
      '[[潦河|natural]]向东汇入[[修河|natural]]，最终注入[[鄱阳湖|natural]]。[[宝峰镇|township|360925102]]的民宿主人说，每到夏天，游客从[[南昌|prefecture|3601]]' +
      '开车一个多小时就能到[[靖安|county|360925]]戏水避暑，不少人还会顺路去[[柘林湖|natural]]看看。',
  },
  {
    province: 'Hunan (Wulingyuan, the peaks in winter)',
    marked:
      '[[张家界|prefecture|4308]]新闻网讯 一场降雪过后，[[武陵源|county|430811]]核心景区银装素裹。[[天子山|natural]]、[[黄石寨|natural]]、[[袁家界|natural]]的石峰' +
      '披上雪衣，[[金鞭溪|natural]]溪水潺潺，吸引大批摄影爱好者。\n' +
      '[[武陵源区|county|430811]]文旅局介绍，[[索溪|natural]]上游的[[宝峰湖|natural]]游船已恢复运营，[[十里画廊|natural]]观光小火车每天开行。' +
      '为保护[[金鞭溪|natural]]生态，景区在沿线增设了垃圾分类点。[[澧水|natural]]支流[[索溪|natural]]流经城区，区里今年完成了河道清淤3.2公里。',
  },
  {
    province: 'Guizhou (Libo, karst forest)',
    marked:
      '[[荔波县|county|522722]]融媒体中心讯 [[樟江|natural]]水量回升，[[小七孔|natural]]景区的[[拉雅瀑布|natural]]、[[卧龙潭|natural]]再现飞瀑。' +
      '近日，不少游客沿着[[响水河|natural]]栈道徒步，感受喀斯特森林的冬日之美。\n' +
      '[[茂兰|township|522722102]]国家级自然保护区位于县境东南部，与[[广西|province|45]][[木论|natural]]保护区相连。[[茂兰镇|township|522722102]]党委负责人介绍，' +
      '镇里组织护林员对[[水春河|natural]]峡谷开展巡护。县水务局表示，今年全县完成[[樟江|natural]]流域水土流失治理面积1.6万亩。',
  },
  {
    province: 'Sichuan (Daocheng, the holy mountains)',
    marked:
      '[[甘孜州|prefecture|5133]]讯 雪后的[[亚丁|natural]]晴空万里，[[仙乃日|natural]]、[[央迈勇|natural]]和[[夏诺多吉|natural]]三座神山轮廓清晰。' +
      '[[稻城县|county|513337]]文旅局介绍，景区内[[珍珠海|natural]]、[[牛奶海|natural]]和[[五色海|natural]]冬季仍有游客前往，为保障安全，' +
      '景区对通往[[牛奶海|natural]]的步道实行限时开放。\n' +
      '[[香格里拉镇|township|513337101]]的牧民说，冬天[[赤土河|natural]]结了冰，牛羊都赶到了低处的草场。县里还在[[海子山|natural]]设立了巡护站，' +
      '保护高原湖泊群和野生动物。',
  },
  {
    province: 'Guangxi (Yizhou, the flood season)',
    marked:
      '[[河池|prefecture|4512]]日报讯 受持续强降雨影响，[[龙江|natural]]干流[[宜州|county|451203]]段水位快速上涨。[[宜州区|county|451203]]防汛抗旱指挥部' +
      '启动Ⅳ级应急响应，组织沿江乡镇转移群众460多人。[[怀远镇|township|451203103]]位于[[龙江|natural]]下游，镇里连夜加固堤防。\n' +
      '[[下枧河|natural]]、[[中洲河|natural]]也出现涨水。区水利局提醒，[[龙江|natural]]从城区穿过，市民不要到江边观水。[[德胜镇|township|451203104]]' +
      '的[[古龙河|natural]]沿岸已设立警示牌。',
  },
  {
    province: 'Inner Mongolia (Urad Front Banner, the lake\'s recovery)',
    marked:
      '[[巴彦淖尔市|prefecture|1508]]讯 初冬时节，[[乌梁素海|natural]]湖面开始封冻，数万只候鸟已经南迁。[[乌拉特前旗|county|150823]]生态环境分局介绍，' +
      '经过多年综合治理，湖区水质由劣Ⅴ类提升到Ⅳ类。\n' +
      '治理从“山水林田湖草沙”一体推进：[[乌拉山|natural]]北麓修复矿山，[[黄河|natural]]向湖区生态补水，[[河套|region]]灌区退水经排干沟净化后入湖。' +
      '[[乌拉山镇|township|150823100]]的牧民说，如今[[乌拉山|natural]]上的岩羊也多了起来。[[额尔登布拉格苏木|township|150823200]]则在' +
      '[[乌拉特草原|natural]]上推行草畜平衡。',
  },
  {
    province: 'Tibet (Medog, the pass reopens)',
    marked:
      '[[林芝|prefecture|5404]]讯 经过一个多月的封山，[[墨脱县|county|540423]]境内的[[多雄拉|natural]]山口近日恢复通行。每年冬季，' +
      '[[多雄拉|natural]]山口积雪可达数米，徒步进出[[墨脱|county|540423]]的通道随之关闭。\n' +
      '[[雅鲁藏布江|natural]]从[[墨脱|county|540423]]穿流而过，[[南迦巴瓦峰|natural]]矗立江畔。[[背崩乡|township|540423206]]的干部说，' +
      '[[多雄拉|natural]]的雪化了，乡里的茶叶和石锅就能运出去。县里还计划在[[嘎隆拉|natural]]隧道口设立游客服务站。',
  },
];

export const natureSecond: CountyArticle[] = [
  {
    province: 'Jiangxi (Xiushui, the flood season)',
    marked:
      '[[修水县|county|360424]]融媒体中心讯 受强降雨影响，[[修河|natural]][[修水|county|360424]]段水位超警戒0.8米。县防汛指挥部启动Ⅲ级应急响应，' +
      '[[东津水库|natural]]开闸泄洪。[[何市镇|township|360424114]]地处[[幕阜山|natural]]南麓，山洪沟道多，镇里组织转移群众300余人。\n' +
      '[[黄港镇|township|360424113]]境内的[[东津水|natural]]暴涨，部分道路被冲毁。县水利局提醒，[[修河|natural]]从县城穿过，沿河群众不要涉水。' +
      '目前，[[黄龙山|natural]]一带雨势减弱。',
  },
  {
    province: 'Hubei (Luotian, autumn in the mountains)',
    marked:
      '[[黄冈|prefecture|4211]]讯 秋冬之交，[[大别山|natural]]主峰[[天堂寨|natural]]层林尽染。[[罗田县|county|421123]][[九资河镇|township|421123103]]的民宿' +
      '家家客满，游客登[[薄刀峰|natural]]、看[[天堂湖|natural]]，再沿[[义水河|natural]]骑行。\n' +
      '[[白莲河乡|township|421123200]]依托[[白莲河水库|natural]]发展生态渔业，库区水质常年保持Ⅱ类。县文旅局介绍，今年[[罗田|county|421123]]接待游客' +
      '超过800万人次，[[天堂寨|natural]]、[[薄刀峰|natural]]两大景区贡献过半。',
  },
  {
    province: 'Yunnan (Qiubei, a karst lake wetland)',
    marked:
      '[[文山州|prefecture|5326]]讯 冬日的[[普者黑|natural]]湖水清澈，成群的红嘴鸥在湖面上空盘旋。[[丘北县|county|532626]]文旅局介绍，[[普者黑|natural]]' +
      '景区内有大小湖泊54个，孤峰312座，[[仙人湖|natural]]、[[火把洞|natural]]等景点游客不断。\n' +
      '为保护[[普者黑|natural]]湿地，[[双龙营镇|township|532626103]]关停了沿湖养殖场，退耕还湿1200亩。县里还在[[清水江|natural]]上游开展水源地保护，' +
      '让好山好水成为群众增收的“绿色银行”。',
  },
  {
    province: 'Heilongjiang (Fuyuan, the rivers freeze)',
    marked:
      '[[佳木斯|prefecture|2308]]日报讯 随着气温骤降，[[黑龙江|natural]][[抚远|county|230883]]段进入流冰期，[[乌苏里江|natural]]也开始封江。' +
      '[[抚远市|county|230883]]水务局提醒，江面冰层尚未稳固，群众不要上冰。\n' +
      '位于两江交汇处的[[黑瞎子岛|natural]]，冬季旅游即将开放。[[乌苏镇|township|230883103]]的渔民说，今年[[乌苏里江|natural]]大马哈鱼洄游数量比去年多。' +
      '在[[三江口|natural]]，每天清晨都能看到“东方第一缕阳光”。',
  },
  {
    province: 'Gansu (Maqu, the Yellow River\'s first bend)',
    marked:
      '[[甘南州|prefecture|6230]]讯 [[黄河|natural]]从[[青海|province|63]]流入[[玛曲|county|623025]]，绕了一个433公里的大弯又流回[[青海|province|63]]，' +
      '形成“[[黄河|natural]]首曲”。[[玛曲县|county|623025]]是[[黄河|natural]]上游重要的水源补给区，境内有[[阿万仓|township|623025102]]湿地、' +
      '[[玛曲|county|623025]]湿地等大片湿地。\n' +
      '近年来，[[阿万仓镇|township|623025102]]治理沙化草原8万亩，[[黑河|natural]]两岸重现绿色。[[尼玛镇|township|623025100]]的牧民说，' +
      '如今[[西梅朵合塘|natural]]的花海又回来了。',
  },
];

// `natureThird`: the third batch, written after the lists were extended province by province (延庆, 吉县, 吉林, 合肥,
// 宁德, 西安, 和田: rivers in the flood season, hills and a river's tributary in autumn, rime on the river, a lake's
// inflowing rivers, streams and falls in summer, a city's rivers, meltwater rivers) and scored once, blind.
export const natureThird: CountyArticle[] = [
  {
    province: 'Beijing (Yanqing and Huairou, the flood season)',
    marked:
      '[[延庆区|county|110119]]融媒体中心讯 入汛以来，区水务局加强对[[妫水河|natural]]、[[白河|natural]]等重点河道的巡查，[[官厅水库|natural]]库区开展了汛前清障。' +
      '在[[张山营镇|township|110119105]]，[[海坨山|natural]]下的山洪沟道全部完成清淤；[[千家店镇|township|110119107]]境内的[[白河|natural]]峡谷段设置了12处警示牌。\n' +
      '[[怀柔区|county|110116]]的[[雁栖湖|natural]]周边，水务部门新建了生态护岸；[[密云水库|natural]]上游的[[潮河|natural]]、[[白马关河|natural]]水质保持Ⅱ类以上。' +
      '市水务局提醒，汛期请勿前往[[龙庆峡|natural]]、[[玉渡山|natural]]等景区的野河道戏水。',
  },
  {
    province: 'Shanxi (Jixian and Xiangning, hills and a tributary in autumn)',
    marked:
      '[[临汾|prefecture|1410]]日报讯 秋日的[[吕梁山|natural]]南麓层林尽染。[[吉县|county|141028]]的[[壶口瀑布|natural]]进入最佳观赏期，[[黄河|natural]]水量增大，' +
      '瀑布宽度超过80米。[[乡宁县|county|141029]]的[[云丘山|natural]]红叶漫山，[[鄂河|natural]]峡谷里溪水潺潺。\n' +
      '[[昕水河|natural]]是[[黄河|natural]]的一级支流，流经[[蒲县|county|141033]]、[[大宁县|county|141030]]，近年来沿线各县持续推进生态修复；' +
      '[[翼城县|county|141022]]的[[历山|natural]]自然保护区则发现了成群的野生猕猴。',
  },
  {
    province: 'Jilin (Jilin City and Changchun, rime on the river)',
    marked:
      '[[吉林市|prefecture|2202]]讯 入冬以来，[[松花江|natural]]畔雾凇如期而至。[[龙潭区|county|220203]][[乌拉街镇|township|220203100]]的[[雾凇岛|natural]]游客络绎不绝，' +
      '[[丰满水库|natural]]下游江段形成了大面积雾凇景观，[[松花湖|natural]]冰面上的冬捕也吸引了不少游客。\n' +
      '[[长春|prefecture|2201]]的[[净月潭|natural]]国家森林公园里，越野滑雪赛道已经开放；[[二龙湖|natural]]冬捕节也将于本月下旬开幕。[[蛟河市|county|220281]]的' +
      '[[拉法山|natural]]雪后奇峰林立，登山步道已完成防滑处理。',
  },
  {
    province: 'Anhui (Hefei, the lake\'s inflowing rivers)',
    marked:
      '[[合肥|prefecture|3401]]日报讯 [[巢湖|natural]]综合治理持续推进。市河长办介绍，今年以来，[[南淝河|natural]]、[[十五里河|natural]]、[[派河|natural]]、' +
      '[[杭埠河|natural]]等入湖河流水质稳步提升，[[南淝河|natural]]入湖口断面水质首次达到Ⅳ类。\n' +
      '[[肥西县|county|340123]]的[[紫蓬山|natural]]国家森林公园完成了林相改造，[[大蜀山|natural]]周边新建绿道12公里；[[长丰县|county|340121]]境内的[[瓦埠湖|natural]]、' +
      '[[高塘湖|natural]]实施退渔还湖，[[董铺水库|natural]]水源地保护区全面完成围网隔离。',
  },
  {
    province: 'Fujian (Ningde, streams and falls in summer)',
    marked:
      '[[宁德|prefecture|3509]]新闻网讯 暑期，[[闽东|region]]山海景区迎来客流高峰。[[屏南县|county|350923]]的[[白水洋|natural]]人气火爆，[[鸳鸯溪|natural]]沿岸新修的游步道' +
      '全线贯通；[[周宁县|county|350925]]的[[九龙漈|natural]]瀑布群水量充沛，飞瀑声震山谷。\n' +
      '在[[福鼎市|county|350982]]，[[太姥山|natural]]景区推出了夜游项目，海上的[[大嵛山岛|natural]]天湖草场吸引了不少露营爱好者。[[霞浦县|county|350921]]的[[杨家溪|natural]]漂流、' +
      '[[蕉城区|county|350902]][[霍童镇|township|350902105]]的[[霍童溪|natural]]竹筏同样一票难求。市文旅局介绍，[[三都澳|natural]]海上渔排观光线路也已开通。',
  },
  {
    province: 'Shaanxi (Xi\'an, the city\'s rivers)',
    marked:
      '[[西安|prefecture|6101]]日报讯 市水务局日前通报，今年前三季度，[[渭河|natural]][[西安|prefecture|6101]]段水质稳定保持Ⅲ类，[[灞河|natural]]、[[浐河|natural]]、' +
      '[[沣河|natural]]、[[潏河|natural]]等主要支流断面水质全部达标。[[灞桥区|county|610111]]在[[灞河|natural]]沿岸新建湿地公园3处；[[鄠邑区|county|610118]]对[[涝河|natural]]' +
      '实施了生态补水。\n' +
      '[[秦岭|natural]]北麓，[[长安区|county|610116]]的[[南五台|natural]]、[[翠华山|natural]]秋色正浓，[[蓝田县|county|610122]]的[[王顺山|natural]]也迎来登山高峰。' +
      '[[周至县|county|610124]]的[[黑河水库|natural]]作为全市主要水源地，库区水质保持Ⅱ类。',
  },
  {
    province: 'Xinjiang (Hotan, the meltwater rivers)',
    marked:
      '[[和田地区|prefecture|6532]]讯 入夏以来，[[昆仑山|natural]]冰雪消融加快，[[玉龙喀什河|natural]]、[[喀拉喀什河|natural]]进入丰水期。地区防汛办介绍，' +
      '[[和田河|natural]]流域各县已落实巡堤人员1200余名。[[墨玉县|county|653222]]、[[洛浦县|county|653224]]在河道沿线设置了警示标志，严禁群众下河捞玉。\n' +
      '[[于田县|county|653226]]境内的[[克里雅河|natural]]水量较常年偏多两成，[[民丰县|county|653227]]的[[尼雅河|natural]]下游绿洲得到有效补水，' +
      '河水最终消失在[[塔克拉玛干沙漠|natural]]腹地。',
  },
];

// `natureFourth`: the fourth batch, written by a reader who had not written the lists and did not read them first, of
// provinces the other batches leave out (Hebei, Liaoning, Guangdong, Hainan, Qinghai, Ningxia: a gorge river's rafting
// season, a water cave and autumn leaves, a red-rock mountain at Golden Week, rainforest rivers, the source lakes of the
// Yellow River, a city's lakes and wetlands), and scored once, blind. A feature a township is named after is the feature
// where the text means it (狼牙山's main peak, 五指山 climbed); a feature named after a city gives the city (本溪水洞).
export const natureFourth: CountyArticle[] = [
  {
    province: 'Hebei (Laishui and Yixian, a gorge river\'s rafting season)',
    marked:
      '[[涞水县|county|130623]]融媒体中心讯 入夏以来，[[拒马河|natural]]水量充沛，[[三坡镇|township|130623106]]的竹筏漂流迎来客流高峰。县水务局介绍，今年对' +
      '[[拒马河|natural]][[涞水|county|130623]]段实施了河道清障，沿岸新建防洪堤2.6公里。[[百里峡|natural]]景区内溪水潺潺，[[鱼谷洞|natural]]洞内常年恒温，' +
      '[[白草畔|natural]]的高山草甸上开满了金莲花。\n' +
      '在[[易县|county|130633]]，[[易水湖|natural]]的游船码头新增了30艘电动游船；[[狼牙山|natural]]主峰[[棋盘坨|natural]]的登山步道完成了维修加固。' +
      '[[保定市|prefecture|1306]]文广旅局提醒，汛期游客切勿在野河道戏水。',
  },
  {
    province: 'Liaoning (Benxi and Huanren, a water cave and autumn leaves)',
    marked:
      '[[本溪|prefecture|2105]]日报讯 枫叶正红，[[本溪满族自治县|county|210521]]的[[关门山|natural]]国家森林公园迎来赏枫高峰，[[枫林谷|natural]]的栈道上游人如织。' +
      '[[太子河|natural]]沿岸的万亩枫林层层叠叠，吸引了大批摄影爱好者。[[本溪|prefecture|2105]]水洞景区推出了秋季游船夜游，洞内地下河全长5800米。\n' +
      '[[桓仁满族自治县|county|210522]]的[[五女山|natural]]山城游客量同比增长26%，[[桓龙湖|natural]]上薄雾缭绕；[[浑江|natural]]两岸的稻田一片金黄。' +
      '县水务局介绍，[[浑江|natural]][[桓仁|county|210522]]段水质稳定保持Ⅱ类。',
  },
  {
    province: 'Guangdong (Renhua and Shixing, a red-rock mountain at Golden Week)',
    marked:
      '[[韶关|prefecture|4402]]讯 国庆假期，[[仁化县|county|440224]]的[[丹霞山|natural]]迎来游客高峰，[[长老峰|natural]]观日台上一早就挤满了看日出的游客，' +
      '[[锦江|natural]]上的游船班班满座。[[阳元石|natural]]、[[翔龙湖|natural]]景区实行分时段预约，最高峰时日接待游客3.2万人次。\n' +
      '市区[[浈江|natural]]、[[武江|natural]]交汇处，[[北江|natural]]沿岸的碧道成为市民散步的好去处。[[始兴县|county|440222]]的[[车八岭|natural]]国家级自然保护区' +
      '则推出了自然教育课程，孩子们在林间辨认蕨类和鸟类。',
  },
  {
    province: 'Hainan (Wuzhishan and Qiongzhong, rainforest rivers)',
    marked:
      '[[五指山市|county|469001]]讯 雨季来临，[[海南|province|460000]]热带雨林国家公园里溪流奔涌。[[水满乡|township|469001202]]的登山向导说，近来登顶' +
      '[[五指山|natural]]的游客多了不少，山腰的云海时聚时散。[[昌化江|natural]]上游、[[南圣河|natural]]沿岸的雨林步道已全线开放。\n' +
      '在[[琼中|county|469030]]，[[万泉河|natural]]源头的[[百花岭瀑布|natural]]水量充沛，[[鹦哥岭|natural]]的科考队伍又发现了两种新的兰花。' +
      '[[南渡江|natural]]上游的[[松涛水库|natural]]水位较汛前上涨4.3米。',
  },
  {
    province: 'Qinghai (Madoi, the source lakes of the Yellow River)',
    marked:
      '[[果洛|prefecture|6326]]讯 生态监测数据显示，[[玛多县|county|632626]]境内的[[扎陵湖|natural]]、[[鄂陵湖|natural]]水域面积持续扩大，' +
      '[[星星海|natural]]周边湖泊数量已恢复到5000多个。[[黄河乡|township|632626200]]的生态管护员每周沿[[黄河|natural]]巡护两次，' +
      '在[[卡日曲|natural]]河谷拍到了成群的藏野驴。\n' +
      '[[玛查理镇|township|632626100]]的牧民说，[[巴颜喀拉山|natural]]北麓的草场返青比往年早了半个月。[[约古宗列|natural]]盆地的泉眼' +
      '常年涌水，是[[黄河|natural]]源头的标志之一。',
  },
  {
    province: 'Ningxia (Yinchuan and Shizuishan, the lakes and wetlands)',
    marked:
      '[[银川|prefecture|6401]]日报讯 秋季候鸟迁徙高峰到来，[[阅海|natural]]、[[鸣翠湖|natural]]湿地迎来成群的灰鹤和白琵鹭。[[金凤区|county|640106]]' +
      '对[[典农河|natural]]实施了生态补水，[[宝湖|natural]]周边新建观鸟步道1.8公里；[[艾依河|natural]]沿岸的芦苇荡一片金黄。\n' +
      '[[贺兰山|natural]]东麓的葡萄园进入采收期。在[[石嘴山|prefecture|6402]]，[[星海湖|natural]]水质稳定保持Ⅲ类，[[平罗县|county|640221]]的' +
      '[[沙湖|natural]]景区推出了观鸟专线。自治区林草局介绍，今年沿[[黄河|natural]]湿地共记录到鸟类236种。',
  },
];
