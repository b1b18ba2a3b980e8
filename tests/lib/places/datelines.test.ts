import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../../lib/annotation';
import { withDatelinePlaces } from '../../../lib/places/datelines';

const place = (text: string, name: string, level: PlaceAnnotation['place']['level']): PlaceAnnotation => {
  const start = text.indexOf(name);
  return { kind: 'place', start, end: start + name.length, text: name, place: { name, level, confidence: 0.95 } };
};
const names = (text: string, places: PlaceAnnotation[] = []) => withDatelinePlaces(text, places).map((p) => `${p.text}/${p.place.level}`);

describe('the place of a dateline the data does not hold', () => {
  it('reads the name between the source and the date (本报波恩5月25日电)', () => {
    expect(names('本报汉诺威4月12日电 记者报道：博览会今天开幕。')).toEqual(['汉诺威/foreign']);
    expect(names('新华社卡尔斯鲁厄十月三日电 会议闭幕。')).toEqual(['卡尔斯鲁厄/foreign']);
  });

  it('reads it after the country the dateline names first (德国罗滕堡)', () => {
    const text = '本报德国奥格斯堡5月27日电 中国民乐团在这里演出。';
    expect(names(text, [place(text, '德国', 'foreign')])).toEqual(['德国/foreign', '奥格斯堡/foreign']);
  });

  it('adds nothing where the dateline names a known place, or holds no date', () => {
    const text = '本报北京5月1日电 本报讯 记者从市里获悉。';
    expect(names(text, [place(text, '北京', 'province')])).toEqual(['北京/province']);
  });
});
