// Travel and culture news of China's named sites, from many provinces: gardens, temples, mosques and shrines,
// towers and halls, walled houses, old streets, tea hills and famous natural villages the press names by
// themselves, written for these tests as prefecture dailies, city media centres and provincial papers write them
// (no sentence is taken from real articles or from the evaluation texts), and marked inline as
// county-articles.fixtures.ts marks them ([[span|level]] or [[span|level|code]], the code's leading digits) by a
// reader following ../../shared/eval/GUIDELINES.md, before the engine read them: a site with no place inside its
// name is a landmark (檀干园, 清净寺); a site whose name holds a place gives only the place (棠樾 of 棠樾牌坊群).
import type { CountyArticle } from './county-articles.fixtures';

// `sitesFirst`: the first batch, scored blind before any change for it (黄山, 上海, 泉州, 勐海, 大同, 潮州, 龙南,
// 成都: a Golden Week tourism report, classical gardens' autumn, a heritage anniversary, a tea hill's spring
// harvest, a night-tour economy report, a film-location craze, a walled-house heritage listing, a temple fair).
export const sitesFirst: CountyArticle[] = [
  {
    province: 'Anhui (Huangshan, Golden Week)',
    marked:
      '[[黄山市|prefecture|3410]]融媒体中心讯 国庆假期，[[徽州|region]]大地游人如织。据市文化和旅游局统计，10月1日至7日，全市共接待游客512.6万人次，' +
      '实现旅游收入43.8亿元。在[[歙县|county|341021]][[徽城镇|township|341021100]]，[[许国石坊|landmark]]前游客排起长队，[[斗山街|landmark]]的老宅里' +
      '飘出徽墨香；夜幕降临，[[渔梁坝|landmark]]灯光秀吸引了上万名游客驻足。\n' +
      '[[徽州区|county|341004]][[潜口镇|township|341004102]][[唐模村|village|341004102203]]的[[檀干园|landmark]]里，仿[[西湖|natural]]而建的“[[小西湖|natural]]”倒映着粉墙黛瓦；' +
      '[[呈坎镇|township|341004103]]的[[罗东舒祠|landmark]]推出了“跟着[[宝纶阁|landmark]]学[[徽州|region]]木雕”研学课程。[[郑村镇|township|341021104]][[棠樾|village|341021104210]]' +
      '牌坊群、[[鲍家花园|landmark]]日均接待游客均超过1.5万人次。\n' +
      '在[[黟县|county|341023]]，[[宏村|landmark]]、[[西递|landmark]]和[[卢村|village]]木雕楼一票难求；[[屯溪区|county|341002]]的' +
      '[[屯溪|county|341002]]老街则成了夜游打卡地。市文旅局负责人表示，将持续推进“[[徽州|region]]古城—[[新安江|natural]]山水画廊—[[黄山|natural]]”精品线路建设。',
  },
  {
    province: 'Shanghai (classical gardens)',
    marked:
      '本报讯 秋风送爽，[[上海|province|310000]]五大古典园林迎来一年中最美的时节。[[嘉定区|county|310114]]的[[秋霞圃|landmark]]桂花盛开，' +
      '园方推出昆曲雅集和桂花糕制作体验；[[南翔镇|township|310114102]]的[[古猗园|landmark]]正在举办第二十届竹文化节，' +
      '园内“不系舟”旁的小笼包品鉴会场场爆满。\n' +
      '[[松江区|county|310117]]的[[醉白池|landmark]]以菊展迎客，3000余盆菊花错落有致；不远处的[[方塔园|landmark]]里，宋代方塔与明代照壁相映成趣。' +
      '[[青浦区|county|310118]]的[[曲水园|landmark]]开放夜游，“灯影曲水”吸引不少年轻人；[[朱家角镇|township|310118102]]的[[课植园|landmark]]则推出' +
      '了沉浸式园林戏剧。\n' +
      '市绿化和市容管理局介绍，加上[[黄浦区|county|310101]]的[[豫园|landmark]]，五大古典园林国庆期间共接待游客46.3万人次。',
  },
  {
    province: 'Fujian (Quanzhou, heritage anniversary)',
    marked:
      '[[泉州|prefecture|3505]]晚报讯 “[[泉州|prefecture|3505]]：宋元[[中国|country]]的世界海洋商贸中心”列入《世界遗产名录》四周年之际，市里在[[鲤城区|county|350502]]' +
      '[[涂门街|landmark]]的[[清净寺|landmark]]举行系列纪念活动。这座始建于北宋的清真寺，是我国现存最古老的伊斯兰教寺院之一。\n' +
      '22处遗产点各具特色。[[丰泽区|county|350503]]的[[老君岩|landmark]]造像是我国现存最大的宋代道教石雕；[[开元寺|landmark]]东西塔见证了古港的繁华；' +
      '[[天后宫|landmark]]是海内外妈祖信众的朝圣地。在[[石狮市|county|350581]]，[[六胜塔|landmark]]和[[万寿塔|landmark]]矗立海边，为往来商船导航；' +
      '[[晋江市|county|350582]]的[[草庵|landmark]]保存着世界上唯一的摩尼光佛石雕像。[[九日山|natural]]祈风石刻、[[德济门|landmark]]遗址等也吸引着游客前来探访。\n' +
      '市文旅局统计，今年前三季度，22处遗产点共接待游客1860万人次，同比增长21.4%。',
  },
  {
    province: 'Yunnan (Menghai, tea hills)',
    marked:
      '[[西双版纳|prefecture|5328]]讯 清明前后，[[勐海县|county|532822]]的古茶山迎来春茶采摘高峰。[[布朗山布朗族乡|township|532822204]][[班章村|village|532822204202]]，' +
      '[[老班章|landmark]]的茶农天不亮就背着竹篓上山。“今年春茶头采价格稳住了，每公斤比去年还高一些。”茶农李杨华说。\n' +
      '与[[老班章|landmark]]隔山相望的[[新班章|landmark]]、[[老曼峨|landmark]]，茶园里同样一片繁忙。在[[格朗和哈尼族乡|township|532822203]]，[[南糯山|natural]]' +
      '上800多年树龄的“茶王树”吸引了不少茶商前来探访；[[勐混镇|township|532822103]]的[[贺开|village|532822103206]]古茶园里，村民忙着为游客讲解古茶树的故事。\n' +
      '县茶产业发展中心介绍，全县古茶园面积达5.4万亩，今年春茶产量预计超过1.2万吨。',
  },
  {
    province: 'Shanxi (Datong, night tours)',
    marked:
      '[[大同|prefecture|1402]]日报讯 入夜，[[大同|prefecture|1402]]古城华灯璀璨。[[华严寺|landmark]]的灯光秀每晚上演三场，[[善化寺|landmark]]前的广场上，' +
      '游客跟着讲解员听辽金建筑的故事；[[九龙壁|landmark]]旁的非遗市集人头攒动，[[代王府|landmark]]推出了实景演出。\n' +
      '古城夜经济持续升温。[[平城区|county|140213]]在[[鼓楼东街|landmark]]、[[华严街|landmark]]打造了两条美食街，营业时间延长至凌晨一点。' +
      '城墙之上，[[和阳门|landmark]]到[[永泰门|landmark]]的夜游步道全线开放，游客可以登城远眺。\n' +
      '市文旅局数据显示，今年暑期，[[大同|prefecture|1402]]古城夜间游客量达286万人次，夜间消费占全天消费的四成以上。不少游客白天游览' +
      '[[云冈区|county|140214]]的[[云冈石窟|landmark]]，晚上回到古城逛夜市。',
  },
  {
    province: 'Guangdong (Chaozhou, a film-location craze)',
    marked:
      '[[潮州|prefecture|4451]]日报讯 一部热播剧，带火一座古城。连日来，剧中取景地[[牌坊街|landmark]]、[[广济桥|landmark]]游人如织，' +
      '不少游客专程从[[广州|prefecture|4401]]、[[深圳|prefecture|4403]]赶来“打卡同款”。\n' +
      '在[[湘桥区|county|445102]]，[[甲第巷|landmark]]的老宅门前排起了队，游客穿上潮绣服饰拍照；[[许驸马府|landmark]]、[[己略黄公祠|landmark]]' +
      '的木雕让人叹为观止。[[韩文公祠|landmark]]所在的[[韩江|natural]]东岸，夜游船票周末一票难求。\n' +
      '[[湘桥区|county|445102]]文化广电旅游体育局统计，剧集播出以来，古城日均接待游客增长近六成。当地还推出了“跟着剧集游[[潮州|prefecture|4451]]”线路，' +
      '串联[[开元寺|landmark]]、[[涵碧楼|landmark]]等景点。',
  },
  {
    province: 'Jiangxi (Longnan, walled houses listed)',
    marked:
      '[[赣州|prefecture|3607]]讯 日前，[[龙南|county|360783]]客家围屋群入选省级文物保护单位名录。[[龙南市|county|360783]]现存围屋376座，' +
      '被誉为“世界围屋之都”。\n' +
      '在[[杨村镇|township|360783102]]，建于明代的[[燕翼围|landmark]]高达四层，墙体厚实，至今保存完好；[[关西镇|township|360783105]]的' +
      '[[关西|township|360783105]]新围占地7700多平方米，是客家围屋的代表作，[[西昌围|landmark]]与之隔田相望。[[里仁镇|township|360783106]]的' +
      '[[栗园围|landmark]]里，古祠堂、老水井和围墙上的炮楼依然保留着原貌。\n' +
      '[[龙南市|county|360783]]文广新旅局负责人表示，将对[[燕翼围|landmark]]、[[乌石围|landmark]]等重点围屋开展抢救性修缮，并推出围屋研学线路。',
  },
  {
    province: 'Sichuan (Chengdu, temple fairs)',
    marked:
      '[[成都|prefecture|5101]]商报讯 春节假期，[[成都|prefecture|5101]]各大庙会、灯会热闹非凡。[[武侯区|county|510107]]的[[武侯祠|landmark]]大庙会' +
      '以“三国”为主题，[[川|province|51]]剧变脸、糖画、[[蜀|province|51]]绣等非遗项目集中亮相，毗邻的[[锦里|landmark]]古街人流如潮。\n' +
      '[[青羊区|county|510105]]的[[青羊宫|landmark]]举办新春祈福活动，[[文殊院|landmark]]的素斋和腊八粥一早就排起了长队。在[[新都区|county|510114]]，' +
      '[[宝光寺|landmark]]的罗汉堂吸引了大批市民前来“数罗汉”；[[昭觉寺|landmark]]、[[大慈寺|landmark]]也迎来了祈福人潮。\n' +
      '据市文广旅局统计，春节假期全市接待游客1620万人次，其中[[武侯祠|landmark]]、[[杜甫草堂|landmark]]、[[宽窄巷子|landmark]]位列热门景点前三。',
  },
];

// `sitesSecond`: the second batch, written after the first's changes and scored once, blind (苏州, 山西, 宁波, 贵州, 天水
// and 甘南: a gardens' night-tour season, murals and wooden halls restored, a book town's festival, an old town's
// holiday and a red site, a fair of a Buddhist monastery and Fuxi's temple).
export const sitesSecond: CountyArticle[] = [
  {
    province: 'Jiangsu (Suzhou, gardens at night)',
    marked:
      '[[苏州|prefecture|3205]]日报讯 夜色中的园林别有韵味。今年的“[[姑苏|county|320508]]八点半”夜游季启动以来，[[网师园|landmark]]夜花园每晚上演昆曲、评弹，' +
      '游客移步换景，仿佛置身古画之中；[[拙政园|landmark]]推出“月下拙政”沉浸式游园，[[狮子林|landmark]]的假山迷宫里灯影绰约。\n' +
      '在[[姑苏区|county|320508]]，[[平江路|landmark]]、[[山塘街|landmark]]两大历史街区的夜间客流同比增长三成以上。[[耦园|landmark]]和[[怡园|landmark]]首次开放夜游，' +
      '[[艺圃|landmark]]里的茶会一座难求。[[虎丘|landmark]]景区推出夜游[[云岩寺塔|landmark]]项目，古塔在灯光映衬下格外醒目。\n' +
      '市园林和绿化管理局统计，今年夜游季共接待游客82万人次，门票收入超过6000万元。',
  },
  {
    province: 'Shanxi (murals and wooden halls restored)',
    marked:
      '[[山西|province|140000]]日报讯 记者从省文物局获悉，一批古建筑保护修缮工程近日通过验收。[[五台县|county|140922]][[豆村镇|township|140922103]]的' +
      '[[佛光寺|landmark]]东大殿完成屋面防渗漏加固，殿内唐代彩塑和壁画得到抢救性保护；[[南禅寺|landmark]]大殿周边完成排水系统改造。\n' +
      '[[洪洞县|county|141024]][[广胜寺镇|township|141024104]]的[[飞虹塔|landmark]]完成琉璃构件修复，[[广胜寺|landmark]]下寺的元代壁画经过两年修复重新对外开放。' +
      '在[[芮城县|county|140830]]，[[永乐宫|landmark]]三清殿壁画数字化保护项目全面完成，游客可通过虚拟现实设备“走进”壁画。\n' +
      '省文物局负责人介绍，全省现存元代以前木结构古建筑495座，占全国的八成以上。下一步，将推进[[崇福寺|landmark]]、[[铁佛寺|landmark]]等一批古建筑的修缮。',
  },
  {
    province: 'Zhejiang (Ningbo, a book town festival)',
    marked:
      '[[宁波|prefecture|3302]]晚报讯 第十届书香节日前在[[天一阁|landmark]]开幕。这座建于明代的藏书楼，是我国现存最古老的私家藏书楼，' +
      '今年接待游客超过120万人次。开幕当天，[[海曙区|county|330203]]的[[月湖|natural]]周边举办了古籍修复展和诗词大会，[[南塘老街|landmark]]上的书市人头攒动。\n' +
      '在[[江北区|county|330205]]，[[慈城镇|township|330205103]]的[[孔庙|landmark]]举行了开笔礼，200多名小学生身着汉服，朱砂启智。' +
      '[[鄞州区|county|330212]]的[[阿育王寺|landmark]]、[[天童寺|landmark]]也推出了禅茶体验活动，[[保国寺|landmark]]的北宋大殿前，古建筑爱好者排起了长队。\n' +
      '市文广旅游局介绍，书香节期间共举办各类活动160余场。',
  },
  {
    province: 'Guizhou (an old town\'s holiday and a red site)',
    marked:
      '[[贵阳|prefecture|5201]]讯 “五一”假期，[[花溪区|county|520111]][[青岩|township|520111101]]古镇游人如织。[[状元府|landmark]]、[[万寿宫|landmark]]、' +
      '[[慈云寺|landmark]]前排起长队，古镇的石板路上，卤猪脚、玫瑰糖的香味飘满街巷。据统计，假期五天古镇共接待游客46.8万人次。\n' +
      '[[云岩区|county|520103]]的[[甲秀楼|landmark]]一带，夜游[[南明河|natural]]的游船班班满座；[[黔灵山|natural]]公园的猕猴吸引了不少亲子游客。\n' +
      '红色旅游同样火热。[[遵义|prefecture|5203]]会议会址、[[娄山关|landmark]]红军战斗遗址等红色景点迎来研学团队；[[汇川区|county|520303]]' +
      '[[高坪街道|township|520303006]]的[[海龙屯|landmark]]土司遗址推出了夜间实景演出。',
  },
  {
    province: 'Gansu (a monastery\'s fair and Fuxi\'s temple)',
    marked:
      '[[甘南|prefecture|6230]]讯 农历正月，[[夏河县|county|623027]][[拉卜楞镇|township|623027100]]的[[拉卜楞寺|landmark]]迎来一年一度的正月法会，' +
      '晒佛、跳神等宗教民俗活动吸引了各地游客。寺院周边的转经廊里，信众手摇经筒缓缓前行。\n' +
      '在[[天水市|prefecture|6205]]，[[秦州区|county|620502]]的[[伏羲庙|landmark]]举行公祭伏羲大典，[[南郭寺|landmark]]、[[玉泉观|landmark]]也迎来了祈福人潮。' +
      '[[麦积区|county|620503]]的[[麦积山石窟|landmark]]推出了冬季特窟开放活动，游客可近距离观赏北魏泥塑。\n' +
      '市文化和旅游局统计，春节假期全市接待游客186万人次，实现旅游收入10.6亿元。',
  },
];

// `sitesThird`: the third batch, written after the lists were extended province by province (Henan, Hubei, Shaanxi,
// Chongqing, Hebei, Liaoning, Tibet, Qinghai: a peony-season report, temples in spring, Tang sites at Golden Week, red
// sites in July, an old county town's temples, Qing tombs and a Liao temple, a monastery festival, monasteries of the
// plateau) and scored once, blind.
export const sitesThird: CountyArticle[] = [
  {
    province: 'Henan (Luoyang, the peony season)',
    marked:
      '[[洛阳|prefecture|4103]]日报讯 牡丹花开正艳，古都迎来客流高峰。市文广旅局数据显示，4月1日至15日，[[龙门石窟|landmark]]接待游客68.2万人次，' +
      '[[白马寺|landmark]]、[[应天门|landmark]]遗址博物馆日均客流均突破2万人次。夜幕下，[[丽景门|landmark]]城楼灯火通明，[[十字街|landmark]]的小吃摊前排起长龙。\n' +
      '在[[栾川县|county|410324]]，[[老君山|natural]]金顶云海翻涌，[[鸡冠洞|natural]]溶洞内恒温18℃，成为避暑“打卡”热门；[[重渡沟|natural]]的竹林栈道同样人气不减。' +
      '[[嵩县|county|410325]][[白云山|natural]]则推出了“杜鹃花海”主题游。市文旅部门负责人表示，将串联[[龙门石窟|landmark]]、[[白马寺|landmark]]与[[老君山|natural]]，打造精品线路。',
  },
  {
    province: 'Hubei (Wuhan, temples in spring)',
    marked:
      '[[武汉|prefecture|4201]]晚报讯 春暖花开，[[汉阳|county|420105]]的[[归元寺|landmark]]迎来踏春祈福的市民，寺内罗汉堂前人头攒动。[[江岸区|county|420102]]的' +
      '[[古德寺|landmark]]因独特的异域建筑风格，成为摄影爱好者的取景地；[[洪山区|county|420111]]的[[宝通禅寺|landmark]]则举办了素斋文化节。\n' +
      '[[黄鹤楼|landmark]]景区负责人介绍，清明假期共接待游客12.6万人次，同比增长18%。不少外地游客在登楼之后，又沿着[[长江|natural]]来到[[晴川阁|landmark]]、' +
      '[[古琴台|landmark]]，感受知音文化。',
  },
  {
    province: 'Shaanxi (Xi\'an and Baoji, Tang sites at Golden Week)',
    marked:
      '[[西安|prefecture|6101]]发布消息 国庆假期，[[大雁塔|landmark]]北广场音乐喷泉每晚吸引数万游客，[[大唐不夜城|landmark]]日均客流超过40万人次。' +
      '[[碑林区|county|610103]]的[[书院门|landmark]]古文化街上，笔墨纸砚店铺生意红火；[[长安区|county|610116]]的[[香积寺|landmark]]、[[兴教寺|landmark]]迎来不少礼佛的游客，' +
      '[[雁塔区|county|610113]]的[[大兴善寺|landmark]]、[[小雁塔|landmark]]也排起了长队。\n' +
      '在[[宝鸡|prefecture|6103]]，[[法门寺|landmark]]佛文化景区推出夜游项目；[[眉县|county|610326]]的[[太白山|natural]]红叶初染，[[汤峪镇|township|610326103]]温泉酒店入住率超过九成。' +
      '[[岐山县|county|610323]]的[[周公庙|landmark]]则举办了周礼文化展演。',
  },
  {
    province: 'Chongqing (red sites in July)',
    marked:
      '[[重庆|province|500000]]日报讯 “七一”前后，[[渣滓洞|landmark]]、[[白公馆|landmark]]迎来参观高峰，不少单位组织党员前来开展主题党日活动。' +
      '[[沙坪坝区|county|500106]]文旅委介绍，6月以来，[[歌乐山|natural]]革命纪念馆日均接待观众超过8000人次。\n' +
      '在[[渝中区|county|500103]]，[[解放碑|landmark]]、[[洪崖洞|landmark]]夜景依旧火爆，[[十八梯|landmark]]传统风貌区推出了老[[重庆|province|500000]]市井文化展；' +
      '[[湖广会馆|landmark]]的折子戏场场爆满。[[大足区|county|500111]]的[[宝顶山|natural]]石刻景区，千手观音造像前游客驻足良久；[[北山|natural]]石刻也延长了开放时间。',
  },
  {
    province: 'Hebei (Zhengding and Chengde, an old town\'s temples)',
    marked:
      '[[正定|county|130123]]讯 国庆假期，[[正定|county|130123]]古城游人如织。[[隆兴寺|landmark]]的宋代倒坐观音前，讲解员一遍遍讲述千年古刹的故事；' +
      '[[临济寺|landmark]][[澄灵塔|landmark]]、[[广惠寺|landmark]][[华塔|landmark]]、[[开元寺|landmark]][[须弥塔|landmark]]串联成线。[[荣国府|landmark]]再现《红楼梦》场景，吸引大批游客前来打卡。\n' +
      '县文广旅局统计，假期全县共接待游客126.8万人次。在[[承德|prefecture|1308]]，[[避暑山庄|landmark]]和[[普宁寺|landmark]]、[[普陀宗乘之庙|landmark]]等' +
      '[[外八庙|landmark]]同样迎来客流高峰，[[磬锤峰|natural]]国家森林公园推出了登山赛。',
  },
  {
    province: 'Liaoning (Shenyang and Yixian, Qing tombs and a Liao temple)',
    marked:
      '[[沈阳|prefecture|2101]]晚报讯 暑期旅游旺季，[[沈阳|prefecture|2101]]故宫日均接待游客3.5万人次，大政殿前排起长队；[[清昭陵|landmark]]、[[清福陵|landmark]]推出了' +
      '清代祭祀文化展，[[张氏帅府|landmark]]的夜场讲解一票难求。\n' +
      '在[[锦州|prefecture|2107]]，[[义县|county|210727]]的[[奉国寺|landmark]]大雄殿迎来建寺千年纪念活动，殿内七尊辽代彩塑大佛吸引了全国各地的古建爱好者；' +
      '[[万佛堂石窟|landmark]]也对游客开放了新修缮的洞窟。[[北镇市|county|210782]]的[[医巫闾山|natural]]则以满山红叶迎客。',
  },
  {
    province: 'Tibet (Lhasa and Shannan, a monastery festival)',
    marked:
      '[[拉萨|prefecture|5401]]讯 雪顿节期间，[[哲蚌寺|landmark]]展佛仪式吸引数万信众和游客，[[色拉寺|landmark]]的辩经场也迎来大批参观者。[[罗布林卡|landmark]]里，' +
      '藏戏演出连演七天。[[林周县|county|540121]]的[[热振寺|landmark]]、[[墨竹工卡县|county|540127]]的[[直贡梯寺|landmark]]同样游人不断。\n' +
      '[[山南市|prefecture|5405]]文旅局介绍，[[雍布拉康|landmark]]、[[桑耶寺|landmark]]、[[藏王墓|landmark]]组成的精品文化旅游线路，今年以来接待游客同比增长三成；' +
      '[[扎囊县|county|540521]]的[[敏珠林寺|landmark]]则推出了藏香制作体验。',
  },
  {
    province: 'Qinghai (Xining, Haidong and Yushu, monasteries of the plateau)',
    marked:
      '[[西宁|prefecture|6301]]晚报讯 入夏以来，[[湟中区|county|630106]]的[[塔尔寺|landmark]]迎来客流高峰，酥油花馆、壁画馆前游客排起长队。' +
      '[[海东|prefecture|6302]][[乐都区|county|630202]]的[[瞿昙寺|landmark]]保存着明代宫廷风格壁画，不少游客专程前来欣赏。\n' +
      '在[[玉树|prefecture|6327]]，[[嘉那玛尼石经城|landmark]]前转经的人群络绎不绝，[[文成公主庙|landmark]]、[[勒巴沟|natural]]岩画吸引了众多文化爱好者。' +
      '[[同仁市|county|632301]]的[[隆务寺|landmark]]则举办了唐卡艺术展，唐卡、堆绣等作品集中亮相。',
  },
];

// `sitesFourth`: the fourth batch, written by a reader who had not written the lists and did not read them first, of
// provinces and kinds of site the other batches leave out (Hunan, Ningxia, Heilongjiang, Hainan, Xinjiang, Inner
// Mongolia: an academy and pavilions in autumn, an imperial tomb and a film town, churches and a street of the ice
// season, shrines and an academy of the island, mosques and ruined cities of the oases, lamaseries of the grassland),
// and scored once, blind. A site that a township of its own county is named after is the site where the text means
// the site (太阳岛 of the snow fair, 五当召's halls), as 解放碑 is marked.
export const sitesFourth: CountyArticle[] = [
  {
    province: 'Hunan (Changsha, an academy and pavilions in autumn)',
    marked:
      '[[长沙|prefecture|4301]]晚报讯 深秋时节，[[岳麓山|natural]]层林尽染，[[爱晚亭|landmark]]前的枫叶红透，吸引大批市民和游客登山赏秋。千年学府[[岳麓书院|landmark]]' +
      '推出了“书院夜读”活动，讲堂内座无虚席；一旁的[[麓山寺|landmark]]晨钟暮鼓，香客不断。\n' +
      '在[[天心区|county|430103]]，[[天心阁|landmark]]城楼上举办了[[湘|province|43]]绣精品展，[[坡子街|landmark]]、[[太平街|landmark]]的老字号小吃店前排起了长队。' +
      '[[开福区|county|430105]]的[[开福寺|landmark]]则迎来了一年一度的素斋节。\n' +
      '[[橘子洲|natural]]景区负责人介绍，10月以来，周末烟花表演每场吸引游客超过5万人次。市文旅广电局表示，将串联[[岳麓书院|landmark]]、[[天心阁|landmark]]' +
      '和[[马王堆|township|430102010]]汉墓遗址，推出“[[湖湘|region]]文化之旅”线路。',
  },
  {
    province: 'Ningxia (Yinchuan, an imperial tomb and a film town)',
    marked:
      '[[银川|prefecture|6401]]日报讯 暑期以来，[[西夏陵|landmark]]迎来研学游高峰，博物馆内的鎏金铜牛、石雕力士志文支座前挤满了学生。[[西夏区|county|640105]]' +
      '文旅局介绍，7月以来景区日均接待游客1.2万人次，同比增长45%。[[镇北堡|township|640105101]]西部影城推出了“穿越明清街”沉浸式演出，老城墙下的' +
      '羊肉小吃摊生意红火。\n' +
      '[[兴庆区|county|640104]]的[[海宝塔|landmark]]、[[承天寺塔|landmark]]修缮后重新开放，[[玉皇阁|landmark]]、[[鼓楼|landmark]]一带的夜市烟火气十足。' +
      '[[贺兰县|county|640122]]的[[贺兰山|natural]]岩画景区则推出了“夜观星空”研学课程，游客可以在讲解员带领下辨认岩画上的太阳神。',
  },
  {
    province: 'Heilongjiang (Harbin, churches and a street in the ice season)',
    marked:
      '[[哈尔滨|prefecture|2301]]新闻网讯 冰雪季来临，[[中央大街|landmark]]上游人如织，老字号冰棍店前排起长队。[[道里区|county|230102]]的[[圣索菲亚大教堂|landmark]]' +
      '广场上，各地游客争相拍摄“雪中教堂”；[[松花江|natural]]畔的[[防洪纪念塔|landmark]]前，冬泳爱好者一早就跃入冰水。\n' +
      '[[南岗区|county|230103]]的[[极乐寺|landmark]]、[[文庙|landmark]]推出了新春祈福和传统文化体验活动；老[[道外|county|230104]]中华巴洛克历史街区里，' +
      '冻梨、冻柿子摊位前人头攒动。在[[松北区|county|230109]]，[[太阳岛|natural]]雪博会的上百座雪雕陆续完工。\n' +
      '市文化广电和旅游局统计，元旦假期全市接待游客305.8万人次，实现旅游收入59.1亿元。',
  },
  {
    province: 'Hainan (Haikou and Danzhou, shrines and an academy of the island)',
    marked:
      '[[海口|prefecture|4601]]讯 春节假期，[[骑楼老街|landmark]]张灯结彩，[[琼|province|46]]剧、八音等非遗表演轮番上演。[[五公祠|landmark]]举办了' +
      '楹联书法展，[[琼山区|county|460107]]的[[琼台书院|landmark]]迎来研学团队，[[海瑞墓|landmark]]前前来缅怀的市民络绎不绝。\n' +
      '在[[儋州|prefecture|4604]]，[[中和镇|township|460400113]]的[[东坡书院|landmark]]举行了纪念苏东坡的诗词吟诵会，[[载酒堂|landmark]]前的老榕树下挤满了游客。' +
      '市旅文局介绍，假期[[东坡书院|landmark]]接待游客4.6万人次，同比增长32%。',
  },
  {
    province: 'Xinjiang (Kashgar and Turpan, a mosque and ruined cities)',
    marked:
      '[[喀什市|county|653101]]融媒体中心讯 入秋以来，古城迎来旅游旺季。[[艾提尕尔清真寺|landmark]]前的广场上，游客跟着讲解员了解这座始建于1442年的清真寺的历史；' +
      '[[高台民居|landmark]]的土陶作坊里，手艺人正在拉坯制陶。[[香妃园|landmark]]、[[汗巴扎|landmark]]也成了游客必到的打卡点。\n' +
      '在[[吐鲁番|prefecture|6504]]，[[交河故城|landmark]]和[[高昌故城|landmark]]推出了夜游项目，[[苏公塔|landmark]]下的葡萄晾房里挂满了青绿的葡萄。' +
      '[[葡萄沟|natural]]的葡萄架下，游客品尝刚采摘的无核白葡萄；[[火焰山|natural]]景区地表温度超过60℃，仍有不少游客前来体验。' +
      '[[高昌区|county|650402]]文旅局统计，9月全区接待游客48.3万人次。',
  },
  {
    province: 'Inner Mongolia (Hohhot and Baotou, lamaseries of the grassland)',
    marked:
      '[[呼和浩特|prefecture|1501]]晚报讯 “五一”假期，[[玉泉区|county|150104]]的[[大召寺|landmark]]上演了查玛舞，[[席力图召|landmark]]、[[五塔寺|landmark]]' +
      '也迎来不少游客；[[塞上老街|landmark]]的奶茶馆里座无虚席，烧麦店门口排起了长队。[[新城区|county|150102]]的[[将军衙署|landmark]]推出了清代官制文化展，' +
      '[[昭君博物院|landmark]]的草坪上，游客身着蒙古袍拍照留念。\n' +
      '在[[包头|prefecture|1502]]，[[石拐区|county|150205]]的[[五当召|landmark]]经堂里诵经声不断，这座藏式召庙吸引了众多摄影爱好者。' +
      '[[昆都仑召|landmark]]、[[美岱召|landmark]]也推出了文化体验活动。',
  },
];

// `sitesFifth`: the fifth batch, written by a reader who had not written the lists and did not read them first, of the
// provinces neither this file nor county-nature.fixtures.ts had reached (Tianjin, Shandong), sites and natural features
// together, in forms the other batches leave out (a scenic areas' closure notice, a spring-level bulletin, a night-climb
// and ceremony report, a bus company's summer routes, an island holiday report), and scored once, blind. A spring, a
// cape and an island are features (as 趵突泉, 橘子洲 are); a street named after a place is the street (北京路); a site
// holding a place gives the place (屯溪 of 屯溪老街), one holding a feature the feature; but a wall's section is named whole
// (黄崖关长城, as county-north marks it) and so is a short form with a site's one-character ending (蓬莱阁, as 天心阁): put right.
export const sitesFifth: CountyArticle[] = [
  {
    province: 'Tianjin (Jizhou, the mountain areas close after rain)',
    marked:
      '[[蓟州区|county|120119]]文化和旅游局发布消息：受连续强降雨影响，[[盘山|natural]]、[[八仙山|natural]]、[[九山顶|natural]]等山岳景区自7月30日起暂停开放，' +
      '待山路和索道巡查完毕后另行通知恢复时间；[[梨木台|natural]]峡谷步道、[[黄崖关长城|landmark]]景区同时关闭。\n' +
      '城区的[[独乐寺|landmark]]、[[白塔寺|landmark]]和[[鲁班庙|landmark]]正常开放。[[于桥水库|natural]]沿岸禁止游客下水，[[州河|natural]]河道管理部门加强了巡查。' +
      '请广大游客合理安排出行，关注“[[天津|province|120000]]文旅”发布的最新信息。',
  },
  {
    province: 'Shandong (Jinan, a spring-level bulletin)',
    marked:
      '[[济南|prefecture|3701]]讯 记者从市城乡水务局获悉，受近期降雨补给，[[趵突泉|natural]]地下水位升至29.6米，泉水持续喷涌已满二十年。' +
      '[[黑虎泉|natural]]的石雕兽头喷水有力，[[五龙潭|natural]]、[[珍珠泉|natural]]泉池水面明显上涨。\n' +
      '[[大明湖|natural]]畔游人如织，[[百花洲|natural]]边的[[曲水亭街|landmark]]、[[芙蓉街|landmark]]老院子里，居民打来泉水沏茶。[[千佛山|natural]]、[[英雄山|natural]]' +
      '登山步道上晨练市民络绎不绝。在[[长清区|county|370113]]，[[灵岩寺|landmark]]的古泉也恢复出水，[[小清河|natural]]水质稳定在地表水Ⅲ类。',
  },
  {
    province: 'Shandong (Tai\'an and Qufu, a night climb and a ceremony)',
    marked:
      '[[泰安|prefecture|3709]]日报讯 入伏以来，夜爬[[泰山|natural]]持续升温。每晚从[[红门|landmark]]、[[天外村|landmark]]上山的游客超过2万人次，' +
      '不少人在[[中天门|landmark]]稍作休整，凌晨赶到[[南天门|landmark]]，再登上[[玉皇顶|natural]]等候日出。山下的[[岱庙|landmark]]延长开放时间，' +
      '[[天贶殿|landmark]]壁画前排起长队；[[碧霞祠|landmark]]也迎来香客。\n' +
      '在[[曲阜|county|370881]]，[[孔庙|landmark]]、[[孔府|landmark]]、[[孔林|landmark]]暑期每天上演开城仪式，[[颜庙|landmark]]、[[周公庙|landmark]]和[[少昊陵|landmark]]' +
      '推出研学课程；[[尼山|natural]]圣境的大学堂里，来自各地的学生诵读《论语》，[[沂河|natural]]岸边的营地也住满了研学团队。',
  },
  {
    province: 'Shandong (Qingdao, a bus company\'s summer routes)',
    marked:
      '[[青岛|prefecture|3702]]公交集团发布公告：为方便市民和游客出行，暑期旅游专线自7月1日起开通。1号专线从[[栈桥|landmark]]出发，途经[[小青岛|natural]]、' +
      '[[鲁迅公园|landmark]]、[[第一海水浴场|landmark]]、[[八大关|landmark]]和[[五四广场|landmark]]，终点[[石老人|natural]]海水浴场；2号专线由[[信号山|natural]]、' +
      '[[小鱼山|natural]]一带发车，直达[[崂山|natural]]景区，在[[太清宫|landmark]]、[[北九水|natural]]和[[巨峰|natural]]设站。\n' +
      '专线每15分钟一班，游客可在[[圣弥厄尔教堂|landmark]]站换乘环[[胶州湾|natural]]线路。',
  },
  {
    province: 'Shandong (Yantai and Weihai, the island holiday)',
    marked:
      '[[烟台|prefecture|3706]]讯 国庆假期，[[蓬莱阁|landmark]]景区日均接待游客3.2万人次，[[八仙渡|landmark]]、[[三仙山|landmark]]一票难求；' +
      '[[养马岛|natural]]的海滩上，游客赶海拾贝。[[所城里|landmark]]、[[朝阳街|landmark]]的老建筑里开起了咖啡馆，[[昆嵛山|natural]]的红叶也吸引了不少登山客。\n' +
      '在[[威海|prefecture|3710]]，[[环翠楼|landmark]]公园的菊展开幕，[[荣成|county|371082]]的[[成山头|natural]]迎来看日出的人群，[[鸡鸣岛|natural]]渔家乐家家客满，' +
      '[[天鹅湖|natural]]边的观鸟点游人不断。',
  },
];
