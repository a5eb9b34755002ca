import type { CustomerFields } from '../../../shared/contract/customers';
import { addressKey, emailKey, nameKey } from '../../../shared/domain/normalize';
import { normalizePhone, reverseDigits } from '../../../shared/domain/phone';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { assertBlockedDetailsKept } from './blocked-details';
import { getCustomerRow, loadCustomer } from './rows';

type Lists = Pick<CustomerFields, 'phones' | 'emails' | 'addresses'>;

/** Writes the phone, e-mail and address lists of a customer (replacing what was there). */
function writeLists(
  ctx: CoreContext,
  customerId: number,
  lists: Partial<Lists>,
  country: string,
  at: number,
) {
  const { db } = ctx;
  if (lists.phones) {
    db.prepare('delete from customer_phones where customer_id = ?').run(customerId);
    const insert = db.prepare(
      `insert into customer_phones (customer_id, e164, digits_reversed, raw, kind, verified, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const phone of lists.phones) {
      // An unparseable number is kept as typed (e164 null), never dropped.
      const normalized = normalizePhone(phone.raw, country);
      insert.run(
        customerId,
        normalized?.e164 ?? null,
        normalized?.digitsReversed ?? reverseDigits(phone.raw),
        phone.raw,
        phone.kind,
        phone.verified ? 1 : 0,
        at,
      );
    }
  }
  if (lists.emails) {
    db.prepare('delete from customer_emails where customer_id = ?').run(customerId);
    const insert = db.prepare(
      'insert into customer_emails (customer_id, email, email_norm, created_at) values (?, ?, ?, ?)',
    );
    for (const email of lists.emails) insert.run(customerId, email, emailKey(email), at);
  }
  if (lists.addresses) {
    db.prepare('delete from customer_addresses where customer_id = ?').run(customerId);
    const insert = db.prepare(
      'insert into customer_addresses (customer_id, address, address_norm, created_at) values (?, ?, ?, ?)',
    );
    for (const address of lists.addresses) insert.run(customerId, address, addressKey(address), at);
  }
}

/** A preferred courier is one who still drives: a retired one would be suggested on new orders. */
function assertCourier(ctx: CoreContext, courierId: number | null | undefined) {
  if (!courierId) return;
  const courier = ctx.db.prepare('select active from couriers where id = ?').get(courierId) as
    { active: number } | undefined;
  if (!courier || courier.active !== 1) throw invalid('preferredCourierId', 'Pick an active courier.');
}

export function createCustomer(ctx: CoreContext, fields: CustomerFields, country: string): number {
  assertCourier(ctx, fields.preferredCourierId);
  const at = ctx.now();
  return ctx.db.transaction(() => {
    const id = Number(
      ctx.db
        .prepare(
          `insert into customers (name, name_norm, vip, caution, doubtful, call_from, call_to, time_zone, do_not_call,
             preferred_courier_id, delivery_notes, note, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          fields.name,
          nameKey(fields.name),
          fields.vip ? 1 : 0,
          fields.caution ? 1 : 0,
          fields.doubtful ? 1 : 0,
          fields.callFrom,
          fields.callTo,
          fields.timeZone,
          fields.doNotCall ? 1 : 0,
          fields.preferredCourierId,
          fields.deliveryNotes,
          fields.note,
          at,
          at,
        ).lastInsertRowid,
    );
    writeLists(ctx, id, fields, country, at);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'create',
      entity: 'customer',
      entityId: id,
      after: fields,
    });
    return id;
  })();
}

const COLUMN: Record<Exclude<keyof CustomerFields, keyof Lists>, string> = {
  name: 'name',
  vip: 'vip',
  caution: 'caution',
  doubtful: 'doubtful',
  callFrom: 'call_from',
  callTo: 'call_to',
  timeZone: 'time_zone',
  doNotCall: 'do_not_call',
  preferredCourierId: 'preferred_courier_id',
  deliveryNotes: 'delivery_notes',
  note: 'note',
};

export function updateCustomer(
  ctx: CoreContext,
  id: number,
  patch: Partial<CustomerFields>,
  country: string,
) {
  const row = getCustomerRow(ctx.db, id);
  if (!row) throw notFound('This customer');
  if (row.merged_into_id !== null) throw conflict('This customer was merged into another; edit that one.');
  assertCourier(ctx, patch.preferredCourierId);
  const before = loadCustomer(ctx.db, row);
  const at = ctx.now();
  ctx.db.transaction(() => {
    const sets: string[] = [];
    const values: (string | number | null)[] = [];
    for (const [key, column] of Object.entries(COLUMN) as [keyof typeof COLUMN, string][]) {
      const value = patch[key];
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    if (patch.name !== undefined) {
      sets.push('name_norm = ?');
      values.push(nameKey(patch.name));
    }
    sets.push('updated_at = ?');
    values.push(at);
    ctx.db.prepare(`update customers set ${sets.join(', ')} where id = ?`).run(...values, id);
    writeLists(ctx, id, patch, country, at);
    const after = loadCustomer(ctx.db, getCustomerRow(ctx.db, id)!);
    assertBlockedDetailsKept(ctx, before, after, country);
    // Flags, lists and notes are all in before/after: the change log is the customer's history.
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'update',
      entity: 'customer',
      entityId: id,
      before,
      after,
    });
  })();
}

export function addNote(ctx: CoreContext, customerId: number, text: string): number {
  if (!getCustomerRow(ctx.db, customerId)) throw notFound('This customer');
  return Number(
    ctx.db
      .prepare('insert into customer_notes (customer_id, text, staff_id, created_at) values (?, ?, ?, ?)')
      .run(customerId, text, ctx.session.staffId, ctx.now()).lastInsertRowid,
  );
}

/** Tables whose rows belong to a customer; merging moves them all. */
const OWNED = [
  'customer_phones',
  'customer_emails',
  'customer_addresses',
  'customer_notes',
  'orders',
  'calls',
  'incidents',
  'blocklist_entries',
  'blocklist_exceptions',
] as const;

export function mergeCustomers(ctx: CoreContext, targetId: number, sourceId: number) {
  const target = getCustomerRow(ctx.db, targetId);
  const source = getCustomerRow(ctx.db, sourceId);
  if (!target || !source) throw notFound('This customer');
  if (target.merged_into_id !== null || source.merged_into_id !== null) {
    throw conflict('One of these customers was already merged.');
  }
  const at = ctx.now();
  const before = { target: loadCustomer(ctx.db, target), source: loadCustomer(ctx.db, source) };
  ctx.db.transaction(() => {
    const moved: Record<string, number> = {};
    for (const table of OWNED) {
      moved[table] = ctx.db
        .prepare(`update ${table} set customer_id = ? where customer_id = ?`)
        .run(targetId, sourceId).changes;
    }
    // Warnings are never lost in a merge: a flag on either stays on the result.
    ctx.db
      .prepare(
        `update customers set vip = max(vip, $vip), caution = max(caution, $caution), doubtful = max(doubtful, $doubtful),
           do_not_call = max(do_not_call, $dnc),
           delivery_notes = trim(delivery_notes || char(10) || $notes), updated_at = $at where id = $id`,
      )
      .run({
        vip: source.vip,
        caution: source.caution,
        doubtful: source.doubtful,
        dnc: source.do_not_call,
        notes: source.delivery_notes,
        at,
        id: targetId,
      });
    ctx.db
      .prepare(
        'update customers set merged_into_id = ?, archived_at = ?, archived_by = ?, updated_at = ? where id = ?',
      )
      .run(targetId, at, ctx.session.staffId, at, sourceId);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'merge',
      entity: 'customer',
      entityId: targetId,
      before,
      after: { mergedInto: targetId, moved },
      note: `customer ${sourceId} merged into ${targetId}`,
    });
  })();
}
