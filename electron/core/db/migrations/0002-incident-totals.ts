import type { Migration } from './index';

// Schema 2: what the incidents register and the risk filter of the orders list need.
// - Cost lines are voided, never deleted (a mistyped refund stays visible, crossed out).
// - Each incident keeps its cost and recovered totals, kept by triggers, so a filtered list of
//   100k incidents sums its totals without reading every cost line; a customer's losses now
//   follow their incidents' totals (one place computes "costs less recoveries").
// - "Waiting" says for whom: the customer, the carrier or the post.
// - Orders can be filtered by customers with an active blocklist entry (index by customer).
const SQL = /* sql */ `
ALTER TABLE incident_costs ADD COLUMN voided_at INTEGER;
ALTER TABLE incident_costs ADD COLUMN voided_by INTEGER REFERENCES staff(id);
ALTER TABLE incident_costs ADD COLUMN void_reason TEXT;
ALTER TABLE incidents ADD COLUMN waiting_for TEXT CHECK (waiting_for IS NULL OR waiting_for IN ('customer', 'carrier', 'post'));
ALTER TABLE incidents ADD COLUMN costs INTEGER NOT NULL DEFAULT 0 CHECK (costs >= 0);
ALTER TABLE incidents ADD COLUMN recovered INTEGER NOT NULL DEFAULT 0 CHECK (recovered >= 0);

DROP TRIGGER incident_costs_stats_insert;
DROP TRIGGER incident_costs_stats_update;
DROP TRIGGER incidents_stats_update;

UPDATE incidents SET
  costs = (SELECT coalesce(sum(amount), 0) FROM incident_costs WHERE incident_id = incidents.id AND kind <> 'recovery'),
  recovered = (SELECT coalesce(sum(amount), 0) FROM incident_costs WHERE incident_id = incidents.id AND kind = 'recovery');

CREATE TRIGGER incident_costs_no_delete BEFORE DELETE ON incident_costs
BEGIN SELECT RAISE(ABORT, 'cost lines are voided, never deleted'); END;
CREATE TRIGGER incident_costs_keep_void BEFORE UPDATE ON incident_costs WHEN OLD.voided_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a voided cost line keeps its history'); END;

CREATE TRIGGER incident_costs_totals_insert AFTER INSERT ON incident_costs WHEN NEW.voided_at IS NULL BEGIN
  UPDATE incidents SET
    costs = costs + (CASE WHEN NEW.kind = 'recovery' THEN 0 ELSE NEW.amount END),
    recovered = recovered + (CASE WHEN NEW.kind = 'recovery' THEN NEW.amount ELSE 0 END)
  WHERE id = NEW.incident_id;
END;
CREATE TRIGGER incident_costs_totals_update AFTER UPDATE OF kind, amount, incident_id, voided_at ON incident_costs BEGIN
  UPDATE incidents SET
    costs = costs - (CASE WHEN OLD.voided_at IS NULL AND OLD.kind <> 'recovery' THEN OLD.amount ELSE 0 END),
    recovered = recovered - (CASE WHEN OLD.voided_at IS NULL AND OLD.kind = 'recovery' THEN OLD.amount ELSE 0 END)
  WHERE id = OLD.incident_id;
  UPDATE incidents SET
    costs = costs + (CASE WHEN NEW.voided_at IS NULL AND NEW.kind <> 'recovery' THEN NEW.amount ELSE 0 END),
    recovered = recovered + (CASE WHEN NEW.voided_at IS NULL AND NEW.kind = 'recovery' THEN NEW.amount ELSE 0 END)
  WHERE id = NEW.incident_id;
END;

CREATE TRIGGER incidents_losses AFTER UPDATE OF costs, recovered ON incidents
WHEN NEW.customer_id IS NOT NULL AND OLD.customer_id IS NEW.customer_id BEGIN
  UPDATE customers SET losses = losses + (NEW.costs - NEW.recovered) - (OLD.costs - OLD.recovered)
  WHERE id = NEW.customer_id;
END;
CREATE TRIGGER incidents_stats_update AFTER UPDATE OF customer_id ON incidents
WHEN OLD.customer_id IS NOT NEW.customer_id BEGIN
  UPDATE customers SET incidents_count = incidents_count - 1, losses = losses - (OLD.costs - OLD.recovered)
  WHERE id = OLD.customer_id;
  UPDATE customers SET incidents_count = incidents_count + 1, losses = losses + (NEW.costs - NEW.recovered)
  WHERE id = NEW.customer_id;
END;

CREATE INDEX blocklist_customer ON blocklist_entries(customer_id) WHERE customer_id IS NOT NULL;
-- The Incidents screen sums costs and recoveries over whatever its filter matches: these indexes
-- carry the money, so the totals are read from the index alone.
DROP INDEX incidents_follow_up;
CREATE INDEX incidents_follow_up_totals ON incidents(status, follow_up_due, costs, recovered) WHERE archived_at IS NULL;
CREATE INDEX incidents_day_totals ON incidents(happened_on, costs, recovered) WHERE archived_at IS NULL;
`;

export const incidentTotals: Migration = {
  name: '0002-incident-totals',
  up: (db) => db.exec(SQL),
};
