// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isDarkBehind, parseRgb, relativeLuminance } from '../../../lib/page/theme';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('parseRgb', () => {
  it('reads computed colours', () => {
    expect(parseRgb('rgb(30, 34, 39)')).toEqual([30, 34, 39, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgba(255, 255, 255, 0.5)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeUndefined();
  });

  it('measures luminance as WCAG does', () => {
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1);
    expect(relativeLuminance(119, 119, 119)).toBeCloseTo(0.184, 2);
  });
});

describe('isDarkBehind', () => {
  it('takes the nearest opaque background up the ancestors', () => {
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    document.body.innerHTML = '<div><p><b>淄博</b></p></div><div style="background-color: rgb(250, 250, 250)"><p><b>淄川</b></p></div>';
    const [dark, light] = [...document.querySelectorAll('b')];
    expect(isDarkBehind(dark)).toBe(true);
    expect(isDarkBehind(light)).toBe(false);
  });

  it('sees a page without backgrounds as light', () => {
    document.body.innerHTML = '<p><b>淄博</b></p>';
    expect(isDarkBehind(document.querySelector('b')!)).toBe(false);
  });
});
