import type { Courier, couriersChannels } from '../../../shared/contract/couriers';
import { writeAudit } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { localDate } from '../../../shared/domain/dates';
import { prepared } from '../db/prepared';
import { courierFaultSql } from '../losses/attribution';
import { notFound } from '../errors';
import { readSettings } from '../settings/store';

interface CourierRow {
  id: number;
  name: string;
  kind: Courier['kind'];
  phone_e164: string | null;
  capacity: number | null;
  cost_per_delivery: number;
  active: number;
  note: string;
}

type IncidentStats = Courier['incidents90d'];
const NO_INCIDENTS: IncidentStats = { count: 0, courierFault: 0, net: 0 };

/**
 * Repeat trouble shows on the courier's row (issue 5): incidents of the last 90 days, and of
 * them what the courier carries (the courier's or the carrier's fault, issue 16).
 */
function incidentStats(ctx: CoreContext): Map<number, IncidentStats> {
  const since = localDate(ctx.now() - 90 * 86_400_000, readSettings(ctx.db).timeZone);
  const rows = prepared(
    ctx.db,
    `select courier_id as id, count(*) as count, sum(${courierFaultSql()}) as courierFault,
       coalesce(sum(costs - recovered) filter (where ${courierFaultSql()}), 0) as net
     from incidents where courier_id is not null and happened_on >= ? and archived_at is null group by courier_id`,
  ).all(since) as (IncidentStats & { id: number })[];
  return new Map(rows.map(({ id, ...stats }) => [id, stats]));
}

const toCourier = (r: CourierRow, stats: IncidentStats = NO_INCIDENTS): Courier => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  phone: r.phone_e164,
  capacity: r.capacity,
  costPerDelivery: r.cost_per_delivery,
  active: r.active === 1,
  note: r.note,
  incidents90d: stats,
});

export function getCourier(ctx: CoreContext, id: number): Courier {
  const row = ctx.db.prepare('select * from couriers where id = ?').get(id) as CourierRow | undefined;
  if (!row) throw notFound('This courier');
  return toCourier(row, incidentStats(ctx).get(id));
}

export const couriersHandlers: HandlerMap<keyof typeof couriersChannels> = {
  'couriers.list': (ctx, input) => {
    const stats = incidentStats(ctx);
    return (
      ctx.db
        .prepare(
          `select * from couriers ${input.includeInactive ? '' : 'where active = 1'} order by active desc, kind, name`,
        )
        .all() as CourierRow[]
    ).map((r) => toCourier(r, stats.get(r.id)));
  },

  'couriers.create': (ctx, input) => {
    const at = ctx.now();
    const id = ctx.db.transaction(() => {
      const newId = Number(
        ctx.db
          .prepare(
            `insert into couriers (name, kind, phone_e164, capacity, cost_per_delivery, note, created_at)
             values (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.name,
            input.kind,
            input.phone ?? null,
            input.capacity ?? null,
            input.costPerDelivery,
            input.note ?? '',
            at,
          ).lastInsertRowid,
      );
      writeAudit(ctx.db, at, {
        staffId: ctx.session.staffId,
        action: 'create',
        entity: 'courier',
        entityId: newId,
        after: input,
      });
      return newId;
    })();
    ctx.emit('data.changed', { domains: ['couriers'] });
    return getCourier(ctx, id);
  },

  'couriers.update': (ctx, { id, ...patch }) => {
    const before = getCourier(ctx, id);
    const after = { ...before, ...patch };
    ctx.db.transaction(() => {
      ctx.db
        .prepare(
          `update couriers set name = ?, kind = ?, phone_e164 = ?, capacity = ?, cost_per_delivery = ?, note = ?, active = ?
           where id = ?`,
        )
        .run(
          after.name,
          after.kind,
          after.phone,
          after.capacity,
          after.costPerDelivery,
          after.note,
          after.active ? 1 : 0,
          id,
        );
      // Cost per delivery is money: every change is on record.
      writeAudit(ctx.db, ctx.now(), {
        staffId: ctx.session.staffId,
        action: 'update',
        entity: 'courier',
        entityId: id,
        before,
        after,
      });
    })();
    ctx.emit('data.changed', { domains: ['couriers', 'plan'] });
    return getCourier(ctx, id);
  },
};
