// A fifteenth batch of Shandong pages, written after the fourteenth batch's fixes (shandong-genres-11.fixtures.ts)
// in genres no batch has: a county's new substation and the grid's summer load, a chemical-accident rescue drill,
// a city's teacher recruitment, blood donors' day, the forest fire season in the mountains south of a city, a
// city's housing provident fund report, a county's village football league and a district's rural reading rooms.
// The places are chosen where spans and links go wrong: a mountain and the township named after it (碣石山,
// 碣石山镇), a township named like a county elsewhere (河口 of 河口区 beside Yunnan's 河口), townships whose names many
// counties share (马头镇, 李村镇 beside 青岛's 李村), a blood station named with its city before 中心 (菏泽市中心血站, no
// 市中), a county of one character before 县 (单县, 冠县), a region opening a paper's name (鲁中晨报), an observance's
// ordinal (第二十三个世界献血者日, no figure), a memorial named after a person. Written for these tests as the papers
// print them (no sentence is taken from real articles or from the evaluation texts) and marked as
// shandong-pages.fixtures.ts's pages are, before any run. `genresFifteenth` was scored once, blind: place F1 0.986,
// link 1.000, figure F1 0.959, value 1.000 (no mark put right); 0.993 / 1.000 / 1.000 / 1.000 after the fixes.
import type { ShandongPage } from './shandong-pages.fixtures';

export const genresFifteenth: ShandongPage[] = [
  {
    paper: '滨州日报',
    marked:
      '[[滨州|prefecture|3716]]日报 {{2026年6月24日|date|2026-06-24}} 星期三\n第2版 要闻 责任编辑 杜能 校对 孙亮\n\n' +
      '[[无棣|county|371623]]北部电网迎来“强心脏”\n\n本报记者 韩电 通讯员 冯网\n\n' +
      '{{6月22日|date|2026-06-22}}，位于[[无棣县|county|371623]][[碣石山镇|township|371623102]]的{{220千伏|quantity|220|kV}}变电站正式投运。该站新装主变压器{{2台|count|2|台}}，总容量{{36万千伏安|quantity|360000|kVA}}，新建线路{{46.8公里|quantity|46.8|km}}，总投资{{2.3亿元|money|230000000|CNY}}。\n' +
      '变电站投运后，可满足[[埕口镇|township|371623104]]、[[马山子镇|township|371623105]]等沿海乡镇的用电需求，[[马山子镇|township|371623105]]的{{30万千瓦|quantity|300000|kW}}光伏项目将通过该站并网。[[碣石山|natural]]脚下的[[大山西村|village|371623102202]]，{{120余户|count|120|户}}村民的冷库和大棚用电不再受限。\n' +
      '今年入夏以来，[[滨州|prefecture|3716]]电网最大负荷达到{{612万千瓦|quantity|6120000|kW}}，同比增长{{8.4%|percent|8.4|%}}。',
  },
  {
    paper: '东营日报',
    marked:
      '[[东营|prefecture|3705]]日报 {{2026年9月16日|date|2026-09-16}} 星期三\n第3版 应急 责任编辑 邵安 校对 程救\n\n' +
      '全市危化品事故应急救援演练举行\n\n本报记者 薛消 通讯员 任防\n\n' +
      '{{9月15日|date|2026-09-15}}，全市危险化学品事故应急救援演练在[[河口区|county|370503]][[仙河镇|township|370503101]]一家化工企业举行。演练模拟储罐区发生泄漏起火，[[河口|county|370503]]、[[垦利|county|370505]]、[[利津|county|370522]]等地{{12支|count|12|支}}救援队伍{{260余人|count|260|人}}、{{48台|count|48|台}}车辆参演，从接警到明火扑灭用时{{42分钟|duration|42|min}}。\n' +
      '[[东营市|prefecture|3705]]消防救援支队负责人介绍，今年以来，全市共排查化工企业{{386家|count|386|家}}，整改隐患{{2140项|count|2140|项}}，[[孤岛镇|township|370503102]]、[[义和镇|township|370503100]]新建微型消防站{{6个|count|6|个}}。',
  },
  {
    paper: '临沂日报',
    marked:
      '[[临沂|prefecture|3713]]日报 {{2026年3月10日|date|2026-03-10}} 星期二\n第4版 教育 责任编辑 师招 校对 聘文\n\n' +
      '今年我市公开招聘教师{{2860名|count|2860|名}}\n\n本报记者 邵教 通讯员 胡才\n\n' +
      '近日，[[临沂市|prefecture|3713]]教育局发布{{2026年|year|2026}}中小学教师招聘公告，全市计划招聘教师{{2860名|count|2860|名}}，比去年增加{{340名|count|340|名}}。其中[[兰山区|county|371302]]{{420名|count|420|名}}、[[沂南县|county|371321]]{{260名|count|260|名}}、[[郯城县|county|371322]]{{310名|count|310|名}}。\n' +
      '报名时间为{{3月16日至20日|date|2026-03-16~2026-03-20}}，笔试定于{{4月12日|date|2026-04-12}}举行，报考人员年龄一般在{{35周岁|other|35|岁}}以下。\n' +
      '[[沂南县|county|371321]]今年招聘的教师将重点充实[[马牧池乡|township|371321201]]、[[岸堤镇|township|371321101]]等山区乡镇学校，新招聘教师须在乡村学校服务满{{5年|duration|5|year}}。[[郯城县|county|371322]]对到[[马头镇|township|371322101]]、[[港上镇|township|371322107]]任教的新教师，每人每月发放生活补助{{600元至1200元|money|600~1200|CNY}}。',
  },
  {
    paper: '菏泽日报',
    marked:
      '[[菏泽|prefecture|3717]]日报 {{2026年6月15日|date|2026-06-15}} 星期一\n第5版 社会 责任编辑 郝血 校对 吕心\n\n' +
      '{{86名|count|86|名}}村民结伴献热血\n\n本报记者 田爱 通讯员 葛善\n\n' +
      '{{6月14日|date|2026-06-14}}是第二十三个世界献血者日。当天上午，[[牡丹区|county|371702]][[李村镇|township|371702107]]的{{86名|count|86|名}}村民结伴来到流动献血车前，献血总量达{{2.6万毫升|quantity|26000|ml}}。\n' +
      '据[[菏泽市|prefecture|3717]]中心血站介绍，{{1至5月|date|2026-01~2026-05}}，全市共有{{1.8万人次|count|18000|人次}}参加无偿献血，采集全血{{3.2万单位|quantity|32000|U}}，同比增长{{5.7%|percent|5.7|%}}。今年，血站在[[曹县|county|371721]]、[[单县|county|371722]]、[[郓城县|county|371725]]新设献血屋{{3个|count|3|个}}，全市献血屋达到{{17个|count|17|个}}。\n' +
      '连续献血超过{{20年|duration|20|year}}的市民，可凭献血证免费游览全市A级旅游景区。',
  },
  {
    paper: '济南日报',
    marked:
      '[[济南|prefecture|3701]]日报 {{2026年11月2日|date|2026-11-02}} 星期一\n第6版 城事 责任编辑 林防 校对 严火\n\n' +
      '森林防火紧要期开始 进山严禁携带火种\n\n本报记者 齐林 通讯员 宋护\n\n' +
      '{{11月1日|date|2026-11-01}}起，我市进入森林防火紧要期，至{{2027年5月31日|date|2027-05-31}}结束。[[历城区|county|370112]][[柳埠街道|township|370112019]]、[[西营街道|township|370112021]]等林区设立防火检查站{{136处|count|136|处}}，{{1200余名|count|1200|名}}护林员上岗值守。\n' +
      '在[[西营街道|township|370112021]][[积米峪村|village|370112021212]]，护林员每天巡山{{2次|count|2|次}}，对进山车辆和人员逐一登记。[[红叶谷|landmark]]、[[九如山|natural]]等景区在入口处设置火种收缴箱。\n' +
      '全市林地面积{{212万亩|quantity|2120000|mu}}，森林覆盖率{{19.6%|percent|19.6|%}}。林业部门提醒，野外违规用火的，最高可处{{3000元|money|3000|CNY}}罚款。',
  },
  {
    paper: '聊城日报',
    marked:
      '[[聊城|prefecture|3715]]日报 {{2026年1月28日|date|2026-01-28}} 星期三\n第2版 经济 责任编辑 公积 校对 金房\n\n' +
      '去年全市住房公积金缴存{{92.6亿元|money|9260000000|CNY}}\n\n本报记者 宁居 通讯员 常安\n\n' +
      '记者从[[聊城市|prefecture|3715]]住房公积金管理中心获悉，{{2025年|year|2025}}全市住房公积金缴存额{{92.6亿元|money|9260000000|CNY}}，同比增长{{6.3%|percent|6.3|%}}；提取额{{61.4亿元|money|6140000000|CNY}}；发放个人住房贷款{{5830笔|count|5830|笔}}、{{28.7亿元|money|2870000000|CNY}}。{{年末|date|2025-12}}缴存职工{{38.2万人|count|382000|人}}。\n' +
      '分县看，[[临清市|county|371581]]、[[茌平区|county|371503]]、[[阳谷县|county|371521]]缴存额均超过{{8亿元|money|800000000|CNY}}。\n' +
      '{{2026年|year|2026}}，中心将在[[冠县|county|371525]]、[[莘县|county|371522]]开通跨省通办业务，职工在[[河北|province|13]]、[[河南|province|41]]缴存的公积金可在本地办理转移接续。',
  },
  {
    paper: '潍坊日报',
    marked:
      '[[潍坊|prefecture|3707]]日报 {{2026年10月12日|date|2026-10-12}} 星期一\n第7版 体育 责任编辑 球乐 校对 门将\n\n' +
      '[[昌乐|county|370725]]乡村足球联赛决赛落幕\n\n本报记者 曹赛 通讯员 秦球\n\n' +
      '{{10月11日|date|2026-10-11}}晚，[[昌乐县|county|370725]]首届乡村足球联赛决赛在[[宝都街道|township|370725001]]体育场举行，[[营丘镇|township|370725116]][[三泉村|village|370725116269]]队通过点球大战战胜[[鄌郚镇|township|370725108]]队，夺得冠军。\n' +
      '本届联赛历时{{2个月|duration|2|month}}，共有来自全县{{8个|count|8|个}}镇街的{{32支|count|32|支}}村队参赛，进行比赛{{96场|count|96|场}}，吸引现场观众{{12万人次|count|120000|人次}}，带动周边餐饮消费{{860万元|money|8600000|CNY}}。' +
      '[[三泉村|village|370725116269]]队队长是一名{{46岁|other|46|岁}}的果农，他说：“白天摘苹果，晚上练球，全村老少都来加油。”',
  },
  {
    paper: '鲁中晨报',
    marked:
      '[[鲁中|region]]晨报 {{2026年4月23日|date|2026-04-23}} 星期四\n第9版 文化 责任编辑 书香 校对 墨林\n\n' +
      '[[淄川|county|370302]]城乡书房覆盖所有镇街\n\n本报记者 蒲读 通讯员 孟阅\n\n' +
      '{{4月23日|date|2026-04-23}}是世界读书日。当天，[[淄川区|county|370302]][[太河镇|township|370302117]][[同古坪村|village|370302117202]]的城乡书房开门迎客，{{30多名|count|30|名}}村民和学生在这里参加了读书分享会。\n' +
      '至此，[[淄川区|county|370302]]已建成城乡书房{{64家|count|64|家}}，覆盖全区{{13个|count|13|个}}镇街，藏书{{38万册|count|380000|册}}。[[般阳路街道|township|370302001]]的书房设在[[蒲松龄纪念馆|landmark]]旁，每周举办聊斋故事会。\n' +
      '{{1至3月|date|2026-01~2026-03}}，全区城乡书房接待读者{{21.5万人次|count|215000|人次}}，借阅图书{{9.3万册次|count|93000|册次}}。',
  },
];
