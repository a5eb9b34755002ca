import type { Courier, couriersChannels } from '../../../shared/contract/couriers';
import { writeAudit } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { notFound } from '../errors';

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

const toCourier = (r: CourierRow): Courier => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  phone: r.phone_e164,
  capacity: r.capacity,
  costPerDelivery: r.cost_per_delivery,
  active: r.active === 1,
  note: r.note,
});

export function getCourier(ctx: CoreContext, id: number): Courier {
  const row = ctx.db.prepare('select * from couriers where id = ?').get(id) as CourierRow | undefined;
  if (!row) throw notFound('This courier');
  return toCourier(row);
}

export const couriersHandlers: HandlerMap<keyof typeof couriersChannels> = {
  'couriers.list': (ctx, input) =>
    (
      ctx.db
        .prepare(
          `select * from couriers ${input.includeInactive ? '' : 'where active = 1'} order by active desc, kind, name`,
        )
        .all() as CourierRow[]
    ).map(toCourier),

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
