import type { Migration } from './index';

// Schema 6 (issue 15, point 6):
// - call_callbacks: the time the customer asked to be called again ("call me after 19:00"), set
//   on the call that was told it. Local shop time 'YYYY-MM-DD HH:MM', so it sorts as text. A side
//   table, like order_cheques: no ADD COLUMN on a STRICT table.
// - order_messages: a message sent instead of a call (a pickup-point customer, a do-not-call
//   one), with the text as it was composed. Written once, never edited; the audit log has it too.
const SQL = /* sql */ `
CREATE TABLE call_callbacks (
  call_id INTEGER PRIMARY KEY REFERENCES calls(id),
  at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]')
) STRICT;

CREATE TABLE order_messages (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX order_messages_order ON order_messages(order_id, at);
`;

export const callbacksAndMessages: Migration = {
  name: '0006-callbacks-and-messages',
  up: (db) => db.exec(SQL),
};
