import type { Migration } from './index';

// Schema 4: imports of orders and customers from files (issue 8).
// - imports: one row per import that wrote something: the file (name, SHA-256, where it is kept
//   under <data>/imports/), who, when, the mapping used, the counts, and the orders and customers
//   it created: an import writes in one transaction that no other writer can interleave, so they
//   are the id ranges first..last. History, so it can be neither changed nor deleted.
// - import_layouts: the mapping last used for a file layout (same header, or same column count
//   without one) and target, offered again when a file of that layout comes back.
// - No import_id column on orders or customers: ADD COLUMN on a STRICT table makes SQLite
//   quick_check every row (10–30 s on a million orders, at app start), and the ranges say the same.
const SQL = /* sql */ `
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  stored_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  target TEXT NOT NULL CHECK (target IN ('orders', 'customers')),
  layout_key TEXT NOT NULL,
  setup TEXT NOT NULL CHECK (json_valid(setup)),
  rows INTEGER NOT NULL CHECK (rows >= 0),
  created INTEGER NOT NULL CHECK (created >= 0),
  updated INTEGER NOT NULL CHECK (updated >= 0),
  unchanged INTEGER NOT NULL CHECK (unchanged >= 0),
  skipped INTEGER NOT NULL CHECK (skipped >= 0),
  refused INTEGER NOT NULL CHECK (refused >= 0),
  first_order_id INTEGER,
  last_order_id INTEGER,
  first_customer_id INTEGER,
  last_customer_id INTEGER,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX imports_at ON imports(at);
CREATE INDEX imports_sha256 ON imports(sha256);
CREATE TRIGGER imports_no_update BEFORE UPDATE ON imports
BEGIN SELECT RAISE(ABORT, 'imports are history'); END;
CREATE TRIGGER imports_no_delete BEFORE DELETE ON imports
BEGIN SELECT RAISE(ABORT, 'imports are history'); END;

CREATE TABLE import_layouts (
  layout_key TEXT NOT NULL,
  target TEXT NOT NULL CHECK (target IN ('orders', 'customers')),
  setup TEXT NOT NULL CHECK (json_valid(setup)),
  staff_id INTEGER REFERENCES staff(id),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (layout_key, target)
) STRICT;
`;

export const imports: Migration = {
  name: '0004-imports',
  up: (db) => db.exec(SQL),
};
