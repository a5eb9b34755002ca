import { expect, navigation, setUpShop, test } from './fixtures';
import { invoke } from './shop';

// Issue 16, point 3: the register's filters never drop input. A search typed the moment the
// screen opens, then two filters set at once, all reach the list and its totals.

test('typed fast on opening, the register’s search and filters all apply; the totals are the filtered ones', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'demo.load', {});
  const everything = await invoke(page, 'incidents.list', { search: '', offset: 0, limit: 1 });
  // The newest incident's customer and status: at least that one matches, whatever the demo holds.
  const first = everything.rows[0]!;
  const name = first.customerName!.split(' ')[0]!;
  const expected = await invoke(page, 'incidents.list', {
    search: name,
    statuses: [first.status],
    offset: 0,
    limit: 1,
  });
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan(everything.total);

  await navigation(page).getByRole('link', { name: 'Incidents' }).click();
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.pressSequentially(name);
  await page.getByRole('combobox', { name: 'Status' }).click();
  const label = { open: 'Open', waiting: 'Waiting', resolved: 'Resolved', rejected: 'Rejected' }[
    first.status
  ];
  await page.getByRole('option', { name: label, exact: true }).click();
  await page.keyboard.press('Escape');

  await expect(search).toHaveValue(name);
  await expect(page.getByTestId('incidents-total')).toHaveText(`Incidents: ${expected.total}`);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(name)}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`[?&]status=${first.status}(&|$)`));

  // Back from an incident restores the filtered register from the address.
  await page
    .getByRole('row', { name: new RegExp(name) })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/incidents\/\d+$/);
  await page.goBack();
  await expect(search).toHaveValue(name);
  await expect(page.getByTestId('incidents-total')).toHaveText(`Incidents: ${expected.total}`);
});
