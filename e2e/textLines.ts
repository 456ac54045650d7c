import type { Locator } from '@playwright/test';

/** How many lines the text of an element takes as laid out (its line boxes, by their tops). */
export function textLineCount(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = [...range.getClientRects()]
      .filter((r) => r.width > 0)
      .map((r) => Math.round(r.top));
    return new Set(tops).size;
  });
}
