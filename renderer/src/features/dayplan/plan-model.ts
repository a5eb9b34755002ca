import type { DayPlan, PlanStop } from '../../../../shared/contract/planning';
import type { DeliveryWindow } from '../../../../shared/domain/settings';

// The board's shape: one column for the unassigned orders, one per courier; in each column the
// shop's windows in order (plus "no window"), so every window is a place to drop an order.

export interface WindowGroup {
  key: string;
  window: DeliveryWindow | null;
  stops: PlanStop[];
}

export interface PlanColumn {
  key: string;
  courierId: number | null;
  name: string;
  kind: string | null;
  capacity: number | null;
  groups: WindowGroup[];
  /** The stops top to bottom, as the column shows them. */
  stops: PlanStop[];
}

export const windowKey = (w: DeliveryWindow) => `${w.from}-${w.to}`;
export const NO_WINDOW_KEY = 'none';

/** The shop window a stop's window falls in (a precise time 12:30–13:00 sits in 11:00–14:00). */
export function shopWindowOf(stop: PlanStop, windows: DeliveryWindow[]): DeliveryWindow | null {
  if (!stop.window) return null;
  const from = stop.window.from;
  return (
    windows.find((w) => w.from <= from && from < w.to) ??
    [...windows].reverse().find((w) => w.from <= from) ??
    windows[0] ??
    null
  );
}

export function groupStops(stops: PlanStop[], windows: DeliveryWindow[]): WindowGroup[] {
  const groups: WindowGroup[] = windows.map((w) => ({ key: windowKey(w), window: w, stops: [] }));
  const none: WindowGroup = { key: NO_WINDOW_KEY, window: null, stops: [] };
  for (const stop of stops) {
    const w = shopWindowOf(stop, windows);
    const group = w ? groups.find((g) => g.key === windowKey(w)) : undefined;
    (group ?? none).stops.push(stop);
  }
  return [...groups, none];
}

export function planColumns(plan: DayPlan, unassignedName: string): PlanColumn[] {
  const column = (
    key: string,
    courier: { id: number | null; name: string; kind: string | null; capacity: number | null },
    stops: PlanStop[],
  ): PlanColumn => {
    const groups = groupStops(stops, plan.windows);
    return {
      key,
      courierId: courier.id,
      name: courier.name,
      kind: courier.kind,
      capacity: courier.capacity,
      groups,
      stops: groups.flatMap((g) => g.stops),
    };
  };
  return [
    column('unassigned', { id: null, name: unassignedName, kind: null, capacity: null }, plan.unassigned),
    ...plan.couriers.map((c) => column(`courier-${c.id}`, c, c.stops)),
  ];
}

/** Stops a courier can still take per window: an even share of the day's capacity. */
export function windowShare(capacity: number | null, windows: number): number | null {
  if (capacity === null || windows === 0) return null;
  return Math.ceil(capacity / windows);
}

/** Selected stops in the order the board shows them: a bulk move keeps this order. */
export function selectedInOrder(columns: PlanColumn[], selected: ReadonlySet<number>): PlanStop[] {
  return columns.flatMap((c) => c.stops.filter((s) => selected.has(s.orderId)));
}

export interface WindowTotal {
  key: string;
  window: DeliveryWindow | null;
  count: number;
  /** What the couriers collect at the door in that window, minor units. */
  toCollect: number;
}

/**
 * The day per window across every column (couriers and unassigned): on a busy day the question
 * is "is 11:00–14:00 overloaded overall", which no single column answers.
 */
export function windowTotals(columns: PlanColumn[]): WindowTotal[] {
  const totals = new Map<string, WindowTotal>();
  for (const column of columns)
    for (const group of column.groups) {
      const total = totals.get(group.key) ?? { key: group.key, window: group.window, count: 0, toCollect: 0 };
      total.count += group.stops.length;
      total.toCollect += group.stops.reduce((sum, stop) => sum + stop.toCollect, 0);
      totals.set(group.key, total);
    }
  // "No window" only when some order has none.
  return [...totals.values()].filter((total) => total.window !== null || total.count > 0);
}

/**
 * Each courier's stops on the target day's plan before and after a move (undefined courierId
 * keeps each order's own courier): what the move dialog warns about before a courier is overloaded.
 */
export function loadsAfterMove(
  target: DayPlan,
  moving: PlanStop[],
  courierId: number | null | undefined,
): { id: number; name: string; capacity: number | null; before: number; after: number }[] {
  return target.couriers.map((courier) => {
    const here = new Set(courier.stops.map((s) => s.orderId));
    let after = courier.stops.length;
    for (const stop of moving) {
      const lands = (courierId === undefined ? stop.courierId : courierId) === courier.id;
      if (lands && !here.has(stop.orderId)) after += 1;
      if (!lands && here.has(stop.orderId)) after -= 1;
    }
    const { id, name, capacity } = courier;
    return { id, name, capacity, before: courier.stops.length, after };
  });
}
