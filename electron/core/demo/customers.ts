import { maybeBlock } from './blocklist';
import { COURIERS_BY_METHOD } from './couriers';
import { address, email, FAR, MOSCOW, MOSCOW_REGION, personName, type Region } from './names';
import { normalizeAddress, normalizeEmail, normalizeName } from './normalize';
import type { DemoPhone } from './phones';
import { apportion, Weighted } from './random';
import { rowId } from './statements';
import { BEHAVIOR, minutesOf, type DemoState } from './state';
import { CALL_HOURS, CUSTOMER_NOTES, DELIVERY_NOTES } from './texts';

// Customers: who they are, where they live, how they behave. Ids follow the day each customer
// first appeared, so the oldest regulars have the smallest ids, as in a real shop's database.

const DAY = 86_400_000;

export interface CustomerSpec {
  name: string;
  region: Region;
  address: string;
  secondAddress?: string;
  zone: string | null;
  mobile: DemoPhone;
  extraPhone?: { phone: DemoPhone; kind: 'mobile' | 'landline' };
  emails: string[];
  vip?: boolean;
  caution?: boolean;
  doubtful?: boolean;
  callHours?: readonly [string, string];
  doNotCall?: boolean;
  preferredCourier?: number;
  deliveryNotes?: string;
  note?: string;
  staffNotes?: string[];
  behavior: number;
  activity: number;
  createdAt: number;
}

/** Inserts one customer with phones, e-mails, addresses and notes; fills pool slot `index`. */
export function insertCustomer(state: DemoState, index: number, spec: CustomerSpec): number {
  const { stmts, rows, rng, couriers, customers: pool } = state;
  const preferredId = spec.preferredCourier === undefined ? null : couriers[spec.preferredCourier]!.id;
  const id = rowId(
    stmts.customer.run(
      spec.name,
      normalizeName(spec.name),
      spec.vip ? 1 : 0,
      spec.caution ? 1 : 0,
      spec.doubtful ? 1 : 0,
      spec.callHours?.[0] ?? null,
      spec.callHours?.[1] ?? null,
      spec.zone,
      spec.doNotCall ? 1 : 0,
      preferredId,
      spec.deliveryNotes ?? '',
      spec.note ?? '',
      spec.createdAt,
      spec.createdAt,
    ),
  );
  const verified = rng.chance(0.65) ? 1 : 0;
  const m = spec.mobile;
  rows.add('phones', id, m.e164, m.digitsReversed, m.raw, 'mobile', verified, spec.createdAt);
  if (spec.extraPhone) {
    const x = spec.extraPhone.phone;
    rows.add('phones', id, x.e164, x.digitsReversed, x.raw, spec.extraPhone.kind, 0, spec.createdAt);
  }
  for (const e of spec.emails) rows.add('emails', id, e, normalizeEmail(e), spec.createdAt);
  rows.add('addresses', id, spec.address, normalizeAddress(spec.address), '', spec.createdAt);
  if (spec.secondAddress) {
    const second = spec.secondAddress;
    rows.add('addresses', id, second, normalizeAddress(second), 'второй адрес', spec.createdAt);
  }
  const now = state.calendar.now;
  for (const text of spec.staffNotes ?? []) {
    stmts.customerNote.run(id, text, state.staffId, Math.min(now, spec.createdAt + rng.int(1, 90) * DAY));
  }

  pool.ids[index] = id;
  pool.region[index] = spec.region;
  pool.behavior[index] = spec.behavior;
  pool.activity[index] = spec.activity;
  pool.doNotCall[index] = spec.doNotCall ? 1 : 0;
  pool.callFrom[index] = spec.callHours ? minutesOf(spec.callHours[0]) : -1;
  pool.callTo[index] = spec.callHours ? minutesOf(spec.callHours[1]) : -1;
  pool.preferredCourier[index] = spec.preferredCourier ?? -1;
  pool.address[index] = spec.address;
  return id;
}

const REGION = new Weighted<Region>([
  [MOSCOW, 68],
  [MOSCOW_REGION, 16],
  [FAR, 16],
]);

const GENERIC_BEHAVIOR = new Weighted<number>([
  [BEHAVIOR.normal, 955],
  [BEHAVIOR.picky, 30],
  [BEHAVIOR.complainant, 6],
  [BEHAVIOR.noShow, 4],
  [BEHAVIOR.partialBuyer, 3],
  [BEHAVIOR.competitor, 2],
]);

/**
 * The days customers first appeared: 40% before the 12 months of orders, the rest spread like
 * the orders themselves (a busy day brings more newcomers). Sorted, so ids follow time.
 */
function arrivalDays(state: DemoState, count: number, dayWeights: Float64Array): Int32Array {
  const { rng, firstDay } = state;
  const before = Math.round(count * 0.4);
  const days = new Int32Array(count);
  for (let i = 0; i < before; i++) days[i] = firstDay - rng.int(1, 730);
  const perDay = apportion(count - before, Array.from(dayWeights));
  let k = before;
  perDay.forEach((n, d) => {
    for (let j = 0; j < n; j++) days[k++] = firstDay + d;
  });
  return days.sort();
}

/** Generic customers fill pool slots from `start` to the end. */
export function generateCustomers(state: DemoState, start: number, dayWeights: Float64Array): void {
  const { rng, customers: pool, calendar, phones } = state;
  const days = arrivalDays(state, pool.count - start, dayWeights);
  for (let i = start; i < pool.count; i++) {
    const day = days[i - start]!;
    const minute =
      day === calendar.today ? rng.int(0, Math.max(0, calendar.nowMinute - 1)) : rng.int(420, 1430);
    pool.arrival[i] = day;
    pool.arrivalMinute[i] = minute;
    const createdAt = calendar.at(day, minute);
    const name = personName(rng);
    const region = REGION.sample(rng);
    const home = address(rng, region);
    const behavior = GENERIC_BEHAVIOR.sample(rng);
    const troubled = behavior !== BEHAVIOR.normal && behavior !== BEHAVIOR.picky;
    const u = rng.next();
    // Most people order now and then; a few regulars order every week or two.
    // The troublesome ones order now and then: loud, not frequent.
    const activity =
      behavior === BEHAVIOR.normal || behavior === BEHAVIOR.picky ? 0.03 + 0.97 * u * u * u : 0.1 + 0.3 * u;
    const mobile = phones.mobile(rng);
    // A second number: mostly a landline, which the shop now asks of cash-on-delivery buyers.
    let extra: CustomerSpec['extraPhone'];
    if (rng.chance(behavior === BEHAVIOR.noShow ? 0.4 : 0.12)) {
      extra = rng.chance(0.7)
        ? { phone: phones.landline(rng), kind: 'landline' }
        : { phone: phones.mobile(rng), kind: 'mobile' };
    }
    const emails = rng.chance(0.72) ? [email(rng, name, i + 1)] : [];
    if (emails.length > 0 && rng.chance(0.03)) emails.push(email(rng, name, i + 100_001));
    const hours = rng.chance(0.25) ? rng.pick(CALL_HOURS) : undefined;
    const preferred =
      region === MOSCOW && rng.chance(0.02)
        ? rng.pick([...COURIERS_BY_METHOD[0]!, ...COURIERS_BY_METHOD[1]!])
        : undefined;
    insertCustomer(state, i, {
      name: name.full,
      region,
      address: home.text,
      secondAddress: rng.chance(0.08) ? address(rng, region === FAR ? FAR : MOSCOW).text : undefined,
      zone: home.zone,
      mobile,
      extraPhone: extra,
      emails,
      vip: behavior === BEHAVIOR.normal && activity > 0.75 && rng.chance(0.35),
      caution: troubled || (behavior === BEHAVIOR.picky && rng.chance(0.3)),
      doubtful: rng.chance(behavior === BEHAVIOR.complainant ? 0.5 : 0.01),
      callHours: hours,
      doNotCall: rng.chance(0.05),
      preferredCourier: preferred,
      deliveryNotes: rng.chance(0.15) ? rng.pick(DELIVERY_NOTES) : '',
      note: rng.chance(0.03) ? rng.pick(CUSTOMER_NOTES) : '',
      staffNotes: rng.chance(0.03) ? [rng.pick(CUSTOMER_NOTES)] : undefined,
      behavior,
      activity,
      createdAt,
    });
    const prepayment = maybeBlock(state, {
      index: i,
      customerId: pool.ids[i]!,
      name: name.full,
      phone: mobile.e164,
      email: emails[0] ?? null,
      address: home.text,
      createdAt,
    });
    if (prepayment) pool.prepaymentOnly[i] = 1;
  }
}
