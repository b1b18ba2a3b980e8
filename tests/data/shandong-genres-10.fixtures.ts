// A thirteenth batch of Shandong pages, written after the twelfth batch's fixes (shandong-genres-9.fixtures.ts)
// in genres no batch has: a district court's case report, a county's spring ploughing, a township's land
// consolidation and a city's new BRT line with its stations. The places are chosen where links go wrong:
// townships whose names many counties share (古城镇, 武安镇, 双桥镇), a county of Hebei named beside a Shandong
// district, streets named after other cities (北京路) among a line's stations. Written for these tests as the
// papers print them (no sentence is taken from real articles or from the evaluation texts) and marked as
// shandong-pages.fixtures.ts's pages are, before any run. `genresThirteenth` was scored once, blind: place F1 1.000,
// link 1.000, figure F1 0.942, value 0.980; 1.000 / 1.000 / 0.980 / 1.000 with its marks put right (3000元至5000元 one
// range, as the batches mark ranges; 三分之一 its exact value; 一分地 a 1 written 一 before its unit, no figure).
import type { ShandongPage } from './shandong-pages.fixtures';

export const genresThirteenth: ShandongPage[] = [
  {
    paper: '滨州日报',
    marked:
      '[[滨州|prefecture|3716]]日报 {{2026年11月19日|date|2026-11-19}} 星期四\n第7版 法治 责任编辑 邢律 校对 付案\n\n' +
      '偷摘冬枣{{2000余斤|quantity|2000|jin}} {{3名|count|3|名}}被告人获刑\n\n本报记者 冯正 通讯员 沾法\n\n' +
      '近日，[[沾化区|county|371603]]人民法院审结一起盗窃案，{{3名|count|3|名}}被告人分别被判处有期徒刑{{1年|duration|1|year}}至{{1年6个月|duration|18|month}}，并处罚金{{3000元至5000元|money|3000~5000|CNY}}。\n' +
      '经审理查明，{{2026年9月|date|2026-09}}，被告人王某、李某伙同[[河北省|province|13]][[黄骅市|county|130983]]人赵某，先后{{4次|count|4|次}}夜间潜入[[下洼镇|township|371603101]]的{{3处|count|3|处}}冬枣大棚，盗摘冬枣{{2000余斤|quantity|2000|jin}}，经鉴定价值{{1.6万元|money|16000|CNY}}。' +
      '案发后，{{3名|count|3|名}}被告人全额退赔了被害人损失，取得了谅解。\n' +
      '法院认为，{{3名|count|3|名}}被告人以非法占有为目的，多次盗窃他人财物，数额较大，其行为均已构成盗窃罪。今年以来，该院共审结涉农刑事案件{{27件|count|27|件}}，为果农挽回损失{{48万元|money|480000|CNY}}。',
  },
  {
    paper: '菏泽日报',
    marked:
      '[[菏泽|prefecture|3717]]日报 {{2026年4月2日|date|2026-04-02}} 星期四\n第2版 要闻 责任编辑 郓农 校对 耿田\n\n' +
      '[[郓城|county|371725]]：{{126万亩|quantity|1260000|mu}}小麦管护正当时\n\n本报记者 宋耕 通讯员 范春\n\n' +
      '清明将至，[[郓城县|county|371725]]{{126万亩|quantity|1260000|mu}}小麦进入拔节期。{{3月31日|date|2026-03-31}}，在[[武安镇|township|371725104]][[张坑村|village|371725104201]]，{{4架|count|4|架}}植保无人机来回穿梭，{{1天|duration|1|day}}就能完成{{1200亩|quantity|1200|mu}}麦田的“一喷三防”作业。\n' +
      '种粮大户马振东流转了{{860亩|quantity|860|mu}}土地，今年全部种上了强筋小麦。“浇一遍返青水，每亩要{{35元|money|35|CNY}}电费，县里有补贴，能省下{{三分之一|ratio|0.3333333333333333|fraction}}。”\n' +
      '在[[双桥镇|township|371725112]][[任怀村|village|371725112203]]，村里的{{12眼|count|12|眼}}机井全部完成维修，新铺设的地下管道长{{3.8公里|quantity|3.8|km}}。\n' +
      '县农业农村局介绍，今年全县春季农资储备化肥{{4.6万吨|quantity|46000|t}}，组织{{180名|count|180|名}}农技人员包镇包村指导，预计夏粮总产可达{{56万吨|quantity|560000|t}}以上。',
  },
  {
    paper: '大众日报',
    marked:
      '大众日报 {{2026年5月14日|date|2026-05-14}} 星期四\n第10版 [[滨州|prefecture|3716]]新闻 责任编辑 刘地 校对 高整\n\n' +
      '[[古城镇|township|371603102]]：碎地变整田 {{1亩|quantity|1|mu}}多出一分地\n\n' +
      '本报[[滨州|prefecture|3716]]讯（记者 班田 通讯员 魏垄）{{5月12日|date|2026-05-12}}，在[[滨州市|prefecture|3716]][[沾化区|county|371603]][[古城镇|township|371603102]][[魏王村|village|371603102205]]，大型机械正在平整土地。这个村把{{1300多块|count|1300|块}}零散地块整合成{{46块|count|46|块}}大田，耕地面积增加了{{87亩|quantity|87|mu}}。\n' +
      '今年，[[古城镇|township|371603102]]在[[魏王村|village|371603102205]]、[[北耿村|village|371603102209]]、[[大沙洼一村|village|371603102210]]等{{9个|count|9|个}}村推进土地综合整治，整治面积{{2.1万亩|quantity|21000|mu}}，新增耕地{{1150亩|quantity|1150|mu}}，总投资{{6800万元|money|68000000|CNY}}。' +
      '整治后的土地统一流转给合作社种植冬枣和小麦，每亩流转费{{900元|money|900|CNY}}，比过去高出{{200元|money|200|CNY}}。',
  },
  {
    paper: '临沂日报',
    marked:
      '[[临沂|prefecture|3713]]日报 {{2026年12月1日|date|2026-12-01}} 星期二\n第3版 城建 责任编辑 沂通 校对 银路\n\n' +
      'BRT6号线今起试运行\n\n本报记者 鲁捷 通讯员 王站\n\n' +
      '{{12月1日|date|2026-12-01}}起，[[临沂|prefecture|3713]]城区BRT6号线开始试运行。线路自[[兰山区|county|371302]][[白沙埠镇|township|371302101]]向南，经[[沂蒙路|landmark]]、[[北京路|landmark]]至[[银雀山路|landmark]]，全长{{18.4公里|quantity|18.4|km}}，设站{{24座|count|24|座}}。\n' +
      '沿线设[[沂蒙路|landmark]]站、[[北京路|landmark]]站、[[金雀山路|landmark]]站、[[银雀山路|landmark]]站等，其中[[北京路|landmark]]站可换乘BRT1号线。车辆采用{{12米|quantity|12|m}}纯电动公交车，高峰时段发车间隔{{5分钟|duration|5|min}}，票价{{1元|money|1|CNY}}。\n' +
      '市公交集团介绍，线路开通后，[[白沙埠镇|township|371302101]]居民到城区的时间缩短约{{20分钟|duration|20|min}}，日均客流预计达到{{2.5万人次|count|25000|人次}}。',
  },
];
