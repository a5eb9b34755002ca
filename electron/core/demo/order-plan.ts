import { PRODUCT_PICKER, type Product } from './catalog';
import { COURIERS_BY_METHOD } from './couriers';
import { FAR, MOSCOW } from './names';
import { Weighted, type Rng } from './random';
import { BEHAVIOR, type DemoState } from './state';
import {
  BANK,
  CARD_ON_DELIVERY,
  CARD_ONLINE,
  CHEQUE,
  COD,
  E_WALLET,
  FOOT,
  isCourierLike,
  leadDays,
  OWN,
  PICKUP,
  POST,
  SERVICE,
} from './order-terms';
import { ORDER_COMMENTS } from './texts';

export * from './order-terms';

// Deciding what one order is: lines, delivery method, payment, date, window, courier and how it
// ends. Emitting the rows (status history, visits, calls) is order-life.ts.

export type Outcome =
  | 'delivered'
  | 'partly_bought_out'
  | 'refused'
  | 'returned'
  | 'cancelled'
  | 'lost'
  /** Nobody at the address knows the buyer (SCENARIOS 1): a wasted trip, then cancelled. */
  | 'no_contact';

export interface PlanLine {
  product: Product;
  quantity: number;
  unitPrice: number;
}

export interface ExtraCall {
  day: number;
  minute: number;
  purpose: 'confirmation' | 'incoming' | 'outgoing' | 'follow_up';
  outcome: 'confirmed' | 'no_answer' | 'busy' | 'reschedule' | 'cancelled' | 'talked';
  note: string;
}

export interface OrderPlan {
  customer: number;
  day: number;
  minute: number;
  lines: PlanLine[];
  method: number;
  payment: number;
  deliveryDay: number;
  /** Index into DELIVERY_WINDOWS, or -1 for the post and pickup points. */
  window: number;
  courier: number;
  outcome: Outcome;
  missedVisits: number;
  /** Overrides for the missed visits: outcome and courier's note, in order. */
  visits?: { outcome: 'not_at_home' | 'rescheduled' | 'failed'; note: string }[];
  checked: 'yes' | 'refused' | 'unknown';
  address: string;
  comment: string;
  extraCalls?: ExtraCall[];
  /** Date and window fixed with the customer when ordering, not the morning before. */
  agreedAhead?: boolean;
  /** After the last missed visit nobody has reached the customer yet: no new date. */
  awaitingReschedule?: boolean;
  /** Set when a city event moved the whole day's plan (SCENARIOS 11). */
  movedNote?: string;
  weightG?: number;
  tag?: string;
}

const METHOD = {
  moscow: new Weighted([
    [OWN, 45],
    [FOOT, 22],
    [SERVICE, 8],
    [PICKUP, 25],
  ]),
  region: new Weighted([
    [OWN, 45],
    [SERVICE, 30],
    [PICKUP, 25],
  ]),
  far: new Weighted([
    [POST, 65],
    [SERVICE, 35],
  ]),
  bulkyNear: new Weighted([
    [OWN, 72],
    [SERVICE, 28],
  ]),
};
const PAYMENT = {
  courier: new Weighted([
    [COD, 48],
    [CARD_ON_DELIVERY, 25],
    [CARD_ONLINE, 15],
    [E_WALLET, 5],
    [BANK, 5],
    [CHEQUE, 2],
  ]),
  post: new Weighted([
    [CARD_ONLINE, 52],
    [COD, 33],
    [E_WALLET, 10],
    [BANK, 5],
  ]),
  pickup: new Weighted([
    [CARD_ONLINE, 45],
    [COD, 35],
    [CARD_ON_DELIVERY, 15],
    [E_WALLET, 5],
  ]),
  prepaid: new Weighted([
    [CARD_ONLINE, 70],
    [E_WALLET, 20],
    [BANK, 10],
  ]),
};
const WINDOW = new Weighted([
  [0, 30],
  [1, 27],
  [2, 31],
  [3, 12],
]);
const LINE_COUNT = new Weighted([
  [1, 44],
  [2, 30],
  [3, 15],
  [4, 7],
  [5, 4],
]);
const QUANTITY = new Weighted([
  [1, 80],
  [2, 15],
  [3, 5],
]);

export function pickLines(rng: Rng, count: number, bigger: boolean): PlanLine[] {
  const lines: PlanLine[] = [];
  for (let tries = 0; lines.length < count && tries < count * 4; tries++) {
    const product = PRODUCT_PICKER.sample(rng);
    if (lines.some((l) => l.product === product)) continue;
    const quantity = QUANTITY.sample(rng) + (bigger && rng.chance(0.5) ? rng.int(1, 3) : 0);
    lines.push({ product, quantity, unitPrice: product.price });
  }
  return lines;
}

export function linesWeight(lines: readonly PlanLine[]): number {
  let grams = 0;
  for (const l of lines) grams += l.product.weightG * l.quantity;
  return grams;
}

export function courierFor(rng: Rng, method: number): number {
  return rng.pick(COURIERS_BY_METHOD[method]!);
}

function drawOutcome(rng: Rng, behavior: number, method: number, payment: number, units: number): Outcome {
  const onDelivery = payment === COD || payment === CARD_ON_DELIVERY;
  const canSplit = units >= 2 && method !== POST;
  let pPartly = canSplit ? (isCourierLike(method) ? 0.035 : 0.01) : 0;
  let pRefuse = onDelivery ? 0.035 : 0.008;
  let pNoContact = 0;
  if (behavior === BEHAVIOR.picky) {
    pPartly = canSplit ? 0.25 : 0;
    pRefuse = 0.12;
  } else if (behavior === BEHAVIOR.partialBuyer) {
    pPartly = canSplit ? 0.7 : 0;
    pRefuse = 0.1;
  } else if (behavior === BEHAVIOR.noShow) {
    pRefuse = 0.3;
    pNoContact = isCourierLike(method) ? 0.15 : 0;
  }
  const pLost = method === POST ? 0.012 : method === SERVICE ? 0.004 : 0;
  // One roll against cumulative shares, in this order; whatever is left is delivered.
  const shares: [Outcome, number][] = [
    ['cancelled', 0.045],
    ['lost', pLost],
    ['no_contact', pNoContact],
    ['partly_bought_out', pPartly],
    ['refused', pRefuse],
    ['returned', 0.015],
  ];
  let x = rng.next();
  for (const [outcome, share] of shares) {
    if (x < share) return outcome;
    x -= share;
  }
  return 'delivered';
}

/** A generic order of customer `c`, placed on `day` at `minute`. */
export function planOrder(state: DemoState, c: number, day: number, minute: number): OrderPlan {
  const { rng, customers: pool } = state;
  const behavior = pool.behavior[c]!;
  const bigger = behavior === BEHAVIOR.partialBuyer;
  const lines = pickLines(rng, bigger ? rng.int(3, 6) : LINE_COUNT.sample(rng), bigger);
  const bulky = lines.some((l) => l.product.bulky);
  const region = pool.region[c]!;
  const preferred = pool.preferredCourier[c]!;

  let method: number;
  if (preferred >= 0) method = COURIERS_BY_METHOD[OWN]!.includes(preferred) ? OWN : FOOT;
  else if (region === FAR) method = bulky ? SERVICE : METHOD.far.sample(rng);
  else if (bulky) method = METHOD.bulkyNear.sample(rng);
  else method = (region === MOSCOW ? METHOD.moscow : METHOD.region).sample(rng);
  if (method === FOOT && (bulky || linesWeight(lines) > 8000)) method = OWN;

  let payment: number;
  if (pool.prepaymentOnly[c]) payment = PAYMENT.prepaid.sample(rng);
  else if (behavior === BEHAVIOR.partialBuyer || behavior === BEHAVIOR.noShow) payment = COD;
  else if (method === POST) payment = PAYMENT.post.sample(rng);
  else if (method === PICKUP) payment = PAYMENT.pickup.sample(rng);
  else payment = PAYMENT.courier.sample(rng);
  // Companies paying by bank transfer buy for a whole kindergarten group.
  if (payment === BANK) for (const l of lines) l.quantity *= rng.int(2, 5);

  let deliveryDay = day + leadDays(rng, method, minute, payment);
  let movedNote: string | undefined;
  const disrupted = state.calendar.today - 47;
  if (deliveryDay === disrupted && (method === OWN || method === FOOT)) {
    deliveryDay++;
    movedNote = 'Перенос на следующий день: центр перекрыт из-за городского праздника';
  }
  const courierLike = isCourierLike(method);
  let units = 0;
  for (const l of lines) units += l.quantity;
  const outcome = drawOutcome(rng, behavior, method, payment, units);
  const missRoll = rng.next();
  const missedVisits =
    !courierLike || outcome === 'cancelled' || outcome === 'no_contact'
      ? 0
      : behavior === BEHAVIOR.noShow
        ? missRoll < 0.5
          ? 1
          : missRoll < 0.75
            ? 2
            : 0
        : missRoll < 0.065
          ? 1
          : missRoll < 0.08
            ? 2
            : 0;
  const checkRoll = rng.next();
  const checked = courierLike
    ? checkRoll < 0.68
      ? 'yes'
      : checkRoll < 0.97
        ? 'unknown'
        : 'refused'
    : 'unknown';
  // A preferred foot courier cannot carry a cot: then one of the drivers goes.
  const courier =
    preferred >= 0 && COURIERS_BY_METHOD[method]!.includes(preferred) ? preferred : courierFor(rng, method);
  return {
    customer: c,
    day,
    minute,
    lines,
    method,
    payment,
    deliveryDay,
    window: courierLike ? WINDOW.sample(rng) : -1,
    courier,
    outcome,
    missedVisits,
    checked,
    address: method === PICKUP ? (state.couriers[courier]!.address ?? pool.address[c]!) : pool.address[c]!,
    comment: rng.chance(0.1) ? rng.pick(ORDER_COMMENTS) : '',
    agreedAhead: courierLike && !movedNote && rng.chance(0.05),
    movedNote,
  };
}
