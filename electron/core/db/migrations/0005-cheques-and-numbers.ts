import type { Migration } from './index';

// Schema 5 (issue 14):
// - order_cheques: the day a cheque was received, so the day it clears (received + the shop's
//   clearance days) can be shown and a cheque order held from planning until it has cleared.
//   A side table, not a column: ADD COLUMN on the STRICT orders table makes SQLite check every
//   row (10–30 s on a million orders, at app start).
// - order_numbering: the next number of the shop's own sequence for the prefix it was kept for
//   (the prefix itself is a setting). Absent until the first number is generated, which starts
//   after the highest one already used with that prefix.
const SQL = /* sql */ `
CREATE TABLE order_cheques (
  order_id INTEGER PRIMARY KEY REFERENCES orders(id),
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
) STRICT;

CREATE TABLE order_numbering (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  prefix TEXT NOT NULL,
  next INTEGER NOT NULL CHECK (next >= 1)
) STRICT;
`;

export const chequesAndNumbers: Migration = {
  name: '0005-cheques-and-numbers',
  up: (db) => db.exec(SQL),
};
