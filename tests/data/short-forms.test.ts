// County and prefecture short forms in general news, where the text names no region around them:
// a verb or preposition of place right before the form (在恭城，, 到西昌) shows it is the place,
// and the form means that place again further on. Common words and words of position stay out.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

/** The places of `text`, as form/level/code. */
function found(text: string): string[] {
  return places.find(text, 'zh').map((a) => `${a.text}/${a.place.level}/${a.place.code ?? ''}`);
}

describe('a county short form after a word of place', () => {
  it.each<[string, string[]]>([
    ['记者日前来到恭城，看到果园连片。', ['恭城/county/450332000000']],
    ['一批老红军后代前往瑞金参观旧址。', ['瑞金/county/360781000000']],
    ['他多次到西昌参加卫星发射任务。', ['西昌/county/513401000000']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads the same form again further on once the text has shown it is the place', () => {
    expect(found('在恭城，柑橘是当家产业。这些年恭城的旅游也红火起来。')).toEqual([
      '恭城/county/450332000000',
      '恭城/county/450332000000',
    ]);
  });

  it('does not read the form in a text that names only other provinces (在温泉 in Yunnan is a hot spring)', () => {
    expect(found('云南省腾冲市的游客喜欢在温泉边休息。')).toEqual(['云南省/province/530000000000', '腾冲市/county/530581000000']);
    expect(found('四川省的企业家在恭城投资。')).toEqual(['四川省/province/510000000000']);
  });

  it('does not read a form that opens the name of a river (在嘉陵江)', () => {
    expect(found('渔民在嘉陵江上捕鱼。').filter((p) => p.includes('county'))).toEqual([]);
  });

  it('does not read the form without a word of place and without its region', () => {
    expect(found('这些年恭城的旅游红火起来。')).toEqual([]);
  });
});

describe('a county short form that straddles a sure name (同德 + 德国)', () => {
  it('gives way to the sure name when the text does not support the county', () => {
    expect(found('总统同德国总理通了电话。')).toEqual(['德国/foreign/']);
  });

  it('is not read after a word of place when a sure name starts inside it', () => {
    expect(found('协议是在同德国总理会谈后签署的。')).toEqual(['德国/foreign/']);
  });
});

describe('not places after a word of place', () => {
  it.each([
    '菜农把蔬菜种在大田里，产量很高。',
    '要把有限的资源用在刀刃上，在资源配置上下功夫。',
  ])('%s', (text) => expect(found(text)).toEqual([]));
});
