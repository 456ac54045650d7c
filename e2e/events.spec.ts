import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, type DemoUser } from './fixtures.ts';
import { armFault, clearFaults, releaseHeld, type Fault } from './sandboxFaults.ts';
import { textLineCount } from './textLines.ts';

async function chooseEventType(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Event type' }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

/** Signs in as `user`, has the sandbox fail requests as `fault` says, then opens Events from the menu. */
async function openEventsFailing(page: Page, user: DemoUser, fault: Fault) {
  await signIn(page, user, '/');
  await armFault(page.request, fault);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Events' })
    .click();
}

/** Sends a "Form submitted" event and sees it checked against the one goal that waits for it. */
async function sendFormSubmitted(page: Page) {
  await chooseEventType(page, 'Form submitted');
  await page.getByRole('button', { name: 'Send event' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Result' })
      .getByText('1 goal in running flows checked against this event.', { exact: true }),
  ).toBeVisible();
}

test.describe('event console', () => {
  test.afterEach(async ({ page }) => {
    await clearFaults(page.request);
  });

  test('signing in again from the keyboard after a wrong password, with the event kept', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12');
    await armFault(page.request, { on: 'SendEvent', kind: 'unauthorized' });
    await page.getByRole('button', { name: 'Send event' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    const password = dialog.getByLabel('Password');
    await expect(password).toBeFocused();
    await page.keyboard.type('wrong');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Wrong password.', { exact: true })).toBeVisible();
    // The wrong password is selected, so typing the right one replaces it.
    await expect(password).toBeFocused();
    await page.keyboard.type('admin');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=12');
  });

  test('sending the same event again after the session expired renews it in place, the event kept', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12');
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(page.getByRole('region', { name: 'Result', exact: true })).toBeVisible();
    // Nothing unsaved now (the form is what was sent); the same send meets an expired session.
    // It went to the sign-in page and came back with the form at its defaults.
    await armFault(page.request, { on: 'SendEvent', kind: 'unauthorized' });
    await page.getByRole('button', { name: 'Send event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    await expect(dialog.getByLabel('Password')).toBeFocused();
    await page.keyboard.type('admin');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=12');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText(/Form submitted/);
  });

  test('a send met by an expired session says it was not sent, and once signed in again to press Send event', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12');
    await armFault(page.request, { on: 'SendEvent', kind: 'unauthorized' });
    await page.getByRole('button', { name: 'Send event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    await expect(dialog).toHaveAccessibleDescription(
      'Sign in again to carry on. The event you typed stays on this page; send it afterwards.',
    );
    const form = page.getByRole('form', { name: 'Workflow event' });
    const result = page.getByRole('region', { name: 'Result', exact: true });
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    // Behind the dialog (hidden from the accessibility tree while it is open): the banner.
    await expect(page.getByText('Event not sent', { exact: true })).toBeVisible();
    await expect(
      page
        .getByText(
          'The event was not sent because your session had expired. Once you are signed in again, press Send event: what you typed is still here.',
          { exact: true },
        )
        .first(),
    ).toBeVisible();
    await dialog.getByLabel('Password').fill('admin');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toBeHidden();
    const again =
      'The event was not sent because your session had expired. You are signed in again: press Send event to send it.';
    await expect(form).toContainText(again);
    await expect(form.getByText(/Rejected|rejected|Sign in again/)).toHaveCount(0);
    await expect(result).toContainText(
      'Not sent The last event was not sent: your session had expired.',
    );
    await expect(result).toContainText(again);
    await expect(result.getByText(/Rejected|not accepted/)).toHaveCount(0);
    await expect(history.getByRole('row').nth(1)).toContainText(
      'Not sent Your session had expired; the event was not sent.',
    );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(result).toContainText('1 goal in running flows checked against this event.');
    await expect(form.getByText('Event not sent', { exact: true })).toBeHidden();
  });

  test('at 200% zoom, the password to type again after a wrong one stays in view', async ({
    page,
  }) => {
    // 1280×800 at 200% zoom: the dialog's fields scroll between its heading and its buttons.
    await page.setViewportSize({ width: 640, height: 400 });
    await signIn(page, 'admin', '/events');
    await page.getByLabel('Attributes').fill('personId=12');
    await armFault(page.request, { on: 'SendEvent', kind: 'unauthorized' });
    await page.getByRole('button', { name: 'Send event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    const password = dialog.getByLabel('Password');
    await expect(password).toBeFocused();
    await page.keyboard.type('wrong');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Wrong password.', { exact: true })).toBeVisible();
    // The message above it pushed the field down: it is scrolled back into view, not left
    // hidden under the buttons while the user types into it.
    await expect(password).toBeFocused();
    await expect(password).toBeInViewport({ ratio: 1 });
  });

  test('admin sends an event, sees the result and the session history', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    await expect(page).toHaveTitle('Events · Flowdesk');
    await expectNoAxeViolations(page);
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12&formId=3');
    const response = page.waitForResponse((r) => r.url().includes('/Workflow/SendEvent'));
    await page.getByRole('button', { name: 'Send event' }).click();
    expect((await response).status()).toBe(200);
    const result = page.getByRole('region', { name: 'Result' });
    await expect(
      result.getByText('1 goal in running flows checked against this event.', { exact: true }),
    ).toBeVisible();
    // The event type reads as in the picker, with the API's enum name beside it.
    await expect(result.getByRole('definition').filter({ hasText: 'Form submitted' })).toHaveText(
      'Form submitted FormSubmitted',
    );
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(history.getByRole('cell', { name: 'Form submitted FormSubmitted' })).toBeVisible();
    await expect(history.getByText('personId=12&formId=3')).toBeVisible();
    await expectNoAxeViolations(page);

    // $select: only EventType comes back; Attributes is null.
    await page.getByLabel('$select (optional)').fill('EventType');
    await page.getByRole('button', { name: 'Send event' }).click();
    // Not "No result attributes": they were not asked for.
    await expect(result.getByText('Result attributes not requested ($select)')).toBeVisible();
    await expect(result.getByRole('definition').nth(1)).toHaveText('not returned ($select)');
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText(
      'Sent Result attributes not requested ($select)',
    );
    await page.reload();
    await expect(
      page.getByRole('table', { name: 'Events sent in this session' }).getByRole('row'),
    ).toHaveCount(3);
    await page.getByRole('button', { name: 'Clear history' }).click();
    await expect(page.getByText('No events sent yet.')).toBeVisible();
  });

  test('keyboard only: focus stays on Send after sending, and lands on the empty history after clearing', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    const type = page.getByRole('combobox', { name: 'Event type' });
    await type.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Form submitted', exact: true }).press('Enter');
    await expect(type).toHaveText(/Form submitted/);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Attributes')).toBeFocused();
    await page.keyboard.type('personId=12');
    const send = page.getByRole('button', { name: 'Send event' });
    await send.focus();
    await page.keyboard.press('Enter');
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(send).toBeFocused();
    // Send again from the keyboard without reaching for the mouse.
    await page.keyboard.press('Enter');
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(send).toBeFocused();
    await page.getByRole('button', { name: 'Clear history' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('No events sent yet.')).toBeFocused();
    await expect(page.getByText('History cleared.')).toBeAttached();
    await expectNoAxeViolations(page);
  });

  test('a bad $select is refused on its field before anything is sent', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    let sent = 0;
    page.on('request', (r) => {
      if (r.url().includes('SendEvent')) sent++;
    });
    await page.getByLabel('$select (optional)').fill('Event;Type');
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(page.getByText('Use property names separated by commas')).toBeVisible();
    expect(sent).toBe(0);
  });

  test('a misspelt $select name is named in a warning that suggests the right one, and the event can still be sent', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    const select = page.getByLabel('$select (optional)');
    await select.fill('EventType,Atributes');
    await page.getByLabel('Attributes').focus();
    const warning =
      /“Atributes” \(did you mean Attributes\?\) is not a result property Flowdesk knows/;
    await expect(page.getByText(warning)).toBeVisible();
    // Read with the field, but it is not an error: the name may exist on a real tenant.
    await expect(select).toHaveAccessibleDescription(warning);
    await expect(select).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    const response = page.waitForResponse((r) => r.url().includes('/Workflow/SendEvent'));
    await page.getByRole('button', { name: 'Send event' }).click();
    expect(new URL((await response).url()).searchParams.get('$select')).toBe('EventType,Atributes');
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result.getByRole('definition').nth(1)).toHaveText('not returned ($select)');
    // Fixing the name takes the warning away; known names in any case are fine.
    await select.fill('eventtype, attributes');
    await expect(page.getByText(warning)).toHaveCount(0);
    await expect(page.getByText(/is not a result property/)).toHaveCount(0);
  });

  test('a malformed SendEvent answer is refused: error, history says not understood, input kept', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=7');
    await armFault(page.request, { on: 'SendEvent', kind: 'malformed' });
    await page.getByRole('button', { name: 'Send event' }).click();
    const form = page.getByRole('form', { name: 'Workflow event' });
    await expect(form.getByText(/The server sent data Flowdesk does not understand/)).toBeVisible();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByRole('row')).toHaveCount(2);
    const row = history.getByRole('row').nth(1);
    await expect(row.getByText('Not understood', { exact: true })).toBeVisible();
    await expect(row.getByText('Sent', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=7');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText(/Form submitted/);
    await expectNoAxeViolations(page);
  });

  test('the Result card follows the last send: a rejected send replaces the earlier result', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    const send = page.getByRole('button', { name: 'Send event' });
    await send.click();
    const result = page.getByRole('region', { name: 'Result' });
    const okHeadline = result.getByText('1 goal in running flows checked against this event.', {
      exact: true,
    });
    await expect(okHeadline).toBeVisible();

    // A 500 (this one not carried out, which a browser cannot tell): it may have been recorded.
    await armFault(page.request, { on: 'SendEvent', kind: 'error500' });
    await send.click();
    await expect(result.getByText('Maybe recorded', { exact: true })).toBeVisible();
    await expect(result.getByText(/Injected failure \(sandbox fault\)/)).toBeVisible();
    await expect(okHeadline).toHaveCount(0);
    await expect(result.getByRole('definition')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Sending again works and shows the new result; $select leaving EventType out reads as such.
    await page.getByLabel('$select (optional)').fill('Attributes');
    await send.click();
    await expect(okHeadline).toBeVisible();
    await expect(result.getByRole('definition').first()).toHaveText('not returned ($select)');
    await expect(result.getByText('null', { exact: true })).toHaveCount(0);

    // A malformed answer also replaces the result.
    await armFault(page.request, { on: 'SendEvent', kind: 'malformed' });
    await send.click();
    await expect(result.getByText('Not understood', { exact: true })).toBeVisible();
    await expect(result.getByText(/does not understand/)).toBeVisible();
    await expect(okHeadline).toHaveCount(0);
  });

  test('a send that gets no answer says so (it may have arrived), not that the event was rejected', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=8');
    // Chromium silently retries a POST whose connection was cut, so keep cutting until cleared.
    await armFault(page.request, { on: 'SendEvent', kind: 'drop', times: 50 });
    await page.getByRole('button', { name: 'Send event' }).click();
    const form = page.getByRole('form', { name: 'Workflow event' });
    await expect(form.getByText('No answer', { exact: true })).toBeVisible();
    await expect(form.getByText(/may or may not have reached it/)).toBeVisible();
    await expect(form.getByText('Event rejected')).toHaveCount(0);
    const result = page.getByRole('region', { name: 'Result' });
    await expect(
      result.getByText('The last event got no answer: it may or may not have reached the server.'),
    ).toBeVisible();
    await expect(result.getByText('Rejected', { exact: true })).toHaveCount(0);
    const row = page
      .getByRole('table', { name: 'Events sent in this session' })
      .getByRole('row')
      .nth(1);
    await expect(row.getByText('No answer', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=8');
    await expectNoAxeViolations(page);
  });

  test('long Attributes are clamped in the history, the full text a click away', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    const long =
      `personId=12&token=${'x'.repeat(300)}&note=${'lorem ipsum dolor sit amet '.repeat(160)}`.slice(
        0,
        4000,
      );
    await page.getByLabel('Attributes').fill(long);
    await page.getByRole('button', { name: 'Send event' }).click();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByRole('row')).toHaveCount(2);
    const row = history.getByRole('row').nth(1);
    // Two lines of text and a button, not a 1300 px tall row.
    expect((await row.boundingBox())!.height).toBeLessThan(120);
    const clamped = row.getByText(long, { exact: true });
    await expect(clamped).toHaveAttribute('title', long);
    const table = (await history.boundingBox())!;
    expect(table.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectNoAxeViolations(page);

    const showAll = row.getByRole('button', { name: 'Show all (4000 characters)' });
    await showAll.click();
    const full = row.getByRole('region', { name: 'Attributes' });
    await expect(full).toHaveText(long);
    await expect(row.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // Expanded text scrolls inside its box rather than stretching the row without end.
    expect((await row.boundingBox())!.height).toBeLessThan(360);
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: 'Show less' }).click();
    await expect(full).toHaveCount(0);
    await expect(showAll).toBeVisible();
  });

  test('in a narrow window, the result attributes scroll from the keyboard to their end', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByRole('button', { name: 'Send event' }).click();
    const attributes = page
      .getByRole('region', { name: 'Result' })
      .getByRole('region', { name: 'Returned attribute values' });
    await expect(attributes).toContainText('"goalsChecked"');
    // One region is the Result and one field is Attributes: the box's name took both words.
    await expect(page.getByRole('region', { name: 'Result' })).toHaveCount(1);
    await expect(page.getByLabel('Attributes')).toHaveCount(1);
    // The wrapped JSON is taller than its box: the box takes focus, and End scrolls to its end.
    const scrolls = await attributes.evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrolls).toBe(true);
    await attributes.focus();
    await expect(attributes).toBeFocused();
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        attributes.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1),
      )
      .toBe(true);
  });

  test('in a narrow window, the history scrolls sideways from the keyboard to its Outcome', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12');
    await page.getByRole('button', { name: 'Send event' }).click();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByRole('row')).toHaveCount(2);
    const outcome = history.getByRole('columnheader', { name: 'Outcome' });
    await expect(outcome).not.toBeInViewport();
    // Nothing to focus in the Outcome column: the table's scroll area itself takes focus.
    await page.getByRole('button', { name: 'Clear history' }).focus();
    await page.keyboard.press('Tab');
    const scroller = page.getByRole('region', { name: 'Sent events table' });
    await expect(scroller).toBeFocused();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(outcome).toBeInViewport({ ratio: 0.9 });
    await expectNoAxeViolations(page);
  });

  test('at 1280×800, the Sent time keeps on one line (not “9:00:00 / AM”), the table in its card', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'admin', '/events');
    await page
      .getByLabel('Attributes')
      .fill('personId=12&formId=3&campaign=spring-webinar-2026&source=newsletter');
    await page.getByLabel('$select (optional)').fill('EventType,Attributes');
    await page.getByRole('button', { name: 'Send event' }).click();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    const sent = history.getByRole('row').nth(1).getByRole('cell').first();
    await expect(sent).toHaveText(/\d:\d\d:\d\d/);
    expect(await textLineCount(sent)).toBe(1);
    const fits = await history.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth);
    expect(fits).toBe(true);
  });

  test('at 400 px wide, the Sent time keeps on one line too (the table scrolls sideways)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/events');
    await page.getByLabel('Attributes').fill('personId=12');
    await page.getByRole('button', { name: 'Send event' }).click();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    const sent = history.getByRole('row').nth(1).getByRole('cell').first();
    await expect(sent).toHaveText(/\d:\d\d:\d\d/);
    expect(await textLineCount(sent)).toBe(1);
  });

  test('the $select column wraps between property names, never inside one', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    // Long attributes take the table's width, so the $select column is narrow.
    await page
      .getByLabel('Attributes')
      .fill('personId=12&formId=3&contactId=44&projectId=9&saleId=100&ticketId=7');
    const names = ['EventType', 'Attributes', 'TableRight', 'FieldProperties'];
    await page.getByLabel('$select (optional)').fill(names.join(','));
    await page.getByRole('button', { name: 'Send event' }).click();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByRole('row')).toHaveCount(2);
    const cell = history.getByRole('row').nth(1).getByRole('cell').nth(3);
    await expect(cell).toHaveText(names.join(','));
    // How many lines each name is laid out on.
    const lines = await cell.evaluate((td, wanted) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const text = nodes.map((n) => n.data).join('');
      // A start in the node that holds the character (not the end of the one before it).
      const at = (offset: number, isEnd: boolean): [Text, number] => {
        for (const n of nodes) {
          if (offset < n.data.length || (isEnd && offset === n.data.length)) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('offset past the text');
      };
      return wanted.map((name) => {
        const start = text.indexOf(name);
        const range = document.createRange();
        range.setStart(...at(start, false));
        range.setEnd(...at(start + name.length, true));
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return `${name}: ${tops.size}`;
      });
    }, names);
    expect(lines).toEqual(names.map((name) => `${name}: 1`));
    // It did need more than one line: the names are split between them.
    expect((await cell.boundingBox())!.height).toBeGreaterThan(30);
  });

  test('after a sign-out, the next user in the same tab does not see the events the first one sent', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12&note=admin-only');
    const draft = () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.includes('draft./events'));
        return key ? { key, value: localStorage.getItem(key)! } : null;
      });
    await expect.poll(draft).not.toBeNull();
    const kept = (await draft())!;
    await page.getByRole('button', { name: 'Send event' }).click();
    const history = page.getByRole('table', { name: 'Events sent in this session' });
    await expect(history.getByText('personId=12&note=admin-only')).toBeVisible();
    // The page's own draft goes a moment after the send: signing out in that moment asked about
    // it (as unsaved changes kept on other pages). Put back, it stands for that moment.
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), kept);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('User name').fill('viewer');
    await page.getByLabel('Password').fill('viewer');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Events' })
      .click();
    await expect(page.getByText('No events sent yet.')).toBeVisible();
    await expect(page.getByText('personId=12&note=admin-only')).toHaveCount(0);
  });

  test('when the event type list cannot be loaded, the picker still offers the event types', async ({
    page,
  }) => {
    await openEventsFailing(page, 'admin', {
      on: 'MDOList/workfloweventtype',
      kind: 'error500',
      times: 20,
    });
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText('Contact updated');
    await sendFormSubmitted(page);
  });

  test('event defaults that come back malformed are named, with Try again that brings the form', async ({
    page,
  }) => {
    await openEventsFailing(page, 'admin', { on: 'CreateDefaultWorkflowEvent', kind: 'malformed' });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the event defaults' });
    await expect(alert).toContainText('The server sent data Flowdesk does not understand');
    await expect(alert).not.toContainText('Nothing was changed');
    await expect(page.getByRole('button', { name: 'Send event' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText('Contact updated');
    // Try again went with its banner: focus is on the form, not dropped on the page.
    await expect(page.getByRole('combobox', { name: 'Event type' })).toBeFocused();
    await expect(alert).toHaveCount(0);
  });

  test('event defaults answered 404 say in sentences what happened and what to do', async ({
    page,
  }) => {
    await openEventsFailing(page, 'admin', { on: 'CreateDefaultWorkflowEvent', kind: 'notFound' });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the event defaults' });
    await expect(alert).toContainText(
      'The server has no such record or address (404): Not found (sandbox fault). It may have been deleted, or the address is wrong. Reload to check. The form needs them',
    );
    await expect(alert).not.toContainText('Not found: Not found');
  });

  test('a send answered 404 says nothing was sent in sentences, and the event is kept', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await armFault(page.request, { on: 'SendEvent', kind: 'notFound' });
    await page.getByRole('button', { name: 'Send event' }).click();
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result).toContainText(
      'The server has no such record or address (404): Not found (sandbox fault), so nothing was saved; your edits are kept.',
    );
    await expect(result).not.toContainText('Not found: Not found');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText('Form submitted');
  });

  test('a malformed event type list is named, the standard types offered, and Try again loads it', async ({
    page,
  }) => {
    // The history table asks for the list too, and the form may ask again when it mounts: the
    // fault lasts until it is cleared below, however many requests there are.
    await openEventsFailing(page, 'admin', {
      on: 'MDOList/workfloweventtype',
      kind: 'malformed',
      times: 20,
    });
    const form = page.getByRole('form', { name: 'Workflow event' });
    const notice = form.getByRole('status').filter({ hasText: 'Could not load the event types' });
    await expect(notice).toContainText('Event type offers the standard types meanwhile');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText('Contact updated');
    await expectNoAxeViolations(page);
    await clearFaults(page.request);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Event type' })).toBeFocused();
    await sendFormSubmitted(page);
  });

  test('a viewer told the event types could not be loaded is not told it can still send', async ({
    page,
  }) => {
    await openEventsFailing(page, 'viewer', {
      on: 'MDOList/workfloweventtype',
      kind: 'malformed',
      times: 20,
    });
    const notice = page.getByRole('status').filter({ hasText: 'Could not load the event types' });
    await expect(notice).toContainText('Event type offers the standard types meanwhile.');
    await expect(notice).not.toContainText('you can still send');
  });

  test('a viewer’s Try again keeps focus on the page, not on <body> (Event type is read-only)', async ({
    page,
  }) => {
    await openEventsFailing(page, 'viewer', {
      on: 'MDOList/workfloweventtype',
      kind: 'malformed',
      times: 20,
    });
    const notice = page.getByRole('status').filter({ hasText: 'Could not load the event types' });
    await expect(notice).toBeVisible();
    await clearFaults(page.request);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('main')).toBeFocused();

    // The page again, its defaults failing once (the sign-in is kept).
    await armFault(page.request, { on: 'CreateDefaultWorkflowEvent', kind: 'malformed' });
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the event defaults' });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByLabel('Attributes')).toBeDisabled();
    await expect(page.getByRole('main')).toBeFocused();
  });

  for (const user of ['planner', 'viewer'] as const) {
    test(`${user} sees the console read-only, without Send`, async ({ page }) => {
      await signIn(page, user, '/events');
      await expect(page.getByText('Read-only:')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Send event' })).toHaveCount(0);
      await expect(page.getByLabel('Attributes')).toBeDisabled();
      // Not told to send an event it cannot send.
      await expect(
        page
          .getByRole('region', { name: 'Result' })
          .getByText('No result: your role may view the console but not send events.'),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('event console: leaving while an event is being sent', () => {
  /**
   * The sandbox holds the next SendEvent until `release` (with 'fail', it then answers it with a
   * 500 without sending it), so the page is left while the send is under way for sure.
   */
  async function holdNextSend(page: Page) {
    await armFault(page.request, { on: 'Workflow/SendEvent', kind: 'hold' });
    const sent = page.waitForRequest((request) =>
      new URL(request.url()).pathname.endsWith('/Workflow/SendEvent'),
    );
    const release = (how: 'send' | 'fail') =>
      releaseHeld(page.request, how === 'fail' ? 'error500' : 'asUsual');
    return { sent, release };
  }
  test.afterEach(async ({ request }) => clearFaults(request));
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
  const waiting = (page: Page) => page.getByRole('dialog', { name: 'Sending the event' });
  const lost = (page: Page) => page.getByRole('alertdialog', { name: 'Leave without saving?' });
  const history = (page: Page) => page.getByRole('table', { name: 'Events sent in this session' });

  test('the page waits for the answer and says so, then goes; Stay on this page keeps it', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=12&formId=3');
    const first = await holdNextSend(page);
    await page.getByRole('button', { name: 'Send event' }).click();
    await first.sent;
    await nav(page).getByRole('link', { name: 'Workflows' }).click();
    await expect(waiting(page)).toContainText(
      'The event is being sent. You will leave this page as soon as the server has answered; the result is kept in the history of events sent in this session.',
    );
    await expect(lost(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await first.release('send');
    await expect(page).toHaveURL(/\/workflows$/);
    await expect(lost(page)).toHaveCount(0);
    await nav(page).getByRole('link', { name: 'Events' }).click();
    await expect(history(page).getByRole('row')).toHaveCount(2);
    await expect(history(page)).toContainText('personId=12&formId=3');

    // The same event sent again (the form is as sent, nothing unsent in it) is waited for too;
    // Stay on this page keeps the console, which then shows the result.
    await sendFormSubmitted(page);
    const again = await holdNextSend(page);
    await page.getByRole('button', { name: 'Send event' }).click();
    await again.sent;
    await nav(page).getByRole('link', { name: 'Workflows' }).click();
    await waiting(page).getByRole('button', { name: 'Stay on this page' }).click();
    await expect(waiting(page)).toBeHidden();
    await again.release('send');
    await expect(history(page).getByRole('row')).toHaveCount(4);
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole('button', { name: 'Send event' })).toBeEnabled();
  });

  test('a send that fails meanwhile asks before leaving, and Stay shows why', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    await sendFormSubmitted(page);
    const held = await holdNextSend(page);
    await page.getByRole('button', { name: 'Send event' }).click();
    await held.sent;
    await nav(page).getByRole('link', { name: 'Workflows' }).click();
    await expect(waiting(page)).toBeVisible();
    await held.release('fail');
    // A 500, which may come after the event was recorded: the dialog does not call it unsent.
    const failed = page.getByRole('alertdialog', {
      name: 'The event may or may not have been recorded',
    });
    await expect(failed).toContainText(
      'Sending the event failed, and it may or may not have been recorded: this page says why and how to check. If you leave now, it is not sent again.',
    );
    await expectNoAxeViolations(page);
    await failed.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(failed).toBeHidden();
    await expect(page).toHaveURL(/\/events$/);
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'The server failed: the event may have been recorded' }),
    ).toContainText('The server failed while handling the event (500)');

    // Leaving then goes at once: the form holds nothing unsent.
    await nav(page).getByRole('link', { name: 'Workflows' }).click();
    await expect(page).toHaveURL(/\/workflows$/);
  });
});
