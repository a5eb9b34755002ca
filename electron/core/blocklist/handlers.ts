import type { blocklistChannels } from '../../../shared/contract/blocklist';
import { addDays, startOfLocalDay } from '../../../shared/domain/dates';
import { writeAudit } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { readSettings } from '../settings/store';
import { blockKey } from './keys';
import { findHits } from './match';
import { getEntry, listEntries } from './queries';

function mustGet(ctx: CoreContext, id: number) {
  const entry = getEntry(ctx.db, id, ctx.now());
  if (!entry) throw notFound('This blocklist entry');
  return entry;
}

function changed(ctx: CoreContext, id: number) {
  ctx.emit('data.changed', { domains: ['blocklist', 'customers'] });
  return mustGet(ctx, id);
}

export const blocklistHandlers: HandlerMap<keyof typeof blocklistChannels> = {
  'blocklist.list': (ctx, input) => listEntries(ctx.db, input, ctx.now()),

  'blocklist.add': (ctx, input) => {
    const settings = readSettings(ctx.db);
    const valueNorm = blockKey(input.kind, input.value, settings.country);
    if (valueNorm.replace('?', '').length === 0)
      throw invalid('value', 'There is nothing to match in this value.');
    const now = ctx.now();
    // The entry lasts through its last day in the shop's own calendar.
    const expiresAt = input.expiresOn
      ? startOfLocalDay(addDays(input.expiresOn, 1), settings.timeZone)
      : null;
    if (expiresAt !== null && expiresAt <= now)
      throw invalid('expiresOn', 'The expiry date is already past.');
    if (
      input.customerId !== undefined &&
      !ctx.db.prepare('select 1 from customers where id = ?').get(input.customerId)
    ) {
      throw notFound('This customer');
    }
    const id = ctx.db.transaction(() => {
      const newId = Number(
        ctx.db
          .prepare(
            `insert into blocklist_entries (kind, value, value_norm, action, reason, customer_id, created_by, created_at, expires_at)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.kind,
            input.value,
            valueNorm,
            input.action,
            input.reason,
            input.customerId ?? null,
            ctx.session.staffId,
            now,
            expiresAt,
          ).lastInsertRowid,
      );
      writeAudit(ctx.db, now, {
        staffId: ctx.session.staffId,
        action: 'add',
        entity: 'blocklist',
        entityId: newId,
        after: {
          kind: input.kind,
          value: input.value,
          action: input.action,
          reason: input.reason,
          expiresAt,
        },
      });
      return newId;
    })();
    return changed(ctx, id);
  },

  'blocklist.lift': (ctx, input) => {
    const entry = mustGet(ctx, input.id);
    if (entry.state === 'lifted') throw conflict('This entry was already lifted.');
    const now = ctx.now();
    ctx.db.transaction(() => {
      ctx.db
        .prepare('update blocklist_entries set lifted_at = ?, lifted_by = ?, lift_reason = ? where id = ?')
        .run(now, ctx.session.staffId, input.reason, input.id);
      writeAudit(ctx.db, now, {
        staffId: ctx.session.staffId,
        action: 'lift',
        entity: 'blocklist',
        entityId: input.id,
        before: { action: entry.action, state: entry.state },
        after: { state: 'lifted' },
        note: input.reason,
      });
    })();
    return changed(ctx, input.id);
  },

  'blocklist.grantException': (ctx, input) => {
    const entry = mustGet(ctx, input.entryId);
    if (!ctx.db.prepare('select 1 from customers where id = ?').get(input.customerId))
      throw notFound('This customer');
    if (entry.exceptions.some((x) => x.customerId === input.customerId && x.revokedAt === null)) {
      throw conflict('This customer already has an exception for this entry.');
    }
    const now = ctx.now();
    ctx.db.transaction(() => {
      const exceptionId = Number(
        ctx.db
          .prepare(
            'insert into blocklist_exceptions (entry_id, customer_id, reason, granted_by, granted_at) values (?, ?, ?, ?, ?)',
          )
          .run(input.entryId, input.customerId, input.reason, ctx.session.staffId, now).lastInsertRowid,
      );
      writeAudit(ctx.db, now, {
        staffId: ctx.session.staffId,
        action: 'grant_exception',
        entity: 'blocklist',
        entityId: input.entryId,
        after: { exceptionId, customerId: input.customerId },
        note: input.reason,
      });
    })();
    return changed(ctx, input.entryId);
  },

  'blocklist.revokeException': (ctx, input) => {
    const row = ctx.db
      .prepare('select entry_id, customer_id, revoked_at from blocklist_exceptions where id = ?')
      .get(input.exceptionId) as
      { entry_id: number; customer_id: number; revoked_at: number | null } | undefined;
    if (!row) throw notFound('This exception');
    if (row.revoked_at !== null) throw conflict('This exception was already revoked.');
    const now = ctx.now();
    ctx.db.transaction(() => {
      ctx.db
        .prepare('update blocklist_exceptions set revoked_at = ?, revoked_by = ? where id = ?')
        .run(now, ctx.session.staffId, input.exceptionId);
      writeAudit(ctx.db, now, {
        staffId: ctx.session.staffId,
        action: 'revoke_exception',
        entity: 'blocklist',
        entityId: row.entry_id,
        before: { exceptionId: input.exceptionId, customerId: row.customer_id },
      });
    })();
    return changed(ctx, row.entry_id);
  },

  'blocklist.check': (ctx, input) => findHits(ctx.db, input, readSettings(ctx.db).country, ctx.now()),
};
