// English place finding with the real gazetteer, on news sentences written for each category:
// wire datelines, designators, hyphenated pairs, townships and villages in pinyin, people whose
// surnames are place names, words that are no place, Britain, features and regions, linking.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

/** Each place as span/level, with the first 6 or 9 digits of its code when it has one. */
function found(text: string): string[] {
  return places.find(text, 'en').map((a) => {
    const code = a.place.code ? `/${a.place.level === 'township' ? a.place.code.slice(0, 9) : a.place.code.slice(0, 6)}` : '';
    return `${a.text}/${a.place.level}${code}`;
  });
}

describe('English places', () => {
  it('reads all-capitals datelines as the city or the province they name', () => {
    expect(found('JINAN, June 5 (Xinhua) -- Wheat harvesting began early this year.')).toEqual(['JINAN/prefecture/370100']);
    expect(found('BEIJING -- The State Council approved the plan on Friday.')).toEqual(['BEIJING/province/110000']);
    expect(found('URUMQI, Jan 9 (Xinhua) -- Snow closed two highways.')).toEqual(['URUMQI/prefecture/650100']);
    // a capitalised acronym is no county, and the agency is no place
    expect(found('GDP rose, XINHUA reported, citing the NBS.')).toEqual([]);
  });

  it('keeps a designator after the name inside the span, one before it outside', () => {
    expect(found('Farmers in Linyi city, east China\'s Shandong province, finished early.')).toEqual([
      'Linyi city/prefecture/371300', 'China/country', 'Shandong province/province/370000',
    ]);
    expect(found('The coastal province of Fujian and the Guangxi Zhuang Autonomous Region signed a deal.')).toEqual([
      'Fujian/province/350000', 'Guangxi Zhuang Autonomous Region/province/450000',
    ]);
    expect(found('Visitors to the Ili Kazak autonomous prefecture and Guanling Bouyei and Miao autonomous county rose.')).toEqual([
      'Ili Kazak autonomous prefecture/prefecture/654000', 'Guanling Bouyei and Miao autonomous county/county/520424',
    ]);
    expect(found('Officials in Zhangdian District met investors from Hong Kong SAR.')).toEqual(['Zhangdian District/county/370303', 'Hong Kong SAR/province/810000']);
  });

  it('leaves compass words and possessives outside the span', () => {
    expect(found("Northwest China's Xinjiang Uygur autonomous region and northern Jiangsu's ports grew.")).toEqual([
      'China/country', 'Xinjiang Uygur autonomous region/province/650000', 'Jiangsu/province/320000',
    ]);
  });

  it('splits hyphenated pairs and keeps the place of "Jinan-based"', () => {
    expect(found('The Beijing-Tianjin-Hebei region and the Hong Kong-Zhuhai-Macao Bridge drew Jinan-based firms.')).toEqual([
      'Beijing/province/110000', 'Tianjin/province/120000', 'Hebei/province/130000', 'Hong Kong/province/810000',
      'Zhuhai/prefecture/440400', 'Macao/province/820000', 'Jinan/prefecture/370100',
    ]);
    // a namesake district of the city just named does not take the province's name (Hebei District of Tianjin)
    expect(found('Trains on the Tianjin-Hebei line were full; Hebei district in Tianjin was quiet.')).toEqual([
      'Tianjin/province/120000', 'Hebei/province/130000', 'Hebei district/county/120105', 'Tianjin/province/120000',
    ]);
    expect(found('Sino-US trade talks resumed.')).toEqual(['US/foreign']);
  });

  it('reads townships through their pinyin where the text names their county, and villages by their designator', () => {
    expect(found('In Dingshu town of Yixing city, kilns burn gas now.')).toEqual(['Dingshu town/township/320282112', 'Yixing city/county/320282']);
    expect(found('Villagers in Liujiazhuang village of Yinan county grow peaches.')).toEqual(['Liujiazhuang village/village', 'Yinan county/county/371321']);
    // a township name alone needs its county or city in the text; with its designator it stays a place, unlinked
    expect(found('Mashang is busy, and so is Dongba town.')).toEqual(['Dongba town/township']);
    expect(found('In Zibo, Mashang subdistrict opened a market.')).toEqual(['Zibo/prefecture/370300', 'Mashang subdistrict/township/370303009']);
    // an English word before "village" is no Chinese village
    expect(found('The Olympic village was quiet.')).toEqual([]);
  });

  it('does not take people for places: surnames with given names, titles, a surname seen before', () => {
    expect(found('Premier Li Qiang met Zhang Wei in Shijiazhuang. Li said Mr Zhang had helped.')).toEqual(['Shijiazhuang/prefecture/130100']);
    expect(found('Xi Jinping visited Lankao county in 2014.')).toEqual(['Lankao county/county/410225']);
    expect(found('Mr Reading, a landlord, spoke to Governor Wang Hao.')).toEqual([]);
  });

  it('does not read capitalised words that are no place', () => {
    expect(found('Zibo was named a National Civilized City by the Communist Party of China Central Committee in May.')).toEqual([
      'Zibo/prefecture/370300', 'China/country',
    ]);
    expect(found('Chinese and British officials met.')).toEqual([]);
  });

  it('reads Britain, its nations and towns, and common-word towns only with context', () => {
    expect(found('Council leaders in Manchester, Salford and Stockport backed the plan; England, Scotland and Wales differ.')).toEqual([
      'Manchester/foreign', 'Salford/foreign', 'Stockport/foreign', 'England/foreign', 'Scotland/foreign', 'Wales/foreign',
    ]);
    expect(found('In Reading, the borough council delayed the vote, while Bath and North East Somerset Council agreed.')).toEqual([
      'Reading/foreign', 'Bath/foreign', 'North East Somerset/foreign',
    ]);
    expect(found('Reading the report, she took a Bath towel.')).toEqual([]);
    // a town's name next to a given name is a person's (John Preston, Sarah Wells)
    expect(found('John Preston, a councillor in Preston, met Sarah Wells in Wells and Preston Smith in Leeds.')).toEqual(['Preston/foreign', 'Wells/foreign', 'Leeds/foreign']);
    // the person's surname alone later is the person, unless a word of place comes before it
    expect(found('John Preston, who lives in Leeds, spoke first. Preston said the bridge in Preston was safe.')).toEqual(['Leeds/foreign', 'Preston/foreign']);
    expect(found('Ministers in the UK and Britain met.')).toEqual(['UK/foreign', 'Britain/foreign']);
    expect(found('U.S. and U.K. officials joined the U.S.-China talks.')).toEqual(['U.S./foreign', 'U.K./foreign', 'U.S./foreign', 'China/country']);
  });

  it('reads Britain\'s smaller towns from GeoNames: names of several words anywhere, one-word names with context', () => {
    expect(found('Buses from Market Harborough to Lutterworth and Melton Mowbray were cut, and Liverpool lost two routes.')).toEqual([
      'Market Harborough/foreign', 'Lutterworth/foreign', 'Melton Mowbray/foreign', 'Liverpool/foreign',
    ]);
    // a one-word town before another place in a list has its context; a village the data lacks, listed after them, is read by its ending
    expect(found('New stations at Bedlington, Seghill and Newsham were approved.')).toEqual(['Bedlington/foreign', 'Seghill/foreign', 'Newsham/foreign']);
    // a small town's one-word name alone, or a town's name that is a word first, is no place
    expect(found('Todmorden said the Street was closed; Hope remains.')).toEqual([]);
  });

  it('reads towns the data lacks as their names are formed: a prefix before a small town, an Irish or Welsh beginning, a list, a nickname in quotes', () => {
    expect(found('The tram would run from East Didsbury to the hospital in High Heaton, not to High Street.')).toEqual(['East Didsbury/foreign', 'High Heaton/foreign', 'High Street/landmark']);
    expect(found('Anglers near Ballyronan and walkers at Llanrug said residents of Aylesham and Whitfield agreed.')).toEqual([
      'Ballyronan/foreign', 'Llanrug/foreign', 'Aylesham/foreign', 'Whitfield/foreign',
    ]);
    // a name that is a given name too, or a surname, listed after a place stays no place
    expect(found('Pupils from Aylesham and Ashley Smith spoke.')).toEqual(['Aylesham/foreign']);
    // a list after a place noun in the plural, and England's unitary authorities of 2023 with their council
    expect(found('A route linking Keswick with the villages of Borrowdale and Buttermere was saved by Cumberland Council.')).toEqual([
      'Keswick/foreign', 'Borrowdale/foreign', 'Buttermere/foreign', 'Cumberland/foreign',
    ]);
    expect(found('Smith and Jones of Barclays and clubs such as Arsenal spoke.')).toEqual([]);
    // a pinyin name after "villages such as" is a village, kept where its namesake townships elsewhere have no support
    expect(found('In Wuyuan county of Jiangxi province, villages such as Xiaoqi draw tourists.')).toEqual([
      'Wuyuan county/county/361130', 'Jiangxi province/province/360000', 'Xiaoqi/village',
    ]);
    // a quoted name before a common noun is a nickname
    expect(found("China's 'Arctic' town and the \"Venice\" of the east drew tourists.")).toEqual(['China/country']);
    // a city's section is a place with the words around it, and a locality named by a feature word is read by that word
    expect(found('Police in Crouch End said ferries to the Isle of Arran ran.')).toEqual(['Crouch End/foreign', 'Isle of Arran/natural']);
  });

  it('reads towns the data lacks from the words around them: a council after, "the town of" before, a county after a comma', () => {
    expect(found('Plans for 300 homes were rejected by Wycliffe District Council on Monday.')).toEqual(['Wycliffe/foreign']);
    expect(found('Shops in the market town of Upper Dunsford will close early, residents of Ashby Parva, Leicestershire, said.')).toEqual([
      'Upper Dunsford/foreign', 'Ashby Parva/foreign', 'Leicestershire/foreign',
    ]);
    // a pinyin name after "the village of" is a Chinese village
    expect(found('Farmers in the village of Xiaogangzhuang grow pears.')).toEqual(['Xiaogangzhuang/village']);
    // a council that is no place's, and a person before a county, are no places
    expect(found('The Arts Council and the Security Council met. Emma Barton, Shropshire, wrote in.')).toEqual(['Shropshire/foreign']);
    // a firm before a city that ends the sentence is no place; a village after "in" is
    expect(found('The loan was backed by Barclays, London. She lives in Lubenham, Leicestershire.')).toEqual(['London/foreign', 'Lubenham/foreign', 'Leicestershire/foreign']);
  });

  it('reads a feature named by several words, a road named after a place as a road, and a country before dollars as no place', () => {
    expect(found('Boats on the Grand Union Canal passed Leicester Road in Leicester.')).toEqual([
      'Grand Union Canal/natural', 'Leicester Road/landmark', 'Leicester/foreign',
    ]);
    // a site named by two site words is one landmark; a river's bridge holds the river
    expect(found('Traffic on the Golden Gate Bridge and the Yellow River Bridge slowed.')).toEqual(['Golden Gate Bridge/landmark', 'Yellow River/natural']);
    expect(found('Shops on Zhongshan Road in Shenzhen took Hong Kong dollars and US dollars.')).toEqual([
      'Zhongshan Road/landmark', 'Shenzhen/prefecture/440300',
    ]);
  });

  it('reads rivers, lakes, mountains, regions and named sites', () => {
    expect(found('The Yellow River, Mount Tai, Lake Tai and Taihu Lake drew tourists from Southeast Asia and the Middle East.')).toEqual([
      'Yellow River/natural', 'Mount Tai/natural', 'Lake Tai/natural', 'Taihu Lake/natural', 'Southeast Asia/region', 'Middle East/region',
    ]);
    expect(found('Floods hit the River Calder and the Xiaoqing river; the Mogao Grottoes closed.')).toEqual([
      'River Calder/natural', 'Xiaoqing river/natural', 'Mogao Grottoes/landmark',
    ]);
    expect(found('The Weifang high-tech zone and the Greater Bay Area grew.')).toEqual(['Weifang/prefecture/370700', 'high-tech zone/devzone', 'Greater Bay Area/region']);
    // a generic zone of two words after its city is split from it too, with the code of the city's zone (苏州工业园区); a park alone is no zone
    expect(found("Firms in Jiangsu's Suzhou Industrial Park and the Zhoushan demonstration zone hired; Jinan Park was busy.")).toEqual([
      'Jiangsu/province/320000', 'Suzhou/prefecture/320500', 'Industrial Park/devzone/320576', 'Zhoushan/prefecture/330900', 'demonstration zone/devzone', 'Jinan/prefecture/370100',
    ]);
  });

  it('links names the pinyin does not give (Urumqi, Tibet, Qiqihar) and prefers units the text supports', () => {
    expect(found('Herders from Garze, Ngawa and Golog met traders from Horgos and farmers from Hongdong county.')).toEqual([
      'Garze/prefecture/513300', 'Ngawa/prefecture/513200', 'Golog/prefecture/632600', 'Horgos/county/654004', 'Hongdong county/county/141024',
    ]);
    expect(found('Flights link Tibet, Lhasa and Kashgar with Qiqihar.')).toEqual([
      'Tibet/province/540000', 'Lhasa/prefecture/540100', 'Kashgar/prefecture/653100', 'Qiqihar/prefecture/230200',
    ]);
    // Longquan is a county-level city in Zhejiang and a town in many places: Zichuan named, the town of Zichuan
    expect(found('In Zichuan district, Longquan town built a school.')).toEqual(['Zichuan district/county/370302', 'Longquan town/township/370302112']);
    expect(found('Visitors to Tai\'an and Xi\'an (also written Xian) rose.')).toEqual(['Tai\'an/prefecture/370900', 'Xi\'an/prefecture/610100', 'Xian/prefecture/610100']);
  });

  it('takes the namesake inside a unit the text names, even after the name (Yiwu, Zhejiang)', () => {
    expect(found('Exports from Yiwu, the small-commodities hub in Zhejiang province, rose.')).toEqual(['Yiwu/county/330782', 'Zhejiang province/province/330000']);
    expect(found('Herders near Yiwu in Xinjiang moved their flocks.')).toEqual(['Yiwu/county/650522', 'Xinjiang/province/650000']);
  });

  it('reads a county written with its level word joined, and plural designators outside the spans', () => {
    expect(found('Growers in Pingyi and Feixian counties of Linyi joined.')).toEqual(['Pingyi/county/371326', 'Feixian/county/371325', 'Linyi/prefecture/371300']);
    expect(found('Officials from Anhui and Jiangxi provinces attended.')).toEqual(['Anhui/province/340000', 'Jiangxi/province/360000']);
  });

  it('adds the places compromise knows, one span per place, and no names of companies or plans', () => {
    expect(found('Flights to California, Texas and Seattle resumed.')).toEqual(['California/foreign', 'Texas/foreign', 'Seattle/foreign']);
    // a capitalised word before a known name does not hide it
    expect(found('Visit Kuala Lumpur, then fly on to Ohio.')).toEqual(['Kuala Lumpur/foreign', 'Ohio/foreign']);
    expect(found('The Belt and Road Initiative helped Country Garden and Dongfeng Motor.')).toEqual([]);
    expect(found('Firms from the Chinese mainland and students of Peking University came.')).toEqual(['Chinese mainland/country', 'Peking/province/110000']);
  });

  it('reads places in lists, features named "X of Y", and never a sentence-initial word as a name', () => {
    expect(found('Schools in Rochdale, Bury and Tameside will share the plan.')).toEqual(['Rochdale/foreign', 'Bury/foreign', 'Tameside/foreign']);
    expect(found('Bury said the plan was fair.')).toEqual([]);
    expect(found('The Strait of Hormuz stayed open. The Dadu River rose. The Bridge reopened.')).toEqual(['Strait of Hormuz/natural', 'Dadu River/natural']);
  });

  it('reads a county alone when the text names its province', () => {
    expect(found('Liuyang in neighboring Hunan province makes fireworks.')).toEqual(['Liuyang/county/430181', 'Hunan province/province/430000']);
    expect(found('Liuyang makes fireworks.')).toEqual([]);
  });

  it('takes a county that shares a larger unit\'s name when the text names its city (Pingxiang, Chongzuo), never on its own name\'s strength', () => {
    expect(found('Durians cross the border at Pingxiang, a county-level city in Chongzuo.')).toEqual(['Pingxiang/county/451481', 'Chongzuo/prefecture/451400']);
    expect(found('Fireworks from Pingxiang in Jiangxi sold well.')).toEqual(['Pingxiang/prefecture/360300', 'Jiangxi/province/360000']);
    expect(found('Spectators came from Lanzhou and Yinchuan to a UNESCO World Heritage site.')).toEqual(['Lanzhou/prefecture/620100', 'Yinchuan/prefecture/640100']);
  });

  it('reads Britain\'s numbered roads as landmarks, never an aircraft or a paper size', () => {
    expect(found('Lorries left the M6 for the A38 and queued on the A5(M) near Walsall.')).toEqual([
      'M6/landmark', 'A38/landmark', 'A5(M)/landmark', 'Walsall/foreign',
    ]);
    expect(found('The A380 aircraft landed, and the form is printed on A4 paper.')).toEqual([]);
  });

  it('reads Xinjiang\'s towns by the names the press gives them, and Shandong\'s regions by pinyin', () => {
    expect(found('Farmers in Yengisar and Kargilik sold knives and walnuts to traders from Ghulja.')).toEqual([
      'Yengisar/county/653123', 'Kargilik/county/653126', 'Ghulja/county/654002',
    ]);
    expect(found('Factories across Luzhong and Jiaodong hired.')).toEqual(['Luzhong/region', 'Jiaodong/region']);
  });

  it('reads the Chinese names an English line gives in brackets as Chinese places', () => {
    expect(found('Zichuan District (淄川区) lies in Zibo (淄博).')).toEqual([
      'Zichuan District/county/370302', '淄川区/county/370302', 'Zibo/prefecture/370300', '淄博/prefecture/370300',
    ]);
  });

  it('reads a zone named by a pinyin word that is no unit\'s (or only townships\') as one devzone', () => {
    expect(found('Firms moved to the Qianwan Economic and Technological Development Zone in Qingdao and the Lingang High-tech Zone.')).toEqual([
      'Qianwan Economic and Technological Development Zone/devzone', 'Qingdao/prefecture/370200', 'Lingang High-tech Zone/devzone',
    ]);
  });

  it('reads a village the data lacks after in or near when its name ends as English places\' names do', () => {
    expect(found('Homes near Lubenham and a school in Bedminster were flooded.')).toEqual(['Lubenham/foreign', 'Bedminster/foreign']);
    // no such ending, or a name that is a word first (notTowns): no place
    expect(found('Talks in Parliament, fans in Hilton and a deal in Labour circles went on.')).toEqual([]);
  });

  it('reads Britain\'s hills, moors and rivers the press names alone', () => {
    expect(found('Ramblers left the Cotswolds for Dartmoor and Ben Nevis; the Mersey and the Humber rose, but Burton upon Trent stayed dry.')).toEqual([
      'Cotswolds/natural', 'Dartmoor/natural', 'Ben Nevis/natural', 'Mersey/natural', 'Humber/natural', 'Burton upon Trent/foreign',
    ]);
  });

  it('reads moors and downs as natural features, and a currency symbol\'s letters as no place', () => {
    expect(found('Walkers crossed Bodmin Moor and the South Downs.')).toEqual(['Bodmin Moor/natural', 'South Downs/natural']);
    expect(found('The deal was worth US$3 billion and HK$40 million.')).toEqual([]);
  });

  it('links a pinyin name several units share to the unit its designator translates (district: 区, county: 县)', () => {
    expect(found('Residents of Chaoyang district in Beijing voted.')).toEqual(['Chaoyang district/county/110105', 'Beijing/province/110000']);
    expect(found('Heping district in Shenyang reported snow.')).toEqual(['Heping district/county/210102', 'Shenyang/prefecture/210100']);
    expect(found('Taishan district of Tai\'an opened a museum.')).toEqual(['Taishan district/county/370902', 'Tai\'an/prefecture/370900']);
  });

  it('links a shared name to the unit whose larger unit the text names nearest to it', () => {
    expect(found('Nanjing welcomed visitors, and in Fuzhou\'s Gulou district officials opened a library.')).toEqual([
      'Nanjing/prefecture/320100', 'Fuzhou/prefecture/350100', 'Gulou district/county/350102',
    ]);
    expect(found('Officials from Chaoyang in Liaoning met makers of swords from Longquan, a city in Lishui, Zhejiang.')).toEqual([
      'Chaoyang/prefecture/211300', 'Liaoning/province/210000', 'Longquan/county/331181', 'Lishui/prefecture/331100', 'Zhejiang/province/330000',
    ]);
    expect(found('Tai\'an hosted a fair. Taishan, a county-level city in Jiangmen, Guangdong, sent a team.')).toEqual([
      'Tai\'an/prefecture/370900', 'Taishan/county/440781', 'Jiangmen/prefecture/440700', 'Guangdong/province/440000',
    ]);
  });

  it('links a pinyin village to the one village of that reading under the township or county the text names, when its villages are loaded', async () => {
    const text = 'Farmers in Shibadong village of Huayuan county, Hunan province, opened homestays. In Xiaogang village, Fengyang county, Anhui, rice grows.';
    const codes = (await places.findWithVillages(text, 'en')).map((a) => `${a.text}/${a.place.code ?? ''}`);
    expect(codes).toContain('Shibadong village/433124110226');
    expect(codes).toContain('Xiaogang village/341126112206');
    // named alone later, it is the same village
    const again = await places.findWithVillages('In Xiaogang village, Fengyang county, Anhui, farmers grow rice. Xiaogang belongs to Xiaoxihe town.', 'en');
    expect(again.filter((a) => a.text === 'Xiaogang').map((a) => a.place.code)).toEqual(['341126112206']);
    // without the village packs it stays a village, unlinked
    expect(found('Farmers in Shibadong village of Huayuan county grow kiwis.')).toEqual(['Shibadong village/village', 'Huayuan county/county/433124']);
    // a province before "village" is the province
    expect(found('A Hunan village that tourists love')).toEqual(['Hunan/province/430000']);
  });

  it('gives a zone word after its city the code of the city\'s zone of that kind', () => {
    expect(found('NIO is based in the Hefei Economic and Technological Development Zone.')).toEqual([
      'Hefei/prefecture/340100', 'Economic and Technological Development Zone/devzone/340177',
    ]);
  });

  it('links a zone by its own pinyin name inside a place the text names, and reads the free trade port after its province', () => {
    expect(found('The Yangpu Economic Development Zone in Danzhou grew.')).toEqual(['Yangpu Economic Development Zone/devzone/460400', 'Danzhou/prefecture/460400']);
    expect(found('Since the Hainan Free Trade Port plan was unveiled, firms came.')).toEqual(['Hainan/province/460000', 'Free Trade Port/devzone']);
  });

  it('takes the prefecture the press means by a pinyin name two share, unless the text names the other\'s province', () => {
    expect(found('Buyers from Shanghai, Suzhou and Fuzhou came.')).toEqual(['Shanghai/province/310000', 'Suzhou/prefecture/320500', 'Fuzhou/prefecture/350100']);
    expect(found('Farmers in Suzhou, Anhui province, grow wheat.')).toEqual(['Suzhou/prefecture/341300', 'Anhui province/province/340000']);
  });

  it('links Tibetan counties by the names the press gives them, and reads Hong Kong\'s districts and mountain passes', () => {
    expect(found('In Medog county of Nyingchi, across the Galung La Pass, yaks graze; Tingri is near.')).toEqual([
      'Medog county/county/540423', 'Nyingchi/prefecture/540400', 'Galung La Pass/natural', 'Tingri/county/540223',
    ]);
    expect(found('Retailers in Tsim Sha Tsui, Mong Kok and Sha Tin, and in Macao\'s Taipa, gave way.')).toEqual([
      'Tsim Sha Tsui/landmark', 'Mong Kok/landmark', 'Sha Tin/county', 'Macao/province/820000', 'Taipa/county',
    ]);
  });

  it('reads the Highlands\' districts, islands and villages, and a name that is also a surname only in a list of places', () => {
    expect(found('The worst damage was in Lochaber, Skye and Sutherland; the A82 near Invergarry and Fort Augustus closed.')).toEqual([
      'Lochaber/foreign', 'Skye/foreign', 'Sutherland/foreign', 'A82/landmark', 'Invergarry/foreign', 'Fort Augustus/foreign',
    ]);
    expect(found('Donald Sutherland starred in the film.')).toEqual([]);
  });

  it('reads a county in a dateline in capitals when the province after it holds it, and Taiwan\'s cities', () => {
    expect(found('RONGJIANG, Guizhou -- Fans filled the stadium.')).toEqual(['RONGJIANG/county/522632', 'Guizhou/province/520000']);
    expect(found('RONGJIANG -- Fans filled the stadium.')).toEqual([]);
    expect(found('Ferries sail from Pingtan to Hsinchu and Tainan.').map((p) => p.split('/')[0])).toEqual(['Pingtan', 'Hsinchu', 'Tainan']);
  });

  it('reads no feature from a word joined by a hyphen (Cross-Strait), no unknown prefecture (Super League), and sites on a Lane', () => {
    expect(found('Fujian Sees Cross-Strait Trade Rebound')).toEqual(['Fujian/province/350000']);
    expect(found('Fans of the Village Super League came.')).toEqual([]);
    expect(found('The site next to Maer Lane was sold.')).toEqual(['Maer Lane/landmark']);
    // a title before a site's name makes no person of it; a place inside it is the place
    expect(found('Visitors to the Princess Royal Hospital and the Royal Shrewsbury Hospital pay more, Prince William said.')).toEqual([
      'Princess Royal Hospital/landmark', 'Shrewsbury/foreign',
    ]);
  });

  it('reads no village from a pinyin-like English word before a plural designator in a headline', () => {
    expect(found('Highway Network Tops 120,000 km as Remote Villages Get Connected')).toEqual([]);
    expect(found('Xiaogang Village Marks 46 Years Since Farmers\' Pact')).toEqual(['Xiaogang Village/village']);
  });

  it('reads sites by their whole capitalised name, China\'s numbered roads, and no site inside an organisation\'s name', () => {
    expect(found('A car park on Mytton Oak Road will open.')).toEqual(['Mytton Oak Road/landmark']);
    expect(found('Coaches arrive along the G65 expressway and G318 National Highway.')).toEqual(['G65 expressway/landmark', 'G318 National Highway/landmark']);
    expect(found('the Wine Industry Park Administrative Committee said')).toEqual([]);
    expect(found('The Crescent Moon Spring and the Dehang Grand Canyon drew crowds.')).toEqual(['Crescent Moon Spring/natural', 'Dehang Grand Canyon/natural']);
  });

  it('reads a town the text showed to be a place as one where it stands again, and a district named with a compass word before its council', () => {
    expect(found('Hemsby homes to be demolished\n\nFive homes in Hemsby, Norfolk, will go. North Norfolk District Council said so.')).toEqual([
      'Hemsby/foreign', 'Hemsby/foreign', 'Norfolk/foreign', 'North Norfolk/foreign',
    ]);
    expect(found('Further up the coast at Happisburgh, cliffs retreat.')).toEqual(['Happisburgh/foreign']);
    expect(found('The wall runs from Gibraltar Point to Skegness.')).toEqual(['Gibraltar Point/natural', 'Skegness/foreign']);
  });

  it('reads a given name that is a place as the place before a court, a club or a hall, and a country before a surname as a person', () => {
    expect(found('Chester Zoo reopened as Preston Crown Court heard the case and Preston Town Hall shut.')).toEqual(['Chester/foreign', 'Preston/foreign', 'Preston/foreign']);
    expect(found('Jordan Henderson and Sydney Lewis scored, and fans flew in from Jordan.')).toEqual(['Jordan/foreign']);
  });

  it('keeps a compass word inside a feature\'s name, and no feature word before a settlement\'s designator in a headline', () => {
    expect(found('Walkers on the North York Moors and the West Pennine Moors were warned.')).toEqual(['North York Moors/natural', 'West Pennine Moors/natural']);
    expect(found('In a Jiangsu Canal Town, Boat Builders Look to Tourists')).toEqual(['Jiangsu/province/320000']);
  });

  it('reads another country\'s province or prefecture with its designator, known to the data or not', () => {
    expect(found("The road links Vietnam's Lao Cai province with Japan's Gifu prefecture and Washington state.")).toEqual([
      'Vietnam/foreign', 'Lao Cai province/foreign', 'Japan/foreign', 'Gifu prefecture/foreign', 'Washington state/foreign',
    ]);
    expect(found('Durham County Council met on Monday.')).toEqual(['Durham/foreign']);
  });

  it('reads British towns by the short names the press gives them, and Chinese units by their English names', () => {
    expect(found('Fans travelled from Barrow and Berwick to see the match in Leamington.')).toEqual(['Barrow/foreign', 'Berwick/foreign', 'Leamington/foreign']);
    expect(found('Mohe is administered by the Da Hinggan Ling Prefecture.')).toEqual(['Mohe/county/232701', 'Da Hinggan Ling Prefecture/prefecture/232700']);
  });

  it('reads a province before a feature word in a title-case headline as the province, and banners by their Mongolian names', () => {
    expect(found('Herders Cut Flocks as Inner Mongolia Grasslands Recover\nHerders in Abag Banner and East Ujimqin grazed less.')).toEqual([
      'Inner Mongolia/province/150000', 'Abag Banner/county/152522', 'East Ujimqin/county/152525',
    ]);
    expect(found('Inner Mongolia grasslands recover as herders in Xilingol cut flocks.')).toEqual(['Inner Mongolia/province/150000', 'Xilingol/prefecture/152500']);
  });

  it('reads no feature or site from a name that goes on into an organisation\'s, a site named after a place as the place, and a royal namesake as a site', () => {
    expect(found('The Snowdon Mountain Railway runs to the summit of Snowdon.')).toEqual(['Snowdon/natural', 'Snowdon/natural']);
    expect(found('Flights were cut at Haikou Meilan International Airport.')).toEqual(['Haikou/prefecture/460100', 'Meilan/county/460108']);
    expect(found('Patients at the Royal Victoria Infirmary and the Royal Shrewsbury Hospital waited across the North East.')).toEqual([
      'Royal Victoria Infirmary/landmark', 'Shrewsbury/foreign', 'North East/region',
    ]);
  });

  it('supports a township with its county named alone elsewhere in the text, never with its own other reading', () => {
    expect(found('The storm made landfall in the city of Wenchang. Trees fell in Longlou town.')).toEqual(['Wenchang/county/469005', 'Longlou town/township/469005109']);
  });

  it('reads Scotland\'s council areas, Qinghai\'s Tibetan counties by the names the press gives them, and Sanjiangyuan', () => {
    expect(found('A man from Inverclyde was fined at a service station in North Lanarkshire, not in Renfrewshire.')).toEqual([
      'Inverclyde/foreign', 'North Lanarkshire/foreign', 'Renfrewshire/foreign',
    ]);
    expect(found('Cameras in Zadoi county and Madoi caught snow leopards in the Sanjiangyuan National Park.')).toEqual([
      'Zadoi county/county/632722', 'Madoi/county/632626', 'Sanjiangyuan/region',
    ]);
  });

  it('keeps the compass word of a country\'s own name before a possessive, and reads loughs', () => {
    expect(found("Lough Neagh supplies 40% of Northern Ireland's water; South Korea's firms and Northwest China's Xinjiang grew.")).toEqual([
      'Lough Neagh/natural', 'Northern Ireland/foreign', 'South Korea/foreign', 'China/country', 'Xinjiang/province/650000',
    ]);
  });

  it('reads no township from a word inside a capitalised run before a capitalised designator in a title-case headline', () => {
    expect(found('Oolong Tea Town in Fujian Brews Up Digital Sales')).toEqual(['Fujian/province/350000']);
    expect(found("In Hubei's Mountains, Selenium-Rich Tea Lifts a Tujia Town")).toEqual(['Hubei/province/420000']);
  });

  it('reads towns of the United States, Canada and Australia: names of several words anywhere, one-word names with context, a dateline with its state', () => {
    expect(found("Bus riders in Coeur d'Alene and Wilkes-Barre face cuts; the route to Winston-Salem, North Carolina, ends.")).toEqual([
      "Coeur d'Alene/foreign", 'Wilkes-Barre/foreign', 'Winston-Salem/foreign', 'North Carolina/foreign',
    ]);
    expect(found('OROVILLE, Calif. (AP) - The fire near Oroville in Butte County spread north, and a fire near Kelowna forced 2,400 residents out.')).toEqual([
      'OROVILLE/foreign', 'Calif./foreign', 'Oroville/foreign', 'Butte County/foreign', 'Kelowna/foreign',
    ]);
    expect(found('He lives in Fargo, N.D., and works in St. Thomas, Ontario.')).toEqual(['Fargo/foreign', 'N.D./foreign', 'St. Thomas/foreign', 'Ontario/foreign']);
    expect(found('PHOENIX (AP) - A man was sentenced.\nIn Yellowknife, N.W.T., residents of Lismore in northern NSW and of Ballina and Casino left by the Bruce Highway.')).toEqual([
      'PHOENIX/foreign', 'Yellowknife/foreign', 'N.W.T./foreign', 'Lismore/foreign', 'NSW/foreign', 'Ballina/foreign', 'Casino/foreign', 'Bruce Highway/landmark',
    ]);
    // a town's name that is a word or a given name first stays a word without context; Grand and Union begin a canal's name
    expect(found('Redding said the Grand Union Canal was closed.')).toEqual(['Grand Union Canal/natural']);
  });

  it('reads names with a possessive or Welsh connectors inside, and a site named with a possessive', () => {
    expect(found("Flooding hit King's Lynn and Bishop's Castle, and pubs on King's Staith in York; walkers left Pen-y-Pass for Betws-y-Coed.")).toEqual([
      "King's Lynn/foreign", "Bishop's Castle/foreign", "King's Staith/landmark", 'York/foreign', 'Pen-y-Pass/natural', 'Betws-y-Coed/foreign',
    ]);
    expect(found("Dr. Kieran Moore, Ontario's chief medical officer, spoke.")).toEqual(['Ontario/foreign']);
  });

  it("reads a county named with its ethnic groups in a list with commas, and Taiwan's counties by the names the press gives them", () => {
    expect(found('Residents of Jishishan Bonan, Dongxiang and Salar Autonomous County in Gansu moved into new homes.')).toEqual([
      'Jishishan Bonan, Dongxiang and Salar Autonomous County/county/622927', 'Gansu/province/620000',
    ]);
    expect(found("Earlier, the storm hit Taiwan's Yilan as a typhoon.")).toEqual(['Taiwan/province/710000', 'Yilan/prefecture']);
    expect(found('Farmers in Yilan county of Harbin harvested rice.')).toEqual(['Yilan county/county/230123', 'Harbin/prefecture/230100']);
  });

  it('reads no common word before a feature\'s or a county\'s capitalised word in a headline in title case, where a pinyin name stays', () => {
    expect(found('Dark Tea Brews Prosperity in Mountain County of Central China')).toEqual(['Central China/region']);
    expect(found('Green Village Turns Bamboo Hills Into Tourism Gold')).toEqual([]);
    expect(found('Xitiao River Runs Clear Again')).toEqual(['Xitiao River/natural']);
    // in a sentence the capitals say it: a county abroad, hills, and pinyin names with a syllable of a, o or e inside
    expect(found('Floods hit Butte County. Boats on Spring Valley Lake passed Bamboo Hills.')).toEqual(['Butte County/foreign', 'Spring Valley Lake/natural', 'Bamboo Hills/natural']);
    expect(found('Growers in Tai\'an, Taian and Erdaogou village joined.')).toEqual(['Tai\'an/prefecture/370900', 'Taian/prefecture/370900', 'Erdaogou village/village']);
  });

  it('reads a road named by a surname and a word (Yu Chau Street), and numbered roads of Britain and America', () => {
    expect(found('More than 1,500 people live along Yu Chau Street. Li Qiang met Yu Hong.')).toEqual(['Yu Chau Street/landmark']);
    expect(found('A303: Villagers fear rat-run\nWork on Route 70 between Interstate 295 and I-95 starts; State Route 9 is shut.')).toEqual([
      'A303/landmark', 'Route 70/landmark', 'Interstate 295/landmark', 'I-95/landmark', 'State Route 9/landmark',
    ]);
    // a road's number alone, or a letter and digits inside a line, is no road
    expect(found('Route planners met. The A303 bid and an A380 won.')).toEqual(['A303/landmark']);
  });

  it("reads Britain's famous sites, Hong Kong's neighbourhoods and Singapore's towns", () => {
    expect(found("The tunnel past Stonehenge and Hadrian's Wall drew protests.")).toEqual(['Stonehenge/landmark', "Hadrian's Wall/landmark"]);
    expect(found('Flats in To Kwa Wan, Tsing Yi and Kowloon East, and in Tampines and Bukit Merah, were sold.')).toEqual([
      'To Kwa Wan/county', 'Tsing Yi/county', 'Kowloon East/region', 'Tampines/foreign', 'Bukit Merah/foreign',
    ]);
    // a Chinese unit's pinyin Singapore also uses stays the Chinese unit
    expect(found('Bishan district of Chongqing grew.')).toEqual(['Bishan district/county/500120', 'Chongqing/province/500000']);
  });

  it("reads India's cities with context, a dateline in mixed case before its date, and towns after nearby or by a sports ground", () => {
    expect(found('Kannur, July 3 (PTI) Rain hit Kozhikode.\nThiruvananthapuram, Jul 16 (PTI) Rain fell in Shimoga.')).toEqual(['Kannur/foreign', 'Thiruvananthapuram/foreign', 'Shimoga/foreign']);
    expect(found('In nearby Voorhees, and in neighbouring Evesham Township, residents met. Australia won at the Adelaide Oval.')).toEqual([
      'Voorhees/foreign', 'Evesham Township/foreign', 'Australia/foreign', 'Adelaide/foreign',
    ]);
    // a name in mixed case before a date inside a line, and a given name before a surname, are no place
    expect(found('He said Kannur, July 3 was hot. Adelaide Smith spoke.')).toEqual([]);
  });

  it('reads names with two connectors between hyphens, a compass word before a province in a headline, and no article before a designator', () => {
    expect(found('Residents of Whitwell-on-the-Hill met in Whitwell, and walkers left Pen-y-Pass for Betws-y-Coed.')).toEqual([
      'Whitwell-on-the-Hill/foreign', 'Whitwell/foreign', 'Pen-y-Pass/natural', 'Betws-y-Coed/foreign',
    ]);
    // the region the data names in lower case (northern Guangxi) is the province after its compass word, as in lower case
    expect(found('Floods Hit Northern Guangxi as Rivers Rise')).toEqual(['Guangxi/province/450000']);
    expect(found("Northern Ireland's ports grew.")).toEqual(['Northern Ireland/foreign']);
    expect(found('A district councillor said the Cross Island Line would reach Pasir Ris and the Racecourse Ground.')).toEqual(['Pasir Ris/foreign', 'Racecourse Ground/landmark']);
  });

  it('reads a club called County after its town as the town, where an American county keeps its word', () => {
    expect(found('Stockport County beat Notts County at Edgeley Park.')).toEqual(['Stockport/foreign', 'Notts/foreign', 'Edgeley Park/landmark']);
    expect(found('Officials in Camden County and Durham County, North Carolina, met.')).toEqual(['Camden County/foreign', 'Durham County/foreign', 'North Carolina/foreign']);
  });

  it("reads a headline's road before the word of its event, and Ireland's national roads, not a mask's name", () => {
    expect(found('A82 closure: Fort William businesses count cost\nThe N56 near Letterkenny is shut.')).toEqual([
      'A82/landmark', 'Fort William/foreign', 'N56/landmark', 'Letterkenny/foreign',
    ]);
    expect(found('Staff wore the N95 masks.\nA82 Closure Hits Trade')).toEqual([]);
  });

  it("reads Irish and Scottish villages by their Gaelic beginnings after a word of place or a route's start, and towns before a council in lower case", () => {
    expect(found('A ferry runs to Rathmullan, and the road runs from Kilmacrennan.')).toEqual(['Rathmullan/foreign', 'Kilmacrennan/foreign']);
    expect(found('The Drumnadrochit to Fort Augustus bus runs. Elsewhere, Buncrana town council met.')).toEqual([
      'Drumnadrochit/foreign', 'Fort Augustus/foreign', 'Buncrana/foreign',
    ]);
    // a word of such a beginning with no word of place before it, and a common word after one, are no place
    expect(found('Kilometres of road were shut. He spoke to Parliament about Drumming.')).toEqual([]);
  });

  it("reads Malaysia's towns of 15,000 people", () => {
    expect(found('Traffic from Johor Bahru and Petaling Jaya to Shah Alam grew.')).toEqual(['Johor Bahru/foreign', 'Petaling Jaya/foreign', 'Shah Alam/foreign']);
  });

  it("ends a name in lower case only as the name is written, and reads a village named as a site is named", () => {
    // The Villages of Florida is no "The villages of" at a sentence's start; the Chinese mainland is written so
    expect(found('The villages of Xidi and Hongcun grew. The Villages, Florida, grew. Trade with the Chinese mainland rose.')).toEqual([
      'Xidi/landmark', 'Hongcun/landmark', 'The Villages/foreign', 'Florida/foreign', 'Chinese mainland/country',
    ]);
    expect(found('Homestays in Huangling village, Wuyuan county, Jiangxi, are full.')).toEqual(['Huangling village/village', 'Wuyuan county/county/361130', 'Jiangxi/province/360000']);
    // a province before "village" is still the province
    expect(found('A Shandong village won.')).toEqual(['Shandong/province/370000']);
  });

  it("reads more of Hong Kong's neighbourhoods, and Malaysia's, Australia's and New Zealand's regions and towns GeoNames lacks", () => {
    expect(found('Ferries from Mui Wo and Tai O were cut; flats in Tiu Keng Leng and Shek O were sold.')).toEqual([
      'Mui Wo/county', 'Tai O/county', 'Tiu Keng Leng/county', 'Shek O/county',
    ]);
    expect(found("Hail hit Havelock North in Hawke's Bay; the Riverina and Wagga Wagga are dry; Bayan Lepas is near Johor Baru.")).toEqual([
      "Havelock North/foreign", "Hawke's Bay/foreign", 'Riverina/foreign', 'Wagga Wagga/foreign', 'Bayan Lepas/foreign', 'Johor Baru/foreign',
    ]);
    // the central coast in lower case is no region
    expect(found('Storms hit the central coast.')).toEqual([]);
  });

  it('reads an American township named with a compass word or unknown to the data, and towns after through', () => {
    expect(found('Farms in East Lampeter Township and Manheim Township were saved; officials from East Lampeter met.')).toEqual([
      'East Lampeter Township/foreign', 'Manheim Township/foreign', 'East Lampeter/foreign',
    ]);
    expect(found('Diversions send drivers through Bromfield and Onibury.')).toEqual(['Bromfield/foreign', 'Onibury/foreign']);
    // a township's council, a headline's words in title case and a word after through are no place
    expect(found('The Township Council met. It went through Parliament.')).toEqual([]);
  });

  it("reads a housing estate as a named site, not a company's real estate", () => {
    expect(found('Lifts at Lek Yuen Estate in Sha Tin and at the Sandringham Estate were replaced.')).toEqual([
      'Lek Yuen Estate/landmark', 'Sha Tin/county', 'Sandringham Estate/landmark',
    ]);
    expect(found('Shares of Country Garden Real Estate and Sun Hung Kai Real Estate Agency fell.')).toEqual([]);
  });
  it("reads an ethnic township by its group's name before the designator, and no other word there", () => {
    expect(found('Herders in Mati Tibetan township, Sunan county, and the Pingshanhu Mongolian ethnic township of Ganzhou district guide tourists.')).toEqual([
      'Mati Tibetan township/township/620721200', 'Sunan county/county/620721', 'Pingshanhu Mongolian ethnic township/township/620702211', 'Ganzhou district/county/620702',
    ]);
    // a word that names no ethnic group is no part of the township's designator
    expect(found('Guides from Mati Danxia township met.')).not.toContain('Mati Danxia township/township/620721200');
  });

  it('ends no site at a word hyphened to the next, and reads a site after a surname and a word as the site', () => {
    expect(found('Oasis Towns Draw Road-Trippers')).toEqual([]);
    expect(found('Cracks were found at Fu Heng Estate in Tai Po.')).toEqual(['Fu Heng Estate/landmark', 'Tai Po/county']);
    // a surname and a given name alone are a person
    expect(found('Fu Heng said the estate was safe.')).toEqual([]);
  });

  it('reads a road opening a headline with words in lower case after it, and trails as sites', () => {
    expect(found('A30 upgrade opens as jams grow\nThe road opened.')).toEqual(['A30/landmark']);
    expect(found('M2 money supply grew\nA4 paper prices rise')).toEqual([]);
    expect(found('Sections of the Georgian Trail and the Cabot Trail will close.')).toEqual(['Georgian Trail/landmark', 'Cabot Trail/landmark']);
    expect(found('He left a paper trail.')).toEqual([]);
  });

  it("reads a municipality styled the Township of, one name over a hyphen, and a Malay village's name after Kampung", () => {
    expect(found('Council in the Township of Essa and the Township of Oro-Medonte met.')).toEqual(['Essa/foreign', 'Oro-Medonte/foreign']);
    // not inside a longer capitalised name
    expect(found('Officers at the DeConcini Port of Entry found pills.')).toEqual([]);
    expect(found('Families in Kampung Sim-Sim and Kampong Glam moved.')).toEqual(['Kampung Sim-Sim/foreign', 'Kampong Glam/foreign']);
    expect(found('Kampung folk moved.')).toEqual([]);
  });

  it("reads more of Hong Kong's New Territories, Sabah's and Tasmania's towns and Ireland's villages GeoNames lacks", () => {
    expect(found('Shops in San Tin, Hung Shui Kiu and Lam Tsuen shut.')).toEqual(['San Tin/county', 'Hung Shui Kiu/county', 'Lam Tsuen/county']);
    expect(found('Cabbages from Kundasang, Tuaran and Penampang rose; work began at Rosscarbery.')).toEqual([
      'Kundasang/foreign', 'Tuaran/foreign', 'Penampang/foreign', 'Rosscarbery/foreign',
    ]);
    expect(found('A crash near Campbell Town sent traffic through Ross.')).toEqual(['Campbell Town/foreign', 'Ross/foreign']);
    // Ross is a person where no word of place comes before it
    expect(found('Ross said the road was shut.')).toEqual([]);
  });

  it('reads a locality word after a place or a possessive as one place: Hyde Park Corner, Charing Cross, King\'s Cross, Edmonton Green', () => {
    expect(found("Traffic stood at Hyde Park Corner, Charing Cross and King's Cross St Pancras; buses from Edmonton Green were full.")).toEqual([
      'Hyde Park Corner/foreign', 'Charing Cross/foreign', "King's Cross/foreign", 'St Pancras/foreign', 'Edmonton Green/foreign',
    ]);
    // not after the article, nor after a given name, nor before an organisation's word
    expect(found('He won the Victoria Cross and gave to the Red Cross.')).toEqual([]);
    expect(found("Sarah's Corner shop shut.")).toEqual([]);
    expect(found('The Brighton Green Party met.')).toEqual(['Brighton/foreign']);
  });

  it('ends no feature at a word hyphened to the next: the Huangmaohai Sea-Crossing Passage', () => {
    expect(found('The Huangmaohai Sea-Crossing Passage opened.')).not.toContain('Huangmaohai Sea/natural');
    expect(found('Boats crossed the Huangmaohai Sea.')).toEqual(['Huangmaohai Sea/natural']);
  });

  it("reads a dale, a port and a lough as British and Irish places' endings, and Irish beginnings even where they read as pinyin", () => {
    expect(found('Walks in Farndale, in Upper Eskdale, ferries at Rossport, homes near Inishbofin, in Glenbeigh, at Castlegregory and near Knocklong.')).toEqual([
      'Farndale/foreign', 'Upper Eskdale/foreign', 'Rossport/foreign', 'Inishbofin/foreign', 'Glenbeigh/foreign', 'Castlegregory/foreign', 'Knocklong/foreign',
    ]);
    // not without a word of place before them
    expect(found('Inishbofin said. Farndale agreed. Glenbeigh left.')).toEqual([]);
  });

  it("reads London's neighbourhoods and the villages of Cornwall, Cork, Donegal, the Highlands and the Dales GeoNames lacks", () => {
    expect(found('Flats in Marylebone and Tottenham Hale; boats from Mousehole to Glengarriff; roads near Plockton, Kettlewell and Dunfanaghy.')).toEqual([
      'Marylebone/foreign', 'Tottenham Hale/foreign', 'Mousehole/foreign', 'Glengarriff/foreign', 'Plockton/foreign', 'Kettlewell/foreign', 'Dunfanaghy/foreign',
    ]);
    // a name that is a cheese, a word or a surname too needs a word of place
    expect(found('Wensleydale cheese and Tongue twisters; Hawes said so.')).toEqual([]);
    expect(found('Farms in Wensleydale and the road to Tongue.')).toEqual(['Wensleydale/foreign', 'Tongue/foreign']);
  });

  it('reads an Australian town before its Regional or Shire Council, and a Welsh, Irish or Scottish beginning after of', () => {
    expect(found('Toowoomba Regional Council and Goondiwindi Shire Council met residents of Aberdaron.')).toEqual([
      'Toowoomba/foreign', 'Goondiwindi/foreign', 'Aberdaron/foreign',
    ]);
    // an English ending after of may be a surname's; a beginning not right after of stays unknown
    expect(found('The work of Priestley was read. Aberdaron said.')).toEqual([]);
  });

  it('links Qianhai, the Shenzhen zone the press names without its designator, where the text supports it', () => {
    expect(found("Firms in Shenzhen's Qianhai zone grew.")).toEqual(['Shenzhen/prefecture/440300', 'Qianhai/devzone/440305']);
  });

  it('links a village whose name holds a character only villages have (碓 of 碓臼峪村), by its reading alone', async () => {
    const text = 'Tourists visit Duijiuyu village in Changping district, Beijing, and Duijiugou village of Dongwankou township, Chicheng county, Hebei.';
    const codes = (await places.findWithVillages(text, 'en')).map((a) => `${a.text}/${a.place.code ?? ''}`);
    expect(codes).toContain('Duijiuyu village/110114119237');
    expect(codes).toContain('Duijiugou village/130732206207');
    // a reading no village under the places named has stays a village, unlinked
    const none = await places.findWithVillages('Tourists visit Duijiuzhuang village in Changping district, Beijing.', 'en');
    expect(none.map((a) => `${a.text}/${a.place.code ?? ''}`)).toContain('Duijiuzhuang village/');
  });

  it("links a village by another reading villages' names give a character (堡 pu: Shilipu village for 十里堡村), as by its usual one", async () => {
    const codes = async (text: string) => (await places.findWithVillages(text, 'en')).map((a) => `${a.text}/${a.place.code ?? ''}`);
    expect(await codes('Farmers in Shilipu village of Shunyi district, Beijing, grow pears.')).toContain('Shilipu village/110113008212');
    expect(await codes('Farmers in Shilibao village of Shunyi district, Beijing, grow pears.')).toContain('Shilibao village/110113008212');
    // no reading of any character gives this name
    expect(await codes('Farmers in Shilipo village of Shunyi district, Beijing, grow pears.')).toContain('Shilipo village/');
  });

  it("links a Beijing township the data names an area (地区) by its pinyin and the designator the press gives it", () => {
    expect(found('Pear growers in Nanfaxin town, Shunyi district, Beijing, met.')).toEqual(['Nanfaxin town/township/110113008', 'Shunyi district/county/110113', 'Beijing/province/110000']);
    // a township's name alone, with no place the text names around it, stays unread
    expect(found('Nanfaxin said the pears were ripe.')).toEqual([]);
  });

  it("links an autonomous county whose English name has a hyphened word before Autonomous County (Longsheng Multi-Ethnic), by its name alone", () => {
    expect(found("Farmers in Longsheng, a county in south China's Guangxi Zhuang Autonomous Region, cut rice.")).toEqual([
      'Longsheng/county/450328', 'China/country', 'Guangxi Zhuang Autonomous Region/province/450000',
    ]);
    expect(found('Longsheng Various Nationalities Autonomous County lies in Guilin.')).toEqual(['Longsheng Various Nationalities Autonomous County/county/450328', 'Guilin/prefecture/450300']);
  });

  it("reads no village in an ethnic group's name before village or township, where the group says whose the village is", () => {
    expect(found('Dazhai, a Yao village of 260 households, and a Miao township nearby, sell tickets.')).toEqual([]);
    // a pinyin name the data lacks before village is still a village
    expect(found('Dazhaiba village, in Guangxi, sells tickets.')).toEqual(['Dazhaiba village/village', 'Guangxi/province/450000']);
  });

  it('reads a stream and the wolds as natural features after their names', () => {
    expect(found('Rafts float down the Jiuqu Stream below the Lincolnshire Wolds.')).toEqual(['Jiuqu Stream/natural', 'Lincolnshire Wolds/natural']);
    // a stream in lower case is no name's word
    expect(found('A stream of visitors came.')).toEqual([]);
  });

  it('reads a municipality named after a feature with its American division after it (Lake of Bays Township), the feature alone without it', () => {
    expect(found('Lake of Bays Township said it would not pay. Boats cross the Lake of Bays.')).toEqual(['Lake of Bays Township/foreign', 'Lake of Bays/natural']);
  });

  it("reads the small villages of Kerry's peninsulas, the Lincolnshire Wolds and Muskoka that GeoNames' towns lack", () => {
    expect(found('Trade in Ventry, Ballyferriter and Annascaul fell; ferries left Dunquin. Tealby and Baysville voted.')).toEqual([
      'Ventry/foreign', 'Ballyferriter/foreign', 'Annascaul/foreign', 'Dunquin/foreign', 'Tealby/foreign', 'Baysville/foreign',
    ]);
  });

  it('links a shared name again to the unit the text tied it to only where this mention may mean that unit, and by the place nearest it', () => {
    // the designator tells the seat town from its county
    expect(found('Longsheng town, the seat of Longsheng county in Guilin, is busy.')).toEqual(['Longsheng town/township/450328100', 'Longsheng county/county/450328', 'Guilin/prefecture/450300']);
    // the place right after the name holds it, though the other's place started nearer before it
    expect(found('Tongzhou district of Beijing and Tongzhou district of Nantong, Jiangsu.')).toEqual([
      'Tongzhou district/county/110112', 'Beijing/province/110000', 'Tongzhou district/county/320612', 'Nantong/prefecture/320600', 'Jiangsu/province/320000',
    ]);
    // with nothing to tell them apart, the name keeps the unit the text tied it to
    expect(found('Tongzhou district of Beijing grew. Later Tongzhou said it would.')).toEqual(['Tongzhou district/county/110112', 'Beijing/province/110000', 'Tongzhou/county/110112']);
  });

  it("reads a Hong Kong village by Tsuen after its name's capitalised words, a known place's name among them", () => {
    expect(found('Villagers of Ha Wan Tsuen and Shek Kong San Tsuen protested.')).toEqual(['Ha Wan Tsuen/village', 'Shek Kong San Tsuen/village']);
    // Tsuen first names the district; a title's surname is no village
    expect(found('Tsuen Wan is busy. Mr Tsuen said.')).toEqual(['Tsuen Wan/county']);
  });

  it('links a bare name to the county-level unit the text supports, not to a township of that name nearer its support', () => {
    // Harbin is named nearer, but the county-level city in the province named is what a bare name means
    expect(found('Heilongjiang province sends fish to Tongjiang and Harbin.')).toEqual(['Heilongjiang province/province/230000', 'Tongjiang/county/230881', 'Harbin/prefecture/230100']);
    // with its designator a subdistrict keeps its own reading
    expect(found('Tongjiang subdistrict of Daoli district, Harbin, is busy.')).toEqual(['Tongjiang subdistrict/township/230102010', 'Daoli district/county/230102', 'Harbin/prefecture/230100']);
  });

  it('lets a shared name the text narrowed to one unit hold the townships named under it', () => {
    // Fuyuan (抚远市 and 富源县) is 抚远 by Heilongjiang, and so holds Wusu town
    expect(found('In Wusu town of Fuyuan, Heilongjiang province, the sun rises early.')).toEqual([
      'Wusu town/township/230883103', 'Fuyuan/county/230883', 'Heilongjiang province/province/230000',
    ]);
    // with nothing to narrow Fuyuan, a town two units hold (海青镇 of Fuyuan and of Qingdao) stays unlinked
    expect(found('In Haiqing town of Fuyuan, the sun rises early.').map((p) => p.split('/').length)).toEqual([2, 2]);
  });

  it("links an ethnic township the press writes with its people apart in English (Nanyi Lhoba ethnic township), where the data joins them in pinyin", () => {
    expect(found('Peach trees bloom in Nanyi Lhoba ethnic township of Mainling.')).toEqual(['Nanyi Lhoba ethnic township/township/540481201', 'Mainling/county/540481']);
    // the name without its people and designator, with no place around it, stays unread
    expect(found('Nanyi said the peaches were ripe.')).toEqual([]);
  });

  it("reads Xinjiang's counties by the Uygur, Kazak and Mongolian forms Xinhua writes", () => {
    expect(found('Herders in Tekes county and Qapqal Xibe Autonomous County, and walnut growers in Karakax, met.')).toEqual([
      'Tekes county/county/654027', 'Qapqal Xibe Autonomous County/county/654022', 'Karakax/county/653222',
    ]);
  });

  it("reads Inner Mongolia's districts, cities and banners by the Mongolian forms Xinhua writes, not their pinyin", () => {
    expect(found('Flights from Hailar and Ulanhot reach Arxan; herders in Chen Barag Banner and Xin Barag Left Banner, and Zalantun, met.')).toEqual([
      'Hailar/county/150702', 'Ulanhot/county/152201', 'Arxan/county/152202', 'Chen Barag Banner/county/150725',
      'Xin Barag Left Banner/county/150726', 'Zalantun/county/150783',
    ]);
    // a word inside another (Hailar's letters in a longer name) is none of them
    expect(found('The Hailary brand and the Arxanian dialect were named.')).toEqual([]);
  });

  it("reads Taiwan's counties with County inside the span, and its townships and districts the press names", () => {
    expect(found("Hotels in Hualien County and Taitung County's Chishang and Guanshan filled; Su'ao and Tamsui did not.")).toEqual([
      'Hualien County/prefecture', 'Taitung County/prefecture', 'Chishang/county', 'Guanshan/county', "Su'ao/county", 'Tamsui/county',
    ]);
  });

  it("reads Johor's towns by the Causeway, Singapore's northern estates and the Causeway itself", () => {
    expect(found('Jams past Kranji and Woodlands North reach the Causeway; rents in Iskandar Puteri and Bukit Chagar rose.')).toEqual([
      'Kranji/foreign', 'Woodlands North/foreign', 'Causeway/landmark', 'Iskandar Puteri/foreign', 'Bukit Chagar/foreign',
    ]);
  });

  it('reads an American borough with its word, and a creek or a brook as a feature', () => {
    expect(found('Officials said homes in Yardley Borough and Lower Makefield Township along the banks of Neshaminy Creek and Pine Brook flooded.')).toEqual([
      'Yardley Borough/foreign', 'Lower Makefield Township/foreign', 'Neshaminy Creek/natural', 'Pine Brook/natural',
    ]);
    // the word before another capitalised word is an organisation's
    expect(found('Yardley Borough Council met.').map((p) => p.split('/')[0])).not.toContain('Yardley Borough');
  });

  it('reads a river or a borough the text named with its word again without it, but not a pinyin name', () => {
    expect(found('The River Wye rose. Warnings went out for the Wye. Hulmeville Borough voted; residents of Hulmeville left.')).toEqual([
      'River Wye/natural', 'Wye/foreign', 'Hulmeville Borough/foreign', 'Hulmeville/foreign',
    ]);
    // a pinyin name's word tells a river from its county
    expect(found('The Xiaoqing River rose, Xiaoqing said.')).toEqual(['Xiaoqing River/natural']);
  });

  it("reads the Wye valley's villages in Herefordshire that GeoNames' towns lack", () => {
    expect(found('Sandbags went to Hampton Bishop, Bredwardine and Fownhope.')).toEqual(['Hampton Bishop/foreign', 'Bredwardine/foreign', 'Fownhope/foreign']);
  });

  it('reads the Hezhe by the name Xinhua gives them before ethnic township, where the data has no people in the name (八岔乡)', () => {
    expect(found('Fishermen in Bacha Hezhe ethnic township of Tongjiang, Heilongjiang, dry salmon.')).toEqual([
      'Bacha Hezhe ethnic township/township/230881205', 'Tongjiang/county/230881', 'Heilongjiang/province/230000',
    ]);
    // a word that is no people's name before the designator is no part of the township's name
    expect(found('Fishermen in Bacha Fishing ethnic township dry salmon.').map((p) => p.split('/')[0])).not.toContain('Bacha Fishing ethnic township');
  });

  it("reads Kerala's hill districts and their villages, and New Zealand's east coast, that GeoNames' towns lack", () => {
    expect(found('Families from Chooralmala and Mundakkai in Wayanad live in Kalpetta; Tairāwhiti and Puketapu flooded.')).toEqual([
      'Chooralmala/foreign', 'Mundakkai/foreign', 'Wayanad/foreign', 'Kalpetta/foreign', 'Tairāwhiti/foreign', 'Puketapu/foreign',
    ]);
  });

  it('keeps a feature word in lower case after a name known only as a feature inside its span (the Chaliyar river)', () => {
    expect(found('The Chaliyar river carried debris downstream.')).toEqual(['Chaliyar river/natural']);
    // after a place that is no feature the word in lower case stays outside (a Kalpetta river walk)
    expect(found('A Kalpetta river walk opened.')).toEqual(['Kalpetta/foreign']);
  });

  it('links a name several counties share by a township only one of them holds, named right before it', () => {
    // 街津口乡 is 同江市's alone: Tongjiang is not Sichuan's 通江县
    expect(found('Jiejinkou township in Tongjiang is home to the Hezhe.')).toEqual(['Jiejinkou township/township/230881204', 'Tongjiang/county/230881']);
    // a township named far from the name tells nothing of it
    expect(found('Jiejinkou township is home to the Hezhe. Tourists also visit Tongjiang, where the fish market is.').map((p) => p.split('/').length)).toEqual([2, 2]);
  });

  it('reads a site named after a small unit the text names with its designator too as the place alone', () => {
    expect(found('Visitors crowded the Longji Rice Terraces, which rise in Longji town north of Guilin.')).toEqual([
      'Longji/township/450328103', 'Longji town/township/450328103', 'Guilin/prefecture/450300',
    ]);
    // with no such unit named, the site keeps its name, and a site of a word that is no unit's name keeps it too
    expect(found('Visitors crowded the Longji Rice Terraces.')).toEqual(['Longji Rice Terraces/landmark']);
    expect(found('The Mogao Grottoes lie near Dunhuang city.')).toEqual(['Mogao Grottoes/landmark', 'Dunhuang city/county/620982']);
  });

  it("reads Coloane's villages and beaches and Sabah's highland towns that the data lacked", () => {
    expect(found('A promenade will link Coloane Village with Hac Sa past Cheoc Van; farmers in Kundasang near Ranau lost crops.')).toEqual([
      'Coloane Village/county', 'Hac Sa/county', 'Cheoc Van/county', 'Kundasang/foreign', 'Ranau/foreign',
    ]);
  });

  it("reads Pingtung's townships, with Township inside the span of one the gazetteer lacks, and keeps a county's word out of an organisation's name", () => {
    expect(found("Ferries to Xiaoliuqiu leave from Donggang; Liuqiu Township's harbor and Fangliao filled.")).toEqual([
      'Xiaoliuqiu/county', 'Donggang/county', 'Liuqiu Township/county', 'Fangliao/county',
    ]);
    expect(found('Liuqiu Township Office said so.').map((p) => p.split('/')[0])).not.toContain('Liuqiu Township');
    // a lower-case word after such a name is the text's, not the name's
    expect(found('Five villages in the Yuen Long district face clearance.')).toEqual(['Yuen Long/county']);
  });

  it('reads a harbour named by a word that is no place as a site, and one named after a place as the place', () => {
    expect(found("A visitor center will open at Baisha Harbor, and boats crowd Victoria Harbour.")).toEqual(['Baisha Harbor/landmark', 'Victoria Harbour/landmark']);
    expect(found('Cargo at Weihai Harbour in Shandong rose.')).toEqual(['Weihai/prefecture/371000', 'Shandong/province/370000']);
  });

  it("reads Altay's lake and ski resort by their bare names and Koktokay by the form Xinhua writes", () => {
    expect(found('Skiers head from Kanas to Jikepulin; Koktokay town of Fuyun county drew more.')).toEqual([
      'Kanas/natural', 'Jikepulin/landmark', 'Koktokay town/township/654322101', 'Fuyun county/county/654322',
    ]);
    // the lake's name with its word is the lake, once
    expect(found('Boats cross Kanas Lake.')).toEqual(['Kanas Lake/natural']);
  });

  it('reads a small American town where the words around it say so, and not where they do not', () => {
    expect(found('Flooding closed roads between Montpelier and Plainfield, and water reached homes in Barre and Johnson.')).toEqual([
      'Montpelier/foreign', 'Plainfield/foreign', 'Barre/foreign', 'Johnson/foreign',
    ]);
    // a word or a surname that is also a small town stays what it is without such words
    expect(found('Johnson said the heath was dry, and Barre shrugged.')).toEqual([]);
  });

  it('reads no list of places across a comma in a headline in title case', () => {
    expect(found('Along the Ancient Silk Road, Oasis Towns Draw Road-Trippers').map((p) => p.split('/')[0])).not.toContain('Oasis');
    expect(found('Flooding hit Rochdale, Bury and Tameside.')).toEqual(['Rochdale/foreign', 'Bury/foreign', 'Tameside/foreign']);
  });

  it("reads an American state's road with the state's name before it as one road, not the state", () => {
    expect(found('The creek overflowed near Vermont Route 14, and Ohio 16 was closed near Newark.')).toEqual([
      'Vermont Route 14/landmark', 'Ohio 16/landmark', 'Newark/foreign',
    ]);
    // a state and a score, or a state at a sentence's start, is no road
    expect(found('Ohio 16, Michigan 14 was the final score.')).toEqual(['Ohio/foreign', 'Michigan/foreign']);
    expect(found('They beat Ohio 16-14 in Columbus.')).toEqual(['Ohio/foreign', 'Columbus/foreign']);
  });

  it("reads Rajasthan's desert towns and a town abroad in capitals opening a line before a colon, as the Indian press datelines a report", () => {
    expect(found('JODHPUR: A new solar park near Pokhran and Bhadla will feed the grid; Fatehgarh and Phalodi wait.')).toEqual([
      'JODHPUR/foreign', 'Pokhran/foreign', 'Bhadla/foreign', 'Fatehgarh/foreign', 'Phalodi/foreign',
    ]);
    expect(found('JAISALMER: Herders in Pokaran said the panels cover their pasture.')).toEqual(['JAISALMER/foreign', 'Pokaran/foreign']);
    // a town in capitals before a colon inside a line, or before no sentence, is no dateline
    expect(found('The banner read JAISALMER: and nothing more.')).toEqual([]);
  });

  it("reads Oregon's small north-coast towns, the one that is a surname too only with a place's context", () => {
    expect(found('Trucks from Tillamook to Nehalem, Manzanita and Cannon Beach pass through Bay City and Garibaldi.').map((p) => p.split('/')[0])).toEqual([
      'Tillamook', 'Nehalem', 'Manzanita', 'Cannon Beach', 'Bay City', 'Garibaldi',
    ]);
    expect(found('Garibaldi led the Redshirts, and Mr Garibaldi said so.')).toEqual([]);
  });

  it("reads a state's road after a verb of closing or reopening or after through, its number of one digit too, not a state's count or tally", () => {
    expect(found('Crews will reopen Oregon 6 next week; the slide closed Texas 71 and shut the A30, so drivers go through U.S. 26 and U.S. 101.')).toEqual([
      'Oregon 6/landmark', 'Texas 71/landmark', 'A30/landmark', 'U.S. 26/landmark', 'U.S. 101/landmark',
    ]);
    // a state after such a word before a count, a tally or a score stays the state
    expect(found('Floods closed Iowa 3 times this year; Ohio 2 million voters; the win reopened Michigan 24-21.')).toEqual([
      'Iowa/foreign', 'Ohio/foreign', 'Michigan/foreign',
    ]);
  });

  it("reads Himachal Pradesh's districts, towns and rivers, Northumberland's villages, the Grampians' towns and the Great Orme", () => {
    expect(found('A cloudburst in Kullu district killed two; the Beas river flooded Manali and the Satluj rose at Rampur.')).toEqual([
      'Kullu district/foreign', 'Beas river/natural', 'Manali/foreign', 'Satluj/natural', 'Rampur/foreign',
    ]);
    expect(found('The Haltwhistle to Kielder bus stops at Falstone; the A697 near Powburn was shut.')).toEqual([
      'Haltwhistle/foreign', 'Kielder/foreign', 'Falstone/foreign', 'A697/landmark', 'Powburn/foreign',
    ]);
    expect(found('Fire in the Grampians reached Pomonal; Halls Gap and Great Western were spared. Riders climbed the Great Orme.')).toEqual([
      'Grampians/natural', 'Pomonal/foreign', 'Halls Gap/foreign', 'Great Western/foreign', 'Great Orme/natural',
    ]);
    // Great Western alone in a railway's name is no town
    expect(found('Great Western Railway cut fares.')).toEqual([]);
  });

  it("reads America's routes by U.S. and a headline opening with a state's road, and a feature's name after Upper or Lower", () => {
    expect(found('Iowa 9 bridge to close\n\nDrivers will detour on U.S. 52 over the Upper Iowa River.')).toEqual([
      'Iowa 9/landmark', 'U.S. 52/landmark', 'Upper Iowa River/natural',
    ]);
    // the country before a share or a measure is no road; a state opening a headline before a count is no road either
    expect(found('Exports to the U.S. 52 percent higher.').map((p) => p.split('/')[0])).not.toContain('U.S. 52');
    expect(found('Ohio 12 injured in crash').map((p) => p.split('/')[0])).not.toContain('Ohio 12');
  });

  it("reads no state's road where its number counts or measures what follows (a time, a scale, a unit, a plural noun)", () => {
    expect(found('The pastor moved to Ohio 20 years ago and returned to Kentucky 3 days later.')).toEqual(['Ohio/foreign', 'Kentucky/foreign']);
    expect(found('The convoy went to Alabama 4 times; shipments to Texas 10 million barrels short.')).toEqual(['Alabama/foreign', 'Texas/foreign']);
    expect(found('Florida 3 men arrested after chase')).toEqual(['Florida/foreign']);
    expect(found('Alaska 3 wolves killed near Fairbanks').map((p) => p.split('/')[0])).not.toContain('Alaska 3');
    // a verb in -s after a headline's state road is what befell the road
    expect(found('Iowa 9 reopens after repairs')).toEqual(['Iowa 9/landmark']);
    // the road itself is still read, after a word of the road's or opening a headline
    expect(found('Crews closed the bridge and Ohio 16 was shut near Newark; traffic went via Iowa 9 bridge.')).toEqual([
      'Ohio 16/landmark', 'Newark/foreign', 'Iowa 9/landmark',
    ]);
  });

  it("reads a site named by an ethnic group's name before its word (the Hani Rice Terraces), the group alone still no place", () => {
    expect(found('The Hani Rice Terraces became a World Heritage site.')).toEqual(['Hani Rice Terraces/landmark']);
    expect(found('The Hani people carved the fields.')).toEqual([]);
  });
  it("reads countries by the long forms the press and Chinese media give them, never the shorter country inside", () => {
    expect(found("Talks with the Democratic People's Republic of Korea and the DPRK's envoy went on.")).toEqual([
      "Democratic People's Republic of Korea/foreign", 'DPRK/foreign',
    ]);
    expect(found('Output in the Democratic Republic of Congo and DR Congo rose; the Republic of Congo exports oil.')).toEqual([
      'Democratic Republic of Congo/foreign', 'DR Congo/foreign', 'Republic of Congo/foreign',
    ]);
  });

  it("reads Africa's, Asia's and Europe's capitals by their English names, in a dateline too, but not a given name among them", () => {
    expect(found("LUSAKA, Feb 12 (Reuters) - Zambia's copper output rose.")).toEqual(['LUSAKA/foreign', 'Zambia/foreign']);
    expect(found('The minister flew from Kigali to Irkutsk.')).toEqual(['Kigali/foreign', 'Irkutsk/foreign']);
    // Samara before a surname is a woman; Oral opening a sentence is a word
    expect(found('Samara Weaving starred. Oral arguments began on Monday.')).toEqual([]);
  });

  it('reads a name the index knows whole from a title word on (the Little Orme), a title before a person still no place', () => {
    expect(found('Boats ran past the Little Orme and up the Little Three Gorges to Prince Edward Island.')).toEqual([
      'Little Orme/natural', 'Little Three Gorges/natural', 'Prince Edward Island/foreign',
    ]);
    expect(found('Little Mix sang and Lord Smith spoke.')).toEqual([]);
  });

  it('reads a coast, a cliff and an isle after a name as a feature (the Jurassic Coast, East Cliff, Deer Isle), and a pavilion as a site', () => {
    expect(found('Part of East Cliff fell on the Jurassic Coast; storms also hit Deer Isle.')).toEqual([
      'East Cliff/natural', 'Jurassic Coast/natural', 'Deer Isle/natural',
    ]);
    expect(found('From the Longhu Pavilion visitors see three countries.')).toEqual(['Longhu Pavilion/landmark']);
    // a coast's word before a number is a route's name, not a feature
    expect(found('Camper vans clog the North Coast 500 each summer.').map((p) => p.split('/')[0])).not.toContain('North Coast');
  });

  it("reads Nantou's villages and resorts, Lamma's villages, Dorset's coast villages and Zambia's Copperbelt towns", () => {
    expect(found('Boats leave Shuishe and Ita Thao; hotels in Cingjing were full.')).toEqual(['Shuishe/county', 'Ita Thao/county', 'Cingjing/county']);
    expect(found('Ferries run from Aberdeen to Mo Tat, and Islands District councillors objected.')).toEqual([
      'Aberdeen/foreign', 'Mo Tat/county', 'Islands District/county',
    ]);
    expect(found('The path from Burton Bradstock to Chideock was closed.')).toEqual(['Burton Bradstock/foreign', 'Chideock/foreign']);
    expect(found('Mines near Solwezi, Mufulira and Chingola in the Copperbelt expanded.')).toEqual([
      'Solwezi/foreign', 'Mufulira/foreign', 'Chingola/foreign', 'Copperbelt/foreign',
    ]);
  });
});
