import type { OrderFields } from '../../../shared/contract/orders';
import { awaitingCheque, chequeClearsOn } from '../../../shared/domain/cheque';
import { localDate } from '../../../shared/domain/dates';
import type { PaymentMethod, PaymentStatus } from '../../../shared/domain/enums';
import type { Settings } from '../../../shared/domain/settings';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

const storedReceivedOn = (db: Db, orderId: number) =>
  (
    prepared(db, 'select received_on from order_cheques where order_id = ?').get(orderId) as
      { received_on: string } | undefined
  )?.received_on ?? null;

/** The day the cheque was received: as given, else as kept, else today. */
export function chequeReceivedOn(
  db: Db,
  orderId: number | null,
  given: string | null,
  today: string,
): string {
  return given ?? (orderId === null ? null : storedReceivedOn(db, orderId)) ?? today;
}

/** Keeps the received day of a cheque order (kept, not deleted, if the method changes later). */
export function keepCheque(ctx: CoreContext, orderId: number, fields: OrderFields, settings: Settings) {
  if (fields.paymentMethod !== 'cheque') return;
  const today = localDate(ctx.now(), settings.timeZone);
  prepared(
    ctx.db,
    `insert into order_cheques (order_id, received_on) values (?, ?)
     on conflict(order_id) do update set received_on = excluded.received_on`,
  ).run(orderId, chequeReceivedOn(ctx.db, orderId, fields.chequeReceivedOn, today));
}

/** A cheque order not yet paid: when it was received and clears. Null for anything else. */
export function chequeHold(
  db: Db,
  order: { id: number; paymentMethod: PaymentMethod; paymentStatus: PaymentStatus; createdOn: string },
  settings: Settings,
): { receivedOn: string; clearsOn: string } | null {
  if (!awaitingCheque(order.paymentMethod, order.paymentStatus)) return null;
  // Cheque orders from before schema 5 (or an import) have no row: counted from the order's day.
  const receivedOn = storedReceivedOn(db, order.id) ?? order.createdOn;
  return { receivedOn, clearsOn: chequeClearsOn(receivedOn, settings.risk.chequeClearanceDays) };
}
