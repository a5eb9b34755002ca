import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 14: what the call desk shows, the order form, order edits, planning and imports enforce —
// one policy over blocklist entries and the shop's rules.

let t: TestCore;
afterEach(() => t?.close());

async function shop() {
  t = makeCore();
  const { user } = await setupOwner(t);
  const driver = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    costPerDelivery: 35_000,
  });
  return { ownerId: user!.id, driver };
}

function draft(
  customerId: number,
  extra: Partial<ChannelInput<'orders.create'>> = {},
): ChannelInput<'orders.create'> {
  return {
    number: '',
    customerId,
    items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
    deliveryFee: 0,
    paymentMethod: 'card_online',
    deliveryMethod: 'own_courier',
    address: 'ул. Мира, д. 7',
    ...extra,
  };
}

/** A customer who refused three parcels at the door: buyout 0% over 3 settled orders. */
async function partialBuyer(driverId: number) {
  const { id } = await t.ok('customers.create', { name: 'Vera', phones: [{ raw: '+7 916 700 00 01' }] });
  for (let i = 0; i < 3; i++) {
    const { order } = await t.ok(
      'orders.create',
      draft(id, { deliveryDate: '2026-11-23', courierId: driverId, paymentMethod: 'cash_on_delivery' }),
    );
    const out = await t.ok('orders.setStatus', {
      id: order.id,
      status: 'out_for_delivery',
      expectedUpdatedAt: order.updatedAt,
    });
    await t.ok('orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: out.updatedAt,
      outcome: 'refused',
      attemptedOn: '2026-11-23',
    });
  }
  return id;
}

const errorOf = async <C extends Parameters<TestCore['call']>[0]>(channel: C, input: ChannelInput<C>) => {
  const result = await t.call(channel, input);
  return result.ok ? 'ok' : result.error.code;
};

describe('the buyout rule refuses payment at the door like a prepayment-only entry', () => {
  it('refuses cash on delivery for operator and owner alike, accepts prepayment, and the owner can override', async () => {
    const { driver } = await shop();
    const customerId = await partialBuyer(driver.id);
    const card = await t.ok('customers.card', { id: customerId });
    expect(card.verdict).toBe('prepayment');

    expect(await errorOf('orders.create', draft(customerId, { paymentMethod: 'cash_on_delivery' }))).toBe(
      'BLOCKED_BY_POLICY',
    );
    expect(await errorOf('orders.create', draft(customerId, { paymentMethod: 'card_on_delivery' }))).toBe(
      'BLOCKED_BY_POLICY',
    );
    expect(await errorOf('orders.create', draft(customerId, { paymentMethod: 'card_online' }))).toBe('ok');

    const check = await t.ok('orders.check', {
      customerId,
      total: 900_000,
      paymentMethod: 'cash_on_delivery',
      paymentStatus: 'unpaid',
    });
    expect(check.violations.map((v) => [v.key, v.level, v.accepted])).toEqual([
      ['low_buyout', 'prepayment', false],
    ]);
    expect(check.violations[0]!.signal.facts).toMatchObject({ buyoutRatePercent: 0, minimumPercent: 60 });

    const operator = await signInAsOperator(t);
    expect(await errorOf('orders.create', draft(customerId, { paymentMethod: 'cash_on_delivery' }))).toBe(
      'BLOCKED_BY_POLICY',
    );
    expect(
      await errorOf(
        'orders.create',
        draft(customerId, { paymentMethod: 'cash_on_delivery', overrideReason: 'ok' }),
      ),
    ).toBe('FORBIDDEN');
    expect(operator.id).toBeGreaterThan(0);
  });
});

describe("the owner's override is visible on the order and stays for later edits", () => {
  it('shows who accepted it and why; the operator may then move the date but not add a new refusal', async () => {
    const { driver, ownerId } = await shop();
    const customerId = await partialBuyer(driver.id);
    const { order } = await t.ok(
      'orders.create',
      draft(customerId, { paymentMethod: 'cash_on_delivery', overrideReason: 'Paid half in the shop' }),
    );
    const got = await t.ok('orders.get', { id: order.id });
    expect(got.order.override).toEqual({
      reason: 'Paid half in the shop',
      by: OWNER.ownerName,
      at: t.clock.now,
    });
    expect(ownerId).toBeGreaterThan(0);

    await signInAsOperator(t);
    const check = await t.ok('orders.check', {
      customerId,
      orderId: order.id,
      total: order.total,
      paymentMethod: 'cash_on_delivery',
      paymentStatus: 'unpaid',
    });
    expect(check.violations.map((v) => v.accepted)).toEqual([true]);
    expect(check.override?.reason).toBe('Paid half in the shop');

    t.clock.now += 60_000;
    const edited = await t.ok('orders.update', {
      ...draft(customerId, { paymentMethod: 'cash_on_delivery', deliveryDate: '2026-11-25' }),
      number: order.number,
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
    });
    expect(edited.order.deliveryDate).toBe('2026-11-25');
    expect(edited.order.override?.by).toBe(OWNER.ownerName);

    // A block added afterwards is new: the owner's earlier decision did not cover it.
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: '+7 916 700 00 01',
      action: 'block',
      reason: 'Threats',
    });
    t.clock.now += 60_000;
    expect(
      await errorOf('orders.update', {
        ...draft(customerId, { paymentMethod: 'cash_on_delivery', deliveryDate: '2026-11-26' }),
        id: order.id,
        expectedUpdatedAt: edited.order.updatedAt,
      }),
    ).toBe('BLOCKED_BY_POLICY');
  });

  it('refuses to plan an order whose customer was blocked after it was taken', async () => {
    const { driver } = await shop();
    const { id: customerId } = await t.ok('customers.create', {
      name: 'Arkady',
      phones: [{ raw: '89161112233' }],
    });
    const { order } = await t.ok('orders.create', draft(customerId, { paymentMethod: 'cash_on_delivery' }));
    await t.ok('blocklist.add', { kind: 'phone', value: '89161112233', action: 'block', reason: 'COD scam' });
    expect(
      await errorOf('plan.move', {
        orders: [{ id: order.id, updatedAt: order.updatedAt }],
        date: '2026-11-24',
        courierId: driver.id,
      }),
    ).toBe('BLOCKED_BY_POLICY');
    expect(
      await errorOf('orders.setStatus', {
        id: order.id,
        status: 'confirmed',
        expectedUpdatedAt: order.updatedAt,
      }),
    ).toBe('BLOCKED_BY_POLICY');
    expect((await t.ok('orders.get', { id: order.id })).order.status).toBe('new');
  });
});

describe('order numbers', () => {
  it('gives the next number of the shop sequence when none is typed, skipping numbers in use', async () => {
    await shop();
    const { id } = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
    const check = () =>
      t.ok('orders.check', { customerId: id, total: 1, paymentMethod: 'card_online', paymentStatus: 'paid' });
    expect((await check()).nextNumber).toBe('SD-000001');
    const first = await t.ok('orders.create', draft(id));
    expect(first.order.number).toBe('SD-000001');
    await t.ok('orders.create', draft(id, { number: 'SD-000002' }));
    expect((await check()).nextNumber).toBe('SD-000003');
    expect((await t.ok('orders.create', draft(id))).order.number).toBe('SD-000003');

    // A refused order gives its number back.
    await t.ok('blocklist.add', { kind: 'phone', value: '+7 916 555 44 33', action: 'block', reason: 'x' });
    expect(await errorOf('orders.create', draft(id))).toBe('BLOCKED_BY_POLICY');
    expect((await check()).nextNumber).toBe('SD-000004');

    await t.ok('settings.update', { orderNumbers: { prefix: 'LN-', digits: 4 } });
    expect((await check()).nextNumber).toBe('LN-0001');
  });

  it('starts after the highest number already used with the prefix', async () => {
    await shop();
    const { id } = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
    await t.ok('orders.create', draft(id, { number: 'SD-000977' }));
    await t.ok('orders.create', draft(id, { number: 'SD-12-A' }));
    expect((await t.ok('orders.create', draft(id))).order.number).toBe('SD-000978');
  });
});

describe('a cheque is held until it clears', () => {
  it('computes the clearance date and refuses to plan or hand over the order until it is paid', async () => {
    const { driver } = await shop();
    const { id } = await t.ok('customers.create', {
      name: 'Mr Pleasant',
      phones: [{ raw: '+7 916 555 44 33' }],
    });
    const cheque = { paymentMethod: 'cheque', paymentStatus: 'pending_clearance' } as const;
    const refused = await t.call(
      'orders.create',
      draft(id, { ...cheque, chequeReceivedOn: '2026-11-23', deliveryDate: '2026-11-24' }),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.issues?.[0]?.path).toBe('deliveryDate');
      expect(refused.error.message).toContain('2026-11-28');
    }

    const { order } = await t.ok('orders.create', draft(id, { ...cheque, chequeReceivedOn: '2026-11-23' }));
    expect(order.cheque).toEqual({ receivedOn: '2026-11-23', clearsOn: '2026-11-28' });
    const move = (o: { id: number; updatedAt: number }) =>
      errorOf('plan.move', {
        orders: [{ id: o.id, updatedAt: o.updatedAt }],
        date: '2026-11-24',
        courierId: driver.id,
      });
    expect(await move(order)).toBe('CONFLICT');
    expect(
      await errorOf('orders.setStatus', {
        id: order.id,
        status: 'scheduled',
        expectedUpdatedAt: order.updatedAt,
      }),
    ).toBe('CONFLICT');

    t.clock.now += 5 * 86_400_000;
    const cleared = await t.ok('orders.update', {
      ...draft(id, { paymentMethod: 'cheque', paymentStatus: 'paid' }),
      number: order.number,
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
    });
    expect(cleared.order.cheque).toBeNull();
    expect(cleared.order.paymentStatus).toBe('paid');
    expect(await move(cleared.order)).toBe('ok');
  });
});

describe('the plan never calls unpaid money paid', () => {
  it('says what to collect, that it is paid, or that an unpaid prepayment must not be handed over', async () => {
    const { driver } = await shop();
    const { id } = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
    const planned = { deliveryDate: '2026-11-24', courierId: driver.id } as const;
    await t.ok('orders.create', draft(id, { ...planned, number: 'COD', paymentMethod: 'cash_on_delivery' }));
    await t.ok('orders.create', draft(id, { ...planned, number: 'CARD', paymentStatus: 'paid' }));
    await t.ok('orders.create', draft(id, { ...planned, number: 'BANK', paymentMethod: 'bank_transfer' }));
    const plan = await t.ok('plan.day', { date: '2026-11-24' });
    const doors = Object.fromEntries(plan.couriers.flatMap((c) => c.stops).map((s) => [s.number, s.door]));
    expect(doors).toEqual({
      COD: { kind: 'collect', amount: 900_000 },
      CARD: { kind: 'paid' },
      BANK: { kind: 'hold', reason: 'not_paid' },
    });
  });
});
