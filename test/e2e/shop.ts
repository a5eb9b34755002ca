import type { Page } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { expect, statusBar } from './fixtures';

// Preparation through the same bridge the renderer uses, for state that is not what a test is
// about (the thing under test is always done through the UI).

export async function invoke<C extends ChannelName>(
  page: Page,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await page.evaluate(([name, body]) => window.shopdesk!.invoke(name, body), [
    channel,
    input,
  ] as const);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.data as ChannelOutput<C>;
}

/** Switches to another person through the status bar (the shell forgets the last one's screens). */
export async function switchUser(page: Page, name: string, pin?: string): Promise<void> {
  await statusBar(page).getByRole('button', { name: 'Switch user' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  if (pin) await page.getByLabel(`PIN for ${name}`).fill(pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(statusBar(page).getByText(name, { exact: true })).toBeVisible();
}

/** The call desk's search field, wherever the app is: Ctrl+K brings it. */
export async function callDeskSearch(page: Page) {
  await page.keyboard.press('Control+k');
  const field = page.getByRole('combobox', { name: 'Find the caller' });
  await expect(field).toBeFocused();
  return field;
}

export function verdict(page: Page) {
  return page.getByRole('region', { name: 'Verdict' });
}
