// Place finding with the real gazetteer on sentences from all over China and the world, in the
// style of national news: recognition must not depend on a Shandong article's context.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 6);

describe('places all over China and the world', () => {
  it.each<[string, string[]]>([
    ['国家主席在北京会见了来访的法国总统。', ['北京/province/110000', '法国/foreign']],
    ['新疆维吾尔自治区乌鲁木齐市举行招商会，西藏拉萨的代表也来了。', ['新疆维吾尔自治区/province/650000', '乌鲁木齐市/prefecture/650100', '西藏/province/540000', '拉萨/prefecture/540100']],
    ['美国纽约股市周一收跌，日本东京股市上涨。', ['美国/foreign', '纽约/foreign', '日本/foreign', '东京/foreign']],
    ['内蒙古呼和浩特、广西南宁、吉林延边都有新项目。', ['内蒙古/province/150000', '呼和浩特/prefecture/150100', '广西/province/450000', '南宁/prefecture/450100', '吉林/province/220000', '延边/prefecture/222400']],
    ['他从海南岛出发，横渡太平洋，抵达澳大利亚悉尼。', ['海南岛/natural', '太平洋/natural', '澳大利亚/foreign', '悉尼/foreign']],
    ['四川省阿坝藏族羌族自治州九寨沟县发生地震。', ['四川省/province/510000', '阿坝藏族羌族自治州/prefecture/513200', '九寨沟县/county/513225']],
    ['黄河流域生态保护，东北三省加快转型。', ['黄河流域/region', '东北/region']],
    ['全国各地整合资源，推进港口建设。', []],
    // words that hold a place's characters without naming it: a leader's name after a title, a
    // tournament, a language, a species, a coast, a title before a name (部长安雷)
    ['全国政协主席王沪宁会见了新西兰客人，总书记向湖南人民致以问候。', ['新西兰/foreign', '湖南/province/430000']],
    ['她在澳网闯入决赛，又在法网和美网取得佳绩。', []],
    ['游客学几句西班牙语、意大利语，品尝意大利面。', []],
    ['亚洲象、华南虎和中华鲟的种群逐步恢复，船队到达非洲东海岸。', ['非洲/region']],
    ['前副总理兼财政部长安雷出席，从长安出发的丝绸之路通往西域。', ['长安/prefecture/610100', '丝绸之路/landmark', '西域/region']],
    ['苏轼在杭州任职时疏浚西湖，修筑了苏堤。', ['杭州/prefecture/330100', '西湖/natural', '苏堤/landmark']],
    ['香港元朗、屯门一带和澳门议事亭前地游人如织，上海临港新片区加快建设。', ['香港/province/810000', '元朗/county', '屯门/county', '澳门/province/820000', '议事亭前地/landmark', '上海/province/310000', '临港/devzone']],
    ['港股和美股上涨，游客品尝哈密瓜；帝国横跨亚欧非三洲。', ['亚/region', '欧/region', '非/region']],
    ['政治局常委李长春出席会议。李长春在广州会见外宾后前往长春。', ['广州/prefecture/440100', '长春/prefecture/220100']],
    ['在黑龙江推动共同富裕，到眉山品尝东坡肉。', ['黑龙江/province/230000', '眉山/prefecture/511400']],
    // 文昌 needs its province or a launch site's word (文昌航天发射场): alone it is as often 文昌阁 or 文昌湖
    ['卫星从西昌和海南文昌发射，联盟号从拜科努尔升空；君士坦丁堡就是今天的伊斯坦布尔。', ['西昌/county/513401', '海南/province/460000', '文昌/county/469005', '拜科努尔/foreign', '君士坦丁堡/foreign', '伊斯坦布尔/foreign']],
    // provinces without a village pack
    ['香港特别行政区、澳门特别行政区和台湾省的代表出席。', ['香港特别行政区/province/810000', '澳门特别行政区/province/820000', '台湾省/province/710000']],
  ])('%s', async (text, expected) => expect(await found(text)).toEqual(expected));
});
