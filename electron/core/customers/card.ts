import { prepared } from '../db/prepared';
import type { CustomerCard } from '../../../shared/contract/customers';
import type { Settings } from '../../../shared/domain/settings';
import type { Db } from '../db/open';
import { notFound } from '../errors';
import { assessCustomer } from './assess';
import { buyoutRatePercent } from './facts';
import { getCustomerRow, loadCustomer } from './rows';

export function customerCard(db: Db, id: number, settings: Settings, now: number): CustomerCard {
  const row = getCustomerRow(db, id);
  if (!row) throw notFound('This customer');
  const customer = loadCustomer(db, row);
  const assessment = assessCustomer(db, customer, settings, now);
  const totals = prepared(
    db,
    `select revenue, losses, incidents_count,
         (select count(*) from incidents where customer_id = $id and status in ('open', 'waiting') and archived_at is null) as open
       from customers where id = $id`,
  ).get({ id }) as { revenue: number; losses: number; incidents_count: number; open: number };
  const { counts } = assessment;

  const lastOrders = prepared(
    db,
    `select id, number, ordered_on as orderedOn, total, status, payment_method as paymentMethod
       from orders where customer_id = ? order by ordered_on desc, id desc limit 5`,
  ).all(id) as CustomerCard['lastOrders'];
  const openIncidents = (
    prepared(
      db,
      `select id, happened_on as happenedOn, cause, status, follow_up_due as followUpDue
         from incidents where customer_id = ? and status in ('open', 'waiting') and archived_at is null
         order by coalesce(follow_up_due, 9e15), id limit 20`,
    ).all(id) as Omit<CustomerCard['openIncidents'][number], 'overdue'>[]
  ).map((i) => ({ ...i, overdue: i.followUpDue !== null && i.followUpDue < now }));
  const notes = prepared(
    db,
    `select n.id, n.text, s.name as by, n.created_at as at from customer_notes n join staff s on s.id = n.staff_id
       where n.customer_id = ? order by n.created_at desc, n.id desc limit 50`,
  ).all(id) as CustomerCard['notes'];
  const duplicates = prepared(
    db,
    `select distinct c.id, c.name, 'phone' as matchedOn, p2.e164 as value
         from customer_phones p1 join customer_phones p2 on p2.e164 = p1.e164 and p2.customer_id <> p1.customer_id
         join customers c on c.id = p2.customer_id
         where p1.customer_id = $id and c.merged_into_id is null
       union
       select distinct c.id, c.name, 'email', e2.email_norm
         from customer_emails e1 join customer_emails e2 on e2.email_norm = e1.email_norm and e2.customer_id <> e1.customer_id
         join customers c on c.id = e2.customer_id
         where e1.customer_id = $id and c.merged_into_id is null
       limit 20`,
  ).all({ id }) as CustomerCard['duplicates'];

  return {
    customer,
    archived: archivedAs(db, row.archived_at, row.merged_into_id),
    stats: {
      orders: counts.orders,
      delivered: counts.delivered,
      partlyBoughtOut: counts.partlyBoughtOut,
      refusedOrReturned: counts.refusedOrReturned,
      revenue: totals.revenue,
      buyoutRatePercent: buyoutRatePercent(counts),
      incidents: totals.incidents_count,
      openIncidents: totals.open,
      losses: totals.losses,
    },
    verdict: assessment.verdict,
    signals: assessment.signals,
    hits: assessment.hits,
    callNow: assessment.call,
    lastOrders,
    openIncidents,
    notes,
    duplicates,
  };
}

/** Archived, and into whom it was merged: the survivor at the end of the chain (A → B → C). */
function archivedAs(db: Db, at: number | null, mergedIntoId: number | null): CustomerCard['archived'] {
  if (at === null) return null;
  let target = mergedIntoId === null ? undefined : getCustomerRow(db, mergedIntoId);
  while (target?.merged_into_id) target = getCustomerRow(db, target.merged_into_id);
  return { at, mergedInto: target ? { id: target.id, name: target.name } : null };
}
