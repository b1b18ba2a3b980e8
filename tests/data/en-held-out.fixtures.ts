// English news articles written blind for issue 8 (the engine never tuned on them before they were
// scored): a Xinhua story on a Yunnan tea county, a China Daily business story, a Global Times
// piece on Gansu's deserts, an SCMP story on Guangdong, a BBC-style local story from Shropshire
// and a Reuters economic piece, each with its headline as its first line. Marked as
// en-articles.fixtures.ts marks them and scored by en-articles.test.ts:
//   [[span]] or [[span|code]]  a place; the code's leading digits
//   {{span|value}}             a figure; value a number, a date string, or low~high for a range

export const heldOutArticles: Record<string, string> = {

g01_yunnan_tea_county: `Ancient Tea Trees Bring Wealth to [[Yunnan|530000]] Border County

[[KUNMING|530100]], {{May 6|--05-06}} (Xinhua) -- In [[Menghai county|532822]] of [[Xishuangbanna Dai autonomous prefecture|532800]], southwest [[China]]'s [[Yunnan province|530000]], the spring tea harvest has wrapped up with output up {{8.2 percent|8.2}} from a year earlier, local officials said.

The county has {{880,000 mu|880000}} of tea gardens, about {{one-fourth|0.25}} of them home to trees more than {{100 years|100}} old. Its tea industry generated {{21.5 billion yuan|21500000000}} in output value in {{2023|2023}}, ranking {{first|1}} among [[Yunnan|530000]]'s counties.

In [[Laobanzhang village]] of [[Bulangshan township|532822204]], Yang Jianhua, {{42|42}}, picks leaves from trees his family has tended for {{five generations|5}}. A kilogram of first-flush maocha from the village sold for as much as {{12,000 yuan|12000}} this spring, he said, while his household earned over {{600,000 yuan|600000}} last year.

"{{Twenty years|20}} ago, we could hardly sell our tea for {{20 yuan|20}} a kilogram," Yang said at 7 am, as he loaded baskets onto a motorbike.

The village, with {{136 households|136}}, now has paved roads and a tea processing plant built in {{2019|2019}}. Visitors from [[Guangdong|440000]] and [[Shanghai|310000]] drive for about {{nine hours|9}} from [[Kunming|530100]] to reach it, the last stretch along [[Binhai Road]] in the county seat.

[[Menghai|532822]] also borders [[Myanmar]], and the county plans to expand tea exports through the [[Daluo|532822102]] border crossing by {{30 percent|30}} by {{2025|2025}}.`,

g02_hefei_ev: `[[Hefei|340100]]'s EV Bet Pays Off as Output Tops {{1.3 Million Units|1300000}}

[[Hefei|340100]], capital of [[Anhui province|340000]], produced {{1.37 million vehicles|1370000}} powered by new energy last year, up {{85.6 percent|85.6}} year-on-year, making it the country's {{second|2}}-largest production base for such cars after [[Shenzhen|440300]], according to the city's bureau of statistics.

The industry's output value reached {{238.7 billion yuan|238700000000}} in {{2023|2023}}, accounting for nearly {{one-third|0.3333333333333333}} of the city's industrial output. [[Hefei|340100]] is home to {{12 carmakers|12}}, including NIO, whose headquarters sits in the [[Hefei|340100]] [[Economic and Technological Development Zone|340177]], and more than {{500 suppliers|500}} of parts.

In the {{first quarter|--Q1}} of this year, the city's output grew a further {{42 percent|42}} to {{310,000 units|310000}}. Exports through the port of [[Wuhu|340200]], about {{130 kilometers|130}} to the southeast, rose to {{58,000 vehicles|58000}} in the same period.

The city's government invested {{7 billion yuan|7000000000}} in NIO in {{April 2020|2020-04}}, when the startup was struggling to raise cash. That stake was worth about {{30 billion yuan|30000000000}} by the {{end of 2023|2023-12}}, according to analysts at CICC.

"{{Four years|4}} ago, few believed in this strategy," said Wang Qingyun, a researcher at [[Anhui|340000]] University in [[Hefei|340100]]. "Now the city has a full supply chain within a radius of {{100 km|100}}."

[[Hefei|340100]] aims to produce {{2 million cars|2000000}} a year by {{2025|2025}} and to lift the sector's output value above {{300 billion yuan|300000000000}}. A Top 10 Cities list published by CCID ranked [[Hefei|340100]] ahead of [[Xi'an|610100]], [[Changsha|430100]] and [[Liuzhou|450200]] in [[Guangxi Zhuang autonomous region|450000]].`,

g03_gansu_desert: `Desert Turns Green as [[Gansu|620000]] Plants Shrubs Along [[Hexi Corridor]]

Forest farm workers in [[Gulang county|620622]], [[Wuwei|620600]], Northwest [[China]]'s [[Gansu Province|620000]], have fixed more than {{400,000 mu|400000}} of sand dunes over the past {{four decades|40}}, turning the southern edge of the [[Tengger Desert]] into a green belt, the Global Times learned on Sunday.

The [[Babusha forest farm]], founded by {{six farmers|6}} in {{1981|1981}}, now employs {{120 people|120}} and has planted {{30 million trees|30000000}} and shrubs. Its workers lay straw checkerboards of {{1 square meter|1}} each, a method first used along the [[Baotou|150200]]-[[Lanzhou|620100]] Railway in the {{1950s|1950}}.

"When my father came here, sand buried the road to [[Tumen town|620622102]] {{three times|3}} a year," said Guo Wanliang, {{51|51}}, the farm's deputy head. The farm has also built a {{27-kilometer|27}} road and set up a company that earned {{20 million yuan|20000000}} in {{2022|2022}} from selling seedlings and running tours.

[[Gansu|620000]] plans to treat {{5 million mu|5000000}} of desertified land during the 14th Five-Year Plan period ({{2021-25|2021~2025}}), and {{a third|0.3333333333333333}} of the work has been completed, according to the provincial forestry and grassland bureau. About {{40 percent|40}} of the province's land area is affected by desertification.

Further west, in [[Dunhuang|620982]], the [[Crescent Moon Spring]] received {{2.1 million visitors|2100000}} last year. Along the [[Hexi Corridor]], solar farms near [[Jiuquan|620900]] cover {{1,200 square kilometers|1200}}, producing electricity that is sent as far as [[Hunan|430000]] via an {{800-kilovolt|800}} line.`,

g04_guangdong_robots: `[[Guangdong|440000]]'s factory towns bet on robots as orders from [[US]] slump

Factory owners in [[Dongguan|441900]], the manufacturing hub in southern [[Guangdong province|440000]], are replacing workers with robots as export orders dwindle, with the city's installations of industrial robots rising by {{a quarter|0.25}} last year.

In [[Chang'an town|441900119]], home to more than {{1,300 factories|1300}} making electronics and moulds, Lee Wing-kin, {{56|56}}, a [[Hong Kong|810000]] businessman who moved his plant there in {{1993|1993}}, said he had cut his workforce from {{800|800}} to {{320|320}} since {{2018|2018}}.

"Each robot costs about {{150,000 yuan|150000}} ({{US$20,700|20700}}) and pays for itself in {{18 months|18}}," he said.

[[Dongguan|441900]]'s exports fell {{6.4 per cent|6.4}} to {{1.26 trillion yuan|1260000000000}} in {{2023|2023}}, according to customs data, while the city's GDP grew {{2.6 per cent|2.6}} to {{1.14 trillion yuan|1140000000000}}, the weakest among the [[Greater Bay Area]]'s {{nine mainland cities|9}}.

Neighbouring [[Foshan|440600]] and [[Zhongshan|442000]] reported similar trends. In [[Shunde district|440606]] of [[Foshan|440600]], appliance maker Midea has invested {{5bn yuan|5000000000}} in automated plants since {{2015|2015}}, while [[Zhongshan|442000]]'s [[Guzhen town|442000105]], which makes about {{70 per cent|70}} of the country's lamps, lost {{200 firms|200}} in the {{first half|--H1}}.

Wages have also climbed. The monthly minimum wage in [[Dongguan|441900]] is {{1,900 yuan|1900}}, compared with {{2,360 yuan|2360}} in [[Shenzhen|440300]] and {{HK$40|40}} an hour in [[Hong Kong|810000]].

The provincial government said on Thursday it would spend {{100bn yuan|100000000000}} over {{three years|3}} to upgrade manufacturing, with a target of {{500,000 robots|500000}} in use by {{2026|2026}}.`,

g05_shropshire_parking: `Hospital car park fees to rise despite protests

Parking charges at hospitals in [[Shrewsbury]] and [[Telford]] will rise by {{50p|0.5}} an hour from {{1 October|--10-01}}, the trust that runs them has confirmed.

The [[Shrewsbury]] and [[Telford]] Hospital NHS Trust said the increase would raise about {{£400,000|400000}} a year towards repairs at the Royal [[Shrewsbury]] Hospital, which opened in {{1977|1977}}.

Visitors to the [[Princess Royal Hospital]] in [[Telford]] will pay {{£3.50|3.5}} for up to {{four hours|4}}, while blue badge holders and parents of children staying overnight will still park for free.

A petition started by Sarah Jenkins, {{39|39}}, from [[Wellington]], [[Shropshire]], has gathered more than {{5,200 signatures|5200}}. "My mum was in for {{three weeks|3}} last year and we spent {{£150|150}} on parking," she said.

The trust, which serves about {{500,000 people|500000}} across [[Shropshire]] and mid [[Wales]], has a deficit of {{£56m|56000000}}. It said {{a third|0.3333333333333333}} of its parking spaces were used by staff, and that a new {{400-space|400}} multi-storey on [[Mytton Oak Road]] would open in {{2025|2025}}.

[[Shropshire]] Council said the Park and Ride service from [[Oxon]] and [[Meole Brace]] would run every {{15 minutes|15}}, from 7am to 7pm, Monday to Saturday.`,

g06_reuters_gdp: `[[China]]'s {{Q3|--Q3}} growth slows to {{4.6%|4.6}} as property slump weighs

[[BEIJING|110000]], {{Oct 18|--10-18}} (Reuters) - [[China]]'s economy grew {{4.6%|4.6}} in the {{third quarter|--Q3}} from a year earlier, the slowest pace since early {{2023|2023}}, as a deepening property crisis and weak consumer demand weighed on activity, official data showed on Friday.

The figure was slightly above the {{4.5%|4.5}} forecast in a Reuters poll of economists, but below the {{4.7%|4.7}} pace in the {{second quarter|--Q2}}. On a quarterly basis, GDP expanded {{0.9%|0.9}} in {{July-September|--07~--09}}, compared with {{0.5%|0.5}} in {{April-June|--04~--06}}.

Growth in the {{first three quarters|--01~--09}} was {{4.8%|4.8}}, short of the government's target of around {{5%|5}} for the full year.

Retail sales, a gauge of consumption, rose {{3.2%|3.2}} in {{September|--09}}, beating expectations of a {{2.5%|2.5}} increase. Industrial output grew {{5.4%|5.4}}, while fixed-asset investment expanded {{3.4%|3.4}} in the {{January-September|--01~--09}} period.

Property investment fell {{10.1%|10.1}} in the {{first nine months|--01~--09}}, and new home prices dropped at the fastest pace in {{nine years|9}}. The nationwide survey-based jobless rate eased to {{5.1%|5.1}} in {{September|--09}} from {{5.3%|5.3}} in {{August|--08}}.

"The stimulus measures announced since {{late September|--09}} should help in the {{fourth quarter|--Q4}}, but the rebound will be modest," said Zhiwei Zhang, chief economist at Pinpoint Asset Management in [[Hong Kong|810000]].

The central bank cut its benchmark lending rates by {{25 basis points|25}} on Monday, and [[Beijing|110000]] pledged to issue {{2 trillion yuan|2000000000000}} ({{$281.7 billion|281700000000}}) of special bonds. Stocks in [[Shanghai|310000]] rose {{1.3%|1.3}} after the data, while the yuan was steady at {{7.1|7.1}} per dollar.`,
g07_anhui_xiaogang: `[[Xiaogang Village|341126112206]] Marks {{46 Years|46}} Since Farmers' Secret Pact

[[Xiaogang village|341126112206]] in [[Fengyang county|341126]], East [[China]]'s [[Anhui province|340000]], where {{18 farmers|18}} secretly divided collective land among their families in {{1978|1978}}, welcomed more than {{1.1 million visitors|1100000}} last year, the village committee said.

The village's collective income hit {{13.2 million yuan|13200000}} in {{2023|2023}}, up from {{200,000 yuan|200000}} in {{2012|2012}}, while per capita disposable income reached {{34,000 yuan|34000}} - about {{1.5 times|1.5}} the rural average in [[Anhui|340000]].

Yan Jinchang, one of the {{18 signatories|18}}, died in {{2022|2022}} at the age of {{79|79}}. His son Yan Deyou, {{56|56}}, runs a restaurant on [[Xiaogang Avenue]] that seats {{120 diners|120}} and earns about {{400,000 yuan|400000}} a year.

"My father used to say we went hungry for {{half|0.5}} the year," he said.

[[Fengyang|341126]], about {{150 kilometers|150}} northeast of [[Hefei|340100]], now grows high-quality rice on {{520,000 mu|520000}} and has attracted Wens Foodstuff Group, which built a {{1.5-billion-yuan|1500000000}} pig farm in [[Banqiao town|341126110]]. [[Xiaogang|341126112206]] belongs to [[Xiaoxihe town|341126112]], which has set up a rural tourism company with investment of {{80 million yuan|80000000}}.

The village hosts about {{2,000 groups|2000}} of students and officials a year from across the country, and a new museum that opened on {{Nov 24|--11-24}} covers {{6,800 square meters|6800}}.`,

g08_norfolk_erosion: `Coastal erosion: [[Hemsby]] homes to be demolished as cliffs collapse

{{Five homes|5}} in [[Hemsby]], [[Norfolk]], are to be demolished after storms washed away up to {{4m|4}} ({{13ft|13}}) of the sand dunes beneath them, [[Great Yarmouth]] Borough Council has said.

The properties on [[The Marrams]] are the latest of more than {{20|20}} to be lost in the village since {{March 2018|2018-03}}. Residents were given {{24 hours|24}} to leave on Saturday.

Lance Martin, {{66|66}}, who runs a cafe on [[Beach Road]], said: "We have lost {{a third|0.3333333333333333}} of the gap in {{six years|6}}. Without a rock berm, the whole of this end of the village will be gone within {{ten years|10}}."

The council estimates a {{1.8km|1.8}} defence scheme would cost {{£15m|15000000}}. A bid for {{£8.4m|8400000}} of government funding was rejected last year.

Further up the coast at [[Happisburgh]], where {{35 homes|35}} have fallen into the [[North Sea]] since the {{1990s|1990}}, the cliffs retreat by an average of {{2 metres|2}} a year. The Environment Agency says {{1,500 homes|1500}} along the East Anglian coast could be lost by {{2105|2105}}.

[[North Norfolk]] District Council has spent {{£3.2m|3200000}} moving people and facilities inland, including a lifeboat station in [[Cromer]] and a caravan park in [[Bacton]].`,

g09_ningxia_wine: `[[Ningxia|640000]]'s Wine Region Toasts Record Exports

[[YINCHUAN|640100]], {{Aug 30|--08-30}} (Xinhua) -- Wineries at the eastern foot of the [[Helan Mountains]] in Northwest [[China]]'s [[Ningxia Hui autonomous region|640000]] exported {{1.2 million bottles|1200000}} in the {{first seven months|--01~--07}} of the year, a year-on-year increase of {{37 percent|37}}, local authorities said Friday.

The region has {{600,000 mu|600000}} of wine grapes, about {{a quarter|0.25}} of the country's total, and {{260 wineries|260}}, which produce some {{140 million bottles|140000000}} a year. The industry's comprehensive output value exceeded {{40 billion yuan|40000000000}} in {{2023|2023}}.

In [[Minning town|640121104]] of [[Yongning county|640121]], once a relocation site for {{66,000 people|66000}} moved from the arid mountains of southern [[Ningxia|640000]], vineyards now employ {{12,000 residents|12000}} at {{150 yuan|150}} a day. "I earn more than {{40,000 yuan|40000}} a year, {{twice|2}} what I got from growing corn," said Ma Xiaoping, {{45|45}}, a Hui woman from [[Xiji county|640422]].

[[Ningxia|640000]]'s wines have won more than {{1,000 international awards|1000}} since {{2012|2012}}. The region aims to produce {{600 million bottles|600000000}} by {{2035|2035}}, said Wang Yong, an official of the [[Ningxia|640000]] [[Helan Mountain]] East Foothill Wine Industry Park Administrative Committee, at a press conference held at 10 am on Friday.

The 11th [[Ningxia|640000]] [[Helan Mountain]] Wine Expo will open in [[Yinchuan|640100]] on {{Sept 20|--09-20}}, with exhibitors from {{20 countries|20}} including [[France]], [[Chile]] and [[Australia]].`,

g10_hunan_shibadong: `[[Hunan|430000]] village that Xi visited becomes poverty-relief showcase

[[Shibadong village|433124110226]] in [[Huayuan county|433124]], in the [[Xiangxi Tujia and Miao autonomous prefecture|433100]] of western [[Hunan province|430000]], has become a place of pilgrimage since President Xi Jinping visited it on {{November 3, 2013|2013-11-03}}, and first put forward his idea of "targeted poverty alleviation".

At the time, the village's {{225 households|225}} had an average annual income of {{1,668 yuan|1668}} per person. By {{2023|2023}}, it had risen to {{25,000 yuan|25000}}, nearly {{15 times|15}} higher, and the village received {{800,000 tourists|800000}}, mostly in groups arriving by coach along the [[G65 expressway]].

Shi Bayi, {{63|63}}, who opened a homestay with {{eight rooms|8}} in {{2016|2016}}, said business had slowed since the {{end of June|--06}}, when a heatwave kept visitors away. "We had only {{two-thirds|0.6666666666666666}} of last year's guests in {{July|--07}}," she said.

The village's spring water business, set up with a [[Hong Kong|810000]]-listed firm, pays each villager a dividend of around {{HK$1,300|1300}} a year. A {{2.4km|2.4}} road through the [[Dehang Grand Canyon]] scenic area in neighbouring [[Jishou city|433101]] opened in {{2021|2021}}.

[[Huayuan|433124]] was removed from the national list of poor counties in {{2019|2019}}, one of {{51|51}} in [[Hunan|430000]] to do so between {{2016|2016}} and {{2020|2020}}.`,
// The second batch, written blind after the fixes the first ten led to.

h01_zhejiang_tea: `Longjing Tea Growers in [[Hangzhou|330100]] Turn to Livestreaming

[[HANGZHOU|330100]] -- Tea farmers in [[Meijiawu village|330106008201]], on the western outskirts of [[Hangzhou|330100]], capital of East [[China]]'s [[Zhejiang province|330000]], sold more than {{40 percent|40}} of this year's [[West Lake]] Longjing tea online, up from just {{5 percent|5}} in {{2019|2019}}, local officials said on Tuesday.

The village, which has {{1,600 mu|1600}} of tea gardens and about {{560 households|560}}, produced {{32 tons|32}} of dry tea this spring. Premium leaves picked before the Qingming Festival on {{April 4|--04-04}} sold for up to {{6,000 yuan|6000}} ({{$830|830}}) per {{500 grams|500}}.

"We used to wait for buyers from [[Shanghai|310000]] and [[Suzhou|320500]] to come to us," said Chen Xiaolin, {{38|38}}, who has {{1.2 million followers|1200000}} on Douyin. "Now I can sell {{300 orders|300}} in a {{two-hour|2}} livestream."

The [[West Lake]] Longjing protected zone covers {{168 square kilometers|168}} across [[Xihu district|330106]] and [[Qiantang district|330114]], according to the [[Hangzhou|330100]] municipal agriculture bureau. In {{2023|2023}}, the city's tea output value reached {{3.8 billion yuan|3800000000}}, with exports to [[Morocco]] and [[Uzbekistan]] accounting for about {{a fifth|0.2}} of sales.

Further south, in [[Fenshui town|330122109]] of [[Tonglu county|330122]], farmers have planted {{2,000 mu|2000}} of white tea since {{2021|2021}}. The county hosted the third [[China]] Tea Expo on {{May 18|--05-18}}, drawing {{150,000 visitors|150000}} and deals worth {{1.1 billion yuan|1100000000}}.`,

h02_lincolnshire_floods: `[[Lincolnshire]] flood defences: {{£38m|38000000}} scheme gets go-ahead

A {{£38m|38000000}} flood defence scheme to protect more than {{2,000 homes|2000}} in [[Boston]] and [[Skegness]] has been approved by the Environment Agency.

Work on a {{4.5-mile|4.5}} stretch of sea wall between [[Gibraltar Point]] and [[Chapel St Leonards]] will begin in {{January|--01}} and is expected to take {{three years|3}}.

The [[Lincolnshire]] coast was hit by a tidal surge in {{December 2013|2013-12}}, when water levels on the [[River Haven]] in [[Boston]] reached {{5.8m|5.8}} ({{19ft|19}}), the highest since {{1953|1953}}. About {{800 properties|800}} were flooded.

[[East Lindsey]] District Council leader Craig Leyland said the plans were "long overdue". He added: "Tourism brings {{£550m|550000000}} a year into this area, and {{a fifth|0.2}} of our jobs depend on it."

Residents in [[Ingoldmells]] and [[Mablethorpe]] have raised concerns about lorries using the [[A52]] during the summer, when the population of the coast can double to more than {{150,000|150000}}.

The agency said it would hold drop-in sessions at [[Skegness]] Town Hall on {{12 October|--10-12}}, from 10:00 to 19:00 BST.`,

h03_hainan_trade: `[[Hainan|460000]]'s Foreign Trade Surges {{20%|20}} in {{First Half|2024-H1}}

[[HAIKOU|460100]], {{July 19|--07-19}} (Xinhua) -- The foreign trade of south [[China]]'s [[Hainan province|460000]] grew {{20.4 percent|20.4}} year on year to {{133.5 billion yuan|133500000000}} in the {{first half of 2024|2024-H1}}, the [[Haikou|460100]] customs said on Friday.

Imports rose {{8.2 percent|8.2}} to {{88.3 billion yuan|88300000000}}, while exports jumped {{53.7 percent|53.7}} to {{45.2 billion yuan|45200000000}}. In the {{second quarter|--Q2}} alone, trade hit a record {{71 billion yuan|71000000000}}.

The [[Yangpu Economic Development Zone|460400499]] in [[Danzhou|460400]] accounted for nearly {{half|0.5}} of the province's trade, as shipments through its port reached {{31.4 million tonnes|31400000}}. Trade with the member countries of the Regional Comprehensive Economic Partnership climbed {{17.5 percent|17.5}}, with [[Singapore]], [[Indonesia]] and [[Australia]] the {{top three|3}} partners.

[[Sanya|460200]], the southern resort city, received {{12.6 million tourists|12600000}} in the {{first six months|--01~--06}}, and duty-free sales on the island totaled {{19.5 billion yuan|19500000000}}, down {{29 percent|29}} from a year earlier, according to the provincial department of commerce.

Since the [[Hainan|460000]] [[Free Trade Port]] plan was unveiled on {{June 1, 2020|2020-06-01}}, more than {{70,000 companies|70000}} have registered in the province. The island will launch independent customs operations by the {{end of 2025|2025-12}}, Wang Jun, an official with the provincial government, said at a press conference at 10 a.m. Friday.`,
// The third batch, written blind after the fixes the second led to.

i01_xizang_roads: `[[Tibet|540000]]'s Highway Network Tops {{120,000 km|120000}} as Remote Villages Get Connected

[[LHASA|540100]] -- The total length of highways in Southwest [[China]]'s [[Xizang Autonomous Region|540000]] has exceeded {{120,000 kilometers|120000}}, with {{99 percent|99}} of administrative villages now accessible by paved roads, the regional transport department told the Global Times on Monday.

In [[Medog county|540423]] of [[Nyingchi|540400]], the last county in [[China]] to be linked by road, in {{2013|2013}}, travel time to the regional capital [[Lhasa|540100]] has been cut to about {{10 hours|10}} from {{three days|3}}. A {{67.2-kilometer|67.2}} section of the road, completed in {{October 2021|2021-10}}, now carries more than {{1,500 vehicles|1500}} a day in the peak season.

"Before, we had to carry everything on our backs across the [[Galung La Pass]]," said Tsering Dorje, {{49|49}}, a villager from [[Dexing township|540423205]]. His family now earns about {{80,000 yuan|80000}} a year from a guesthouse.

[[Xizang|540000]] invested {{48.1 billion yuan|48100000000}} in transport infrastructure in {{2023|2023}}, up {{9.7 percent|9.7}}. The [[Sichuan|510000]]-[[Tibet|540000]] Railway, under construction since {{November 2020|2020-11}}, will cut the trip between [[Chengdu|510100]] and [[Lhasa|540100]] from {{48 hours|48}} to {{13|13}}, according to [[China]] State Railway Group.

Zhou Wei, a researcher with the Chinese Academy of Social Sciences, said the roads have helped lift incomes in the region's {{74 counties|74}} and districts by an average of {{10 percent|10}} a year over the past decade.`,

i02_reuters_uk_gdp: `[[UK]] economy grew {{0.6%|0.6}} in {{first quarter|--Q1}}, exiting recession

[[LONDON]], {{May 10|--05-10}} (Reuters) - [[Britain]]'s economy grew by {{0.6%|0.6}} in the {{first three months of 2024|2024-01~2024-03}}, its fastest growth in more than {{two years|2}}, official data showed on Friday, confirming that the country exited a shallow recession.

Economists polled by Reuters had expected growth of {{0.4%|0.4}}. The Office for National Statistics said output was up {{0.2%|0.2}} compared with the {{first quarter of 2023|2023-Q1}}.

Finance minister Jeremy Hunt said the economy was "returning to full health" ahead of a national election expected in the {{second half|--H2}} of the year. The Bank of [[England]], which held interest rates at a {{16-year|16}} high of {{5.25%|5.25}} on Thursday, forecast growth of {{0.4%|0.4}} in the {{April-June|--04~--06}} period.

Sterling rose {{0.1%|0.1}} to {{$1.2535|1.2535}}. The FTSE 100 index of leading shares climbed to a record high of {{8,433.76 points|8433.76}}.

Car production at plants in [[Sunderland]] and [[Ellesmere Port]] fell {{14%|14}} in {{March|--03}}, the Society of Motor Manufacturers and Traders said, while [[Manchester]] Airport handled {{2.2 million passengers|2200000}} over the Easter holidays.`,

i03_shanxi_datong: `Former Coal Town in [[Shanxi|140000]] Reinvents Itself with [[Yungang Grottoes]] Tourism

[[TAIYUAN|140100]], {{Oct 8|--10-08}} (Xinhua) -- During the {{eight-day|8}} National Day holiday, the [[Yungang Grottoes]] in [[Datong|140200]], north [[China]]'s [[Shanxi Province|140000]], received {{315,000 visitors|315000}}, {{2.3 times|2.3}} the number in the same period of {{2019|2019}}.

[[Datong|140200]], once known as [[China]]'s coal capital, closed {{118 small coal mines|118}} between {{2016|2016}} and {{2020|2020}} and cut its coal output by {{a quarter|0.25}}. Tourism revenue in the city hit {{79.6 billion yuan|79600000000}} last year, accounting for nearly {{40 percent|40}} of its GDP.

In [[Yungang town|140214102]], about {{16 km|16}} west of the downtown, {{63-year-old|63}} former miner Li Wenbin now sells hand-carved Buddha statues at a stall on [[Yungang Avenue]]. "I worked underground for {{28 years|28}}. Now I make {{5,000 yuan|5000}} in a good month," he said.

In [[Shenxi village|140225100215]] of [[Hunyuan county|140225]], home to the [[Hanging Temple]], villagers run {{42 family inns|42}} with more than {{600 beds|600}}. The temple, built more than {{1,500 years|1500}} ago on a cliff {{50 meters|50}} above the ground, limits visitors to {{80|80}} at a time.

The city plans to invest {{12 billion yuan|12000000000}} by {{2027|2027}} to upgrade its scenic spots, including the ancient city wall, which was rebuilt in {{2008|2008}} at a cost of {{1.5 billion yuan|1500000000}}.`,

i04_scmp_northbound: `Northbound travel: Hongkongers made {{5.4 million trips|5400000}} to [[Shenzhen|440300]] over summer

[[Hong Kong|810000]] residents made {{5.4 million trips|5400000}} across the border to [[Shenzhen|440300]] in {{July|--07}} and {{August|--08}}, up {{37 per cent|37}} from a year earlier, as weekend shoppers flocked to malls in [[Futian|440304]] and [[Nanshan|440305]] districts, according to figures from the Immigration Department.

The [[Lok Ma Chau]] Spur Line and [[Shenzhen Bay]] control points handled more than {{half|0.5}} of the traffic. On the busiest day, Saturday {{August 10|--08-10}}, about {{115,000 residents|115000}} left the city through {{14 land crossings|14}}.

Retailers in [[Tsim Sha Tsui]] and [[Mong Kok]] said sales fell by {{10 to 20 per cent|10~20}} over the same period. "Our turnover is down {{a fifth|0.2}} on last summer," said Wong Ka-ming, who runs an electronics shop on [[Nathan Road]].

[[Hong Kong|810000]]'s retail sales by value dropped {{11.4 per cent|11.4}} year on year in {{July|--07}} to {{HK$29.7 billion|29700000000}}, the {{seventh|7}} straight monthly decline, according to the Census and Statistics Department.

Meanwhile, the number of mainland visitors rose {{8.5 per cent|8.5}} to {{3.9 million|3900000}} in {{July|--07}}. Officials expect {{47 million arrivals|47000000}} this year, still below the record {{65 million|65000000}} in {{2018|2018}}.`,
// The fourth batch, written blind after the fixes the third led to.

j01_guizhou_village_league: `Village Football League Kicks Tourism Into High Gear in [[Guizhou|520000]]'s [[Rongjiang|522632]]

[[RONGJIANG|522632]], [[Guizhou|520000]] -- When the final whistle blew at the [[Chejiang village]] stadium on Saturday night, more than {{50,000 fans|50000}} were on their feet, many of them having driven for hours from [[Guiyang|520100]], [[Chongqing|500000]] and even [[Guangzhou|440100]].

The "Village Super League", known as cunchao, started in {{May 2023|2023-05}} with {{20 teams|20}} made up of farmers, teachers and delivery drivers in [[Rongjiang county|522632]], [[Qiandongnan Miao and Dong autonomous prefecture|522600]]. This season {{108 teams|108}} have signed up, and the county's tourism revenue reached {{11.2 billion yuan|11200000000}} last year, up {{77 percent|77}}.

"My restaurant sold {{3,000 bowls|3000}} of sour soup fish on match day," said Yang Xiaoli, {{41|41}}, whose family runs a shop on [[Guzhou Road]], a {{five-minute|5}} walk from the pitch. "Before the league, we sold about {{200|200}}."

[[Rongjiang|522632]], a county of {{380,000 people|380000}}, was one of the last in [[China]] to shake off poverty, in {{2020|2020}}. Its [[Chejiang]] dam area now has {{46 homestays|46}}, and the [[Guiyang|520100]]-[[Guangzhou|440100]] high-speed railway brings visitors from [[Guangzhou|440100]] in about {{three hours|3}}.

The league's final, held on {{Jan 27|--01-27}}, was watched by over {{30 million people|30000000}} online, the county's publicity department said.`,

j02_devon_seafront: `[[Exmouth]] seafront: Council approves {{£4.7m|4700000}} revamp

A {{£4.7m|4700000}} plan to redevelop part of [[Exmouth]]'s seafront has been approved by [[East Devon]] District Council, nearly {{ten years|10}} after the first proposals were rejected.

The scheme, on a {{2.4-hectare|2.4}} site next to [[Maer Lane]], includes a new watersports centre, {{60 parking spaces|60}} and a cafe. Work is due to start in the spring and take about {{18 months|18}}.

Councillor Paul Hayward said the site had been "an eyesore for far too long". Objectors, including the [[Exmouth]] Society, said the plans would increase traffic on the [[A376]] between [[Exmouth]] and [[Exeter]].

The town, which has a population of about {{36,000|36000}}, attracts nearly {{1.5 million day visitors|1500000}} a year. Figures show tourism in [[Devon]] was worth {{£2.5bn|2500000000}} to the county in {{2022|2022}}, supporting {{1 in 10|0.1}} jobs.

Nearby [[Budleigh Salterton]] and [[Sidmouth]] have also drawn up plans to improve their seafronts, with [[Sidmouth]]'s {{£8m|8000000}} beach management scheme due to be finished by {{2027|2027}}.`,

j03_heilongjiang_grain: `[[HARBIN|230100]], {{Oct 21|--10-21}} (Xinhua) -- Northeast [[China]]'s [[Heilongjiang Province|230000]], the country's largest grain producer, had harvested {{87 percent|87}} of its autumn crops as of Sunday, with total grain output expected to exceed {{80 million tonnes|80000000}} for the {{fifth|5}} consecutive year.

The province's {{2024|2024}} grain planting area stood at {{221 million mu|221000000}}, including {{95 million mu|95000000}} of corn and {{58 million mu|58000000}} of rice. Its soybean output, about {{40 percent|40}} of the national total, is forecast at {{9.6 million tonnes|9600000}}.

In [[Jiansanjiang]], a state farm in the [[Sanjiang Plain]], more than {{2,600 harvesters|2600}} worked in the fields this week. "A drone can spray {{600 mu|600}} a day now," said Wang Hongwei, {{46|46}}, a farmer who manages {{1,200 mu|1200}} in [[Fujin city|230882]].

Grain prices in the {{third quarter|--Q3}} averaged {{2.35 yuan|2.35}} per kilogram for corn, down {{12 percent|12}} year on year. To ease storage pressure, the state grain reserve corporation has opened {{142 purchasing stations|142}} in the province, {{23|23}} more than last year.

The province's agricultural machinery total power reached {{72 million kilowatts|72000000}} by the {{end of September|--09}}, and over {{98 percent|98}} of farming is now mechanized, the provincial department of agriculture and rural affairs said.`,

j04_fujian_pingtan: `[[Fujian|350000]]'s [[Pingtan|350128]] Sees Cross-Strait Trade Rebound

Trade between [[Pingtan|350128]], a comprehensive experimental zone in East [[China]]'s [[Fujian Province|350000]], and the island of [[Taiwan|710000]] rose {{18.3 percent|18.3}} year-on-year to {{3.26 billion yuan|3260000000}} in the {{first eight months|--01~--08}}, local authorities told the Global Times on Wednesday.

[[Pingtan|350128]], the closest point on the mainland to [[Taiwan|710000]] at just {{68 nautical miles|68}} from [[Hsinchu]], now has {{2,900 Taiwan-funded companies|2900}} and hosts about {{5,000 Taiwan residents|5000}}. A high-speed ferry links it with [[Taipei]] and [[Taichung]], with trips taking about {{three hours|3}}.

At the [[Pingtan|350128]] [[Taiwan|710000]] Commodity Trade Center, Chen Ya-ting, {{35|35}}, who moved from [[Kaohsiung]] in {{2019|2019}}, sells pineapple cakes and tea. "Business this summer was {{double|2}} that of last year," she said.

The [[Fuzhou|350100]]-[[Pingtan|350128]] Railway, which opened on {{Dec 26, 2020|2020-12-26}}, cut the journey to [[Fuzhou|350100]], the provincial capital, to {{50 minutes|50}}. [[Pingtan|350128]]'s GDP reached {{40.5 billion yuan|40500000000}} last year, the zone's management committee said.`,
// The fifth batch, written blind after every fix above and scored without changes.

k01_jiangxi_porcelain: `[[Jingdezhen|360200]] Kilns Fire Up Exports as Porcelain Capital Courts Young Artists

[[NANCHANG|360100]], {{Nov 12|--11-12}} (Xinhua) -- Porcelain exports from [[Jingdezhen|360200]], a city in east [[China]]'s [[Jiangxi Province|360000]] famed for its ceramics for more than {{1,000 years|1000}}, rose {{23.5 percent|23.5}} year-on-year to {{3.1 billion yuan|3100000000}} in the {{first 10 months|--01~--10}}, local customs said Tuesday.

The city is now home to more than {{30,000 young artists|30000}} from home and abroad, nicknamed "Jingpiao", many of whom rent studios in the [[Taoxichuan]] creative district, a former state-owned porcelain factory built in the {{1950s|1950}}. Rents there range from {{1,500 to 4,000 yuan|1500~4000}} a month.

"I sold {{80 teapots|80}} at the weekend market on Saturday," said Liu Jia, {{27|27}}, who moved from [[Harbin|230100]] {{three years|3}} ago. A teapot of hers sells for about {{600 yuan|600}}.

About {{90 kilometers|90}} to the east, in [[Wuyuan county|361130]] of [[Shangrao|361100]], villages such as [[Huangling]] have turned their terraced rapeseed fields into tourist draws. [[Huangling village]] received {{2.8 million visitors|2800000}} last year, nearly {{three times|3}} the figure in {{2015|2015}}. Tickets cost {{120 yuan|120}}, and the village earned {{460 million yuan|460000000}} from tourism.

[[Jiangxi|360000]]'s ceramics industry generated revenue of {{120 billion yuan|120000000000}} in {{2023|2023}}, ranking {{third|3}} in the country after [[Guangdong|440000]] and [[Fujian|350000]], according to the provincial industry department.`,

k02_highland_potholes: `[[Highland]] Council agrees {{£2.4m|2400000}} to fix potholes on rural roads

[[Highland]] Council has agreed to spend an extra {{£2.4m|2400000}} on repairing potholes after a harsh winter left {{hundreds|100}} of rural roads in poor condition.

Councillors meeting in [[Inverness]] heard that more than {{7,500 defects|7500}} had been reported since {{January|--01}}, with the worst damage in [[Lochaber]], [[Skye]] and [[Sutherland]].

The [[A82]] between [[Fort William]] and [[Fort Augustus]] was closed for {{two days|2}} in {{February|--02}} after a {{30-metre|30}} section of the road near [[Invergarry]] subsided.

Council leader Raymond Bremner said the region had {{6,700km|6700}} of roads to maintain, "more than any other council in [[Scotland]]". About {{40%|40}} of them need repairs within {{five years|5}}, a report found.

Residents of [[Ullapool]] and [[Lairg]] said some single-track roads had not been resurfaced since the {{1990s|1990}}. The council will also spend {{£600,000|600000}} on gritting equipment for next winter.`,

k03_shaanxi_apples: `Apple Growers in [[Luochuan|610629]] Reap Sweet Returns

Apple farmers in [[Luochuan county|610629]], [[Yan'an|610600]], Northwest [[China]]'s [[Shaanxi province|610000]], expect to harvest {{1.05 million metric tons|1050000}} this year, as a new cold-chain logistics center allows them to sell fruit all year round.

The county has {{530,000 mu|530000}} of orchards, and {{95 percent|95}} of its rural households grow apples, which bring in more than {{80 percent|80}} of farmers' income, said Zhang Lin, head of the county's apple industry bureau.

In [[Chewang village|610629001210]] of [[Fengqi subdistrict|610629001]], Liu Wei, {{52|52}}, tends {{15 mu|15}} of trees. "Last year I made {{200,000 yuan|200000}}, and this year should be better," he said, adding that a box of {{20 premium apples|20}} sells for {{168 yuan|168}} online.

The [[Luochuan|610629]] apple brand was valued at {{72.7 billion yuan|72700000000}} in {{2023|2023}}, ranking {{first|1}} among the country's fruit brands for the {{10th|10}} year. Exports to [[Thailand]], [[Indonesia]] and [[Russia]] reached {{15,000 tons|15000}}.

[[Shaanxi|610000]] is the country's largest apple-producing province, with an output of {{13.6 million tons|13600000}} last year, about {{a quarter|0.25}} of the national total.`,
};
