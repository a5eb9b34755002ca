import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { PaymentMethod } from '../../../shared/domain/enums';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AppError, forbidden } from '../errors';
import { getStaff } from '../staff/queries';
import { countingHits } from './match';

/** Payment on the doorstep: what a prepayment-only customer may not use. */
const PAID_ON_DELIVERY: readonly PaymentMethod[] = ['cash_on_delivery', 'card_on_delivery'];

export interface OrderPolicyInput {
  hits: BlocklistHit[];
  paymentMethod: PaymentMethod;
  /** The owner's reason to go ahead despite a block or prepayment entry. */
  overrideReason?: string;
  /** What the audit log names when an override is used. */
  orderRef: { entity: string; entityId: number | null; number: string };
}

/**
 * The blocklist's word on an order, at every place an order is created or edited (form, import).
 * A block refuses the order; prepayment-only refuses payment on delivery. Only the owner can
 * override, with a reason, and the override goes to the audit log. Answers the override used, if
 * any, so the order can carry it (the orders list filters by it).
 */
export function enforceOrderPolicy(
  ctx: CoreContext,
  input: OrderPolicyInput,
): { reason: string; staffId: number } | null {
  const hits = countingHits(input.hits);
  const blocks = hits.filter((h) => h.effective === 'block');
  const prepayment = hits.filter((h) => h.effective === 'prepayment');
  const violations = [
    ...blocks.map((h) => `blocked (${h.kind}: ${h.reason})`),
    ...(PAID_ON_DELIVERY.includes(input.paymentMethod)
      ? prepayment.map((h) => `prepayment only (${h.kind}: ${h.reason})`)
      : []),
  ];
  if (violations.length === 0) return null;

  const reason = input.overrideReason?.trim();
  if (!reason) {
    throw new AppError(
      'BLOCKED_BY_POLICY',
      `This order is refused by the blocklist: ${violations.join('; ')}.`,
    );
  }
  const user = ctx.session.staffId === null ? undefined : getStaff(ctx.db, ctx.session.staffId);
  if (user?.role !== 'owner') throw forbidden('Only the owner can override the blocklist.');
  writeAudit(ctx.db, ctx.now(), {
    staffId: user.id,
    action: 'override_blocklist',
    entity: input.orderRef.entity,
    entityId: input.orderRef.entityId,
    after: {
      number: input.orderRef.number,
      violations,
      entries: [...blocks, ...prepayment].map((h) => h.entryId),
    },
    note: reason,
  });
  return { reason, staffId: user.id };
}
