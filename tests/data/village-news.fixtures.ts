// Village-level news from many provinces, written for these tests as county media centres, prefecture
// dailies and wire services write about villages, communities and townships (no sentence is taken from
// real articles or from the evaluation texts), with every place a reader following
// ../../shared/eval/GUIDELINES.md marks, inline: [[span|level]] or [[span|level|code]] (a code's
// leading digits, 410324103202 for a village). They name villages whose official names carry their
// county's and township's names (栾川县潭头镇汤营村), villages by their committee (牧委会, 嘎查委员会,
// 居委会, 村民委员会, 社区居委会), villages the data lacks written with their 村 beside their township,
// villages inside an organisation's name (合作社, 小学), and villages in English by their pinyin.
// `villagesBlind` was written and marked before the engine read it; `villagesHeldOut` after the
// changes the first led to, scored once.

import type { MarkedArticle } from './place-articles';

export const villagesBlind: MarkedArticle[] = [
  {
    province: 'Henan (Luanchuan)',
    marked:
      '[[栾川|county|410324]]融媒讯 初冬时节，[[潭头镇|township|410324103]][[汤营村|village|410324103202]]的温室大棚里，一茬草莓刚刚挂果。[[汤营村|village|410324103202]]村民委员会主任张建国介绍，' +
      '村里去年流转土地300多亩，建起了42座大棚，吸纳60多名村民就近务工。“过去种玉米，一亩地收入不到千元，现在一座棚一年能挣4万元。”\n' +
      '在相邻的[[大王庙村|village|410324103209]]，村集体经济合作社把闲置的老宅改成民宿，今年国庆假期接待游客1.2万人次。[[潭头镇|township|410324103]]党委书记说，' +
      '全镇将依托[[伊河|natural]]沿岸的山水资源，把[[汤营|village|410324103202]]、[[大王庙|village|410324103209]]两村连成一条乡村旅游环线。',
  },
  {
    province: 'Henan (Luanchuan, Sanchuan)',
    marked:
      '记者近日在[[栾川县|county|410324]][[三川镇|township|410324104]]采访时看到，[[柳子村|village|410324104203]]的冷水鱼养殖基地里，一池池虹鳟鱼游得正欢。' +
      '[[柳子村|village|410324104203]]党支部书记告诉记者，基地依托山泉水，年产冷水鱼80吨，带动周边[[火神庙村|village|410324104210]]、[[祖师庙村|village|410324104205]]的30多户群众增收。',
  },
  {
    province: 'Hunan (Shaoshan)',
    marked:
      '[[湘潭|prefecture|4303]]日报讯 “十一”长假期间，[[韶山市|county|430382]]共接待游客120万人次。在[[韶山乡|township|430382200]][[韶山村|village|430382200201]]，' +
      '游客排起长队参观[[毛泽东同志故居|landmark]]。[[韶山村|village|430382200201]]党总支书记说，全村开办农家乐40多家，村民人均可支配收入超过4万元。' +
      '[[韶山乡|township|430382200]]还在[[黄田村|village|430382200221]]、[[平里村|village|430382200227]]发展红色研学，今年接待学生团队800多批次。',
  },
  {
    province: 'Guangdong (Lianping)',
    marked:
      '[[河源|prefecture|4416]]讯 [[连平县|county|441623]][[上坪镇|township|441623101]]是“[[中国|country]]鹰嘴蜜桃之乡”。眼下正是桃树冬季修剪的时节，[[旗石村|village|441623101204]]的果农们在技术员指导下忙着剪枝、施肥。' +
      '[[旗石村|village|441623101204]]村民委员会主任说，全村种植鹰嘴蜜桃3200亩，去年鲜果销售额达4800万元。[[上坪镇|township|441623101]][[中村|village|441623101201]]、[[三洞村|village|441623101214]]则建起了桃花观光带，' +
      '每年春天吸引[[广州|prefecture|4401]]、[[深圳|prefecture|4403]]的游客自驾前来赏花。',
  },
  {
    province: 'Guangdong (Chaozhou, Fenghuang)',
    marked:
      '[[潮州|prefecture|4451]]日报讯 [[潮安区|county|445103]][[凤凰镇|township|445103117]]的单丛茶秋茶采摘进入尾声。在海拔千米的[[乌岽村|village|445103117218]]，茶农林伟明正在焙茶间里守着炭火。' +
      '“[[乌岽|village|445103117218]]的宋种单丛名气大，今年秋茶每斤卖到600元以上。”他说。[[凤凰镇|township|445103117]]近年来推动[[石古坪村|village|445103117206]]、[[虎头村|village|445103117203]]等村发展茶旅融合，' +
      '全镇茶园面积达7.8万亩。',
  },
  {
    province: 'Qinghai (Dulan)',
    marked:
      '[[海西州|prefecture|6328]][[都兰县|county|632822]][[香加乡|township|632822201]]地处[[柴达木盆地|natural]]东南缘。入冬前，[[柯克沙牧委会|village|632822201212]]组织牧民为牛羊接种疫苗，' +
      '共防疫牛羊1.6万头（只）。乡党委负责人介绍，[[香加乡|township|632822201]]今年在[[孟克台牧委会|village|632822201209]]建成2座集中储草棚，储备饲草120吨。' +
      '[[宗加镇|township|632822103]][[诺木洪村|village|632822103200]]的枸杞种植户也迎来丰收，全村枸杞种植面积超过5000亩。',
  },
  {
    province: 'Inner Mongolia (Siziwang)',
    marked:
      '[[乌兰察布|prefecture|1509]]融媒讯 [[四子王旗|county|150929]][[巴音敖包苏木|township|150929207]][[达赖嘎查|village|150929207201]]委员会近日组织牧民召开冬春接羔保育动员会。' +
      '[[达赖嘎查|village|150929207201]]党支部书记其木格说，嘎查今年新建暖棚25座，每户牧民都有了过冬的“暖房”。在[[宝力格嘎查|village|150929207202]]，' +
      '牧民合作社统一收购羔羊，今年已销往[[河北|province|13]]、[[山东|province|37]]等地1.1万只。',
  },
  {
    province: 'Shanghai (Huangpu)',
    marked:
      '本报讯 [[黄浦区|county|310101]][[半淞园路街道|township|310101015]][[迎勋居委会|village|310101015024]]近日在小区里开设“老伙伴”助餐点，每天为辖区80多位高龄老人送餐上门。' +
      '居委会书记说，助餐点由社区食堂统一配餐，老人每餐只需付12元。街道还在[[耀江花园居委会|village|310101015022]]、[[海西居委会|village|310101015025]]推广这一做法。',
  },
  {
    province: 'Shanxi (Xiyang)',
    marked:
      '[[晋中|prefecture|1407]]讯 [[昔阳县|county|140724]][[大寨镇|township|140724104]][[大寨村|village|140724104200]]的小米种植基地今年喜获丰收，亩产达到400公斤。' +
      '镇上的[[武家坪村|village]]也种起了谷子。[[大寨镇|township|140724104]]还在[[南沟村|village]]建起了杂粮加工厂，日加工小米10吨。',
  },
  {
    province: 'Gansu (Weiyuan)',
    marked:
      '[[定西|prefecture|6211]]讯 [[渭源县|county|621123]][[田家河乡|township|621123210]][[元古堆村|village|621123210202]]的马铃薯种薯基地里，一袋袋种薯正在装车。' +
      '[[元古堆村|village|621123210202]]村民委员会主任说，村里的种薯今年销往[[宁夏|province|64]]、[[青海|province|63]]等地。' +
      '与[[元古堆|village|621123210202]]相邻的[[田家河村|village|621123210203]]引进了中药材加工企业，全乡党参种植面积达到1.5万亩。',
  },
  {
    province: 'Hunan (Huayuan)',
    marked:
      '[[花垣县|county|433124]][[双龙镇|township|433124110]][[十八洞村|village|433124110226]]的山泉水厂今年产值突破千万元。' +
      '[[十八洞|village|433124110226]]苗绣合作社的绣娘们正赶制一批订单。与[[十八洞村|village|433124110226]]隔山相望的[[金龙村|village|433124110240]]，依托悬崖上的村落发展民宿，今年接待游客15万人次。' +
      '[[双龙镇|township|433124110]]还在[[排碧村|village|433124110239]]建起了猕猴桃冷链仓储中心。',
  },
  {
    province: 'Zhejiang (Anji)',
    marked:
      '[[安吉|county|330523]]讯 在[[天荒坪镇|township|330523108]][[余村|village|330523108204]]，一处由老矿区改造的“矿坑花园”近日对外开放。[[余村|village|330523108204]]村委会介绍，' +
      '今年村里引进青年创业项目30个，吸引大学生“村漂”200多人。[[天荒坪镇|township|330523108]]将推动[[余村|village|330523108204]]与周边[[山河村|village|330523108203]]、[[银坑村|village|330523108210]]抱团发展。',
  },
  {
    province: 'Shaanxi (Yanchuan), a village the data lacks',
    marked:
      '[[延川县|county|610622]][[文安驿镇|township|610622103]]近年来推进“一村一品”。在[[梁家河村|village|610622103215]]，村民们办起了农家乐；' +
      '邻近的[[马家畔村|village]]则发展山地苹果，全村苹果园达到1200亩。镇里还在[[白家塬村|village|610622103218]]建设了苹果冷库，库容3000吨。',
  },
  {
    province: 'Henan (Luanchuan), English',
    lang: 'en',
    marked:
      'In [[Tangying village|village|410324103202]] of [[Tantou town|township|410324103]], [[Luanchuan county|county|410324]], greenhouses built on rented farmland now grow strawberries for buyers in [[Luoyang|prefecture|4103]] and [[Zhengzhou|prefecture|4101]]. ' +
      'Villagers in [[Tangying|village|410324103202]] earn about 40,000 yuan a year from each greenhouse, the village committee said.',
  },
  {
    province: 'Hunan (Huayuan), English',
    lang: 'en',
    marked:
      '[[Shibadong village|village|433124110226]] in [[Huayuan county|county|433124]], in the [[Xiangxi Tujia and Miao autonomous prefecture|prefecture|4331]] of [[Hunan province|province|43]], has become a model of rural revival. ' +
      'Its neighbour, [[Jinlong village|village|433124110240]], turned cliffside houses into guesthouses.',
  },
];

export const villagesHeldOut: MarkedArticle[] = [
  {
    province: 'Henan (Puyang)',
    marked:
      '[[濮阳|prefecture|4109]]日报讯 连日来，[[濮阳县|county|410928]][[柳屯镇|township|410928101]]的麦田里，植保无人机来回穿梭。在[[张庄村|village|410928101202]]，种粮大户张国强流转了600亩地，' +
      '今年小麦亩产达到650公斤。[[柳屯镇|township|410928101]]农业服务中心负责人说，全镇已建成高标准农田4.2万亩，[[文王庄村|village|410928101206]]、[[刘庄村|village|410928101237]]等村实现了旱能浇、涝能排。',
  },
  {
    province: 'Henan (Jiyuan)',
    marked:
      '[[济源|county|419001]]讯 [[克井镇|township|419001100]][[苗庄村|village|419001100203]]的冬凌草种植基地里，村民们正忙着采收。[[苗庄村|village|419001100203]]党支部书记介绍，' +
      '村里与制药企业签订了订单，每亩收入3000多元。邻近的[[任庄村|village|419001100204]]、[[王才庄村|village|419001100206]]也跟着种了起来，全镇冬凌草种植面积超过5000亩。',
  },
  {
    province: 'Jilin (Siping, Yehe)',
    marked:
      '[[四平|prefecture|2203]]讯 [[铁东区|county|220303]][[叶赫满族镇|township|220303102]]近年来依托满族文化发展乡村旅游。在[[叶赫村|village|220303102207]]，' +
      '叶赫那拉古城景区今年接待游客30万人次。[[营盘村|village|220303102209]]的农家乐增加到26家，[[杨木林子村|village|220303102206]]则建起了800亩的果园，秋天游客可以进园采摘。',
  },
  {
    province: 'Guangdong (Dongyuan)',
    marked:
      '[[东源县|county|441625]][[黄村镇|township|441625112]]的板栗迎来丰收。[[上漆村|village|441625112206]]的栗农天不亮就上山捡栗子，村委会统一收购后销往[[珠三角|region]]。' +
      '[[黄村镇|township|441625112]]还在[[下漆村|village|441625112205]]建起了板栗深加工车间，今年带动[[祝岗村|village|441625112204]]等周边村200多户增收。',
  },
  {
    province: 'Qinghai (Xinghai, Dulan)',
    marked:
      '[[海南州|prefecture|6325]][[兴海县|county|632524]][[子科滩镇|township|632524100]][[日干村|village|632524100205]]牧委会近日组织牧民开展冬季草场巡护。' +
      '在[[海西州|prefecture|6328]][[都兰县|county|632822]][[香加乡|township|632822201]]，[[阿木尼科尔牧委会|village|632822201210]]的牧民们把牦牛赶进了新建的暖棚。',
  },
  {
    province: 'Inner Mongolia (Urad Middle Banner)',
    marked:
      '[[巴彦淖尔|prefecture|1508]]融媒讯 [[乌拉特中旗|county|150824]][[巴音乌兰苏木|township|150824202]][[巴音敖包嘎查|village|150824202201]]委员会与企业签订了羊肉直供协议。' +
      '嘎查达说，今年全嘎查出栏羔羊8000只。[[乌兰额日格嘎查|village|150824202202]]的牧民则在草原上建起了光伏板，板下种草、板间放牧。',
  },
  {
    province: 'Jiangsu (Liyang)',
    marked:
      '[[溧阳|county|320481]]讯 [[南渡镇|township|320481114]][[强埠居委会|village|320481114002]]近日为辖区老人开设了“长者食堂”。居委会主任说，每天有60多位老人在这里就餐。' +
      '镇里还在[[新河村|village|320481114201]]、[[大圩村|village|320481114202]]推广这一做法。',
  },
  {
    province: 'Yunnan (Gongshan)',
    marked:
      '[[怒江|prefecture|5333]]讯 [[贡山县|county|533324]][[独龙江乡|township|533324204]][[孔当村|village|533324204201]]的草果进入采收期，村民们背着竹篓穿行在林下。' +
      '乡里介绍，全乡草果种植面积达6.8万亩。在[[巴坡村|village|533324204202]]，独龙族织布合作社的织娘们一年能织300多条独龙毯；[[马库村|village|533324204206]]则发展起了民宿。',
  },
  {
    province: 'Fujian (Shouning)',
    marked:
      '[[宁德|prefecture|3509]]讯 [[寿宁县|county|350924]][[下党乡|township|350924209]][[下党村|village|350924209201]]的“定制茶园”今年吸引了全国各地的认购者。' +
      '[[下党村|village|350924209201]]村委会介绍，认购一亩茶园每年1万元，认购者可以到村里体验采茶、制茶。[[上党村|village|350924209202]]、[[杨溪头村|village|350924209208]]也加入了定制茶园的行列。',
  },
  {
    province: 'Guizhou (Bozhou)',
    marked:
      '[[遵义|prefecture|5203]]讯 [[播州区|county|520304]][[枫香镇|township|520304116]][[花茂村|village|520304116203]]的陶艺作坊里，游客们正在学拉坯。' +
      '[[花茂村|village|520304116203]]今年接待游客60万人次。镇里推动[[花茂村|village|520304116203]]与[[苟坝村|village|520304116205]]连片发展，镇上的[[何家寨村|village]]也办起了农家乐。',
  },
  {
    province: 'Hunan (Shaoshan, Qingxi)',
    marked:
      '[[韶山市|county|430382]][[清溪镇|township|430382100]][[韶山冲社区|village|430382100005]]居委会组织志愿者在景区开展文明劝导。社区书记说，每逢节假日，' +
      '社区都有200多名志愿者上岗。[[清溪镇|township|430382100]]还在[[清溪村|village|430382100201]]建起了游客集散中心。',
  },
  {
    province: 'Sichuan (Pidu)',
    marked:
      '[[成都|prefecture|5101]]讯 [[郫都区|county|510117]][[唐昌镇|township|510117104]][[战旗村|village|510117104213]]的“乡村十八坊”里，豆瓣、酱油、布鞋等传统手艺吸引游客驻足。' +
      '[[战旗|village|510117104213]]乡村振兴培训学院今年举办培训班120期。',
  },
  {
    province: 'Fujian (Shouning), English',
    lang: 'en',
    marked:
      'Tea growers in [[Xiadang village|village|350924209201]], in [[Shouning county|county|350924]] of east [[China|country]]\'s [[Fujian province|province|35]], now rent out tea gardens to buyers from [[Shanghai|province|31]] and [[Beijing|province|11]]. ' +
      'A road built in 2014 cut the trip to the county seat from five hours to 40 minutes.',
  },
  {
    province: 'Guizhou (Bozhou), English',
    lang: 'en',
    marked:
      '[[Huamao|village|520304116203]], a village in [[Fengxiang town|township|520304116]] of [[Zunyi|prefecture|5203]], [[Guizhou province|province|52]], turned old pottery kilns into workshops for visitors. ' +
      'Nearby [[Gouba village|village|520304116205]] grows organic rice.',
  },
];
