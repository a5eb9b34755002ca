import { prepared } from '../db/prepared';
import type { Customer } from '../../../shared/contract/customers';
import type { Db } from '../db/open';

export interface CustomerRow {
  id: number;
  name: string;
  vip: number;
  caution: number;
  doubtful: number;
  call_from: string | null;
  call_to: string | null;
  time_zone: string | null;
  do_not_call: number;
  preferred_courier_id: number | null;
  delivery_notes: string;
  note: string;
  merged_into_id: number | null;
  created_at: number;
  archived_at: number | null;
}

export function getCustomerRow(db: Db, id: number): CustomerRow | undefined {
  return prepared(db, 'select * from customers where id = ?').get(id) as CustomerRow | undefined;
}

export function loadCustomer(db: Db, row: CustomerRow): Customer {
  const phones = prepared(
    db,
    'select id, raw, e164, kind, verified from customer_phones where customer_id = ? order by id',
  ).all(row.id) as {
    id: number;
    raw: string;
    e164: string | null;
    kind: 'mobile' | 'landline';
    verified: number;
  }[];
  const courier = row.preferred_courier_id
    ? (prepared(db, 'select id, name from couriers where id = ?').get(row.preferred_courier_id) as {
        id: number;
        name: string;
      })
    : null;
  return {
    id: row.id,
    name: row.name,
    vip: row.vip === 1,
    caution: row.caution === 1,
    doubtful: row.doubtful === 1,
    callFrom: row.call_from,
    callTo: row.call_to,
    timeZone: row.time_zone,
    doNotCall: row.do_not_call === 1,
    preferredCourier: courier ?? null,
    deliveryNotes: row.delivery_notes,
    note: row.note,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    mergedIntoId: row.merged_into_id,
    phones: phones.map((p) => ({ ...p, verified: p.verified === 1 })),
    emails: prepared(db, 'select id, email from customer_emails where customer_id = ? order by id').all(
      row.id,
    ) as {
      id: number;
      email: string;
    }[],
    addresses: prepared(
      db,
      'select id, address from customer_addresses where customer_id = ? order by id',
    ).all(row.id) as { id: number; address: string }[],
  };
}

/** What the blocklist is asked about a stored customer. */
export function probeOf(customer: Customer) {
  return {
    phones: customer.phones.map((p) => p.e164 ?? p.raw),
    emails: customer.emails.map((e) => e.email),
    addresses: customer.addresses.map((a) => a.address),
    names: customer.name ? [customer.name] : [],
    customerId: customer.id,
  };
}
