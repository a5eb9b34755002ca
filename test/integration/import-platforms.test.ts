import { afterAll, afterEach, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';
import { csv, upload } from '../support/import-files';

// Issue 17: a recognised platform export (Shopify) is named and set up by itself at inspection.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const HEADER = [
  'Name',
  'Email',
  'Financial Status',
  'Fulfillment Status',
  'Total',
  'Shipping',
  'Created at',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
  'Shipping Name',
  'Payment Method',
  'Phone',
];

it('names a Shopify orders export and offers its complete setup', async () => {
  t = makeCore();
  await setupOwner(t);
  const row = [
    '#1001',
    'a@b.c',
    'paid',
    'fulfilled',
    '10.00',
    '0.00',
    '2026-11-21 10:30:00 +0300',
    '1',
    'Mug',
    '10.00',
    'Ann Lee',
    'Shopify Payments',
    '+79161234567',
  ];
  const file = await upload(t, 'orders_export.csv', Buffer.from(csv([HEADER, row], ',')));
  expect(file.platform).toMatchObject({
    id: 'shopify',
    setup: {
      target: 'orders',
      mapping: {
        number: 0,
        customerEmail: 1,
        paymentStatus: 2,
        total: 4,
        orderedOn: 6,
        quantity: 7,
        itemTitle: 8,
        unitPrice: 9,
        customerName: 10,
        paymentMethod: 11,
        customerPhone: 12,
      },
    },
  });
  expect(file.platform!.setup.valueMaps.paymentMethod).toMatchObject({ 'Shopify Payments': 'card_online' });
});
