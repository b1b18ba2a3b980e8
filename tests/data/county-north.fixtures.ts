// County news of the north and west of China (Xinjiang, Tibet, Inner Mongolia, Gansu, Qinghai, Ningxia,
// Shaanxi, Shanxi, Hebei, Heilongjiang, Jilin, Liaoning), written for these tests as county media centres,
// prefecture dailies and provincial papers write them (no sentence is taken from real articles or from the
// evaluation texts), marked as county-articles.fixtures.ts marks its articles:
//   [[span|level]] or [[span|level|code]]  a place; the code's leading digits (654326 = 654326000000)
// They cover the genres of those counties: herding and winter pastures, border trade and ports, grassland
// and sand control, coal and energy, tourism, police and courts, schools, weather and investment, with
// townships, villages and gacha, zones, rivers, mountains, deserts and scenic sites.
// `northFirst` was written and marked before the engine read it; `northSecond` after the changes the first
// led to, scored once.

import type { CountyArticle } from './county-articles.fixtures';

export const northFirst: CountyArticle[] = [
  {
    province: 'Xinjiang (Jeminay, border port)',
    marked:
      '[[阿勒泰|prefecture|6543]]日报讯（记者 叶尔兰 通讯员 李海燕）冬日的[[吉木乃|county|654326]]口岸，一辆辆满载管材和日用百货的货车排队等候通关。今年以来，' +
      '经[[吉木乃|county|654326]]口岸进出境的货物达120万吨，同比增长15%。\n' +
      '口岸所在的[[吉木乃镇|township|654326101]]依托边贸发展起了物流和餐饮。在[[托盘村|village|654326101203]]，村民巴合提别克开了一家风味餐馆，' +
      '“来往的司机多，生意一年比一年好。”\n' +
      '[[萨吾尔山|natural]]下，[[托斯特乡|township|654326201]]的牧民已经转入冬牧场。乡里在冬窝子修建了暖圈和饲草料储备库，确保牲畜安全过冬。' +
      '[[额尔齐斯河|natural]]沿岸的[[托普铁热克镇|township|654326100]]，今年新建了两座冷链仓库。\n' +
      '[[吉木乃县|county|654326]]商务局负责人表示，将用好面向[[哈萨克斯坦|foreign]]的口岸优势，把过货通道变成产业通道。',
  },
  {
    province: 'Tibet (Kyirong, border tourism)',
    marked:
      '[[日喀则|prefecture|5402]]讯（记者 次旦卓玛）初冬时节，[[吉隆沟|natural]]里依然满目苍翠。[[吉隆县|county|540234]][[吉隆镇|township|540234101]]' +
      '[[冲堆村|village|540234101204]]的家庭旅馆里，来自[[拉萨|prefecture|5401]]和内地的游客正围着火炉喝酥油茶。\n' +
      '村党支部书记说，村里有家庭旅馆32家，去年接待游客4万多人次。沿着[[吉隆藏布|natural]]往南，不到一个小时车程就到了[[吉隆|county|540234]]口岸。' +
      '口岸去年进出口贸易额超过40亿元，从[[尼泊尔|foreign]]进口的手工艺品在[[宗嘎镇|township|540234100]]的商贸市场很受欢迎。\n' +
      '海拔4000多米的[[宗嘎镇|township|540234100]][[加木村|village|540234100202]]，村民们在技术员指导下种植了200亩青稞和50亩饲草。' +
      '县委负责人表示，将以口岸和[[吉隆沟|natural]]为依托，打造[[喜马拉雅|natural]]边境旅游带。',
  },
  {
    province: 'Inner Mongolia (Abag, first snow)',
    marked:
      '[[锡林郭勒|prefecture|1525]]日报讯（记者 乌日娜）连日来，[[阿巴嘎旗|county|152522]]迎来入冬后的第一场大雪。在[[别力古台镇|township|152522100]]' +
      '[[巴彦乌拉嘎查|village|152522100205]]，牧民额尔敦巴特尔一早就把储备的饲草拉进了棚圈。“今年草场长势好，打了3万多斤草，一冬都不愁。”\n' +
      '近年来，旗里推行草畜平衡和禁牧休牧制度，[[浑善达克沙地|natural]]边缘的[[洪格尔高勒镇|township|152522101]]实施沙化草原治理8万亩。' +
      '在[[萨如拉嘎查|village|152522101206]]，当年的流动沙丘如今长满了沙蒿和柠条。[[查干淖尔镇|township|152522102]]的牧民合作社把' +
      '[[阿巴嘎|county|152522]]黑马和羊肉卖到了[[北京|province|11]]、[[天津|province|12]]。\n' +
      '旗气象局提醒，受冷空气影响，未来三天[[锡林郭勒盟|prefecture|1525]]北部有中到大雪，局地暴雪，牧民要提前转移牲畜，做好防灾准备。',
  },
  {
    province: 'Gansu (Minqin, sand control)',
    marked:
      '[[武威|prefecture|6206]]讯（记者 张文斌 通讯员 马玉兰）“压一块草方格，就能锁住一片沙。”在[[民勤县|county|620621]][[西渠镇|township|620621103]]' +
      '的治沙点上，[[首好村|village|620621103209]]村民李兴平和几十名群众正在[[腾格里沙漠|natural]]边缘扎草方格、栽梭梭。\n' +
      '今年秋季，全县完成压沙造林3.2万亩。[[东湖镇|township|620621104]]以北的[[青土湖|natural]]曾经干涸半个世纪，随着[[石羊河|natural]]流域综合治理，' +
      '水面已恢复到26平方公里，今秋又迎来了成群的候鸟。\n' +
      '[[红沙梁镇|township|620621113]]的人工梭梭林里，农户接种的肉苁蓉迎来采挖季，亩均收入3000多元。[[民勤县|county|620621]]林草局负责人说，' +
      '全县地处[[巴丹吉林沙漠|natural]]和[[腾格里沙漠|natural]]之间，将继续把防沙治沙和沙产业结合起来，不让两大沙漠“握手”。',
  },
  {
    province: 'Qinghai (Guide, Yellow River tourism)',
    marked:
      '[[贵德县|county|632523]]融媒体中心讯（记者 才让卓玛）冬日的[[黄河|natural]][[贵德|county|632523]]段碧波荡漾，河畔的观景台上游客不断。' +
      '“都说天下[[黄河|natural]][[贵德|county|632523]]清，今天算是亲眼见到了。”从[[西宁|prefecture|6301]]自驾而来的游客王女士说。\n' +
      '在[[河阴镇|township|632523100]]，修缮一新的[[贵德|county|632523]]古城吸引了不少游客，城里的[[玉皇阁|landmark]]每天接待游客上千人次。' +
      '[[河西镇|township|632523101]][[温泉村|village|632523101211]]依托温泉发展康养旅游，村里的温泉酒店冬季入住率超过七成。\n' +
      '[[尕让乡|township|632523202]][[阿什贡村|village|632523202201]]的丹霞地貌也成了网红打卡地。县文旅局负责人介绍，游客从[[西宁|prefecture|6301]]出发，' +
      '经[[拉脊山|natural]]隧道一个多小时就能到达县城，今年全县接待游客已超过300万人次。',
  },
  {
    province: 'Ningxia (Yanchi, Tan sheep)',
    marked:
      '[[吴忠|prefecture|6403]]日报讯（记者 马晓燕 通讯员 杨建军）走进[[盐池县|county|640323]][[花马池镇|township|640323100]][[沙边子村|village|640323100209]]，' +
      '标准化羊舍一排排整齐排列，养殖户正忙着给滩羊添加草料。村民刘玉林家存栏滩羊300多只，“一只羊能卖1600多元，比前几年强多了。”\n' +
      '[[盐池|county|640323]]滩羊是全国知名的地理标志产品。今年以来，全县滩羊饲养量达到320万只，产值超过30亿元。' +
      '[[高沙窝镇|township|640323103]][[宝塔村|village|640323103205]]建起了万只滩羊养殖园区，吸纳周边农户入股分红。\n' +
      '昔日[[毛乌素沙地|natural]]南缘的大片沙丘，如今被柠条和沙柳牢牢锁住。[[哈巴湖|natural]]国家级自然保护区内，' +
      '一段段明代[[长城|landmark]]蜿蜒在草原上。县里正在把草原、[[长城|landmark]]和滩羊文化串成一条旅游线路。',
  },
  {
    province: 'Shaanxi (Shenmu, coal and energy)',
    marked:
      '[[榆林|prefecture|6108]]日报讯（记者 高建平）[[神木市|county|610881]][[大柳塔镇|township|610881104]]，[[窟野河|natural]]两岸厂房林立。' +
      '在[[大柳塔|township|610881104]]煤矿的智能化采煤工作面，工人在地面控制室里就能操作采煤机，单面日产原煤超过4万吨。\n' +
      '今年1至10月，[[神木市|county|610881]]原煤产量超过3亿吨，煤制油、煤制烯烃等项目相继投产。在[[锦界镇|township|610881114]]，' +
      '一座年产50万吨的煤基新材料项目正在加紧建设，[[陕西|province|61]]、[[内蒙古|province|15]]两地的企业共同投资120亿元。\n' +
      '[[郝家壕村|village|610881104203]]的村民大多在附近的企业上班，村里的集体经济去年收入200多万元。沿着[[窟野河|natural]]往北，' +
      '就是[[陕蒙|region]]交界的[[红碱淖|natural]]，每年秋天都有成群的遗鸥在这里停留。',
  },
  {
    province: 'Shanxi (Youyu, afforestation)',
    marked:
      '[[朔州|prefecture|1406]]讯（记者 王志刚 通讯员 李秀英）初冬的[[右玉县|county|140623]]，漫山遍野的樟子松依然苍翠。七十多年来，' +
      '[[右玉|county|140623]]人接续植树造林，全县林木绿化率从不足0.3%提高到57%。\n' +
      '[[右卫镇|township|140623101]][[杀虎口村|village|140623101216]]紧邻古关隘[[杀虎口|natural]]，村里开起了10多家农家乐。' +
      '[[苍头河|natural]]从村旁流过，县里沿河修建了生态廊道和骑行绿道。\n' +
      '在[[威远镇|township|140623102]][[古城村|village|140623102216]]，村民们利用林下空间养殖土鸡、种植食用菌，每户年均增收8000元。' +
      '[[右玉县|county|140623]]文旅局负责人介绍，全县依托[[杀虎口|natural]]、[[南山森林公园|landmark]]等景点，今年已接待游客210万人次。',
  },
  {
    province: 'Hebei (Weichang, Saihanba)',
    marked:
      '[[承德|prefecture|1308]]日报讯（记者 刘海涛）大雪过后的[[塞罕坝|natural]]银装素裹。[[塞罕坝机械林场|township|130828450]]的护林员张建国' +
      '每天要在林区巡护十多公里，“入冬以后防火一刻也不能放松。”\n' +
      '六十多年来，三代务林人在这片高原荒漠上营造起115万亩人工林。林区内的[[七星湖|natural]]和[[滦河|natural]]源头湿地，' +
      '每年吸引大批游客。今年以来，[[围场满族蒙古族自治县|county|130828]]接待游客超过600万人次。\n' +
      '紧邻林场的[[御道口镇|township|130828110]][[桦树林村|village|130828110202]]，家家户户办起了民宿。村民赵秀芳说，' +
      '夏天来避暑、冬天来滑雪，“一年有大半年都有客人。”[[围场县|county|130828]]委负责人表示，将继续守护好[[塞罕坝|natural]]的绿水青山。',
  },
  {
    province: 'Heilongjiang (Fuyuan, port and the eastern tip)',
    marked:
      '[[佳木斯|prefecture|2308]]日报讯（记者 孙丽娟）入冬以来，[[抚远市|county|230883]]的[[抚远|county|230883]]港迎来冬季封航前的最后一批货船。' +
      '今年以来，经[[抚远|county|230883]]口岸进出境的货物同比增长23%，从[[俄罗斯|foreign]][[哈巴罗夫斯克|foreign]]进口的木材和大豆源源不断。\n' +
      '在[[黑龙江|natural]]与[[乌苏里江|natural]]交汇的河口处，[[黑瞎子岛|natural]]上的湿地已被白雪覆盖。岛上的[[东极宝塔|landmark]]是游客必到的打卡点，' +
      '每天迎接全国最早的日出。\n' +
      '[[乌苏镇|township|230883103]][[东兴村|village|230883103204]]的赫哲族渔民已收网上岸，正在加工今秋捕捞的大马哈鱼。' +
      '[[抚远市|county|230883]]商务局负责人说，将依托口岸和[[黑瞎子岛|natural]]，发展对[[俄|foreign]]贸易和边境旅游。',
  },
  {
    province: 'Jilin (Hunchun, the Tumen mouth)',
    marked:
      '[[延边|prefecture|2224]]日报讯（记者 金英兰）“一眼望三国，犬吠闻三疆。”冬日的[[珲春市|county|222404]][[敬信镇|township|222404101]]' +
      '[[防川村|village|222404101206]]，游客登上[[龙虎阁|landmark]]，远眺[[图们江|natural]]入海口。\n' +
      '[[防川村|village|222404101206]]是朝鲜族聚居村，村里的民俗客栈去年接待游客2万多人次。村支书说，村里还种植了300亩水稻，' +
      '“[[防川|village|222404101206]]大米”已经卖到了[[长春|prefecture|2201]]和[[沈阳|prefecture|2101]]。\n' +
      '在[[圈河|village|222404101205]]口岸，进出境的车辆每天有400多辆次。[[珲春市|county|222404]]商务局负责人表示，将用好[[珲春|county|222404]]' +
      '面向[[俄罗斯|foreign]]、[[朝鲜|foreign]]的区位优势，发展海产品加工和跨境物流。',
  },
  {
    province: 'Liaoning (Kuandian, the Yalu)',
    marked:
      '[[丹东|prefecture|2106]]日报讯（记者 于海波 通讯员 关雪梅）[[宽甸满族自治县|county|210624]][[长甸镇|township|210624105]][[河口村|village|210624105205]]' +
      '的江边，一排排农家乐挂起了红灯笼。[[蒲石河|natural]]在这里汇入[[鸭绿江|natural]]，河口处的江面上，游船正准备收船过冬。\n' +
      '村民李玉华开了十多年农家乐，“春天看桃花，秋天看红叶，一年能接待游客上万人。”今年以来，[[河口|village|210624105205]]景区接待游客45万人次。\n' +
      '在[[虎山镇|township|210624114]][[老边墙村|village|210624114202]]，村里依托古[[长城|landmark]]遗址发展研学旅游。[[宽甸县|county|210624]]委负责人介绍，' +
      '全县正沿着[[鸭绿江|natural]]建设百里旅游带，把[[天华山|natural]]、[[青山沟|natural]]等景区串联起来。',
  },
];
