import type { ShopCalendar } from './calendar';
import type { ChildRows } from './child-rows';
import type { DemoCourier } from './couriers';
import type { PhoneBook } from './phones';
import type { Rng } from './random';
import type { DemoStatements } from './statements';

// What the generator's parts share while one demo shop is being built. Per-customer and
// per-order facts live in typed arrays, not objects: at 200,000 customers and a million orders
// that is tens of megabytes instead of hundreds.

export const BEHAVIOR = {
  normal: 0,
  /** Refuses or half-buys far more often than most. */
  picky: 1,
  /** SCENARIOS 6: biggest orders, keeps only part, refuses prepayment. */
  partialBuyer: 2,
  /** SCENARIOS 3: every order ends in an incident. */
  competitor: 3,
  /** SCENARIOS 20–22: complains often and loudly. */
  complainant: 4,
  /** Orders cash on delivery and is never there. */
  noShow: 5,
} as const;

export const DELIVERY_WINDOWS: readonly (readonly [string, string, number, number])[] = [
  ['11:00', '14:00', 660, 840],
  ['14:00', '17:00', 840, 1020],
  ['17:00', '20:00', 1020, 1200],
  ['20:00', '22:00', 1200, 1320],
];

export interface CustomerPool {
  count: number;
  /** Customers 0 .. storyCount-1 are the scenario characters; generic picks skip them. */
  storyCount: number;
  ids: Int32Array;
  arrival: Int32Array;
  arrivalMinute: Int16Array;
  region: Uint8Array;
  behavior: Uint8Array;
  activity: Float32Array;
  doNotCall: Uint8Array;
  /** Allowed call hours in minutes of the day; -1 when the customer set none. */
  callFrom: Int16Array;
  callTo: Int16Array;
  preferredCourier: Int8Array;
  prepaymentOnly: Uint8Array;
  address: string[];
}

export function newCustomerPool(count: number): CustomerPool {
  return {
    count,
    storyCount: 0,
    ids: new Int32Array(count),
    arrival: new Int32Array(count),
    arrivalMinute: new Int16Array(count),
    region: new Uint8Array(count),
    behavior: new Uint8Array(count),
    activity: new Float32Array(count),
    doNotCall: new Uint8Array(count),
    callFrom: new Int16Array(count).fill(-1),
    callTo: new Int16Array(count).fill(-1),
    preferredCourier: new Int8Array(count).fill(-1),
    prepaymentOnly: new Uint8Array(count),
    address: new Array<string>(count).fill(''),
  };
}

/** Compact facts about every inserted order, for incidents and the courier cash ledger. */
export interface OrderLog {
  count: number;
  id: Int32Array;
  customer: Int32Array;
  createdAt: Float64Array;
  day: Int32Array;
  /** Day of the last delivery visit (or the planned one). */
  deliveryDay: Int32Array;
  courier: Int8Array;
  method: Int8Array;
  payment: Int8Array;
  status: Int8Array;
  missedVisits: Uint8Array;
  itemsTotal: Int32Array;
  fee: Int32Array;
  keptValue: Int32Array;
  weightG: Int32Array;
  checked: Uint8Array;
}

export function newOrderLog(capacity: number): OrderLog {
  return {
    count: 0,
    id: new Int32Array(capacity),
    customer: new Int32Array(capacity),
    createdAt: new Float64Array(capacity),
    day: new Int32Array(capacity),
    deliveryDay: new Int32Array(capacity),
    courier: new Int8Array(capacity),
    method: new Int8Array(capacity),
    payment: new Int8Array(capacity),
    status: new Int8Array(capacity),
    missedVisits: new Uint8Array(capacity),
    itemsTotal: new Int32Array(capacity),
    fee: new Int32Array(capacity),
    keptValue: new Int32Array(capacity),
    weightG: new Int32Array(capacity),
    checked: new Uint8Array(capacity),
  };
}

export interface DemoState {
  rng: Rng;
  calendar: ShopCalendar;
  staffId: number;
  stmts: DemoStatements;
  /** Where orders' status changes, lines, visits and calls go (directly, or staged in bulk). */
  rows: ChildRows;
  phones: PhoneBook;
  couriers: DemoCourier[];
  customers: CustomerPool;
  orders: OrderLog;
  /** First and last local day orders are placed on (12 months up to today). */
  firstDay: number;
  blocklistEntries: number;
  /** Story hooks: order tag -> index in the order log. */
  taggedOrders: Map<string, number>;
  /** Cash on delivery collected per courier and day (key day * 16 + courier index). */
  cash: Map<number, number>;
}

export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
