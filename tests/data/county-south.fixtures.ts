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
// `southFirst` is the first batch, scored blind before any change for it; `southSecond` the second, written after
// the changes the first led to and scored once, blind.

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

export const southSecond: CountyArticle[] = [
  {
    province: 'Henan (Guangshan, rain and tea)',
    marked:
      '[[光山县|county|411522]]融媒体中心讯（记者 余红梅）受冷暖空气共同影响，12月8日至9日，[[光山|county|411522]]出现明显降雨过程，全县平均降水量32毫米，' +
      '[[泼陂河镇|township|411522105]]累计雨量最大，达到58毫米。县气象局提醒，此次降雨对冬小麦和茶园越冬有利，但[[竹竿河|natural]]沿线部分低洼地带需防范渍涝。\n' +
      '降雨前，[[泼陂河水库|natural]]管理所已提前预泄腾库。在[[东岳寺村|village|411522105216]][[下湾组|village]]，村民们趁雨前给茶园覆盖稻草。' +
      '村党支部书记说，组里60多户人家种茶400多亩，去年仅茶叶一项户均增收1.2万元。\n' +
      '[[白雀园镇|township|411522106]][[骆寨村|village|411522106208]]的油茶基地里，技术员正指导村民清沟排水。' +
      '[[大苏山|natural]]脚下的[[净居寺|landmark]]景区也提醒游客雨天注意山路安全。[[信阳市|prefecture|411500]]气象台预计，' +
      '本周后期[[豫南|region]]气温将明显下降，[[大别山|natural]]高海拔地区可能出现雨夹雪。',
  },
  {
    province: 'Hunan (Tongdao, Dong festival)',
    marked:
      '[[怀化|prefecture|431200]]日报讯（通讯员 杨秀英）12月6日，[[通道侗族自治县|county|431230]][[坪坦乡|township|431230216]][[皇都村|village|431230216215]]举办侗族大戏展演，' +
      '[[皇都|village|431230216215]]侗寨的鼓楼坪上，百家宴摆了一百多桌，来自[[广西|province|450000]][[三江|county|450226]]、[[贵州|province|520000]][[黎平|county|522631]]的' +
      '侗族同胞也赶来参加。\n' +
      '[[坪坦河|natural]]两岸的侗寨被誉为“百里侗文化长廊”。在[[横岭村|village|431230216201]]，村民把老木楼改成了侗绣工坊，' +
      '[[坪坦村|village|431230216200]]的[[普济桥|landmark]]则成了游客拍照的热门地点。\n' +
      '“以前游客来看一眼就走，现在愿意住下来。”县文化旅游广电体育局负责人介绍，[[通道|county|431230]]依托[[万佛山|natural]]丹霞地貌和' +
      '[[通道|county|431230]][[转兵纪念馆|landmark]]，打造红色旅游与民族文化相结合的精品线路，今年1至11月接待游客620万人次。',
  },
  {
    province: 'Anhui (Huoshan, tea)',
    marked:
      '[[六安|prefecture|341500]]日报讯 初冬时节，[[霍山县|county|341525]][[诸佛庵镇|township|341525106]][[大干涧村|village|341525106203]]的茶农正忙着给茶园除草施肥。' +
      '[[霍山|county|341525]]黄芽是全国名茶，全县茶园面积达22万亩，茶产业综合产值突破50亿元。\n' +
      '沿着[[淠河|natural]]上溯，[[佛子岭镇|township|341525101]]的[[佛子岭水库|natural]]碧波荡漾。镇里依托水库发展茶旅融合，' +
      '在[[高岭村|village|341525101203]]建起了茶文化体验园。[[大化坪镇|township|341525109]]、[[太阳乡|township|341525203]]则推广“茶+中药材”林下种植，' +
      '石斛种植面积达1.8万亩。\n' +
      '县农业农村局负责人说，[[霍山|county|341525]]将依托[[大别山|natural]]生态优势，推动黄芽茶走出[[皖西|region]]、走向[[长三角|region]]。',
  },
  {
    province: 'Jiangsu (Gaoyou, flood control)',
    marked:
      '[[扬州|prefecture|321000]]日报讯（记者 刘晓东）今冬明春水利建设全面启动。[[高邮市|county|321084]]今年将投入6.8亿元，' +
      '实施[[高邮湖|natural]]大堤加固、[[里下河|region]]腹部地区河道整治等工程37项。\n' +
      '在[[界首镇|township|321084112]]，[[京杭大运河|natural]]东堤的防渗加固工程正在紧张施工。“去年汛期[[高邮湖|natural]]水位一度超过警戒线，' +
      '这段堤防是重点。”镇水利站站长说。在[[临泽镇|township|321084115]][[董潭村|village|321084115232]]，新修的排涝站可保护农田8000亩。' +
      '[[菱塘回族乡|township|321084200]]则对[[高邮湖|natural]]圩区进行退圩还湖，恢复湿地2000多亩。\n' +
      '水利建设也带动了文旅发展。城区的[[盂城驿|landmark]]、[[镇国寺|landmark]]游人不断，沿运河新建的生态绿道串起了' +
      '[[清水潭|natural]]等景点。',
  },
  {
    province: 'Zhejiang (Jinyun, tourism)',
    marked:
      '[[缙云县|county|331122]]融媒体中心讯 冬日的[[仙都街道|township|331122003]]，[[好溪|natural]]两岸层林尽染，' +
      '[[鼎湖峰|natural]]下游客络绎不绝。[[仙源村|village|331122003200]]的民宿老板说，周末客房提前一周就订满了。\n' +
      '在[[新建镇|township|331122102]][[河阳村|village|331122102306]]，古民居群保存着明清建筑1500多间。村里把老宅改成了书院、' +
      '茶室和[[缙云|county|331122]]烧饼体验馆，游客可以亲手烤制烧饼。[[壶镇镇|township|331122101]]则依托五金装备产业，' +
      '在[[括苍村|village|331122101330]]建起了工业旅游点。\n' +
      '[[缙云|county|331122]]烧饼已在全国开出门店8000多家。[[丽水市|prefecture|331100]]文化和广电旅游体育局负责人表示，' +
      '将推动[[仙都|township|331122003]]、[[河阳|village|331122102306]]古村落和[[黄龙|landmark]]景区串珠成链。',
  },
  {
    province: 'Guangdong (Kaiping, diaolou)',
    marked:
      '[[江门|prefecture|440700]]日报讯（记者 谭志强）近日，[[开平市|county|440783]][[塘口镇|township|440783108]][[强亚村|village|440783108227]]' +
      '的碉楼群迎来了一批海外侨胞。作为世界文化遗产“[[开平|county|440783]]碉楼与村落”的重要组成部分，这里的碉楼和中西合璧的庐居保存完好。\n' +
      '[[开平|county|440783]]现存碉楼1833座。近年来，市里推动碉楼活化利用，[[塘口|township|440783108]]古镇的侨墟改造后开起了咖啡馆和书店。' +
      '[[立园|landmark]]今年接待游客50多万人次。[[赤坎镇|township|440783109]]的[[赤坎|township|440783109]]古镇完成修缮，' +
      '沿[[潭江|natural]]而建的骑楼街重新开街。\n' +
      '[[五邑|region]]侨乡文化吸引了不少研学团队。[[赤坎|township|440783109]]老街上，来自[[广州|prefecture|440100]]的学生正在写生。' +
      '市文广旅体局负责人说，[[开平|county|440783]]正申报国家级旅游度假区。',
  },
  {
    province: 'Guangxi (Gongcheng, persimmons)',
    marked:
      '[[桂林|prefecture|450300]]日报讯（记者 唐晓燕 通讯员 周玉兰）眼下正是月柿加工旺季，[[恭城瑶族自治县|county|450332]][[莲花镇|township|450332102]]' +
      '[[竹山村|village|450332102201]][[红岩屯|village]]家家户户的晒架上挂满了柿饼。屯里的种植大户盘金凤说，今年她家月柿产量达到3万公斤。\n' +
      '[[恭城|county|450332]]月柿种植面积达20万亩，年产鲜果70万吨。在[[西岭镇|township|450332104]][[杨溪村|village|450332104209]]，' +
      '新建的柿饼加工厂每天可加工鲜柿30吨。[[茶江|natural]]两岸的柿子林成了游客拍照的热门地点。\n' +
      '[[恭城|county|450332]]文庙、[[恭城|county|450332]]武庙每天吸引大批游客，县里还将月柿节与瑶族盘王节结合，' +
      '推出“赏柿、品油茶、看瑶寨”旅游线路。',
  },
  {
    province: 'Hainan (Baisha, a circuit court)',
    marked:
      '[[白沙|county|469025]]讯（通讯员 符晓敏）日前，[[白沙黎族自治县|county|469025]]人民法院[[打安|township|469025103]]人民法庭的法官来到' +
      '[[打安镇|township|469025103]][[南达村|village|469025103201]]，在村委会门前公开审理一起土地承包合同纠纷案，200多名村民旁听。\n' +
      '法官介绍，今年以来，法庭在[[牙叉镇|township|469025100]]、[[七坊镇|township|469025101]]等地开展巡回审判46次，调解涉农纠纷120多件。' +
      '“法官把法庭搬到家门口，我们少跑了很多路。”村民符亚明说。\n' +
      '[[白沙|county|469025]]是[[海南|province|460000]]重要的茶叶和橡胶产区，[[白沙|county|469025]]绿茶远近闻名。' +
      '[[南渡江|natural]]上游的[[松涛水库|natural]]是[[海南|province|460000]]最大的水库，[[鹦哥岭|natural]]自然保护区也位于县境内。',
  },
  {
    province: 'Sichuan (Pujiang, investment signing)',
    marked:
      '[[成都|prefecture|510100]]日报讯（记者 李明）12月9日，[[蒲江县|county|510131]]举行重大项目集中签约仪式，' +
      '15个项目签约落户[[蒲江|county|510131]][[经济开发区|devzone]]，协议总投资达128亿元。\n' +
      '签约项目涵盖食品加工、智能制造和现代物流等领域。[[寿安街道|township|510131002]]将建设柑橘冷链物流中心，' +
      '[[成佳镇|township|510131107]]引进了茶叶精深加工项目。[[蒲江|county|510131]]是“[[中国|country]]杂柑之乡”，全县柑橘种植面积达25万亩。\n' +
      '在[[朝阳湖镇|township|510131103]][[仙阁村|village|510131103202]]，新签约的农文旅项目将依托[[朝阳湖|natural]]和[[石象湖|natural]]，' +
      '建设露营地和果园民宿。县投资促进局负责人介绍，今年以来[[蒲江|county|510131]]已引进项目62个，' +
      '其中来自[[长三角|region]]和[[粤港澳大湾区|region]]的项目占四成。',
  },
  {
    province: 'Chongqing (Xiushan, ancient town)',
    marked:
      '[[秀山县|county|500241]]融媒体中心讯 冬日的[[洪安|township|500241109]]古镇，[[酉水|natural]]静静流淌，[[拉拉渡|landmark]]的老船工正拉着铁索，' +
      '把游客送往对岸。这座因沈从文小说《边城》而闻名的古镇，连接着[[重庆|province|500000]]、[[湖南|province|430000]]、[[贵州|province|520000]]三省市。\n' +
      '今年，[[洪安镇|township|500241109]]投入3000多万元修缮古镇，[[贵措社区|village|500241109003]]的吊脚楼改成了民宿。' +
      '镇里依托[[边城社区|village|500241109001]]的老街，打造“边城”文旅品牌，今年接待游客45万人次。\n' +
      '在[[清溪场街道|township|500241005]][[大寨|village]]，[[秀山|county|500241]]花灯表演吸引了大批游客。[[川河盖|natural]]景区也推出了冬季观星活动。' +
      '县文化旅游委负责人说，[[秀山|county|500241]]将把[[洪安|township|500241109]]古镇、[[川河盖|natural]]和[[凤凰山|natural]]森林公园串联起来。',
  },
  {
    province: 'Yunnan (Weishan, ancient town)',
    marked:
      '[[大理|prefecture|532900]]日报讯（记者 杨丽华）12月的[[巍山|county|532927]]古城，阳光和煦。[[拱辰楼|landmark]]下，' +
      '一碗碗[[巍山|county|532927]]耙肉饵丝吸引着游客排队品尝。[[南诏镇|township|532927101]][[北街社区|village|532927101002]]居委会主任说，' +
      '社区里的老字号小吃店已有200多家。\n' +
      '古城之外，[[巍宝山|natural]]是道教名山，每年农历二月的朝山节吸引数万名群众。在[[永建镇|township|532927104]]' +
      '[[小围埂村|village|532927104208]]，回族群众把传统清真美食做成了产业，带动300多户群众增收。\n' +
      '[[巍山|county|532927]]是南诏国的发祥地。县里正在推进[[巍山|county|532927]]古城申报国家5A级旅游景区，' +
      '并把彝族打歌、[[东莲花|village]]马帮文化纳入旅游线路，打造[[滇西|region]]文化旅游新名片。',
  },
  {
    province: 'Guizhou (Leishan, school and Miao New Year)',
    marked:
      '[[雷山县|county|522634]]融媒体中心讯（通讯员 杨国华）苗年将至，[[雷山县|county|522634]]民族中学的学生们正在排练芦笙舞和苗族飞歌。' +
      '“把苗族文化带进课堂，孩子们学得特别认真。”学校负责人说，全校有2400多名学生，其中苗族学生占八成。\n' +
      '在[[西江镇|township|522634101]]，[[西江|township|522634101]]千户苗寨正在为苗年做准备，[[羊吾村|village|522634101217]]、' +
      '[[控拜村|village|522634101209]]的银匠们赶制银饰订单。[[郎德镇|township|522634103]][[上郎德村|village|522634103201]]的苗寨里，' +
      '村民们正在[[巴拉河|natural]]边准备苗年的长桌宴。\n' +
      '[[雷公山|natural]]脚下的茶园，今年也迎来了好收成。[[黔东南州|prefecture|522600]]教育局相关负责人表示，' +
      '将在全州推广[[雷山|county|522634]]民族文化进校园的做法。',
  },
];
