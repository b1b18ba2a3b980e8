import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../../lib/annotation';
import { withNumberedRoads } from '../../../lib/places/numbered-roads';

const names = (places: PlaceAnnotation[]) => places.map((p) => `${p.text}/${p.place.level}`);

describe('numbered roads', () => {
  it('reads a route number with the word of its class after or before it', () => {
    const text = '沿着G318国道一路向西，转入207国道，再走国道106线和省道S217，最后上了G4高速。';
    expect(names(withNumberedRoads(text, []))).toEqual(['G318国道/landmark', '207国道/landmark', '国道106线/landmark', '省道S217/landmark', 'G4高速/landmark']);
  });

  it('reads no number without such a word, nor one inside a longer code', () => {
    expect(withNumberedRoads('G20峰会期间，5G基站和3线城市的AG600国产飞机。', [])).toEqual([]);
  });

  it('leaves a place already found alone', () => {
    const road: PlaceAnnotation = { kind: 'place', start: 0, end: 5, text: 'S305省', place: { name: 'S305省', level: 'landmark', confidence: 1 } };
    expect(withNumberedRoads('S305省道', [road])).toEqual([road]);
  });
});
