// Whole English news articles written for the tests (wire and China Daily style stories about
// Chinese provinces, cities, counties and villages; British local news), with every place and
// figure a reader following ../../shared/eval/GUIDELINES.md marks, inline:
//   [[span]] or [[span|code]]  a place; the code's leading digits (370302 = 370302000000)
//   {{span|value}}             a figure; value a number, a date string, or low~high for a range
// Scored by en-articles.test.ts as the evaluation scores: exact spans, codes, values.

export const articles: Record<string, string> = {

a01_zibo_ceramics: `[[ZIBO|370300]], {{March 4|--03-04}} (Xinhua) -- Ceramic makers in [[Zibo|370300]], an industrial city in east [[China]]'s [[Shandong Province|370000]], exported goods worth {{1.8 billion yuan|1800000000}} last year, up {{12.6 percent|12.6}} year on year, the city's commerce bureau said on Monday.

[[Zichuan District|370302]], the heart of the trade, is home to {{210 companies|210}} that employ more than {{35,000 workers|35000}}. Kilns in [[Boshan|370304]], about {{30 kilometers|30}} to the south, have fired glazed pottery for over {{1,000 years|1000}}.

"Orders from the [[Middle East]] doubled in the {{second half|--H2}}," said Sun Hongmei, {{52|52}}, who runs a workshop in [[Linzi|370305]]. Her firm now ships {{40,000 pieces|40000}} a month to buyers in [[Dubai]] and [[Jakarta]], and its sales ranked {{third|3}} in the district.

[[Zibo|370300]] was one of the first cities in the province to set up a ceramics export base, in {{2015|2015}}. The city plans to invest {{3.5 billion yuan|3500000000}} over the next {{five years|5}} in kilns that burn natural gas instead of coal, cutting emissions by {{two-thirds|0.6666666666666666}}.`,

a02_jinan_wheat: `[[Jinan|370100]], capital of east [[China]]'s [[Shandong Province|370000]], has finished harvesting {{1.2 million mu|1200000}} of winter wheat, {{five days|5}} earlier than last year, local agricultural authorities said on {{June 12|--06-12}}.

In [[Shanghe County|370126]], {{1,260 combine harvesters|1260}} worked around the clock. Yields reached {{560 kilograms|560}} per mu, up {{3.1 percent|3.1}}. Farmers along the [[Yellow River]] in [[Pingyin County|370124]] sold grain at {{2.45 yuan|2.45}} per kilogram.

Li Guoqiang, a farmer in [[Sunjiazhuang Village]], said he had rented {{300 mu|300}} from {{46 households|46}} and hired {{12 workers|12}} for the harvest. "Machines do in {{two days|2}} what took us {{two weeks|2}} {{two decades|20}} ago," he said.

[[Shandong|370000]] produced {{26.6 million tonnes|26600000}} of wheat in {{2023|2023}}, about {{one-fifth|0.2}} of the national total, ranking {{second|2}} after [[Henan|410000]].`,

a03_guizhou_bridge: `[[GUIYANG|520100]], {{Sept 28|--09-28}} (Xinhua) -- A bridge {{625 meters|625}} above a river gorge opened to traffic on Wednesday in southwest [[China]]'s [[Guizhou Province|520000]], cutting the drive between [[Liupanshui|520200]] and [[Anshun|520400]] from {{two hours|2}} to about {{40 minutes|40}}.

The {{2.9-kilometer|2.9}} bridge cost {{2.13 billion yuan|2130000000}} and took {{three years|3}} to build. About {{1,800 workers|1800}} worked on the site at its peak, the provincial transport department said.

[[Guizhou|520000]] now has more than {{30,000 bridges|30000}}, and {{eight|8}} of the world's {{10|10}} highest are in the province. Tourism revenue in [[Guanling County|520424]] rose {{18 percent|18}} in {{August|--08}}.

Yang Mei, {{34|34}}, from [[Huajiang Town|520424110]], sells kiwifruit to visitors. She earns about {{6,000 yuan|6000}} a month, {{four times|4}} what she made in {{2019|2019}}.`,

a04_zhejiang_village: `[[HANGZHOU|330100]] -- Bamboo once cut for paper now draws tourists to [[Yucun Village]] in [[Anji County|330523]], east [[China]]'s [[Zhejiang Province|330000]].

The village, with {{1,050 residents|1050}} and {{280 households|280}}, closed its limestone quarries in {{2005|2005}}. Last year it received {{1.2 million visitors|1200000}}, and the average income of villagers reached {{64,000 yuan|64000}}, more than {{ten-fold|10}} the figure of {{two decades|20}} ago.

[[Anji|330523]], part of [[Huzhou|330500]], has {{1.08 million mu|1080000}} of bamboo forest, covering {{70 percent|70}} of the county. Its bamboo industry was worth {{18.5 billion yuan|18500000000}} in {{2022|2022}}.

Farmers in nearby [[Deqing County|330521]] and in [[Tonglu|330122]], west of [[Hangzhou|330100]], have copied the model. "We have {{two guesthouses|2}} now, and more than {{20 rooms|20}}," said Zhang Lan, a villager aged {{58|58}}.`,

a05_shenzhen_trade: `[[SHENZHEN|440300]] -- Exports from [[Shenzhen|440300]] rose {{9.4 percent|9.4}} to {{1.42 trillion yuan|1420000000000}} in the {{first half|--H1}}, the city's customs office said on Tuesday, helped by shipments of electric vehicles and batteries.

Trade through the [[Hong Kong|810000]]-[[Zhuhai|440400]]-[[Macao|820000]] Bridge reached {{HK$120 billion|120000000000}}, while the port of [[Yantian|440308]] handled {{7.1 million TEUs|7100000}}. Trade with [[Vietnam]] grew {{21 per cent|21}} and with the [[United States]] fell {{4.2 percent|4.2}}.

About {{36,000 companies|36000}} in the city reported export business, {{1,400|1400}} more than a year earlier. A trader in [[Qianhai]] said prices had dropped by {{a third|0.3333333333333333}} since {{2021|2021}}, to around {{$12,500|12500}} per container.`,

a06_leicestershire_homes: `Plans for {{120 homes|120}} on farmland near [[Lubenham]] have been approved, despite objections from more than {{400 residents|400}}.

[[Harborough]] District Council's planning committee approved the scheme on {{14 March|--03-14}}. The {{14-acre|14}} site lies off the [[A4304]] between the village and [[Market Harborough]], about {{two miles|2}} to the east.

The developer will pay {{£1.2m|1200000}} towards a new primary school and {{£350,000|350000}} for road improvements. {{A third|0.3333333333333333}} of the homes will be affordable. Councillor Jane Moss said the village had grown by {{20 per cent|20}} since {{2011|2011}}.

[[Lubenham]] Parish Council said the [[River Welland]] had flooded {{three times|3}} in the past {{five years|5}}, and that water had stood {{3ft 6in|3.5}} deep in gardens on [[Main Street]] in {{February 2020|2020-02}}. Its chairman, Peter Lowe, {{71|71}}, said: "We are not against new homes, but we are against building on a flood plain."`,

a07_yorkshire_bus: `Bus fares in [[West Yorkshire]] will be capped at {{£2|2}} for a single journey from {{1 June|--06-01}}, the combined authority has announced.

The cap, which will cost {{£14.5 million|14500000}} a year, replaces fares of up to {{£5.60|5.6}} on some routes between [[Leeds]], [[Bradford]] and [[Halifax]]. Children will pay {{£1|1}}, and a day ticket will cost {{£5|5}}, down from {{£6.80|6.8}}.

About {{180,000 passengers|180000}} use the region's buses every day, {{a quarter|0.25}} fewer than before the pandemic. The authority said more than {{1,100 drivers|1100}} were employed across {{56 routes|56}}.

Passengers in [[Huddersfield]] said services were still unreliable. "My bus was {{45 minutes|45}} late last Tuesday, and the next one never came," said Amy Clarke, a nurse from [[Holmfirth]]. The [[M62]] was closed for {{six hours|6}} after a crash near junction 24, adding to delays.`,

a08_wales_river: `{{Hundreds|100}} of homes in [[Powys]] were left without power on Sunday after the [[River Severn]] burst its banks at [[Newtown]].

Natural Resources [[Wales]] said the river rose {{4.6 metres|4.6}} in {{12 hours|12}}, the highest level since {{1998|1998}}. About {{300 properties|300}} in [[Welshpool]] and [[Llanidloes]] were evacuated, and {{two people|2}} were rescued from a car on the [[A483]].

Rainfall reached {{96mm|96}} at one gauge, and a {{12-inch|12}} water main burst. Wind gusts of {{70mph|70}} brought down trees across mid [[Wales]].

The Welsh Government said it would spend {{£2.4m|2400000}} on flood defences in the county this year. Repairs to a {{300-metre|300}} stretch of embankment near [[Caersws]] will take about {{18 months|18}}. Sandbags cost residents {{30p|0.3}} each at a council depot on [[Park Road]], which reopens on the {{15th|---15}}.`,

a09_jiangmen_diaolou: `[[Taishan|440781]], a county-level city in [[Jiangmen|440700]], south [[China]]'s [[Guangdong Province|440000]], is the ancestral home of about {{1.3 million people|1300000}} living overseas, more than its own population of {{950,000|950000}}.

Many left in the {{19th century|19}} to build railways in [[Canada]] and the [[United States]]. Money they sent home paid for the diaolou, fortified towers that still stand in [[Kaiping|440783]] next door. {{1,833 towers|1833}} survive, and {{four villages|4}} with them were listed as a UNESCO World Heritage site on {{June 28, 2007|2007-06-28}}.

A restored tower in [[Chikan Town|440783109]] reopened on {{Sept 9th 2019|2019-09-09}} after repairs that cost {{C$1.5 million|1500000}}, donated by families in [[Vancouver]]. Visitor numbers rose by {{a fifth|0.2}} to {{860,000|860000}} in {{2023|2023}}, the city's tourism bureau said, and ticket sales reached {{27 million yuan|27000000}} by the {{end of June|2023-06}}.`,

b01_zibo_districts: `Workers in [[Zibo|370300]]'s [[Zhoucun district|370306]] have restored {{46 shops|46}} on an old trading street that dates back to the {{15th century|15}}, the district government said.

The project, launched in {{May 2022|2022-05}}, cost nearly {{RMB 800 million|800000000}} and created {{2,300 jobs|2300}}. Visitors rose {{27.4%|27.4}} year-on-year to {{5.6 million|5600000}} in {{2023|2023}}, while hotel occupancy rose {{6.3 percentage points|6.3}}.

Neighbouring [[Huantai county|370321]] and [[Gaoqing county|370322]] grow vegetables for [[Beijing|110000]] and [[Shanghai|310000]]. In [[Yiyuan county|370323]], {{a dozen villages|12}} have built guesthouses, and {{tens of thousands|10000}} of people visit each spring. [[Wangcun town|370306102]], {{18 km|18}} north of the street, hosts a pancake festival every {{September|--09}}.

"My family has sold pancakes here for {{three generations|3}}," said Zhao Min, {{63|63}}. Her stall takes about {{1,500 yuan|1500}} on a busy day.`,

b02_sichuan_pandas: `[[CHENGDU|510100]] -- The giant panda breeding base in [[Chengdu|510100]], capital of southwest [[China]]'s [[Sichuan province|510000]], welcomed {{9.6 million visitors|9600000}} last year, up from {{7.1 million|7100000}} in {{2019|2019}}.

The base, which opened in {{1987|1987}} with {{six pandas|6}} rescued from the wild, now houses more than {{200|200}}. A new {{27-hectare|27}} enclosure cost {{US$48 million|48000000}}.

About {{1,860 wild pandas|1860}} live in [[Sichuan|510000]], [[Shaanxi|610000]] and [[Gansu|620000]], according to the latest survey, about {{17 percent|17}} more than a decade earlier. Most live in the [[Qinling Mountains]] and in reserves around [[Wolong]] in [[Wenchuan county|513221]], where a {{magnitude-8.0|8}} earthquake struck on {{May 12, 2008|2008-05-12}}.

The panda park spans {{27,134 square kilometers|27134}}, about {{three times|3}} the size of [[Cyprus]].`,

b03_qingdao_port: `[[QINGDAO|370200]], {{Jan 8|--01-08}} (Xinhua) -- [[Qingdao|370200]] Port, one of the world's busiest, handled {{30.02 million containers|30020000}} in {{2023|2023}}, ranking {{fifth|5}} globally, port authorities said.

Cargo throughput rose {{4.8 percent|4.8}} to {{680 million tonnes|680000000}}. The port's automated terminal, the {{first|1}} in [[Asia]], moves up to {{60 boxes|60}} an hour per crane.

The port now has {{220 routes|220}} to more than {{180 countries|180}}. Shipping rates to [[Europe]] fell by between {{5 and 10 percent|5~10}} in the {{fourth quarter|--Q4}}.

[[Qingdao|370200]], a coastal city in [[Shandong|370000]], plans to spend {{$4.5bn|4500000000}} on new berths over {{two to four years|2~4}}. The 14th Five-Year Plan sets a target of {{40 million TEU|40000000}} by {{2025|2025}}.`,

b04_cornwall_council: `[[Cornwall]] Council has approved a {{2.99 per cent|2.99}} rise in council tax, adding about {{£60|60}} a year to the average Band D bill.

The council, which employs about {{5,000 staff|5000}}, must save {{£42.5 million|42500000}} in the next financial year. Libraries in [[Bodmin]], [[Launceston]] and [[Penzance]] will open {{two days|2}} a week instead of five.

Cabinet member Adam Paynter said the authority was spending {{£1.2 million|1200000}} a week on temporary housing for nearly {{700 families|700}}. Each bed-and-breakfast room costs up to {{£95|95}} a night.

Parking charges in [[Truro]] will rise by {{20p|0.2}} an hour from {{April 1|--04-01}}. A {{12-mile|12}} stretch of the [[A30]] near [[Bodmin Moor]] will get new lighting at a cost of {{£850,000|850000}}.`,

b05_thames_barrier: `Engineers have begun a {{£100m|100000000}} upgrade of the [[Thames]] Barrier in east [[London]], which has protected the capital from flooding since {{1982|1982}}.

The barrier's {{10 steel gates|10}}, each weighing {{3,300 tonnes|3300}}, span {{520 metres|520}} of the river near [[Woolwich]]. They have been closed more than {{220 times|220}}, {{50|50}} of them in the winter of {{2013-14|2013~2014}}.

The Environment Agency said sea levels in the [[Thames Estuary]] could rise by up to {{1.15 metres|1.15}} by {{2100|2100}}. About {{1.4 million people|1400000}} and {{£321bn|321000000000}} of property are at risk.

The work, which will take {{five years|5}}, includes replacing {{2,000 ft|2000}} of cabling and a {{6-inch|6}} hydraulic pipe. Dan Hall, {{47|47}}, an engineer from [[Gravesend]], said the gates were "as good as new" after {{four decades|40}}.`,

b06_xinjiang_cotton: `[[URUMQI|650100]] -- Cotton output in northwest [[China]]'s [[Xinjiang Uygur Autonomous Region|650000]] reached {{5.11 million tonnes|5110000}} this year, accounting for more than {{90 percent|90}} of the national total, regional authorities said on {{Dec 25|--12-25}}.

Machines picked {{85 percent|85}} of the crop, against {{one-sixth|0.16666666666666666}} a decade ago. In [[Aksu prefecture|652900]], {{2,000 drones|2000}} sprayed fields covering {{3.3 million mu|3300000}}.

Farmers in [[Shaya county|652924]] earned an average of {{22,000 yuan|22000}}, about {{7 percent|7}} more than last year. Mamat Tursun, a farmer aged {{45|45}} in [[Yengisar]], said his {{50-mu|50}} plot produced {{450 kg|450}} of cotton per mu. The [[Tarim River]] supplied {{3.2 billion cubic meters|3200000000}} of water for irrigation.`,

c01_zichuan_chain: `Villagers in [[Taitou Village]], [[Longquan Town|370302112]], [[Zichuan District|370302]] of [[Zibo City|370300]] have turned an abandoned quarry into a lavender farm that drew {{86,000 visitors|86000}} in {{2023|2023}}.

The farm covers {{200 mu|200}} and employs {{43 villagers|43}}, most of them over {{60|60}}. Each worker earns about {{2,800 yuan|2800}} a month. Village Party secretary Wang Jun said the collective's income reached {{1.36 million yuan|1360000}}, about {{nine times|9}} the figure in {{2018|2018}}.

The quarry was closed in the {{1990s|1990}} after dust from it damaged crops across {{three villages|3}}. Work to restore it began in {{March 2020|2020-03}} and cost {{RMB 4.2 million|4200000}}, of which [[Shandong|370000]]'s provincial government paid {{60 percent|60}}.`,

c02_sichuan_quake_relief: `[[CHENGDU|510100]], {{Sept 6|--09-06}} (Xinhua) -- Rescuers in south-west [[China]]'s [[Sichuan Province|510000]] have moved more than {{50,000 people|50000}} to safety after a {{6.8-magnitude|6.8}} earthquake struck [[Luding County|513322]] at 12:52 pm on Monday.

The quake killed {{93 people|93}} and left {{25|25}} missing, the provincial emergency management department said on Tuesday. About {{40,000 houses|40000}} were damaged in [[Luding|513322]] and neighbouring [[Shimian County|511824]] in [[Ya'an|511800]].

The central government allocated {{100 million yuan|100000000}} for relief. Troops repaired {{18 kilometres|18}} of road to [[Moxi Town|513322103]], home to {{23,000 residents|23000}}, within {{three days|3}}. Zhang Hua, {{37|37}}, a teacher at the town's No. 1 Primary School, said {{two|2}} of her pupils had been hurt.`,

c03_hebei_xiongan: `[[SHIJIAZHUANG|130100]] -- Investment in the [[Xiong'an New Area]] in north [[China]]'s [[Hebei province|130000]] topped {{700 billion yuan|700000000000}} by the {{end of 2023|2023-12}}, officials said.

More than {{4,000 buildings|4000}} have been completed and about {{1 million people|1000000}} now live in the new city, about {{100 km|100}} southwest of [[Beijing|110000]]. The area covers {{1,770 square kilometers|1770}}, including [[Baiyangdian Lake]], the largest freshwater lake in [[North China]].

Water quality in the lake improved from Grade V in {{2017|2017}} to Grade III, and its fish species rose to {{48|48}}. A high-speed line links the area with [[Tianjin|120000]] in under an hour.`,

c04_yorkshire_council_tax: `Council tax in [[North Yorkshire]] will rise by {{4.99 per cent|4.99}} from {{April|--04}}, adding about {{£90|90}} a year to a Band D bill of {{£1,900|1900}}.

The council says it faces a gap of {{£30 million|30000000}} in its budget for {{2024-25|2024~2025}}. It plans to close {{eight|8}} of its {{42 libraries|42}} and cut {{150 jobs|150}}, about {{2 per cent|2}} of its workforce.

In [[Scarborough]], where {{one in five|0.2}} children live in poverty, campaigners held a protest outside the town hall on Saturday {{3 February|--02-03}}. Bus routes to [[Whitby]] and [[Pickering]] will be cut from {{six journeys|6}} a day to four.

The cost of a parking permit will go up by {{£25|25}} to {{£125|125}}, and a bin collection will cost {{£48|48}} a year. Residents aged over {{65|65}} will get a {{25%|25}} discount.`,

c05_yunnan_tea: `[[KUNMING|530100]], {{April 18|--04-18}} (Xinhua) -- Tea farmers in [[Pu'er|530800]], a city in southwest [[China]]'s [[Yunnan Province|530000]], are expected to earn {{15 percent|15}} more this year as spring tea prices rise.

[[Pu'er|530800]]'s tea plantations cover {{1.6 million mu|1600000}}, and output reached {{170,000 tonnes|170000}} last year, worth {{31.6 billion yuan|31600000000}}. The city ranks {{first|1}} in the province for tea output and {{second|2}} for its value, after [[Xishuangbanna]].

In [[Jingmai Mountain]] in [[Lancang county|530828]], ancient tea forests covering {{28,000 mu|28000}} were listed as a World Heritage site in {{September 2023|2023-09}}. Aini Zhang, {{29|29}}, who runs a tea shop in the village of [[Nuogang]], said a kilogram of old-tree tea now sells for up to {{8,000 yuan|8000}}, {{twice|2}} the price of {{five years|5}} ago.`,

c06_kent_school: `A primary school in [[Ashford]], [[Kent]], will get a new building after inspectors found {{three|3}} of its classrooms unsafe.

The {{£6.8m|6800000}} project, paid for by the Department for Education, will add {{210 places|210}}. The school, which has {{420 pupils|420}} aged {{four to 11|4~11}}, has used {{six temporary classrooms|6}} since {{2019|2019}}.

Headteacher Claire Dunn said the old block, built in {{1968|1968}}, had a roof that leaked "every time it rained". The new building will have {{12 classrooms|12}}, a hall seating {{300 people|300}} and a {{40-metre|40}} running track. Work starts on {{8 July|--07-08}} and should finish within {{14 months|14}}.

The school is one of {{22|22}} in [[Kent]] on a government list for rebuilding. The county council said it had spent {{£14.7 million|14700000}} on repairs to school roofs in the last {{three years|3}}.`,

d01_weifang_kites: `[[WEIFANG|370700]], {{April 20|--04-20}} (Xinhua) -- More than {{600 teams|600}} from {{58 countries|58}} and regions flew kites in [[Weifang|370700]], a city in east [[China]]'s [[Shandong|370000]] known as the world's kite capital, at the opening of its {{41st|41}} international kite festival on Saturday.

Kite making employs about {{80,000 people|80000}} in the city, and its {{360 kite companies|360}} sell {{2 billion yuan|2000000000}} worth of kites a year, taking {{75 percent|75}} of the global market.

In [[Yangjiabu Village]] of [[Hanting District|370703]], Zhang Xiaodong, {{51|51}}, paints kite frames made from bamboo. A dragon kite {{200 meters|200}} long took his workshop {{three months|3}} to finish and sold for {{12,000 yuan|12000}}. "My grandfather started the business in the {{1930s|1930}}," he said.

Visitors from [[Japan]], [[Lithuania]] and [[Indonesia]] joined the festival, which has been held every {{April|--04}} since {{1984|1984}}. [[Weifang|370700]]'s [[Binhai Economic and Technological Development Zone]] hosted a night show with {{1,500 drones|1500}}.`,

d02_anhui_floods: `[[HEFEI|340100]] -- Flood waters on the [[Huaihe River]] rose {{1.2 meters|1.2}} overnight, forcing the evacuation of {{16,000 residents|16000}} from low-lying villages in [[Funan County|341225]], [[Anhui Province|340000]], on {{July 9|--07-09}}.

The county opened {{two flood storage areas|2}} at [[Mengwa]], flooding {{180,000 mu|180000}} of farmland to protect downstream cities including [[Bengbu|340300]] and [[Huainan|340400]]. It was the 16th time the Mengwa area had been used since {{1954|1954}}.

Rainfall in northern [[Anhui|340000]] reached {{310 millimeters|310}} in {{72 hours|72}}, about {{40 percent|40}} of the annual average, the provincial weather station said. Wang Dong, a villager in [[Wangjiaba Town|341225117]], said his family had moved {{six tonnes|6}} of wheat to higher ground. The provincial government allocated {{50 million yuan|50000000}} for relief.`,

d03_scotland_ferry: `A new ferry for the [[Isle of Arran]] has finally entered service, {{six years|6}} late and {{£150m|150000000}} over budget.

The {{102-metre|102}} vessel, built at the Ferguson shipyard in [[Port Glasgow]], can carry {{852 passengers|852}} and {{127 cars|127}}. Its original contract, signed in {{October 2015|2015-10}}, was worth {{£97m|97000000}}.

Islanders said the delays had cost local businesses. "We lost about {{£25,000|25000}} last summer when sailings from [[Ardrossan]] were cancelled," said Fiona Kerr, who runs a hotel in [[Brodick]]. About {{4,600 people|4600}} live on the island, which draws more than {{300,000 visitors|300000}} a year.

The crossing takes {{55 minutes|55}}. Transport [[Scotland]] said a sister ship would join the route by the {{end of 2025|2025-12}}, and that fares would be frozen at {{£4.20|4.2}} for foot passengers until {{March 2026|2026-03}}.`,

d04_gansu_desert: `[[LANZHOU|620100]] -- Foresters in [[Minqin County|620621]], northwest [[China]]'s [[Gansu Province|620000]], have planted {{1.6 million trees|1600000}} this spring to stop the [[Tengger Desert]] and the [[Badain Jaran Desert]] from merging.

The county, wedged between the two deserts, has lost {{one-fifth|0.2}} of its farmland to sand since the {{1950s|1950}}. Its forest cover has risen from {{3 percent|3}} to {{18.3 percent|18.3}} over {{four decades|40}}.

Volunteers from [[Wuwei|620600]], [[Lanzhou|620100]] and even [[Hong Kong|810000]] joined local farmers in [[Xiqu Town|620621103]], where straw grids hold sand dunes in place. Each grid measures {{1 meter|1}} by {{1 meter|1}}, and a worker can lay about {{200 square meters|200}} a day, earning {{150 yuan|150}}.`,

e01_reuters_property: `[[SHANGHAI|310000]], {{Oct 16|--10-16}} (Reuters) - New home prices in [[China]] fell for a {{sixth|6}} straight month in {{September|--09}}, with {{56|56}} of the {{70 cities|70}} surveyed reporting declines, official data showed on Monday.

Prices dropped {{0.3%|0.3}} month-on-month, after a {{0.2%|0.2}} fall in {{August|--08}}, according to Reuters calculations. Year-on-year, they were down {{0.6%|0.6}}. In [[Shenzhen|440300]], prices slid {{1.1%|1.1}}, while [[Beijing|110000]] and [[Shanghai|310000]] posted gains of {{0.4%|0.4}} and {{0.5%|0.5}}.

Property investment shrank {{9.1%|9.1}} in the {{first nine months|--01~--09}}, and sales by floor area fell {{7.5%|7.5}}. Developers raised {{9.97 trillion yuan|9970000000000}} ({{$1.37 trillion|1370000000000}}) in the period.

The central bank kept its one-year loan prime rate at {{3.45%|3.45}} and the {{five-year|5}} rate at {{4.2%|4.2}}. Analysts at Nomura expect a recovery only in the {{second half|--H2}} of next year.`,

e02_bristol_council: `[[Bristol]] City Council will sell {{14 buildings|14}}, including a former library in [[Bedminster]], to raise {{£12m|12000000}} towards a {{£40m|40000000}} gap in its budget.

The buildings, valued at between {{£300,000 and £2.5m|300000~2500000}} each, have been empty for up to {{seven years|7}}. The council's finance chief said selling them would save {{£650,000|650000}} a year in upkeep.

Opposition councillors said the sale of the {{19th-century|19}} library, which closed in {{2017|2017}}, was "short-sighted". About {{1,200 people|1200}} signed a petition against it within {{48 hours|48}}.

A decision is due at a cabinet meeting on {{September 12|--09-12}}. Council tax in the city rose {{4.99%|4.99}} in {{April|--04}}, taking a Band D bill to {{£2,271.37|2271.37}}, one of the highest among the eight core cities in [[England]].`,

e03_chongqing_metro: `[[CHONGQING|500000]], {{Jan 1|--01-01}} (Xinhua) -- A new metro line opened on Monday in southwest [[China]]'s [[Chongqing Municipality|500000]], bringing the city's rail network to {{538 kilometers|538}} and {{11 lines|11}}.

The {{27.9-km|27.9}} line has {{13 stations|13}} and links [[Yubei District|500112]] with [[Liangjiang New Area]], cutting the trip from {{70 minutes|70}} to {{35|35}}. Trains run every {{four minutes|4}} at peak hours at speeds of up to {{100 km per hour|100}}.

The metro carried {{1.19 billion passengers|1190000000}} last year, a daily average of {{3.26 million|3260000}}. Fares range from {{2 to 10 yuan|2~10}}. The city plans to extend its network to {{1,000 km|1000}} by {{2030|2030}}, at a cost of more than {{300 billion yuan|300000000000}}.`,

f01_zibo_barbecue: `[[ZIBO|370300]], [[Shandong|370000]], {{May 3|--05-03}} (Xinhua) -- Barbecue restaurants in [[Zibo|370300]] served some {{1.2 million diners|1200000}} over the {{five-day|5}} May Day holiday, the city's culture and tourism bureau said on Wednesday.

Special trains from [[Jinan|370100]], about {{110 km|110}} away, carried more than {{60,000 passengers|60000}}. Hotel bookings in the city rose {{800 percent|800}} from {{2019|2019}}, and the average room rate doubled to around {{450 yuan|450}} a night.

At the Bazaar market in [[Zhangdian District|370303]], which has {{72 stalls|72}}, queues began to form at 3 pm. "We sold {{3,000 skewers|3000}} in {{four hours|4}}," said stall owner Liu Fang, {{38|38}}. A set of {{10 skewers|10}} with flatbread and scallions costs {{25 yuan|25}}.

Tourists from [[Beijing|110000]], [[Tianjin|120000]] and [[Hebei|130000]] made up nearly {{half|0.5}} of the visitors. The city's tourism revenue in {{April|--04}} reached {{1.56 billion yuan|1560000000}}.`,

f02_cumbria_floods: `Parts of [[Cumbria]] were cut off on Saturday after up to {{150mm|150}} of rain fell in {{24 hours|24}}, with the [[River Eden]] rising {{2.5 metres|2.5}} above its usual level in [[Carlisle]].

About {{600 homes|600}} lost power, and {{12 schools|12}} will stay closed on Monday. Mountain rescue teams helped {{35 people|35}} from cars stranded on the [[A66]] between [[Keswick]] and [[Penrith]].

[[Cumbria]] County Council said repairing {{40 bridges|40}} damaged in the storm would cost an estimated {{£18m|18000000}} and could take {{two years|2}}. It was the {{third|3}} major flood in the county since {{2005|2005}}.

Rainfall at [[Honister Pass]] reached {{341mm|341}} in {{48 hours|48}}, a [[UK]] record set in {{December 2015|2015-12}} stood at {{405mm|405}}.`,
};
