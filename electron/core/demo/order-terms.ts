import type { Rng } from './random';

// The shop's terms, by delivery method and payment: which methods a courier carries to the door,
// which payments arrive before delivery, what delivery costs the customer and how long it takes.

// Indices into DELIVERY_METHODS and PAYMENT_METHODS (shared/domain/enums.ts).
export const OWN = 0;
export const FOOT = 1;
export const SERVICE = 2;
export const POST = 3;
export const PICKUP = 4;
export const COD = 0;
export const CARD_ON_DELIVERY = 1;
export const CARD_ONLINE = 2;
export const BANK = 3;
export const E_WALLET = 4;
export const CHEQUE = 5;

const COURIER_LIKE = [true, true, true, false, false];
export const isCourierLike = (method: number) => COURIER_LIKE[method]!;
export const isPaidUpFront = (payment: number) =>
  payment === CARD_ONLINE || payment === E_WALLET || payment === BANK;

/** The delivery fee the customer pays, kopecks: free above a threshold for the shop's own couriers. */
export function deliveryFee(method: number, itemsTotal: number, weightG: number): number {
  switch (method) {
    case OWN:
      return itemsTotal >= 500_000 ? 0 : 30_000;
    case FOOT:
      return itemsTotal >= 500_000 ? 0 : 25_000;
    case SERVICE:
      return itemsTotal >= 1_500_000 ? 0 : 39_000;
    case POST:
      return 35_000 + Math.floor(weightG / 1000) * 3_000;
    default:
      return itemsTotal >= 300_000 ? 0 : 15_000;
  }
}

/** Days from ordering to the (first planned) delivery. */
export function leadDays(rng: Rng, method: number, minute: number, payment: number): number {
  const clearance = payment === CHEQUE ? rng.int(6, 8) : 0;
  if (method === OWN || method === FOOT) return clearance + (minute < 840 ? 1 : rng.int(1, 2));
  if (method === SERVICE) return clearance + rng.int(1, 3);
  if (method === POST) return clearance + rng.int(4, 10);
  return clearance + rng.int(2, 4);
}
