import { prepared } from '../db/prepared';
import { addDays, localDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { countsAgainstCustomerSql } from '../losses/attribution';
import type { CustomerFacts } from '../risk/rules';

export interface OrderCounts {
  orders: number;
  delivered: number;
  partlyBoughtOut: number;
  refusedOrReturned: number;
  settled: number;
  shippedValue: number;
  keptValue: number;
}

const SETTLED = "('delivered', 'partly_bought_out', 'refused', 'returned')";

export function orderCounts(db: Db, customerId: number): OrderCounts {
  const row = prepared(
    db,
    `select count(*) as orders,
         count(*) filter (where status in ('delivered', 'partly_bought_out')) as delivered,
         count(*) filter (where status = 'partly_bought_out') as partly,
         count(*) filter (where status in ('refused', 'returned')) as refused,
         count(*) filter (where status in ${SETTLED}) as settled,
         coalesce(sum(items_total) filter (where status in ${SETTLED}), 0) as shipped,
         coalesce(sum(case status
           when 'delivered' then items_total
           when 'partly_bought_out' then (select coalesce(sum(i.kept_quantity * i.unit_price), 0)
                                          from order_items i where i.order_id = o.id)
           else 0 end), 0) as kept
       from orders o where customer_id = ?`,
  ).get(customerId) as Record<string, number>;
  return {
    orders: row.orders!,
    delivered: row.delivered!,
    partlyBoughtOut: row.partly!,
    refusedOrReturned: row.refused!,
    settled: row.settled!,
    shippedValue: row.shipped!,
    keptValue: row.kept!,
  };
}

export function buyoutRatePercent(
  counts: Pick<OrderCounts, 'settled' | 'shippedValue' | 'keptValue'>,
): number | null {
  if (counts.settled === 0 || counts.shippedValue === 0) return null;
  // Integer percent, rounded down: 59.9% is under a 60% threshold.
  return Math.floor((counts.keptValue * 100) / counts.shippedValue);
}

export function customerFacts(
  db: Db,
  customerId: number,
  counts: OrderCounts,
  now: number,
  timeZone: string,
): CustomerFacts {
  const since = addDays(localDate(now, timeZone), -365);
  const incidents = prepared(
    db,
    // Not the ones the owner said are not held against the customer (issue 16, point 7).
    `select count(*) filter (where fault = 'customer' and ${countsAgainstCustomerSql()}) as byCustomer,
       count(*) filter (where ${countsAgainstCustomerSql()}) as all_
     from incidents where customer_id = ? and happened_on >= ? and archived_at is null`,
  ).get(customerId, since) as { byCustomer: number; all_: number };
  // What incidents are weighed against: the orders of the same 12 months (a cancelled one never left).
  const orders = prepared(
    db,
    "select count(*) as n from orders where customer_id = ? and ordered_on >= ? and status <> 'cancelled'",
  ).get(customerId, since) as { n: number };
  const landline = prepared(
    db,
    "select 1 from customer_phones where customer_id = ? and kind = 'landline' and verified = 1 limit 1",
  ).get(customerId);
  const doubtful = prepared(db, 'select doubtful from customers where id = ?').get(customerId) as {
    doubtful: number;
  };
  return {
    deliveredOrders: counts.delivered,
    settledOrders: counts.settled,
    buyoutRatePercent: buyoutRatePercent(counts),
    refusedOrUnclaimed: counts.refusedOrReturned,
    customerFaultIncidents12m: incidents.byCustomer,
    allIncidents12m: incidents.all_,
    orders12m: orders.n,
    hasVerifiedLandline: landline !== undefined,
    doubtful: doubtful.doubtful === 1,
  };
}
