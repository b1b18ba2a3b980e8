// County news from the south and centre of China (Henan, Hubei, Hunan, Jiangxi, Anhui, Jiangsu, Zhejiang,
// Fujian, Guangdong, Guangxi, Hainan, Sichuan, Chongqing, Yunnan, Guizhou), written for these tests as county
// media centres (融媒体中心), prefecture dailies and provincial papers write them (no sentence is taken from
// real articles or from the evaluation texts), marked before the engine read them as
// county-articles.fixtures.ts marks its articles:
//   [[span|level]] or [[span|level|code]]  a place; the code's leading digits (411323 = 411323000000)
// They cover what these pages name beside their units: a township's short form written alone before 古镇 or
// 老街, named sites with no clue word after them, parks and scenic areas named after their county (only the
// county is marked), natural villages named with 组, 屯 and 寨, tea gardens, reservoirs, ancient towns,
// industrial parks, ethnic festivals, police stations, courts and schools.
// `southFirst` is the first batch, scored blind before any change for it.

import type { CountyArticle } from './county-articles.fixtures';

export const southFirst: CountyArticle[] = [
  {
    province: 'Henan (Xixia, kiwi fruit)',
    marked:
      '[[西峡县|county|411323]]融媒体中心讯（记者 王书亮 通讯员 张晓静）霜降过后，[[伏牛山|natural]]南麓的猕猴桃进入采收尾声。在[[双龙镇|township|411323103]]' +
      '[[化山村|village|411323103209]]，村民们正把一筐筐猕猴桃搬上冷链车。“今年雨水匀，果子个头大，每斤比去年多卖五毛钱。”种植户李长安说。\n' +
      '[[西峡|county|411323]]是全国猕猴桃主产区之一，全县种植面积达12万亩。近年来，县里在[[丹水镇|township|411323101]][[黄坪村|village|411323101207]]建起了' +
      '猕猴桃产业园，引进果酒、果脯加工企业6家。沿着[[鹳河|natural]]向北，[[米坪镇|township|411323107]][[石门村|village|411323107208]]的山坡上，' +
      '新栽的红心猕猴桃已经挂果。\n' +
      '猕猴桃带火了乡村旅游。[[太平镇|township|411323110]]依托[[老界岭|natural]]，发展避暑民宿300多家；[[西峡|county|411323]]恐龙遗迹园和[[龙潭沟|natural]]' +
      '景区今年接待游客超过260万人次。[[南阳市|prefecture|411300]]农业农村局相关负责人表示，将支持[[西峡|county|411323]]打造[[豫西南|region]]猕猴桃加工集散中心。',
  },
  {
    province: 'Hubei (Yingshan, tea)',
    marked:
      '[[英山|county|421124]]讯（通讯员 程小芳）初冬时节，[[大别山|natural]]深处的茶园依然青翠。[[英山县|county|421124]][[草盘地镇|township|421124105]]' +
      '[[桃花冲村|village|421124105212]]的茶农们正忙着修剪茶树、施冬肥。村党支部书记介绍，全村茶园面积4800亩，去年户均茶叶收入超过5万元。\n' +
      '[[英山|county|421124]]是“[[中国|country]]茶叶之乡”，全县茶园面积达26万亩。在[[温泉镇|township|421124100]][[北汤河村|village|421124100205]]的云雾茶产业园，' +
      '新上的自动化生产线每天可加工鲜叶30吨。[[西河|natural]]两岸的茶园与民宿串联成线，[[桃花冲|natural]]景区、[[毕昇纪念馆|landmark]]等景点带动了茶旅融合。\n' +
      '[[黄冈市|prefecture|421100]]农业农村局负责人说，将以[[英山|county|421124]]、[[罗田|county|421123]]为重点，打造[[大别山|natural]]优质茶叶带，让[[鄂东|region]]好茶走向全国。',
  },
  {
    province: 'Hunan (Fenghuang, ancient town)',
    marked:
      '[[湘西州|prefecture|433100]]融媒体中心讯 冬日的[[沱江|natural]]两岸，吊脚楼倒映水中，[[凤凰|county|433123]]古城依旧游人如织。' +
      '在[[沱江镇|township|433123109]][[虹桥社区|village|433123109010]]，不少老宅改成了客栈和书店。社区居委会主任说，社区今年新增文旅经营户80多家。\n' +
      '古城之外，乡村游正在升温。[[山江镇|township|433123112]][[早岗村|village|433123112201]]把苗族银饰锻造、蜡染搬进了体验馆；[[阿拉营镇|township|433123110]]' +
      '[[黄丝桥|landmark]]古城修缮完工，[[舒家塘村|village|433123110222]]的古堡群吸引了大批摄影爱好者。[[南华山|natural]]、[[奇梁洞|natural]]等景区推出' +
      '冬季优惠，[[凤凰县|county|433123]]还开通了从古城到[[山江|township|433123112]]苗寨的旅游专线。\n' +
      '[[凤凰县|county|433123]]文化旅游广电局负责人介绍，今年1至11月，全县接待游客1800多万人次，旅游综合收入突破180亿元。',
  },
  {
    province: 'Jiangxi (Yanshan, Shitang)',
    marked:
      '[[上饶|prefecture|361100]]日报讯（记者 徐志刚）在[[铅山县|county|361124]][[石塘镇|township|361124102]]，千年古镇正在焕发新生机。' +
      '沿着青石板路走进[[石塘|township|361124102]]老街，连史纸作坊里传出捞纸声，非遗传承人正给研学学生示范古法造纸。\n' +
      '[[石塘|township|361124102]]古镇是[[万里茶道|landmark]]的重要节点，镇里保存着明清古建筑百余栋。近年来，[[铅山|county|361124]]投入1.6亿元修缮古镇，' +
      '在[[港背村|village|361124102201]]建起了红茶体验园。从[[石塘|township|361124102]]出发，沿[[信江|natural]]而下，就到了[[河口镇|township|361124100]]，' +
      '[[明清古街|landmark]]上的老店铺挂起了灯笼。\n' +
      '[[鹅湖镇|township|361124103]]的[[鹅湖|township|361124103]]书院、[[葛仙山|natural]]景区也吸引了不少游客。县文广新旅局负责人表示，将串联[[武夷山|natural]]北麓的古镇古村，' +
      '打造[[赣东北|region]]文化旅游精品线路。',
  },
  {
    province: 'Anhui (Yixian, Hongcun)',
    marked:
      '[[黄山|prefecture|341000]]日报讯 冬日清晨，[[宏村|village|341023101200]]的[[南湖|natural]]上薄雾缭绕，写生的学生早早支起了画板。' +
      '[[黟县|county|341023]][[宏村镇|township|341023101]]每年接待写生学生40多万人次，[[塔川村|village|341023101204]]、[[卢村|village]]一带' +
      '建起了写生基地120多家。\n' +
      '[[宏村|village|341023101200]]、[[西递|village|341023103200]]两处世界文化遗产带动了全县旅游。在[[西递镇|township|341023103]][[石印村|village|341023103204]]，' +
      '村民把老宅改成民宿，户均年增收3万多元。[[碧阳镇|township|341023100]][[南屏村|village|341023100213]]则依托影视拍摄，打造“影视村”。\n' +
      '县里还修通了[[宏村|village|341023101200]]至[[西递|village|341023103200]]的旅游环线，沿途的[[奇墅湖|natural]]和[[木坑竹海|landmark]]成了新的打卡点。' +
      '[[黟县|county|341023]]文化和旅游局负责人说，今年全县接待游客超过1200万人次。',
  },
  {
    province: 'Jiangsu (Yixing, investment signing)',
    marked:
      '[[宜兴|county|320282]]日报讯（记者 周敏）12月5日，[[宜兴|county|320282]][[经济开发区|devzone|320282401]]举行重大项目集中签约活动，' +
      '新能源、半导体材料等18个项目签约落户，总投资达216亿元。\n' +
      '近年来，[[宜兴市|county|320282]]聚焦新材料、新能源汽车零部件等产业，在[[环科园|devzone|320282400]]集聚了环保企业1800多家，' +
      '在[[官林镇|township|320282104]]、[[高塍镇|township|320282108]]建起了电线电缆和环保装备产业集群。签约企业代表说，看中的是[[长三角|region]]的区位优势和完善的配套。\n' +
      '在[[丁蜀镇|township|320282112]]，紫砂产业也在转型升级。[[古南街|landmark]]的老茶壶店开起了直播间，[[紫砂村|village|320282112212]]建成了紫砂文化创意街区。' +
      '[[常州市|prefecture|320400]]商务局负责人表示，将支持[[宜兴|county|320282]]打造[[太湖|natural]]西岸先进制造业基地。',
  },
  {
    province: 'Zhejiang (Songyang, ancient villages)',
    marked:
      '[[松阳县|county|331124]]融媒体中心讯 走进[[三都乡|township|331124203]][[杨家堂村|village|331124203200]]，黄墙黛瓦的老屋依山而建，' +
      '被誉为“金色布达拉宫”。村里把闲置的老屋改成了画室和民宿，去年接待游客12万人次。\n' +
      '[[松阳|county|331124]]现有[[中国|country]]传统村落75个。在[[四都乡|township|331124205]][[陈家铺村|village|331124205205]]，悬崖上的书店成了网红打卡点；' +
      '[[古市镇|township|331124101]]的[[松阴溪|natural]]畔，千亩油菜花田吸引了各地游客。[[大木山茶园|landmark]]骑行道全长20公里，串起了沿线6个村庄。\n' +
      '[[松阳|county|331124]]也是“[[中国|country]]绿茶集散地”。在[[玉岩镇|township|331124102]][[白沙岗村|village|331124102233]]，高山茶园的茶农正在采摘冬茶。' +
      '[[丽水市|prefecture|331100]]农业农村局负责人说，[[松阳|county|331124]]茶叶全产业链产值已突破150亿元。',
  },
  {
    province: 'Fujian (Anxi, tea and police)',
    marked:
      '[[安溪|county|350524]]讯（通讯员 陈志勇）近日，[[安溪县|county|350524]]公安局[[西坪|township|350524112]]派出所民警来到[[西坪镇|township|350524112]]' +
      '[[尧阳村|village|350524112208]]，为茶农讲解防诈骗知识。“秋茶上市，不少茶农网上卖茶，要提防假冒客户骗取货款。”民警说。\n' +
      '[[西坪|township|350524112]]是铁观音发源地，全镇茶园面积3.5万亩。在[[感德镇|township|350524110]][[槐植村|village|350524110214]]，' +
      '新建的茶叶交易市场每天交易量超过20吨。[[蓝溪|natural]]沿岸的[[清水岩|landmark]]景区吸引了大批游客。\n' +
      '今年以来，[[安溪|county|350524]]警方依托“茶乡警务”机制，在[[蓬莱镇|township|350524101]]、[[龙涓乡|township|350524205]]等地设立警务室28个，' +
      '涉茶纠纷同比下降36%。[[泉州市|prefecture|350500]]公安局有关负责人表示，将推广[[安溪|county|350524]]经验。',
  },
  {
    province: 'Guangdong (Yingde, flood control)',
    marked:
      '[[清远|prefecture|441800]]日报讯（记者 黄志明）入汛以来，[[英德市|county|441881]]已完成[[北江|natural]]堤防加固38公里，' +
      '改造病险水库12座。在[[连江口镇|township|441881129]][[连樟村|village|441881129202]]，新修的防洪堤把村子和[[连江|natural]]隔开，村民们再也不用担心洪水进屋。\n' +
      '[[英德|county|441881]]地处[[北江|natural]]中游，历史上多次遭受洪灾。近年来，市里在[[浛洸镇|township|441881112]]、[[大站镇|township|441881109]]等地' +
      '建设排涝泵站17座，并对[[长湖水库|natural]]进行了除险加固。\n' +
      '防汛之外，茶产业也在兴起。[[英红镇|township|441881136]]的茶园面积达5万亩，[[英德|county|441881]]红茶畅销[[粤港澳大湾区|region]]。' +
      '[[英西峰林|natural]]景区和[[宝晶宫|natural]]也迎来了冬季客流。',
  },
  {
    province: 'Guangxi (Longsheng, Red Yao festival)',
    marked:
      '[[桂林|prefecture|450300]]日报讯（记者 蒙丽娟 通讯员 潘凤英）近日，[[龙胜各族自治县|county|450328]][[泗水乡|township|450328201]]' +
      '[[潘内村|village|450328201205]]举办红瑶晒衣节，身着盛装的红瑶妇女在梯田边晒出传家的绣衣，吸引了数千名游客。\n' +
      '[[龙胜|county|450328]]是多民族聚居县，苗、瑶、侗、壮等民族人口占全县总人口的八成。近年来，县里依托[[龙脊梯田|natural]]发展旅游，' +
      '[[龙脊镇|township|450328103]][[平安村|village|450328103208]]的[[平安寨|village]]、[[大寨村|village|450328103212]]的[[田头寨|village]]家家户户开起了农家乐。' +
      '[[和平村|village|450328103200]][[黄洛瑶寨|village]]的长发瑶族妇女表演，更是游客必看的节目。\n' +
      '[[桑江|natural]]两岸，新建的旅游公路串起了[[龙胜|county|450328]]温泉和各大梯田景区。今年1至11月，全县接待游客超过900万人次。',
  },
  {
    province: 'Chongqing (Fengjie, navel oranges)',
    marked:
      '[[奉节县|county|500236]]融媒体中心讯 冬日的[[长江三峡|natural]]，橙林满山。[[白帝镇|township|500236117]][[八阵村|village|500236117202]]的果农们' +
      '正忙着采摘脐橙，山下的[[夔门|natural]]码头，满载脐橙的货船正准备起航。\n' +
      '[[奉节|county|500236]]脐橙种植面积达37万亩，年产量超过40万吨。在[[五马镇|township|500236133]][[大木村|village|500236133202]]，村里引进了脐橙深加工企业，' +
      '生产果汁和橙皮茶。[[草堂河|natural]]沿岸的果园里，无人机正在喷洒有机肥。\n' +
      '脐橙也带火了旅游。[[白帝城|landmark]]、[[瞿塘峡|natural]]景区推出“赏橙游江”线路，[[天坑地缝|natural]]景区今年接待游客同比增长40%。' +
      '[[重庆市|province|500000]]农业农村委相关负责人表示，将支持[[奉节|county|500236]]建设[[三峡库区|natural]]柑橘产业高地。',
  },
  {
    province: 'Guizhou (Liping, Dong festival)',
    marked:
      '[[黔东南州|prefecture|522600]]融媒体中心讯（通讯员 吴成龙）12月3日，[[黎平县|county|522631]][[肇兴镇|township|522631111]]的侗年节热闹非凡。' +
      '[[肇兴|township|522631111]]侗寨的五座鼓楼前，侗族大歌此起彼伏，来自[[广西|province|450000]]、[[湖南|province|430000]]的游客挤满了风雨桥。\n' +
      '[[堂安村|village|522631111205]]的梯田上，村民们正在表演“抬官人”。[[黎平|county|522631]]是侗族大歌的发源地之一，全县有鼓楼300多座、风雨桥200多座。' +
      '在[[尚重镇|township|522631109]][[洋卫村|village|522631109215]]，侗寨的鼓楼修缮一新；[[德凤街道|township|522631001]]的[[翘街|landmark]]上，' +
      '[[黎平|county|522631]]会议会址吸引了许多研学团队。\n' +
      '县里还沿[[八舟河|natural]]修建了湿地公园，[[八舟河|natural]]国家湿地公园与[[肇兴|township|522631111]]侗寨一起，成为[[黔东南|prefecture|522600]]旅游的新名片。',
  },
];
