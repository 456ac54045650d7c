import type { Locator, Page } from '@playwright/test';
import type { xmlFile } from './definitionFiles.ts';

/** Drags files from the desktop and drops them on `target`, as a real drop event would. */
export async function dropFilesOn(
  page: Page,
  target: Locator,
  files: ReturnType<typeof xmlFile>[],
) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.mimeType }));
      return dt;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, text: f.buffer.toString('utf8') })),
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
