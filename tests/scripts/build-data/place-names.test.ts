import { describe, expect, it } from 'vitest';
import { parseName, placeName } from '../../../scripts/build-data/place-names';
import type { UnitLevel } from '../../../lib/gazetteer/types';

describe('pinyin and English names', () => {
  it.each<[string, UnitLevel, string, string]>([
    ['山东省', 'province', 'Shāndōng Shěng', 'Shandong'],
    ['北京市', 'province', 'Běijīng Shì', 'Beijing'],
    ['广西壮族自治区', 'province', 'Guǎngxī Zhuàngzú Zìzhìqū', 'Guangxi'],
    ['内蒙古自治区', 'province', 'Nèi Měnggǔ Zìzhìqū', 'Inner Mongolia'],
    ['陕西省', 'province', 'Shǎnxī Shěng', 'Shaanxi'],
    ['淄博市', 'prefecture', 'Zībó Shì', 'Zibo'],
    ['六安市', 'prefecture', "Lù'ān Shì", "Lu'an"],
    ['喀什地区', 'prefecture', 'Kāshí Dìqū', 'Kashi Prefecture'],
    ['延边朝鲜族自治州', 'prefecture', 'Yánbiān Cháoxiǎnzú Zìzhìzhōu', 'Yanbian Korean Autonomous Prefecture'],
    ['锡林郭勒盟', 'prefecture', 'Xīlínguōlè Méng', 'Xilinguole League'],
    ['淄川区', 'county', 'Zīchuān Qū', 'Zichuan District'],
    ['沂源县', 'county', 'Yíyuán Xiàn', 'Yiyuan County'],
    ['单县', 'county', 'Shàn Xiàn', 'Shan County'],
    ['曲阜市', 'county', 'Qūfù Shì', 'Qufu City'],
    ['孟村回族自治县', 'county', 'Mèngcūn Huízú Zìzhìxiàn', 'Mengcun Hui Autonomous County'],
    ['管城回族区', 'county', 'Guǎnchéng Huízú Qū', 'Guancheng Hui District'],
    ['浦东新区', 'county', 'Pǔdōng Xīnqū', 'Pudong New Area'],
    ['东乡族自治县', 'county', 'Dōngxiāngzú Zìzhìxiàn', 'Dongxiang Autonomous County'],
    ['龙泉镇', 'township', 'Lóngquán Zhèn', 'Longquan Town'],
    ['般阳路街道', 'township', 'Bānyánglù Jiēdào', 'Banyanglu Subdistrict'],
  ])('%s: %s, %s', (name, level, pinyin, english) => {
    expect(placeName(name, level)).toMatchObject({ pinyin, english });
  });

  it.each<[string, UnitLevel, string]>([
    ['长清区', 'county', 'Chángqīng'], ['长岛镇', 'township', 'Chángdǎo'], ['乐陵市', 'county', 'Lèlíng'],
    ['莘县', 'county', 'Shēn'], ['曲阜市', 'county', 'Qūfù'], ['六安市', 'prefecture', "Lù'ān"], ['蚌埠市', 'prefecture', 'Bèngbù'],
    ['铅山县', 'county', 'Yánshān'], ['番禺区', 'county', 'Pānyú'], ['涡阳县', 'county', 'Guōyáng'], ['枞阳县', 'county', 'Zōngyáng'],
    ['歙县', 'county', 'Shè'], ['黟县', 'county', 'Yī'], ['尉氏县', 'county', 'Yùshì'], ['大埔县', 'county', 'Dàbù'],
    ['东阿县', 'county', "Dōng'ē"], ['蔚县', 'county', 'Yù'], ['洪洞县', 'county', 'Hóngtóng'], ['黄陂区', 'county', 'Huángpí'],
    ['乐清市', 'county', 'Yuèqīng'], ['台州市', 'prefecture', 'Tāizhōu'], ['六合区', 'county', 'Lùhé'],
    ['都江堰市', 'county', 'Dūjiāngyàn'], ['闵行区', 'county', 'Mǐnháng'], ['长子县', 'county', 'Zhǎngzǐ'],
    ['重庆市', 'province', 'Chóngqìng'], ['厦门市', 'prefecture', 'Xiàmén'], ['喀什地区', 'prefecture', 'Kāshí'],
  ])('reads %s (%s) as %s', (name, level, core) => {
    expect(placeName(name, level)?.pinyin.split(' ')[0]).toBe(core);
  });

  it('gives zones and units without a level word no names: a guess would be invented', () => {
    expect(placeName('济南高新技术产业开发区', 'county')).toBeUndefined();
    expect(placeName('五台山风景名胜区', 'county')).toBeUndefined();
    expect(placeName('国营红星农场', 'township')).toBeUndefined();
    expect(placeName('台头村', 'village')).toBeUndefined();
  });

  it('takes ethnic groups apart only before the level words that have them', () => {
    expect(parseName('围场满族蒙古族自治县', 'county')).toMatchObject({ core: '围场', ethnic: ['满族', '蒙古族'] });
    expect(parseName('大厂回族自治县', 'county')?.word.zh).toBe('自治县');
    expect(parseName('回族乡', 'township')).toMatchObject({ core: '回族', ethnic: [] });
    expect(placeName('马场回族乡', 'township')?.english).toBe('Machang Hui Ethnic Township');
  });
});
