import type { Db } from '../db/open';
import { invalid } from '../errors';

// "Sold cheaper" is recorded one way: the order's price is lowered. Revenue is money received
// (orders/payment.ts), so the difference is already counted, as less money; a compensation or
// refund line on the order's incident for the same difference would count it a second time
// (issue 16, point 2). So a lowered order takes no such line, and an order with one is not lowered.

/** Incident cost lines that give the customer money (or money off) for the order. */
const MONEY_OFF = `('compensation', 'refund')`;

export const SOLD_CHEAPER =
  "This order's price was already lowered: that discount is counted once, as less money received. Do not log it again as a cost.";
export const MONEY_OFF_GIVEN =
  "This order's incident already gives the customer money back: lowering the price too would count the discount twice. Void that cost line first, or keep the price.";

/** How much lower the order's price is now than when it was taken (0 when not lowered). */
function lowered(db: Db, orderId: number): number {
  return db
    .prepare('select max(0, coalesce(taken_total, total) - total) from orders where id = ?')
    .pluck()
    .get(orderId) as number;
}

/** Refuses a compensation or refund line for an order already sold cheaper. */
export function assertNotSoldCheaper(db: Db, orderId: number | null, kind: string) {
  if (orderId === null || !MONEY_OFF.includes(`'${kind}'`)) return;
  if (lowered(db, orderId) > 0) {
    throw invalid('kind', SOLD_CHEAPER);
  }
}

/** Refuses lowering the price of an order whose incident already gave money off for it. */
export function assertNoMoneyOffYet(db: Db, orderId: number, newTotal: number) {
  const row = db
    .prepare(
      `select o.total, coalesce(sum(k.amount), 0) as off from orders o
         left join incidents i on i.order_id = o.id and i.archived_at is null
         left join incident_costs k on k.incident_id = i.id and k.voided_at is null and k.kind in ${MONEY_OFF}
       where o.id = ?`,
    )
    .get(orderId) as { total: number; off: number };
  if (newTotal < row.total && row.off > 0) {
    throw invalid('items', MONEY_OFF_GIVEN);
  }
}
