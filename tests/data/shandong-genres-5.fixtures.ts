// An eighth batch of Shandong pages, in genres the earlier batches (shandong-genres*.fixtures.ts) do not
// cover: a county's garlic market and cold stores, ginger for export, greenhouse blueberries, a marathon's
// road closures, the wheat harvest (三夏), a spring job fair, a county's wig and hair-goods trade and a
// city's holiday tourism. The places are chosen where links go wrong: villages named alike in many
// counties (张楼村, 夏庄村, 焦集村), townships named alike elsewhere (兴隆镇, 辛店街道, 旧城镇, 六户镇),
// counties written short (金乡, 安丘, 鄄城, 齐河), a district's name inside a site's (周村古商城). They are
// written for these tests as the papers print them (no sentence is taken from real articles or from the
// evaluation texts) and marked as shandong-pages.fixtures.ts's pages are. `genresEighth` was scored once
// before any change for it, then fixed by category.
import type { ShandongPage } from './shandong-pages.fixtures';

export const genresEighth: ShandongPage[] = [
  {
    paper: '济宁日报',
    marked:
      '[[济宁|prefecture|3708]]日报 {{2025年3月20日|date|2025-03-20}} 星期四\n第4版 县域经济 责任编辑 孟津 校对 颜河\n\n' +
      '[[金乡|county|370828]]大蒜“出海”忙\n\n本报记者 张蒜 通讯员 王集\n\n' +
      '走进[[金乡县|county|370828]][[鱼山街道|township|370828003]]的[[金乡|county|370828]]大蒜国际交易市场，装卸工人正把一袋袋蒜头装上集装箱卡车。“今天发往[[青岛|prefecture|3702]]港的有{{18个|count|18|个}}货柜，下周到[[越南|foreign]]和[[马来西亚|foreign]]。”一家出口企业的负责人说。\n' +
      '据市场监测，{{3月中旬|date|2025-03}}，{{5.5厘米|quantity|5.5|cm}}规格的混级蒜收购价每斤{{3.15元|money|3.15|CNY}}，比{{2月初|date|2025-02}}上涨{{0.4元|money|0.4|CNY}}，比去年同期低{{12.6%|percent|12.6|%}}。全县冷库储存大蒜约{{95万吨|quantity|950000|t}}，目前已出库{{58%|percent|58|%}}。\n' +
      '[[金乡县|county|370828]]大蒜种植面积常年稳定在{{70万亩|quantity|700000|mu}}左右，{{2024年|year|2024}}全县大蒜及制品出口到{{160多个|count|160|个}}国家和地区，出口额{{15.8亿元|money|1580000000|CNY}}。在[[兴隆镇|township|370828112]][[张楼村|village|370828112217]]，种植户李广田家种了{{23亩|quantity|23|mu}}大蒜，“去年亩产蒜头{{2600斤|quantity|2600|jin}}，蒜薹还能卖{{1500元|money|1500|CNY}}一亩”。\n' +
      '[[卜集镇|township|370828111]][[夏庄村|village|370828111220]]的黑蒜加工厂里，{{12条|count|12|条}}发酵生产线满负荷运转，黑蒜每公斤售价{{60元|money|60|CNY}}，是鲜蒜的{{8倍|ratio|8|x}}。[[化雨镇|township|370828110]]新建的{{3座|count|3|座}}气调冷库{{4月底|date|2025-04}}投用，新增储量{{2.4万吨|quantity|24000|t}}。',
  },
  {
    paper: '潍坊日报',
    marked:
      '[[潍坊|prefecture|3707]]日报 {{2025年1月16日|date|2025-01-16}} 星期四\n第3版 县市区 责任编辑 刘潍 校对 孙鸢\n\n' +
      '[[安丘|county|370784]]生姜俏销{{40多个|count|40|个}}国家和地区\n\n本报通讯员 马姜 记者 韩丘\n\n' +
      '{{1月14日|date|2025-01-14}}一早，[[安丘市|county|370784]][[大盛镇|township|370784107]][[前大盛村|village|370784107201]]的姜窖旁，{{16辆|count|16|辆}}货车排起长队。村民尹家福打开{{8米|quantity|8|m}}深的姜井，一筐筐带着泥土的大姜被吊上来。“今年每斤地头价{{2.6元|money|2.6|CNY}}，我家{{15亩|quantity|15|mu}}姜能卖{{30万元|money|300000|CNY}}出头。”\n' +
      '[[安丘|county|370784]]是全国知名的生姜产区，全市生姜种植面积{{22万亩|quantity|220000|mu}}，年产量{{130万吨|quantity|1300000|t}}，其中{{70%|percent|70|%}}以上用于出口。[[石埠子镇|township|370784111]][[庵上村|village|370784111251]]的加工企业每天清洗、分拣生姜{{300吨|quantity|300|t}}，经[[青岛|prefecture|3702]]港运往[[日本|foreign]]、[[荷兰|foreign]]和[[沙特阿拉伯|foreign]]。\n' +
      '{{2024年|year|2024}}，[[安丘市|county|370784]]农产品出口额达{{96.3亿元|money|9630000000|CNY}}，同比增长{{7.9%|percent|7.9|%}}。在[[景芝镇|township|370784100]]，新建的生姜冷链物流中心占地{{120亩|quantity|120|mu}}，可储存鲜姜{{5万吨|quantity|50000|t}}。',
  },
  {
    paper: '日照日报',
    marked:
      '[[日照|prefecture|3711]]日报 {{2025年5月27日|date|2025-05-27}} 星期二\n第2版 区县新闻 责任编辑 丁港 校对 秦岚\n\n' +
      '[[岚山区|county|371103]]：大棚蓝莓抢“鲜”上市\n\n本报记者 许莓 通讯员 厉果\n\n' +
      '眼下，[[岚山区|county|371103]][[巨峰镇|township|371103102]][[后黄埠村|village|371103102222]]的蓝莓大棚里，果农正忙着采摘、分拣、装箱。“这一茬冷棚蓝莓每斤卖{{25至30元|money|25~30|CNY}}，比露天的早上市{{20多天|duration|20|day}}。”合作社理事长厉建华说，合作社流转土地{{460亩|quantity|460|mu}}，建有冷棚{{86个|count|86|个}}，带动周边{{130多户|count|130|户}}农户增收。\n' +
      '目前，全区蓝莓种植面积{{3.2万亩|quantity|32000|mu}}，{{2024年|year|2024}}产量{{2.1万吨|quantity|21000|t}}，产值{{12亿元|money|1200000000|CNY}}。[[中楼镇|township|371103108]][[中楼新村|village|371103108276]]新建的分选中心配备{{4条|count|4|条}}智能分选线，每小时可分选鲜果{{3吨|quantity|3|t}}，产品通过冷链{{24小时|duration|24|h}}内送达[[上海|province|31]]、[[杭州|prefecture|3301]]等城市。[[碑廓镇|township|371103100]]的{{2000亩|quantity|2000|mu}}蓝莓基地今年将首次挂果。',
  },
  {
    paper: '齐鲁晚报',
    marked:
      'A05 [[齐鲁|region]]晚报\n{{2025年3月28日|date|2025-03-28}} 星期五\n城事 编辑 高泉 组版 刘明\n\n' +
      '泉马开跑 这些路段将临时交通管制\n\n记者 孙跑 通讯员 李警\n\n' +
      '{{3月30日|date|2025-03-30}}，[[济南|prefecture|3701]][[泉城|prefecture|3701]]马拉松将鸣枪开跑，全程、半程和健康跑共有{{3万名|count|30000|名}}选手参赛。[[济南市|prefecture|3701]]公安局交警支队发布通告，比赛当天6时至13时，起点[[泉城|prefecture|3701]]广场周边的[[泺源大街|landmark]]、[[趵突泉南路|landmark]]实行全封闭管制；7时30分至11时30分，[[经十路|landmark]]（[[舜耕路|landmark]]至[[奥体中路|landmark]]段）由东向西方向禁止机动车通行。\n' +
      '赛道途经[[大明湖|natural]]、[[千佛山|natural]]等景点，终点设在[[济南|prefecture|3701]]奥体中心西门。交警部门将在沿线设置{{42处|count|42|处}}交通管制点，投入警力{{1800余人|count|1800|人}}。比赛期间，公交{{37条|count|37|条}}线路临时绕行，[[历下区|county|370102]]、[[市中区|county|370103]]的{{11所|count|11|所}}学校周边将增派警力。交警提醒，市民可提前{{30分钟|duration|30|min}}出行。',
  },
  {
    paper: '德州日报',
    marked:
      '[[德州|prefecture|3714]]日报 {{2025年6月10日|date|2025-06-10}} 星期二\n第2版 县区新闻 责任编辑 吕麦 校对 田丰\n\n' +
      '[[齐河|county|371425]]：{{110万亩|quantity|1100000|mu}}小麦收获进度过半\n\n本报记者 庞收 通讯员 魏仓\n\n' +
      '{{6月9日|date|2025-06-09}}，在[[齐河县|county|371425]][[刘桥镇|township|371425111]][[焦集村|village|371425111221]]的麦田里，{{6台|count|6|台}}联合收割机来回穿梭，金黄的麦粒被卸进运粮车。种粮大户焦庆山今年种了{{860亩|quantity|860|mu}}小麦，“实打实测，亩产{{1320斤|quantity|1320|jin}}，比去年多了{{50多斤|quantity|50|jin}}。”\n' +
      '今年，[[齐河县|county|371425]]小麦种植面积{{110万亩|quantity|1100000|mu}}，投入联合收割机{{2600余台|count|2600|台}}、烘干机{{180台|count|180|台}}。截至{{6月9日|date|2025-06-09}}，全县已收获小麦{{62万亩|quantity|620000|mu}}，占总面积的{{56.4%|percent|56.4|%}}。[[表白寺镇|township|371425101]]设立了{{5个|count|5|个}}农机服务站，为跨区作业机手提供免费加油、维修。\n' +
      '在[[焦庙镇|township|371425102]]的粮食收储点，新麦收购价每斤{{1.18元|money|1.18|CNY}}，水分不超过{{13%|percent|13|%}}。[[齐河|county|371425]]“吨半粮”核心区今年有望实现全年粮食亩产{{3000斤|quantity|3000|jin}}。',
  },
  {
    paper: '东营日报',
    marked:
      '[[东营|prefecture|3705]]日报 {{2025年2月11日|date|2025-02-11}} 星期二\n第3版 民生 责任编辑 盛利 校对 黄岸\n\n' +
      '“春风行动”招聘会送岗{{8600余个|count|8600|个}}\n\n本报记者 程聘 通讯员 田才\n\n' +
      '{{2月10日|date|2025-02-10}}，[[东营区|county|370502]]{{2025年|year|2025}}“春风行动”大型招聘会在[[东营|prefecture|3705]]人力资源市场举行，{{236家|count|236|家}}企业提供就业岗位{{8600余个|count|8600|个}}，涉及石油装备、化工、电商等{{12个|count|12|个}}行业。现场，一家石油装备企业招聘焊工、电工{{45名|count|45|名}}，月薪{{6000至9000元|money|6000~9000|CNY}}。“今年新增{{两条|count|2|条}}生产线，用工缺口比去年大。”企业人事经理说。\n' +
      '[[文汇街道|township|370502001]]、[[辛店街道|township|370502004]]和[[牛庄镇|township|370502102]]、[[六户镇|township|370502103]]设立分会场，为农村劳动力提供“家门口”就业岗位{{1200个|count|1200|个}}。招聘会当天共有{{5800余人|count|5800|人}}进场求职，初步达成就业意向{{1630人|count|1630|人}}，其中高校毕业生{{420人|count|420|人}}。\n' +
      '据介绍，{{2024年|year|2024}}[[东营区|county|370502]]城镇新增就业{{1.26万人|count|12600|人}}，发放创业担保贷款{{2.3亿元|money|230000000|CNY}}。',
  },
  {
    paper: '菏泽日报',
    marked:
      '[[菏泽|prefecture|3717]]日报 {{2025年4月22日|date|2025-04-22}} 星期二\n第3版 县区 责任编辑 孔鄄 校对 曹州\n\n' +
      '[[鄄城|county|371726]]发制品“织”出{{百亿级|money|10000000000|CNY}}产业\n\n本报记者 冯发 通讯员 吴丝\n\n' +
      '在[[鄄城县|county|371726]][[旧城镇|township|371726103]][[七里庙村|village|371726103224]]的假发加工车间，{{30多名|count|30|名}}女工正在钩织头套。“一顶手钩全头套要{{5天|duration|5|day}}才能完成，出口价{{200美元|money|200|USD}}左右。”车间负责人吴兰芝说。\n' +
      '[[鄄城|county|371726]]发制品产业已有{{40多年|duration|40|year}}历史，全县现有发制品企业{{1400余家|count|1400|家}}，从业人员{{15万人|count|150000|人}}，产品出口[[美国|foreign]]、[[尼日利亚|foreign]]等{{100多个|count|100|个}}国家和地区。{{2024年|year|2024}}全县发制品产值达{{186亿元|money|18600000000|CNY}}，跨境电商交易额{{32亿元|money|3200000000|CNY}}。\n' +
      '[[彭楼镇|township|371726109]][[舜城村|village|371726109240]]建起了发制品电商直播基地，{{60多个|count|60|个}}直播间每天发货{{3000多单|count|3000|单}}。[[什集镇|township|371726101]]的[[发制品产业园|landmark]]已入驻企业{{48家|count|48|家}}，总投资{{25亿元|money|2500000000|CNY}}。',
  },
  {
    paper: '淄博日报',
    marked:
      '[[淄博|prefecture|3703]]日报 {{2025年5月6日|date|2025-05-06}} 星期二\n第2版 综合新闻 责任编辑 齐烧 校对 孙炉\n\n' +
      '“五一”假期全市接待游客{{520.6万人次|count|5206000|人次}}\n\n本报记者 鲁串 通讯员 张炉\n\n' +
      '“五一”假期，[[淄博|prefecture|3703]]烧烤持续“火热”。记者从市文旅局获悉，{{5月1日至5日|date|2025-05-01~2025-05-05}}，全市接待游客{{520.6万人次|count|5206000|人次}}，同比增长{{9.3%|percent|9.3|%}}，实现旅游收入{{41.2亿元|money|4120000000|CNY}}。\n' +
      '在[[张店区|county|370303]]的[[八大局便民市场|landmark]]，每天客流量超过{{10万人次|count|100000|人次}}。[[淄博|prefecture|3703]]站假期共发送旅客{{38.7万人次|count|387000|人次}}，铁路部门加开临客{{16列|count|16|列}}。\n' +
      '[[周村|county|370306]]古商城、[[桓台县|county|370321]][[马踏湖|natural]]景区和[[博山区|county|370304]][[池上镇|township|370304112]]的民宿接待量均创新高，全市{{1200余家|count|1200|家}}民宿平均入住率达{{92%|percent|92|%}}。',
  },
];
