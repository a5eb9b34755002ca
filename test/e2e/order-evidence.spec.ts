import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { addCustomer, addOrder, DAY } from './day';
import { expect, navigation, OWNER, setUpShop, shot, test } from './fixtures';
import { png } from './png';
import { invoke } from './shop';

// Issue 16, point 9 (scenario 18): the shop photographs a doubtful customer's parcel before
// shipping. The photo is kept with the order, its SHA-256 shown and copyable to cite to a
// carrier, and the incident logged later for that order shows it.

const openOrder = (page: Page, id: number) =>
  page.evaluate((to) => (window.location.hash = `#/orders/${to}`), id);
const openIncident = (page: Page, id: number) =>
  page.evaluate((to) => (window.location.hash = `#/incidents/${to}`), id);

test('evidence on an order: added before any complaint, listed with its hash (copied in full), opened, and shown on the incident logged later', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await setUpShop(page);
  const irina = await addCustomer(page, { name: 'Irina Sokolova', phones: [{ raw: '+7 903 444-55-66' }] });
  const order = await addOrder(page, {
    number: 'W-18',
    customerId: irina,
    deliveryDate: DAY,
    parcelWeightG: 5_200,
    items: [{ title: 'Handkerchief, dozen', quantity: 4, unitPrice: 120000 }],
  });

  await openOrder(page, order.id);
  const section = page.getByRole('region', { name: 'Evidence' });
  await expect(section.getByText('No files yet.')).toBeVisible();
  const photo = png(4, 3);
  const sha256 = createHash('sha256').update(photo).digest('hex');
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles({ name: 'parcel-5.2kg.png', mimeType: 'image/png', buffer: photo });
  const item = section.getByTestId('evidence-item').filter({ hasText: 'parcel-5.2kg.png' });
  await expect(item).toContainText(OWNER.ownerName);
  await expect(item.getByTestId('evidence-thumbnail')).toHaveJSProperty('naturalWidth', 4);
  const hash = item.getByTestId('evidence-hash');
  await expect(hash).toContainText(`SHA-256 ${sha256.slice(0, 8)}…${sha256.slice(-8)}`);
  await hash.getByRole('button', { name: 'Copy the full SHA-256 hash' }).click();
  await expect(page.getByText('Hash copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sha256);
  await shot(page, 'order-evidence');

  await item.getByRole('button', { name: 'Open parcel-5.2kg.png' }).last().click();
  const preview = page.getByRole('dialog', { name: 'parcel-5.2kg.png' });
  await expect(preview.getByTestId('evidence-preview')).toHaveJSProperty('naturalHeight', 3);
  await preview.getByRole('button', { name: 'Close' }).click();

  // The complaint comes: the incident shows the order's photo, with its hash; removing it is
  // done on the order, where it belongs.
  const { incident } = await invoke(page, 'incidents.create', {
    cause: 'claimed_missing_items',
    channel: 'phone',
    orderId: order.id,
    customerSays: 'I ordered 4 dozen, 3 came.',
  });
  await openIncident(page, incident.id);
  // Calling her back: the incident page shows what the shop offers for the cause (issue 16.10).
  await expect(page.getByTestId('response-script')).toContainText('Claimed missing items');
  await expect(page.getByTestId('response-script-text')).not.toBeEmpty();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByText('No files yet.')).toBeVisible();
  const fromOrder = evidence.getByRole('list', { name: 'Kept with order W-18' });
  const kept = fromOrder.getByTestId('evidence-item');
  await expect(kept).toHaveCount(1);
  await expect(kept.getByTestId('evidence-hash')).toHaveAttribute('data-sha256', sha256);
  await expect(kept.getByTestId('evidence-thumbnail')).toHaveJSProperty('naturalWidth', 4);
  await expect(kept.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await fromOrder.scrollIntoViewIfNeeded();
  await shot(page, 'incident-order-evidence');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await openOrder(page, order.id);
  const ruSection = page.getByRole('region', { name: 'Доказательства' });
  await expect(ruSection.getByTestId('evidence-hash')).toContainText('SHA-256');
  await ruSection.scrollIntoViewIfNeeded();
  await shot(page, 'ru-order-evidence');
  await openIncident(page, incident.id);
  const ruFromOrder = page.getByRole('list', { name: 'Приложено к заказу W-18' });
  await expect(ruFromOrder).toBeVisible();
  await ruFromOrder.scrollIntoViewIfNeeded();
  await shot(page, 'ru-incident-order-evidence');
});
