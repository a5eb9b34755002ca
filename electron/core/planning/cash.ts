import type { ChannelOutput } from '../../../shared/contract';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { notFound } from '../errors';

type CourierCash = ChannelOutput<'cash.day'>[number];

/**
 * The courier's cash for a day: what the cash-on-delivery orders they delivered brought in,
 * against what they handed over. A discrepancy stays visible until handovers close it.
 */
export function cashForDay(db: Db, date: string, onlyCourier?: number): CourierCash[] {
  const expected = db
    .prepare(
      `select o.courier_id as id, k.name, count(*) as orders, coalesce(sum(o.amount_received), 0) as expected
       from orders o join couriers k on k.id = o.courier_id
       where o.delivery_date = $date and o.payment_method = 'cash_on_delivery'
         and o.status in ('delivered', 'partly_bought_out') and ($courier is null or o.courier_id = $courier)
       group by o.courier_id`,
    )
    .all({ date, courier: onlyCourier ?? null }) as {
    id: number;
    name: string;
    orders: number;
    expected: number;
  }[];
  const records = db
    .prepare(
      `select m.id, m.courier_id, k.name as courier_name, m.handed_over, m.note, s.name as by, m.created_at as at
       from courier_cash m join couriers k on k.id = m.courier_id join staff s on s.id = m.staff_id
       where m.day = $date and ($courier is null or m.courier_id = $courier) order by m.id`,
    )
    .all({ date, courier: onlyCourier ?? null }) as {
    id: number;
    courier_id: number;
    courier_name: string;
    handed_over: number;
    note: string;
    by: string;
    at: number;
  }[];
  const byCourier = new Map<number, CourierCash>();
  for (const e of expected) {
    byCourier.set(e.id, {
      courierId: e.id,
      courierName: e.name,
      date,
      expected: e.expected,
      handedOver: 0,
      discrepancy: e.expected,
      orders: e.orders,
      records: [],
    });
  }
  for (const r of records) {
    const entry = byCourier.get(r.courier_id) ?? {
      courierId: r.courier_id,
      courierName: r.courier_name,
      date,
      expected: 0,
      handedOver: 0,
      discrepancy: 0,
      orders: 0,
      records: [],
    };
    entry.handedOver += r.handed_over;
    entry.discrepancy = entry.expected - entry.handedOver;
    entry.records.push({ id: r.id, handedOver: r.handed_over, note: r.note, by: r.by, at: r.at });
    byCourier.set(r.courier_id, entry);
  }
  return [...byCourier.values()].sort((a, b) => a.courierName.localeCompare(b.courierName));
}

export function recordHandover(
  ctx: CoreContext,
  input: { courierId: number; date: string; handedOver: number; note: string },
): CourierCash {
  if (!ctx.db.prepare('select 1 from couriers where id = ?').get(input.courierId))
    throw notFound('This courier');
  const at = ctx.now();
  const before = cashForDay(ctx.db, input.date, input.courierId)[0];
  ctx.db.transaction(() => {
    const id = Number(
      ctx.db
        .prepare(
          'insert into courier_cash (courier_id, day, expected, handed_over, note, staff_id, created_at) values (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.courierId,
          input.date,
          before?.expected ?? 0,
          input.handedOver,
          input.note,
          ctx.session.staffId,
          at,
        ).lastInsertRowid,
    );
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'cash_handover',
      entity: 'courier_cash',
      entityId: id,
      before: before ? { expected: before.expected, handedOver: before.handedOver } : null,
      after: { handedOver: input.handedOver },
      note: input.note,
    });
  })();
  return cashForDay(ctx.db, input.date, input.courierId)[0]!;
}
