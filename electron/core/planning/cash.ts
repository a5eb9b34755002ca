import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { HandoverKind } from '../../../shared/domain/enums';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { notFound } from '../errors';

type CourierCash = ChannelOutput<'cash.day'>[number];
type CourierBalance = ChannelOutput<'cash.ledger'>[number];
type Kinds = Record<HandoverKind, number>;

// The courier's money as a ledger: each day, what the door brought in (cash and card on delivery
// of the orders they delivered or partly delivered) against what was handed over (cash brought
// back, card-terminal totals confirmed); a mistyped entry counts at its latest correction
// (migration 0007), never edited. What a day leaves open is carried into the next.

const DOOR_KIND = `case o.payment_method when 'cash_on_delivery' then 'cash' else 'card' end`;
const AT_DOOR = `o.payment_method in ('cash_on_delivery', 'card_on_delivery') and o.status in ('delivered', 'partly_bought_out')`;
/** A handover's amount as it counts: its latest correction, or as first typed. */
const EFFECTIVE = `coalesce((select c.amount from courier_cash_corrections c where c.cash_id = m.id order by c.id desc limit 1), m.handed_over)`;

const none = (): Kinds => ({ cash: 0, card: 0 });

/** Per courier: the door's money and the handovers over the days `day <op> $date`. */
function totals(db: Db, op: '<' | '<=', date: string, courier: number | null) {
  const expected = db
    .prepare(
      `select o.courier_id as id, ${DOOR_KIND} as kind, sum(o.amount_received) as amount from orders o
       where o.delivery_date ${op} $date and o.courier_id is not null and ${AT_DOOR}
         and ($courier is null or o.courier_id = $courier)
       group by 1, 2`,
    )
    .all({ date, courier }) as { id: number; kind: HandoverKind; amount: number }[];
  const handed = db
    .prepare(
      `select m.courier_id as id, m.kind, sum(${EFFECTIVE}) as amount, max(m.day) as last from courier_cash m
       where m.day ${op} $date and ($courier is null or m.courier_id = $courier) group by 1, 2`,
    )
    .all({ date, courier }) as { id: number; kind: HandoverKind; amount: number; last: string }[];
  const byCourier = new Map<number, { expected: Kinds; handed: Kinds; last: string | null }>();
  const entry = (id: number) => {
    let e = byCourier.get(id);
    if (!e) byCourier.set(id, (e = { expected: none(), handed: none(), last: null }));
    return e;
  };
  for (const r of expected) entry(r.id).expected[r.kind] += r.amount;
  for (const r of handed) {
    const e = entry(r.id);
    e.handed[r.kind] += r.amount;
    if (!e.last || r.last > e.last) e.last = r.last;
  }
  return byCourier;
}

function courierNames(db: Db): Map<number, string> {
  return new Map(
    (db.prepare('select id, name from couriers').raw().all() as [number, string][]).map(([id, name]) => [
      id,
      name,
    ]),
  );
}

/**
 * Each courier's money for a day: cash and card expected against handed over, what the days
 * before left open, and the balance after this day. A gap stays visible until handovers close it.
 */
export function cashForDay(db: Db, date: string, onlyCourier?: number): CourierCash[] {
  const courier = onlyCourier ?? null;
  const day = db
    .prepare(
      `select o.courier_id as id, ${DOOR_KIND} as kind, count(*) as orders, sum(o.amount_received) as amount
       from orders o where o.delivery_date = $date and o.courier_id is not null and ${AT_DOOR}
         and ($courier is null or o.courier_id = $courier)
       group by 1, 2`,
    )
    .all({ date, courier }) as { id: number; kind: HandoverKind; orders: number; amount: number }[];
  const records = db
    .prepare(
      `select m.id, m.courier_id, m.kind, m.handed_over, ${EFFECTIVE} as effective, m.note, s.name as by,
         m.created_at as at
       from courier_cash m join staff s on s.id = m.staff_id
       where m.day = $date and ($courier is null or m.courier_id = $courier) order by m.id`,
    )
    .all({ date, courier }) as {
    id: number;
    courier_id: number;
    kind: HandoverKind;
    handed_over: number;
    effective: number;
    note: string;
    by: string;
    at: number;
  }[];
  const corrections = db
    .prepare(
      `select c.cash_id, c.amount, c.reason, s.name as by, c.created_at as at
       from courier_cash_corrections c join courier_cash m on m.id = c.cash_id join staff s on s.id = c.staff_id
       where m.day = $date and ($courier is null or m.courier_id = $courier) order by c.id`,
    )
    .all({ date, courier }) as { cash_id: number; amount: number; reason: string; by: string; at: number }[];
  const before = totals(db, '<', date, courier);
  const names = courierNames(db);

  const byCourier = new Map<number, CourierCash & { cardOrders: number }>();
  const entry = (id: number) => {
    let e = byCourier.get(id);
    if (!e) {
      const open = before.get(id);
      const carried = {
        cash: open ? open.expected.cash - open.handed.cash : 0,
        card: open ? open.expected.card - open.handed.card : 0,
      };
      e = {
        courierId: id,
        courierName: names.get(id) ?? '',
        date,
        expected: 0,
        handedOver: 0,
        discrepancy: 0,
        orders: 0,
        cardOrders: 0,
        card: { expected: 0, handedOver: 0, discrepancy: 0 },
        carried,
        balance: { ...carried },
        records: [],
      };
      byCourier.set(id, e);
    }
    return e;
  };
  for (const d of day) {
    const e = entry(d.id);
    if (d.kind === 'cash') {
      e.expected += d.amount;
      e.orders += d.orders;
    } else {
      e.card.expected += d.amount;
      e.cardOrders += d.orders;
    }
  }
  const correctionsOf = Map.groupBy(corrections, (c) => c.cash_id);
  for (const r of records) {
    const e = entry(r.courier_id);
    if (r.kind === 'cash') e.handedOver += r.effective;
    else e.card.handedOver += r.effective;
    e.records.push({
      id: r.id,
      kind: r.kind,
      handedOver: r.effective,
      recorded: r.handed_over,
      note: r.note,
      by: r.by,
      at: r.at,
      corrections: (correctionsOf.get(r.id) ?? []).map(({ amount, reason, by, at }) => ({
        amount,
        reason,
        by,
        at,
      })),
    });
  }
  // Couriers who still owe from earlier days show on this day too, with nothing new.
  if (courier !== null) entry(courier);
  else
    for (const [id, open] of before) {
      if (open.expected.cash !== open.handed.cash || open.expected.card !== open.handed.card) entry(id);
    }
  return [...byCourier.values()]
    .map(({ cardOrders: _cardOrders, ...e }) => {
      e.discrepancy = e.expected - e.handedOver;
      e.card.discrepancy = e.card.expected - e.card.handedOver;
      e.balance = { cash: e.carried.cash + e.discrepancy, card: e.carried.card + e.card.discrepancy };
      return e;
    })
    .sort((a, b) => a.courierName.localeCompare(b.courierName));
}

/** Every courier's running balance over all days up to `date`: cash and card still open. */
export function courierLedger(db: Db, date: string): CourierBalance[] {
  const names = courierNames(db);
  return [...totals(db, '<=', date, null)]
    .map(([id, t]) => ({
      courierId: id,
      courierName: names.get(id) ?? '',
      cash: t.expected.cash - t.handed.cash,
      card: t.expected.card - t.handed.card,
      lastHandover: t.last,
    }))
    .sort((a, b) => b.cash + b.card - (a.cash + a.card) || a.courierName.localeCompare(b.courierName));
}

export function recordHandover(ctx: CoreContext, input: ChannelInput<'cash.record'>): CourierCash {
  if (!ctx.db.prepare('select 1 from couriers where id = ?').get(input.courierId))
    throw notFound('This courier');
  const kind = input.kind ?? 'cash';
  const at = ctx.now();
  const before = cashForDay(ctx.db, input.date, input.courierId)[0]!;
  const expected = kind === 'cash' ? before.expected : before.card.expected;
  const handed = kind === 'cash' ? before.handedOver : before.card.handedOver;
  ctx.db.transaction(() => {
    const id = Number(
      ctx.db
        .prepare(
          'insert into courier_cash (courier_id, day, expected, handed_over, note, staff_id, created_at, kind) values (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.courierId,
          input.date,
          expected,
          input.handedOver,
          input.note ?? '',
          ctx.session.staffId,
          at,
          kind,
        ).lastInsertRowid,
    );
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'cash_handover',
      entity: 'courier_cash',
      entityId: id,
      before: { kind, expected, handedOver: handed },
      after: { kind, handedOver: input.handedOver },
      note: input.note ?? '',
    });
  })();
  return cashForDay(ctx.db, input.date, input.courierId)[0]!;
}

/** A mistyped handover put right by a new entry (the right amount and why); the old one stays. */
export function correctHandover(ctx: CoreContext, input: ChannelInput<'cash.correct'>): CourierCash {
  const entry = ctx.db
    .prepare(
      `select m.id, m.courier_id, m.day, m.kind, ${EFFECTIVE} as effective from courier_cash m where m.id = ?`,
    )
    .get(input.id) as
    { id: number; courier_id: number; day: string; kind: HandoverKind; effective: number } | undefined;
  if (!entry) throw notFound('This handover');
  const at = ctx.now();
  ctx.db.transaction(() => {
    const id = Number(
      ctx.db
        .prepare(
          'insert into courier_cash_corrections (cash_id, amount, reason, staff_id, created_at) values (?, ?, ?, ?, ?)',
        )
        .run(entry.id, input.amount, input.reason.trim(), ctx.session.staffId, at).lastInsertRowid,
    );
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'cash_correction',
      entity: 'courier_cash',
      entityId: entry.id,
      before: { kind: entry.kind, handedOver: entry.effective },
      after: { kind: entry.kind, handedOver: input.amount, correction: id },
      note: input.reason.trim(),
    });
  })();
  return cashForDay(ctx.db, entry.day, entry.courier_id)[0]!;
}
