import { expect, navigation, notification, setUpShop, shot, test } from './fixtures';
import { invoke, switchUser, verdict } from './shop';

// Issue 14, point 5: suggestions are one click, and the customers who crossed a threshold are
// listed with their answers — as the operator, whom core allows both (blocklist.add,
// customers.update).

test('needs a decision: empty says so; then the demo’s customers, answered in one click by the operator', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('radiogroup', { name: 'Which customers' }).getByText('Needs a decision').click();
  await expect(page.getByTestId('attention-empty')).toHaveText(
    'No customer has crossed a rule’s threshold — or every one of them has been decided on.',
  );

  await invoke(page, 'demo.load', {});
  await invoke(page, 'staff.createOperator', { name: 'Oleg Operator' });
  await switchUser(page, 'Oleg Operator');
  const { rows } = await invoke(page, 'customers.attention', { limit: 200 });
  const refused = rows.find(
    (r) =>
      r.phone &&
      r.signals.some((s) => s.rule === 'refused_parcels') &&
      !r.signals.some((s) => s.rule === 'low_buyout'),
  )!;
  const signal = refused.signals.find((s) => s.rule === 'refused_parcels')!;
  const faulty = rows.find(
    (r) => r.id !== refused.id && r.signals.some((s) => s.rule === 'customer_fault_incidents'),
  )!;

  // On the customer's page, the suggestion is a button in the verdict's reasons.
  await page.goto(page.url().replace(/#.*$/, '') + `#/customers/${refused.id}`);
  await expect(verdict(page).getByRole('button', { name: 'Add prepayment-only entry' })).toBeVisible();
  await shot(page, 'suggestion-customer-page');

  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('radiogroup', { name: 'Which customers' }).getByText('Needs a decision').click();
  const list = page.getByTestId('attention-list');
  await expect(page.getByTestId('attention-total')).toHaveText(`Customers: ${rows.length}`);
  await shot(page, 'attention-list');

  const refusedRow = list.locator(`[data-customer-id="${refused.id}"]`);
  await refusedRow.getByRole('button', { name: 'Add prepayment-only entry' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Reason')).toHaveValue(
    `Refused or did not collect ${signal.facts.refused} parcels (threshold ${signal.facts.threshold})`,
  );
  await expect(dialog.getByRole('radio', { name: 'Prepayment only' })).toBeChecked();
  await shot(page, 'attention-prepayment-dialog');
  await dialog.getByRole('button', { name: 'Add to blocklist' }).click();
  await expect(dialog).toBeHidden();
  await expect(refusedRow.getByRole('button', { name: 'Add prepayment-only entry' })).toHaveCount(0);

  const faultyRow = list.locator(`[data-customer-id="${faulty.id}"]`);
  await faultyRow.getByRole('button', { name: 'Mark as doubtful' }).click();
  const toast = notification(page, 'is marked “Doubtful”');
  await expect(toast).toBeVisible();
  await shot(page, 'attention-marked-doubtful');
  await expect(faultyRow.getByRole('button', { name: 'Mark as doubtful' })).toHaveCount(0);
  // Undo gives the suggestion back.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(faultyRow.getByRole('button', { name: 'Mark as doubtful' })).toBeVisible();
  expect((await invoke(page, 'customers.card', { id: faulty.id })).customer.doubtful).toBe(false);
});
