import type { PaymentMethod } from '../../../shared/domain/enums';
import type { RiskSignal } from '../../../shared/domain/risk';
import { PAID_ON_DELIVERY, violationKey, type PolicyViolation } from '../../../shared/domain/order-policy';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AppError, forbidden } from '../errors';
import { getStaff } from '../staff/queries';

/**
 * What the shop's rules refuse about an order, from the same signals the call desk shows
 * (risk/rules.ts evaluateRisk): a block-level signal refuses the order; a prepayment-level one
 * (a prepayment-only entry, or the buyout rule) refuses payment on the doorstep. Entries excused
 * by an exception never become signals, and a loose match is only a caution.
 */
export function orderViolations(signals: RiskSignal[], paymentMethod: PaymentMethod): PolicyViolation[] {
  const onDelivery = PAID_ON_DELIVERY.includes(paymentMethod);
  return signals
    .filter((s) => s.level === 'block' || (s.level === 'prepayment' && onDelivery))
    .map((s) => ({ key: violationKey(s), level: s.level as 'block' | 'prepayment', signal: s }));
}

export interface OrderPolicyInput {
  signals: RiskSignal[];
  paymentMethod: PaymentMethod;
  /** The owner's reason to go ahead despite a refusal. */
  overrideReason?: string;
  /**
   * What the owner already accepted for this order (its last override's keys): an edit that adds
   * no new refusal goes through for anyone — the owner's decision stays until something new
   * comes up.
   */
  accepted?: readonly string[];
  /** What the audit log names when an override is used. */
  orderRef: { entity: string; entityId: number | null; number: string };
}

/** The English sentence for logs; the renderer words the violations from their signals. */
function describe(violations: PolicyViolation[]): string {
  return violations
    .map((v) =>
      v.signal.rule === 'blocklist'
        ? `${v.level === 'block' ? 'blocked' : 'prepayment only'} (${String(v.signal.facts.kind)}: ${String(v.signal.facts.reason)})`
        : `prepayment only (${v.signal.rule})`,
    )
    .join('; ');
}

/**
 * The one gate every order passes where it is created, edited, planned or imported. Refuses with
 * BLOCKED_BY_POLICY; only the owner can override, with a reason, which goes to the audit log.
 * Answers the override used, if any, so the order can carry it.
 */
export function enforceOrderPolicy(
  ctx: CoreContext,
  input: OrderPolicyInput,
): { reason: string; staffId: number; keys: string[] } | null {
  const violations = orderViolations(input.signals, input.paymentMethod);
  const accepted = new Set(input.accepted ?? []);
  const fresh = violations.filter((v) => !accepted.has(v.key));
  if (fresh.length === 0) return null;

  const reason = input.overrideReason?.trim();
  if (!reason) {
    throw new AppError('BLOCKED_BY_POLICY', `This order is refused by the shop's rules: ${describe(fresh)}.`);
  }
  const user = ctx.session.staffId === null ? undefined : getStaff(ctx.db, ctx.session.staffId);
  if (user?.role !== 'owner') throw forbidden('Only the owner can override the blocklist.');
  const keys = [...new Set([...accepted, ...violations.map((v) => v.key)])];
  writeAudit(ctx.db, ctx.now(), {
    staffId: user.id,
    action: 'override_blocklist',
    entity: input.orderRef.entity,
    entityId: input.orderRef.entityId,
    after: {
      number: input.orderRef.number,
      violations: violations.map((v) => describe([v])),
      keys,
      entries: violations.flatMap((v) => (v.signal.rule === 'blocklist' ? [v.signal.facts.entryId] : [])),
    },
    note: reason,
  });
  return { reason, staffId: user.id, keys };
}
