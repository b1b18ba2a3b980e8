// Whole county-news articles of the west and south-west (Sichuan, Chongqing, Yunnan, Guizhou, Guangxi, Tibet,
// Xinjiang with the corps, Qinghai, Gansu, Ningxia), written for these tests as county media centres and
// prefecture dailies write them (no sentence is taken from real articles or from the evaluation texts), marked
// inline as county-articles.fixtures.ts marks them ([[span|level]] or [[span|level|code]], the code's leading
// digits) by a reader following ../../shared/eval/GUIDELINES.md, before the engine read them. They name what the
// west's news names beside its units: transliterated township and village names (Tibetan, Uyghur, Yi, Dai,
// Zhuang), autonomous prefectures by their short forms (凉山州, 西双版纳州), lakes and salt lakes, glaciers,
// rivers with ethnic names, resettlement sites, border ports, and ethnic words that are no place (彝族, 藏族).
import type { CountyArticle } from './county-articles.fixtures';

// `westFirst`: the first batch, scored blind before any change for it (白朗, 美姑, 沙雅, 勐海, 威宁, 扶绥, 泸定,
// 乌兰: a highland barley harvest, the Yi New Year, a cotton harvest, border tea villages, a resettlement site,
// a sugarcane crushing season, earthquake recovery, a salt lake's tourism).
export const westFirst: CountyArticle[] = [
  {
    province: 'Tibet (Bainang, the highland barley harvest)',
    marked:
      '[[日喀则|prefecture|540200]]讯（记者 次仁卓嘎 通讯员 格桑曲珍）金秋时节，[[年楚河|natural]]两岸的青稞田一片金黄，[[白朗县|county|540228]]14万亩青稞' +
      '进入收割期。在[[杜琼乡|township|540228204]][[帕措村|village|540228204202]]，十几台收割机在田间来回穿梭，藏族群众身着节日盛装，唱着丰收的歌谣。\n' +
      '“今年雨水好，亩产能到450公斤。”[[帕措村|village|540228204202]]村民次旦说。[[嘎东镇|township|540228101]][[吉雄村|village|540228101202]]、' +
      '[[强堆乡|township|540228205]][[扎西普村|village|540228205201]]的青稞也长势喜人。县城[[洛江镇|township|540228100]]的青稞加工厂开足马力，' +
      '把新收的青稞加工成糌粑、青稞酒，销往[[拉萨|prefecture|540100]]和[[江孜|county|540222]]。\n' +
      '近年来，[[白朗|county|540228]]依托[[年楚河|natural]]流域的灌溉条件，推广良种良法，[[嘎普乡|township|540228206]]建起了千亩青稞良种繁育基地。' +
      '县农业农村局负责人介绍，预计全县青稞总产量达到6.2万吨，[[日喀则市|prefecture|540200]]“[[西藏|province|540000]]粮仓”的名片越擦越亮。',
  },
  {
    province: 'Sichuan (Meigu, the Yi New Year)',
    marked:
      '[[美姑县|county|513436]]融媒体中心讯（记者 吉克阿依 通讯员 曲比拉火）11月20日，[[美姑|county|513436]]彝族年系列活动在县城[[巴普镇|township|513436100]]开幕。' +
      '[[美姑河|natural]]畔的广场上，身着盛装的彝族群众跳起达体舞，毕摩吟诵经文祈福，选美、斗牛、赛马等活动吸引了上万名游客。\n' +
      '过彝族年，杀年猪、走亲戚是最热闹的。[[牛牛坝镇|township|513436103]][[四比齐村|village|513436103208]]的村民阿尔木呷一家早早宰了年猪，' +
      '在[[西昌|county|513401]]打工的儿子也赶回家团聚。[[拉马镇|township|513436104]][[洛莫依达村|village|513436104205]]举办了彝族服饰展，' +
      '[[洪溪镇|township|513436101]]的[[四季吉村|village|513436101204]]则办起了“村晚”。\n' +
      '[[美姑|county|513436]]被誉为“毕摩文化之乡”，[[大风顶|natural]]国家级自然保护区里生活着大熊猫。[[凉山州|prefecture|513400]]文化广电旅游局负责人介绍，' +
      '今年彝族年期间，全州推出文旅活动120多场。',
  },
  {
    province: 'Xinjiang (Shaya, the cotton harvest)',
    marked:
      '[[阿克苏|prefecture|652900]]日报讯（记者 阿依努尔·买买提 通讯员 李刚）眼下，[[沙雅县|county|652924]]62万亩棉花进入采收期，' +
      '一台台采棉机在[[塔里木河|natural]]畔的棉田里来回作业，吐出的棉包整齐排列在地头。\n' +
      '在[[英买力镇|township|652924103]][[博斯坦村|village|652924103202]]，种植大户艾力·吐尔逊今年种了800亩棉花，全部实现了机采。' +
      '“一台采棉机一天能采300亩，顶得上过去几百个人。”[[托依堡勒迪镇|township|652924101]][[兰干村|village|652924101212]]、' +
      '[[塔里木乡|township|652924206]][[克里也特村|village|652924206200]]的棉花也陆续交售。[[海楼镇|township|652924106]]的轧花厂门前，' +
      '拉棉车排起了长队。\n' +
      '[[沙雅|county|652924]]地处[[塔克拉玛干沙漠|natural]]北缘，[[塔里木河|natural]]穿境而过，境内有大片原始胡杨林。县农业农村局负责人介绍，' +
      '今年全县棉花机采率达到95%，预计籽棉总产量超过30万吨，为[[南疆|region]]棉花产业提供了样板。',
  },
  {
    province: 'Yunnan (Menghai, border tea villages)',
    marked:
      '[[西双版纳|prefecture|532800]]报讯（记者 岩温 通讯员 玉香）春茶开采以来，[[勐海县|county|532822]][[布朗山乡|township|532822204]][[班章村|village|532822204202]]' +
      '迎来了四面八方的茶商。[[老班章|village]]寨子里，家家户户都在杀青、揉捻，空气里弥漫着茶香。\n' +
      '[[班章村|village|532822204202]]下辖的[[老班章|village]]、[[新班章|village]]、[[老曼峨|village]]等寨子，古茶树是村民最大的财富。[[勐混镇|township|532822103]]' +
      '[[贺开村|village|532822103206]]有万亩古茶园，[[格朗和乡|township|532822203]]的[[南糯山|natural]]则以“茶王树”闻名。\n' +
      '[[勐海|county|532822]]与[[缅甸|foreign]]接壤，边境线长146.6公里。[[打洛镇|township|532822102]][[打洛村|village|532822102205]]的茶叶初制所' +
      '今年收购鲜叶120吨，不少茶叶经[[打洛|township|532822102]]口岸出口。[[西双版纳州|prefecture|532800]]茶叶部门负责人介绍，今年全州春茶产量预计达到1.5万吨，' +
      '[[澜沧江|natural]]两岸的茶山成了群众增收的“绿色银行”。',
  },
  {
    province: 'Guizhou (Weining, a resettlement site)',
    marked:
      '[[毕节|prefecture|520500]]日报讯（记者 陈雪 通讯员 禄明）走进[[威宁县|county|520526]]城[[五里岗街道|township|520526002]]的[[阳光社区|village|520526002022]]，' +
      '一栋栋安置楼整齐排列，社区里的扶贫车间机器轰鸣。这里是全县最大的易地扶贫搬迁安置点，安置着从[[雪山镇|township|520526112]]、[[小海镇|township|520526114]]' +
      '等[[乌蒙山|natural]]深处搬出来的4200多户群众。\n' +
      '从[[小海镇|township|520526114]][[松山村|village|520526114217]]搬来的彝族妇女陈文芬，如今在车间做服装加工，月收入3000多元。' +
      '“以前住在山上，下山赶场要走两个小时。”[[朝阳新城社区|village|520526002023]]开办了彝绣工坊，搬迁群众在家门口就能挣钱。\n' +
      '[[威宁彝族回族苗族自治县|county|520526]]地处[[乌蒙山|natural]]腹地，县城边的[[草海|natural]]是国家级自然保护区，每年冬天有黑颈鹤来此越冬。' +
      '县生态移民局负责人介绍，全县建成安置点38个，搬迁群众13.7万人，新建的产业园区与[[六盘水|prefecture|520200]]、[[昭通|prefecture|530600]]的企业签订了用工协议。',
  },
  {
    province: 'Guangxi (Fusui, the sugarcane crushing season)',
    marked:
      '[[崇左|prefecture|451400]]日报讯（记者 黄丽 通讯员 农志强）11月中旬，[[扶绥县|county|451421]]新榨季全面开榨。在[[渠黎镇|township|451421101]][[岜桑村|village|451421101205]]' +
      '的蔗田里，甘蔗收割机一路“吞”进甘蔗，一路吐出蔗段，运蔗车排着队驶向糖厂。\n' +
      '“今年种了120亩双高糖料蔗，亩产能到7吨。”蔗农黄志勇说。[[渠旧镇|township|451421102]][[驮迓村|village|451421102203]]、[[山圩镇|township|451421105]][[那派村|village|451421105206]]' +
      '的蔗农也在抢收。[[东门镇|township|451421104]][[六头村|village|451421104204]]的壮族群众组建了砍蔗队，到邻近村屯帮工。\n' +
      '[[扶绥|county|451421]]地处[[左江|natural]]下游，是[[广西|province|450000]]甘蔗主产县之一，离[[南宁|prefecture|450100]]只有一个小时车程。县糖业发展中心负责人介绍，' +
      '本榨季全县预计进厂原料蔗300万吨，机收率提高到45%。',
  },
  {
    province: 'Sichuan (Luding, earthquake recovery)',
    marked:
      '[[甘孜|prefecture|513300]]日报讯（记者 泽仁拉姆 通讯员 杨帆）两年前的“9·5”地震中，[[泸定县|county|513322]][[得妥镇|township|513322105]][[湾东村|village|513322105223]]' +
      '受灾严重。如今，村里新建的安置房沿着[[大渡河|natural]]一字排开，村民们搬进了新家。\n' +
      '“新房子是按8度设防建的，住着安心。”村民王兴华说。[[磨西镇|township|513322103]]灾后重建的[[共和村|village|513322103216]]开起了民宿，' +
      '来[[海螺沟|natural]]看冰川的游客又多了起来。[[燕子沟镇|township|513322104]]的[[燕子沟|natural]]景区也重新开放，[[贡嘎山|natural]]下的红石滩游人如织。\n' +
      '[[泸定县|county|513322]]城[[泸桥镇|township|513322100]]的[[泸定桥|landmark]]是红色旅游胜地，重建后的[[雅安|prefecture|511800]]至[[泸定|county|513322]]高速公路' +
      '让游客一路直达。[[四川省|province|510000]]灾后恢复重建项目已完成投资45亿元，[[石棉县|county|511824]]的受灾乡镇重建也全部完工。',
  },
  {
    province: 'Qinghai (Ulan, a salt lake)',
    marked:
      '[[海西州|prefecture|632800]]讯（记者 马晓燕 通讯员 才让）暑期以来，[[乌兰县|county|632821]][[茶卡镇|township|632821101]]的[[茶卡盐湖|natural]]景区' +
      '迎来了客流高峰，游客们在“天空之镜”上拍照留念，日接待量最高超过3万人次。\n' +
      '景区周边，[[茶卡村|village|632821101206]]、[[巴音村|village|632821101207]]的蒙古族、藏族群众办起了牧家乐，烤全羊、手抓肉供不应求。' +
      '[[茶卡|township|632821101]]的盐雕作坊里，匠人们用大青盐雕出了各种造型。县城[[希里沟镇|township|632821100]]的宾馆也住满了从[[西宁|prefecture|630100]]' +
      '、[[青海湖|natural]]一路自驾而来的游客。\n' +
      '[[乌兰|county|632821]]地处[[柴达木盆地|natural]]东缘，[[柯柯镇|township|632821102]]的盐湖也在开发。[[格尔木|county|632801]]的[[察尔汗盐湖|natural]]' +
      '是全国最大的钾肥生产基地。州文旅局负责人介绍，今年上半年，[[茶卡盐湖|natural]]接待游客180万人次。',
  },
];

// `westSecond`: written after the first batch's changes and scored once, blind (永宁, 敦煌, 一四三团, 巫溪, 贡山, 察隅, 龙州,
// 若尔盖: a wine region's harvest, a tourism peak at Dunhuang, a corps regiment's tomato harvest, a mountain county's new
// road, a Dulong valley's cardamom, a Tibetan border village, a border port's fruit trade, a grassland's summer).
export const westSecond: CountyArticle[] = [
  {
    province: 'Ningxia (Yongning, the wine harvest)',
    marked:
      '[[银川|prefecture|640100]]日报讯（记者 马燕 通讯员 王强）9月中旬，[[贺兰山|natural]]东麓的葡萄园迎来采收季。在[[永宁县|county|640121]][[闽宁镇|township|640121104]]' +
      '的一家酒庄，工人们把一串串赤霞珠剪下装箱，运进发酵车间。\n' +
      '[[闽宁镇|township|640121104]]是[[福建|province|350000]]、[[宁夏|province|640000]]对口协作建起的生态移民镇。[[原隆村|village|640121104205]]的移民群众过去住在' +
      '[[西海固|region]]的山沟里，如今在家门口的酒庄打工，每人每天能挣150元。[[玉海村|village|640121104204]]、[[武河村|village|640121104202]]的村民也把土地流转给了酒庄。\n' +
      '[[永宁|county|640121]]境内有酒庄23家，酿酒葡萄种植面积10.2万亩，[[玉泉营农场|township|640121401]]是[[宁夏|province|640000]]最早种植酿酒葡萄的地方之一。' +
      '县葡萄酒产业发展服务中心负责人介绍，今年全县预计采收葡萄4.6万吨，[[望远镇|township|640121102]]的葡萄酒小镇也将在年底前开街。',
  },
  {
    province: 'Gansu (Dunhuang, a tourism peak)',
    marked:
      '[[酒泉|prefecture|620900]]日报讯（记者 李婷 通讯员 张丽）国庆假期，[[敦煌|county|620982]]迎来旅游高峰，[[莫高窟|landmark]]每天的预约名额全部售罄，' +
      '[[鸣沙山|natural]][[月牙泉|natural]]景区单日接待游客突破4万人次。\n' +
      '为分流客流，[[敦煌市|county|620982]]推出了“西线游”，游客沿着[[党河|natural]]到[[阳关镇|township|620982105]]看[[阳关|landmark]]遗址，再去[[玉门关|landmark]]和' +
      '[[敦煌|county|620982]]雅丹国家地质公园。[[月牙泉镇|township|620982106]][[月牙泉村|village|620982106202]]的农家乐家家客满，[[七里镇|township|620982100]]' +
      '[[白马塔村|village|620982100200]]的民宿提前半个月就订完了。\n' +
      '[[莫高镇|township|620982103]][[三危村|village|620982103207]]紧邻[[三危山|natural]]，村里的葡萄采摘园也吸引了不少游客。市文体广电和旅游局负责人介绍，' +
      '假期全市接待游客56万人次，[[沙州镇|township|620982101]]的夜市每晚人流量超过2万人次。',
  },
  {
    province: 'Xinjiang (the 143rd Regiment, a tomato harvest)',
    marked:
      '[[石河子|county|659001]]讯（记者 王新 通讯员 刘芳）连日来，[[第八师|prefecture]][[一四三团|township|654203511]]的职工群众抢抓晴好天气采收加工番茄。' +
      '在[[十连|village|654203511510]]的番茄地里，两台采收机来回作业，采下的番茄直接装车，运往团场的番茄酱厂。\n' +
      '“今年种了260亩番茄，亩产能到9吨。”职工李军说。[[一四三团|township|654203511]]今年种植加工番茄4.5万亩，[[一四四团|township|654203512]]、' +
      '[[一四一团|township|654203509]]也陆续开始采收。\n' +
      '[[一四三团|township|654203511]]地处[[天山|natural]]北麓、[[玛纳斯河|natural]]西岸，团场依托“师市合一”优势，与[[沙湾市|county|654203]]共建了农产品加工园区。' +
      '师农业农村局负责人介绍，今年全师加工番茄预计收购量达到80万吨，产品主要销往[[中亚|region]]和[[欧洲|region]]。',
  },
  {
    province: 'Chongqing (Wuxi, a mountain road opens)',
    marked:
      '[[巫溪县|county|500238]]融媒体中心讯（记者 向东 通讯员 刘洋）11月28日，[[红池坝镇|township|500238118]]至[[宁厂镇|township|500238102]]的旅游公路正式通车。' +
      '这条公路全长42公里，沿着[[大宁河|natural]]峡谷蜿蜒而上，把[[宁厂|township|500238102]]古镇和[[红池坝|township|500238118]]景区连在了一起。\n' +
      '以前从[[茶山村|village|500238118212]]到镇上要绕行3个多小时，现在只要40分钟。[[宁厂镇|township|500238102]][[双溪村|village|500238102200]]的村民谭大姐' +
      '在路边开起了农家乐，“路通了，城里人开车就来了。”\n' +
      '[[巫溪|county|500238]]山高坡陡，过去群众出行难。今年全县新改建农村公路580公里，[[上磺镇|township|500238103]][[羊桥村|village|500238103206]]通了硬化路，' +
      '[[兰英乡|township|500238239]]的[[兰英大峡谷|natural]]也修通了观光步道。县交通局负责人介绍，县城[[城厢镇|township|500238100]]至[[奉节|county|500236]]的快速通道' +
      '正在加紧建设，建成后到[[重庆|province|500000]]主城只要3个小时。',
  },
  {
    province: 'Yunnan (Gongshan, the Dulong valley\'s cardamom)',
    marked:
      '[[怒江州|prefecture|533300]]融媒体中心讯（记者 李四妹 通讯员 木春花）入冬以前，[[贡山县|county|533324]][[独龙江乡|township|533324204]]的草果进入采收季。' +
      '[[孔当村|village|533324204201]]的独龙族群众背着竹篓钻进林下，把一串串红艳艳的草果摘下来。\n' +
      '[[独龙江|natural]]两岸种植草果7万亩，[[巴坡村|village|533324204202]]、[[马库村|village|533324204206]]家家都有草果地。[[马库村|village|533324204206]]与' +
      '[[缅甸|foreign]]接壤，是边境村，村里的护边员一边巡逻一边管护草果。\n' +
      '县城[[茨开镇|township|533324101]]建起了草果加工厂。[[丙中洛镇|township|533324102]][[秋那桶村|village|533324102204]]的村民则在[[怒江|natural]]边开起了民宿，' +
      '[[高黎贡山|natural]]和[[碧罗雪山|natural]]夹着[[怒江|natural]]奔流而下，吸引了不少游客。[[贡山独龙族怒族自治县|county|533324]]农业农村局负责人介绍，' +
      '今年全县草果产量预计达到3000吨。',
  },
  {
    province: 'Tibet (Zayu, a border village)',
    marked:
      '[[林芝|prefecture|540400]]讯（记者 白玛央宗 通讯员 达瓦）初冬时节，[[察隅县|county|540425]][[下察隅镇|township|540425102]][[沙玛村|village|540425102212]]' +
      '的茶园里，村民们正在修剪茶树。[[沙玛村|village|540425102212]]是边境小康村，新建的藏式民居沿着[[察隅河|natural]]整齐排列。\n' +
      '村民扎西次仁家开起了茶馆，“以前茶叶卖不出去，现在游客上门来买。”[[上察隅镇|township|540425101]][[格拥村|village|540425101206]]种起了猕猴桃，' +
      '[[竹瓦根镇|township|540425100]][[扎嘎村|village|540425100200]]的村民在[[慈巴沟|natural]]国家级自然保护区当上了生态管护员。\n' +
      '[[察隅|county|540425]]地处[[横断山脉|natural]]南段，[[察瓦龙乡|township|540425200]]与[[云南|province|530000]][[贡山|county|533324]]相邻，[[梅里雪山|natural]]' +
      '就在乡境内。县农业农村局负责人介绍，今年全县茶园面积达到1.2万亩，茶叶产值突破3000万元。',
  },
  {
    province: 'Guangxi (Longzhou, a border port)',
    marked:
      '[[崇左|prefecture|451400]]日报讯（记者 农丽 通讯员 黄海）眼下正值水果进出口旺季，[[龙州县|county|451423]][[水口|township|451423102]]口岸每天进出的货车超过600辆，' +
      '来自[[越南|foreign]]的榴莲、火龙果经口岸运往全国各地。\n' +
      '口岸所在的[[水口镇|township|451423102]]，边民们组建了互市合作社。[[罗回村|village|451423102206]]的边民农志强说，合作社每年给每户分红3000多元。[[下冻镇|township|451423101]]' +
      '[[布局村|village|451423101201]]的壮族群众则在[[水口河|natural]]边种起了坚果。\n' +
      '[[龙州|county|451423]]与[[越南|foreign]]接壤，[[左江|natural]]穿城而过，境内的[[弄岗|natural]]国家级自然保护区是白头叶猴的家园。县商务局负责人介绍，今年前三季度' +
      '[[水口|township|451423102]]口岸进出口货值达到420亿元，从[[南宁|prefecture|450100]]出发的冷链货车当天就能到达口岸。',
  },
  {
    province: 'Sichuan (Zoige, the grassland\'s summer)',
    marked:
      '[[阿坝州|prefecture|513200]]讯（记者 泽郎措 通讯员 杨华）7月，[[若尔盖草原|natural]]进入一年中最美的季节。[[若尔盖县|county|513232]][[唐克镇|township|513232101]]' +
      '[[索格藏村|village|513232101200]]的牧民们搬进了夏季牧场，草原上的帐篷宾馆也迎来了游客。\n' +
      '[[唐克镇|township|513232101]]地处[[白河|natural]]与[[黄河|natural]]交汇处，游客们登上观景台看落日。[[辖曼镇|township|513232103]][[西仓村|village|513232103203]]' +
      '的藏族牧民办起了牧家乐，[[花湖|natural]]景区的栈道上人来人往。\n' +
      '县城[[达扎寺镇|township|513232100]]到[[红原|county|513233]]的公路两旁开满了野花，不少游客从[[九寨沟|natural]]一路自驾过来。县文化体育和旅游局负责人介绍，' +
      '[[若尔盖|county|513232]]今年上半年接待游客210万人次，旅游收入同比增长18%。',
  },
];

// `westThird`: written after all of this round's changes and scored once, blind (榕江, 德钦, 墨玉, 布拖, 囊谦: a village
// football league, wine and snow mountains in a Tibetan county, walnuts by a desert river, the Yi Torch Festival, salt pans
// at the head of the Mekong).
export const westThird: CountyArticle[] = [
  {
    province: 'Guizhou (Rongjiang, the village football league)',
    marked:
      '[[黔东南州|prefecture|522600]]融媒体中心讯（记者 杨秀 通讯员 吴冬梅）5月20日晚，[[榕江县|county|522632]]城的体育场座无虚席，“村超”新赛季揭幕战在这里打响。' +
      '来自[[古州镇|township|522632100]]、[[栽麻镇|township|522632106]]、[[三江乡|township|522632204]]等乡镇的20支村队将在两个月里展开角逐。\n' +
      '开幕式上，[[栽麻镇|township|522632106]][[大利村|village|522632106203]]的侗族大歌、[[三江乡|township|522632204]][[怎冷村|village|522632204200]]的水族铜鼓舞轮番上场，' +
      '看台上来自[[广东|province|440000]]、[[湖南|province|430000]]的球迷跟着节奏挥舞手机。[[都柳江|natural]]畔的夜市里，烤鱼、牛瘪的香气飘出老远。\n' +
      '[[榕江|county|522632]]是“村超”的发源地，去年赛季吸引游客超过500万人次。县文体广电旅游局负责人说，今年还将在[[忠诚镇|township|522632101]]、' +
      '[[平江镇|township|522632107]]设立分赛场，让更多[[贵州|province|520000]]乡村球队走上赛场。',
  },
  {
    province: 'Yunnan (Deqin, wine under the snow mountains)',
    marked:
      '[[迪庆州|prefecture|533400]]讯（记者 此里卓玛 通讯员 和春）深秋时节，[[德钦县|county|533422]][[燕门乡|township|533422203]][[茨中村|village|533422203203]]' +
      '的葡萄园里，藏族村民忙着采摘玫瑰蜜葡萄。村里百年前种下的葡萄，如今酿成了远近闻名的冰酒。\n' +
      '[[澜沧江|natural]]峡谷干热河谷气候适宜葡萄生长，[[奔子栏镇|township|533422102]][[书松村|village|533422102202]]、[[拖顶乡|township|533422204]][[洛沙村|village|533422204202]]' +
      '的村民也种起了酿酒葡萄。县城[[升平镇|township|533422101]]建起了葡萄酒庄，游客品完酒，就到[[飞来寺|landmark]]观景台看[[梅里雪山|natural]]日照金山。\n' +
      '[[德钦|county|533422]]地处[[滇川藏|region]]三省区交界，从[[香格里拉|county|533401]]驱车4个小时即可到达。' +
      '县农业农村局负责人介绍，全县葡萄种植面积已达2.3万亩，年产葡萄酒1800吨。',
  },
  {
    province: 'Xinjiang (Moyu, walnuts by the Karakax)',
    marked:
      '[[和田|prefecture|653200]]日报讯（记者 买买提江·艾力 通讯员 王芳）眼下，[[墨玉县|county|653222]]35万亩核桃进入采收期。在[[萨依巴格乡|township|653222206]]' +
      '[[乌鲁格阿塔村|village|653222206200]]，村民们打下核桃，剥去青皮，晾晒在院子里。\n' +
      '“今年核桃个大皮薄，每公斤能卖到22元。”种植户阿卜杜拉·买买提说。[[扎瓦镇|township|653222101]][[亚贝希村|village|653222101201]]建起了核桃加工车间，' +
      '[[喀拉喀什镇|township|653222100]]的农产品交易市场里，来自[[乌鲁木齐|prefecture|650100]]和内地的客商正在收购。\n' +
      '[[墨玉|county|653222]]地处[[昆仑山|natural]]北麓、[[塔克拉玛干沙漠|natural]]南缘，[[喀拉喀什河|natural]]穿境而过。县林果业发展中心负责人介绍，' +
      '今年全县核桃产量预计达到8万吨，精深加工率提高到30%。',
  },
  {
    province: 'Sichuan (Butuo, the Torch Festival)',
    marked:
      '[[凉山州|prefecture|513400]]讯（记者 吉色阿呷 通讯员 沙马日古）农历六月二十四，[[布拖县|county|513429]]第十届火把节开幕，县城[[特木里镇|township|513429100]]' +
      '的火把广场上人山人海，身着盛装的彝族群众唱起朵洛荷，跳起达体舞。\n' +
      '火把节期间，[[拖觉镇|township|513429102]][[日拍村|village|513429102205]]举办了斗牛比赛，[[特木里村|village|513429100201]]的选美比赛吸引了上千名群众观看。' +
      '晚上，游客们举着火把走上街头，从[[西昌|county|513401]]、[[成都|prefecture|510100]]赶来的游客与当地群众一起狂欢。\n' +
      '[[布拖|county|513429]]被誉为“[[中国|country]]彝族火把节之乡”，县里推出了沿[[金沙江|natural]]的自驾游线路，串起[[乐安镇|township|513429104]]的高山草场和' +
      '[[龙潭镇|township|513429101]]的古村落。县文化广播电视和旅游局负责人介绍，节日期间全县接待游客15万人次。',
  },
  {
    province: 'Qinghai (Nangqen, salt pans on the upper Mekong)',
    marked:
      '[[玉树州|prefecture|632700]]讯（记者 尼玛才让 通讯员 王华）初夏，[[囊谦县|county|632725]][[白扎乡|township|632725200]]的古盐田迎来晒盐季。[[吉沙村|village|632725200200]]' +
      '的藏族妇女把卤水舀进一块块盐田，经过十多天日晒，白花花的盐粒便结了出来。\n' +
      '这里的盐田已有上千年历史，[[澜沧江|natural]]上游的[[扎曲|natural]]从盐田旁流过。[[白扎村|village|632725200207]]把盐田开发成了研学基地，' +
      '县城[[香达镇|township|632725100]]的黑陶作坊也迎来了不少参观者。\n' +
      '[[囊谦|county|632725]]地处[[三江源|region]]腹地，与[[西藏|province|540000]][[昌都|prefecture|540300]]相邻。县文体旅游局负责人介绍，今年以来，' +
      '全县接待游客12万人次，“盐田游”成了[[玉树|prefecture|632700]]南部的一张新名片。',
  },
];

// `westFourth`: the second round's batch, written after all of the first round's changes and scored once, blind (墨脱,
// 塔什库尔干, 元阳, 雷山, 巴马, 夏河, 酉阳, 稻城: spring tea under a Tibetan gorge, the Pamir's summer and its border port,
// the Hani terraces' red rice, Miao embroidery and silver in a thousand-household village, a longevity village's winter
// guests, yak herds on a grassland, a mountain road along the Wu, snow peaks and 海 lakes by a township named 香格里拉).
export const westFourth: CountyArticle[] = [
  {
    province: 'Tibet (Medog, spring tea)',
    marked:
      '[[林芝|prefecture|540400]]讯（记者 格桑旺堆 通讯员 白玛央宗）4月初，[[墨脱县|county|540423]][[背崩乡|township|540423206]][[阿苍村|village|540423206202]]' +
      '的茶园里，门巴族、珞巴族群众背着竹篓采摘春茶。云雾缭绕的山坡下，[[雅鲁藏布江|natural]]奔流而过。\n' +
      '“以前茶叶运不出去，现在公路通到家门口，收茶的车开到了地头。”茶农白玛多吉说。[[墨脱镇|township|540423100]][[玛迪村|village|540423100204]]、' +
      '[[格当乡|township|540423204]][[桑珍卡村|village|540423204202]]的茶园也陆续开采。[[达木乡|township|540423202]]建起了茶叶初制所，鲜叶收购价每公斤60元。\n' +
      '[[墨脱|county|540423]]曾是全国最后一个通公路的县，翻越[[嘎隆拉雪山|natural]]的公路和穿过[[多雄拉|natural]]山口的公路相继通车后，从[[林芝市|prefecture|540400]]' +
      '[[巴宜区|county|540402]]到县城只要6个小时，[[雅鲁藏布大峡谷|natural]]景区的游客也越来越多。县农业农村局负责人介绍，全县茶园面积已达3.2万亩，' +
      '[[米林|county|540481]]、[[波密|county|540424]]的茶企也来收购鲜叶。',
  },
  {
    province: 'Xinjiang (Taxkorgan, the Pamir summer and Khunjerab)',
    marked:
      '[[喀什|prefecture|653100]]日报讯（记者 古丽米拉·阿不都 通讯员 张伟）7月以来，[[帕米尔高原|natural]]迎来旅游旺季。从[[喀什市|county|653101]]出发沿[[国道314线|landmark]]南行，' +
      '途经[[阿克陶县|county|653022]]的[[卡拉库里湖|natural]]，游客们在[[慕士塔格峰|natural]]下驻足拍照，再翻过[[苏巴什达坂|natural]]进入[[塔什库尔干塔吉克自治县|county|653131]]。\n' +
      '县城[[塔什库尔干镇|township|653131100]]的[[石头城|landmark]]遗址和[[金草滩|natural]]湿地游人如织。[[塔合曼乡|township|653131201]][[萨热拉村|village|653131201200]]' +
      '的塔吉克族牧民办起了民宿，鹰舞表演一场接一场。[[提孜那甫乡|township|653131203]]、[[科克亚尔乡|township|653131202]]的牧家乐也迎来了客人。\n' +
      '[[塔县|county|653131]]与[[巴基斯坦|foreign]]、[[阿富汗|foreign]]、[[塔吉克斯坦|foreign]]三国接壤，[[红其拉甫|landmark]]口岸是[[中国|country]]通往[[巴基斯坦|foreign]]' +
      '的陆路口岸。今年以来，口岸进出境货运量同比增长三成，[[达布达尔乡|township|653131204]]的边境村里，护边员们在巡逻之余也当起了导游。' +
      '县文化体育广播电视和旅游局负责人介绍，上半年全县接待游客62万人次。',
  },
  {
    province: 'Yunnan (Yuanyang, the Hani terraces\' red rice)',
    marked:
      '[[红河州|prefecture|532500]]讯（记者 李春 通讯员 马龙）9月，[[元阳县|county|532528]]的[[哈尼梯田|natural]]稻谷飘香，哈尼族群众开镰收割红米。' +
      '[[新街镇|township|532528102]][[多依树村|village|532528102217]]的梯田里，村民们一边收稻谷，一边从田里捉鱼、赶鸭，“稻鱼鸭”综合种养让一亩田多收了2000元。\n' +
      '[[牛角寨镇|township|532528103]][[良心寨村|village|532528103207]]、[[攀枝花乡|township|532528209]]的梯田也进入收割期。[[新街镇|township|532528102]]' +
      '[[爱春村|village|532528102218]]的[[阿者科|village]]是哈尼族传统村落，村里64户人家的蘑菇房保存完好，游客在这里能体验打谷、捉鱼。\n' +
      '[[元阳|county|532528]]地处[[哀牢山|natural]]南段，[[红河|natural]]从县城[[南沙镇|township|532528101]]旁流过。[[红河县|county|532529]]、[[绿春县|county|532531]]、' +
      '[[金平县|county|532530]]的梯田也连片分布。[[红河州|prefecture|532500]]农业农村局负责人介绍，今年[[红河|prefecture|532500]]南部山区红米种植面积达到18万亩。',
  },
  {
    province: 'Guizhou (Leishan, Miao embroidery and silver)',
    marked:
      '[[黔东南|prefecture|522600]]日报讯（记者 潘雪 通讯员 杨正文）国庆假期，[[雷山县|county|522634]][[西江|township|522634101]]千户苗寨迎来客流高峰，' +
      '吊脚楼间挤满了穿着苗族服饰拍照的游客，长桌宴一天要摆上百桌。\n' +
      '苗绣是游客最喜欢的伴手礼。[[西江镇|township|522634101]][[麻料村|village|522634101208]]的银匠们把银饰加工和苗绣结合起来，[[控拜村|village|522634101209]]' +
      '的银饰作坊订单排到了年底。[[郎德镇|township|522634103]][[上郎德村|village|522634103201]]的芦笙场上，村民们吹起芦笙欢迎远方来客。\n' +
      '[[雷山|county|522634]]境内的[[雷公山|natural]]是国家级自然保护区，[[丹江镇|township|522634100]]、[[望丰乡|township|522634200]]的茶园里，银球茶正在采摘。' +
      '县城[[龙头街道|township|522634001]]新建的游客集散中心让游客从[[凯里|county|522601]]坐大巴40分钟就能到。县文体广电旅游局负责人介绍，' +
      '假期全县接待游客36万人次，苗绣、银饰销售额超过2000万元。',
  },
  {
    province: 'Guangxi (Bama, a longevity village\'s winter guests)',
    marked:
      '[[河池|prefecture|451200]]日报讯（记者 韦丽 通讯员 蓝海）入冬以来，到[[巴马瑶族自治县|county|451227]]“候鸟”养生的游客越来越多。[[甲篆镇|township|451227101]]' +
      '[[坡月村|village|451227101207]]的[[百魔洞|natural]]旁，一排排民宿住满了从[[东北|region]]来的老人。\n' +
      '[[盘阳河|natural]]两岸，[[平安村|village|451227101206]]的[[巴盘屯|village]]是有名的长寿村，百岁老人黄妈卜今年106岁，每天还在院子里择菜。' +
      '[[那社乡|township|451227202]][[大洛村|village|451227202202]]的瑶族群众种起了火麻、油茶，做成“长寿食品”卖给游客。\n' +
      '[[巴马县|county|451227]]城[[巴马镇|township|451227100]]的[[赐福村|village|451227100210]]建起了康养小镇，[[燕洞镇|township|451227102]]的香猪养殖基地年出栏8万头。' +
      '县文化广电体育和旅游局负责人介绍，今年以来全县接待游客920万人次，与[[南宁|prefecture|450100]]之间的高速公路通车后，自驾游客增长了两成。',
  },
  {
    province: 'Gansu (Xiahe, yak herds on the Sangke grassland)',
    marked:
      '[[甘南州|prefecture|623000]]讯（记者 卓玛草 通讯员 马成）盛夏时节，[[夏河县|county|623027]][[桑科|township|623027103]]草原绿草如茵，[[桑科镇|township|623027103]]' +
      '[[日芒村|village|623027103203]]的牧民们赶着牦牛转场到夏季牧场。\n' +
      '“现在一头牦牛能卖到1.2万元，合作社还给我们分红。”牧民扎西加措说。[[甘加镇|township|623027104]][[八角城村|village|623027104200]]的牦牛乳业合作社' +
      '每天收购鲜奶5吨，[[博拉镇|township|623027106]][[吾乎扎村|village|623027106205]]建起了牦牛肉加工厂。\n' +
      '县城[[拉卜楞镇|township|623027100]]依托[[拉卜楞寺|landmark]]发展旅游，[[大夏河|natural]]畔的藏餐馆、民宿一房难求。从[[兰州|prefecture|620100]]经' +
      '[[临夏|prefecture|622900]]到[[夏河|county|623027]]的高速公路通车后，车程缩短到3个小时。州农业农村局负责人介绍，[[甘南|prefecture|623000]]牦牛存栏' +
      '达到120万头，[[玛曲|county|623025]]、[[碌曲|county|623026]]的牧民也加入了合作社。',
  },
  {
    province: 'Chongqing (Youyang, a mountain road along the Wu)',
    marked:
      '[[酉阳县|county|500242]]融媒体中心讯（记者 冉红 通讯员 白洁）12月初，[[花田乡|township|500242209]]至[[龚滩镇|township|500242108]]的旅游公路全线通车。' +
      '公路沿[[乌江|natural]]峡谷盘山而上，翻过[[凉风垭|natural]]后一路下坡，串起了[[何家岩村|village|500242209204]]的千亩梯田和[[龚滩|township|500242108]]古镇。\n' +
      '“过去下山卖米要走半天，现在开车20分钟就到镇上。”[[何家岩村|village|500242209204]]村民冉茂华说。[[龚滩镇|township|500242108]][[小银村|village|500242108201]]、' +
      '[[罾潭村|village|500242108200]]的土家族群众在路边开起了农家乐。\n' +
      '[[酉阳|county|500242]]地处[[武陵山区|region]]腹地，与[[贵州|province|520000]][[沿河县|county|520627]]隔[[乌江|natural]]相望。县交通局负责人介绍，' +
      '今年全县新改建农村公路860公里，[[酉水河镇|township|500242111]]、[[后坪乡|township|500242210]]的通组公路也在加紧施工。',
  },
  {
    province: 'Sichuan (Daocheng, snow peaks and lakes)',
    marked:
      '[[甘孜州|prefecture|513300]]讯（记者 降初 通讯员 刘洋）金秋十月，[[稻城县|county|513337]]迎来一年中最美的季节。[[香格里拉镇|township|513337101]]的景区里，' +
      '[[仙乃日|natural]]、[[央迈勇|natural]]、[[夏诺多吉|natural]]三座雪山倒映在[[珍珠海|natural]]中，登上[[牛奶海|natural]]、[[五色海|natural]]的游客排起了长队。\n' +
      '景区脚下的[[亚丁村|village|513337101219]]，藏族村民开起了30多家民宿。“旺季一间房一晚能卖到800元。”村民扎西尼玛说。[[桑堆镇|township|513337102]]的红草地' +
      '引来大批摄影爱好者，[[吉呷镇|township|513337103]][[呷拉村|village|513337103201]]的村民则在路边卖起了松茸、藏香猪肉。\n' +
      '从县城[[金珠镇|township|513337100]]出发，翻过[[海子山|natural]]，就能看到[[稻城|county|513337]]的白杨林。县城附近的机场今年新开通了至[[成都|prefecture|510100]]、' +
      '[[重庆|province|500000]]的航线。[[稻城|county|513337]]与[[云南|province|530000]][[香格里拉市|county|533401]]相邻，县文旅局负责人介绍，国庆假期全县接待游客21万人次。',
  },
];

// `westFifth`: the third round's batch, written after all of the second round's changes and scored once, blind (都安,
// 昭觉, 申扎, 若羌, 民和, 古浪, 红寺堡, 台江: rocky desertification in a karst county, the cliff village's relocation, a
// herding township's winter pasture, red dates on a desert oasis, a 花儿 festival, sand barriers on the Hexi corridor's
// edge, a resettled village's vineyards, a village basketball league).
export const westFifth: CountyArticle[] = [
  {
    province: 'Guangxi (Du\'an, karst rocky desertification)',
    marked:
      '[[河池|prefecture|451200]]日报讯（记者 蓝丽萍 通讯员 韦国强）冬日的[[都安瑶族自治县|county|451228]][[地苏镇|township|451228102]]，石山上的任豆树、' +
      '金银花已连成一片绿。十多年前，这里还是“石头多过土、种地靠石缝”的石漠化山区。\n' +
      '“过去在石缝里种玉米，一亩收不到两百斤。”[[大定村|village|451228102204]]村民韦玉兰说。如今村里在石山上种下金银花1200亩，山脚发展起肉牛养殖。' +
      '[[拉烈镇|township|451228104]][[加红村|village|451228104205]]、[[保安乡|township|451228209]][[平浪村|village|451228209202]]推行“山上造林、山腰种果、山脚养牛”，' +
      '[[三只羊乡|township|451228212]]的瑶族群众把石山变成了核桃林。\n' +
      '[[都安|county|451228]]地处[[桂西北|region]][[大石山区|region]]，[[红水河|natural]]穿境而过，[[地苏河|natural]]是一条有名的地下河。县林业局负责人介绍，' +
      '全县累计治理石漠化面积120万亩，森林覆盖率提高到78%，县城[[安阳镇|township|451228100]]周边的石山也披上了绿装。与相邻的[[大化县|county|451229]]、' +
      '[[马山县|county|450124]]一道，[[都安|county|451228]]正在建设石漠化综合治理示范区。',
  },
  {
    province: 'Sichuan (Zhaojue, the cliff village\'s relocation)',
    marked:
      '[[凉山州|prefecture|513400]]讯（记者 阿说瓦萨 通讯员 俄木日哈）五年前，[[昭觉县|county|513431]][[古里镇|township|513431109]][[悬崖村|village|513431109210]]' +
      '的84户村民告别了攀爬钢梯的日子，搬进了县城的[[沐恩邸社区|village|513431101001]]。如今，这个全县最大的易地扶贫搬迁安置点住着4000多户、1.8万名群众。\n' +
      '“以前下山要爬两个小时钢梯，现在孩子走五分钟就到学校。”搬迁户吉克木呷说。社区的扶贫车间里，彝族妇女们一边绣彝绣，一边照看孩子。' +
      '[[城北镇|township|513431101]]还在安置点旁建起了农业产业园，[[古里镇|township|513431109]][[阿觉村|village|513431109209]]、[[四开镇|township|513431107]]' +
      '[[好谷村|village|513431107203]]的搬迁群众在园区种植蔬菜、养殖西门塔尔牛。\n' +
      '留在山上的[[悬崖村|village|513431109210]]发展起了旅游，游客沿着2556级钢梯登上村子，在[[美姑河|natural]]大峡谷边俯瞰。[[昭觉|county|513431]]地处' +
      '[[大凉山|natural]]腹地，县城[[新城镇|township|513431100]]距[[西昌|county|513401]]约100公里。县乡村振兴局负责人介绍，全县建成集中安置点33个，' +
      '搬迁群众7.4万人，今年组织转移就业4.2万人次，大部分到[[成都|prefecture|510100]]、[[广东|province|440000]]等地务工。',
  },
  {
    province: 'Tibet (Xainza, a herding township\'s winter pasture)',
    marked:
      '[[那曲|prefecture|540600]]讯（记者 次仁罗布 通讯员 达娃卓玛）11月中旬，[[申扎县|county|540625]][[马跃乡|township|540625207]]的牧民们赶着牦牛、绵羊，' +
      '从夏季牧场转场到冬季牧场。[[江扎村|village|540625207202]]牧民格桑多吉一家200多头牦牛走了整整三天，才到达[[色林错|natural]]南岸的冬季草场。\n' +
      '“冬季牧场的草留到了现在，牛羊过冬不愁。”格桑多吉说。[[雄梅镇|township|540625101]][[达果村|village|540625101202]]、[[巴扎乡|township|540625203]]' +
      '[[美朵雷村|village|540625203204]]的牧民也完成了转场。[[塔尔玛乡|township|540625204]]为牧民建起了暖棚和储草站，每户储备饲草3吨。\n' +
      '[[申扎|county|540625]]地处[[羌塘草原|natural]]南部，境内有[[格仁错|natural]]等大小湖泊上百个，是黑颈鹤的重要繁殖地。县农业农村局负责人介绍，' +
      '全县落实草畜平衡面积3800万亩，县城[[申扎镇|township|540625100]]的饲草料加工厂今年为牧民配送饲草1.2万吨，[[班戈|county|540627]]、[[尼玛|county|540629]]' +
      '的牧民也来订购。',
  },
  {
    province: 'Xinjiang (Qakilik, red dates on a desert oasis)',
    marked:
      '[[巴音郭楞|prefecture|652800]]日报讯（记者 热依拉·吾斯曼 通讯员 王建新）10月下旬，[[若羌县|county|652824]]40万亩红枣进入采收期。[[铁干里克镇|township|652824104]]' +
      '[[罗布庄村|village|652824104211]]的枣园里，维吾尔族枣农们铺开帆布，摇落树上的灰枣，装袋、过秤、装车，一派繁忙。\n' +
      '“今年的枣个头大、糖分高，每公斤收购价12元。”枣农阿不都热合曼说。[[瓦石峡镇|township|652824103]][[金胡杨村|village|652824103208]]、[[吾塔木乡|township|652824201]]' +
      '[[英格里克村|village|652824201207]]的枣农也在抢收。[[铁干里克镇|township|652824104]]的红枣交易市场上，来自[[河南|province|410000]]、[[浙江|province|330000]]的客商' +
      '每天收购红枣200多吨。\n' +
      '[[若羌|county|652824]]是全国面积最大的县，地处[[塔克拉玛干沙漠|natural]]东南缘，[[车尔臣河|natural]]和[[若羌河|natural]]滋养着片片绿洲，县境北部是' +
      '干涸的[[罗布泊|natural]]。县林果业发展中心负责人介绍，今年全县红枣产量预计达到18万吨，“[[若羌|county|652824]]红枣”通过电商销往[[上海|province|310000]]、' +
      '[[广东|province|440000]]等地。',
  },
  {
    province: 'Qinghai (Minhe, a 花儿 festival)',
    marked:
      '[[海东|prefecture|630200]]讯（记者 马晓兰 通讯员 李福元）农历六月初六，[[民和回族土族自治县|county|630222]][[古鄯镇|township|630222101]]的[[七里寺|landmark]]' +
      '花儿会如期举行。山坡上、树荫下，回族、土族、汉族群众席地而坐，歌手们你一句我一句对唱花儿，高亢的歌声在山谷里回荡。\n' +
      '今年的花儿会吸引了周边群众和游客3万多人。来自[[川口镇|township|630222100]]、[[官亭镇|township|630222103]]的歌手登台献艺，[[古鄯村|village|630222101200]]' +
      '的回族小伙马忠福唱了一首《尕老汉》，赢得满场喝彩。[[峡门镇|township|630222107]][[若木池村|village|630222107214]]的土族阿姑们穿着七彩袖，唱起了土族花儿。' +
      '[[官亭镇|township|630222103]][[喇家村|village|630222103209]]的农家乐里，游客们品尝着手抓羊肉、酿皮。\n' +
      '[[民和|county|630222]]地处[[湟水|natural]]与[[黄河|natural]]交汇处，与[[甘肃|province|620000]][[兰州|prefecture|620100]]隔河相望，花儿是这里群众最喜爱的民歌。' +
      '县文体旅游广电局负责人介绍，今年全县举办花儿会12场，[[海东市|prefecture|630200]]和[[西宁|prefecture|630100]]的花儿歌手也赶来参加。',
  },
  {
    province: 'Gansu (Gulang, sand barriers on the Hexi corridor\'s edge)',
    marked:
      '[[武威|prefecture|620600]]日报讯（记者 张海燕 通讯员 陈万福）初冬，[[古浪县|county|620622]]北部的[[八步沙林场|landmark]]里，治沙队员们扛着麦草，' +
      '在[[腾格里沙漠|natural]]南缘扎下一格格草方格，再在格子里栽上梭梭、花棒。\n' +
      '“一个草方格一米见方，能把流沙固定住。”治沙队员郭万刚说。如今，林场治沙造林面积已达21.7万亩，昔日黄沙漫漫的[[八步沙|natural]]变成了绿洲。' +
      '[[黄花滩镇|township|620622110]][[富康新村|village|620622110213]]、[[大靖镇|township|620622103]][[长城村|village|620622103208]]的村民也加入了治沙队，' +
      '[[永丰滩镇|township|620622109]][[六墩村|village|620622109202]]在沙漠边缘种下了3000亩枸杞。\n' +
      '[[古浪|county|620622]]地处[[河西走廊|region]]东端，南依[[祁连山|natural]]，北接[[腾格里沙漠|natural]]。县林业和草原局负责人介绍，全县今年完成防沙治沙' +
      '8.6万亩，与[[民勤县|county|620621]]、[[天祝县|county|620623]]联手建设防沙绿色屏障，守护[[武威市|prefecture|620600]]的绿洲。',
  },
  {
    province: 'Ningxia (Hongsibu, a resettled village\'s vineyards)',
    marked:
      '[[吴忠|prefecture|640300]]日报讯（记者 马丽 通讯员 杨建军）9月，[[红寺堡区|county|640303]][[红寺堡镇|township|640303100]][[弘德村|village|640303100212]]的' +
      '酿酒葡萄迎来采摘季。20多年前，这里还是一片荒原，如今扬黄灌溉把[[黄河|natural]]水送上了山，荒原变成了葡萄园。\n' +
      '“2011年从[[西吉|county|640422]]搬来时，家里只有两间土坯房。”村民马占林说，现在他在酒庄打工，一年收入4万多元。[[太阳山镇|township|640303101]]' +
      '[[塘坊梁村|village|640303101219]]、[[柳泉乡|township|640303202]][[永新村|village|640303202203]]的移民群众也在葡萄园和酒庄务工。' +
      '[[大河乡|township|640303200]][[开元村|village|640303200204]]建起了肉牛养殖园区，养牛户达到300多户。\n' +
      '[[红寺堡|county|640303]]是全国最大的易地生态移民集中安置区，安置了来自[[西海固|region]]的移民23万人。区农业农村局负责人介绍，全区酿酒葡萄种植面积' +
      '达到10.6万亩，[[罗山|natural]]脚下建成酒庄20多家，从[[海原|county|640522]]、[[同心|county|640324]]搬来的移民也在这里安了家。',
  },
  {
    province: 'Guizhou (Taijiang, the village basketball league)',
    marked:
      '[[黔东南|prefecture|522600]]日报讯（记者 杨秀 通讯员 张华）7月，[[台江县|county|522630]][[台盘乡|township|522630202]][[台盘村|village|522630202200]]的' +
      '篮球场上人声鼎沸，“村BA”总决赛在这里打响。看台上坐满了穿着苗族盛装的观众，苗族芦笙、鼓点伴着球员的每一次进球。\n' +
      '今年的比赛有120支球队参加，[[阳芳村|village|522630202201]]队和[[施洞镇|township|522630101]][[旧州村|village|522630101204]]队争夺冠军。' +
      '“白天干农活，晚上打球，全村都是球迷。”[[台盘村|village|522630202200]]村民张德龙说。县城[[台拱街道|township|522630001]]的酒店全部订满，' +
      '[[萃文街道|township|522630002]]的苗绣、银饰店铺生意火爆。\n' +
      '[[台江|county|522630]]是“天下苗族第一县”，[[清水江|natural]]穿境而过，[[施洞|township|522630101]]的姊妹节闻名遐迩。县文体广电旅游局负责人介绍，' +
      '“村BA”举办以来吸引游客超过200万人次，与[[榕江|county|522632]]的“村超”一起，成了[[贵州|province|520000]]乡村体育的两张名片。',
  },
];

// `westSixth`: the third round's second batch, written after the changes westFifth's misses led to and scored once,
// blind (河口, 忠县, 云阳, 叶城, 玛多: a border port's fruit trade, ferries on the Yangtze, a town rebuilt above the Three
// Gorges reservoir, walnuts under the Kunlun, the source lakes of the Yellow River).
export const westSixth: CountyArticle[] = [
  {
    province: 'Yunnan (Hekou, a border port\'s fruit trade)',
    marked:
      '[[红河州|prefecture|532500]]讯（记者 杨丽娟 通讯员 陶文华）清晨7点，[[河口|county|532532]]口岸的国门前已排起长队，满载火龙果、榴莲的货车从' +
      '[[越南|foreign]][[老街|foreign]]驶入，装着化肥、机电产品的货车则驶向[[越南|foreign]]。今年以来，[[河口瑶族自治县|county|532532]]口岸进出口货值同比增长26%。\n' +
      '口岸带动了边民互市。[[河口镇|township|532532101]][[坝洒社区|village|532532101005]]的边民互市点上，边民们组建互助组，每天交易水果、海鲜200多吨。' +
      '[[南溪镇|township|532532102]][[龙堡村|village|532532102201]]、[[莲花滩乡|township|532532204]][[石板寨村|village|532532204201]]的边民也加入了互助组，' +
      '[[桥头乡|township|532532202]]的苗族群众种起了香蕉，通过口岸销往[[越南|foreign]]北部。\n' +
      '[[河口|county|532532]]地处[[红河|natural]]与[[南溪河|natural]]交汇处，隔河与[[老街|foreign]]相望，是[[云南|province|530000]]通往[[东南亚|region]]的重要通道。' +
      '县商务局负责人介绍，新建的货场投用后，口岸日通关能力提高到1800辆次，从[[昆明|prefecture|530100]]经[[蒙自|county|532503]]到[[河口|county|532532]]的' +
      '高速公路让水果当天就能运到省城。',
  },
  {
    province: 'Chongqing (Zhongxian, ferries on the Yangtze)',
    marked:
      '[[忠县|county|500233]]融媒体中心讯（记者 秦雪 通讯员 谭明）清晨，[[长江|natural]]上薄雾未散，[[洋渡镇|township|500233104]]的渡口已热闹起来。' +
      '渡船载着赶场的村民和一筐筐柑橘驶向对岸，船工谭大爷在这条航线上已经跑了30年。\n' +
      '“以前过江全靠渡船，现在有了大桥，坐渡船的多是游客了。”谭大爷说。[[洋渡镇|township|500233104]][[沿江村|village|500233104201]]把老渡口改造成了观景平台，' +
      '[[东溪镇|township|500233105]][[钟溪村|village|500233105201]]、[[任家镇|township|500233102]][[长沙村|village|500233102201]]的渡口也开通了旅游航线。' +
      '[[石宝镇|township|500233107]]的[[石宝寨|landmark]]是[[长江|natural]]边的名胜，游船在这里停靠，游客登寨后再乘船前往[[皇华岛|natural]]。\n' +
      '[[忠县|county|500233]]地处[[三峡库区|natural]]腹地，[[长江|natural]]穿境而过。县交通局负责人介绍，全县现有渡口26个，今年新建了3座便民码头，' +
      '县城[[忠州街道|township|500233001]]到[[万州|county|500101]]、[[丰都|county|500230]]的客运航线也恢复了运营。',
  },
  {
    province: 'Chongqing (Yunyang, a town rebuilt above the Three Gorges reservoir)',
    marked:
      '[[云阳县|county|500235]]融媒体中心讯（记者 彭丽 通讯员 向东）二十年前，[[三峡|natural]]工程蓄水，[[故陵镇|township|500235107]]老街沉入江底，新镇在半山腰上建了起来。' +
      '如今，沿江的柑橘园连成一片，[[红椿村|village|500235107210]]的村民在库岸边开起了农家乐。\n' +
      '“搬上来的时候什么都没有，现在家家户户都种上了脐橙。”村民向德明说。[[故陵镇|township|500235107]][[桥亭村|village|500235107218]]、[[江口镇|township|500235131]]' +
      '[[九龙村|village|500235131202]]的移民群众也靠柑橘和乡村旅游增收。[[云安镇|township|500235136]]的千年盐场遗址修缮后向游客开放。\n' +
      '随[[三峡|natural]]工程搬迁的[[张飞庙|landmark]]如今坐落在县城[[双江街道|township|500235001]]对岸，[[龙缸|natural]]景区的玻璃廊桥一年接待游客上百万人次。' +
      '县移民局负责人介绍，全县累计搬迁安置移民16.6万人，[[澎溪河|natural]]湿地、[[长江|natural]]岸线的生态修复工程今年完工，与[[万州|county|500101]]、' +
      '[[奉节|county|500236]]合作的库区旅游线路也已开通。',
  },
  {
    province: 'Xinjiang (Kargilik, walnuts under the Kunlun)',
    marked:
      '[[喀什|prefecture|653100]]日报讯（记者 阿依古丽·托合提 通讯员 刘强）9月中旬，[[叶城县|county|653126]]58万亩核桃进入采收期。[[恰尔巴格镇|township|653126101]]' +
      '[[先拜巴扎村|village|653126101207]]的核桃园里，维吾尔族果农们用竹竿打落核桃，脱青皮、清洗、晾晒，院子里堆满了刚收的干果。\n' +
      '“今年核桃个大壳薄，每公斤能卖到16元。”果农买买提·吐尔逊说。[[洛克乡|township|653126200]][[兰干村|village|653126200209]]、[[吐古其乡|township|653126204]]' +
      '[[库木巴村|village|653126204211]]的核桃也陆续采收。以核桃命名的[[金果镇|township|653126104]]建起了核桃加工园，[[古丽巴格村|village|653126104203]]的村民' +
      '在园里剥核桃仁，一天能挣100多元。\n' +
      '[[叶城|county|653126]]地处[[昆仑山|natural]]北麓，[[提孜那甫河|natural]]和[[叶尔羌河|natural]]灌溉着县里的绿洲，[[国道219线|landmark]]从县城起步通往' +
      '[[西藏|province|540000]]。县林果业发展中心负责人介绍，今年全县核桃产量预计达到17万吨，核桃仁、核桃油通过电商销往[[北京|province|110000]]、' +
      '[[江苏|province|320000]]等地，[[喀什地区|prefecture|653100]]也在[[叶城|county|653126]]建起了核桃交易市场。',
  },
  {
    province: 'Qinghai (Madoi, the source lakes of the Yellow River)',
    marked:
      '[[果洛州|prefecture|632600]]讯（记者 才让东智 通讯员 李海）7月，[[玛多县|county|632626]][[扎陵湖乡|township|632626201]]的草原上野花盛开，[[扎陵湖|natural]]、' +
      '[[鄂陵湖|natural]]碧波荡漾，藏野驴、藏原羚在湖边悠闲地吃草。\n' +
      '[[卓让村|village|632626201204]]的生态管护员更尕每天骑着摩托车巡护草场。“以前草场退化成了黑土滩，现在草长起来了，野生动物也多了。”他说。' +
      '[[黄河乡|township|632626200]][[热曲村|village|632626200201]]、[[花石峡镇|township|632626101]]的牧民实行草畜平衡，[[玛查理镇|township|632626100]]' +
      '[[江多村|village|632626100201]]的牧民合作社把牦牛肉卖到了[[西宁|prefecture|630100]]。\n' +
      '[[玛多|county|632626]]被称为“千湖之县”，[[星宿海|natural]]的湖泊星罗棋布，是[[三江源|region]]国家公园的核心区。县林草局负责人介绍，全县草原植被盖度' +
      '提高到了53%，[[黄河|natural]]出境水量比十年前增加了三成，[[玛沁|county|632621]]、[[达日|county|632624]]的牧民也来学习生态管护经验。',
  },
];

// `westSeventh`: the fourth round's batch, written after all of the third round's changes and the shared gazetteers of
// natural features and sites, and scored once, blind (昭苏, 东乡, 福贡, 普兰, 环江, 会理: horses and rapeseed under the
// Tianshan, tap water lifted from the Tao to a dry loess county, bridges replacing the Nu's zip lines, a border market
// under the holy mountain, a Maonan county's cattle, pomegranates by the Jinsha).
export const westSeventh: CountyArticle[] = [
  {
    province: 'Xinjiang (Zhaosu, horses and rapeseed)',
    marked:
      '[[伊犁|prefecture|654000]]日报讯（记者 古丽娜尔·吐尔逊 通讯员 王建新）7月，[[昭苏县|county|654026]]百万亩油菜花竞相绽放，从[[昭苏镇|township|654026100]]' +
      '到[[喀夏加尔镇|township|654026101]]的公路两旁金黄一片，天马旅游节的赛马场上人声鼎沸。\n' +
      '在[[昭苏|county|654026]]，马是牧民的家当。[[喀拉苏镇|township|654026103]][[巴尔格勒津村|village|654026103200]]的哈萨克族牧民叶尔兰家养了40多匹[[伊犁|prefecture|654000]]马，' +
      '“现在一匹好马能卖到10万元。”他说。[[阿克达拉镇|township|654026102]][[康萨依村|village|654026102206]]、[[察汗乌苏蒙古族乡|township|654026206]]' +
      '[[达力图村|village|654026206203]]的牧民也办起了马匹养殖合作社，马奶、马肉制品通过电商卖到了[[乌鲁木齐|prefecture|650100]]。\n' +
      '[[昭苏|county|654026]]地处[[天山|natural]]腹地，[[特克斯河|natural]]自西向东流过县境，[[夏塔古道|landmark]]和[[木扎尔特冰川|natural]]吸引着徒步爱好者。' +
      '县马业发展中心负责人介绍，全县马匹存栏达到16万匹，[[夏特柯尔克孜族乡|township|654026207]]的牧家乐今年接待游客5万多人次，' +
      '与[[特克斯|county|654027]]联合推出的草原旅游线路也已开通。',
  },
  {
    province: 'Gansu (Dongxiang, tap water lifted from the Tao)',
    marked:
      '[[临夏州|prefecture|622900]]讯（记者 马小红 通讯员 何军）入冬前，[[东乡族自治县|county|622926]][[高山乡|township|622926216]][[布楞沟村|village|622926216204]]' +
      '的村民马麻乃拧开院里的水龙头，清澈的自来水哗哗流出。“以前吃水要到沟底去挑，一担水来回两个小时。”他说。\n' +
      '[[东乡|county|622926]]地处[[黄土高原|natural]]与[[青藏高原|natural]]过渡地带，境内沟壑纵横，十年九旱。近年来，县里从[[洮河|natural]]提水上山，' +
      '把自来水通到了山顶的村庄，[[锁南镇|township|622926100]][[巴苏池村|village|622926100212]]、[[那勒寺镇|township|622926103]][[和和土村|village|622926103212]]' +
      '的村民也喝上了安全水。\n' +
      '有了水，产业也发展起来了。[[龙泉镇|township|622926107]][[拱北湾村|village|622926107209]]建起了[[东乡|county|622926]]羊养殖场，[[唐汪镇|township|622926104]]的大接杏、' +
      '[[果园镇|township|622926105]]的洋芋远近闻名。县水务局负责人介绍，全县农村自来水普及率达到98%，[[黄河|natural]]、[[洮河|natural]]和[[大夏河|natural]]' +
      '三面环绕县境，[[东乡|county|622926]]手抓羊肉馆开到了[[兰州|prefecture|620100]]、[[西宁|prefecture|630100]]。',
  },
  {
    province: 'Yunnan (Fugong, bridges in place of zip lines)',
    marked:
      '[[怒江州|prefecture|533300]]讯（记者 李娜 通讯员 和丰）初冬，[[福贡县|county|533323]][[匹河怒族乡|township|533323201]][[老姆登村|village|533323201204]]' +
      '的客栈里住满了游客。站在村口的观景台上，东边是[[碧罗雪山|natural]]，对岸是[[高黎贡山|natural]]，[[怒江|natural]]在谷底奔流。\n' +
      '过去，沿江的村民过江全靠溜索。“背着孩子溜过去，心都悬到嗓子眼。”[[鹿马登乡|township|533323204]][[赤洒底村|village|533323204203]]的傈僳族村民' +
      '余新华说。如今，[[石月亮乡|township|533323205]][[利沙底村|village|533323205201]]、[[架科底乡|township|533323203]][[阿打村|village|533323203204]]' +
      '的溜索都改成了钢索吊桥和钢筋混凝土桥，摩托车、小货车能直接开到对岸。\n' +
      '县交通运输局负责人介绍，全县28对溜索已全部改成了桥，沿江的美丽公路从[[泸水|county|533301]]经县城[[上帕镇|township|533323101]]通往[[贡山|county|533324]]，' +
      '游客可以一路看到[[石月亮|natural]]和[[怒江|natural]]第一湾。[[子里甲乡|township|533323202]]的草果、[[马吉乡|township|533323206]]的漆树也有了稳定的销路。',
  },
  {
    province: 'Tibet (Burang, a border market under the holy mountain)',
    marked:
      '[[阿里|prefecture|542500]]讯（记者 次仁卓嘎 通讯员 张伟）6月，[[普兰县|county|542521]][[普兰镇|township|542521100]]的边贸市场又热闹起来，' +
      '[[尼泊尔|foreign]]商人摆出了铜器、羊毛围巾和香料，本地群众带来了酥油、青稞和日用百货。\n' +
      '“每年边贸季一开市，我就从[[胡姆拉|foreign]]赶着骡子翻山过来。”[[尼泊尔|foreign]]商人拉姆说。[[吉让社区|village|542521100001]]的市场上有商铺200多间，' +
      '[[科迦村|village|542521100204]]的[[科迦寺|landmark]]前，转经的群众和游客络绎不绝。[[多油村|village|542521100201]]、[[仁贡村|village|542521100202]]的村民' +
      '开起了家庭旅馆，旺季一晚能收入上千元。\n' +
      '[[普兰|county|542521]]地处[[中国|country]]、[[印度|foreign]]、[[尼泊尔|foreign]]三国交界处，[[孔雀河|natural]]穿城而过，[[纳木那尼峰|natural]]雪峰耸立。' +
      '[[巴嘎乡|township|542521200]][[岗莎村|village|542521200201]]地处[[冈仁波齐|natural]]脚下，[[霍尔乡|township|542521201]][[贡珠村|village|542521201201]]' +
      '紧邻[[玛旁雍错|natural]]和[[拉昂错|natural]]。县商务局负责人介绍，今年[[普兰|county|542521]]口岸进出口贸易额同比增长35%，前来转山转湖的游客超过8万人次。',
  },
  {
    province: 'Guangxi (Huanjiang, a Maonan county\'s cattle)',
    marked:
      '[[河池|prefecture|451200]]日报讯（记者 谭玉兰 通讯员 覃明）11月，[[环江毛南族自治县|county|451226]][[下南乡|township|451226202]][[中南村|village|451226202203]]' +
      '的牛栏里，毛南族养殖户谭良成正给一头头菜牛添草料。“一头菜牛能卖2万多元，比种玉米强多了。”他说。\n' +
      '[[下南乡|township|451226202]]是全国唯一的毛南族聚居乡，[[波川村|village|451226202201]]、[[玉环村|village|451226202206]]的石山上种满了牧草，' +
      '家家户户养牛。[[大安乡|township|451226204]][[可爱村|village|451226204202]]、[[水源镇|township|451226101]][[三才村|village|451226101205]]也建起了' +
      '标准化养牛场，[[思恩镇|township|451226100]]的屠宰加工厂把[[环江|county|451226]]香牛卖到了[[广州|prefecture|440100]]、[[深圳|prefecture|440300]]。\n' +
      '[[环江|county|451226]]地处[[云贵高原|natural]]南麓，喀斯特地貌占全县面积的一半以上，[[大环江|natural]]自北向南纵贯县境，[[九万山|natural]]森林茂密。' +
      '县农业农村局负责人介绍，全县菜牛存栏达到12万头，毛南族花竹帽、[[川山镇|township|451226103]]的红心香柚也通过电商走出了大山。',
  },
  {
    province: 'Sichuan (Huili, pomegranates by the Jinsha)',
    marked:
      '[[凉山|prefecture|513400]]日报讯（记者 吉克阿依 通讯员 王林）9月，[[会理市|county|513402]]的石榴进入采摘旺季。[[鹿厂镇|township|513402101]][[铜矿村|village|513402101203]]' +
      '的果园里，红彤彤的石榴挂满枝头，收购商的货车排到了村口。\n' +
      '“今年的石榴个大籽软，每斤能卖到6元。”种植大户李德明说。[[益门镇|township|513402105]][[白果村|village|513402105206]]、[[太平镇|township|513402104]]' +
      '[[樟木村|village|513402104201]]的石榴也陆续上市，[[新安傣族乡|township|513402203]][[田坝村|village|513402203201]]的傣族群众在石榴园里采摘装箱。\n' +
      '[[会理|county|513402]]地处[[金沙江|natural]]北岸，光照充足，石榴种植面积达到40万亩。[[通安镇|township|513402103]][[皎平渡村|village|513402103207]]是当年' +
      '红军巧渡[[金沙江|natural]]的地方，如今的[[皎平渡|village|513402103207]]纪念馆每年接待游客10万人次。市农业农村局负责人介绍，[[会理|county|513402]]石榴通过冷链' +
      '物流销往[[成都|prefecture|510100]]、[[重庆|province|500000]]和[[东南亚|region]]，[[会理|county|513402]]古城的石榴节也吸引了四方游客。',
  },
];

// `westEighth`: the fifth round's batch, written after all of the fourth round's changes and scored once, blind (理塘,
// 石柱, 西盟, 镇宁, 罗城, 迭部, 紫阳, 城步: a horse-racing festival on a high grassland, summer guests and Tujia honey, the Wa
// wooden-drum festival, a waterfall township's Buyei villages, a Mulao county's mountain grapes, a Tibetan village under
// stone peaks, selenium tea on the Han, a Miao county's mountain pasture). Put right after scoring: 俄丁村's code (the
// marker took 东珠村's) and 黄果树 listed with 龙宫 as the scenic areas a tour links (the waterfall's, natural, not 黄果树镇).
export const westEighth: CountyArticle[] = [
  {
    province: 'Sichuan (Litang, the horse-racing festival)',
    marked:
      '[[甘孜|prefecture|513300]]日报讯（记者 泽仁拉姆 通讯员 王刚）8月1日，[[理塘县|county|513334]]八一赛马节在[[毛垭大草原|natural]]开幕，来自[[甘孜州|prefecture|513300]]' +
      '18个县（市）的骑手同场竞技，草原上彩旗飘扬，帐篷连成了片。\n' +
      '县城[[高城镇|township|513334100]]的宾馆和民宿早早就订满了。“7月以来，我家的12间客房天天住满。”[[无量河社区|village|513334100003]]的民宿老板扎西说。' +
      '[[甲洼镇|township|513334101]][[俄丁村|village|513334101206]]的牧民把酸奶、牦牛肉干摆到了赛马场边，[[君坝镇|township|513334104]][[若西村|village|513334104205]]' +
      '的藏族群众也赶着马群来参赛。\n' +
      '[[理塘|county|513334]]平均海拔4000米以上，被称为“世界高城”，[[无量河|natural]]从县城旁流过，[[长青春科尔寺|landmark]]是[[康区|region]]有名的寺院。' +
      '[[格聂镇|township|513334102]]的牧家乐接待了前往[[格聂神山|natural]]的徒步游客，[[冷古寺|landmark]]前的草甸上搭满了帐篷。县文旅局负责人介绍，' +
      '今年全县接待游客超过200万人次，[[318国道|landmark]]上的自驾游客在[[理塘|county|513334]]停留的时间越来越长，不少人从这里前往[[稻城|county|513337]][[亚丁|natural]]和[[巴塘|county|513335]]。',
  },
  {
    province: 'Chongqing (Shizhu, summer guests and Tujia honey)',
    marked:
      '[[石柱|county|500240]]融媒体中心讯（记者 谭晓燕 通讯员 马林）入伏以来，[[黄水镇|township|500240105]]的气温保持在25摄氏度左右，来自[[重庆|province|500000]]' +
      '主城和[[武汉|prefecture|420100]]、[[长沙|prefecture|430100]]的避暑游客住满了镇上的公寓和农家乐，[[月亮湖|natural]]边的步道上游人如织。\n' +
      '[[大风堡村|village|500240105202]]的村民谭明华把自家房子改成了民宿，“一个夏天能挣八九万元。”[[金花村|village|500240105203]]种的黄连、' +
      '[[万胜坝社区|village|500240105004]]的莼菜也成了游客带走的特产。\n' +
      '在[[中益乡|township|500240213]][[华溪村|village|500240213203]]，中华蜜蜂养殖成了村里的主导产业。村党支部书记王祥生介绍，全村养蜂2600多箱，' +
      '土家蜂蜜通过电商卖到了[[上海|province|310000]]、[[广东|province|440000]]。[[龙河村|village|500240213201]]和[[冷水镇|township|500240116]]' +
      '[[八龙村|village|500240116202]]也建起了蜂蜜加工厂。\n' +
      '[[石柱土家族自治县|county|500240]]地处[[长江|natural]]南岸，[[方斗山|natural]]和[[七曜山|natural]]纵贯县境。县城[[南宾街道|township|500240001]]到' +
      '[[黄水|township|500240105]]的高速公路通车后，车程缩短到40分钟，[[西沱镇|township|500240101]][[云梯社区|village|500240101004]]依山而建的老街也迎来了更多游客。',
  },
  {
    province: 'Yunnan (Ximeng, the Wa wooden-drum festival)',
    marked:
      '[[普洱|prefecture|530800]]日报讯（记者 岩嘎 通讯员 李娟）4月，[[西盟佤族自治县|county|530829]]木鼓节在县城[[勐梭镇|township|530829101]]开幕，上万名佤族群众和游客' +
      '在[[勐梭龙潭|natural]]边跳起了甩发舞。\n' +
      '[[勐卡镇|township|530829102]][[马散村|village|530829102203]]的[[大马散寨|village]]保留着杆栏式茅草房，村民岩块说，寨子今年接待游客3万多人次。' +
      '[[翁嘎科镇|township|530829103]][[龙坎村|village|530829103203]]、[[力所拉祜族乡|township|530829202]][[南亢村|village|530829202202]]种植的茶叶和咖啡' +
      '也在节会上签下了订单，[[勐梭镇|township|530829101]][[班母村|village|530829101204]]的佤族织锦摆满了展台。\n' +
      '[[西盟|county|530829]]与[[缅甸|foreign]]接壤，边境线长89公里，[[南卡江|natural]]沿着国境线流过。县文化和旅游局负责人介绍，木鼓节期间，' +
      '来自[[昆明|prefecture|530100]]、[[普洱|prefecture|530800]]和[[澜沧|county|530828]]、[[孟连|county|530827]]的游客超过8万人次，[[佤山|region]]的民族文化越来越有名。',
  },
  {
    province: 'Guizhou (Zhenning, a waterfall township\'s Buyei villages)',
    marked:
      '[[安顺|prefecture|520400]]日报讯（记者 韦芳 通讯员 陈浩）国庆假期，[[黄果树瀑布|natural]]景区单日接待游客突破5万人次，[[镇宁布依族苗族自治县|county|520423]]' +
      '[[黄果树镇|township|520423102]]的布依族村寨也热闹起来。\n' +
      '在[[石头寨社区|village|520423102004]]，布依族妇女坐在石板房前制作蜡染，游客可以跟着学上一天。“一块蜡染围巾能卖200元。”蜡染传承人伍大姐说。' +
      '[[安庄社区|village|520423102006]]、[[白水河社区|village|520423102008]]的农家乐沿着[[白水河|natural]]一字排开。\n' +
      '离景区不远的[[六马镇|township|520423112]]，[[打帮河|natural]]两岸种满了芭蕉和蜂糖李。[[板阳村|village|520423112206]]村民王光明说，' +
      '今年他家的蜂糖李卖到每斤20元。[[扁担山镇|township|520423108]][[夜郎洞村|village|520423108231]]依托[[夜郎洞|natural]]景区，办起了布依族风情民宿。\n' +
      '县文化广电旅游局负责人介绍，[[镇宁|county|520423]]正在串联[[黄果树|natural]]、[[龙宫|natural]]和[[关岭|county|520424]]的[[花江大峡谷|natural]]，' +
      '打造[[黔中|region]]山地旅游环线。',
  },
  {
    province: 'Guangxi (Luocheng, a Mulao county\'s mountain grapes)',
    marked:
      '[[河池|prefecture|451200]]日报讯（记者 吴秋菊 通讯员 银建华）9月，[[罗城仫佬族自治县|county|451225]]的野生毛葡萄进入采摘期，[[四把镇|township|451225105]]' +
      '[[棉花村|village|451225105214]]的山坡上，仫佬族群众背着竹篓穿行在葡萄架间。\n' +
      '“今年毛葡萄收购价每公斤6元，我家采了3000多公斤。”村民银秀英说。[[天河镇|township|451225106]][[吊水村|village|451225106206]]、[[黄金镇|township|451225102]]' +
      '[[寨碑村|village|451225102203]]的毛葡萄也陆续上市，县城[[东门镇|township|451225100]]的酒厂把葡萄酿成了山葡萄酒。\n' +
      '[[罗城|county|451225]]是全国唯一的仫佬族自治县，[[武阳江|natural]]穿城而过，[[九万山|natural]]南麓的[[宝坛乡|township|451225200]]森林茂密。' +
      '[[东门镇|township|451225100]][[仫佬家园社区|village|451225100006]]的易地搬迁群众在家门口的扶贫车间就业，' +
      '县农业农村局负责人介绍，全县毛葡萄种植面积达到13万亩，产品销往[[南宁|prefecture|450100]]、[[柳州|prefecture|450200]]和[[广东|province|440000]]。',
  },
  {
    province: 'Gansu (Tewo, a Tibetan village under stone peaks)',
    marked:
      '[[甘南州|prefecture|623000]]讯（记者 卓玛草 通讯员 杨军）7月，[[迭部县|county|623024]][[益哇镇|township|623024101]]的[[扎尕那村|village|623024101204]]迎来旅游旺季，' +
      '石峰下的青稞田和藏式木楼吸引了大批摄影爱好者。\n' +
      '[[扎尕那|village|623024101204]]由[[业日|village]]、[[达日|village]]、[[东哇|village]]、[[代巴|village]]四个自然村组成，村民们开起了60多家民宿。' +
      '“以前靠放牧、种青稞，现在一年旅游收入有十几万元。”民宿老板才让说。[[高杂村|village|623024101200]]、[[当多村|village|623024101205]]的村民也在村口摆起了摊位。\n' +
      '[[迭部|county|623024]]地处[[白龙江|natural]]上游，[[腊子口镇|township|623024103]]的[[腊子口|natural]]战役遗址是红色教育基地，县城[[电尕镇|township|623024100]]' +
      '到[[腊子口|natural]]的旅游公路去年建成通车。县文旅局负责人介绍，今年1至7月全县接待游客110万人次，[[兰州|prefecture|620100]]、[[成都|prefecture|510100]]' +
      '方向的自驾游客占了一半以上，不少人还会去[[若尔盖|county|513232]]和[[郎木寺|landmark]]。',
  },
  {
    province: 'Shaanxi (Ziyang, selenium tea on the Han)',
    marked:
      '[[安康|prefecture|610900]]日报讯（记者 陈晓 通讯员 储小军）清明前后，[[紫阳县|county|610924]][[焕古镇|township|610924103]]的茶园里，采茶工们手指翻飞，' +
      '一芽一叶的富硒茶青被送进了镇上的茶厂。\n' +
      '[[焕古镇|township|610924103]][[东红村|village|610924103206]]的茶农刘明全家种了30亩茶，“今年明前茶每斤卖到800元。”他说。[[蒿坪镇|township|610924101]]' +
      '[[双胜村|village|610924101204]]、[[毛坝镇|township|610924112]][[染沟村|village|610924112200]]的茶叶加工厂也开足了马力。\n' +
      '[[紫阳|county|610924]]地处[[秦巴山区|region]]腹地，[[汉江|natural]]和[[任河|natural]]在县城[[城关镇|township|610924100]]交汇，全县茶园面积达到20万亩。' +
      '[[城关镇|township|610924100]][[西关社区|village|610924100006]]的茶叶交易市场上，来自[[西安|prefecture|610100]]、[[武汉|prefecture|420100]]的茶商挑选着新茶。' +
      '县茶业局负责人介绍，[[紫阳|county|610924]]富硒茶今年还出口到了[[俄罗斯|foreign]]和[[中亚|region]]。',
  },
  {
    province: 'Hunan (Chengbu, a Miao county\'s mountain pasture)',
    marked:
      '[[邵阳|prefecture|430500]]日报讯（记者 杨雪梅 通讯员 蓝勇）盛夏时节，[[城步苗族自治县|county|430529]]的[[南山牧场|landmark]]上芳草连天，成群的奶牛在草坡上悠闲地吃草，' +
      '来自[[长沙|prefecture|430100]]、[[广州|prefecture|440100]]的游客在观景台上拍照。\n' +
      '[[长安营镇|township|430529106]][[南山社区|village|430529106005]]的牧民杨昌明家养了80头奶牛，“南山奶卖到了全国，我们的日子也越过越好。”他说。' +
      '[[长安营村|village|430529106214]]的苗族群众办起了农家乐，[[汀坪乡|township|430529204]][[金童山村|village|430529204226]]的峒茶也成了游客的伴手礼。\n' +
      '[[城步|county|430529]]地处[[雪峰山|natural]]与[[越城岭|natural]]交汇处，是[[资水|natural]]的源头。县城[[儒林镇|township|430529100]][[白云湖村|village|430529100249]]' +
      '建起了苗族风情街，[[白云湖|natural]]边的步道成了市民散步的好去处。县文旅广体局负责人介绍，今年上半年全县接待游客260万人次，' +
      '与[[绥宁|county|430527]]、[[新宁|county|430528]]联合推出的[[湘西南|region]]旅游线路也很受欢迎。',
  },
];

// `westNinth`: the fifth round's second batch, written after the changes the eighth's misses led to and scored once, blind
// (杂多, 宁蒗, 利川, 舟曲, 乐业, 德格, 彭水: herders as rangers at the Mekong's source, a Mosuo village by a plateau lake,
// summer homes on a ridge and the source of the Qing, a rebuilt town's orchards, sinkholes and a Buyei village, a printing
// house and a craft township, salt wells and a gorge on the Wu).
export const westNinth: CountyArticle[] = [
  {
    province: 'Qinghai (Zadoi, herders as rangers at the Mekong\'s source)',
    marked:
      '[[玉树|prefecture|632700]]讯（记者 才仁卓玛 通讯员 李军）初冬，[[杂多县|county|632722]][[昂赛乡|township|632722200]][[年都村|village|632722200202]]的生态管护员' +
      '骑着摩托车巡山，红外相机又拍到了雪豹。“这一片山里有20多只雪豹。”管护员多杰说。\n' +
      '[[杂多|county|632722]]被称为“[[澜沧江|natural]]源第一县”，[[扎曲|natural]]自西北向东南流过县境，[[昂赛|township|632722200]]峡谷两岸森林茂密。' +
      '全县有5000多名牧民当上了生态管护员，[[扎青乡|township|632722206]][[地青村|village|632722206200]]、[[苏鲁乡|township|632722203]]的牧民在[[吉富山|natural]]下' +
      '守护着源头的冰川和湿地。\n' +
      '县城[[萨呼腾镇|township|632722100]]的[[吉乃滩社区|village|632722100010]]住着从牧区搬来的群众，县里在这里开办了虫草交易市场和民族服饰加工厂。' +
      '[[三江源|region]]国家公园[[澜沧江|natural]]源园区管委会负责人介绍，今年园区接待自然体验游客1200多人次，来自[[北京|province|110000]]、[[上海|province|310000]]' +
      '的游客住进牧民家，跟着管护员观察雪豹和白唇鹿。',
  },
  {
    province: 'Yunnan (Ninglang, a Mosuo village by a plateau lake)',
    marked:
      '[[丽江|prefecture|530700]]日报讯（记者 和丽萍 通讯员 杨林）国庆假期，[[宁蒗彝族自治县|county|530724]][[永宁镇|township|530724102]][[落水村|village|530724102205]]' +
      '的客栈全部住满，[[泸沽湖|natural]]上的猪槽船载着游客驶向[[里务比岛|natural]]。\n' +
      '摩梭人家的木楞房改成了民宿，[[落水村|village|530724102205]][[里格|village]]半岛上的观景台前，游客排起了长队。[[永宁村|village|530724102201]]的' +
      '[[扎美寺|landmark]]和[[温泉村|village|530724102202]]的温泉也迎来了客流高峰。\n' +
      '[[泸沽湖|natural]]地跨[[云南|province|530000]][[四川|province|510000]]两省，东岸是[[盐源县|county|513423]][[泸沽湖镇|township|513423107]]。' +
      '[[宁蒗|county|530724]]正在修建环湖公路，从县城[[大兴街道|township|530724001]]到[[永宁|township|530724102]]的路程缩短到两个小时，' +
      '[[拉伯乡|township|530724201]]的[[金沙江|natural]]大峡谷也成了新的旅游线路。县文化和旅游局负责人介绍，假期全县接待游客22万人次，旅游收入3.6亿元。',
  },
  {
    province: 'Hubei (Lichuan, summer homes on a ridge and the source of the Qing)',
    marked:
      '[[恩施州|prefecture|422800]]讯（记者 向红梅 通讯员 谭勇）盛夏，[[利川市|county|422802]][[谋道镇|township|422802100]]的[[苏马荡|landmark]]住满了来自' +
      '[[重庆|province|500000]]、[[武汉|prefecture|420100]]的避暑老人。海拔1500米的[[齐岳山|natural]]上，风车在云雾中转动。\n' +
      '[[谋道镇|township|422802100]][[齐岳山村|village|422802100258]]的村民冉启明开了一家农家乐，“夏天三个月，一家人能挣十几万元。”他说。[[鱼木村|village|422802100241]]' +
      '的[[鱼木寨|landmark]]是土家族古寨，[[船头寨村|village|422802100257]]的高山蔬菜也搭上了避暑经济的快车。\n' +
      '[[利川|county|422802]]是[[清江|natural]]的发源地，[[清江|natural]]从[[汪营镇|township|422802102]]流过，在[[腾龙洞|natural]]伏流地下。' +
      '[[团堡镇|township|422802105]][[石板岭村|village|422802105223]]、[[毛坝镇|township|422802106]][[新华村|village|422802106220]]的茶园里，' +
      '采茶工正忙着采摘夏秋茶。市文旅局负责人介绍，今年7月全市接待游客310万人次，《龙船调》的故乡越来越有名。',
  },
  {
    province: 'Gansu (Zhugqu, a rebuilt town\'s orchards)',
    marked:
      '[[甘南|prefecture|623000]]日报讯（记者 杨小华 通讯员 马强）10月，[[舟曲县|county|623023]][[大峪镇|township|623023112]][[香杭村|village|623023112201]]的核桃和花椒' +
      '都已收完，村民们把新收的花椒晾晒在院子里。\n' +
      '“以前山上光秃秃的，现在种满了花椒树，一亩能收入5000多元。”村民杨建平说。[[大坪村|village|623023112202]]、[[拱坝镇|township|623023114]][[乾迪村|village|623023114205]]' +
      '的花椒也进入销售旺季，[[城关镇|township|623023100]][[三眼村|village|623023100213]]的电商中心每天发出上千单。\n' +
      '[[舟曲|county|623023]]地处[[白龙江|natural]]中游，[[拱坝河|natural]]在县城东边汇入[[白龙江|natural]]。泥石流灾害后重建的县城沿江而建，' +
      '[[峰迭镇|township|623023102]]的新区建起了学校和医院。县林草局负责人介绍，全县花椒种植面积达到18万亩，' +
      '[[迭部|county|623024]]、[[宕昌|county|621223]]的客商也来收购，[[舟曲|county|623023]]花椒卖到了[[四川|province|510000]]、[[重庆|province|500000]]。',
  },
  {
    province: 'Guangxi (Leye, sinkholes and a Buyei village)',
    marked:
      '[[百色|prefecture|451000]]日报讯（记者 罗丽 通讯员 黄海）周末，[[乐业县|county|451028]]的[[大石围天坑|natural]]景区游人如织，游客站在天坑边的观景台上，' +
      '俯瞰坑底的原始森林。\n' +
      '[[大石围|natural]]所在的[[同乐镇|township|451028100]]，[[百龙村|village|451028100211]]、[[刷把村|village|451028100206]]的村民开起了农家乐和民宿。' +
      '[[花坪镇|township|451028103]][[运赖村|village|451028103201]][[达仁屯|village]]的布依族群众把自家种的猕猴桃卖给游客，“一个周末能卖2000多斤。”村民岑秀英说。\n' +
      '[[乐业|county|451028]]是世界地质公园，全县发现天坑28个，[[黄猄洞天坑|natural]]和[[火卖村|village]]的[[布柳河|natural]]仙人桥也很有名。' +
      '[[雅长乡|township|451028205]]的[[雅长|township|451028205]]兰科植物国家级自然保护区里生长着野生兰花40多种。县文化广电体育和旅游局负责人介绍，' +
      '今年1至9月全县接待游客380万人次，来自[[南宁|prefecture|450100]]、[[贵阳|prefecture|520100]]的自驾游客占了一半。',
  },
  {
    province: 'Sichuan (Dege, a printing house and a craft township)',
    marked:
      '[[甘孜州|prefecture|513300]]讯（记者 降央卓玛 通讯员 刘文）走进[[德格县|county|513330]]县城[[更庆镇|township|513330100]]的[[德格|county|513330]]印经院，' +
      '工匠们正在印制经文，墨香四溢。这座有近300年历史的印经院保存着27万多块木刻经版。\n' +
      '离县城一百多公里的[[麦宿镇|township|513330106]]，是有名的藏族手工艺之乡。[[日卡村|village|513330106204]]的唐卡画师泽仁说，他家三代人都画唐卡，' +
      '现在带了15个徒弟。[[真通村|village|513330106210]]的木雕、[[卡沙村|village|513330106208]]的土陶也走进了[[成都|prefecture|510100]]的展会。\n' +
      '[[德格|county|513330]]地处[[金沙江|natural]]东岸，与[[西藏|province|540000]][[江达县|county|540321]]隔江相望，[[雀儿山|natural]]隧道通车后，' +
      '从[[马尼干戈镇|township|513330101]]到县城只要两个小时。[[新路海|natural]]景区和[[竹庆镇|township|513330102]]的[[竹庆寺|landmark]]吸引了不少游客，' +
      '县文旅局负责人说，今年全县接待游客65万人次。',
  },
  {
    province: 'Chongqing (Pengshui, salt wells and a gorge on the Wu)',
    marked:
      '[[彭水|county|500243]]融媒体中心讯（记者 任小芳 通讯员 罗明）8月，[[阿依河|natural]]漂流迎来了旺季，每天有3000多名游客在峡谷中劈波斩浪。' +
      '[[彭水苗族土家族自治县|county|500243]]县城[[汉葭街道|township|500243001]]的宾馆也住满了游客。\n' +
      '[[郁山镇|township|500243102]]是有名的千年盐都，[[朱砂村|village|500243102202]]的古盐井遗址正在修缮。[[郁山|township|500243102]]古镇的老街、' +
      '[[鞍子镇|township|500243114]][[罗家坨村|village|500243114202]]的苗寨也成了游客打卡的地方，[[罗家坨|village|500243114202]]苗寨的村民跳起了踩花山舞。\n' +
      '[[乌江|natural]]穿城而过，[[摩围山|natural]]的森林覆盖率超过90%。[[诸佛乡|township|500243217]][[庙池村|village|500243217204]]、' +
      '[[黄家镇|township|500243106]][[白沙河村|village|500243106203]]的乡村旅游也发展起来了。县文化旅游委负责人介绍，今年1至8月全县接待游客' +
      '1200万人次，与[[酉阳|county|500242]]、[[黔江|county|500114]]联合推出了[[渝东南|region]]民族风情旅游线路。',
  },
];

// `westTenth`: the sixth round's batch, written after the changes the ninth's misses led to and scored once, blind
// (平武, 八宿, 久治, 镇坪, 巴东, 保靖, 剑河, 隆林), in forms the others do not use: a traffic police notice, a road-condition
// bulletin, a question-and-answer interview, a tender notice, a page of news in brief, a portrait of a village teacher, a
// workers' train, a flood-season report by township.
export const westTenth: CountyArticle[] = [
  {
    province: 'Sichuan (Pingwu, a traffic police notice)',
    marked:
      '[[平武县|county|510727]]公安局交通警察大队关于对[[木皮|township|510727215]]至[[白马|township|510727213]]公路实施交通管制的通告\n' +
      '为保障[[木皮藏族乡|township|510727215]]至[[白马藏族乡|township|510727213]]公路改建工程施工安全，根据有关法律规定，决定对以下路段实施交通管制：\n' +
      '一、管制路段：[[木皮藏族乡|township|510727215]][[关坝村|village|510727215201]]至[[白马藏族乡|township|510727213]][[厄哩村|village|510727213202]]，全长26公里。\n' +
      '二、管制时间：2026年11月10日至12月31日，每天8时至12时、13时至18时禁止车辆通行。\n' +
      '三、绕行线路：前往[[九寨沟|county|513225]]方向的车辆，可经[[江油|county|510781]]、[[青川|county|510822]]绕行；' +
      '[[伊瓦岱惹村|village|510727213201]]、[[亚者造祖村|village|510727213204]]的村民车辆凭乡政府开具的通行证放行。\n' +
      '四、管制期间，[[王朗|natural]]自然保护区暂停接待游客，[[火溪河|natural]]沿线的观景台暂停开放。途经[[涪江|natural]]沿线[[龙安镇|township|510727100]]、' +
      '[[古城镇|township|510727101]]的车辆请减速慢行，服从现场交通警察指挥。\n' +
      '特此通告。\n' +
      '[[平武县|county|510727]]公安局交通警察大队\n' +
      '2026年11月5日',
  },
  {
    province: 'Tibet (Baxoi, a road-condition bulletin on the Sichuan-Tibet road)',
    marked:
      '[[昌都|prefecture|540300]]讯（记者 益西拉姆）记者从[[八宿县|county|540326]]交通运输局获悉，受连日降雨影响，[[318国道|landmark]][[然乌镇|township|540326102]]至' +
      '[[白玛镇|township|540326100]]段多处发生落石和泥石流，养护部门已出动机械12台、人员80余人连夜抢通。\n' +
      '目前，[[安久拉山|natural]]垭口至[[然乌湖|natural]]路段实行单向放行，[[怒江|natural]]大桥至[[业拉山|natural]]“72拐”路段夜间禁止通行。[[然乌镇|township|540326102]]' +
      '[[来古村|village|540326102204]]通往[[来古冰川|natural]]的村道暂时封闭，[[雅则村|village|540326102208]]、[[康沙村|village|540326102210]]临河的12户群众' +
      '已转移到镇上的安置点。[[同卡镇|township|540326103]]沿[[怒江|natural]]的乡道也出现塌方，[[沙热村|village|540326103210]]的群众出行暂时改走便道。\n' +
      '县交通运输局提醒，前往[[林芝|prefecture|540400]]、[[波密|county|540424]]方向的自驾车辆请提前了解路况，错峰出行；从[[邦达|township|540326101]]机场进出的旅客，' +
      '可经[[类乌齐|county|540323]]前往[[昌都|prefecture|540300]]市区。',
  },
  {
    province: 'Qinghai (Jigzhi, a question-and-answer interview under a holy mountain)',
    marked:
      '[[果洛|prefecture|632600]]讯 今年夏天，[[年保玉则|natural]]景区游客量创下新高。景区所在的[[久治县|county|632625]][[索呼日麻乡|township|632625202]]怎样让牧民' +
      '吃上“旅游饭”？记者采访了乡党委书记。\n' +
      '问：今年景区接待了多少游客？\n' +
      '答：6月到9月，[[年保玉则|natural]]共接待游客8.6万人次。[[仙女湖|natural]]边的帐篷营地住满了来自[[成都|prefecture|510100]]、[[西宁|prefecture|630100]]的游客，' +
      '[[尖木村|village|632625202201]]、[[扎拉村|village|632625202202]]有90多户牧民参与了景区经营。\n' +
      '问：牧民怎样参与？\n' +
      '答：我们在[[索呼日麻村|village|632625202200]]成立了生态畜牧业合作社，牧民用牦牛入股，旺季给游客牵马、开帐篷宾馆。[[章达村|village|632625202203]]的牧民' +
      '还在河边办起了牧家乐。\n' +
      '问：下一步有什么打算？\n' +
      '答：县里正在修建从县城[[智青松多镇|township|632625100]]到景区的旅游公路，还要把[[白玉乡|township|632625203]]的[[白玉寺|landmark]]、[[门堂乡|township|632625200]]的' +
      '[[黄河|natural]]峡谷串成一条线，让游客从[[四川|province|510000]][[阿坝县|county|513231]]进来，一路看山看水看寺院。',
  },
  {
    province: 'Shaanxi (Zhenping, a tender notice for farmland works)',
    marked:
      '[[镇坪县|county|610927]]2026年高标准农田建设项目招标公告\n' +
      '一、项目概况：本项目位于[[镇坪县|county|610927]][[曾家镇|township|610927101]][[五星村|village|610927101214]]、[[千山村|village|610927101213]]和' +
      '[[上竹镇|township|610927105]][[松坪村|village|610927105201]]，建设高标准农田4200亩，估算投资1680万元，主要内容为土地平整、灌排渠道和田间道路。\n' +
      '二、标段划分：第一标段为[[曾家镇|township|610927101]]片区，沿[[南江河|natural]]两岸新修灌排渠道11公里；第二标段为[[上竹镇|township|610927105]]片区，' +
      '含[[庙坝村|village|610927105204]][[大湾组|village]]、[[中心村|village|610927105202]]的坡改梯工程。\n' +
      '三、投标人资格要求：具有水利水电工程施工总承包三级及以上资质，近三年无不良记录。\n' +
      '四、招标文件获取：2026年11月12日至11月18日，在[[安康市|prefecture|610900]]公共资源交易中心网站免费下载。\n' +
      '五、联系方式：招标人为县农业农村局，地址在县城[[城关镇|township|610927100]][[文彩路|landmark]]；项目现场踏勘集合地点为[[曾家镇|township|610927101]]政府门前。',
  },
  {
    province: 'Hubei (Badong, a page of news in brief)',
    marked:
      '【[[巴东|county|422823]]简讯】\n' +
      '■ 11月下旬，[[野三关镇|township|422823107]][[泗渡河村|village|422823107251]]的200亩高山萝卜开始采收，每天有10多辆货车把萝卜运往[[武汉|prefecture|420100]]、' +
      '[[长沙|prefecture|430100]]。\n' +
      '■ [[神农溪|natural]]景区冬季旅游线路日前开通，游客可乘船游览[[沿渡河镇|township|422823102]]的峡谷风光，再到[[小神龙架村|village|422823102256]]体验土家族民俗。\n' +
      '■ [[绿葱坡|township|422823105]]滑雪场将于12月中旬开门迎客，今年新增了两条初级雪道，[[绿葱坡镇|township|422823105]][[白果庄村|village|422823105205]]的' +
      '村民在雪场周边办起了8家民宿。\n' +
      '■ [[官渡口镇|township|422823103]][[巫峡口村|village|422823103206]]的柑橘喜获丰收，村里的柑橘沿着[[长江|natural]]坐船运到[[宜昌|prefecture|420500]]。\n' +
      '■ [[水布垭镇|township|422823108]]在[[清江|natural]]岸边建起了库区生态步道，[[三里城村|village|422823108231]]、[[围龙坝村|village|422823108228]]的群众' +
      '参与了步道管护。\n' +
      '■ 县城[[信陵镇|township|422823100]][[神农溪社区|village|422823100007]]的“银发食堂”开张，60多位老人在家门口吃上了热饭。',
  },
  {
    province: 'Hunan (Baojing, a portrait of a village teacher)',
    marked:
      '[[湘西州|prefecture|433100]]讯（记者 龙晓燕 通讯员 彭勇）在[[保靖县|county|433125]][[吕洞山镇|township|433125116]]，提起[[夯吉|village|433125116203]]苗寨的' +
      '石老师，几乎无人不知。今年58岁的石光荣在村小教了36年书，送走了一届又一届苗族娃娃。\n' +
      '1990年，从[[吉首|county|433101]]的师范学校毕业后，石光荣回到了家乡。那时从[[夯沙村|village|433125116201]]到村小只有一条泥巴路，' +
      '他每天背着学生蹚过小溪上学。后来公路修通了，他又在[[吕洞山|natural]]脚下的[[吕洞村|village|433125116207]]办起了苗歌兴趣班。\n' +
      '如今，他教过的学生有的在[[长沙|prefecture|430100]]当医生，有的回到[[黄金村|village|433125116208]]种起了茶。“[[保靖|county|433125]]黄金茶卖得好，' +
      '年轻人愿意回来了。”石光荣说。\n' +
      '[[酉水|natural]]边的[[迁陵镇|township|433125109]]是县城所在地，县教育和体育局负责人介绍，近年来全县新建和改造村小28所，[[葫芦镇|township|433125114]]、' +
      '[[碗米坡镇|township|433125115]]的村小也用上了多媒体教室。',
  },
  {
    province: 'Guizhou (Jianhe, a train of workers heading east)',
    marked:
      '[[黔东南|prefecture|522600]]日报讯（记者 杨秀梅 通讯员 张国华）2月20日，一列满载780名务工人员的“点对点”专列从[[凯里|county|522601]]南站驶出，' +
      '开往[[广东|province|440000]][[东莞|prefecture|441900]]。车上有300多人来自[[剑河县|county|522629]]。\n' +
      '“以前过完年要自己去挤车，现在县里组织专列，还帮我们找好了厂子。”[[岑松镇|township|522629101]][[温泉村|village|522629101219]]的杨再发说，他和同村的' +
      '8个年轻人一起去[[东莞|prefecture|441900]]的电子厂上班。[[南哨镇|township|522629108]][[九朗村|village|522629108217]][[上寨|village]]的姑娘们则去了[[浙江|province|330000]]' +
      '[[宁波|prefecture|330200]]的服装厂。\n' +
      '县人力资源和社会保障局负责人介绍，节后全县已组织外出务工1.2万人，[[仰阿莎街道|township|522629001]]的易地搬迁安置点还办起了就业服务站。' +
      '不愿外出的群众，可以到[[革东镇|township|522629104]]的[[工业园区|devzone]]或[[清水江|natural]]边的蓝莓基地就近就业，[[久仰镇|township|522629107]]的绣娘' +
      '在家门口就能接到订单。',
  },
  {
    province: 'Guangxi (Longlin, a flood-season report by township)',
    marked:
      '[[百色|prefecture|451000]]讯（记者 黄丽娟 通讯员 王成）6月18日以来，[[隆林各族自治县|county|451031]]出现强降雨，截至19日8时，全县平均降雨量87毫米，' +
      '最大降雨出现在[[者浪乡|township|451031204]]，达到196毫米；[[德峨镇|township|451031104]]、[[克长乡|township|451031211]]分别为152毫米和138毫米。\n' +
      '受强降雨影响，[[者浪乡|township|451031204]][[者烟村|village|451031204203]][[岩脚屯|village]]发生山体滑坡，冲毁房屋2间，无人员伤亡；[[革步乡|township|451031205]]' +
      '通往[[者江村|village|451031205210]]的道路中断。[[南盘江|natural]]水位上涨，[[天生桥|township|451031102]]水电站开闸泄洪，' +
      '[[平班镇|township|451031103]]沿江的[[委乐村|village|451031103201]]、[[岩晚村|village|451031103203]]已转移群众340人。\n' +
      '县防汛抗旱指挥部已启动四级应急响应，[[新州镇|township|451031100]]的县城内涝点已安排人员值守。气象部门预计，未来三天[[桂西北|region]]和' +
      '[[贵州|province|520000]][[兴义|county|522301]]一带仍有中到大雨。',
  },
];

// `westEleventh`: the seventh session's last round, a blind measurement only, written after all of the session's changes
// and scored once, blind (漾濞, 西畴, 务川, 晴隆, 丹巴, 大新), in forms the others do not use: a weekly price report, a
// meeting speech's summary, a recruitment notice, a page of photo captions, a geological hazard warning, a self-drive
// route guide.
export const westEleventh: CountyArticle[] = [
  {
    province: 'Yunnan (Yangbi, a weekly walnut price report)',
    marked:
      '[[漾濞|county|532922]]核桃价格周报（11月第3周）\n' +
      '[[大理|prefecture|532900]]讯（记者 杨丽华）本周，[[漾濞县|county|532922]]核桃收购市场持续活跃。据县核桃产业发展中心监测，[[苍山西镇|township|532922101]]、' +
      '[[顺濞镇|township|532922104]]收购点的带壳泡核桃每公斤11元至13元，较上周上涨0.5元；核桃仁每公斤36元左右，与上周持平。\n' +
      '在[[苍山|natural]]西坡的[[光明村|village|532922101213]]，千年古核桃树下，村民正忙着晾晒核桃。村里的合作社今年收购鲜果800多吨，产品销往[[昆明|prefecture|530100]]、' +
      '[[上海|province|310000]]等地。[[光明村|village|532922101213]][[大村组|village]]的村民说，今年雨水足，果仁饱满，一棵老树能收200多公斤。\n' +
      '沿[[漾濞江|natural]]往南，[[漾江镇|township|532922102]][[脉地村|village|532922102201]]的核桃初加工厂开足马力，每天脱壳核桃30吨。' +
      '[[平坡镇|township|532922103]]、[[太平乡|township|532922202]]的收购商表示，来自[[广东|province|440000]]、[[浙江|province|330000]]的订单比去年同期增加了两成。\n' +
      '县核桃产业发展中心提醒，近期[[鸡街乡|township|532922206]]、[[瓦厂乡|township|532922204]]高海拔地区将迎来降温，农户要及时烘干入库，防止霉变。',
  },
  {
    province: 'Yunnan (Xichou, a meeting speech on rocky desertification, summarised)',
    marked:
      '[[西畴县|county|532623]]召开石漠化综合治理现场推进会 县委主要负责同志讲话（摘要）\n' +
      '同志们：今天我们在[[兴街镇|township|532623102]][[三光村|village|532623102212]]开现场会，就是要让大家看一看，“等不是办法，干才有希望”的精神在今天怎么传下去。' +
      '三十多年前，[[蚌谷乡|township|532623201]][[木者村|village|532623201202]][[岩头村|village]]的群众炸石造地，把“石旮旯”变成了“保水保土保肥”的台地。' +
      '今年以来，全县治理石漠化面积3.2万亩，新造林1.1万亩，[[畴阳河|natural]]两岸的森林覆盖率达到了53.3%。\n' +
      '下一步，一是抓好[[西洒镇|township|532623101]][[龙泉村|village|532623101201]]、[[兴街镇|township|532623102]][[江六村|village|532623102210]]的坡耕地改造，' +
      '年内完成2000亩；二是在[[法斗乡|township|532623205]]、[[莲花塘乡|township|532623202]]推广三七和中药材林下种植；三是学习[[麻栗坡|county|532624]]、[[广南|county|532627]]的经验，' +
      '把石漠化治理同乡村旅游结合起来。\n' +
      '[[文山州|prefecture|532600]]已把我县列为[[滇东南|region]]石漠化治理示范县，我们要对得起这份信任。',
  },
  {
    province: 'Guizhou (Wuchuan, a recruitment notice for rural revival assistants)',
    marked:
      '[[务川仡佬族苗族自治县|county|520326]]2026年公开招聘乡村振兴协理员公告\n' +
      '根据工作需要，经研究，决定面向社会公开招聘乡村振兴协理员25名，现将有关事项公告如下：\n' +
      '一、招聘岗位：[[大坪街道|township|520326003]]3名（其中[[龙潭村|village|520326003202]]仡佬族古寨文旅岗1名），[[丰乐镇|township|520326101]]4名，' +
      '[[砚山镇|township|520326105]]3名，[[涪洋镇|township|520326103]]、[[浞水镇|township|520326106]]各3名，[[石朝乡|township|520326204]]、[[红丝乡|township|520326203]]各2名，' +
      '其余岗位分配到[[黄都镇|township|520326102]]、[[茅天镇|township|520326107]]等乡镇。\n' +
      '二、报考条件：年龄在35周岁以下，大专及以上学历；户籍为[[遵义市|prefecture|520300]]，或生源地为[[务川|county|520326]]的高校毕业生。' +
      '熟悉仡佬族文化、能在[[仡佬之源|landmark]]景区和[[洪渡河|natural]]沿线开展讲解的，同等条件下优先。\n' +
      '三、报名时间和地点：2026年12月1日至12月5日，报名地点为县人力资源和社会保障局（[[都濡街道|township|520326002]][[洋溪社区|village|520326002012]]）。\n' +
      '四、聘用人员须服从分配，在村（社区）连续工作不少于3年。',
  },
  {
    province: 'Guizhou (Qinglong, a page of photo captions)',
    marked:
      '图片新闻｜[[晴隆|county|522324]]：山地秋色入画来\n' +
      '① 11月20日，游客在[[二十四道拐|landmark]]观景台拍照打卡。这条抗战公路位于县城[[莲城街道|township|522324002]]南郊，今年已接待游客60多万人次。\n' +
      '② [[茶马镇|township|522324108]][[董箐村|village|522324108206]]的茶农在[[北盘江|natural]]边的茶园里修剪茶树。全镇种植茶叶3.5万亩。\n' +
      '③ [[光照|township|522324107]]水电站库区，[[者布村|village|522324107211]]的渔民在收网。\n' +
      '④ [[三宝街道|township|522324003]]的[[阿妹戚托小镇|landmark]]，搬迁群众跳起了彝族舞蹈。小镇安置了原[[三宝彝族乡|township|522324003]]1233户群众。\n' +
      '⑤ [[沙子镇|township|522324101]][[三合社区|village|522324101002]]，工人在加工“[[晴隆|county|522324]]羊”肉制品，产品销往[[贵阳|prefecture|520100]]、[[广州|prefecture|440100]]。\n' +
      '（[[黔西南州|prefecture|522300]]融媒体中心 王海 摄）',
  },
  {
    province: 'Sichuan (Danba, a geological hazard warning)',
    marked:
      '[[丹巴县|county|513323]]地质灾害气象风险预警\n' +
      '[[甘孜州|prefecture|513300]]气象台、州自然资源局2026年7月14日17时联合发布：受强降雨影响，预计14日20时至15日20时，[[丹巴县|county|513323]][[革什扎镇|township|513323102]]、' +
      '[[巴底镇|township|513323101]]、[[丹东镇|township|513323108]]发生地质灾害的气象风险较高（橙色预警），[[甲居镇|township|513323105]]、[[梭坡乡|township|513323209]]、' +
      '县城[[章谷镇|township|513323100]]风险较高（黄色预警）。\n' +
      '防范重点：[[革什扎河|natural]]、[[东谷河|natural]]沿岸的泥石流沟，[[大金川|natural]]两岸的滑坡隐患点；[[巴底镇|township|513323101]][[邛山村|village|513323101224]]、' +
      '[[沈足一村|village|513323101220]]，[[甲居镇|township|513323105]][[聂呷村|village|513323105203]]、[[喀咔村|village|513323105205]]，[[梭坡乡|township|513323209]][[莫洛村|village|513323209205]]' +
      '古碉周边，[[章谷镇|township|513323100]][[三岔河社区|village|513323100002]]。\n' +
      '[[墨尔多山|natural]]景区和[[党岭|natural]]景区15日暂停开放，[[大渡河|natural]]沿线的[[省道211线|landmark]][[丹巴|county|513323]]至[[康定|county|513301]]段请减速慢行；' +
      '前往[[小金|county|513227]]方向的车辆请关注实时路况。',
  },
  {
    province: 'Guangxi (Daxin, a self-drive route along the border)',
    marked:
      '[[崇左|prefecture|451400]]自驾游线路推荐｜沿着边境线看瀑布\n' +
      '第一天：从[[南宁|prefecture|450100]]出发，走高速约2个半小时到县城[[桃城镇|township|451424100]]。午饭后去[[黑水河|natural]]边的[[宝贤村|village|451424100205]]，' +
      '看壮族老屋和水车。傍晚住在[[堪圩乡|township|451424208]][[明仕村|village|451424208205]]，[[明仕河|natural]]两岸的喀斯特峰林倒映在水里，被称为“隐者之乡”。\n' +
      '第二天：沿边境公路前往[[硕龙镇|township|451424103]]，途中可在[[隘江村|village|451424103201]]看[[归春河|natural]]上的竹排。上午10点前到达[[德天瀑布|natural]]景区，' +
      '瀑布宽200多米，与[[越南|foreign]]的[[板约瀑布|foreign]]相连。景区内的[[53号界碑|landmark]]是游客必到的打卡点。下午可以去[[德天村|village|451424103203]][[岜考屯|village]]，' +
      '尝一尝边民自酿的米酒。\n' +
      '第三天：经[[下雷镇|township|451424104]]返回，有时间的话可以绕道[[靖西|county|451081]]看[[鹅泉|natural]]。\n' +
      '温馨提示：边境地区请随身携带身份证，不要越过界碑拍照。',
  },
];
