// English news in genres the other English fixtures did not cover, written for issue 8 as the
// outlets print them: Xinhua and China Daily county features (a county's tea, a township's
// tourism, villages in pinyin), Hong Kong and Macao news (districts, MTR stations, streets),
// British local news (councils, parishes, villages, A-roads, rivers), US local news (townships,
// counties, routes), Indian and Singapore news (crore, lakh, S$), weather and disasters with
// measurements, and sport with scores and distances. Gold was marked before the engine read them,
// in the marks of en-articles.fixtures.ts:
//   [[span]] or [[span|code]]  a place; the code's leading digits
//   {{span|value}}             a figure; value a number, a date string, or low~high for a range
// localFirst was scored blind, then the rules and data were fixed by category; localSecond was
// written after those fixes and scored once; localThird, localFourth and localFifth were written and scored the same way.

export const localFirst: Record<string, string> = {

q01_xinhua_anhua_tea: `Dark Tea Brews Prosperity in Mountain County of Central [[China]]

[[CHANGSHA|430100]], {{Nov 12|--11-12}} (Xinhua) -- In [[Gaomaerxi village|430923209261]] of [[Tianzhuang township|430923209]], tea farmer Liu Jianguo, {{62|62}}, spreads freshly picked leaves on bamboo trays before they are piled, fermented and pressed into bricks.

His family's {{12 mu|12}} of hillside tea earned about {{150,000 yuan|150000}} last year, nearly {{three times|3}} what it made a decade ago. "When I was young, the tea fetched {{2 yuan|2}} a kilogram. Now buyers come from [[Guangzhou|440100]] and [[Xi'an|610100]] to my door," he said.

[[Anhua county|430923]] in [[Hunan province|430000]], home to about {{one million people|1000000}}, has {{360,000 mu|360000}} of tea gardens and produced {{85,000 tonnes|85000}} of dark tea in {{2023|2023}}, with the industry's total output value reaching {{25.8 billion yuan|25800000000}}, according to the county government.

The tea once travelled by mule and by boat down the [[Zijiang River]] to [[Yiyang|430900]], then north through [[Hubei|420000]] and [[Shanxi|140000]] to [[Mongolia]] and [[Russia]]. In [[Jiangnan town|430923122]], where more than {{30 old tea warehouses|30}} still line the river, a museum opened in {{2019|2019}} has received over {{400,000 visitors|400000}}.

The county now has {{163 tea companies|163}} above designated size, and e-commerce sales rose {{18 percent|18}} year-on-year in the {{first three quarters|--Q1~--Q3}}.`,

q02_chinadaily_yucun: `Green Village Turns Bamboo Hills Into Tourism Gold

By MA ZHENHUAN in [[Huzhou|330500]], [[Zhejiang|330000]] | [[China]] Daily | Updated: {{2024-06-03|2024-06-03}}

[[Yucun village|330523108204]], in [[Tianhuangping town|330523108]] of [[Anji county|330523]], [[Zhejiang province|330000]], closed its limestone quarries and cement plant in {{2005|2005}}. Last year it received {{1.2 million tourists|1200000}} and its collective income topped {{20 million yuan|20000000}}.

The village of {{1,050 residents|1050}} covers {{4.86 square kilometers|4.86}}, about {{80 percent|80}} of it bamboo forest. Its per capita disposable income reached {{64,000 yuan|64000}} in {{2023|2023}}, against {{8,700 yuan|8700}} in {{2005|2005}}.

Pan Wenge, the village Party secretary, said more than {{50 homestays|50}} now operate in the village, along with {{two campsites|2}} and a rafting route on the [[Xitiao River]]. "On a weekend in {{May|2024-05}} we had over {{10,000 visitors|10000}} a day," he said.

Since {{2022|2022}}, the village has recruited over {{100 young people|100}} from [[Shanghai|310000]], [[Hangzhou|330100]] and [[Nanjing|320100]] to start businesses in design, coffee and live-streaming. The [[Anji|330523]] white tea grown on slopes around [[Dipu subdistrict|330523001]], the county seat {{18 kilometers|18}} away, is sold through their online shops.

[[Anji|330523]] received {{32 million tourist visits|32000000}} in {{2023|2023}}, up {{21 percent|21}} from a year earlier.`,

q03_rthk_hk_districts: `[[Kai Tak]] sports park set to open as [[Kowloon East]] traffic plans unveiled

The government says the {{HK$30 billion|30000000000}} [[Kai Tak]] Sports Park will open on {{March 1|--03-01}}, with its {{50,000-seat|50000}} main stadium hosting its first event later that month.

Officials told the Legislative Council's transport panel that the [[Kai Tak]] station on the MTR's Tuen Ma line, about {{600 metres|600}} from the stadium, can handle {{30,000 passengers|30000}} an hour. Extra trains will run to [[Diamond Hill]] and [[Hung Hom]] stations after large events, and {{15 special bus routes|15}} will serve [[Kwun Tong]], [[Tseung Kwan O]], [[Sha Tin]] and [[Mong Kok]].

Roads around [[Prince Edward Road East]] and [[Kai Fuk Road]] will be closed for up to {{three hours|3}} after concerts.

Meanwhile, [[Sham Shui Po]] remains among the most crowded districts in the city. More than {{1,500 people|1500}} live in subdivided flats along [[Yu Chau Street]] alone, a survey by a concern group found, paying a median rent of {{HK$4,800|4800}} a month for less than {{10 square metres|10}}.

In [[Macao|820000]], casino revenue in {{November|--11}} rose {{14 per cent|14}} to {{18.4 billion patacas|18400000000}}, as visitors filled hotels in [[Cotai]] and [[Taipa]].`,

q04_bbc_somerset_a303: `[[A303]]: Villagers fear rat-run as [[Stonehenge]] tunnel delayed again

Residents of {{three villages|3}} in [[Somerset]] say their lanes will become rat-runs after the start of work on the [[A303]] was put back by another {{two years|2}}.

The {{£1.7bn|1700000000}} scheme to put {{2 miles|2}} ({{3.2km|3.2}}) of the road into a tunnel past [[Stonehenge]] in [[Wiltshire]] was meant to begin this year. National Highways now says work will not start before {{2027|2027}}.

Drivers heading west already leave the [[A303]] at [[Ilminster]] to avoid queues, and parish councillors in [[Horton]], [[Broadway]] and [[Ashill]] say up to {{4,000 vehicles|4000}} a day now pass through on roads built for horse and cart.

"We have a primary school with no pavement outside it," said Sue Pinkett, chair of [[Horton]] Parish Council. "Lorries are using [[Hanning Road]] as a short cut to the [[M5]]."

[[Somerset]] Council said it would put in {{20mph|20}} limits in {{six villages|6}} by the spring, at a cost of {{£180,000|180000}}.

Separately, the Environment Agency has started a {{£2.5m|2500000}} project to raise flood banks along the [[River Isle]] and the [[River Parrett]] near [[Langport]], where {{42 homes|42}} flooded in {{January|--01}}.`,

q05_nj_local_township: `[[Cherry Hill Township]] approves {{$48 million|48000000}} school budget; [[Route 70]] repaving to start in {{April|--04}}

[[CHERRY HILL]], [[N.J.]] - The [[Cherry Hill Township]] Board of Education voted 7-2 on Tuesday to adopt a {{$48 million|48000000}} capital plan that will replace roofs and heating systems at {{11 schools|11}} over {{five years|5}}.

The average homeowner, whose house is assessed at {{$265,000|265000}}, will pay about {{$112|112}} more a year, district officials said.

Also this week, the state Department of Transportation said crews will begin repaving {{4.2 miles|4.2}} of [[Route 70]] between [[Interstate 295]] and the [[Marlton Circle]] in neighboring [[Evesham Township]], [[Burlington County]], in {{April|--04}}. Work will take place overnight and is expected to last {{eight months|8}}.

In nearby [[Voorhees]], the township committee approved {{140 townhouses|140}} on a {{23-acre|23}} site off [[Haddonfield-Berlin Road]], despite objections from about {{60 residents|60}} who packed the meeting.

[[Camden County]] commissioners also said the [[Cooper River]] Park trail will close for {{three weeks|3}} in {{March|--03}} for bridge repairs.`,

q06_pti_kerala_rain: `Heavy rain lashes [[Kerala]]; red alert in {{four districts|4}}, over {{2,000 people|2000}} shifted to relief camps

[[Thiruvananthapuram]], {{Jul 16|--07-16}} (PTI) The [[India]] Meteorological Department on Tuesday issued a red alert for [[Kozhikode]], [[Wayanad]], [[Kannur]] and [[Kasaragod]] districts as heavy rain continued to lash [[Kerala]] for the {{fourth|4}} consecutive day.

[[Vythiri]] in [[Wayanad]] recorded {{244 mm|244}} of rain in the {{24 hours|24}} ending 8.30 am, while [[Kozhikode city]] received {{171 mm|171}}.

Officials said {{2,165 people|2165}} from {{612 families|612}} had been moved to {{57 relief camps|57}} across the state. The shutters of the [[Banasura Sagar]] dam were raised by {{10 cm|10}}, and people living along the banks of the [[Kabani river]] were asked to stay alert.

Chief Minister Pinarayi Vijayan said the state had sanctioned {{Rs 12 crore|120000000}} for immediate relief, and that fishermen had been told not to venture into the sea as winds of up to {{55 km per hour|55}} were likely along the coast.

Train services between [[Shoranur]] and [[Kozhikode]] were disrupted after a tree fell on the track near [[Feroke]].`,

q07_straits_times_hdb: `New BTO flats in [[Tampines]], [[Bukit Merah]] among {{6,938 units|6938}} launched in {{October|--10}} sales exercise

[[SINGAPORE]] - The Housing Board launched {{6,938 flats|6938}} on {{Oct 16|--10-16}} across {{eight projects|8}}, including {{two|2}} in [[Bukit Merah]] that fall under the new Plus model.

Prices for a {{four-room|4}} flat in [[Tampines]] start from {{$341,000|341000}}, excluding grants, while those in the Plus project near [[Redhill]] MRT station start from {{$554,000|554000}}.

The [[Tampines]] project, bounded by [[Tampines Avenue 9]], is about {{500m|500}} from [[Tampines North]] MRT station on the upcoming Cross Island Line, which is expected to open in {{2030|2030}}.

Flat buyers in Plus projects must live in their units for {{10 years|10}} before selling, and must pay back {{6 per cent|6}} of the resale price to the Government.

Elsewhere in the launch are projects in [[Kallang]], [[Whampoa]], [[Queenstown]] and [[Woodlands]]. HDB said {{1,890 flats|1890}}, or {{27 per cent|27}} of the total, will have waiting times of under {{three years|3}}.

[[Singapore]]'s resale flat prices rose {{2.7 per cent|2.7}} in the {{third quarter|--Q3}}, the {{19th|19}} consecutive quarterly increase.`,

q08_cgtn_typhoon_zhanjiang: `Typhoon Yinxing weakens after landfall in [[Guangdong|440000]]'s [[Zhanjiang|440800]]

Typhoon Yinxing made landfall in [[Xuwen county|440825]] of [[Zhanjiang|440800]], South [[China]]'s [[Guangdong province|440000]], on Monday morning, packing winds of up to {{118 km per hour|118}} near its eye, the provincial meteorological observatory said.

More than {{68,000 people|68000}} in [[Zhanjiang|440800]] and [[Maoming|440900]] were relocated before the storm arrived, and {{2,300 fishing boats|2300}} returned to port. The [[Qiongzhou Strait]] ferries between [[Xuwen|440825]] and [[Haikou|460100]] in [[Hainan|460000]] were halted for {{36 hours|36}}.

[[Leizhou|440882]] recorded the heaviest rainfall, with {{312 millimeters|312}} falling over {{two days|2}}. Some low-lying streets in [[Mazhang district|440811]] were under water up to {{0.5 meters|0.5}} deep.

Separately, a {{5.2-magnitude|5.2}} earthquake struck [[Dingri county|540223]] in [[Xigaze|540200]], [[Xizang autonomous region|540000]], at a depth of {{10 km|10}} on Sunday, the [[China]] Earthquake Networks Center said. No casualties were reported. The county was hit by a {{6.8-magnitude|6.8}} quake on {{Jan 7|--01-07}} that killed {{126 people|126}}.`,

q09_sport_cricket_rugby: `[[Australia]] rout [[India]] in [[Adelaide]] as Cummins takes {{five|5}} for {{57|57}}

Pat Cummins took {{five wickets|5}} for {{57 runs|57}} as [[Australia]] beat [[India]] by {{10 wickets|10}} inside {{three days|3}} at the [[Adelaide]] Oval on Sunday to level the {{five-match|5}} series at 1-1.

[[India]], resuming on {{128|128}} for {{five|5}}, were bowled out for {{175|175}}, leaving [[Australia]] needing just {{19 runs|19}}. Travis Head's {{140|140}} off {{141 balls|141}} on the second day had given the hosts a first-innings lead of {{157 runs|157}}.

A crowd of {{50,186|50186}} watched the first day, a record for a day-night Test at the ground. The third Test starts in [[Brisbane]] on {{December 14|--12-14}}.

In rugby league, [[Penrith]] Panthers prop James Fisher-Harris will join the Warriors on a {{three-year|3}} deal worth about {{A$2.4 million|2400000}}. Fisher-Harris, {{28|28}}, has played {{146 games|146}} for [[Penrith]] and won {{four premierships|4}}.`,
};

export const localSecond: Record<string, string> = {

r01_xinhua_fuding_tea: `White Tea Lifts Incomes in [[Fujian|350000]] Hills

[[FUZHOU|350100]], {{April 9|--04-09}} (Xinhua) -- At dawn in [[Bailiu village|350982107207]] of [[Diantou town|350982107]], pickers were already on the terraces, snapping off the silver-haired buds that will become [[Fuding|350982]] white tea.

"A kilogram of top-grade Silver Needle sold for {{3,000 yuan|3000}} this spring," said Chen Xiuqin, {{54|54}}, who has grown tea for {{three decades|30}}. Her family's {{8 mu|8}} of tea gardens brought in about {{200,000 yuan|200000}} last year.

[[Fuding|350982]], a county-level city administered by [[Ningde|350900]] in southeast [[China]]'s [[Fujian province|350000]], has {{22,000 hectares|22000}} of tea plantations. Its white tea output reached {{34,000 tonnes|34000}} in {{2023|2023}}, and the whole industry chain was valued at {{15.6 billion yuan|15600000000}}.

In [[Panxi town|350982105]], a mountain township {{40 kilometers|40}} from the city center, {{46 villages|46}} now sell tea through live-streaming. Tourists drive up from [[Wenzhou|330300]] in [[Zhejiang|330000]] to visit tea gardens on the slopes of [[Taimu Mountain]].

The city plans to add {{1,000 hectares|1000}} of organic tea gardens by {{2026|2026}}, local officials said.`,

r02_chinadaily_songyang: `Cliffside Village Draws Visitors With Slow Living

By LI WENFANG in [[Lishui|331100]], [[Zhejiang|330000]] | [[China]] Daily | Updated: {{2024-09-18|2024-09-18}}

[[Chenjiapu village|331124205205]] clings to a cliff about {{800 meters|800}} above sea level in [[Sidu township|331124205]], [[Songyang county|331124]]. A decade ago, only {{30 elderly residents|30}} remained. This summer, the village's {{two bookshops|2}} and {{12 guesthouses|12}} were fully booked on weekends.

[[Songyang|331124]] in southwestern [[Zhejiang province|330000]] has more than {{100 traditional villages|100}} on the national list, more than any other county in east [[China]]. Since {{2016|2016}}, it has spent about {{1.8 billion yuan|1800000000}} restoring old houses, ancestral halls and bridges.

"We do not want the villages to become museums," said Wang Kai, an architect from [[Beijing|110000]] who designed a tea factory and a brown sugar workshop in the county. Tourist visits to [[Songyang|331124]] reached {{11.5 million|11500000}} last year, with tourism revenue of {{10.2 billion yuan|10200000000}}.

A bus now runs every {{40 minutes|40}} from [[Xiping subdistrict|331124001]], the county seat, to [[Chenjiapu|331124205205]], cutting the trip to {{45 minutes|45}}.`,

r03_scmp_hk_mtr: `[[Tuen Mun]] rail extension to open in {{2030|2030}}, {{two years|2}} late, as MTR cost rises to {{HK$11.4 billion|11400000000}}

The MTR Corporation says the [[Tuen Mun]] South extension will open in {{2030|2030}}, {{two years|2}} later than first planned, with its cost rising {{18 per cent|18}} to {{HK$11.4 billion|11400000000}}.

The {{2.4km|2.4}} line will extend the Tuen Ma line from [[Tuen Mun]] station to a new terminus near [[Tuen Mun]] Ferry Pier, with one intermediate stop. About {{140,000 residents|140000}} will live within walking distance of the two new stations.

Meanwhile, residents in [[Tin Shui Wai]] and [[Yuen Long]] complained of {{20-minute|20}} waits for buses on [[Castle Peak Road]] during the morning rush hour. A district councillor said about {{3,000 people|3000}} queue each day at the bus terminus on [[Tin Shui Wai]]'s [[Tin Fuk Road]].

In [[Macao|820000]], the government said the light rail line to [[Hengqin]] would carry its first passengers by {{December|--12}}, linking [[Taipa]] with [[Guangdong|440000]]'s [[Zhuhai|440400]].`,

r04_bbc_yorkshire_a64: `[[A64]]: Dualling plan for [[York]] to [[Scarborough]] road backed

A {{£240m|240000000}} plan to turn a single-carriageway stretch of the [[A64]] near [[Malton]] into a dual carriageway has been backed by [[North Yorkshire]] Council.

The road between [[York]] and the coast carries up to {{28,000 vehicles|28000}} a day in summer, and {{nine people|9}} have died on the {{5-mile|5}} ({{8km|8}}) stretch between [[Barton Hill]] and [[Musley Bank]] since {{2015|2015}}.

Residents of [[Whitwell-on-the-Hill]] and [[Crambe]] told councillors that traffic queued through their villages every weekend from {{May|--05}} to {{September|--09}}.

"We have waited {{30 years|30}} for this," said Pam Ellis, chair of [[Whitwell]] Parish Council.

National Highways said work could start in {{2027|2027}} and would take about {{two and a half years|2.5}}. Separately, the Environment Agency said it was monitoring the [[River Derwent]] at [[Malton]], where levels rose to {{3.1 metres|3.1}} on Sunday after {{48mm|48}} of rain fell in {{24 hours|24}}.`,

r05_ap_ohio_county: `[[Ohio]] county to close {{two bridges|2}} for repairs as traffic detours along [[Interstate 71]]

[[LEBANON]], [[Ohio]] (AP) - [[Warren County]] engineers will close {{two bridges|2}} over the [[Little Miami River]] for about {{four months|4}} starting in {{June|--06}}, sending as many as {{9,500 vehicles|9500}} a day onto [[Interstate 71]] and [[State Route 48]].

The {{$6.2 million|6200000}} project, paid for mostly with federal money, will replace the decks of bridges built in {{1962|1962}} and {{1971|1971}}, county engineer Kurt Weber said.

Trustees in [[Hamilton Township]] and [[Deerfield Township]] said they worried about school buses, which will have to make a {{12-mile|12}} detour. About {{1,200 students|1200}} ride buses in the [[Little Miami]] school district.

Also in the county, commissioners approved a {{3%|3}} raise for sheriff's deputies and agreed to spend {{$850,000|850000}} on a new animal shelter in [[Lebanon]], the county seat, {{30 miles|30}} northeast of [[Cincinnati]].`,

r06_toi_mumbai_rain: `[[Mumbai]] rains: {{250mm|250}} in {{six hours|6}} floods [[Andheri]] subway, local trains delayed

[[MUMBAI]]: Heavy rain lashed [[Mumbai]] on Monday, with the [[Santacruz]] observatory recording {{268 mm|268}} of rainfall in the {{24 hours|24}} ending 8.30 am, the highest single-day figure this monsoon.

The [[Andheri]] subway was closed for {{five hours|5}} after water rose to {{4 feet|4}}, and suburban trains on the Central line between [[Thane]] and [[Kalyan]] ran {{20 to 25 minutes|20~25}} late.

The [[Brihanmumbai]] Municipal Corporation said {{312 trees|312}} had fallen across the city since {{June 1|--06-01}}. The civic body has set aside {{Rs 2,000 crore|20000000000}} for flood works this year, including {{six pumping stations|6}}.

The [[India]] Meteorological Department has issued an orange alert for [[Mumbai]], [[Thane]] and [[Palghar]] for the next {{48 hours|48}}, with winds gusting up to {{60 kmph|60}}.

The [[Vihar lake]], one of {{seven|7}} that supply water to the city, began overflowing on Sunday.`,

r07_st_singapore_mrt: `Thomson-East Coast Line stage 5 to open in {{2026|2026}}; [[Bedok]] South and [[Sungei Bedok]] stations among new stops

[[SINGAPORE]] - Residents of [[Bedok]] and [[Tampines]] will be able to take the Thomson-East Coast Line to [[Orchard]] from {{2026|2026}}, when its fifth stage opens, Transport Minister Chee Hong Tat said on {{Feb 27|--02-27}}.

Stage 5 will add {{two stations|2}}, [[Bedok]] South and [[Sungei Bedok]], and extend the line by {{2.6km|2.6}}. The {{43km|43}} line will then have {{32 stations|32}}.

About {{95,000 households|95000}} in the east will live within a {{10-minute|10}} walk of an MRT station, up from {{84,000|84000}}, the Land Transport Authority said.

Separately, the authority said a {{$1.2 billion|1200000000}} contract had been awarded for the Cross Island Line's [[Pasir Ris]] East station and tunnels to [[Punggol]], where works will take about {{seven years|7}}.`,

r08_xinhua_guangxi_floods: `Floods Hit Northern [[Guangxi|450000]] as Rivers Rise

[[NANNING|450100]], {{June 20|--06-20}} (Xinhua) -- Heavy rain has swollen rivers across northern [[Guangxi Zhuang Autonomous Region|450000]], forcing the evacuation of more than {{52,000 people|52000}} in [[Guilin|450300]], local authorities said Thursday.

The [[Lijiang River]] at [[Guilin|450300]] peaked at {{147.9 meters|147.9}}, {{1.9 meters|1.9}} above the warning level, on Wednesday evening. In [[Yangshuo county|450321]], streets in the old town were under water up to {{1.5 meters|1.5}} deep, and cruise boats on the river were suspended.

[[Xingping town|450321103]], known for the landscape printed on the back of the {{20-yuan|20}} note, recorded {{356 mm|356}} of rain over {{three days|3}}. In [[Lipu|450381]] and [[Pingle county|450330]], {{17 roads|17}} were cut by landslides.

The regional government launched a Level IV emergency response on Monday and allocated {{30 million yuan|30000000}} for relief. Further south, [[Wuzhou|450400]] expects the [[Xijiang River]] to peak at {{21 meters|21}} on Saturday, according to the regional hydrological center.`,

r09_sport_football_golf: `[[Wrexham]] 3-1 [[Stockport]]: Lee stars as leaders pull clear

[[Wrexham]] moved {{four points|4}} clear at the top of League One after a 3-1 win over [[Stockport]] County in front of {{12,614 fans|12614}} at the [[Racecourse Ground]].

Ollie Rathbone scored after {{11 minutes|11}} and Elliot Lee added a second from {{25 yards|25}} before the break. [[Stockport]] pulled one back, but Jay Rodriguez's header sealed the club's {{seventh|7}} home win in a row.

At [[St Andrews]], [[Scotland]]'s Robert MacIntyre finished {{third|3}} at the Alfred Dunhill Links Championship on {{15|15}} under par, {{two shots|2}} behind the winner. MacIntyre, who won the Canadian Open in {{June|--06}}, earned {{$450,000|450000}} and moved up to {{12th|12}} in the world rankings.

His longest drive of the week, on the 18th hole of the [[Old Course]], measured {{367 yards|367}}.`,
};

// localThird: a third batch in genres the first two lacked (CGTN and Xinhua features on a county's porcelain and silk and a
// village's homestays, SCMP news of Hong Kong's estates and MTR stations, a Greater Manchester council and its football club,
// Irish and Scottish local news, an Australian regional paper, Malaysian news); marked before the engine read it and scored
// once, blind: see en-articles.test.ts.
export const localThird: Record<string, string> = {

s01_cgtn_jingdezhen_kaolin: `In the hills where porcelain began: [[Jingdezhen|360200]]'s kaolin villages

[[Jingdezhen|360200]], a city in northeastern [[Jiangxi province|360000]], has been making porcelain for more than {{1,000 years|1000}}. But the white clay that made its name came from [[Gaoling village|360222105207]], about {{50 kilometers|50}} away in the mountains of [[Fuliang county|360222]].

The village gave its name to kaolin, the word potters around the world still use. Today, [[Gaoling|360222105207]] and neighboring [[Dongbu village|360222105209]] in [[Yaoli town|360222105]] receive some {{300,000 visitors|300000}} a year, who walk the old clay-hauling path down to the [[Dongbu|360222105209]] wharf, where boats once carried the clay down the [[Donghe River]] to the kilns.

"When I was a boy, nobody came here," said Feng Shuilin, {{71|71}}, who runs a tea house in [[Yaoli|360222105]]. "Now there are {{48 homestays|48}} in the town, and my grandson sells our tea online to customers in [[Shenzhen|440300]]."

Back in the city, the [[Taoxichuan]] art district, built in a state porcelain factory that closed in the {{1990s|1990}}, hosts more than {{1,200 young ceramic artists|1200}}, many of them graduates of [[Jingdezhen|360200]] Ceramic University. The city says {{31,000 foreigners|31000}} have come to study or work with clay since {{2018|2018}}, from [[Japan]], [[South Korea]], [[France]] and the [[United States]].

The ceramics industry of [[Jingdezhen|360200]] reached an output value of {{71.6 billion yuan|71600000000}} in {{2023|2023}}, up {{12.4 percent|12.4}} year-on-year.`,

s02_xinhua_zhenze_silk: `Silk Town in Eastern [[China]] Spins New Threads

[[SUZHOU|320500]], {{May 18|--05-18}} (Xinhua) -- In a workshop in [[Zhenze town|320509108]], [[Wujiang district|320509]] of [[Suzhou|320500]], in east [[China]]'s [[Jiangsu province|320000]], Shen Meiying stretches silk floss across a wooden frame, layer after layer, until a quilt weighs {{two kilograms|2}}.

[[Zhenze|320509108]], on the southern shore of [[Taihu Lake]], has raised silkworms for more than {{4,000 years|4000}}. The town now has {{137 silk enterprises|137}} and produced {{1.3 million silk quilts|1300000}} last year, about {{one-third|0.3333333333333333}} of the national total, according to the town government.

Mulberry fields still cover {{8,000 mu|8000}} around [[Zhongqiao village]] and [[Sanshan village|320509108204]], where farmers raise silkworms {{twice|2}} a year. A farmer can earn about {{30,000 yuan|30000}} from a box of silkworm eggs in spring.

Along the old streets of the town, young entrepreneurs sell silk scarves and pajamas through live-streaming to buyers in [[Hangzhou|330100]], [[Chengdu|510100]] and [[Harbin|230100]]. Online sales of silk products in [[Zhenze|320509108]] exceeded {{2.5 billion yuan|2500000000}} in {{2023|2023}}, up {{22 percent|22}}.

The town is also linked to [[Tongxiang|330483]] in neighboring [[Zhejiang province|330000]], where the silk museum of [[Wuzhen|330483100]] draws tourists from the [[Yangtze River Delta]].`,

s03_scmp_hk_estates: `[[Sha Tin]] estate residents fear {{two-year|2}} wait as lifts replaced; [[Tai Po]] flats to get new bus link

Residents of [[Lek Yuen Estate]] in [[Sha Tin]], one of the city's oldest public housing estates, say elderly tenants will be stranded when the Housing Authority replaces {{18 lifts|18}} in {{six blocks|6}} over the next {{two years|2}}.

The estate, completed in {{1976|1976}}, houses about {{8,000 people|8000}}, nearly {{a third|0.3333333333333333}} of them aged {{65|65}} or above, according to a concern group.

"My mother lives alone on the top floor. How will she go to the clinic at [[Sha Tin]] station?" said resident Wong Siu-ling, {{54|54}}.

In [[Tai Po]], the Transport Department said a new bus route would link [[Fu Heng Estate]] and [[Tai Po]] Market station from {{July|--07}}, running every {{12 minutes|12}} at peak hours.

Meanwhile, footfall in [[Tsim Sha Tsui]] and [[Mong Kok]] rose {{9 per cent|9}} in the {{first quarter|--Q1}} from a year earlier, a property agency said, but shop rents on [[Nathan Road]] remained about {{40 per cent|40}} below their {{2014|2014}} peak. In [[Causeway Bay]], {{23 shops|23}} on [[Russell Street]] stood empty.`,

s04_men_stockport_marple: `[[Stockport]] council approves {{£45m|45000000}} plan for [[Marple]] as [[Stockport]] County eye stadium move

[[Stockport]] Council has approved a {{£45m|45000000}} regeneration plan for [[Marple]] town centre, including {{120 new homes|120}}, a library and a health centre on the site of the former [[Hollins Mill]] car park.

Councillors voted in favour on Thursday despite objections from about {{400 residents|400}} who said the town, on the edge of the [[Peak District]], was losing its parking.

Work is due to start in {{October|--10}} and last {{three years|3}}. The council said the scheme would bring about {{£2m|2000000}} a year to traders in [[Marple]], [[Romiley]] and [[Compstall]].

Separately, [[Stockport]] County, promoted to League One last season, say they need a new stadium of at least {{15,000 seats|15000}} to replace [[Edgeley Park]]. The club has looked at sites in [[Cheadle]] and next to the [[M60]] near [[Bredbury]].

Meanwhile, the Environment Agency issued flood warnings for the [[River Goyt]] and the [[River Tame]] after {{60mm|60}} of rain fell on the hills above [[New Mills]] in [[Derbyshire]] in {{36 hours|36}}.`,

s05_irish_donegal: `[[Donegal]] council to spend {{€6.8m|6800000}} on [[N56]] upgrade near [[Letterkenny]]

[[Donegal]] County Council is to spend {{€6.8 million|6800000}} upgrading a {{4km|4}} stretch of the [[N56]] between [[Letterkenny]] and [[Kilmacrennan]], after {{three fatal crashes|3}} on the road since {{2019|2019}}.

The work, funded by Transport Infrastructure [[Ireland]], will widen the road and add a footpath and cycle lane, the council's roads director told a meeting of the [[Letterkenny]]-[[Milford]] municipal district on Monday.

Cllr Donal Coyle said traffic on the route had grown by {{30%|30}} in {{a decade|10}}. "People in [[Milford]] and [[Ramelton]] drive to [[Letterkenny]] every day for work and school," he said.

Elsewhere in the county, [[Buncrana]] town council is seeking {{€1.2m|1200000}} to repair the pier on [[Lough Swilly]], where a ferry runs to [[Rathmullan]] in summer.

In [[Inishowen]], {{1,200 homes|1200}} built with defective mica blocks are still waiting for redress, according to campaigners, who will march in [[Dublin]] on {{June 14|--06-14}}.`,

s06_scottish_highland_a82: `[[A82]] closure: [[Fort William]] businesses count cost of {{six-week|6}} works

Businesses in [[Fort William]] say they have lost up to {{a quarter|0.25}} of their summer trade after the [[A82]] was closed at night for {{six weeks|6}} near [[Loch Lochy]].

Traffic [[Scotland]] said the {{£3.2m|3200000}} resurfacing work between [[Spean Bridge]] and [[Invergarry]] was finished on Friday, {{four days|4}} ahead of schedule.

The [[A82]], which runs {{167 miles|167}} from [[Glasgow]] to [[Inverness]] along [[Loch Lomond]] and [[Loch Ness]], carries about {{11,000 vehicles|11000}} a day in summer.

[[Highland]] Council also confirmed that the [[Drumnadrochit]] to [[Fort Augustus]] bus service would run {{four times|4}} a day from {{August|--08}}.

In the [[Cairngorms]] National Park, rangers at [[Glenmore]] near [[Aviemore]] said {{1,800 cars|1800}} had parked along the road to [[Cairn Gorm]] on the busiest weekend, more than {{twice|2}} the number the car parks can hold.`,

s07_abc_riverina_drought: `[[Riverina]] farmers cut water use as [[Murrumbidgee]] allocations fall

Irrigators in the [[Riverina]] say they will plant {{40 per cent|40}} less rice this season after general security allocations on the [[Murrumbidgee River]] were set at {{12 per cent|12}}.

"We'd normally put in {{300 hectares|300}}. This year it will be about {{120 hectares|120}}," said Tony Brennan, who farms near [[Leeton]].

The irrigation area around [[Griffith]] and [[Leeton]] produces about {{half|0.5}} of [[Australia]]'s rice crop. Water prices on the market rose to {{$320|320}} a megalitre last week, up from {{$140|140}} a year ago.

In [[Wagga Wagga]], the city council has brought forward {{$2.4 million|2400000}} of works on its water treatment plant, while in [[Hay]], {{400 kilometres|400}} west of [[Canberra]], residents have been asked to cut use by {{a fifth|0.2}}.

The Bureau of Meteorology says southern [[New South Wales]] has had its driest {{six months|6}} since {{2019|2019}}.`,

s08_star_penang_lrt: `[[Penang]] LRT: {{21 stations|21}} from [[Komtar]] to [[Bayan Lepas]], work to begin next year

[[GEORGE TOWN]]: The Mutiara Line, [[Penang]]'s first light rail line, will have {{21 stations|21}} along its {{29.5km|29.5}} route from [[Komtar]] to [[Bayan Lepas]], says Chief Minister Chow Kon Yeow.

The {{RM10bil|10000000000}} project will link [[George Town]] with the airport at [[Bayan Lepas]], where more than {{100,000 people|100000}} work in factories.

A {{2.3km|2.3}} rail bridge will cross the sea to [[Seberang Perai]], with a station at [[Penang]] Sentral in [[Butterworth]].

Chow said the line was expected to carry {{140,000 passengers|140000}} a day by {{2030|2030}} and would cut the trip from [[Gelugor]] to the airport to {{25 minutes|25}}.

In [[Johor Baru]], meanwhile, the Rapid Transit System link to [[Singapore]]'s [[Woodlands]] is {{75%|75}} complete and will open by {{December 2026|2026-12}}, Transport Minister Anthony Loke said in [[Kuala Lumpur]].`,

s09_chinadaily_nuodeng: `Salt Village in [[Yunnan|530000]] Finds New Flavor in Homestays

By LI YINGQING in [[Kunming|530100]] | [[China]] Daily | Updated: {{2024-10-09|2024-10-09}}

[[Nuodeng village|532929101205]], in [[Nuodeng town|532929101]] of [[Yunlong county|532929]], [[Dali Bai autonomous prefecture|532900]], [[Yunnan province|530000]], made salt from its brine wells for more than {{1,000 years|1000}}.

The village's Bai families now run {{26 homestays|26}} and {{15 restaurants|15}}, serving the ham cured with local salt that made the village famous after a television documentary in {{2012|2012}}.

"Our ham sells for {{200 yuan|200}} a kilogram now, {{four times|4}} what it did then," said Huang Jinsong, {{48|48}}, whose family has cured ham for {{five generations|5}}.

The village received about {{180,000 tourists|180000}} last year. A new road from [[Yunlong|532929]]'s county seat cut the trip from {{two hours|2}} to {{40 minutes|40}}, and buses now come from [[Dali city|532901]] and [[Lijiang|530700]].

Along the [[Bijiang River]] below the village, {{three more villages|3}} in the town, including [[Xinglin village|532929101206]] and [[Qingsong village|532929101201]], have opened guesthouses.`,
};

// localFourth: written after the fixes of the third batch, in the same genres (a county's porcelain and a town's homestays in
// pinyin, Hong Kong's districts and estates, an English market town with its council, river and club, Scottish islands, an
// American county and township, New Zealand's regions, an Indian state); marked before the engine read it and scored once, blind.
export const localFourth: Record<string, string> = {

t01_xinhua_dehua_porcelain: `"[[China]] White" Porcelain Town Fires Up Global Orders

[[FUZHOU|350100]], {{Aug 22|--08-22}} (Xinhua) -- In [[Sanban town|350526102]] of [[Dehua county|350526]], southeast [[China]]'s [[Fujian province|350000]], kilns have been firing white porcelain since the Song Dynasty ({{960-1279|960~1279}}).

Ruins of more than {{40 ancient kilns|40}} have been found around [[Sibin village|350526102202]], where Su Qingfang, {{57|57}}, still shapes Guanyin figures by hand in the workshop his grandfather opened in the {{1930s|1930}}.

[[Dehua|350526]] now has about {{3,400 ceramic enterprises|3400}} employing {{100,000 people|100000}}, and its porcelain sells to more than {{190 countries and regions|190}}. The industry's output value hit {{51.2 billion yuan|51200000000}} in {{2023|2023}}, up {{8.6 percent|8.6}}, the county government said.

Most of the large factories sit in an industrial park in [[Longxun town|350526101]], the county seat, about {{100 km|100}} from [[Quanzhou city|350500]] proper. Trucks take the finished ware to the port of [[Xiamen|350200]], where {{two-thirds|0.6666666666666666}} of it is shipped to [[Europe]] and [[North America]].

In the hills of [[Yangmei township|350526200]], young designers who trained in [[Jingdezhen|360200]] and [[Foshan|440600]] have opened {{16 studios|16}} in old farmhouses since {{2021|2021}}.`,

t02_chinadaily_heshun: `Old Merchant Town Near Border Welcomes Back Tourists

By LI YINGQING in [[Kunming|530100]] | [[China]] Daily | Updated: {{2025-04-14|2025-04-14}}

[[Heshun town|530581105]], in [[Tengchong|530581]], a county-level city of [[Baoshan|530500]] in western [[Yunnan province|530000]], was once a stop for traders carrying jade and cotton from [[Myanmar]]. Its {{1,300 old houses|1300}}, built of volcanic stone and wood, still stand around a pond at the foot of a hill.

In {{2024|2024}}, the town received {{2.9 million visitor trips|2900000}}, up {{35 percent|35}} from a year earlier, and its {{420 homestays|420}} had an average occupancy rate of {{71 percent|71}}.

"Before the pandemic, I had {{eight rooms|8}}. Now I have {{20|20}}," said Yin Jiaqi, who runs a guesthouse in [[Shuidui village|530581105202]]. Next door in [[Dazhuang village|530581105201]], a library founded in {{1928|1928}} holds more than {{70,000 books|70000}}.

Flights from [[Kunming|530100]], [[Chengdu|510100]] and [[Chongqing|500000]] land at [[Tengchong|530581]] Tuofeng Airport, {{12 kilometers|12}} away. Visitors also travel north to the hot springs of [[Qushi town|530581107]] and the volcanoes of [[Mazhan township|530581201]].`,

t03_scmp_tung_chung: `[[Tung Chung]] residents face {{40-minute|40}} bus queues as new estates fill up

Residents of new public housing estates in [[Tung Chung]] on [[Lantau Island]] say they queue for up to {{40 minutes|40}} for buses to [[Tsuen Wan]] and [[Kwai Chung]] each morning.

About {{22,000 people|22000}} have moved into {{three estates|3}} near the planned [[Tung Chung]] East station since {{2022|2022}}, the Housing Department said. The station, on an extension of the [[Tung Chung]] line, is due to open in {{2029|2029}}.

"The train to [[Hong Kong|810000]] station is full by the time it gets here," said a resident surnamed Chan, who works in [[Central]].

Lawmakers also called for more ferries from [[Mui Wo]] to [[Central]], after the operator cut the service to {{two sailings|2}} an hour. In [[Sai Kung]], meanwhile, the government will spend {{HK$1.6 billion|1600000000}} on a sewage works to clean up [[Port Shelter]], where {{12 beaches|12}} were graded "poor" last year.

In [[Tuen Mun]], a {{68-year-old|68}} man was taken to hospital after a fire broke out in a flat at [[Butterfly Estate]] on Tuesday night.`,

t04_bbc_ludlow_shropshire: `[[A49]] roadworks: [[Ludlow]] traders say footfall down {{a fifth|0.2}}

Traders in [[Ludlow]] say footfall has fallen by {{a fifth|0.2}} since work began on the [[A49]] bypass, which has been closed at night for {{five weeks|5}}.

[[Shropshire]] Council said the {{£4.6m|4600000}} resurfacing between [[Ludlow]] and [[Craven Arms]] would be finished by {{mid-November|--11}}, {{two weeks|2}} later than planned.

Diversions send drivers through [[Bromfield]] and [[Onibury]], where parish councillors say up to {{3,000 vehicles|3000}} a night are using lanes less than {{4m|4}} wide.

Meanwhile, Natural [[England]] has warned that phosphate levels in the [[River Teme]] and the [[River Corve]] remain {{twice|2}} the safe limit, holding up plans for {{1,200 homes|1200}} in the south of the county.

In sport, [[Shrewsbury]] Town drew 1-1 with [[Notts]] County at [[Meadow Lane]] in front of {{8,412 fans|8412}}, while the [[Church Stretton]] fell race drew {{650 runners|650}} over the [[Long Mynd]].`,

t05_oban_times_mull: `Ferry cuts leave [[Mull]] and [[Iona]] businesses counting cost

Hotels and shops on [[Mull]] say they have lost {{£1.2m|1200000}} in bookings after CalMac cut the [[Oban]] to [[Craignure]] route to one vessel for {{six weeks|6}} in the peak season.

The route normally carries about {{320,000 passengers|320000}} a year. [[Argyll and Bute]] Council leader Jim Lynch said the island economy had been "left stranded".

At [[Fionnphort]], where a small ferry crosses to [[Iona]], visitor numbers were down by {{40 per cent|40}} in {{July|--07}}, according to the [[Ross of Mull]] community trust.

Meanwhile, Transport [[Scotland]] said a landslip on the [[A83]] at the [[Rest and Be Thankful]] had closed the road for {{two days|2}}, sending drivers on a {{60-mile|60}} detour via [[Inveraray]] and [[Dalmally]].

On the mainland, plans for {{48 holiday lodges|48}} on the shore of [[Loch Awe]] near the village of [[Lochawe]] were refused by councillors.`,

t06_lancaster_pa_county: `[[Lancaster County]] approves {{$22 million|22000000}} for farmland preservation; [[Route 30]] widening delayed

[[LANCASTER]], [[Pa.]] - [[Lancaster County]] commissioners on Wednesday approved {{$22 million|22000000}} to buy development rights on {{61 farms|61}} covering about {{5,200 acres|5200}}, most of them in [[East Earl Township]] and [[Manheim Township]].

The county has preserved more than {{1,100 farms|1100}} since {{1983|1983}}, more than any other county in the nation.

Separately, PennDOT said widening of [[Route 30]] between [[Greenfield Road]] and [[Route 896]] in [[East Lampeter Township]] would not begin until {{2027|2027}}, a year later than planned, because of a {{$9.4 million|9400000}} rise in costs.

In [[York County]], across the [[Susquehanna River]], officials said repairs to the [[Wrightsville]] bridge would close one lane for {{three months|3}} from {{April|--04}}. About {{19,000 vehicles|19000}} cross the bridge each day.`,

t07_rnz_hawkes_bay: `[[Hawke's Bay]] growers warn of apple crop losses as [[State Highway 2]] reopens

Apple growers in [[Hawke's Bay]] say the region's crop could be down {{15 per cent|15}} this season after hail hit orchards around [[Hastings]] and [[Havelock North]] last week.

The region produces about {{60 per cent|60}} of [[New Zealand]]'s apples. One grower near [[Twyford]] said he had lost about {{30 hectares|30}} of fruit, worth about {{$2 million|2000000}}.

Meanwhile, Waka Kotahi said [[State Highway 2]] between [[Napier]] and [[Wairoa]] had reopened after a {{12-day|12}} closure, and the [[Devil's Elbow]] section would be down to one lane until {{December|--12}}.

[[Napier]] City Council said the [[Tutaekuri River]] was running {{1.5m|1.5}} above normal levels on Sunday, and Civil Defence urged residents of [[Taradale]] and [[Meeanee]] to stay off stopbanks.`,

t08_hindu_tamil_nadu: `Heavy rain in delta districts; {{1.2 lakh acres|120000}} of samba crop submerged

[[CHENNAI]]: Heavy rain in the delta districts of [[Thanjavur]], [[Tiruvarur]] and [[Nagapattinam]] over the past {{three days|3}} has submerged samba paddy on {{1.2 lakh acres|120000}}, according to preliminary estimates of the Agriculture Department.

[[Vedaranyam]] recorded {{21 cm|21}} of rain in the {{24 hours|24}} ending 8.30 a.m. on Tuesday, the highest in the State, followed by [[Kodavasal]] at {{17 cm|17}}.

Chief Minister M.K. Stalin announced a relief of {{₹17,000|17000}} a hectare for farmers whose crops were damaged, and said {{42 teams|42}} of the State Disaster Response Force had been sent to the delta.

In [[Chennai]], water-logging was reported in [[Velachery]] and [[Tambaram]], while the reservoir at [[Chembarambakkam]] reached {{85%|85}} of its capacity. Schools in {{six districts|6}} will remain closed on Wednesday.`,
};

// localFifth: written in the second round after all of the day's fixes, in genres and places the other local sets lack (a
// travel feature along the Hexi Corridor through many towns, Guizhou's village football and basketball, Hong Kong's Northern
// Metropolis, Cornwall's council and A30, a Cork county paper, Ontario's county and township news, Sabah's and Tasmania's
// regional news); marked before the engine read it and scored once, blind (two gold errors corrected after: see the test).
export const localFifth: Record<string, string> = {

u01_xinhua_hexi_corridor: `Along the Ancient Silk Road, Oasis Towns Draw Road-Trippers

[[LANZHOU|620100]], {{Sept 9|--09-09}} (Xinhua) -- Leaving [[Wuwei|620600]] at dawn, the road west runs for nearly {{1,000 km|1000}} along the [[Hexi Corridor]], a strip of oases squeezed between the [[Qilian Mountains]] and the [[Gobi Desert]] in northwest [[China]]'s [[Gansu province|620000]].

In [[Zhangye|620700]], visitors climb wooden walkways over the striped hills of the [[Zhangye|620700]] Danxia geopark in [[Linze county|620723]]. The park received {{3.6 million visits|3600000}} in {{2023|2023}}, up {{62 percent|62}} from the year before.

Zhao Yan, {{34|34}}, came back from [[Xi'an|610100]] to open a homestay in [[Nanti village]] of [[Nijiaying town|620723107]], just outside the park gate. "We have {{nine rooms|9}}, and in {{August|--08}} they were full every night," she said.

South of the city, in [[Sunan Yugur autonomous county|620721]], herders in [[Mati Tibetan township|620721200]] now guide tourists on horseback to grottoes cut into red cliffs more than {{1,600 years|1600}} ago.

Further west, the fort at [[Jiayuguan|620200]] marks the western end of the [[Ming Great Wall]]. From there it is {{380 kilometers|380}} to [[Dunhuang|620982]] in [[Jiuquan|620900]], where the [[Mogao Grottoes]] limit visitors to {{6,000|6000}} a day in peak season.`,

u02_chinadaily_guizhou_cunchao: `Village Football League Keeps Mountain County in the Spotlight

By YANG JUN in [[Guiyang|520100]] | [[China]] Daily | Updated: {{2025-07-21|2025-07-21}}

On Saturday night, more than {{50,000 spectators|50000}} packed the stands around the pitch in the seat of [[Rongjiang county|522632]], [[Qiandongnan Miao and Dong autonomous prefecture|522600]], in southwest [[China]]'s [[Guizhou province|520000]], to watch {{two village teams|2}} play.

The "Village Super League", which began in {{May 2023|2023-05}}, now involves {{108 teams|108}} from the county's villages and towns. Players are farmers, cooks and delivery drivers. Prizes are a local ox, a pig or a basket of rice.

The county received {{7.65 million tourist visits|7650000}} in {{2024|2024}}, bringing in {{8.4 billion yuan|8400000000}}, according to the county's culture and tourism bureau.

About {{70 km|70}} to the north, [[Taipan village|522630202200]] in [[Taijiang county|522630]] hosts the "Village BA" basketball games that made it famous in {{2022|2022}}. Its court, built by villagers in the {{1930s|1930}}, now has seats for {{4,000 fans|4000}}.

"We had teams come from [[Guangdong|440000]] and [[Hunan|430000]] this summer," said Zhang Shouxin, {{62|62}}, the village's team manager. Buses now run to [[Kaili|522601]], the prefecture's seat, every {{30 minutes|30}}.`,

u03_scmp_northern_metropolis: `[[San Tin]] tech hub: first land sale for [[Northern Metropolis]] draws {{seven bids|7}}

The government received {{seven tenders|7}} for the first residential site in the [[San Tin]] Technopole on Friday, as officials pressed ahead with the {{HK$1 trillion|1000000000000}} plan to build a new city near the border with [[Shenzhen|440300]].

The {{2.4-hectare|2.4}} site near [[Lok Ma Chau]] can provide about {{2,100 flats|2100}}. Surveyors valued it at between {{HK$2.5 billion and HK$3.8 billion|2500000000~3800000000}}.

Officials said a new station on the Northern Link, between [[Kam Sheung Road]] and [[Kwu Tung]], would open by {{2034|2034}}, cutting journeys from [[Yuen Long]] to [[Sheung Shui]] to about {{15 minutes|15}}.

Residents of [[Tin Shui Wai]] and [[Hung Shui Kiu]] have long complained of {{two-hour|2}} commutes to jobs in [[Tsim Sha Tsui]], [[Mong Kok]] and [[Wan Chai]].

In [[Tai Po]], meanwhile, about {{80 households|80}} in [[Fu Heng Estate]] were told to leave their flats on Thursday night after cracks were found in a concrete beam. The [[Tai Po]] District Council said engineers would inspect {{12 blocks|12}} in the area.`,

u04_cornwall_live_a30: `[[A30]] upgrade opens as [[Cornwall]] Council warns of summer jams

The {{£330m|330000000}} dual carriageway between [[Chiverton Cross]] and [[Carland Cross]] has fully opened, {{five years|5}} after work began.

The {{8.7-mile|8.7}} ({{14km|14}}) section of the [[A30]] was the last single-carriageway stretch between [[Camborne]] and the [[M5]] at [[Exeter]]. National Highways said it would save drivers up to {{15 minutes|15}} at peak times.

But [[Cornwall]] Council said traffic into [[St Ives]] and [[Newquay]] could still back up for {{three miles|3}} on busy weekends, and has asked for {{£12m|12000000}} to improve junctions at [[Hayle]] and [[Indian Queens]].

In [[Truro]], the council approved {{240 homes|240}} at [[Langarth]] on the western edge of the city, while campaigners in [[Penzance]] handed in a petition signed by {{3,400 people|3400}} against the closure of the town's last bank.

Meanwhile, [[South West]] Water said bathing water at {{seven beaches|7}} on the [[River Fal]] and in [[Falmouth Bay]] had been rated "excellent" for the first time.`,

u05_echo_cork_county: `[[West Cork]] towns to get {{€9m|9000000}} for flood defences

Flood defences for [[Bandon]] and [[Skibbereen]] are to be extended under a {{€9m|9000000}} plan approved by [[Cork]] County Council.

The [[Bandon River]] burst its banks {{three times|3}} last winter, flooding {{45 homes|45}} and {{20 businesses|20}} in the town. Cllr Mary Walsh said residents of [[Castle Road]] had been "living in fear every time it rains".

The plan also provides for {{1.5km|1.5}} of new walls along the [[Ilen River]] in [[Skibbereen]], where the last scheme cost {{€32m|32000000}} and was completed in {{2019|2019}}.

Separately, Transport Infrastructure [[Ireland]] said work on the [[N71]] between [[Clonakilty]] and [[Rosscarbery]] would begin in {{March|--03}}, with traffic lights in place for up to {{six months|6}}.

In [[Kinsale]], councillors voted against a plan for a {{40-berth|40}} marina at [[Summercove]], and in [[Macroom]], the new bypass carried more than {{11,000 vehicles|11000}} a day in its first year.`,

u06_cbc_simcoe_county: `[[Simcoe County]] to spend {{$18M|18000000}} on roads as [[Highway 400]] traffic grows

[[Simcoe County]] council has approved an {{$18-million|18000000}} road plan that will widen {{two county roads|2}} used as shortcuts by drivers avoiding [[Highway 400]].

[[County Road 27]] between [[Barrie]] and [[Cookstown]] will be widened to {{four lanes|4}} over {{three years|3}}, and [[County Road 90]] will get new turning lanes near [[Angus]], in the Township of [[Essa]].

About {{82,000 vehicles|82000}} a day use [[Highway 400]] north of [[Toronto]] on summer weekends, the Ministry of Transportation says.

In the Township of [[Oro-Medonte]], council voted to close the [[Line 9]] boat launch on [[Lake Simcoe]] for {{six weeks|6}} to repair the dock, while [[Orillia]] said it will add {{120 parking spaces|120}} at its waterfront.

[[Collingwood]] and [[Wasaga Beach]] have asked the province for {{$4.2 million|4200000}} to rebuild sections of the [[Georgian Trail]].`,

u07_daily_express_sabah: `[[Kundasang]] farmers hit by landslide as [[Ranau]] road shut

[[KOTA KINABALU]]: Vegetable farmers in [[Kundasang]] say they have lost more than {{RM500,000|500000}} after a landslide cut the main road between [[Ranau]] and [[Kota Kinabalu]] for {{four days|4}}.

The slope near [[Kampung Kinasaraban]] gave way on Sunday after {{180mm|180}} of rain fell in {{24 hours|24}}, burying {{two lorries|2}}. No one was hurt.

Public Works Department director Ir. Sylvester Lim said {{200 metres|200}} of the road would be rebuilt at a cost of {{RM12 million|12000000}}.

About {{70 per cent|70}} of [[Sabah]]'s highland vegetables are grown on the slopes below [[Mount Kinabalu]], and traders in [[Tuaran]] and [[Penampang]] reported cabbage prices up {{40 per cent|40}} this week.

In [[Sandakan]], meanwhile, the state government said {{1,200 families|1200}} in [[Kampung Sim-Sim]] would be moved to new flats by {{2027|2027}}.`,

u08_mercury_tasmania: `[[Midland Highway]] crash closes road as [[Tasmania]] records wettest winter

A crash on the [[Midland Highway]] near [[Campbell Town]] closed the road for {{five hours|5}} on Tuesday, sending traffic between [[Hobart]] and [[Launceston]] on a long detour through [[Ross]] and [[Longford]].

It came as the Bureau of Meteorology confirmed [[Tasmania]] had its wettest winter in {{30 years|30}}, with {{612mm|612}} of rain at [[Mount Wellington]].

The [[Derwent River]] peaked at {{3.2 metres|3.2}} at [[New Norfolk]], and {{14 homes|14}} in the [[Derwent Valley]] were flooded.

In the [[Huon Valley]], apple growers say the wet weather has cut their crop by about {{a quarter|0.25}}, while in [[Launceston]] the [[Tamar River]] silt problem has returned.

The state government said it would spend {{$65 million|65000000}} over {{four years|4}} to fix roads in the north-west, including the [[Bass Highway]] between [[Burnie]] and [[Wynyard]].`,
};

// localSixth: written in the third round after all of the day's fixes, in genres and places the other local sets lack (Yunnan's
// tea mountain villages, a relocation from a cliff village in Liangshan, Sichuan's scenic areas in the holiday week, Kaiping's
// watchtowers for Hong Kong day-trippers, bus cuts in the Yorkshire Dales, a London strike at King's Cross and Hyde Park Corner,
// Donegal's Gaeltacht, Nova Scotia's South Shore); marked before the engine read it and scored once, blind (see the test).
export const localSixth: Record<string, string> = {

v01_xinhua_jingmai_tea: `Ancient Tea Forests Bring New Life to [[Yunnan|530000]] Mountain Villages

[[PU'ER|530800]], {{Oct 14|--10-14}} (Xinhua) -- Before sunrise, Nan Kang, {{41|41}}, climbs into the ancient tea forest above [[Mangjing village|530828104205]] with a bamboo basket on her back. Some of the trees she picks from are more than {{800 years|800}} old.

The forests on [[Jingmai Mountain]] in [[Lancang Lahu autonomous county|530828]], [[Yunnan province|530000]], were added to the UNESCO World Heritage List in {{September 2023|2023-09}}, the first tea landscape in the world to be listed.

Spread over {{1,230 hectares|1230}}, the forests are cared for by the Blang and Dai people of [[Huimin town|530828104]], who still grow tea in the shade of taller trees. "We never cut the big trees," Nan Kang said.

[[Jingmai village|530828104204]] now has {{126 homestays|126}} and received {{540,000 visitors|540000}} last year, up from {{190,000|190000}} in {{2019|2019}}. Raw pu'er from the oldest trees can sell for {{6,000 yuan|6000}} a kilogram.

Buyers come from [[Guangzhou|440100]], [[Kunming|530100]] and [[Shanghai|310000]], and many also visit [[Menghai county|532822]] in [[Xishuangbanna Dai autonomous prefecture|532800]], about {{150 kilometers|150}} to the south, where the tea of [[Bulang Mountain]] is grown.`,

v02_chinadaily_liangshan_cliff_village: `From Cliff Village to County Seat, a Family's Long Climb Down

By HUANG ZHILING in [[Chengdu|510100]] | [[China]] Daily | Updated: {{2025-05-12|2025-05-12}}

For generations, the {{72 households|72}} of [[Atule'er village]] in [[Zhaojue county|513431]], [[Liangshan Yi autonomous prefecture|513400]], reached their homes on a cliff {{800 meters|800}} high by climbing vine ladders.

In {{May 2020|2020-05}}, {{84 families|84}} moved into new flats in a relocation community in the county seat, [[Xincheng town|513431100]], where each got a home of up to {{100 square meters|100}} for {{10,000 yuan|10000}}.

Mose Jiti, {{38|38}}, now runs a noodle shop near the community gate. "On the cliff it took {{two hours|2}} to carry a sack of potatoes down to the road," he said.

The steel ladder built in {{2016|2016}} has {{2,556 steps|2556}} and now draws tourists. A guesthouse run by the village opened last spring and earned {{380,000 yuan|380000}} in its first year.

Across [[Liangshan|513400]], more than {{350,000 people|350000}} were moved out of the high mountains, according to the prefecture's government. Many found work in [[Xichang|513401]], the prefecture's capital, or in factories in [[Zhejiang province|330000]].`,

v03_cgtn_sichuan_scenic_holiday: `[[Sichuan|510000]]'s Scenic Spots Set Records as Holiday Crowds Arrive

[[Jiuzhaigou Valley]] in southwest [[China]]'s [[Sichuan province|510000]] welcomed {{41,300 visitors|41300}} on {{October 2|--10-02}}, its busiest day since the {{2017|2017}} earthquake.

The valley, in [[Jiuzhaigou county|513225]] of the [[Aba Tibetan and Qiang autonomous prefecture|513200]], is famous for its blue lakes and waterfalls. Tickets cost {{190 yuan|190}} in peak season.

Some {{400 kilometers|400}} to the south, [[Mount Emei]] sold out its cable-car tickets {{three days|3}} in a row. Near the mountain, the {{71-meter|71}} [[Leshan|511100]] Giant Buddha drew long queues, and hotels in [[Emeishan city|511181]] raised room prices by up to {{50 percent|50}}.

In [[Chengdu|510100]], the giant panda base received more than {{100,000 visitors|100000}} over the holiday, while trains from [[Chongqing|500000]] to [[Kangding|513301]] in the [[Garze Tibetan autonomous prefecture|513300]] were fully booked.

Officials said the province received {{78.5 million tourist visits|78500000}} during the {{eight-day|8}} break, generating {{48.3 billion yuan|48300000000}} in spending.`,

v04_scmp_kaiping_watchtowers: `Weekend in the watchtowers: Hongkongers head to [[Kaiping|440783]] as sea crossing cuts journey

Day-trippers from [[Hong Kong|810000]] are heading to the century-old watchtowers of [[Kaiping|440783]] in ever greater numbers since the [[Huangmaohai]] Sea-Crossing Passage opened in {{April|--04}}, cutting the drive from [[Zhuhai|440400]] to [[Jiangmen|440700]] to about {{40 minutes|40}}.

Cross-boundary coaches from [[Sheung Wan]] and [[Tsuen Wan]] now run {{16 times|16}} a day to [[Chikan town|440783109]], whose arcaded streets were used as a film set.

At [[Zili village]] in [[Tangkou town|440783108]], where {{15 watchtowers|15}} stand among the rice fields, ticket sales rose {{34 per cent|34}} in the {{first half|--H1}} of the year, the local tourism bureau said.

The watchtowers, about {{1,800|1800}} of which survive across the city, were built in the {{1920s|1920}} by villagers who had made money in [[North America]] and [[Southeast Asia]]. Many families in [[Taishan|440781]], next door, still have relatives in [[San Francisco]] and [[Vancouver]].

A return coach ticket from [[Hong Kong|810000]] costs {{HK$380|380}}.`,

v05_bbc_yorkshire_dales_buses: `[[Yorkshire Dales]]: Bus cuts will leave villages cut off, say parish councils

Parish councils in the [[Yorkshire Dales]] have warned that villages will be cut off after [[North Yorkshire]] Council confirmed it will end {{three bus routes|3}} from {{September|--09}}.

The 72 service between [[Skipton]] and [[Grassington]] carried about {{38,000 passengers|38000}} last year, but the council said its subsidy of {{£190,000|190000}} a year could not continue.

Residents of [[Kettlewell]] and [[Buckden]] in [[Upper Wharfedale]] said older people would have no way to reach the hospital in [[Airedale]]. "It's {{16 miles|16}} each way," said Margaret Holmes, chair of [[Kettlewell]] with [[Starbotton]] Parish Council.

In [[Wensleydale]], the service from [[Hawes]] to [[Leyburn]] will run on {{two days|2}} a week instead of {{six|6}}.

The [[Yorkshire Dales]] National Park Authority said more than {{3.8 million people|3800000}} visit the park every year, most of them by car, and that queues on the [[A65]] at [[Settle]] and on the road to [[Bolton Abbey]] were already "a real problem" on summer weekends.`,

v06_standard_tube_strike: `Tube strike: Commuters queue for hours at [[King's Cross]] as walkout shuts {{nine lines|9}}

Commuters queued for more than an hour outside [[King's Cross]] [[St Pancras]] on Tuesday morning as a {{48-hour|48}} strike by Tube drivers brought most of the Underground to a halt.

Transport for [[London]] said only {{40 per cent|40}} of services were running, and the [[Piccadilly]] line was closed between [[Acton Town]] and [[Cockfosters]].

Traffic was at a standstill around [[Hyde Park Corner]] and along the [[Euston Road]], while buses from [[Waltham Cross]] and [[Edmonton Green]] were full before they reached [[Tottenham Hale]].

[[Chiltern]] Railways said extra trains would run every {{15 minutes|15}} from [[Marylebone]] to [[Gerrards Cross]] and [[High Wycombe]].

The RMT union said {{10,000 members|10000}} had walked out over pay. The union's offer of a {{3.4 per cent|3.4}} rise was rejected in {{June|--06}}.`,

v07_donegal_gaeltacht: `[[Gweedore]] and [[Dungloe]] to get new health centres under {{€14m|14000000}} plan

New primary care centres are to be built in [[Gweedore]] and [[Dungloe]] as part of a {{€14m|14000000}} plan announced by the HSE for west [[Donegal]].

The centres will serve about {{22,000 people|22000}} in the [[Rosses]] and the [[Gweedore]] Gaeltacht, many of whom now travel {{50km|50}} or more to [[Letterkenny]] University Hospital.

[[Donegal]] County Council also confirmed that work on the [[N56]] between [[Dunfanaghy]] and [[Creeslough]] will begin in the new year, and that the ferry pier at [[Burtonport]], which serves [[Arranmore]], will be extended by {{30 metres|30}}.

In [[Inishowen]], residents of [[Buncrana]] said the town's swimming pool had been closed for {{14 months|14}}. The council said repairs would cost {{€2.1m|2100000}}.`,

v08_cbc_south_shore: `[[Lunenburg]] council backs {{$6.5M|6500000}} waterfront plan as [[South Shore]] towns brace for storms

[[Lunenburg]] town council has approved a {{$6.5-million|6500000}} plan to raise the waterfront by {{1.2 metres|1.2}}, after storm surges flooded [[Montague Street]] {{twice|2}} last winter.

The town, a UNESCO World Heritage Site, says about {{250,000 tourists|250000}} visit each summer.

Up the coast, [[Mahone Bay]] will spend {{$900,000|900000}} to protect its {{three churches|3}} from the sea, and in [[Bridgewater]], the [[LaHave River]] rose above its banks near the [[Highway 103]] bridge in {{January|--01}}.

The Department of Public Works said {{12 sections|12}} of [[Highway 103]] between [[Halifax]] and [[Yarmouth]] need repairs. In [[Antigonish]], meanwhile, the province is building a {{72-bed|72}} long-term care home.`,
};

// localSeventh: written after the sixth set's fixes, in genres and places no other set has (Jingdezhen's kilns and kaolin
// village, Songyang's cliff-top villages, Anxi's tea towns, Shibadong's homestays in Xiangxi, Shenzhen's Qianhai and Nansha for
// Hong Kong's firms, the North Coast 500 in the Highlands, Llyn's second homes in Gwynedd, the Darling Downs' drought, county
// cricket); marked before the engine read it and scored once, blind (see the test).
export const localSeventh: Record<string, string> = {

x01_globaltimes_jingdezhen: `Young potters flock to [[China]]'s porcelain capital

Some {{50,000 young people|50000}} from outside the city now live and work in [[Jingdezhen|360200]], East [[China]]'s [[Jiangxi province|360000]], drawn by cheap studios and the city's {{1,000-year|1000}} history of making porcelain, the Global Times learned.

Many rent rooms near the [[Taoxichuan]] arts district, a former state porcelain factory in [[Zhushan district|360203]], where a weekend market draws more than {{10,000 visitors|10000}}. Rents start at {{800 yuan|800}} a month.

Others head for the hills of [[Fuliang county|360222]]. In [[Gaoling village|360222105207]] of [[Yaoli town|360222105]], which gave its name to kaolin clay, the old mines are now a scenic spot with {{four trails|4}}.

Wang Xue, {{27|27}}, moved from [[Shenyang|210100]] after graduating. She sells her cups online and earned about {{200,000 yuan|200000}} last year. "In [[Beijing|110000]] I could not afford a kiln," she said.

The city's ceramics industry had an output of {{70.8 billion yuan|70800000000}} in {{2024|2024}}, up {{10.3 percent|10.3}}, according to the [[Changjiang district|360202]] government, which runs a new kiln park near the [[Chang River]].`,

x02_sixthtone_songyang: `The Architects Saving [[Zhejiang|330000]]'s Cliff-Top Villages

In [[Songyang county|331124]], a mountainous corner of southwestern [[Zhejiang province|330000]], old mud-walled houses are being turned into bookshops, cafes and guesthouses.

At [[Chenjiapu village|331124205205]], {{800 meters|800}} up a cliff in [[Sidu township|331124205]], a glass-fronted bookstore opened in {{2018|2018}} and now sells about {{30,000 books|30000}} a year. Only about {{100|100}} of the village's residents still live there year-round.

Down the road in [[Pingtian village|331124205204]], a farmhouse rebuilt by a [[Beijing|110000]] architect hosts workshops on rice wine. "Before, {{seven in 10|0.7}} houses here were empty," said village official Jiang Ying.

The county has restored more than {{100 villages|100}} since {{2016|2016}}, spending about {{1.5 billion yuan|1500000000}}, and its {{75 listed traditional villages|75}} are the most of any county in East [[China]]. In [[Yangjiatang village|331124203200]] of [[Sandu township|331124203]], yellow walls climb the hillside in {{11 rows|11}}.

Buses from [[Lishui|331100]], the prefecture-level city that governs [[Songyang|331124]], take about {{an hour and a half|1.5}}.`,

x03_xinhua_anxi_tea: `Tieguanyin Growers Turn to Livestreams as Tea Prices Slip

[[FUZHOU|350100]], {{Nov. 3|--11-03}} (Xinhua) -- In the hills of [[Xiping town|350524112]] in [[Anxi county|350524]], southeast [[China]]'s [[Fujian province|350000]], tea farmer Wang Jinshui streams live every evening to sell his oolong.

"Last year I sold {{3,000 kg|3000}} of Tieguanyin online, {{three times|3}} what I sold to dealers," said Wang, {{52|52}}, whose family has grown tea in [[Songyan village|350524112211]] for {{eight generations|8}}.

[[Anxi|350524]], home to about {{600,000 tea growers|600000}}, produced {{68,000 tonnes|68000}} of tea in {{2023|2023}}, with the industry worth {{34.5 billion yuan|34500000000}}.

In nearby [[Gande town|350524110]], the county's largest tea market, prices for spring tea fell by {{15 percent|15}} this year. Farmers in [[Futian township|350524210]], high in the mountains of the county's north, have switched to growing white tea.

Buyers come from [[Xiamen|350200]], {{80 km|80}} away, and from [[Guangdong|440000]] and [[Taiwan|710000]].`,

x04_chinadaily_shibadong: `Village Made Famous by Poverty Drive Now Lives on Tourism

By ZHU YOUFANG in [[Changsha|430100]] | [[China]] Daily | Updated: {{2025-09-18|2025-09-18}}

{{A decade|10}} after it became a model for the country's fight against poverty, [[Shibadong village|433124110226]] in [[Huayuan county|433124]], [[Hunan province|430000]], now draws more than {{1,000 visitors|1000}} a day in summer.

The village, in [[Shuanglong town|433124110]] of the [[Xiangxi Tujia and Miao autonomous prefecture|433100]], had {{225 households|225}} in {{2013|2013}}, when per capita income was {{1,668 yuan|1668}}. Last year it was {{30,964 yuan|30964}}.

Shi Pazhuang, {{72|72}}, opened her home to visitors in {{2017|2017}}. "Now I have {{six rooms|6}}," she said. The village runs {{42 homestays|42}} and a spring-water factory that employs {{60 people|60}}.

Many tourists continue to [[Fenghuang|433123]], the ancient town on the [[Tuojiang River]], or to [[Jishou|433101]], the prefecture's capital, {{40 kilometers|40}} away. Trains from [[Changsha|430100]] to [[Huaihua|431200]] stop at the [[Xiangxi|433100]] station.`,

x05_scmp_qianhai_nansha: `[[Hong Kong|810000]] firms eye [[Qianhai|440305400]] and [[Nansha|440115]] as tax breaks extended

[[Hong Kong|810000]] companies setting up in [[Shenzhen|440300]]'s [[Qianhai|440305400]] zone and [[Guangzhou|440100]]'s [[Nansha district|440115]] will keep paying a corporate tax rate of {{15 per cent|15}} until {{2030|2030}}, mainland authorities said on Thursday.

More than {{11,000 firms|11000}} funded from [[Hong Kong|810000]] are registered in [[Qianhai|440305400]], up from about {{2,000|2000}} in {{2015|2015}}. The zone, which covers {{120.56 sq km|120.56}} after it was expanded in {{2021|2021}}, stretches from [[Nanshan district|440305]] into [[Bao'an district|440306]].

In [[Nansha|440115]], about {{50 minutes|50}} from [[Kowloon]] by high-speed ferry, a new {{HK$6 billion|6000000000}} campus of the [[Hong Kong|810000]] University of Science and Technology opened last year.

Cross-border traffic through the [[Shenzhen Bay]] Port reached {{120,000 crossings|120000}} on Sunday, as Hongkongers headed north to shop in [[Futian district|440304]] and [[Luohu district|440303]].

"My office in [[Tsim Sha Tsui]] costs {{three times|3}} what I pay in [[Qianhai|440305400]]," said Cheung Ka-wai, who runs a trading firm with {{18 staff|18}}.`,

x06_pressandjournal_nc500: `[[North Coast 500]]: Residents call for passing places as camper vans clog single-track roads

Communities along the [[North Coast 500]] have asked [[Highland]] Council for {{£3 million|3000000}} to build new passing places on the single-track road between [[Durness]] and [[Tongue]].

The {{516-mile|516}} route around the north of [[Scotland]] starts and ends in [[Inverness]], and now draws about {{30,000 vehicles|30000}} in a summer month.

In [[Bettyhill]], shop owner Fiona Mackay said camper vans had blocked the [[A836]] for {{40 minutes|40}} {{twice|2}} in one week in {{July|--07}}. "An ambulance from [[Thurso]] couldn't get past," she said.

On the west coast, [[Achiltibuie]] and [[Lochinver]] community councils want a {{20mph|20}} limit through their villages, and in [[Ullapool]], the ferry to [[Stornoway]] carried {{12 per cent|12}} more cars than last year.

A council spokesman said the [[A835]] and the [[A9]] north of [[Dingwall]] would get {{14 new laybys|14}} by {{2027|2027}}.`,

x07_dailypost_llyn: `Second homes: [[Gwynedd]] village where {{four in 10|0.4}} houses stand empty in winter

In [[Abersoch]] on the [[Llŷn Peninsula]], about {{40 per cent|40}} of homes are second homes or holiday lets, [[Gwynedd]] Council figures show.

The council now charges {{150 per cent|150}} extra council tax on second homes, and says the premium raised {{£5.6m|5600000}} last year for local housing.

In [[Nefyn]], {{22 new homes|22}} for local families were finished in {{March|--03}}, while in [[Pwllheli]], the [[A499]] was closed for {{three days|3}} after a landslip near the marina.

Residents of [[Aberdaron]] have asked Transport for [[Wales]] for a bus on Sundays. The nearest station is in [[Pwllheli]], {{15 miles|15}} away, with trains along the [[Cambrian Coast]] line to [[Porthmadog]] and [[Machynlleth]].

Cllr Gareth Williams said the boats to [[Bardsey Island]] from [[Porth Meudwy]] had carried a record {{9,800 passengers|9800}} this year.`,

x08_abc_darling_downs_cricket: `Drought bites on [[Darling Downs]] as [[Condamine River]] stops flowing

Farmers on the [[Darling Downs]] in southern [[Queensland]] are carting water for the first time since {{2019|2019}}, after the [[Condamine River]] stopped flowing at [[Warwick]] in {{October|--10}}.

[[Toowoomba]] Regional Council says dam levels have fallen to {{31 per cent|31}}, and [[Stanthorpe]], on the [[Granite Belt]], is relying on water trucked in from [[Connolly Dam]].

Grain grower Ben Hartley, of [[Dalby]], said he had planted only {{a third|0.3333333333333333}} of his usual {{2,400 hectares|2400}} of sorghum. In [[Goondiwindi]], cattle sales fell by {{18 per cent|18}}.

Meanwhile, in [[England]], [[Surrey]] beat [[Somerset]] by {{seven wickets|7}} at the [[Oval]] to win the County Championship for the {{third|3}} year running, while [[Yorkshire]] were relegated after losing to [[Durham]] at [[Chester-le-Street]].`,
};

// written in the evening's second round after all of its first round's fixes, marked before the engine read it, and scored once,
// blind (the score is in en-articles.test.ts): Chinese regional features on tea, rice terraces, earth buildings and a reservoir's
// relocated villagers, Hong Kong's border towns, and Lincolnshire, Kerry and Muskoka local news
export const localEighth: Record<string, string> = {

y01_chinadaily_wuyishan_tea: `Birthplace of Black Tea Bets on Its Mountain Villages

By HU MEIDONG in [[Fuzhou|350100]] | [[China]] Daily | Updated: {{2025-10-21|2025-10-21}}

In [[Tongmu village|350782100215]], deep in the [[Wuyi Mountains]] of northern [[Fujian province|350000]], Jiang Yuanxun's family has made Lapsang souchong for {{24 generations|24}}.

The village, in [[Xingcun town|350782100]] of [[Wuyishan|350782]], a county-level city under [[Nanping|350700]], is said to be where black tea was first made about {{400 years|400}} ago. About {{1,100 residents|1100}} live in its {{eight hamlets|8}}, and almost every household grows tea.

"A good year brings {{300,000 yuan|300000}} to a family," said Jiang, {{58|58}}. Visitors need a permit to enter the nature reserve around the village, which lets in about {{200 cars|200}} a day.

Down the valley, [[Xingcun|350782100]] has become a trading town, with more than {{2,000 tea shops|2000}} along its main streets. Bamboo rafts carry tourists {{9.5 kilometers|9.5}} down the [[Jiuqu Stream]] to the city's resort area.

[[Wuyishan|350782]] produced {{24,800 tonnes|24800}} of tea last year, worth {{12.6 billion yuan|12600000000}}. Its Dahongpao rock tea now sells as far as [[Malaysia]] and [[France]].`,

y02_cgtn_longsheng_terraces: `Autumn harvest turns [[Guangxi|450000]]'s rice terraces gold

Visitors crowded the viewing decks of the [[Longji|450328103]] Rice Terraces this week as farmers in [[Longsheng|450328]], a county in south [[China]]'s [[Guangxi Zhuang Autonomous Region|450000]], began cutting the last of the year's rice.

The terraces, built by Zhuang and Yao farmers over some {{700 years|700}}, climb from {{300 meters|300}} to {{1,100 meters|1100}} above sea level in [[Longji town|450328103]], about {{100 kilometers|100}} north of [[Guilin|450300]].

In [[Dazhai village|450328103212]], a Yao village of about {{260 households|260}}, women with hair more than {{1.5 meters|1.5}} long sing for visitors. The village shares its ticket income with its farmers: each household received about {{90,000 yuan|90000}} last year.

"We grow rice so the hills look good, and the hills pay us," said village head Pan Yuping, {{49|49}}.

Nearby [[Ping'an village|450328103208]], the first to open to tourists in the {{1990s|1990}}, now has more than {{100 guesthouses|100}}. [[Longsheng|450328]] received {{8.6 million visitors|8600000}} in {{2024|2024}}.`,

y03_xinhua_tulou: `[[Fujian|350000]]'s Earthen Roundhouses Welcome Back Their Young

[[XIAMEN|350200]], {{Oct. 12|--10-12}} (Xinhua) -- In [[Hongkeng village|350803106206]] of [[Hukeng town|350803106]], [[Yongding district|350803]], the round earth buildings of the Hakka people are filling up again, this time with cafes and studios.

The village has {{46 tulou|46}}, as the buildings are called. The largest, [[Zhencheng Lou]], built in {{1912|1912}}, has {{208 rooms|208}} on {{four floors|4}}.

Lin Rilong, {{31|31}}, came home from [[Shenzhen|440300]] in {{2021|2021}} and turned his grandfather's rooms into a guesthouse. "Now I earn more than I did in the city," he said.

Across the county line in [[Zhangzhou|350600]], [[Nanjing county|350627]] is home to more of the buildings. In [[Taxia village|350627108216]] of [[Shuyang town|350627108]], {{20 or so families|20}} run homestays along a stream.

The [[Fujian|350000]] Tulou, listed as a World Heritage site in {{2008|2008}}, drew more than {{5 million visits|5000000}} last year, according to the [[Longyan|350800]] culture and tourism bureau. Buses from [[Xiamen|350200]] take {{three hours|3}}.`,

y04_globaltimes_xichuan: `Villagers who gave way to the water canal find new lives far from home

In {{2011|2011}}, Wang Guoqing, then {{48|48}}, left his home in [[Xichuan county|411326]], Central [[China]]'s [[Henan province|410000]], as the water of the [[Danjiangkou Reservoir]] rose to feed the middle route of the South-to-North Water Diversion Project.

His village was one of {{185 villages|185}} in [[Xichuan|411326]] moved to make room for the reservoir. About {{165,000 people|165000}} from the county were resettled, many of them in [[Xuchang|411000]] and [[Changge|411082]], some {{300 kilometers|300}} to the north.

"We left our fields and our graves," Wang told the Global Times. Today his family runs a mushroom farm with {{12 greenhouses|12}}.

Those who stayed watch the water set off toward [[Beijing|110000]] from the canal head at [[Taocha village|411326105218]] in [[Danyang town|411326105]], where the canal begins its {{1,432-kilometer|1432}} course. The town now sells boat trips on the reservoir, and in {{2024|2024}} more than {{600,000 visitors|600000}} came.

Each resettled villager received a subsidy of {{600 yuan|600}} a year for {{20 years|20}}.`,

y05_scmp_northern_metropolis: `Border towns brace for change as [[Hong Kong|810000]]'s [[Northern Metropolis]] takes shape

Residents of [[San Tin]] say farmland and fish ponds where their families have lived for generations will vanish under the [[Hong Kong|810000]] government's plan for a tech hub on the border with [[Shenzhen|440300]].

The [[San Tin]] Technopole, covering {{627 hectares|627}}, is due to house about {{150,000 people|150000}} and create {{165,000 jobs|165000}}. The first land will be sold in {{2026|2026}}.

Across the [[Sham Chun River]], the [[Hetao]] zone in [[Futian district|440304]] already hosts more than {{200 research projects|200}}, and the [[Lok Ma Chau]] Loop on the [[Hong Kong|810000]] side will add {{eight buildings|8}} by {{2027|2027}}.

Further east, the border town of [[Sha Tau Kok]] will open more of its closed area to tourists, mirroring [[Sha Tau Kok subdistrict|440308003]] in [[Yantian district|440308]].

"Nobody asked the villages," said Tang Kwok-wah, {{66|66}}, of [[Ha Wan Tsuen]], one of {{five villages|5}} in the [[Yuen Long]] district that face clearance.`,

y06_bbc_lincolnshire: `[[Louth]] bypass plan goes to consultation

Plans for a relief road around the market town of [[Louth]] will go on show to residents next month, [[East Lindsey]] District Council has said.

The {{£38m|38000000}} scheme would take lorries off the [[A16]] through the town centre and link it with the [[A157]] north of [[Kenwick]].

About {{16,000 people|16000}} live in [[Louth]], which sits at the edge of the [[Lincolnshire Wolds]] and is known for the {{295ft|295}} spire of [[St James' Church]].

Councillor Sarah Dodds said traffic on [[Eastgate]] had grown by {{a fifth|0.2}} in {{five years|5}}. Shops in [[Horncastle]] and [[Alford]] have asked for similar schemes.

The council said the road would cross the [[River Lud]] on a new bridge and would not affect the [[Hubbard's Hills]] park. Work could start in {{2028|2028}}, with buses to [[Mablethorpe]] and [[Skegness]] diverted for {{18 months|18}}.

[[Lincolnshire]] County Council will meet on {{12 February|--02-12}} to decide on funding.`,

y07_kerry_dingle: `[[Dingle]] traders seek answers as [[Conor Pass]] closes again

Businesses in [[Dingle]] have called on [[Kerry]] County Council to fix the [[Conor Pass]] after the mountain road was closed for the third time this year.

The pass, which climbs to {{456 metres|456}} between [[Dingle]] and [[Kilcummin]], is the shortest route to [[Castlegregory]] and [[Tralee]]. When it is shut, traffic must go by the [[N86]] through [[Annascaul]], adding {{25 minutes|25}} to the journey.

Publican Máire Ní Chonchúir said trade in [[Ventry]] and [[Ballyferriter]] fell by {{30 per cent|30}} during the last closure. "We have {{two months|2}} of high season left," she said.

The council said it had spent {{€1.2 million|1200000}} on the road since {{2022|2022}} and would carry out rock netting at {{three locations|3}}.

Ferries to the [[Blasket Islands]] from [[Dún Chaoin]] were not affected.`,

y08_muskoka_huntsville: `[[Huntsville]] council backs new bridge over [[Muskoka River]]

[[Huntsville]] town council voted on Tuesday to support a second bridge across the [[Muskoka River]], a project the District of [[Muskoka]] has debated for {{a decade|10}}.

The {{$24-million|24000000}} bridge would link [[Centre Street]] with [[Highway 60]] and ease traffic on [[Main Street]], where about {{18,000 vehicles|18000}} pass each day in summer.

Mayor Nancy Alcock said the town's population of about {{21,000|21000}} doubles when cottagers arrive from [[Toronto]], {{215 kilometres|215}} to the south.

Councillors in [[Bracebridge]] and [[Gravenhurst]] have asked the province to widen [[Highway 11]] at the same time. [[Lake of Bays Township]], which includes [[Baysville]] and [[Dorset]], said it would not contribute.

The [[Ontario]] government has set aside {{$9 million|9000000}} for the project, which would open in {{2029|2029}} at the earliest.`,
};

// written in the evening's third round after all earlier rounds' fixes, marked before the engine read it, and scored once, blind
// (the score is in en-articles.test.ts): Xinhua county features from Heilongjiang, Xinjiang and Tibet (pinyin and transliterated
// names, towns whose pinyin many units share), a China Daily page from Hubei, Taiwan news, Singapore and Johor news, a US county's
// boroughs and townships, and flooding on the Wye and the Lugg
export const localNinth: Record<string, string> = {

z01_xinhua_mohe_beiji: `Northernmost Village Turns Its Cold Into Cash

[[HARBIN|230100]], {{Dec. 3|--12-03}} (Xinhua) -- Snow lay knee-deep on the log cabins of [[Beiji village|232701104200]] this week as the first tour groups of the season arrived in [[China]]'s northernmost settlement, on the south bank of the [[Heilongjiang River]].

The village, in [[Beiji town|232701104]] of [[Mohe|232701]], a county-level city in [[Heilongjiang province|230000]]'s [[Da Hinggan Ling Prefecture|232700]], has {{412 households|412}}, and {{286|286}} of them now run guesthouses or restaurants.

Guo Xiuyun, {{54|54}}, opened her guesthouse in {{2009|2009}} with {{four rooms|4}}. It now has {{22 rooms|22}} and is fully booked from {{December|--12}} to {{February|--02}}. "Visitors from [[Guangdong|440000]] have never seen snow like this. They pay to be cold," she said.

[[Mohe|232701]] received {{1.57 million tourist visits|1570000}} in {{2024|2024}}, and tourism revenue reached {{1.9 billion yuan|1900000000}}, the city's culture and tourism bureau said. Flights now link the [[Mohe|232701]] airport with [[Beijing|110000]] and [[Harbin|230100]], and a sleeper train makes the {{1,500-km|1500}} trip from [[Harbin|230100]] in {{21 hours|21}}.

Further down the river, [[Jiejinkou township|230881204]] in [[Tongjiang|230881]] is home to the Hezhe, one of [[China]]'s smallest ethnic groups with about {{5,300 people|5300}}. In [[Wusu town|230883103]] of [[Fuyuan|230883]], where the sun rises first in the country, a fish-skin craft workshop employs {{35 women|35}}.`,

z02_xinhua_zhaosu_horses: `Heavenly Horses Gallop Into a New Economy in [[Xinjiang|650000]]

[[URUMQI|650100]], {{Aug. 19|--08-19}} (Xinhua) -- At dawn on the grasslands of [[Zhaosu county|654026]], herder Serik Nurlan drives {{200 horses|200}} down from the summer pastures of the [[Tianshan Mountains]].

[[Zhaosu|654026]], in the [[Ili Kazak Autonomous Prefecture|654000]] of northwest [[China]]'s [[Xinjiang Uygur Autonomous Region|650000]], has raised horses for more than {{2,000 years|2000}}. The county now has about {{160,000 horses|160000}}, and horse racing, mare's milk and tourism brought in {{1.2 billion yuan|1200000000}} last year.

In [[Sa'erwuzike village|654026101200]] of [[Kaxiajiaer town|654026101]], {{46 herding families|46}} have formed a cooperative that sells fermented mare's milk at {{60 yuan|60}} a liter. "In {{2015|2015}} we earned {{20,000 yuan|20000}} a year. Now it is {{80,000 yuan|80000}}," said Serik, {{39|39}}.

The county's horse festival in {{July|--07}} drew {{380,000 visitors|380000}}, and a {{5,000-meter|5000}} race on the grassland was broadcast live to [[Kazakhstan]].

Neighboring [[Tekes county|654027]], whose seat is laid out like an eight-trigram diagram, shares a tourist pass with [[Zhaosu|654026]]. Visitors fly to [[Yining city|654002]], the prefecture seat, and drive {{170 kilometers|170}} over the mountains.`,

z03_xinhua_mainling_lhoba: `Lhoba Village in [[Xizang|540000]] Thrives on Peach Blossoms

[[LHASA|540100]], {{April 2|--04-02}} (Xinhua) -- Peach trees were in full bloom in [[Caizhao village|540481201202]] of [[Nanyi Lhoba ethnic township|540481201]] as the spring's first visitors arrived from [[Chengdu|510100]] and [[Chongqing|500000]].

The village, in [[Mainling|540481]], a county-level city under [[Nyingchi|540400]] in southwest [[China]]'s [[Xizang Autonomous Region|540000]], is home to {{58 households|58}}, most of them Lhoba. Per capita disposable income reached {{36,800 yuan|36800}} in {{2024|2024}}, up from less than {{3,000 yuan|3000}} in {{2012|2012}}.

Yamei, {{42|42}}, runs a guesthouse with {{12 beds|12}}. "My grandparents hunted in the forest. My children study in [[Lhasa|540100]]," she said.

Upstream on the [[Yarlung Zangbo River]], [[Pai town|540481101]] is the starting point for treks to the {{7,782-meter|7782}} [[Namcha Barwa]], and [[Suosong village|540481101209]] has built {{three viewing platforms|3}} facing the peak. In [[Wolong town|540481102]], {{120 hectares|120}} of new tea gardens were planted this year.

[[Nyingchi|540400]] received {{13.2 million tourist visits|13200000}} last year, and its peach blossom festival, in its 22nd year, runs until {{April 20|--04-20}}.`,

z04_chinadaily_zigui_oranges: `Navel Oranges Sweeten Life in [[Three Gorges]] County

By ZHANG WEI in [[Wuhan|420100]] | [[China]] Daily | Updated: {{2025-11-28|2025-11-28}}

On the steep slopes above the [[Yangtze River]] in [[Guojiaba town|420527106]], [[Zigui county|420527]], pickers start work at first light. By noon, trucks loaded with navel oranges are lined up at the pier.

[[Zigui|420527]], in [[Yichang|420500]], [[Hubei province|420000]], grows oranges on {{400,000 mu|400000}} and harvested {{620,000 metric tons|620000}} this year, worth {{3.6 billion yuan|3600000000}}, the county agriculture bureau said.

In [[Yandengbao village|420527106206]], Tan Hongxia, {{47|47}}, sells up to {{5,000 orders|5000}} a day through livestreams. "We ship to [[Shanghai|310000]] in {{two days|2}} now. It used to take a week by boat," she said.

The county seat, [[Maoping town|420527101]], sits just {{1 kilometer|1}} from the [[Three Gorges]] Dam. [[Quyuan town|420527103]], named after the poet, holds a dragon boat race on the [[Yangtze]] each {{June|2025-06}}, and about {{30,000 visitors|30000}} came this year.

More than {{95,000 households|95000}} in [[Zigui|420527]] grow oranges, accounting for {{68 percent|68}} of its farmers' income.`,

z05_focustaiwan_hualien: `[[Hualien]] tourism slowly recovering after quake, operators say

[[Taipei]], {{Nov. 5|--11-05}} (CNA) Hotel occupancy in [[Hualien County]] reached {{52 percent|52}} in {{October|--10}}, still well below the {{75 percent|75}} of the same month before the {{April 3|--04-03}} earthquake of last year, the county's tourism department said Tuesday.

Only {{three|3}} of the {{six trails|6}} in [[Taroko]] National Park have reopened, and a section of the [[Central Cross-Island Highway]] near [[Tianxiang]] remains closed. Operators in [[Xiulin Township]] said visitor numbers had fallen by {{40 percent|40}}.

The central government has set aside {{NT$1.8 billion|1800000000}} to help businesses along the east coast, including those in [[Taitung County]]'s [[Chishang]] and [[Guanshan]].

The [[Suhua Highway]] linking [[Hualien]] with [[Su'ao]] in [[Yilan County]] reopened in {{August|--08}}, but trains run by [[Taiwan|710000]] Railway remain the main way in, carrying about {{25,000 passengers|25000}} a day on weekends.`,

z06_straitstimes_rts_johor: `RTS Link to [[Johor Bahru]] on track to start service by {{end-2026|2026-12}}

[[SINGAPORE]] - Trains on the Rapid Transit System (RTS) Link between [[Woodlands North]] and [[Bukit Chagar]] in [[Johor Bahru]] will be able to carry up to {{10,000 passengers|10000}} an hour in each direction, the Land Transport Authority said on {{Nov 18|--11-18}}.

The {{4km|4}} line will take {{five minutes|5}} to cross the [[Strait of Johor]], and fares will be set closer to the opening date.

About {{300,000 people|300000}} cross the [[Causeway]] each day, and jams on weekends can stretch past [[Kranji]] and [[Marsiling]].

In [[Johor]], the state government plans {{1,000 affordable homes|1000}} near the station, while property agents in [[Iskandar Puteri]] and [[Kulai]] said rents had risen by {{15 per cent|15}} this year.

Meanwhile, residents of [[Tampines]] and [[Pasir Ris]] will get a new polyclinic by {{2029|2029}}, and {{1,400 flats|1400}} will be launched in [[Tengah]] in the {{February|--02}} sales exercise.`,

z07_bucks_county_flooding: `[[Neshaminy Creek]] flooding prompts buyouts in [[Bucks County]]

[[Bucks County]] commissioners on Wednesday approved {{$6.2 million|6200000}} to buy out {{31 homes|31}} in [[Middletown Township]] and [[Hulmeville Borough]] that have flooded at least {{three times|3}} since {{2011|2011}}.

The homes sit along [[Neshaminy Creek]], which rose {{14 feet|14}} in less than {{six hours|6}} during the storm last {{July|--07}}. Water closed [[Route 413]] in [[Langhorne]] and stranded drivers on [[Interstate 95]].

"We are tired of carrying furniture upstairs every summer," said Linda Russo, {{63|63}}, of [[Hulmeville]].

The county is also working with [[Lower Makefield Township]] and [[Yardley Borough]] on a levee along the [[Delaware River]]. Officials in [[Mercer County]], [[New Jersey]], across the river in [[Trenton]], have asked to join the study, which will cost about {{$450,000|450000}}.`,

z08_hereford_wye_floods: `[[Hereford]] homes evacuated as [[River Wye]] reaches record level

About {{60 homes|60}} in [[Hereford]] were evacuated overnight after the [[River Wye]] rose to {{6.2m|6.2}} ({{20ft|20}}), its highest level since records began in {{1940|1940}}.

The Environment Agency issued {{23 flood warnings|23}} across [[Herefordshire]], and {{two severe warnings|2}} for the [[Wye]] at [[Hampton Bishop]] and [[Ross-on-Wye]].

In [[Leominster]], the [[River Lugg]] burst its banks and the [[A49]] was closed between [[Leominster]] and [[Ludlow]] for {{14 hours|14}}. The [[A466]] to [[Monmouth]] remained shut on Sunday morning.

[[Herefordshire]] Council said more than {{300 sandbags|300}} had been handed out in [[Belmont]] and [[Lower Bullingham]], and a rest centre had opened at the [[Hereford]] Leisure Centre.

Farmers near [[Bredwardine]] and [[Hay-on-Wye]] said fields had been underwater for a week, and the rain expected on Tuesday could bring more flooding to [[Monmouthshire]].`,
};

// written in the evening's third round after the fixes the ninth batch led to, marked before the engine read it, and scored once,
// blind (the score is in en-articles.test.ts): China Daily pages from Jiangxi and Shaanxi, a Xinhua feature on Heilongjiang's
// Hezhe villages, flooding on New Zealand's east coast, and Kerala's landslide villages a year on
export const localTenth: Record<string, string> = {

x01_chinadaily_wuyuan: `Ancient Villages Cash In on Autumn Colors

By HU YONGQI in [[Nanchang|360100]] | [[China]] Daily | Updated: {{2025-11-10|2025-11-10}}

When the leaves of the maple trees in [[Xiaoqi village|361130103206]] turn red in {{November|2025-11}}, the lanes of the Ming and Qing dynasty village fill with photographers from across the country.

[[Xiaoqi|361130103206]] lies in [[Jiangwan town|361130103]] of [[Wuyuan county|361130]], [[Shangrao|361100]], in northeastern [[Jiangxi province|360000]]. Its {{104 households|104}} run more than {{60 guesthouses|60}} and restaurants, and the village earned {{18 million yuan|18000000}} from tourism last year.

"In {{2010|2010}}, young people left for [[Zhejiang|330000]] and [[Shanghai|310000]]. Now {{43|43}} of them have come back," said village official Wang Jianhua.

Along the river in [[Wangkou village|361130103203]], an old ancestral hall has been turned into a tea house. The county, which has {{13 national-level historic villages|13}}, received {{27.6 million tourist visits|27600000}} in {{2024|2024}}, and tourism revenue rose {{12.5 percent|12.5}} year-on-year to {{26.3 billion yuan|26300000000}}.

The high-speed railway from [[Hefei|340100]] to [[Fuzhou|350100]] stops at [[Wuyuan|361130]], putting the county {{two hours|2}} from [[Hangzhou|330100]].`,

x02_chinadaily_yuanjia: `Snack Street Village Keeps Its Recipe for Success

By QIN ZHONGJIAN in [[Xi'an|610100]] | [[China]] Daily | Updated: {{2025-09-16|2025-09-16}}

Every weekend, about {{100,000 people|100000}} squeeze into the old street of [[Yuanjia village|610425105223]] in [[Liquan county|610425]], [[Shaanxi province|610000]], to eat noodles, flatbread and spicy tofu.

{{Thirty years|30}} ago, the village in [[Yanxia town|610425105]], about {{60 km|60}} northwest of [[Xi'an|610100]], had {{62 households|62}} and little farmland. Today it has about {{1,000 shops|1000}} run by villagers and outsiders, and its turnover exceeded {{1 billion yuan|1000000000}} last year.

"Each stall makes one dish, and the village keeps the quality," said Guo Zhanwu, the village's Party secretary, {{66|66}}.

The village now runs {{18 branch restaurants|18}} in shopping malls in [[Xi'an|610100]], [[Xianyang|610400]] and [[Qingdao|370200]].

[[Liquan|610425]] is also known for the [[Zhaoling Mausoleum]], the tomb of Tang Emperor Taizong, which lies on [[Jiuzong Mountain]] about {{20 kilometers|20}} from the village.`,

x03_xinhua_tongjiang_hezhe: `Hezhe Fishermen Find New Catch in Tourism

[[HARBIN|230100]], {{Sept. 8|--09-08}} (Xinhua) -- On the bank of the [[Heilongjiang River]] in [[Bacha Hezhe ethnic township|230881205]], Wu Baochen, {{57|57}}, hangs salmon to dry on wooden racks, as his father and grandfather did.

The township, in [[Tongjiang|230881]] under [[Jiamusi|230800]] in northeast [[China]]'s [[Heilongjiang province|230000]], is home to about {{700 Hezhe people|700}}, who have fished the river for centuries.

Since {{2020|2020}}, [[Bacha village|230881205200]] has built a fishing museum and {{16 guesthouses|16}}. Visitors pay {{200 yuan|200}} for a day on a fishing boat, and the village's income from tourism reached {{2.4 million yuan|2400000}} last year.

Downstream, in [[Haiqing town|230883106]] of [[Fuyuan|230883]], fish-skin clothing made by {{12 craftswomen|12}} sells for up to {{8,000 yuan|8000}} a piece.

Hezhe storytelling, known as Yimakan, was added to UNESCO's list of intangible cultural heritage in need of urgent safeguarding in {{2011|2011}}.`,

x04_rnz_tairawhiti_floods: `[[Wairoa]] and [[Tolaga Bay]] residents told to leave as rivers rise

Residents in low-lying parts of [[Wairoa]] have been told to evacuate as the [[Wairoa River]] rises, with MetService warning of up to {{250mm|250}} of rain in the ranges by Friday.

Civil Defence said about {{400 homes|400}} near the river mouth were at risk. In [[Tolaga Bay]], north of [[Gisborne]], the [[Uawa River]] had already burst its banks, cutting [[State Highway 35]].

[[Hawke's Bay]] Regional Council said stopbanks on the [[Esk Valley]] side of [[Napier]] had held, but warned farmers near [[Puketapu]] to move stock.

"We have been here before," [[Tairāwhiti]] Mayor Rehette Stoltz said. The region was hit by {{11 states of emergency|11}} in {{two years|2}} after Cyclone Gabrielle.

KiwiRail said the line between [[Napier]] and [[Hastings]] would stay closed until Monday.`,

x05_thehindu_wayanad: `A year after landslides, [[Chooralmala]] waits for its new homes

[[KALPETTA]]: A year after landslides buried much of [[Mundakkai]] and [[Chooralmala]] in [[Wayanad district]], about {{400 families|400}} are still living in rented houses in [[Meppadi]] and [[Kalpetta]].

The State government has begun work on a township at [[Elston Estate]] near [[Kalpetta]], where {{430 houses|430}} of {{1,000 square feet|1000}} each will be built at a cost of {{₹351 crore|3510000000}}.

The landslides of {{July 30|--07-30}} last year killed over {{250 people|250}}. The [[Chaliyar river]] carried bodies as far as [[Nilambur]] in [[Malappuram]], more than {{40 km|40}} downstream.

The [[Kerala]] High Court has asked the State to report on the rehabilitation in {{four weeks|4}}. In [[Kozhikode]], traders said tourism in [[Wayanad]] had fallen by {{half|0.5}}.`,
};

// written in the evening's third round after the tenth batch's fixes, marked before the engine read it, and scored once, blind
// (the score is in en-articles.test.ts): a China Daily page from Hubei's Enshi (towns whose pinyin other provinces' towns
// share), Macao's Coloane, Sabah's highlands, and a Pennsylvania township's flood plan
export const localEleventh: Record<string, string> = {

v01_chinadaily_enshi_tea: `Selenium-Rich Tea Lifts Mountain Towns in [[Enshi|422800]]

By ZHOU HUIYING in [[Wuhan|420100]] | [[China]] Daily | Updated: {{2025-05-14|2025-05-14}}

Before dawn in [[Maoba town|422802106]], [[Lichuan|422802]], tea pickers climb terraces more than {{1,000 meters|1000}} above sea level, where the mist sits until noon.

[[Lichuan|422802]], a county-level city in the [[Enshi Tujia and Miao Autonomous Prefecture|422800]] of [[Hubei province|420000]], has {{300,000 mu|300000}} of tea gardens, and the town alone produced {{6,800 tonnes|6800}} of red and green tea last year.

In [[Xinhua village|422802106220]], {{213 households|213}} have joined a tea cooperative that paid dividends of {{1.3 million yuan|1300000}} in {{2024|2024}}. "My mother picked tea for {{40 years|40}} and was paid by the basket. Now we sell online to [[Guangzhou|440100]]," said Tan Xiaoli, {{29|29}}.

In neighboring [[Xuan'en county|422825]], tea from [[Jiaoyuan town|422825101]] is shipped to [[Uzbekistan]] by train from [[Wuhan|420100]]. The prefecture's tea output value reached {{21.5 billion yuan|21500000000}}, up {{9.2 percent|9.2}}.

[[Moudao town|422802100]], on the border with [[Chongqing|500000]], is home to a dawn redwood tree about {{600 years|600}} old.`,

v02_macaonews_coloane: `[[Coloane Village]] to get new promenade as [[Hac Sa]] beach works begin

The government will spend about {{MOP 280 million|280000000}} on a new seafront promenade linking [[Coloane Village]] with [[Hac Sa]] beach, the Public Works Bureau said on Thursday.

The {{2.4-kilometre|2.4}} walkway will run along [[Coloane]]'s southern coast, past [[Cheoc Van]], and is expected to be completed in {{2027|2027}}.

About {{3,000 people|3000}} live in [[Coloane]], far fewer than in [[Taipa]] or on the [[Macao|820000]] peninsula, and residents have long complained of {{two bus routes|2}} that stop running before midnight.

Visitors to [[Macao|820000]] reached {{3.2 million|3200000}} in {{April|--04}}, with about {{70 percent|70}} coming from the mainland, mostly through the border crossing at [[Hengqin|440402104]] and the [[Hong Kong|810000]]-[[Zhuhai|440400]]-[[Macao|820000]] Bridge.`,

v03_dailyexpress_sabah_kundasang: `[[Kundasang]] farmers count losses after landslip

[[KOTA KINABALU]]: Vegetable farmers in [[Kundasang]] near [[Ranau]] have lost about {{RM2 million|2000000}} in crops after a landslip buried {{15 hectares|15}} of farmland on the slopes of [[Mount Kinabalu]] on Saturday.

[[Ranau district]] officer said {{38 farmers|38}} were affected and {{six families|6}} had been moved to a relief centre at [[Kundasang]] town hall.

The road from [[Kota Kinabalu]] to [[Sandakan]] was closed for {{nine hours|9}} near [[Mesilau]].

The [[Sabah]] Agriculture Department said about {{60 per cent|60}} of the State's temperate vegetables come from the [[Kundasang]] highlands, and prices in [[Tawau]] and [[Lahad Datu]] could rise by {{20 per cent|20}} next week.`,

v04_inquirer_chester_county: `[[Downingtown]] and [[East Caln Township]] plan joint flood wall along [[Brandywine Creek]]

[[Downingtown]] and [[East Caln Township]] will share the {{$3.8 million|3800000}} cost of a flood wall along the [[Brandywine Creek]], officials said Monday, after the creek flooded {{40 homes|40}} in {{September|--09}}.

The wall would run about {{1,200 feet|1200}} from [[Lancaster Avenue]] to the [[Route 30]] bypass. [[Chester County]] has pledged {{$500,000|500000}}.

Residents of [[Thorndale]] and [[Caln Township]] say water reached {{four feet|4}} in their basements.

"We were told this was a 100-year flood. It was the {{third|3}} in {{12 years|12}}," said Mary Kline, {{58|58}}.`,
};

// written in the evening's fourth round after all the evening's merges (the new natural features and China's named sites),
// marked before the engine read it, and scored once, blind (the score is in en-articles.test.ts): a Xinhua feature from
// Nyingchi in Tibet and one from Altay in Xinjiang (villages whose names other counties share), a China Daily page from
// Shaanxi's Hanzhong, Taiwan's Pingtung in English, Singapore's estates, a Worcestershire flood and an Ohio county's levy
export const localTwelfth: Record<string, string> = {

w01_xinhua_nyingchi_lulang: `Tibetan Village Turns Forest Views Into Income

[[LHASA|540100]], {{June 9|--06-09}} (Xinhua) -- At dawn, mist rolls down from the forests above [[Zhaxigang village|540402103204]] in [[Lulang town|540402103]], and the first tour buses from [[Nyingchi|540400]] arrive before nine.

The village, in [[Bayi district|540402]] of [[Nyingchi|540400]] in southwest [[China]]'s [[Xizang Autonomous Region|540000]], has {{69 households|69}} of which {{58|58}} now run family inns, according to village head Tashi Dondrub.

"Our family has {{12 rooms|12}}. Last year we earned about {{300,000 yuan|300000}}," said Drolma, {{46|46}}, who once herded yaks on the slopes of [[Sejila Mountain]].

[[Lulang|540402103]] received more than {{1.2 million visits|1200000}} in {{2024|2024}}, up {{18 percent|18}} from a year earlier. The town sits on the highway between [[Lhasa|540100]] and [[Bomi county|540424]], about {{80 km|80}} from downtown [[Nyingchi|540400]].

Further south, in [[Pai town|540481101]] of [[Mainling|540481]], boats take visitors down the [[Yarlung Zangbo River]] to a view of [[Namcha Barwa]], which rises to {{7,782 meters|7782}}. The road to [[Medog county|540423]], the last county in [[China]] to be linked by highway, opened in {{2013|2013}}.`,

w02_xinhua_altay_hemu: `Snow Tourism Warms Up Village on Edge of [[Kanas]]

[[URUMQI|650100]], {{Jan. 18|--01-18}} (Xinhua) -- Wooden cabins in [[Hemu village|654321205200]] are booked out through {{February|--02}}, as skiers and photographers head to the far north of [[Xinjiang|650000]].

The village, in [[Burqin county|654321]] of [[Altay prefecture|654300]], is home to about {{300 Tuvan families|300}}. It received {{860,000 visitors|860000}} last year, {{three times|3}} the number in {{2019|2019}}.

Ski runs at [[Jikepulin]] near the [[Kanas Lake]] scenic area opened in {{November|--11}}, with a season of nearly {{six months|6}}. A day pass costs {{420 yuan|420}}.

"Before, winter meant {{five months|5}} of nothing," said Menghe, {{38|38}}, who rents out {{eight rooms|8}}.

[[Altay|654300]] has built {{11 ski resorts|11}}, and {{2.1 million skiers|2100000}} came to the prefecture last winter. Flights from [[Urumqi|650100]] to [[Kanas]] airport now run {{four times|4}} a day, and a new road links [[Hemu|654321205200]] with [[Habahe county|654324]] to the west.`,

w03_chinadaily_hanzhong_qinling: `[[Qinling]] Towns Bet on Pandas and Honey

By CAO DESHENG in [[Hanzhong|610700]], [[Shaanxi|610000]] | [[China]] Daily | Updated: {{2025-09-22|2025-09-22}}

On the southern slopes of the [[Qinling Mountains]], [[Foping county|610730]] has more giant pandas than people per square kilometer, locals like to say. About {{140 wild pandas|140}} live in the county, which has a population of just {{30,000|30000}}.

In neighboring [[Liuba county|610729]], [[Huoshaodian town|610729106]] has turned {{2,600 beehives|2600}} into a business worth {{18 million yuan|18000000}} a year, selling honey online to buyers in [[Xi'an|610100]] and [[Shanghai|310000]].

"A jar of [[Qinling]] honey sells for {{98 yuan|98}} now. {{Ten years|10}} ago nobody wanted it," said beekeeper Wang Jun, {{52|52}}.

East of [[Liuba|610729]], in [[Yangxian county|610723]], the crested ibis population has grown from {{seven birds|7}} found in {{1981|1981}} to more than {{11,000|11000}}. [[Huayang town|610723114]], on an old road across the mountains, has rebuilt {{300 meters|300}} of its old street.

[[Hanzhong|610700]] received {{78 million tourist visits|78000000}} last year, up {{12.6 percent|12.6}}.`,

w04_focustaiwan_pingtung: `[[Xiaoliuqiu]] caps daily visitors to protect sea turtles

[[Taipei]], {{Aug. 14|--08-14}} (CNA) [[Pingtung County]] will cap the number of visitors to [[Xiaoliuqiu]] at {{6,000|6000}} a day from {{October|--10}}, the county government said Thursday, after green sea turtles were found injured by boats off the island.

Ferries to [[Xiaoliuqiu]] leave from [[Donggang]], about {{30 minutes|30}} away, and carried {{1.1 million passengers|1100000}} last year.

In [[Hengchun]], operators in [[Kenting]] said visitor numbers had fallen by about {{20 percent|20}} since the pandemic, as more travelers from [[Kaohsiung]] and [[Tainan]] head to [[Japan]] instead.

The county will also spend {{NT$120 million|120000000}} on a new visitor center at [[Liuqiu Township]]'s [[Baisha Harbor]].`,

w05_straitstimes_tengah: `[[Tengah]] residents get new bus links as town's population passes {{30,000|30000}}

[[SINGAPORE]] – Residents of [[Tengah]] will get {{two new bus services|2}} from {{March|--03}}, linking the young town to [[Jurong East]] and [[Choa Chu Kang]], the Land Transport Authority said on {{Feb 6|--02-06}}.

More than {{30,000 people|30000}} now live in [[Tengah]], where the first Build-To-Order flats were completed in {{2022|2022}}. Residents have complained of waits of up to {{25 minutes|25}} for buses to [[Bukit Batok]].

The Jurong Region Line, which will serve [[Tengah]], is expected to open in stages from {{2027|2027}}. Its first {{seven stations|7}} run from [[Choa Chu Kang]] to [[Boon Lay]].

Separately, HDB said {{4,700 flats|4700}} will be launched in [[Bukit Merah]], [[Woodlands]] and [[Tampines]] in the next exercise, with prices starting at {{$150,000|150000}}.`,

w06_worcesternews_teme_flood: `Flood barriers go up in [[Bewdley]] as [[River Severn]] rises again

Flood barriers have been put up along [[Beales Corner]] in [[Bewdley]] after the [[River Severn]] rose by more than {{two metres|2}} overnight.

The Environment Agency said the river was expected to peak at about {{5.1 metres|5.1}} on Thursday morning. {{Twelve flood warnings|12}} are in force across [[Worcestershire]].

In [[Tenbury Wells]], the [[River Teme]] burst its banks, flooding {{15 properties|15}} on [[Teme Street]]. The [[A456]] between [[Tenbury Wells]] and [[Newnham Bridge]] was closed.

Residents in [[Upton-upon-Severn]] were told to expect the river to reach its highest level since {{2020|2020}}. The [[B4211]] was shut at [[Upton]].

West Mercia Police said {{three drivers|3}} had to be rescued from cars near [[Kempsey]] on Wednesday night.`,

w07_dispatch_licking_county_levy: `[[Licking County]] voters to decide on {{2-mill|2}} levy for flood control

[[Licking County]] voters will decide in {{November|--11}} on a {{2-mill|2}} levy that would raise about {{$6.4 million|6400000}} a year for flood control along [[Raccoon Creek]] and the [[Licking River]].

Commissioners said the levy would cost the owner of a {{$200,000|200000}} home about {{$70|70}} a year. The money would pay for culverts and a retention basin in [[Granville Township]] and a levee along the river in [[Newark]].

In {{2022|2022}}, floods damaged {{180 homes|180}} in [[Heath]] and [[Newark]], and [[Ohio 16]] was closed for {{three days|3}}.

"This is the third time we have asked," Commissioner Tim Bubb said. Similar levies failed in {{2019|2019}} and {{2021|2021}} by fewer than {{900 votes|900}}.`,
};

// written in session 7 after all earlier sets' fixes, marked before the engine read it, and scored once, blind (the score is in
// en-articles.test.ts): a Xinhua feature from Gansu's Dongxiang (a township and its village in pinyin), a China Daily page from
// Fujian's Pingnan, Nanfeng's tangerines in Jiangxi's Fuzhou (not Fujian's), a Hong Kong typhoon with distances and gusts, a
// Northumberland council budget, a Vermont flood on its state routes, a Grampians bushfire, a cloudburst in Himachal Pradesh,
// and a stage of the Tour of Britain in north Wales
export const localThirteenth: Record<string, string> = {

aa01_xinhua_dongxiang_potatoes: `Potatoes and Mutton Lift Mountain County in [[Gansu|620000]]

[[LANZHOU|620100]], {{Oct. 21|--10-21}} (Xinhua) -- On a loess ridge in [[Bulenggou village|622926216204]] of [[Gaoshan township|622926216]], Ma Yixiang, {{57|57}}, feeds the {{30 sheep|30}} her family keeps in a brick pen built with a loan of {{50,000 yuan|50000}}.

"{{Ten years|10}} ago we lived in a cave house and had {{two goats|2}}," she said. "Now my son drives a truck to [[Lanzhou|620100]] every week."

[[Dongxiang Autonomous County|622926]], in [[Linxia Hui Autonomous Prefecture|622900]] of northwest [[China]]'s [[Gansu province|620000]], was among the last counties in the country to shake off poverty, in {{2020|2020}}. Rural residents' per capita disposable income reached {{10,460 yuan|10460}} last year, against {{2,800 yuan|2800}} in {{2013|2013}}.

A {{7-kilometer|7}} paved road now links the village with [[Suonan town|622926100]], the county seat, and trucks climb it to buy potatoes grown on {{4,000 mu|4000}} of terraced slopes. A garment workshop in the village employs {{86 women|86}} who sew for a company in [[Dongguan|441900]], [[Guangdong province|440000]].

In [[Daban town|622926101]], {{14 cooperatives|14}} raise about {{60,000 sheep|60000}} a year. The county's hand-pulled mutton is now sold in more than {{1,200 restaurants|1200}} across [[China]], and its lamb sales topped {{1.6 billion yuan|1600000000}} in {{2024|2024}}, up {{11 percent|11}}.`,

aa02_chinadaily_pingnan_longtan: `Painters Bring Old Houses Back to Life in [[Fujian|350000]] Village

By HU MEIDONG in [[Fuzhou|350100]] | [[China]] Daily | Updated: {{2025-11-03|2025-11-03}}

{{A decade|10}} ago, [[Longtan village|350923203215]] in [[Xiling township|350923203]], [[Pingnan county|350923]], had fewer than {{200 people|200}} left, most of them elderly, and half of its {{300-year-old|300}} wooden houses stood empty.

Today about {{1,100 residents|1100}} live there, among them more than {{100 newcomers|100}} from [[Beijing|110000]], [[Shanghai|310000]] and [[Xiamen|350200]] who rent houses for {{20 years|20}} at a time and repair them at their own cost.

"Anyone can paint," said Lin Zhengbi, an art teacher who moved to the village in {{2015|2015}} and has taught oil painting to more than {{2,000 people|2000}}, many of them farmers. Paintings by villagers earned {{1.8 million yuan|1800000}} last year.

The village has restored {{28 old houses|28}} and opened {{16 homestays|16}}, where a room costs about {{300 yuan|300}} a night. It received {{210,000 visitors|210000}} in {{2024|2024}}, many of whom also visit the [[Baishuiyang]] scenic area, about {{40 kilometers|40}} away.

[[Pingnan|350923]], in [[Ningde|350900]] in northeast [[Fujian|350000]], is a {{two-hour|2}} drive from [[Fuzhou|350100]].`,

aa03_xinhua_nanfeng_tangerines: `Tangerine Harvest Keeps [[Jiangxi|360000]] County Busy

[[NANCHANG|360100]], {{Dec. 2|--12-02}} (Xinhua) -- Pickers in [[Baishe town|361023102]] of [[Nanfeng county|361023]] start at first light, filling baskets that are trucked by noon to a sorting plant on the edge of [[Qincheng town|361023100]].

[[Nanfeng|361023]], under the city of [[Fuzhou|361000]] in east [[China]]'s [[Jiangxi province|360000]], has grown tangerines for more than {{1,300 years|1300}}. Its orchards cover {{700,000 mu|700000}}, and the county expects to harvest about {{1.3 million tonnes|1300000}} this year.

"My family has {{40 mu|40}} of trees. A good year brings in {{200,000 yuan|200000}}," said grower Zeng Xiaoping, {{49|49}}.

About {{70 percent|70}} of the fruit is sold in [[Guangdong|440000]], [[Zhejiang|330000]] and [[Shanghai|310000]], and some is shipped to [[Russia]] and [[Canada]]. The county's tangerine industry was worth {{19.5 billion yuan|19500000000}} last year.

In neighboring [[Guangchang county|361030]], where white lotus is the main crop, {{38,000 farmers|38000}} grow it on {{110,000 mu|110000}} of ponds.`,

aa04_rthk_typhoon_wipha: `Typhoon Wipha brings gusts of {{130 km/h|130}} to [[Cheung Chau]]

The Observatory said Typhoon Wipha was about {{110 kilometres|110}} south-southwest of [[Hong Kong|810000]] at 11am on Sunday and moving west-northwest at about {{22 km/h|22}} towards western [[Guangdong|440000]].

Gusts reached {{130 km/h|130}} on [[Cheung Chau]] and {{115 km/h|115}} at [[Waglan Island]] in the morning, and {{147 millimetres|147}} of rain fell in [[Sai Kung]].

Sea water flooded low-lying streets in [[Tai O]] on [[Lantau Island]], where {{43 residents|43}} spent the night in a temporary shelter. In [[Heng Fa Chuen]], waves washed over the promenade and into {{two car parks|2}}. In [[Sha Tau Kok]], fishermen moved about {{50 boats|50}} into the typhoon shelter.

The Hospital Authority said {{27 people|27}} had sought treatment at public hospitals. More than {{300 trees|300}} were reported fallen, {{61|61}} of them in [[Sha Tin]] and [[Tai Po]].

Ferries between [[Central]] and [[Mui Wo]] resumed in the afternoon.`,

aa05_chronicle_northumberland_buses: `Buses to [[Wooler]] and [[Bellingham]] saved in [[Northumberland]] budget

[[Northumberland]] County Council will spend an extra {{£1.2m|1200000}} on rural buses next year, saving services between [[Alnwick]] and [[Wooler]] and from [[Hexham]] to [[Bellingham]] that were due to end in {{April|--04}}.

The budget, approved on Wednesday, includes a {{4.99 per cent|4.99}} rise in council tax, adding about {{£88|88}} a year to the bill for a Band D home.

The [[Haltwhistle]] to [[Kielder]] service, used by about {{90 passengers|90}} a week, will run on Tuesdays and Fridays only.

The council also set aside {{£3.5m|3500000}} to repair the [[A697]] near [[Powburn]] and the [[B6341]] between [[Rothbury]] and [[Alnwick]], where a landslip closed the road for {{11 weeks|11}} last winter. A new car park in [[Amble]] will cost {{£650,000|650000}}.`,

aa06_vtdigger_winooski_flood: `[[Route 2]] closed as [[Winooski River]] floods [[Montpelier]] again

Flooding closed [[Route 2]] between [[Montpelier]] and [[Plainfield]] and a stretch of [[Interstate 89]] near [[Middlesex]] on Thursday, after {{4 to 6 inches|4~6}} of rain fell across [[Washington County]] in less than {{24 hours|24}}.

In downtown [[Montpelier]], water from the [[Winooski River]] stood {{3 feet|3}} deep on [[Main Street]], where some shop owners had only reopened after the flood of {{July 2023|2023-07}}.

In [[Barre]], the [[Stevens Branch]] overflowed near [[Vermont Route 14]], and about {{60 homes|60}} were evacuated. The [[Lamoille River]] crested at {{17.4 feet|17.4}} in [[Johnson]].

[[Vermont Route 12]] was washed out south of [[Northfield]], and state officials said {{142 roads|142}} were closed across [[Vermont]] on Friday morning.`,

aa07_abc_grampians_fire: `[[Pomonal]] residents return to find {{44 homes|44}} lost as [[Grampians]] fire burns on

Residents of [[Pomonal]], a town of about {{400 people|400}} {{250 kilometres|250}} west of [[Melbourne]], have been allowed home after a bushfire that has burned more than {{22,000 hectares|22000}}.

The fire began on {{February 22|--02-22}} in the [[Grampians]] National Park and ran east through [[Pomonal]] on a day of {{43C|43}} heat and winds of up to {{80km/h|80}}.

About {{200 people|200}} spent the night at a relief centre in [[Stawell]], and an evacuation order for [[Halls Gap]] was lifted on Saturday. The [[Western Highway]] between [[Ararat]] and [[Great Western]] reopened after {{two days|2}}.

Incident controller Mark Gunning said {{650 firefighters|650}} and {{28 aircraft|28}} were working on a fire edge of {{160 kilometres|160}}. The state government will pay {{$2,000|2000}} to each household that lost a home.`,

aa08_pti_shimla_cloudburst: `Cloudburst near [[Rampur]] leaves {{36|36}} missing; [[Satluj]] in spate

[[Shimla]], {{August 1|--08-01}} (PTI) At least {{36 people|36}} were missing after a cloudburst struck [[Samej village]] in the [[Rampur]] area of [[Shimla district]] early on Thursday, washing away {{12 houses|12}} and a school, officials said.

A second cloudburst in the [[Bagipul]] area of [[Kullu district]] killed {{two people|2}}, and the [[Beas river]] flooded parts of [[Manali]]. The [[Manali]]-[[Chandigarh]] highway was blocked at {{eight places|8}}.

The [[Satluj]] rose by nearly {{4 metres|4}} at [[Rampur]], and a {{1,500 MW|1500}} hydropower station upstream was shut as a precaution.

Chief Minister Sukhvinder Singh Sukhu announced {{Rs 50,000|50000}} for each affected family. The state has suffered losses of about {{Rs 1,140 crore|11400000000}} since the monsoon arrived on {{June 27|--06-27}}.`,

aa09_bbc_tour_of_britain: `Pidcock wins on [[Great Orme]] as Tour of [[Britain]] returns to [[Llandudno]]

Tom Pidcock won a {{174km|174}} stage from [[Wrexham]] to [[Llandudno]] on Tuesday with a late attack on the final climb of the [[Great Orme]].

The {{26-year-old|26}} from [[Leeds]] finished {{four seconds|4}} ahead of Oscar Onley, with Stephen Williams of [[Aberystwyth]] {{third|3}}, and now leads the race by {{nine seconds|9}}.

The stage passed through [[Ruthin]], [[Denbigh]] and [[Conwy]] before {{two ascents|2}} of the [[Great Orme]], which climbs {{207 metres|207}} in {{2km|2}} at gradients of up to {{15 per cent|15}}.

About {{40,000 spectators|40000}} lined the route, organisers said. Wednesday's stage runs {{190km|190}} from [[Conwy]] to [[Aberaeron]].`,
};

// written in session 7 after the thirteenth set's fixes, marked before the engine read it, and scored once, blind (the score is
// in en-articles.test.ts): an earthquake in Shandong's Pingyuan with its magnitude and distances, a potash miner's results in
// Saskatchewan in two currencies, Hong Kong's light public housing by district, county cricket, an Iowa bridge on its state's
// and America's routes, Yuanyang's rice-terrace villages in Yunnan (Nansha and Panzhihua, names other places hold too), and a
// Powys council's school plan in the towns of mid Wales
export const localFourteenth: Record<string, string> = {

ab01_xinhua_pingyuan_quake: `{{5.5-Magnitude|5.5}} Quake Jolts East [[China]]'s [[Shandong|370000]], {{21|21}} Injured

[[JINAN|370100]], {{Aug. 6|--08-06}} (Xinhua) -- A {{5.5-magnitude|5.5}} earthquake jolted [[Pingyuan county|371426]] in the city of [[Dezhou|371400]], east [[China]]'s [[Shandong province|370000]], early Sunday morning, injuring {{21 people|21}}, local authorities said.

The quake struck at a depth of {{10 km|10}}, according to the [[China]] Earthquake Networks Center. Its epicenter was about {{26 km|26}} from the county seat and {{110 km|110}} from downtown [[Jinan|370100]], the provincial capital.

In [[Wangfenglou town|371426101]], {{126 houses|126}} collapsed, and more than {{1,500 residents|1500}} spent the night in tents set up on school playgrounds. Tremors were felt in [[Beijing|110000]], [[Tianjin|120000]] and [[Hebei|130000]]'s [[Cangzhou|130900]].

Trains on the [[Beijing|110000]]-[[Shanghai|310000]] high-speed railway were briefly halted, and {{73 aftershocks|73}} had been recorded by 8 a.m. The county, home to about {{450,000 people|450000}}, sent {{1,200 rescuers|1200}} to its villages.`,

ab02_globe_nutrien_potash: `Nutrien to idle [[Vanscoy]] potash mine as prices slide

Nutrien Ltd. will idle its potash mine at [[Vanscoy]], [[Saskatchewan]], for {{six weeks|6}} this summer, the [[Saskatoon]]-based fertilizer company said on Wednesday, as it reported lower earnings.

Net earnings for the {{three months|3}} to {{June 30|--06-30}} fell to {{US$1.2 billion|1200000000}}, down {{14 per cent|14}} from a year earlier, on sales of {{US$7.3 billion|7300000000}}. Potash sales volumes were {{3.4 million tonnes|3400000}}.

The mine, about {{30 kilometres|30}} southwest of [[Saskatoon]], employs about {{600 people|600}}. Output at the company's [[Rocanville]] and [[Lanigan]] mines will not change.

Nutrien shares rose {{2.1 per cent|2.1}} to {{C$78.40|78.4}} in [[Toronto]] on Thursday. The company said it would spend {{C$250 million|250000000}} on a new rail terminal in [[Vancouver]].`,

ab03_scmp_light_public_housing: `Light public housing flats in [[Tuen Mun]] draw {{4,800 applications|4800}}

The first {{2,100 flats|2100}} of light public housing in [[Tuen Mun]] drew {{4,800 applications|4800}}, the Housing Bureau said on Tuesday, with families now living in subdivided flats in [[Sham Shui Po]] and [[Kwun Tong]] among the first to move in.

Rents will be about {{HK$1,700|1700}} a month for a {{200 sq ft|200}} flat, against up to {{HK$6,000|6000}} for a subdivided unit of the same size in [[Mong Kok]].

Further projects in [[Kai Tak]], [[Yau Tong]] and [[Tsing Yi]] will add {{9,200 flats|9200}} by {{2027|2027}}, at a cost of {{HK$26.4 billion|26400000000}}. A site in [[Ngau Tau Kok]] was dropped after residents said it would block the only road to {{two schools|2}}.

About {{220,000 people|220000}} live in subdivided flats across the city, {{one-third|0.3333333333333333}} of them in [[Kowloon]].`,

ab04_cricket_county_championship: `[[Somerset]] beat [[Surrey]] by {{111 runs|111}} to go top

[[Somerset]] beat [[Surrey]] by {{111 runs|111}} at [[Taunton]] on Friday to move {{12 points|12}} clear at the top of the County Championship.

Jack Leach took {{six wickets|6}} for {{58 runs|58}} as [[Surrey]], set {{354|354}} to win, were bowled out for {{242|242}} shortly after tea. Tom Abell's {{104|104}} had set up the win.

At [[Chelmsford]], [[Essex]] drew with [[Lancashire]] after rain washed out the final day, and at [[Hove]], [[Sussex]] beat [[Durham]] by {{seven wickets|7}}.

[[Somerset]] have won {{five|5}} of their {{eight matches|8}} this season. They travel to [[Scarborough]] to face [[Yorkshire]] next week.`,

ab05_desmoines_iowa9_bridge: `[[Iowa 9]] bridge over [[Upper Iowa River]] to close near [[Decorah]]

The [[Iowa]] Department of Transportation will close the [[Iowa 9]] bridge over the [[Upper Iowa River]] east of [[Decorah]] for {{14 months|14}} from {{April 1|--04-01}} to replace the {{68-year-old|68}} span.

Drivers will detour on [[U.S. 52]] through [[Calmar]] and [[Ossian]], adding about {{15 minutes|15}} to the trip, the department said. The {{$11.6 million|11600000}} project will widen the bridge to {{40 feet|40}}.

About {{4,300 vehicles|4300}} a day cross the bridge. Business owners in [[Waukon]] and [[Lansing]] said they feared losing customers from [[Minnesota]] and [[Wisconsin]] during the summer.`,

ab06_xinhua_yuanyang_terraces: `Hani Villages Share Tourism Income in Terraced Hills

[[KUNMING|530100]], {{April 14|--04-14}} (Xinhua) -- Each spring, when water fills the terraces below [[Azheke village]], visitors crowd the stone paths to photograph the mirror-like fields that the Hani people have carved into the mountains over {{1,300 years|1300}}.

The village of {{64 households|64}} in [[Xinjie town|532528102]], [[Yuanyang county|532528]], in [[Honghe Hani and Yi Autonomous Prefecture|532500]] of southwest [[China]]'s [[Yunnan province|530000]], shares its ticket income with every family that keeps its mushroom-shaped houses and farms its terraces. Since {{2019|2019}} it has paid out more than {{1.2 million yuan|1200000}} in dividends.

Nearby, [[Duoyishu village|532528102217]] and [[Quanfuzhuang village|532528102212]] have opened {{45 guesthouses|45}}. The county's terraces cover {{170,000 mu|170000}}, and the [[Hani Rice Terraces]] became a World Heritage site in {{2013|2013}}.

In [[Panzhihua township|532528209]], farmers raise fish and ducks in the flooded fields, earning about {{3,000 yuan|3000}} a mu. The county moved its seat to [[Nansha town|532528101]], in the valley of the [[Honghe River]], in {{1995|1995}}.`,

ab07_bbc_powys_schools: `[[Powys]] school plan would close {{five rural primaries|5}}

{{Five rural primary schools|5}} in [[Powys]] could close under plans to save {{£2.3m|2300000}} a year, the county council has said.

The schools, near [[Rhayader]], [[Llanidloes]] and [[Knighton]], each have fewer than {{40 pupils|40}}. Pupils would move to larger schools in [[Builth Wells]] and [[Llandrindod Wells]], up to {{18 miles|18}} away.

[[Powys]] County Council said {{one in five|0.2}} primary places in the county was empty, and it spends about {{£8,900|8900}} a year on each pupil, against {{£6,200|6200}} in [[Cardiff]].

Parents in [[Llanbister]] said the bus journey to [[Llandrindod Wells]] would take more than {{45 minutes|45}} on the [[A483]]. A consultation will run until {{March 14|--03-14}}.`,
};

// written in session 7's second round after the fourteenth set's fixes, marked before the engine read it, and scored once, blind
// (the score is in en-articles.test.ts): rice-crab paddies in Liaoning's Panjin, Wushan's plums in Chongqing's Three Gorges, a
// Global Times feature on Jilin's Yanbian border (Hunchun, Fangchuan), Sun Moon Lake's electric boats in Taiwan's Nantou, Hong
// Kong's Lamma ferry fares, a cliff fall on Dorset's Jurassic Coast, a lobster wharf in Maine and a Reuters wire on Zambia's copper
export const localFifteenth: Record<string, string> = {

ac01_xinhua_panjin_rice_crabs: `Rice and Crabs Share Paddies in Northeast [[China]]'s Wetlands

[[SHENYANG|210100]], {{Sept. 21|--09-21}} (Xinhua) -- As the rice turns golden in [[Dawa district|211104]] of [[Panjin|211100]], northeast [[China]]'s [[Liaoning province|210000]], farmer Zhang Guifang lifts a bamboo trap from a ditch and shakes out crabs the size of his palm.

"The crabs eat the weeds and the pests, and the rice feeds them," said Zhang, {{57|57}}, who farms {{80 mu|80}} in [[Quanhe village|211104114204]] of [[Zhaoquanhe town|211104114]]. Each mu yields about {{600 kilograms|600}} of rice and {{25 kilograms|25}} of crabs, bringing in {{1,200 yuan|1200}} more than rice alone.

[[Panjin|211100]]'s rice-crab fields cover {{850,000 mu|850000}} and produced {{62,000 tonnes|62000}} of crabs last year, worth about {{3.6 billion yuan|3600000000}}, according to the city's agriculture bureau. Most are sold to [[Shanghai|310000]], [[Beijing|110000]] and [[Guangdong|440000]] before {{October|--10}}, and some go to [[South Korea]].

At the mouth of the [[Liaohe River]], the town's [[Red Beach]] draws tourists each autumn to see the seepweed turn crimson. Visitors topped {{2.3 million|2300000}} last year, up {{17 percent|17}}, and a new road to [[Yingkou|210800]], {{40 kilometers|40}} to the south, opened in {{June|--06}}.`,

ac02_chinadaily_wushan_plums: `Crisp Plums Bring Sweet Returns to [[Three Gorges]] County

By TAN YINGZI in [[Chongqing|500000]] | [[China]] Daily | Updated: {{2025-07-18|2025-07-18}}

On the steep slopes above the [[Yangtze River]] in [[Wushan county|500237]], [[Chongqing|500000]], farmers in [[Quchi township|500237208]] start picking plums before dawn to catch the morning trucks.

"Our plums ripen {{two weeks|2}} earlier than those elsewhere because of the warm valley air," said Li Chengfu, Party secretary of [[Suolong village|500237208208]], where {{286 households|286}} grow the fruit.

[[Wushan|500237]]'s crisp plums grow on {{300,000 mu|300000}} of orchards and brought in {{2.5 billion yuan|2500000000}} last year. The county has opened {{36 cold-storage warehouses|36}} and works with express companies to deliver the fruit to [[Beijing|110000]], [[Shanghai|310000]] and [[Shenzhen|440300]] within {{48 hours|48}}. About {{40 percent|40}} is now sold online.

Boats leaving [[Gaotang subdistrict|500237001]], the county seat, carry visitors up the [[Daning River]] through the [[Little Three Gorges]], and [[Wuxia town|500237111]], at the entrance of the [[Wu Gorge]], has turned {{12 old houses|12}} into guesthouses.

The county received {{28 million tourist visits|28000000}} in {{2024|2024}}. The [[Zhengzhou|410100]]-[[Wanzhou|500101]] high-speed railway has cut the trip from [[Zhengzhou|410100]] to about {{four hours|4}}.`,

ac03_globaltimes_hunchun_border: `Border city on [[Tumen River]] draws tourists with views of {{three countries|3}}

[[Hunchun|222404]], a county-level city in [[Yanbian Korean Autonomous Prefecture|222400]], Northeast [[China]]'s [[Jilin Province|220000]], received {{4.6 million tourist visits|4600000}} last year, up {{38 percent|38}} year-on-year, the city's culture and tourism bureau told the Global Times on Monday.

Most head to [[Fangchuan village|222404101206]] in [[Jingxin town|222404101]], at the tip of a narrow strip of Chinese land where, from the [[Longhu Pavilion]], visitors can see [[Russia]] and the [[Democratic People's Republic of Korea]] across the river, and the sea only {{15 kilometers|15}} away.

Many first fly into [[Yanji|222401]], the prefecture's capital, where a street of Korean restaurants near [[Yanbian|222400]] University became an online sensation in {{2023|2023}}. A high-speed railway links [[Hunchun|222404]] with [[Changchun|220100]], the provincial capital, in about {{three hours|3}}.

Russian tourists, who can enter in groups without visas, made up {{12 percent|12}} of the total. Seafood from [[Vladivostok]], about {{200 kilometers|200}} away, is sold at {{four markets|4}} in the city.`,

ac04_focustaiwan_sun_moon_lake: `[[Sun Moon Lake]] boats to go electric by {{2027|2027}}

[[Taipei]], {{March 9|--03-09}} (CNA) All {{52 passenger boats|52}} on [[Sun Moon Lake]] will run on electricity by {{2027|2027}}, the [[Nantou County]] government said Sunday, as the lake in central [[Taiwan|710000]] prepares for more visitors from abroad.

The county will pay up to {{NT$3 million|3000000}} toward each boat, about {{60 percent|60}} of the cost, and build charging points at the piers in [[Shuishe]] and [[Ita Thao]].

[[Yuchi Township]], where the lake lies, had {{6.2 million visitors|6200000}} last year, {{14 percent|14}} more than in {{2023|2023}}. Shuttle buses to the lake from [[Taichung]]'s high-speed rail station take about {{70 minutes|70}}.

Hotels in [[Puli]] and in [[Cingjing]], the mountain resort in [[Ren'ai Township]] {{40 kilometers|40}} to the east, reported occupancy of {{78 percent|78}} over the Lunar New Year holiday.`,

ac05_standard_lamma_ferry: `[[Lamma Island]] ferry fares to rise {{6.2 percent|6.2}}

Ferry fares to [[Lamma Island]] will rise by {{6.2 percent|6.2}} from {{July 1|--07-01}}, the Transport Department said yesterday, the first increase in {{four years|4}}.

An adult single journey between [[Central]] and [[Yung Shue Wan]] will cost {{HK$23.6|23.6}} on weekdays, up from {{HK$22.2|22.2}}, and a trip to [[Sok Kwu Wan]] {{HK$28.7|28.7}}. Fares from [[Aberdeen]] to [[Mo Tat]] will rise to {{HK$10.5|10.5}}.

The operator carried about {{4.9 million passengers|4900000}} last year, {{18 percent|18}} fewer than in {{2018|2018}}, and lost {{HK$14 million|14000000}}. District councillors from the [[Islands District]] said the island's {{6,000 residents|6000}} had no other way to reach work in [[Hong Kong Island]].`,

ac06_dorsetecho_west_bay_cliff: `Cliff fall closes beach at [[West Bay]]

Part of [[East Cliff]] at [[West Bay]] collapsed on Tuesday night, sending an estimated {{2,000 tonnes|2000}} of rock onto the beach below, [[Dorset]] Council said.

The fall, about {{100 metres|100}} wide, is the largest on the {{95-mile|95}} [[Jurassic Coast]] since {{2012|2012}}. Coastguard teams from [[Bridport]] and [[Lyme Regis]] searched the rocks with a dog but found no one trapped.

The beach between [[West Bay]] and [[Freshwater]] will stay closed for at least {{two weeks|2}}, and the coast path to [[Burton Bradstock]] has been moved inland.

Traders said the closure came at a bad time, with about {{8,000 visitors|8000}} a day expected in {{August|--08}}. Traffic on the [[A35]] near [[Charmouth]] was held up on Wednesday as people stopped to look.`,

ac07_bdn_stonington_wharf: `[[Stonington]] lobster wharf reopens {{10 months|10}} after storms

The town wharf in [[Stonington]] reopened on Friday, {{10 months|10}} after back-to-back storms in {{January|--01}} tore away its pilings and flooded fish houses across [[Deer Isle]].

The {{$3.8 million|3800000}} rebuild raised the wharf by {{4 feet|4}} and was paid for largely by a federal grant, town officials said. About {{300 boats|300}} fish out of [[Stonington]], [[Maine]]'s busiest lobster port, which landed {{14.5 million pounds|14500000}} of lobster worth {{$56 million|56000000}} in {{2023|2023}}.

While the wharf was closed, fishermen unloaded at [[Bass Harbor]] and [[Rockland]], as much as {{40 miles|40}} away. [[Hancock County]] commissioners said {{22 wharves|22}} elsewhere in the county still need repairs, at a cost of about {{$19 million|19000000}}.`,

ac08_reuters_zambia_copper: `[[Zambia]] copper output rises {{11%|11}} as mines expand

[[LUSAKA]], {{Feb 12|--02-12}} (Reuters) - [[Zambia]]'s copper production rose {{11%|11}} to {{820,000 metric tons|820000}} in {{2024|2024}}, the mines ministry said on Wednesday, as expansions in the [[Copperbelt]] and [[North-Western]] provinces offset a drought that cut power supply.

The country, [[Africa]]'s {{second|2}}-largest copper producer after the [[Democratic Republic of Congo]], aims to produce {{3 million tons|3000000}} a year by {{2031|2031}}.

Output at the [[Kansanshi]] mine near [[Solwezi]] rose {{8%|8}}, while Mopani Copper Mines, whose shafts are in [[Mufulira]] and [[Kitwe]], produced {{65,000 tons|65000}}. A unit of International Holding Company of the [[United Arab Emirates]] bought {{51%|51}} of Mopani in {{2024|2024}} for {{$1.1 billion|1100000000}}.

Power cuts of up to {{17 hours|17}} a day hit mines last year as water in [[Lake Kariba]] fell to record lows. Copper traded at {{$9,350|9350}} a ton on the [[London]] Metal Exchange on Wednesday.`,
};

// written in session 7's third round after all of the session's merges, marked before the engine read it, and scored once, blind
// (the score is in en-articles.test.ts): loquat boats on the Xin'an River in Anhui's She county, the Ewenki reindeer herders of
// Genhe in Inner Mongolia, a kayak race in Hunan's Cili, solar parks in Rajasthan's Jaisalmer (crore, MW, per cent), a slide
// on an Oregon county's state highway and a Shropshire council's car park charges in Ludlow
export const localSixteenth: Record<string, string> = {

ad01_xinhua_shexian_loquats: `Loquats Ripen Along [[Xin'an River]] as Old Villages Welcome Boats

[[HEFEI|340100]], {{May 12|--05-12}} (Xinhua) -- Boats loaded with baskets of yellow loquats glide down the [[Xin'an River]] each morning in [[Shendu town|341021101]] of [[She county|341021]], [[Huangshan city|341000]], East [[China]]'s [[Anhui province|340000]].

"The fruit has been grown here for more than {{600 years|600}}," said Wang Jianping, {{63|63}}, whose family tends {{300 trees|300}} in [[Zhangtan village|341021101207]], where whitewashed houses with horse-head walls line the bank.

[[She county|341021]] has {{40,000 mu|40000}} of loquat orchards, which yielded {{12,500 tonnes|12500}} last year and brought in about {{380 million yuan|380000000}}, according to the county's forestry bureau. Along the river, {{17 villages|17}} have opened {{210 guesthouses|210}}.

Boats from [[Shendu|341021101]] reach [[Jiekou town|341021111]], on the border with [[Zhejiang province|330000]], in about {{two hours|2}}, and the river flows on into [[Qiandao Lake]] in [[Chun'an county|330127]]. The county received {{9.8 million tourist visits|9800000}} in {{2024|2024}}, up {{21 percent|21}}.`,

ad02_chinadaily_genhe_reindeer: `Reindeer herders open forest camps to winter visitors

By LI HONGYANG in [[Hulunbuir|150700]] | [[China]] Daily | Updated: {{2025-12-03|2025-12-03}}

Deep in the forests of the [[Greater Khingan Mountains]], Gu Xiaojun, {{48|48}}, leads {{70 reindeer|70}} to fresh lichen every {{three weeks|3}}, as her family has done for generations.

Gu is one of about {{30 herders|30}} from [[Aoluguya Ewenki ethnic township|150785200]], on the edge of [[Genhe|150785]], a county-level city in [[Hulunbuir|150700]], North [[China]]'s [[Inner Mongolia autonomous region|150000]]. The township moved its people out of the forest in {{2003|2003}}, but many families keep camps there, and the township now counts about {{1,200 reindeer|1200}}.

Last winter {{65,000 visitors|65000}} came to see the herds, spending about {{23 million yuan|23000000}}, up {{45 percent|45}} from a year earlier, the township government said.

Most fly from [[Beijing|110000]] to [[Hailar|150702]] and then spend {{five hours|5}} on the road. Some go on to [[Mangui town|150785103]], {{150 kilometers|150}} to the north, where a new ski slope opened in {{December|2025-12}}.`,

ad03_globaltimes_cili_kayak: `[[Hunan|430000]] reservoir town draws paddlers from {{12 countries|12}}

[[Jiangya town|430821107]] in [[Cili county|430821]], [[Zhangjiajie|430800]], Central [[China]]'s [[Hunan Province|430000]], hosted {{1,800 paddlers|1800}} at a kayak race on the [[Loushui River]] over the weekend, local officials told the Global Times on Sunday.

The town sits below a dam finished in {{1999|1999}}, and its {{131-meter|131}} wall now draws climbers as well. [[Cili|430821]] received {{7.3 million tourist visits|7300000}} in {{2024|2024}}, {{18 percent|18}} more than a year earlier.

In [[Lianping village|430821107207]], {{24 families|24}} have opened homestays, each earning about {{80,000 yuan|80000}} a year, the village's Party secretary said.

[[Wulingyuan|430811]], home to the sandstone pillars, is {{90 kilometers|90}} away, and the high-speed train from [[Changsha|430100]] to [[Zhangjiajie|430800]] takes about {{three hours|3}}.`,

ad04_toi_jaisalmer_solar: `Solar parks bring jobs, and fears for grazing land, to [[Jaisalmer]]

[[JAISALMER]]: [[Jaisalmer district]] has added {{4,200 MW|4200}} of solar capacity in {{three years|3}}, more than any other district of [[Rajasthan]], officials said on Tuesday.

The parks near [[Pokaran]] and [[Fatehgarh]] employ about {{6,000 workers|6000}}, and developers have paid {{Rs 1,250 crore|12500000000}} for land leases. But herders in the [[Thar Desert]] say the panels now cover pasture their camels once grazed.

"We have lost {{two-thirds|0.6666666666666666}} of the common land," said Bhanwar Singh, a herder from a village {{35 km|35}} from [[Pokaran]].

The state wants {{62 per cent|62}} of its power from renewables by {{2030|2030}}. A new line to carry the power to [[Jodhpur]] and [[Barmer]] will be ready in {{18 months|18}}, the transmission company said.`,

ad05_oregonian_tillamook_slide: `[[Tillamook County]] approves {{$4.2 million|4200000}} to reopen [[Oregon 6]] after slide

[[TILLAMOOK]] — [[Tillamook County]] commissioners on Wednesday approved {{$4.2 million|4200000}} to clear a landslide that has closed [[Oregon 6]] along the [[Wilson River]] for {{11 days|11}}.

The slide, about {{300 feet|300}} wide, came down on {{Nov. 18|--11-18}} after {{6 inches|6}} of rain fell in {{two days|2}}. About {{1,900 vehicles|1900}} a day use the road, the main route between [[Portland]] and the coast.

Drivers now detour through [[U.S. 26]] and [[U.S. 101]], adding about {{50 miles|50}}. Creamery trucks from [[Tillamook]] and businesses in [[Bay City]] and [[Garibaldi]] said the detour was costing them {{$40,000|40000}} a week.

The state transportation department expects one lane to reopen by {{Dec. 20|--12-20}}.`,

ad06_shropshirestar_ludlow_parking: `[[Ludlow]] traders fear car park charge rise will drive shoppers away

Traders in [[Ludlow]] have warned that higher parking charges will empty the town's streets, after [[Shropshire]] Council proposed raising them from {{April 1|--04-01}}.

Charges at {{four car parks|4}} in the town would rise to {{£1.80|1.8}} an hour, and the council would bring in charges on Sundays for the first time. The council faces a {{£62 million|62000000}} gap in next year's budget.

More than {{2,300 people|2300}} have signed a petition against the plan. Traders in [[Church Stretton]] and [[Bishop's Castle]], where charges would also rise, said shoppers would go to [[Shrewsbury]] or across the border to [[Leominster]] instead.

The town's food festival, held each {{September|--09}} by the [[River Teme]], drew about {{18,000 visitors|18000}} last year.`,
};
