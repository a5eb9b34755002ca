// A separate writer process for the crash tests (test/integration/crash.test.ts): opens the shop's
// database like the app does (WAL, synchronous=FULL) and writes orders with their items and an
// incident with cost lines, one transaction each, printing "committed <number>" after each
// commit returns. The test kills it with SIGKILL at random points.
import Database from 'better-sqlite3';

const [path, prefix, limit] = process.argv.slice(2);
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');

const order = db.prepare(
  `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee, total,
     payment_method, delivery_method, address)
   values (?, 1, ?, ?, '2026-11-23', 300000, 30000, 330000, 'cash_on_delivery', 'own_courier', 'Crash street')`,
);
const item = db.prepare(
  'insert into order_items (order_id, title, quantity, unit_price) values (?, ?, 1, 100000)',
);
const incident = db.prepare(
  `insert into incidents (happened_on, channel, cause, customer_id, order_id, created_by, created_at, updated_at)
   values ('2026-11-23', 'phone', 'damaged', 1, ?, 1, ?, ?)`,
);
const cost = db.prepare(
  'insert into incident_costs (incident_id, kind, amount, staff_id, created_at) values (?, ?, ?, 1, ?)',
);

const write = db.transaction((n) => {
  const at = Date.now();
  const orderId = Number(order.run(`${prefix}-${n}`, at, at).lastInsertRowid);
  for (let i = 0; i < 3; i++) item.run(orderId, `Item ${i}`);
  const incidentId = Number(incident.run(orderId, at, at).lastInsertRowid);
  cost.run(incidentId, 'refund', 100000, at);
  cost.run(incidentId, 'recovery', 25000, at);
});

const max = limit ? Number(limit) : Infinity;
for (let n = 1; n <= max; n++) {
  write(n);
  process.stdout.write(`committed ${n}\n`);
}
db.close();
