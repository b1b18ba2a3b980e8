// One-character country, region and province forms in general news (中美, 访华, 美方), with the
// real gazetteer and world data: each counts only in its contexts, never inside ordinary words.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

/** The one-character places of `text`, as form/name/level. */
function singles(text: string): string[] {
  return places.find(text, 'zh').flatMap((a) => (a.text.length === 1 ? [`${a.text}/${a.place.name}/${a.place.level}`] : []));
}

describe('compounds of two countries whose character stands for its country there only', () => {
  it.each<[string, string[]]>([
    ['联合国呼吁印巴两国保持克制。', ['印/印度/foreign', '巴/巴基斯坦/foreign']],
    ['多国表示不赞成对印巴实行制裁。', ['印/印度/foreign', '巴/巴基斯坦/foreign']],
    ['特使此行将推动巴以和谈重启。', ['巴/巴勒斯坦领土/foreign', '以/以色列/foreign']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));

  it('reads none inside a word (下巴以下, 打印巴黎的地图) or a name (阿巴查)', () => {
    expect(singles('他的下巴以下受了伤，还打印巴黎的地图。阿巴查总统发表讲话。')).toEqual([]);
  });
});

describe('a country named in full, then by its one-character form opening a clause', () => {
  it.each<[string, string[]]>([
    ['俄罗斯总统发表讲话。他表示，俄将继续推进改革。', ['俄/俄罗斯/foreign']],
    ['欧盟向南斯拉夫提出要求，并对南实行制裁。', ['南/南斯拉夫/foreign']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));

  it('needs the full name before, and no word or function character (，中长期, ，日前, ，以实际行动)', () => {
    expect(singles('他表示，俄将继续推进改革。')).toEqual([]);
    expect(singles('中国经济平稳。这次调息，中长期利率下调，日前公布，以实际行动落实。')).toEqual([]);
    expect(singles('日本代表团抵京。日前，双方签署协议。')).toEqual(['京/北京市/province']);
  });
});

describe('runs of forms before a word of relation', () => {
  it.each<[string, string[]]>([
    ['两国元首重申，中美关系对世界和平至关重要。', ['中/中国/country', '美/美国/foreign']],
    ['中日韩三国领导人下月举行会晤。', ['中/中国/country', '日/日本/foreign', '韩/韩国/foreign']],
    ['俄美两国外长通电话。', ['俄/俄罗斯/foreign', '美/美国/foreign']],
    ['中、法两国签署合作文件。', ['中/中国/country', '法/法国/foreign']],
    ['亚欧合作进入新阶段，欧美之间的分歧仍在。', ['亚/亚洲/region', '欧/欧洲/region', '欧/欧洲/region', '美/美国/foreign']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));

  it('starts the run after a character that closes a word (节日 in 节日中美)', () => {
    expect(singles('在这个节日中美两国代表共同出席。')).toEqual(['中/中国/country', '美/美国/foreign']);
  });

  it('keeps a run of two whose first character also closes a word before it (这次日俄)', () => {
    expect(singles('外界对这次日俄首脑会晤期待不高。')).toEqual(['日/日本/foreign', '俄/俄罗斯/foreign']);
  });

  it('ends the run where a word of relation starts on a character that is a form too (中美加强: 加 is not Canada)', () => {
    expect(singles('双方同意中美加强在气候领域的沟通。')).toEqual(['中/中国/country', '美/美国/foreign']);
    expect(singles('会后，美中就贸易问题发表了联合声明。')).toEqual(['美/美国/foreign', '中/中国/country']);
    expect(singles('分析人士认为，韩美间的同盟正在调整。')).toEqual(['韩/韩国/foreign', '美/美国/foreign']);
    expect(singles('日俄和约谈判多年没有进展。')).toEqual(['日/日本/foreign', '俄/俄罗斯/foreign']);
  });

  it('does not end a run of one character before a word of relation (美加强 alone is no pair)', () => {
    expect(singles('中美洲国家加强合作。')).toEqual([]);
  });

  it('lends the first character of a country the text names in full', () => {
    expect(singles('厄瓜多尔总统访问北京，厄中两国签署了协议。')).toEqual(['厄/厄瓜多尔/foreign', '中/中国/country']);
  });
});

describe('after verbs of visit and stay', () => {
  it.each<[string, string[]]>([
    ['芬兰总理下周访华。', ['华/中国/country']],
    ['新任驻华大使递交国书。', ['华/中国/country']],
    ['他早年赴美留学，后来旅日经商。', ['美/美国/foreign', '日/日本/foreign']],
    ['代表团昨天抵京，明天离京。', ['京/北京市/province', '京/北京市/province']],
    ['欧盟调整对华政策。', ['华/中国/country']],
    ['外交部对芬兰总统访华表示欢迎。', ['华/中国/country']],
    ['首相访日前夕，双方举行了磋商。', ['日/日本/foreign']],
    ['代表团抵港后出席论坛。', ['港/香港特别行政区/province']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));

  it('not a form that is also a common word alone where it opens a word (运抵港口: a port)', () => {
    expect(singles('货物经公路运抵港口。')).toEqual([]);
  });
});

describe('before followers', () => {
  it.each<[string, string[]]>([
    ['美方表示将继续谈判，俄方对此未置评。', ['美/美国/foreign', '俄/俄罗斯/foreign']],
    ['中方对此表示欢迎。', ['中/中国/country']],
    ['以色列军队进入加沙后，以总理发表讲话。', ['以/以色列/foreign']],
    ['美驻韩使馆发表声明。', ['美/美国/foreign', '韩/韩国/foreign']],
    ['该机型事故频发，所以美方对安全要求很高。', ['美/美国/foreign']],
    ['当美军进入该地区时，当地居民纷纷撤离。', ['美/美国/foreign']],
    ['截至昨天，俄全国已有三成地区降雪。', ['俄/俄罗斯/foreign']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));
});

describe('ordinary words are not places', () => {
  it.each([
    '在美丽的乡村，人们过着平静的日常生活。',
    '我们对法律负责，对英雄致敬，重视德育工作。',
    '其中方案一最受欢迎，在道德方面他无可挑剔，所以方便了群众。',
    '这家企业如日中天，在这次危机中政府及时出手。',
    '他在发展中越来越成熟，工作中以人为本。',
    '中老年人喜欢散步，他很中意这件衣服，美中不足的是价格。',
    '改革开放以来华侨人数增加，现在华人社团很活跃。',
    '这是中英文对照版本，英语和法语都有。',
    '他在以人民为中心的思想指引下工作，在南方八省坚持斗争。',
  ])('%s', (text) => expect(singles(text)).toEqual([]));

  it('does not read the end of a foreign name as a country (斯卡尔法罗总统)', () => {
    expect(singles('意大利总统斯卡尔法罗总统访问欧洲。')).toEqual([]);
  });
});

describe('general news: diplomacy and cooperation', () => {
  it.each<[string, string[]]>([
    ['外交部发言人说，已向日方提出严正交涉。', ['日/日本/foreign']],
    ['中方注意到日方近期的有关言论。', ['中/中国/country', '日/日本/foreign']],
    ['巴西总统表示，中巴全面战略伙伴关系不断深化。', ['中/中国/country', '巴/巴西/foreign']],
    ['今年新开行中欧班列线路10条。', ['中/中国/country', '欧/欧洲/region']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));

  it('opens no site with a one-character form (中欧班列线路 is no road)', () => {
    expect(places.find('今年新开行中欧班列线路10条。', 'zh').map((a) => a.text)).toEqual(['中', '欧']);
  });

  it('reads no country in words that open with a preposition and a form (向日葵, 从中方可)', () => {
    expect(singles('院子里种满了向日葵，从中可以看出他的爱好。')).toEqual([]);
  });
});

describe('欧美, Europe and the United States', () => {
  it.each<[string, string[]]>([
    ['近年来，不少在欧美留学的青年选择回国创业。', ['欧/欧洲/region', '美/美国/foreign']],
    ['美欧之间的贸易摩擦再度升级。', ['美/美国/foreign', '欧/欧洲/region']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));
});

describe('特区 for the SAR the text names', () => {
  const sar = (text: string) => places.find(text, 'zh').filter((a) => a.text === '特区').map((a) => a.place.code);

  it('is Hong Kong or Macao before a word of its government, the one named nearest', () => {
    expect(sar('香港各界庆祝回归，特区政府举行了升旗仪式。')).toEqual(['810000000000']);
    expect(sar('特区政府公布了施政报告。澳门居民普遍表示支持。')).toEqual(['820000000000']);
  });

  it('is nothing in a text that names neither, nor in 经济特区', () => {
    expect(sar('特区政府公布了施政报告。')).toEqual([]);
    expect(sar('香港和深圳经济特区政府签署协议。')).toEqual([]);
  });
});

describe('方 after a known form, whatever word ends before it', () => {
  it('reads 期待中方, 希望美方 as the sides', () => {
    expect(singles('我们期待中方发挥建设性作用，也希望美方停止挑衅。')).toEqual(['中/中国/country', '美/美国/foreign']);
  });

  it('reads none where 方 opens a word or the form closes one (心中方寸, 集中方式, 途中方知)', () => {
    expect(singles('他心中方寸已乱，改用集中方式处理，途中方知消息。')).toEqual([]);
  });
});

describe('a run of forms with a two-character word before the word of relation', () => {
  it.each<[string, string[]]>([
    ['双方同意深化中俄能源合作。', ['中/中国/country', '俄/俄罗斯/foreign']],
    ['中日文化交流源远流长。', ['中/中国/country', '日/日本/foreign']],
  ])('%s', (text, expected) => expect(singles(text)).toEqual(expected));

  it('not after a word the run\'s first character closes, before a follower, or across a place', () => {
    expect(singles('在改革过程中日益加强管理。')).toEqual([]);
    expect(singles('报告呼吁以美中北京首脑会晤为契机。').filter((s) => s.startsWith('以'))).toEqual([]);
  });
});

describe('a verb and a form that make a given name after a surname', () => {
  it('reads no place in 刘来华说 or 王在华表示, and still one in 来华访问 and 在华投资', () => {
    expect(singles('村民刘来华说，去年有客商来华访问。经理王在华表示，外企在华投资增长。')).toEqual(['华/中国/country', '华/中国/country']);
  });
});
