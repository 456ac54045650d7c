import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { definitionXml as definition, xmlFile as file } from './definitionFiles.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { definitionNames, deleteDefinitionsNamed } from './definitionsAdminApi.ts';

/**
 * The names the page gives this file's uploads (from their file names): removed after each test,
 * so a run on the same platform again does not find them listed twice.
 */
const UPLOADED_NAMES = [
  'All one',
  'All two',
  'Count one',
  'Count two',
  'Count three',
  'Cut off mid reload',
  'Dropped on leaving',
  'Kept first',
  'Kept second',
  'Large kept',
  'Left over',
  'No store',
  'Sent before',
  'Stored mid reload',
  'Unknown mid reload',
];
// After each describe's own clean-up (its faults cleared first, so this list is read as usual).
test.afterEach(async ({ request }) => deleteDefinitionsNamed(request, UPLOADED_NAMES));

/** A definition file whose initial action is `initial`. */
const xmlFile = (name: string, initial: string) => file(name, definition(initial));

async function openDefinitions(page: Page) {
  await signIn(page, 'admin', '/definitions');
  await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
  // A reload with files not uploaded asks the browser's own question first: leave.
  page.on('dialog', (dialog) => void dialog.accept());
}

const addFiles = (page: Page, files: ReturnType<typeof xmlFile>[]) =>
  page.locator('input[type=file][aria-label="Definition files"]').setInputFiles(files);

const fileRow = (page: Page, file: string) => page.getByRole('region', { name: file });

async function describeFile(page: Page, file: string, description: string, type?: string) {
  const row = fileRow(page, file);
  await row.getByLabel('Description').fill(description);
  if (!type) return;
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: type, exact: true }).click();
}

const notice = (page: Page) =>
  page.getByRole('status').filter({ hasText: /you had not uploaded (are|is) back/ });

const listTable = (page: Page) => page.getByRole('table', { name: 'Workflow definitions' });

/**
 * The files the page has kept in the browser (IndexedDB), as "Name: description", with "(sending)" after those whose
 * upload was under way. The page writes them a moment after each change; a reload before that
 * brings back the state before it, so the tests wait for the write first, as a user's reload
 * seconds later would find it.
 */
const keptInBrowser = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('flowdesk-definitions');
        open.onerror = () => reject(new Error('IndexedDB could not be opened'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keptBatch')) return resolve([]);
          const all = db.transaction('keptBatch').objectStore('keptBatch').getAll();
          all.onsuccess = () => {
            const names: string[] = [];
            for (const value of all.result as unknown[]) {
              type Row = { name: string; description: string; sending?: unknown };
              for (const row of (value as { rows?: Row[] }).rows ?? [])
                names.push(`${row.name}: ${row.description}${row.sending ? ' (sending)' : ''}`);
            }
            db.close();
            resolve(names.sort());
          };
        };
      }),
  );

const keptBefore = async (page: Page, names: string[]) =>
  expect.poll(() => keptInBrowser(page)).toEqual([...names].sort());

test.describe('workflow definitions: a reload', () => {
  test('files not uploaded yet come back after a reload with what was typed, checked again; Upload restored files sends them', async ({
    page,
  }) => {
    await openDefinitions(page);
    await addFiles(page, [
      xmlFile('kept-first.xml', '@StartKeptFirst'),
      xmlFile('kept-second.xml', '@StartKeptSecond'),
    ]);
    await describeFile(page, 'kept-first.xml', 'Typed before the reload', 'Review');
    await describeFile(page, 'kept-second.xml', 'Also typed', 'Ticket');
    await expect(
      fileRow(page, 'kept-second.xml').getByText('Ready', { exact: true }),
    ).toBeVisible();
    await keptBefore(page, ['Kept first: Typed before the reload', 'Kept second: Also typed']);
    await page.reload();

    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('2 files you had not uploaded are back');
    const first = fileRow(page, 'kept-first.xml');
    const second = fileRow(page, 'kept-second.xml');
    await expect(first.getByLabel('Description')).toHaveValue('Typed before the reload');
    await expect(first.getByRole('combobox', { name: 'Resource type' })).toHaveText(/Review/);
    await expect(second.getByLabel('Description')).toHaveValue('Also typed');
    await expect(second.getByRole('combobox', { name: 'Resource type' })).toHaveText(/Ticket/);
    // Checked again: the summary of the file is there, and it is ready.
    await expect(first).toContainText('Actions: @StartKeptFirst');
    await expect(first.getByText('Ready', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await notice(page).getByRole('button', { name: 'Upload restored files' }).click();
    await expect(first.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(second.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name: 'Kept first' })).toHaveCount(1);
    await expect(notice(page)).toHaveCount(0);

    // Uploaded: nothing is kept.
    await keptBefore(page, []);
    await page.reload();
    await expect(listTable(page)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Files to upload' })).toHaveCount(0);
    await expect(notice(page)).toHaveCount(0);
  });

  test('the notice counts the restored files still not uploaded, as they are uploaded or removed', async ({
    page,
  }) => {
    await openDefinitions(page);
    await addFiles(page, [
      xmlFile('count-one.xml', '@StartCountOne'),
      xmlFile('count-two.xml', '@StartCountTwo'),
      xmlFile('count-three.xml', '@StartCountThree'),
    ]);
    await describeFile(page, 'count-one.xml', 'Uploaded after the reload', 'Review');
    await expect(
      fileRow(page, 'count-three.xml').getByText('Ready', { exact: true }),
    ).toBeVisible();
    await keptBefore(page, [
      'Count one: Uploaded after the reload',
      'Count three: ',
      'Count two: ',
    ]);
    await page.reload();

    await expect(notice(page)).toContainText('3 files you had not uploaded are back');
    await expect(fileRow(page, 'count-one.xml').getByText('Ready', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Upload count-one.xml' }).click();
    await expect(
      fileRow(page, 'count-one.xml').getByText('Uploaded', { exact: true }),
    ).toBeVisible();
    await expect(notice(page)).toContainText('2 files you had not uploaded are back');
    await page.getByRole('button', { name: 'Remove count-two.xml from the batch' }).click();
    await expect(fileRow(page, 'count-two.xml')).toHaveCount(0);
    await expect(notice(page)).toContainText('1 file you had not uploaded is back');
    await expectNoAxeViolations(page);
  });

  test('Upload all sending the restored files takes the notice away, even when they fail', async ({
    page,
  }) => {
    await openDefinitions(page);
    await addFiles(page, [
      xmlFile('all-one.xml', '@StartAllOne'),
      xmlFile('all-two.xml', '@StartAllTwo'),
    ]);
    await describeFile(page, 'all-one.xml', 'Sent with Upload all', 'Review');
    await describeFile(page, 'all-two.xml', 'Sent with Upload all', 'Review');
    await keptBefore(page, ['All one: Sent with Upload all', 'All two: Sent with Upload all']);
    await page.reload();
    await expect(notice(page)).toContainText('2 files you had not uploaded are back');
    await expect(fileRow(page, 'all-two.xml').getByText('Ready', { exact: true })).toBeVisible();
    try {
      await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500', times: 8 });
      await page.getByRole('button', { name: 'Upload 2 files' }).click();
      await expect(fileRow(page, 'all-two.xml').getByText('Failed', { exact: true })).toBeVisible();
      // The files were sent: what the notice offered is done, and each row says how it went.
      await expect(notice(page)).toHaveCount(0);
    } finally {
      await clearFaults(page.request);
      await deleteDefinitionsNamed(page.request, ['All one', 'All two']);
    }
  });

  test('a file already uploaded is not restored; Discard restored files lets the rest go', async ({
    page,
  }) => {
    await openDefinitions(page);
    await addFiles(page, [
      xmlFile('sent-before.xml', '@StartSentBefore'),
      xmlFile('left-over.xml', '@StartLeftOver'),
    ]);
    await describeFile(page, 'sent-before.xml', 'Uploaded before the reload', 'Review');
    await describeFile(page, 'left-over.xml', 'Not uploaded');
    await page.getByRole('button', { name: 'Upload sent-before.xml' }).click();
    await expect(
      fileRow(page, 'sent-before.xml').getByText('Uploaded', { exact: true }),
    ).toBeVisible();
    await keptBefore(page, ['Left over: Not uploaded']);
    await page.reload();

    await expect(notice(page)).toContainText('1 file you had not uploaded is back');
    await expect(fileRow(page, 'left-over.xml').getByLabel('Description')).toHaveValue(
      'Not uploaded',
    );
    await expect(fileRow(page, 'sent-before.xml')).toHaveCount(0);

    await notice(page).getByRole('button', { name: 'Discard restored files' }).click();
    await expect(fileRow(page, 'left-over.xml')).toHaveCount(0);
    await expect(notice(page)).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: 'Drop XML files here, or choose files to upload' }),
    ).toBeFocused();
    await keptBefore(page, []);
    await page.reload();
    await expect(listTable(page)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Files to upload' })).toHaveCount(0);
    await expect(notice(page)).toHaveCount(0);
  });

  test('Upload restored files waits for a large file’s check, then sends it', async ({ page }) => {
    await openDefinitions(page);
    const actions = Array.from(
      { length: 35_000 },
      (_, i) => `        <action id="${20 + i}" name="Action_${i}"/>`,
    ).join('\n');
    const text = definition('@StartLarge').replace('<actions>', `<actions>\n${actions}`);
    expect(text.length).toBeGreaterThan(1.5 * 1024 * 1024);
    await addFiles(page, [
      { name: 'large-kept.xml', mimeType: 'text/xml', buffer: Buffer.from(text) },
    ]);
    const row = fileRow(page, 'large-kept.xml');
    await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 30_000 });
    await describeFile(page, 'large-kept.xml', 'Large and kept', 'Review');
    await keptBefore(page, ['Large kept: Large and kept']);
    await page.reload();
    // Pressed at once: the file is still being checked again.
    await notice(page)
      .getByRole('button', { name: 'Upload restored files' })
      .click({ timeout: 30_000 });
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible({ timeout: 30_000 });
  });

  test('leaving the page and dropping the files keeps nothing for later', async ({ page }) => {
    await openDefinitions(page);
    await addFiles(page, [xmlFile('dropped-on-leaving.xml', '@StartDropped')]);
    await describeFile(page, 'dropped-on-leaving.xml', 'Let go');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Home' }).click();
    await page
      .getByRole('alertdialog', { name: 'Leave without uploading?' })
      .getByRole('button', { name: 'Leave and drop the files' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible();
    await nav.getByRole('link', { name: 'Definitions' }).click();
    await expect(listTable(page)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Files to upload' })).toHaveCount(0);
    await expect(notice(page)).toHaveCount(0);
  });
});

test.describe('workflow definitions: a reload during an upload', () => {
  test.afterEach(async ({ request }) => clearFaults(request));

  /**
   * The sandbox stores the next upload at once but holds its answer back 30 s: the page is
   * reloaded before it arrives, so the answer never reaches it.
   */
  const holdAnswerAfterStoring = (page: Page) =>
    armFault(page.request, { on: '/api/workflow/definitions', kind: 'slowAfter', delayMs: 30_000 });

  /** Waits until the file is sent whole and the platform's list has `name`. */
  async function storedOnPlatform(page: Page, file: string, name: string) {
    await expect(
      fileRow(page, file).getByText('Sent; waiting for the platform to check and store it…'),
    ).toBeVisible();
    await expect.poll(() => definitionNames(page.request)).toContain(name);
  }

  async function startUpload(page: Page, file: string, initial: string, description: string) {
    await addFiles(page, [xmlFile(file, initial)]);
    await describeFile(page, file, description, 'Review');
    await page.getByRole('button', { name: `Upload ${file}` }).click();
    await expect(fileRow(page, file).getByText('Uploading', { exact: true })).toBeVisible();
  }

  test('a file the platform stored before the reload comes back as uploaded, and Upload all does not send it again', async ({
    page,
  }) => {
    await openDefinitions(page);
    await holdAnswerAfterStoring(page);
    await startUpload(page, 'stored-mid-reload.xml', '@StartStoredMidReload', 'Stored anyway');
    await keptBefore(page, ['Stored mid reload: Stored anyway (sending)']);
    await storedOnPlatform(page, 'stored-mid-reload.xml', 'Stored mid reload');
    await page.reload();

    const row = fileRow(page, 'stored-mid-reload.xml');
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(row).toContainText(
      'The page was reloaded while this file was uploading. The platform had stored it as “Stored mid reload”, so it is not uploaded again.',
    );
    await expect(row.getByText(/Uploaded as key/)).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Upload', exact: true })).toBeDisabled();
    await expect(listTable(page).getByRole('rowheader', { name: 'Stored mid reload' })).toHaveCount(
      1,
    );
    await expectNoAxeViolations(page);
  });

  test('a file the platform did not store before the reload comes back ready, saying so', async ({
    page,
  }) => {
    await openDefinitions(page);
    // The sandbox holds the upload; the reload cuts it off, so nothing is stored.
    const settings = (uploadDelayMs: number) =>
      page.request.post('/api/sandbox/settings', {
        headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
        data: { uploadDelayMs },
      });
    expect((await settings(20_000)).status()).toBe(200);
    try {
      await startUpload(page, 'cut-off-mid-reload.xml', '@StartCutOff', 'Cut off');
      await expect(
        fileRow(page, 'cut-off-mid-reload.xml').getByText(
          'Sent; waiting for the platform to check and store it…',
        ),
      ).toBeVisible();
      await keptBefore(page, ['Cut off mid reload: Cut off (sending)']);
      await page.reload();
    } finally {
      expect((await settings(0)).status()).toBe(200);
    }

    const row = fileRow(page, 'cut-off-mid-reload.xml');
    await expect(row).toContainText(
      'The page was reloaded while this file was uploading. The platform’s list has no new definition named “Cut off mid reload”, so it was not stored: upload it again.',
    );
    await expect(row.getByText('Ready', { exact: true })).toBeVisible();
    await expect(notice(page)).toContainText('1 file you had not uploaded is back');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(
      listTable(page).getByRole('rowheader', { name: 'Cut off mid reload' }),
    ).toHaveCount(1);
  });

  test('when the list cannot be read after the reload, the file says its upload’s outcome is unknown and how to check', async ({
    page,
  }) => {
    await openDefinitions(page);
    await holdAnswerAfterStoring(page);
    await startUpload(page, 'unknown-mid-reload.xml', '@StartUnknownMidReload', 'Unknown');
    await storedOnPlatform(page, 'unknown-mid-reload.xml', 'Unknown mid reload');
    await keptBefore(page, ['Unknown mid reload: Unknown (sending)']);
    // The list cannot be read after the reload (every copy cut, as Chromium sends a cut read again).
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'drop', times: 50 });
    try {
      await page.reload();

      const row = fileRow(page, 'unknown-mid-reload.xml');
      await expect(row).toContainText(
        'The page was reloaded while this file was uploading, and the platform’s list could not be read, so Flowdesk cannot tell whether it was stored. Once the list below loads again (press its Try again), look for “Unknown mid reload” in it before retrying, or it may be added twice.',
      );
      await expect(row.getByRole('button', { name: 'Retry unknown-mid-reload.xml' })).toBeVisible();
      await expectNoAxeViolations(page);
    } finally {
      await clearFaults(page.request);
    }
  });
});

test.describe('workflow definitions without IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
  });

  test('the page works as before: files are checked and uploaded, and nothing is said', async ({
    page,
  }) => {
    await openDefinitions(page);
    await addFiles(page, [xmlFile('no-store.xml', '@StartNoStore')]);
    await describeFile(page, 'no-store.xml', 'Sent without a store', 'Review');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await expect(
      fileRow(page, 'no-store.xml').getByText('Uploaded', { exact: true }),
    ).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name: 'No store' })).toHaveCount(1);
    await expect(notice(page)).toHaveCount(0);
  });
});
