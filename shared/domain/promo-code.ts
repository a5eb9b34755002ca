// A promo code or campaign name as the register keeps it (scenario 15): trimmed, inner spaces
// collapsed and upper-case, so "spring 25" typed on one call and "SPRING 25 " on the next group
// together in the reports. Empty means none.

export const PROMO_CODE_MAX = 64;

export function normalizePromoCode(text: string | null | undefined): string | null {
  const code = (text ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
  return code === '' ? null : code;
}
