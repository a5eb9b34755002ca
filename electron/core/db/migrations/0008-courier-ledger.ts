import type { Migration } from './index';

// Schema 8 (issue 15, point 7): the courier's money as a ledger across days.
// - courier_cash.kind: a handover is cash brought back, or a card-terminal total confirmed (card
//   payments at the door are reconciled apart from cash). ADD COLUMN with a CHECK makes SQLite
//   check every existing row; this table has a row per courier and day, a few thousand, not millions.
// - courier_cash_corrections: a mistyped handover (18,000 for 1,800) is put right by a correction
//   saying what the right amount was and why, never by editing the entry; the latest correction of
//   an entry is what counts. Both tables are history: no update (beyond nothing), no delete.
const SQL = /* sql */ `
ALTER TABLE courier_cash ADD COLUMN kind TEXT NOT NULL DEFAULT 'cash' CHECK (kind IN ('cash', 'card'));
CREATE INDEX courier_cash_courier ON courier_cash(courier_id, day);

CREATE TABLE courier_cash_corrections (
  id INTEGER PRIMARY KEY,
  cash_id INTEGER NOT NULL REFERENCES courier_cash(id),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX courier_cash_corrections_cash ON courier_cash_corrections(cash_id, id);

CREATE TRIGGER courier_cash_no_update BEFORE UPDATE ON courier_cash
BEGIN SELECT RAISE(ABORT, 'a handover is corrected by a new entry, never edited'); END;
CREATE TRIGGER courier_cash_no_delete BEFORE DELETE ON courier_cash
BEGIN SELECT RAISE(ABORT, 'a handover is corrected by a new entry, never deleted'); END;
CREATE TRIGGER courier_cash_corrections_no_update BEFORE UPDATE ON courier_cash_corrections
BEGIN SELECT RAISE(ABORT, 'corrections are history'); END;
CREATE TRIGGER courier_cash_corrections_no_delete BEFORE DELETE ON courier_cash_corrections
BEGIN SELECT RAISE(ABORT, 'corrections are history'); END;
`;

export const courierLedger: Migration = {
  name: '0008-courier-ledger',
  up: (db) => db.exec(SQL),
};
