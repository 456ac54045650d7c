import { expect, test } from '@playwright/test';

const TENANT = 'https://tenant.example.test/Cust12345';

test.describe('Definitions with the API base URL on another origin', () => {
  test('sends nothing to the tenant and says the platform cannot be reached from here', async ({
    page,
    baseURL,
  }) => {
    // A SuperOffice tenant reached with CORS: /api/v1 answers (from the sandbox), anything else 404.
    const sentElsewhere: string[] = [];
    await page.route('https://tenant.example.test/**', async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      const cors = {
        'Access-Control-Allow-Origin': baseURL ?? '',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': '*, Authorization',
        'Access-Control-Allow-Methods': 'GET,POST,DELETE',
      };
      if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      const rest = url.pathname.replace(/^\/Cust12345/, '');
      if (!rest.startsWith('/api/v1/')) {
        sentElsewhere.push(`${req.method()} ${url.pathname}`);
        return route.fulfill({
          status: 404,
          headers: { ...cors, 'Content-Type': 'application/json' },
          body: JSON.stringify({ Error: true, ErrorType: 'NotFound', ErrorMessage: 'Not found' }),
        });
      }
      const res = await route.fetch({ url: `${baseURL}${rest}${url.search}` });
      const headers: Record<string, string> = { ...res.headers(), ...cors };
      delete headers['set-cookie'];
      return route.fulfill({ status: res.status(), headers, body: await res.body() });
    });

    await page.goto('/sign-in?show=connection');
    await page.getByLabel('API base URL').fill(`${TENANT}/`);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible({ timeout: 20_000 });
    await nav.getByRole('link', { name: 'Definitions' }).click();

    await expect(
      page.getByText('The API platform cannot be reached from here', { exact: false }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(
      page.getByText(/Flowdesk is connected straight to tenant\.example\.test/),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(sentElsewhere).toEqual([]);
  });
});
