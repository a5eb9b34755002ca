import type { DemoSummary } from '../../../shared/contract/demo';
import type { Db } from '../db/open';
import { readSettings } from '../settings/store';
import { orderDayWeight, ShopCalendar } from './calendar';
import { directRows, stagedRows, type ChildRows } from './child-rows';
import { insertCouriers } from './couriers';
import { generateCustomers } from './customers';
import { generateIncidents } from './incidents';
import { generateOrders, writeCourierCash } from './orders';
import { PhoneBook } from './phones';
import { Rng } from './random';
import { prepareStatements } from './statements';
import { newCustomerPool, newOrderLog, type DemoState } from './state';
import { insertStoryCustomers, storyCount, storyIncidents, storyOrderPlans } from './story-build';

// The demo shop: a believable Russian children's-goods store built from SCENARIOS.md, the
// same every time for the same seed. Used by "Load demo data" (DEMO_SIZES.small), the browser
// harness and the benchmark (DEMO_SIZES.bench).

export interface DemoOptions {
  seed: number;
  customers: number;
  orders: number;
  incidents: number;
  now: number;
  staffId: number;
}

export const DEMO_SIZES = {
  small: { customers: 400, orders: 3000, incidents: 300 },
  bench: { customers: 200_000, orders: 1_000_000, incidents: 100_000 },
} as const;

/** Below this the scenario characters would crowd out everyone else, so they stay out. */
const STORY_MINIMUM = { customers: 100, orders: 500, incidents: 60 };

/**
 * Above this many orders the shop is generated as a bulk load: foreign keys and CHECK
 * constraints are not enforced row by row (they cost more than half the insert time at a
 * million orders; every IN-list CHECK builds a small table per row), the connection's settings
 * are restored afterwards, and orders' child rows are written on a second core (child-rows.ts).
 * The generator is the same code at every size: test/integration/demo.test.ts proves a bulk load
 * gives the same shop as a direct one and passes foreign_key_check and integrity_check (which
 * verifies CHECK constraints).
 */
export const BULK_ORDERS = 20_000;

export function generateDemoShop(db: Db, options: DemoOptions): DemoSummary {
  return buildDemoShop(db, options, options.orders > BULK_ORDERS);
}

/** generateDemoShop with the bulk decision made by the caller (tests compare both ways). */
export function buildDemoShop(db: Db, options: DemoOptions, bulk: boolean): DemoSummary {
  const { customers, orders, incidents } = options;
  for (const [name, value] of Object.entries({ customers, orders, incidents })) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  }
  if (orders > 0 && customers === 0) throw new RangeError('Orders need at least one customer');
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  let staged: ChildRows | null = null;
  if (bulk) {
    db.pragma('foreign_keys = OFF');
    db.pragma('ignore_check_constraints = ON');
  }
  try {
    if (bulk) staged = stagedRows(db);
    return build(db, options, staged);
  } finally {
    staged?.close();
    if (bulk) {
      db.pragma('ignore_check_constraints = OFF');
      db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  }
}

function build(db: Db, options: DemoOptions, staged: ChildRows | null): DemoSummary {
  const { customers, orders, incidents } = options;
  return db.transaction((): DemoSummary => {
    const rng = new Rng(options.seed);
    const calendar = new ShopCalendar(options.now, readSettings(db).timeZone);
    const firstDay = calendar.today - 364;
    const stmts = prepareStatements(db);
    const state: DemoState = {
      rng,
      calendar,
      staffId: options.staffId,
      stmts,
      rows: staged ?? directRows(stmts),
      phones: new PhoneBook(rng),
      couriers: [],
      customers: newCustomerPool(customers),
      orders: newOrderLog(orders),
      firstDay,
      blocklistEntries: 0,
      taggedOrders: new Map(),
      cash: new Map(),
    };
    state.couriers = insertCouriers(state.stmts, rng, state.phones, calendar.at(firstDay - 400, 600));

    const dayWeights = new Float64Array(calendar.today - firstDay + 1);
    for (let d = 0; d < dayWeights.length; d++) {
      dayWeights[d] = orderDayWeight(calendar, firstDay + d, firstDay, calendar.today);
    }
    // Today has only had the hours up to now.
    dayWeights[dayWeights.length - 1] = dayWeights.at(-1)! * (calendar.nowMinute / 1440);

    const stories =
      customers >= STORY_MINIMUM.customers &&
      orders >= STORY_MINIMUM.orders &&
      incidents >= STORY_MINIMUM.incidents &&
      storyCount() < customers / 4;
    if (stories) insertStoryCustomers(state);
    generateCustomers(state, state.customers.storyCount, dayWeights);
    const orderCount = generateOrders(
      state,
      orders,
      dayWeights,
      stories ? storyOrderPlans(state) : new Map(),
    );
    state.rows.finish();
    writeCourierCash(state);
    const incidentCount = generateIncidents(state, incidents, stories ? storyIncidents(state) : []);

    return {
      couriers: state.couriers.length,
      customers,
      orders: orderCount,
      incidents: incidentCount,
      blocklistEntries: state.blocklistEntries,
    };
  })();
}
