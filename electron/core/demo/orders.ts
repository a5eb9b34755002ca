import { emitOrder } from './order-life';
import { planOrder, type OrderPlan } from './order-plan';
import { apportion } from './random';
import type { DemoState } from './state';

// Twelve months of orders, day by day: each day gets its share of the total (busier in
// December, quieter on Sundays, growing over the year), newcomers place their first order the
// day they appear, the rest go to customers who already know the shop, favouring regulars.

const MIN = 60_000;

/** A customer who has already appeared by `known`, weighted by how often they order. */
function repeatCustomer(state: DemoState, known: number): number {
  const { rng, customers: pool } = state;
  const lo = pool.storyCount < known ? pool.storyCount : 0;
  const span = known - lo;
  let c = lo;
  for (let tries = 0; tries < 64; tries++) {
    c = lo + Math.floor(rng.next() * span);
    if (rng.next() < pool.activity[c]!) break;
  }
  return c;
}

function orderMinute(state: DemoState, day: number): number {
  const { rng, calendar } = state;
  if (day === calendar.today) return rng.int(0, Math.max(0, calendar.nowMinute - 1));
  // Mostly daytime and evening; a few people order at night.
  return rng.chance(0.06) ? rng.int(0, 419) : rng.int(420, 1435);
}

export function generateOrders(
  state: DemoState,
  total: number,
  dayWeights: Float64Array,
  scripted: Map<number, OrderPlan[]>,
): number {
  const { customers: pool, firstDay } = state;
  let scriptedCount = 0;
  for (const list of scripted.values()) scriptedCount += list.length;
  const perDay = apportion(Math.max(0, total - scriptedCount), Array.from(dayWeights));
  let serial = 0;
  let known = 0;
  for (let d = 0; d < perDay.length; d++) {
    const day = firstDay + d;
    const plans: OrderPlan[] = [...(scripted.get(day) ?? [])];
    let n = perDay[d]!;
    const from = known;
    while (known < pool.count && pool.arrival[known]! <= day) known++;
    if (known === 0) continue;
    for (let c = Math.max(from, pool.storyCount); c < known && n > 0; c++) {
      if (pool.arrival[c] !== day) continue;
      plans.push(planOrder(state, c, day, pool.arrivalMinute[c]!));
      n--;
    }
    for (; n > 0; n--)
      plans.push(planOrder(state, repeatCustomer(state, known), day, orderMinute(state, day)));
    plans.sort((a, b) => a.minute - b.minute);
    for (const plan of plans) emitOrder(state, plan, ++serial);
  }
  return serial;
}

/** The courier cash ledger: what each courier collected on a day and what was handed over. */
export function writeCourierCash(state: DemoState): void {
  const { rng, calendar: cal, stmts, couriers, staffId } = state;
  const keys = [...state.cash.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const day = Math.floor(key / 16);
    if (day >= cal.today) continue;
    const courier = couriers[key % 16]!;
    const expected = state.cash.get(key)!;
    const person = courier.kind === 'own_driver' || courier.kind === 'foot_courier';
    // Now and then a courier comes back short; the carriers' transfers arrive in full.
    const short = person && rng.chance(0.04) ? Math.min(expected, rng.int(1, 15) * 10_000) : 0;
    const note =
      short > 0 ? 'Недостача, курьер довнесёт завтра' : person ? '' : 'Перевод наложенного платежа';
    stmts.courierCash.run(
      courier.id,
      cal.iso(day),
      expected,
      expected - short,
      note,
      staffId,
      cal.at(day, 1290) + MIN,
    );
  }
}
