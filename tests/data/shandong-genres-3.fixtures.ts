// A fifth batch of Shandong pages, in genres and counties the earlier batches (shandong-genres.fixtures.ts,
// shandong-genres-2.fixtures.ts) do not cover: grain purchasing, a hailstorm and its crop insurance, red
// study tours, a county's water-quality report, the Yellow River floodplain's resettlement, a vegetable
// wholesale market's prices, a holiday's rural tourism, a heating season. The counties are new to the
// fixtures (夏津, 武城, 沂源, 蒙阴, 海阳, 东明, 莘县, 平度, 商河, 济阳), and the places are chosen where links go
// wrong: townships named alike in several counties (田庄乡 and 田庄镇, 马头镇, 城关街道, 沙河镇, 古城镇, 店子镇),
// a township named as its county (武城镇 in 武城县), townships written short (岱崮, 野店), a mountain and the
// township named after it (大泽山), rivers named as a street office (东村河, 东村街道), villages named alike
// (张庄村, 西街村, 老君堂村). They are written for these tests as the papers print them (no sentence is taken
// from real articles or from the evaluation texts) and marked as shandong-pages.fixtures.ts's pages are.
// `genresFifth` was scored once before any change for it, then fixed by category.
import type { ShandongPage } from './shandong-pages.fixtures';

export const genresFifth: ShandongPage[] = [
  {
    paper: '德州晚报',
    marked:
      '[[德州|prefecture|3714]]晚报 {{2024年10月16日|date|2024-10-16}} 星期三\nA04 县域 编辑 郭棉 校对 孙椹\n\n' +
      '秋粮收购“不打烊” 售粮农民少跑腿\n\n记者 马仓 通讯员 宋粒\n\n' +
      '{{10月15日|date|2024-10-15}}，在[[夏津县|county|371427]][[香赵庄镇|township|371427108]]的一处粮食收储点，前来售粮的农用车排起了长队。[[香赵庄村|village|371427108238]]村民王春田拉来的{{4吨|quantity|4|t}}玉米，检斤、化验、结算不到{{20分钟|duration|20|min}}，每斤收购价{{1.12元|money|1.12|CNY}}。\n' +
      '今年[[夏津|county|371427]]玉米种植面积{{62.5万亩|quantity|625000|mu}}，平均亩产{{610公斤|quantity|610|kg}}。县里在[[苏留庄镇|township|371427101]]、[[田庄乡|township|371427204]]、[[雷集镇|township|371427103]]等乡镇设立收购网点{{27个|count|27|个}}，日收购能力达到{{1.8万吨|quantity|18000|t}}。' +
      '[[田庄乡|township|371427204]][[八方塔村|village|371427204235]]种粮大户李长河流转土地{{300多亩|quantity|300|mu}}，他说，粮库派车到地头收粮，每吨能省下运费{{40元|money|40|CNY}}。\n' +
      '相邻的[[武城县|county|371428]]同样抓紧秋粮收购。[[老城镇|township|371428101]]的粮食储备库今年新建烘干塔{{2座|count|2|座}}，日烘干能力{{600吨|quantity|600|t}}；' +
      '[[四女寺镇|township|371428107]]、[[武城镇|township|371428100]]的收购点实行“预约售粮”，农民在手机上预约，到库平均等候时间缩短到{{30分钟|duration|30|min}}以内。\n' +
      '据市发展改革委统计，截至{{10月14日|date|2024-10-14}}，全市已收购新季玉米{{86.4万吨|quantity|864000|t}}，同比增加{{11.2万吨|quantity|112000|t}}。',
  },
  {
    paper: '鲁中晨报',
    marked:
      '[[鲁中|region]]晨报 {{2024年6月24日|date|2024-06-24}} 星期一\nA07 区县 编辑 翟苹 组版 石桃\n\n' +
      '冰雹过后 保险理赔跑在前面\n\n记者 邵果 通讯员 唐园\n\n' +
      '{{6月20日|date|2024-06-20}}傍晚，[[沂源县|county|370323]][[中庄镇|township|370323107]]、[[燕崖镇|township|370323109]]等地突降冰雹，持续约{{15分钟|duration|15|min}}，最大冰雹直径{{2厘米|quantity|2|cm}}。' +
      '[[中庄镇|township|370323107]][[张庄村|village|370323107240]]果农刘全喜家{{12亩|quantity|12|mu}}苹果园受灾，幼果表面布满了雹伤。\n' +
      '灾情发生后，县农业农村局和承保公司组织{{46名|count|46|名}}查勘人员分成{{12个|count|12|个}}小组进村入户。截至{{6月23日|date|2024-06-23}}，已查勘受灾果园{{1.3万亩|quantity|13000|mu}}，涉及农户{{2860户|count|2860|户}}，预计赔付{{1100万元|money|11000000|CNY}}左右。\n' +
      '[[燕崖镇|township|370323109]][[牛郎村|village|370323109234]]的苹果种植户今年全部参加了政策性苹果保险，每亩保费{{60元|money|60|CNY}}，其中农户只需承担{{20%|percent|20|%}}。[[东里镇|township|370323103]]、[[西里镇|township|370323105]]的果农也已陆续拿到预赔款。\n' +
      '[[沂源|county|370323]]是全国苹果生产重点县，全县苹果种植面积{{28万亩|quantity|280000|mu}}，年产量{{6亿斤|quantity|600000000|jin}}。今年全县政策性苹果保险承保面积达到{{15.6万亩|quantity|156000|mu}}，比{{2023年|year|2023}}增加{{3.2万亩|quantity|32000|mu}}。',
  },
  {
    paper: '临沂日报',
    marked:
      '[[临沂|prefecture|3713]]日报 {{2024年7月18日|date|2024-07-18}} 星期四\n第7版 文旅 责任编辑 公崮 校对 刘桃\n\n' +
      '暑期研学游 崮乡人气旺\n\n本报记者 张峪 通讯员 秦晓\n\n' +
      '暑假开始后，[[蒙阴县|county|371328]][[岱崮镇|township|371328102]]迎来研学旅行高峰。{{7月16日|date|2024-07-16}}，来自[[济南|prefecture|3701]]、[[青岛|prefecture|3702]]的{{300多名|count|300|名}}中小学生走进[[笊篱坪村|village|371328102217]]，在战斗旧址听老党员讲述当年的故事。\n' +
      '[[岱崮镇|township|371328102]]境内有海拔{{600米|quantity|600|m}}以上的崮{{30座|count|30|座}}。镇里把{{12处|count|12|处}}红色遗址串成{{3条|count|3|条}}研学线路，配备讲解员{{28名|count|28|名}}。' +
      '今年{{1至6月|date|2024-01~2024-06}}，全镇接待研学团队{{420批次|count|420|批次}}、游客{{9.6万人次|count|96000|人次}}，带动村民户均增收{{8000元|money|8000|CNY}}。\n' +
      '在[[野店镇|township|371328106]][[烟庄村|village|371328106206]]，[[红嫂纪念馆|landmark]]今年改造提升后，日均接待游客{{1500人次|count|1500|人次}}，周末超过{{4000人次|count|4000|人次}}。村里开办农家乐{{23家|count|23|家}}，床位{{260张|count|260|张}}。\n' +
      '县文旅部门介绍，[[蒙阴|county|371328]]将在[[孟良崮|natural]]、[[岱崮|township|371328102]]、[[野店|township|371328106]]之间开通旅游专线，{{8月|date|2024-08}}起每天发车{{6班|count|6|班}}。',
  },
  {
    paper: '烟台日报',
    marked:
      '[[烟台|prefecture|3706]]日报 {{2024年8月9日|date|2024-08-09}} 星期五\n第4版 县市区 责任编辑 于澜 美编 刘汐\n\n' +
      '[[海阳|county|370687]]：河清岸绿入海来\n\n本报记者 孙涟 通讯员 姜汀\n\n' +
      '记者从[[海阳市|county|370687]]生态环境部门获悉，{{上半年|date|2024-H1}}，全市{{4个|count|4|个}}省控河流断面水质全部达标，优良比例{{100%|percent|100|%}}；近岸海域优良水质比例{{98.6%|percent|98.6|%}}，同比提高{{2.1个百分点|percent|2.1|pp}}。\n' +
      '[[纪疃河|natural]]流经[[小纪镇|township|370687107]]、[[郭城镇|township|370687104]]，是[[海阳|county|370687]]主要的饮用水源河流。在[[郭城镇|township|370687104]][[西古现村|village|370687104217]]，河道两岸新建生态护坡{{3.6公里|quantity|3.6|km}}，种植芦苇、菖蒲等水生植物{{4万平方米|quantity|40000|m2}}。\n' +
      '城区的[[东村街道|township|370687002]]沿[[东村河|natural]]建成{{5.2公里|quantity|5.2|km}}滨河绿道，河口湿地面积扩大到{{1200亩|quantity|1200|mu}}。' +
      '[[核电装备制造工业园区|devzone|370687404]]内企业全部完成污水管网改造，园区污水处理厂日处理能力{{2万吨|quantity|20000|t}}。\n' +
      '今年全市安排水环境治理项目{{17个|count|17|个}}，总投资{{3.4亿元|money|340000000|CNY}}，其中{{9个|count|9|个}}项目已经完工。',
  },
  {
    paper: '菏泽日报',
    marked:
      '[[菏泽|prefecture|3717]]日报 {{2024年9月26日|date|2024-09-26}} 星期四\n第3版 县区 责任编辑 黄堤 校对 李滩\n\n' +
      '滩区群众住上新社区\n\n本报记者 王堤 通讯员 翟新\n\n' +
      '初秋时节，[[东明县|county|371728]][[长兴集乡|township|371728204]]的新社区里，一排排楼房整齐排列。[[老君堂村|village|371728204207]]村民张玉兰{{2022年|year|2022}}搬进了{{120平方米|quantity|120|m2}}的新房，她说：“以前在滩里住，一到汛期就提心吊胆。”\n' +
      '[[东明县|county|371728]]地处[[黄河|natural]]下游，滩区面积{{323平方公里|quantity|323|km2}}，涉及[[长兴集乡|township|371728204]]、[[焦园乡|township|371728205]]、[[沙窝镇|township|371728109]]、[[菜园集镇|township|371728108]]、[[马头镇|township|371728104]]等{{7个|count|7|个}}乡镇。' +
      '近年来，全县共建设村台社区{{24个|count|24|个}}、外迁社区{{5个|count|5|个}}，{{12.6万名|count|126000|名}}滩区群众告别了“水窝子”。\n' +
      '[[焦园乡|township|371728205]]的村台社区上，[[王夹堤村|village|371728205217]]、[[黄夹堤村|village|371728205210]]等{{6个|count|6|个}}村的{{1800多户|count|1800|户}}群众集中居住，社区配建了幼儿园、卫生室和{{2处|count|2|处}}就业车间，吸纳{{300余人|count|300|人}}就近就业，人均月收入{{2600元|money|2600|CNY}}。\n' +
      '在县城[[城关街道|township|371728001]]，外迁社区安置了[[马头镇|township|371728104]][[夹堤王村|village|371728104207]]等村的群众{{900多户|count|900|户}}。',
  },
  {
    paper: '聊城日报',
    marked:
      '[[聊城|prefecture|3715]]日报 {{2024年12月3日|date|2024-12-03}} 星期二\n第5版 三农 责任编辑 吕菜 校对 赵瓜\n\n' +
      '[[莘县|county|371522]]蔬菜市场：冬菜上市 价格平稳\n\n本报记者 朱批 通讯员 燕发\n\n' +
      '{{12月2日|date|2024-12-02}}凌晨4点多，[[莘县|county|371522]][[燕店镇|township|371522109]]的蔬菜批发市场已是一片繁忙。当天，市场交易蔬菜{{2300吨|quantity|2300|t}}，其中黄瓜每斤批发价{{1.6元|money|1.6|CNY}}，比上周上涨{{0.2元|money|0.2|CNY}}；西红柿每斤{{2.3元|money|2.3|CNY}}，辣椒每斤{{3元至3.5元|money|3~3.5|CNY}}。\n' +
      '[[莘县|county|371522]]蔬菜种植面积{{100万亩|quantity|1000000|mu}}以上，冬暖式大棚{{8万多个|count|80000|个}}。[[河店镇|township|371522113]][[后柴庄村|village|371522113211]]的{{62个|count|62|个}}大棚今年种上了水果黄瓜，每个棚纯收入{{5万元|money|50000|CNY}}左右。\n' +
      '[[古城镇|township|371522104]]的香瓜经过{{20多年|duration|20|year}}发展，种植面积达到{{5.5万亩|quantity|55000|mu}}；[[朝城镇|township|371522102]]、[[董杜庄镇|township|371522110]]以胡萝卜、大葱为主。' +
      '县里在[[燕塔街道|township|371522001]]新建的冷链物流中心冷藏能力{{3万吨|quantity|30000|t}}，蔬菜可直发[[北京|province|11]]、[[上海|province|31]]等地，从[[莘县|county|371522]]到[[北京|province|11]]新发地市场只需{{6个小时|duration|6|h}}。',
  },
  {
    paper: '青岛日报',
    marked:
      '[[青岛|prefecture|3702]]日报 {{2024年10月8日|date|2024-10-08}} 星期二\n第8版 区市 责任编辑 刘葡 美编 王萄\n\n' +
      '国庆假期[[平度|county|370283]]乡村游火热\n\n本报记者 于山 通讯员 崔泽\n\n' +
      '国庆假期，[[平度市|county|370283]]共接待游客{{86.5万人次|count|865000|人次}}，实现旅游收入{{4.3亿元|money|430000000|CNY}}，同比分别增长{{9.8%|percent|9.8|%}}和{{12.4%|percent|12.4|%}}。\n' +
      '[[大泽山镇|township|370283120]]正值葡萄采摘季，{{2.2万亩|quantity|22000|mu}}葡萄园吸引了大批游客。[[岳石村|village|370283120281]]的采摘园里，玫瑰香葡萄每斤{{15元|money|15|CNY}}，游客一天最多时超过{{3000人|count|3000|人}}。' +
      '登上[[大泽山|natural]]的游客在山顶就能望见成片的葡萄园，[[大泽山|natural]]景区假期接待游客{{6.2万人次|count|62000|人次}}。\n' +
      '[[店子镇|township|370283119]][[茶山村|village|370283119222]]举办的农民丰收节上，{{40多个|count|40|个}}摊位售卖花生、地瓜和手工馒头；[[田庄镇|township|370283113]]的乡村民宿假期{{7天|duration|7|day}}入住率达到{{92%|percent|92|%}}。\n' +
      '[[平度|county|370283]][[经济开发区|devzone|370283400]]的{{3家|count|3|家}}工业旅游点也吸引了不少亲子游客。假期全市{{11个|count|11|个}}乡村旅游重点村共接待游客{{31万人次|count|310000|人次}}。',
  },
  {
    paper: '济南日报',
    marked:
      '[[济南|prefecture|3701]]日报 {{2024年11月13日|date|2024-11-13}} 星期三\nA7 区县 责任编辑 许暖 校对 韩炉\n\n' +
      '[[商河|county|370126]][[济阳|county|370115]]：供暖季提前热起来\n\n本报记者 孙热 通讯员 白管\n\n' +
      '{{11月12日|date|2024-11-12}}，[[商河县|county|370126]]热力公司的调度中心里，大屏幕上实时显示着全县{{186个|count|186|个}}换热站的运行数据。今年[[商河|county|370126]]县城集中供暖面积达到{{860万平方米|quantity|8600000|m2}}，比去年增加{{45万平方米|quantity|450000|m2}}，居民供暖价格每平方米{{22.5元|money|22.5|CNY}}。\n' +
      '在[[沙河镇|township|370126111]]，镇驻地的{{3个|count|3|个}}小区今年首次接入集中供暖，{{620户|count|620|户}}居民告别了自家烧锅炉。[[白桥镇|township|370126108]][[白桥村|village|370126108245]]的{{140户|count|140|户}}村民完成了“煤改电”，每户每年补贴电费{{600元|money|600|CNY}}。\n' +
      '[[济阳区|county|370115]]{{11月10日|date|2024-11-10}}起开始试供暖，比往年提前{{5天|duration|5|day}}。[[济北街道|township|370115002]]、[[崔寨街道|township|370115003]]的新建小区全部纳入供暖范围，全区供暖面积{{1560万平方米|quantity|15600000|m2}}。' +
      '[[仁风镇|township|370115104]][[西街村|village|370115104224]]的{{210户|count|210|户}}村民用上了生物质清洁取暖炉，室内温度不低于{{18℃|quantity|18|C}}。',
  },
];
