import type { Rng, Weighted } from './random';

// The shape of an incident cause in the demo shop (profiles in incident-causes-*.ts): which orders
// it happens to, how it reaches the shop, whose fault it usually is, what it costs and what people
// say. Figures follow SCENARIOS.md (200–500 roubles to take back a promo complaint, a 50%
// compromise on a price error, a courier trip per missed visit, return shipping paid by the shop).

export type Channel = 'phone' | 'email' | 'review_site' | 'messenger' | 'courier_report' | 'in_person';
export type Fault = 'shop' | 'courier' | 'carrier' | 'customer' | 'third_party' | 'unknown';
export type Resolution =
  'refund_full' | 'refund_partial' | 'reship' | 'discount' | 'compensation' | 'remake' | 'nothing';
export type CostKind =
  | 'refund'
  | 'reshipment_goods'
  | 'reshipment_delivery'
  | 'compensation'
  | 'extra_delivery'
  | 'goods_written_off'
  | 'return_shipping'
  | 'other'
  | 'recovery';
/** Which orders a cause happens to (see incidents.ts for the pools). */
export type OrderPool =
  'delivered' | 'partly' | 'refused' | 'missed' | 'lost' | 'noContact' | 'any' | 'prepaid';

export interface CostFacts {
  itemsTotal: number;
  fee: number;
  /** What one courier trip of the order's courier costs. */
  trip: number;
  missedVisits: number;
  /** Value of what the customer sent back on a partial buyout. */
  returnedValue: number;
}

export type CostLine = readonly [kind: CostKind, amount: number, note: string];

export interface CauseProfile {
  weight: number;
  pool: OrderPool;
  /** Share of incidents of this cause that are about a specific order. */
  withOrder: number;
  channels: Weighted<Channel>;
  faults: Weighted<Fault>;
  resolutions: Weighted<Resolution>;
  /** Money lines; `full` asks for every line the cause can have (coverage in small shops). */
  costs: (rng: Rng, f: CostFacts, full: boolean) => CostLine[];
  says: readonly string[];
  promised: readonly string[];
  description: readonly string[];
}
