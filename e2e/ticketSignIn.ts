import { expect, type Page } from '@playwright/test';
import type { DemoUser } from './fixtures.ts';

/**
 * Signs in to Flowdesk with a SoTicket, as a user whose ticket came from elsewhere does: Flowdesk
 * then has no password to sign in to the API platform with, so Definitions asks for one. The
 * ticket is the sandbox's, for `user` (whose password is their name).
 */
export async function signInWithTicket(page: Page, user: DemoUser): Promise<void> {
  const login = await page.request.post('/api/sandbox/login', {
    data: { UserName: user, Password: user },
  });
  expect(login.ok(), `sandbox ticket for ${user}: ${await login.text()}`).toBe(true);
  const { Ticket } = (await login.json()) as { Ticket: string };
  await page.goto('/sign-in?show=connection');
  await page.getByRole('combobox', { name: 'Authentication' }).click();
  await page.getByRole('option', { name: 'SoTicket' }).click();
  await page.getByLabel('Ticket').fill(Ticket);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}
