import type { Db } from '../db/open';

// Revenue is money received, on the day it was received (DESIGN §5, issue 16): an order's
// amount_received counts on its paid_on day (migration 0011). While an order is open only a
// prepayment can have come, so its payment status says what the shop holds: "paid" is the
// total, "unpaid" or a cheque not cleared is nothing, "refunded" is nothing (the day stays, so
// the reversal is seen on it). The door's money is recorded with the outcome (outcome.ts).

/** Brings an open order's received money and payment day in line with its payment status. */
export function settlePrepayment(db: Db, orderId: number, day: string) {
  db.prepare(
    `update orders set
       amount_received = case payment_status when 'paid' then total when 'partly_refunded' then amount_received else 0 end,
       paid_on = case payment_status when 'paid' then coalesce(paid_on, $day)
         when 'unpaid' then null when 'pending_clearance' then null else paid_on end
     where id = $id`,
  ).run({ id: orderId, day });
}
