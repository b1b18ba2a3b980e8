// English news written for issue 8 as real outlets write it, messier than the other English
// fixtures: Reuters wire copy with its dateline and credit line, Xinhua and Global Times copy with
// pinyin townships and villages, a Sixth Tone feature, and BBC local stories (a council budget, a
// court case, a flood, a football match with house prices). Gold was marked before the engine
// read them, in the marks of en-articles.fixtures.ts:
//   [[span]] or [[span|code]]  a place; the code's leading digits
//   {{span|value}}             a figure; value a number, a date string, or low~high for a range
// wireDevelopment was scored blind, then the rules and data were fixed by category.

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
};
