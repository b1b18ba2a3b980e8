// @vitest-environment happy-dom
// The dialog that saves the reader's selection: the passage, a note and tags, saved with Enter;
// Escape and the close button close it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectionDialog } from '../../../components/hover-card/SelectionDialog';
import { LanguageContext } from '../../../components/i18n';

afterEach(cleanup);

function showDialog(onSave = vi.fn(async (_note: string, _tags: string[]) => undefined)) {
  document.body.innerHTML = '<p>龙泉镇台头村种植面积达1500多亩。</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild!);
  const onClose = vi.fn();
  render(
    <LanguageContext.Provider value="zh">
      <SelectionDialog range={range} text="龙泉镇台头村种植面积达1500多亩。" dark={false} onSave={onSave} onClose={onClose} />
    </LanguageContext.Provider>,
  );
  return { onSave, onClose };
}

describe('the selection dialog', () => {
  it('shows the passage and saves it with a note and tags, from the keyboard', async () => {
    const { onSave } = showDialog();
    const dialog = screen.getByRole('dialog', { name: '收藏所选文字' });
    expect(dialog.textContent).toContain('龙泉镇台头村种植面积达1500多亩。');
    const note = screen.getByRole('textbox', { name: '备注' });
    await waitFor(() => expect(document.activeElement).toBe(note));
    fireEvent.input(note, { target: { value: '台头村' } });
    fireEvent.input(screen.getByRole('textbox', { name: '标签（甲，乙）' }), { target: { value: '农业、村庄' } });
    fireEvent.submit((note as HTMLInputElement).form!);
    expect(onSave).toHaveBeenCalledWith('台头村', ['农业', '村庄']);
    expect(await screen.findByText(/已收藏/)).toBeTruthy();
  });

  it('closes on Escape and on its close button, keeping the keys from the page', () => {
    const { onClose } = showDialog();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    fireEvent.keyDown(screen.getByRole('textbox', { name: '备注' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
