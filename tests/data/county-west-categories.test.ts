// Categories of place language in county news of the west and south-west, each in sentences of its own (not those
// of county-west.fixtures.ts), over the real gazetteer: what each rule must find, and must not.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 9);

describe('places in county news of the west and south-west, by category', () => {
  it.each<[string, string, string[]]>([
    ['an ethnic township written without its peoples, keeping its suffix; a people after a place is none', '勐海县布朗山乡、西定乡，德钦县拖顶乡的布朗族群众。', [
      '勐海县/county/532822000', '布朗山乡/township/532822204', '西定乡/township/532822205', '德钦县/county/533422000', '拖顶乡/township/533422204',
    ]],
    ['a county seat (县城) before its township opens no name abroad; a name abroad after it still is one', '美姑县城巴普镇，美国县城斯普林菲尔德市。', [
      '美姑县/county/513436000', '巴普镇/township/513436100', '美国/foreign', '斯普林菲尔德市/foreign',
    ]],
    ['lakes of Tibet written with 措 as with 错, lakes and glaciers of the plateau', '游客从纳木措、羊卓雍措来到然乌湖，来古冰川正在消融。', [
      '纳木措/natural', '羊卓雍措/natural', '然乌湖/natural', '来古冰川/natural',
    ]],
    ['salt lakes, plateau lakes and mountains of the west named alone', '格尔木的察尔汗盐湖、威宁县的草海、美姑县的大风顶、勐海县的南糯山。', [
      '格尔木/county/632801000', '察尔汗盐湖/natural', '威宁县/county/520526000', '草海/natural', '美姑县/county/513436000', '大风顶/natural', '勐海县/county/532822000', '南糯山/natural',
    ]],
    ['a township\'s full name after 从 though 从小 is a word; not 从小 before another word', '威宁县。从小海镇松山村搬来的群众，他从小就在山里。', [
      '威宁县/county/520526000', '小海镇/township/520526114', '松山村/village/520526114',
    ]],
  ])('%s', { timeout: 30_000 }, async (_, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });
});
