import type { ChannelOutput } from '../../../shared/contract';
import {
  FOLLOW_UP_LIST_LIMIT,
  type FollowUpBucket,
  type FollowUpItem,
} from '../../../shared/contract/followups';
import { addDays, localDate, startOfLocalDay } from '../../../shared/domain/dates';
import type { DeliveryMethod } from '../../../shared/domain/enums';
import { needsPostSearch } from '../../../shared/domain/incidents';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { readSettings } from '../settings/store';

// Open and waiting incidents by their follow-up time, read along incidents_follow_up_totals
// (status, follow_up_due; 0002): the worklist and the shell's reminders never scan the register.

const OPEN = "i.status in ('open', 'waiting') and i.archived_at is null and i.follow_up_due is not null";

const ITEMS = `select i.id, i.follow_up_due, i.cause, i.status, i.waiting_for, i.happened_on, c.name as customer_name,
    (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = i.customer_id order by p.id limit 1)
      as customer_phone,
    o.number as order_number, o.delivery_method
  from incidents i left join customers c on c.id = i.customer_id left join orders o on o.id = i.order_id
  where ${OPEN} and i.follow_up_due >= $from and i.follow_up_due < $to
  order by i.follow_up_due, i.id limit $limit`;

interface ItemRow {
  id: number;
  follow_up_due: number;
  cause: FollowUpItem['cause'];
  status: FollowUpItem['status'];
  waiting_for: FollowUpItem['waitingFor'];
  happened_on: string;
  customer_name: string | null;
  customer_phone: string | null;
  order_number: string | null;
  delivery_method: DeliveryMethod | null;
}

/** Follow-ups due in [from, to), soonest first. */
function items(db: Db, from: number, to: number, limit = FOLLOW_UP_LIST_LIMIT): FollowUpItem[] {
  return (prepared(db, ITEMS).all({ from, to, limit }) as ItemRow[]).map((r) => ({
    incidentId: r.id,
    due: r.follow_up_due,
    // The post answers a lost (or late post) parcel only through a search request (SCENARIOS):
    // that follow-up is filing it, not a call.
    kind:
      needsPostSearch(r.cause, r.delivery_method) || r.waiting_for === 'post' ? 'post_search' : 'call_back',
    cause: r.cause,
    status: r.status,
    waitingFor: r.waiting_for,
    happenedOn: r.happened_on,
    customerName: r.customer_name,
    customerPhone: r.customer_phone,
    orderNumber: r.order_number,
  }));
}

const count = (db: Db, from: number, to: number) =>
  (
    prepared(
      db,
      `select count(*) as n from incidents i where ${OPEN} and i.follow_up_due >= $from and i.follow_up_due < $to`,
    ).get({ from, to }) as { n: number }
  ).n;

/** The worklist: overdue (before now), later today, and the six days after today, in the shop's days. */
export function followUpList(db: Db, now: number): ChannelOutput<'followups.list'> {
  const timeZone = readSettings(db).timeZone;
  const today = localDate(now, timeZone);
  const tomorrow = startOfLocalDay(addDays(today, 1), timeZone);
  const weekEnd = startOfLocalDay(addDays(today, 7), timeZone);
  const ranges: Record<FollowUpBucket, [number, number]> = {
    overdue: [0, now],
    today: [now, tomorrow],
    week: [tomorrow, weekEnd],
  };
  const buckets = {} as Record<FollowUpBucket, FollowUpItem[]>;
  const counts = {} as Record<FollowUpBucket, number>;
  for (const [bucket, [from, to]] of Object.entries(ranges) as [FollowUpBucket, [number, number]][]) {
    buckets[bucket] = items(db, from, to);
    counts[bucket] = count(db, from, to);
  }
  return { today, now, weekEnds: addDays(today, 6), counts, buckets };
}

/** What fell due in (since, now] (all that is overdue without since), for the shell's reminders. */
export function dueFollowUps(db: Db, now: number, since?: number): ChannelOutput<'followups.due'> {
  // Due at exactly `now` is due: the bounds are [from, to), so to is now + 1.
  return { now, overdue: count(db, 0, now), items: items(db, since === undefined ? 0 : since + 1, now + 1) };
}
