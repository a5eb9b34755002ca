import type { ChannelOutput } from '../../../shared/contract';
import type { Db } from '../db/open';
import { BLOCK_TITLE, blockRowChanges, customerRowChanges, type BlockAuditRow } from './changes';

type History = ChannelOutput<'customers.history'>;
type Tab = 'orders' | 'incidents' | 'calls' | 'changes';

// Each tab is one indexed query by customer; titles and details are codes the UI translates.
const QUERIES: Record<Exclude<Tab, 'changes'>, { count: string; rows: string }> = {
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
};

// The Changes tab: the customer's own audit rows, and those of blocklist entries made for them
// (added, lifted) or exceptions granted to them, which change how the call desk greets them.
const CHANGES_FROM = `from audit_log a
  left join staff s on s.id = a.staff_id
  left join blocklist_entries b on a.entity = 'blocklist' and b.id = a.entity_id
  where (a.entity = 'customer' and a.entity_id = $id)
     or (a.entity = 'blocklist' and a.action in ('add', 'lift') and b.customer_id = $id)
     or (a.entity = 'blocklist' and a.action in ('grant_exception', 'revoke_exception')
         and coalesce(json_extract(a.after, '$.customerId'), json_extract(a.before, '$.customerId')) = $id)`;

interface ChangeRow extends BlockAuditRow {
  id: number;
  at: string;
  entity: string;
  before: string | null;
  detail: string;
}

function customerChanges(db: Db, id: number, offset: number, limit: number): History {
  const total = (db.prepare(`select count(*) as n ${CHANGES_FROM}`).get({ id }) as { n: number }).n;
  const rows = db
    .prepare(
      `select a.id, strftime('%Y-%m-%dT%H:%M:%SZ', a.at / 1000, 'unixepoch') as at, a.entity, a.action,
         a.before, a.after, a.note, coalesce(s.name, '') as detail, b.kind, b.value, b.action as block
       ${CHANGES_FROM} order by a.at desc, a.id desc limit $limit offset $offset`,
    )
    .all({ id, limit, offset }) as ChangeRow[];
  return {
    total,
    rows: rows.map((row) => {
      const block = row.entity === 'blocklist';
      return {
        id: row.id,
        at: row.at,
        title: block ? (BLOCK_TITLE[row.action] ?? row.action) : row.action,
        detail: row.detail,
        amount: null,
        changes: block ? blockRowChanges(row) : customerRowChanges(db, row.before, row.after),
      };
    }),
  };
}

export function customerHistory(db: Db, id: number, tab: Tab, offset: number, limit: number): History {
  if (tab === 'changes') return customerChanges(db, id, offset, limit);
  const query = QUERIES[tab];
  const total = (db.prepare(query.count).get({ id }) as { n: number }).n;
  const rows = db.prepare(query.rows).all({ id, limit, offset }) as Omit<
    History['rows'][number],
    'changes'
  >[];
  return { total, rows: rows.map((row) => ({ ...row, changes: [] })) };
}
