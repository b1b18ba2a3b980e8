// Sentences of English news written for these tests in the genres the English figure tests covered
// least (company and market news, sport), with the forms other parsers are tested on (scale words,
// dates, fractions, multiples, currencies, units, ordinals in names, counts with no noun after
// them). Every figure a reader following ../../../../shared/eval/GUIDELINES.md marks, inline:
//   {{span|type|value|unit}}   value a number or a date string, low~high for a range; unit may be empty
// Articles are dated 2023-11-20 (DATE). A count whose noun is left unsaid ("killed three") has no
// unit; a score ("beat Liverpool 3-1") is no figure, as the other English fixtures mark it.
// None of these sentences comes from another parser's test suite or from the evaluation texts.
import type { Batch } from './zh-categories.fixtures';

export const DATE = '2023-11-20';

/**
 * Batch A: written and marked before the engine read it; its first score is the blind one (F1 0.965,
 * value 0.982). One mark was corrected after it: 800 in "Of the 1,200 jobs to go, 800 will be..."
 * had been given no unit, where the English tests count the noun named before it (Of the 70 cities
 * surveyed, 57 ...: city).
 */
export const enBatchA: Batch = {
  business: [
    'Shares of the chipmaker rose {{2.4%|percent|2.4|%}} to {{$498.30|money|498.3|USD}} on Monday, lifting its market value above {{$1.2 trillion|money|1200000000000|USD}}.',
    'The retailer said like-for-like sales grew {{7.7%|percent|7.7|%}} in the {{26 weeks|duration|26|week}} to {{Aug. 26|date|2023-08-26}} and raised its profit forecast to {{£2.75bn|money|2750000000|GBP}}.',
    'The board approved a buyback of up to {{50 million shares|count|50000000|share}} and a quarterly dividend of {{24 cents|money|0.24|USD}} a share.',
    'Brent crude settled at {{$80.61|money|80.61|USD}} a barrel, its {{fourth|rank|4|}} straight weekly decline.',
    'Euro zone inflation eased to {{2.9%|percent|2.9|%}} in {{October|date|2023-10}} from {{4.3%|percent|4.3|%}} in {{September|date|2023-09}}, the lowest in more than {{two years|duration|2|year}}.',
    'The economy shrank {{0.1%|percent|0.1|%}} in the {{third quarter|date|2023-Q3}} after flat growth in the {{second quarter|date|2023-Q2}}.',
    'The deal values the startup at roughly {{three times|ratio|3|x}} its {{2021|year|2021}} valuation.',
    'About {{two-thirds|ratio|0.6666666666666666|fraction}} of the workforce, or {{4,200 employees|count|4200|employee}}, will be affected by the cuts.',
    'The average mortgage rate hit {{7.79%|percent|7.79|%}}, the highest since {{2000|year|2000}}.',
    'The chain plans to open {{150 stores|count|150|store}} next year and hire about {{10,000 seasonal workers|count|10000|worker}}.',
    'Sales of new homes fell {{5.6%|percent|5.6|%}} to a seasonally adjusted annual rate of {{679,000 units|count|679000|unit}}.',
    'The company, founded in {{1998|year|1998}}, employs {{1.3 million people|count|1300000|person}} worldwide.',
    'Revenue rose to {{€4.1 billion|money|4100000000|EUR}}, while the operating margin widened by {{120 basis points|percent|120|bp}}.',
    'Exports to the region have grown {{tenfold|ratio|10|x}} since {{2015|year|2015}}.',
    'Fifth Third Bancorp said quarterly profit rose {{9%|percent|9|%}}.',
    'First Solar shares jumped {{11%|percent|11|%}} after the company won a {{$1.1 billion|money|1100000000|USD}} contract.',
    'The mill will produce {{500,000 tonnes|quantity|500000|t}} of steel a year on a {{2,400-acre|quantity|2400|acre}} site.',
  ],
  sport: [
    'Erling Haaland scored his {{14th|rank|14|}} league goal of the season as Manchester City beat Liverpool 3-1 in front of {{53,000 fans|count|53000|fan}}.',
    'The {{36-year-old|other|36|岁}} striker signed a {{two-year|duration|2|year}} deal worth a reported {{£300,000|money|300000|GBP}} a week.',
    'Lyles won the 100 metres in {{9.83 seconds|duration|9.83|s}}, {{0.05 seconds|duration|0.05|s}} ahead of his training partner.',
    'Djokovic won his {{24th|rank|24|}} Grand Slam title and a record {{seventh|rank|7|}} ATP Finals crown.',
    'Prize money for the tournament rose {{12%|percent|12|%}} to {{$65 million|money|65000000|USD}}, with the winner taking home {{$3 million|money|3000000|USD}}.',
    'The marathon drew more than {{50,000 runners|count|50000|runner}}, and temperatures reached {{24C|quantity|24|°C}} by midday.',
    'The bus crash killed {{three|count|3|}} and injured {{12|count|12|}}, police said.',
    'Of the {{1,200 jobs|count|1200|job}} to go, {{800|count|800|job}} will be in manufacturing.',
  ],
};

/** Batch B: the genres of batch A again, written after batch A's rules and scored once, blind (F1 0.950, value 1.000): the score reported for this work. */
export const enBatchB: Batch = {
  business: [
    'Alphabet shares slipped {{1.2%|percent|1.2|%}} to {{$136.40|money|136.4|USD}}, while the Nasdaq Composite added {{0.6%|percent|0.6|%}}.',
    'The bank earned {{$2.3 billion|money|2300000000|USD}}, or {{$1.52|money|1.52|USD}} a share, in the {{third quarter|date|2023-Q3}}.',
    'Revenue fell {{8%|percent|8|%}} to {{£1.6bn|money|1600000000|GBP}} in the {{six months|duration|6|month}} to {{Sept. 30|date|2023-09-30}}.',
    'The carrier will cut about {{1,800 jobs|count|1800|job}}, roughly {{a tenth|ratio|0.1|fraction}} of its workforce.',
    'Sales of electric vehicles rose {{48%|percent|48|%}} to {{1.2 million units|count|1200000|unit}}.',
    'The central bank held its key rate at {{5.25%|percent|5.25|%}} for a {{third|rank|3|}} straight meeting.',
    'Gold rose to a record {{$2,150|money|2150|USD}} an ounce.',
    'The company was valued at {{£8.5 billion|money|8500000000|GBP}}, about {{20 times|ratio|20|x}} its annual earnings.',
    'The factory, which opened in {{1987|year|1987}}, employs {{650|count|650|}}.',
    'Pre-tax profit for the year to {{March 31|date|2023-03-31}} rose {{14%|percent|14|%}} to {{£412 million|money|412000000|GBP}}.',
    'The deal, worth {{A$1.4 billion|money|1400000000|AUD}}, is expected to close in the {{first half of 2024|date|2024-H1}}.',
  ],
  sport: [
    'Kane has scored {{17 goals|count|17|goal}} in {{11 Bundesliga games|count|11|game}} since his {{€100 million|money|100000000|EUR}} move.',
    'The {{21-year-old|other|21|岁}} won her {{third|rank|3|}} WTA title of the season, beating the world No. 4 in straight sets.',
    'A crowd of {{61,500|count|61500|}} watched the final.',
    'Verstappen finished {{17 seconds|duration|17|s}} ahead of Perez to claim his {{18th|rank|18|}} win of the season.',
    'Tickets sold out within {{40 minutes|duration|40|min}}, with prices ranging from {{£45 to £225|money|45~225|GBP}}.',
    'Kiptum won in {{2:04:12|duration|2.07|h}} as temperatures hovered around {{12C|quantity|12|°C}}.',
    'The club was fined {{€100,000|money|100000|EUR}} and must play {{two home games|count|2|game}} behind closed doors.',
  ],
};

/**
 * Batch C (round 5): earnings reports, public finance, transport, energy and tourism, sport, with
 * money ranges whose currency and scale are written at both ends, a year before "levels", ages
 * after "children under" and crowds with no noun. Written and marked before the engine read it:
 * blind F1 0.946, value 1.000.
 */
export const enBatchC: Batch = {
  earnings: [
    "Microsoft said revenue rose {{13%|percent|13|%}} to {{$56.5 billion|money|56500000000|USD}} in the quarter ended {{Sept. 30|date|2023-09-30}}, beating analysts' estimates of {{$54.5 billion|money|54500000000|USD}}.",
    'Earnings per share came in at {{$2.99|money|2.99|USD}}, up from {{$2.35|money|2.35|USD}} a year earlier.',
    'Net income fell {{27%|percent|27|%}} to {{$3.2 billion|money|3200000000|USD}}, or {{81 cents|money|0.81|USD}} a share.',
    'The company now expects full-year sales of {{$9.1 billion to $9.3 billion|money|9100000000~9300000000|USD}}.',
    'Gross margin narrowed to {{42.1%|percent|42.1|%}} from {{44.8%|percent|44.8|%}}, and the group will return {{$15 billion|money|15000000000|USD}} to shareholders over the next {{three years|duration|3|year}}.',
    'Toyota raised its operating profit forecast to {{4.5 trillion yen|money|4500000000000|JPY}}.',
    'The streaming service added {{8.8 million subscribers|count|8800000|subscriber}} in the quarter.',
    'Shares fell as much as {{9%|percent|9|%}} in after-hours trading.',
    'Revenue from the cloud unit jumped {{29%|percent|29|%}} year on year, accounting for about {{a third|ratio|0.3333333333333333|fraction}} of the total.',
    'Operating expenses were {{1.1 billion euros|money|1100000000|EUR}}, and capital spending is set to reach {{€2bn|money|2000000000|EUR}} in {{2024|year|2024}}.',
    '{{One in five|ratio|0.2|fraction}} customers now pays with a phone.',
  ],
  publicFinance: [
    'The chancellor set aside {{£4.5bn|money|4500000000|GBP}} over {{five years|duration|5|year}} for manufacturing and raised the national living wage by {{9.8%|percent|9.8|%}} to {{£11.44|money|11.44|GBP}} an hour.',
    'State pensions will rise by {{8.5%|percent|8.5|%}} from {{April 6, 2024|date|2024-04-06}}, worth about {{£900|money|900|GBP}} a year.',
    'Deaths of children under {{five|other|5|岁}} fell by {{a third|ratio|0.3333333333333333|fraction}} over the decade.',
  ],
  transportEnergyTourism: [
    'The subway carried {{3.6 million passengers|count|3600000|passenger}} a day in {{October|date|2023-10}}, still {{12%|percent|12|%}} below pre-pandemic levels.',
    'The wind farm\'s {{100 turbines|count|100|turbine}} will generate {{1.4 gigawatts|quantity|1.4|GW}}, enough to power {{1.5 million homes|count|1500000|home}}.',
    'Electricity prices fell {{14%|percent|14|%}} to {{11.2 cents|money|0.112|USD}} per kilowatt-hour.',
    'Holiday bookings for the {{eight-day|duration|8|day}} Golden Week rose {{20%|percent|20|%}}, with {{826 million trips|count|826000000|trip}} expected.',
    'Tourist spending reached {{753.4 billion yuan|money|753400000000|CNY}}, {{1.5%|percent|1.5|%}} above {{2019|year|2019}} levels.',
  ],
  sport: [
    'Sinner served {{14 aces|count|14|ace}} and won {{82%|percent|82|%}} of first-serve points.',
    'The transfer fee of {{£105 million|money|105000000|GBP}} makes him the {{third|rank|3|}}-most expensive player in history.',
    'Attendance averaged {{38,212|count|38212|}} over the season.',
    'He ran the 400 metres in {{43.74 seconds|duration|43.74|s}} and is unbeaten in {{nine races|count|9|race}} this year.',
    'The club posted a pre-tax loss of {{£71.8m|money|71800000|GBP}}, its {{fifth|rank|5|}} successive annual loss, despite revenue of {{£593m|money|593000000|GBP}}.',
  ],
};

/**
 * Batch D: the genres of batch C again, written after its rules and scored once, blind (F1 0.952,
 * value 1.000; "third-quarter" before a noun, the quarter, is marked since; it had been left
 * unmarked).
 */
export const enBatchD: Batch = {
  earnings: [
    'Amazon reported {{third-quarter|date|2023-Q3}} net sales of {{$143.1 billion|money|143100000000|USD}}, up {{13%|percent|13|%}}, and operating income of {{$11.2 billion|money|11200000000|USD}}.',
    'The bank set aside {{$1.4 billion|money|1400000000|USD}} for bad loans and cut {{2,000 jobs|count|2000|job}}.',
    'The group expects adjusted earnings of {{$4.60 to $4.80|money|4.6~4.8|USD}} a share next year.',
    'Its shares have lost about {{a quarter|ratio|0.25|fraction}} of their value this year.',
    'Unilever said underlying sales grew {{5.2%|percent|5.2|%}}, with prices up {{6.7%|percent|6.7|%}} and volumes down {{1.4%|percent|1.4|%}}.',
    'The airline carried {{42 million passengers|count|42000000|passenger}} in the {{six months|duration|6|month}} to {{June 30|date|2023-06-30}} and made a profit of {{€1.2 billion|money|1200000000|EUR}}.',
    'Samsung forecast operating profit of {{2.4 trillion won|money|2400000000000|KRW}} for the {{third quarter|date|2023-Q3}}.',
  ],
  publicFinance: [
    'The budget adds {{$20 billion|money|20000000000|USD}} for roads and railways over {{10 years|duration|10|year}}.',
    'The pension fund returned {{7.1%|percent|7.1|%}} last year and now manages {{£36 billion|money|36000000000|GBP}} for {{1.2 million members|count|1200000|member}}.',
    'Free school meals will be extended to children under {{seven|other|7|岁}}, at a cost of {{£600 million|money|600000000|GBP}} a year.',
  ],
  transportEnergyTourism: [
    'Rail ridership reached {{1.4 billion journeys|count|1400000000|journey}} in the year to {{March|date|2023-03}}, {{87%|percent|87|%}} of pre-pandemic levels.',
    'The solar park covers {{1,200 acres|quantity|1200|acre}} and will produce {{350 megawatts|quantity|350|MW}}.',
    'Visitor numbers rose {{18%|percent|18|%}} above {{2019|year|2019}} levels, with hotels reporting occupancy of {{91%|percent|91|%}}.',
    'Gas prices fell to {{€38|money|38|EUR}} per megawatt hour, less than {{a tenth|ratio|0.1|fraction}} of last year\'s peak.',
  ],
  sport: [
    'The Lakers beat the Suns 122-115 in front of {{18,997|count|18997|}}.',
    'Attendance averaged {{41,650|count|41650|}} last season, the club\'s {{second|rank|2|}}-highest ever.',
    'Norris finished {{2.3 seconds|duration|2.3|s}} behind the winner after starting {{ninth|rank|9|}}.',
    'The {{19-year-old|other|19|岁}} signed a {{five-year|duration|5|year}} contract worth up to {{£60m|money|60000000|GBP}}.',
  ],
};

/**
 * Batch E (round 8): weather, health, courts, property, gadgets, India, Japan and Australia,
 * elections, motoring and the shopping basket, with the forms number and date parsers are tested on:
 * numbers in words (half a million, a dozen, twenty-one thousand, one and a half), glued scales
 * (3m, £2.5k), ordinals in digits and words, fractions, pct, pc and bps, ranges, currencies (A$, ¥,
 * Rs crore, ₹ lakh, pence, cents), units (mph, stone, sq ft, mAh, GB, GHz), temperatures below zero
 * and in Fahrenheit, dates (the 3rd of May, May 3rd, 3/5/2021 read as a British paper prints it, Q3
 * 2023, FY2026, the mid-2020s), durations (a fortnight = 14 days) and ages, and what is no figure:
 * times of day, phone numbers, postcodes, road and junction numbers, model names, scores and votes.
 * Written and marked before the engine read it: blind F1 0.932, value 0.993 (type 0.978, unit 0.957;
 * 149 figures).
 */
export const enBatchE: Batch = {
  weather: [
    'Temperatures plunged to {{minus 12C|quantity|-12|°C}} in Aviemore overnight, and forecasters expect up to {{15cm|quantity|15|cm}} of snow on high ground.',
    'The Met Office issued an amber warning for the M62 and A66 from 9am until midnight, with gusts of {{70mph|quantity|70|mph}} likely.',
    'Phoenix recorded its {{31st|rank|31|}} straight day above {{110F|quantity|110|°F}}, and the heat index hit {{118°F|quantity|118|°F}} on {{July 30|date|2023-07-30}}.',
    'Rainfall in {{October|date|2023-10}} was {{three quarters|ratio|0.75|fraction}} of the long-term average, at {{61mm|quantity|61|mm}}.',
    'About {{half a million homes|count|500000|home}} lost power when the storm made landfall shortly after 4.10am.',
    'A body temperature of {{98.6°F|quantity|98.6|°F}}, or {{37C|quantity|37|°C}}, is no longer considered the norm, researchers said.',
    'It was the wettest {{12 months|duration|12|month}} since records began in {{1836|year|1836}}, and the {{sixth|rank|6|}} wettest of the {{21st century|other|21|century}}.',
  ],
  health: [
    'The trust said {{1,432 patients|count|1432|patient}} waited more than {{12 hours|duration|12|h}} in A&E last month, up from {{987|count|987|patient}} in {{September|date|2023-09}}.',
    'Adults should aim for at least {{150 minutes|duration|150|min}} of moderate exercise a week, the guidance says.',
    'In the trial, the drug cut the risk of heart attack by {{20 per cent|percent|20|%}} over {{three and a half years|duration|3.5|year}}.',
    'Newborns weighing less than {{5lb 8oz|quantity|5.5|lb}} are considered underweight; the heaviest baby born at the hospital this year weighed {{11lb 2oz|quantity|11.125|lb}}.',
    'Roughly {{one in eight|ratio|0.125|fraction}} adults now takes a statin, against {{one in 20|ratio|0.05|fraction}} in the {{1990s|year|1990~1999}}.',
    'The man, who weighed {{24 stone|quantity|24|st}} at his heaviest, lost {{9st|quantity|9|st}} in {{18 months|duration|18|month}}.',
    'A {{two-week|duration|2|week}} course costs {{£1,250|money|1250|GBP}}, and the clinic treats about {{a dozen patients|count|12|patient}} a day.',
    'Dr Amina Yusuf, {{52|other|52|岁}}, said the ward had been short of {{14 nurses|count|14|nurse}} since the COVID-19 pandemic.',
    'Flu symptoms usually last {{three to five days|duration|3~5|day}}, though a cough can linger for {{10-20 days|duration|10~20|day}}.',
  ],
  courts: [
    'Jailing the {{35-year-old|other|35|岁}} for {{eight years|duration|8|year}}, the judge ordered him to pay {{£4,500|money|4500|GBP}} in compensation.',
    'The trial, which lasted {{a fortnight|duration|14|day}}, opened on the {{3rd of May|date|2023-05-03}}.',
    'She was caught driving at {{104mph|quantity|104|mph}} on the M4 near junction 32, more than {{30mph|quantity|30|mph}} over the limit.',
    'Police seized {{2.3kg|quantity|2.3|kg}} of cocaine with a street value of {{£180,000|money|180000|GBP}} from a flat in Leeds LS9 8AB.',
    'Anyone with information should call 101 or Crimestoppers anonymously on 0800 555 111.',
    'The {{19-year-old|other|19|岁}} was the {{third|rank|3|}} person convicted over the riot, in which {{27 officers|count|27|officer}} were injured.',
    'The notice, dated {{3/5/2021|date|2021-05-03}}, was never served, and the offence was committed on {{14/2/2022|date|2022-02-14}}.',
  ],
  property: [
    'The average house price in Wales rose {{1.2pc|percent|1.2|%}} to {{£214,000|money|214000|GBP}}, Land Registry figures show.',
    'The {{four-bedroom|count|4|bedroom}} house, built in the {{1930s|year|1930~1939}}, sits in {{2.5 acres|quantity|2.5|acre}} and has {{3,400 sq ft|quantity|3400|ft2}} of living space.',
    'Mortgage rates on {{two-year|duration|2|year}} fixed deals fell to {{5.9 per cent|percent|5.9|%}}, {{0.4 percentage points|percent|0.4|pp}} below their peak in {{July|date|2023-07}}.',
    'Rents in Sydney climbed {{A$30|money|30|AUD}} a week to a median of {{A$750|money|750|AUD}}.',
    'The developer plans between {{250 and 300 homes|count|250~300|home}} on the site of the former tyre factory beside the A38.',
    'Stamp duty on a {{£500,000|money|500000|GBP}} home would rise by {{£2.5k|money|2500|GBP}}.',
  ],
  gadgets: [
    'The phone has a {{6.7-inch|quantity|6.7|in}} screen, a {{5,000mAh|quantity|5000|mAh}} battery and starts at {{$799|money|799|USD}} for the {{128GB|quantity|128|GB}} model.',
    'The Windows 11 update reached {{3m users|count|3000000|user}} within {{48 hours|duration|48|h}}.',
    'Cloud storage plans start at {{99p|money|0.99|GBP}} a month for {{50GB|quantity|50|GB}} and rise to {{£8.99|money|8.99|GBP}} for {{2TB|quantity|2|TB}}.',
    'The chip draws {{15 watts|quantity|15|W}} and runs at {{3.2GHz|quantity|3.2|GHz}}.',
    'The game sold {{twenty-one thousand copies|count|21000|copy}} in Japan in its opening week.',
    'Boeing delivered {{46 aircraft|count|46|aircraft}} in {{October|date|2023-10}}, most of them 737 MAX jets, while the A320neo remained Airbus\'s best seller.',
  ],
  india: [
    'The state government has sanctioned {{Rs 500 crore|money|5000000000|INR}} for the metro extension and {{₹2 lakh|money|200000|INR}} for each affected family.',
    'The Sensex rose {{1.1 pct|percent|1.1|%}} on Tuesday, its {{fifth|rank|5|}} gain in {{six sessions|count|6|session}}.',
    'About {{1.5 lakh devotees|count|150000|devotee}} are expected at the temple over the {{10-day|duration|10|day}} festival.',
    'Tomato prices have doubled to {{Rs 120|money|120|INR}} a kg in Delhi.',
    'The {{1,350-km|quantity|1350|km}} expressway will cut travel time between Delhi and Mumbai from {{24 hours|duration|24|h}} to {{12 hours|duration|12|h}}.',
  ],
  japanAustralia: [
    'Toyota will invest {{¥1.2 trillion|money|1200000000000|JPY}} in battery plants in Aichi prefecture by {{FY2026|year|2026}}.',
    'The Bank of Japan kept its short-term rate at {{minus 0.1%|percent|-0.1|%}} and loosened its grip on {{10-year|duration|10|year}} bond yields, letting them rise above {{1%|percent|1|%}}.',
    'Without A Fight carried {{56.5kg|quantity|56.5|kg}} to win the {{A$8.4 million|money|8400000|AUD}} race.',
    'The Reserve Bank lifted the cash rate by {{25 bps|percent|25|bp}} to {{4.35 per cent|percent|4.35|%}}, its {{13th|rank|13|}} increase since {{May 2022|date|2022-05}}.',
  ],
  elections: [
    'Labour won {{58.6%|percent|58.6|%}} of the vote on a turnout of {{30.5%|percent|30.5|%}}, a swing of {{23.7 percentage points|percent|23.7|pp}} from the Conservatives.',
    'The motion passed 311-112 after a debate that ran past midnight.',
    'Turnout was the lowest since {{1918|year|1918}}, with fewer than {{two in five|ratio|0.4|fraction}} voters casting a ballot.',
    'Polls close at 10pm, and results in all {{650 constituencies|count|650|constituency}} are expected by noon on Friday.',
    'He finished {{twenty-first|rank|21|}} of {{120 riders|count|120|rider}}, the last Briton home.',
  ],
  motoring: [
    'Drivers face {{40-minute|duration|40|min}} delays on the M25 between junctions 10 and 11 after a lorry shed its load at about 6.30am.',
    'Petrol fell by {{2.5p|money|0.025|GBP}} a litre to {{145.3p|money|1.453|GBP}}, the RAC said.',
    'The new A1 bypass, which cost {{£1.3bn|money|1300000000|GBP}}, will carry {{25,000 vehicles|count|25000|vehicle}} a day.',
    'Since {{May 3rd|date|2023-05-03}}, trains have run every {{10 to 15 minutes|duration|10~15|min}} between 7am and 7pm.',
    'The electric SUV has a range of {{310 miles|quantity|310|mi}} and can add {{100 miles|quantity|100|mi}} in {{12 minutes|duration|12|min}} on a {{350kW|quantity|350|kW}} charger.',
  ],
  basket: [
    'A {{500g|quantity|500|g}} block of cheddar now costs {{£3.40|money|3.4|GBP}}, up from {{£2.65|money|2.65|GBP}} {{two years|duration|2|year}} ago.',
    'Food inflation eased to {{10.1pc|percent|10.1|%}} in {{October|date|2023-10}}, the {{sixth|rank|6|}} monthly fall in a row.',
    'The bakery sells about {{1,200 loaves|count|1200|loaf}} a day and employs {{a dozen bakers|count|12|baker}}.',
    'A gallon of milk averaged {{$4.02|money|4.02|USD}} in {{Q3 2023|date|2023-Q3}}, up from {{$3.62|money|3.62|USD}} in {{Q3 2021|date|2021-Q3}}.',
    'Shoppers spent {{US$9.8 billion|money|9800000000|USD}} online on Cyber Monday, up {{.5%|percent|0.5|%}} from a year earlier.',
    'Around {{three-quarters|ratio|0.75|fraction}} of households now buy own-label goods, and the average basket costs {{one and a half times|ratio|1.5|x}} what it did in {{2019|year|2019}}.',
    'The firm recalled {{1.2m jars|count|1200000|jar}} of baby food sold between {{June 1|date|2023-06-01}} and {{Aug. 15|date|2023-08-15}}.',
    'Demand for oil is expected to peak in the {{mid-2020s|year|2020~2029}}, and the fleet of {{40 million electric cars|count|40000000|car}} will grow {{tenfold|ratio|10|x}} by {{2030|year|2030}}.',
    'The last train leaves at 11.45pm.',
  ],
};

/**
 * Batch F (round 8): the categories of batch E again in other genres (airlines, schools, farming,
 * science, rugby and athletics, a council, energy bills, wildlife, jobs and rates), written after
 * batch E's rules and marked before the engine read it: scored once, blind, F1 0.942, value 1.000
 * (type 1.000, unit 1.000; 112 figures), the score reported for round 8.
 */
export const enBatchF: Batch = {
  airlines: [
    'Ryanair carried {{18.9 million passengers|count|18900000|passenger}} in {{October|date|2023-10}}, up {{11%|percent|11|%}}, with a load factor of {{93 per cent|percent|93|%}}.',
    'The Airbus A350 flight from Heathrow to Perth covers {{9,009 miles|quantity|9009|mi}} and takes about {{17 and a half hours|duration|17.5|h}}.',
    'Flight BA117 was delayed by {{four hours|duration|4|h}} after a bird strike at {{10,000ft|quantity|10000|ft}}.',
    'Passengers were offered {{€250|money|250|EUR}} each, and {{one in three|ratio|0.3333333333333333|fraction}} claimed it within {{a fortnight|duration|14|day}}.',
    'Gate 42 closed at 06:45 and the plane left at a quarter past seven.',
  ],
  schools: [
    'A-level results showed {{27.2 per cent|percent|27.2|%}} of entries graded A or A*, down {{8.9 percentage points|percent|8.9|pp}} from {{2021|year|2021}}.',
    "The academy trust runs {{14 schools|count|14|school}} with {{9,800 pupils|count|9800|pupil}}, and {{two-thirds|ratio|0.6666666666666666|fraction}} of its teachers have under {{five years|duration|5|year}}' experience.",
    'Tuition fees will stay at {{£9,250|money|9250|GBP}} a year until {{2025|year|2025}}, while international students pay up to {{£38,000|money|38000|GBP}}.',
    'Pupils in Year 11 sat their first GCSE paper on {{May 15th|date|2023-05-15}} and their last on the {{23rd of June|date|2023-06-23}}.',
    'The school day will be extended by {{half an hour|duration|0.5|h}} from {{September|date|2023-09}}.',
    '{{One in four|ratio|0.25|fraction}} children in the borough lives in poverty, against {{17%|percent|17|%}} nationally.',
  ],
  farming: [
    'Wheat yields averaged {{8.6 tonnes|quantity|8.6|t}} a hectare this harvest, against {{7.9t|quantity|7.9|t}} in {{2022|year|2022}}.',
    "The farm's {{420 dairy cows|count|420|cow}} produce about {{12,000 litres|quantity|12000|L}} of milk a day, sold at {{38p|money|0.38|GBP}} a litre.",
    'Lamb prices fell to {{£6.20|money|6.2|GBP}} a kilo, the lowest since {{2021|year|2021}}.',
    'Frost hit {{minus 4C|quantity|-4|°C}} on {{April 3|date|2023-04-03}}, destroying {{a fifth|ratio|0.2|fraction}} of the blossom on the {{150-acre|quantity|150|acre}} orchard.',
    'Farmers in Punjab received {{Rs 2,183|money|2183|INR}} per quintal for paddy, and the state bought {{1.8 lakh tonnes|quantity|180000|t}} on the first day of procurement.',
  ],
  science: [
    'The probe travelled {{6.2 billion kilometres|quantity|6200000000|km}} over {{seven years|duration|7|year}} and returned {{121.6 grams|quantity|121.6|g}} of rock.',
    'Surface temperatures on the moon swing from {{120°C|quantity|120|°C}} by day to {{minus 130°C|quantity|-130|°C}} at night.',
    'The telescope cost {{$10bn|money|10000000000|USD}} and sits {{1.5m km|quantity|1500000|km}} from Earth.',
    'The comet returns every {{76 years|duration|76|year}}; it was last seen in {{1986|year|1986}} and is due in {{2061|year|2061}}.',
    'Up to {{a million species|count|1000000|species}} face extinction, the report warned.',
  ],
  sport: [
    'The All Blacks beat Ireland 28-24 in front of {{78,000|count|78000|}} at the Stade de France.',
    'The {{22-year-old|other|22|岁}} winger has scored {{11 tries|count|11|try}} in {{14 Tests|count|14|test}}.',
    'Tickets for the final cost between {{€95 and €950|money|95~950|EUR}}.',
    'The Open prize fund rose to {{$16.5m|money|16500000|USD}}, with {{$3m|money|3000000|USD}} for the winner.',
    'She won the half marathon in {{1:05:52|duration|1.0977777777777777|h}}, the {{third|rank|3|}}-fastest time ever.',
  ],
  council: [
    'Council tax will rise by {{4.99%|percent|4.99|%}}, adding {{£103|money|103|GBP}} a year to a Band D bill of {{£2,171|money|2171|GBP}}.',
    'Bins will be collected every {{three weeks|duration|3|week}} from {{1 April|date|2023-04-01}}.',
    'The {{£4.2m|money|4200000|GBP}} scheme on the A483 will add {{1.2 miles|quantity|1.2|mi}} of cycle lanes and cut the speed limit to {{20mph|quantity|20|mph}}.',
    'Call 01632 960 001 or visit the council offices at 12 High Street, Newtown SY16 2NZ, between 9am and 5pm.',
    'A total of {{1,047 potholes|count|1047|pothole}} were filled in the {{12 weeks|duration|12|week}} to {{September 30|date|2023-09-30}}.',
  ],
  energy: [
    'The price cap falls to {{£1,834|money|1834|GBP}} a year from {{October 1|date|2023-10-01}}, with electricity at {{27.35p|money|0.2735|GBP}} per kWh.',
    'A {{4kW|quantity|4|kW}} solar array costs around {{£7,000|money|7000|GBP}} and pays for itself in {{10-12 years|duration|10~12|year}}.',
    'Households used {{2,700 kWh|quantity|2700|kWh}} of electricity and {{11,500kWh|quantity|11500|kWh}} of gas on average.',
  ],
  wildlife: [
    'Volunteers counted {{4,312 puffins|count|4312|puffin}} on the island, up from {{3,900|count|3900|puffin}} in {{2018|year|2018}}.',
    'The {{2.5-tonne|quantity|2.5|t}} whale, {{12 metres|quantity|12|m}} long, washed up near Skegness at about 7am on Saturday.',
    'Sea levels have risen {{21-24cm|quantity|21~24|cm}} since {{1880|year|1880}} and could rise a further {{half a metre|quantity|0.5|m}} by {{2100|year|2100}}.',
    'Last Tuesday, at noon, the river peaked at {{5.2 metres|quantity|5.2|m}}, its highest level since the {{1940s|year|1940~1949}}.',
    '{{Nineteen people|count|19|person}} were rescued from the flats, and {{three|count|3|}} were taken to hospital.',
  ],
  jobsAndRates: [
    'The festival sold {{forty-five thousand tickets|count|45000|ticket}} in {{90 minutes|duration|90|min}}.',
    'Profits rose {{threefold|ratio|3|x}} to {{$4.5bn|money|4500000000|USD}}, or {{$1.12|money|1.12|USD}} a share, in the {{second quarter|date|2023-Q2}}.',
    'Unemployment held at {{4.2%|percent|4.2|%}} in the {{three months|duration|3|month}} to {{September|date|2023-09}}, and wages grew {{7.8pc|percent|7.8|%}}, or {{1.3pc|percent|1.3|%}} after inflation.',
    'The Bank of England held rates at {{5.25pc|percent|5.25|%}}, a {{15-year|duration|15|year}} high, by a vote of 6-3.',
    'The strike runs from {{December 12 to December 15|date|2023-12-12~2023-12-15}}, and trains will not run between 23:00 on Friday and 05:00 on Monday.',
    'The inquiry will report in {{early 2025|year|2025}}, {{18 months|duration|18|month}} later than planned.',
    'Sales in the {{first nine months|date|2023-01~2023-09}} rose {{6%|percent|6|%}} to {{¥2.1 trillion|money|2100000000000|JPY}}, the Tokyo-based group said.',
  ],
};

/**
 * Batch G (round 8): the same categories once more, in genres neither E nor F had (American crime
 * and storms, Indian cricket and markets, Australian mining and housing, Asian tech, hospitals,
 * tourism, motor racing, shipping), written after batch F's rules and marked before the engine read it:
 * scored once, blind, F1 0.916, value 1.000 (type 0.963, unit 0.963; 89 figures). One mark was corrected
 * after it: "a fifth more" had been marked without its article, where these batches mark a share with it
 * (a tenth, a quarter); with it corrected the blind score is F1 0.927. A time in two units joined by "and"
 * (42 minutes and 47 seconds) is marked since as two figures, as the English article sets mark it (two hours
 * and 42 minutes in en-genres.fixtures.ts).
 */
export const enBatchG: Batch = {
  crimeAndStorms: [
    'The {{42-year-old|other|42|岁}} was sentenced to {{25 years|duration|25|year}} to life for the {{2019|year|2019}} shooting, which left {{two|count|2|}} dead.',
    'Hurricane Idalia made landfall as a {{Category 3|other|3|category}} storm with winds of {{125mph|quantity|125|mph}}, dumping up to {{8 inches|quantity|8|in}} of rain on parts of Florida.',
    'More than {{300,000 customers|count|300000|customer}} were without power at 6 a.m. on Wednesday, and I-75 was closed between exits 50 and 64.',
    'Anyone with information is asked to call (813) 555-0142 or text 911.',
    'Bail was set at {{$1.5 million|money|1500000|USD}}, and his next court date is {{Nov. 28|date|2023-11-28}}.',
    'Homicides fell {{12.5 percent|percent|12.5|%}} in the {{first half|date|2023-H1}}, to {{1,144|count|1144|homicide}}, the lowest since the {{mid-2010s|year|2010~2019}}.',
  ],
  indiaCricketMarkets: [
    'India chased down the target with {{eight overs|count|8|over}} to spare, Kohli making his {{48th|rank|48|}} one-day hundred.',
    'Tickets for the final sold for as much as {{₹1.5 lakh|money|150000|INR}}, and the stadium holds {{1,32,000 fans|count|132000|fan}}.',
    'The Nifty rose {{0.9 per cent|percent|0.9|%}} and foreign investors bought shares worth {{Rs 3,200 crore|money|32000000000|INR}} on Friday.',
    'Reliance posted a net profit of {{₹17,394 crore|money|173940000000|INR}} for the {{July-September|date|2023-07~2023-09}} quarter.',
  ],
  australia: [
    'Iron ore exports are forecast to earn {{A$124 billion|money|124000000000|AUD}} in {{2023-24|year|2023~2024}}, down from {{A$136 billion|money|136000000000|AUD}}.',
    'The median house price in Brisbane rose {{1.1%|percent|1.1|%}} in {{November|date|2023-11}} to {{$790,000|money|790000|AUD}}, CoreLogic said.',
    'Temperatures in Marble Bar hit {{49.2C|quantity|49.2|°C}}, {{three degrees|quantity|3|°}} above the previous November record.',
    'The mine employs about {{1,800 people|count|1800|person}} on a {{two-week|duration|2|week}} roster.',
  ],
  asianTech: [
    'TSMC said {{third-quarter|date|2023-Q3}} revenue fell {{10.8%|percent|10.8|%}} to {{NT$546.7 billion|money|546700000000|TWD}}, and chips of {{3 nanometres|quantity|3|nm}} made up {{6%|percent|6|%}} of wafer sales.',
    'Samsung\'s Galaxy S24 will start at {{₩1.15 million|money|1150000|KRW}}, with a {{6.2-inch|quantity|6.2|in}} display and a {{4,000mAh|quantity|4000|mAh}} battery.',
    'Sony sold {{4.9 million PS5 consoles|count|4900000|console}} in the quarter, bringing the total to {{46.4 million units|count|46400000|unit}}.',
    'Shares in SoftBank rose {{7%|percent|7|%}} in Tokyo after the group reported a loss of {{¥931 billion|money|931000000000|JPY}}.',
  ],
  hospitals: [
    'Waiting lists reached {{7.8 million|count|7800000|}}, with {{389,952 patients|count|389952|patient}} waiting more than a year for treatment.',
    'The average ambulance response time for a heart attack or stroke was {{42 minutes|duration|42|min}} and {{47 seconds|duration|47|s}}, against a target of {{18 minutes|duration|18|min}}.',
    'Nurses will get a {{5%|percent|5|%}} rise and a one-off payment of {{£1,655|money|1655|GBP}}, the Department of Health said.',
    'Children aged {{six months to four years|other|0.5~4|岁}} will be offered the vaccine from {{December 4|date|2023-12-04}}.',
  ],
  tourism: [
    'Spain welcomed {{85 million foreign tourists|count|85000000|tourist}} last year, who spent {{€108.7bn|money|108700000000|EUR}}, about {{a tenth|ratio|0.1|fraction}} of GDP.',
    'Hotel rooms in Paris will cost {{three to four times|ratio|3~4|x}} the usual rate during the Olympics, which open on {{July 26, 2024|date|2024-07-26}}.',
    'The {{12-mile|quantity|12|mi}} coastal walk takes {{five to six hours|duration|5~6|h}} and climbs {{2,000ft|quantity|2000|ft}}.',
    'Visitors must now pay a {{€5|money|5|EUR}} entry fee on {{29 days|duration|29|day}} between {{April 25|date|2023-04-25}} and {{July 14|date|2023-07-14}}.',
  ],
  motorRacing: [
    'Verstappen won by {{17.9 seconds|duration|17.9|s}} to take his {{19th|rank|19|}} victory of the year, a record.',
    'The Las Vegas race runs {{50 laps|count|50|lap}} of a {{6.2km|quantity|6.2|km}} street circuit, with cars reaching {{342km/h|quantity|342|km/h}} on the Strip.',
    'Hamilton, {{38|other|38|岁}}, has signed a {{two-year|duration|2|year}} extension worth a reported {{£50m|money|50000000|GBP}} a season.',
    'Car No 44 started {{11th|rank|11|}} and finished {{second|rank|2|}}, after a stop of {{2.3sec|duration|2.3|s}}.',
  ],
  shipping: [
    'Container rates from Shanghai to Rotterdam rose to {{$1,720|money|1720|USD}} per 40ft box, up {{9%|percent|9|%}} on the week.',
    'The Ever Given, {{400 metres|quantity|400|m}} long and carrying {{18,300 containers|count|18300|container}}, blocked the canal for {{six days|duration|6|day}} in {{March 2021|date|2021-03}}.',
    'Brent crude rose {{$1.18|money|1.18|USD}}, or {{1.4%|percent|1.4|%}}, to {{$85.52|money|85.52|USD}} a barrel, while OPEC+ cut output by {{1 million barrels|quantity|1000000|bbl}} a day.',
    'The port handled {{2.1 million TEU|quantity|2100000|TEU}} in {{2022|year|2022}}, {{a fifth|ratio|0.2|fraction}} more than in {{2021|year|2021}}.',
  ],
};

/**
 * Batch H (round 10): music and culture, space, gadgets, an American road trip, African business,
 * fitness, food, elections abroad and retail results, with decades written short ('80s, mid-'90s),
 * runs of quarters (Q1-Q2 2023), "a million and a half", frequencies (twice a week, three times a
 * week: counts of times, as 次 is; once is one and no figure) and names with numbers that are no
 * figures (Apollo 11, Windows 11, Route 66, iPhone 15, Pad 39A, stage 6). Written and marked before
 * the engine read it: scored once, blind, F1 0.910, value 1.000 (type 0.970, unit 0.970; 146 figures).
 */
export const enBatchH: Batch = {
  music: [
    "The band, formed in Sheffield in {{1978|year|1978}}, sold more than {{30 million records|count|30000000|record}} in the {{'80s|year|1980~1989}} and will play {{12 arena shows|count|12|show}} next spring.",
    'Vinyl sales rose {{11%|percent|11|%}} to {{5.9 million albums|count|5900000|album}}, the {{16th|rank|16|}} annual rise in a row.',
    "Tickets for the reunion tour, the band's first since the {{mid-'90s|year|1990~1999}}, cost between {{£65 and £150|money|65~150|GBP}} and sold out within {{three hours|duration|3|h}}.",
    'The festival, which began in a field in {{1970|year|1970}} with {{1,500 people|count|1500|person}}, now draws {{210,000|count|210000|}} over {{five days|duration|5|day}}.',
    'Her {{1984|year|1984}} single spent {{nine weeks|duration|9|week}} at No. 1 and has been streamed {{1.2 billion times|count|1200000000|time}}.',
    "The singer, {{67|other|67|岁}}, said the songs of the {{late '70s|year|1970~1979}} still pay her bills.",
  ],
  space: [
    '{{Fifty-four years|duration|54|year}} after Apollo 11 landed on {{July 20, 1969|date|1969-07-20}}, NASA plans to send {{four astronauts|count|4|astronaut}} around the Moon on Artemis II in {{late 2024|year|2024}}.',
    'The Space Launch System stands {{98 metres|quantity|98|m}} tall and produces {{8.8 million pounds|quantity|8800000|lb}} of thrust at liftoff.',
    'The Orion capsule will fly about {{10,300km|quantity|10300|km}} beyond the far side of the Moon on a mission of about {{10 days|duration|10|day}}.',
    'SpaceX has flown Falcon 9 rockets {{87 times|count|87|time}} this year, and one booster has landed {{17 times|count|17|time}}.',
    'The James Webb telescope orbits {{1.5 million kilometres|quantity|1500000|km}} from Earth, where its mirror is cooled to {{minus 233C|quantity|-233|°C}}.',
    "India's Chandrayaan-3 touched down near the south pole on {{August 23|date|2023-08-23}}, making India the {{fourth|rank|4|}} country to land on the Moon, at a cost of about {{₹615 crore|money|6150000000|INR}}.",
    "Apollo 11's command module and a Saturn V rocket stand near Pad 39A, where tours leave every {{15 minutes|duration|15|min}}.",
  ],
  gadgets: [
    'The iPhone 15 Pro starts at {{$999|money|999|USD}}, has a {{6.1-inch|quantity|6.1|in}} screen and weighs {{187 grams|quantity|187|g}}.',
    'Microsoft said Windows 11 now runs on {{400 million devices|count|400000000|device}}, {{two years|duration|2|year}} after its launch.',
    'The PS5 Slim is about {{30%|percent|30|%}} smaller than the original and comes with a {{1TB|quantity|1|TB}} drive.',
    "The laptop's battery lasts up to {{22 hours|duration|22|h}}, and it charges to {{50%|percent|50|%}} in {{30 minutes|duration|30|min}} with a {{70W|quantity|70|W}} adapter.",
    'Samsung shipped {{60.1 million smartphones|count|60100000|smartphone}} in the {{July-September|date|2023-07~2023-09}} quarter.',
    'A 4K television with a {{65-inch|quantity|65|in}} screen now sells for under {{£500|money|500|GBP}}, {{a third|ratio|0.3333333333333333|fraction}} less than in {{2019|year|2019}}.',
  ],
  roadTrip: [
    'Route 66 ran {{2,448 miles|quantity|2448|mi}} from Chicago to Santa Monica when it was commissioned on {{November 11, 1926|date|1926-11-11}}.',
    'Gas averaged {{$3.29|money|3.29|USD}} a gallon along I-40, and motel rooms in Seligman, AZ 86337, go for about {{$89|money|89|USD}} a night.',
    'The drive from Amarillo to Albuquerque takes about {{four and a half hours|duration|4.5|h}} at {{75 mph|quantity|75|mph}}.',
    'The Grand Canyon is {{277 miles|quantity|277|mi}} long and up to {{18 miles|quantity|18|mi}} wide.',
    'Rangers carry out about {{250 rescues|count|250|rescue}} a year, and hikers are told to carry {{four litres|quantity|4|L}} of water when temperatures at the bottom top {{110F|quantity|110|°F}}.',
    'A {{1957|year|1957}} Chevy Bel Air sold at auction for {{$187,000|money|187000|USD}}, about {{three times|ratio|3|x}} its estimate.',
  ],
  africaBusiness: [
    "Nigeria's inflation rose to {{27.33%|percent|27.33|%}} in {{October|date|2023-10}}, the highest in {{18 years|duration|18|year}}, and the naira traded at {{N1,100|money|1100|NGN}} to the dollar on the parallel market.",
    "Dangote's refinery, built at a cost of {{$19 billion|money|19000000000|USD}}, can process {{650,000 barrels|quantity|650000|bbl}} a day.",
    "South Africa's economy shrank {{0.2%|percent|0.2|%}} in the {{third quarter|date|2023-Q3}} as load-shedding cut power for up to {{10 hours|duration|10|h}} a day.",
    'Eskom needs about {{R400 billion|money|400000000000|ZAR}} to upgrade the grid, and stage 6 cuts remove {{6,000 megawatts|quantity|6000|MW}}.',
    "Kenya's M-Pesa handled {{KSh 35 trillion|money|35000000000000|KES}} in the year to {{March|date|2023-03}}, with {{32 million active users|count|32000000|user}}.",
    "Ghana's cedi has lost {{a quarter|ratio|0.25|fraction}} of its value this year, and the central bank raised its policy rate by {{150 basis points|percent|150|bp}} to {{30%|percent|30|%}}.",
  ],
  fitness: [
    'Adults should do at least {{150 minutes|duration|150|min}} of moderate exercise a week and strength training {{twice|count|2|time}} a week, the NHS says.',
    'Those who ran {{three times|count|3|time}} a week for {{six months|duration|6|month}} lost an average of {{4.2kg|quantity|4.2|kg}}.',
    'Only {{one in five|ratio|0.2|fraction}} adults over {{65|other|65|岁}} meets the guidelines.',
    'Walking {{10,000 steps|count|10000|step}} a day burns roughly {{400 calories|quantity|400|kcal}}, researchers found in a study of {{78,500 adults|count|78500|adult}} followed for {{seven years|duration|7|year}}.',
    'Kiptum set the marathon world record of {{2:00:35|duration|2.0097222222222224|h}} in Chicago in {{October|date|2023-10}}.',
    'Participants slept {{seven and a half hours|duration|7.5|h}} a night on average, {{40 minutes|duration|40|min}} more than in {{2013|year|2013}}.',
    'She swims once a week and cycles {{twice|count|2|time}}, {{80km|quantity|80|km}} each time.',
  ],
  food: [
    'The recipe calls for {{half a dozen eggs|count|6|egg}}, {{250g|quantity|250|g}} of flour and {{300ml|quantity|300|mL}} of milk.',
    'Bake at {{180C|quantity|180|°C}} ({{350F|quantity|350|°F}}) for {{25 to 30 minutes|duration|25~30|min}}.',
    'By noon the bakery had sold {{three dozen croissants|count|36|croissant}}.',
    'The co-op packs {{one and a quarter million eggs|count|1250000|egg}} a week and raised {{a million and a half dollars|money|1500000|USD}} for a new barn.',
    'Restaurant bills rose {{8.2 per cent|percent|8.2|%}} in the year to {{September|date|2023-09}}, and a pint of lager now averages {{£4.80|money|4.8|GBP}}.',
    'Rice exports from Thailand reached {{7.4 million tonnes|quantity|7400000|t}} in the {{first ten months|date|2023-01~2023-10}}, up {{13%|percent|13|%}}.',
  ],
  elections: [
    "Javier Milei won {{55.7%|percent|55.7|%}} of the vote in Sunday's run-off, beating Sergio Massa by more than {{11 points|percent|11|pp}}.",
    'Turnout was {{76%|percent|76|%}}, with {{35.8 million eligible voters|count|35800000|voter}}.',
    "In the Netherlands, the Freedom Party is polling at {{27 seats|count|27|seat}} in the {{150-seat|count|150|seat}} lower house ahead of Wednesday's vote.",
    'Polls open at 7.30am and close at 9pm, and results are expected after midnight.',
    'The president serves a {{four-year|duration|4|year}} term and may stand {{twice|count|2|time}}.',
    "Argentina's annual inflation is {{143%|percent|143|%}}, and the peso has lost {{90%|percent|90|%}} of its value against the dollar since {{2019|year|2019}}.",
    'Milei, a {{53-year-old|other|53|岁}} economist, takes office on {{December 10|date|2023-12-10}}.',
  ],
  retail: [
    'Sales in {{H1 2024|date|2024-H1}} are forecast to rise {{3-4%|percent|3~4|%}}, after {{£6.1bn|money|6100000000|GBP}} in the {{first half of 2023|date|2023-H1}}.',
    'Like-for-like sales rose {{5.2%|percent|5.2|%}} in {{Q1-Q2 2023|date|2023-Q1~2023-Q2}} and {{1.9%|percent|1.9|%}} in the {{third quarter|date|2023-Q3}}.',
    'The chain will close {{45 stores|count|45|store}} by the {{end of February 2024|date|2024-02}}.',
    'Its online arm, launched in the {{early 2000s|year|2000~2009}}, now makes up {{38%|percent|38|%}} of sales.',
    'The retailer employs {{21,000 staff|count|21000|staff}} and pays a dividend of {{2.4p|money|0.024|GBP}} a share.',
    'Black Friday falls on {{November 24|date|2023-11-24}}, and shoppers are expected to spend {{£9.1bn|money|9100000000|GBP}} over the {{four days|duration|4|day}} to Cyber Monday.',
    'Customers can call 0345 600 4900 or write to the store at 33 Commercial Street, Leeds LS1 6AL.',
  ],
};

/**
 * Batch I (round 10): the categories of batch H again in other genres (a war anniversary, American
 * football, a drug trial, Canadian winter and housing, aviation safety, South-East Asian markets,
 * personal finance, commuter rail), with relative dates (three days ago; last Tuesday and next month
 * are no figures), dates in every order, frequencies, decades written short, halves and quarters of
 * the year, and names and codes with numbers that are no figures (the 737 MAX 9, the A321neo, the
 * 49ers, Flight 1282, the 7.15am, a phone number). Written after batch H's fixes and marked before
 * the engine read it: scored once, blind, F1 0.966, value 1.000 (type 0.991, unit 0.965; 119 figures),
 * the score reported for round 10. Two marks were corrected after it: "the 80th anniversary" had been
 * marked a rank, where an anniversary's ordinal names an occasion as a session's does (notAfterOrdinal),
 * and "73 Britons" had its unit in capitals, where these batches write the counted noun in lower case
 * (14 Tests: test); with them corrected the blind score is F1 0.970 (118 figures).
 */
export const enBatchI: Batch = {
  anniversary: [
    'Veterans gathered in Normandy to mark the 80th anniversary of the landings of {{6 June 1944|date|1944-06-06}}, when {{156,000 troops|count|156000|troop}} came ashore.',
    'Of the {{73 Britons|count|73|briton}} who made the trip, the oldest was {{103|other|103|岁}} and the youngest {{98|other|98|岁}}.',
    "The museum, housed in a {{19th century|other|19|century}} farmhouse, drew {{420,000 visitors|count|420000|visitor}} in {{2022|year|2022}}, {{twice|ratio|2|x}} as many as in the {{'90s|year|1990~1999}}.",
    "Bert Ellis, {{99|other|99|岁}}, said he had returned to the beach {{four times|count|4|time}} since the {{1980s|year|1980~1989}}.",
    'The memorial lists the names of {{22,442 servicemen|count|22442|serviceman}} and women who died in the battle, which lasted {{77 days|duration|77|day}}.',
  ],
  football: [
    'The 49ers beat the Seahawks 31-13 on Thursday, with Brock Purdy throwing for {{288 yards|quantity|288|yd}} and {{two touchdowns|count|2|touchdown}}.',
    'Jake Moody kicked a {{54-yard|quantity|54|yd}} field goal with {{18 seconds|duration|18|s}} left, his {{third|rank|3|}} of the game.',
    'The quarterback, {{24|other|24|岁}}, signed a {{five-year|duration|5|year}} extension worth {{$275 million|money|275000000|USD}}, with {{$180 million|money|180000000|USD}} guaranteed.',
    'A crowd of {{71,644|count|71644|}} watched at Levi\'s Stadium, where a beer now costs {{$17|money|17|USD}}.',
    'The team has won {{eight|count|8|}} of its last {{10 games|count|10|game}} and plays {{twice|count|2|time}} before Christmas.',
  ],
  drugTrial: [
    'Patients given {{10mg|quantity|10|mg}} of the drug once a week lost {{15%|percent|15|%}} of their body weight over {{68 weeks|duration|68|week}}, against {{2.4%|percent|2.4|%}} on placebo.',
    'The trial enrolled {{1,961 adults|count|1961|adult}} aged {{18 to 75|other|18~75|岁}} at {{129 sites|count|129|site}} in {{16 countries|count|16|country}}.',
    'About {{one in 10|ratio|0.1|fraction}} reported nausea, and {{4.5 per cent|percent|4.5|%}} stopped treatment.',
    'A month\'s supply costs about {{$1,350|money|1350|USD}} in the US and {{£175|money|175|GBP}} in the UK.',
    'Results are due in the {{second half of 2024|date|2024-H2}}, and the company expects sales to triple by the {{end of 2025|date|2025-12}}.',
    'Doctors advise taking the tablets {{three times|count|3|time}} a day for {{a fortnight|duration|14|day}}.',
  ],
  canada: [
    'Temperatures in Winnipeg fell to {{minus 32C|quantity|-32|°C}} on Tuesday, and the wind chill made it feel like {{-45°C|quantity|-45|°C}}.',
    'Toronto got {{27 centimetres|quantity|27|cm}} of snow in {{12 hours|duration|12|h}}, and {{1,200 flights|count|1200|flight}} were cancelled at Pearson.',
    'The average home price in Vancouver was {{C$1.2 million|money|1200000|CAD}} in {{October|date|2023-10}}, down {{3.5%|percent|3.5|%}} from a year earlier.',
    'The Bank of Canada held its key rate at {{5%|percent|5|%}} for the {{third|rank|3|}} straight time.',
    'The storm knocked out power to {{180,000 homes|count|180000|home}} {{three days|duration|3|day}} ago, and crews expect to finish repairs next month.',
    'Highway 401 was closed for {{six hours|duration|6|h}} near exit 431 after a {{30-vehicle|count|30|vehicle}} pile-up last Tuesday.',
  ],
  aviation: [
    'A door plug blew out of a Boeing 737 MAX 9 at {{16,000 feet|quantity|16000|ft}} on Alaska Airlines Flight 1282, which carried {{171 passengers|count|171|passenger}} and {{six crew|count|6|crew}}.',
    'The FAA grounded {{171 aircraft|count|171|aircraft}} for inspections expected to take {{four to eight hours|duration|4~8|h}} each.',
    'Airbus delivered {{735 jets|count|735|jet}} last year, including {{516|count|516|}} of the A320neo family, and its backlog stands at {{8,598 aircraft|count|8598|aircraft}}.',
    'The A321neo burns about {{20%|percent|20|%}} less fuel and flies up to {{4,000 nautical miles|quantity|4000|nmi}}.',
    'Ryanair said fares would rise {{5-10%|percent|5~10|%}} in the summer, and its CEO, {{62|other|62|岁}}, will earn a bonus of up to {{€100 million|money|100000000|EUR}}.',
  ],
  seAsiaMarkets: [
    "Indonesia's economy grew {{4.94%|percent|4.94|%}} in the {{July-September|date|2023-07~2023-09}} quarter, and the rupiah weakened past {{Rp 15,900|money|15900|IDR}} to the dollar.",
    'The Philippine central bank raised rates by {{25 basis points|percent|25|bp}} to {{6.5%|percent|6.5|%}}, the highest in {{16 years|duration|16|year}}.',
    "Vietnam's exports rose {{5.9%|percent|5.9|%}} to {{$32.4 billion|money|32400000000|USD}} in {{October|date|2023-10}}, and the government targets growth of {{6-6.5%|percent|6~6.5|%}} in {{2024|year|2024}}.",
    'Thailand will hand {{10,000 baht|money|10000|THB}} to {{50 million people|count|50000000|person}} in a {{560 billion baht|money|560000000000|THB}} scheme.',
    "Singapore's core inflation eased to {{3.3%|percent|3.3|%}} in {{H2 2023|date|2023-H2}} from {{5%|percent|5|%}} in {{H1 2023|date|2023-H1}}.",
  ],
  personalFinance: [
    'A {{two-year|duration|2|year}} fixed mortgage now averages {{6.04%|percent|6.04|%}}, against {{2.34%|percent|2.34|%}} {{two years|duration|2|year}} ago, Moneyfacts said.',
    'On a {{£200,000|money|200000|GBP}} loan over {{25 years|duration|25|year}}, that adds about {{£480|money|480|GBP}} a month.',
    'Savers can earn {{5.2%|percent|5.2|%}} on a one-year bond, and the ISA allowance stays at {{£20,000|money|20000|GBP}}.',
    'About {{1.6 million households|count|1600000|household}} will come off fixed deals in {{2024|year|2024}}, {{a quarter|ratio|0.25|fraction}} of them for the first time since the {{early 2010s|year|2010~2019}}.',
    'For help, call 0800 138 7777, open from 8am to 8pm, or text 85258.',
  ],
  commuterRail: [
    'From {{10 December|date|2023-12-10}}, trains between Leeds and York will run every {{15 minutes|duration|15|min}}, {{four times|count|4|time}} an hour at peak.',
    'The 7.15am to King\'s Cross was cancelled {{23 times|count|23|time}} in {{October|date|2023-10}}, and only {{62.4%|percent|62.4|%}} of services arrived on time.',
    'An anytime return now costs {{£34.60|money|34.6|GBP}}, up {{4.9%|percent|4.9|%}}, while a season ticket costs {{£5,452|money|5452|GBP}} a year.',
    'The {{£3.9bn|money|3900000000|GBP}} upgrade will cut journeys by {{10 minutes|duration|10|min}} and add {{4,500 seats|count|4500|seat}} a day by the {{mid-2020s|year|2020~2029}}.',
    'Platform 9 reopened on {{11/20/2023|date|2023-11-20}} after a {{three-week|duration|3|week}} closure.',
  ],
};

/**
 * Batch J (round 11): the categories of batches H and I in genres and places none of them had (an
 * earthquake in Morocco and Turkey, copper and iron ore in Chile and the Pilbara, American college
 * costs, the French wine harvest, tennis, an Irish budget, Pakistan's economy, an Arizona heatwave),
 * with currencies named by their country's press (dirhams in a Moroccan text, Rs in a Pakistani one),
 * hectolitres, magnitudes, compound durations, numbers in words, ratios with a colon, relative dates
 * (two weeks ago; last Tuesday and next week are no figures) and numbers that are no figures (scores,
 * No. 1, the N7, junction 9, a number to text, Interstate 17, 5.30pm). Written after all of round 10's
 * fixes and marked before the engine read it: scored once, blind, F1 0.990, value 1.000 (type 0.974, unit 0.961; 157 figures). After its fixes (currencies by
 * the country the text names, hectolitres, the September quarter, a third full, people after injuring and
 * 'home to', a number to call before 'for') F1 1.000, value 1.000, type 0.994, unit 0.981. Left: "its target of
 * 33,000" is read other where it is marked a count, and "Rs 281.34" in a sentence that names no country stays
 * India's rupee, where the article it stands for is Pakistan's (each sentence is scored as a text of its own).
 */
export const enBatchJ: Batch = {
  earthquake: [
    'A {{magnitude 6.8|other|6.8|magnitude}} earthquake struck the High Atlas late on {{September 8|date|2023-09-08}}, killing {{2,946 people|count|2946|person}} and injuring {{5,674|count|5674|}}.',
    'The epicentre lay {{72 kilometres|quantity|72|km}} south-west of Marrakesh at a depth of {{26km|quantity|26|km}}, and the shaking was felt {{560 miles|quantity|560|mi}} away in Lisbon.',
    'Rescuers searched the rubble for {{nine days|duration|9|day}}; in some villages {{three in four|ratio|0.75|fraction}} homes had collapsed.',
    'Morocco set aside {{120 billion dirhams|money|120000000000|MAD}} to rebuild over {{five years|duration|5|year}}, and each family whose home was lost is paid {{2,500 dirhams|money|2500|MAD}} a month.',
    "The twin quakes in Turkey on {{6 February|date|2023-02-06}} killed more than {{50,000 people|count|50000|person}} and left {{1.5 million people|count|1500000|person}} homeless; seismologists logged over {{30,000 aftershocks|count|30000|aftershock}}.",
    'The Red Crescent set up {{14 field hospitals|count|14|hospital}} and asked donors to text 2868, while {{three hundred and fifty soldiers|count|350|soldier}} cleared roads {{two weeks|duration|2|week}} ago.',
  ],
  mining: [
    "Chile mined {{5.3 million tonnes|quantity|5300000|t}} of copper in {{2022|year|2022}}, about {{a quarter|ratio|0.25|fraction}} of the world's supply.",
    "Codelco's output fell to {{1.44m tonnes|quantity|1440000|t}}, its lowest in {{25 years|duration|25|year}}, and the state miner plans to spend {{$40bn|money|40000000000|USD}} over the next decade.",
    'Copper traded at {{$8,120|money|8120|USD}} a tonne on the London Metal Exchange, down {{6.5%|percent|6.5|%}} since {{January|date|2023-01}}, while gold held near {{$1,980|money|1980|USD}} an ounce.',
    'Workers at a mine {{400 miles|quantity|400|mi}} north of Santiago struck for {{12 days|duration|12|day}} in {{August|date|2023-08}}, and the pit sits {{3,100 metres|quantity|3100|m}} above sea level.',
    'In the Pilbara, the miner will cut {{1,500 jobs|count|1500|job}} and pay a dividend of {{A$1.51|money|1.51|AUD}} a share after shipping {{86.6 million tonnes|quantity|86600000|t}} of iron ore in the {{September quarter|date|2023-Q3}}.',
    'Lithium prices have fallen by {{two-thirds|ratio|0.6666666666666666|fraction}} since {{November 2022|date|2022-11}}, and Albemarle shares are down {{45 per cent|percent|45|%}} this year.',
  ],
  college: [
    'A year at a private college now costs an average {{$56,190|money|56190|USD}}, against {{$24,030|money|24030|USD}} at a public one for in-state students, the College Board said.',
    'Americans owe {{$1.77 trillion|money|1770000000000|USD}} in student loans, spread across {{43.6 million borrowers|count|43600000|borrower}}, and payments resumed on {{Oct. 1|date|2023-10-01}} after a pause of {{three and a half years|duration|3.5|year}}.',
    "Tuition at the state's flagship rose {{$800|money|800|USD}} to {{$17,736|money|17736|USD}}, and out-of-state students pay about {{three times|ratio|3|x}} as much.",
    "The university's endowment, the nation's {{fifth|rank|5|}}-largest, returned {{2.9%|percent|2.9|%}} in the year to {{June 30|date|2023-06-30}}.",
    'The college admitted {{1,942|count|1942|}} of its {{56,937 applicants|count|56937|applicant}}, and it keeps a student-to-faculty ratio of {{6:1|ratio|6|x}}.',
    'Enrollment at community colleges rose {{2.6 percent|percent|2.6|%}} this fall, and {{one in three|ratio|0.3333333333333333|fraction}} students works more than {{20 hours|duration|20|h}} a week.',
    'Borrowers earning under {{$15|money|15|USD}} an hour will pay nothing under the new plan, which the department expects to cost {{$156 billion|money|156000000000|USD}} over {{10 years|duration|10|year}}.',
  ],
  wine: [
    "France's wine output is forecast at {{44 million hectolitres|quantity|44000000|hL}}, up {{4%|percent|4|%}} on {{2022|year|2022}} and {{7%|percent|7|%}} above the {{five-year|duration|5|year}} average.",
    'In Bordeaux, growers will pull up vines on {{9,500 hectares|quantity|9500|ha}} and be paid {{€6,000|money|6000|EUR}} a hectare.',
    'Temperatures in Burgundy reached {{38C|quantity|38|°C}} in the last week of {{August|date|2023-08}}, and picking began on {{21 August|date|2023-08-21}}, {{a fortnight|duration|14|day}} earlier than in the {{1980s|year|1980~1989}}.',
    'Mildew destroyed {{half|ratio|0.5|fraction}} of the crop on some estates, and one chateau that makes {{120,000 bottles|count|120000|bottle}} a year picked barely {{a third|ratio|0.3333333333333333|fraction}} of that.',
    'A bottle of the {{2020|year|2020}} vintage sells for {{€45|money|45|EUR}} at the cellar door, and {{twice|ratio|2|x}} that in Paris.',
    'Champagne shipments fell {{8.2%|percent|8.2|%}} to {{299 million bottles|count|299000000|bottle}}, and exports to the US were worth {{$2.3bn|money|2300000000|USD}}.',
  ],
  tennis: [
    "Novak Djokovic beat Jannik Sinner 6-3, 6-3 in Turin on Sunday to win a record {{seventh|rank|7|}} ATP Finals title and {{$4.4 million|money|4400000|USD}}.",
    'Djokovic, {{36|other|36|岁}}, will end the year at No. 1 and has now spent {{400 weeks|duration|400|week}} at the top.',
    'Sinner, {{22|other|22|岁}}, served {{14 aces|count|14|ace}} in the semi-final and won {{81%|percent|81|%}} of points on his first serve.',
    'The final lasted {{1 hour 43 minutes|duration|1.7166666666666667|h}}, and the Italian, who finished the season {{fourth|rank|4|}} in the rankings, plays Davis Cup next week.',
    'Prize money at the US Open rose to {{$65 million|money|65000000|USD}}, with {{$3 million|money|3000000|USD}} each for the singles champions.',
    "Coco Gauff, {{19|other|19|岁}}, won {{51 matches|count|51|match}} this season, and Centre Court at Wimbledon holds {{14,979 spectators|count|14979|spectator}}.",
  ],
  irishBudget: [
    'The Government will spend a record {{€90.1 billion|money|90100000000|EUR}} next year, the Minister for Finance said on {{October 10|date|2023-10-10}}.',
    'Rents in Dublin have risen by {{82 per cent|percent|82|%}} in {{a decade|duration|10|year}}, and the average monthly rent is {{€2,102|money|2102|EUR}}, with just {{1,459 homes|count|1459|home}} available to rent on {{1 November|date|2023-11-01}}.',
    'The State built {{29,851 homes|count|29851|home}} in {{2022|year|2022}}, short of its target of {{33,000|count|33000|}}, and some {{13,000 people|count|13000|person}} are in emergency accommodation, {{3,986 children|count|3986|child}} among them.',
    'A payment of {{€450|money|450|EUR}} goes to {{600,000 families|count|600000|family}}, and the minimum wage rises by {{€1.40|money|1.4|EUR}} to {{€12.70|money|12.7|EUR}} an hour from {{1 January 2024|date|2024-01-01}}.',
    'Claims for the rent tax credit, now {{€750|money|750|EUR}}, must be made by {{31/12/2023|date|2023-12-31}}.',
    'The N7 was closed at junction 9 for {{five hours|duration|5|h}}, and Luas trams on the Green line now run every {{three minutes|duration|3|min}} at peak.',
  ],
  pakistan: [
    "Pakistan's inflation eased to {{26.9%|percent|26.9|%}} in {{October|date|2023-10}} from {{31.4%|percent|31.4|%}} in {{September|date|2023-09}}.",
    'The IMF approved a {{$3 billion|money|3000000000|USD}} standby arrangement in {{July|date|2023-07}}, releasing {{$1.2 billion|money|1200000000|USD}} at once.',
    'Petrol now costs {{Rs 281.34|money|281.34|PKR}} a litre, and the rupee has recovered to about {{Rs 285|money|285|PKR}} to the dollar from a low of {{Rs 307|money|307|PKR}} on {{Sept 5|date|2023-09-05}}.',
    'The State Bank held its key rate at {{22%|percent|22|%}} for a {{fourth|rank|4|}} consecutive meeting.',
    'Cotton arrivals reached {{6.8 million bales|count|6800000|bale}}, up {{78%|percent|78|%}}, after floods last year ruined {{4.4 million acres|quantity|4400000|acre}} of crops.',
    'The {{2023|year|2023}} census counted {{241.5 million people|count|241500000|person}}, growing {{2.55%|percent|2.55|%}} a year, and Karachi alone is home to {{20.4 million|count|20400000|}}.',
  ],
  heat: [
    'Phoenix went {{31 days|duration|31|day}} in a row at or above {{110F|quantity|110|°F}} in {{July|date|2023-07}}, and the overnight low stayed above {{90 degrees Fahrenheit|quantity|90|°F}} on {{16 nights|count|16|night}}.',
    'Maricopa County has confirmed {{579 heat deaths|count|579|death}} this year, up {{50%|percent|50|%}} on {{2022|year|2022}}, and {{two-thirds|ratio|0.6666666666666666|fraction}} of the dead were outdoors.',
    'Lake Mead stands at {{1,066 feet|quantity|1066|ft}}, about {{a third|ratio|0.3333333333333333|fraction}} full, and the city got {{2.7 inches|quantity|2.7|in}} of rain in {{12 months|duration|12|month}}.',
    'Demand on the grid peaked at {{8,191 megawatts|quantity|8191|MW}} on {{July 15|date|2023-07-15}} at 5.30pm, and pavements reached {{180°F|quantity|180|°F}}.',
    '{{Three weeks|duration|3|week}} ago the county opened its {{20th|rank|20|}} cooling centre; call 211 for the nearest one.',
    'Winds of {{40 mph|quantity|40|mph}} fanned a fire near Interstate 17 that burned {{2,600 acres|quantity|2600|acre}} before crews contained it last Tuesday.',
  ],
};

/**
 * Batch K (round 14): the forms number and date parsers are tested on, one category of form at a
 * time, in short news sentences from several countries — cardinals in words (with "and") and in
 * digits with separators, decimals and glued k and m; ordinals in digits and words; fractions in
 * words, "half", "one in five"; percentages written every way, below zero with a sign or a word;
 * ranges (between … and, 5-10%, from … to); money with every sign (HK$, €, £, Rs and lakh, $…bn);
 * relative days, weekdays, times of day and midnight (no figures); quarters and fiscal years,
 * decades with "mid-" and "the"; heights in feet and inches (one span in its last unit, as a span of
 * time in several units is), speeds and temperatures below zero. Marked before the engine read it and
 * scored once, blind: F1 0.938, value 0.981, type 1.000, unit 0.981 (56 marks, 57 found, 53 right).
 * Three marks were put right to the conventions the batches before keep, none for the engine's sake:
 * "in a decade" is a span of ten years (batch J) and "the first nine months" a date (batch F), both
 * first left unmarked, and a height in feet and inches is in feet with the inches as its fraction
 * (6ft 2in = 6.17 ft, as en-measures.test.ts reads 4ft 3in), where it had been marked 74 in: F1 0.957,
 * value 1.000 against them (58 marks, 57 found, 55 right). After its fixes (k after a decimal part is
 * a thousand, 3.5k comments; cost from, priced from open a range of prices; a share compared with
 * another, against a quarter in 2001): 1.000.
 */
export const enBatchK: Batch = {
  cardinals: [
    'The county will hire {{two hundred and five teachers|count|205|teacher}} before the new term, its largest intake in {{a decade|duration|10|year}}.',
    'Rainfall at the Seathwaite gauge totalled {{1,234.5mm|quantity|1234.5|mm}} in the {{first nine months|date|2023-01~2023-09}}, close to the annual average.',
    'The clip drew {{3.5k comments|count|3500|comment}} and {{1.2m views|count|1200000|view}} within a day of being posted.',
    'Organisers expect {{twenty-five thousand fans|count|25000|fan}} at the stadium for the derby.',
  ],
  ordinals: [
    'Auckland climbed to {{twenty-first|rank|21|}} in the liveability index, from {{34th|rank|34|}} a year earlier.',
    'She finished {{21st|rank|21|}} in the giant slalom, and her team-mate came {{ninth|rank|9|}}.',
  ],
  fractionsAndPercentages: [
    'About {{three quarters|ratio|0.75|fraction}} of members backed the strike, on a turnout of {{12.5 per cent|percent|12.5|%}}.',
    'Nearly {{half|ratio|0.5|fraction}} of the county\'s bridges need repairs, and {{one in five|ratio|0.2|fraction}} is closed to lorries.',
    'Renters now make up {{two-fifths|ratio|0.4|fraction}} of households in the borough, against {{a quarter|ratio|0.25|fraction}} in {{2001|year|2001}}.',
    'Inflation eased to {{3.2pc|percent|3.2|%}} in {{October|date|2023-10}}, and core prices rose {{0.2 percentage points|percent|0.2|pp}} less than forecast.',
  ],
  negatives: [
    'The economy grew by {{-0.3%|percent|-0.3|%}} in the {{third quarter|date|2023-Q3}}, the statistics office said.',
    'The pension fund returned {{minus 4.2 per cent|percent|-4.2|%}} over the period, its worst result since {{2008|year|2008}}.',
    'Overnight lows of {{-5°C|quantity|-5|°C}} are expected in the Highlands, with {{minus 2C|quantity|-2|°C}} in Glasgow.',
  ],
  ranges: [
    'Forecasters expect between {{5 and 10 centimetres|quantity|5~10|cm}} of snow on higher ground.',
    'Landlords in the city raised rents by {{5-10%|percent|5~10|%}}, and some by as much as {{20%|percent|20|%}}.',
    'Tickets will cost from {{€35 to €120|money|35~120|EUR}}, and children under {{12|other|12|岁}} go free.',
  ],
  money: [
    'The carmaker will spend {{$1.2bn|money|1200000000|USD}} on a battery plant in Ohio and hire {{1,500 workers|count|1500|worker}}.',
    'A terraced house in Bristol sold for {{£300,000|money|300000|GBP}}, {{£15,000|money|15000|GBP}} over the asking price.',
    'A coffee at the airport now costs {{€5|money|5|EUR}}, and a sandwich {{€9.50|money|9.5|EUR}}.',
    'The panchayat received {{Rs 20 lakh|money|2000000|INR}} to repair the school and {{Rs 5 crore|money|50000000|INR}} for roads.',
    'Shares in the developer fell to {{HK$1.06|money|1.06|HKD}}, valuing the company at {{HK$4.2 billion|money|4200000000|HKD}}.',
  ],
  datesAndTimes: [
    'The strike will begin next Tuesday, the union said the day before yesterday.',
    'Polls open at 7am and close at 10pm; counting starts at midnight and results are expected by 3pm.',
    'Sales rose {{8%|percent|8|%}} in {{Q3 2022|date|2022-Q3}}, and the company expects a profit in {{FY2023|year|2023}}.',
    'The reactor is due to close in the {{mid-2020s|year|2020~2029}}, having run since the {{1990s|year|1990~1999}}.',
    'The bridge opened on {{March 14, 2019|date|2019-03-14}} and has carried {{40 million vehicles|count|40000000|vehicle}} since.',
  ],
  measures: [
    'The {{6ft 2in|quantity|6.166666666666667|ft}} forward joined from Celtic for {{£4m|money|4000000|GBP}}.',
    'Speed limits near schools will drop to {{20 mph|quantity|20|mph}}, and on the ring road to {{30 mph|quantity|30|mph}}.',
    'The robot moves at {{5 km/h|quantity|5|km/h}} and carries {{40kg|quantity|40|kg}} of parcels.',
    'The trail climbs {{1,085 metres|quantity|1085|m}} over {{14 miles|quantity|14|mi}} and takes most walkers {{seven hours|duration|7|h}}.',
  ],
};
