import type { ChannelOutput } from '../../../shared/contract';
import type { Db } from '../db/open';

type History = ChannelOutput<'customers.history'>;
type Tab = 'orders' | 'incidents' | 'calls' | 'changes';

// Each tab is one indexed query by customer; titles and details are codes the UI translates.
const QUERIES: Record<Tab, { count: string; rows: string }> = {
  orders: {
    count: 'select count(*) as n from orders where customer_id = $id',
    rows: `select id, ordered_on as at, number as title, status as detail, total as amount
           from orders where customer_id = $id order by ordered_on desc, id desc limit $limit offset $offset`,
  },
  incidents: {
    count: 'select count(*) as n from incidents where customer_id = $id',
    rows: `select i.id, i.happened_on as at, i.cause as title, i.status as detail, i.costs - i.recovered as amount
           from incidents i where customer_id = $id order by happened_on desc, id desc limit $limit offset $offset`,
  },
  calls: {
    count: 'select count(*) as n from calls where customer_id = $id',
    rows: `select c.id, strftime('%Y-%m-%dT%H:%M:%SZ', c.at / 1000, 'unixepoch') as at, c.purpose as title,
             c.outcome || ' · ' || s.name as detail, null as amount
           from calls c join staff s on s.id = c.staff_id
           where c.customer_id = $id order by c.at desc limit $limit offset $offset`,
  },
  changes: {
    count: "select count(*) as n from audit_log where entity = 'customer' and entity_id = $id",
    rows: `select a.id, strftime('%Y-%m-%dT%H:%M:%SZ', a.at / 1000, 'unixepoch') as at, a.action as title,
             coalesce(s.name, '') as detail, null as amount
           from audit_log a left join staff s on s.id = a.staff_id
           where a.entity = 'customer' and a.entity_id = $id order by a.at desc, a.id desc limit $limit offset $offset`,
  },
};

export function customerHistory(db: Db, id: number, tab: Tab, offset: number, limit: number): History {
  const query = QUERIES[tab];
  const total = (db.prepare(query.count).get({ id }) as { n: number }).n;
  const rows = db.prepare(query.rows).all({ id, limit, offset }) as History['rows'];
  return { total, rows };
}
