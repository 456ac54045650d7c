import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { definitionXml as definition, xmlFile } from './definitionFiles.ts';
import { dropFilesOn } from './dropFiles.ts';
import {
  definitionKeys,
  deleteDefinitionsAddedSince,
  deleteDefinitionsNamed,
  uploadDefinition,
} from './definitionsAdminApi.ts';

/** `<steps>` is closed by `</workflow>` on line 6, column 3. */
const malformed = `<?xml version="1.0"?>
<workflow>
  <initial-actions/>
  <steps>
    <step id="1" name="Open">
  </workflow>
`;

async function openDefinitions(page: Page, user: 'admin' | 'planner' | 'viewer') {
  await signIn(page, user);
  const nav = page.getByRole('navigation', { name: 'Main' });
  // In a narrow window the links are behind Menu.
  const menu = nav.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name: 'Definitions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workflow definitions' })).toBeVisible();
  await expect(page).toHaveTitle('Workflow definitions · Flowdesk');
  await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
}

const addFiles = (page: Page, files: ReturnType<typeof xmlFile>[]) =>
  page.locator('input[type=file][aria-label="Definition files"]').setInputFiles(files);

/** Fills the required fields of one batch row. */
async function describeFile(page: Page, file: string, description: string, type: string) {
  const row = page.getByRole('region', { name: file });
  await row.getByLabel('Description').fill(description);
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: type, exact: true }).click();
}

/** Drops files on the drop zone as a drag-and-drop from the desktop would (a real drop event). */
const dropFiles = (page: Page, files: ReturnType<typeof xmlFile>[]) =>
  dropFilesOn(
    page,
    page.getByRole('button', { name: 'Drop XML files here, or choose files to upload' }),
    files,
  );

const listTable = (page: Page) => page.getByRole('table', { name: 'Workflow definitions' });

/** Deletes a definition the way another user would: straight through the platform API. */
async function deleteElsewhere(page: Page, name: string) {
  const status = await page.evaluate(async (definitionName) => {
    const csrf = document.cookie
      .split(';')
      .map((p) => p.trim().split('='))
      .find(([n]) => n.startsWith('X-Csrf-Token_'));
    const list = (await (
      await fetch('/api/workflow/definitions', { headers: { Accept: 'application/json' } })
    ).json()) as
      { Key: string; Name: string }[] | { WorkflowDefinition: { Key: string; Name: string }[] };
    const all = Array.isArray(list) ? list : list.WorkflowDefinition;
    const target = all.find((d) => d.Name === definitionName);
    if (!target || !csrf) return 0;
    const res = await fetch(`/api/workflow/definitions/${encodeURIComponent(target.Key)}`, {
      method: 'DELETE',
      headers: { [csrf[0]]: csrf.slice(1).join('=') },
    });
    return res.status;
  }, name);
  expect(status).toBe(200);
}

/** Uploads a small definition the way another client would: straight through the platform API. */
async function uploadElsewhere(page: Page, name: string, description: string) {
  const status = await page.evaluate(
    async ({ name, description, xml }) => {
      const csrf = document.cookie
        .split(';')
        .map((p) => p.trim().split('='))
        .find(([n]) => n.startsWith('X-Csrf-Token_'));
      if (!csrf) return 0;
      const form = new FormData();
      form.append('File', new File([xml], 'other.xml', { type: 'text/xml' }));
      form.append('Name', name);
      form.append('Description', description);
      form.append('ObjectType', 'ticket');
      const res = await fetch('/api/workflow/definitions', {
        method: 'POST',
        headers: { [csrf[0]]: csrf.slice(1).join('='), Accept: 'application/json' },
        body: form,
      });
      return res.status;
    },
    { name, description, xml: definition('@StartOther', ['Go']) },
  );
  expect(status).toBe(200);
}

/** A progress bar's largest value (1 or 100, as the design system draws it). */
const max = (el: Element) => Number(el.getAttribute('aria-valuemax') ?? 100);

async function setUploadDelay(page: Page, uploadDelayMs: number) {
  await changeSandbox(page, { uploadDelayMs });
}

/** The sandbox's own settings (not a mock: the platform itself changes). */
async function changeSandbox(
  page: Page,
  settings: { uploadDelayMs?: number; maxUploadBytes?: number },
) {
  const res = await page.request.post('/api/sandbox/settings', {
    headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    data: settings,
  });
  expect(res.status()).toBe(200);
}

// What each test uploads is deleted after it (by key: some are named as seeded definitions), so
// the next run on the same platform finds the list as this one did; its faults are cleared first.
let keysBeforeTest = new Set<string>();
test.beforeEach(async ({ request }) => {
  keysBeforeTest = await definitionKeys(request);
});
test.afterEach(async ({ request }) => {
  await clearFaults(request);
  await deleteDefinitionsAddedSince(request, keysBeforeTest);
});

test.describe('workflow definitions', () => {
  test('three files dropped at once: the malformed one is held back, the others upload', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    await page.screenshot({ path: test.info().outputPath('def-empty-batch.png'), fullPage: true });
    await dropFiles(page, [
      xmlFile('partner-app_approval.xml', definition('@CreateApp', ['Approve', 'Reject'])),
      xmlFile('broken-flow.xml', malformed),
      xmlFile('ticketEscalation.xml', definition('@StartTicket', ['Escalate'])),
    ]);
    const broken = page.getByRole('region', { name: 'broken-flow.xml' });
    // One sentence, its line and column once (not the parser's own "col 5" beside them).
    await expect(broken).toContainText(
      'Not sent: Not well-formed XML: <step>, opened on line 5, must be closed before </workflow>. (line 6, column 3)',
    );
    await expect(broken.getByText('Not valid')).toBeVisible();
    const app = page.getByRole('region', { name: 'partner-app_approval.xml' });
    await expect(app).toContainText('2 steps · Actions: @CreateApp, Approve, Reject');
    await expect(app.getByLabel('Name')).toHaveValue('Partner app approval');

    // Required fields are named before anything is sent.
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    await expect(app.getByText('Enter a description.')).toBeVisible();
    await expect(app.getByText('Choose the resource type.')).toBeVisible();
    await expect(app.getByText('Ready', { exact: true })).toBeVisible();
    await describeFile(page, 'partner-app_approval.xml', 'Partner apps need approval', 'App');
    await describeFile(page, 'ticketEscalation.xml', 'Escalates stuck tickets', 'Ticket');
    await page.screenshot({ path: test.info().outputPath('def-with-rows.png'), fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    for (const file of ['partner-app_approval.xml', 'ticketEscalation.xml']) {
      await expect(
        page.getByRole('progressbar', { name: `Upload progress of ${file}` }),
      ).toHaveAttribute('aria-valuenow', '100');
      await expect(page.getByRole('region', { name: file })).toContainText(
        /Uploaded as key [0-9a-f-]{36}/,
      );
    }
    await expect(
      page.getByRole('progressbar', { name: 'Overall upload progress' }),
    ).toHaveAttribute('aria-valuenow', '100');
    await expect(broken.getByRole('progressbar')).toHaveCount(0);
    await expect(
      listTable(page).getByRole('rowheader', { name: 'Partner app approval' }),
    ).toBeVisible();
    await expect(
      listTable(page).getByRole('rowheader', { name: 'Ticket Escalation' }),
    ).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name: 'Broken flow' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('def-uploaded.png'), fullPage: true });
  });

  test('a cancelled slow upload stores nothing', async ({ page }) => {
    await openDefinitions(page, 'admin');
    await setUploadDelay(page, 6000);
    try {
      await addFiles(page, [xmlFile('slow-review.xml', definition('@StartReview', ['Accept']))]);
      await describeFile(page, 'slow-review.xml', 'Reviews take their time', 'Review');
      const row = page.getByRole('region', { name: 'slow-review.xml' });
      await page.getByRole('button', { name: 'Upload 1 file' }).click();
      await expect(row.getByText('Uploading', { exact: true })).toBeVisible();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Home' })
        .click();
      const leave = page.getByRole('alertdialog', { name: 'Leave while uploading?' });
      await expect(leave).toBeVisible();
      await leave.getByRole('button', { name: 'Stay on this page' }).click();
      await expect(row.getByText('Uploading', { exact: true })).toBeVisible();
      await row.getByRole('button', { name: 'Cancel slow-review.xml' }).click();
      await expect(row.getByText('Cancelled', { exact: true })).toBeVisible();
      await expect(row.getByRole('button', { name: 'Retry slow-review.xml' })).toBeVisible();
      // Wait past the delay: the server must not have stored the aborted upload.
      await page.waitForTimeout(6500);
      // A cancelled file can be retried, so it counts as unsent work: drop it before reloading.
      await row.getByRole('button', { name: 'Remove slow-review.xml from the batch' }).click();
      await page.reload();
      await expect(listTable(page)).toBeVisible();
      await expect(listTable(page).getByRole('rowheader', { name: 'Slow review' })).toHaveCount(0);
    } finally {
      await setUploadDelay(page, 0);
    }
  });

  test('on a slow connection the bars show the upload going, and Cancel midway stores nothing', async ({
    page,
    context,
  }) => {
    await openDefinitions(page, 'admin');
    // About 200 kB. On this machine any file within the limit is sent at once (the sandbox's
    // uploadDelayMs holds the answer back, and reads slowly, but the operating system takes the
    // bytes meanwhile), so the browser's own throttling plays the slow line.
    const padding = `<!-- ${'slow line '.repeat(20_000)} -->`;
    await addFiles(page, [
      xmlFile('slow-line.xml', definition('@StartSlowLine', ['Go']) + padding),
    ]);
    await describeFile(page, 'slow-line.xml', 'Sent over a slow line', 'Ticket');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 1_000_000,
      uploadThroughput: 25_000,
    });
    try {
      const row = page.getByRole('region', { name: 'slow-line.xml' });
      await page.getByRole('button', { name: 'Upload 1 file' }).click();
      const bar = row.getByRole('progressbar', { name: 'Upload progress of slow-line.xml' });
      const overall = page.getByRole('progressbar', { name: 'Overall upload progress' });
      const now = async (l: Locator) => Number(await l.getAttribute('aria-valuenow'));
      await expect.poll(() => now(bar)).toBeGreaterThan(0.2 * (await bar.evaluate(max)));
      expect(await now(bar)).toBeLessThan(await bar.evaluate(max));
      expect(await now(overall)).toBeGreaterThan(0);
      await row.getByRole('button', { name: 'Cancel slow-line.xml' }).click();
      await expect(row.getByText('Cancelled', { exact: true })).toBeVisible();
      await expect(page.getByTestId('live-announcer')).toHaveText(
        'Cancelled the upload of slow-line.xml; it was not stored. Retry sends it again.',
      );
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page
      .getByRole('region', { name: 'slow-line.xml' })
      .getByRole('button', { name: 'Remove slow-line.xml from the batch' })
      .click();
    await page.reload();
    await expect(listTable(page)).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name: 'Slow line' })).toHaveCount(0);
  });

  test('a file over the platform’s own size limit (below the page’s) is refused without a Retry', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    await changeSandbox(page, { maxUploadBytes: 1024 });
    try {
      const actions = Array.from({ length: 12 }, (_, i) => `Approve step ${i + 1}`);
      const file = xmlFile('long-approval.xml', definition('@StartApproval', actions));
      const kb = Math.round(file.buffer.length / 1024);
      await addFiles(page, [file]);
      await describeFile(page, 'long-approval.xml', 'Approvals in many steps', 'Review');
      const row = page.getByRole('region', { name: 'long-approval.xml' });
      await page.getByRole('button', { name: 'Upload 1 file' }).click();
      await expect(row.getByText('Too large', { exact: true })).toBeVisible();
      await expect(row).toContainText(
        `The platform refused this file’s size, ${kb} KB (“long-approval.xml is larger than the limit of 1 KB”): it accepts less than this page does, so sending it again will not help.`,
      );
      await expect(row.getByRole('button', { name: 'Retry long-approval.xml' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Upload', exact: true })).toBeDisabled();
      await row.screenshot({ path: test.info().outputPath('refused-row.png') });
      await expectNoAxeViolations(page);
      // Nothing left that could be sent: leaving does not ask.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Home' })
        .click();
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(page).toHaveURL(/\/$/);
    } finally {
      await changeSandbox(page, { maxUploadBytes: 5 * 1024 * 1024 });
    }
  });

  test('a lost CSRF cookie leads to sign-in and a successful retry', async ({ page, context }) => {
    await openDefinitions(page, 'admin');
    await context.clearCookies({ name: 'X-Csrf-Token_flowdesk' });
    await addFiles(page, [xmlFile('group-membership.xml', definition('@JoinGroup', ['Admit']))]);
    await describeFile(page, 'group-membership.xml', 'Admits new group members', 'Group');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to the API platform again' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Platform password').fill('admin');
    await page.screenshot({ path: test.info().outputPath('def-signin-dialog.png') });
    await dialog.getByRole('button', { name: 'Sign in and retry' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'group-membership.xml' })).toContainText(
      /Uploaded as key/,
    );
    await expect(
      listTable(page).getByRole('rowheader', { name: 'Group membership' }),
    ).toBeVisible();
  });

  test('cancelling the platform sign-in from the keyboard leaves focus on Upload', async ({
    page,
    context,
  }) => {
    await openDefinitions(page, 'admin');
    await context.clearCookies({ name: 'X-Csrf-Token_flowdesk' });
    await addFiles(page, [xmlFile('badge-approval.xml', definition('@Apply', ['Grant']))]);
    await describeFile(page, 'badge-approval.xml', 'Grants badges', 'App');
    await page.getByRole('button', { name: 'Upload 1 file' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sign in to the API platform again' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'badge-approval.xml' })).toContainText(
      'The platform sign-in was not renewed. Retry to sign in again.',
    );
    await expect(page.getByRole('button', { name: 'Upload 1 file' })).toBeFocused();
  });

  test('an admin deletes a definition after confirming', async ({ page, request }) => {
    // A definition of its own: the seeded ones stay for the other specs and the next run.
    const name = 'Deleted after confirming';
    await deleteDefinitionsNamed(request, [name]);
    await uploadDefinition(request, name);
    await openDefinitions(page, 'admin');
    await expect(listTable(page).getByRole('rowheader', { name })).toBeVisible();
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm).toBeHidden();
    await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(0);
    await page.reload();
    await expect(listTable(page)).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(0);
  });

  test('two files of one batch with the same name are warned about', async ({ page }) => {
    await openDefinitions(page, 'admin');
    await addFiles(page, [
      xmlFile('Same Name.xml', definition('@StartSame', ['Go'])),
      xmlFile('other-flow.xml', definition('@StartOther', ['Go'])),
    ]);
    const nameOf = (file: string) =>
      page.getByRole('region', { name: file }).getByRole('textbox', { name: 'Name', exact: true });
    const first = nameOf('Same Name.xml');
    const second = nameOf('other-flow.xml');
    await expect(first).toHaveValue('Same Name');
    await expect(first).not.toHaveAccessibleDescription(/same name/);
    await second.fill('same name');
    await expect(second).toHaveAccessibleDescription(
      '“Same Name.xml” in this batch has the same name; uploading both adds two definitions named “same name”.',
    );
    await expect(first).toHaveAccessibleDescription(
      /^“other-flow\.xml” in this batch has the same name/,
    );
    await second.fill('Other flow');
    await expect(first).not.toHaveAccessibleDescription(/same name/);
  });

  test('a renamed copy of a file is warned about, in the batch and after the first is uploaded', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const xml = definition('@StartCopy', ['Approve copy']);
    await addFiles(page, [xmlFile('copy-original.xml', xml), xmlFile('copy-renamed.xml', xml)]);
    const nameOf = (file: string) =>
      page.getByRole('region', { name: file }).getByRole('textbox', { name: 'Name', exact: true });
    await expect(nameOf('copy-renamed.xml')).toHaveAccessibleDescription(
      '“copy-original.xml” in this batch has the same content; uploading both adds two definitions of the same workflow.',
    );
    await expect(nameOf('copy-original.xml')).toHaveAccessibleDescription(
      /^“copy-renamed\.xml” in this batch has the same content/,
    );

    await describeFile(page, 'copy-original.xml', 'The original', 'Ticket');
    await page
      .getByRole('region', { name: 'copy-original.xml' })
      .getByRole('button', { name: 'Upload copy-original.xml' })
      .click();
    await expect(
      page
        .getByRole('region', { name: 'copy-original.xml' })
        .getByText('Uploaded', { exact: true }),
    ).toBeVisible();
    await expect(nameOf('copy-renamed.xml')).toHaveAccessibleDescription(
      '“copy-original.xml” in this batch has the same content and was uploaded as “Copy original”; uploading this adds a second copy.',
    );
    await page.getByRole('button', { name: 'Clear uploaded' }).click();
    // Another copy, under yet another name, after the first is out of the batch.
    await addFiles(page, [xmlFile('copy-third.xml', xml)]);
    await expect(nameOf('copy-third.xml')).toHaveAccessibleDescription(
      'The same content was uploaded earlier as “Copy original”; uploading this adds a second copy.',
    );
    await expect(nameOf('copy-renamed.xml')).toHaveAccessibleDescription(
      /^The same content was uploaded earlier as “Copy original”/,
    );
  });

  test('a warning on a file’s name is shown under it, and the three fields stay in line', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const xml = definition('@StartInLine', ['Go']);
    await addFiles(page, [xmlFile('in-line-a.xml', xml), xmlFile('in-line-b.xml', xml)]);
    const row = page.getByRole('region', { name: 'in-line-b.xml' });
    const name = row.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toHaveAccessibleDescription(/^“in-line-a\.xml” in this batch/);
    const top = async (l: Locator) => (await l.boundingBox())?.y ?? -1;
    const description = row.getByRole('textbox', { name: 'Description', exact: true });
    const type = row.getByRole('combobox', { name: 'Resource type' });
    expect(await top(name)).toBe(await top(description));
    expect(await top(name)).toBe(await top(type));
    // The warning is below the field it is about.
    const warning = row.getByText(/^“in-line-a\.xml” in this batch/);
    expect(await top(warning)).toBeGreaterThan(await top(name));
  });

  test('a link or text dropped on the drop zone is not added, and the page says why', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const zone = page.getByRole('button', {
      name: 'Drop XML files here, or choose files to upload',
    });
    const drop = async (type: string, value: string) => {
      const dataTransfer = await page.evaluateHandle(
        ([t, v]) => {
          const dt = new DataTransfer();
          dt.setData(t, v);
          return dt;
        },
        [type, value] as const,
      );
      await zone.dispatchEvent('dragenter', { dataTransfer });
      await zone.dispatchEvent('dragover', { dataTransfer });
      await zone.dispatchEvent('drop', { dataTransfer });
    };
    await drop('text/uri-list', 'https://example.com/flows/approval.xml');
    const notice = page.getByRole('status').filter({ hasText: 'Nothing was added' });
    await expect(notice).toHaveText(
      /A link was dropped, not a file\. Save the file to your computer first, then drop it here or click the drop zone to choose it\./,
    );
    await expect(page.getByTestId('live-announcer')).toContainText(
      'Nothing was added: a link was dropped, not a file.',
    );
    await drop('text/plain', '<workflow/>');
    await expect(notice).toHaveText(
      /Some text was dropped, not a file\. Save the XML as a file first, then drop it here or click the drop zone to choose it\./,
    );
    await expect(page.getByRole('list', { name: 'Files to upload' })).toHaveCount(0);
    // A real file afterwards is added and the notice goes.
    await dropFiles(page, [xmlFile('after-link.xml', definition('@StartAfter', ['Go']))]);
    await expect(page.getByRole('region', { name: 'after-link.xml' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('a UTF-16 file with a script in CDATA and escaped action names is checked, shown and stored', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const text = definition('@Caf&#233;', ['Approve &lt;draft&gt; &amp; publish'])
      .replace('encoding="UTF-8"', 'encoding="UTF-16"')
      .replace(
        '<results><unconditional-result old-status="Finished" status="Pending"',
        '<pre-functions><function type="beanshell"><arg name="script"><![CDATA[ String dtd = "<!ENTITY e SYSTEM \'file:///x\'>"; ]]></arg></function></pre-functions>\n      <results><unconditional-result old-status="Finished" status="Pending"',
      );
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await addFiles(page, [{ name: 'utf16-review.xml', mimeType: 'text/xml', buffer: bytes }]);
    const row = page.getByRole('region', { name: 'utf16-review.xml' });
    await expect(row).toContainText('2 steps · Actions: @Café, Approve <draft> & publish');
    await expect(row.getByText('Ready', { exact: true })).toBeVisible();
    await describeFile(page, 'utf16-review.xml', 'Written by a Windows tool', 'Review');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await expect(row).toContainText(/Uploaded as key [0-9a-f-]{36}/);
    await expect(listTable(page).getByRole('rowheader', { name: 'Utf16 review' })).toBeVisible();
  });

  test('from the keyboard, focus stays in the upload panel as files are removed, uploaded and cleared', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const zone = page.getByRole('button', {
      name: 'Drop XML files here, or choose files to upload',
    });
    // Waited for before the key press with a step between: the wait turns on Chromium's file
    // chooser interception without waiting for it, and a picker opened by the very next key down
    // could come first and be dropped (about one Enter in four, in a plain page too).
    const chooser = page.waitForEvent('filechooser');
    await zone.focus();
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles([
      xmlFile('first-flow.xml', definition('@One', ['Go'])),
      xmlFile('second-flow.xml', definition('@Two', ['Go'])),
      xmlFile('third-flow.xml', definition('@Three', ['Go'])),
      xmlFile('notes.txt', 'not xml'),
    ]);
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await expect(zone).toBeFocused();

    const remove = (file: string) =>
      page.getByRole('button', { name: `Remove ${file} from the batch` });
    await remove('first-flow.xml').focus();
    await page.keyboard.press('Enter');
    await expect(remove('second-flow.xml')).toBeFocused();

    const third = page.getByRole('region', { name: 'third-flow.xml' });
    await third.getByLabel('Description').focus();
    await page.keyboard.type('Typed without a mouse');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'App', exact: true }).press('Enter');
    await third.getByRole('button', { name: 'Upload third-flow.xml' }).focus();
    await page.keyboard.press('Enter');
    await expect(third).toContainText(/Uploaded as key/);
    await expect(remove('third-flow.xml')).toBeFocused();

    await remove('second-flow.xml').focus();
    await page.keyboard.press('Enter');
    await expect(remove('third-flow.xml')).toBeFocused();
    await page.getByRole('button', { name: 'Clear uploaded' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Files to upload' })).toHaveCount(0);
    await expect(zone).toBeFocused();
  });

  test('Upload with required fields empty takes focus to the first one', async ({ page }) => {
    await openDefinitions(page, 'admin');
    await addFiles(page, [
      xmlFile('first-review.xml', definition('@One', ['Go'])),
      xmlFile('second-review.xml', definition('@Two', ['Go'])),
    ]);
    const first = page.getByRole('region', { name: 'first-review.xml' });
    const second = page.getByRole('region', { name: 'second-review.xml' });
    await page.getByRole('button', { name: 'Upload 2 files' }).focus();
    await page.keyboard.press('Enter');
    await expect(first.getByRole('textbox', { name: 'Description', exact: true })).toBeFocused();
    await expect(page.getByTestId('live-announcer')).toContainText(
      'Fill in the required fields of 2 files.',
    );
    await describeFile(page, 'first-review.xml', 'Reviewed first', 'Review');
    await second.getByRole('textbox', { name: 'Description', exact: true }).fill('Reviewed second');
    await second.getByRole('button', { name: 'Upload second-review.xml' }).focus();
    await page.keyboard.press('Enter');
    await expect(second.getByRole('combobox', { name: 'Resource type' })).toBeFocused();
    await expect(page.getByTestId('live-announcer')).toContainText(
      'Fill in the required fields of 1 file.',
    );

    // A file added afterwards is not marked red before anyone tried to send it.
    await addFiles(page, [xmlFile('third-review.xml', definition('@Three', ['Go']))]);
    const third = page.getByRole('region', { name: 'third-review.xml' });
    await expect(third.getByText('Ready', { exact: true })).toBeVisible();
    await expect(third.getByText('Enter a description.')).toHaveCount(0);
    await expect(
      third.getByRole('textbox', { name: 'Description', exact: true }),
    ).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('Apply to all files fills the empty Description and Resource type of a batch of 21 from the first', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const names = Array.from(
      { length: 21 },
      (_, i) => `batch-${String(i + 1).padStart(2, '0')}.xml`,
    );
    await addFiles(
      page,
      names.map((n, i) => xmlFile(n, definition(`@Batch${i + 1}`, ['Go']))),
    );
    const rows = page.getByRole('list', { name: 'Files to upload' });
    await expect(rows.getByText('Ready', { exact: true })).toHaveCount(21);
    await describeFile(page, 'batch-01.xml', 'Quarterly review', 'Review');
    const own = page.getByRole('region', { name: 'batch-02.xml' });
    await own.getByRole('textbox', { name: 'Description', exact: true }).fill('Its own words');
    await page.screenshot({ path: test.info().outputPath('def-apply-to-all-before.png') });

    const apply = page.getByRole('button', { name: 'Apply to all files' });
    // Reached from the keyboard (Cancel all is disabled), it shows a tooltip saying what it does.
    await page.getByRole('button', { name: 'Upload 21 files' }).focus();
    await page.keyboard.press('Tab');
    await expect(apply).toBeFocused();
    await expect(apply).toHaveAccessibleDescription(
      'Copies the Description and Resource type of “batch-01.xml”, the first file, into every other file where they are empty.',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('live-announcer')).toContainText(
      'Description and Resource type of “batch-01.xml” applied to 20 files where empty.',
    );
    await expect(apply).toBeFocused();
    // What was typed stays; the empty fields take the first file's values.
    await expect(own.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue(
      'Its own words',
    );
    await expect(own.getByRole('combobox', { name: 'Resource type' })).toHaveText(/Review/);
    const last = page.getByRole('region', { name: 'batch-21.xml' });
    await expect(last.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue(
      'Quarterly review',
    );
    await expect(last.getByRole('combobox', { name: 'Resource type' })).toHaveText(/Review/);
    await page.screenshot({ path: test.info().outputPath('def-apply-to-all-after.png') });
    await expectNoAxeViolations(page);

    // Nothing is left to fill in: all 21 upload.
    await page.getByRole('button', { name: 'Upload 21 files' }).click();
    await expect(rows.getByText('Uploaded', { exact: true })).toHaveCount(21);
  });

  test('a list that failed to load: Try again from the keyboard shows it and puts focus on it', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500', times: 20 });
    try {
      await page.reload();
      const retry = page.getByRole('button', { name: 'Try again' });
      await expect(retry).toBeVisible({ timeout: 20_000 });
    } finally {
      await clearFaults(page.request);
    }
    await page.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await expect(listTable(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'On the platform' })).toBeFocused();
  });

  test('a list that could not be refreshed keeps the definitions shown, with a warning and Try again', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    await uploadElsewhere(page, 'Refresh kept', 'Stays in the list');
    await uploadElsewhere(page, 'Refresh deleted', 'Deleted to refresh the list');
    await page.reload();
    await expect(listTable(page).getByRole('rowheader', { name: 'Refresh kept' })).toBeVisible();
    // After the delete the list is read again, and that reading cannot reach the server: the
    // sandbox cuts it (every copy, as Chromium sends a cut read again). The delete itself goes
    // through: the first armed fault that matches applies, a slow one of no delay.
    await armFault(page.request, { on: '/api/workflow/definitions/', kind: 'slow', delayMs: 0 });
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'drop', times: 50 });
    const warning = page.getByRole('status').filter({ hasText: 'The list could not be refreshed' });
    try {
      await page.getByRole('button', { name: 'Delete Refresh deleted' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete “Refresh deleted”?' });
      await confirm.getByRole('button', { name: 'Delete definition' }).click();
      await expect(warning).toContainText(
        'Could not reach the server. Check your connection, then try again. It shows the definitions as they were last loaded.',
        { timeout: 20_000 },
      );
      await expect(listTable(page).getByRole('rowheader', { name: 'Refresh kept' })).toBeVisible();
    } finally {
      await clearFaults(page.request);
    }
    await warning.getByRole('button', { name: 'Try again' }).click();
    await expect(warning).toHaveCount(0);
    await expect(listTable(page).getByRole('rowheader', { name: 'Refresh kept' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'On the platform' })).toBeFocused();
  });

  test('files refused in a drop that also adds files are announced, not talked over', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    await dropFiles(page, [
      xmlFile('first-review.xml', definition('@StartReview', ['Approve'])),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    ]);
    await expect(page.getByRole('region', { name: 'first-review.xml' })).toContainText('Ready');
    // Both outcomes in the one message screen readers are left with.
    await expect(page.getByTestId('live-announcer')).toHaveText(
      '1 file added. 1 file was not added: notes.txt is not an .xml file.',
    );
  });

  test('files that finish uploading together are each announced', async ({ page }) => {
    await openDefinitions(page, 'admin');
    await dropFiles(page, [
      xmlFile('first-flow.xml', definition('@StartFirst', ['Go'])),
      xmlFile('second-flow.xml', definition('@StartSecond', ['Go'])),
    ]);
    await describeFile(page, 'first-flow.xml', 'The first', 'Ticket');
    await describeFile(page, 'second-flow.xml', 'The second', 'Ticket');
    // Every text the live region holds, however briefly (a screen reader reads what it sees).
    await page.getByTestId('live-announcer').evaluate((region) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        if (region.textContent) said.push(region.textContent);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    await expect(page.getByText('2 of 2 uploaded')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said.join(' ')))
      .toMatch(/(?=.*Uploaded First flow\.)(?=.*Uploaded Second flow\.)/);
  });

  test('removing a file, Cancel and Cancel all each say what happened and what is left', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const said = page.getByTestId('live-announcer');
    await dropFiles(page, [
      xmlFile('first-flow.xml', definition('@StartFirst', ['Go'])),
      xmlFile('broken-flow.xml', malformed),
      xmlFile('second-flow.xml', definition('@StartSecond', ['Go'])),
    ]);
    await expect(said).toHaveText('3 files added, 1 with problems.');
    await page.getByRole('button', { name: 'Remove broken-flow.xml from the batch' }).click();
    await expect(said).toHaveText('Removed broken-flow.xml. 2 files left, ready to upload.');

    await describeFile(page, 'first-flow.xml', 'The first', 'Ticket');
    await describeFile(page, 'second-flow.xml', 'The second', 'Ticket');
    const first = page.getByRole('region', { name: 'first-flow.xml' });
    const second = page.getByRole('region', { name: 'second-flow.xml' });
    const sentWhole = 'Sent; waiting for the platform to check and store it…';
    await setUploadDelay(page, 10_000);
    try {
      await page.getByRole('button', { name: 'Upload 2 files' }).click();
      await expect(first).toContainText(sentWhole);
      await first.getByRole('button', { name: 'Cancel first-flow.xml' }).click();
      // Sent whole: the platform was already checking it, so only its list can say it was not
      // stored (definitions-cancel-sent-whole has one it stored).
      await expect(said).toContainText(
        'Cancelled the upload of first-flow.xml after the whole file was sent, so the platform may have stored it: checking its list for “First flow”.',
      );
      await expect(first).toContainText(
        'The platform’s list, read after the cancel, has no new definition named “First flow”: it was not stored. Retry sends it again.',
      );

      await first.getByRole('button', { name: 'Retry first-flow.xml' }).click();
      await expect(first).toContainText(sentWhole);
      await expect(second).toContainText(sentWhole);
      await page.getByRole('button', { name: 'Cancel all' }).click();
      await expect(said).toContainText(
        'Cancelled the uploads of 2 files. 2 of them had been sent whole, so the platform may have stored them: checking its list for “First flow” and “Second flow”.',
      );
      for (const [row, name] of [
        [first, 'First flow'],
        [second, 'Second flow'],
      ] as const)
        await expect(row).toContainText(
          `has no new definition named “${name}”: it was not stored. Retry sends it again.`,
        );
      await expect(page.getByRole('button', { name: 'Upload 2 files' })).toBeFocused();
    } finally {
      await setUploadDelay(page, 0);
    }
  });

  test('a definition with many actions lists six and counts the rest', async ({ page }) => {
    await openDefinitions(page, 'admin');
    const actions = Array.from({ length: 40 }, (_, i) => `Escalate_to_level_${i + 1}`);
    await addFiles(page, [xmlFile('escalation-ladder.xml', definition('@Start', actions))]);
    const row = page.getByRole('region', { name: 'escalation-ladder.xml' });
    await expect(row).toContainText(
      '2 steps · Actions: @Start, Escalate_to_level_1, Escalate_to_level_2, Escalate_to_level_3, Escalate_to_level_4, Escalate_to_level_5 and 35 more',
    );
  });

  test('a workflow with an empty <steps/> is not sent, and says where and what to add', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const text = definition('@Start', ['Go']).replace(/<steps>[\s\S]*<\/steps>/, '<steps/>');
    await addFiles(page, [xmlFile('no-steps.xml', text)]);
    const row = page.getByRole('region', { name: 'no-steps.xml' });
    await expect(row.getByText('Not valid', { exact: true })).toBeVisible();
    await expect(row).toContainText(
      'Not sent: <steps> is empty: add at least one <step> to it (a workflow needs at least one step). (line 9, column 3)',
    );
    await expect(page.getByRole('button', { name: 'Upload 1 file' })).toHaveCount(0);
  });

  test('a 5 MB file is checked in a worker while the page stays usable, then is ready', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const actions = Array.from({ length: 35_000 }, (_, i) => `Action_${i}`);
    const text = definition('@Start', actions);
    expect(text.length).toBeGreaterThan(4.5 * 1024 * 1024);
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    const checker = page.waitForEvent('worker');
    await addFiles(page, [xmlFile('huge-workflow.xml', text)]);
    // The check runs off the page's main thread (it took seconds on it, freezing the page).
    expect((await checker).url()).toMatch(/definitionCheck\.worker/);
    const row = page.getByRole('region', { name: 'huge-workflow.xml' });
    await page.getByLabel('Search by name').fill('moderation');
    await expect(listTable(page).getByRole('rowheader')).toHaveText(['Discussion moderation']);
    await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText(
      '2 steps · Actions: @Start, Action_0, Action_1, Action_2, Action_3, Action_4 and 34,995 more',
    );
  });

  test('a second root element is reported where it starts', async ({ page }) => {
    await openDefinitions(page, 'admin');
    const twoRoots = definition('@Start', ['Go']).replace('</workflow>', '</workflow>\n<extra/>');
    const line = twoRoots.split('\n').indexOf('<extra/>') + 1;
    await addFiles(page, [xmlFile('two-roots.xml', twoRoots)]);
    const row = page.getByRole('region', { name: 'two-roots.xml' });
    await expect(row).toContainText('more than one root element');
    await expect(row).toContainText(`line ${line}, column 1`);
  });

  test('leaving with files not uploaded yet asks first, and staying keeps what was typed', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    await addFiles(page, [xmlFile('careful-work.xml', definition('@StartCareful', ['Go']))]);
    const row = page.getByRole('region', { name: 'careful-work.xml' });
    await row.getByLabel('Description').fill('Typed with care');
    const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });
    await home.click();
    const leave = page.getByRole('alertdialog', { name: 'Leave without uploading?' });
    await expect(leave).toBeVisible();
    await expect(leave).toContainText('1 file is not uploaded yet.');
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(leave).toBeHidden();
    await expect(page).toHaveURL(/\/definitions$/);
    await expect(row.getByLabel('Description')).toHaveValue('Typed with care');

    // A reload asks the browser's own question.
    const asked = page.waitForEvent('dialog');
    // Staying means the reload never finishes: it is not awaited.
    void page.reload().catch(() => {});
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(row.getByLabel('Description')).toHaveValue('Typed with care');

    await home.click();
    await leave.getByRole('button', { name: 'Leave and drop the files' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible();
  });

  test('a file nested too deep is refused on its own; the rest of the batch is checked', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const deep = `<workflow><initial-actions/><steps/>${'<a>'.repeat(2000)}${'</a>'.repeat(2000)}</workflow>`;
    await addFiles(page, [
      xmlFile('deep-nesting.xml', deep),
      xmlFile('after-deep.xml', definition('@StartAfter', ['Go'])),
    ]);
    await expect(page.getByRole('region', { name: 'deep-nesting.xml' })).toContainText(
      'Elements are nested more than 100 levels deep',
    );
    const ok = page.getByRole('region', { name: 'after-deep.xml' });
    await expect(ok.getByText('Ready', { exact: true })).toBeVisible();
    await expect(page.getByTestId('live-announcer')).toContainText(
      '2 files added, 1 with problems.',
    );
  });

  for (const user of ['viewer', 'planner'] as const) {
    test(`a ${user} sees the list but no upload or delete`, async ({ page }) => {
      await openDefinitions(page, user);
      await expect(
        page.getByText(/^Read-only: .+ may not upload or delete workflow definitions/),
      ).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Drop XML files here, or choose files to upload' }),
      ).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
      await expect(listTable(page).getByRole('rowheader').first()).toBeVisible();
      if (user === 'viewer')
        await page.screenshot({ path: test.info().outputPath('def-viewer.png'), fullPage: true });
    });
  }

  test('filter, search and keyboard access; axe with and without rows', async ({ page }) => {
    await openDefinitions(page, 'admin');
    await expectNoAxeViolations(page);
    await page.getByLabel('Search by name').fill('moderation');
    await expect(listTable(page).getByRole('rowheader')).toHaveText(['Discussion moderation']);
    await page.getByLabel('Search by name').fill('');
    await page.getByRole('combobox', { name: 'Resource type' }).click();
    await page.getByRole('option', { name: 'OAuth grant' }).click();
    await expect(page.getByRole('heading', { name: 'No definitions match' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('def-no-rows.png'), fullPage: true });
    await expectNoAxeViolations(page);
    // Show all definitions goes away with the filter it clears: focus goes to the card's title.
    await page.getByRole('button', { name: 'Show all definitions' }).focus();
    await page.keyboard.press('Enter');
    await expect(listTable(page).getByRole('rowheader').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'On the platform' })).toBeFocused();

    const zone = page.getByRole('button', {
      name: 'Drop XML files here, or choose files to upload',
    });
    await expect(zone).toHaveAccessibleDescription(/up to 5 MB each/);
    // Waited for first (see 'from the keyboard, focus stays in the upload panel…').
    const chooser = page.waitForEvent('filechooser');
    await zone.focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles([xmlFile('notes.txt', 'hello')]);
    // Exact: the live region says the same sentence after “1 file was not added: ”.
    await expect(page.getByText('notes.txt is not an .xml file.', { exact: true })).toBeVisible();
    const again = page.waitForEvent('filechooser');
    await zone.focus();
    await page.keyboard.press('Space');
    await (await again).setFiles([]);
    await expect(page.getByTestId('live-announcer')).toContainText('not added');

    await addFiles(page, [
      xmlFile('discussion_moderation.xml', definition('@StartDiscussion', ['Approve'])),
    ]);
    await expect(page.getByRole('region', { name: 'discussion_moderation.xml' })).toContainText(
      'A definition named “Discussion moderation” already exists on the platform',
    );
  });

  test('in a 400 px window the element names in the file rules are never split at a hyphen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openDefinitions(page, 'admin');
    const rules = page.getByText(/^OSWorkflow XML files \(\.xml\)/);
    await expect(rules).toContainText('<initial-actions>');
    // How many lines each element name is drawn on ("<initial-" at a line end, "actions>" below).
    const lines = await rules.evaluate((el) =>
      [...el.querySelectorAll('code')].map((code) => {
        const range = document.createRange();
        range.selectNodeContents(code);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines).toEqual([1, 1, 1]);
  });

  test('in a 400 px window a file in the batch shows its whole name, its buttons below it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openDefinitions(page, 'admin');
    const name = 'partner-app_approval-for-the-production-gateway-v2.xml';
    await addFiles(page, [xmlFile(name, definition('@CreateApp', ['Approve']))]);
    const row = page.getByRole('region', { name });
    const fileName = row.getByText(name, { exact: true });
    await expect(fileName).toBeVisible();
    // Cut to "partner-a…" before: the name is the only way to tell the files apart.
    expect(await fileName.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect((await fileName.boundingBox())?.width).toBeGreaterThan(150);
    const upload = row.getByRole('button', { name: `Upload ${name}` });
    // Centred: scrollIntoViewIfNeeded leaves an element a fraction of a pixel outside.
    await upload.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(upload).toBeInViewport({ ratio: 1 });
    await row.screenshot({ path: test.info().outputPath('def-row-400.png') });
  });

  test('in a 400 px window a warning or refusal naming a file without spaces stays in the window', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openDefinitions(page, 'admin');
    const base = `snake_case_flow_${'z'.repeat(60)}`;
    await addFiles(page, [
      xmlFile(`${base}.xml`, definition('@StartOne', ['Go'])),
      xmlFile(`${base}_copy.xml`, definition('@StartTwo', ['Go'])),
    ]);
    const second = page.getByRole('region', { name: `${base}_copy.xml` });
    await second.getByRole('textbox', { name: /^Name/ }).fill(`Snake case flow ${'z'.repeat(60)}`);
    const first = page.getByRole('region', { name: `${base}.xml` });
    await expect(first.getByText(/in this batch has the same name/)).toBeVisible();
    await dropFiles(page, [
      { name: `${base}.txt`, mimeType: 'text/plain', buffer: Buffer.from('hello') },
    ]);
    await expect(page.getByText(`${base}.txt is not an .xml file.`, { exact: true })).toBeVisible();
    // The warning quotes the names whole; it breaks them rather than widening the page.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
    await first.screenshot({ path: test.info().outputPath('def-row-400-warning.png') });
  });

  test('in a 400 px window the line quoted from a refused file wraps inside its card', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openDefinitions(page, 'admin');
    // All on one line, as many exported files are: the quoted line is about 100 characters.
    const oneLine = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><workflow><initial-actions/><steps>&lol;</steps></workflow>`;
    await addFiles(page, [xmlFile('one-line-entities.xml', oneLine)]);
    const row = page.getByRole('region', { name: 'one-line-entities.xml' });
    await expect(row.getByText(/Entity declarations/)).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
    const quoted = row.locator('pre');
    await expect(quoted).toContainText('<!DOCTYPE lolz');
    const right = async (l: Locator) => {
      const box = await l.boundingBox();
      return (box?.x ?? 0) + (box?.width ?? 0);
    };
    expect(await right(quoted)).toBeLessThanOrEqual(await right(row));
    await row.screenshot({ path: test.info().outputPath('def-row-400-excerpt.png') });
  });

  test('the table fits a 1280 px window; narrower, its scroll area is named and focusable', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDefinitions(page, 'admin');
    const scroller = page.getByRole('region', { name: 'Workflow definitions table' });
    const overflow = () => scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    await scroller.scrollIntoViewIfNeeded();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const firstRow = listTable(page).getByRole('row').nth(1);
    await expect(firstRow.getByRole('button', { name: /^Copy key of / })).toBeInViewport();
    await expect(firstRow.getByRole('button', { name: /^Delete / })).toBeInViewport();
    // The time a definition changed reads on one line ('Nov 23, 2026, / 3:11 PM' wrapped).
    const updated = firstRow.locator('time');
    expect(
      await updated.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    ).toBe(1);
    // Nor are the words of a name broken ('registratio / n approval').
    const name = listTable(page)
      .getByRole('rowheader', { name: 'App registration approval' })
      .locator('[title]');
    expect(
      await name.evaluate((el) => {
        const text = el.firstChild as Text;
        const broken: string[] = [];
        for (const m of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
        return broken;
      }),
    ).toEqual([]);
    // Cut text keeps its full value in the title.
    const businessId = firstRow.locator('[title]').filter({ hasText: /\S/ }).first();
    await expect(businessId).toHaveAttribute('title', /\S/);
    await page.screenshot({ path: test.info().outputPath('def-table-1280.png') });

    await page.setViewportSize({ width: 1024, height: 800 });
    await expect.poll(overflow).toBeGreaterThan(0);
    await scroller.focus();
    await expect(scroller).toBeFocused();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect(firstRow.getByRole('button', { name: /^Delete / })).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath('def-table-1024.png') });
    await expectNoAxeViolations(page);

    // A 1280 px window at 200 % zoom: only the table's own area scrolls sideways, not the page.
    await page.setViewportSize({ width: 640, height: 800 });
    await expect.poll(overflow).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
  });

  test('a long name without spaces wraps in the list; the table still fits 1280 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDefinitions(page, 'admin');
    // As another client may name one: the platform takes names of any length.
    const name = `partner_app_approval_workflow_${'x'.repeat(300)}`;
    await uploadElsewhere(page, name, `the_description_${'y'.repeat(300)}`);
    await page.reload();
    const row = listTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row).toBeVisible();
    const scroller = page.getByRole('region', { name: 'Workflow definitions table' });
    await scroller.scrollIntoViewIfNeeded();
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(row.getByRole('button', { name: `Delete ${name}` })).toBeInViewport();
    // Cut after a few lines, the whole name in its title.
    expect((await row.getByRole('rowheader').boundingBox())?.height).toBeLessThan(150);
    await expect(row.getByRole('rowheader').locator('[title]')).toHaveAttribute('title', name);
    await page.screenshot({ path: test.info().outputPath('def-long-name.png') });

    // The delete dialog's title breaks the name and is cut; nothing runs out of the dialog.
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByRole('heading')).toHaveText(`Delete “${name.slice(0, 119)}…”?`);
    const right = async (l: Locator) => {
      const box = await l.boundingBox();
      return (box?.x ?? 0) + (box?.width ?? 0);
    };
    const edge = await right(dialog);
    expect(await right(dialog.getByRole('heading'))).toBeLessThanOrEqual(edge);
    expect(await right(dialog.getByText(/This cannot be undone/))).toBeLessThanOrEqual(edge);
    await page.screenshot({ path: test.info().outputPath('def-long-name-dialog.png') });
    // Deleted again: the tests after this one share the platform's list.
    await dialog.getByRole('button', { name: 'Delete definition' }).click();
    await expect(row).toHaveCount(0);
  });

  test('a definition someone else deleted first leaves the list, with a notice', async ({
    page,
    request,
  }) => {
    // A definition of its own: the seeded ones stay for the other tests and the next run.
    const name = 'Deleted elsewhere first';
    await deleteDefinitionsNamed(request, [name]);
    await uploadDefinition(request, name);
    await openDefinitions(page, 'admin');
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    await expect(confirm).toBeVisible();
    await deleteElsewhere(page, name);
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`“${name}” was already deleted`, { exact: true })).toBeVisible();
    await expect(
      page.getByText('Someone else removed it from the platform; the list is up to date now.', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete / }).first()).toBeVisible();
    await expect(page.locator('body')).not.toBeFocused();
  });

  // The platform answers DELETE with the text `true` and refuses an Accept that does not allow
  // text/plain (406) without deleting anything; the sandbox does the same.
  test.describe('deleting a definition of its own', () => {
    const name = 'Accept for delete';
    // Left behind only when the test fails; other tests count the shared platform's definitions.
    test.afterEach(({ request }) => deleteDefinitionsNamed(request, [name]));

    test('a delete asks for the answer the platform gives, so the definition is gone', async ({
      page,
    }) => {
      await openDefinitions(page, 'admin');
      await uploadElsewhere(page, name, 'Deleted through the page');
      await page.reload();
      await expect(listTable(page).getByRole('rowheader', { name })).toBeVisible();
      await page.getByRole('button', { name: `Delete ${name}` }).click();
      const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
      await confirm.getByRole('button', { name: 'Delete definition' }).click();
      await expect(confirm).toBeHidden();
      await expect(page.getByText(`Deleted “${name}”`, { exact: true })).toBeVisible();
      await page.reload();
      await expect(listTable(page)).toBeVisible();
      await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(0);
    });
  });

  test.describe('a delete said once', () => {
    const name = 'Said once when deleted';
    test.afterEach(({ request }) => deleteDefinitionsNamed(request, [name]));

    test('a deleted definition is announced once, by its notification', async ({ page }) => {
      await openDefinitions(page, 'admin');
      await uploadElsewhere(page, name, 'Deleted and said once');
      await page.reload();
      await expect(listTable(page).getByRole('rowheader', { name })).toBeVisible();
      // Every live region that says the name, however briefly (a screen reader reads each).
      await page.evaluate((said) => {
        const regions = new Set<Element>();
        (window as unknown as { regions: Set<Element> }).regions = regions;
        new MutationObserver(() => {
          for (const region of document.querySelectorAll('[aria-live]'))
            if (region.textContent?.includes(said)) regions.add(region);
        }).observe(document.body, { childList: true, characterData: true, subtree: true });
      }, name);
      await page.getByRole('button', { name: `Delete ${name}` }).click();
      const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
      await confirm.getByRole('button', { name: 'Delete definition' }).click();
      await expect(confirm).toBeHidden();
      await expect(page.getByText(`Deleted “${name}”`, { exact: true })).toBeVisible();
      // The app's announcer said "Deleted …." as well as the notification: twice.
      await page.waitForTimeout(1500);
      const regions = await page.evaluate(
        () => (window as unknown as { regions: Set<Element> }).regions.size,
      );
      expect(regions).toBe(1);
    });
  });

  test('after a delete from the keyboard, focus goes to the next row, the previous, then the empty list', async ({
    page,
  }) => {
    await openDefinitions(page, 'admin');
    const names = () => listTable(page).getByRole('rowheader').allTextContents();
    const deleteByKeyboard = async (name: string) => {
      await page.getByRole('button', { name: `Delete ${name}` }).focus();
      await page.keyboard.press('Enter');
      const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
      await expect(confirm).toBeVisible();
      await confirm.getByRole('button', { name: 'Delete definition' }).focus();
      await page.keyboard.press('Enter');
      await expect(confirm).toBeHidden();
      await expect(listTable(page).getByRole('rowheader', { name, exact: true })).toHaveCount(0);
    };

    // Its own three definitions, shown alone by a search: not whatever earlier tests left.
    for (const letter of ['Alpha', 'Bravo', 'Charlie'])
      await uploadElsewhere(page, `Keyboard delete ${letter}`, `Deleted from the keyboard`);
    await page.reload();
    await page.getByLabel('Search by name').fill('Keyboard delete');
    await expect(listTable(page).getByRole('rowheader')).toHaveCount(3);

    const before = await names();
    await deleteByKeyboard(before[0]);
    await expect(
      page.getByRole('button', { name: `Delete ${before[1]}`, exact: true }),
    ).toBeFocused();

    const middle = await names();
    await deleteByKeyboard(middle[middle.length - 1]);
    await expect(
      page.getByRole('button', { name: `Delete ${middle[middle.length - 2]}`, exact: true }),
    ).toBeFocused();

    const [only] = await names();
    await expect(listTable(page).getByRole('rowheader')).toHaveText([only]);
    await deleteByKeyboard(only);
    await expect(page.getByRole('heading', { name: 'No definitions match' })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('an upload started while the browser is offline fails at once, says so, and keeps the fields', async ({
    page,
    context,
  }) => {
    await openDefinitions(page, 'admin');
    await addFiles(page, [xmlFile('offline-review.xml', definition('@StartOffline', ['Go']))]);
    await describeFile(page, 'offline-review.xml', 'Sent while offline', 'Review');
    const row = page.getByRole('region', { name: 'offline-review.xml' });
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await expect(row.getByText('Failed', { exact: true })).toBeVisible();
    await expect(row).toContainText(
      'Your browser is offline, so the file was not sent. Your fields are kept: Retry once you are back online.',
    );
    await expect(row.getByLabel('Description')).toHaveValue('Sent while offline');
    await expectNoAxeViolations(page);

    await context.setOffline(false);
    await row.getByRole('button', { name: 'Retry offline-review.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name: 'Offline review' })).toHaveCount(1);
  });

  test('the connection dropping during an upload fails the row at once, saying to look before retrying', async ({
    page,
    context,
  }) => {
    await openDefinitions(page, 'admin');
    // The platform holds its answer back: the file is sent whole, then the connection goes.
    await setUploadDelay(page, 8000);
    try {
      await addFiles(page, [xmlFile('dropped-review.xml', definition('@StartDropped', ['Go']))]);
      await describeFile(page, 'dropped-review.xml', 'Sent as the line dropped', 'Review');
      const row = page.getByRole('region', { name: 'dropped-review.xml' });
      await page.getByRole('button', { name: 'Upload 1 file' }).click();
      // Go offline only once the page itself says every byte is out (100 %), not merely
      // "Uploading": before that, the row rightly says the file was stopped and not stored.
      await expect(
        row.getByRole('progressbar', { name: 'Upload progress of dropped-review.xml' }),
      ).toHaveAttribute('aria-valuenow', '100');
      await expect(
        row.getByText('Sent; waiting for the platform to check and store it…'),
      ).toBeVisible();
      await context.setOffline(true);
      await expect(row.getByText('Failed', { exact: true })).toBeVisible();
      await expect(row).toContainText(
        'Your browser went offline after the whole file was sent, so the platform may have stored it. Once you are back online, look for “Dropped review” in the list below before retrying, or it may be added twice.',
      );
      await expect(row.getByRole('button', { name: 'Retry dropped-review.xml' })).toBeVisible();
      await expect(row.getByLabel('Description')).toHaveValue('Sent as the line dropped');
    } finally {
      await context.setOffline(false);
      await setUploadDelay(page, 0);
    }
  });
});
