import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { callAllowedNow } from '../../electron/core/risk/call-hours';
import {
  chequePayment,
  codNewCustomer,
  customerFaultIncidents,
  evaluateRisk,
  highValue,
  lowBuyout,
  refusedParcels,
  verdictOf,
  type CustomerFacts,
} from '../../electron/core/risk/rules';

const risk = DEFAULT_SETTINGS.risk;
const newcomer: CustomerFacts = {
  deliveredOrders: 0,
  settledOrders: 0,
  buyoutRatePercent: null,
  refusedOrUnclaimed: 0,
  customerFaultIncidents12m: 0,
  allIncidents12m: 0,
  orders12m: 0,
  hasVerifiedLandline: false,
  doubtful: false,
};

describe('cash on delivery from a new customer (SCENARIOS 1)', () => {
  const limit = risk.codNewCustomerLimit;
  it('fires just above the limit, not at it', () => {
    expect(codNewCustomer({ total: limit, paymentMethod: 'cash_on_delivery' }, newcomer, risk)).toBeNull();
    const s = codNewCustomer({ total: limit + 1, paymentMethod: 'cash_on_delivery' }, newcomer, risk);
    expect(s).toMatchObject({
      rule: 'cod_new_customer',
      level: 'verify',
      facts: { total: limit + 1, limit },
    });
  });
  it('does not fire with 2 delivered orders, a verified landline, or prepaid', () => {
    const big = { total: limit * 3, paymentMethod: 'cash_on_delivery' as const };
    expect(codNewCustomer(big, { ...newcomer, deliveredOrders: 1 }, risk)).not.toBeNull();
    expect(codNewCustomer(big, { ...newcomer, deliveredOrders: 2 }, risk)).toBeNull();
    expect(codNewCustomer(big, { ...newcomer, hasVerifiedLandline: true }, risk)).toBeNull();
    expect(codNewCustomer({ ...big, paymentMethod: 'card_online' }, newcomer, risk)).toBeNull();
  });
});

describe('buyout rate (SCENARIOS 6)', () => {
  it('asks for prepayment under 60% over 3+ settled orders', () => {
    expect(lowBuyout({ ...newcomer, settledOrders: 3, buyoutRatePercent: 59 }, risk)).toMatchObject({
      rule: 'low_buyout',
      level: 'prepayment',
      facts: { buyoutRatePercent: 59, minimumPercent: 60, settledOrders: 3 },
    });
    expect(lowBuyout({ ...newcomer, settledOrders: 3, buyoutRatePercent: 60 }, risk)).toBeNull();
    expect(lowBuyout({ ...newcomer, settledOrders: 2, buyoutRatePercent: 10 }, risk)).toBeNull();
  });
});

describe('incidents, refusals, value, cheques', () => {
  it('suggests "doubtful" at 2 customer-fault incidents in 12 months, unless already marked', () => {
    expect(customerFaultIncidents({ ...newcomer, customerFaultIncidents12m: 1 }, risk)).toBeNull();
    expect(customerFaultIncidents({ ...newcomer, customerFaultIncidents12m: 2 }, risk)?.level).toBe(
      'caution',
    );
    expect(
      customerFaultIncidents({ ...newcomer, customerFaultIncidents12m: 5, doubtful: true }, risk),
    ).toBeNull();
  });
  it('suggests prepayment-only at 2 refused or unclaimed parcels', () => {
    expect(refusedParcels({ ...newcomer, refusedOrUnclaimed: 1 }, risk)).toBeNull();
    expect(refusedParcels({ ...newcomer, refusedOrUnclaimed: 2 }, risk)?.rule).toBe('refused_parcels');
  });
  it('asks for signature above the threshold', () => {
    expect(highValue({ total: risk.signatureAbove, paymentMethod: 'card_online' }, risk)).toBeNull();
    expect(highValue({ total: risk.signatureAbove + 1, paymentMethod: 'card_online' }, risk)?.level).toBe(
      'verify',
    );
  });
  it('holds cheque orders until they clear (SCENARIOS 2)', () => {
    expect(chequePayment({ total: 1, paymentMethod: 'cheque' }, risk)?.facts).toEqual({ clearanceDays: 5 });
    expect(chequePayment({ total: 1, paymentMethod: 'bank_transfer' }, risk)).toBeNull();
  });
});

describe('call hours (SCENARIOS 17)', () => {
  const at = (h: number, m = 0) => Date.UTC(2026, 10, 23, h - 3, m); // Moscow is UTC+3
  const prefs = { callFrom: '10:00', callTo: '21:00', doNotCall: false, timeZone: null };
  it('allows inside the hours in the customer’s zone and refuses outside', () => {
    expect(callAllowedNow(prefs, at(10), 'Europe/Moscow')).toMatchObject({
      allowed: true,
      localTime: '10:00',
    });
    expect(callAllowedNow(prefs, at(20, 59), 'Europe/Moscow').allowed).toBe(true);
    expect(callAllowedNow(prefs, at(21), 'Europe/Moscow')).toMatchObject({
      allowed: false,
      reason: 'outside_hours',
    });
    expect(callAllowedNow(prefs, at(3), 'Europe/Moscow').allowed).toBe(false);
    // Same instant, a customer in Novosibirsk (UTC+7): 14:00 there.
    expect(callAllowedNow({ ...prefs, timeZone: 'Asia/Novosibirsk' }, at(10), 'Europe/Moscow')).toMatchObject(
      {
        allowed: true,
        localTime: '14:00',
      },
    );
  });
  it('handles windows past midnight and do-not-call', () => {
    const night = { ...prefs, callFrom: '22:00', callTo: '02:00' };
    expect(callAllowedNow(night, at(23), 'Europe/Moscow').allowed).toBe(true);
    expect(callAllowedNow(night, at(12), 'Europe/Moscow').allowed).toBe(false);
    expect(callAllowedNow({ ...prefs, doNotCall: true }, at(12), 'Europe/Moscow')).toMatchObject({
      allowed: false,
      reason: 'do_not_call',
    });
  });
});

describe('verdict', () => {
  const flags = { vip: false, caution: false, doubtful: false };
  it('puts the most serious signal first and ignores call-hour warnings', () => {
    const settled = { ...newcomer, settledOrders: 4, buyoutRatePercent: 30 };
    const signals = evaluateRisk({ customer: settled, hits: [], settings: DEFAULT_SETTINGS });
    expect(verdictOf(signals, flags)).toBe('prepayment');
    const call = callAllowedNow(
      { ...flags, callFrom: null, callTo: null, doNotCall: true, timeZone: null },
      0,
      'UTC',
    );
    const onlyCall = evaluateRisk({ customer: newcomer, hits: [], call, settings: DEFAULT_SETTINGS });
    expect(onlyCall.map((s) => s.rule)).toEqual(['do_not_call']);
    expect(verdictOf(onlyCall, { ...flags, vip: true })).toBe('vip');
    expect(verdictOf([], null)).toBe('new');
    expect(verdictOf([], { ...flags, doubtful: true })).toBe('caution');
  });
});
