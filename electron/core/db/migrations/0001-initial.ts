import type { Migration } from './index';

// The first schema: every entity of DESIGN §5. Enum lists are literals on purpose (a shipped
// migration never changes); test/integration/schema-enums.test.ts keeps them in step with
// shared/domain/enums.ts. Instants are epoch ms (INTEGER), calendar days 'YYYY-MM-DD' (TEXT),
// money integer minor units.

const DAY = `GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const BOOL = (col: string, byDefault: 0 | 1 = 0) =>
  `${col} INTEGER NOT NULL DEFAULT ${byDefault} CHECK (${col} IN (0, 1))`;
const HHMM = `GLOB '[0-2][0-9]:[0-5][0-9]'`;

const SQL = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role TEXT NOT NULL CHECK (role IN ('owner', 'operator')),
  language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('en', 'ru')),
  pin_hash TEXT,
  ${BOOL('active', 1)},
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until INTEGER,
  created_at INTEGER NOT NULL,
  CHECK (role <> 'owner' OR pin_hash IS NOT NULL)
) STRICT;

CREATE TABLE couriers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('own_driver', 'foot_courier', 'courier_service', 'post', 'pickup_point')),
  phone_e164 TEXT,
  capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
  cost_per_delivery INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_delivery >= 0),
  ${BOOL('active', 1)},
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  archived_at INTEGER,
  archived_by INTEGER REFERENCES staff(id)
) STRICT;

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  name_norm TEXT NOT NULL DEFAULT '',
  ${BOOL('vip')},
  ${BOOL('caution')},
  ${BOOL('doubtful')},
  call_from TEXT CHECK (call_from IS NULL OR call_from ${HHMM}),
  call_to TEXT CHECK (call_to IS NULL OR call_to ${HHMM}),
  time_zone TEXT,
  ${BOOL('do_not_call')},
  preferred_courier_id INTEGER REFERENCES couriers(id),
  delivery_notes TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  merged_into_id INTEGER REFERENCES customers(id),
  -- Kept by the triggers at the end of this file, so the list can sort 200k customers by
  -- money without aggregating every order on each scroll.
  orders_count INTEGER NOT NULL DEFAULT 0,
  revenue INTEGER NOT NULL DEFAULT 0,
  losses INTEGER NOT NULL DEFAULT 0,
  incidents_count INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  archived_at INTEGER,
  archived_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX customers_name_norm ON customers(name_norm);

-- Every word of a customer's folded name, so "кузн" finds "Мария Кузнецова" by an index prefix
-- range. Kept by triggers; name_norm holds only letters, digits and single spaces, so it can be
-- spliced into a JSON array safely.
CREATE TABLE customer_name_words (
  word TEXT NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  PRIMARY KEY (word, customer_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER customers_words_insert AFTER INSERT ON customers BEGIN
  INSERT OR IGNORE INTO customer_name_words (word, customer_id)
  SELECT value, NEW.id FROM json_each('["' || replace(NEW.name_norm, ' ', '","') || '"]') WHERE value <> '';
END;
CREATE TRIGGER customers_words_update AFTER UPDATE OF name_norm ON customers BEGIN
  DELETE FROM customer_name_words WHERE customer_id = NEW.id;
  INSERT OR IGNORE INTO customer_name_words (word, customer_id)
  SELECT value, NEW.id FROM json_each('["' || replace(NEW.name_norm, ' ', '","') || '"]') WHERE value <> '';
END;
CREATE INDEX customers_revenue ON customers(revenue);
CREATE INDEX customers_losses ON customers(losses);
CREATE INDEX customers_incidents ON customers(incidents_count);

CREATE TABLE customer_phones (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  -- NULL when the number as typed could not be parsed: it is kept, marked, never dropped.
  e164 TEXT CHECK (e164 IS NULL OR e164 GLOB '+[1-9]*'),
  digits_reversed TEXT NOT NULL,
  raw TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'mobile' CHECK (kind IN ('mobile', 'landline')),
  ${BOOL('verified')},
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_phones_e164 ON customer_phones(e164);
-- "ends with 4567" is the range '7654' <= digits_reversed < '7655' on this index.
CREATE INDEX customer_phones_suffix ON customer_phones(digits_reversed);
CREATE INDEX customer_phones_customer ON customer_phones(customer_id);

CREATE TABLE customer_emails (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  email TEXT NOT NULL,
  email_norm TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_emails_norm ON customer_emails(email_norm);
CREATE INDEX customer_emails_customer ON customer_emails(customer_id);

CREATE TABLE customer_addresses (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  address TEXT NOT NULL,
  address_norm TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_addresses_norm ON customer_addresses(address_norm);
CREATE INDEX customer_addresses_customer ON customer_addresses(customer_id);

CREATE TABLE customer_notes (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, created_at);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  -- NOCASE: "sd-100" and "SD-100" are one order, and look-ups by number use the unique index.
  number TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(number)) > 0),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  ordered_on TEXT NOT NULL CHECK (ordered_on ${DAY}),
  items_total INTEGER NOT NULL CHECK (items_total >= 0),
  delivery_fee INTEGER NOT NULL DEFAULT 0 CHECK (delivery_fee >= 0),
  total INTEGER NOT NULL CHECK (total >= 0),
  amount_received INTEGER NOT NULL DEFAULT 0 CHECK (amount_received >= 0),
  payment_method TEXT NOT NULL CHECK (payment_method IN ('cash_on_delivery', 'card_on_delivery', 'card_online', 'bank_transfer', 'e_wallet', 'cheque')),
  payment_status TEXT NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'paid', 'pending_clearance', 'refunded', 'partly_refunded')),
  delivery_method TEXT NOT NULL CHECK (delivery_method IN ('own_courier', 'foot_courier', 'courier_service', 'post', 'pickup_point')),
  address TEXT NOT NULL DEFAULT '',
  delivery_date TEXT CHECK (delivery_date IS NULL OR delivery_date ${DAY}),
  window_from TEXT CHECK (window_from IS NULL OR window_from ${HHMM}),
  window_to TEXT CHECK (window_to IS NULL OR window_to ${HHMM}),
  courier_id INTEGER REFERENCES couriers(id),
  route_position INTEGER,
  tracking_number TEXT,
  parcel_weight_g INTEGER CHECK (parcel_weight_g IS NULL OR parcel_weight_g >= 0),
  checked_in_presence TEXT NOT NULL DEFAULT 'unknown' CHECK (checked_in_presence IN ('yes', 'refused', 'unknown')),
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'confirmed', 'scheduled', 'out_for_delivery', 'delivered', 'partly_bought_out', 'refused', 'not_at_home', 'returned', 'cancelled', 'lost')),
  customer_comment TEXT NOT NULL DEFAULT '',
  risk_override_reason TEXT,
  risk_override_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX orders_customer ON orders(customer_id, ordered_on);
CREATE INDEX orders_delivery ON orders(delivery_date, courier_id, window_from);
CREATE INDEX orders_ordered_on ON orders(ordered_on);
CREATE INDEX orders_status ON orders(status, delivery_date);

CREATE TABLE order_items (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  sku TEXT NOT NULL DEFAULT '',
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
  -- How many the customer kept on a partial buyout; NULL until the order is settled.
  kept_quantity INTEGER CHECK (kept_quantity IS NULL OR (kept_quantity >= 0 AND kept_quantity <= quantity))
) STRICT;
CREATE INDEX order_items_order ON order_items(order_id);

CREATE TABLE order_status_changes (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  at INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX order_status_changes_order ON order_status_changes(order_id, at);

CREATE TABLE delivery_attempts (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  courier_id INTEGER REFERENCES couriers(id),
  attempted_on TEXT NOT NULL CHECK (attempted_on ${DAY}),
  outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'partly_bought_out', 'refused', 'not_at_home', 'rescheduled', 'failed')),
  cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX delivery_attempts_order ON delivery_attempts(order_id);
CREATE INDEX delivery_attempts_day ON delivery_attempts(attempted_on, courier_id);

CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  order_id INTEGER REFERENCES orders(id),
  purpose TEXT NOT NULL CHECK (purpose IN ('confirmation', 'incoming', 'outgoing', 'follow_up')),
  outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'no_answer', 'busy', 'reschedule', 'cancelled', 'talked')),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at INTEGER NOT NULL,
  override_reason TEXT,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX calls_customer ON calls(customer_id, at);
CREATE INDEX calls_order ON calls(order_id, at);

CREATE TABLE courier_cash (
  id INTEGER PRIMARY KEY,
  courier_id INTEGER NOT NULL REFERENCES couriers(id),
  day TEXT NOT NULL CHECK (day ${DAY}),
  expected INTEGER NOT NULL CHECK (expected >= 0),
  handed_over INTEGER NOT NULL CHECK (handed_over >= 0),
  note TEXT NOT NULL DEFAULT '',
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX courier_cash_day ON courier_cash(day, courier_id);

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  happened_on TEXT NOT NULL CHECK (happened_on ${DAY}),
  channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'review_site', 'messenger', 'courier_report', 'in_person')),
  cause TEXT NOT NULL CHECK (cause IN ('cod_fraud', 'refusal_at_door', 'partial_buyout', 'not_at_home', 'late_delivery', 'claimed_missing_items', 'damaged', 'wrong_item_sent', 'lost_in_transit', 'delivered_not_received', 'price_error', 'shown_in_stock', 'promo_terms', 'delivery_terms_unclear', 'contact_wrong_time', 'customer_personalization_error', 'bad_payment', 'threat_or_bad_review', 'complaint_after_not_checking', 'other')),
  fault TEXT NOT NULL DEFAULT 'unknown' CHECK (fault IN ('shop', 'courier', 'carrier', 'customer', 'third_party', 'unknown')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'waiting', 'resolved', 'rejected')),
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('refund_full', 'refund_partial', 'reship', 'discount', 'compensation', 'remake', 'nothing')),
  follow_up_due INTEGER,
  customer_says TEXT NOT NULL DEFAULT '',
  promised TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  parcel_weight_g INTEGER CHECK (parcel_weight_g IS NULL OR parcel_weight_g >= 0),
  customer_id INTEGER REFERENCES customers(id),
  order_id INTEGER REFERENCES orders(id),
  courier_id INTEGER REFERENCES couriers(id),
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  archived_at INTEGER,
  archived_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX incidents_happened ON incidents(happened_on);
CREATE INDEX incidents_customer ON incidents(customer_id, happened_on);
CREATE INDEX incidents_order ON incidents(order_id);
CREATE INDEX incidents_courier ON incidents(courier_id, happened_on);
CREATE INDEX incidents_follow_up ON incidents(status, follow_up_due);
CREATE INDEX incidents_cause ON incidents(cause, happened_on);

CREATE TABLE incident_costs (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  kind TEXT NOT NULL CHECK (kind IN ('refund', 'reshipment_goods', 'reshipment_delivery', 'compensation', 'extra_delivery', 'goods_written_off', 'return_shipping', 'other', 'recovery')),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  note TEXT NOT NULL DEFAULT '',
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX incident_costs_incident ON incident_costs(incident_id);

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER REFERENCES incidents(id),
  order_id INTEGER REFERENCES orders(id),
  file_name TEXT NOT NULL,
  stored_name TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  mime TEXT NOT NULL DEFAULT 'application/octet-stream',
  added_by INTEGER NOT NULL REFERENCES staff(id),
  added_at INTEGER NOT NULL,
  removed_at INTEGER,
  removed_by INTEGER REFERENCES staff(id),
  CHECK (incident_id IS NOT NULL OR order_id IS NOT NULL)
) STRICT;
CREATE INDEX attachments_incident ON attachments(incident_id);
CREATE INDEX attachments_order ON attachments(order_id);

CREATE TABLE blocklist_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'address', 'name')),
  value TEXT NOT NULL CHECK (length(trim(value)) > 0),
  value_norm TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('block', 'prepayment', 'caution')),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  customer_id INTEGER REFERENCES customers(id),
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER,
  lifted_at INTEGER,
  lifted_by INTEGER REFERENCES staff(id),
  lift_reason TEXT,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL)),
  CHECK (lifted_at IS NULL OR length(trim(lift_reason)) > 0)
) STRICT;
CREATE INDEX blocklist_match ON blocklist_entries(kind, value_norm);
-- A block never silently disappears: entries are lifted (with who, when, why), not deleted,
-- and a lifted entry stays lifted.
CREATE TRIGGER blocklist_entries_no_delete BEFORE DELETE ON blocklist_entries
BEGIN SELECT RAISE(ABORT, 'blocklist entries are lifted, never deleted'); END;
-- Bumped on every change to the entries, so matching can cache what it derives from them and
-- know in one row read whether the cache is still good.
CREATE TABLE blocklist_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL) STRICT;
INSERT INTO blocklist_version (id, version) VALUES (1, 0);
CREATE TRIGGER blocklist_entries_version_insert AFTER INSERT ON blocklist_entries
BEGIN UPDATE blocklist_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER blocklist_entries_version_update AFTER UPDATE ON blocklist_entries
BEGIN UPDATE blocklist_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER blocklist_entries_keep_lift BEFORE UPDATE ON blocklist_entries
WHEN OLD.lifted_at IS NOT NULL AND (NEW.lifted_at IS NOT OLD.lifted_at OR NEW.lift_reason IS NOT OLD.lift_reason)
BEGIN SELECT RAISE(ABORT, 'a lifted blocklist entry keeps its history'); END;

CREATE TABLE blocklist_exceptions (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL REFERENCES blocklist_entries(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  granted_by INTEGER NOT NULL REFERENCES staff(id),
  granted_at INTEGER NOT NULL,
  revoked_at INTEGER,
  revoked_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX blocklist_exceptions_entry ON blocklist_exceptions(entry_id, customer_id);
CREATE TRIGGER blocklist_exceptions_no_delete BEFORE DELETE ON blocklist_exceptions
BEGIN SELECT RAISE(ABORT, 'exceptions are revoked, never deleted'); END;

-- Append-only: who changed what, before and after. The triggers below make it so in the
-- database itself, whatever the code above it does.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Customer totals. Revenue is what was actually received; losses are incident costs less
-- recoveries. Each trigger recounts only the customers a row belongs to (indexed look-ups).
CREATE TRIGGER orders_stats_insert AFTER INSERT ON orders BEGIN
  UPDATE customers SET orders_count = orders_count + 1, revenue = revenue + NEW.amount_received
  WHERE id = NEW.customer_id;
END;
CREATE TRIGGER orders_stats_update AFTER UPDATE OF customer_id, amount_received ON orders BEGIN
  UPDATE customers SET orders_count = orders_count - 1, revenue = revenue - OLD.amount_received
  WHERE id = OLD.customer_id;
  UPDATE customers SET orders_count = orders_count + 1, revenue = revenue + NEW.amount_received
  WHERE id = NEW.customer_id;
END;
CREATE TRIGGER incidents_stats_insert AFTER INSERT ON incidents WHEN NEW.customer_id IS NOT NULL BEGIN
  UPDATE customers SET incidents_count = incidents_count + 1 WHERE id = NEW.customer_id;
END;
CREATE TRIGGER incidents_stats_update AFTER UPDATE OF customer_id ON incidents BEGIN
  UPDATE customers SET incidents_count = incidents_count - 1,
    losses = losses - (SELECT coalesce(sum(CASE WHEN kind = 'recovery' THEN -amount ELSE amount END), 0)
                       FROM incident_costs WHERE incident_id = NEW.id)
  WHERE id = OLD.customer_id;
  UPDATE customers SET incidents_count = incidents_count + 1,
    losses = losses + (SELECT coalesce(sum(CASE WHEN kind = 'recovery' THEN -amount ELSE amount END), 0)
                       FROM incident_costs WHERE incident_id = NEW.id)
  WHERE id = NEW.customer_id;
END;
CREATE TRIGGER incident_costs_stats_insert AFTER INSERT ON incident_costs BEGIN
  UPDATE customers SET losses = losses + (CASE WHEN NEW.kind = 'recovery' THEN -NEW.amount ELSE NEW.amount END)
  WHERE id = (SELECT customer_id FROM incidents WHERE id = NEW.incident_id);
END;
CREATE TRIGGER incident_costs_stats_update AFTER UPDATE OF kind, amount, incident_id ON incident_costs BEGIN
  UPDATE customers SET losses = losses - (CASE WHEN OLD.kind = 'recovery' THEN -OLD.amount ELSE OLD.amount END)
  WHERE id = (SELECT customer_id FROM incidents WHERE id = OLD.incident_id);
  UPDATE customers SET losses = losses + (CASE WHEN NEW.kind = 'recovery' THEN -NEW.amount ELSE NEW.amount END)
  WHERE id = (SELECT customer_id FROM incidents WHERE id = NEW.incident_id);
END;
`;

export const initialSchema: Migration = {
  name: '0001-initial',
  up: (db) => db.exec(SQL),
};
