import type { Migration } from './index';

// Issue 16, point 6 (scenario 15: ~180 promo-code complaints a month).
// - incidents.promo_code: the promo code or campaign a complaint is about, kept upper-case and
//   trimmed by core (normalizePromoCode) so "spring" and "SPRING " group together. Null: none.
// - incidents_promo: a partial covering index, so the register's promo filter and the report's
//   "by promo code" grouping read the index alone — only incidents with a code are in it.
// The follow-up worklist needs no schema: incidents_follow_up_totals (0002) already orders open
// and waiting incidents by their follow-up time.
const SQL = /* sql */ `
ALTER TABLE incidents ADD COLUMN promo_code TEXT
  CHECK (promo_code IS NULL OR (length(promo_code) BETWEEN 1 AND 64 AND promo_code = upper(trim(promo_code))));
CREATE INDEX incidents_promo ON incidents(promo_code, happened_on, costs, recovered)
  WHERE promo_code IS NOT NULL AND archived_at IS NULL;
`;

export const followupsPromo: Migration = {
  name: '0012-followups-promo',
  up: (db) => db.exec(SQL),
};
