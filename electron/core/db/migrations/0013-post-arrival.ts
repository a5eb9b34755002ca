import type { Migration } from './index';

// Schema 11 (issue 15, point 8): the post's "reached the customer's city" step.
// - post_arrivals: the day a post parcel reached the customer's city or post office, as the post's
//   tracking says, with who recorded it. History: a mistyped day is put right by a newer entry
//   (the latest counts), never by editing or deleting one. The audit log has each entry too.
// - orders_tracking: the call desk looks a parcel up by its tracking number (an equality, no
//   case); without an index that is a scan of every order.
const SQL = /* sql */ `
CREATE TABLE post_arrivals (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  arrived_on TEXT NOT NULL CHECK (arrived_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  note TEXT NOT NULL DEFAULT '',
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX post_arrivals_order ON post_arrivals(order_id, id);
CREATE TRIGGER post_arrivals_no_update BEFORE UPDATE ON post_arrivals
BEGIN SELECT RAISE(ABORT, 'an arrival is put right by a newer entry, never edited'); END;
CREATE TRIGGER post_arrivals_no_delete BEFORE DELETE ON post_arrivals
BEGIN SELECT RAISE(ABORT, 'an arrival is put right by a newer entry, never deleted'); END;

CREATE INDEX orders_tracking ON orders(tracking_number COLLATE NOCASE) WHERE tracking_number IS NOT NULL;
`;

export const postArrival: Migration = {
  name: 'post-arrival',
  up: (db) => db.exec(SQL),
};
