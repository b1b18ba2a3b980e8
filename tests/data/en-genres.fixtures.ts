// English news in genres the other English fixtures did not cover, written for issue 8 as the
// outlets write it: market and earnings wire copy (basis points, share prices, quarters and fiscal
// years, currencies around numbers), US, Canadian and Australian news, Chinese English-language
// media on prefectures, new areas, townships and villages, weather and disasters, courts, sport and
// health. Gold was marked before the engine read them, in the marks of en-articles.fixtures.ts:
//   [[span]] or [[span|code]]  a place; the code's leading digits
//   {{span|value}}             a figure; value a number, a date string, or low~high for a range
// genresFirst was scored blind, then the rules and data were fixed by category; genresSecond was
// written after those fixes and scored once.

export const genresFirst: Record<string, string> = {

m01_reuters_hk_stocks: `[[Hong Kong|810000]] stocks slide as Fed signals fewer cuts; Alibaba drags

[[HONG KONG|810000]], {{Dec 19|--12-19}} (Reuters) - [[Hong Kong|810000]] shares fell on Thursday after the [[U.S.]] Federal Reserve cut rates by {{25 basis points|25}} but signalled a slower pace of easing next year, sending the dollar to a {{two-year|2}} high.

The Hang Seng index closed down {{0.9%|0.9}} at {{19,752.51 points|19752.51}}, while the [[China]] Enterprises Index lost {{1.2%|1.2}}. In mainland markets, the blue-chip CSI300 index slipped {{0.4%|0.4}} and the [[Shanghai|310000]] Composite Index ended {{0.4%|0.4}} lower.

Alibaba Group shares dropped {{3.1%|3.1}} to {{HK$80.55|80.55}}, wiping about {{HK$47 billion|47000000000}} off its market value, after the company said it would sell its Intime department store chain for {{7.4 billion yuan|7400000000}} ({{$1.02 billion|1020000000}}), a loss on its {{2017|2017}} purchase.

Tencent fell {{1.8%|1.8}}, while Xiaomi bucked the trend, rising {{2.4%|2.4}} to a record {{HK$33.10|33.1}}. The smartphone and electric-vehicle maker's market capitalisation has more than doubled this year to over {{HK$800 billion|800000000000}}.

The yield on the {{10-year|10}} [[U.S.]] Treasury note rose {{11 basis points|11}} to {{4.50%|4.5}}, its highest since {{May|--05}}. Fed policymakers now project only {{two rate cuts|2}} in {{2025|2025}}, down from {{four|4}} in {{September|--09}}.

"Higher-for-longer rates in the [[U.S.]] are bad news for [[Hong Kong|810000]] property," said Kenny Ng, a strategist at [[China]] Everbright Securities International. Property developer Henderson Land fell {{4.6%|4.6}}.

(Reporting by Summer Zhen; Editing by Sonali Paul)`,

m02_earnings_bank: `Commonwealth Bank profit edges up {{2%|2}} as mortgage competition bites

[[SYDNEY]], {{Aug 14|--08-14}} - Commonwealth Bank of [[Australia]], the country's largest lender, reported a {{2%|2}} rise in {{second-half|--H2}} cash profit on Wednesday, as a fierce fight for home loans squeezed its margins.

Cash profit for the {{six months|6}} to {{June 30|--06-30}} rose to {{A$4.83 billion|4830000000}} ({{$3.19 billion|3190000000}}), from {{A$4.74 billion|4740000000}} a year earlier. For fiscal {{2024|2024}}, profit fell {{2%|2}} to {{A$9.84 billion|9840000000}}, slightly below the {{A$9.88 billion|9880000000}} analysts had expected.

The bank's net interest margin, a key measure of profitability, narrowed {{7 basis points|7}} to {{1.99%|1.99}}. It will pay a final dividend of {{A$2.50|2.5}} a share, up from {{A$2.40|2.4}}.

Shares in the bank, which has a market value of about {{A$215 billion|215000000000}}, rose {{1.3%|1.3}} to {{A$129.06|129.06}} by midday in [[Sydney]], outperforming a flat broader market. They have gained more than {{30%|30}} over the past {{12 months|12}}.

Chief executive Matt Comyn said {{one in five|0.2}} of its borrowers in [[New South Wales]] and [[Victoria]] were ahead on their repayments by more than {{two years|2}}. Arrears of {{90 days|90}} or more on home loans rose to {{0.67%|0.67}} of the book, from {{0.60%|0.6}} a year earlier.

In [[New Zealand]], its subsidiary ASB posted a profit of {{NZ$1.37 billion|1370000000}}, down {{1%|1}}.`,

m03_ap_california_fire: `Wildfire forces {{thousands|1000}} to flee in Northern [[California]] as heat wave grips West

[[OROVILLE]], [[Calif.]] (AP) - A fast-moving wildfire in Northern [[California]] had burned more than {{34,000 acres|34000}} by Thursday and forced about {{26,000 people|26000}} from their homes, as a heat wave pushed temperatures in parts of the West past {{110 degrees Fahrenheit|110}} ({{43 Celsius|43}}).

The Thompson Fire broke out Tuesday near [[Oroville]] in [[Butte County]], about {{70 miles|70}} ({{113 kilometers|113}}) north of [[Sacramento]], and was {{7%|7}} contained, according to Cal Fire. At least {{26 structures|26}} were destroyed.

In [[Redding]], the temperature reached {{117 F|117}} on Wednesday, a record for the date. The National Weather Service warned that highs in [[Las Vegas]] could top {{115 degrees|115}} through the weekend.

Officials in [[Oregon]] and [[Washington state]] said crews had been sent south to help. Across the border in [[British Columbia]], more than {{100 fires|100}} were burning, including one near [[Kelowna]] that forced {{2,400 residents|2400}} to leave.

The [[Oroville Dam]], whose spillway nearly failed in {{2017|2017}}, was not at risk, the state Department of Water Resources said.`,

m04_chinadaily_shaxi: `Old Caravan Town Thrives on Slow Tourism

[[Shaxi town|532931104]] in [[Jianchuan county|532931]], [[Dali Bai Autonomous Prefecture|532900]], in Southwest [[China]]'s [[Yunnan province|530000]], received {{1.2 million tourist visits|1200000}} last year, more than {{three times|3}} as many as in {{2019|2019}}, according to the county's culture and tourism bureau.

The town, once a stop on the caravan route for tea and horses between [[Yunnan|530000]] and [[Tibet|540000]], has kept its {{600-year-old|600}} market square in [[Sideng village|532931104201]], where the [[Xingjiao Temple]] and an old stage still stand.

"When I arrived in {{2012|2012}}, there were only {{three guesthouses|3}}. Now there are more than {{160|160}}," said Huang Yin, a {{41-year-old|41}} from [[Chengdu|510100]] who runs a cafe on the square.

Local farmers grow {{8,000 mu|8000}} of rice and {{2,000 mu|2000}} of broad beans in the valley, and more than {{40 percent|40}} of the town's {{22,000 residents|22000}} now earn part of their income from tourism.

The county has capped the number of new guesthouses and banned buildings over {{three stories|3}} in the old town. A new road to [[Dali city|532901]], {{130 kilometers|130}} to the south, cut the drive to under {{two hours|2}} when it opened in {{October|--10}}.`,

m05_globaltimes_jishishan: `One year on, quake-hit [[Jishishan|622927]] moves into new homes before winter

Residents of [[Jishishan Bonan, Dongxiang and Salar Autonomous County|622927]] in [[Linxia Hui Autonomous Prefecture|622900]], Northwest [[China]]'s [[Gansu Province|620000]], have moved into {{4,900 rebuilt homes|4900}} ahead of the first anniversary of the {{6.2-magnitude|6.2}} earthquake that struck the county on {{December 18, 2023|2023-12-18}}.

The quake killed {{151 people|151}} in [[Gansu|620000]] and neighboring [[Qinghai Province|630000]], and damaged more than {{200,000 houses|200000}}, according to the Ministry of Emergency Management.

In [[Dahejia town|622927101]], near the [[Yellow River]], Ma Jianguo, {{58|58}}, showed the Global Times around his new {{120-square-meter|120}} house, built for {{160,000 yuan|160000}} with a government subsidy of {{60,000 yuan|60000}}. "Last winter we slept in a tent at {{minus 15 C|-15}}," he said.

Across the river in [[Minhe Hui and Tu Autonomous County|630222]] of [[Qinghai|630000]], where mudflows buried part of [[Jintian village]] in [[Zhongchuan township|630222210]], {{20 people|20}} died and the village has been rebuilt {{2 kilometers|2}} uphill.

[[Gansu|620000]] has invested {{10.8 billion yuan|10800000000}} in reconstruction, including {{86 schools|86}} and {{73 clinics|73}}. [[Liugou township|622927202]], where the epicenter lay {{10 kilometers|10}} underground, has a new primary school for {{1,100 pupils|1100}}.`,

m06_bbc_court_cardiff: `[[Cardiff]]: Man jailed for {{three years|3}} and {{six months|6}} over crash that injured cyclist

A driver who hit a cyclist while more than {{twice|2}} the drink-drive limit has been jailed for {{three years|3}} and {{six months|6}}.

Liam Davies, {{31|31}}, of [[Caerphilly]], was driving at about {{55mph|55}} in a {{30mph|30}} zone on [[Newport Road]] in [[Cardiff]] when he struck Rhys Morgan, {{44|44}}, on {{12 January|--01-12}} last year, [[Cardiff]] Crown Court heard.

Mr Morgan suffered a fractured skull and spent {{five weeks|5}} in hospital. He now walks with a stick and has been unable to return to his job as a teacher in [[Pontypridd]].

Davies, who had {{79 microgrammes|79}} of alcohol in {{100 millilitres|100}} of breath - the legal limit in [[Wales]] is {{35|35}} - admitted causing serious injury by dangerous driving. He was also banned from driving for {{five years|5}}.

In a separate case, a woman from [[Merthyr Tydfil]] who stole {{£14,500|14500}} from the charity she worked for was given a {{12-month|12}} sentence suspended for {{two years|2}}. She was ordered to do {{200 hours|200}} of unpaid work and to pay back the money at {{£150|150}} a month.`,

m07_sport_athletics: `Kerr wins world indoor 3,000m gold in [[Glasgow]] after thrilling sprint finish

Josh Kerr won the men's 3,000m at the World Indoor Championships in [[Glasgow]] on Saturday, crossing the line in {{7 minutes 42.98 seconds|7.716333333333333}} to give the home crowd the gold it wanted.

The {{26-year-old|26}} from [[Edinburgh]], who won the {{2023|2023}} world 1500m title in [[Budapest]], kicked with {{200 metres|200}} to go and held off Yared Nuguse of the [[United States]] by {{0.22 seconds|0.22}}. [[Norway]]'s Jakob Ingebrigtsen did not race.

"To do it in front of {{9,000 people|9000}} in [[Scotland]] means everything," Kerr said.

Earlier, Femke Bol of the [[Netherlands]] broke her own world record in the 400m, running {{49.17 seconds|49.17}}. [[Great Britain]] finished {{fourth|4}} in the medal table with {{two golds|2}}, one silver and {{two bronzes|2}}, its best showing since {{2018|2018}}.

Kerr will now turn his attention to the {{2024|2024}} Olympics in [[Paris]], where he hopes to beat the {{3:26.73|3.4455}} he ran to win world gold last summer.`,

m08_health_measles: `Measles cases in [[Canada]] top {{2,000|2000}} as [[Ontario]] outbreak spreads

[[TORONTO]] - [[Canada]] has recorded {{2,168 measles cases|2168}} so far this year, the highest count since the disease was declared eliminated in the country in {{1998|1998}}, the Public Health Agency of [[Canada]] said on Friday.

Most of the cases are in [[Ontario]], where an outbreak that began in {{October|--10}} has spread to {{22 public health units|22}}. Southwestern Public Health, which covers [[Oxford County]] and [[St. Thomas]], reported a rate of {{351 cases|351}} per 100,000 people, the highest in the province.

In [[Alberta]], {{423 cases|423}} have been confirmed, including {{40|40}} in children under {{five|5}}. Vaccination coverage among {{two-year-olds|2}} in the province is about {{70%|70}}, well below the {{95%|95}} needed to stop the spread.

The outbreak has also reached [[Manitoba]] and [[Saskatchewan]]. Across the border, [[Texas]] has reported more than {{700 cases|700}} and {{two deaths|2}}, both of unvaccinated children.

Dr. Kieran Moore, [[Ontario]]'s chief medical officer of health, urged families travelling to [[Mexico]] or [[Europe]] over the holidays to check their vaccination records.`,

m09_cgtn_typhoon: `Typhoon Gaemi makes landfall in [[Fujian|350000]] after lashing [[Taiwan|710000]]

Typhoon Gaemi made landfall in [[Xiuyu District|350305]] of [[Putian|350300]], East [[China]]'s [[Fujian Province|350000]], at 7:50 pm on Thursday, packing winds of {{33 meters per second|33}} near its center, the National Meteorological Center said.

Ferries to [[Meizhou Island]] in [[Meizhou town|350305108]] were suspended and more than {{290,000 people|290000}} across [[Fujian|350000]] were moved to safety. Some areas of [[Ningde|350900]] and [[Fuzhou|350100]] recorded more than {{250 mm|250}} of rain in {{24 hours|24}}.

Earlier, the storm hit [[Taiwan|710000]]'s [[Yilan]] as a {{Category 3|3}} typhoon, killing at least {{10 people|10}}.

Forecasters said Gaemi would weaken as it moved northwest into [[Jiangxi|360000]] and [[Hunan|430000]], bringing torrential rain. In [[Zixing|431081]], a county-level city in [[Hunan|430000]]'s [[Chenzhou|431000]], [[Dongjiang subdistrict|431081002]] and the towns of [[Qingjiang|431081112]] and [[Huangcao|431081108]] were warned of landslides.

Temperatures along the coast are expected to fall from {{36 C|36}} to around {{29 C|29}} over the weekend.`,

m10_us_transit: `Bus riders in [[Coeur d'Alene]] and [[Wilkes-Barre]] face cuts as federal money runs out

Transit agencies from [[Idaho]] to [[Pennsylvania]] are trimming service as pandemic-era federal aid dries up, with some cutting weekend buses entirely.

In [[Coeur d'Alene]], Citylink said the route 9 bus to [[Post Falls]] would run every {{90 minutes|90}} instead of every hour from {{Jan. 6|--01-06}}. The agency carried {{412,000 riders|412000}} last year, down {{18%|18}} from {{2019|2019}}.

In northeastern [[Pennsylvania]], the [[Luzerne County]] Transportation Authority will end Sunday service on {{11|11}} of its {{19 routes|19}}, including the 2 Crosstown line through [[Wilkes-Barre]] and the 16 bus to [[Hazleton]], to close a {{$3.4 million|3400000}} gap.

"For a lot of our riders, the 77 service is the only way to get to the hospital," said Maria Ortiz, {{62|62}}, who rides from [[Kingston]] {{four times|4}} a week.

In [[Winston-Salem]], [[North Carolina]], the city council voted 5-3 to raise fares to {{$1.50|1.5}}, the first increase since {{2010|2010}}.`,

};

export const genresSecond: Record<string, string> = {

n01_bloomberg_tencent: `Tencent profit beats estimates as games revenue jumps {{14%|14}}

Tencent Holdings Ltd. reported {{third-quarter|--Q3}} profit that beat analysts' estimates, as new mobile titles and advertising helped [[China]]'s most valuable internet company weather a sluggish economy.

Net income rose {{47%|47}} to {{53.2 billion yuan|53200000000}} ({{$7.3 billion|7300000000}}) in the {{three months|3}} ended {{Sept. 30|--09-30}}, the [[Shenzhen|440300]]-based company said in a statement on Wednesday. Revenue climbed {{8%|8}} to {{167.2 billion yuan|167200000000}}, roughly in line with the average estimate of {{167.8 billion yuan|167800000000}}.

Domestic games sales grew {{14%|14}}, while international games revenue was little changed at {{13.3 billion yuan|13300000000}}. Advertising revenue rose {{17%|17}}, helped by video accounts on WeChat, which has more than {{1.38 billion users|1380000000}}.

Tencent's shares have gained about {{40%|40}} this year in [[Hong Kong|810000]], giving it a market value of roughly {{HK$3.9 trillion|3900000000000}}. The stock closed {{0.5%|0.5}} lower at {{HK$417.20|417.2}} before the results. The company bought back {{HK$80 billion|80000000000}} of shares in the {{first nine months|--01~--09}} and plans to repurchase at least {{HK$100 billion|100000000000}} in {{2025|2025}}.

Its gross margin widened to {{53%|53}} from {{49%|49}} a year earlier, a gain of about {{400 basis points|400}}.`,

n02_xinhua_xijiang: `Silversmith Village in [[Guizhou|520000]] Turns Craft into Tourism

[[GUIYANG|520100]], {{Aug 18|--08-18}} (Xinhua) -- In [[Maliao village|522634101208]] of [[Xijiang town|522634101]], [[Leishan county|522634]], the clink of hammers on silver can be heard from {{dozens|12}} of family workshops.

The village, in [[Qiandongnan Miao and Dong Autonomous Prefecture|522600]] of southwest [[China]]'s [[Guizhou Province|520000]], lies about {{10 km|10}} from the [[Xijiang Qianhu Miao Village]], the world's largest Miao settlement, which received {{8.6 million tourist visits|8600000}} last year.

"When I was young, only {{four families|4}} here still made silver. Now it's more than {{60|60}}," said Long Tianping, {{52|52}}, who sells necklaces and headdresses to visitors from [[Chongqing|500000]] and [[Guangzhou|440100]]. A full Miao bridal headdress can weigh {{3 kg|3}} and sell for {{80,000 yuan|80000}}.

Neighboring [[Kongbai village|522634101209]] has joined in, and the two villages earned {{26 million yuan|26000000}} from silverware in {{2023|2023}}, up {{35 percent|35}} from a year earlier, according to the [[Leishan county|522634]] government.

The county has trained {{1,200 young craftsmen|1200}} since {{2018|2018}} and set up a silver workshop street in its seat, [[Danjiang town|522634100]].`,

n03_abc_lismore_floods: `[[Lismore]] braces for {{third|3}} flood in {{three years|3}} as [[Wilsons River]] rises

Residents of [[Lismore]] in northern [[New South Wales]] have been told to evacuate as the [[Wilsons River]] is forecast to peak at {{10.6 metres|10.6}} on Saturday morning.

The Bureau of Meteorology said more than {{300 millimetres|300}} of rain had fallen in parts of the [[Northern Rivers region]] in the {{48 hours|48}} to 9am on Friday, with {{412mm|412}} recorded at [[Dunoon]].

The [[NSW]] State Emergency Service has issued {{14 evacuation orders|14}} covering about {{9,000 people|9000}}, including in [[Murwillumbah]], [[Ballina]] and [[Casino]], and carried out {{86 flood rescues|86}} overnight.

In {{February 2022|2022-02}}, the river peaked at a record {{14.4 metres|14.4}}, more than {{2 metres|2}} above the previous high, destroying {{1,400 homes|1400}} in [[Lismore]].

Across the border in [[Queensland]], heavy rain closed the [[Bruce Highway]] near [[Gympie]], and [[Brisbane]] recorded its wettest October day in {{12 years|12}}.

Premier Chris Minns said the state would release {{A$25 million|25000000}} in emergency grants.`,

n04_cbc_jasper: `[[Jasper]] wildfire: Parks [[Canada]] says {{358 structures|358}} lost as residents allowed home

[[JASPER]], [[Alta.]] - Residents of [[Jasper]] began returning home on Friday, {{three weeks|3}} after a wildfire tore through the [[Alberta]] mountain town and destroyed about {{one-third|0.3333333333333333}} of its buildings.

The fire, which started on {{July 22|--07-22}} in [[Jasper]] National Park, has burned more than {{32,000 hectares|32000}}. Parks [[Canada]] said {{358|358}} of the town's {{1,113 structures|1113}} were lost, including the [[Maligne Lodge]].

Residents were allowed in through the [[Yellowhead Highway]] from [[Hinton]], about {{80 kilometres|80}} to the east, where many had stayed since the evacuation. Some {{25,000 people|25000}}, including visitors, fled the town in {{July|--07}}.

Insured losses are estimated at {{C$880 million|880000000}}, the Insurance Bureau of [[Canada]] said, making it the {{sixth|6}} costliest wildfire in Canadian history. The costliest, in [[Fort McMurray]] in {{2016|2016}}, caused {{C$4.4 billion|4400000000}} in insured damage.

In [[Yellowknife]], [[N.W.T.]], officials said a fire {{15 km|15}} from the city was being held.`,

n05_ap_phoenix_court: `[[Arizona]] man sentenced to {{12 years|12}} in fentanyl smuggling case

[[PHOENIX]] (AP) - A man from [[Nogales]] was sentenced Tuesday to {{12 years|12}} in federal prison and fined {{$250,000|250000}} for smuggling more than {{400,000 fentanyl pills|400000}} across the [[U.S.]]-[[Mexico]] border.

Carlos Rivera, {{29|29}}, was arrested in {{March 2023|2023-03}} after border officers at the [[DeConcini Port of Entry]] found the pills hidden in the gas tank of his pickup truck, according to the [[U.S.]] Attorney's Office for the District of [[Arizona]].

The pills weighed about {{45 kilograms|45}} ({{99 pounds|99}}) and had a street value of nearly {{$2 million|2000000}}, prosecutors said. Rivera pleaded guilty in {{January|--01}}.

In a separate case in [[Maricopa County]] Superior Court, a former [[Scottsdale]] financial adviser was ordered to pay {{$1.4 million|1400000}} in restitution to {{17 clients|17}} and sentenced to {{five years|5}} of probation.

Fentanyl seizures at [[Arizona]]'s ports of entry fell {{18%|18}} in the fiscal year that ended {{Sept. 30|--09-30}}, according to Customs and Border Protection data.`,

n06_gt_dengue_foshan: `Dengue cases in [[Guangdong|440000]] top {{10,000|10000}} as [[Foshan|440600]] steps up mosquito control

[[Guangdong Province|440000]] reported {{2,870 new dengue cases|2870}} last week, bringing the total this year to {{10,312|10312}}, the provincial disease control center said on Wednesday.

More than {{half|0.5}} of the cases were in [[Foshan|440600]], where [[Shunde district|440606]] alone recorded {{2,146|2146}}. The incidence in [[Shunde|440606]] reached {{65.4|65.4}} per 100,000, the highest in the province, according to the Global Times.

Health workers in [[Lunjiao subdistrict|440606003]] and [[Leliu subdistrict|440606004]] have sprayed insecticide in {{3,500 residential compounds|3500}} and cleared standing water from {{12,000 flowerpots|12000}}, local authorities said.

"Most patients recover within a week, but the elderly and those with diabetes should see a doctor quickly," said Li Rong, a doctor at a hospital in [[Guangzhou|440100]].

Dengue is endemic in the tropics. [[Bangladesh]] has reported more than {{80,000 cases|80000}} and {{400 deaths|400}} this year, while [[Brazil]] has recorded over {{6 million suspected cases|6000000}}.`,

n07_sport_marathon_football: `Kipchoge {{fifth|5}} in [[Berlin]] as Assefa sets course record

[[Ethiopia]]'s Tigst Assefa won the women's race at the [[Berlin]] Marathon on Sunday in {{2:15:37|2.2602777777778}}, breaking the course record by more than {{two minutes|2}}.

In the men's race, [[Kenya]]'s Milkesa Mengesha pulled away in the final {{5 km|5}} to win in {{2:03:17|2.0547222222222}}, while {{39-year-old|39}} double Olympic champion Eliud Kipchoge, who had won in [[Berlin]] {{five times|5}}, finished {{fifth|5}}.

About {{47,000 runners|47000}} from {{150 countries|150}} took part in the 49th edition of the race.

Meanwhile, in the Premier League, Erling Haaland scored {{twice|2}} as [[Manchester]] City beat [[Brighton]] 2-1 at the [[Etihad Stadium]] to go {{two points|2}} clear at the top. The Norwegian has now scored {{18 goals|18}} in {{12 league games|12}} this season.

[[Liverpool]] fell to {{third|3}} after a 1-1 draw at [[Brentford]], where {{17,250 fans|17250}} saw Mohamed Salah miss a penalty in the 89th minute. The club confirmed that its new stand, which cost {{£80m|80000000}}, will add {{7,000 seats|7000}} for the {{2025-26|2025~2026}} season.`,

n08_cgtn_yagi_hainan: `Super Typhoon Yagi slams into [[Hainan|460000]]'s [[Wenchang|469005]] with record winds

Super Typhoon Yagi, the strongest storm to hit [[China]] in {{a decade|10}}, made landfall in [[Wenchang|469005]], a coastal city in South [[China]]'s [[Hainan Province|460000]], at around 4:20 pm on Friday, the National Meteorological Center said.

The storm packed winds of up to {{62 meters per second|62}} near its center, or about {{223 km per hour|223}}, equal to a {{Category 5|5}} hurricane. Waves of up to {{10 meters|10}} battered the coast of [[Longlou town|469005109]], home to the [[Wenchang|469005]] Spacecraft Launch Site.

More than {{420,000 people|420000}} had been relocated across the province, and all flights at [[Haikou|460100]] [[Meilan|460108]] International Airport were cancelled. Trains across the [[Qiongzhou Strait]] were suspended.

In [[Puqian town|469005115]] and [[Dongjiao town|469005108]], where many fishermen live, up to {{500 mm|500}} of rain was forecast over {{48 hours|48}}.

Yagi later moved toward [[Guangdong|440000]]'s [[Xuwen county|440825]] and the [[Guangxi Zhuang Autonomous Region|450000]], and was expected to reach northern [[Vietnam]] on Saturday. Earlier in the week it killed at least {{16 people|16}} in the [[Philippines]].

Temperatures in [[Haikou|460100]] dropped from {{34 C|34}} to {{26 C|26}} as the storm approached.`,

};

export const genresThird: Record<string, string> = {

p01_reuters_toyota: `Toyota quarterly profit slips as strong yen bites; shares fall {{4%|4}}

[[TOKYO]], {{Nov 6|--11-06}} (Reuters) - Toyota Motor Corp reported a {{20%|20}} fall in operating profit for the {{July-September|--07~--09}} quarter on Wednesday, hurt by a stronger yen and a recall in [[North America]], sending its shares down as much as {{4.1%|4.1}} in [[Tokyo]].

Operating profit for the {{second quarter|--Q2}} of the fiscal year ending in {{March|--03}} fell to {{1.16 trillion yen|1160000000000}} ({{$7.6 billion|7600000000}}), compared with an average estimate of {{1.28 trillion yen|1280000000000}} from {{nine analysts|9}} polled by LSEG.

The world's biggest automaker by sales kept its full-year forecast of {{4.3 trillion yen|4300000000000}} in operating profit, assuming an exchange rate of {{145 yen|145}} to the dollar.

Sales in [[China]] fell {{8%|8}}, while in the [[United States]] they rose {{2.1%|2.1}}. Toyota has lost about {{a quarter|0.25}} of its market value since {{March|--03}}, which now stands at around {{38 trillion yen|38000000000000}}.

The Bank of [[Japan]] raised its key rate by {{15 basis points|15}} to {{0.25%|0.25}} in {{July|--07}}, the first increase since {{2007|2007}}.`,

p02_chinadaily_xixian: `[[Xixian New Area]] Draws Tech Firms as [[Shaanxi|610000]] Bets on Hydrogen

[[Xixian New Area]], which lies between [[Xi'an|610100]] and [[Xianyang|610400]] in Northwest [[China]]'s [[Shaanxi Province|610000]], attracted {{126 new projects|126}} worth {{48.6 billion yuan|48600000000}} in the {{first three quarters|--Q1~--Q3}} of this year, the area's administrative committee said.

Among them is a {{3-billion-yuan|3000000000}} hydrogen fuel cell plant that will make {{10,000 units|10000}} a year from {{2026|2026}}. "We chose [[Xixian]] for its talent: there are {{63 universities|63}} within {{50 km|50}}," said Zhao Lei, the company's general manager.

The area, set up in {{2014|2014}} as [[China]]'s {{seventh|7}} state-level new area, covers {{882 square kilometers|882}}. Its GDP rose {{6.8 percent|6.8}} year-on-year in the {{first half|--H1}}, outpacing the province's {{4.3 percent|4.3}}.

Other new areas in the northwest are also growing. [[Lanzhou New Area|620171]] in [[Gansu|620000]] has drawn chemical makers from [[Jiangsu|320000]] and [[Zhejiang|330000]], and [[Xining|630100]] in neighboring [[Qinghai|630000]] is building a lithium industry park.`,

p03_gt_ejin: `Golden poplar forest in [[Inner Mongolia|150000]]'s [[Ejin Banner|152923]] draws record crowds

Visitors to the desert poplar forests of [[Ejin Banner|152923]] in [[Alxa League|152900]], North [[China]]'s [[Inner Mongolia Autonomous Region|150000]], topped {{1.5 million|1500000}} during the {{October|--10}} holiday, up {{21 percent|21}} year-on-year, local authorities told the Global Times.

The forests along the [[Ejina River]], which turn gold for about {{three weeks|3}} each autumn, cover some {{440,000 mu|440000}}. Hotels in [[Dalaihob town|152923100]], the banner's seat, charged up to {{1,500 yuan|1500}} a night, {{five times|5}} the usual rate.

Temperatures fell to {{minus 5 C|-5}} at night, while daytime highs reached {{18 C|18}}. The banner lies about {{650 kilometers|650}} from [[Hohhot|150100]], and many visitors fly in from [[Beijing|110000]] or drive from [[Jiuquan|620900]] in neighboring [[Gansu Province|620000]].

The local government has spent {{230 million yuan|230000000}} since {{2019|2019}} diverting water from the river to keep {{30,000 hectares|30000}} of the forest alive.`,

p04_bbc_belfast_court: `[[Newry]] man jailed for {{two years|2}} and {{nine months|9}} over fuel laundering

A man who ran an illegal fuel laundering plant on a farm near [[Newry]] has been jailed for {{two years|2}} and {{nine months|9}}.

Patrick McGuinness, {{48|48}}, from [[Crossmaglen]], [[County Armagh]], admitted evading about {{£1.1m|1100000}} in duty, [[Belfast]] Crown Court heard on Friday.

HM Revenue and Customs officers found {{21,000 litres|21000}} of laundered diesel and {{12 tonnes|12}} of toxic waste at the site in {{August 2021|2021-08}}. He will serve {{half|0.5}} of the sentence in custody and the rest on licence.

A co-accused, Sean Hughes, {{35|35}}, of [[Dundalk]], received a {{16-month|16}} sentence suspended for {{three years|3}}, and was fined {{£2,500|2500}}.

In a separate case at [[Banbridge]] Magistrates' Court, a lorry driver was fined {{£660|660}} and given {{six penalty points|6}} after he was caught driving for more than {{13 hours|13}} without a break on the [[A1]].`,

p05_sport_melbourne: `Sinner retains Australian Open title in [[Melbourne]]

Jannik Sinner beat Alexander Zverev 6-3, 7-6, 6-3 in {{two hours|2}} and {{42 minutes|42}} on Sunday to retain his Australian Open title and collect {{A$3.5 million|3500000}} in prize money.

The {{23-year-old|23}} Italian, the world's top-ranked player, dropped only {{two sets|2}} in {{seven matches|7}} at [[Melbourne]] Park, where a record {{1.2 million fans|1200000}} attended over the {{three weeks|3}}.

In the women's final, Madison Keys of the [[United States]] beat Aryna Sabalenka 6-3, 2-6, 7-5 to win her first Grand Slam title at the age of {{29|29}}.

Organisers said ticket sales rose {{6%|6}} and the tournament added about {{A$500m|500000000}} to the [[Victoria]] economy.

The {{2032|2032}} Olympics will be held in [[Brisbane]], where a new {{60,000-seat|60000}} stadium is planned at [[Victoria]] Park.`,

p06_ap_oklahoma_tornado: `Tornado kills {{three|3}} in [[Oklahoma]] as storms move east

[[OKLAHOMA CITY]] (AP) - A powerful tornado tore through a rural community in southern [[Oklahoma]] late Saturday, killing {{three people|3}} and injuring at least {{30|30}}, officials said.

The National Weather Service rated the tornado an EF3, with peak winds of {{150 mph|150}} ({{241 kph|241}}), and said it stayed on the ground for about {{23 miles|23}} ({{37 kilometers|37}}) near [[Marietta]] in [[Love County]].

More than {{40,000 homes|40000}} and businesses lost power across [[Oklahoma]], [[Texas]] and [[Arkansas]]. In [[Tulsa]], {{2.4 inches|2.4}} of rain fell in less than an hour.

Gov. Kevin Stitt declared a state of emergency in {{12 counties|12}}. Storms also spawned tornadoes near [[Sulphur]], where a twister killed {{two people|2}} in {{April|--04}}.

Forecasters warned of large hail and damaging winds from [[Dallas]] to [[Kansas City]] on Sunday, with temperatures dropping from the {{80s|80}} to the {{50s|50}}.`,

p07_xinhua_ningxia_health: `[[YINCHUAN|640100]], {{Sept 9|--09-09}} (Xinhua) -- Average life expectancy in northwest [[China]]'s [[Ningxia Hui Autonomous Region|640000]] rose to {{77.4 years|77.4}} in {{2023|2023}}, up from {{74.1 years|74.1}} {{a decade|10}} ago, the regional health commission said.

In [[Xiji county|640422]] of [[Guyuan|640400]], once among the country's poorest, the maternal mortality rate fell to {{12.3|12.3}} per 100,000 live births, and every township now has a clinic with at least {{two doctors|2}}.

At the health center in [[Xinglong town|640422101]], doctors use video links to consult specialists in [[Yinchuan|640100]] and [[Fuzhou|350100]], capital of [[Fujian|350000]], which has paired with [[Ningxia|640000]] since {{1996|1996}}. "Patients used to travel {{four hours|4}} to see a specialist," said Ma Xiaoyan, a doctor from [[Shanbei village|640422101204]].

The region has {{6.9 hospital beds|6.9}} per 1,000 residents, up from {{5.2|5.2}} in {{2015|2015}}, and plans to train {{3,000 village doctors|3000}} by {{2027|2027}}.`,

p08_xinhua_zhuozhou_floods: `Floodwaters recede in [[Hebei|130000]]'s [[Zhuozhou|130681]] as rebuilding begins

[[SHIJIAZHUANG|130100]], {{Aug 9|--08-09}} (Xinhua) -- Floodwaters have receded in most parts of [[Zhuozhou|130681]], a county-level city in north [[China]]'s [[Hebei Province|130000]], more than a week after record rainfall, local authorities said Wednesday.

Torrential rain brought by Typhoon Doksuri dumped {{744.8 mm|744.8}} of rain on [[Wangjiayuan Reservoir]] in [[Changping district|110114]] of [[Beijing|110000]] between {{July 29|--07-29}} and {{Aug 2|--08-02}}, the most since records began {{140 years|140}} ago.

In [[Zhuozhou|130681]], where the [[Juma River]] and the [[Beijuma River]] meet, about {{134,000 people|134000}} were relocated. In [[Matou town|130681101]] and [[Dongchengfang town|130681102]], water was up to {{3 meters|3}} deep.

[[Beijing|110000]]'s [[Mentougou|110109]] and [[Fangshan|110111]] districts were the hardest hit in the capital, where {{33 people|33}} died and {{18|18}} were missing. Repairs to roads and bridges in [[Mentougou|110109]] will cost an estimated {{5.3 billion yuan|5300000000}}.`,

};
