import type { PeriodReport } from '../../../shared/contract/reports';
import type { Db } from '../db/open';

/**
 * Incidents and their money per promo code or campaign in the period (scenario 15: which
 * promotion's terms cost what), largest net loss first. Read from the partial index
 * incidents_promo (0012), which holds only incidents with a code: no rollup is needed.
 */
export function lossesByPromoCode(db: Db, from: string, to: string): PeriodReport['byPromoCode'] {
  const rows = db
    .prepare(
      `select promo_code as promoCode, count(*) as count, sum(costs) as costs, sum(recovered) as recovered
       from incidents where promo_code is not null and archived_at is null and happened_on between ? and ?
       group by promo_code`,
    )
    .all(from, to) as { promoCode: string; count: number; costs: number; recovered: number }[];
  return rows
    .map((r) => ({ ...r, net: r.costs - r.recovered }))
    .sort((a, b) => b.net - a.net || b.count - a.count || a.promoCode.localeCompare(b.promoCode));
}
