import { findHits } from '../blocklist/match';
import type { CoreContext } from '../context';
import { forbidden } from '../errors';
import { getStaff } from '../staff/queries';
import { probeOf } from './rows';
import type { Customer } from '../../../shared/contract/customers';

/**
 * An operator may not edit a customer's details out from under the owner's blocklist: a phone,
 * e-mail, address or name that an active block or prepayment-only entry matches stays until the
 * owner changes it (issue 18: an operator replaced a blocked customer's phone and the refused
 * order went through). Loose matches are only cautions and do not hold the detail.
 */
export function assertBlockedDetailsKept(
  ctx: CoreContext,
  before: Customer,
  after: Customer,
  country: string,
): void {
  const staff = ctx.session.staffId === null ? undefined : getStaff(ctx.db, ctx.session.staffId);
  if (staff?.role === 'owner') return;
  const now = ctx.now();
  // The details themselves, not the person: an entry made for the customer follows them anyway
  // (match.ts), but the blocked detail is still the owner's to remove. An owner's exception for
  // this customer frees the detail.
  const excepted = new Set(
    findHits(ctx.db, probeOf(before), country, now)
      .filter((hit) => hit.exception !== null)
      .map((hit) => hit.entryId),
  );
  const held = (customer: Customer) =>
    findHits(ctx.db, { ...probeOf(customer), customerId: undefined }, country, now).filter(
      (hit) => hit.match === 'exact' && hit.effective !== 'caution' && !excepted.has(hit.entryId),
    );
  const kept = new Set(held(after).map((hit) => hit.entryId));
  const lost = held(before).find((hit) => !kept.has(hit.entryId));
  if (lost)
    throw forbidden(
      `“${lost.matchedValue}” is on the blocklist (${lost.action}); only the owner can change or remove it from the customer.`,
    );
}
