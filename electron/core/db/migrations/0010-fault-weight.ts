import type { Migration } from './index';

// Schema 10 (issue 16, points 1 and 7): fault decides who carries a loss.
// - incident_day_courier_fault replaces incident_day_courier (0003): incident money per day,
//   courier and fault, so Reports can show each courier's bar by fault and count against the
//   courier only what was the courier's (or the carrier's) fault (shared/domain/attribution.ts).
//   Kept by triggers like the other incident_day_* rollups; a key of 0 means "no courier".
// - incidents.not_held_against_customer: the owner's word that an incident by the customer's
//   fault does not weigh in the customer's verdict (1), audited with the incident's update. No
//   CHECK: ADD COLUMN with one makes SQLite check every incident; STRICT keeps it an integer and
//   only core writes it, as 0 or 1.
const KEY = (r: 'NEW' | 'OLD') => `${r}.happened_on, coalesce(${r}.courier_id, 0), ${r}.fault`;

const upsert = (row: 'NEW' | 'OLD', sign: '' | '-') => `
  INSERT INTO incident_day_courier_fault (day, courier_id, fault, count, costs, recovered)
  SELECT ${KEY(row)}, ${sign}1, ${sign}${row}.costs, ${sign}${row}.recovered WHERE ${row}.archived_at IS NULL
  ON CONFLICT (day, courier_id, fault) DO UPDATE SET
    count = count + excluded.count, costs = costs + excluded.costs, recovered = recovered + excluded.recovered;`;

const SQL = /* sql */ `
DROP TRIGGER incident_day_courier_insert;
DROP TRIGGER incident_day_courier_update;
DROP TRIGGER incident_day_courier_delete;
DROP TABLE incident_day_courier;

CREATE TABLE incident_day_courier_fault (
  day TEXT NOT NULL,
  courier_id INTEGER NOT NULL,
  fault TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  costs INTEGER NOT NULL DEFAULT 0,
  recovered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, courier_id, fault)
) STRICT, WITHOUT ROWID;
INSERT INTO incident_day_courier_fault (day, courier_id, fault, count, costs, recovered)
SELECT happened_on, coalesce(courier_id, 0), fault, count(*), sum(costs), sum(recovered) FROM incidents
WHERE archived_at IS NULL GROUP BY 1, 2, 3;
CREATE TRIGGER incident_day_courier_fault_insert AFTER INSERT ON incidents BEGIN ${upsert('NEW', '')} END;
CREATE TRIGGER incident_day_courier_fault_update
AFTER UPDATE OF happened_on, fault, courier_id, costs, recovered, archived_at ON incidents BEGIN
  ${upsert('OLD', '-')}
  ${upsert('NEW', '')}
END;
CREATE TRIGGER incident_day_courier_fault_delete AFTER DELETE ON incidents BEGIN ${upsert('OLD', '-')} END;

ALTER TABLE incidents ADD COLUMN not_held_against_customer INTEGER NOT NULL DEFAULT 0;
`;

export const faultWeight: Migration = {
  name: '0010-fault-weight',
  up: (db) => db.exec(SQL),
};
