import { blockKey } from '../blocklist/keys';
import type { DemoState } from './state';
import { BEHAVIOR } from './state';
import { BLOCK_REASONS, LIFT_REASONS, type BlockReason } from './texts';

// Blocklist entries: by phone, e-mail, address or name; block, prepayment only, or caution;
// each with a reason and an author, some lifted later with a lift reason (nothing is deleted).

export interface BlockEntry {
  kind: BlockReason['kind'];
  value: string;
  action: BlockReason['action'];
  reason: string;
  customerId: number | null;
  createdAt: number;
  expiresAt?: number | null;
  lifted?: { at: number; reason: string } | null;
}

export function addBlock(state: DemoState, entry: BlockEntry): void {
  // The same matching key the blocklist feature computes for an entry typed in the app.
  const norm = blockKey(entry.kind, entry.value, 'RU');
  state.stmts.blocklist.run(
    entry.kind,
    entry.value,
    norm,
    entry.action,
    entry.reason,
    entry.customerId,
    state.staffId,
    entry.createdAt,
    entry.expiresAt ?? null,
    entry.lifted?.at ?? null,
    entry.lifted ? state.staffId : null,
    entry.lifted?.reason ?? null,
  );
  state.blocklistEntries++;
}

export interface BlockCandidate {
  index: number;
  customerId: number;
  name: string;
  phone: string;
  email: string | null;
  address: string;
  createdAt: number;
}

const DAY = 86_400_000;

/**
 * Decides whether a generic customer ends up on the blocklist: most of the troublesome ones,
 * a sliver of everyone else. Returns true when an entry with action 'prepayment' was added.
 */
export function maybeBlock(state: DemoState, c: BlockCandidate): boolean {
  const { rng } = state;
  const behavior = state.customers.behavior[c.index]!;
  const p =
    behavior === BEHAVIOR.noShow
      ? 0.8
      : behavior === BEHAVIOR.complainant
        ? 0.5
        : behavior === BEHAVIOR.picky
          ? 0.25
          : behavior === BEHAVIOR.partialBuyer
            ? 0.6
            : 0.002;
  if (!rng.chance(p)) return false;
  const fitting = BLOCK_REASONS.filter((r) => {
    if (r.kind === 'email' && !c.email) return false;
    if (behavior === BEHAVIOR.noShow) return r.action !== 'caution';
    if (behavior === BEHAVIOR.complainant) return r.action !== 'prepayment';
    if (behavior === BEHAVIOR.picky || behavior === BEHAVIOR.partialBuyer) return r.action === 'prepayment';
    return true;
  });
  const reason = rng.pick(fitting.length > 0 ? fitting : BLOCK_REASONS.slice(0, 1));
  const now = state.calendar.now;
  const createdAt = Math.min(now - DAY, c.createdAt + rng.int(20, 200) * DAY);
  if (createdAt <= c.createdAt) return false;
  const lifted =
    rng.chance(0.18) && now - createdAt > 40 * DAY
      ? { at: createdAt + rng.int(25, 40) * DAY, reason: rng.pick(LIFT_REASONS) }
      : null;
  const value =
    reason.kind === 'phone'
      ? c.phone
      : reason.kind === 'email'
        ? (c.email ?? c.phone)
        : reason.kind === 'address'
          ? c.address
          : c.name;
  addBlock(state, {
    kind: reason.kind === 'email' && !c.email ? 'phone' : reason.kind,
    value,
    action: reason.action,
    reason: reason.reason,
    customerId: c.customerId,
    createdAt,
    expiresAt: reason.action === 'caution' && rng.chance(0.3) ? createdAt + 180 * DAY : null,
    lifted,
  });
  return reason.action === 'prepayment' && !lifted;
}
