import type { CourierKind } from './enums';

// Scenario 12: a pram or a chest of drawers must not go to a foot courier or a pickup point
// without a word. The weight a courier kind (or the delivery method it stands for) can carry, in
// grams; own drivers carry anything. Sensible defaults — a warning, never a refusal: the owner
// knows her couriers; the plan only says so before the parcel leaves.
export const PARCEL_WEIGHT_LIMITS_G: Partial<Record<CourierKind, number>> = {
  foot_courier: 5_000,
  pickup_point: 15_000,
  post: 20_000,
  courier_service: 30_000,
};

/** The delivery methods that stand for a courier kind when no courier is assigned yet. */
const METHOD_KIND: Record<string, CourierKind> = {
  foot_courier: 'foot_courier',
  pickup_point: 'pickup_point',
  post: 'post',
  courier_service: 'courier_service',
};

export interface OverWeight {
  kind: CourierKind;
  weightG: number;
  limitG: number;
}

/**
 * Whether a parcel is too heavy for the courier kind it goes with — the assigned courier's kind,
 * else the one its delivery method names. Null when the weight is unknown or within the limit.
 */
export function overWeight(
  parcelWeightG: number | null,
  courierKind: string | null,
  deliveryMethod: string,
): OverWeight | null {
  if (parcelWeightG === null) return null;
  const kind = (courierKind ?? METHOD_KIND[deliveryMethod] ?? null) as CourierKind | null;
  const limitG = kind ? PARCEL_WEIGHT_LIMITS_G[kind] : undefined;
  return kind && limitG !== undefined && parcelWeightG > limitG
    ? { kind, weightG: parcelWeightG, limitG }
    : null;
}
