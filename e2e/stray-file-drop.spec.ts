import { expect, test, type Locator } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * Drags a file from the desktop over `target` and drops it, as the browser does, and says whether
 * the page took the drag over and the drop (what the pointer offers is the unit test's: a
 * DataTransfer made by a page keeps its dropEffect 'none').
 */
async function dragFileOver(target: Locator) {
  return target.evaluate((el) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<workflow/>'], 'approval.xml', { type: 'text/xml' }));
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(over);
    const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(drop);
    return {
      taken: over.defaultPrevented,
      dropKept: drop.defaultPrevented,
    };
  });
}

test.describe('a file dragged onto the app where nothing takes it', () => {
  test('cannot be dropped there, so the browser does not open it and leave the edits', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    const grid = page.getByRole('grid');
    await expect(grid).toBeVisible();
    // Without this the drag over is not taken: the browser opens the file in place of the app.
    expect(await dragFileOver(grid)).toEqual({ taken: true, dropKept: true });
    expect(await dragFileOver(page.getByRole('navigation').first())).toEqual({
      taken: true,
      dropKept: true,
    });
  });

  test('the definitions page still takes files dropped on it', async ({ page }) => {
    await signIn(page, 'admin', '/definitions');
    const table = page.getByRole('table', { name: 'Workflow definitions' });
    await expect(table).toBeVisible();
    expect(await dragFileOver(table)).toEqual({ taken: true, dropKept: true });
    await expect(page.getByRole('region', { name: 'approval.xml' })).toBeVisible();
  });
});
