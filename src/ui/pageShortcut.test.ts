import { afterEach, describe, expect, it } from 'vitest';
import { isAppShortcutTarget, isPageShortcutTarget } from './pageShortcut.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const add = (html: string) => {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLElement;
};

describe('isPageShortcutTarget', () => {
  it('is true on the body, the page itself, its heading and its buttons', () => {
    const main = add(
      '<main tabindex="-1"><h1>Targets</h1><button>Save</button>' +
        '<input type="checkbox" aria-label="Show totals"></main>',
    );
    expect(isPageShortcutTarget(document.body)).toBe(true);
    expect(isPageShortcutTarget(main)).toBe(true);
    expect(isPageShortcutTarget(main.querySelector('h1'))).toBe(true);
    expect(isPageShortcutTarget(main.querySelector('button'))).toBe(true);
    expect(isPageShortcutTarget(main.querySelector('input'))).toBe(true);
  });

  it('is false in the app’s navigation and elsewhere outside the page’s main content', () => {
    const aside = add(
      '<aside><nav aria-label="Main"><a href="/targets">Targets</a></nav>' +
        '<button>Sign out</button></aside>',
    );
    add('<main tabindex="-1"><h1>Targets</h1></main>');
    expect(isPageShortcutTarget(aside.querySelector('a'))).toBe(false);
    expect(isPageShortcutTarget(aside.querySelector('button'))).toBe(false);
    expect(isPageShortcutTarget(aside)).toBe(false);
    expect(isPageShortcutTarget(document.documentElement)).toBe(false);
    // An app-wide one (Ctrl+S) acts there too, so "Save page as" never opens.
    expect(isAppShortcutTarget(aside.querySelector('a'))).toBe(true);
    expect(isAppShortcutTarget(aside.querySelector('button'))).toBe(true);
    expect(isAppShortcutTarget(add('<input aria-label="Search">'))).toBe(false);
  });

  it('is false in a text field, a picker, or nothing at all', () => {
    expect(isPageShortcutTarget(add('<input aria-label="Search">'))).toBe(false);
    expect(isPageShortcutTarget(add('<textarea aria-label="Note"></textarea>'))).toBe(false);
    expect(
      isPageShortcutTarget(add('<select aria-label="Year"><option>2027</option></select>')),
    ).toBe(false);
    expect(isPageShortcutTarget(add('<button role="combobox">Quarter</button>'))).toBe(false);
    expect(isPageShortcutTarget(null)).toBe(false);
    expect(isPageShortcutTarget(window)).toBe(false);
  });

  it('is false in a dialog or a menu, and on the page while one is open', () => {
    const page = add('<main><h1>Targets</h1></main>');
    const dialog = add('<div role="dialog"><button>Apply</button></div>');
    expect(isPageShortcutTarget(dialog.querySelector('button'))).toBe(false);
    expect(isPageShortcutTarget(page)).toBe(false);
    dialog.remove();
    const menu = add('<div role="menu"><div role="menuitem" tabindex="-1">Lock row</div></div>');
    expect(isPageShortcutTarget(menu.firstElementChild)).toBe(false);
    expect(isPageShortcutTarget(document.body)).toBe(false);
    menu.remove();
    expect(isPageShortcutTarget(page)).toBe(true);
  });
});
