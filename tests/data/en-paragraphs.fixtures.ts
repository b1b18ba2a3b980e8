// English news paragraphs written for the place rules (Xinhua and China Daily style about Chinese
// provinces, counties, townships and villages; BBC-style British local news; world news), each with
// the places a reader following ../../shared/eval/GUIDELINES.md marks: span text and code, in order.
// Scored by en-paragraphs.test.ts.

export const paragraphs: Record<string, [string, Array<[string, string | null]>]> = {

en01_shandong_harvest: [`JINAN, June 5 (Xinhua) -- Farmers in Linyi city, east China's Shandong province, have harvested more than 20,000 hectares of wheat ahead of schedule this year, local authorities said on Monday.

In Yinan county, machines from 120 cooperatives worked through the night. "We finished two days earlier than last year," said Zhang Wei, a grain grower in Jiehu subdistrict.

Water from the Yellow River, diverted through canals serving Dezhou and Liaocheng, reached 1.2 million mu of farmland in May, according to the provincial water resources department in Jinan.`,
[['JINAN','370100000000'],['Linyi city','371300000000'],['China',null],['Shandong province','370000000000'],['Yinan county','371321000000'],['Jiehu subdistrict','371321001000'],['Yellow River',null],['Dezhou','371400000000'],['Liaocheng','371500000000'],['Jinan','370100000000']]],

en02_jingjinji: [`BEIJING -- The Beijing-Tianjin-Hebei region will open six new intercity rail lines by 2027, the National Development and Reform Commission said on Tuesday.

Xiong'an New Area in Hebei province, about 100 kilometers southwest of Beijing, will be linked to Tianjin's Binhai New Area in under an hour. Premier Li Qiang told officials in Shijiazhuang that the region should "move faster on shared services". Li said hospitals in Baoding and Langfang would accept Beijing medical insurance cards from September.`,
[['BEIJING','110000000000'],['Beijing','110000000000'],['Tianjin','120000000000'],['Hebei','130000000000'],["Xiong'an New Area",null],['Hebei province','130000000000'],['Beijing','110000000000'],['Tianjin','120000000000'],['Binhai New Area','120116000000'],['Shijiazhuang','130100000000'],['Baoding','130600000000'],['Langfang','131000000000'],['Beijing','110000000000']]],

en03_taihu: [`WUXI, Jiangsu, Aug 12 (Xinhua) -- Water quality in Lake Tai has improved for the 16th year in a row, environmental officials in east China's Jiangsu province said.

In Dingshu town of Yixing city, known for its purple clay teapots, kilns have switched from coal to natural gas. Villagers in Xiangshan village now rent rooms to tourists from Shanghai and Hangzhou. The Yangtze River Delta, which includes Jiangsu, Zhejiang, Anhui and Shanghai, accounts for nearly a quarter of China's economic output.`,
[['WUXI','320200000000'],['Jiangsu','320000000000'],['Lake Tai',null],['China',null],['Jiangsu province','320000000000'],['Dingshu town','320282112000'],['Yixing city','320282000000'],['Xiangshan village',null],['Shanghai','310000000000'],['Hangzhou','330100000000'],['Yangtze River Delta',null],['Jiangsu','320000000000'],['Zhejiang','330000000000'],['Anhui','340000000000'],['Shanghai','310000000000'],['China',null]]],

en04_lankao: [`ZHENGZHOU, Nov 3 (Xinhua) -- Lankao county in central China's Henan province, once among the poorest counties in the country, now makes one in ten of the world's guzheng zithers.

The county, about 50 km east of Kaifeng, sits on a bend of the Yellow River. Workshops in Dongba town employ more than 3,000 people. In Gushi county, in the south of the province near Xinyang, tea farmers are trying live-streaming. The Zhengzhou-Kaifeng intercity railway carried 18 million passengers last year.`,
[['ZHENGZHOU','410100000000'],['Lankao county','410225000000'],['China',null],['Henan province','410000000000'],['Kaifeng','410200000000'],['Yellow River',null],['Dongba town',null],['Gushi county','411525000000'],['Xinyang','411500000000'],['Zhengzhou','410100000000'],['Kaifeng','410200000000']]],

en05_yunnan: [`KUNMING -- Trains on the China-Laos Railway carried 4.2 million passengers in the first half of the year, the railway's operator in Kunming, capital of Southwest China's Yunnan province, said on Friday.

Most cross-border travellers boarded at Xishuangbanna or Pu'er, and many continued to Vientiane or on to Thailand. The Lancang-Mekong region has become a popular destination for tourists from Southeast Asia and the Middle East. Mengla county, on the border with Laos, opened a new inspection station in March.`,
[['KUNMING','530100000000'],['China',null],['Laos',null],['Kunming','530100000000'],['China',null],['Yunnan province','530000000000'],['Xishuangbanna','532800000000'],["Pu'er",'530800000000'],['Vientiane',null],['Thailand',null],['Lancang',null],['Mekong',null],['Southeast Asia',null],['Middle East',null],['Mengla county','532823000000'],['Laos',null]]],

en06_uk_housing: [`Council leaders in Manchester have approved plans for 2,400 new homes on former industrial land near the River Irwell.

The scheme, one of the largest in the north of England, follows similar projects in Salford and Stockport. Speaking in London on Wednesday, the housing secretary said Scotland and Wales were "watching closely". In Reading, the borough council said it would publish its own plan in the autumn, while Bath and North East Somerset Council has delayed a vote until January.

Mr Reading, a local landlord, said rents in Greater Manchester had risen by 9% in a year.`,
[['Manchester',null],['River Irwell',null],['England',null],['Salford',null],['Stockport',null],['London',null],['Scotland',null],['Wales',null],['Reading',null],['Bath',null],['North East Somerset',null],['Greater Manchester',null]]],

en07_zibo_party: [`ZIBO, Shandong -- Zibo, a city in east China's Shandong province famed for its barbecue, was named a National Civilized City for the second time, the Communist Party of China Zibo Municipal Committee said on Thursday.

Ma Xiaolei, Party secretary of Zhangdian district, said more than 800 restaurants had joined a price-monitoring scheme. Mr Zhang, who runs a grill house in Zichuan, said he expected crowds in April and May. Jinan-based Inspur and the Qingdao-headquartered Haier group have also opened service centres in the city.`,
[['ZIBO','370300000000'],['Shandong','370000000000'],['Zibo','370300000000'],['China',null],['Shandong province','370000000000'],['China',null],['Zibo','370300000000'],['Zhangdian district','370303000000'],['Zichuan','370302000000'],['Jinan','370100000000'],['Qingdao','370200000000']]],

en08_gba: [`SHENZHEN -- Cross-boundary trips between Guangdong, Hong Kong and Macao hit a record over the Easter holiday, with the Hong Kong-Zhuhai-Macao Bridge carrying more than 80,000 vehicles.

Officials in Shenzhen's Qianhai area said residents of the Greater Bay Area increasingly live in one city and work in another. In Dongguan, a factory town on the Pearl River, some firms now run shuttle buses to Kowloon. Trade with Vietnam, Japan and the United States rose 6 percent.`,
[['SHENZHEN','440300000000'],['Guangdong','440000000000'],['Hong Kong','810000000000'],['Macao','820000000000'],['Hong Kong','810000000000'],['Zhuhai','440400000000'],['Macao','820000000000'],['Shenzhen','440300000000'],['Qianhai',null],['Greater Bay Area',null],['Dongguan','441900000000'],['Pearl River',null],['Kowloon',null],['Vietnam',null],['Japan',null],['United States',null]]],

en09_xinjiang_tibet: [`URUMQI, Jan 9 (Xinhua) -- Northwest China's Xinjiang Uygur autonomous region received 265 million tourist visits last year, a rise of 117 percent, regional authorities said.

Kashgar and Ili Kazak autonomous prefecture were the most visited areas. In neighbouring Xizang autonomous region, Lhasa welcomed 40 million visitors, and the county of Nyingchi... In Gansu province, Dunhuang received a record number of visitors to the Mogao Grottoes.`,
[['URUMQI','650100000000'],['China',null],['Xinjiang Uygur autonomous region','650000000000'],['Kashgar','653100000000'],['Ili Kazak autonomous prefecture','654000000000'],['Xizang autonomous region','540000000000'],['Lhasa','540100000000'],['Nyingchi','540400000000'],['Gansu province','620000000000'],['Dunhuang','620982000000'],['Mogao Grottoes',null]]],

en10_county_village: [`Tai'an, Shandong -- Tourists climbing Mount Tai rose 15 percent during the May Day holiday, the scenic area's administration said.

In Feicheng, a county-level city under Tai'an, peach growers in Liujiazhuang village of Xinchengzhuang town are selling fruit online. Xi Jinping visited the region in 2013. Wang Hong, head of the village, said buyers came from Beijing, Nanjing and even Singapore.`,
[["Tai'an",'370900000000'],['Shandong','370000000000'],['Mount Tai',null],['Feicheng','370983000000'],["Tai'an",'370900000000'],['Liujiazhuang village',null],['Xinchengzhuang town',null],['Beijing','110000000000'],['Nanjing','320100000000'],['Singapore',null]]],

b01_guizhou: [`GUIYANG, March 14 (Xinhua) -- A 1,200-meter bridge over the Beipan River gorge opened to traffic on Saturday in Southwest China's Guizhou province, cutting travel time between Liupanshui and Anshun to under an hour.

The bridge links Shuicheng district with Guanling Bouyei and Miao autonomous county. "My village used to be cut off every rainy season," said Luo Mingjun, 56, from Huajiang town. Engineers from the China Railway Construction Corporation said the project would help farmers in the region sell kiwifruit to buyers in Chongqing and Chengdu.`,
[['GUIYANG','520100000000'],['Beipan River',null],['China',null],['Guizhou province','520000000000'],['Liupanshui','520200000000'],['Anshun','520400000000'],['Shuicheng district','520204000000'],['Guanling Bouyei and Miao autonomous county','520424000000'],['Huajiang town','520424110000'],['China',null],['Chongqing','500000000000'],['Chengdu','510100000000']]],

b02_uk_floods: [`Hundreds of homes in Yorkshire and Lancashire were evacuated on Sunday after the River Calder burst its banks.

The Environment Agency issued severe flood warnings for Hebden Bridge, Todmorden and parts of Leeds. In Sheffield, the council opened emergency shelters. Sarah Wells, who lives in Mytholmroyd, said the water "came up in minutes". The Met Office said more rain was expected across northern England and southern Scotland on Monday, while Northern Ireland escaped the worst.`,
[['Yorkshire',null],['Lancashire',null],['River Calder',null],['Hebden Bridge',null],['Todmorden',null],['Leeds',null],['Sheffield',null],['Mytholmroyd',null],['England',null],['Scotland',null],['Northern Ireland',null]]],

b03_hubei: [`WUHAN -- Central China's Hubei province will invest 80 billion yuan in flood control along the Yangtze and Han rivers over the next five years, the provincial government said.

Projects include new pumping stations in Jingzhou and Xiantao, and the reinforcement of dikes near Honghu Lake. Yichang, home to the Three Gorges Dam, will get a new monitoring center. Governor Wang Zhonglin said the work would protect 12 million residents. Officials from Anhui and Jiangxi provinces attended the meeting in Wuhan.`,
[['WUHAN','420100000000'],['China',null],['Hubei province','420000000000'],['Yangtze',null],['Han rivers',null],['Jingzhou','421000000000'],['Xiantao','429004000000'],['Honghu Lake',null],['Yichang','420500000000'],['Three Gorges Dam',null],['Anhui','340000000000'],['Jiangxi','360000000000'],['Wuhan','420100000000']]],

b04_world: [`Chinese Foreign Minister Wang Yi met his counterparts from Indonesia and Malaysia in Jakarta on Tuesday, ahead of a regional summit in Kuala Lumpur.

The talks covered trade, the South China Sea and the situation in Myanmar. Sino-Indonesian cooperation on the Jakarta-Bandung high-speed railway was praised. Wang then flew to Singapore. Analysts in Tokyo and Washington said Beijing was seeking to deepen ties with Southeast Asia as tensions with the United States rise.`,
[['Indonesia',null],['Malaysia',null],['Jakarta',null],['Kuala Lumpur',null],['South China Sea',null],['Myanmar',null],['Jakarta',null],['Bandung',null],['Singapore',null],['Tokyo',null],['Washington',null],['Beijing','110000000000'],['Southeast Asia',null],['United States',null]]],

b05_zhejiang_village: [`HANGZHOU, Sept 2 (Xinhua) -- In Yucun village of Anji county, east China's Zhejiang province, bamboo forests that were once logged for paper now draw 700,000 visitors a year.

The village, in Tianhuangping town, closed its limestone quarries in 2005. Anji, part of the city of Huzhou, has since become a model for green development. Farmers in nearby Deqing county and in Tonglu, west of Hangzhou, have copied the approach. The Qiantang River flows through Tonglu.`,
[['HANGZHOU','330100000000'],['Yucun village',null],['Anji county','330523000000'],['China',null],['Zhejiang province','330000000000'],['Tianhuangping town','330523108000'],['Anji','330523000000'],['Huzhou','330500000000'],['Deqing county','330521000000'],['Tonglu','330122000000'],['Hangzhou','330100000000'],['Qiantang River',null],['Tonglu','330122000000']]],

b06_northeast: [`HARBIN -- Heilongjiang province in Northeast China recorded temperatures of minus 40 C this week, with Mohe, the country's northernmost county, reporting minus 46 C.

Ice festival organizers in Harbin said the cold helped. In neighboring Jilin province, Changchun and Jilin city canceled outdoor classes. Across the border in Russia, Vladivostok was also hit. Zhang Xiaoming, a taxi driver in Qiqihar, said his car would not start for three days. The Songhua River has frozen solid.`,
[['HARBIN','230100000000'],['Heilongjiang province','230000000000'],['Northeast China',null],['Mohe','232701000000'],['Harbin','230100000000'],['Jilin province','220000000000'],['Changchun','220100000000'],['Jilin city','220200000000'],['Russia',null],['Vladivostok',null],['Qiqihar','230200000000'],['Songhua River',null]]],

c01_space: [`JIUQUAN, April 25 (Xinhua) -- The Shenzhou-18 spacecraft lifted off from the Jiuquan Satellite Launch Center in northwest China on Thursday night, carrying three astronauts to the Tiangong space station.

Ye Guangfu, the mission commander, is a native of Chengdu, Sichuan province. The launch was watched by crowds in Ejina Banner of the Inner Mongolia autonomous region. Spectators who had traveled from Lanzhou and Yinchuan, capital of the Ningxia Hui autonomous region, cheered as the rocket rose over the Gobi Desert.`,
[['JIUQUAN','620900000000'],['Jiuquan','620900000000'],['China',null],['Chengdu','510100000000'],['Sichuan province','510000000000'],['Ejina Banner','152923000000'],['Inner Mongolia autonomous region','150000000000'],['Lanzhou','620100000000'],['Yinchuan','640100000000'],['Ningxia Hui autonomous region','640000000000'],['Gobi Desert',null]]],

c02_trade: [`Exports from Yiwu, the small-commodities hub in Zhejiang province, rose 18 percent in the first quarter, with strong demand from Brazil, Mexico and the European Union.

Merchants at the Yiwu International Trade City said orders from Dubai and Riyadh had doubled. Freight trains to Madrid now leave twice a week via Kazakhstan, Russia, Belarus, Poland, Germany and France. A Yiwu-based exporter, Chen Lihua, said rising costs in Guangdong and Fujian were pushing factories to Jiangxi and Hunan.`,
[['Yiwu','330782000000'],['Zhejiang province','330000000000'],['Brazil',null],['Mexico',null],['European Union',null],['Yiwu','330782000000'],['Dubai',null],['Riyadh',null],['Madrid',null],['Kazakhstan',null],['Russia',null],['Belarus',null],['Poland',null],['Germany',null],['France',null],['Yiwu','330782000000'],['Guangdong','440000000000'],['Fujian','350000000000'],['Jiangxi','360000000000'],['Hunan','430000000000']]],

c03_uk_transport: [`Rail passengers between Birmingham and Newcastle upon Tyne face weeks of disruption after a landslip near Durham, Network Rail said.

Replacement buses will run between York and Darlington until the end of March. Commuters in St Albans and Luton were also affected by overrunning engineering works. The Department for Transport said services to Stoke-on-Trent, Crewe and Chester had returned to normal. In Northern Ireland, Translink cancelled trains between Belfast and Londonderry.`,
[['Birmingham',null],['Newcastle upon Tyne',null],['Durham',null],['York',null],['Darlington',null],['St Albans',null],['Luton',null],['Stoke-on-Trent',null],['Crewe',null],['Chester',null],['Northern Ireland',null],['Belfast',null],['Londonderry',null]]],

c04_shanghai: [`SHANGHAI -- Pudong New Area will build three more data centres this year, Shanghai's municipal government said on Monday, as the city competes with Shenzhen and Hangzhou for artificial intelligence firms.

Lingang, in the southeast of Shanghai, has attracted 40 new companies. Visitors from Taiwan and the Hong Kong Special Administrative Region attended the launch at the Bund. Wu Qing, a vice-mayor, said companies from the Chinese mainland and from Singapore had applied.`,
[['SHANGHAI','310000000000'],['Pudong New Area','310115000000'],['Shanghai','310000000000'],['Shenzhen','440300000000'],['Hangzhou','330100000000'],['Lingang',null],['Shanghai','310000000000'],['Taiwan','710000000000'],['Hong Kong Special Administrative Region','810000000000'],['Bund',null],['Chinese mainland',null],['Singapore',null]]],

c05_hainan: [`HAIKOU, Dec 1 (Xinhua) -- The Hainan Free Trade Port began island-wide special customs operations on Monday, officials in Haikou said.

Sanya, on the southern tip of Hainan Island, expects 30 million visitors. Duty-free shops in Wanning and Qionghai reported record sales. Liu Xiaoming, a trader from Guangzhou, said shipping from the port of Yangpu to Vietnam, Thailand and the Philippines would take two days.`,
[['HAIKOU','460100000000'],['Hainan','460000000000'],['Haikou','460100000000'],['Sanya','460200000000'],['Hainan Island',null],['Wanning','469006000000'],['Qionghai','469002000000'],['Guangzhou','440100000000'],['Yangpu',null],['Vietnam',null],['Thailand',null],['Philippines',null]]],

c06_shandong_county: [`Cherry growers in Mengyin county, Linyi, have formed a cooperative with 3,200 members, the county government said.

The cooperative, based in Daizhuang township, ships fruit to Jinan, Qingdao and Beijing within 24 hours. Yimeng Mountains tourism has also grown. "Before, young people left for Shanghai," said Gao Ming, a grower in Xiajia village. Nearby Pingyi and Feixian counties are copying the model.`,
[['Mengyin county','371328000000'],['Linyi','371300000000'],['Daizhuang township',null],['Jinan','370100000000'],['Qingdao','370200000000'],['Beijing','110000000000'],['Yimeng Mountains',null],['Shanghai','310000000000'],['Xiajia village',null],['Pingyi','371326000000'],['Feixian',null]]],

d01_bbc_school: [`A primary school in Oldham has been rated outstanding by Ofsted for the first time in its 60-year history.

Head teacher Claire Bolton said staff at St Mary's in Failsworth were "over the moon". The school, which serves families from across Greater Manchester, was praised for its reading programme. Pupils recently visited Liverpool and the Lake District, and the choir has performed in Cardiff and Edinburgh. Councillor Arooj Shah said Oldham Council would share the school's methods with schools in Rochdale, Bury and Tameside.`,
[['Oldham',null],['Failsworth',null],['Greater Manchester',null],['Liverpool',null],['Lake District',null],['Cardiff',null],['Edinburgh',null],['Oldham',null],['Rochdale',null],['Bury',null],['Tameside',null]]],

d02_cd_rural: [`Once known for its coal mines, Pingxiang in Jiangxi province is reinventing itself as a hub for fireworks and ceramics.

In Luxi county, about 30 km from the city center, workshops that once made industrial porcelain now produce tableware for buyers in Europe and Japan. "We export to Italy, Spain and Australia," said Huang Li, who manages a factory in Yinhe town. Liuyang in neighboring Hunan province, China's fireworks capital, is only an hour's drive away, and many families in Shangli county have relatives working there. The Yuan River, a tributary of the Gan River, runs through the area.`,
[['Pingxiang','360300000000'],['Jiangxi province','360000000000'],['Luxi county','360323000000'],['Europe',null],['Japan',null],['Italy',null],['Spain',null],['Australia',null],['Yinhe town','360323105000'],['Liuyang','430181000000'],['Hunan province','430000000000'],['China',null],['Shangli county','360322000000'],['Yuan River',null],['Gan River',null]]],

d03_xinhua_sichuan: [`CHENGDU, July 20 (Xinhua) -- Rescuers have evacuated more than 4,000 residents from Hanyuan county in Ya'an, Sichuan province, after torrential rain triggered landslides, local authorities said Saturday.

Roads linking Hanyuan with Shimian county and the Liangshan Yi autonomous prefecture were cut. The Dadu River rose 3 meters above the warning level. Residents of Wanli township were moved to schools in Fulin town, the county seat. Emergency teams from Chengdu and Chongqing have arrived, and the Ministry of Emergency Management has sent a working group.`,
[['CHENGDU','510100000000'],['Hanyuan county','511823000000'],["Ya'an",'511800000000'],['Sichuan province','510000000000'],['Hanyuan','511823000000'],['Shimian county','511824000000'],['Liangshan Yi autonomous prefecture','513400000000'],['Dadu River',null],['Wanli township',null],['Fulin town','511823100000'],['Chengdu','510100000000'],['Chongqing','500000000000']]],

d04_world_energy: [`Oil prices rose on Monday after Saudi Arabia and Russia said they would extend output cuts, while traders watched for signs of recovery in China and India.

Brent crude gained 1.2 percent in London. In New York, West Texas Intermediate was up 0.9 percent. Analysts in Singapore said demand from Southeast Asia and Latin America remained weak. Iran and Iraq have raised exports, and shipments through the Strait of Hormuz were steady, according to data from Kpler. OPEC ministers will meet in Vienna next month.`,
[['Saudi Arabia',null],['Russia',null],['China',null],['India',null],['London',null],['New York',null],['Texas',null],['Singapore',null],['Southeast Asia',null],['Latin America',null],['Iran',null],['Iraq',null],['Strait of Hormuz',null],['Vienna',null]]],

e01_henan: [`LUOYANG, April 10 (Xinhua) -- The annual peony festival opened on Wednesday in Luoyang, an ancient capital in central China's Henan province, drawing visitors from across the country and from South Korea and Japan.

The Longmen Grottoes, a UNESCO World Heritage site south of the city, have extended opening hours. In Mengjin district, north of the city center, farmers have planted 2,000 mu of peonies. Tourists also visited the Shaolin Temple in Dengfeng, a county-level city under Zhengzhou, and Kaifeng's Qingming Riverside Landscape Garden. Li Ming, a visitor from Wuhan, said hotels in Luoyang were fully booked.`,
[['LUOYANG','410300000000'],['Luoyang','410300000000'],['China',null],['Henan province','410000000000'],['South Korea',null],['Japan',null],['Longmen Grottoes',null],['Mengjin district','410308000000'],['Shaolin Temple',null],['Dengfeng','410185000000'],['Zhengzhou','410100000000'],['Kaifeng','410200000000'],['Wuhan','420100000000'],['Luoyang','410300000000']]],

e02_uk_council: [`Plans for a new bypass around Shrewsbury have been approved by Shropshire Council despite objections from campaigners.

The 6km road would link the A5 with the A49 north of the town. Campaigners from Telford and Ludlow said the route would damage woodland near the River Severn. A council spokesman said traffic from Wales and the West Midlands had grown by a third. Work is due to start next spring, with completion expected before the end of 2028.`,
[['Shrewsbury',null],['Shropshire',null],['Telford',null],['Ludlow',null],['River Severn',null],['Wales',null],['West Midlands',null]]],

e03_guangxi: [`NANNING -- Exports of fruit from the Guangxi Zhuang autonomous region to ASEAN countries rose 25 percent last year, according to customs in Nanning.

Durians and dragon fruit now cross the border at Pingxiang, a county-level city in Chongzuo, within hours. Traders in Dongxing, across the Beilun River from Mong Cai in Vietnam, said cold-chain trucks could reach Shenzhen and Guangzhou in a day. The Pinglu Canal, linking Nanning with the Beibu Gulf, is due to open in 2026.`,
[['NANNING','450100000000'],['Guangxi Zhuang autonomous region','450000000000'],['Nanning','450100000000'],['Pingxiang','451481000000'],['Chongzuo','451400000000'],['Dongxing','450681000000'],['Beilun River',null],['Mong Cai',null],['Vietnam',null],['Shenzhen','440300000000'],['Guangzhou','440100000000'],['Pinglu Canal',null],['Nanning','450100000000'],['Beibu Gulf',null]]],
};
