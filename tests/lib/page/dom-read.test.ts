// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { attributeOf, firstChildOf, namesOf, parentElementOf, tagNameOf, textOf } from '../../../lib/page/dom-read';

// A form's controls are its named properties and shadow the built-in ones; the page's markup
// does it, the test does what the browser's binding does.
function clobberedForm(): HTMLFormElement {
  document.body.innerHTML = '<form id="aspnetForm" class="page"><input name="id"><p>Water main renewal starts Monday.</p></form>';
  const form = document.querySelector('form')!;
  const control = form.querySelector('input')!;
  for (const name of ['id', 'className', 'tagName', 'firstChild', 'parentElement', 'textContent', 'getAttribute']) {
    Object.defineProperty(form, name, { value: control, configurable: true });
  }
  return form;
}

describe('reading elements a page can shadow', () => {
  it('reads the element itself, not the controls named after its properties', () => {
    const form = clobberedForm();
    expect(tagNameOf(form)).toBe('FORM');
    expect(firstChildOf(form)).toBe(form.querySelector('input'));
    expect(parentElementOf(form)).toBe(document.body);
    expect(attributeOf(form, 'id')).toBe('aspnetForm');
    expect(namesOf(form)).toEqual(['page', 'aspnetform']);
    expect(textOf(form)).toBe('Water main renewal starts Monday.');
  });
});
