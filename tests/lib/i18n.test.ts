import { describe, expect, it } from 'vitest';
import coreEn from '../../lib/i18n/core.en.json';
import coreZh from '../../lib/i18n/core.zh.json';
import uiEn from '../../lib/i18n/ui.en.json';
import uiZh from '../../lib/i18n/ui.zh.json';
import { hasMessage, resolveLanguage, t } from '../../lib/i18n';

describe('resolveLanguage', () => {
  it('follows the browser for auto: any Chinese is zh, everything else en', () => {
    expect(resolveLanguage('auto', 'zh-CN')).toBe('zh');
    expect(resolveLanguage('auto', 'zh-TW')).toBe('zh');
    expect(resolveLanguage('auto', 'zh')).toBe('zh');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'de')).toBe('en');
    expect(resolveLanguage('auto', '')).toBe('en');
  });

  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh', 'en-US')).toBe('zh');
  });
});

describe('t', () => {
  it('gives the string in the language asked', () => {
    expect(t('level.county', 'zh')).toBe('区县');
    expect(t('level.county', 'en')).toBe('County');
    expect(t('popup.openOptions', 'zh')).toBe('设置');
  });

  it('fills in parameters and leaves unknown ones visible', () => {
    expect(t('popup.siteOff', 'en', { host: 'news.example.cn' })).toContain('off for news.example.cn.');
    expect(t('popup.siteOff', 'en')).toContain('{host}');
  });

  it('chooses the English singular or plural by count', () => {
    expect(t('popup.figures', 'en', { count: 1 })).toBe('1 figure');
    expect(t('popup.figures', 'en', { count: 0 })).toBe('0 figures');
    expect(t('popup.figures', 'en', { count: 12 })).toBe('12 figures');
    expect(t('popup.figures', 'zh', { count: 12 })).toBe('12 个数字');
  });

  it('knows which keys exist', () => {
    expect(hasMessage('unit.mu')).toBe(true);
    expect(hasMessage('unit.furlong')).toBe(false);
    expect(hasMessage('toString')).toBe(false);
  });
});

describe('the string tables', () => {
  it('have the same keys and the same parameters in both languages', () => {
    const params = (message: unknown) => [...new Set(JSON.stringify(message).match(/\{\w+\}/g))].sort();
    for (const [en, zh] of [[coreEn, coreZh], [uiEn, uiZh]] as Array<[Record<string, unknown>, Record<string, unknown>]>) {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) expect(params(zh[key]), key).toEqual(params(en[key]));
    }
  });

  it('keep the hover card\'s strings in the core tables, which alone go into the content script', () => {
    for (const key of Object.keys(uiEn)) expect(key, key).not.toMatch(/^(app|level|figure|unit|value|card)\./);
  });

  it('name every place level and figure type the annotation contract has', () => {
    const levels = ['country', 'province', 'prefecture', 'county', 'township', 'village', 'devzone', 'region', 'natural', 'landmark', 'foreign'];
    const types = ['money', 'percent', 'quantity', 'count', 'rank', 'date', 'year', 'duration', 'ratio', 'other'];
    for (const level of levels) expect(hasMessage(`level.${level}`), level).toBe(true);
    for (const type of types) expect(hasMessage(`figure.${type}`), type).toBe(true);
  });
});
