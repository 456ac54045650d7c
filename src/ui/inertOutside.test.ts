import { afterEach, describe, expect, it } from 'vitest';
import { inertOutside } from './inertOutside.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('inertOutside', () => {
  it('makes the rest of the page inert, keeps the element, live regions and their ancestors', () => {
    document.body.innerHTML = `
      <div id="root">
        <main id="page"><button>Behind</button></main>
        <div id="announcer" aria-live="polite"></div>
      </div>
      <div id="portal"><div id="wrapper"><div id="list" role="listbox"></div></div></div>
      <span id="guard" tabindex="0"></span>
      <script></script>`;
    const list = document.getElementById('list')!;
    const restore = inertOutside(list);
    const inert = [...document.querySelectorAll('[inert]')].map((e) => e.id);
    expect(inert).toEqual(['page', 'guard']);
    restore();
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
  });

  it('leaves elements that were inert already inert afterwards', () => {
    document.body.innerHTML = `<div id="a" inert></div><div id="b"></div><div id="list"></div>`;
    const restore = inertOutside(document.getElementById('list')!);
    expect(document.getElementById('b')!.hasAttribute('inert')).toBe(true);
    restore();
    expect(document.getElementById('a')!.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('b')!.hasAttribute('inert')).toBe(false);
  });
});
