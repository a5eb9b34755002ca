import { expect, navigation, notification, setUpShop, shot, test } from './fixtures';
import { invoke } from './shop';

// An operator halfway through taking an order presses F2 for the next caller: the app asks
// before the draft is thrown away, and the same question guards the sidebar, the palette, the
// Back link and the customer's form.
test('leaving a half-filled order asks first; Stay keeps the text, Leave goes', async ({ page }) => {
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('link', { name: 'New order' }).click();
  const form = page.getByRole('form', { name: 'New order' });
  await form.getByLabel('Item 1: title').fill('Down pillow');
  await expect(page.locator('body')).toHaveAttribute('data-unsaved', 'order');

  await page.keyboard.press('F2');
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toContainText('Your changes to this order will be lost.');
  await shot(page, 'unsaved-order-f2');
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(ask).toBeHidden();
  await expect(form.getByLabel('Item 1: title')).toHaveValue('Down pillow');

  // The sidebar and the command palette ask the same.
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await ask.getByRole('button', { name: 'Stay' }).click();
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('textbox', { name: 'Search screens and actions…' }).fill('Incidents');
  await page.getByRole('button', { name: 'Incidents' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(form.getByLabel('Item 1: title')).toHaveValue('Down pillow');

  // Closing or reloading the window asks too (the browser's own question).
  const unload = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await unload;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  await expect(form.getByLabel('Item 1: title')).toHaveValue('Down pillow');

  await page.keyboard.press('F2');
  await ask.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('combobox', { name: 'Find the caller' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Call desk' })).toBeVisible();
});

test('the customer form asks before its edits are left, and not after they are saved', async ({ page }) => {
  await setUpShop(page);
  const { id } = await invoke(page, 'customers.create', { name: 'Irina Sokolova' });
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'Irina' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${id}$`));
  const form = page.getByRole('form', { name: 'Customer details' });
  await form.getByLabel('Name', { exact: true }).fill('Irina V. Sokolova');
  await expect(page.locator('body')).toHaveAttribute('data-unsaved', 'customer');

  await page.getByRole('link', { name: 'All customers' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toContainText('Your changes to this customer will be lost.');
  await ask.getByRole('button', { name: 'Stay' }).click();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(notification(page, 'Customer saved.')).toBeVisible();

  await page.getByRole('link', { name: 'All customers' }).click();
  await expect(page.getByTestId('customers-total')).toHaveText('Customers: 1');
  await expect(ask).toBeHidden();
});
