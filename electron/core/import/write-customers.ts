import { addressKey, emailKey, nameKey } from '../../../shared/domain/normalize';
import { reverseDigits } from '../../../shared/domain/phone';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { getCustomerRow, loadCustomer } from '../customers/rows';
import { prepared } from '../db/prepared';
import type { CustomerAdditions, CustomerPlan } from './plan-customers';
import type { CustomerDraft } from './records';

// Customer rows of an import, written inside the import's one transaction. Statements are the
// cached ones (db/prepared.ts): a big file writes tens of thousands of rows.

function addLists(ctx: CoreContext, id: number, lists: Omit<CustomerAdditions, 'name' | 'note'>, at: number) {
  const phone = prepared(
    ctx.db,
    `insert into customer_phones (customer_id, e164, digits_reversed, raw, kind, verified, created_at)
     values (?, ?, ?, ?, 'mobile', 0, ?)`,
  );
  for (const p of lists.phones) phone.run(id, p.e164, reverseDigits(p.e164), p.raw, at);
  const email = prepared(
    ctx.db,
    'insert into customer_emails (customer_id, email, email_norm, created_at) values (?, ?, ?, ?)',
  );
  for (const e of lists.emails) email.run(id, e, emailKey(e), at);
  const address = prepared(
    ctx.db,
    'insert into customer_addresses (customer_id, address, address_norm, created_at) values (?, ?, ?, ?)',
  );
  for (const a of lists.addresses) address.run(id, a, addressKey(a), at);
}

/** A new customer from a file row; the import's summary audit entry and id range cover it. */
export function insertCustomer(ctx: CoreContext, draft: CustomerDraft, at: number): number {
  const id = Number(
    prepared(
      ctx.db,
      'insert into customers (name, name_norm, note, created_at, updated_at) values (?, ?, ?, ?, ?)',
    ).run(draft.name, nameKey(draft.name), draft.note, at, at).lastInsertRowid,
  );
  addLists(ctx, id, draft, at);
  return id;
}

/** Adds what the file has to a known customer; the change goes to the audit log like an edit. */
function updateCustomer(ctx: CoreContext, id: number, add: CustomerAdditions, at: number) {
  const before = loadCustomer(ctx.db, getCustomerRow(ctx.db, id)!);
  if (add.name !== null || add.note !== null) {
    prepared(
      ctx.db,
      `update customers set name = coalesce($name, name), name_norm = coalesce($nameNorm, name_norm),
         note = coalesce($note, note), updated_at = max($at, updated_at) where id = $id`,
    ).run({ name: add.name, nameNorm: add.name === null ? null : nameKey(add.name), note: add.note, at, id });
  } else prepared(ctx.db, 'update customers set updated_at = max(?, updated_at) where id = ?').run(at, id);
  addLists(ctx, id, add, at);
  writeAudit(ctx.db, at, {
    staffId: ctx.session.staffId,
    action: 'update',
    entity: 'customer',
    entityId: id,
    before,
    after: loadCustomer(ctx.db, getCustomerRow(ctx.db, id)!),
    note: 'import',
  });
}

export function writeCustomers(
  ctx: CoreContext,
  plan: CustomerPlan,
  progress: (done: number, total: number) => void,
): void {
  const at = ctx.now();
  plan.changes.forEach((change, n) => {
    if (change.kind === 'create') insertCustomer(ctx, change.record.customer, at);
    else updateCustomer(ctx, change.id, change.add, at);
    if (n % 2000 === 0) progress(n, plan.changes.length);
  });
}
