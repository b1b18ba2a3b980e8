import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../../lib/annotation';
import { withProvinceRuns } from '../../../lib/places/province-runs';

const region = (text: string, start: number, name: string): PlaceAnnotation => ({
  kind: 'place', start, end: start + name.length, text: name, place: { name, level: 'region', confidence: 0.9 },
});
const names = (places: PlaceAnnotation[]) => places.map((p) => `${p.text}/${p.place.level}`);

describe('regions named by the provinces they span', () => {
  it('reads a run of province forms before a word of a region', () => {
    const text = '三县联手打造湘粤赣边区旅游线路，川陕革命根据地纪念馆开馆，甘青两省联合执法，苏浙皖交界地区治水。';
    expect(names(withProvinceRuns(text, []))).toEqual(['湘粤赣/region', '川陕/region', '甘青/region', '苏浙皖/region']);
  });

  it('reads a run before a road or railway between the provinces, or a word of their working together', () => {
    const text = '川藏铁路穿越横断山脉，京沪高铁客流回升，川陕公路修通了，川渝合作不断深化。';
    expect(names(withProvinceRuns(text, []))).toEqual(['川藏/region', '京沪/region', '川陕/region', '川渝/region']);
  });

  it('reads no run without such a word, nor a doubled character', () => {
    expect(withProvinceRuns('川陕面馆开张了，青青草地上，浙闽的客人来了。', [])).toEqual([]);
  });

  it('takes the place of a region it holds, and leaves any other place alone', () => {
    const text = '晋冀鲁豫边区政府旧址。';
    expect(names(withProvinceRuns(text, [region(text, 1, '冀鲁豫')]))).toEqual(['晋冀鲁豫/region']);
    const city: PlaceAnnotation = { kind: 'place', start: 0, end: 2, text: '宁夏', place: { name: '宁夏', level: 'province', confidence: 1 } };
    expect(names(withProvinceRuns('宁夏地区', [city]))).toEqual(['宁夏/province']);
  });

  it('takes the place of the one-character provinces it is made of', () => {
    const province = (start: number, name: string): PlaceAnnotation => ({ kind: 'place', start, end: start + 1, text: name, place: { name, level: 'province', confidence: 0.8 } });
    expect(names(withProvinceRuns('成为湘赣边界的名产', [province(2, '湘'), province(3, '赣')]))).toEqual(['湘赣/region']);
  });
});
