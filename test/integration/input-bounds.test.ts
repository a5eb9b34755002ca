import { afterEach, describe, expect, it } from 'vitest';
import { MAX_AMOUNT } from '../../shared/contract/money';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 18.9: an amount or a name a person could type by mistake (or a hostile file could carry)
// is refused with a message that says what to fix, and never reaches a report as INTERNAL.

let t: TestCore;
afterEach(() => t.close());

async function shopWithOrder() {
  t = makeCore();
  await setupOwner(t);
  const customer = await t.ok('customers.create', {
    name: 'Irina Kuznetsova',
    phones: [{ raw: '+79161234567' }],
  });
  const order = await t.ok('orders.create', {
    customerId: customer.id,
    items: [{ title: 'Linen sheet', quantity: 1, unitPrice: 450_000 }],
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
  });
  return { customer, order };
}

describe('amounts have a sane maximum', () => {
  it('refuses a refund of 2^53 on an incident, and the incident and its list still answer', async () => {
    const { customer, order } = await shopWithOrder();
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'damaged',
      customerId: customer.id,
      orderId: order.order.id,
    });
    const refused = await t.call('incidents.addCost', {
      incidentId: incident.id,
      kind: 'refund',
      amount: 2 ** 53,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!refused.ok) expect(refused.error.issues?.[0]?.message).toBe('At most 10,000,000 in one amount');
    const atMost = await t.call('incidents.addCost', {
      incidentId: incident.id,
      kind: 'refund',
      amount: MAX_AMOUNT,
    });
    expect(atMost.ok).toBe(true);
    expect((await t.call('incidents.get', { id: incident.id })).ok).toBe(true);
    expect((await t.call('incidents.list', {})).ok).toBe(true);
  });

  it('refuses an order whose sum is above the maximum though each price is within it', async () => {
    const { customer } = await shopWithOrder();
    const refused = await t.call('orders.create', {
      customerId: customer.id,
      items: [{ title: 'Sofa', quantity: 2, unitPrice: MAX_AMOUNT }],
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'own_courier',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!refused.ok)
      expect(refused.error.issues).toContainEqual({
        path: 'items',
        message: 'At most 10,000,000 in one amount',
      });
  });

  it('refuses an unit price, a delivery fee, a courier cost and a cash handover above it', async () => {
    const { customer } = await shopWithOrder();
    const tooMuch = MAX_AMOUNT + 1;
    const order = await t.call('orders.create', {
      customerId: customer.id,
      items: [{ title: 'Sofa', quantity: 1, unitPrice: tooMuch }],
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'own_courier',
    });
    expect(order).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const courier = await t.call('couriers.create', {
      name: 'Sergei',
      kind: 'own_driver',
      phone: null,
      capacity: null,
      costPerDelivery: tooMuch,
      note: '',
    });
    expect(courier).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('names refuse control characters', () => {
  it('refuses a customer name of only control characters with a message, not INTERNAL', async () => {
    await shopWithOrder();
    const refused = await t.call('customers.create', {
      name: '\u0001\u0002\u0007',
      phones: [{ raw: '+79160000001' }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const mixed = await t.call('customers.create', {
      name: 'Anna\u0000 Petrova',
      phones: [{ raw: '+79160000002' }],
    });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses control characters in a courier, a staff member and the shop name', async () => {
    await shopWithOrder();
    const courier = await t.call('couriers.create', {
      name: '\u0008',
      kind: 'own_driver',
      phone: null,
      capacity: null,
      costPerDelivery: 0,
      note: '',
    });
    expect(courier).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('staff.createOperator', { name: 'Oleg\u001b[31m' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
