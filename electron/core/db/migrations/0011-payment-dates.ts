import type { Migration } from './index';

// Schema (issue 16, point 2 and the money-dating parts of 8 and 10): one definition of revenue.
// Revenue is money received, on the day it was received: an order's amount_received (what the
// shop holds for it, prepayments included, refunds taken back) counts on its paid_on day.
// - orders.paid_on: the day the money came. Backfilled from what the data says: the day of the
//   attempt that collected it at the door (else the delivery date), the order day for prepayments.
// - A prepaid order marked paid whose amount was never recorded (the order form set the status
//   only; the money was counted on delivery) holds its total now: a card-paid order lost in
//   transit is money received, and its loss is the incident's.
// - order_day_stats keeps its counts on the order day and its revenue on the payment day.
// - incident_costs.day: a cost line's own day; a recovery's is the day the money came back.
//   Backfilled with the incident's day for costs and the day the line was written for recoveries.
// - orders.taken_total: the price the order was taken at, so "sold cheaper" is counted once
//   (orders/sold-cheaper.ts). NULL for rows written before (and by the import): never lowered in
//   the app as far as anyone knows.

/** Payment methods settled at the door: their money comes on the delivery day. */
export const AT_THE_DOOR = `('cash_on_delivery', 'card_on_delivery')`;

/** The day an order's money came, as far as its own row says (`o` is the order row). */
export const PAID_ON_GUESS = (o: string) => `CASE WHEN ${o}.amount_received <= 0 THEN NULL
  WHEN ${o}.payment_method IN ${AT_THE_DOOR} THEN coalesce(
    (SELECT max(a.attempted_on) FROM delivery_attempts a
     WHERE a.order_id = ${o}.id AND a.outcome IN ('delivered', 'partly_bought_out')),
    ${o}.delivery_date, ${o}.ordered_on)
  ELSE ${o}.ordered_on END`;

const DAY = `GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

const UPSERT = (row: 'NEW' | 'OLD', sign: '' | '-') => `
  INSERT INTO order_day_stats (day, delivery_method, orders, revenue, delivered, partly, refused)
  VALUES (${row}.ordered_on, ${row}.delivery_method, ${sign}1, 0, ${sign}(${row}.status = 'delivered'),
    ${sign}(${row}.status = 'partly_bought_out'), ${sign}(${row}.status IN ('refused', 'returned')))
  ON CONFLICT (day, delivery_method) DO UPDATE SET
    orders = orders + excluded.orders, delivered = delivered + excluded.delivered,
    partly = partly + excluded.partly, refused = refused + excluded.refused;
  INSERT INTO order_day_stats (day, delivery_method, revenue)
  SELECT ${row}.paid_on, ${row}.delivery_method, ${sign}${row}.amount_received WHERE ${row}.paid_on IS NOT NULL
  ON CONFLICT (day, delivery_method) DO UPDATE SET revenue = revenue + excluded.revenue;`;

const SQL = /* sql */ `
ALTER TABLE orders ADD COLUMN paid_on TEXT CHECK (paid_on IS NULL OR paid_on ${DAY});
ALTER TABLE incident_costs ADD COLUMN day TEXT CHECK (day IS NULL OR day ${DAY});
ALTER TABLE orders ADD COLUMN taken_total INTEGER CHECK (taken_total IS NULL OR taken_total >= 0);

DROP TRIGGER orders_day_stats_insert;
DROP TRIGGER orders_day_stats_update;
DROP TRIGGER orders_day_stats_delete;

UPDATE orders SET amount_received = total
WHERE payment_status = 'paid' AND amount_received = 0 AND payment_method NOT IN ${AT_THE_DOOR};
UPDATE orders SET paid_on = ${PAID_ON_GUESS('orders')} WHERE amount_received > 0;
CREATE INDEX orders_paid_on ON orders(paid_on) WHERE paid_on IS NOT NULL;

DELETE FROM order_day_stats;
INSERT INTO order_day_stats (day, delivery_method, orders, revenue, delivered, partly, refused)
SELECT ordered_on, delivery_method, count(*), 0,
  sum(status = 'delivered'), sum(status = 'partly_bought_out'), sum(status IN ('refused', 'returned'))
FROM orders GROUP BY ordered_on, delivery_method;
INSERT INTO order_day_stats (day, delivery_method, revenue)
SELECT paid_on, delivery_method, sum(amount_received) FROM orders WHERE paid_on IS NOT NULL GROUP BY 1, 2
ON CONFLICT (day, delivery_method) DO UPDATE SET revenue = excluded.revenue;

CREATE TRIGGER orders_day_stats_insert AFTER INSERT ON orders BEGIN ${UPSERT('NEW', '')} END;
CREATE TRIGGER orders_day_stats_update
AFTER UPDATE OF ordered_on, paid_on, delivery_method, status, amount_received ON orders BEGIN
  ${UPSERT('OLD', '-')}
  ${UPSERT('NEW', '')}
END;
CREATE TRIGGER orders_day_stats_delete AFTER DELETE ON orders BEGIN ${UPSERT('OLD', '-')} END;

UPDATE incident_costs SET day = CASE WHEN kind = 'recovery'
  THEN max((SELECT happened_on FROM incidents i WHERE i.id = incident_id), date(created_at / 1000, 'unixepoch'))
  ELSE (SELECT happened_on FROM incidents i WHERE i.id = incident_id) END;
CREATE INDEX incident_costs_day ON incident_costs(day);
`;

export const paymentDates: Migration = {
  name: '0011-payment-dates',
  up: (db) => db.exec(SQL),
};
