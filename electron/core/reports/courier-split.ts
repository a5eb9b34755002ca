import type { PeriodReport } from '../../../shared/contract/reports';
import { isCourierFault } from '../../../shared/domain/attribution';
import type { FAULTS } from '../../../shared/domain/enums';

type Fault = (typeof FAULTS)[number];
type Money = PeriodReport['byCourier'][number]['carried'];
type CourierRow = PeriodReport['byCourier'][number];

// Losses by courier (issue 16): a courier carries a loss only when it was the courier's or the
// carrier's fault (shared/domain/attribution.ts); the rest of what names the courier shows by
// fault inside the courier's bar, so a shop-fault price error never reads as the driver's loss.

/** Loss money per courier (0 = none named) and fault. */
export type CourierFaultTotals = Map<number, Map<Fault, Money>>;

export function addCourierLoss(
  into: CourierFaultTotals,
  courierId: number,
  fault: Fault,
  line: { count: number; costs: number; recovered: number },
): void {
  let faults = into.get(courierId);
  if (!faults) into.set(courierId, (faults = new Map()));
  let m = faults.get(fault);
  if (!m) faults.set(fault, (m = { count: 0, costs: 0, recovered: 0, net: 0 }));
  m.count += line.count;
  m.costs += line.costs;
  m.recovered += line.recovered;
  m.net += line.costs - line.recovered;
}

const sum = (rows: readonly Money[]): Money =>
  rows.reduce(
    (t, m) => ({
      count: t.count + m.count,
      costs: t.costs + m.costs,
      recovered: t.recovered + m.recovered,
      net: t.net + m.net,
    }),
    { count: 0, costs: 0, recovered: 0, net: 0 },
  );

/**
 * One row per courier: all it is named on, what it carries, and the faults inside; the courier
 * who carries most first, then by all that names them.
 */
export function courierSplit(totals: CourierFaultTotals, names: ReadonlyMap<number, string>): CourierRow[] {
  const rows: CourierRow[] = [];
  for (const [id, faults] of totals) {
    const byFault = [...faults]
      .filter(([, m]) => m.count !== 0)
      .map(([fault, m]) => ({ fault, ...m }))
      // The courier's own part first, so it starts each bar.
      .sort((a, b) => Number(isCourierFault(b.fault)) - Number(isCourierFault(a.fault)) || b.net - a.net);
    if (byFault.length === 0) continue;
    const courierId = id === 0 ? null : id;
    rows.push({
      courierId,
      name: courierId === null ? null : (names.get(courierId) ?? null),
      ...sum(byFault),
      carried: sum(byFault.filter((row) => isCourierFault(row.fault))),
      byFault,
    });
  }
  return rows.sort((a, b) => b.carried.net - a.carried.net || b.net - a.net || b.count - a.count);
}
