import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import {
  customerFaultIncidents,
  evaluateRisk,
  verdictOf,
  type CustomerFacts,
} from '../../electron/core/risk/rules';

// The incident rule counts what the owner chose (by fault, or all incidents against orders) and
// weighs incidents against orders, so a good regular is not shouted at (issue 14, point 5 c–d).

const risk = DEFAULT_SETTINGS.risk;
const allIncidents: Settings['risk'] = { ...risk, incidentsCounted: 'all_incidents' };
const customer = (over: Partial<CustomerFacts>): CustomerFacts => ({
  deliveredOrders: 0,
  settledOrders: 0,
  buyoutRatePercent: null,
  refusedOrUnclaimed: 0,
  customerFaultIncidents12m: 0,
  allIncidents12m: 0,
  orders12m: 0,
  hasVerifiedLandline: false,
  doubtful: false,
  ...over,
});

// The demo's best regular: 44 orders in the year, everything kept, two incidents by his fault.
const vip = customer({
  deliveredOrders: 44,
  settledOrders: 44,
  buyoutRatePercent: 100,
  orders12m: 44,
  customerFaultIncidents12m: 2,
  allIncidents12m: 2,
});
// SCENARIOS 3: the competitor posing as a customer — every order ends in an incident, each the
// shop's or the courier's fault.
const competitor = customer({ deliveredOrders: 8, settledOrders: 8, orders12m: 8, allIncidents12m: 8 });

describe('incidents by the customer’s fault (the default)', () => {
  it('flags a customer with few orders on the count alone', () => {
    const few = customer({ orders12m: 3, customerFaultIncidents12m: 2 });
    expect(customerFaultIncidents(few, risk)).toMatchObject({
      level: 'caution',
      facts: { basis: 'customer_fault', incidents: 2, threshold: 2, orders: 3 },
    });
    expect(customerFaultIncidents({ ...few, customerFaultIncidents12m: 1 }, risk)).toBeNull();
  });

  it('weighs a regular’s incidents against their orders: a note, no caution, under the rate', () => {
    const note = customerFaultIncidents(vip, risk);
    expect(note).toMatchObject({
      level: 'info',
      facts: { incidents: 2, orders: 44, ratePercent: 4, minimumPercent: 20 },
    });
    const flags = { vip: true, caution: false, doubtful: false };
    expect(verdictOf(evaluateRisk({ customer: vip, hits: [], settings: DEFAULT_SETTINGS }), flags)).toBe(
      'vip',
    );
    // The same regular with incidents on a fifth of the orders is a caution again.
    expect(customerFaultIncidents({ ...vip, customerFaultIncidents12m: 9 }, risk)?.level).toBe('caution');
  });

  it('never counts the shop’s or the courier’s incidents', () => {
    expect(customerFaultIncidents(competitor, risk)).toBeNull();
  });
});

describe('all incidents, relative to orders', () => {
  it('flags the customer whose every order ends in an incident, whoever’s fault', () => {
    expect(customerFaultIncidents(competitor, allIncidents)).toMatchObject({
      level: 'caution',
      facts: { basis: 'all_incidents', incidents: 8, orders: 8, ratePercent: 100, minimumPercent: 20 },
    });
    const settings = { ...DEFAULT_SETTINGS, risk: allIncidents };
    const flags = { vip: false, caution: false, doubtful: false };
    expect(verdictOf(evaluateRisk({ customer: competitor, hits: [], settings }), flags)).toBe('caution');
  });

  it('still needs the minimum number of incidents, and a rate even with few orders', () => {
    expect(customerFaultIncidents(customer({ orders12m: 1, allIncidents12m: 1 }), allIncidents)).toBeNull();
    expect(customerFaultIncidents(customer({ orders12m: 11, allIncidents12m: 2 }), allIncidents)?.level).toBe(
      'info',
    );
    expect(customerFaultIncidents(vip, allIncidents)?.level).toBe('info');
  });

  it('asks nothing once the customer is marked doubtful', () => {
    expect(customerFaultIncidents({ ...competitor, doubtful: true }, allIncidents)).toBeNull();
  });
});
