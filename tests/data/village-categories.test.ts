// Villages, communities and townships in county news, by category, each in sentences of its own
// (not those of village-news.fixtures.ts), over the real gazetteer: what each rule must find, and
// must not.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string, lang: 'zh' | 'en' = 'zh') => places.labelsWithVillages(text, 12, lang);

describe('villages in county news, by category', () => {
  it.each<[string, string, string[]]>([
    ['a village whose official name opens with its county and township, by the name the press writes', '东源县船塘镇李田村的油茶林挂满了果，李田村还建起了榨油坊。', [
      '东源县/county/441625000000', '船塘镇/township/441625103000', '李田村/village/441625103203', '李田村/village/441625103203',
    ]],
    ['a herders\' committee for a village the data names with 村; a village and its committee as a village with 村委会', '都兰县宗加镇铁奎牧委会的牧民转场。兴海县子科滩镇那洞村牧委会组织防疫。', [
      '都兰县/county/632822000000', '宗加镇/township/632822103000', '铁奎牧委会/village/632822103208',
      '兴海县/county/632524000000', '子科滩镇/township/632524100000', '那洞村/village/632524100201',
    ]],
    ['a residents\' committee holds the place named inside it', '黄浦区半淞园路街道的海西居委会开设助餐点。', [
      '黄浦区/county/310101000000', '半淞园路街道/township/310101015000', '海西居委会/village/310101015025',
    ]],
    ['a two-character village named where a name starts counts where it stands again', '安吉县天荒坪镇余村的游客多了。镇里推动余村与周边村抱团发展，其余村民也来学习。', [
      '安吉县/county/330523000000', '天荒坪镇/township/330523108000', '余村/village/330523108204', '余村/village/330523108204',
    ]],
    ['a clan\'s village the data lacks, after 的 where its township is named; not a kind of village', '昔阳县大寨镇上的武家坪村种起了谷子，远近闻名的长寿村也来取经。', [
      '昔阳县/county/140724000000', '大寨镇/township/140724104000', '武家坪村/village',
    ]],
    ['a village\'s short form before its school or cooperative, the village named in full', '花垣县双龙镇十八洞村的绣娘多了，新成立的十八洞苗绣合作社接到订单，金龙小学也开学了。', [
      '花垣县/county/433124000000', '双龙镇/township/433124110000', '十八洞村/village/433124110226', '十八洞/village/433124110226',
    ]],
    ['a village\'s short form after 把 in a list of villages', '栾川县潭头镇要把汤营、大王庙两村连成一线。', [
      '栾川县/county/410324000000', '潭头镇/township/410324103000', '汤营/village/410324103202', '大王庙/village/410324103209',
    ]],
    ['a township the data names with its county, and its village, by the names the press writes', '濮阳县柳屯镇的小麦丰收了，柳屯镇还建起了面粉厂。四平市铁东区叶赫满族镇叶赫村迎来游客。', [
      '濮阳县/county/410928000000', '柳屯镇/township/410928101000', '柳屯镇/township/410928101000',
      '四平市/prefecture/220300000000', '铁东区/county/220303000000', '叶赫满族镇/township/220303102000', '叶赫村/village/220303102207',
    ]],
    ['a county\'s short form before a township of it, a dateline\'s 讯 between; not before a township it lacks', '溧阳讯 南渡镇新河村开设长者食堂。资源讯 城关镇的事。', [
      '溧阳/county/320481000000', '南渡镇/township/320481114000', '新河村/village/320481114201', '城关镇/township',
    ]],
    ['a community\'s 村 form that is a kind of village (城中村, 中心村) names no village', '寿阳县朝阳镇今年启动老旧小区和城中村改造，中心村建设也在推进，城中居委会组织居民议事。', [
      '寿阳县/county/140725000000', '朝阳镇/township/140725100000', '城中居委会/village/140725100012',
    ]],
    // a case's first text of a province loads that province's villages: seconds on a busy machine
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => expect(await found(text)).toEqual(expected));

  it.each<[string, string, string[]]>([
    ['a pinyin village after "the village of", linked under the county the text names', 'In the village of Tangying in Luanchuan county, farmers grow strawberries.', [
      'Tangying/village/410324103202', 'Luanchuan county/county/410324000000',
    ]],
    ['a pinyin village of one character and 村, written with it', 'Yucun village in Anji county, Zhejiang, closed its quarries.', [
      'Yucun village/village/330523108204', 'Anji county/county/330523000000', 'Zhejiang/province/330000000000',
    ]],
    ['a pinyin village before an apposition of its kind; not a city or county', 'Liangjiahe, a village in Yanchuan county, draws visitors. Xiong, a county in Hebei, grew.', [
      'Liangjiahe/village/610622103215', 'Yanchuan county/county/610622000000', 'Xiong/county/130638000000', 'Hebei/province/130000000000',
    ]],
  ])('English: %s', { timeout: 60_000 }, async (_, text, expected) => expect(await found(text, 'en')).toEqual(expected));
});
