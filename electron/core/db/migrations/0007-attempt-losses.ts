import type { Migration } from './index';

// Schema 7 (issue 15, point 4): a failed delivery attempt's cost is lost money, counted once,
// without the owner typing it into an incident.
// - attempt_losses: one line per failed attempt (refused, not at home, rescheduled, failed) that
//   cost something, written by a trigger on delivery_attempts whatever path recorded the attempt
//   (end of day, demo, import). The fault is defaulted from the outcome (the customer's for not at
//   home, refused, rescheduled; the courier's for "failed (courier's side)") and the owner may
//   change it later (audited); lines are never deleted. Day, order, courier and amount are copied
//   from the attempt (attempts are never changed) so the triggers below need no join.
// - customers.losses now also counts these lines: the card, the list and profitability read it.
// - attempt_loss_day: the Reports rollup (like incident_day_* of 0003), per day, fault, courier
//   and the order's delivery method when the attempt was made; Reports add it as the cause
//   "repeat_delivery" beside the incident causes.
// - A side table, not a column on delivery_attempts: ADD COLUMN with a CHECK on a STRICT table
//   makes SQLite check every existing row at app start.
const FAILED = `('refused', 'not_at_home', 'rescheduled', 'failed')`;
const FAULTS = `('shop', 'courier', 'carrier', 'customer', 'third_party', 'unknown')`;

const rollup = (row: 'NEW' | 'OLD', sign: '' | '-') => `
  INSERT INTO attempt_loss_day (day, fault, courier_id, delivery_method, count, costs)
  VALUES (${row}.day, ${row}.fault, coalesce(${row}.courier_id, 0),
    coalesce((SELECT delivery_method FROM orders WHERE id = ${row}.order_id), ''), ${sign}1, ${sign}${row}.amount)
  ON CONFLICT (day, fault, courier_id, delivery_method) DO UPDATE SET
    count = count + excluded.count, costs = costs + excluded.costs;`;

const SQL = /* sql */ `
CREATE TABLE attempt_losses (
  attempt_id INTEGER PRIMARY KEY REFERENCES delivery_attempts(id),
  order_id INTEGER NOT NULL REFERENCES orders(id),
  courier_id INTEGER REFERENCES couriers(id),
  day TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  fault TEXT NOT NULL CHECK (fault IN ${FAULTS})
) STRICT;
CREATE INDEX attempt_losses_order ON attempt_losses(order_id);

CREATE TABLE attempt_loss_day (
  day TEXT NOT NULL,
  fault TEXT NOT NULL,
  courier_id INTEGER NOT NULL,
  delivery_method TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  costs INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, fault, courier_id, delivery_method)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER attempt_losses_no_delete BEFORE DELETE ON attempt_losses
BEGIN SELECT RAISE(ABORT, 'attempt losses are history, never deleted'); END;
CREATE TRIGGER attempt_losses_only_fault BEFORE UPDATE OF attempt_id, order_id, courier_id, day, amount ON attempt_losses
BEGIN SELECT RAISE(ABORT, 'only the fault of an attempt loss can change'); END;

CREATE TRIGGER delivery_attempts_loss AFTER INSERT ON delivery_attempts
WHEN NEW.outcome IN ${FAILED} AND NEW.cost > 0 BEGIN
  INSERT INTO attempt_losses (attempt_id, order_id, courier_id, day, amount, fault)
  VALUES (NEW.id, NEW.order_id, NEW.courier_id, NEW.attempted_on, NEW.cost,
    CASE NEW.outcome WHEN 'failed' THEN 'courier' ELSE 'customer' END);
END;

CREATE TRIGGER attempt_losses_insert AFTER INSERT ON attempt_losses BEGIN
  UPDATE customers SET losses = losses + NEW.amount
  WHERE id = (SELECT customer_id FROM orders WHERE id = NEW.order_id);
  ${rollup('NEW', '')}
END;
CREATE TRIGGER attempt_losses_fault AFTER UPDATE OF fault ON attempt_losses BEGIN
  ${rollup('OLD', '-')}
  ${rollup('NEW', '')}
END;
-- An order moved to another customer (a merge) takes its attempt losses along, as it takes its revenue.
CREATE TRIGGER orders_attempt_losses_customer AFTER UPDATE OF customer_id ON orders
WHEN OLD.customer_id IS NOT NEW.customer_id BEGIN
  UPDATE customers SET losses = losses - (SELECT coalesce(sum(amount), 0) FROM attempt_losses WHERE order_id = NEW.id)
  WHERE id = OLD.customer_id;
  UPDATE customers SET losses = losses + (SELECT coalesce(sum(amount), 0) FROM attempt_losses WHERE order_id = NEW.id)
  WHERE id = NEW.customer_id;
END;

-- The attempts already recorded become loss lines too (the triggers above keep the totals).
INSERT INTO attempt_losses (attempt_id, order_id, courier_id, day, amount, fault)
SELECT id, order_id, courier_id, attempted_on, cost, CASE outcome WHEN 'failed' THEN 'courier' ELSE 'customer' END
FROM delivery_attempts WHERE outcome IN ${FAILED} AND cost > 0 ORDER BY id;
`;

export const attemptLosses: Migration = {
  name: '0007-attempt-losses',
  up: (db) => db.exec(SQL),
};
