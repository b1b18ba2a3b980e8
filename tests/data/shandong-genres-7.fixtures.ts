// A tenth batch of Shandong pages, written after the ninth batch's fixes (shandong-genres-6.fixtures.ts)
// in the same categories and in genres no batch has: a county's vegetable prices, a village's collective
// economy, a county hospital's outreach to its townships, an archaeological site, a marathon's route and
// road closures, a district's junior-school zones by road and community, and a port's trade. The places
// are chosen where spans and links go wrong: a park named with its county (兰陵国家农业公园), townships named
// alike in other counties (徐庄镇, 姜楼镇, 李庄镇), streets named after other cities (香港中路, 银川东路, 丹阳路),
// a site's popular name in quotes (纪王城), a bay inside a port area's name (芝罘湾港区). Written for these
// tests as the papers print them (no sentence is taken from real articles or from the evaluation texts) and
// marked as shandong-pages.fixtures.ts's pages are, before any run. `genresTenth` was scored once, blind:
// place F1 0.938, link 0.983, figure F1 0.966, value 1.000; 0.938 / 0.983 / 0.986 / 1.000 with two marks put
// right (以上 after 1年 is outside the span, as GUIDELINES has it; 七年级 a grade, a figure as zh-categories.fixtures.ts
// marks 三年级).
import type { ShandongPage } from './shandong-pages.fixtures';

export const genresTenth: ShandongPage[] = [
  {
    paper: '临沂日报',
    marked:
      '[[临沂|prefecture|3713]]日报 {{2026年12月1日|date|2026-12-01}} 星期二\n第3版 县区 责任编辑 王菜 校对 孙陵\n\n' +
      '[[兰陵|county|371324]]蔬菜“南菜北运”价格走俏\n\n本报记者 颜蔬 通讯员 鄫丰\n\n' +
      '{{11月30日|date|2026-11-30}}，在[[兰陵县|county|371324]][[向城镇|township|371324108]]的蔬菜批发市场，满载芸豆、辣椒的货车陆续驶出。“这几天芸豆地头收购价每斤{{3.8元|money|3.8|CNY}}，比上月高了{{1.1元|money|1.1|CNY}}。”[[岭顶子村|village|371324108211]]菜农王广田说，他家{{8个|count|8|个}}大棚种的芸豆已经采收过半。\n' +
      '[[兰陵|county|371324]]是“[[中国|country]]蔬菜之乡”，全县蔬菜种植面积常年稳定在{{100万亩|quantity|1000000|mu}}以上，年产量{{360万吨|quantity|3600000|t}}。入冬以来，[[卞庄街道|township|371324001]][[代村|village|371324001341]]的[[兰陵|county|371324]]国家农业公园智能温室里，彩椒、水果黄瓜每天发往[[上海|province|31]]、[[南京|prefecture|3201]]等地{{20多吨|quantity|20|t}}。\n' +
      '据县农业农村局监测，{{11月下旬|date|2026-11}}，全县主要蔬菜田头均价每斤{{2.46元|money|2.46|CNY}}，同比上涨{{9.3%|percent|9.3|%}}。',
  },
  {
    paper: '枣庄日报',
    marked:
      '[[枣庄|prefecture|3704]]日报 {{2026年11月24日|date|2026-11-24}} 星期二\n第2版 区市新闻 责任编辑 孙山 校对 刘亭\n\n' +
      '[[葫芦套村|village|370406106201]]：小山村“长出”集体经济\n\n本报记者 褚林 通讯员 张兴\n\n' +
      '深秋时节，[[山亭区|county|370406]][[徐庄镇|township|370406106]][[葫芦套村|village|370406106201]]漫山的柿子红了。村党支部领办的合作社把{{3000多棵|count|3000|棵}}古柿树统一管护，加工成柿饼、柿子醋，今年村集体经营性收入有望突破{{50万元|money|500000|CNY}}，是{{2020年|year|2020}}的{{6倍|ratio|6|x}}。\n' +
      '“过去村集体账上一分钱都没有，现在民宿、研学、农产品都能挣钱。”村党支部书记说，村里把闲置的{{21套|count|21|套}}石头房改成民宿，旺季每晚房价{{380元|money|380|CNY}}，去年接待游客{{4.6万人次|count|46000|人次}}。\n' +
      '在相邻的[[乔山村|village|370406106202]]，村集体流转荒山{{800亩|quantity|800|mu}}种植花椒，带动{{126户|count|126|户}}村民务工增收。目前，[[徐庄镇|township|370406106]]{{23个|count|23|个}}行政村集体收入全部超过{{10万元|money|100000|CNY}}，其中超过{{30万元|money|300000|CNY}}的有{{9个|count|9|个}}。',
  },
  {
    paper: '滨州日报',
    marked:
      '[[滨州|prefecture|3716]]日报 {{2026年10月14日|date|2026-10-14}} 星期三\n第3版 县区 责任编辑 田医 校对 李康\n\n' +
      '[[惠民县|county|371621]]人民医院专家“组团”下乡\n\n本报记者 崔健 通讯员 贾仁\n\n' +
      '{{10月12日|date|2026-10-12}}一早，[[惠民县|county|371621]]人民医院的巡回医疗车开进[[姜楼镇|township|371621111]][[王集新村|village|371621111350]]。心内科、眼科、骨科等{{8个|count|8|个}}科室的{{15名|count|15|名}}医生在村卫生室前一字排开，为村民测血压、做心电图。{{72岁|other|72|岁}}的村民王秀兰做完眼底检查，医生建议她到县医院做白内障手术，“医保能报销{{70%|percent|70|%}}，自己花不了多少钱。”\n' +
      '今年以来，[[惠民县|county|371621]]人民医院与[[李庄镇|township|371621105]]、[[姜楼镇|township|371621111]]等{{12个|count|12|个}}镇街卫生院组建紧密型医共体，下派医生{{46名|count|46|名}}，开展巡回义诊{{130余场|count|130|场}}，服务群众{{2.3万人次|count|23000|人次}}。县医院还在[[何坊街道|township|371621003]]设立远程心电诊断中心，乡镇卫生院上传的心电图{{15分钟|duration|15|min}}内出具报告。\n' +
      '今年，全县县域内就诊率达到{{91.6%|percent|91.6|%}}，比去年提高{{2.4个百分点|percent|2.4|pp}}。',
  },
  {
    paper: '济宁日报',
    marked:
      '[[济宁|prefecture|3708]]日报 {{2026年9月22日|date|2026-09-22}} 星期二\n第4版 文化 责任编辑 孔古 校对 孟城\n\n' +
      '[[邾国故城|landmark]]遗址考古又有新发现\n\n本报记者 颜陶 通讯员 郑简\n\n' +
      '记者从[[邹城市|county|370883]]文物部门获悉，[[邾国故城|landmark]]遗址今年度考古发掘近日结束，考古人员在宫城区南部新发现大型夯土基址{{2座|count|2|座}}、陶窑{{6座|count|6|座}}，出土陶器、铜器、骨器等各类文物{{1300余件|count|1300|件}}。\n' +
      '[[邾国故城|landmark]]遗址位于[[峄山镇|township|370883110]]，北依[[峄山|natural]]，南临[[白马河|natural]]，城址平面近长方形，面积约{{9.4平方公里|quantity|9.4|km2}}，是东周时期邾国的都城，当地人俗称“[[纪王城|landmark]]”。自{{2015年|year|2015}}起，考古人员已连续{{11年|duration|11|year}}在此发掘，累计发掘面积{{1.2万平方米|quantity|12000|m2}}。\n' +
      '在遗址东侧的[[纪王城东村|village|370883110225]]，村民张广林家的院墙下就压着古城墙的夯土。“小时候在地里捡过瓦片，没想到是{{两千多年|duration|2000|year}}前的东西。”目前，遗址保护展示工程已完成投资{{1.8亿元|money|180000000|CNY}}，计划{{2027年|year|2027}}建成考古遗址公园。',
  },
  {
    paper: '青岛日报',
    marked:
      '[[青岛|prefecture|3702]]日报 {{2026年10月23日|date|2026-10-23}} 星期五\n第5版 城事 责任编辑 于帆 校对 王浪\n\n' +
      '青马周日开跑 赛道沿线实行交通管制\n\n本报记者 李跑 通讯员 杨交\n\n' +
      '{{10月25日|date|2026-10-25}}，[[青岛|prefecture|3702]]马拉松将在[[五四广场|landmark]]鸣枪起跑，全程、半程共有{{2.5万名|count|25000|名}}选手参赛。赛道沿[[东海西路|landmark]]、[[香港中路|landmark]]向东，经[[燕儿岛路|landmark]]、[[银川东路|landmark]]进入[[崂山区|county|370212]]，全程马拉松终点设在[[石老人|landmark]]海水浴场。\n' +
      '市公安局交警支队发布通告，比赛当天，[[市南区|county|370202]]、[[崂山区|county|370212]]赛道沿线道路分时段封闭。[[香港中路|landmark]]（[[山东路|landmark]]至[[南京路|landmark]]段）禁止机动车通行，地铁2号线、3号线提前{{30分钟|duration|30|min}}开始运营，{{52条|count|52|条}}公交线路临时调整。[[香港中路街道|township|370202001]][[香港路社区|village|370202001013]]的志愿者将在沿线设置{{8个|count|8|个}}补给站。',
  },
  {
    paper: '菏泽日报',
    marked:
      '[[菏泽|prefecture|3717]]日报 {{2026年7月10日|date|2026-07-10}} 星期五\n第3版 教育 责任编辑 刘丹 校对 程学\n\n' +
      '[[牡丹区|county|371702]]城区初中学区划定\n\n本报记者 王教 通讯员 何区\n\n' +
      '{{7月9日|date|2026-07-09}}，[[牡丹区|county|371702]]教体局公布{{2026年|year|2026}}城区初中招生学区。今年城区{{15所|count|15|所}}公办初中计划招收{{七年级|other|7|年级}}新生{{9800人|count|9800|人}}。\n' +
      '其中，[[牡丹区|county|371702]]实验中学学区为：[[中华路|landmark]]以南、[[和平路|landmark]]以东、[[人民路|landmark]]以西，含[[东城街道|township|371702001]][[双河社区|village|371702001006]]、[[仓房社区|village|371702001008]]；[[胜利社区|village|371702001010]]、[[东和社区|village|371702001011]]划入[[丹阳路|landmark]]初级中学学区。\n' +
      '报名时间为{{7月20日至25日|date|2026-07-20~2026-07-25}}。学区内适龄少年须在{{2013年9月1日至2014年8月31日|date|2013-09-01~2014-08-31}}之间出生，随迁子女须提供在[[菏泽|prefecture|3717]]城区连续居住{{1年|duration|1|year}}以上的证明。',
  },
  {
    paper: '烟台日报',
    marked:
      '[[烟台|prefecture|3706]]日报 {{2026年11月6日|date|2026-11-06}} 星期五\n第2版 经济 责任编辑 于港 校对 曲航\n\n' +
      '[[烟台|prefecture|3706]]港铝矾土进口量稳居全国{{第一|rank|1}}\n\n' +
      '本报讯（记者 孙港 通讯员 王泊）记者从[[山东|province|37]]港口[[烟台|prefecture|3706]]港获悉，今年以来，[[烟台|prefecture|3706]]港铝矾土进口量达{{7860万吨|quantity|78600000|t}}，同比增长{{14.2%|percent|14.2|%}}，占全国进口总量的{{四成|percent|40|%}}以上。这些铝矾土主要来自[[几内亚|foreign]]和[[澳大利亚|foreign]]，经[[龙口|county|370681]]港区、西港区卸船后，通过管道和铁路运往[[滨州|prefecture|3716]]、[[聊城|prefecture|3715]]等地的氧化铝企业。\n' +
      '客滚运输方面，[[芝罘湾|natural]]港区开通至[[大连|prefecture|2102]]、[[旅顺|county|210212]]的航线{{11条|count|11|条}}，今年运送旅客{{286万人次|count|2860000|人次}}、车辆{{78万辆|count|780000|辆}}。{{10月|date|2026-10}}，[[烟台|prefecture|3706]]港至[[韩国|foreign]][[平泽|foreign]]的集装箱航线加密至每周{{5班|count|5|班}}。',
  },
];
