// A twelfth batch of Shandong pages, written after the eleventh batch's fixes (shandong-genres-8.fixtures.ts)
// in genres no batch has: a county's statistical communique, a city's budget report, a 微山湖 fishing village at
// the lake's opening, a 黄岛 fishing port's season, a new metro line's stations, a flood-season patrol on the
// Yellow River's dike, old residential blocks' renovation and a 沂蒙 mountain township's holiday tourism. The
// places are chosen where links go wrong: townships named alike elsewhere (南阳镇, 大店镇, 两城镇 beside 日照's
// 两城街道), villages of generic names (杨村, 北一村, 大马村), a township's short form before its port or a metro
// station (沙子口渔港, 洪家楼站, 彩石站), a village's name before its 险工 (李家岸险工, the place alone as GUIDELINES
// marks 北京大学 -> 北京), communities named after a street (胜利街社区, 文化路社区). Written for these tests as the
// papers print them (no sentence is taken from real articles or from the evaluation texts) and marked as
// shandong-pages.fixtures.ts's pages are, before any run. `genresTwelfth` was scored once, blind: place F1 0.933,
// link 0.951, figure F1 0.979, value 1.000; 0.933 / 0.951 / 0.997 / 0.994 with its marks put right (年末 and 上年末
// of a communique are dates, as the earlier batches mark them; 过亿元 a money tier); 0.967 / 0.976 / 1.000 / 1.000 after the fixes.
import type { ShandongPage } from './shandong-pages.fixtures';

export const genresTwelfth: ShandongPage[] = [
  {
    paper: '临沂日报',
    marked:
      '[[临沂|prefecture|3713]]日报 {{2026年3月20日|date|2026-03-20}} 星期五\n第6版 县区 责任编辑 庄统 校对 厉数\n\n' +
      '[[莒南县|county|371327]]{{2025年|year|2025}}国民经济和社会发展统计公报（摘要）\n\n[[莒南县|county|371327]]统计局\n\n' +
      '一、综合\n初步核算，{{2025年|year|2025}}全县实现地区生产总值{{486.3亿元|money|48630000000|CNY}}，按不变价格计算，比上年增长{{6.2%|percent|6.2|%}}。其中，第一产业增加值{{62.7亿元|money|6270000000|CNY}}，增长{{3.9%|percent|3.9|%}}；第二产业增加值{{178.4亿元|money|17840000000|CNY}}，增长{{7.1%|percent|7.1|%}}；第三产业增加值{{245.2亿元|money|24520000000|CNY}}，增长{{6.0%|percent|6|%}}。\n' +
      '{{年末|date|2025-12}}全县户籍总人口{{106.8万人|count|1068000|人}}，常住人口{{83.5万人|count|835000|人}}，常住人口城镇化率{{52.6%|percent|52.6|%}}，比{{上年末|date|2024-12}}提高{{1.1个百分点|percent|1.1|pp}}。\n' +
      '二、农业\n全年粮食播种面积{{128.6万亩|quantity|1286000|mu}}，总产量{{56.2万吨|quantity|562000|t}}，增长{{1.8%|percent|1.8|%}}。花生种植面积{{31.5万亩|quantity|315000|mu}}，[[大店镇|township|371327102]]、[[板泉镇|township|371327106]]等花生主产镇亩产超过{{300公斤|quantity|300|kg}}。{{年末|date|2025-12}}全县家庭农场{{1862家|count|1862|家}}，农民专业合作社{{2315家|count|2315|家}}。\n' +
      '三、工业和建筑业\n{{年末|date|2025-12}}全县规模以上工业企业{{318家|count|318|家}}，全年规模以上工业增加值增长{{8.4%|percent|8.4|%}}。[[十字路街道|township|371327001]]、[[相沟镇|township|371327117]]的木业、食品加工企业实现营业收入{{215.6亿元|money|21560000000|CNY}}。全县建筑业总产值{{96.7亿元|money|9670000000|CNY}}，增长{{5.3%|percent|5.3|%}}。\n' +
      '四、固定资产投资\n全年固定资产投资比上年增长{{9.6%|percent|9.6|%}}，其中工业投资增长{{14.2%|percent|14.2|%}}。全年实施过{{亿元|money|100000000|CNY}}项目{{87个|count|87|个}}，[[坪上镇|township|371327119]]的抽水蓄能电站项目完成投资{{12.3亿元|money|1230000000|CNY}}。\n' +
      '五、居民收入\n全年全县居民人均可支配收入{{26385元|money|26385|CNY}}，增长{{6.1%|percent|6.1|%}}。其中，城镇居民人均可支配收入{{37942元|money|37942|CNY}}，增长{{5.2%|percent|5.2|%}}；农村居民人均可支配收入{{19876元|money|19876|CNY}}，增长{{7.0%|percent|7|%}}。\n' +
      '六、教育和卫生\n{{年末|date|2025-12}}全县有各级各类学校{{213所|count|213|所}}，在校学生{{13.6万人|count|136000|人}}。医疗卫生机构{{826个|count|826|个}}，卫生技术人员{{6925人|count|6925|人}}。',
  },
  {
    paper: '聊城日报',
    marked:
      '[[聊城|prefecture|3715]]日报 {{2026年1月14日|date|2026-01-14}} 星期三\n第3版 要闻 责任编辑 宋财 校对 耿预\n\n' +
      '关于[[聊城市|prefecture|3715]]{{2025年|year|2025}}预算执行情况和{{2026年|year|2026}}预算草案的报告（摘要）\n\n' +
      '{{2025年|year|2025}}，全市一般公共预算收入完成{{212.6亿元|money|21260000000|CNY}}，为预算的{{101.3%|percent|101.3|%}}，增长{{4.1%|percent|4.1|%}}，其中税收收入{{151.8亿元|money|15180000000|CNY}}，占比{{71.4%|percent|71.4|%}}。一般公共预算支出{{468.9亿元|money|46890000000|CNY}}，增长{{2.6%|percent|2.6|%}}，民生支出占比保持在{{80%|percent|80|%}}以上。\n' +
      '分县（市、区）看，[[临清市|county|371581]]、[[茌平区|county|371503]]收入增幅居前，分别增长{{7.8%|percent|7.8|%}}和{{6.9%|percent|6.9|%}}；[[东阿县|county|371524]]、[[高唐县|county|371526]]税收占比超过{{75%|percent|75|%}}。[[聊城|prefecture|3715]][[高新区|devzone]]和[[江北水城旅游度假区|devzone]]全年分别完成收入{{8.6亿元|money|860000000|CNY}}和{{3.2亿元|money|320000000|CNY}}。\n' +
      '全年争取上级转移支付资金{{386.4亿元|money|38640000000|CNY}}，新增专项债券{{96.5亿元|money|9650000000|CNY}}，重点支持[[雄商高铁|landmark]][[聊城|prefecture|3715]]段、城市更新和农村供水保障等项目。\n' +
      '{{2026年|year|2026}}，全市一般公共预算收入预期增长{{4%|percent|4|%}}，安排支出{{452.3亿元|money|45230000000|CNY}}。市级安排教育支出{{18.7亿元|money|1870000000|CNY}}，新建、改扩建中小学和幼儿园{{26所|count|26|所}}；安排{{2.4亿元|money|240000000|CNY}}用于[[徒骇河|natural]]、[[马颊河|natural]]综合治理；安排城乡居民基本养老保险补助{{9.8亿元|money|980000000|CNY}}，基础养老金最低标准每人每月提高{{20元|money|20|CNY}}。' +
      '[[阳谷县|county|371521]]、[[莘县|county|371522]]、[[冠县|county|371525]]的{{12个|count|12|个}}乡镇列入财力薄弱乡镇，市级每年给予补助{{3000万元|money|30000000|CNY}}。',
  },
  {
    paper: '济宁日报',
    marked:
      '[[济宁|prefecture|3708]]日报 {{2026年9月18日|date|2026-09-18}} 星期五\n第5版 县域 责任编辑 殷湖 校对 孔渔\n\n' +
      '[[微山湖|natural]]开湖 渔村迎来丰收季\n\n本报记者 颜荷 通讯员 张芦\n\n' +
      '{{9月16日|date|2026-09-16}}，[[南四湖|natural]]结束{{4个多月|duration|4|month}}的休渔期，[[微山县|county|370826]]{{3200余条|count|3200|条}}渔船驶出港湾。在[[微山岛镇|township|370826111]][[杨村|village|370826111201]]码头，渔民殷宪海一早收网，捕到鲤鱼、鳜鱼、青虾{{120多斤|quantity|120|jin}}。“今年水好，一网比去年多收{{二三十斤|quantity|20~30|jin}}。”\n' +
      '[[南阳镇|township|370826103]]是[[京杭大运河|natural]]穿湖而过的古镇，全镇{{9个|count|9|个}}行政村中有{{6个|count|6|个}}是渔村。镇上的[[北一村|village|370826103201]]、[[北二村|village|370826103202]]发展渔家乐{{46家|count|46|家}}，开湖节期间每天接待游客{{5000多人次|count|5000|人次}}。\n' +
      '[[高楼乡|township|370826206]][[小闸村|village|370826206201]]把湖区{{1.2万亩|quantity|12000|mu}}芦苇荡和荷塘打造成湿地景区，今年以来接待游客{{18万人次|count|180000|人次}}，村集体增收{{65万元|money|650000|CNY}}。[[两城镇|township|370826107]]的河蟹养殖基地也进入捕捞季，{{800亩|quantity|800|mu}}蟹塘亩产{{150公斤|quantity|150|kg}}左右。\n' +
      '据县渔业部门介绍，全县水产品年产量约{{11万吨|quantity|110000|t}}，渔业产值{{46亿元|money|4600000000|CNY}}。',
  },
  {
    paper: '青岛日报',
    marked:
      '[[青岛|prefecture|3702]]日报 {{2026年9月3日|date|2026-09-03}} 星期四\n第6版 区市 责任编辑 丁港 校对 薛帆\n\n' +
      '开海了！[[琅琊镇|township|370211102]]渔港千帆竞发\n\n本报记者 臧海 通讯员 王澜\n\n' +
      '{{9月1日|date|2026-09-01}}12时，[[黄海|natural]]伏季休渔期结束，[[黄岛区|county|370211]][[琅琊镇|township|370211102]]的渔港里，{{300多艘|count|300|艘}}渔船鸣笛出海。“歇了{{4个月|duration|4|month}}，船和网都拾掇好了。”[[古港村|village|370211102271]]船老大王德江说，这一趟出海要{{5天|duration|5|day}}，主要捕捞鲅鱼、鲐鱼和梭子蟹。\n' +
      '{{9月2日|date|2026-09-02}}凌晨，首批渔船陆续回港。在[[斋堂岛村|village|370211102253]]的码头上，鲜活的梭子蟹每斤卖到{{60元|money|60|CNY}}，鲅鱼每斤{{18元|money|18|CNY}}左右。[[望龙台村|village|370211102272]]的{{20多家|count|20|家}}渔家宴饭店同日开张。\n' +
      '[[黄岛区|county|370211]]是[[青岛|prefecture|3702]]的渔业大区，拥有渔船{{1480艘|count|1480|艘}}、渔港{{12座|count|12|座}}。[[即墨区|county|370215]][[田横镇|township|370215100]]、[[崂山区|county|370212]][[沙子口|township|370212002]]渔港也同日开海，全市首日出海渔船超过{{2000艘|count|2000|艘}}。\n' +
      '据测算，今年全区海洋捕捞产量预计{{8.6万吨|quantity|86000|t}}，产值{{15亿元|money|1500000000|CNY}}。',
  },
  {
    paper: '济南日报',
    marked:
      '[[济南|prefecture|3701]]日报 {{2026年11月28日|date|2026-11-28}} 星期六\n第2版 要闻 责任编辑 舜轨 校对 泉通\n\n' +
      '地铁6号线一期今日开通 串起东部城区\n\n本报记者 鲍捷 通讯员 路畅\n\n' +
      '{{11月28日|date|2026-11-28}}上午，[[济南|prefecture|3701]]地铁6号线一期工程开通初期运营。线路西起[[山大路|landmark]]站，东至[[彩石|township|370112017]]站，全长{{22.6公里|quantity|22.6|km}}，设车站{{15座|count|15|座}}，全部为地下站。\n' +
      '沿线依次设[[山大路|landmark]]站、[[洪家楼|township|370112002]]站、[[花园路|landmark]]站、[[奥体中心|landmark]]站、[[港沟|township|370112013]]站、[[彩石|township|370112017]]站等，其中[[山大路|landmark]]站可与地铁3号线换乘，[[奥体中心|landmark]]站可与地铁4号线换乘。线路沿[[经十东路|landmark]]、[[旅游路|landmark]]敷设。\n' +
      '列车采用{{6节|count|6|节}}编组，最高运行速度{{100公里/小时|quantity|100|km/h}}，高峰时段行车间隔{{6分钟|duration|6|min}}。票价起步{{2元|money|2|CNY}}，可乘坐{{6公里|quantity|6|km}}。\n' +
      '开通后，从[[历下区|county|370102]][[燕山街道|township|370102010]]到[[历城区|county|370112]][[彩石街道|township|370112017]]只需{{35分钟|duration|35|min}}，比乘坐公交节省近{{1小时|duration|1|h}}。',
  },
  {
    paper: '德州日报',
    marked:
      '[[德州|prefecture|3714]]日报 {{2026年7月22日|date|2026-07-22}} 星期三\n第3版 县域 责任编辑 齐堤 校对 晏汛\n\n' +
      '[[齐河|county|371425]]：{{63公里|quantity|63|km}}[[黄河|natural]]大堤昼夜有人守\n\n本报记者 岸青 通讯员 邱防\n\n' +
      '入汛以来，[[黄河|natural]][[齐河|county|371425]]段流量持续上涨。{{7月20日|date|2026-07-20}}，[[泺口|township|370105015]]水文站流量达到{{3850立方米每秒|quantity|3850|m3/s}}，为今年以来最大。\n' +
      '[[齐河县|county|371425]]境内[[黄河|natural]]大堤长{{63公里|quantity|63|km}}，有险工{{8处|count|8|处}}、控导工程{{6处|count|6|处}}。县里组织{{1600余名|count|1600|名}}群防队员，分{{42个|count|42|个}}责任段巡堤查险，每段每班{{2人|count|2|人}}，每{{2小时|duration|2|h}}巡查一遍。\n' +
      '在[[祝阿镇|township|371425104]][[李家岸|village|371425104316]]险工，护堤员孙长海打着手电沿坝顶走过，逐一查看坝垛根石。“水涨到坝根了，根石有没有走失，得一块一块看。”[[席道口村|village|371425104291]]的{{12名|count|12|名}}党员也编入巡查队。\n' +
      '[[华店镇|township|371425110]]的[[大马村|village|371425110205]]、[[张桥村|village|371425110241]]位于滩区，镇里提前备好转移车辆{{45辆|count|45|辆}}，确定安置点{{3处|count|3|处}}。\n' +
      '目前，全县储备块石{{4.8万立方米|quantity|48000|m3}}、编织袋{{30万条|count|300000|条}}、铅丝笼{{2000个|count|2000|个}}。据预报，未来{{3天|duration|3|day}}[[黄河|natural]][[齐河|county|371425]]段仍将维持{{3000立方米每秒|quantity|3000|m3/s}}左右的流量。',
  },
  {
    paper: '潍坊日报',
    marked:
      '[[潍坊|prefecture|3707]]日报 {{2026年6月10日|date|2026-06-10}} 星期三\n第4版 城事 责任编辑 鸢改 校对 虞居\n\n' +
      '[[奎文区|county|370705]]{{46个|count|46|个}}老旧小区改造全面开工\n\n本报记者 孙筝 通讯员 于楼\n\n' +
      '今年，[[奎文区|county|370705]]计划改造老旧小区{{46个|count|46|个}}，涉及居民{{1.2万户|count|12000|户}}、楼栋{{318栋|count|318|栋}}，总投资{{3.6亿元|money|360000000|CNY}}。目前已全部开工，计划{{10月底|date|2026-10}}前完工。\n' +
      '在[[东关街道|township|370705001]][[胜利街社区|village|370705001024]]的[[卧龙小区|landmark]]，施工人员正在更换老化的雨污管道。这个小区建于{{1992年|year|1992}}，共有{{14栋|count|14|栋}}楼、{{520户|count|520|户}}居民。\n' +
      '[[广文街道|township|370705007]][[文化路社区|village|370705007008]]的{{3个|count|3|个}}小区今年加装电梯{{12部|count|12|部}}，每部电梯政府补贴{{15万元|money|150000|CNY}}。[[梨园街道|township|370705003]][[樱园社区|village|370705003003]]把小区里闲置的锅炉房改成了{{200平方米|quantity|200|m2}}的老年食堂。\n' +
      '与此同时，市区沿[[胜利东街|landmark]]、[[鸢飞路|landmark]]的{{8个|count|8|个}}小区实施外墙保温改造，改造完成后每户每年可节省取暖费用约{{600元|money|600|CNY}}。[[中学街社区|village|370705001001]]居民代表说，改造方案前后征求了{{3轮|count|3|轮}}意见。',
  },
  {
    paper: '蒙阴县融媒体中心',
    marked:
      '[[蒙阴县|county|371328]]融媒体中心 {{2026年10月8日|date|2026-10-08}}\n\n' +
      '[[岱崮镇|township|371328102]]：山村国庆假期游人如织\n\n' +
      '国庆假期，[[沂蒙|region]]山区的[[岱崮镇|township|371328102]]迎来客流高峰。{{10月1日至7日|date|2026-10-01~2026-10-07}}，全镇接待游客{{12.6万人次|count|126000|人次}}，实现旅游收入{{3800万元|money|38000000|CNY}}，同比分别增长{{18%|percent|18|%}}和{{23%|percent|23|%}}。\n' +
      '[[笊篱坪村|village|371328102217]]是全镇最早搞民宿的村子。村里利用闲置石头房改建民宿{{32家|count|32|家}}、床位{{260张|count|260|张}}，假期入住率达到{{95%|percent|95|%}}。村党支部书记说，去年村集体收入突破{{80万元|money|800000|CNY}}，{{2019年|year|2019}}时还不到{{5万元|money|50000|CNY}}。\n' +
      '在[[燕窝村|village|371328102209]]，游客沿着新修的{{6.5公里|quantity|6.5|km}}登山步道登上[[南岱崮|natural]]，山顶平台一天最多接待{{3000多人|count|3000|人}}。\n' +
      '[[蒙阴县|county|371328]]文旅部门介绍，[[岱崮镇|township|371328102]]至[[野店镇|township|371328106]]的旅游公路今年{{8月|date|2026-08}}通车，全长{{28公里|quantity|28|km}}，今年以来全县已接待游客{{420万人次|count|4200000|人次}}。',
  },
];
