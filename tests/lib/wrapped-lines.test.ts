import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../lib/wrapped-lines';

describe('unwrapLines', () => {
  it('makes the breaks inside a wrapped paragraph spaces, keeps blank lines and every offset', () => {
    const text = [
      'Cotton output in the region reached 5.11',
      'million tonnes this year, accounting for',
      'more than 90 percent of the national',
      'total, officials in Urumqi said.',
      '',
      'Machines picked 85 percent of the crop.',
    ].join('\n');
    const read = unwrapLines(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe(
      'Cotton output in the region reached 5.11 million tonnes this year, accounting for more than 90 percent of the national total, officials in Urumqi said.\n\nMachines picked 85 percent of the crop.',
    );
  });

  it('leaves a text with one paragraph per line, and a list of short items, as it is', () => {
    const paragraphs = 'Exports rose 9.4 percent in the first half.\nImports fell 2 percent, customs said.\nTrade with Vietnam grew 21 per cent.\nZibo Barbecue Draws Crowds';
    expect(unwrapLines(paragraphs)).toBe(paragraphs);
    const list = 'Home\nNews\nSport\nWeather\nBusiness\nPolitics';
    expect(unwrapLines(list)).toBe(list);
  });
});
