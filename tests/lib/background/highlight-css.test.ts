// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { highlightCss } from '../../../lib/background/highlight-css';
import {
  FIGURE_HIGHLIGHT, FLASH_HIGHLIGHT, highlightNameOf, MARK_FLASH_ATTRIBUTE, MARK_TAG, markAttributes, placeHighlight,
} from '../../../lib/page/highlight-names';
import { DEFAULT_SETTINGS, normalizeSettings, SHADED_LEVELS, type Settings } from '../../../lib/settings';

/** The rules of a style sheet: selector -> declarations (without !important). */
function rules(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [, selector, body] of css.matchAll(/^(.+?) \{([^}]*)\}$/gm)) {
    const declarations = body.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/:\s*/) as [string, string]);
    out.set(selector, new Map(declarations.map(([property, value]) => [property, value.replace(/\s*!important$/, '')])));
  }
  return out;
}

/** The ::highlight() rules: highlight name -> declarations. */
function highlightRules(css: string): Map<string, Map<string, string>> {
  return new Map([...rules(css)].flatMap(([selector, declarations]) => {
    const name = /^::highlight\(([\w-]+)\)$/.exec(selector)?.[1];
    return name ? [[name, declarations]] : [];
  }));
}

const PLACE_NAMES = SHADED_LEVELS.map(placeHighlight);
const base = { start: 0, end: 2, text: '淄博' };
const figure: Annotation = { ...base, kind: 'figure', figure: { type: 'count', value: 1, approx: false } };
const prefecture: Annotation = { ...base, kind: 'place', place: { name: '淄博', level: 'prefecture' } };
const river: Annotation = { ...base, kind: 'place', place: { name: '黄河', level: 'natural' } };

describe('the highlight style sheet', () => {
  it('styles every figure and place shade, saved passages and the flash by default, with the default colours', () => {
    const css = highlightRules(highlightCss(DEFAULT_SETTINGS));
    expect([...css.keys()]).toEqual([FIGURE_HIGHLIGHT, ...PLACE_NAMES, FLASH_HIGHLIGHT]);
    expect(css.get('newsfacts-figure')?.get('background-color')).toBe('#eedd88');
    expect(css.get('newsfacts-place-county')?.get('background-color')).toBe('#44bb99');
    expect(css.get('newsfacts-place-other')?.get('background-color')).toBe('#99ddff');
  });

  it('uses only what ::highlight() can set, black text, and !important (the page cannot override it)', () => {
    const sheet = highlightCss(DEFAULT_SETTINGS);
    for (const declarations of rules(sheet).values()) {
      expect([...declarations.keys()]).toEqual(['background-color', 'color', 'text-decoration']);
      expect(declarations.get('color')).toBe('#000');
    }
    expect(sheet.match(/;/g)?.length).toBe(sheet.match(/!important;/g)?.length);
  });

  it('tells figures from places by the underline, not only by colour', () => {
    const css = highlightRules(highlightCss(DEFAULT_SETTINGS));
    // a darker shade of the background: #eedd88 * 0.45
    expect(css.get(FIGURE_HIGHLIGHT)?.get('text-decoration')).toBe('underline solid #6b633d 2px');
    for (const name of PLACE_NAMES) expect(css.get(name)?.get('text-decoration')).toMatch(/^underline dotted #[0-9a-f]{6} 2px$/);
  });

  it("uses the reader's colours", () => {
    const settings = normalizeSettings({ colours: { figure: '#00FF00', place: { village: '#102030' } } });
    const css = highlightRules(highlightCss(settings));
    expect(css.get(FIGURE_HIGHLIGHT)?.get('background-color')).toBe('#00FF00');
    expect(css.get(FIGURE_HIGHLIGHT)?.get('text-decoration')).toBe('underline solid #007300 2px');
    expect(css.get(placeHighlight('village'))?.get('background-color')).toBe('#102030');
    expect(css.get(placeHighlight('province'))?.get('background-color')).toBe(DEFAULT_SETTINGS.colours.place.province);
  });

  it('gives a category switched off no rule, and keeps the flash', () => {
    const off = (categories: Settings['categories']) => [...highlightRules(highlightCss({ ...DEFAULT_SETTINGS, categories })).keys()];
    expect(off({ figure: false, place: true })).toEqual([...PLACE_NAMES, FLASH_HIGHLIGHT]);
    expect(off({ figure: true, place: false })).toEqual([FIGURE_HIGHLIGHT, FLASH_HIGHLIGHT]);
    expect(off({ figure: false, place: false })).toEqual([FLASH_HIGHLIGHT]);
  });

  it('colours the marks of the fallback alike, each in a rule of its own, a flashed mark as the flash', () => {
    const css = rules(highlightCss(DEFAULT_SETTINGS));
    const highlights = [...css.keys()].filter((selector) => selector.startsWith('::highlight('));
    const marks = [...css.keys()].filter((selector) => selector.startsWith(MARK_TAG));
    expect(marks).toHaveLength(highlights.length);
    const mark = (annotation: Annotation, flashed = false) => {
      const element = document.createElement(MARK_TAG);
      for (const [name, value] of Object.entries(markAttributes(annotation))) element.setAttribute(name, value);
      if (flashed) element.setAttribute(MARK_FLASH_ATTRIBUTE, '');
      return element;
    };
    // the last rule that matches: the flash's comes last and outweighs the others (they weigh only their tag)
    const styleOf = (element: Element) => css.get(marks.filter((selector) => element.matches(selector)).at(-1)!);
    expect(styleOf(mark(figure))).toEqual(css.get(`::highlight(${FIGURE_HIGHLIGHT})`));
    expect(styleOf(mark(prefecture))).toEqual(css.get(`::highlight(${placeHighlight('prefecture')})`));
    expect(styleOf(mark(prefecture, true))).toEqual(css.get(`::highlight(${FLASH_HIGHLIGHT})`));
  });
});

describe('highlight names', () => {
  it('names the highlight and the marks of each annotation', () => {
    expect([figure, prefecture, river].map(highlightNameOf)).toEqual(['newsfacts-figure', 'newsfacts-place-prefecture', 'newsfacts-place-other']);
    expect([figure, prefecture, river].map(markAttributes)).toEqual([
      { 'data-kind': 'figure' },
      { 'data-kind': 'place', 'data-level': 'prefecture' },
      { 'data-kind': 'place', 'data-level': 'other' },
    ]);
  });
});
