import { expect, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, DAY } from './day';
import { pdfPages } from './pdf';
import { invoke } from './shop';

const STOPS = 17;

test('the route sheet PDF: unit prices and kept / received blanks per stop, the courier and page numbers on every page, 8+ stops a page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpShop(page);
  const courier = await addCourier(page, { name: 'Ivan Driver', kind: 'own_driver', costPerDelivery: 30000 });
  for (let n = 1; n <= STOPS; n += 1) {
    const customerId = await addCustomer(page, {
      name: `Customer ${n}`,
      phones: [{ raw: `+7 916 300-00-${String(n).padStart(2, '0')}` }],
    });
    // A typical stop: two lines of goods.
    await addOrder(page, {
      number: `S-${n}`,
      customerId,
      courierId: courier.id,
      address: `Lenina ${n}, apt ${n + 10}`,
      window: { from: '11:00', to: '14:00' },
      items: [
        { title: 'Cotton towel', quantity: 2, unitPrice: 120000 },
        { title: 'Bed sheet', quantity: 1, unitPrice: 190000 },
      ],
    });
  }

  await page.goto(`${page.url().split('#')[0]}#/print/route-sheet/${courier.id}/${DAY}`);
  const sheet = page.getByTestId('route-sheet');
  await expect(sheet.getByTestId('sheet-stop')).toHaveCount(STOPS);
  const first = sheet.getByTestId('sheet-stop').first();
  await expect(first.getByRole('row', { name: /Cotton towel/ })).toContainText('2 × RUB 1,200 = RUB 2,400');
  await expect(first).toContainText('Kept for (sum):');
  await expect(first).toContainText('Received:');
  await shot(page, 'route-sheet-dense');

  const { path } = await invoke(page, 'print.routeSheet', { courierId: courier.id, date: DAY });
  const pages = await pdfPages(path);
  if (process.env.SHOPDESK_SHOTS_DIR) {
    const { copyFileSync } = await import('node:fs');
    copyFileSync(path, `${process.env.SHOPDESK_SHOTS_DIR}/route-sheet-dense.pdf`);
  }
  // 17 stops on 2 A4 pages: 8 under the sheet's header, 9 on the next (it was 5 a page).
  expect(pages).toHaveLength(2);
  pages.forEach((text, i) => {
    expect(text).toContain('Ivan Driver');
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  const all = pages.join(' ');
  for (let n = 1; n <= STOPS; n += 1) expect(all).toContain(`S-${n} `);
  expect(all).toContain('Cotton towel 2 × RUB 1,200 = RUB 2,400');
  expect(all).toContain('Bed sheet 1 × RUB 1,900 = RUB 1,900');
  expect(all).toContain('Kept for (sum):');
});
