// Named sites, natural features and informal regions in Chinese news (regional and national
// papers), written for these tests (no sentence is taken from real articles or from the evaluation
// sets), with every place a reader following ../../shared/eval/GUIDELINES.md marks, inline:
//   [[span]]           a place of any level
//   [[span|37]]        a unit, with its code's leading digits
//   [[span|n]]         a natural feature (n), a landmark or named site (l), an informal region (r)
//   ((span))           neither right nor wrong: an organisation's name, or the building word after
//                      the place a station, airport or port is named after (大兴机场: 大兴 is the
//                      place; the engine may mark 机场 as the landmark there)
// Conventions where GUIDELINES.md leaves a choice: a site named after a unit is that unit and the
// word (萧山国际机场, 南沙港), unless the data holds the site as a unit (大兴国际机场, a township-level unit of 大兴区); a site whose first characters are no unit the text means (东风着陆场,
// 洛阳桥 in Quanzhou, 虹桥站) is one landmark; a city cluster or an economic belt is one region
// (兰西城市群, 长江经济带), and so is a compass region with 地区 (西北地区).
// Scored by feature-news-zh.test.ts. Batch 1 was written before any change for it and scored
// blind; batch 2 was written after the fixes and scored once.

export const batch1: Record<string, string> = {

a1_towers: `[[聊城|3715]]古城的[[光岳楼|l]]始建于明洪武年间，是全国现存最大的明代木构楼阁之一。近日，修缮一新的[[光岳楼|l]]重新对游客开放，登楼远眺，[[东昌湖|n]]碧波荡漾。市文旅局负责人介绍，古城内的[[山陕会馆|l]]、[[海源阁|l]]也将在年内完成修缮。与此同时，老城区的办公楼、教学楼外立面改造已经完工，两座过街天桥也换上了新灯饰。`,

a2_bridges: `[[泉州|3505]]申遗成功后，[[洛阳桥|l]]、[[安平桥|l]]和[[开元寺|l]]成了游客必到的打卡地。清晨，[[开元寺|l]]双塔在薄雾中若隐若现；傍晚，[[洛阳桥|l]]下潮水退去，露出成片的牡蛎礁。[[晋江市|350582]]文旅部门表示，将在[[安平桥|l]]周边新建停车场，并修缮桥中段的[[水心亭|l]]。市区新建的两座人行天桥和一座立交桥也已通车。`,

a3_pavilions: `金秋时节，[[长沙|4301]][[岳麓山|n]]层林尽染，[[爱晚亭|l]]前游人如织。不少市民清早登山，从[[麓山寺|l]]一路走到山顶，再下山去[[橘子洲|n]]看江景。老城区的[[天心阁|l]]也迎来客流高峰，阁内正在举办[[长沙|4301]]城史展。景区负责人提醒，周末[[岳麓山|n]]实行预约入园，游客可通过官方小程序预约。`,

a4_rivers: `[[临沂市|3713]]生态环境局日前通报，今年前三季度，[[祊河|n]]、[[柳青河|n]]水质稳定达到Ⅲ类标准，[[涑河|n]]水质较去年同期明显好转。近年来，全市推行河长制，整治入河排污口1200多个，[[沂河|n]]、[[沭河|n]]两岸建起了30多公里的生态廊道。在[[兰山区|371302]]，居民说，以前村头的小河又黑又臭，如今河道清澈，成了散步的好去处。`,

a5_streams: `[[丽水市|3311]][[松阳县|331124]]，[[松阴溪|n]]穿城而过。近年来，县里对[[松阴溪|n]]实施生态修复，溪水清澈见底，白鹭成群。在相邻的[[缙云县|331122]]，[[好溪|n]]水利枢纽工程完工，[[好溪|n]]防洪能力提升到20年一遇。县水利局负责人说，全县还将整治山塘水库12座，清理沟渠80公里。`,

a6_mountains: `[[济南|3701]]城区西部的[[腊山|n]]海拔不高，却是市民周末爬山的好去处。沿着山路上行，可以远眺[[腊山河|n]]两岸的新城。在城北，[[鹊山|n]]和[[华山|n]]隔着[[黄河|n]]遥遥相望，[[华山湖|n]]湿地公园今年接待游客超过百万人次。市园林部门表示，将在[[药山|n]]周边新建一条环山步道。记者王华山说，深山里的村子如今也通了公交。`,

a7_space: `神舟十八号载人飞船返回舱在[[东风着陆场|l]]成功着陆，航天员状态良好。这是[[东风着陆场|l]]第五次执行载人飞船返回任务。搜救分队在着陆场区域迅速找到返回舱，医监医保人员随即登舱检查。此前，飞船在((酒泉卫星发射中心))发射升空。东风汽车集团有关负责人到场观看。天舟货运飞船则由[[海南|46]][[文昌|469005]]航天发射场发射。`,

a8_transport: `暑运以来，[[北京|11]][[大兴国际机场]]日均起降航班超过1000架次，[[上海|31]][[虹桥站|l]]单日发送旅客再创新高。在[[广州|4401]]，[[白云|440111]]((国际机场))新开通多条国际航线，[[南沙|440115]]((港))集装箱吞吐量同比增长8%。[[成都|5101]][[天府国际机场|l]]与[[双流|510116]]((国际机场))实行“两场一体”运营，旅客可免费乘坐摆渡巴士往返两场。[[杭州|3301]][[萧山|330109]]((国际机场))三期工程已投入使用。`,

a9_regions: `国家发展改革委近日印发规划，支持[[兰西城市群|r]]建设，推动[[成渝地区双城经济圈|r]]与[[长江经济带|r]]、[[粤港澳大湾区|r]]联动发展。规划提出，[[西北地区|r]]要筑牢生态安全屏障，[[关中平原|r]]城市群要发挥辐射带动作用。[[北部湾|n]]城市群将加快建设面向((东盟))的国际门户港。专家表示，西部地区城市群的发展潜力正在释放。`,

a10_gulf: `[[海湾地区]]局势持续紧张。据报道，一艘油轮在[[波斯湾]]附近海域遭遇袭击，船员全部安全撤离。[[沙特阿拉伯]]、[[阿联酋]]等[[海湾]]国家呼吁各方保持克制。国际油价应声上涨，布伦特原油期货价格一度突破每桶90美元。分析人士指出，[[霍尔木兹海峡]]是全球最重要的石油运输通道之一，约五分之一的海运石油经此运出。`,

};
