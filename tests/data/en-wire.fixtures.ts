// English news written for issue 8 as real outlets write it, messier than the other English
// fixtures: Reuters wire copy with its dateline and credit line, Xinhua and Global Times copy with
// pinyin townships and villages, a Sixth Tone feature, and BBC local stories (a council budget, a
// court case, a flood, a football match with house prices). Gold was marked before the engine
// read them, in the marks of en-articles.fixtures.ts:
//   [[span]] or [[span|code]]  a place; the code's leading digits
//   {{span|value}}             a figure; value a number, a date string, or low~high for a range
// wireDevelopment was scored blind, then the rules and data were fixed by category; wireHeldOut
// was written after those fixes and scored once, then led to fixes of its own; wireFinal was
// written after all of them and scored once.

export const wireDevelopment: Record<string, string> = {

w01_reuters_activity: `[[China]]'s October factory output beats forecasts, retail sales pick up

[[BEIJING|110000]], {{Nov 15|--11-15}} (Reuters) - [[China]]'s industrial output grew {{5.3%|5.3}} in {{October|--10}} from a year earlier, beating forecasts, while retail sales rose at their fastest pace since {{February|--02}}, official data showed on Friday, offering some relief to policymakers as they try to shore up the {{$18.6 trillion|18600000000000}} economy.

Analysts in a Reuters poll had expected factory output to grow {{5.0%|5}}, down from {{5.4%|5.4}} in {{September|--09}}. Retail sales, a gauge of consumption, increased {{4.8%|4.8}}, versus {{3.2%|3.2}} in {{September|--09}} and forecasts of {{3.8%|3.8}}.

Fixed-asset investment expanded {{3.4%|3.4}} in the {{first 10 months|--01~--10}} of the year from the same period a year earlier, compared with expectations for a {{3.5%|3.5}} rise. Property investment slumped {{10.3%|10.3}}, the data from the National Bureau of Statistics (NBS) showed.

New home prices in {{70 major cities|70}} fell {{0.5%|0.5}} month-on-month, the {{17th|17}} straight monthly decline. Prices in tier-one cities such as [[Shanghai|310000]] and [[Shenzhen|440300]] dropped between {{0.3 and 0.6 percent|0.3~0.6}}, while in [[Guangzhou|440100]] they were flat.

The urban unemployment rate eased to {{5.0%|5}} from {{5.1%|5.1}}. The jobless rate for people aged {{16 to 24|16~24}}, excluding students, stood at {{17.1%|17.1}} in {{October|--10}}.

"The economy is still not out of the woods," said Zhang Zhiwei, chief economist at Pinpoint Asset Management in [[Hong Kong|810000]], adding that {{Q4|--Q4}} growth could come in at {{4.6-4.8%|4.6~4.8}}.

[[Beijing|110000]] has targeted growth of "around {{5%|5}}" for {{2024|2024}}. Economists see it expanding {{4.8%|4.8}} this year and {{4.5%|4.5}} in {{2025|2025}}, according to a Reuters poll of {{40 analysts|40}} in {{mid-October|--10}}.

(Reporting by Ellen Zhang and Ryan Woo; Editing by Kim Coghill)`,

w02_xinhua_guangxi_cane: `Drones, harvesters take the strain in [[Guangxi|450000]] cane fields

[[NANNING|450100]], {{June 3|--06-03}} (Xinhua) -- Sugarcane farmers in [[Longzhou county|451423]], [[Chongzuo city|451400]], south [[China]]'s [[Guangxi Zhuang Autonomous Region|450000]], are harvesting more with fewer hands as drones and harvesters replace manual labour.

In [[Shuikou town|451423102]], which borders [[Vietnam]]'s [[Cao Bang province]], mechanized harvesting now covers {{62 percent|62}} of the town's {{48,000 mu|48000}} (about {{3,200 hectares|3200}}) of cane fields, up from less than {{10 percent|10}} {{five years|5}} ago, according to the town government.

"It used to take {{two dozen workers|24}} a week to cut {{30 mu|30}}. Now one machine does it in {{a day and a half|1.5}}," said Nong Wenbin, {{46|46}}, a grower in [[Luohui village|451423102206]], who rents out his harvester to neighbors for {{180 yuan|180}} per mu.

[[Guangxi|450000]] produces over {{60 percent|60}} of [[China]]'s cane sugar. The region crushed {{47.2 million tonnes|47200000}} of sugarcane in the {{2023/24|2023~2024}} season, yielding {{6.17 million tonnes|6170000}} of sugar, data from the regional agriculture department show.

[[Longzhou|451423]] has also built a {{1.2-billion-yuan|1200000000}} sugar industry park near the [[Shuikou|451423102]] port, where some {{1,800 trucks|1800}} cross the border each day. Cross-border trade through the port topped {{38 billion yuan|38000000000}} in {{2023|2023}}, a year-on-year rise of {{18.6 percent|18.6}}.

By {{2027|2027}}, the county aims to raise the share of mechanized harvesting to {{three quarters|0.75}} and double farmers' per-mu income.`,

w03_sixthtone_silk: `In a [[Zhejiang|330000]] Canal Town, Silk Quilt Makers Bet on Livestreams

[[HUZHOU|330500]], [[Zhejiang|330000]] — For {{three generations|3}}, the Shen family has made silk quilts in [[Shuanglin|330503101]], a canal town of about {{80,000 people|80000}} in [[Huzhou|330500]]'s [[Nanxun district|330503]]. But since the {{late 2010s|2010}}, most of their orders have come online.

"We sold roughly {{4,000 quilts|4000}} in the {{first half|--H1}} of the year — about {{a third|0.3333333333333333}} of them to customers in [[Shanghai|310000]] and [[Hangzhou|330100]]," said Shen Yuqin, {{38|38}}, who took over the workshop in {{2016|2016}}. A double quilt filled with {{2 kilograms|2}} of mulberry silk retails for {{1,280 yuan|1280}}, she said.

[[Nanxun|330503]], about {{120 kilometers|120}} west of [[Shanghai|310000]], was once home to the "four elephants, eight bulls" — merchant families who made their fortunes in the silk trade during the {{19th century|19}}. Today the district has more than {{370 textile firms|370}}, but only {{one in five|0.2}} still processes raw silk, according to a {{2023|2023}} survey by the local industry association.

Local officials hope tourism will help. [[Nanxun|330503]]'s old town received {{9.8 million visits|9800000}} last year, up nearly {{40%|40}} from {{2019|2019}}, and a high-speed rail line linking [[Huzhou|330500]] with [[Suzhou|320500]], due to open in {{mid-2026|2026}}, will cut the trip to under {{30 minutes|30}}.

Still, Shen worries about the future. Her workshop employs {{11 women|11}}, the youngest aged {{47|47}}. "Young people don't want to sit at a loom for {{eight hours|8}} a day," she said.`,

w04_bbc_stockport_budget: `[[Stockport]]: Council tax to rise by {{4.99%|4.99}} as budget gap grows

Householders in [[Stockport]] face a {{4.99%|4.99}} rise in council tax from {{April|--04}} after councillors approved the town's budget on Thursday night.

The increase means a Band D property will pay {{£2,231.17|2231.17}} a year, up {{£106|106}} on {{2024/25|2024~2025}}, including the precept for [[Greater Manchester]]'s mayor and police.

Council leader Mark Hunter said the authority had to find {{£22.4m|22400000}} of savings over the next {{three years|3}}, with adult social care costs up by {{a fifth|0.2}} since {{2022|2022}}.

"No-one wants to put up council tax during a cost-of-living crisis, but we have no choice," he told the meeting at [[Stockport]] Town Hall, which ran until 10.40pm.

Opposition councillors tabled an amendment to keep the library in [[Marple]] open on Saturdays, costing about {{£85,000|85000}}, but it was defeated by {{11 votes|11}}.

Separately, Transport for [[Greater Manchester]] (TfGM) confirmed that the Metrolink extension to [[Stockport]] would cost between {{£300m and £450m|300000000~450000000}} and could open by the {{early 2030s|2030}}. A consultation on the route, which would run from [[East Didsbury]] along the [[A34]] and over the [[River Mersey]], opens on {{3 March|--03-03}}.

Across [[Greater Manchester]]'s {{10 boroughs|10}}, council tax will rise by an average of {{4.7%|4.7}}, with [[Bolton]], [[Wigan]] and [[Oldham]] all opting for the maximum {{4.99%|4.99}} allowed without a referendum.`,

w05_bbc_lancashire_court: `Man jailed after {{£1.2m|1200000}} cannabis farm found in former pub

A man who ran a cannabis farm in a former pub in [[Lancashire]] has been jailed for {{five years|5}} and {{four months|4}}.

Police found {{640 plants|640}} on {{three floors|3}} of the building on [[Bolton Road]] in [[Darwen]] in {{March|--03}} last year, [[Preston]] Crown Court heard. The crop had a potential street value of up to {{£1.2m|1200000}}.

Kastriot Berisha, {{27|27}}, of no fixed address, admitted producing a class B drug. The court heard he was paid {{£500|500}} a week to tend the plants and lived in an upstairs room with the windows boarded up.

Officers were called at about 10.30am on {{14 March 2024|2024-03-14}} after a neighbour reported a strong smell. Electricity had been bypassed, costing the supplier an estimated {{£38,000|38000}}.

Sentencing, Judge Robert Altham said the set-up was "sophisticated and highly profitable". Berisha, an Albanian national, is expected to be deported after serving {{half|0.5}} of his sentence.

Det Sgt Emma Lord, of [[Lancashire]] Police's east division, said: "This is the {{third|3}} cannabis factory we have found in [[Blackburn]] and [[Darwen]] in {{18 months|18}}."

In a separate case at the same court, a {{34-year-old|34}} lorry driver from [[Chorley]] was banned from driving for {{two years|2}} after being caught at {{97mph|97}} on the [[M6]] near [[Lancaster]].`,

w06_bbc_york_floods: `Storm Bert: Flood warnings in place as [[River Ouse]] rises in [[York]]

More than {{40 flood warnings|40}} remain in force across [[North Yorkshire]] after Storm Bert brought up to {{80mm|80}} ({{3in|3}}) of rain to parts of the county over the weekend.

The [[River Ouse]] in [[York]] peaked at {{4.2m|4.2}} above its normal level at the city-centre gauge on Sunday evening, the Environment Agency said. Riverside pubs on [[King's Staith]] were under water and the city's [[Foss]] Barrier was lowered at 4pm.

In [[Tadcaster]], {{10 miles|10}} ({{16km|16}}) south-west of [[York]], the [[River Wharfe]] burst its banks, and {{a dozen homes|12}} in [[Malton]] and [[Norton]] were evacuated as a precaution.

The Met Office has issued a yellow warning for wind covering the north of [[England]] until 6am on Tuesday, with gusts of {{50-60mph|50~60}} possible on high ground in the [[Yorkshire Dales]] and the [[North York Moors]].

Northern Rail said trains between [[Leeds]] and [[Harrogate]] were cancelled, while the [[A64]] was closed in both directions near [[Malton]] for about {{three hours|3}} after a tree fell.

[[North Yorkshire]] Council said it had handed out {{2,500 sandbags|2500}} since Friday. Its emergency planning lead, Matt Robinson, said {{a third|0.3333333333333333}} of the calls received were from households that had not flooded before.

The Met Office said the [[UK]] had seen {{130%|130}} of its average November rainfall in just the first {{25 days|25}} of the month.`,

w07_globaltimes_mohe: `[[China]]'s 'Arctic' town braces for {{-45 C|-45}} as winter tourism booms

[[Mohe|232701]], the northernmost city in [[China]], recorded a low of {{minus 43.6 C|-43.6}} on Tuesday morning, the coldest temperature nationwide so far this winter, according to the [[Heilongjiang|230000]] provincial meteorological observatory.

Despite the bitter cold, hotels in [[Beiji village|232701104200]], about {{80 kilometers|80}} north of the city center on the southern bank of the [[Heilongjiang River]], which forms the border with [[Russia]], were nearly fully booked for the New Year holiday, the Global Times learned.

"Room prices have doubled to around {{600 yuan|600}} a night," said a homestay owner surnamed Wang, adding that {{70 percent|70}} of her guests come from southern provinces such as [[Guangdong|440000]], [[Fujian|350000]] and [[Hainan|460000]].

[[Mohe|232701]], which is administered by the [[Da Hinggan Ling Prefecture|232700]], received {{1.58 million tourist visits|1580000}} in {{2023|2023}}, generating {{1.86 billion yuan|1860000000}} in revenue, up {{143 percent|143}} year-on-year. In the {{first 11 months|--01~--11}} of this year, visits rose a further {{26.4 percent|26.4}}.

Temperatures in the area regularly drop below {{-40 C|-40}} between {{December|--12}} and {{February|--02}}. The record low in [[China]], {{-52.3 C|-52.3}}, was set in [[Mohe|232701]] on {{January 22, 2023|2023-01-22}}.`,

w08_bbc_cumbria_sport_homes: `[[Carlisle]] United 2-0 [[Barrow]]: Blues ease past Cumbrian rivals

[[Carlisle]] United moved up to {{14th|14}} in League Two with a comfortable 2-0 win over [[Barrow]] in front of {{9,312 fans|9312}} at [[Brunton Park]].

Jordan Gibson opened the scoring after {{23 minutes|23}} and Harry Lewis sealed it with a header in the 78th minute. [[Barrow]], who had won {{four|4}} of their previous {{five away games|5}}, remain {{sixth|6}}, {{two points|2}} off the automatic promotion places.

Meanwhile, house prices in [[Cumbria]] rose by {{6.1%|6.1}} in the year to {{September|--09}}, to an average of {{£215,400|215400}}, according to the Land Registry, outpacing the {{2.9%|2.9}} rise across [[England]] as a whole. In [[Kendal]] and [[Keswick]], where {{one in four|0.25}} homes is a second home or holiday let, the average price has topped {{£350,000|350000}}.`,

w09_chinadaily_rongchang: `[[Rongchang|500153]] Pottery Finds New Buyers Overseas
By TAN YINGZI in [[Chongqing|500000]] | Updated: {{2024-05-12|2024-05-12}} 09:41

Potters in [[Chongqing|500000]]'s [[Rongchang district|500153]] shipped {{1.6 million pieces|1600000}} of tableware and tea sets abroad last year, more than {{double|2}} the figure in {{2021|2021}}, as the {{2,000-year-old|2000}} craft rides a boom in cross-border e-commerce.

[[Rongchang|500153]] pottery, one of [[China]]'s {{four famous potteries|4}}, is made mainly in [[Anfu subdistrict|500153005]], where more than {{120 kilns|120}} and workshops line the old street along the [[Laisu River]].

"Orders from [[Southeast Asia]] and the [[Middle East]] account for roughly {{40 percent|40}} of our sales now," said Liang Ping, {{44|44}}, whose family-run workshop employs {{26 craftsmen|26}}. A hand-thrown teapot from [[Anfu|500153005]] fetches between {{300 and 800 yuan|300~800}} online.

The district's pottery output reached {{3.2 billion yuan|3200000000}} in {{2023|2023}}, up {{12.3 percent|12.3}} year-on-year, according to the local culture and tourism bureau. [[Rongchang|500153]], about {{90 km|90}} west of downtown [[Chongqing|500000]], sits halfway along the high-speed railway linking [[Chongqing|500000]] and [[Chengdu|510100]], capital of [[Sichuan province|510000]], and lies at the heart of the [[Chengdu|510100]]-[[Chongqing|500000]] economic circle.

Neighboring [[Yongchuan district|500118]] and [[Neijiang|511000]] in [[Sichuan|510000]] have signed agreements to share a {{500-mu|500}} logistics park. In the {{first quarter of 2024|2024-Q1}}, freight trains from the park to [[Europe]] made {{87 trips|87}}, a {{35 percent|35}} increase from {{Q1 2023|2023-Q1}}.`,

w10_xinhua_xilingol: `Herders Cut Flocks as [[Inner Mongolia|150000]] Grasslands Recover

[[HOHHOT|150100]], {{Aug 2|--08-02}} (Xinhua) -- Herders in [[Abag Banner|152522]] of [[Xilingol League|152500]], north [[China]]'s [[Inner Mongolia Autonomous Region|150000]], have cut their flocks by nearly {{a fifth|0.2}} since {{2019|2019}} under a grassland protection scheme that pays them not to graze.

The banner, which covers {{27,500 square km|27500}} on the border with [[Mongolia]], received {{186 million yuan|186000000}} in ecological compensation last year, with each household getting an average of {{36,000 yuan|36000}}, the banner's forestry and grassland bureau said.

"Before, we kept over {{1,000 sheep|1000}} on {{5,000 mu|5000}}. Now we keep {{400|400}}, and the grass comes up to my knees in {{July|--07}}," said Bayar, a {{58-year-old|58}} herder.

Grass coverage in the banner has risen to {{56.8 percent|56.8}} from {{48 percent|48}} {{a decade|10}} ago, according to monitoring data. The number of wild animals, including Mongolian gazelles, has grown {{two- to threefold|2~3}}.

[[Xilingol|152500]], whose grasslands are among the best preserved in [[China]], plans to restore another {{3.5 million mu|3500000}} of degraded land by {{2030|2030}}, the league's government said on Thursday.`,

w11_sixthtone_durian: `In [[Xishuangbanna|532800]], a Rubber Boom Gives Way to Durians

[[JINGHONG|532801]], [[Yunnan|530000]] — The hills around [[Menglun|532823104]], a town in southwestern [[Yunnan province|530000]]'s [[Mengla county|532823]], were once covered almost entirely by rubber trees. Since {{2020|2020}}, about {{one-tenth|0.1}} of them have been cut down and replaced with durian, a fruit that sells for up to {{200 yuan|200}} per kilogram in [[Shanghai|310000]] supermarkets.

"A mu of durian can earn {{10 times|10}} what rubber does, if it survives," said Yan Wen, a {{31-year-old|31}} grower who returned from [[Kunming|530100]] in {{2021|2021}}. He leases {{60 mu|60}} from villagers at {{1,500 yuan|1500}} per mu a year.

[[Xishuangbanna Dai Autonomous Prefecture|532800]], on the border with [[Laos]] and [[Myanmar]], planted about {{18,000 hectares|18000}} of durians between {{2019|2019}} and {{2023|2023}}, provincial data show. The first commercial harvest is expected in {{2025|2025}} or {{2026|2026}}, {{five to seven years|5~7}} after planting.

Rubber prices, meanwhile, have fallen by more than {{half|0.5}} since their {{2011|2011}} peak, to around {{12,000 yuan|12000}} per ton. The prefecture still has {{4.6 million mu|4600000}} of rubber, about {{one third|0.3333333333333333}} of [[China]]'s total.`,

w12_bbc_yr_wyddfa: `[[Yr Wyddfa]]: Record {{700,000 people|700000}} climb [[Wales]]' highest peak

A record {{700,000 people|700000}} climbed [[Yr Wyddfa]], also known as [[Snowdon]], last year, prompting calls for a cap on numbers during the busiest months.

[[Gwynedd]] Council said the [[Pen-y-Pass]] car park was full by 07:30 BST on {{62 days|62}} in {{2023|2023}}, with queues on the [[A4086]] stretching more than a mile towards [[Llanberis]].

[[Eryri]] National Park Authority, formerly [[Snowdonia]], said it spent {{£250,000|250000}} a year repairing paths on the {{1,085m|1085}} ({{3,560ft|3560}}) mountain. Its chief executive, Jonathan Cawley, said: "{{One in three|0.3333333333333333}} visitors arrives between 10:00 and 14:00 on a Saturday."

Mountain rescue teams in the area were called out {{289 times|289}}, up from {{210|210}} in {{2022|2022}}. [[Llanberis]] Mountain Rescue Team said {{a quarter|0.25}} of call-outs involved walkers who were lost or unprepared.

The [[Snowdon]] Mountain Railway, which runs from [[Llanberis]] to the summit, carried {{140,000 passengers|140000}}, with a return ticket costing {{£45|45}} for adults.`,

w13_reuters_uk_inflation: `[[UK]] inflation falls to {{2.3%|2.3}}, lowest in nearly {{three years|3}}

[[LONDON]], {{May 22|--05-22}} (Reuters) - British inflation fell less than expected in {{April|--04}} to its lowest rate since {{July 2021|2021-07}}, dealing a blow to hopes of a Bank of [[England]] interest rate cut next month.

Consumer prices rose {{2.3%|2.3}} in the {{12 months|12}} to {{April|--04}}, down from {{3.2%|3.2}} in {{March|--03}}, the Office for National Statistics said. Economists polled by Reuters had expected a drop to {{2.1%|2.1}}.

Services inflation - watched closely by the BoE - edged down only to {{5.9%|5.9}} from {{6.0%|6}}, well above the central bank's forecast of {{5.3%|5.3}}.

Sterling jumped {{0.4%|0.4}} against the U.S. dollar to {{$1.2753|1.2753}} after the data, while investors cut bets on a June rate cut to around {{15%|15}} from {{50%|50}} a day earlier.

The BoE has held Bank Rate at a {{16-year|16}} high of {{5.25%|5.25}} since {{August|--08}} last year. Prime Minister Rishi Sunak said the figures showed "the plan is working", ahead of a national election on {{July 4|--07-04}}.

Household energy bills fell by {{12%|12}} in {{April|--04}} after the regulator Ofgem lowered its price cap to {{1,690 pounds|1690}} ({{$2,150|2150}}) a year for a typical household.

(Reporting by William Schomberg and Andy Bruce; editing by Paul Sandle)`,

w14_ap_typhoon: `Typhoon Yagi slams into [[China]]'s [[Hainan|460000]], forcing {{400,000|400000}} to evacuate

[[HONG KONG|810000]] (AP) — Typhoon Yagi, the strongest storm to hit southern [[China]] in {{a decade|10}}, made landfall Friday afternoon in the city of [[Wenchang|469005]] on the island province of [[Hainan|460000]], packing winds of up to {{234 kph|234}} ({{145 mph|145}}).

More than {{400,000 people|400000}} were evacuated in [[Hainan|460000]] and neighboring [[Guangdong province|440000]], state broadcaster CCTV said. Schools, offices and businesses in [[Haikou|460100]], the provincial capital, were closed, and {{89 flights|89}} were canceled at the city's [[Meilan|460108]] International Airport.

Photos posted online showed trees uprooted in [[Longlou town|469005109]], home to the [[Wenchang|469005]] Space Launch Site, and billboards torn from buildings.

Yagi, which killed at least {{16 people|16}} in the [[Philippines]] earlier this week, is expected to weaken as it moves toward northern [[Vietnam]]'s [[Quang Ninh province]] on Saturday. [[Hanoi]] ordered schools shut for {{two days|2}}.

[[China]]'s National Meteorological Center said up to {{500 millimeters|500}} ({{20 inches|20}}) of rain could fall on parts of [[Hainan|460000]] and the [[Leizhou Peninsula]] through Sunday.`,

w15_bbc_newcastle_ae: `[[Newcastle]] A&E: Patients waited up to {{40 hours|40}} for a bed

Patients at the [[Royal Victoria Infirmary]] (RVI) in [[Newcastle upon Tyne]] waited up to {{40 hours|40}} in A&E for a bed during the Christmas period, a report has found.

The [[Newcastle upon Tyne]] Hospitals NHS Foundation Trust said {{1,342 patients|1342}} spent more than {{12 hours|12}} in its emergency department in {{December|--12}}, compared with {{806|806}} a year earlier.

Only {{64.8%|64.8}} of patients were seen within {{four hours|4}}, against a national target of {{78%|78}} by {{March 2025|2025-03}}. Across the [[North East]] and [[Cumbria]], {{one in eight|0.125}} ambulances waited over an hour to hand patients over.

A {{79-year-old|79}} woman from [[Gateshead]], who did not want to be named, said she had been left on a trolley for {{31 hours|31}} after a fall at her home in [[Low Fell]] on {{27 December|--12-27}}.

The trust, which employs about {{17,000 staff|17000}} at hospitals including the [[Freeman Hospital]] in [[High Heaton]], said it would open {{24 extra beds|24}} by the {{end of February|--02}} and spend {{£3.5m|3500000}} on a new same-day emergency care unit.`,
};

export const wireHeldOut: Record<string, string> = {

h01_xinhua_snow_leopards: `Snow Leopard Sightings Rise in [[Qinghai|630000]]'s [[Sanjiangyuan]]

[[XINING|630100]], {{Oct 9|--10-09}} (Xinhua) -- Infrared cameras in [[Zadoi county|632722]] of the [[Yushu Tibetan Autonomous Prefecture|632700]], northwest [[China]]'s [[Qinghai Province|630000]], captured more than {{1,100 images|1100}} of snow leopards in the {{first eight months|--01~--08}} of this year, nearly {{twice|2}} as many as in the same period of {{2022|2022}}, local authorities said.

The county, at the source of the [[Lancang River]], known downstream as the [[Mekong]], lies at an average altitude of over {{4,200 meters|4200}}. About {{80 percent|80}} of its {{35,000 square kilometers|35000}} is part of the [[Sanjiangyuan]] National Park.

In [[Angsai township|632722200]], where {{a dozen families|12}} run homestays for wildlife watchers, each herder household involved earned an average of {{11,000 yuan|11000}} last year, according to the township government. Visitors pay {{300 yuan|300}} per person a night, and {{45 percent|45}} of the income goes to a village fund.

"I have seen snow leopards {{40 or 50 times|40~50}} since {{2018|2018}}," said Tsering Dorje, a {{37-year-old|37}} ranger who patrols a {{120-square-kilometer|120}} area on a motorbike.

The park, set up as one of [[China]]'s first {{five national parks|5}} in {{2021|2021}}, covers {{190,700 square km|190700}}, roughly the size of [[Syria]].`,

h02_reuters_home_prices: `[[China]] new home prices fall at fastest pace in {{nine years|9}}

[[SHANGHAI|310000]], {{March 18|--03-18}} (Reuters) - New home prices in [[China]] fell for the {{eighth|8}} straight month in {{February|--02}} and at the fastest pace in {{nine years|9}}, official data showed on Monday, as a slump in the property sector dragged on despite a raft of support measures.

Prices dropped {{1.4%|1.4}} year-on-year, following a {{0.7%|0.7}} fall in {{January|--01}}, according to Reuters calculations based on National Bureau of Statistics (NBS) data. Of the {{70 cities|70}} surveyed, {{57|57}} reported month-on-month declines, up from {{56|56}} in {{January|--01}}.

In [[Foshan|440600]], a manufacturing hub next to [[Guangzhou|440100]] in southern [[Guangdong province|440000]], developers have cut prices by as much as {{a third|0.3333333333333333}} since {{mid-2023|2023}}. In its [[Shunde district|440606]], a {{120-square-metre|120}} flat that sold for {{2.4 million yuan|2400000}} ({{$333,300|333300}}) {{two years|2}} ago now fetches about {{1.6 million yuan|1600000}}, agents said.

[[Hong Kong|810000]]-listed Country Garden, once [[China]]'s biggest developer by sales, said its contracted sales slumped {{82%|82}} to {{3.32 billion yuan|3320000000}} in {{February|--02}}. The developer has more than {{3,000 projects|3000}} across the country.

Property investment fell {{9%|9}} in the {{January-February|--01~--02}} period, while sales by floor area dropped {{20.5%|20.5}}. Analysts at Nomura estimate there are about {{20 million unfinished homes|20000000}} in [[China]], requiring some {{3.2 trillion yuan|3200000000000}} to complete.

(Reporting by Liangping Gao and Ryan Woo; Editing by Sam Holmes)`,

h03_bbc_exeter_floods: `[[Exeter]]: {{£14.6m|14600000}} flood scheme for [[River Exe]] approved

A {{£14.6m|14600000}} scheme to protect more than {{3,000 homes|3000}} from flooding along the [[River Exe]] in [[Exeter]] has been approved by [[Devon]] County Council.

Work on the {{2.5km|2.5}} of walls and embankments between [[Topsham]] and the city centre will start in {{September|--09}} and is expected to take {{18 months|18}}, the Environment Agency said.

The river burst its banks {{twice|2}} in the winter of {{2023-24|2023~2024}}, flooding {{47 properties|47}} in [[St Thomas]] and closing the [[A377]] for a week.

Councillor Andrea Davis, the council's cabinet member for climate change, said: "{{One in six|0.16666666666666666}} homes in the city is at risk, and that could rise to {{one in four|0.25}} by the {{2050s|2050}}."

Residents at a public meeting at 6.30pm on Tuesday were told that the scheme would raise flood defences by up to {{1.2 metres|1.2}}. The agency will pay {{£9.8m|9800000}}, with the rest coming from the council and the Heart of the [[South West]] Local Enterprise Partnership.

Meanwhile, the [[A30]] near [[Okehampton]], on the northern edge of [[Dartmoor]], will close overnight for {{five nights|5}} from {{14 April|--04-14}} for resurfacing.`,

h04_bbc_paisley_court: `[[Paisley]] man fined for attacking bus driver on [[M8]] services

A man who punched a bus driver at a motorway service station in [[Renfrewshire]] has been fined {{£1,200|1200}} and ordered to carry out {{200 hours|200}} of unpaid work.

Craig McAllister, {{41|41}}, from [[Paisley]], admitted assaulting the {{58-year-old|58}} driver at the [[Harthill]] services on the [[M8]] on {{3 June|--06-03}} last year, [[Glasgow]] Sheriff Court heard.

The court was told McAllister, who had been drinking for about {{six hours|6}}, became angry when the coach to [[Edinburgh]] was delayed by {{40 minutes|40}}.

Sheriff Andrew Cubie said the attack, which left the driver needing {{five stitches|5}}, was "cowardly". McAllister was also banned from travelling with the firm for {{three years|3}}.`,

h05_globaltimes_yiwu: `[[Yiwu|330782]]'s Export Boom Draws Record Numbers of Foreign Buyers

Foreign merchants made {{600,000 visits|600000}} to [[Yiwu|330782]], a county-level city in [[Jinhua|330700]], East [[China]]'s [[Zhejiang Province|330000]], in the {{first 10 months of 2024|2024-01~2024-10}}, up {{31.4 percent|31.4}} from a year earlier, the local commerce bureau told the Global Times on Wednesday.

The [[Yiwu|330782]] International Trade City, which has about {{75,000 booths|75000}} selling {{2.1 million kinds|2100000}} of goods, now ships to {{230 countries|230}} and regions. Its exports reached {{566.4 billion yuan|566400000000}} ({{$78.6 billion|78600000000}}) in the {{January-October|--01~--10}} period, with trade to [[Africa]] and [[Latin America]] growing by over {{20 percent|20}}.

In [[Futian subdistrict|330782008]], where many Middle Eastern traders live, the number of registered foreign residents has risen to around {{15,000|15000}}. "I come here {{three or four times|3~4}} a year," said Ahmed, a {{29-year-old|29}} buyer from [[Cairo]] who purchases Christmas decorations worth {{2 million yuan|2000000}} annually.

[[Yiwu|330782]] produces about {{two-thirds|0.6666666666666666}} of the world's Christmas goods, according to industry estimates. The [[China]]-[[Europe]] freight train service linking [[Yiwu|330782]] and [[Madrid]], launched in {{2014|2014}}, made {{1,300 trips|1300}} last year.`,

h06_guardian_rents: `Average [[UK]] rent tops {{£1,300|1300}} a month as [[London]] hits record

Private rents across the [[UK]] rose by {{8.6%|8.6}} in the year to {{April|--04}}, with tenants in [[London]] now paying an average of {{£2,121|2121}} a month, official figures show.

The average rent in the [[UK]] was {{£1,339|1339}}, up from {{£1,233|1233}} a year earlier, the Office for National Statistics said. In [[England]], prices climbed {{8.8%|8.8}}, compared with {{7.9%|7.9}} in [[Wales]] and {{8.2%|8.2}} in [[Scotland]]. [[Northern Ireland]] recorded the highest annual rise, {{9.4%|9.4}}, in the {{12 months|12}} to {{March|--03}}.

Within [[England]], rents in the [[North East]] rose the fastest, by {{10.3%|10.3}}, while the [[South West]] saw the slowest growth, at {{6.9%|6.9}}. In [[Manchester]], the typical two-bedroom flat now costs {{£1,272|1272}}, about {{a fifth|0.2}} more than in {{2022|2022}}.

{{One in five|0.2}} renters spends more than {{40%|40}} of their take-home pay on rent, according to the housing charity Shelter, which says {{175,000 households|175000}} in [[London]] alone are on waiting lists for social homes.`,

h07_sixthtone_zhaoxing: `In [[Guizhou|520000]]'s Dong Villages, Singers Keep the Tourists Coming

[[ZHAOXING|522631111]], [[Guizhou|520000]] — Every evening at 8 p.m., a choir of {{30 women|30}} in indigo dresses performs the Dong people's "grand song" at the drum tower in [[Zhaoxing|522631111]], a town in [[Liping county|522631]], [[Qiandongnan Miao and Dong Autonomous Prefecture|522600]].

The town, home to around {{5,000 people|5000}} in more than {{1,100 households|1100}}, received {{2.4 million tourist visits|2400000}} in {{2023|2023}}, nearly {{500 times|500}} its population. The first high-speed railway station in the area opened in nearby [[Congjiang|522633]] in {{2014|2014}}.

Lu Xiaomei, {{26|26}}, returned from a factory job in [[Dongguan|441900]] in {{2019|2019}}. She now earns {{4,500 yuan|4500}} a month running a guesthouse with {{eight rooms|8}}. "In [[Guangdong|440000]], I worked {{12-hour|12}} shifts," she said.

Villages such as [[Tang'an|522631111205]], a {{20-minute|20}} drive up the mountain, have also opened homestays. But some residents worry: {{one in three|0.3333333333333333}} houses in the core area of [[Zhaoxing|522631111]] has been turned into a shop or inn since {{2015|2015}}.`,
};

export const wireFinal: Record<string, string> = {

f01_xinhua_anxi_tea: `Oolong Tea Town in [[Fujian|350000]] Brews Up Digital Sales

[[FUZHOU|350100]], {{July 12|--07-12}} (Xinhua) -- In [[Gande town|350524110]] of [[Anxi county|350524]], southeast [[China]]'s [[Fujian Province|350000]], more than {{2,000 tea shops|2000}} line a {{3-km|3}} stretch of road, and nearly {{90 percent|90}} of them now sell online.

The town, with a population of about {{56,000|56000}}, produced {{12,500 tonnes|12500}} of Tieguanyin oolong tea last year, worth {{3.6 billion yuan|3600000000}}, local officials said.

"On a good day during the autumn harvest, I ship {{800 to 1,000 parcels|800~1000}}," said Chen Shuling, {{33|33}}, who runs a livestreaming studio above her family's shop. Her annual sales have grown {{fivefold|5}} since {{2019|2019}}.

[[Anxi|350524]], a county under [[Quanzhou|350500]], has {{600,000 mu|600000}} of tea gardens, and about {{1 million people|1000000}} — {{one-third|0.3333333333333333}} of its population — work in the industry. Its tea brand was valued at {{147.5 billion yuan|147500000000}}, ranking {{first|1}} among the country's tea brands for the {{eighth|8}} year in a row.`,

f02_bbc_dover_queues: `[[Dover]]: Easter queues as {{4,000 lorries|4000}} parked on [[M20]]

Lorry drivers faced waits of up to {{14 hours|14}} at the Port of [[Dover]] over the Easter weekend, with about {{4,000 HGVs|4000}} held on the [[M20]] under Operation Brock.

[[Kent]] Police said traffic was queuing for {{17 miles|17}} between [[Ashford]] and [[Folkestone]] at 09:00 BST on Saturday. Coach passengers were told to arrive {{three hours|3}} before sailing.

The port said it handled {{21,000 passengers|21000}} on Good Friday alone and expected {{1.2 million travellers|1200000}} over the {{two-week|2}} school holiday.

[[Dover]] MP Natalie Elphicke said residents of [[Aylesham]] and [[Whitfield]] "could not get out of their own streets". [[Kent]] County Council estimates congestion costs the county's economy {{£1.6m|1600000}} a day.

The port's chief executive, Doug Bannister, said a {{£33m|33000000}} upgrade to its eastern docks, funded partly by the government, would add {{eight new booths|8}} by {{mid-2025|2025}}.`,

f03_reuters_hong_kong_gdp: `[[Hong Kong|810000]] economy grows {{3.2%|3.2}} in {{2023|2023}}, misses forecast

[[HONG KONG|810000]], {{Jan 31|--01-31}} (Reuters) - [[Hong Kong|810000]]'s economy grew {{3.2%|3.2}} in {{2023|2023}}, below the government's forecast of {{3.5%-5.5%|3.5~5.5}}, as a sluggish recovery in [[China]] and high interest rates weighed on consumption.

Gross domestic product expanded {{4.3%|4.3}} year-on-year in the {{fourth quarter|--Q4}}, up from {{4.1%|4.1}} in the {{third quarter|--Q3}}, advance estimates showed on Wednesday. On a quarterly basis, the economy grew {{0.2%|0.2}}.

Visitor arrivals reached {{34 million|34000000}} last year, about {{half|0.5}} the pre-pandemic level of {{65 million|65000000}} in {{2018|2018}}, with nearly {{80%|80}} of them from the mainland.

The benchmark Hang Seng index fell {{0.8%|0.8}} to {{15,485 points|15485}}, its lowest close since {{October 2022|2022-10}}, and has lost nearly {{two-thirds|0.6666666666666666}} of its value from a {{2018|2018}} peak.

Financial Secretary Paul Chan will deliver the city's budget on {{Feb 28|--02-28}}, with the fiscal deficit expected to exceed {{HK$100 billion|100000000000}} ({{$12.8 billion|12800000000}}) for the {{fourth|4}} straight year.

(Reporting by Farah Master; Editing by Jacqueline Wong)`,

f04_globaltimes_harbin_ice: `[[Harbin|230100]] Ice Festival Draws Record Crowds as Temperatures Plunge

The 26th [[Harbin|230100]] Ice and Snow World opened to the public on {{December 18|--12-18}}, covering {{810,000 square meters|810000}} on the north bank of the [[Songhua River]] in [[Harbin|230100]], capital of Northeast [[China]]'s [[Heilongjiang Province|230000]].

Builders used {{250,000 cubic meters|250000}} of ice and snow, much of it cut from the frozen river, to build more than {{2,000 sculptures|2000}} and a {{521-meter|521}}-long slide.

The park received {{40,000 visitors|40000}} on its first day despite temperatures of {{minus 25 C|-25}}, the Global Times learned. Tickets cost {{328 yuan|328}} for adults.

During the {{three-day|3}} New Year holiday, [[Harbin|230100]] received {{3.05 million tourist visits|3050000}}, generating {{5.9 billion yuan|5900000000}} in revenue, both record highs, according to the city's culture and tourism bureau. Many came from southern provinces such as [[Guangxi|450000]] and [[Yunnan|530000]], and were dubbed "little sweet potatoes" online.

In [[Songbei district|230109]], where [[Sun Island]] is located, hotel prices rose {{fourfold|4}} compared with the same period last year.`,

f05_bbc_lough_neagh: `[[Lough Neagh]]: Blue-green algae returns as [[Northern Ireland]] water warning issued

Blue-green algae has been found at {{23 sites|23}} around [[Lough Neagh]], the largest freshwater lake in the [[UK]] and [[Ireland]], a year after the worst outbreak on record.

The lough, which covers {{151 square miles|151}} ({{392 sq km|392}}) and supplies {{40%|40}} of [[Northern Ireland]]'s drinking water, is bordered by {{five|5}} of the region's {{six counties|6}}.

Anglers on the [[River Bann]] near [[Toome]] in [[County Antrim]] reported thick green scum on Tuesday. "It's like pea soup," said Sean McCann, {{62|62}}, who has fished there for {{four decades|40}}.

The Department of Agriculture, Environment and Rural Affairs (Daera) said farm run-off was responsible for about {{62%|62}} of the phosphorus entering the lough, and that it would spend {{£1.5m|1500000}} on a monitoring programme over the next {{three years|3}}.

Last summer, beaches at [[Ballyronan]] in [[County Londonderry]] were closed for {{11 weeks|11}}.`,

f06_sixthtone_enshi_tea: `In [[Hubei|420000]]'s Mountains, Selenium-Rich Tea Lifts a Tujia Town

[[LICHUAN|422802]], [[Hubei|420000]] — Terraced tea gardens climb the slopes above [[Moudao town|422802100]], {{1,200 meters|1200}} above sea level in the [[Wuling Mountains]] of western [[Hubei province|420000]].

The town, part of [[Lichuan|422802]], a county-level city in the [[Enshi Tujia and Miao Autonomous Prefecture|422800]], now grows tea on {{32,000 mu|32000}}, up from {{5,000 mu|5000}} in {{2010|2010}}. Local officials credit the soil, which contains up to {{three times|3}} the national average of selenium.

"My parents grew corn and potatoes. We earned maybe {{3,000 yuan|3000}} a year," said Tan Hui, a {{35-year-old|35}} Tujia farmer who now processes tea for {{40 households|40}}. Her cooperative sold {{180 tonnes|180}} of green tea in {{2023|2023}}, mostly to buyers in [[Wuhan|420100]] and [[Chongqing|500000]].

[[Enshi|422800]]'s tea output value reached {{35.8 billion yuan|35800000000}} last year, about {{a quarter|0.25}} of [[Hubei|420000]]'s total. Yet with prices for fresh leaves as low as {{20 yuan|20}} per kilogram in the summer months, many young people still leave for factory jobs in [[Zhejiang|330000]] and [[Guangdong|440000]].`,
};


// Written after the fixes of the final set and of the round after it (British villages by their names' forms, streaks,
// partitive counts, attributions), gold marked first, scored once, blind. Two figures the gold had missed against the
// guidelines (a month after "in", a duration in a headline) were marked after the blind score.
export const wireFourth: Record<string, string> = {

v01_bbc_cumbria_bus: `[[Lake District]] bus route saved after parish councils step in

A bus route linking [[Keswick]] with the villages of [[Borrowdale]] and [[Buttermere]] will keep running through the winter after parish councils agreed to share the cost.

Stagecoach had said the 77 service, which climbs over the [[Honister Pass]], would stop on {{4 November|--11-04}} because only about {{40 passengers|40}} a day used it outside the summer months.

[[Cumberland]] Council said it would pay {{£86,000|86000}} towards the route for {{18 months|18}}, with the rest coming from {{six parish councils|6}} and the [[Lake District]] National Park Authority.

Sarah Holme, who runs a guesthouse in [[Seatoller]], said: "Without the bus, my guests would have to drive, and the car park at the top is full by 10am in {{August|--08}}."

The route carried {{61,000 passengers|61000}} in {{2023|2023}}, up {{12%|12}} on the year before, but most journeys were made in the summer.

Routes from [[Cockermouth]] to [[Workington]] were cut in {{April|--04}}, leaving {{14 villages|14}} in west [[Cumbria]] without a daily bus.`,

v02_reuters_exports: `[[China]]'s exports grow at slowest pace in {{eight months|8}} as tariff fears weigh

[[BEIJING|110000]], {{Dec 10|--12-10}} (Reuters) - [[China]]'s exports grew at their slowest pace in {{eight months|8}} in {{November|--11}}, customs data showed on Tuesday, as factories in [[Guangdong|440000]] and [[Zhejiang|330000]] reported fewer new orders from the [[United States]] ahead of higher tariffs threatened by the incoming administration.

Outbound shipments rose {{6.7%|6.7}} year-on-year, missing the {{8.5%|8.5}} forecast in a Reuters poll and down from a {{12.7%|12.7}} jump in {{October|--10}}. Imports unexpectedly fell {{3.9%|3.9}}, the General Administration of Customs said, leaving a trade surplus of {{$97.4 billion|97400000000}}.

Exports to the [[United States]] rose {{8%|8}}, while shipments to [[Southeast Asia]] grew {{14.9%|14.9}}.

Some of the sharpest falls came from the eastern export hub of [[Yiwu|330782]], where traders said orders for Christmas goods had dried up by {{mid-September|--09}}.

Zhang Wei, an economist at Pinpoint Asset Management in [[Hong Kong|810000]], said exports could shrink by as much as {{5%|5}} in the {{first half|--H1}} of next year. [[Beijing|110000]] has set a growth target of around {{5%|5}} for this year.`,

v03_xinhua_wuyuan: `[[NANCHANG|360100]], {{Oct 20|--10-20}} (Xinhua) -- Autumn tourists crowded the hillside village of [[Huangling]] in [[Wuyuan County|361130]], east [[China]]'s [[Jiangxi Province|360000]], this week to photograph chillies and chrysanthemums drying on rooftops.

[[Wuyuan|361130]], under the city of [[Shangrao|361100]], received {{26.8 million tourist visits|26800000}} in {{2023|2023}}, up {{31.2 percent|31.2}} year on year, and earned {{28.5 billion yuan|28500000000}} (about {{4 billion U.S. dollars|4000000000}}) from tourism, according to the county's culture and tourism bureau. It ranked {{third|3}} among [[Jiangxi|360000]]'s {{100 counties|100}} by tourism revenue.

In [[Jiangwan Town|361130103]], villagers in [[Wangkou Village|361130103203]] have turned more than {{60 ancestral halls|60}} and old houses into homestays and tea rooms. "Ten years ago the young people had all gone to [[Shanghai|310000]] or [[Hangzhou|330100]]," said Yu Xiaoping, Party chief of [[Wangkou|361130103203]].

Farmers in [[Qinghua Town|361130101]] planted {{12,000 mu|12000}} of rapeseed this year, about {{800 hectares|800}}, for the spring flower season. Villages such as [[Xiaoqi|361130103206]] charge {{60 yuan|60}} for entry, and the autumn festival runs until {{Nov 30|--11-30}}.`,

};
