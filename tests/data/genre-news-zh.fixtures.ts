// Chinese national news by the genres the general batches cover least (court and anti-corruption
// reports, space and polar science, history and archaeology, transport lines named after places, food
// and dialects, sport leagues, obituaries with people's home places, weather across regions), written
// for these tests as 人民日报, 新华社, 央视新闻, 澎湃, 中新网 and the evening papers print them (no
// sentence is taken from real articles or from the evaluation sets), marked inline as
// general-news-zh.fixtures.ts marks them:
//   [[span]] or [[span|code]]  a place; the code's leading digits (11 = 110000000000)
//   ((span))                   an organisation's name (a court, a procuratorate, a club): a place
//                              found inside it is neither right nor wrong (the public NER sets tag it ORG)
// The conventions are those of general-news-zh.fixtures.ts: a place inside a party committee's title
// is marked ([[兰州市|6201]]委书记, as [[四川省|51]]委), a court, a people's congress or
// conference and a launch centre are organisations; a rail line or a road named by its places'
// characters is one landmark ([[京沪高铁]], as news-ner's sets write 京沪铁路 and batch 12 of the
// general news 川藏铁路), an airport is the unit it is named after ([[浦东]]国际机场, as batch 7 of the
// general news), one named otherwise a landmark ([[天府国际机场]]); 中华 in 中华文明 is a place (as
// 中华民族 in the public NER sets);
// the name of a region's opera, cuisine or speech holds the region (as the public NER sets mark 京 in
// 京剧 and 川 in 川戏: [[京]]剧, [[川]]菜, [[粤]]语, [[四川|51]]话), a single dish or product named after a
// place none (北京烤鸭, 兰州牛肉面, as 普洱茶 in general-news-zh.fixtures.ts); Sun, Earth and Moon are no
// places. Scored by genre-news-zh.test.ts.

// Batch 1: nine articles (a corruption trial, discipline inspection, a lunar mission and the poles,
// excavations, rail, air and road, food and dialects, football and basketball leagues, obituaries,
// weather), written and marked before any run. Seven marks were set after it to the conventions
// above: 兰州市 and 保山市 before 委 (as 四川省委), 中华 in 中华文明, 丹江口水库 whole (a feature), two
// airports named by no unit whole; and the places in the names of an opera, cuisine or speech (潮州话,
// 京剧, 川菜, 粤语) once the public NER sets were read for them.
export const batch1: Record<string, string> = {

r1_court: `新华社[[南京|3201]]6月18日电 ((江苏省南京市中级人民法院))18日公开宣判((甘肃省政协))原副主席张海南受贿案，对被告人张海南以受贿罪判处有期徒刑十三年，并处罚金人民币四百万元，对其受贿所得财物依法予以追缴。
经审理查明，2006年至2023年，张海南利用担任[[甘肃省|62]][[天水市|6205]]市长、[[兰州市|6201]]委书记等职务上的便利，在企业经营、工程承揽、职务晋升等方面为他人谋取利益，直接或通过其亲属非法收受财物共计折合人民币4100余万元。
另据((最高人民法院))消息，[[广东|44]]((深圳前海合作区人民法院))日前审结一起跨境商事纠纷案，当事人分别来自[[香港|81]]和[[新加坡]]。在[[浙江|33]]，((杭州互联网法院))审理的一起直播带货纠纷案也引发关注。`,

r2_graft: `据((中央纪委国家监委))网站消息，((云南省政协))原党组成员、副主席李建华涉嫌严重违纪违法，目前正接受纪律审查和监察调查。李建华长期在[[滇西]]工作，曾任[[大理州|5329]]州委书记、[[保山市|5305]]委书记。
另据[[湖南省|43]]纪委监委消息，[[衡阳|4304]][[耒阳市|430481]]原市长刘国清严重违纪违法被开除党籍和公职。经查，刘国清在[[耒阳|430481]]工作期间，违规插手矿产资源开发，收受他人财物。
今年以来，各地纪检监察机关紧盯粮食购销、医疗卫生等重点领域。[[黑龙江|23]]查处了一批涉粮腐败案件，[[河北|13]][[唐山|1302]]、[[邯郸|1304]]等地对工程建设领域的问题线索开展集中起底。`,

r3_space: `央视新闻消息，嫦娥六号探测器日前在[[海南|46]][[文昌|469005]]航天发射场发射升空，经过53天的飞行，携带人类首份月球背面样品在[[内蒙古|15]][[四子王旗|150929]]预定区域安全着陆。样品随后运抵[[北京|11]]，交由科研人员开展研究。
在[[甘肃|62]]((酒泉卫星发射中心))，神舟十九号载人飞船成功发射；[[山西|14]]((太原卫星发射中心))和[[四川|51]]((西昌卫星发射中心))也在同月完成了多次发射任务。
[[中国]]第41次[[南极]]考察队日前从[[上海|31]]出发，“雪龙2”号将首次靠泊[[秦岭站]]，队员们还将在[[罗斯海]]开展调查。[[北极]][[黄河站]]所在的[[斯瓦尔巴群岛]]，近期也迎来了新一批越冬科研人员。`,

r4_archaeology: `((国家文物局))日前在[[北京|11]]发布重要考古发现。[[四川|51]][[广汉|510681]][[三星堆]]遗址新出土的青铜神树残件，与此前发现的部分实现了跨坑拼对；[[浙江|33]][[余杭|330110]][[良渚]]古城外围水利系统的调查也取得新进展。
在[[河南|41]][[安阳|4105]][[殷墟]]，考古人员在[[洹河]]北岸新发现一处商代晚期的大型建筑基址。在[[陕西|61]][[西安|6101]]，[[秦始皇帝陵]]一号坑的第五次发掘清理出一批彩绘陶俑。
[[山东|37]][[济南|3701]][[章丘|370114]][[城子崖]]遗址是龙山文化的命名地。专家介绍，从[[黄河]]中下游到[[长江]]流域，再到[[辽河]]流域的红山文化，多元一体的[[中华]]文明起源格局越来越清晰。`,

r5_transport: `本报讯 [[沪渝蓉沿江高铁]][[武汉|4201]]至[[宜昌|4205]]段日前开通运营，从[[武汉|4201]]到[[宜昌|4205]]最快只需1小时20分钟。[[京沪高铁]]、[[京广高铁]]同日加开夜间列车，[[郑州|4101]]东站、[[长沙|4301]]南站客流明显上升。
民航方面，[[上海|31]][[浦东]]国际机场、[[广州|4401]][[白云]]国际机场暑期日均航班均超过1500架次。[[成都|5101]][[天府国际机场]]新开通至[[伊斯坦布尔]]的直飞航线，[[乌鲁木齐|6501]][[地窝堡国际机场]]改扩建工程主体完工。
公路方面，[[京港澳高速]][[湖南|43]]段、[[沈海高速]][[福建|35]]段车流量较大。[[318国道]][[川藏]]段[[然乌]]至[[察隅|540425]]路段因塌方临时管制，[[新疆|65]][[独库公路]]每年6月至10月开放通行。`,

r6_food: `又到一年吃蟹季。在[[江苏|32]][[兴化|321281]]，大闸蟹已经上市；在[[湖北|42]][[洪湖|421083]]，莲藕和菱角摆满了集市。游客在[[北京|11]]品尝北京烤鸭，在[[天津|12]]买麻花，在[[西安|6101]][[回民街]]吃肉夹馍和羊肉泡馍。
[[川]]菜、[[粤]]菜、[[湘]]菜、[[鲁]]菜各有特色。在[[广西|45]][[柳州|4502]]，螺蛳粉产业年产值已超过600亿元；沙县小吃门店遍布全国，兰州牛肉面也开到了海外。[[重庆|50]]的火锅店里，不少外地游客慕名而来。
在[[广东|44]][[潮汕]]，茶楼里的老人用[[潮州|4451]]话聊天，年轻人则说着普通话和[[粤]]语。在[[福建|35]][[厦门|3502]]，[[闽南]]语歌曲在街头巷尾传唱；[[上海|31]]的一些社区开设了[[沪]]语课堂，[[四川|51]]话、[[东北]]话的短视频在网上也很受欢迎。`,

r7_sport: `中超联赛第20轮比赛昨晚结束。((上海海港))队主场2比0战胜((北京国安))队，继续领跑积分榜；((山东泰山))队在[[济南|3701]][[奥体中心]]与((成都蓉城))队战成1比1平。((武汉三镇))队客场在[[青岛|3702]]负于((青岛西海岸))队。
CBA新赛季将于10月开幕。((广东宏远))队在[[东莞|4419]]主场迎战((辽宁本钢))队，((新疆广汇))队的主场将从[[乌鲁木齐|6501]]迁往[[昌吉|6523]]。
[[苏州|3205]][[太湖]]马拉松、[[厦门|3502]]马拉松、[[兰州|6201]]马拉松吸引了数万名跑者。首届全国学生（青年）运动会的部分项目在[[广西|45]][[桂林|4503]]举行，来自[[贵州|52]][[毕节|5205]]的选手在长跑中夺冠。`,

r8_obituary: `著名[[京]]剧表演艺术家王秀兰因病医治无效，于12月3日在[[北京|11]]逝世，享年88岁。王秀兰1936年生于[[江苏|32]][[扬州|3210]]，祖籍[[安徽|34]][[歙县|341021]]，10岁随父学戏，后考入((中国戏曲学校))，长期在[[京]]演出。
两院院士、著名水利专家陈长江因病在[[武汉|4201]]逝世，享年92岁。陈长江1932年出生于[[湖南|43]][[湘潭县|430321]]，1955年毕业于((武汉大学))，长期从事[[长江]]流域防洪规划研究，参与了[[三峡]]工程和[[丹江口水库]]的论证工作。
作家刘振东是[[山东|37]][[高密|370785]]人，早年在[[青岛|3702]]当过工人，后定居[[济南|3701]]。他的小说大多以[[胶东]]乡村为背景，被誉为“[[齐鲁]]大地的歌者”。`,

r9_weather: `((中央气象台))今天6时继续发布暴雨橙色预警。预计今天白天到夜间，[[四川盆地]]西部、[[陕西|61]]南部、[[河南|41]]西部、[[湖北|42]]西北部等地有大到暴雨，[[川西]]高原和[[秦岭]]一带有山洪地质灾害风险。
气温方面，[[江南]]、[[华南]]大部以及[[新疆|65]][[吐鲁番盆地]]的最高气温普遍在37摄氏度以上，[[重庆|50]][[綦江|500110]]、[[湖南|43]][[永州|4311]]等地局地超过40摄氏度。
受冷空气影响，[[内蒙古|15]]东部、[[东北]]地区北部将出现降温，[[大兴安岭]]北部有雨夹雪。[[渤海]]、[[黄海]]北部和[[台湾海峡]]将有6到8级大风。`,

};
