import type { Migration } from './index';

// Schema 3: what the Reports screen reads (issue 6), so five years of a busy shop aggregate in
// milliseconds instead of scanning a million orders.
// - order_day_stats: per order day and delivery method, the count, the revenue (what was received
//   for delivered and partly bought out orders) and the buyout outcomes. Kept by triggers.
// - customers.bought_out_count / refused_count: settled outcomes per customer (lowest buyout rates).
// - incident_day_cause / _fault / _courier / _method: incident count and money per day and
//   dimension, kept by triggers (a scan of 90k incidents took ~180 ms on the benchmark file).

const OUTCOMES = (row: 'NEW' | 'OLD', sign: '' | '-') => `
  ${sign}1,
  ${sign}(CASE WHEN ${row}.status IN ('delivered', 'partly_bought_out') THEN ${row}.amount_received ELSE 0 END),
  ${sign}(${row}.status = 'delivered'),
  ${sign}(${row}.status = 'partly_bought_out'),
  ${sign}(${row}.status IN ('refused', 'returned'))`;

const UPSERT = (row: 'NEW' | 'OLD', sign: '' | '-') => `
  INSERT INTO order_day_stats (day, delivery_method, orders, revenue, delivered, partly, refused)
  VALUES (${row}.ordered_on, ${row}.delivery_method, ${OUTCOMES(row, sign)})
  ON CONFLICT (day, delivery_method) DO UPDATE SET
    orders = orders + excluded.orders, revenue = revenue + excluded.revenue, delivered = delivered + excluded.delivered,
    partly = partly + excluded.partly, refused = refused + excluded.refused;`;

// Incident money per day and one dimension, for incidents not archived. A key of 0 / '' means
// "none" (no courier, no order). The delivery method is the order's when the incident is written.
const INCIDENT_DIMENSIONS = [
  { table: 'incident_day_cause', key: (r: string) => `${r}.cause`, type: 'TEXT' },
  { table: 'incident_day_fault', key: (r: string) => `${r}.fault`, type: 'TEXT' },
  { table: 'incident_day_courier', key: (r: string) => `coalesce(${r}.courier_id, 0)`, type: 'INTEGER' },
  {
    table: 'incident_day_method',
    key: (r: string) => `coalesce((SELECT delivery_method FROM orders WHERE id = ${r}.order_id), '')`,
    type: 'TEXT',
  },
] as const;

const incidentUpsert = (table: string, key: string, row: 'NEW' | 'OLD', sign: '' | '-') => `
  INSERT INTO ${table} (day, key, count, costs, recovered)
  SELECT ${row}.happened_on, ${key}, ${sign}1, ${sign}${row}.costs, ${sign}${row}.recovered WHERE ${row}.archived_at IS NULL
  ON CONFLICT (day, key) DO UPDATE SET
    count = count + excluded.count, costs = costs + excluded.costs, recovered = recovered + excluded.recovered;`;

const INCIDENT_ROLLUPS = INCIDENT_DIMENSIONS.map(
  ({ table, key, type }) => `
CREATE TABLE ${table} (
  day TEXT NOT NULL,
  key ${type} NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  costs INTEGER NOT NULL DEFAULT 0,
  recovered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, key)
) STRICT, WITHOUT ROWID;
INSERT INTO ${table} (day, key, count, costs, recovered)
SELECT i.happened_on, ${key('i')}, count(*), sum(i.costs), sum(i.recovered) FROM incidents i
WHERE i.archived_at IS NULL GROUP BY 1, 2;
CREATE TRIGGER ${table}_insert AFTER INSERT ON incidents BEGIN ${incidentUpsert(table, key('NEW'), 'NEW', '')} END;
CREATE TRIGGER ${table}_update
AFTER UPDATE OF happened_on, cause, fault, courier_id, order_id, costs, recovered, archived_at ON incidents BEGIN
  ${incidentUpsert(table, key('OLD'), 'OLD', '-')}
  ${incidentUpsert(table, key('NEW'), 'NEW', '')}
END;
CREATE TRIGGER ${table}_delete AFTER DELETE ON incidents BEGIN ${incidentUpsert(table, key('OLD'), 'OLD', '-')} END;`,
).join('\n');

const BOUGHT = (row: 'NEW' | 'OLD') => `(${row}.status IN ('delivered', 'partly_bought_out'))`;
const REFUSED = (row: 'NEW' | 'OLD') => `(${row}.status IN ('refused', 'returned'))`;

const SQL = /* sql */ `
CREATE TABLE order_day_stats (
  day TEXT NOT NULL,
  delivery_method TEXT NOT NULL,
  orders INTEGER NOT NULL DEFAULT 0,
  revenue INTEGER NOT NULL DEFAULT 0,
  delivered INTEGER NOT NULL DEFAULT 0,
  partly INTEGER NOT NULL DEFAULT 0,
  refused INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, delivery_method)
) STRICT, WITHOUT ROWID;

INSERT INTO order_day_stats (day, delivery_method, orders, revenue, delivered, partly, refused)
SELECT ordered_on, delivery_method, count(*),
  coalesce(sum(CASE WHEN status IN ('delivered', 'partly_bought_out') THEN amount_received ELSE 0 END), 0),
  sum(status = 'delivered'), sum(status = 'partly_bought_out'), sum(status IN ('refused', 'returned'))
FROM orders GROUP BY ordered_on, delivery_method;

CREATE TRIGGER orders_day_stats_insert AFTER INSERT ON orders BEGIN ${UPSERT('NEW', '')} END;
CREATE TRIGGER orders_day_stats_update AFTER UPDATE OF ordered_on, delivery_method, status, amount_received ON orders BEGIN
  ${UPSERT('OLD', '-')}
  ${UPSERT('NEW', '')}
END;
CREATE TRIGGER orders_day_stats_delete AFTER DELETE ON orders BEGIN ${UPSERT('OLD', '-')} END;

ALTER TABLE customers ADD COLUMN bought_out_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN refused_count INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET
  bought_out_count = (SELECT count(*) FROM orders WHERE customer_id = customers.id AND status IN ('delivered', 'partly_bought_out')),
  refused_count = (SELECT count(*) FROM orders WHERE customer_id = customers.id AND status IN ('refused', 'returned'));
CREATE TRIGGER orders_outcomes_insert AFTER INSERT ON orders BEGIN
  UPDATE customers SET bought_out_count = bought_out_count + ${BOUGHT('NEW')}, refused_count = refused_count + ${REFUSED('NEW')}
  WHERE id = NEW.customer_id;
END;
CREATE TRIGGER orders_outcomes_update AFTER UPDATE OF status, customer_id ON orders BEGIN
  UPDATE customers SET bought_out_count = bought_out_count - ${BOUGHT('OLD')}, refused_count = refused_count - ${REFUSED('OLD')}
  WHERE id = OLD.customer_id;
  UPDATE customers SET bought_out_count = bought_out_count + ${BOUGHT('NEW')}, refused_count = refused_count + ${REFUSED('NEW')}
  WHERE id = NEW.customer_id;
END;

${INCIDENT_ROLLUPS}

-- Customer profitability reads only these columns of the customers that count (an order or an
-- incident, not merged away): narrow covering indexes instead of the wide customer rows.
CREATE INDEX customers_profit ON customers(revenue, losses, incidents_count, orders_count, merged_into_id)
  WHERE merged_into_id IS NULL AND (orders_count > 0 OR incidents_count > 0);
CREATE INDEX customers_buyout ON customers(bought_out_count, refused_count) WHERE merged_into_id IS NULL;
`;

export const reportRollups: Migration = {
  name: '0003-report-rollups',
  up: (db) => db.exec(SQL),
};
