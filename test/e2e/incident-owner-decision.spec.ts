import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { addCustomer } from './day';
import { invoke, switchUser } from './shop';

// Issue 16, point 4: an incident the owner closed is hers; the operator sees who decided and
// cannot overturn it from the decision panel (main refuses it as well).

test('an operator sees the owner’s closing of an incident and cannot change its decision', async ({
  page,
}) => {
  await setUpShop(page);
  const customer = await addCustomer(page, { name: 'Irina Loyal', phones: [{ raw: '+7 916 555 44 33' }] });
  const created = await invoke(page, 'incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    customerId: customer,
  });
  await invoke(page, 'incidents.update', {
    id: created.incident.id,
    expectedUpdatedAt: created.incident.updatedAt,
    status: 'resolved',
    resolution: 'remake',
    fault: 'customer',
  });
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');

  await navigation(page).getByRole('link', { name: 'Incidents' }).click();
  await page.getByRole('row', { name: /Irina Loyal/ }).click();
  const decision = page.getByRole('form', { name: 'Decision' });
  await expect(decision.getByTestId('owner-decision')).toContainText(
    'Anna Petrova (owner) closed this incident',
  );
  await expect(decision.getByRole('combobox', { name: 'Fault' })).toBeDisabled();
  await expect(decision.getByRole('button', { name: 'Save' })).toBeDisabled();
  await shot(page, 'incident-owner-decision');
});
