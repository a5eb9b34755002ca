import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { prepared } from '../db/prepared';
import { ownerDecision } from './owner-decision';
import { updateIncident } from './write';

type Output = ChannelOutput<'incidents.resolveMany'>;

/**
 * Resolves the open and waiting ones among these incidents with one resolution, each through
 * updateIncident (so each gets its own audit entry, carrying the reason, and the same rules as
 * resolving it alone). A closed incident is never touched: bulk closes, it does not decide again,
 * so an operator cannot use it to overturn what the owner decided. All in one transaction.
 */
export function resolveMany(ctx: CoreContext, input: ChannelInput<'incidents.resolveMany'>): Output {
  const resolved: Output['resolved'] = [];
  const skipped: Output['skipped'] = [];
  const read = prepared(
    ctx.db,
    'select status, updated_at from incidents where id = ? and archived_at is null',
  );
  ctx.db.transaction(() => {
    for (const id of new Set(input.ids)) {
      const row = read.get(id) as { status: string; updated_at: number } | undefined;
      if (!row) skipped.push({ id, why: 'not_found' });
      else if (row.status === 'resolved' || row.status === 'rejected')
        skipped.push({ id, why: ownerDecision(ctx.db, id) ? 'owner_decision' : 'closed' });
      else {
        updateIncident(
          ctx,
          { id, expectedUpdatedAt: row.updated_at, status: 'resolved', resolution: input.resolution },
          input.reason,
        );
        resolved.push(id);
      }
    }
  })();
  return { resolved, skipped };
}
