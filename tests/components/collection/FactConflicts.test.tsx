// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FactConflicts } from '../../../components/collection/FactConflicts';
import { LanguageContext } from '../../../components/i18n';
import { itemsFromAnnotations } from '../../../lib/collection/from-document';
import { extract } from '../../../lib/extract';
import { fixtureIndex } from '../../lib/places/fixture-index';

const places = fixtureIndex();
const page = (url: string, title: string, text: string) =>
  itemsFromAnnotations(text, extract(text, { places, date: '2024-04-20' }), { url, title, site: 'news.example.cn', savedAt: '2024-04-21T08:00:00.000Z', published: '2024-04-20' });

afterEach(cleanup);

describe('the collection’s conflicts', () => {
  it('show the disagreeing values of one fact side by side with their sources', () => {
    const items = [...page('https://a.example.cn/1.html', '甲报', '一季度，淄川区完成投资86亿元。'), ...page('https://b.example.cn/2.html', '乙报', '一季度，淄川区完成投资82.5亿元。')];
    render(
      <LanguageContext.Provider value="en">
        <FactConflicts items={items} />
      </LanguageContext.Provider>,
    );
    const section = screen.getByTestId('conflicts');
    expect(section.querySelector('h2')!.textContent).toBe('1 fact that pages disagree on');
    expect(section.querySelector('h3')!.textContent).toBe('淄川区 · Q1 2024 · 完成投资');
    expect([...section.querySelectorAll('tr')].map((tr) => tr.textContent)).toEqual(['86亿元甲报 · 2024-04-20', '82.5亿元乙报 · 2024-04-20']);
    expect(screen.getByRole('link', { name: '乙报' }).getAttribute('href')).toBe('https://b.example.cn/2.html');
  });

  it('show nothing when the pages agree', () => {
    const items = [...page('https://a.example.cn/1.html', '甲报', '一季度，淄川区完成投资86亿元。'), ...page('https://b.example.cn/2.html', '乙报', '一季度，淄川区完成投资86亿元。')];
    render(<FactConflicts items={items} />);
    expect(screen.queryByTestId('conflicts')).toBeNull();
  });
});
