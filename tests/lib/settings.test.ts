import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SHADED_LEVELS } from '../../lib/settings';

// WCAG 2 relative luminance and contrast ratio.
const linear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
const luminance = (hex: string) => rgb(hex).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009): how a colour looks with full protanopia, deuteranopia and
// tritanopia, as matrices over linear RGB.
const DEFICIENCIES: Record<string, number[][]> = {
  none: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const encode = (c: number) => {
  const x = Math.min(1, Math.max(0, c));
  return 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
};
const seen = (hex: string, matrix: number[][]) => matrix.map((row) => encode(row.reduce((sum, m, k) => sum + m * rgb(hex)[k], 0)));
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((x, i) => x - b[i]));

const { colours } = DEFAULT_SETTINGS;
const palette: Record<string, string> = { figure: colours.figure, ...colours.place };

describe('the default highlight colours', () => {
  it('keep black text readable (7:1) and stand out from a white and a dark page', () => {
    for (const colour of Object.values(palette)) {
      expect(contrast(colour, '#000000')).toBeGreaterThanOrEqual(7);
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(1.3);
      expect(contrast(colour, '#121212')).toBeGreaterThanOrEqual(6);
    }
  });

  it.each(Object.keys(DEFICIENCIES))('tell every place level and figures apart (%s)', (deficiency) => {
    expect(Object.keys(palette)).toEqual(['figure', ...SHADED_LEVELS]);
    const entries = Object.entries(palette);
    for (const [i, [a, colourA]] of entries.entries()) {
      for (const [b, colourB] of entries.slice(i + 1)) {
        // 35 of 255 per channel; the five blues before came as close as 9
        expect(distance(seen(colourA, DEFICIENCIES[deficiency]), seen(colourB, DEFICIENCIES[deficiency])), `${a} / ${b}`).toBeGreaterThan(35);
      }
    }
  });
});
