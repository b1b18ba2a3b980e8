// Places of the world and China's large regions in general Chinese news, with the real
// gazetteer and world data: cities from CLDR, divisions, landmarks, seas and mountains, former
// countries, regions named in lists, and the words that hold a country's name without being one.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

function found(text: string): string[] {
  return places.find(text, 'zh').map((a) => `${a.text}/${a.place.level}`);
}

describe('world cities, divisions, landmarks and natural features', () => {
  it.each<[string, string[]]>([
    // CLDR exemplar cities beyond the curated list
    ['部长会议在纳米比亚首都温得和克开幕，下届将在檀香山举行。', ['纳米比亚/foreign', '温得和克/foreign', '檀香山/foreign']],
    ['巴西圣保罗和阿根廷布宜诺斯艾利斯的股市同时上涨。', ['巴西/foreign', '圣保罗/foreign', '阿根廷/foreign', '布宜诺斯艾利斯/foreign']],
    // US states and other first-level divisions, in full and short forms
    ['美国加州发生山火，得州和纽约州也受到寒潮影响。', ['美国/foreign', '加州/foreign', '得州/foreign', '纽约州/foreign']],
    ['日本神奈川县和英国苏格兰的代表出席了会议。', ['日本/foreign', '神奈川县/foreign', '英国/foreign', '苏格兰/foreign']],
    // landmarks of China and the world
    ['国务院总理在人民大会堂会见外宾，天安门广场上游人如织。', ['人民大会堂/landmark', '天安门广场/landmark']],
    ['克里姆林宫回应了白宫的声明。', ['克里姆林宫/landmark', '白宫/landmark']],
    // mountains, rivers and seas outside China
    ['登山队翻越阿尔卑斯山，考察密西西比河和加勒比海。', ['阿尔卑斯山/natural', '密西西比河/natural', '加勒比海/natural']],
    // former countries and world regions
    ['苏联解体后，南斯拉夫也陷入分裂。', ['苏联/foreign', '南斯拉夫/foreign']],
    ['中美洲和加勒比地区国家参加了海湾地区安全会议。', ['中美洲/region', '加勒比地区/region', '海湾地区/region']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads a CLDR city that is also a person only with context (达尔文)', () => {
    expect(found('达尔文的进化论影响深远。')).toEqual([]);
  });
});

describe('other names of cities, new districts, accents and river mouths', () => {
  it('links the names the press gives cities to the city (蓉城, 泉城, 北平)', () => {
    const linked = places.find('各地记者汇集蓉城。三十年代，他在北平读书，后来定居泉城。', 'zh').map((p) => `${p.text}/${p.place.code}`);
    expect(linked).toEqual(['蓉城/510100000000', '北平/110000000000', '泉城/370100000000']);
  });

  it('reads a new district by its short form where the text supports it (上海开发浦东)', () => {
    const linked = places.find('上海开发浦东，浦东新区成为开放的窗口。', 'zh').map((p) => `${p.text}/${p.place.code}`);
    expect(linked).toEqual(['上海/310000000000', '浦东/310115000000', '浦东新区/310115000000']);
  });

  it('reads a region before 口音 and a river before 口 (its mouth); a mouth the press names as a place whole', () => {
    expect(found('他说话带点东北口音。')).toEqual(['东北/region']);
    expect(found('考察队到达了鸭绿江口，又到了闪电河口。')).toEqual(['鸭绿江口/natural', '闪电河/natural']);
  });
});

describe('Hong Kong, Macao and Taiwan below the province level (no division codes)', () => {
  it.each<[string, string[]]>([
    ['今天台北有雷阵雨，高雄多云。', ['台北/prefecture', '高雄/prefecture']],
    ['住在港岛的人每天乘巴士去新界上班，九龙的交通也很繁忙。', ['港岛/prefecture', '新界/prefecture', '九龙/prefecture']],
    ['游客从氹仔出发，前往台湾的士林区夜市。', ['氹仔/county', '台湾/province', '士林区/county']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('gives them no code, and their province none of the mainland', () => {
    const [taipei] = places.find('台北市政府发布了通告。', 'zh');
    expect(taipei.place).toMatchObject({ name: '台北市', level: 'prefecture' });
    expect(taipei.place.code).toBeUndefined();
  });

  it('reads none inside a common word it straddles (桃园 in 核桃园)', () => {
    expect(found('村民在山坡上的核桃园里忙着剪枝。')).toEqual([]);
    expect(found('台湾桃园的机场今天恢复运行。')).toEqual(['台湾/province', '桃园/prefecture']);
  });
});

describe('foreign divisions the data does not list, by their transliterated spelling', () => {
  it.each<[string, string[]]>([
    ['墨西哥军队在南部的恰帕斯州发现了一处营地。', ['墨西哥/foreign', '恰帕斯州/foreign']],
    ['暴雨袭击了印度西北部的拉贾斯坦邦。', ['印度/foreign', '拉贾斯坦邦/foreign']],
    ['英国东南部肯特郡的试验将持续一年。', ['英国/foreign', '肯特郡/foreign']],
    ['法国阿尔萨斯大区和罗马尼亚康斯坦察县签署了友好协议。', ['法国/foreign', '阿尔萨斯大区/foreign', '罗马尼亚/foreign', '康斯坦察县/foreign']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads no Chinese word before a division word as one (全市, 特区, 开发区)', () => {
    expect(found('全市上下和特区政府都支持开发区建设。').filter((p) => p.endsWith('/foreign'))).toEqual([]);
  });
});

describe('蒙古, the country, beside Inner Mongolia and the Mongol people', () => {
  it('reads 蒙古 alone as Mongolia, 内蒙古 as the province, and not 蒙古族 or 蒙古包', () => {
    expect(found('蒙古议会通过了新法律。')).toEqual(['蒙古/foreign']);
    expect(found('内蒙古的蒙古族牧民住在蒙古包里，会说蒙古语。')).toEqual(['内蒙古/province']);
  });
});

describe('阿拉伯, the Arab world', () => {
  it('reads 阿拉伯 as a world region, the longer country names first, and not the language or the digits', () => {
    expect(found('多个阿拉伯国家的外长在沙特阿拉伯开会。')).toEqual(['阿拉伯/region', '沙特阿拉伯/foreign']);
    expect(found('孩子们学习阿拉伯语，也会写阿拉伯数字。')).toEqual([]);
  });
});

describe("China's large regions", () => {
  it('needs no context for a region written with 地区 (东北地区, 西北地区)', () => {
    expect(found('受冷空气影响，东北地区北部和西北地区东部有小到中雨。')).toEqual(['东北地区/region', '西北地区/region']);
  });

  it('reads three or more listed names of mountains as the mountains, though each alone needs context', () => {
    expect(found('论高度，它比不上泰山、华山、黄山和峨眉山。')).toEqual(['泰山/natural', '华山/natural', '黄山/natural', '峨眉山/natural']);
    expect(found('和恒山、嵩山、华山比，它只是个小个子。')).toEqual(['恒山/natural', '嵩山/natural', '华山/natural']);
  });

  it('reads no two listed names as features when each alone needs context (黄山、六安)', () => {
    expect(found('会议在黄山、六安两地召开。').map((p) => p.split('/')[1])).not.toContain('natural');
  });

  it('reads a region in a list beside a sure region (华北、东北; 西北、华东)', () => {
    expect(found('今天夜间，华北、东北有小到中雨。')).toEqual(['华北/region', '东北/region']);
    expect(found('救灾物资运往西北、华东和沿海地区。')).toEqual(['西北/region', '华东/region']);
  });

  it('reads the regions of the weather forecasts between the great rivers (黄淮, 江淮)', () => {
    expect(found('明天白天，黄淮南部和江淮地区有中到大雨。')).toEqual(['黄淮/region', '江淮地区/region']);
    expect(found('受台风影响，华南、江淮有大雨。')).toEqual(['华南/region', '江淮/region']);
  });

  it('reads a river that needs context before 流域 (汉水流域)', () => {
    expect(found('入夏以来，汉水流域降水偏多。')).toEqual(['汉水/natural']);
  });

  it('leaves compass words alone (东北方向, 西南风)', () => {
    expect(found('车队向东北方向行驶，傍晚转西南风。')).toEqual([]);
  });
});

describe('words that hold a country name without being a place', () => {
  it.each([
    '许多发展中国家加强了疾病预防。',
    '该公司利润减少250亿挪威克朗，约合40亿瑞士法郎。',
    '物资运往沿海地区，价格以新加坡元计。',
    '街道两旁种满了法国梧桐。',
  ])('%s', (text) => expect(found(text)).toEqual([]));

  it('still finds the countries themselves', () => {
    expect(found('挪威和新加坡签署协议。')).toEqual(['挪威/foreign', '新加坡/foreign']);
  });
});

describe('general news: world cities, islands and divisions the press names often', () => {
  it.each<[string, string[]]>([
    ['欧盟外长会议在加的夫闭幕，下一次会议将在不来梅举行。', ['欧盟/region', '加的夫/foreign', '不来梅/foreign']],
    ['地震波及安塔利亚和阿达纳，伊兹密尔也有震感。', ['安塔利亚/foreign', '阿达纳/foreign', '伊兹密尔/foreign']],
    ['西班牙政府回应了加泰罗尼亚的公投计划。', ['西班牙/foreign', '加泰罗尼亚/foreign']],
    ['季风降雨袭击了印度喀拉拉邦和北方邦，巴基斯坦信德省也有洪水。', ['印度/foreign', '喀拉拉邦/foreign', '北方邦/foreign', '巴基斯坦/foreign', '信德省/foreign']],
    ['部长们在维也纳举行磋商。', ['维也纳/foreign']],
    ['本报波恩电 德国议会今天通过决议，代表团随后前往都灵和热那亚。', ['波恩/foreign', '德国/foreign', '都灵/foreign', '热那亚/foreign']],
    ['冲突波及伊德利卜和霍姆斯，伯利恒的圣诞活动取消。', ['伊德利卜/foreign', '霍姆斯/foreign', '伯利恒/foreign']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads an island named after its own syllables whole (西西里岛, not 西 for Spain)', () => {
    expect(found('西班牙和意大利遭遇热浪，西西里岛和撒丁岛发生山火。')).toEqual(['西班牙/foreign', '意大利/foreign', '西西里岛/natural', '撒丁岛/natural']);
  });
});

describe('general news: red tourism and historic sites', () => {
  it('reads the famous sites and the county-level cities the national press names alone', () => {
    expect(found('瑞金是红色故都，韶山是伟人故里。')).toEqual(['瑞金/county', '韶山/county']);
    expect(found('1948年，中共中央移驻西柏坡。')).toEqual(['西柏坡/landmark']);
    expect(found('红军飞夺泸定桥后继续北上，游客在宝塔山下合影。')).toEqual(['泸定桥/landmark', '宝塔山/natural']);
    expect(found('从娄山关到腊子口，从杨家岭到南泥湾，处处是红色记忆。')).toEqual(['娄山关/natural', '腊子口/natural', '杨家岭/landmark', '南泥湾/landmark']);
    expect(found('赣南等原中央苏区的乡村走上了振兴之路。')).toEqual(['赣南/region', '中央苏区/region']);
  });

  it('still needs support for an ordinary county short form', () => {
    expect(found('他们讨论了资源和发展的关系。')).toEqual([]);
  });
});

describe('general news: national strategy regions and provinces', () => {
  it('reads a region of one-character forms after a verb that closes a word (推进京津冀)', () => {
    expect(found('要深入推进京津冀协同发展。')).toEqual(['京津冀/region']);
  });

  it('reads 海南 as the province, not the prefecture of Qinghai that shares the short form', () => {
    const linked = places.find('海南自由贸易港建设稳步推进，青藏高原生态屏障建设持续加强。', 'zh').map((p) => `${p.text}/${p.place.code ?? ''}`);
    expect(linked[0]).toBe('海南/460000000000');
    expect(found('青海省海南州共和县')).toEqual(['青海省/province', '海南州/prefecture', '共和县/county']);
  });

  it('reads Hong Kong landmarks (港珠澳大桥, 金紫荆广场)', () => {
    expect(found('港珠澳大桥通车五年来，金紫荆广场每天举行升旗仪式。')).toEqual(['港珠澳大桥/landmark', '金紫荆广场/landmark']);
  });
});

describe('general news: weather regions and the names of China', () => {
  it('reads a region before a part of it the forecasts name, and in a list after such a part', () => {
    expect(found('明天，黄淮中南部、江淮和江南中北部有中到大雨。')).toEqual(['黄淮/region', '江淮/region', '江南/region']);
    expect(found('其中江南东部、华南西部有暴雨。')).toEqual(['江南/region', '华南/region']);
  });

  it('reads no unit that is a common word before such a part (城区北部)', () => {
    expect(found('城区北部和郊区南部新建了两座公园。')).toEqual([]);
  });

  it('reads 中华 as China (中华民族, 中华大地) and 神州 before 大地, not a given name (刘中华说)', () => {
    expect(found('中华民族伟大复兴的进程中，神州大地处处生机勃勃。')).toEqual(['中华/region', '神州/region']);
    expect(found('中华人民共和国成立七十五周年。')).toEqual(['中华人民共和国/country']);
    expect(found('村支书刘中华说，今年收成不错。')).toEqual([]);
  });
});

describe('a transliterated division that ends in a Chinese unit\'s name', () => {
  it('is the foreign division, not 德州 (贾拉拉巴德州, 南里奥格朗德州)', () => {
    expect(found('暴雨袭击了吉尔吉斯斯坦南部的贾拉拉巴德州。')).toEqual(['吉尔吉斯斯坦/foreign', '贾拉拉巴德州/foreign']);
    expect(found('洪水淹没了巴西南里奥格朗德州的多座城市。')).toEqual(['巴西/foreign', '南里奥格朗德州/foreign']);
  });

  it('leaves 德州 itself alone after its province or at a phrase start', () => {
    expect(found('山东德州的企业在从德州到济南的高速上运货。')).toEqual(['山东/province', '德州/prefecture', '德州/prefecture', '济南/prefecture']);
  });
});

describe('general news: Hong Kong and Macao sites, and streets that are no names', () => {
  it('reads the districts visitors name (尖沙咀, 铜锣湾, 维港)', () => {
    expect(found('夜幕降临，尖沙咀和铜锣湾人流如织，维港两岸灯火璀璨。')).toEqual(['尖沙咀/landmark', '铜锣湾/landmark', '维港/landmark']);
  });

  it('reads no street in 部分街道 after a place', () => {
    expect(found('暴雨过后，卡拉奇部分街道积水严重。')).toEqual(['卡拉奇/foreign']);
  });
});

describe('general news: older and shorter names of the world, time zones and dates', () => {
  it.each<[string, string[]]>([
    ['刚果盆地的雨林面积居世界第二。', ['刚果盆地/natural']],
    ['法兰西民族有着悠久的文化传统。', ['法兰西/foreign']],
    ['四十年前的马岛战争至今仍有争议。', ['马岛/natural']],
    ['切尔诺贝利核电站事故已过去多年。', ['切尔诺贝利/foreign']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads no place in a time zone before a time, but the place before other words (来淄博时间不长)', () => {
    expect(found('比赛将于北京时间明晨4时开始。')).toEqual([]);
    expect(found('他来淄博时间不长，却已爱上了这座城市。')).toEqual(['淄博/prefecture']);
  });

  it('reads no 日本 where 日 closes a date (5月11日本报讯)', () => {
    expect(found('本报讯 5月11日本报记者从市政府获悉。')).toEqual([]);
    expect(found('5月11日，日本代表团抵达。')).toEqual(['日本/foreign']);
  });
});

describe('general news: names a namesake made wait for context', () => {
  it('reads 南海 and 东海 as the seas, and as the districts where the text is about their city', () => {
    expect(found('多国军舰近期在南海举行演习，东海海域则出现大雾。')).toEqual(['南海/natural', '东海/natural']);
    expect(found('广东佛山南海的家具企业。')).toEqual(['广东/province', '佛山/prefecture', '南海/county']);
  });

  it('reads a foreign city that needs context right after its own country (新西兰奥克兰)', () => {
    expect(found('新西兰奥克兰遭遇强降雨。')).toEqual(['新西兰/foreign', '奥克兰/foreign']);
    expect(found('奥克兰表示同意。')).toEqual([]);
  });
});

describe('general news: regions, compounds and one-character forms of national news', () => {
  it.each<[string, string[]]>([
    // historical and cultural regions, and the compounds of two cities' forms (markets, corridors, clusters)
    ['岭南画派与巴蜀、荆楚文化同台展出，三秦大地迎来游客。', ['岭南/region', '巴蜀/region', '荆楚/region', '三秦大地/region']],
    ['沪深两市成交额破万亿元，深港合作与长株潭都市圈建设提速。', ['沪深/region', '深港/region', '长株潭/region']],
    // a run of two province forms before a road or railway is the route's name, one landmark (as the
    // public NER sets mark 京沪铁路); a longer run the region it spans
    ['川藏铁路和京沪高铁都在加快建设，陕甘宁革命老区。', ['川藏铁路/landmark', '京沪高铁/landmark', '陕甘宁/region']],
    // seas, straits, trenches, mountains and deserts the press names
    ['台风穿过巴士海峡，琼州海峡停航；潜水器在马里亚纳海沟下潜。', ['巴士海峡/natural', '琼州海峡/natural', '马里亚纳海沟/natural']],
    ['横断山脉和可可西里的科考队员，绕行好望角的货船。', ['横断山脉/natural', '可可西里/natural', '好望角/natural']],
    ['齐长城、长城沿线和三星堆遗址都是热门景点。', ['齐长城/landmark', '长城/landmark', '三星堆/landmark']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads Antarctica, but not the pole of the Moon, which is the Moon\'s', () => {
    expect(found('考察队从上海出发前往南极，将在长城站越冬。')).toEqual(['上海/province', '南极/foreign', '长城站/landmark']);
    expect(found('探测器在月球背面南极-艾特肯盆地着陆。北极熊在浮冰上觅食，月球南极有水冰。')).toEqual(['月球/natural', '月球/natural']);
  });

  it('reads 藏, 疆 and 青 after a verb of going or helping, not inside a word (青少年, 藏品, 边疆)', () => {
    expect(found('援藏干部陆续进藏，援疆医生赴疆，援青教师抵青。')).toEqual(['藏/province', '藏/province', '疆/province', '疆/province', '青/province', '青/province']);
    expect(found('他在青少年宫学画，来青年公寓探望，在藏品展上守护边疆文物。')).toEqual([]);
  });

  it('reads a city that needs context after its country and a word of what it is (老挝首都万象)', () => {
    expect(found('老挝首都万象的街头。')).toEqual(['老挝/foreign', '万象/foreign']);
    expect(found('万象更新。')).toEqual([]);
  });

  it.each<[string, string[]]>([
    // runs of forms before the railway between two countries, or between provinces
    ['中老铁路开通后，渝黔、川滇之间往来便利，闽台融合发展。', ['中/country', '老/foreign', '川滇/region', '闽台/region']],
    // rivers of the Hai basin and a strait named in floods and forecasts
    ['大清河、子牙河出现超警洪水，渤海海峡有大风。', ['大清河/natural', '子牙河/natural', '渤海海峡/natural']],
    // 双城 of 双城经济圈 is two cities, not 双城区 of Harbin
    ['推动成渝双城经济圈建设。', ['成渝/region']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads 中美 before 青年交流, and 港 after 回 only as Hong Kong before a word of stay (回港后, not 回港避风)', () => {
    expect(found('中美青年交流活动在京举行。')).toEqual(['中/country', '美/foreign', '京/province']);
    expect(found('渔船全部回港避风。他回港后继续工作。')).toEqual(['港/province']);
  });

  it('reads a county-level city before 口岸, a lake before 水位, and no site named 城际铁路', () => {
    expect(found('霍尔果斯口岸货运量增长，太湖水位持续上涨，长三角城际铁路网加快成型。')).toEqual(['霍尔果斯/county', '太湖/natural', '长三角/region']);
  });

  it('reads 大陆 as the mainland before a word of its people, not a continent (各大陆, 大陆架)', () => {
    expect(found('大陆居民赴台旅游，大陆同胞与台湾同胞血脉相连。')).toEqual(['大陆/region', '台/province', '大陆/region', '台湾/province']);
    expect(found('各大陆的地质年代不同，大陆架资源丰富。')).toEqual([]);
  });

  it('reads a region that needs context after a word of place before a phrase\'s end or a word of stay (在东北，, 来大陆求学; not 在西北角)', () => {
    expect(found('不少台湾青年来大陆求学。')).toEqual(['台湾/province', '大陆/region']);
    expect(found('在东北，黑土地保护利用取得成效。')).toEqual(['东北/region']);
    expect(found('他站在西北角的位置。')).toEqual([]);
  });

  it('reads a region that needs context before 城市群 or 古镇 (江南古镇 holds no township 南古镇)', () => {
    expect(found('江南古镇迎来客流高峰，哈长城市群加快发展。')).toEqual(['江南/region', '哈长/region']);
  });

  it('reads ancient towns written alone, and no site named with a doubled classifier or a phase (一座座古城, 四期码头)', () => {
    expect(found('周庄、同里和西塘的游客增多。')).toEqual(['周庄/landmark', '同里/landmark', '西塘/landmark']);
    expect(found('在甘肃酒泉，一座座古城串起丝路。丽江古城游人如织。')).toEqual(['甘肃/province', '酒泉/prefecture', '丽江/prefecture']);
    expect(found('上海洋山港四期码头吞吐量增长。')).toEqual(['上海/province', '洋山港/landmark']);
  });

  it('reads no name inside a word of a region\'s part after a place (内蒙古中东部 holds no 中东)', () => {
    expect(found('内蒙古中东部有大风，长城沿线的重要关口也在降温。')).toEqual(['内蒙古/province', '长城/landmark']);
    expect(found('外长访问了中东部分国家。')).toEqual(['中东/region']);
  });
});

describe('the world as the international desks write it', () => {
  it.each<[string, string[]]>([
    // a place abroad before a word of a feature is the feature; a city before a word of division its division
    ['船队经莫桑比克海峡驶往夏威夷群岛，乍得湖水位下降。', ['莫桑比克海峡/natural', '夏威夷群岛/natural', '乍得湖/natural']],
    ['俄军称控制了顿涅茨克州的一个村庄，阿富汗坎大哈省发生洪灾。', ['俄/foreign', '顿涅茨克州/foreign', '阿富汗/foreign', '坎大哈省/foreign']],
    ['美国州长会议召开，加州州长出席。', ['美国/foreign', '加州/foreign']],
    // towns, ports and battlegrounds of the news, a compass word after a country, Serbia's one-character form
    ['马来西亚丹戎帕拉帕斯港和印度尼西亚丹戎不碌港吞吐量创新高。', ['马来西亚/foreign', '丹戎帕拉帕斯/foreign', '印度尼西亚/foreign', '丹戎不碌/foreign']],
    ['以色列南部地区遭到袭击，黎巴嫩南部边境再次交火。', ['以色列/foreign', '黎巴嫩/foreign']],
    ['中塞两国元首举行会谈，塞方表示欢迎。', ['中/country', '塞/foreign', '塞/foreign']],
    // places of history: Zheng He's ports and the lands of the Silk Road, those that are words only in a list
    ['船队先后到达占城、满剌加、锡兰和忽鲁谟斯，最远抵达木骨都束。', ['占城/foreign', '满剌加/foreign', '锡兰/foreign', '忽鲁谟斯/foreign', '木骨都束/foreign']],
    ['丝绸经西域运往天竺、安息和大秦。', ['西域/region', '天竺/foreign', '安息/foreign', '大秦/foreign']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each<[string, string[]]>([
    // a county abroad whose name opens with a country's, after the state it lies in
    ['美国亚利桑那州马里科帕市和皮马县的计票仍在进行。', ['美国/foreign', '亚利桑那州/foreign', '马里科帕市/foreign', '皮马县/foreign']],
    // a lake's name before a word of its shore that opens with the lake's word (湖畔); a site named by a part word is none
    ['吉尔吉斯斯坦伊塞克湖湖畔度假区游客增多，云南洱海湖畔也很热闹。', ['吉尔吉斯斯坦/foreign', '伊塞克湖/natural', '云南/province', '洱海/natural']],
    // a railway named after the place it leads to is that place; a one-character form shared by two countries named in
    // full (吉 of 吉尔吉斯斯坦 and 吉布提) is the one named nearest
    ['匈牙利布达佩斯至塞尔维亚贝尔格莱德铁路全线通车。', ['匈牙利/foreign', '布达佩斯/foreign', '塞尔维亚/foreign', '贝尔格莱德/foreign']],
    ['中吉乌铁路在吉尔吉斯斯坦开工，乌兹别克斯坦派员出席。另据报道，吉布提港的吞吐量持续增长。', ['中/country', '吉/foreign', '乌/foreign', '吉尔吉斯斯坦/foreign', '乌兹别克斯坦/foreign', '吉布提/foreign']],
    // a town abroad right after its country, whose name is also a township of China's
    ['游客从新西兰皇后镇出发，河南皇后镇的村民也来了。', ['新西兰/foreign', '皇后镇/foreign', '河南/province', '皇后镇/township']],
    // countries hosting together (美加墨世界杯)
    ['2026年美加墨世界杯将有48支球队参赛。', ['美/foreign', '加/foreign', '墨/foreign']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads none of the names of history that are common words alone (安息, 大食堂, 西洋参)', () => {
    expect(found('愿逝者安息。学校的大食堂里，老师买了西洋参。')).toEqual([]);
  });
});

describe('general news, batch 14: tours abroad, expeditions, water projects and overseas Chinese', () => {
  it.each<[string, string[]]>([
    // one-character forms of Central Asia in a run before a word of relation (中吉乌, 中塔)
    ['中吉乌三国外长会晤，中塔两国签署协议。', ['中/country', '吉/foreign', '乌/foreign', '中/country', '塔/foreign']],
    // a volcano is named for its mountain or island, never its country: 汤加火山 is Tonga's volcano
    ['汤加火山喷发后，冰岛火山也进入活跃期，埃特纳火山再次喷发。', ['汤加/foreign', '冰岛/foreign', '埃特纳火山/natural']],
    // an ocean basin after a place abroad, and the Equator (not inside 赤道几内亚)
    ['科考船穿越赤道后在加拿大海盆取样。赤道几内亚总统访华。', ['赤道/natural', '加拿大海盆/natural', '赤道几内亚/foreign', '华/country']],
    // hydropower stations named alone (乌东德 holds no East Germany) and the polar stations named whole
    ['金沙江下游的乌东德、溪洛渡和向家坝电站相继建成，刘家峡水电站完成改造。', ['金沙江/natural', '乌东德/landmark', '溪洛渡/landmark', '向家坝/landmark', '刘家峡/landmark']],
    // a verb of study after a place opens a phrase, no feature's name (开展冰川观测)
    ['考察队在泰山站和昆仑站开展冰川观测。', ['泰山站/landmark', '昆仑站/landmark']],
    // towns abroad of sport and of overseas Chinese, a free trade area of Pudong, a pass of Tibet before 山口
    ['在哥德堡、普拉托和纽约法拉盛，华侨开办的商铺随处可见。', ['哥德堡/foreign', '普拉托/foreign', '纽约/foreign', '法拉盛/foreign']],
    ['上海外高桥保税区进出口额翻番，西藏亚东县乃堆拉山口边贸市场开市。', ['上海/province', '外高桥/devzone', '保税区/devzone', '西藏/province', '亚东县/county', '乃堆拉/natural']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each<[string, string[]]>([
    // batch 15: the Three Gorges districts the papers name alone, hydropower sites, 巴新, 南太 (地区 left out)
    ['重庆万县、涪陵、黔江三个地区的移民安置全面展开，二滩水电站并网发电。', ['重庆/province', '万县/county', '涪陵/county', '黔江/county', '二滩/landmark']],
    ['外长在莫尔兹比港会见巴新总理，推动南太地区发展。华侨先民来到乔治市和牛车水。', ['莫尔兹比港/foreign', '巴新/foreign', '南太/region', '乔治市/foreign', '牛车水/landmark']],
    // winter sport venues, a pass before 山口, Zhuhai and Macao as one region (as 深港), a site of Lantau
    ['芬兰鲁卡和挪威霍尔门科伦的世界杯后，车队翻越图尔马莱山口。往来珠澳两地的旅客乘昂坪缆车。', ['芬兰/foreign', '鲁卡/foreign', '挪威/foreign', '霍尔门科伦/foreign', '图尔马莱/natural', '珠澳/region', '昂坪/landmark']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads a kind of bridge after a place as no bridge of its own (黑龙江公路大桥, 跨越长江的公路大桥)', () => {
    expect(found('黑龙江公路大桥冬季通行，跨越长江的公路大桥也已合龙。')).toEqual(['黑龙江/province', '长江/natural']);
  });

  it('reads no Central Asian form in ordinary words (塔方, a cave-in; 吉他)', () => {
    expect(found('隧道施工中发生塔方事故，高中吉他社团照常演出。')).toEqual([]);
  });
});
