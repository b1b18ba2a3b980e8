// Place finding with the real gazetteer on sentences from all over China and the world, in the
// style of national news: recognition must not depend on a Shandong article's context.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

async function found(text: string): Promise<string[]> {
  return (await places.findWithVillages(text, 'zh')).map((a) => `${a.text}/${a.place.level}${a.place.code ? '/' + a.place.code.slice(0, 6) : ''}`);
}

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
    // provinces without a village pack
    ['香港特别行政区、澳门特别行政区和台湾省的代表出席。', ['香港特别行政区/province/810000', '澳门特别行政区/province/820000', '台湾省/province/710000']],
  ])('%s', async (text, expected) => expect(await found(text)).toEqual(expected));
});
